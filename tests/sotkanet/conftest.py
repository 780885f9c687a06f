"""Fixtures: a fake Sotkanet on 127.0.0.1 and a copy of the example workspace without its
hand-saved Sotkanet CSV (whose invented values would disagree with the fake's)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from hyteplan.sotkanet.client import HttpSettings, SotkanetClient

from .fake import FakeSotkanet, serve

REPO = Path(__file__).resolve().parents[2]
EXAMPLE_IDS = {3906, 234, 3219, 306, 3959, 699, 1514, 292, 4284, 289}


@pytest.fixture
def sotkanet() -> Iterator[FakeSotkanet]:
    with serve(FakeSotkanet(known=set(EXAMPLE_IDS))) as fake:
        yield fake


@pytest.fixture
def ws_root(tmp_path: Path) -> Path:
    root = tmp_path / "plans"
    shutil.copytree(REPO / "plans", root)
    (root / "data" / "sotkanet.csv").unlink()
    return root


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def client(sotkanet: FakeSotkanet, sleeps: list[float]) -> SotkanetClient:
    """No real waiting: sleeps are recorded; a short timeout for the timeout cases."""
    settings = HttpSettings(
        base_url=sotkanet.url, timeout=0.2, attempts=3, backoff=0.5, min_interval=0.0,
        sleep=sleeps.append,
    )  # fmt: skip
    return SotkanetClient(settings)
