"""I codes: the figures a plan shows for an organisation are its own.

A municipal plan that follows an indicator must have something of its own to show for it: a
target of its own (`indicator_targets:`) or values for the municipality in `data/` (as read by
the loader; values salvaged from a data file with problems count). Without
either, its document would show only an empty row, and readers tend to take the welfare
region's figures in `indicators.yaml` for the municipality's.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..diagnostics import Severity
from ..model import Indicator
from ..workspace import Located, Workspace
from .base import Example, Finding, rule
from .common import refs_in
from .examples import PLAN_FILE, example_plan


def _has_own_values(ws: Workspace, indicator: Indicator, code: int) -> bool:
    if ws.indicator_values is None:  # no data files: the data module is not even imported
        return False
    from ..indicator_data import indicator_key

    return bool(ws.indicator_values.series(indicator_key(indicator), code))


def _own_items(ws: Workspace, org: str) -> Iterator[tuple[str, Located[Any]]]:
    for goal in ws.goals:
        if goal.owner == org:
            yield "goal", goal
    for action in ws.actions:
        if action.owner == org:
            yield "action", action


@rule(
    "I001",
    "indicator-without-own-figures",
    Severity.WARNING,
    {
        "en": "A municipality follows an indicator in its own goals or actions, but has neither "
        "a target of its own nor values of its own in data/.",
        "fi": "Kunta seuraa mittaria omissa tavoitteissaan tai toimenpiteissään, mutta sillä ei "
        "ole omaa tavoitetasoa eikä omia arvoja data/-kansiossa.",
    },
    {
        "en": "`{indicator}` has no target of the municipality's own and no values for it in data/",
        "fi": "mittarilla `{indicator}` ei ole kunnan omaa tavoitetasoa eikä kunnan arvoja "
        "data/-kansiossa",
    },
    {
        "en": "add it under `indicator_targets:` of this plan with the municipality's own target, "
        "or save the municipality's values into data/ (hyteplan data fetch)",
        "fi": "lisää se tämän suunnitelman kohtaan `indicator_targets:` kunnan omalla "
        "tavoitetasolla tai tallenna kunnan arvot data/-kansioon (hyteplan data fetch)",
    },
    bad=Example(PLAN_FILE, example_plan(target_indicator=None)),
    good=Example(PLAN_FILE, example_plan()),
)
def indicator_without_own_figures(ws: Workspace) -> Iterator[Finding]:
    if ws.config is None:
        return
    codes = {m.id: m.code for m in ws.config.municipalities}
    catalogue: dict[str, Indicator] = {i.obj.id: i.obj for i in ws.indicators if i.owner is None}
    for org, plan in ws.municipal_plans.items():
        covered = {t.indicator for t in plan.obj.indicator_targets if t.target is not None}
        for kind, item in _own_items(ws, org):
            for where, ref in refs_in(ws.raw(item.loc), item.loc, "indicators", covered):
                indicator = catalogue.get(ref)
                if indicator is None or org not in codes:
                    continue  # a local indicator is the plan's own; an unknown one is R002
                covered.add(ref)  # one warning per municipality and indicator
                if _has_own_values(ws, indicator, codes[org]):
                    continue
                yield Finding(
                    "I001",
                    where,
                    {"indicator": ref},
                    object_kind=kind,
                    object_id=item.obj.id,
                )
