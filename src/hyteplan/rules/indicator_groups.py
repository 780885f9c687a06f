"""M codes: indicator groups (`indicator_groups:` in indicators.yaml) a region requires.

The region prepares its report together with its municipalities and may require the same
indicators in every municipal report (for example THL's minimum content of the report). A
municipal report *has* an indicator when it can show the municipality's own figure for it:
``data/`` holds values of the indicator for the municipality (its code), or the municipality's
plan writes its own baseline or target for it (`indicator_targets:`). Otherwise the report
could show only the region's or the country's figure, and M001 reports it at the plan.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Severity
from ..model import Indicator, IndicatorGroup
from ..scaffold import scaffold_files
from ..workspace import Loc, Workspace
from .base import Example, Finding, rule
from .examples import PLAN_FILE, example_plan

INDICATORS_FILE = "indicators.yaml"
_CATALOGUE = scaffold_files()[INDICATORS_FILE].decode("utf-8")
_GROUP = (
    "indicator_groups:\n  - id: vahimmaistiedot\n    name: Kertomuksen vähimmäistiedot\n"
    "    indicators: [{indicator}]\n    required: {required}\n"
)


def _groups(ws: Workspace) -> list[tuple[int, IndicatorGroup]]:
    return list(enumerate(ws.indicator_groups()))


def _required_from(group: IndicatorGroup, municipalities: list[str]) -> list[str]:
    if group.required is True:
        return municipalities
    if group.required is False:
        return []
    return [m for m in group.required if m in municipalities]


def has_own_figure(ws: Workspace, org: str, code: int, indicator: Indicator) -> bool:
    """Whether the municipality's report can show its own figure of `indicator`."""
    plan = ws.municipal_plans.get(org)
    if plan is not None and any(
        t.indicator == indicator.id and (t.baseline or t.target) for t in plan.obj.indicator_targets
    ):
        return True
    if ws.indicator_values is None:
        return False
    from ..indicator_data import indicator_key

    return bool(ws.indicator_values.series(indicator_key(indicator), code))


@rule(
    "M001",
    "report-lacks-required-indicator",
    Severity.WARNING,
    {
        "en": "A municipal report cannot show the municipality's own figure for an indicator of "
        "a group that the region requires.",
        "fi": "Kunnan kertomus ei voi näyttää kunnan omaa lukua mittarista, joka kuuluu "
        "hyvinvointialueen vaatimaan mittariryhmään.",
    },
    {
        "en": "the report lacks `{indicator}` of the required indicator group `{group}`: no "
        "values for the municipality in data/ and no own baseline or target",
        "fi": "kertomuksesta puuttuu vaaditun mittariryhmän `{group}` mittari `{indicator}`: "
        "data/-kansiossa ei ole kunnan arvoja eikä suunnitelmassa omaa lähtö- tai tavoitetasoa",
    },
    {
        "en": "save the municipality's values into data/ (hyteplan data fetch), or write its own "
        "baseline under `indicator_targets:` of this plan",
        "fi": "tallenna kunnan arvot data/-kansioon (hyteplan data fetch) tai kirjoita kunnan "
        "oma lähtötaso tämän suunnitelman kohtaan `indicator_targets:`",
    },
    bad=Example(
        PLAN_FILE,
        example_plan(target_indicator=None),
        also=(
            (
                INDICATORS_FILE,
                _CATALOGUE + _GROUP.format(indicator="sotkanet-3906", required="true"),
            ),
        ),
    ),
    good=Example(
        PLAN_FILE,
        example_plan(),
        also=(
            (
                INDICATORS_FILE,
                _CATALOGUE + _GROUP.format(indicator="sotkanet-3906", required="true"),
            ),
        ),
    ),
)
def report_lacks_required_indicator(ws: Workspace) -> Iterator[Finding]:
    if ws.config is None:
        return
    codes = {m.id: m.code for m in ws.config.municipalities if m.id in ws.municipal_plans}
    catalogue = {i.obj.id: i.obj for i in ws.indicators if i.owner is None}
    reported: set[tuple[str, str]] = set()
    for _, group in _groups(ws):
        for org in _required_from(group, list(codes)):
            for indicator_id in group.indicators:
                indicator = catalogue.get(indicator_id)
                if indicator is None or (org, indicator_id) in reported:
                    continue  # an unknown one is M002
                reported.add((org, indicator_id))
                if has_own_figure(ws, org, codes[org], indicator):
                    continue
                plan = ws.municipal_plans[org]
                yield Finding(
                    "M001",
                    plan.loc / "municipality",
                    {"indicator": indicator_id, "group": group.id},
                    object_kind="municipality",
                    object_id=org,
                )


@rule(
    "M002",
    "unknown-in-indicator-group",
    Severity.ERROR,
    {
        "en": "An indicator group names an indicator or a municipality that is not defined.",
        "fi": "Mittariryhmä nimeää mittarin tai kunnan, jota ei ole määritelty.",
    },
    {
        "en": "unknown {kind} `{ref}` in indicator group `{group}`",
        "fi": "tuntematon {kind_fi} `{ref}` mittariryhmässä `{group}`",
    },
    {
        "en": "use an ID of the catalogue's indicators or of hyteplan.yaml's municipalities",
        "fi": "käytä luettelon mittarin tai hyteplan.yaml-tiedoston kunnan tunnusta",
    },
    bad=Example(
        INDICATORS_FILE, _CATALOGUE + _GROUP.format(indicator="sotkanet-3096", required="false")
    ),
    good=Example(
        INDICATORS_FILE, _CATALOGUE + _GROUP.format(indicator="sotkanet-3906", required="false")
    ),
)
def unknown_in_indicator_group(ws: Workspace) -> Iterator[Finding]:
    shared = {i.obj.id for i in ws.indicators if i.owner is None}
    municipalities = {m.id for m in ws.config.municipalities} if ws.config else set()
    for index, group in _groups(ws):
        where = Loc(INDICATORS_FILE, ("indicator_groups", index))
        for i, ref in enumerate(group.indicators):
            if ref not in shared:
                params = {"kind": "indicator", "kind_fi": "mittari", "ref": ref, "group": group.id}
                yield Finding("M002", where / "indicators" / i, params)
        if isinstance(group.required, list) and ws.config is not None:
            for i, ref in enumerate(group.required):
                if ref not in municipalities:
                    params = {
                        "kind": "municipality",
                        "kind_fi": "kunta",
                        "ref": ref,
                        "group": group.id,
                    }
                    yield Finding("M002", where / "required" / i, params)
