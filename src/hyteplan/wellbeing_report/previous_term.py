"""The evaluation of the previous council term's plan: how its goals' indicators moved and what
came of its actions.

The previous plan is a whole workspace as it was, named in ``hyteplan.yaml`` under
``previous_term:`` as a git revision of the workspace's repository (read like ``hyteplan diff``
reads one, through git's plumbing) or as a folder inside the workspace (read like the workspace
itself, so a link out of it is refused). Its goals' indicators get their latest values from the
*current* ``data/``: the evaluation is made now. An action's final status is its last status
record in the previous workspace (``status/<year>.yaml``, when that workspace has them), else the
written evaluation in the current plan (``previous_term_evaluations:``); a joint action's is the
region's.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from hyteplan.errors import HyteplanError
from hyteplan.indicator_data import IndicatorValues
from hyteplan.indicator_meta import completed
from hyteplan.indicator_views import MovementRow, Organisation, TextFn, movement_row
from hyteplan.load import WORKSPACE_FILE, FolderReader, MemoryReader, load_from
from hyteplan.model import Action, ActionEvaluation, Goal, Indicator, RegionalAction
from hyteplan.numbers import format_year_range
from hyteplan.workspace import Located, Workspace


@dataclass(frozen=True)
class GoalMovement:
    """A goal of the previous plan and how each of its indicators moved."""

    id: str
    title: str
    rows: list[MovementRow]


@dataclass(frozen=True)
class ActionOutcome:
    """An action of the previous plan: its final status and the written evaluation."""

    id: str
    title: str
    status: str  # in words; '' when neither a status record nor an evaluation exists
    evaluation: str


@dataclass(frozen=True)
class PreviousTermView:
    term: str
    goals: list[GoalMovement]
    actions: list[ActionOutcome]


def read_previous(ws: Workspace) -> Workspace | None:
    """The previous term's workspace that ``hyteplan.yaml`` names; None when it names none.

    A folder is read through the workspace's own reader (so on disk it must resolve inside the
    workspace, and in a revision it is the folder as it was then). A revision needs the
    repository on disk: a workspace read from git itself (``diff``) skips it. Raises
    HyteplanError when it cannot be read: an unknown revision, a folder without hyteplan.yaml,
    or files there that do not validate.
    """
    setting = ws.config.previous_term if ws.config is not None else None
    if setting is None or ws.reader is None:
        return None
    if setting.path is not None:
        reader = FolderReader(ws.reader, setting.path)
        if reader.read(WORKSPACE_FILE) is None:
            raise HyteplanError(
                f"the previous term's folder {setting.path} holds no {WORKSPACE_FILE}",
                hint="copy the previous term's workspace (hyteplan.yaml, region.yaml, "
                "municipalities/...) into that folder, or correct `previous_term: path:`",
            )
        root = ws.root / setting.path if ws.root is not None else None
        previous = load_from(reader, root)
        where = setting.path
    else:
        if ws.root is None:
            return None
        from hyteplan.gitrepo import Repo  # only a revision needs git

        repo = Repo.containing(ws.root)
        commit = repo.resolve(setting.revision or "")
        previous = load_from(MemoryReader(repo.read_tree(commit, repo.prefix_of(ws.root))))
        where = setting.revision or ""
    broken = sorted({f.loc.file for f in previous.load_findings if not f.kind.startswith("data")})
    if previous.config is None or broken:
        raise HyteplanError(
            f"the previous term's plan ({where}) does not validate: "
            f"{', '.join(broken) or WORKSPACE_FILE}",
            hint="run `hyteplan validate` in that workspace and fix it, or name another one",
        )
    return previous


def previous_goals(previous: Workspace, org_id: str) -> list[Goal]:
    """The previous plan's goals in this organisation's document: shared ones and its own."""
    return [g.obj for g in previous.goals if g.owner in (None, org_id)]


def previous_actions(previous: Workspace, org_id: str, region_id: str) -> list[Located[Action]]:
    """The previous plan's actions of this organisation: its own, and joint ones it took part in."""
    out = []
    for located in previous.actions:
        action = located.obj
        joint = isinstance(action, RegionalAction) and org_id in action.participants
        if located.owner == org_id or joint:
            out.append(located)
    return out if org_id != region_id else [a for a in out if a.owner == region_id]


def _last_statuses(previous: Workspace) -> dict[str, str]:
    """Action ID -> its status in the last year with a record (status/<year>.yaml)."""
    entries = sorted(getattr(previous, "statuses", []), key=lambda s: s.year)
    return {entry.obj.action: entry.obj.status for entry in entries}


def evaluations(ws: Workspace, org_id: str) -> Iterator[tuple[str, ActionEvaluation]]:
    """(owner, evaluation) written in the current plans: the region's and this organisation's."""
    plans: list[tuple[str, Any]] = []
    if ws.region_plan is not None and ws.config is not None:
        plans.append((ws.config.region.id, ws.region_plan))
    if org_id in ws.municipal_plans:
        plans.append((org_id, ws.municipal_plans[org_id]))
    for owner, plan in plans:
        for item in plan.obj.previous_term_evaluations:
            yield owner, item


def previous_term_view(
    ws: Workspace,
    previous: Workspace,
    org: Organisation,
    values: IndicatorValues,
    lang: str,
    labels: Mapping[str, str],
    texts: TextFn,
) -> PreviousTermView:
    """The evaluation section of one organisation's report."""
    assert previous.config is not None and ws.config is not None
    region_id = ws.config.region.id
    prev_org = replace(org, own_targets=_own_targets(previous, org.id))
    catalogue = _catalogue(previous, org.id, values, lang)
    goals = []
    for goal in previous_goals(previous, org.id):
        rows = [
            movement_row(found, prev_org, values, local, lang, labels, texts)
            for indicator_id in goal.indicators
            if (entry := catalogue.get(indicator_id)) is not None
            for found, local in [entry]
        ]
        goals.append(GoalMovement(goal.id, texts(goal.title), rows))
    records = _last_statuses(previous)
    written: dict[str, ActionEvaluation] = {}
    for owner, item in evaluations(ws, org.id):
        if owner == org.id or item.action not in written:
            written[item.action] = item
    actions = []
    for located in previous_actions(previous, org.id, region_id):
        action = located.obj
        found = written.get(action.id)
        state = records.get(action.id) or (found.status if found else None)
        actions.append(
            ActionOutcome(
                id=action.id,
                title=texts(action.title),
                status=labels[f"eval_{state}"] if state else labels["not_evaluated"],
                evaluation=texts(found.evaluation) if found and found.evaluation else "",
            )
        )
    term = previous.config.term
    return PreviousTermView(format_year_range(term.start, term.end), goals, actions)


def _own_targets(previous: Workspace, org_id: str) -> dict[str, Any]:
    """The organisation's own baselines and targets as its previous plan wrote them."""
    region = previous.config.region.id if previous.config else None
    plan: Any = previous.region_plan if org_id == region else previous.municipal_plans.get(org_id)
    return {t.indicator: t for t in plan.obj.indicator_targets} if plan else {}


def _catalogue(
    previous: Workspace, org_id: str, values: IndicatorValues, lang: str
) -> dict[str, tuple[Indicator, bool]]:
    """The previous plan's indicators by ID, with whether each is the organisation's own."""
    shared = {
        i.obj.id: (completed(i.obj, values.metadata, lang), False)
        for i in previous.indicators
        if i.owner is None
    }
    own = {i.obj.id: (i.obj, True) for i in previous.indicators if i.owner == org_id}
    return {**shared, **own}


__all__: list[str] = [
    "ActionOutcome",
    "GoalMovement",
    "PreviousTermView",
    "previous_term_view",
    "read_previous",
]
