"""Comparison with the region and the country (issue 8): rendering three series per chart.

Target: rendering the large synthetic region (1 + 30 documents) with each Sotkanet indicator's
values for the organisation, the welfare region and the whole country (three lines per chart,
a table of three columns) stays within 10 % of rendering the same documents with the
organisation's own values only (one line per chart). Both renders draw every chart (cold cache).
"""

from __future__ import annotations

import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import generate
from harness import Options, Row, benchmark

from hyteplan.indicator_data import COUNTRY_REGION
from hyteplan.load import load_workspace
from hyteplan.render.pipeline import RenderOptions, plan_views, render_views

YEARS = range(2016, 2026)


def _with_data(source: Path, target: Path, comparisons: bool) -> Path:
    """A copy of ``source`` with ten years of values of every Sotkanet indicator."""
    shutil.copytree(source, target)
    ws = load_workspace(target)
    assert ws.config is not None
    own = [m.code for m in ws.config.municipalities]
    if ws.config.region.sotkanet_id is not None:
        own.append(ws.config.region.sotkanet_id)
    regions = [*own, COUNTRY_REGION] if comparisons else own
    ids = sorted(
        {
            int(i.obj.source.id)
            for i in ws.indicators
            if i.obj.source and i.obj.source.kind == "sotkanet" and i.obj.source.id is not None
        }
    )
    rng = random.Random(8)
    lines = ["indicator;region;year;gender;primary value"]
    for indicator in ids:
        for region in regions:
            level = rng.uniform(2, 40)
            for year in YEARS:
                level *= rng.uniform(0.95, 1.05)
                lines.append(f"{indicator};{region};{year};total;{level:.1f}".replace(".", ","))
    (target / "data").mkdir(exist_ok=True)
    (target / "data" / "values.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def _seconds(workspace: Path) -> float:
    ws = load_workspace(workspace)
    with tempfile.TemporaryDirectory() as tmp:
        opts = RenderOptions(
            out_dir=Path(tmp), formats=("docx", "pdf"), jobs=2, source_date_epoch=1750000000
        )
        start = time.perf_counter()
        results = render_views(plan_views(ws, opts), ws.root, opts)
        wall = time.perf_counter() - start
    assert all(r.ok for r in results), [r.errors for r in results if not r.ok]
    return wall


@benchmark("render-comparisons", "large region: three series per chart against one")
def render_comparisons(options: Options) -> list[Row]:
    """One-series and three-series renders in turn, medians of each."""
    source = generate.ensure("large-region", options.workspaces)
    one, three = [], []
    with tempfile.TemporaryDirectory() as tmp:
        single = _with_data(source, Path(tmp) / "one", comparisons=False)
        triple = _with_data(source, Path(tmp) / "three", comparisons=True)
        for _ in range(max(1, options.repeat // 3)):
            one.append(_seconds(single))
            three.append(_seconds(triple))
    ratio = statistics.median(three) / statistics.median(one)
    return [
        Row("render large region, own values only", statistics.median(one), "s"),
        Row("render large region, with region and country", statistics.median(three), "s"),
        Row("  three series against one", ratio, "x", target=1.10),
    ]
