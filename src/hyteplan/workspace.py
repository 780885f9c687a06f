"""The loaded workspace: every file's data, its models, and an index of all plan objects.

Rules ask this object questions ("which actions are there, where do they stand?") instead of
walking files themselves, so every rule points at the same places the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, Iterator, TypeVar

from .diagnostics import FILE_START, Span
from .model import (
    Action,
    ActionStatus,
    FocusArea,
    Goal,
    Indicator,
    IndicatorGroup,
    IndicatorsFile,
    MunicipalPlanFile,
    NegotiationRecord,
    Node,
    Party,
    RegionalAction,
    RegionalPlanFile,
    StatusFile,
    WorkspaceFile,
)
from .yamlsource import ParsedFile, Pos

Path_ = tuple[Any, ...]
T = TypeVar("T", covariant=True)  # a Located[RegionalAction] is a Located[Action]


def value_at(data: Any, path: Path_) -> Any:
    """The value at `path` inside plain YAML data, or None when the path does not exist."""
    node = data
    for part in path:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            return None
    return node


@dataclass(frozen=True)
class Loc:
    """A node in a file: the file's workspace-relative path and the key path inside it."""

    file: str
    path: Path_ = ()

    def __truediv__(self, key: Any) -> "Loc":
        return Loc(self.file, self.path + (key,))


@dataclass(frozen=True)
class Located(Generic[T]):
    """A model object with where it was written and which plan it belongs to."""

    obj: T
    loc: Loc
    owner: str | None = None  # organisation (region or municipality ID); None = shared
    parent: str | None = None  # for a goal: the ID of its focus area


@dataclass(frozen=True)
class LocatedStatus:
    """One action's status in one year's follow-up (status/<year>.yaml), with where it stands.

    `org` is the organisation the entry is written under; a joint action's is the region's.
    """

    obj: ActionStatus
    loc: Loc
    org: str
    year: int


@dataclass
class LoadFinding:
    """A problem found while reading: a YAML problem or a schema error (rules/reading.py gives
    it its code and words)."""

    kind: str  # yaml:<problem kind> or schema:<pydantic error type>
    loc: Loc
    params: dict[str, Any] = field(default_factory=dict)
    at_key: bool = False
    span: Span | None = None  # known directly for YAML problems


@dataclass
class SourceFile:
    """One YAML file of the workspace as read."""

    path: str
    kind: str
    data: dict[str, Any] | None = None
    parsed: ParsedFile | None = None
    model: Node | None = None

    @property
    def pos(self) -> Pos | None:
        """Where each node stands; worked out on first use (see ParsedFile)."""
        return self.parsed.pos if self.parsed is not None else None

    def find(self, path: Path_, key: bool = False) -> Span:
        """The span of the node at `path` (or of its key), or the nearest existing ancestor's."""
        if self.pos is None:
            return FILE_START
        node = self.pos
        parent: Pos | None = None
        last_key: Any = None
        for part in path:
            child = node.child(part)
            if child is None:
                continue  # a pydantic union tag or a missing field: stay at the nearest node
            parent, last_key, node = node, part, child
        if key and parent is not None:
            span = parent.key_span(last_key)
            if span is not None:
                return span
        return node.span


@dataclass
class Workspace:
    """Everything read from one workspace, valid or not."""

    root: Path | None
    files: dict[str, SourceFile] = field(default_factory=dict)
    config: WorkspaceFile | None = None
    region_plan: Located[RegionalPlanFile] | None = None
    municipal_plans: dict[str, Located[MunicipalPlanFile]] = field(default_factory=dict)
    parties: list[Located[Party]] = field(default_factory=list)
    indicators: list[Located[Indicator]] = field(default_factory=list)
    focus_areas: list[Located[FocusArea]] = field(default_factory=list)
    goals: list[Located[Goal]] = field(default_factory=list)
    actions: list[Located[Action]] = field(default_factory=list)
    # The yearly follow-up: each status file (owner None) and every entry in them, file order.
    status_files: list[Located[StatusFile]] = field(default_factory=list)
    statuses: list[LocatedStatus] = field(default_factory=list)
    # Records of the yearly negotiations (negotiations/*.yaml), in file order.
    negotiations: list[Located[NegotiationRecord]] = field(default_factory=list)
    # IDs written in the files, even of objects the schema rejected: references to them are
    # not reported again as unknown (one mistake, one diagnostic).
    raw_ids: dict[str, set[str]] = field(default_factory=dict)
    # Problems found while reading (YAML and schema), as findings for the checker.
    load_findings: list[LoadFinding] = field(default_factory=list)
    # Indicator values read from data/ (an IndicatorValues), None when there are none.
    indicator_values: Any = None
    # The Reader it was loaded from: a folder inside it (the previous term's plan) is read
    # through it, so that the same rules hold (inside the workspace; memory; git).
    reader: Any = None

    # --- convenience -------------------------------------------------------------------------

    @property
    def region_id(self) -> str | None:
        return self.config.region.id if self.config else None

    @property
    def term(self) -> range | None:
        return self.config.term.years() if self.config else None

    @property
    def default_language(self) -> str:
        return self.config.default_language if self.config else "fi"

    def ids(self, kind: str) -> set[str]:
        """Known IDs of one kind (valid objects and rejected ones alike)."""
        return self.raw_ids.get(kind, set())

    def regional_actions(self) -> Iterator[Located[RegionalAction]]:
        """The actions of region.yaml, joint or not."""
        for item in self.actions:
            if isinstance(item.obj, RegionalAction):
                yield item  # type: ignore[misc]

    def joint_actions(self) -> Iterator[Located[RegionalAction]]:
        """The actions written once in region.yaml that appear in their participants' plans too."""
        for item in self.regional_actions():
            if item.obj.is_joint:
                yield item

    def status_years(self) -> list[int]:
        """The years that have a status file, in order."""
        return sorted({f.obj.year for f in self.status_files})

    def indicator_groups(self) -> list[IndicatorGroup]:
        """The groups of indicators.yaml's `indicator_groups:`, in file order (rule M001, the
        report's required groups and the diff read them here)."""
        source = self.files.get("indicators.yaml")
        model = source.model if source is not None else None
        return list(model.indicator_groups) if isinstance(model, IndicatorsFile) else []

    def statuses_in(self, year: int) -> list[LocatedStatus]:
        """Every status entry written for `year`, in file order."""
        return [s for s in self.statuses if s.year == year]

    def raw(self, loc: Loc) -> Any:
        """The data as written at `loc` (before validation: salvage may have dropped parts)."""
        source = self.files.get(loc.file)
        return value_at(source.data, loc.path) if source else None

    def readable(self, path: str) -> bool:
        """True when the file exists and could be parsed (its YAML problems are reported)."""
        source = self.files.get(path)
        return source is not None and source.data is not None

    def span(self, loc: Loc, key: bool = False) -> Span:
        """Where `loc` stands (its key with `key`), for a diagnostic; the file start when unknown."""
        source = self.files.get(loc.file)
        return source.find(loc.path, key=key) if source else FILE_START
