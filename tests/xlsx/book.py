"""Helpers of the workbook tests: open and save workbooks, find rows and columns, snapshots."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest


def open_book(data: bytes) -> Any:
    return openpyxl.load_workbook(io.BytesIO(data))


def save_book(book: Any) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file of a workspace by relative path, to prove no byte changed."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def column_of(sheet: Any, header: str) -> int:
    """The 1-based column with `header` in row 1."""
    for cell in sheet[1]:
        if cell.value == header:
            return int(cell.column)
    raise AssertionError(f"no column {header!r}")


def row_of(sheet: Any, object_id: str) -> int:
    for cell in sheet["A"]:
        if cell.value == object_id:
            return int(cell.row)
    raise AssertionError(f"no row {object_id!r}")


def libreoffice_round_trip(data: bytes, tmp_path: Path) -> bytes:
    """The workbook after LibreOffice Calc opened and saved it as .xlsx (headless).

    Skips the test when LibreOffice or its Calc is not installed.
    """
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    source = tmp_path / "in" / "book.xlsx"
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_bytes(data)
    out = tmp_path / "out"
    run = subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out),
            str(source),
        ],
        capture_output=True,
        timeout=180,
    )
    result = out / "book.xlsx"
    if not result.is_file() and b"could not be loaded" in run.stderr + run.stdout:
        if not _calc_installed(soffice, tmp_path):
            pytest.skip("LibreOffice Calc is not installed")
    assert result.is_file(), run.stderr.decode(errors="replace")
    return result.read_bytes()


def _calc_installed(soffice: str, tmp_path: Path) -> bool:
    """Whether LibreOffice can open any workbook at all (a Writer-only install cannot)."""
    probe = tmp_path / "probe" / "probe.xlsx"
    probe.parent.mkdir(parents=True, exist_ok=True)
    book = openpyxl.Workbook()
    book.active["A1"] = "x"
    book.save(probe)
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
         "--convert-to", "csv", "--outdir", str(probe.parent / "out"), str(probe)],
        capture_output=True, timeout=180,
    )  # fmt: skip
    return (probe.parent / "out" / "probe.csv").is_file()
