"""The data file: the loader reads it, a foreign file is never overwritten."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hyteplan.errors import HyteplanError
from hyteplan.indicator_data import COUNTRY_REGION, load_indicator_values
from hyteplan.sotkanet.regions import JoinedRegion
from hyteplan.sotkanet.store import Store, read_store, render_store


def _store() -> Store:
    return Store(
        indicators={234: {"id": 234, "title": {"fi": "Toimeentulotuki"}, "fetched": "2026-11-30"}},
        regions={161: JoinedRegion(297, 161, "297", "KUNTA", "Kuopio")},
        values={(234, 297, 2024): 2.5, (234, COUNTRY_REGION, 2024): 1.75, (234, 297, 2023): 2.25},
    )


def test_loader_reads_the_file_and_the_country_key(tmp_path: Path) -> None:
    (tmp_path / "sotkanet-values.json").write_bytes(render_store(_store()))
    values = load_indicator_values(tmp_path)
    assert values.series(234, 297) == [(2023, 2.25), (2024, 2.5)]
    assert values.latest(234, COUNTRY_REGION) == (2024, 1.75)


def test_file_round_trips_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "sotkanet-values.json"
    path.write_bytes(render_store(_store()))
    assert render_store(read_store(path)) == path.read_bytes()


def test_loader_refuses_a_json_object_of_another_kind(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text(
        json.dumps({"format": "other/1", "values": []}), encoding="utf-8"
    )
    with pytest.raises(HyteplanError, match="x.json"):
        load_indicator_values(tmp_path)


def test_a_file_not_written_by_hyteplan_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "sotkanet-values.json"
    path.write_text("[]", encoding="utf-8")
    with pytest.raises(HyteplanError) as caught:
        read_store(path)
    assert "rename or move" in (caught.value.hint or "")
