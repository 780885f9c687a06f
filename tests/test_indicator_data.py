import json
from pathlib import Path

import pytest

from hyteplan.errors import HyteplanError
from hyteplan.indicator_data import (
    IndicatorValues,
    Point,
    indicator_key,
    load_file,
    load_indicator_values,
)
from hyteplan.model import Indicator

REPO = Path(__file__).resolve().parents[1]

OLD_SOTKANET_CSV = """\
indicator;region;year;gender;primary value;absolute value
3906;297;2019;male;19,5;210
3906;297;2019;total;18,0;390
3906;297;2017;total;17,1;370
3906;297;2023;total;19,2;402
3906;297;2021;female;17,9;190
3906;297;2021;total;18,4;395
3906;974;2023;total;20,3;
234;297;2024;total;;
"""


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_older_sotkanet_csv_keeps_total_rows_sorted_by_year(tmp_path: Path) -> None:
    values = load_file(write(tmp_path / "sotkanet.csv", OLD_SOTKANET_CSV))
    assert values.series(3906, 297) == [(2017, 17.1), (2019, 18.0), (2021, 18.4), (2023, 19.2)]
    assert values.series(3906, 974) == [(2023, 20.3)]
    assert values.latest(3906, 297) == Point(2023, 19.2)
    assert values.latest(3906, 297).year == 2023
    assert values.value_in(3906, 297, 2019) == 18.0
    assert values.value_in(3906, 297, 2020) is None
    # An empty value (suppressed by THL) is not a data point.
    assert values.series(234, 297) == []
    assert values.latest(234, 297) is None
    assert values.keys() == [(3906, 297), (3906, 974)]
    assert len(values) == 5


def test_utf8_bom_and_comma_separated_value_column(tmp_path: Path) -> None:
    text = (
        "indicator,region,year,gender,value\r\n"
        '3219,915,2022,total,"8,4"\r\n'
        "3219,915,2021,total,9.1\r\n"
    )
    path = write(tmp_path / "newer.csv", text, "utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    values = load_file(path)
    assert values.series(3219, 915) == [(2021, 9.1), (2022, 8.4)]


def test_windows_1252_local_csv_with_workspace_ids(tmp_path: Path) -> None:
    text = (
        "indicator;region;year;value\r\n"
        "liikuntapaikat-käyttäjät;297;2023;1 234,5\r\n"
        "liikuntapaikat-käyttäjät;297;2022;1\u00a0100\r\n"
        "306;749;2024;9,7\r\n"
    )
    path = write(tmp_path / "omat.csv", text, "cp1252")
    assert "ä".encode("cp1252") in path.read_bytes()
    values = load_file(path)
    assert values.series("liikuntapaikat-käyttäjät", 297) == [(2022, 1100.0), (2023, 1234.5)]
    # Digits-only indicator cells are Sotkanet IDs, even in a local file.
    assert values.series(306, 749) == [(2024, 9.7)]


def test_sotkanet_json(tmp_path: Path) -> None:
    rows = [
        {"indicator": 4284, "region": 140, "year": 2022, "gender": "total", "value": 12.5,
         "absValue": 300},
        {"indicator": 4284, "region": 140, "year": 2020, "gender": "total", "value": 11},
        {"indicator": 4284, "region": 140, "year": 2020, "gender": "female", "value": 13.0},
        {"indicator": 4284, "region": 140, "year": 2018, "gender": "total", "value": None},
    ]  # fmt: skip
    values = load_file(write(tmp_path / "sotkanet.json", json.dumps(rows)))
    assert values.series(4284, 140) == [(2020, 11.0), (2022, 12.5)]


def test_directory_reads_csv_and_json_and_ignores_other_files(tmp_path: Path) -> None:
    write(tmp_path / "a.csv", OLD_SOTKANET_CSV)
    write(tmp_path / "b.json", json.dumps([
        {"indicator": 699, "region": 297, "year": 2024, "gender": "total", "value": 0.8}
    ]))  # fmt: skip
    write(tmp_path / "README.txt", "not data")
    values = load_indicator_values(tmp_path)
    assert values.files == [tmp_path / "a.csv", tmp_path / "b.json"]
    assert values.latest(699, 297) == (2024, 0.8)
    assert values.latest(3906, 297) == (2023, 19.2)


def test_missing_directory_gives_no_values(tmp_path: Path) -> None:
    values = load_indicator_values(tmp_path / "data")
    assert len(values) == 0
    assert values.files == []


def test_same_value_twice_is_fine_different_value_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "a.csv", "indicator;region;year;value\n292;297;2023;10,5\n")
    write(tmp_path / "b.csv", "indicator;region;year;value\n292;297;2023;10.5\n")
    assert load_indicator_values(tmp_path).series(292, 297) == [(2023, 10.5)]
    write(tmp_path / "c.csv", "indicator;region;year;value\n\n292;297;2023;11\n")
    with pytest.raises(HyteplanError) as caught:
        load_indicator_values(tmp_path)
    assert caught.value.message == (
        f"{tmp_path / 'c.csv'}:3:14: indicator 292, region 297, year 2023 has the value 11,"
        f" but {tmp_path / 'a.csv'}:2:14 gives 10.5"
    )


@pytest.mark.parametrize(
    ("text", "message", "hint_part"),
    [
        (
            "indicator;region;year;gender;primary value\n3906;297;2023;total;19,2\n"
            "3906;297;2021;total;abc\n",
            "{path}:3:21: value must be a number, found 'abc'",
            "leave the cell empty",
        ),
        (
            "indicator;region;year;value\n3906;Kuopio;2023;19,2\n",
            "{path}:2:6: region must be a whole number, found 'Kuopio'",
            "municipality number",
        ),
        (
            "indicator;region;year;value\n3906;297;23;19,2\n",
            "{path}:2:10: year 23 is out of range",
            "2023",
        ),
        (
            "indicator;region;year;value\n3906;297;2023;1.234,5\n",
            "{path}:2:15: ambiguous number '1.234,5'",
            "decimal comma",
        ),
        (
            "indicator,region,year,value\n3906,297,2023,19,2\n",
            "{path}:2:1: expected 4 fields separated by ',', found 5",
            "not in quotes",
        ),
        (
            "indicator;region;year;gender;value\n3906;297;2023;muu;19,2\n",
            "{path}:2:15: unknown gender 'muu'",
            "total",
        ),
        (
            "indicaattori;alue;vuosi;arvo\n3906;297;2023;19,2\n",
            "{path}:1:1: not an indicator data file: missing column(s) indicator, region, year,"
            " value",
            "docs/indicator-data.md",
        ),
        ("\n\n", "{path}:1:1: the file is empty", "indicator, region, year"),
        (
            "indicator;region;year;value\n;297;2023;1\n",
            "{path}:2:1: the indicator is empty",
            "3906",
        ),
        (
            "indicator;region;year;value\n1;297;2023;nan\n",
            "{path}:2:12: value must be a number, found 'nan'",
            "12,1",
        ),  # fmt: skip
    ],
)
def test_bad_csv_rows_name_file_and_line(
    tmp_path: Path, text: str, message: str, hint_part: str
) -> None:
    path = write(tmp_path / "bad.csv", text)
    with pytest.raises(HyteplanError) as caught:
        load_file(path)
    assert caught.value.message == message.format(path=path)
    assert hint_part in (caught.value.hint or "")


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ('{"indicator": 1}', "{path}:1:1: expected a JSON list of values, found an object"),
        ("[1, 2", "{path}:1:6: invalid JSON: Expecting ',' delimiter"),
        (
            '[{"indicator": 1, "region": 297, "year": 2023, "value": 1},\n {"indicator": 1}]',
            "{path}:2:2: missing key(s) region, year, value",
        ),
        (
            '[{"indicator": 1, "region": 297, "year": 2023, "value": true}]',
            "{path}:1:2: value must be a number, found true",
        ),
    ],
)
def test_bad_json_names_file_and_item(tmp_path: Path, document: str, message: str) -> None:
    path = write(tmp_path / "bad.json", document)
    with pytest.raises(HyteplanError) as caught:
        load_file(path)
    assert caught.value.message == message.format(path=path)


def test_undecodable_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(b"indicator;region;year;value\n3906;297;2023;1\x81\n")
    with pytest.raises(HyteplanError) as caught:
        load_file(path)
    assert (
        caught.value.message
        == f"{path}:2:16: the file is neither UTF-8 nor Windows-1252 text (byte 0x81)"
    )


def test_indicator_key_of_catalogue_entries() -> None:
    def make(source: dict | None) -> Indicator:
        fields = {"id": "mittari", "name": "Mittari", "direction": "lower"}
        return Indicator.model_validate({**fields, "source": source} if source else fields)

    assert indicator_key(make({"kind": "sotkanet", "id": 3906})) == 3906
    assert indicator_key(make({"kind": "sotkanet", "id": "3906"})) == 3906
    assert indicator_key(make({"kind": "sotkanet"})) == "mittari"
    assert indicator_key(make({"kind": "teaviisari", "id": 12})) == "mittari"
    assert indicator_key(make({"kind": "local"})) == "mittari"
    assert indicator_key(make(None)) == "mittari"


def test_example_workspace_data() -> None:
    values = load_indicator_values(REPO / "plans" / "data")
    # Survey indicators every other year, registry indicators yearly.
    assert [year for year, _ in values.series(3906, 297)] == [2017, 2019, 2021, 2023, 2025]
    assert [year for year, _ in values.series(234, 974)] == list(range(2017, 2025))
    for key in (3906, 1514, 292, 289, 4284, 234, 3219, 306, 3959, 699):
        for region in (297, 915, 749, 140, 420, 974):
            assert len(values.series(key, region)) >= 2, (key, region)
    assert isinstance(values, IndicatorValues)


@pytest.mark.parametrize(
    "content",
    [
        "[1]",
        '[{"indicator": true, "region": 297, "year": 2023, "value": 1}]',
        '[{"indicator": 3906, "region": 297, "year": "x", "value": 1}]',
        '[{"indicator": 3906, "region": 297, "year": 2023, "value": false}]',
    ],
)
def test_every_data_error_has_a_hint(tmp_path: Path, content: str) -> None:
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(HyteplanError) as info:
        load_file(path)
    assert info.value.hint
