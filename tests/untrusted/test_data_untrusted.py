"""A `data/` file that leads outside the workspace is refused, never read into a document."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hyteplan.errors import HyteplanError
from hyteplan.indicator_data import load_indicator_values
from hyteplan.load import load_workspace
from hyteplan.render.pipeline import RenderOptions, plan_views

PLANS = Path(__file__).resolve().parents[2] / "plans"


def _leaky_workspace(tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    shutil.copytree(PLANS, ws)
    outside = tmp_path / "outside.csv"
    outside.write_bytes((ws / "data" / "local.csv").read_bytes())
    (ws / "data" / "local.csv").unlink()
    (ws / "data" / "local.csv").symlink_to(outside)
    return ws


def test_data_file_linked_outside_is_an_error_at_its_path(tmp_path: Path) -> None:
    ws = _leaky_workspace(tmp_path)
    with pytest.raises(HyteplanError) as caught:
        load_indicator_values(ws / "data")
    assert str(ws / "data" / "local.csv") in caught.value.message
    assert "outside the workspace" in caught.value.message


def test_render_refuses_a_workspace_whose_data_file_leads_outside(tmp_path: Path) -> None:
    ws = _leaky_workspace(tmp_path)
    with pytest.raises(HyteplanError):
        plan_views(load_workspace(ws), RenderOptions(out_dir=tmp_path / "out", formats=("json",)))


def test_data_file_linked_inside_the_workspace_is_read(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(PLANS, ws)
    (ws / "data" / "local.csv").rename(ws / "local-copy.csv")
    (ws / "data" / "local.csv").symlink_to(ws / "local-copy.csv")
    values = load_indicator_values(ws / "data")
    assert len(values.files) == 2


def test_validate_refuses_a_data_file_linked_outside_without_printing_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from hyteplan.cli import main

    ws = _leaky_workspace(tmp_path)
    (tmp_path / "outside.csv").write_text("indicator;region;year;value\nSALAISUUS;1;2;3\n")
    code = main(["validate", str(ws)])
    out = capsys.readouterr()
    assert code == 2
    assert "outside the workspace" in out.err
    assert "SALAISUUS" not in out.out + out.err
