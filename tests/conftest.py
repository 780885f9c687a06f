"""Shared fixtures: a fresh copy of the starter workspace to break in each test."""

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
