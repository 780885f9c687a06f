"""Rendering benchmarks (issue 3): the example to DOCX+PDF, and the large region in parallel.

Targets: the example workspace to DOCX and PDF in at most 10 s including process start (cold
chart cache); on the large synthetic region (1 + 30 documents) at most 15% of the time spent
outside pandoc and typst, and a parallel speed-up of at least 1.6× on 2 cores.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import generate
from harness import REPO, Options, Row, benchmark, script

from hyteplan.load import load_workspace
from hyteplan.render.pipeline import RenderOptions, plan_views, render_views


def _cli_seconds(workspace: Path, cache: Path, out: Path) -> float:
    env = dict(os.environ, HYTEPLAN_CACHE_DIR=str(cache), SOURCE_DATE_EPOCH="1750000000")
    start = time.perf_counter()
    subprocess.run(
        [*script("hyteplan"), "render", str(workspace), "--out", str(out)],
        env=env,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


@benchmark("render-example", "hyteplan render plans/ to DOCX+PDF (cold and warm chart cache)")
def render_example(options: Options) -> list[Row]:
    cold, warm = [], []
    for _ in range(max(1, options.repeat // 2)):
        with tempfile.TemporaryDirectory() as tmp:
            cache, out = Path(tmp) / "cache", Path(tmp) / "out"
            cold.append(_cli_seconds(REPO / "plans", cache, out))
            warm.append(_cli_seconds(REPO / "plans", cache, out))
    cold.sort()
    warm.sort()
    return [
        Row("render example, DOCX+PDF, cold cache", cold[len(cold) // 2], "s", target=10.0),
        Row("render example, DOCX+PDF, charts cached", warm[len(warm) // 2], "s"),
        Row(
            "  drawing the charts (cold minus cached)",
            cold[len(cold) // 2] - warm[len(warm) // 2],
            "s",
        ),
    ]


def _render(workspace: Path, jobs: int) -> tuple[float, dict[str, float]]:
    ws = load_workspace(workspace)
    with tempfile.TemporaryDirectory() as tmp:
        opts = RenderOptions(
            out_dir=Path(tmp), formats=("docx", "pdf"), jobs=jobs, source_date_epoch=1750000000
        )
        start = time.perf_counter()
        views = plan_views(ws, opts)
        results = render_views(views, ws.root, opts)
        wall = time.perf_counter() - start
    stages: dict[str, float] = {}
    for result in results:
        assert result.ok, result.errors
        for stage, seconds in result.seconds.items():
            stages[stage] = stages.get(stage, 0.0) + seconds
    return wall, stages


@benchmark("render-region", "render the large region (1 + 30 documents) to DOCX+PDF")
def render_region(options: Options) -> list[Row]:
    """Serial and parallel renders in turn (``--repeat 3`` or more: two or more pairs); medians,
    so that another process's burst does not decide the speed-up."""
    workspace = generate.ensure("large-region", options.workspaces)
    serial_runs: list[tuple[float, dict[str, float]]] = []
    parallel_runs: list[float] = []
    for _ in range(max(1, options.repeat // 3)):
        serial_runs.append(_render(workspace, jobs=1))
        parallel_runs.append(_render(workspace, jobs=2)[0])
    serial_runs.sort(key=lambda run: run[0])
    serial, stages = serial_runs[(len(serial_runs) - 1) // 2]  # the lower median, as below
    parallel = statistics.median_low(parallel_runs)
    external = stages.get("pandoc", 0.0) + stages.get("typst", 0.0)
    own = max(0.0, serial - external)
    return [
        Row("render large region, 1 process", serial, "s"),
        Row("render large region, 2 processes", parallel, "s"),
        Row(
            "parallel speed-up on 2 cores",
            serial / parallel,
            "x",
            target=1.6,
            higher_is_better=True,
        ),
        Row("share of time outside pandoc and typst", 100 * own / serial, "%", target=15.0),
        Row("  of which templates (Jinja2)", stages.get("template", 0.0), "s"),
        Row("  pandoc (DOCX and typst source)", stages.get("pandoc", 0.0), "s"),
        Row("  typst (PDF)", stages.get("typst", 0.0), "s"),
    ]


# One render of a workspace in a fresh process, as the CLI does it; prints the peak memory (MB) of
# the main process, of the busiest worker and of any child (workers and pandoc).
_MEMORY_SCRIPT = """
import json, resource, sys, tempfile
from pathlib import Path
from hyteplan.load import load_workspace
from hyteplan.render.pipeline import RenderOptions, plan_views, render_views

ws = load_workspace(Path(sys.argv[1]))
with tempfile.TemporaryDirectory() as tmp:
    opts = RenderOptions(out_dir=Path(tmp), formats=("docx", "pdf"), jobs=int(sys.argv[2]),
                         source_date_epoch=1750000000)
    results = render_views(plan_views(ws, opts), ws.root, opts)
assert all(r.ok for r in results), [r.errors for r in results if not r.ok]
print(json.dumps({
    "documents": len(results),
    "main": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "worker": max(r.peak_mb or 0.0 for r in results),
    "children": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
}))
"""


def _peak_memory(workspace: Path, jobs: int) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, "-c", _MEMORY_SCRIPT, str(workspace), str(jobs)],
        check=True,
        capture_output=True,
        text=True,
        env=dict(os.environ, HYTEPLAN_MP_START=""),
    )
    return json.loads(proc.stdout)


@benchmark("render-memory", "peak memory of `render` on the large region: main, workers, pandoc")
def render_memory(options: Options) -> list[Row]:
    """Memory does not vary from run to run as time does: one fresh process per job count."""
    workspace = generate.ensure("large-region", options.workspaces)
    rows: list[Row] = []
    for jobs in (2, 1):
        peaks = _peak_memory(workspace, jobs)
        per_worker = f"{peaks['documents']:.0f} documents, {jobs} process(es)"
        where = "worker" if jobs > 1 else "main process, rendering itself"
        rows += [
            Row(f"large region, {jobs} job(s): main process", peaks["main"], "MB", note=per_worker),
            Row(f"  busiest {where}", peaks["worker"], "MB", target=300.0),
            Row("  largest child (worker or pandoc)", peaks["children"], "MB"),
        ]
    return rows
