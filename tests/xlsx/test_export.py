"""The exported workbook, opened with openpyxl: its sheets, rows, drop-downs and protection."""

from __future__ import annotations

import zipfile
import io
from pathlib import Path

import pytest

from hyteplan.errors import HyteplanError
from hyteplan.load import load_workspace
from hyteplan.model import TARGET_GROUPS
from hyteplan.xlsx.export import export_workbook

from .book import column_of, libreoffice_round_trip, open_book, row_of
from .conftest import PLANS


def test_every_action_of_each_plan_is_on_its_sheet(exported: bytes) -> None:
    ws = load_workspace(PLANS)
    book = open_book(exported)
    for org, located in [(ws.region_id, ws.region_plan)] + list(ws.municipal_plans.items()):
        assert located is not None
        sheet = book[f"actions {org}"]
        ids = [c.value for c in sheet["A"][1:] if c.value]
        assert ids == [a.id for a in located.obj.actions], org


def test_joint_action_participants_are_checkmarks(exported: bytes) -> None:
    sheet = open_book(exported)["actions pshva"]
    row = row_of(sheet, "VA-2")  # participants: [varkaus, iisalmi, leppavirta]
    marks = {
        m: sheet.cell(row, column_of(sheet, f"participants: {m}")).value
        for m in ("kuopio", "varkaus", "siilinjarvi", "iisalmi", "leppavirta")
    }
    assert marks == {
        "kuopio": None,
        "varkaus": "x",
        "siilinjarvi": None,
        "iisalmi": "x",
        "leppavirta": "x",
    }


def test_texts_have_a_column_per_language(exported: bytes) -> None:
    sheet = open_book(exported)["actions pshva"]
    row = row_of(sheet, "VA-1")
    assert sheet.cell(row, column_of(sheet, "title (fi)")).value == (
        "Vanhempainillat yhdessä koulujen kanssa"
    )
    assert sheet.cell(row, column_of(sheet, "title (sv)")).value == (
        "Föräldramöten tillsammans med skolorna"
    )
    row = row_of(sheet, "VA-2")  # a plain string is the default language's
    assert sheet.cell(row, column_of(sheet, "title (fi)")).value == (
        "Perhekeskuksen kohtaamispaikat kuntiin"
    )
    assert sheet.cell(row, column_of(sheet, "title (sv)")).value is None


def _validation_list(book: object, sheet: object, header: str) -> list[str]:
    """The values of the drop-down of `header`, read from the range its formula names."""
    column = column_of(sheet, header)
    letter = sheet.cell(1, column).column_letter  # type: ignore[attr-defined]
    for validation in sheet.data_validations.dataValidation:  # type: ignore[attr-defined]
        if any(str(r).startswith(f"{letter}2:") for r in validation.sqref.ranges):
            assert validation.type == "list"
            target, cells = validation.formula1.split("!")
            first, last = cells.replace("$", "").split(":")
            return [c.value for row in book[target][first:last] for c in row]  # type: ignore[index]
    raise AssertionError(f"no drop-down on {header}")


def test_drop_downs_hold_the_workspace_lists(exported: bytes) -> None:
    ws = load_workspace(PLANS)
    book = open_book(exported)
    sheet = book["actions kuopio"]
    assert _validation_list(book, sheet, "responsible") == sorted(p.obj.id for p in ws.parties)
    assert _validation_list(book, sheet, "partners") == sorted(p.obj.id for p in ws.parties)
    assert _validation_list(book, sheet, "focus_area") == sorted({f.obj.id for f in ws.focus_areas})
    assert _validation_list(book, sheet, "goal") == sorted({g.obj.id for g in ws.goals})
    assert _validation_list(book, sheet, "target_groups") == list(TARGET_GROUPS)
    indicators = book["indicators"]
    assert _validation_list(book, indicators, "direction") == ["lower", "higher"]
    assert book["lists"].sheet_state == "hidden"


def test_header_frozen_filters_on_widths_set(exported: bytes) -> None:
    book = open_book(exported)
    for title in ("actions pshva", "actions iisalmi", "goals", "indicators", "parties"):
        sheet = book[title]
        assert sheet.freeze_panes == "B2", title
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}" + str(
            sheet.max_row
        ), title
        assert sheet.column_dimensions["A"].width > 8


def test_only_the_id_column_is_locked(exported: bytes) -> None:
    sheet = open_book(exported)["actions pshva"]
    assert sheet.protection.sheet is True
    assert sheet.protection.password is None  # no password: a coordinator can lift it
    assert sheet.protection.autoFilter is False and sheet.protection.sort is False
    row = row_of(sheet, "VA-1")
    assert sheet.cell(row, 1).protection.locked is True
    cells = [c for c in sheet[row][1:] if c.value is not None]
    assert cells and all(not c.protection.locked for c in cells)
    # only the ID is shaded: each column's style is its own (they once leaked into the next)
    assert sheet.cell(row, 1).fill.fgColor.rgb == "FFD9D9D9"
    assert [c.coordinate for c in cells if c.fill.fill_type is not None] == []
    letters = [sheet.cell(1, c).column_letter for c in range(1, sheet.max_column + 1)]
    assert sheet.column_dimensions["A"].protection.locked is True
    assert all(not sheet.column_dimensions[x].protection.locked for x in letters[1:])  # empty


def test_indicator_sheets_have_targets_and_values(exported: bytes) -> None:
    book = open_book(exported)
    indicators = book["indicators"]
    row = row_of(indicators, "sotkanet-3906")
    assert indicators.cell(row, column_of(indicators, "baseline")).value == 20.6
    assert indicators.cell(row, column_of(indicators, "target year")).value == 2029
    targets = book["indicator targets"]
    ws = load_workspace(PLANS)
    expected = {
        (org, t.indicator)
        for org, plan in [(ws.region_id, ws.region_plan)] + list(ws.municipal_plans.items())
        if plan is not None
        for t in plan.obj.indicator_targets
    }
    rows = {(r[0].value, r[1].value) for r in targets.iter_rows(min_row=2)}
    assert rows == expected and expected
    values = book["indicator values"]
    header = [c.value for c in values[1]]
    assert header[:2] == ["indicator", "organisation"] and header[2:] == sorted(header[2:])
    assert values.max_row > 1


def test_only_exports_the_named_plans() -> None:
    book = open_book(export_workbook(load_workspace(PLANS), ["kuopio"]))
    assert [t for t in book.sheetnames if t.startswith("actions")] == ["actions kuopio"]
    owners = {r[1].value for r in book["goals"].iter_rows(min_row=2)}
    assert owners <= {None, "kuopio"}
    with pytest.raises(HyteplanError):
        export_workbook(load_workspace(PLANS), ["nobody"])


def test_export_is_reproducible(exported: bytes) -> None:
    assert export_workbook(load_workspace(PLANS)) == exported
    with zipfile.ZipFile(io.BytesIO(exported)) as archive:
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert "2000-01-01T00:00:00Z" in core


def test_libreoffice_opens_the_workbook(exported: bytes, tmp_path: Path) -> None:
    """LibreOffice Calc converts it without complaint and keeps sheets, rows and drop-downs."""
    saved = open_book(libreoffice_round_trip(exported, tmp_path))
    original = open_book(exported)
    assert saved.sheetnames == original.sheetnames
    for title in ("actions pshva", "parties"):
        assert [c.value for c in saved[title]["A"]] == [c.value for c in original[title]["A"]]
    assert saved["actions pshva"].data_validations.dataValidation
    assert saved["actions pshva"].protection.sheet is True
    # (freeze panes are view settings, which a headless conversion does not keep)


def test_openpyxl_writes_through_lxml_in_every_install() -> None:
    """openpyxl's two XML writers give different bytes: lxml is a dependency of hyteplan
    itself (not of an extra), so every install writes the same workbook."""
    import importlib.metadata

    import openpyxl.xml

    runtime = [r for r in importlib.metadata.requires("hyteplan") or [] if "extra ==" not in r]
    assert any(r.replace(" ", "").startswith("lxml") for r in runtime)
    assert openpyxl.xml.LXML
