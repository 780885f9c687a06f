"""`hyteplan validate` reads data/: every problem of a data file is a located D diagnostic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hyteplan.check import check
from hyteplan.cli import main
from hyteplan.load import load_workspace

HEADER = "indicator;region;year;gender;value\n"
GOOD_ROW = "3906;297;2023;total;19,2\n"


def _diagnostics(ws: Path, lang: str = "en") -> list[tuple[str, int, int, str, str]]:
    return [
        (d.file, d.line, d.column, d.code, d.message)
        for d in check(load_workspace(ws), lang)
        if d.code.startswith("D")
    ]


def _write(ws: Path, name: str, content: str | bytes) -> None:
    (ws / "data").mkdir(exist_ok=True)
    data = content.encode() if isinstance(content, str) else content
    (ws / "data" / name).write_bytes(data)


def test_every_bad_cell_is_reported_at_its_line_and_column(workspace: Path) -> None:
    _write(
        workspace,
        "sotkanet.csv",
        HEADER
        + GOOD_ROW
        + "3906;297;20x3;total;18,0\n"  # line 3: year
        + "3906;297;1850;total;abc\n"  # line 4: year out of range and value, both
        + "3906;297;2023;total;20,1\n"  # line 5: conflicts with line 2
        + "3906;297;2021;muu;1\n",  # line 6: gender
    )
    assert [d[:4] for d in _diagnostics(workspace)] == [
        ("data/sotkanet.csv", 3, 10, "D004"),
        ("data/sotkanet.csv", 4, 10, "D004"),
        ("data/sotkanet.csv", 4, 21, "D004"),
        ("data/sotkanet.csv", 5, 21, "D005"),
        ("data/sotkanet.csv", 6, 15, "D004"),
    ]


def test_problems_are_worded_in_finnish(workspace: Path) -> None:
    _write(workspace, "sotkanet.csv", HEADER + "3906;297;20x3;total;18,0\n")
    [(_, _, _, code, message)] = _diagnostics(workspace, "fi")
    assert code == "D004" and message.startswith("vuoden pitää olla kokonaisluku")


def test_conflict_across_files_names_the_first(workspace: Path) -> None:
    _write(workspace, "a.csv", HEADER + GOOD_ROW)
    _write(workspace, "b.csv", HEADER + "3906;297;2023;total;19,6\n")
    [(file, line, column, code, message)] = _diagnostics(workspace)
    assert (file, line, column, code) == ("data/b.csv", 2, 21, "D005")
    assert "data/a.csv:2:21" in message


def test_file_level_problems(workspace: Path) -> None:
    _write(workspace, "a-latin.csv", HEADER.encode() + b"3906;297;2023;total;1\x81\n")
    _write(workspace, "b-columns.csv", "indikaattori;alue;vuosi;arvo\n")
    _write(workspace, "c-long-field.csv", HEADER + '3906;297;2023;total;"' + "x" * 200_000 + "\n")
    _write(workspace, "d-deep.json", "[\n  " + "[" * 5000 + "]" * 5000 + "\n]")
    _write(workspace, "e-not-list.json", '{"indicator": 3906}')
    _write(workspace, "f-broken.json", '[{"indicator": 3906,\n  "region" 297}]')
    assert [d[:4] for d in _diagnostics(workspace)] == [
        ("data/a-latin.csv", 2, 22, "D002"),
        ("data/b-columns.csv", 1, 1, "D003"),
        ("data/c-long-field.csv", 2, 1, "D003"),
        ("data/d-deep.json", 2, 3, "D003"),
        ("data/e-not-list.json", 1, 1, "D003"),
        ("data/f-broken.json", 2, 12, "D003"),
    ]


def test_json_items_are_placed_and_nulls_and_long_numbers_reported(workspace: Path) -> None:
    items = [
        {"indicator": 3906, "region": 297, "year": 2023, "gender": "total", "value": 19.2},
        {"indicator": None, "region": None, "year": 2021, "gender": "total", "value": 1},
        {"indicator": 3906, "region": 297, "year": 2022, "gender": "total", "value": None},
    ]
    text = "[\n" + ",\n".join("  " + json.dumps(item) for item in items)
    text += ',\n  {"indicator": 3906, "region": 297, "year": ' + "9" * 5000 + ', "value": 1}\n]'
    _write(workspace, "sotkanet.json", text)
    got = _diagnostics(workspace)
    assert [d[:4] for d in got] == [
        ("data/sotkanet.json", 3, 3, "D004"),
        ("data/sotkanet.json", 3, 3, "D004"),
        ("data/sotkanet.json", 5, 3, "D004"),
    ]
    assert "null" in got[0][4] and "5000 digits" in got[2][4]


def test_long_numbers_in_csv(workspace: Path) -> None:
    _write(workspace, "sotkanet.csv", HEADER + "3906;" + "2" * 5000 + ";2023;total;1\n")
    [(_, line, column, code, message)] = _diagnostics(workspace)
    assert (line, column, code) == (2, 6, "D004") and "5000 digits" in message


def test_a_file_full_of_problems_is_cut_short(workspace: Path) -> None:
    _write(workspace, "sotkanet.csv", HEADER + "3906;297;x;total;1\n" * 500)
    got = _diagnostics(workspace)
    assert len(got) == 101 and got[-1][3] == "D003" and "not checked" in got[-1][4]


def test_unknown_regions_and_indicators_warn_once_per_file(workspace: Path) -> None:
    rows = "".join(f"3906;{region};2023;total;1\n" for region in (91, 92, 49, 297))
    _write(workspace, "sotkanet.csv", HEADER + rows + "1234;297;2023;total;2\n")
    got = _diagnostics(workspace)
    assert [d[:4] for d in got] == [
        ("data/sotkanet.csv", 2, 20, "D006"),
        ("data/sotkanet.csv", 6, 21, "D006"),
    ]
    assert got[0][4].endswith(": 49, 91, 92") and got[1][4].endswith(": 1234")


def test_data_problems_stop_validate_and_render_without_crashing(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(workspace, "sotkanet.csv", HEADER + "3906;297;2023;total;abc\n")
    assert main(["validate", str(workspace), "--format", "concise"]) == 1
    out = capsys.readouterr().out
    assert "data/sotkanet.csv:2:21: D004 value must be a number, found 'abc'" in out
    assert main(["render", str(workspace), "--out", str(tmp_path / "out"), "--to", "md"]) == 1
    captured = capsys.readouterr()
    assert "D004" in captured.out + captured.err
    assert "internal error" not in captured.out + captured.err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_clean_data_adds_no_diagnostics(workspace: Path) -> None:
    _write(workspace, "sotkanet.csv", HEADER + GOOD_ROW + "3906;297;2021;male;1\n")
    assert _diagnostics(workspace) == []
    assert load_workspace(workspace).indicator_values.latest(3906, 297) == (2023, 19.2)
