"""Shared fixtures: fresh copies of the starter workspace and of the example to break in each
test."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest

SCAFFOLD = Path(str(resources.files("hyteplan") / "scaffold"))
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A valid minimal workspace (what `hyteplan init` writes) in a temporary folder."""
    target = tmp_path / "ws"
    shutil.copytree(SCAFFOLD, target)
    return target


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    """A copy of the example workspace (plans/) in a temporary folder."""
    target = tmp_path / "plans"
    shutil.copytree(REPO / "plans", target)
    return target


@pytest.fixture(autouse=True, scope="session")
def _private_chart_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests never read or fill the user's chart cache (~/.cache/hyteplan)."""
    import os

    os.environ.setdefault("HYTEPLAN_CACHE_DIR", str(tmp_path_factory.mktemp("chart-cache")))
