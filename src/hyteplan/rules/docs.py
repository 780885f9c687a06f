"""The rules reference (docs/rules.md), generated from the registry so it cannot drift.

Every example is run through the real checker and its diagnostics are printed under it, so
the reference shows exactly what `hyteplan validate` says.
"""

from __future__ import annotations

import inspect
import re

from ..check import check
from ..rules.base import REGISTRY, Example, Rule, glossary_terms
from ..yamlsource import NOT_PRINTABLE
from .examples import example_workspace

FAMILIES: tuple[tuple[str, str, str], ...] = (
    ("Y", "YAML", "The file cannot be read as YAML. Always on."),
    ("S", "Schema", "A file does not follow the workspace format (docs/workspace.md). Always on."),
    ("C", "Rule settings", "The `rules:` settings in hyteplan.yaml. Always on."),
    ("R", "References", "IDs must name something that exists, and be unique per kind."),
    ("J", "Synchronisation", "The regional plan and the municipal plans must agree."),
    ("Q", "Quality", "What the seeds ask of a good plan; mostly warnings."),
    (
        "D",
        "Indicator data",
        "The numbers each document publishes: municipality numbers, and the files in `data/` "
        "(docs/indicator-data.md). Problems of a data file (D002–D005) are always on.",
    ),
    ("I", "Indicator figures", "Every organisation's figures are its own."),
    # issue 9, branch `evidence`: the wellbeing report's indicator groups and previous term
    (
        "M",
        "Minimum indicators",
        "Indicator groups that the region requires in every municipal report (`indicator_groups:`).",
    ),
    ("E", "Evaluation of the previous term", "The previous term's plan (`previous_term:`)."),
    (
        "F",
        "Follow-up",
        "The yearly status of the actions, `status/<year>.yaml` (docs/yearly-cycle.md), must "
        "match the plans.",
    ),
    ("P", "Printing", "Text that the documents cannot print as written."),
    (
        "N",
        "Negotiation records",
        "The records of the yearly negotiations (negotiations/*.yaml, docs/yearly-cycle.md).",
    ),
)

REGENERATE = "hyteplan rules --format markdown > docs/rules.md"

_INTRO = f"""# Rules reference

<!-- Generated from the rules themselves by `{REGENERATE}`. Do not edit by hand:
     tests/rules/test_docs.py fails when this file and the rules differ. -->

`hyteplan validate` reports every problem with a stable code, a severity, a message and a hint,
at `file:line:column`. Errors make the run fail (exit 1); warnings only with `--strict`.
Messages are in English, or in Finnish with `--lang fi`. `hyteplan rules` lists the codes.

Choose the rules in `hyteplan.yaml`, as in ruff (codes or prefixes such as `Q`):

```yaml
rules:
  select: []            # run only these (empty: all)
  ignore: [Q010]        # never run these
  severity: {{Q009: error}}   # make a warning fail, or an error only warn
```

Y, S and C codes, and D002–D005 (data files), cannot be switched off or changed: a file that
cannot be read is never fine.

**How to read the examples.** Each example is a whole file of the starter workspace that
`hyteplan init` writes (`src/hyteplan/scaffold/`), replaced by the content shown (a few show two
files); every other file stays as it is. The failing example is followed by exactly what
`hyteplan validate --format concise` reports for it, with the hint; the passing example has no
problems at all. The test suite checks both for every rule.
"""


def _ordered() -> list[Rule]:
    order = {prefix: i for i, (prefix, _, _) in enumerate(FAMILIES)}
    return sorted(REGISTRY.values(), key=lambda r: (order.get(r.code[0], len(order)), r.code))


def _terms(template: str, lang: str) -> str:
    """A template with its glossary words (``{term[party]}``) filled in, other fields kept."""
    terms = glossary_terms(lang)
    return re.sub(r"\{term\[(\w+)\]\}", lambda m: terms[m.group(1)], template)


def _fence(text: str, info: str = "") -> str:
    ticks = "```"
    while ticks in text:
        ticks += "`"
    return f"{ticks}{info}\n{text.rstrip(chr(10))}\n{ticks}"


# Examples of unreadable files hold invisible characters and very long numbers: shown visibly.
_LONG_LINE = 120


def _shown(text: str) -> str:
    """An example's text for the page: invisible characters as ⟨U+0007⟩, long lines cut."""
    text = NOT_PRINTABLE.sub(lambda m: f"⟨U+{ord(m.group()):04X}⟩", text)
    return "\n".join(
        line if len(line) <= _LONG_LINE else f"{line[:60]}… ({len(line)} characters)"
        for line in text.split("\n")
    )


def _example(title: str, example: Example) -> list[str]:
    out: list[str] = []
    for index, (name, text) in enumerate(example.files()):
        label = title if index == 0 else "and"
        note = f", saved as {example.encoding}" if example.encoding.lower() != "utf-8" else ""
        info = {".csv": "text", ".json": "json"}.get(name[name.rfind(".") :], "yaml")
        out += [f"{label} (`{name}`{note}):", "", _fence(_shown(text), info), ""]
    return out


def _reported(example: Example) -> str:
    lines = []
    for d in check(example_workspace(example)):
        lines.append(f"{d.file}:{d.line}:{d.column}: {d.code} {d.message}")
        if d.hint:
            lines.append(f"  hint: {d.hint}")
    return "\n".join(lines) if lines else "(no problems)"


def _how(rule: Rule) -> list[str]:
    """The check function's docstring, when it has one: how the rule decides."""
    doc = inspect.getdoc(rule.check) if rule.check is not None else None
    return [f"How it decides: {' '.join(doc.split())}", ""] if doc else []


def _rule_section(rule: Rule) -> list[str]:
    """One code's section: severity, summary, message templates and the examples with their output."""
    switch = (
        "can be selected, ignored and given another severity" if rule.configurable else "always on"
    )
    out = [
        f"### {rule.code} {rule.name}",
        "",
        f"**{rule.severity.value}**, {switch}.",
        "",
        f"{rule.summary['en']}  ",
        f"*{rule.summary.get('fi', rule.summary['en'])}*",
        "",
        *_how(rule),
        "Message and hint (templates; `{…}` is filled in):",
        "",
        _fence(
            "\n".join(
                f"{lang}: {_terms(rule.message.get(lang, rule.message['en']), lang)}\n"
                f"    hint: {_terms(rule.hint.get(lang, rule.hint['en']), lang)}"
                for lang in ("en", "fi")
            ),
            "text",
        ),
        "",
    ]
    if rule.bad is not None:
        out += _example("Failing example", rule.bad)
        out += ["Reported:", "", _fence(_reported(rule.bad), "text"), ""]
    if rule.good is not None:
        out += _example("Passing example", rule.good)
    return out


def rules_markdown() -> str:
    """The whole rules reference as Markdown (the content of docs/rules.md)."""
    rules = _ordered()
    out = [_INTRO, "## All codes", "", "| Code | Name | Severity | Summary |", "|---|---|---|---|"]
    for r in rules:
        out.append(
            f"| [{r.code}](#{r.code.lower()}-{r.name}) | {r.name} | {r.severity.value} "
            f"| {r.summary['en']} |"
        )
    out.append("")
    for prefix, title, about in FAMILIES:
        family = [r for r in rules if r.code.startswith(prefix)]
        if not family:
            continue
        out += [f"## {prefix}: {title}", "", about, ""]
        for r in family:
            out += _rule_section(r)
    return "\n".join(out).rstrip("\n") + "\n"


def rules_text(lang: str = "en") -> str:
    """One line per code, for the terminal."""
    rules = _ordered()
    width = max(len(r.name) for r in rules)
    lines = [
        f"{r.code}  {r.name:<{width}}  {r.severity.value:<7}  "
        f"{r.summary.get(lang) or r.summary['en']}"
        for r in rules
    ]
    return "\n".join(lines) + "\n"
