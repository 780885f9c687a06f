"""Comparing two loaded workspaces object by object, matched by ID.

Matching happens in three passes, each only over what the previous left unmatched:
1. same kind, organisation and ID: the same object (changed or not);
2. same kind and ID in another organisation's file: the object moved (its `organisation` changed);
3. same kind and organisation with identical content but another ID: renamed, so that a new ID
   is not reported as one object removed and another added.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import PurePosixPath
from typing import Any, Callable

from pydantic import BaseModel

from ..model import MunicipalPlanFile, RegionalAction, RegionalPlanFile
from ..workspace import Workspace
from .changes import (
    ADDED,
    CHANGED,
    JOINED,
    LEFT,
    REMOVED,
    RENAMED,
    ChangeSet,
    FieldChange,
    ObjectChange,
    Organisation,
    Version,
    sort_key,
)
from .fields import Field, FieldType, canonical, fields_of, same, text_value
from .words import word_diff

FieldsOf = Callable[[BaseModel, str], list[Field]]

# Fields of hyteplan.yaml that are settings of the tool, not content of the plans.
_WORKSPACE_SKIPPED = frozenset({"format", "example", "region", "municipalities", "rules"})


@dataclass
class Item:
    """One plan object of one version, reduced to its meaning."""

    kind: str
    id: str
    owner: str | None
    fields: list[Field]
    title: dict[str, str] | None = None
    focus_area: str | None = None
    participants: tuple[str, ...] = ()

    @cached_property
    def content(self) -> str:
        """Everything but the ID, for finding renames (computed only for unmatched objects)."""
        return canonical([[f.name, _sortable(f)] for f in self.fields])


def _sortable(f: Field) -> Any:
    """A field's value with list order removed, for finding renamed objects."""
    if f.type in (FieldType.LIST, FieldType.ITEMS):
        return sorted(canonical(v) for v in f.value)
    return f.value


def _owned(owner: str | None, fields: list[Field]) -> list[Field]:
    """Objects in an organisation's plan file carry that organisation as a field (moves show)."""
    if owner is None:
        return fields
    return fields + [Field("organisation", FieldType.VALUE, owner)]


class FieldsMemo:
    """fields_of, remembered per model object: two versions loaded with one FileCache share
    the objects of every file neither edited, and those need reading only once."""

    def __init__(self) -> None:
        self._seen: dict[tuple[int, str], tuple[BaseModel, list[Field]]] = {}

    def __call__(self, obj: BaseModel, lang: str) -> list[Field]:
        known = self._seen.get((id(obj), lang))
        if known is None or known[0] is not obj:
            known = self._seen[(id(obj), lang)] = (obj, fields_of(obj, lang))
        return list(known[1])  # a copy: callers add fields of their own


def items_of(ws: Workspace, fields_of: FieldsOf = fields_of) -> list[Item]:
    """Every plan object of a workspace, in the order the files list them."""
    lang = ws.default_language
    items: list[Item] = []
    config = ws.config
    if config is not None:
        own = [f for f in fields_of(config, lang) if f.name not in _WORKSPACE_SKIPPED]
        region_fields = fields_of(config.region, lang)
        items.append(
            Item(
                "workspace",
                config.region.id,
                None,
                region_fields + own,
                text_value(config.region.name, lang),
            )
        )
        for m in config.municipalities:
            items.append(
                Item("municipality", m.id, None, fields_of(m, lang), text_value(m.name, lang))
            )
    if ws.region_plan is not None and ws.region_id is not None:
        plan = ws.region_plan.obj.plan
        items.append(
            Item(
                "plan",
                ws.region_id,
                ws.region_id,
                fields_of(plan, lang),
                text_value(plan.title, lang),
            )
        )
    for org, located in ws.municipal_plans.items():
        model: MunicipalPlanFile = located.obj
        plan_fields = fields_of(model.plan, lang)
        if model.joint_actions:
            plan_fields.append(Field("joint_actions", FieldType.LIST, list(model.joint_actions)))
        items.append(Item("plan", org, org, plan_fields, text_value(model.plan.title, lang)))
    for area_at in ws.focus_areas:
        area = area_at.obj
        items.append(
            Item(
                "focus-area",
                area.id,
                area_at.owner,
                _owned(area_at.owner, fields_of(area, lang)),
                text_value(area.title, lang),
                area.id,
            )
        )
    for goal_at in ws.goals:
        goal = goal_at.obj
        # the focus area first, whether the goal stands under it or names it (a plan's own goal)
        parent = Field("focus_area", FieldType.VALUE, goal_at.parent)
        own = [f for f in fields_of(goal, lang) if f.name != "focus_area"]
        items.append(
            Item(
                "goal",
                goal.id,
                goal_at.owner,
                _owned(goal_at.owner, [parent] + own),
                text_value(goal.title, lang),
                goal_at.parent,
            )
        )
    for action_at in ws.actions:
        action = action_at.obj
        participants = tuple(action.participants) if isinstance(action, RegionalAction) else ()
        items.append(
            Item(
                "action",
                action.id,
                action_at.owner,
                _owned(action_at.owner, fields_of(action, lang)),
                text_value(action.title, lang),
                action.focus_area,
                participants,
            )
        )
    for party_at in ws.parties:
        party = party_at.obj
        items.append(
            Item("party", party.id, None, fields_of(party, lang), text_value(party.name, lang))
        )
    for indicator_at in ws.indicators:
        ind = indicator_at.obj
        items.append(
            Item(
                "indicator",
                ind.id,
                indicator_at.owner,
                _owned(indicator_at.owner, fields_of(ind, lang)),
                text_value(ind.name, lang),
            )
        )
    return (
        items
        + _report_items(ws, lang, fields_of)
        + _status_items(ws, lang, fields_of)
        + _record_items(ws, lang, fields_of)
    )


def _report_items(ws: Workspace, lang: str, fields_of: FieldsOf) -> list[Item]:
    """Each plan's report texts as one object (ID: its organisation), and each evaluation of a
    previous term's action as one (ID: the action), in the organisation's section."""
    plans: list[tuple[str, RegionalPlanFile | MunicipalPlanFile]] = []
    if ws.region_plan is not None and ws.region_id is not None:
        plans.append((ws.region_id, ws.region_plan.obj))
    plans += [(org, located.obj) for org, located in ws.municipal_plans.items()]
    items: list[Item] = []
    for org, model in plans:
        if model.report is not None:
            items.append(Item("report", org, org, fields_of(model.report, lang)))
        for evaluation in model.previous_term_evaluations:
            # the action stays a field: two evaluations alike are not one renamed
            items.append(Item("evaluation", evaluation.action, org, fields_of(evaluation, lang)))
    return items


def _record_items(ws: Workspace, lang: str, fields_of: FieldsOf) -> list[Item]:
    """The indicator groups and the negotiation records (ID: the file's name), shared by all."""
    items: list[Item] = []
    for group in ws.indicator_groups():
        items.append(
            Item(
                "indicator-group",
                group.id,
                None,
                fields_of(group, lang),
                text_value(group.name, lang),
            )
        )
    for located in ws.negotiations:
        # `participants` of a record are people and bodies, not a joint action's municipalities
        fields = [
            Field("attendees", f.type, f.value) if f.name == "participants" else f
            for f in fields_of(located.obj, lang)
        ]
        items.append(Item("negotiation", PurePosixPath(located.loc.file).stem, None, fields))
    return items


def _status_items(ws: Workspace, lang: str, fields_of: FieldsOf) -> list[Item]:
    """Each status entry as an object with the ID year/organisation/action.

    It carries the action's title and focus area, and a joint action's participants, so that
    it is reported in every document it affects. Its year and action are fields too: two
    entries with equal words are never taken for one renamed. Each participant's note is a
    text field of its own, `participant_notes.<municipality>`.
    """
    actions = {a.obj.id: a.obj for a in ws.actions}
    items: list[Item] = []
    for entry in ws.statuses:
        action = actions.get(entry.obj.action)
        participants = tuple(action.participants) if isinstance(action, RegionalAction) else ()
        fields = [Field("year", FieldType.VALUE, entry.year)]
        fields += [f for f in fields_of(entry.obj, lang) if f.name != "participant_notes"]
        fields += [  # one text per participant, so that its words are compared as any text's
            Field(f"participant_notes.{org}", FieldType.TEXT, text_value(note, lang))
            for org, note in sorted(entry.obj.participant_notes.items())
        ]
        items.append(
            Item(
                "status",
                f"{entry.year}/{entry.org}/{entry.obj.action}",
                entry.org,
                _owned(entry.org, fields),
                text_value(action.title, lang) if action else None,
                action.focus_area if action else None,
                participants,
            )
        )
    return items


def compare_fields(old: list[Field], new: list[Field]) -> list[FieldChange]:
    """Every field whose meaning differs, in the order the new version lists fields."""
    old_by = {f.name: f for f in old}
    new_by = {f.name: f for f in new}
    names = [f.name for f in new] + [f.name for f in old if f.name not in new_by]
    out: list[FieldChange] = []
    for name in names:
        a, b = old_by.get(name), new_by.get(name)
        ftype = (b or a).type  # type: ignore[union-attr]
        va = a.value if a else None
        vb = b.value if b else None
        if ftype is FieldType.TEXT:
            out += _text_changes(name, va or {}, vb or {})
        elif not same(ftype, va, vb):
            out.append(_value_change(name, ftype, va, vb))
    return out


def _text_changes(name: str, old: dict[str, str], new: dict[str, str]) -> list[FieldChange]:
    """One change per language version that differs, with its word-level edit."""
    out: list[FieldChange] = []
    langs = list(new) + [lang for lang in old if lang not in new]
    for lang in langs:
        a, b = old.get(lang), new.get(lang)
        if a == b:
            continue
        words = tuple(word_diff(a or "", b or ""))
        out.append(FieldChange(name, FieldType.TEXT, a, b, lang=lang, words=words))
    return out


def _value_change(name: str, ftype: FieldType, old: Any, new: Any) -> FieldChange:
    """A changed field; for lists also which items were added and removed."""
    if ftype not in (FieldType.LIST, FieldType.ITEMS):
        return FieldChange(name, ftype, old, new)
    old_list, new_list = list(old or []), list(new or [])
    added = _missing_from(new_list, old_list)
    removed = _missing_from(old_list, new_list)
    return FieldChange(name, ftype, old_list, new_list, added=tuple(added), removed=tuple(removed))


def _missing_from(values: list[Any], other: list[Any]) -> list[Any]:
    """The items of `values` that `other` lacks, counting repeats (a multiset difference)."""
    remaining = [canonical(v) for v in other]
    out: list[Any] = []
    for value in values:
        key = canonical(value)
        if key in remaining:
            remaining.remove(key)
        else:
            out.append(value)
    return out


class _Matcher:
    """Pairs the objects of two versions (see the module docstring for the passes)."""

    def __init__(self, old: list[Item], new: list[Item]) -> None:
        self.pairs: list[tuple[Item, Item]] = []
        self.renamed: list[tuple[Item, Item]] = []
        old_by: dict[tuple[Any, ...], Item] = {}
        for item in old:
            old_by.setdefault((item.kind, item.owner, item.id), item)
        seen: set[tuple[Any, ...]] = set()
        added: list[Item] = []
        for item in new:
            key = (item.kind, item.owner, item.id)
            if key in seen:
                continue  # a duplicate ID: validation reports it; compare the first
            seen.add(key)
            if key in old_by:
                self.pairs.append((old_by.pop(key), item))
            else:
                added.append(item)
        removed = list(old_by.values())
        added = self._pair_by(removed, added, lambda i: (i.kind, i.id), self.pairs)
        self.added = self._pair_by(
            removed, added, lambda i: (i.kind, i.owner, i.content), self.renamed
        )
        self.removed = removed

    @staticmethod
    def _pair_by(
        removed: list[Item], added: list[Item], key: Any, into: list[tuple[Item, Item]]
    ) -> list[Item]:
        """Pair removed and added items with equal keys; return the added ones left over."""
        pool: dict[Any, list[Item]] = {}
        for item in removed:
            pool.setdefault(key(item), []).append(item)
        left: list[Item] = []
        for item in added:
            candidates = pool.get(key(item))
            if candidates:
                old = candidates.pop(0)
                removed.remove(old)
                into.append((old, item))
            else:
                left.append(item)
        return left


def compare(old_ws: Workspace, new_ws: Workspace, old: Version, new: Version) -> ChangeSet:
    """All differences between two workspaces, grouped for reporting."""
    organisations = _organisations(old_ws, new_ws)
    order = {o.id: i for i, o in enumerate(organisations)}
    memo = FieldsMemo()
    old_items, new_items = items_of(old_ws, memo), items_of(new_ws, memo)
    matcher = _Matcher(old_items, new_items)
    changes: list[ObjectChange] = []
    for a, b in matcher.pairs:
        if a.fields == b.fields:  # the common case, decided without a field-by-field look
            continue
        fields = compare_fields(a.fields, b.fields)
        if fields:
            changes.append(_change(CHANGED, a, b, order, tuple(fields)))
    for a, b in matcher.renamed:
        changes.append(_change(RENAMED, a, b, order))
    for b in matcher.added:
        changes.append(_change(ADDED, None, b, order))
    for a in matcher.removed:
        changes.append(_change(REMOVED, a, None, order))
    changes.sort(key=sort_key)
    config = new_ws.config or old_ws.config
    return ChangeSet(
        old=old,
        new=new,
        changes=changes,
        organisations=organisations,
        default_lang=new_ws.default_language,
        languages=tuple(config.languages) if config else (new_ws.default_language,),
        names=_names(old_items + new_items),
        units=_indicator_field(old_ws, new_ws, "unit"),
        decimals=_indicator_field(old_ws, new_ws, "decimals"),
        focus_areas=list(
            dict.fromkeys(i.id for i in new_items + old_items if i.kind == "focus-area")
        ),
        term=(config.term.start, config.term.end) if config else None,
    )


def _change(
    status: str,
    old: Item | None,
    new: Item | None,
    order: dict[str, int],
    fields: tuple[FieldChange, ...] = (),
) -> ObjectChange:
    """The ObjectChange for a matched pair (or a lone old or new item), with every organisation
    whose document it affects and, for a joint action, who joined or left."""
    main = new or old
    assert main is not None
    both = [i for i in (old, new) if i is not None]
    owners = {i.owner for i in both if i.owner is not None}
    before = set(old.participants) if old else set()
    after = set(new.participants) if new else set()
    concerned = owners | before | after
    organisations = tuple(sorted(concerned, key=lambda o: (order.get(o, len(order)), o)))
    effects: list[tuple[str, str]] = []
    if old is not None and new is not None:
        effects += [(o, JOINED) for o in organisations if o in after - before]
        effects += [(o, LEFT) for o in organisations if o in before - after]
    snapshot: tuple[tuple[str, FieldType, Any], ...] = ()
    if status in (ADDED, REMOVED):
        snapshot = tuple((f.name, f.type, f.value) for f in main.fields)
    return ObjectChange(
        kind=main.kind,
        id=main.id,
        status=status,
        owner=main.owner,
        old_id=old.id if status == RENAMED and old else None,
        title=main.title,
        focus_area=main.focus_area,
        joint=bool(before or after),
        organisations=organisations,
        effects=tuple(effects),
        fields=fields,
        snapshot=snapshot,
    )


def _organisations(old_ws: Workspace, new_ws: Workspace) -> list[Organisation]:
    """The organisations of both versions, the new version's names and order first."""
    out: dict[str, Organisation] = {}
    for ws in (new_ws, old_ws):
        config = ws.config
        if config is None:
            continue
        lang = ws.default_language
        region = config.region
        out.setdefault(
            region.id, Organisation(region.id, text_value(region.name, lang) or {}, "region")
        )
        for m in config.municipalities:
            out.setdefault(m.id, Organisation(m.id, text_value(m.name, lang) or {}, "municipality"))
    for ws in (new_ws, old_ws):
        for org in ws.municipal_plans:
            out.setdefault(org, Organisation(org, {ws.default_language: org}, "municipality"))
    return list(out.values())


def _names(items: list[Item]) -> dict[str, dict[str, dict[str, str]]]:
    """Titles by kind and ID; give the old version's items first so the new names win."""
    names: dict[str, dict[str, dict[str, str]]] = {}
    for item in items:
        if item.title:
            names.setdefault(item.kind, {})[item.id] = item.title
    return names


def _indicator_field(old_ws: Workspace, new_ws: Workspace, field: str) -> dict[str, Any]:
    """One field of every indicator that sets it (the new version's win): units and decimals,
    so that a value is shown as 17,0 % as in the documents, not as 17."""
    found: dict[str, Any] = {}
    for ws in (old_ws, new_ws):
        for loc in ws.indicators:
            value = getattr(loc.obj, field)
            if value is not None and value != "":
                found[loc.obj.id] = value
    return found
