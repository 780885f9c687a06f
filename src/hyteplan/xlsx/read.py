"""A workbook back into rows: each editable sheet's cells by header, with their places.

What each sheet is comes from the hidden `hyteplan` sheet export writes, not from the titles a
coordinator may rename. Rows are read as values only (by `ooxml`, not openpyxl: ten times
faster); a formula is never evaluated, it is reported (X005) by `apply`.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ..errors import HyteplanError
from .cells import read_value
from .layout import META_SHEET, SHEET_KINDS
from .ooxml import Workbook, column_letters, open_workbook

MAX_ROWS = 200_000  # far beyond any plan; a bigger sheet is not one we wrote


class Cell(NamedTuple):
    """A cell as read: where it is and what it holds (a tuple: a sheet has tens of thousands)."""

    ref: str  # A1-style, e.g. C12
    value: str | int | float | None
    formula: bool = False


@dataclass
class Row:
    """One row of a sheet: its number and its cells by header."""

    number: int
    cells: dict[str, Cell] = field(default_factory=dict)  # the cells that hold something
    letters: dict[str, str] = field(default_factory=dict)  # the sheet's header -> column letter

    def value(self, header: str) -> str | int | float | None:
        cell = self.cells.get(header)
        return cell.value if cell is not None else None

    def ref(self, header: str) -> str:
        """The place of the row's cell under `header` (A and the row when there is none)."""
        return f"{self.letters.get(header, 'A')}{self.number}"

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
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise HyteplanError(
            f"{name} is not an Excel workbook (.xlsx) that can be read",
            "save it as an Excel workbook (.xlsx) and import that file",
        ) from exc
    with archive:
        book = open_workbook(archive, name)
        if META_SHEET not in book.paths:
            raise HyteplanError(
                f"{name} was not exported by hyteplan: it has no '{META_SHEET}' sheet",
                "export a workbook with `hyteplan export xlsx`, edit it, and import that one",
            )
        return [_read_sheet(book, entry) for entry in _meta(book)]


def _meta(book: Workbook) -> list[tuple[str, str, str | None, str | None]]:
    out = []
    for number, cells in book.rows(META_SHEET):
        values = {c.column: c.value for c in cells}
        title, kind, file, org = (values.get(i) for i in range(1, 5))
        if number > 1 and isinstance(title, str) and kind in SHEET_KINDS:
            out.append((title, str(kind), _text(file), _text(org)))
    return out


def _text(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def _read_sheet(book: Workbook, entry: tuple[str, str, str | None, str | None]) -> ReadSheet:
    title, kind, file, org = entry
    if title not in book.paths:
        raise HyteplanError(
            f"the sheet '{title}' is missing from the workbook",
            "do not rename or delete the sheets of an exported workbook; export it again",
        )
    headers: list[str] = []
    letters: dict[str, str] = {}
    rows: list[Row] = []
    for number, cells in book.rows(title):
        if number > MAX_ROWS:
            raise HyteplanError(f"the sheet '{title}' has too many rows", "export it again")
        if number == 1:
            by_column = {c.column: c.value for c in cells}
            width = max(by_column, default=0)
            headers = [str(read_value(by_column.get(i)) or "").strip() for i in range(1, width + 1)]
            letters = {h: column_letters(i) for i, h in enumerate(headers, start=1) if h}
            continue
        row = Row(number, letters=letters)
        for raw in cells:
            header = headers[raw.column - 1] if raw.column <= len(headers) else ""
            value = read_value(raw.value)
            if header and (value is not None or raw.formula):
                row.cells[header] = Cell(f"{letters[header]}{number}", value, raw.formula)
        if row.cells:
            rows.append(row)
    return ReadSheet(title, kind, file, org, headers, rows)
