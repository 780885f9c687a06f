"""`data import`: exports saved by hand, joined with Sotkanet's region list like fetch."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from hyteplan.errors import HyteplanError
from hyteplan.indicator_data import COUNTRY_REGION, load_indicator_values
from hyteplan.load import load_workspace
from hyteplan.sotkanet.client import SotkanetClient
from hyteplan.sotkanet.fetch import fetch
from hyteplan.sotkanet.importer import import_exports

from .fake import REGIONS

TODAY = dt.date(2026, 11, 30)
# An older export from sotkanet.fi: regions are Sotkanet's internal IDs (161 = Kuopio, 297 =
# Leppävirta, 140 = Joensuu, outside the workspace), with a male row and a suppressed value.
EXPORT_CSV = """indicator;region;year;gender;primary value;absolute value
3906;161;2021;total;18,4;395
3906;161;2021;male;20,1;215
3906;297;2021;total;17,0;40
3906;140;2021;total;22,2;300
3906;974;2021;total;19,9;2000
3906;658;2021;total;17,5;30000
3906;62;2021;total;;
"""


@pytest.fixture
def regions_file(tmp_path: Path) -> Path:
    path = tmp_path / "regions.json"
    path.write_text(json.dumps(REGIONS), encoding="utf-8")
    return path


def _export(tmp_path: Path, text: str = EXPORT_CSV, name: str = "export.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_export_is_joined_with_a_regions_file(
    ws_root: Path, tmp_path: Path, regions_file: Path
) -> None:
    result = import_exports(
        load_workspace(ws_root), [_export(tmp_path)], today=TODAY, regions_file=regions_file
    )
    assert result.changed and result.values == 4 and result.skipped_regions == 1
    values = load_indicator_values(ws_root / "data")
    assert values.series(3906, 297) == [(2021, 18.4)]  # internal 161
    assert values.series(3906, 420) == [(2021, 17.0)]  # internal 297 is Leppävirta
    assert values.series(3906, 974) == [(2021, 19.9)]
    assert values.series(3906, COUNTRY_REGION) == [(2021, 17.5)]
    assert values.series(3906, 140) == []  # Iisalmi's value was suppressed (empty)
    document = json.loads(result.path.read_text(encoding="utf-8"))
    assert document["licence"] == "CC BY 4.0"
    assert document["indicators"] == [
        {"id": 3906, "from": "import: export.csv", "fetched": "2026-11-30"}
    ]


def test_json_export_uses_the_regions_kept_by_an_earlier_fetch(
    ws_root: Path, tmp_path: Path, client: SotkanetClient
) -> None:
    fetch(load_workspace(ws_root), client, today=TODAY, years=(2019, 2020), only=[234])
    export = [
        {"indicator": 3906, "region": 161, "year": 2025, "gender": "total", "value": 21.5},
        {"indicator": 9999, "region": 161, "year": 2025, "gender": "total", "value": 1.0},
    ]
    path = _export(tmp_path, json.dumps(export), "export.json")
    result = import_exports(load_workspace(ws_root), [path], today=TODAY)
    assert result.skipped_indicators == [9999]
    values = load_indicator_values(ws_root / "data")
    assert values.series(3906, 297) == [(2025, 21.5)]
    assert len(values.series(234, 297)) == 2  # the fetched values stay


def test_without_any_region_list_import_explains_what_to_do(ws_root: Path, tmp_path: Path) -> None:
    with pytest.raises(HyteplanError) as caught:
        import_exports(load_workspace(ws_root), [_export(tmp_path)], today=TODAY)
    assert "--regions" in (caught.value.hint or "")
    assert not (ws_root / "data" / "sotkanet-values.json").exists()


def test_an_export_keyed_by_municipality_numbers_is_not_mistaken(
    ws_root: Path, tmp_path: Path, regions_file: Path
) -> None:
    """297 in such a file would be read as Leppävirta: only a file with no matches is caught,
    so an export without any known internal ID is refused rather than half-joined."""
    text = "indicator;region;year;gender;primary value\n3906;915;2021;total;18,4\n"
    with pytest.raises(HyteplanError) as caught:
        import_exports(
            load_workspace(ws_root),
            [_export(tmp_path, text)],
            today=TODAY,
            regions_file=regions_file,
        )
    assert "region IDs" in (caught.value.hint or "")


def test_bad_row_is_located(ws_root: Path, tmp_path: Path, regions_file: Path) -> None:
    text = "indicator;region;year;gender;primary value\n3906;161;2021;total;abc\n"
    path = _export(tmp_path, text)
    with pytest.raises(HyteplanError) as caught:
        import_exports(load_workspace(ws_root), [path], today=TODAY, regions_file=regions_file)
    assert caught.value.message.startswith(f"{path}:2:")


def test_two_exports_that_disagree_are_refused(
    ws_root: Path, tmp_path: Path, regions_file: Path
) -> None:
    head = "indicator;region;year;gender;primary value\n"
    first = _export(tmp_path, head + "3906;161;2021;total;18,4\n", "a.csv")
    second = _export(tmp_path, head + "3906;161;2021;total;18,9\n", "b.csv")
    with pytest.raises(HyteplanError) as caught:
        import_exports(
            load_workspace(ws_root), [first, second], today=TODAY, regions_file=regions_file
        )
    assert str(second) in caught.value.message and "18.9" in caught.value.message
    assert not (ws_root / "data" / "sotkanet-values.json").exists()
