"""The report part's cost (issue 9, branch `evidence`): the large region rendered with the
previous term's evaluation and the plan part's evidence tables, against the pandoc/typst floor.

The floor is the time pandoc and typst themselves take for the same documents (the pipeline's
per-stage seconds); the target is at most 1.2× that floor for the whole render in one process,
i.e. hyteplan's own work (views, the previous term's reading, templates, charts) adds at most
20 %. The previous term is the large region itself copied into a folder of the workspace, so
every document evaluates ~40 actions and its goals' indicators.
"""

from __future__ import annotations

import re
import shutil
import statistics
import tempfile
from pathlib import Path

import generate
from bench_render import _render
from harness import Options, Row, benchmark


def _with_previous_term(source: Path, target: Path) -> Path:
    """A copy of ``source`` whose previous term's plan is itself, as of 2022–2025."""
    shutil.copytree(source, target)
    previous = target / "previous" / "2022-2025"
    shutil.copytree(source, previous)
    for path in previous.rglob("*.yaml"):  # every year of 2026-2029 four years earlier
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"\b202[6-9]\b", lambda m: str(int(m.group()) - 4), text)
        path.write_text(text, encoding="utf-8")
    with (target / "hyteplan.yaml").open("a", encoding="utf-8") as out:
        out.write("\nprevious_term:\n  path: previous/2022-2025\n")
    return target


@benchmark("render-report-floor", "large region with the report part: total / pandoc+typst floor")
def render_report_floor(options: Options) -> list[Row]:
    source = generate.ensure("large-region", options.workspaces)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        workspace = _with_previous_term(source, Path(tmp) / "ws")
        for name, where in (("plan alone", source), ("with the report part", workspace)):
            ratios, walls = [], []
            for _ in range(max(1, options.repeat // 3)):
                wall, stages = _render(where, jobs=1)
                floor = stages.get("pandoc", 0.0) + stages.get("typst", 0.0)
                ratios.append(wall / floor)
                walls.append(wall)
            rows.append(Row(f"render large region, {name}, 1 process", min(walls), "s"))
            rows.append(
                Row(
                    f"  {name}: total / pandoc+typst floor",
                    statistics.median_low(ratios),
                    "x",
                    target=1.2 if name != "plan alone" else None,
                )
            )
    return rows
