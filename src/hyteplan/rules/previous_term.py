"""E codes: the evaluation of the previous term's plan (`previous_term:` in hyteplan.yaml).

The previous plan is read as render reads it (wellbeing_report/previous_term.py), so what
validate accepts, render can show. Its own problems are not repeated here: one E001 names the
files that do not validate, and `hyteplan validate <that folder>` lists them.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Severity
from ..errors import HyteplanError
from ..load import WORKSPACE_FILE
from ..model import MunicipalPlanFile, RegionalPlanFile
from ..workspace import Loc, Located, Workspace
from .base import Example, Finding, rule
from .examples import PLAN_FILE, WORKSPACE_YAML, example_plan

_NAMED = WORKSPACE_YAML + "previous_term:\n  path: previous/2022-2025\n"
_PREVIOUS_YAML = WORKSPACE_YAML.replace("term: 2026-2029", "term: 2022-2025")
_PREVIOUS_PLAN = "municipality: esimerkkila\nplan:\n  status: draft\n  term: 2022-2025\n"
_PREVIOUS = (
    ("previous/2022-2025/hyteplan.yaml", _PREVIOUS_YAML),
    (
        "previous/2022-2025/municipalities/esimerkkila.yaml",
        _PREVIOUS_PLAN + "actions:\n  - id: ESI22-1\n    title: Liikuntakerhot\n"
        "    focus_area: elintavat\n",
    ),
)
_EVALUATION = "previous_term_evaluations:\n  - action: {action}\n    status: done\n"


def _previous(ws: Workspace) -> tuple[Workspace | None, str | None]:
    """The previous term's workspace, or the reason it cannot be read."""
    if ws.config is None or ws.config.previous_term is None:
        return None, None  # validate without one imports nothing of the report
    from ..wellbeing_report.previous_term import read_previous

    try:
        return read_previous(ws), None
    except HyteplanError as exc:
        return None, exc.message


@rule(
    "E001",
    "previous-term-unreadable",
    Severity.ERROR,
    {
        "en": "The previous term's plan named in hyteplan.yaml cannot be read.",
        "fi": "hyteplan.yaml-tiedostossa nimettyä edellisen kauden suunnitelmaa ei voi lukea.",
    },
    {
        "en": "the previous term's plan cannot be read: {problem}",
        "fi": "edellisen kauden suunnitelmaa ei voi lukea: {problem}",
    },
    {
        "en": "name a folder inside the workspace that holds the previous term's workspace "
        "(with its hyteplan.yaml), or a git revision of this repository; run `hyteplan "
        "validate` in that folder to see its problems",
        "fi": "nimeä työtilan sisällä oleva kansio, jossa on edellisen kauden työtila "
        "(ja sen hyteplan.yaml), tai tämän git-varaston revisio; aja `hyteplan validate` "
        "siinä kansiossa nähdäksesi sen ongelmat",
    },
    bad=Example("hyteplan.yaml", _NAMED),
    good=Example("hyteplan.yaml", _NAMED, also=_PREVIOUS),
)
def previous_term_unreadable(ws: Workspace) -> Iterator[Finding]:
    _, problem = _previous(ws)
    if problem is not None:
        yield Finding("E001", Loc(WORKSPACE_FILE, ("previous_term",)), {"problem": problem})


@rule(
    "E002",
    "evaluation-of-unknown-action",
    Severity.ERROR,
    {
        "en": "A plan evaluates an action that the previous term's plan does not have.",
        "fi": "Suunnitelma arvioi toimenpiteen, jota edellisen kauden suunnitelmassa ei ole.",
    },
    {
        "en": "`{action}` is not an action of the previous term's plan",
        "fi": "`{action}` ei ole edellisen kauden suunnitelman toimenpide",
    },
    {
        "en": "use the action's ID as the previous term's plan writes it; name that plan in "
        "hyteplan.yaml under `previous_term:`",
        "fi": "käytä toimenpiteen tunnusta sellaisena kuin edellisen kauden suunnitelma sen "
        "kirjoittaa; nimeä se suunnitelma hyteplan.yaml-tiedoston kohdassa `previous_term:`",
    },
    bad=Example(
        PLAN_FILE,
        example_plan() + _EVALUATION.format(action="ESI22-9"),
        also=(("hyteplan.yaml", _NAMED), *_PREVIOUS),
    ),
    good=Example(
        PLAN_FILE,
        example_plan() + _EVALUATION.format(action="ESI22-1"),
        also=(("hyteplan.yaml", _NAMED), *_PREVIOUS),
    ),
)
def evaluation_of_unknown_action(ws: Workspace) -> Iterator[Finding]:
    plans: list[Located[RegionalPlanFile] | Located[MunicipalPlanFile]] = [
        *([ws.region_plan] if ws.region_plan else []),
        *ws.municipal_plans.values(),
    ]
    if not any(p.obj.previous_term_evaluations for p in plans):
        return
    previous, problem = _previous(ws)
    if problem is not None:
        return  # E001
    known = {a.obj.id for a in previous.actions} if previous is not None else set()
    for plan in plans:
        for i, item in enumerate(plan.obj.previous_term_evaluations):
            if item.action not in known:
                where = plan.loc / "previous_term_evaluations" / i / "action"
                yield Finding("E002", where, {"action": item.action})
