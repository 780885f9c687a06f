"""What a rule is, and the registry all rules put themselves in.

A rule has a stable code (like ruff's), a severity, and its words in English and Finnish: a
one-line summary, a message template and a hint template (str.format with the finding's
params). A failing and a passing example make the rules reference (docs/rules.md), which is
generated from this registry so it cannot drift from the code.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping

from ..diagnostics import Severity, Span
from ..glossary import TERMS, word, words
from ..workspace import Loc, Workspace

Msg = Mapping[str, str]  # {"en": "...", "fi": "..."}
MESSAGE_LANGUAGES = ("en", "fi")


@dataclass(frozen=True)
class Example:
    """One file's whole content (rarely more files), for the rules reference and its tests.

    How an example is applied (rules/examples.py): copy the scaffold workspace that
    `hyteplan init` writes (src/hyteplan/scaffold/), then replace the content of `file` with
    `yaml`, encoded with `encoding`, and likewise each (file, yaml) of `also` (for the few
    problems that need two files to disagree); every other file stays as the scaffold has it.
    Files are replaced, never merged, so that broken YAML (Y codes) works like the rest.
    Contract, enforced by tests/rules/test_examples.py: with `bad` applied the rule reports
    its code; with `good` applied the workspace has no problems at all. Short examples
    therefore usually replace municipalities/esimerkkila.yaml, the smallest file.
    """

    file: str
    yaml: str
    encoding: str = "utf-8"  # e.g. cp1252 to show a file saved by Excel in Windows-1252
    also: tuple[tuple[str, str], ...] = ()

    def files(self) -> list[tuple[str, str]]:
        """(file, yaml) of every file the example replaces, the main one first."""
        return [(self.file, self.yaml), *self.also]


@dataclass
class Finding:
    """A rule's raw result: which rule, where, about which object, with which values."""

    code: str
    loc: Loc
    params: dict[str, Any] = field(default_factory=dict)
    at_key: bool = False  # point at the key instead of the value
    span: Span | None = None  # a known place, overriding loc's path
    object_kind: str | None = None  # action, goal, focus-area, party, indicator, municipality...
    object_id: str | None = None


CheckFn = Callable[[Workspace], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    """One check: its code, words in English and Finnish, examples, and the function that runs it."""

    code: str
    name: str
    severity: Severity
    summary: Msg
    message: Msg
    hint: Msg
    bad: Example | None = None
    good: Example | None = None
    check: CheckFn | None = None  # None: reported by the loader (YAML and schema codes)
    configurable: bool = True  # YAML and schema problems cannot be switched off

    def words(self, lang: str, params: Mapping[str, Any]) -> tuple[str, str]:
        """The message and hint in `lang` (English where no translation exists).

        ``{term[party]}`` in a template is the glossary's word in that language.
        """
        message = self.message.get(lang) or self.message["en"]
        hint = self.hint.get(lang) or self.hint["en"]
        params = {"term": glossary_terms(lang if lang in self.message else "en"), **params}
        return _format(message, params), _format(hint, params)


def glossary_terms(lang: str) -> dict[str, str]:
    """Every glossary word in ``lang`` by key, for ``{term[…]}`` in rule templates."""
    return {key: word(key, lang) for key in TERMS}


class _Lenient(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _format(template: str, params: Mapping[str, Any]) -> str:
    return template.format_map(_Lenient(params))


REGISTRY: dict[str, Rule] = {}


def register(rule: Rule) -> Rule:
    if rule.code in REGISTRY:
        raise ValueError(f"rule code {rule.code} registered twice")
    REGISTRY[rule.code] = rule
    return rule


def rule(
    code: str,
    name: str,
    severity: Severity,
    summary: Msg,
    message: Msg,
    hint: Msg,
    bad: Example | None = None,
    good: Example | None = None,
) -> Callable[[CheckFn], CheckFn]:
    """Decorator: register a check function as the rule `code`."""

    def decorate(check: CheckFn) -> CheckFn:
        register(Rule(code, name, severity, summary, message, hint, bad, good, check))
        return check

    return decorate


# Domain words from the glossary, so diagnostics name things as the documents do.
OBJECT_LABELS: dict[str, Msg] = {
    "action": words("action"),
    "goal": words("goal"),
    "focus-area": words("focus_area"),
    "party": words("party"),
    "indicator": words("indicator"),
    "municipality": words("municipality"),
    "plan": {"en": "plan", "fi": "suunnitelma"},
    "region": words("welfare_region"),
}


def describe(kind: str | None, object_id: str | None, lang: str) -> str:
    """e.g. 'action EL-3' / 'toimenpide EL-3'."""
    if not kind:
        return object_id or ""
    label = OBJECT_LABELS.get(kind, {}).get(lang) or OBJECT_LABELS.get(kind, {}).get("en", kind)
    return f"{label} {object_id}" if object_id else label


def suggest(word: str, choices: Iterable[str]) -> str | None:
    """The closest of `choices` to a mistyped `word`, for "did you mean" hints."""
    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return match[0] if match else None


def did_you_mean(guess: str) -> tuple[str, str]:
    """The "did you mean" hint in English and Finnish, worded the same for every code."""
    return f"did you mean `{guess}`?", f"tarkoititko `{guess}`?"
