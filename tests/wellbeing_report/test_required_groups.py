"""Required indicator groups (`indicator_groups:`) shown in the report part's population section."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from hyteplan.load import load_workspace
from hyteplan.model import IndicatorGroup
from hyteplan.render.pipeline import RenderOptions, plan_views, render_views
from hyteplan.views import build_views
from hyteplan.wellbeing_report.views import required_groups
from tests.wellbeing_report.test_document import (
    CONCLUSIONS,
    EPOCH,
    PLANS,
    POPULATION,
    docx_blocks,
    pdf_section,
    pdf_text,
    section,
    sotkanet,
)

GROUP = "Kertomuksen vähimmäistiedot (THL:n ehdotuksen mukaan, ote)"
NOT_REQUIRED = "Kouluterveyskyselyn mittarit"
# Every indicator of the example's required group `thl-vahimmaistiedot`, by name.
GROUP_IDS = ["3906", "234", "3219", "306", "699", "1514", "4284"]


@pytest.fixture(scope="module")
def kuopio(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    ws = load_workspace(PLANS)
    opts = RenderOptions(
        out_dir=out, source_date_epoch=EPOCH, formats=("docx", "pdf"), only=("kuopio",)
    )
    results = render_views(plan_views(ws, opts), ws.root, opts)
    assert results and all(r.ok for r in results), results
    return out


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def headings_at(blocks: list, heading: str) -> int:
    return next(i for i, (kind, t) in enumerate(blocks) if kind == "heading" and t == heading)


def group_names() -> list[str]:
    catalogue = {i.obj.id: i.obj for i in load_workspace(PLANS).indicators if i.owner is None}
    return [str(catalogue[f"sotkanet-{i}"].name) for i in GROUP_IDS]


def test_a_required_group_and_all_its_indicators_appear_in_the_municipal_docx(
    kuopio: Path,
) -> None:
    blocks = section(docx_blocks(kuopio / "kuopio.docx"), POPULATION, CONCLUSIONS)
    headings = [t for kind, t in blocks if kind == "heading"]
    assert "Vaaditut mittariryhmät" in headings
    assert GROUP in headings
    assert NOT_REQUIRED not in headings
    at_group = headings_at(blocks, GROUP)
    table = next(t for kind, t in blocks[at_group:] if kind == "table")
    assert [row[0] for row in table[1:]] == group_names()
    overweight = next(row for row in table if row[0] == group_names()[0])
    assert overweight[1:4] == [
        sotkanet("3906", "297", "2025") + " (2025)",
        sotkanet("3906", "974", "2025"),
        sotkanet("3906", "0", "2025"),
    ]


def test_a_required_group_and_all_its_indicators_appear_in_the_municipal_pdf(
    kuopio: Path,
) -> None:
    text = pdf_section(pdf_text(kuopio / "kuopio.pdf"), POPULATION, CONCLUSIONS)
    required = text[text.index(squeeze(GROUP), text.index(squeeze("Vaaditut mittariryhmät"))) :]
    for name in group_names():
        assert squeeze(name) in required
    assert squeeze(group_names()[0] + sotkanet("3906", "297", "2025") + " (2025)") in required
    assert squeeze(NOT_REQUIRED) not in text


def test_an_indicator_without_own_figures_is_shown_as_missing(tmp_path: Path) -> None:
    ws_dir = tmp_path / "plans"
    shutil.copytree(PLANS, ws_dir)
    data = ws_dir / "data" / "sotkanet.csv"
    lines = data.read_text(encoding="utf-8").splitlines(keepends=True)
    data.write_text("".join(x for x in lines if not x.startswith("234;297;")), "utf-8")
    [view] = build_views(load_workspace(ws_dir), only=["kuopio"])
    assert view.report is not None
    [group] = view.report.required_groups
    row = next(r for r in group.rows if r.indicator_id == "sotkanet-234")
    assert (row.latest, row.judgement) == ("ei tietoa", "Ei omia lukuja")


def test_the_region_shows_every_required_group_and_the_plan_alone_none(tmp_path: Path) -> None:
    [region] = build_views(load_workspace(PLANS), only=["pshva"])
    assert region.report is not None
    assert [g.id for g in region.report.required_groups] == ["thl-vahimmaistiedot"]
    ws_dir = tmp_path / "plans"
    shutil.copytree(PLANS, ws_dir)
    config = ws_dir / "hyteplan.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("document: report_and_plan", "document: plan"), "utf-8")
    [view] = build_views(load_workspace(ws_dir), only=["kuopio"])
    assert view.report is None  # so no group: the plan alone has no report part


def test_a_group_required_from_a_list_shows_only_in_those_municipalities() -> None:
    groups = [
        IndicatorGroup(id="a", name="A", indicators=["x"], required=["kuopio"]),
        IndicatorGroup(id="b", name="B", indicators=["x"], required=True),
        IndicatorGroup(id="c", name="C", indicators=["x"], required=False),
        IndicatorGroup(id="d", name="D", indicators=["x"], required=[]),
    ]
    assert [g.id for g in required_groups(groups, "kuopio", is_region=False)] == ["a", "b"]
    assert [g.id for g in required_groups(groups, "varkaus", is_region=False)] == ["b"]
    assert [g.id for g in required_groups(groups, "pshva", is_region=True)] == ["a", "b"]
