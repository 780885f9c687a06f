"""New rows get the next free ID of their kind, as `hyteplan new` would give it."""

from __future__ import annotations

from hyteplan.load import load_workspace
from hyteplan.xlsx.ids import IdMaker

from .conftest import PLANS


def test_actions_continue_the_plans_prefix_and_two_new_rows_differ() -> None:
    ws = load_workspace(PLANS)
    taken = {a.obj.id for a in ws.actions if a.loc.file == "municipalities/iisalmi.yaml"}
    highest = max(int(i.split("-")[1]) for i in ws.ids("action") if i.startswith("IIS-"))
    assert any(i.startswith("IIS-") for i in taken)
    maker = IdMaker(ws)
    plan = "municipalities/iisalmi.yaml"
    first = maker.next("actions", plan, {"focus_area": "osallisuus"}, "iisalmi")
    second = maker.next("actions", plan, {"focus_area": "osallisuus"}, "iisalmi")
    assert (first, second) == (f"IIS-{highest + 1}", f"IIS-{highest + 2}")


def test_other_kinds_get_a_free_slug_of_their_name() -> None:
    ws = load_workspace(PLANS)
    maker = IdMaker(ws)
    assert maker.next("parties", "parties.yaml", {"name": "Kylätalo Ry"}, None) == "kylatalo-ry"
    assert maker.next("parties", "parties.yaml", {"name": "Kylätalo Ry"}, None) == "kylatalo-ry-2"
    goal = maker.next("goals", "municipalities/kuopio.yaml", {"title": "Uni"}, "kuopio")
    assert goal == "kuopio-uni"
    every = set().union(*ws.raw_ids.values())
    assert (
        maker.next("indicators", "indicators.yaml", {"name": {"fi": "Ylipaino"}}, None) not in every
    )
