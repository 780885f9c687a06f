"""`hyteplan export xlsx` and `hyteplan import xlsx` from the command line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest

from hyteplan.cli import main


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*.yaml")}


def _edit(book_path: Path, sheet: str, cell: str, value: object) -> None:
    book = openpyxl.load_workbook(book_path)
    book[sheet][cell].value = value
    out = io.BytesIO()
    book.save(out)
    book_path.write_bytes(out.getvalue())


def test_export_writes_the_workbook(plans: Path, tmp_path: Path) -> None:
    out = tmp_path / "plans.xlsx"
    assert main(["export", "xlsx", str(plans), "--out", str(out), "--only", "kuopio"]) == 0
    book = openpyxl.load_workbook(out)
    assert "actions kuopio" in book.sheetnames and "actions pshva" not in book.sheetnames


def test_export_of_an_unknown_plan_is_a_usage_error(
    plans: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "xlsx", str(plans), "--only", "nowhere"]) == 2
    assert "nowhere" in capsys.readouterr().err


def test_import_shows_the_change_and_writes_only_with_write(
    plans: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = tmp_path / "plans.xlsx"
    assert main(["export", "xlsx", str(plans), "--out", str(book)]) == 0
    _edit(book, "actions pshva", "K2", "2027–2029")  # schedule of VA-1
    before = _files(plans)
    capsys.readouterr()
    assert main(["import", "xlsx", str(book), str(plans), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    [change] = report["changes"]
    assert change["id"] == "VA-1" and change["status"] == "changed"
    assert _files(plans) == before  # no --write: nothing written
    assert main(["import", "xlsx", str(book), str(plans), "--write"]) == 0
    assert "wrote region.yaml" in capsys.readouterr().out
    after = _files(plans)
    assert [name for name in after if after[name] != before[name]] == ["region.yaml"]
    assert b"schedule: 2027\xe2\x80\x932029" in after["region.yaml"]


def _delete_row(book_path: Path, sheet: str, row: int) -> None:
    book = openpyxl.load_workbook(book_path)
    book[sheet].delete_rows(row)
    out = io.BytesIO()
    book.save(out)
    book_path.write_bytes(out.getvalue())


def test_a_deleted_row_deletes_nothing_and_is_said_on_stderr(
    plans: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = tmp_path / "plans.xlsx"
    assert main(["export", "xlsx", str(plans), "--out", str(book)]) == 0
    _delete_row(book, "actions kuopio", 2)  # KUO-1
    _edit(book, "actions pshva", "K2", "2027–2029")
    before = _files(plans)
    capsys.readouterr()
    assert main(["import", "xlsx", str(book), str(plans), "--format", "json", "--write"]) == 0
    captured = capsys.readouterr()
    assert [c["id"] for c in json.loads(captured.out.split("wrote ")[0])["changes"]] == ["VA-1"]
    assert captured.err == (
        "note: 1 object has no row on sheet 'actions kuopio' (KUO-1). Import never deletes: "
        "it stays in municipalities/kuopio.yaml. To delete it, remove it there.\n"
    )
    after = _files(plans)
    assert after["municipalities/kuopio.yaml"] == before["municipalities/kuopio.yaml"]
    assert main(["import", "xlsx", str(book), str(plans), "--lang", "fi"]) == 0
    assert "Tuonti ei koskaan poista: se säilyy tiedostossa" in capsys.readouterr().err


def test_a_workbook_of_one_plan_has_no_rows_missing(
    plans: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = tmp_path / "kuopio.xlsx"
    assert main(["export", "xlsx", str(plans), "--out", str(book), "--only", "kuopio"]) == 0
    capsys.readouterr()
    assert main(["import", "xlsx", str(book), str(plans)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "no changes\n" and captured.err == ""


def test_invalid_cells_are_listed_like_validate_and_nothing_is_written(
    plans: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = tmp_path / "plans.xlsx"
    assert main(["export", "xlsx", str(plans), "--out", str(book)]) == 0
    _edit(book, "actions pshva", "K2", "pian")
    before = _files(plans)
    capsys.readouterr()
    assert main(["import", "xlsx", str(book), str(plans), "--write"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith(f"{book}:actions pshva!K2: X002 ")
    assert _files(plans) == before
    assert main(["import", "xlsx", str(book), str(plans), "--problems-format", "json"]) == 1
    [problem] = json.loads(capsys.readouterr().out)["diagnostics"]
    assert (problem["sheet"], problem["cell"], problem["code"]) == ("actions pshva", "K2", "X002")
    assert (problem["line"], problem["column"]) == (2, 11)


def test_a_file_that_is_not_a_workbook_is_a_usage_error(
    plans: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a zip")
    assert main(["import", "xlsx", str(fake), str(plans)]) == 2
    assert "hint:" in capsys.readouterr().err
    other = tmp_path / "other.xlsx"
    openpyxl.Workbook().save(other)
    assert main(["import", "xlsx", str(other), str(plans)]) == 2
