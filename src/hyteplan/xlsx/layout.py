"""The workbook's sheets and columns as data: export writes them and import reads them back.

One table decides both directions, so a column cannot be written in one shape and read in
another. Headers are the YAML keys (`title (fi)` for one language of a text), which keeps them
the same in every language of the workspace and tells a coordinator which key a cell edits.
"""

from __future__ import annotations

from dataclasses import dataclass

# How a column's cells are read and written.
#   id      the object's ID (locked)             text   one language of a Text field
#   str     a plain string (unit)                ref    one ID (a drop-down)
#   refs    IDs separated by commas              range  a year range, "2026–2029"
#   int     a whole number                       number a number (12,5 or 12.5)
#   choice  one of fixed words (a drop-down)     check  a checkmark: participant or not
#   owner   whose object: a plan's organisation, empty for the shared files
#   context read-only words for the reader (a status row's action title); import skips it
KINDS = (
    "id", "text", "str", "ref", "refs", "range", "int", "number", "choice", "check", "owner",
    "context",
)  # fmt: skip

CHECKMARK = "x"
LIST_SEPARATOR = ", "
META_SHEET = "hyteplan"
LISTS_SHEET = "lists"
GOALS_SHEET = "goals"
INDICATORS_SHEET = "indicators"
TARGETS_SHEET = "indicator targets"
VALUES_SHEET = "indicator values"
PARTIES_SHEET = "parties"
# Sheets import reads; "indicator values" and the two hidden ones are export only.
SHEET_KINDS = ("actions", "goals", "indicators", "targets", "parties", "status")
MAX_SHEET_TITLE = 31  # Excel's limit


@dataclass(frozen=True)
class Column:
    """One column: its header, the key path it edits, how its cells read, its drop-down list."""

    header: str
    path: tuple[str, ...]
    kind: str
    lang: str | None = None
    choices: str | None = None  # a list of the lists sheet (parties, focus_areas, ...)
    width: int = 18
    org: str | None = None  # a participant checkmark column: the municipality

    @property
    def field(self) -> str:
        return self.path[0] if self.path else ""  # an owner column edits no key


def _texts(key: str, languages: list[str], width: int = 40) -> list[Column]:
    return [Column(f"{key} ({lang})", (key,), "text", lang=lang, width=width) for lang in languages]


def action_columns(languages: list[str], participants: list[str]) -> list[Column]:
    """The actions sheet of a plan; `participants`: the region's municipalities (else [])."""
    columns = [
        Column("id", ("id",), "id", width=12),
        *_texts("title", languages),
        *_texts("description", languages, width=60),
        Column("focus_area", ("focus_area",), "ref", choices="focus_areas"),
        Column("goal", ("goal",), "ref", choices="goals", width=24),
        Column("responsible", ("responsible",), "ref", choices="parties", width=24),
        Column("partners", ("partners",), "refs", choices="parties", width=30),
        Column("target_groups", ("target_groups",), "refs", choices="target_groups"),
        Column("schedule", ("schedule",), "range", width=12),
        Column("indicators", ("indicators",), "refs", choices="indicators", width=30),
        *_texts("resources", languages),
        *_texts("rural_reach", languages),
        *_texts("strategy_link", languages),
    ]
    columns += [
        Column(f"participants: {m}", ("participants",), "check", org=m, width=6)
        for m in participants
    ]
    return columns


def goal_columns(languages: list[str]) -> list[Column]:
    return [
        Column("id", ("id",), "id", width=20),
        Column("plan", (), "owner", width=12),  # whose goal; empty: shared (focus-areas.yaml)
        Column("focus_area", ("focus_area",), "ref", choices="focus_areas"),
        *_texts("title", languages),
        *_texts("description", languages, width=50),
        Column("target_groups", ("target_groups",), "refs", choices="target_groups"),
        Column("indicators", ("indicators",), "refs", choices="indicators", width=30),
        Column("target_year", ("target_year",), "int", width=10),
    ]


def indicator_columns(languages: list[str]) -> list[Column]:
    return [
        Column("id", ("id",), "id", width=20),
        Column("plan", (), "owner", width=12),  # empty: the catalogue (indicators.yaml)
        *_texts("name", languages),
        Column("unit", ("unit",), "str", width=10),
        Column("direction", ("direction",), "choice", choices="directions", width=10),
        Column("decimals", ("decimals",), "int", width=8),
        Column("baseline", ("baseline", "value"), "number", width=10),
        Column("baseline year", ("baseline", "year"), "int", width=10),
        Column("target", ("target", "value"), "number", width=10),
        Column("target year", ("target", "year"), "int", width=10),
        *_texts("description", languages),
    ]


def target_columns() -> list[Column]:
    """indicator_targets of each plan: one row per organisation and indicator."""
    return [
        Column("plan", (), "owner", width=12),
        Column("indicator", ("indicator",), "ref", choices="indicators", width=24),
        Column("baseline", ("baseline", "value"), "number", width=10),
        Column("baseline year", ("baseline", "year"), "int", width=10),
        Column("target", ("target", "value"), "number", width=10),
        Column("target year", ("target", "year"), "int", width=10),
    ]


def party_columns(languages: list[str]) -> list[Column]:
    return [
        Column("id", ("id",), "id", width=24),
        *_texts("name", languages),
        Column("kind", ("kind",), "choice", choices="party_kinds", width=12),
        Column("organisation", ("organisation",), "ref", choices="organisations", width=14),
        Column("parent", ("parent",), "ref", choices="parties", width=24),
        Column("members", ("members",), "refs", choices="parties", width=30),
        *_texts("description", languages),
    ]


def status_columns(languages: list[str]) -> list[Column]:
    """status/<year>.yaml: one row per organisation and action it writes a status for.

    A joint action's status is the region's entry, written on the region's row. Each
    participating municipality has a row of its own for it, where only `note` can change: it
    is that municipality's note in the entry's participant_notes (docs/excel.md).
    """
    return [
        Column("organisation", (), "owner", width=14),
        Column("action", ("action",), "id", width=12),
        Column("title", ("title",), "context", width=40),
        Column("status", ("status",), "choice", choices="statuses", width=14),
        *_texts("note", languages, width=50),
        *_texts("resources", languages),
        *_texts("next_steps", languages),
        *_texts("reason", languages),
    ]


def status_sheet_title(year: int) -> str:
    return f"status {year}"


def actions_sheet_title(org: str, taken: set[str]) -> str:
    """`actions <org>`, cut to Excel's 31 characters and numbered if that is taken."""
    base = f"actions {org}"[:MAX_SHEET_TITLE]
    title, number = base, 2
    while title.lower() in taken:
        suffix = f" {number}"
        title = base[: MAX_SHEET_TITLE - len(suffix)] + suffix
        number += 1
    taken.add(title.lower())
    return title
