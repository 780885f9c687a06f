"""`hyteplan status` as text: the year's standing, then its status files' problems as validate
shows them, in validate's formats (full, concise, json, github).

The problems are those of the year's status files only (their schema errors and the F rules),
so the command answers "is this year's follow-up complete and correct" without re-checking the
plans, and stays at most as slow as `validate`.
"""

from __future__ import annotations

import json
from typing import Any, Mapping

from .check import active_rules, to_diagnostic
from .diagnostics import Diagnostic
from .model import ACTION_STATES, text_in
from .report import Reporter
from .rules.reading import findings_from_load
from .safetext import printable
from .status import OrgStanding, YearStanding, state_word
from .workspace import Workspace

JSON_FORMAT_VERSION = 1

_WORDS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "title": "Status of the actions at the end of {year}",
        "no_file": "no status file for {year}",
        "actions": "{n} actions",
        "action_one": "1 action",
        "none": "no actions scheduled for {year}",
        "without": "without status",
    },
    "fi": {
        "title": "Toimenpiteiden tila vuoden {year} lopussa",
        "no_file": "vuodelta {year} ei ole seurantatiedostoa",
        "actions": "{n} toimenpidettä",
        "action_one": "1 toimenpide",
        "none": "ei toimenpiteitä vuodelle {year}",
        "without": "ilman tilaa",
    },
}


def status_diagnostics(ws: Workspace, standing: YearStanding, lang: str) -> list[Diagnostic]:
    """The problems of the year's status files: schema errors and F codes, as validate words them.

    A status file whose year cannot be read belongs to no year: its problems are shown in every
    year's run, rather than the file being passed over in silence.
    """
    unreadable = {p for p, s in ws.files.items() if s.kind == "status" and s.model is None}
    files = set(standing.files) | unreadable
    findings = [f for f in findings_from_load(ws) if f.loc.file in files]
    rules, _ = active_rules(ws)  # the workspace's rule settings apply, as in validate
    for rule in rules:
        if rule.code.startswith("F") and rule.check is not None:
            findings += [f for f in rule.check(ws) if f.loc.file in files]
    return sorted({to_diagnostic(ws, f, lang) for f in findings}, key=Diagnostic.sort_key)


class StatusReporter:
    """Formats a year's standing and its problems; `reporter` formats the problems as validate."""

    def __init__(self, ws: Workspace, reporter: Reporter) -> None:
        self.ws = ws
        self.reporter = reporter
        self.lang = reporter.lang
        self.words = _WORDS.get(self.lang, _WORDS["en"])

    def render(self, fmt: str, standing: YearStanding, diagnostics: list[Diagnostic]) -> str:
        if fmt == "json":
            return self.json(standing, diagnostics)
        files = len(standing.files)
        problems = self.reporter.render(fmt, diagnostics, files)
        if fmt == "full":
            return self.full(standing) + "\n" + problems
        return "".join(self.line(org) + "\n" for org in standing.organisations) + problems

    def _name(self, org: OrgStanding) -> str:
        lang = self.ws.default_language
        name = text_in(org.name, lang, lang)[0] if org.name else org.org
        return printable(f"{name} ({org.org})")

    def _counts(self, org: OrgStanding) -> str:
        counts = org.counts()
        return ", ".join(f"{state_word(s, self.lang)} {counts[s]}" for s in ACTION_STATES)

    def full(self, standing: YearStanding) -> str:
        """For people: a heading, then per organisation its counts and what lacks a status."""
        w = self.words
        shown = ", ".join(self.reporter.shown(f) for f in standing.files)
        out = [
            f"{w['title'].format(year=standing.year)} ({shown or w['no_file'].format(year=standing.year)})"
        ]
        for org in standing.organisations:
            n = len(org.rows)
            size = w["action_one"] if n == 1 else w["actions"].format(n=n)
            out += ["", f"{self._name(org)}: {size}"]
            if not org.rows:
                out.append(f"  {w['none'].format(year=standing.year)}")
                continue
            out.append(f"  {self._counts(org)}")
            missing = org.without_status()
            if missing:
                out.append(f"  {w['without']} ({len(missing)}): {printable(', '.join(missing))}")
        return "\n".join(out) + "\n"

    def line(self, org: OrgStanding) -> str:
        """One organisation on one line, for grep and CI logs."""
        missing = org.without_status()
        text = f"{printable(org.org)}: {self._counts(org)}"
        if missing:
            text += f"; {self.words['without']}: {printable(', '.join(missing))}"
        return text

    def json(self, standing: YearStanding, diagnostics: list[Diagnostic]) -> str:
        """The versioned document for programs (docs/yearly-cycle.md)."""
        problems = json.loads(self.reporter.json(diagnostics, len(standing.files)))
        document: dict[str, Any] = {
            "version": JSON_FORMAT_VERSION,
            "year": standing.year,
            "files": [self.reporter.display(f) for f in standing.files],
            "organisations": [_org_json(org) for org in standing.organisations],
            "diagnostics": problems["diagnostics"],
            "summary": problems["summary"],
        }
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _org_json(org: OrgStanding) -> dict[str, Any]:
    return {
        "id": org.org,
        "name": org.name,
        "counts": org.counts(),
        "without_status": org.without_status(),
        "actions": [
            {
                "id": row.action.obj.id,
                "joint": row.joint,
                "scheduled": row.scheduled,
                "status": row.state,
            }
            for row in org.rows
        ],
    }
