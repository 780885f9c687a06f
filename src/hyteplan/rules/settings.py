"""C code: the `rules:` settings in hyteplan.yaml must name codes that exist.

Only the rule's words and examples live here; check.active_rules reports it, because that is
where the settings are read and applied.
"""

from __future__ import annotations

from ..diagnostics import Severity
from .base import Example, Rule, register
from .examples import WORKSPACE_YAML

_SETTINGS_EXAMPLE = WORKSPACE_YAML + "rules:\n  ignore: [{code}]\n"

register(
    Rule(
        "C001",
        "settings-unknown-code",
        Severity.WARNING,
        {
            "en": "A rule setting names a code that does not exist.",
            "fi": "Sääntöasetus viittaa koodiin, jota ei ole.",
        },
        {
            "en": "unknown rule code `{code}` in rule settings",
            "fi": "tuntematon sääntökoodi `{code}` sääntöasetuksissa",
        },
        {
            "en": "codes are listed in docs/rules.md (or `hyteplan rules`)",
            "fi": "koodit on lueteltu tiedostossa docs/rules.md (tai `hyteplan rules`)",
        },
        bad=Example("hyteplan.yaml", _SETTINGS_EXAMPLE.format(code="Q100")),
        good=Example("hyteplan.yaml", _SETTINGS_EXAMPLE.format(code="Q010")),
        configurable=False,
    )
)
