"""The result of comparing two plan versions, as plain data (a ChangeSet).

Reporters (terminal, Markdown, JSON, the council annex) only lay this data out; all deciding
(what matched, what changed, which organisations a change concerns) happens in `compare`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from .fields import FieldType, Json
from .words import WordOp

# Kinds of plan objects, in the order they are reported.
KINDS: tuple[str, ...] = (
    "workspace",
    "municipality",
    "plan",
    "report",  # a plan's wellbeing report texts (`report:`): ID the organisation
    "focus-area",
    "goal",
    "action",
    "evaluation",  # a previous term's action evaluated in a plan: ID the action
    "party",
    "indicator",
    "indicator-group",
    "status",  # a status entry of the yearly follow-up: ID year/organisation/action
    "negotiation",  # a negotiation record: ID its file name (negotiations/<ID>.yaml)
)

ADDED, REMOVED, CHANGED, RENAMED = "added", "removed", "changed", "renamed"
STATUSES: tuple[str, ...] = (ADDED, REMOVED, CHANGED, RENAMED)

# How a joint action's change affects one participant's document.
JOINED, LEFT = "joined", "left"


@dataclass(frozen=True)
class Version:
    """One side of a comparison: a git commit, the working tree, or a directory."""

    source: str  # "git" | "worktree" | "dir"
    label: str  # what the user named it: a tag, a revision, a folder, or "working tree"
    commit: str | None = None  # full commit ID (git only)
    tags: tuple[str, ...] = ()  # tags pointing at the commit
    date: dt.date | None = None  # commit date, or last modification of the files
    subject: str | None = None  # first line of the commit message

    @property
    def short(self) -> str | None:
        return self.commit[:10] if self.commit else None


@dataclass(frozen=True)
class FieldChange:
    """One changed field of an object: its old and new value, and how it changed."""

    field: str
    type: FieldType
    old: Json
    new: Json
    lang: str | None = None  # for a text field: the language version that changed
    added: tuple[Json, ...] = ()  # for list and items fields
    removed: tuple[Json, ...] = ()
    words: tuple[WordOp, ...] = ()  # for a text field: the word-level edit


@dataclass(frozen=True)
class ObjectChange:
    """An object added, removed, changed or renamed, with the organisations it concerns."""

    kind: str
    id: str
    status: str
    owner: str | None  # the organisation whose file holds it (new side); None = shared files
    old_id: str | None = None  # for a rename
    title: dict[str, str] | None = None  # new title (old for a removed object)
    focus_area: str | None = None  # where the object belongs, for grouping by focus area
    joint: bool = False  # a joint action (in the old or the new version)
    organisations: tuple[str, ...] = ()  # every organisation whose document it affects
    effects: tuple[tuple[str, str], ...] = ()  # (organisation, JOINED | LEFT) for joint actions
    fields: tuple[FieldChange, ...] = ()
    # An object added or removed as a whole: its fields as they are (for a full description).
    snapshot: tuple[tuple[str, FieldType, Json], ...] = ()

    def effect_for(self, organisation: str) -> str | None:
        return dict(self.effects).get(organisation)


@dataclass(frozen=True)
class Organisation:
    id: str
    name: dict[str, str]
    kind: str  # "region" | "municipality"


@dataclass
class ChangeSet:
    """Every difference between two versions, matched by ID."""

    old: Version
    new: Version
    changes: list[ObjectChange]
    organisations: list[Organisation]  # region first, then municipalities (both versions)
    default_lang: str
    languages: tuple[str, ...]
    # Names of referenced objects ({kind: {id: {lang: text}}}) from both versions, new first,
    # so that reports can say "Elintapaohjaus" where the file says `alue-elintapaohjaus`.
    names: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)  # indicator ID -> unit
    decimals: dict[str, int] = field(default_factory=dict)  # indicator ID -> its decimals
    focus_areas: list[str] = field(default_factory=list)  # focus area IDs in document order
    term: tuple[int, int] | None = None  # the plan term of the new version

    @property
    def empty(self) -> bool:
        return not self.changes

    def shared(self) -> list[ObjectChange]:
        """Changes of the shared files (workspace, focus-areas, parties, indicators)."""
        return [c for c in self.changes if not c.organisations]

    def for_organisation(self, organisation: str) -> list[ObjectChange]:
        return [c for c in self.changes if organisation in c.organisations]

    def counts(self, changes: list[ObjectChange] | None = None) -> dict[str, int]:
        """How many objects were added, removed, changed and renamed."""
        counts = {status: 0 for status in STATUSES}
        for change in self.changes if changes is None else changes:
            counts[change.status] += 1
        return counts

    def counts_by_kind(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for change in self.changes:
            out.setdefault(change.kind, {s: 0 for s in STATUSES})[change.status] += 1
        return {kind: out[kind] for kind in KINDS if kind in out}

    def name_of(self, kind: str, id_: str) -> dict[str, str] | None:
        return self.names.get(kind, {}).get(id_)

    def organisation(self, id_: str) -> Organisation | None:
        return next((o for o in self.organisations if o.id == id_), None)


def sort_key(change: ObjectChange) -> tuple[Any, ...]:
    """Reports list kinds in a fixed order and IDs in natural order (EL-2 before EL-10)."""
    return (KINDS.index(change.kind), natural_key(change.id))


def natural_key(text: str) -> tuple[Any, ...]:
    return tuple(int(p) if p.isdigit() else p.lower() for p in re.split(r"(\d+)", text))
