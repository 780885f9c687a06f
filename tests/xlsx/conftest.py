"""Fixtures of the workbook tests: the example's exported workbook (the copy of the example
workspace to import into is tests/conftest.py's `plans`)."""

from __future__ import annotations

from pathlib import Path
import pytest

from hyteplan.load import load_workspace
from hyteplan.xlsx.export import export_workbook

PLANS = Path(__file__).resolve().parents[2] / "plans"


@pytest.fixture(scope="module")
def exported() -> bytes:
    return export_workbook(load_workspace(PLANS))
