"""The annual reports (issue 10): the large region's 31 reports against its 31 plans.

Target: rendering the annual reports of the large synthetic region (1 + 30 documents) to
DOCX+PDF takes at most 1.2x the time of rendering its plans. The generated workspace has no
follow-up, so a copy gets a status file for the year (every action started, with a note; a
joint action's under the region, with a participant's note): the report then shows every row it
would in a real year. The copy is not in git, so the report's changes section costs nothing
here (a real run loads the plans at two revisions once, not per document).
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
from pathlib import Path
from typing import Any

import generate
import yaml
from harness import Options, Row, benchmark

from hyteplan.load import load_workspace
from hyteplan.render.pipeline import RenderOptions, plan_views, render_views
from hyteplan.yearly.annual_report import annual_views

YEAR = 2026


def with_status(source: Path, target: Path) -> Path:
    """A copy of `source` with status/<YEAR>.yaml for every action of every organisation."""
    shutil.copytree(source, target)
    ws = load_workspace(target)
    organisations: dict[str, list[dict[str, Any]]] = {}
    for action in ws.actions:
        entry: dict[str, Any] = {
            "action": action.obj.id,
            "status": "started",
            "note": f"Toimenpide {action.obj.id} eteni suunnitellusti; ensimmäiset tulokset kirjattu.",
        }
        participants = list(getattr(action.obj, "participants", []))
        if participants:
            entry["participant_notes"] = {participants[0]: "Kunnassa mukana kaksi koulua."}
        organisations.setdefault(action.owner or "", []).append(entry)
    status = target / "status"
    status.mkdir()
    text = yaml.safe_dump({"year": YEAR, "organisations": organisations}, allow_unicode=True)
    (status / f"{YEAR}.yaml").write_text(text, encoding="utf-8")
    return target


def _render(workspace: Path, annual: bool) -> float:
    import time

    ws = load_workspace(workspace)
    with tempfile.TemporaryDirectory() as tmp:
        opts = RenderOptions(
            out_dir=Path(tmp), formats=("docx", "pdf"), jobs=2, source_date_epoch=1750000000
        )
        start = time.perf_counter()
        views = annual_views(ws, YEAR, opts) if annual else plan_views(ws, opts)
        results = render_views(views, ws.root, opts)
        wall = time.perf_counter() - start
    assert len(results) == 31 and all(r.ok for r in results), [r.errors for r in results]
    return wall


@benchmark("annual-region", "annual reports vs plans of the large region (31 documents each)")
def annual_region(options: Options) -> list[Row]:
    """Plans and reports rendered in turn (medians), so that both share the machine's moods."""
    source = generate.ensure("large-region", options.workspaces)
    with tempfile.TemporaryDirectory() as tmp:
        workspace = with_status(source, Path(tmp) / "ws")
        _render(workspace, annual=True)  # warm the chart cache and the imports for both
        plans, reports = [], []
        for _ in range(max(1, options.repeat // 3)):
            plans.append(_render(workspace, annual=False))
            reports.append(_render(workspace, annual=True))
    plan, report = statistics.median(plans), statistics.median(reports)
    return [
        Row("render large region's plans, DOCX+PDF, 2 processes", plan, "s"),
        Row("render its annual reports, DOCX+PDF, 2 processes", report, "s"),
        Row("annual reports / plans", report / plan, "x", target=1.2),
    ]
