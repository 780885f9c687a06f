"""Where every organisation stands in a year of the follow-up (status/<year>.yaml), as data.

The rules (rules/status.py), `hyteplan status` and the yearly reports all ask the same
questions: which actions an organisation answers for, which of them a year expects a status for,
and which status each has. They are answered here once, from the loaded workspace.

A joint action's status is written once, under the region; in a participating municipality's
standing the joint action appears with the region's status (and the municipality's own note).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import HyteplanError
from .glossary import word
from .model import ACTION_STATES, Action, ActionStatus, RegionalAction
from .workspace import Located, LocatedStatus, Workspace


def state_word(state: str, lang: str) -> str:
    """A status identifier (not_started ...) in the words of the documents (glossary.py)."""
    return word(f"status_{state}", lang)


def action_years(action: Action, term: range | None) -> range | None:
    """The years a status is expected for: its schedule, else the whole term (None: unknown)."""
    if action.schedule is not None:
        return action.schedule.years()
    return term


def is_scheduled(action: Action, year: int, term: range | None) -> bool:
    """True when the action's schedule (or, without one, the term) includes `year`."""
    years = action_years(action, term)
    return years is None or year in years


def action_owners(ws: Workspace) -> dict[str, str]:
    """Action ID -> the organisation that writes its status (a joint action's: the region)."""
    owners: dict[str, str] = {}
    for action in ws.actions:
        if action.owner is not None:
            owners.setdefault(action.obj.id, action.owner)
    return owners


def organisations(ws: Workspace) -> list[tuple[str, Any]]:
    """(ID, name) of the region and every municipality, in the order of hyteplan.yaml."""
    if ws.config is None:
        return []
    region = ws.config.region
    return [(region.id, region.name)] + [(m.id, m.name) for m in ws.config.municipalities]


@dataclass(frozen=True)
class ActionRow:
    """One action in an organisation's standing for a year."""

    action: Located[Action]
    joint: bool  # a joint action: the status is the region's entry
    scheduled: bool  # the year is within its schedule (or, without one, the term)
    entry: LocatedStatus | None  # None: no status for the year
    year: int  # the year of the standing (an entry may be an earlier year's: `carried`)

    @property
    def state(self) -> str | None:
        return self.entry.obj.status if self.entry is not None else None

    @property
    def carried(self) -> bool:
        """True when the status is an earlier year's `done` or `cancelled`, still in force."""
        return self.entry is not None and self.entry.year != self.year


@dataclass(frozen=True)
class OrgStanding:
    """An organisation's actions in one year with their status: its own and its joint ones."""

    org: str
    name: Any  # Text: the organisation's name as written in hyteplan.yaml
    rows: list[ActionRow]

    def counts(self) -> dict[str, int]:
        """Actions by status, every status present (0 included), in the documented order."""
        out = dict.fromkeys(ACTION_STATES, 0)
        for row in self.rows:
            if row.state is not None:
                out[row.state] += 1
        return out

    def without_status(self) -> list[str]:
        """IDs of the actions scheduled for the year that have no status."""
        return [r.action.obj.id for r in self.rows if r.entry is None and r.scheduled]

    def participant_note(self, row: ActionRow) -> Any:
        """This organisation's own note on a joint action (Text), or None."""
        if not row.joint or row.entry is None:
            return None
        return row.entry.obj.participant_notes.get(self.org)


@dataclass(frozen=True)
class YearStanding:
    """Every organisation's standing in one year, and the status files it comes from."""

    year: int
    files: list[str]
    organisations: list[OrgStanding]


def latest_year(ws: Workspace) -> int:
    """The year of the newest status file: the default of `hyteplan status`."""
    years = ws.status_years()
    if not years:
        raise HyteplanError(
            "the workspace has no status files: no year's follow-up is written yet",
            "write the year's status as status/<year>.yaml (docs/yearly-cycle.md), "
            "or give the year with --year",
        )
    return years[-1]


FINISHED = ("done", "cancelled")


def finished_before(ws: Workspace, year: int) -> dict[tuple[str, str], LocatedStatus]:
    """(organisation, action ID) -> its latest status before `year`, if that is done or cancelled.

    A finished action needs no status in the later years of its schedule: its last word stands.
    """
    latest: dict[tuple[str, str], LocatedStatus] = {}
    for entry in sorted(ws.statuses, key=lambda e: e.year):
        if entry.year < year:
            latest[(entry.org, entry.obj.action)] = entry
    return {key: e for key, e in latest.items() if e.obj.status in FINISHED}


def entries_by_action(ws: Workspace, year: int) -> dict[tuple[str, str], LocatedStatus]:
    """(organisation, action ID) -> the first status entry written for it in `year`."""
    out: dict[tuple[str, str], LocatedStatus] = {}
    for entry in ws.statuses_in(year):
        out.setdefault((entry.org, entry.obj.action), entry)
    return out


def standing(ws: Workspace, year: int) -> YearStanding:
    """Where every organisation stands in `year`: the actions it answers for, with status.

    An organisation's rows are its own actions and the joint actions it takes part in that are
    scheduled for the year or have a status for it, in plan order.
    """
    entries = entries_by_action(ws, year)
    finished = finished_before(ws, year)
    region = ws.region_id
    term = ws.term
    names = organisations(ws)
    rows: dict[str, list[ActionRow]] = {org: [] for org, _ in names}
    for action in ws.actions:
        obj = action.obj
        joint = isinstance(obj, RegionalAction) and obj.is_joint
        scheduled = is_scheduled(obj, year, term)
        key = (action.owner or "", obj.id)
        entry = entries.get(key) or (finished.get(key) if scheduled else None)
        if not (scheduled or entry is not None):
            continue
        row = ActionRow(action, joint, scheduled, entry, year)
        if action.owner in rows:
            rows[action.owner].append(row)
        if not joint or action.owner != region:
            continue
        for participant in dict.fromkeys(obj.participants):  # type: ignore[attr-defined]
            if participant in rows and participant != region:
                rows[participant].append(row)
    out = [OrgStanding(org, name, rows[org]) for org, name in names]
    files = sorted({f.loc.file for f in ws.status_files if f.obj.year == year})
    return YearStanding(year, files, out)


def entry_of(ws: Workspace, year: int, org: str, action: str) -> ActionStatus | None:
    """The status written for an organisation's action in `year` (a joint action: the region's)."""
    entry = entries_by_action(ws, year).get((org, action))
    return entry.obj if entry is not None else None
