"""A workbook back into rows: each editable sheet's cells by header, with their places.

What each sheet is comes from the hidden `hyteplan` sheet export writes, not from the titles a
coordinator may rename. Rows are read as values only; a formula is never evaluated, it is
reported (X005) by `apply`.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter

from ..errors import HyteplanError
from .cells import read_value
from .layout import META_SHEET, SHEET_KINDS

MAX_ROWS = 200_000  # far beyond any plan; a bigger sheet is not one we wrote


@dataclass(frozen=True)
class Cell:
    """A cell as read: where it is and what it holds."""

    ref: str  # A1-style, e.g. C12
    value: str | int | float | None
    formula: bool = False


@dataclass
class Row:
    """One row of a sheet: its number and its cells by header."""

    number: int
    cells: dict[str, Cell] = field(default_factory=dict)

    def value(self, header: str) -> str | int | float | None:
        cell = self.cells.get(header)
        return cell.value if cell is not None else None

    @property
    def empty(self) -> bool:
        return all(c.value is None for c in self.cells.values())


@dataclass
class ReadSheet:
    """An editable sheet as read: its title and kind, the plan file it edits, its rows."""

    title: str
    kind: str
    file: str | None
    org: str | None
    headers: list[str]
    rows: list[Row]


def read_workbook(data: bytes, name: str) -> list[ReadSheet]:
    """Every editable sheet of an exported (and maybe edited) workbook."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise HyteplanError(
            f"{name} is not an Excel workbook (.xlsx) that can be read",
            "save it as an Excel workbook (.xlsx) and import that file",
        ) from exc
    if META_SHEET not in book.sheetnames:
        raise HyteplanError(
            f"{name} was not exported by hyteplan: it has no '{META_SHEET}' sheet",
            "export a workbook with `hyteplan export xlsx`, edit it, and import that one",
        )
    sheets = [_read_sheet(book, entry) for entry in _meta(book)]
    book.close()
    return sheets


def _meta(book: Any) -> list[tuple[str, str, str | None, str | None]]:
    out = []
    for row in book[META_SHEET].iter_rows(min_row=2, values_only=True):
        title, kind, file, org = (list(row) + [None] * 4)[:4]
        if isinstance(title, str) and kind in SHEET_KINDS:
            out.append((title, str(kind), _text(file), _text(org)))
    return out


def _text(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def _read_sheet(book: Any, entry: tuple[str, str, str | None, str | None]) -> ReadSheet:
    title, kind, file, org = entry
    if title not in book.sheetnames:
        raise HyteplanError(
            f"the sheet '{title}' is missing from the workbook",
            "do not rename or delete the sheets of an exported workbook; export it again",
        )
    rows_iter = book[title].iter_rows()
    header_cells = next(rows_iter, ())
    headers = [str(read_value(c.value) or "").strip() for c in header_cells]
    rows: list[Row] = []
    for number, cells in enumerate(rows_iter, start=2):
        if number > MAX_ROWS:
            raise HyteplanError(f"the sheet '{title}' has too many rows", "export it again")
        row = Row(number)
        for index, header in enumerate(headers):
            if not header:
                continue
            cell = cells[index] if index < len(cells) else None
            formula = getattr(cell, "data_type", None) == "f"
            value = read_value(getattr(cell, "value", None))
            row.cells[header] = Cell(f"{get_column_letter(index + 1)}{number}", value, formula)
        if not row.empty:
            rows.append(row)
    return ReadSheet(title, kind, file, org, headers, rows)
