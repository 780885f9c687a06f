"""Which sheets a workspace's workbook has, which objects are their rows, and each cell's value.

Export writes `cell_value` of every column; import compares what it reads with the same
`cell_value`, so a cell nobody touched is never an edit and a round trip changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import HyteplanError
from ..model import ActionStatus, IndicatorTarget, MunicipalPlanFile, RegionalPlanFile
from ..workspace import Loc, Located, LocatedStatus, Workspace
from .values import RANGE_DASH
from .layout import (
    CHECKMARK,
    GOALS_SHEET,
    INDICATORS_SHEET,
    LIST_SEPARATOR,
    PARTIES_SHEET,
    TARGETS_SHEET,
    Column,
    action_columns,
    actions_sheet_title,
    goal_columns,
    indicator_columns,
    party_columns,
    status_columns,
    status_sheet_title,
    target_columns,
)

CellValue = str | int | float | None


@dataclass
class Sheet:
    """One editable sheet: its kind, the plan file and organisation of an actions sheet, rows."""

    title: str
    kind: str  # actions | goals | indicators | targets | parties | status
    columns: list[Column]
    rows: list[Located[Any]]
    file: str | None = None
    org: str | None = None
    year: int | None = None  # a status sheet's year


@dataclass(frozen=True)
class StatusRow(Located[ActionStatus]):
    """A status sheet's row: the entry (an empty one when the year has none yet) and the
    action's title, shown for reading only."""

    title: str | None = None


@dataclass(frozen=True)
class ParticipantRow(StatusRow):
    """A participating municipality's row for a joint action: `obj` stands in for the row
    (the joint action's status, the region's, shown; the municipality's own note as `note`),
    `entry` is the region's entry whose `participant_notes` holds that note (None when the
    region has not written the year's status yet)."""

    entry: LocatedStatus | None = None


def languages(ws: Workspace) -> list[str]:
    return list(ws.config.languages) if ws.config else ["fi"]


def plans(ws: Workspace) -> list[tuple[str, str, RegionalPlanFile | MunicipalPlanFile]]:
    """(organisation, file, plan) of the regional plan and of each municipal plan, in order."""
    out: list[tuple[str, str, RegionalPlanFile | MunicipalPlanFile]] = []
    if ws.region_plan is not None and ws.region_id:
        out.append((ws.region_id, ws.region_plan.loc.file, ws.region_plan.obj))
    for org, located in ws.municipal_plans.items():
        out.append((org, located.loc.file, located.obj))
    return out


def check_only(ws: Workspace, only: list[str]) -> set[str] | None:
    """The organisations `--only` names, each checked; None: all of them."""
    if not only:
        return None
    known = [org for org, _, _ in plans(ws)]
    for org in only:
        if org not in known:
            raise HyteplanError(
                f"'{org}' is not an organisation with a plan in this workspace",
                "give the region's or a municipality's ID: " + ", ".join(known),
            )
    return set(only)


def build_sheets(ws: Workspace, only: set[str] | None = None) -> list[Sheet]:
    """The editable sheets: actions of each plan, goals, indicators, their targets, parties."""
    langs = languages(ws)
    taken = {GOALS_SHEET, INDICATORS_SHEET, TARGETS_SHEET, PARTIES_SHEET, "lists", "hyteplan"}
    taken |= {"indicator values"}
    municipalities = [m.id for m in ws.config.municipalities] if ws.config else []
    sheets: list[Sheet] = []
    for org, file, _plan in plans(ws):
        if only is not None and org not in only:
            continue
        is_region = org == ws.region_id
        columns = action_columns(langs, municipalities if is_region else [])
        rows = [a for a in ws.actions if a.loc.file == file]
        title = actions_sheet_title(org, taken)
        sheets.append(Sheet(title, "actions", columns, rows, file, org))

    def mine(located: Located[Any]) -> bool:
        return only is None or located.owner is None or located.owner in only

    sheets.append(Sheet(GOALS_SHEET, "goals", goal_columns(langs), list(filter(mine, ws.goals))))
    indicators = list(filter(mine, ws.indicators))
    sheets.append(Sheet(INDICATORS_SHEET, "indicators", indicator_columns(langs), indicators))
    targets = [t for t in indicator_targets(ws) if mine(t)]
    sheets.append(Sheet(TARGETS_SHEET, "targets", target_columns(), targets))
    sheets.append(Sheet(PARTIES_SHEET, "parties", party_columns(langs), list(ws.parties)))
    sheets += [status_sheet(ws, year, only) for year in ws.status_years()]
    return sheets


def status_sheet(ws: Workspace, year: int, only: set[str] | None) -> Sheet:
    """The year's status sheet: every action the year's standing lists for an organisation
    (a joint action once, the region's), then any entry of the year for an unknown action."""
    from ..status import entries_by_action, standing

    lang = ws.default_language
    year_standing = standing(ws, year)
    file = year_standing.files[0]
    entries = entries_by_action(ws, year)
    regional = dict(entries)  # the region's entries stay here for its participants' rows
    rows: list[Located[Any]] = []
    for org_standing in year_standing.organisations:
        org = org_standing.org
        if only is not None and org not in only:
            continue
        for row in org_standing.rows:
            action = row.action.obj
            title = text_value(action.title, lang, lang)
            if row.joint and org != ws.region_id and (org, action.id) not in entries:
                # (an entry of its own for a joint action, an F003 error, is shown as written)
                region_entry = regional.get((ws.region_id or "", action.id))
                rows.append(participant_row(org, action.id, region_entry, file, title))
                continue
            entry = entries.pop((org, action.id), None)
            if entry is None:
                empty = ActionStatus.model_construct(action=action.id, status=None)
                rows.append(StatusRow(empty, Loc(file), org, title=title))
            else:
                rows.append(StatusRow(entry.obj, entry.loc, org, title=title))
    for (org, _), entry in entries.items():
        if only is None or org in only:
            rows.append(StatusRow(entry.obj, entry.loc, org))
    title = status_sheet_title(year)
    return Sheet(title, "status", status_columns(languages(ws)), rows, file, year=year)


def is_fixed(located: Located[Any], column: Column) -> bool:
    """A cell shown for reading only: on a municipality's row of a joint action, all but the
    organisation, the action and the note (the status and the rest are the region's row's)."""
    return (
        isinstance(located, ParticipantRow)
        and column.kind not in ("id", "owner")
        and column.field != "note"
    )


def participant_row(
    org: str, action: str, entry: LocatedStatus | None, file: str, title: str | None
) -> ParticipantRow:
    """The row of municipality `org` for joint action `action` (see ParticipantRow)."""
    status = entry.obj.status if entry is not None else None
    note = entry.obj.participant_notes.get(org) if entry is not None else None
    shown = ActionStatus.model_construct(action=action, status=status, note=note)
    loc = entry.loc if entry is not None else Loc(file)
    return ParticipantRow(shown, loc, org, title=title, entry=entry)


def indicator_targets(ws: Workspace) -> list[Located[IndicatorTarget]]:
    """Every plan's own baselines and targets, located like the other objects."""
    out: list[Located[IndicatorTarget]] = []
    for org, file, plan in plans(ws):
        for index, target in enumerate(plan.indicator_targets):
            out.append(Located(target, Loc(file, ("indicator_targets", index)), org))
    return out


def attribute(obj: Any, path: tuple[str, ...]) -> Any:
    """The value at a key path of a model object; None where a step is missing."""
    for key in path:
        obj = getattr(obj, key, None)
        if obj is None:
            return None
    return obj


def text_value(text: Any, lang: str, default_lang: str) -> str | None:
    """One language of a Text: a plain string is in the workspace's default language."""
    if text is None:
        return None
    if isinstance(text, str):
        return text if lang == default_lang else None
    value = text.get(lang)
    return value if isinstance(value, str) else None


def cell_value(column: Column, located: Located[Any], default_lang: str) -> CellValue:
    """What the cell of `column` in the row of `located` shows."""
    obj = located.obj
    if column.kind == "owner":
        return located.owner
    if column.kind == "context":
        return getattr(located, "title", None)
    if column.field == "focus_area" and not hasattr(obj, "focus_area"):
        return located.parent  # a goal under a focus area: it belongs to that one
    value = attribute(obj, column.path)
    if column.kind == "text":
        return text_value(value, column.lang or default_lang, default_lang)
    if column.kind == "check":
        return CHECKMARK if column.org in (value or []) else None
    if column.kind == "refs":
        return LIST_SEPARATOR.join(value) if value else None
    if column.kind == "range":
        return f"{value.start}{RANGE_DASH}{value.end}" if value is not None else None
    if value is None or isinstance(value, (str, int, float)):
        return value
    return str(value)
