"""J codes: the regional plan and the municipal plans must agree with each other.

A joint action is written once in region.yaml and appears in every participant's plan, so its
participants must have plans, and a municipal plan that confirms joint actions must confirm
the right ones. Terms and shared indicator definitions must be the same everywhere.
"""

from __future__ import annotations

from typing import Any, Iterator

from ..diagnostics import Severity
from ..model import Indicator, MunicipalPlanFile, RegionalPlanFile
from ..workspace import Loc, Located, Workspace
from .base import Example, Finding, rule
from .common import as_id, place, refs, skip_unreadable, suggestion, years
from .examples import MINIMAL_PLAN, PLAN_FILE, WORKSPACE_YAML

REGION_FILE = "region.yaml"
_SECOND = """  - id: toinen
    name: Toinen kunta
    code: 749
"""
_JOINT = """plan:
  status: draft
actions:
  - id: EL-1
    title: Liikuntaneuvonnan yhteinen palveluketju
    focus_area: elintavat
    responsible: alue-elintapaohjaus
    participants: [{participants}]
    indicators: [sotkanet-3906]
    rural_reach: Neuvonta myös etäyhteydellä.
{more}"""
_OTHER_JOINT = """  - id: EL-2
    title: Perheiden liikuntailtapäivät
    focus_area: elintavat
    responsible: alue-elintapaohjaus
    participants: [esimerkkila]
    indicators: [sotkanet-3906]
    rural_reach: Kylätaloilla.
"""


def _participant_plans(ws: Workspace) -> dict[str, str | None]:
    """Municipality ID -> its plan file as hyteplan.yaml declares it (None: `plan: false`)."""
    if ws.config is None:
        return {}
    return {m.id: m.plan_path() for m in ws.config.municipalities}


@rule(
    "J001",
    "participant-without-plan",
    Severity.ERROR,
    {
        "en": "A joint action names a participating municipality that has no plan file.",
        "fi": "Yhteisen toimenpiteen osallistujakunnalla ei ole suunnitelmatiedostoa.",
    },
    {
        "en": "participant `{ref}` has no plan: {path} does not exist",
        "fi": "osallistujalla `{ref}` ei ole suunnitelmaa: tiedostoa {path} ei ole",
    },
    {
        "en": "create {path} (a joint action appears in every participant's plan); if `{ref}` "
        "keeps no plan in this workspace, write `plan: false` under it in hyteplan.yaml; or "
        "remove `{ref}` from `participants`",
        "fi": "luo {path} (yhteinen toimenpide näkyy jokaisen osallistujan suunnitelmassa); jos "
        "kunnalla `{ref}` ei ole suunnitelmaa tässä työtilassa, kirjoita sen kohdalle "
        "hyteplan.yaml-tiedostoon `plan: false`; tai poista `{ref}` osallistujista",
    },
    bad=Example(
        REGION_FILE,
        _JOINT.format(participants="esimerkkila, toinen", more=""),
        also=(("hyteplan.yaml", WORKSPACE_YAML + _SECOND),),
    ),
    good=Example(REGION_FILE, _JOINT.format(participants="esimerkkila", more="")),
)
def participant_without_plan(ws: Workspace) -> Iterator[Finding]:
    plans = _participant_plans(ws)
    for action in ws.joint_actions():
        for where, ref in refs(ws, action.loc, "participants"):
            if ref not in plans:
                continue  # unknown municipality: R006
            path = plans[ref]
            if path is None or path in ws.files or ref in ws.municipal_plans:
                continue  # declared without a plan (`plan: false`), or it has one
            yield Finding(
                "J001",
                where,
                {"ref": ref, "path": path},
                object_kind="action",
                object_id=action.obj.id,
            )


def _written_participants(ws: Workspace) -> dict[str, list[str]]:
    """Regional action ID -> participants as written (objects the schema rejected too)."""
    source = ws.files.get(REGION_FILE)
    data = source.data if source else None
    actions = data.get("actions") if isinstance(data, dict) else None
    out: dict[str, list[str]] = {}
    for item in actions if isinstance(actions, list) else ():
        if isinstance(item, dict) and as_id(item.get("id")) is not None:
            written = item.get("participants")
            ids = [as_id(p) for p in written] if isinstance(written, list) else []
            out.setdefault(str(as_id(item.get("id"))), [p for p in ids if p])
    return out


def _municipal_files(ws: Workspace) -> Iterator[tuple[str, str]]:
    """(file, municipality ID) of every readable municipal plan file."""
    for path, source in ws.files.items():
        if source.kind == "municipality" and isinstance(source.data, dict):
            ident = as_id(source.data.get("municipality"))
            if ident is not None:
                yield path, ident


@rule(
    "J002",
    "unknown-joint-action",
    Severity.ERROR,
    {
        "en": "A municipal plan's `joint_actions` names an action that does not exist.",
        "fi": "Kunnan suunnitelman `joint_actions` viittaa toimenpiteeseen, jota ei ole.",
    },
    {
        "en": "unknown joint action `{ref}` in `joint_actions`",
        "fi": "tuntematon yhteinen toimenpide `{ref}` kentässä `joint_actions`",
    },
    {"en": "{suggestion}", "fi": "{suggestion_fi}"},
    bad=Example(PLAN_FILE, MINIMAL_PLAN + "joint_actions: [EL-11]\n"),
    good=Example(PLAN_FILE, MINIMAL_PLAN + "joint_actions: [EL-1]\n"),
)
def unknown_joint_action(ws: Workspace) -> Iterator[Finding]:
    if skip_unreadable(ws, REGION_FILE):
        return
    known = ws.ids("action")
    joint = [ident for ident, parts in _written_participants(ws).items() if parts]
    for path, _ in _municipal_files(ws):
        for where, ref in refs(ws, Loc(path), "joint_actions"):
            if ref not in known:
                params = {"ref": ref, **suggestion(ref, joint, "region.yaml", "region.yaml")}
                yield Finding("J002", where, params)


_CONFIRMING = (
    MINIMAL_PLAN
    + """joint_actions: [{joint}]
actions:
  - id: ESI-1
    title: Liikuntakokeilut yläkouluissa
    focus_area: elintavat
    responsible: esimerkkila-liikuntapalvelut
    indicators: [sotkanet-3906]
"""
)


@rule(
    "J003",
    "joint-action-not-listing",
    Severity.ERROR,
    {
        "en": "A municipal plan confirms a joint action that does not list the municipality.",
        "fi": "Kunnan suunnitelma vahvistaa yhteisen toimenpiteen, jonka osallistujissa kuntaa ei ole.",
    },
    {
        "en": "`{ref}` is not a joint action with `{municipality}` among its participants",
        "fi": "`{ref}` ei ole yhteinen toimenpide, jonka osallistujissa on `{municipality}`",
    },
    {
        "en": "add `{municipality}` to the `participants` of `{ref}` in region.yaml, or remove "
        "`{ref}` from `joint_actions`",
        "fi": "lisää `{municipality}` toimenpiteen `{ref}` osallistujiin (region.yaml) tai poista "
        "`{ref}` kentästä `joint_actions`",
    },
    bad=Example(PLAN_FILE, _CONFIRMING.format(joint="EL-1, ESI-1")),
    good=Example(PLAN_FILE, _CONFIRMING.format(joint="EL-1")),
)
def joint_action_not_listing(ws: Workspace) -> Iterator[Finding]:
    if skip_unreadable(ws, REGION_FILE):
        return
    known = ws.ids("action")
    participants = _written_participants(ws)
    for path, municipality in _municipal_files(ws):
        for where, ref in refs(ws, Loc(path), "joint_actions"):
            if ref in known and municipality not in participants.get(ref, ()):
                yield Finding("J003", where, {"ref": ref, "municipality": municipality})


@rule(
    "J004",
    "unconfirmed-joint-action",
    Severity.WARNING,
    {
        "en": "A municipal plan confirms some joint actions but not one that lists it.",
        "fi": "Kunnan suunnitelma vahvistaa osan yhteisistä toimenpiteistä, mutta ei tätä, jonka "
        "osallistujissa kunta on.",
    },
    {
        "en": "participant `{municipality}` does not confirm this action: `joint_actions` in "
        "{plan} lists others but not `{action}`",
        "fi": "osallistuja `{municipality}` ei vahvista tätä toimenpidettä: tiedoston {plan} "
        "`joint_actions` luettelee muita mutta ei toimenpidettä `{action}`",
    },
    {
        "en": "add `{action}` to `joint_actions` in {plan}, or remove `{municipality}` from "
        "`participants`",
        "fi": "lisää `{action}` tiedoston {plan} kenttään `joint_actions` tai poista "
        "`{municipality}` osallistujista",
    },
    bad=Example(REGION_FILE, _JOINT.format(participants="esimerkkila", more=_OTHER_JOINT)),
    good=Example(
        REGION_FILE,
        _JOINT.format(
            participants="esimerkkila",
            more=_OTHER_JOINT.replace("    participants: [esimerkkila]\n", ""),
        ),
    ),
)
def unconfirmed_joint_action(ws: Workspace) -> Iterator[Finding]:
    known = ws.ids("action")
    confirmed: dict[str, set[str]] = {}
    for municipality, plan in ws.municipal_plans.items():
        written = ws.raw(plan.loc / "joint_actions")
        entries = {as_id(w) for w in written} if isinstance(written, list) else set()
        if entries and entries <= known:  # an unknown entry is likely this one mistyped (J002)
            confirmed[municipality] = {str(e) for e in entries}
    for action in ws.joint_actions():
        for where, ref in refs(ws, action.loc, "participants"):
            if ref in confirmed and action.obj.id not in confirmed[ref]:
                plan_file = ws.municipal_plans[ref].loc.file
                yield Finding(
                    "J004",
                    where,
                    {"municipality": ref, "plan": plan_file, "action": action.obj.id},
                    object_kind="action",
                    object_id=action.obj.id,
                )


@rule(
    "J005",
    "term-mismatch",
    Severity.ERROR,
    {
        "en": "A plan's term differs from the workspace term in hyteplan.yaml.",
        "fi": "Suunnitelman kausi poikkeaa työtilan kaudesta (hyteplan.yaml).",
    },
    {
        "en": "plan term {term} differs from the workspace term {workspace_term}",
        "fi": "suunnitelmakausi {term} poikkeaa työtilan kaudesta {workspace_term}",
    },
    {
        "en": "remove `term` here (the plan then has the workspace term), or correct it",
        "fi": "poista `term` tästä (suunnitelma saa silloin työtilan kauden) tai korjaa se",
    },
    bad=Example(PLAN_FILE, MINIMAL_PLAN + "  term: 2025-2028\n"),
    good=Example(PLAN_FILE, MINIMAL_PLAN + "  term: 2026-2029\n"),
)
def term_mismatch(ws: Workspace) -> Iterator[Finding]:
    if ws.config is None:
        return
    expected = ws.config.term
    for path, source in ws.files.items():
        model = source.model
        if isinstance(model, (RegionalPlanFile, MunicipalPlanFile)) and model.plan.term:
            term = model.plan.term
            if (term.start, term.end) != (expected.start, expected.end):
                yield Finding(
                    "J005",
                    Loc(path, ("plan", "term")),
                    {"term": years(term), "workspace_term": years(expected)},
                )


def _conflict(a: Indicator, b: Indicator) -> tuple[str, Any, Any] | None:
    """The first field where two definitions of one measure disagree (a missing unit agrees)."""
    if a.direction != b.direction:
        return "direction", a.direction, b.direction
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return "unit", a.unit, b.unit
    return None


_LOCAL = """municipality: esimerkkila
plan:
  status: draft
indicators:
  - id: sotkanet-3906
    name: Ylipaino, % 8. ja 9. luokan oppilaista
    source: {kind: sotkanet, id: 3906}
    unit: "%"
    direction: DIRECTION
    baseline: {value: 21.0, year: 2023}
    target: {value: 18.0, year: 2029}
"""


@rule(
    "J006",
    "indicator-redefined",
    Severity.ERROR,
    {
        "en": "A plan defines a shared indicator again, with another unit or direction.",
        "fi": "Suunnitelma määrittelee yhteisen mittarin uudelleen eri yksiköllä tai suunnalla.",
    },
    {
        "en": "`{field}` is `{value}` here but `{other}` at {first}, where this indicator is "
        "also defined",
        "fi": "`{field}` on tässä `{value}` mutta kohdassa {first} `{other}`, vaikka mittari on sama",
    },
    {
        "en": "a plan's own definition of a shared indicator may change only its baseline and "
        "target: make `{field}` equal, or give this indicator its own ID",
        "fi": "suunnitelman oma määrittely yhteiselle mittarille saa muuttaa vain lähtö- ja "
        "tavoitetasoa: yhtenäistä `{field}` tai anna mittarille oma tunniste",
    },
    bad=Example(PLAN_FILE, _LOCAL.replace("DIRECTION", "higher")),
    good=Example(PLAN_FILE, _LOCAL.replace("DIRECTION", "lower")),
)
def indicator_redefined(ws: Workspace) -> Iterator[Finding]:
    first: dict[str, Located[Indicator]] = {}
    for item in ws.indicators:
        earlier = first.setdefault(item.obj.id, item)
        if earlier is item or earlier.loc.file == item.loc.file:
            continue  # the first definition, or a duplicate in one file (R008)
        conflict = _conflict(item.obj, earlier.obj)
        if conflict:
            field, value, other = conflict
            yield Finding(
                "J006",
                item.loc / field,
                {"field": field, "value": value, "other": other, "first": place(ws, earlier.loc)},
                object_kind="indicator",
                object_id=item.obj.id,
            )


_NATIONAL_SOURCES = ("sotkanet", "kouluterveyskysely", "teaviisari")


@rule(
    "J007",
    "indicator-source-conflict",
    Severity.ERROR,
    {
        "en": "Two indicators measure the same source indicator with different definitions.",
        "fi": "Kaksi mittaria mittaa samaa lähteen indikaattoria eri määrittelyin.",
    },
    {
        "en": "same source ({source}) as indicator `{other_id}` at {first}, but `{field}` is "
        "`{value}` here and `{other}` there",
        "fi": "sama lähde ({source}) kuin mittarilla `{other_id}` kohdassa {first}, mutta "
        "`{field}` on tässä `{value}` ja siellä `{other}`",
    },
    {
        "en": "one source indicator has one unit and direction: correct this one, or use the ID "
        "`{other_id}` instead",
        "fi": "lähteen indikaattorilla on yksi yksikkö ja suunta: korjaa tämä tai käytä "
        "tunnistetta `{other_id}`",
    },
    bad=Example(
        PLAN_FILE,
        _LOCAL.replace("DIRECTION", "lower")
        .replace("id: sotkanet-3906", "id: esimerkkila-ylipaino")
        .replace('unit: "%"', "unit: henkeä"),
    ),
    good=Example(
        PLAN_FILE,
        _LOCAL.replace("DIRECTION", "lower").replace(
            "id: sotkanet-3906", "id: esimerkkila-ylipaino"
        ),
    ),
)
def indicator_source_conflict(ws: Workspace) -> Iterator[Finding]:
    first: dict[tuple[str, str], Located[Indicator]] = {}
    for item in ws.indicators:
        source = item.obj.source
        if source is None or source.kind not in _NATIONAL_SOURCES or source.id is None:
            continue
        earlier = first.setdefault((source.kind, str(source.id).strip()), item)
        if earlier.obj.id == item.obj.id:
            continue  # itself, or the same indicator defined again (J006)
        conflict = _conflict(item.obj, earlier.obj)
        if conflict:
            field, value, other = conflict
            yield Finding(
                "J007",
                item.loc / field,
                {
                    "field": field,
                    "value": value,
                    "other": other,
                    "source": f"{source.kind} {source.id}",
                    "other_id": earlier.obj.id,
                    "first": place(ws, earlier.loc),
                },
                object_kind="indicator",
                object_id=item.obj.id,
            )
