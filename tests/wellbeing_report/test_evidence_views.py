"""The plan part's evidence and the previous term's evaluation, as view data (example workspace)."""

from __future__ import annotations

from pathlib import Path
import shutil

import pytest

from hyteplan.indicator_data import load_indicator_values
from hyteplan.load import load_workspace
from hyteplan.views import DocumentView, build_views

PLANS = Path(__file__).resolve().parents[2] / "plans"
NBSP = "\u00a0"


@pytest.fixture(scope="module")
def docs() -> dict[str, DocumentView]:
    ws = load_workspace(PLANS)
    values = load_indicator_values(PLANS / "data")
    return {v.id: v for v in build_views(ws, values=values, only=["kuopio", "pshva", "varkaus"])}


def _area(doc: DocumentView, area_id: str):  # type: ignore[no-untyped-def]
    return next(a for a in doc.focus_areas if a.id == area_id)


def test_a_gap_shows_the_organisations_value_year_and_the_regions_and_countrys() -> None:
    ws = load_workspace(PLANS)
    values = load_indicator_values(PLANS / "data")
    kuopio = build_views(ws, values=values, only=["kuopio"])[0]
    gap = _area(kuopio, "elintavat").gaps[0]
    assert gap.indicator_ids == ["sotkanet-3906"]
    figure = gap.figures[0]
    # data/sotkanet.csv: Kuopio (297) 20,1 in 2025; the region (974) 20,6; the country 19,4
    assert (figure.latest, figure.region_value, figure.country_value) == (
        f"20,1{NBSP}% (2025)",
        f"20,6{NBSP}%",
        f"19,4{NBSP}%",
    )


def test_the_same_gap_in_another_municipalitys_document_shows_its_own_figure(
    docs: dict[str, DocumentView],
) -> None:
    figure = _area(docs["varkaus"], "elintavat").gaps[0].figures[0]
    assert figure.latest.endswith("(2025)") and figure.latest != f"20,1{NBSP}% (2025)"
    assert figure.region_value == f"20,6{NBSP}%"


def test_in_the_regions_document_the_gap_has_no_separate_region_column(
    docs: dict[str, DocumentView],
) -> None:
    figure = _area(docs["pshva"], "elintavat").gaps[0].figures[0]
    assert figure.latest == f"20,6{NBSP}% (2025)" and figure.region_value == ""
    assert figure.country_value == f"19,4{NBSP}%"


def test_a_goal_lists_each_indicators_baseline_target_and_latest(
    docs: dict[str, DocumentView],
) -> None:
    goal = next(
        g for g in _area(docs["kuopio"], "elintavat").goals if g.id == "elintavat-lapset-nuoret"
    )
    rows = {f.id: f for f in goal.figures}
    overweight = rows["sotkanet-3906"]
    assert (overweight.baseline, overweight.target, overweight.latest) == (
        f"19,8{NBSP}% (2023)",
        f"19,0{NBSP}% (2029)",
        f"20,1{NBSP}% (2025)",
    )
    # an indicator without Kuopio's own values: its own baseline and target, no latest
    assert rows["kts-liikunta"].latest == ""


def test_the_evaluation_lists_every_action_of_the_previous_plan(
    docs: dict[str, DocumentView],
) -> None:
    kuopio = docs["kuopio"].previous_term
    assert kuopio is not None and kuopio.term == "2022–2025"
    # Kuopio's own three, and the joint action it took part in (evaluated in region.yaml)
    assert [a.id for a in kuopio.actions] == ["R22-1", "KUO22-1", "KUO22-2", "KUO22-3"]
    statuses = {a.id: a.status for a in kuopio.actions}
    assert statuses == {
        "R22-1": "toteutunut",
        "KUO22-1": "toteutunut",
        "KUO22-2": "toteutunut",
        "KUO22-3": "käynnissä",
    }
    region = docs["pshva"].previous_term
    assert region is not None and [a.id for a in region.actions] == ["R22-1", "R22-2"]
    varkaus = docs["varkaus"].previous_term
    assert varkaus is not None
    assert [(a.id, a.status) for a in varkaus.actions] == [
        ("R22-1", "toteutunut"),
        ("VAR22-1", "ei arvioitu"),
    ]


def test_a_previous_goals_indicator_moves_from_its_baseline_to_the_latest_value(
    docs: dict[str, DocumentView],
) -> None:
    kuopio = docs["kuopio"].previous_term
    assert kuopio is not None
    goal = next(g for g in kuopio.goals if g.id == "liikkuminen-nuoret")
    row = goal.rows[0]
    # baseline and target from Kuopio's previous plan; latest from today's data/
    assert (row.baseline, row.target, row.latest) == (
        f"19,5{NBSP}% (2021)",
        f"18,5{NBSP}% (2025)",
        f"20,1{NBSP}% (2025)",
    )
    assert row.movement == "Heikentynyt lähtötasosta"
    bullying = next(g for g in kuopio.goals if g.id == "osallisuus-nuoret").rows[0]
    assert bullying.movement == "Parantunut lähtötasosta"


def test_a_status_record_of_the_previous_term_wins_over_the_written_status(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "plans"
    shutil.copytree(PLANS, copy)
    status = copy / "previous" / "2022-2025" / "status"
    status.mkdir()
    # the yearly cycle's status records of the previous term (status/<year>.yaml)
    (status / "2024.yaml").write_text(
        "year: 2024\norganisations:\n  kuopio:\n    - action: KUO22-3\n      status: postponed\n",
        encoding="utf-8",
    )
    (status / "2025.yaml").write_text(
        "year: 2025\norganisations:\n  kuopio:\n    - action: KUO22-3\n      status: done\n",
        encoding="utf-8",
    )
    ws = load_workspace(copy)
    values = load_indicator_values(copy / "data")
    view = build_views(ws, values=values, only=["kuopio"])[0]
    assert view.previous_term is not None
    statuses = {a.id: a.status for a in view.previous_term.actions}
    # the last year's record, not the written "käynnissä" of previous_term_evaluations
    assert statuses["KUO22-3"] == "toteutunut"
    assert statuses["KUO22-2"] == "toteutunut"  # no record: the written status
