"""R codes: references by ID must name something that exists, and IDs must be unique.

Known IDs come from `ws.ids(kind)`, which includes objects the schema rejected, so that one
mistake (an invalid party) gives one diagnostic, not one more for every reference to it.
A file that exists but cannot be read (a Y code) switches off the checks that depend on it.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from ..diagnostics import Severity
from ..load import ID_LISTS, WORKSPACE_FILE
from ..model import FILE_KINDS, OwnGoal
from ..workspace import Loc, Located, Workspace, value_at
from .base import Example, Finding, rule
from .common import as_id, place, refs, refs_in, skip_unreadable, suggestion
from .examples import PLAN_FILE, WORKSPACE_YAML, example_plan

PARTIES_FILE = "parties.yaml"
INDICATORS_FILE = "indicators.yaml"
FOCUS_AREAS_FILE = "focus-areas.yaml"

GOOD_PLAN = Example(PLAN_FILE, example_plan())


class _Unknown:
    """Reports references to IDs that are not defined, with a "did you mean" hint."""

    def __init__(self, code: str, known: set[str], where_en: str, where_fi: str) -> None:
        self.code, self.known = code, known
        self.where_en, self.where_fi = where_en, where_fi
        self._hints: dict[str, dict[str, str]] = {}

    def check(
        self,
        ws: Workspace,
        item: Located[Any],
        kind: str,
        fields: Iterable[str],
        loc: Loc | None = None,
    ) -> Iterator[Finding]:
        where_item = loc or item.loc
        raw = ws.raw(where_item)
        for field in fields:
            for where, ref in refs_in(raw, where_item, field, self.known):
                if ref not in self._hints:
                    self._hints[ref] = suggestion(ref, self.known, self.where_en, self.where_fi)
                params = {"ref": ref, "field": field, **self._hints[ref]}
                yield Finding(
                    self.code,
                    where,
                    params,
                    object_kind=kind,
                    object_id=getattr(item.obj, "id", None),
                )


@rule(
    "R001",
    "unknown-party",
    Severity.ERROR,
    {
        "en": "A responsible party (vastuutaho), partner, parent or group member is not defined.",
        "fi": "Vastuutahoa, kumppania, ylätahoa tai ryhmän jäsentä ei ole määritelty.",
    },
    {
        "en": "unknown {term[party]} `{ref}` in `{field}`",
        "fi": "tuntematon {term[party]} `{ref}` kentässä `{field}`",
    },
    {"en": "{suggestion}", "fi": "{suggestion_fi}"},
    bad=Example(PLAN_FILE, example_plan(responsible="esimerkkila-liikuntapalvelu")),
    good=GOOD_PLAN,
)
def unknown_party(ws: Workspace) -> Iterator[Finding]:
    if skip_unreadable(ws, PARTIES_FILE):
        return
    unknown = _Unknown("R001", ws.ids("party"), PARTIES_FILE, PARTIES_FILE)
    for action in ws.actions:
        yield from unknown.check(ws, action, "action", ("responsible", "partners"))
    for party in ws.parties:
        yield from unknown.check(ws, party, "party", ("parent", "members"))


@rule(
    "R002",
    "unknown-indicator",
    Severity.ERROR,
    {
        "en": "An action, goal, wellbeing gap, own target or the report's population group or key "
        "indicators refer to an indicator that is not defined.",
        "fi": "Toimenpide, tavoite, hyvinvointivaje, oma tavoitetaso tai kertomuksen väestöryhmä "
        "tai avainmittarit viittaavat mittariin, jota ei ole määritelty.",
    },
    {
        "en": "unknown indicator `{ref}` in `{field}`",
        "fi": "tuntematon mittari `{ref}` kentässä `{field}`",
    },
    {"en": "{suggestion}", "fi": "{suggestion_fi}"},
    bad=Example(PLAN_FILE, example_plan(indicators="sotkanet-3096")),
    good=GOOD_PLAN,
)
def unknown_indicator(ws: Workspace) -> Iterator[Finding]:
    if skip_unreadable(ws, INDICATORS_FILE):
        return
    unknown = _Unknown(
        "R002",
        ws.ids("indicator"),
        "indicators.yaml (or the plan's `indicators`)",
        "indicators.yaml (tai suunnitelman `indicators`-listassa)",
    )
    for action in ws.actions:
        yield from unknown.check(ws, action, "action", ("indicators",))
    for goal in ws.goals:
        yield from unknown.check(ws, goal, "goal", ("indicators",))
    for area in ws.focus_areas:
        gaps = value_at(ws.raw(area.loc), ("wellbeing_gaps",))
        for index in range(len(gaps) if isinstance(gaps, list) else 0):
            yield from unknown.check(
                ws, area, "focus-area", ("indicators",), loc=area.loc / "wellbeing_gaps" / index
            )
    plans = [ws.region_plan] if ws.region_plan else []
    for plan in [*plans, *ws.municipal_plans.values()]:
        targets = value_at(ws.raw(plan.loc), ("indicator_targets",))
        for index in range(len(targets) if isinstance(targets, list) else 0):
            where = plan.loc / "indicator_targets" / index
            yield from unknown.check(ws, plan, "", ("indicator",), loc=where)
        # the report part (issue 9): the indicators shown beside the summary
        yield from unknown.check(ws, plan, "", ("key_indicators",), loc=plan.loc / "report")
    yield from _population_group_indicators(ws, unknown)


def _population_group_indicators(ws: Workspace, unknown: _Unknown) -> Iterator[Finding]:
    """The report's population groups in hyteplan.yaml name indicators too."""
    if ws.config is None:
        return
    root = Loc(WORKSPACE_FILE, ())
    groups = value_at(ws.raw(root), ("population_groups",))
    for index in range(len(groups) if isinstance(groups, list) else 0):
        where = root / "population_groups" / index
        yield from unknown.check(ws, Located(ws.config, root), "", ("indicators",), loc=where)


@rule(
    "R003",
    "unknown-focus-area",
    Severity.ERROR,
    {
        "en": "An action or a plan's own goal refers to a focus area (painopistealue) that is not "
        "defined.",
        "fi": "Toimenpide tai suunnitelman oma tavoite viittaa painopistealueeseen, jota ei ole "
        "määritelty.",
    },
    {"en": "unknown focus area `{ref}`", "fi": "tuntematon painopistealue `{ref}`"},
    {"en": "{suggestion}", "fi": "{suggestion_fi}"},
    bad=Example(PLAN_FILE, example_plan(focus_area="elintapa")),
    good=GOOD_PLAN,
)
def unknown_focus_area(ws: Workspace) -> Iterator[Finding]:
    if skip_unreadable(ws, FOCUS_AREAS_FILE):
        return
    unknown = _Unknown(
        "R003",
        ws.ids("focus-area"),
        "focus-areas.yaml (or the plan's `focus_areas`)",
        "focus-areas.yaml (tai suunnitelman `focus_areas`-listassa)",
    )
    for action in ws.actions:
        yield from unknown.check(ws, action, "action", ("focus_area",))
    for goal in ws.goals:
        if isinstance(goal.obj, OwnGoal):
            yield from unknown.check(ws, goal, "goal", ("focus_area",))


@rule(
    "R004",
    "unknown-goal",
    Severity.ERROR,
    {
        "en": "An action refers to a goal (tavoite) that is not defined.",
        "fi": "Toimenpide viittaa tavoitteeseen, jota ei ole määritelty.",
    },
    {"en": "unknown goal `{ref}`", "fi": "tuntematon tavoite `{ref}`"},
    {"en": "{suggestion}", "fi": "{suggestion_fi}"},
    bad=Example(PLAN_FILE, example_plan(goal="elintavat-nuori")),
    good=GOOD_PLAN,
)
def unknown_goal(ws: Workspace) -> Iterator[Finding]:
    if skip_unreadable(ws, FOCUS_AREAS_FILE):
        return
    unknown = _Unknown(
        "R004",
        ws.ids("goal"),
        "focus-areas.yaml (under a focus area's `goals`)",
        "focus-areas.yaml (painopistealueen `goals`-listassa)",
    )
    for action in ws.actions:
        yield from unknown.check(ws, action, "action", ("goal",))


_GOAL = """    goals:
      - id: elintavat-nuoret
        title: Nuorten ylipaino vähenee
        indicators: [sotkanet-3906]
        target_year: 2029
"""
_AREA_A = "  - id: elintavat\n    title: Elintavat\n"
_AREA_B = "  - id: liikunta\n    title: Liikunta\n"


@rule(
    "R005",
    "goal-in-other-focus-area",
    Severity.ERROR,
    {
        "en": "An action's goal belongs to another focus area than the action.",
        "fi": "Toimenpiteen tavoite kuuluu eri painopistealueeseen kuin toimenpide.",
    },
    {
        "en": "goal `{goal}` belongs to focus area `{goal_area}`, not to `{area}`",
        "fi": "tavoite `{goal}` kuuluu painopistealueeseen `{goal_area}` eikä `{area}`",
    },
    {
        "en": "set `focus_area: {goal_area}`, or choose a goal of `{area}`",
        "fi": "aseta `focus_area: {goal_area}` tai valitse painopistealueen `{area}` tavoite",
    },
    bad=Example(FOCUS_AREAS_FILE, "focus_areas:\n" + _AREA_A + _AREA_B + _GOAL),
    good=Example(FOCUS_AREAS_FILE, "focus_areas:\n" + _AREA_A + _GOAL + _AREA_B),
)
def goal_in_other_focus_area(ws: Workspace) -> Iterator[Finding]:
    areas = ws.ids("focus-area")
    area_of: dict[str, str] = {}
    for goal in ws.goals:
        if goal.parent is not None:
            area_of.setdefault(goal.obj.id, goal.parent)
    for action in ws.actions:
        goal_id, area = action.obj.goal, action.obj.focus_area
        goal_area = area_of.get(goal_id) if goal_id else None
        if goal_area is not None and goal_area != area and area in areas:
            yield Finding(
                "R005",
                action.loc / "goal",
                {"goal": goal_id, "goal_area": goal_area, "area": area},
                object_kind="action",
                object_id=action.obj.id,
            )


def _region_id(ws: Workspace) -> str | None:
    """The region's ID, read from the data as written when hyteplan.yaml does not validate."""
    if ws.config is not None:
        return ws.config.region.id
    source = ws.files.get(WORKSPACE_FILE)
    return as_id(value_at(source.data, ("region", "id"))) if source else None


@rule(
    "R006",
    "unknown-municipality",
    Severity.ERROR,
    {
        "en": "A participant, plan or party names a municipality that hyteplan.yaml does not list.",
        "fi": "Osallistuja, suunnitelma tai taho viittaa kuntaan, jota hyteplan.yaml ei luettele.",
    },
    {
        "en": "unknown municipality `{ref}` in `{field}`",
        "fi": "tuntematon kunta `{ref}` kentässä `{field}`",
    },
    {"en": "{suggestion}", "fi": "{suggestion_fi}"},
    bad=Example(PLAN_FILE, example_plan(municipality="esimerkila")),
    good=GOOD_PLAN,
)
def unknown_municipality(ws: Workspace) -> Iterator[Finding]:
    if WORKSPACE_FILE not in ws.files or not ws.readable(WORKSPACE_FILE):
        return
    municipalities = ws.ids("municipality")
    where_en, where_fi = "hyteplan.yaml under `municipalities`", "hyteplan.yaml (`municipalities`)"
    participants = _Unknown(  # a participant may be a municipality that keeps no plan here
        "R006",
        municipalities,
        f"{where_en} (with `plan: false` if it keeps no plan in this workspace)",
        f"{where_fi} (kentällä `plan: false`, jos kunnalla ei ole suunnitelmaa tässä työtilassa)",
    )
    for action in ws.regional_actions():
        yield from participants.check(ws, action, "action", ("participants",))
    for path, source in ws.files.items():
        if source.kind == "municipality":
            for where, ref in refs(ws, Loc(path), "municipality"):
                if ref not in municipalities:
                    params = {
                        "ref": ref,
                        "field": "municipality",
                        **suggestion(ref, municipalities, where_en, where_fi),
                    }
                    yield Finding("R006", where, params)
    organisations = set(municipalities)
    region = _region_id(ws)
    if region is not None:
        organisations.add(region)
    owners = _Unknown("R006", organisations, where_en, where_fi)
    for party in ws.parties:
        yield from owners.check(ws, party, "party", ("organisation",))


@rule(
    "R007",
    "undeclared-plan-file",
    Severity.ERROR,
    {
        "en": "A municipal plan file is not where hyteplan.yaml says that municipality's plan is.",
        "fi": "Kunnan suunnitelmatiedosto ei ole siellä, missä hyteplan.yaml sanoo kunnan "
        "suunnitelman olevan.",
    },
    {
        "en": "this file holds the plan of `{municipality}`, but hyteplan.yaml {expects}",
        "fi": "tiedostossa on kunnan `{municipality}` suunnitelma, mutta hyteplan.yaml "
        "{expects_fi}",
    },
    {"en": "{fix}", "fi": "{fix_fi}"},
    bad=Example(
        "hyteplan.yaml", WORKSPACE_YAML + "    plan: municipalities/esimerkkila-2026.yaml\n"
    ),
    good=Example("hyteplan.yaml", WORKSPACE_YAML),
)
def undeclared_plan_file(ws: Workspace) -> Iterator[Finding]:
    if ws.config is None:
        return
    expected = {m.id: m.plan_path() for m in ws.config.municipalities}
    for path, source in ws.files.items():
        if source.kind != "municipality" or not isinstance(source.data, dict):
            continue
        for where, ref in refs(ws, Loc(path), "municipality"):
            if ref in expected and expected[ref] != path:
                yield Finding("R007", where, _misplaced_plan(ref, expected[ref], path))


def _misplaced_plan(municipality: str, expected: str | None, file: str) -> dict[str, str]:
    """R007's words: the plan is expected elsewhere, or not at all (`plan: false`)."""
    if expected is None:
        return {
            "municipality": municipality,
            "expects": "says it keeps no plan here (`plan: false`)",
            "expects_fi": "sanoo, ettei kunnalla ole suunnitelmaa tässä työtilassa (`plan: false`)",
            "fix": f"remove `plan: false` under `{municipality}` in hyteplan.yaml, or delete "
            "this file",
            "fix_fi": f"poista hyteplan.yaml-tiedostosta kunnan `{municipality}` kohdalta "
            "`plan: false` tai poista tämä tiedosto",
        }
    return {
        "municipality": municipality,
        "expects": f"expects it in {expected}",
        "expects_fi": f"odottaa sitä tiedostoon {expected}",
        "fix": f"rename the file to {expected}, or write `plan: {file}` under `{municipality}` "
        "in hyteplan.yaml",
        "fix_fi": f"nimeä tiedosto {expected} tai kirjoita hyteplan.yaml-tiedostoon kunnan "
        f"`{municipality}` kohdalle `plan: {file}`",
    }


# Where the lists of objects with IDs stand in each kind of file, from the models themselves, so
# that a list added to a file kind is checked for duplicates without anyone remembering to.
_ID_PLACES: dict[str, tuple[tuple[str, str], ...]] = {
    kind: tuple((name, ID_LISTS[name]) for name in model.model_fields if name in ID_LISTS)
    for kind, model in FILE_KINDS.items()
}


def _written_ids(ws: Workspace) -> Iterator[tuple[str, str, Loc]]:
    """(kind, ID, location of the item) of every object written, valid or not, in file order."""
    for path, source in ws.files.items():
        data = source.data
        if not isinstance(data, dict):
            continue
        for key, kind in _ID_PLACES.get(source.kind, ()):
            items = data.get(key)
            if not isinstance(items, list):
                continue
            for index, item in enumerate(items):
                if not isinstance(item, dict):
                    continue
                loc = Loc(path, (key, index))
                ident = as_id(item.get("id"))
                if ident is not None:
                    yield kind, ident, loc
                goals = item.get("goals") if kind == "focus-area" else None
                for g_index, goal in enumerate(goals if isinstance(goals, list) else ()):
                    goal_id = as_id(goal.get("id")) if isinstance(goal, dict) else None
                    if goal_id is not None:
                        yield "goal", goal_id, loc / "goals" / g_index


@rule(
    "R008",
    "duplicate-id",
    Severity.ERROR,
    {
        "en": "Two objects of the same kind have the same ID somewhere in the workspace.",
        "fi": "Kahdella samanlaisella kohteella on sama tunniste työtilassa.",
    },
    {
        "en": "duplicate ID, first defined at {first}",
        "fi": "sama tunniste on jo käytössä kohdassa {first}",
    },
    {
        "en": "IDs must be unique within each kind across all files: rename one of the two",
        "fi": "tunnisteiden pitää olla yksilöllisiä kaikissa tiedostoissa: nimeä toinen uudelleen",
    },
    bad=Example(PLAN_FILE, example_plan(id="EL-1")),
    good=GOOD_PLAN,
)
def duplicate_id(ws: Workspace) -> Iterator[Finding]:
    first: dict[tuple[str, str], Loc] = {}
    for kind, ident, loc in _written_ids(ws):
        earlier = first.setdefault((kind, ident), loc)
        if earlier is loc:
            continue
        if kind == "indicator" and earlier.file != loc.file:
            continue  # a plan's own definition of a shared indicator: J006 compares them
        yield Finding(
            "R008", loc / "id", {"first": place(ws, earlier)}, object_kind=kind, object_id=ident
        )
