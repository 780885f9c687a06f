"""The wellbeing report part (issue 9): rendering it beside the plan against the plan alone.

Target: rendering the large synthetic region (1 + 30 documents) to DOCX+PDF as report and plan
stays within 1.5× of rendering the plan alone. Both use the same ten years of values of every
Sotkanet indicator for each organisation, the welfare region and the whole country (as the
comparison benchmark), the indicators split into the three standard population groups, and no
chart cache.
"""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

import generate
import yaml
from bench_figures import _seconds, _with_data
from harness import Options, Row, benchmark

GROUPS = ("lapset-nuoret", "tyoikaiset", "ikaantyneet")


def _with_document(workspace: Path, document: str) -> Path:
    """``workspace`` set to render ``document``, its indicators in the standard groups."""
    config_file = workspace / "hyteplan.yaml"
    config = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    catalogue = yaml.safe_load((workspace / "indicators.yaml").read_text(encoding="utf-8"))
    ids = [i["id"] for i in catalogue["indicators"]]
    config["document"] = document
    config["population_groups"] = [
        {"id": group, "indicators": ids[n :: len(GROUPS)]} for n, group in enumerate(GROUPS)
    ]
    config_file.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return workspace


@benchmark("render-report", "large region: report and plan against the plan alone")
def render_report(options: Options) -> list[Row]:
    """Plan-only and report-and-plan renders in turn, medians of each."""
    source = generate.ensure("large-region", options.workspaces)
    plan, report = [], []
    with tempfile.TemporaryDirectory() as tmp:
        alone = _with_document(_with_data(source, Path(tmp) / "plan", True), "plan")
        both = _with_document(_with_data(source, Path(tmp) / "report", True), "report_and_plan")
        for _ in range(max(1, options.repeat // 3)):
            plan.append(_seconds(alone))
            report.append(_seconds(both))
    ratio = statistics.median(report) / statistics.median(plan)
    return [
        Row("render large region, plan alone", statistics.median(plan), "s"),
        Row("render large region, report and plan", statistics.median(report), "s"),
        Row("  report and plan against the plan alone", ratio, "x", target=1.5),
    ]
