"""Fixtures of the workbook tests: a copy of the example workspace and its exported workbook."""

from __future__ import annotations

import shutil
from pathlib import Path
import pytest

from hyteplan.load import load_workspace
from hyteplan.xlsx.export import export_workbook

PLANS = Path(__file__).resolve().parents[2] / "plans"


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    """A copy of the example workspace, to import into."""
    root = tmp_path / "plans"
    shutil.copytree(PLANS, root)
    return root


@pytest.fixture(scope="module")
def exported() -> bytes:
    return export_workbook(load_workspace(PLANS))
