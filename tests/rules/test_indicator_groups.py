"""M001/M002: indicator groups that the region requires in the municipal reports."""

from __future__ import annotations

import shutil
from pathlib import Path

from .helpers import append, concise, edit

GROUP = """
indicator_groups:
  - id: vahimmaistiedot
    name: Kertomuksen vähimmäistiedot
    indicators: [sotkanet-3906]
    required: {required}
"""
OWN_TARGET = "  - indicator: sotkanet-3906\n    baseline: {value: 21.0, year: 2025}\n    target: {value: 19.5, year: 2029}\n"


def _without_own_target(workspace: Path) -> None:
    edit(workspace, "municipalities/esimerkkila.yaml", OWN_TARGET, "")


def _m001(workspace: Path) -> list[str]:
    return [line for line in concise(workspace) if " M001 " in line]


def test_a_required_indicator_without_own_figure_is_reported_at_the_plan(workspace: Path) -> None:
    _without_own_target(workspace)
    append(workspace, "indicators.yaml", GROUP.format(required="true"))
    assert _m001(workspace) == [
        "municipalities/esimerkkila.yaml:7:15: M001 municipality esimerkkila: the report lacks "
        "`sotkanet-3906` of the required indicator group `vahimmaistiedot`: no values for the "
        "municipality in data/ and no own baseline or target"
    ]


def test_values_in_data_for_the_municipality_are_enough(workspace: Path) -> None:
    _without_own_target(workspace)
    append(workspace, "indicators.yaml", GROUP.format(required="true"))
    (workspace / "data").mkdir()
    (workspace / "data" / "sotkanet.csv").write_text(
        "indicator;region;year;gender;primary value;absolute value\n3906;297;2025;total;20,1;\n",
        encoding="utf-8",
    )
    assert _m001(workspace) == []


def test_another_municipalitys_values_are_not_enough(workspace: Path) -> None:
    _without_own_target(workspace)
    append(workspace, "indicators.yaml", GROUP.format(required="true"))
    (workspace / "data").mkdir()
    (workspace / "data" / "sotkanet.csv").write_text(
        "indicator;region;year;gender;primary value;absolute value\n3906;915;2025;total;20,1;\n",
        encoding="utf-8",
    )
    assert len(_m001(workspace)) == 1


def test_a_group_that_is_not_required_or_required_from_others_is_not_checked(
    workspace: Path,
) -> None:
    _without_own_target(workspace)
    append(workspace, "indicators.yaml", GROUP.format(required="false"))
    assert _m001(workspace) == []
    edit(workspace, "indicators.yaml", "required: false", "required: [esimerkkila]")
    assert len(_m001(workspace)) == 1


def test_the_example_workspace_meets_its_required_group(tmp_path: Path) -> None:
    plans = Path(__file__).resolve().parents[2] / "plans"
    copy = tmp_path / "plans"
    shutil.copytree(plans, copy)
    assert _m001(copy) == []
    # Without Kuopio's values of hip fractures (Sotkanet 699) its report lacks them
    data = copy / "data" / "sotkanet.csv"
    lines = data.read_text(encoding="utf-8").splitlines(keepends=True)
    data.write_text("".join(x for x in lines if not x.startswith("699;297;")), encoding="utf-8")
    assert [line.split(": M001 ")[0] for line in _m001(copy)] == ["municipalities/kuopio.yaml:7:15"]
