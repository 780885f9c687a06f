"""Rows of a workbook as edits of the YAML: what changed, where it goes, and which cells are wrong.

A row is matched to its object by ID (indicator targets by plan and indicator); a row without
an ID is a new object with the next free ID of its kind. Only a cell whose value differs from
the object's current value becomes an edit, of the smallest path that holds it (one language of
a text, one field of a baseline), so the writer changes only those lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from ..model import (
    Action,
    ActionStatus,
    Goal,
    Indicator,
    IndicatorTarget,
    OwnGoal,
    Party,
    RegionalAction,
)
from ..rules.base import suggest
from ..status import action_owners, entries_by_action
from ..workspace import Loc, Located, Workspace
from .ids import IdMaker
from .layout import Column
from .problems import CellProblem
from .read import ReadSheet, Row
from .sheets import (
    ParticipantRow,
    Sheet,
    build_sheets,
    cell_value,
    indicator_targets,
    plans,
)
from .values import CellError, parse

DELETE = object()  # an Edit value: remove the key

REF_KINDS = {
    "parties": "party",
    "focus_areas": "focus-area",
    "goals": "goal",
    "indicators": "indicator",
}


@dataclass
class Edit:
    """Set (or with DELETE remove) the value at `path` of `file`; `append` adds to a list."""

    file: str
    path: tuple[Any, ...]
    value: Any
    append: bool = False


@dataclass(frozen=True)
class Unmatched:
    """Objects a sheet showed at export that have no row in it now (a row deleted, or an
    object added to the YAML since). Import never deletes: they are kept, and said so."""

    sheet: str
    file: str | None
    ids: tuple[str, ...]


@dataclass
class Plan:
    """Everything an import would do, and every cell that stops it."""

    edits: list[Edit] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    new_ids: list[str] = field(default_factory=list)
    unmatched: list[Unmatched] = field(default_factory=list)


class _Importer:
    def __init__(self, ws: Workspace, only: set[str] | None = None) -> None:
        self.ws = ws
        self.only = only
        self.lang = ws.default_language
        self.plan = Plan()
        self.ids = IdMaker(ws)
        self.templates = {(s.kind, s.file): s for s in build_sheets(ws)}
        orgs = [ws.region_id] if ws.region_id else []
        orgs += [m.id for m in ws.config.municipalities] if ws.config else []
        self.known: dict[str, set[str]] = {c: ws.ids(k) for c, k in REF_KINDS.items()}
        self.known["organisations"] = set(orgs)
        self.plan_files = {org: file for org, file, _ in plans(ws)}
        self.owners = action_owners(ws)

    def problem(self, sheet: ReadSheet, ref: str, code: str, **params: Any) -> None:
        self.plan.problems.append(CellProblem(sheet.title, ref, code, params))

    # --- one sheet ----------------------------------------------------------------------------

    def sheet(self, read: ReadSheet) -> None:
        template = self.templates.get((read.kind, read.file))
        if template is None and read.kind != "status":  # a status sheet is its year's file's
            template = next((s for s in self.templates.values() if s.kind == read.kind), None)
        if template is None:
            return
        columns = [c for c in template.columns if c.header in read.headers and c.kind != "context"]
        existing = _index(read.kind, template, self.ws)
        key_header = "action" if read.kind == "status" else "id"
        seen: dict[Any, str] = {}
        for row in read.rows:
            if [c for c in columns if self._formula(read, row, c)]:  # each formula reported
                continue
            key = _key(read.kind, row)
            where = _ref(row, key_header)
            if key is not None and key in seen:
                self.problem(read, where, "X006", id=_key_text(key), other=seen[key])
                continue
            if key is not None:
                seen[key] = where
            if not self.in_workbook(read, row, key):
                continue
            located = existing.get(key) if key is not None else None
            if isinstance(located, ParticipantRow):
                self.participant(read, row, columns, located)
            elif located is not None:
                self.existing(read, row, columns, located)
            elif read.kind == "status":
                self.new_status(read, row, columns, key)
            elif key is not None and read.kind != "targets":
                self.problem(read, _ref(row, "id"), "X001", id=_key_text(key))
            else:
                self.new(read, row, columns)
        self.unmatched(read, template, existing, seen)

    def in_workbook(self, read: ReadSheet, row: Row, key: Any) -> bool:
        """A row of a workbook exported for some organisations (`--only`) may not name
        another one: its organisation is part of its key, so the row would edit an object
        that was not in the workbook (X010)."""
        if self.only is None or read.kind not in ("status", "targets") or key is None:
            return True
        if key[0] in self.only:
            return True
        header = "organisation" if read.kind == "status" else "plan"
        orgs = ", ".join(sorted(self.only))
        self.problem(read, _ref(row, header), "X010", column=header, id=key[0], orgs=orgs)
        return False

    def unmatched(
        self, read: ReadSheet, template: Sheet, existing: dict[Any, Located[Any]], seen: Any
    ) -> None:
        """Remember the objects of the sheet that no row names (see Unmatched)."""
        ids = [
            _key_text(key)
            for key, located in existing.items()
            if key not in seen
            and (self.only is None or located.owner in (None, *self.only))
            and not (isinstance(located, ParticipantRow) and located.obj.note is None)
        ]
        if ids:
            self.plan.unmatched.append(Unmatched(read.title, template.file, tuple(ids)))

    def _formula(self, read: ReadSheet, row: Row, column: Column) -> bool:
        cell = row.cells.get(column.header)
        if cell is not None and cell.formula:
            self.problem(read, cell.ref, "X005")
            return True
        return False

    def values(self, read: ReadSheet, row: Row, columns: list[Column]) -> dict[str, Any] | None:
        """Each column's value in the row; None when a cell cannot be read (reported)."""
        out: dict[str, Any] = {}
        ok = True
        for column in columns:
            try:
                out[column.header] = parse(column, row.value(column.header))
            except CellError as exc:
                self.problem(read, _ref(row, column.header), "X002", column=column.header,
                             reason=str(exc), reason_key=str(exc))  # fmt: skip
                ok = False
        return out if ok else None

    def refs_ok(self, read: ReadSheet, row: Row, column: Column, value: Any) -> bool:
        known = self.known.get(column.choices or "")
        if known is None or value in (None, []):
            return True
        for item in value if isinstance(value, list) else [value]:
            if item not in known:
                guess = suggest(item, known)
                self.problem(read, _ref(row, column.header), "X003", column=column.header,
                             id=item, guess=f" (`{guess}`?)" if guess else "")  # fmt: skip
                return False
        return True

    # --- an existing object -------------------------------------------------------------------

    def edited(
        self, read: ReadSheet, row: Row, columns: list[Column], located: Any
    ) -> tuple[list[Any], dict[str, Any]] | None:
        """What export wrote in each cell of the row and what each holds now; None when
        nothing changed (most rows of a workbook: no need to parse) or a cell is invalid."""
        shown = [cell_value(column, located, self.lang) for column in columns]
        if all(row.value(c.header) == cell for c, cell in zip(columns, shown)):
            return None
        new = self.values(read, row, columns)
        return (shown, new) if new is not None else None

    def existing(self, read: ReadSheet, row: Row, columns: list[Column], located: Any) -> None:
        edited = self.edited(read, row, columns, located)
        if edited is None:
            return
        shown, new = edited
        changed: dict[str, list[Column]] = {}
        for column, cell in zip(columns, shown):
            old = parse(column, cell)
            if old == new[column.header]:
                continue
            if column.kind in ("id", "owner") or (
                column.field == "focus_area" and not hasattr(located.obj, "focus_area")
            ):
                self.problem(read, _ref(row, column.header), "X007", column=column.header)
                return
            if not self.refs_ok(read, row, column, new[column.header]):
                return
            changed.setdefault(column.field, []).append(column)
        if not changed:
            return
        fields = {f: _field_value(located.obj, cols, new, self.lang) for f, cols in changed.items()}
        if not self.valid(read, row, columns, type(located.obj), located.obj.model_dump(), fields):
            return
        for name, cols in changed.items():
            self.plan.edits += _edits(located, name, cols, new, fields[name], self.lang)

    def participant(
        self, read: ReadSheet, row: Row, columns: list[Column], located: ParticipantRow
    ) -> None:
        """A municipality's row of a joint action: its note, in the region's entry, is the
        one cell that can change (the status and the rest are the region's)."""
        edited = self.edited(read, row, columns, located)
        if edited is None:
            return
        shown, new = edited
        for column, cell in zip(columns, shown):
            fixed = column.kind not in ("id", "owner") and column.field != "note"
            if fixed and parse(column, cell) != new[column.header]:
                self.problem(read, _ref(row, column.header), "X008", column=column.header)
                return
        notes = [c for c in columns if c.field == "note"]
        value = _field_value(located.obj, notes, new, self.lang)
        if value == located.obj.note:
            return
        entry = located.entry
        if entry is None:
            self.problem(read, _ref(row, notes[0].header), "X009")
            return
        org = located.owner or ""
        others = {k: v for k, v in entry.obj.participant_notes.items() if k != org}
        all_notes = {**others, org: value} if value is not None else others
        base = entry.obj.model_dump(exclude_none=True)
        if not self.valid(read, row, notes, ActionStatus, base, {"participant_notes": all_notes}):
            return
        if not entry.obj.participant_notes:  # no mapping written yet: make it
            self.plan.edits.append(Edit(entry.loc.file, (*entry.loc.path, "participant_notes"),
                                        {org: value}))  # fmt: skip
            return
        where = entry.loc / "participant_notes" / org
        old = entry.obj.participant_notes.get(org)
        self.plan.edits += _edits_at(where, old, notes, new, value, self.lang)

    def valid(
        self,
        read: ReadSheet,
        row: Row,
        columns: list[Column],
        model: type[Any],
        base: dict[str, Any],
        fields: dict[str, Any],
    ) -> bool:
        data = {**base, **{k: v for k, v in fields.items() if v is not None}}
        for name, value in fields.items():
            if value is None:
                data.pop(name, None)
        try:
            model.model_validate(data)
        except ValidationError as exc:
            for error in exc.errors():
                name = str(error["loc"][0]) if error["loc"] else "id"
                column = next((c for c in columns if c.field == name), columns[0])
                ref = _ref(row, column.header)
                if error["type"] == "missing":
                    self.problem(read, ref, "X004", column=column.header)
                else:
                    self.problem(read, ref, "X002", column=column.header, reason=error["msg"])
            return False
        return True

    # --- a new object -------------------------------------------------------------------------

    def new(self, read: ReadSheet, row: Row, columns: list[Column]) -> None:
        new = self.values(read, row, columns)
        if new is None:
            return
        for column in columns:
            if column.kind not in ("id", "owner") and not self.refs_ok(
                read, row, column, new[column.header]
            ):
                return
        owner = next((new[c.header] for c in columns if c.kind == "owner"), None)
        if owner is not None and owner not in self.plan_files:
            self.problem(read, _ref(row, "plan"), "X003", column="plan", id=owner, guess="")
            return
        model, where = self.place(read, owner, new)
        if where is None:
            header = "focus_area" if read.kind == "goals" else "plan"
            self.problem(read, _ref(row, header), "X004", column=header)
            return
        fields: dict[str, Any] = {}
        for column in columns:
            if column.kind not in ("id", "owner") and column.field not in fields:
                same = [c for c in columns if c.field == column.field]
                fields[column.field] = _field_value(None, same, new, self.lang)
        if model is Goal:
            fields.pop("focus_area", None)  # its place says it
        if read.kind != "targets":
            fields = {"id": "new", **fields}
        entry = {k: v for k, v in fields.items() if v not in (None, [])}
        if not self.valid(read, row, columns, model, {}, entry):
            return
        if "id" in entry:
            entry["id"] = self.ids.next(read.kind, where[0], entry, owner or read.org)
            self.plan.new_ids.append(entry["id"])
        self.plan.edits.append(Edit(where[0], where[1], entry, append=True))

    def new_status(
        self, read: ReadSheet, row: Row, columns: list[Column], key: tuple[str, str] | None
    ) -> None:
        """A status row without an entry in the year's file: appended under its organisation
        when anything is filled in (an untouched row of the year's standing is no edit)."""
        new = self.values(read, row, columns)
        if new is None:
            return
        fields: dict[str, Any] = {}
        for column in columns:
            if column.kind not in ("id", "owner") and column.field not in fields:
                same = [c for c in columns if c.field == column.field]
                fields[column.field] = _field_value(None, same, new, self.lang)
        entry = {k: v for k, v in fields.items() if v is not None}
        if not entry:
            return
        if key is None:
            header = "organisation" if row.value("action") else "action"
            self.problem(read, _ref(row, header), "X004", column=header)
            return
        org, action = key
        if self.owners.get(action) != org:
            self.problem(read, _ref(row, "action"), "X003", column="action", id=action, guess="")
            return
        entry = {"action": action, **entry}
        if not self.valid(read, row, columns, ActionStatus, {}, entry):
            return
        self.plan.edits.append(Edit(read.file or "", ("organisations", org), entry, append=True))

    def place(
        self, read: ReadSheet, owner: str | None, new: dict[str, Any]
    ) -> tuple[type[Any], tuple[str, tuple[Any, ...]] | None]:
        """The model of a new row and the (file, list path) it is appended to."""
        kind = read.kind
        if kind == "actions" and read.file:
            model = RegionalAction if read.org == self.ws.region_id else Action
            return model, (read.file, ("actions",))
        if kind == "parties":
            return Party, ("parties.yaml", ("parties",))
        plan_file = self.plan_files.get(owner) if owner else None
        if kind == "indicators":
            return Indicator, (plan_file or "indicators.yaml", ("indicators",))
        if kind == "targets":
            return IndicatorTarget, (plan_file, ("indicator_targets",)) if plan_file else None
        if plan_file:
            return OwnGoal, (plan_file, ("goals",))
        area = next(
            (
                f
                for f in self.ws.focus_areas
                if f.owner is None and f.obj.id == new.get("focus_area")
            ),
            None,
        )
        return Goal, (area.loc.file, (*area.loc.path, "goals")) if area else None


def plan_import(ws: Workspace, sheets: list[ReadSheet]) -> Plan:
    """The edits a workbook asks for, and the invalid cells that stop them."""
    importer = _Importer(ws, _exported_for(ws, sheets))
    for sheet in sheets:
        importer.sheet(sheet)
    return importer.plan


# --- helpers ------------------------------------------------------------------------------------


def _exported_for(ws: Workspace, sheets: list[ReadSheet]) -> set[str] | None:
    """The organisations the workbook was exported for (`export --only`): those with a sheet
    of actions; None when that is every plan of the workspace."""
    orgs = {s.org for s in sheets if s.kind == "actions" and s.org}
    return None if orgs >= {org for org, _, _ in plans(ws)} else orgs


def _ref(row: Row, header: str) -> str:
    return row.ref(header)


def _key(kind: str, row: Row) -> Any:
    if kind == "status":
        org, action = _plain_key(row.value("organisation")), _plain_key(row.value("action"))
        return (org, action) if org and action else None
    if kind == "targets":
        plan, indicator = row.value("plan"), row.value("indicator")
        return (str(plan).strip(), str(indicator).strip()) if plan and indicator else None
    value = row.value("id")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip() if value is not None else None


def _plain_key(value: Any) -> str | None:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip() or None if value is not None else None


def _key_text(key: Any) -> str:
    return " / ".join(key) if isinstance(key, tuple) else str(key)


def _index(kind: str, sheet: Sheet, ws: Workspace) -> dict[Any, Located[Any]]:
    if kind == "targets":
        return {(t.owner, t.obj.indicator): t for t in indicator_targets(ws)}
    if kind == "status":
        entries = entries_by_action(ws, sheet.year or 0).values()
        out_status: dict[Any, Located[Any]] = {
            (e.org, e.obj.action): Located(e.obj, e.loc, e.org) for e in entries
        }
        for row in sheet.rows:
            if isinstance(row, ParticipantRow):
                out_status.setdefault((row.owner, row.obj.action), row)
        return out_status
    pools: dict[str, list[Located[Any]]] = {
        "actions": [a for a in ws.actions if a.loc.file == sheet.file],
        "goals": list(ws.goals),
        "indicators": list(ws.indicators),
        "parties": list(ws.parties),
    }
    pool = pools[kind]
    out: dict[Any, Located[Any]] = {}
    for located in pool:
        out.setdefault(located.obj.id, located)
    return out


def _field_value(obj: Any, columns: list[Column], new: dict[str, Any], lang: str) -> Any:
    """The new value of one field from its columns (several for a text or the participants)."""
    first = columns[0]
    if first.kind == "text":
        old = getattr(obj, first.field, None) if obj is not None else None
        texts = dict(old) if isinstance(old, dict) else ({lang: old} if old else {})
        for c in columns:
            texts.pop(c.lang or lang, None)
            if new[c.header] is not None:
                texts[c.lang or lang] = new[c.header]
        if not texts:
            return None
        if list(texts) == [lang] and not isinstance(old, dict):
            return texts[lang]
        return texts
    if first.kind == "check":
        old_list = list(getattr(obj, "participants", []) or []) if obj is not None else []
        checked = {c.org for c in columns if new[c.header]}
        unchecked = {c.org for c in columns if not new[c.header]}
        kept = [m for m in old_list if m not in unchecked]
        return kept + [c.org for c in columns if c.org in checked and c.org not in kept]
    if len(first.path) == 2:  # baseline/target: value and year
        old_part = getattr(obj, first.field, None) if obj is not None else None
        part = old_part.model_dump() if old_part is not None else {}
        for c in columns:
            part[c.path[1]] = new[c.header]
        return None if all(v is None for v in part.values()) else part
    return new[first.header]


def _edits(
    located: Located[Any], name: str, columns: list[Column], new: dict[str, Any], value: Any,
    lang: str,
) -> list[Edit]:  # fmt: skip
    """The smallest edits that make field `name` hold `value`."""
    old = getattr(located.obj, name, None)
    return _edits_at(located.loc / name, old, columns, new, value, lang)


def _edits_at(
    where: Loc, old: Any, columns: list[Column], new: dict[str, Any], value: Any, lang: str
) -> list[Edit]:
    """The smallest edits that turn the value `old` at `where` into `value`."""
    file, path = where.file, where.path
    if value is None or value == []:
        return [Edit(file, path, DELETE)]
    if columns[0].kind == "text" and isinstance(old, dict) and isinstance(value, dict):
        out = []
        for c in columns:
            key = c.lang or lang
            if value.get(key) != old.get(key):
                out.append(Edit(file, (*path, key), value.get(key, DELETE)))
        return out
    if len(columns[0].path) == 2 and old is not None and isinstance(value, dict):
        return [
            Edit(file, (*path, c.path[1]), new[c.header])
            for c in columns
            if new[c.header] != getattr(old, c.path[1], None)
        ]
    return [Edit(file, path, value)]
