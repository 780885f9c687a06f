"""The annual report's decisions in status/<year>.yaml: an unknown organisation is F002 at its key."""

from __future__ import annotations

import shutil
from pathlib import Path

from hyteplan.check import check
from hyteplan.load import load_workspace

EXAMPLE = Path(__file__).resolve().parents[2] / "plans"


def test_report_decisions_under_an_unknown_organisation_are_located(tmp_path: Path) -> None:
    root = tmp_path / "plans"
    shutil.copytree(EXAMPLE, root)
    status = root / "status" / "2026.yaml"
    text = status.read_text(encoding="utf-8")
    assert "report_decisions:\n  pshva:\n" in text
    status.write_text(
        text.replace("report_decisions:\n  pshva:\n", "report_decisions:\n  pshvaa:\n"), "utf-8"
    )
    line = status.read_text(encoding="utf-8").splitlines().index("  pshvaa:") + 1
    found = [
        (d.code, d.file, d.line, d.column) for d in check(load_workspace(root)) if d.code == "F002"
    ]
    assert found == [("F002", "status/2026.yaml", line, 3)]
