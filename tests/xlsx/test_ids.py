"""New rows get the next free ID of their kind, continuing the plan's own pattern."""

from __future__ import annotations

from hyteplan.load import load_workspace
from hyteplan.xlsx.ids import IdMaker

from .conftest import PLANS


def test_actions_continue_the_plans_prefix_and_two_new_rows_differ() -> None:
    ws = load_workspace(PLANS)
    taken = {a.obj.id for a in ws.actions if a.loc.file == "municipalities/iisalmi.yaml"}
    highest = max(int(i.split("-")[1]) for i in taken if i.startswith("IIS-"))
    maker = IdMaker(ws)
    first = maker.next("actions", "municipalities/iisalmi.yaml", {})
    second = maker.next("actions", "municipalities/iisalmi.yaml", {})
    assert (first, second) == (f"IIS-{highest + 1}", f"IIS-{highest + 2}")


def test_other_kinds_get_a_prefix_of_their_own_and_never_a_taken_id() -> None:
    ws = load_workspace(PLANS)
    maker = IdMaker(ws)
    assert maker.next("goals", "focus-areas.yaml", {"focus_area": "elintavat"}) == "elintavat-1"
    assert maker.next("parties", "parties.yaml", {}) == "party-1"
    every = set().union(*ws.raw_ids.values())
    assert maker.next("indicators", "indicators.yaml", {}) not in every
