"""Invalid cells of an imported workbook: the X codes, their words, and validate's formats.

X codes are not rules of the registry (src/hyteplan/rules/): a rule checks a workspace and is
shown by a workspace example, while these check a cell of a workbook before any workspace
exists. They share the registry's shape (code, en+fi words, hint) and its output formats, and
a test keeps the X prefix free in the registry. docs/excel.md lists them.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Any, Mapping

from ..diagnostics import Severity
from ..report import JSON_FORMAT_VERSION, words
from ..safetext import printable
from .ooxml import split_ref

Msg = Mapping[str, str]


@dataclass(frozen=True)
class Code:
    code: str
    message: Msg
    hint: Msg


CODES: dict[str, Code] = {
    c.code: c
    for c in (
        Code(
            "X001",
            {
                "en": "unknown ID '{id}' on this sheet",
                "fi": "tuntematon tunnus '{id}' tällä taulukolla",
            },
            {
                "en": "leave the ID empty for a new row; do not change the ID of an existing one",
                "fi": "jätä uuden rivin tunnus tyhjäksi; älä muuta olemassa olevan rivin tunnusta",
            },
        ),
        Code(
            "X002",
            {"en": "{column}: {reason}", "fi": "{column}: {reason}"},
            {
                "en": "write a value of the kind the column holds (see docs/excel.md)",
                "fi": "kirjoita sarakkeeseen sopiva arvo (ks. docs/excel.md)",
            },
        ),
        Code(
            "X003",
            {"en": "{column}: unknown ID '{id}'", "fi": "{column}: tuntematon tunnus '{id}'"},
            {
                "en": "choose an ID from the drop-down list{guess}",
                "fi": "valitse tunnus pudotusvalikosta{guess}",
            },
        ),
        Code(
            "X004",
            {"en": "{column} is required", "fi": "{column} on pakollinen"},
            {"en": "fill in the cell", "fi": "täytä solu"},
        ),
        Code(
            "X005",
            {"en": "the cell holds a formula", "fi": "solussa on kaava"},
            {
                "en": "type the value itself; formulas are never read",
                "fi": "kirjoita itse arvo; kaavoja ei lueta",
            },
        ),
        Code(
            "X006",
            {
                "en": "the ID '{id}' is on another row too ({other})",
                "fi": "tunnus '{id}' on myös toisella rivillä ({other})",
            },
            {"en": "keep one row per ID", "fi": "pidä yksi rivi kutakin tunnusta kohden"},
        ),
        Code(
            "X007",
            {
                "en": "{column}: cannot be changed in a workbook",
                "fi": "{column}: ei muuteta taulukossa",
            },
            {
                "en": "move the object to another plan or focus area in the YAML file",
                "fi": "siirrä kohde toiseen suunnitelmaan tai painopisteeseen YAML-tiedostossa",
            },
        ),
        Code(
            "X008",
            {
                "en": "{column}: a municipality's row of a joint action holds only its note",
                "fi": "{column}: kunnan rivillä yhteisestä toimenpiteestä on vain sen huomio",
            },
            {
                "en": "write the joint action's status and other fields on the region's row",
                "fi": "kirjoita yhteisen toimenpiteen tila ja muut tiedot hyvinvointialueen riville",
            },
        ),
        Code(
            "X009",
            {
                "en": "the region has no status for this joint action this year yet",
                "fi": "hyvinvointialue ei ole vielä kirjannut tämän yhteisen toimenpiteen tilaa",
            },
            {
                "en": "the region writes the joint action's status first; add the note then",
                "fi": "alue kirjaa ensin yhteisen toimenpiteen tilan; lisää huomio sen jälkeen",
            },
        ),
        Code(
            "X010",
            {
                "en": "{column}: '{id}' is not an organisation this workbook was exported for "
                "({orgs})",
                "fi": "{column}: '{id}' ei ole organisaatio, jolle tämä työkirja vietiin ({orgs})",
            },
            {
                "en": "do not change a row's organisation; export a workbook for that one with "
                "`hyteplan export xlsx --only ID`",
                "fi": "älä muuta rivin organisaatiota; vie sille oma työkirja komennolla "
                "`hyteplan export xlsx --only TUNNUS`",
            },
        ),
    )
}


# Why a cell is not a value of its column (values.CellError); schema messages stay English.
REASONS: dict[str, Msg] = {
    "range": {
        "en": "not a range of years such as 2026–2029",
        "fi": "ei vuosiväli, kuten 2026–2029",
    },
    "int": {"en": "not a whole number", "fi": "ei kokonaisluku"},
    "number": {"en": "not a number", "fi": "ei luku"},
}


@dataclass(frozen=True)
class CellProblem:
    """One invalid cell: `FILE:Sheet!C12: CODE message`."""

    sheet: str
    cell: str  # A1-style
    code: str
    params: dict[str, Any]

    def words(self, lang: str) -> tuple[str, str]:
        code = CODES[self.code]
        params = dict(self.params)
        reason = REASONS.get(params.get("reason_key", ""))
        if reason is not None:
            params["reason"] = reason.get(lang) or reason["en"]
        message = (code.message.get(lang) or code.message["en"]).format(**params)
        hint = (code.hint.get(lang) or code.hint["en"]).format(**params)
        return message, hint

    @property
    def row_col(self) -> tuple[int, int]:
        return split_ref(self.cell)


def unmatched_note(sheet: str, file: str | None, ids: tuple[str, ...], lang: str) -> str:
    """The note that objects of a sheet have no row in the workbook: kept, never deleted."""
    shown = ", ".join(printable(i) for i in ids[:10])
    if len(ids) > 10:
        shown += f" (+{len(ids) - 10})"
    one = len(ids) == 1
    if lang == "fi":
        where = f"tiedostossa {printable(file)}" if file else "YAML-tiedostoissa"
        return (
            f"huom: taulukolla '{printable(sheet)}' ei ole riviä {len(ids)} kohteelle ({shown}). "
            f"Tuonti ei koskaan poista: {'se säilyy' if one else 'ne säilyvät'} {where}. "
            f"Jos tarkoitit poistaa, poista {'se' if one else 'ne'} sieltä."
        )
    where = f"in {printable(file)}" if file else "in the YAML files"
    return (
        f"note: {len(ids)} {'object has' if one else 'objects have'} no row on sheet "
        f"'{printable(sheet)}' ({shown}). Import never deletes: "
        f"{'it stays' if one else 'they stay'} {where}. "
        f"To delete {'it' if one else 'them'}, remove {'it' if one else 'them'} there."
    )


def render_problems(problems: list[CellProblem], book: str, fmt: str, lang: str) -> str:
    """The problems in one of validate's formats: concise, full, json or github."""
    w = words(lang)
    summary = _summary(len(problems), lang)
    if fmt == "json":
        return _json(problems, book, lang)
    lines: list[str] = []
    for p in problems:
        message, hint = p.words(lang)
        place = f"{book}:{p.sheet}!{p.cell}"
        if fmt == "github":
            row, col = p.row_col
            text = printable(f"{p.code} {place}: {message} ({hint})").replace("%", "%25")
            lines.append(f"::error file={book},line={row},col={col},title={p.code}::{text}")
        elif fmt == "full":
            lines.append(f"{printable(place)}: {p.code} [{w['error']}] {printable(message)}")
            lines.append(f"        = {w['hint']}: {printable(hint)}")
        else:
            lines.append(f"{printable(place)}: {p.code} {printable(message)}")
    lines.append(summary)
    return "\n".join(lines) + "\n"


def _summary(count: int, lang: str) -> str:
    if lang == "fi":
        return f"Löytyi {count} virheellistä solua; mitään ei kirjoitettu."
    return f"Found {count} invalid {'cell' if count == 1 else 'cells'}; nothing was written."


def _json(problems: list[CellProblem], book: str, lang: str) -> str:
    items = []
    for p in problems:
        message, hint = p.words(lang)
        row, col = p.row_col
        items.append(
            {
                "file": book,
                "sheet": p.sheet,
                "cell": p.cell,
                "line": row,
                "column": col,
                "code": p.code,
                "severity": Severity.ERROR.value,
                "message": message,
                "hint": hint,
            }
        )
    counts = Counter(Severity.ERROR for _ in problems)
    document = {
        "version": JSON_FORMAT_VERSION,
        "diagnostics": items,
        "summary": {"errors": counts[Severity.ERROR], "warnings": 0},
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
