"""The workbook of a workspace: actions of each plan, goals, indicators, targets, values, parties.

The bytes are reproducible: fixed document dates and fixed times in the zip, so exporting the
same workspace twice gives the same file (and a workbook in git shows no change that is none).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from copy import copy
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from ..model import ACTION_STATES, TARGET_GROUPS, Indicator, Party
from ..workspace import Workspace
from .cells import set_value
from .layout import LISTS_SHEET, META_SHEET, VALUES_SHEET, Column
from .sheets import (
    ParticipantRow,
    Sheet,
    build_sheets,
    cell_value,
    check_only,
    is_fixed,
    plans,
)

FIXED_TIME = dt.datetime(2000, 1, 1)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
LAST_ROW = 1048576  # drop-downs and unlocked cells reach every row, also new ones
FORMAT_VERSION = "1"
READ_ONLY = ("id", "context")  # locked and shaded: the ID and a status row's action title

_READ_ONLY_CELL = Column("", (), "context")  # the style of a cell shown for reading only

# The looks of the cells (import reads values only, so these live here, not in cells.py).
UNLOCKED = Protection(locked=False)
LOCKED = Protection(locked=True)
ID_FILL = PatternFill("solid", fgColor="FFD9D9D9")
HEADER_FILL = PatternFill("solid", fgColor="FFDDEBF7")
HEADER_FONT = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")


def export_workbook(ws: Workspace, only: list[str] | None = None) -> bytes:
    """The workbook of `ws` (or of the plans `only` names) as .xlsx bytes."""
    chosen = check_only(ws, only or [])
    sheets = build_sheets(ws, chosen)
    book = Workbook()
    book.remove(book.active)
    lists = _lists(ws)
    default_lang = ws.default_language
    for sheet in sheets:
        _write_sheet(book, sheet, lists, default_lang)
    _write_values(book, ws, chosen)
    _write_lists(book, lists)
    _write_meta(book, sheets)
    return _save(book)


def _lists(ws: Workspace) -> dict[str, list[str]]:
    """The drop-down lists, each a column of the hidden lists sheet."""
    orgs = [org for org, _, _ in plans(ws)]
    if ws.config is not None:
        orgs = [ws.config.region.id] + [m.id for m in ws.config.municipalities]
    direction = Indicator.model_fields["direction"].annotation
    kind = Party.model_fields["kind"].annotation
    return {
        "parties": sorted({p.obj.id for p in ws.parties}),
        "focus_areas": sorted({f.obj.id for f in ws.focus_areas}),
        "goals": sorted({g.obj.id for g in ws.goals}),
        "indicators": sorted({i.obj.id for i in ws.indicators}),
        "target_groups": list(TARGET_GROUPS),
        "directions": list(getattr(direction, "__args__", ())),
        "party_kinds": list(getattr(kind, "__args__", ())),
        "organisations": list(dict.fromkeys(orgs)),
        "statuses": list(ACTION_STATES),
    }


def _write_sheet(
    book: Workbook, sheet: Sheet, lists: dict[str, list[str]], default_lang: str
) -> None:
    out = book.create_sheet(sheet.title)
    _header(out, sheet.columns)
    styles = _column_styles(out, sheet.columns)
    fixed = _column_styles(out, [_READ_ONLY_CELL])[0]
    for row, located in enumerate(sheet.rows, start=2):
        _write_row(out, row, located, sheet.columns, styles, fixed, default_lang)
    for col, column in enumerate(sheet.columns, start=1):
        letter = get_column_letter(col)
        dimension = out.column_dimensions[letter]
        dimension.width = column.width
        dimension.protection = LOCKED if column.kind in READ_ONLY else UNLOCKED
        if column.choices and lists.get(column.choices):
            _drop_down(out, letter, column, lists)
    last = get_column_letter(len(sheet.columns))
    out.freeze_panes = "B2"
    out.auto_filter.ref = f"A1:{last}{max(len(sheet.rows) + 1, 2)}"
    _protect(out)


def _write_row(
    out: Any, row: int, located: Any, columns: list[Column], styles: list[Any], fixed: Any,
    default_lang: str,
) -> None:  # fmt: skip
    """One row's cells. A municipality's row of a joint action is locked and shaded as a
    whole, by a row style (its empty cells need no cell of their own), but for its note."""
    participant = isinstance(located, ParticipantRow)
    if participant:
        out.row_dimensions[row].fill = ID_FILL
        out.row_dimensions[row].protection = LOCKED
    for col, column in enumerate(columns, start=1):
        value = cell_value(column, located, default_lang)
        locked = participant and is_fixed(located, column)
        if value is None and (locked or not participant):
            continue  # an empty cell takes its row's style, or else its column's
        cell = out.cell(row=row, column=col)
        set_value(cell, value)
        if cell.quotePrefix:  # quotePrefix made the cell a style of its own
            _style(cell, _READ_ONLY_CELL if locked else column)
        else:
            cell._style = fixed if locked else styles[col - 1]  # shared, never changed later


def _column_styles(out: Any, columns: list[Column]) -> list[Any]:
    """Each column's cell style, made once: openpyxl's per-cell styling costs seconds."""
    styles = []
    for column in columns:
        probe = out.cell(row=LAST_ROW, column=1)  # a new cell for each: styles never mix
        _style(probe, column)
        styles.append(copy(probe._style))
        del out._cells[(LAST_ROW, 1)]
    return styles


def _header(out: Any, columns: list[Column]) -> None:
    for col, column in enumerate(columns, start=1):
        cell = out.cell(row=1, column=col)
        set_value(cell, column.header)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.protection = LOCKED
        cell.alignment = WRAP


def _style(cell: Any, column: Column) -> None:
    if column.kind in READ_ONLY:
        cell.fill = ID_FILL
        cell.protection = LOCKED
        cell.alignment = TOP
    else:
        cell.protection = UNLOCKED
        cell.alignment = WRAP if column.kind == "text" else TOP


def _drop_down(out: Any, letter: str, column: Column, lists: dict[str, list[str]]) -> None:
    """A list validation from the lists sheet; a comma list (refs) may hold several, so warn."""
    names = list(lists)
    index = names.index(column.choices or "") + 1
    source = get_column_letter(index)
    count = len(lists[column.choices or ""])
    validation = DataValidation(
        type="list",
        formula1=f"{LISTS_SHEET}!${source}$2:${source}${count + 1}",
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop" if column.kind == "choice" else "warning",
    )
    validation.add(f"{letter}2:{letter}{LAST_ROW}")
    out.add_data_validation(validation)


def _protect(out: Any) -> None:
    """Only the ID column (and the header) locked: no password, sorting and filtering allowed."""
    protection = out.protection
    protection.sheet = True
    for name in ("sort", "autoFilter", "insertRows", "deleteRows", "formatColumns"):
        setattr(protection, name, False)
    for name in ("formatCells", "formatRows", "insertColumns", "deleteColumns"):
        setattr(protection, name, False)


def _write_values(book: Workbook, ws: Workspace, only: set[str] | None) -> None:
    """Indicator values by year from data/, for reading: import does not read this sheet."""
    from ..indicator_data import IndicatorValues, indicator_key

    values = ws.indicator_values
    out = book.create_sheet(VALUES_SHEET)
    codes = _region_codes(ws, only)
    rows: list[tuple[str, str, dict[int, float]]] = []
    if isinstance(values, IndicatorValues):
        for located in ws.indicators:
            key = indicator_key(located.obj)
            for org, code in codes:
                series = values.series(key, code)
                if series:
                    rows.append((located.obj.id, org, dict(series)))
    years = sorted({year for _, _, by_year in rows for year in by_year})
    columns = [Column("indicator", (), "str", width=24), Column("organisation", (), "str")]
    columns += [Column(str(year), (), "number", width=8) for year in years]
    _header(out, columns)
    for row, (indicator, org, by_year) in enumerate(rows, start=2):
        out.cell(row=row, column=1, value=indicator)
        out.cell(row=row, column=2, value=org)
        for col, year in enumerate(years, start=3):
            set_value(out.cell(row=row, column=col), by_year.get(year))
    for col, column in enumerate(columns, start=1):
        out.column_dimensions[get_column_letter(col)].width = column.width
    out.freeze_panes = "C2"
    out.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(len(rows) + 1, 2)}"


def _region_codes(ws: Workspace, only: set[str] | None) -> list[tuple[str, int]]:
    """(organisation, Sotkanet region code): the region's Sotkanet ID, municipality numbers."""
    if ws.config is None:
        return []
    out: list[tuple[str, int]] = []
    region = ws.config.region
    if region.sotkanet_id is not None and (only is None or region.id in only):
        out.append((region.id, region.sotkanet_id))
    for m in ws.config.municipalities:
        if only is None or m.id in only:
            out.append((m.id, m.code))
    return out


def _write_lists(book: Workbook, lists: dict[str, list[str]]) -> None:
    out = book.create_sheet(LISTS_SHEET)
    for col, (name, items) in enumerate(lists.items(), start=1):
        set_value(out.cell(row=1, column=col), name)
        for row, item in enumerate(items, start=2):
            set_value(out.cell(row=row, column=col), item)
    out.sheet_state = "hidden"


def _write_meta(book: Workbook, sheets: list[Sheet]) -> None:
    """What each sheet is and which file it edits: import reads this, not the sheet titles."""
    out = book.create_sheet(META_SHEET)
    out.append(["sheet", "kind", "file", "organisation", "format"])
    for sheet in sheets:
        out.append([sheet.title, sheet.kind, sheet.file, sheet.org, FORMAT_VERSION])
    out.sheet_state = "hidden"
    out.protection.sheet = True


def _save(book: Workbook) -> bytes:
    """The .xlsx bytes with fixed dates, so the same workspace gives the same file."""
    book.properties.creator = "hyteplan"
    book.properties.created = FIXED_TIME
    book.properties.modified = FIXED_TIME
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).write_data()
    fixed = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(raw.getvalue())) as source,
        zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info.filename))
    return fixed.getvalue()
