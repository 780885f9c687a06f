"""Importing a workbook: no edit changes no byte; an edit changes only its lines; bad cells stop it."""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

import pytest

from hyteplan.check import check
from hyteplan.diagnostics import Severity
from hyteplan.diff.report import render_json
from hyteplan.load import load_workspace
from hyteplan.xlsx.cells import set_text
from hyteplan.xlsx.export import export_workbook
from hyteplan.xlsx.importer import import_workbook, write_changes

from .conftest import PLANS
from .book import column_of, libreoffice_round_trip, open_book, row_of, save_book, snapshot


def _import(root: Path, book: Any, write: bool = True) -> Any:
    result = import_workbook(save_book(book), "book.xlsx", root)
    if write:
        write_changes(result)
    return result


def _changed_lines(before: bytes, after: bytes) -> list[str]:
    diff = difflib.unified_diff(
        before.decode().splitlines(), after.decode().splitlines(), n=0, lineterm=""
    )
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def _errors(root: Path) -> int:
    return sum(d.severity is Severity.ERROR for d in check(load_workspace(root)))


def test_round_trip_without_edits_changes_no_byte(plans: Path) -> None:
    before = snapshot(plans)
    result = import_workbook(export_workbook(load_workspace(plans)), "book.xlsx", plans)
    assert result.ok and result.changed == {} and result.changes is None
    write_changes(result)
    assert snapshot(plans) == before


def test_round_trip_through_libreoffice_changes_no_byte(plans: Path, tmp_path: Path) -> None:
    before = snapshot(plans)
    saved = libreoffice_round_trip(export_workbook(load_workspace(plans)), tmp_path)
    result = import_workbook(saved, "book.xlsx", plans)
    assert result.ok and result.changed == {}
    assert snapshot(plans) == before


def test_one_cell_edit_changes_only_its_line(plans: Path) -> None:
    before = snapshot(plans)
    book = open_book(export_workbook(load_workspace(plans)))
    sheet = book["actions pshva"]
    sheet.cell(row_of(sheet, "VA-1"), column_of(sheet, "title (sv)")).value = "Nya föräldramöten"
    result = _import(plans, book)
    assert set(result.changed) == {"region.yaml"}
    assert _changed_lines(before["region.yaml"], (plans / "region.yaml").read_bytes()) == [
        "-      sv: Föräldramöten tillsammans med skolorna",
        "+      sv: Nya föräldramöten",
    ]
    assert {k: v for k, v in snapshot(plans).items() if k != "region.yaml"} == {
        k: v for k, v in before.items() if k != "region.yaml"
    }
    [change] = [c for c in json.loads(render_json(result.changes))["changes"]]
    assert change["id"] == "VA-1"


def test_checkmarks_edit_the_participants(plans: Path) -> None:
    book = open_book(export_workbook(load_workspace(plans)))
    sheet = book["actions pshva"]
    # RI-3: VA-2's participants are named in their plans and status notes (J003, F008)
    row = row_of(sheet, "RI-3")
    sheet.cell(row, column_of(sheet, "participants: kuopio")).value = "x"
    sheet.cell(row, column_of(sheet, "participants: leppavirta")).value = None
    _import(plans, book)
    [ri3] = [a for a in load_workspace(plans).actions if a.obj.id == "RI-3"]
    assert ri3.obj.participants == ["varkaus", "iisalmi", "kuopio"]  # type: ignore[attr-defined]


def test_removing_a_participant_with_status_notes_is_refused(plans: Path) -> None:
    # leppavirta wrote notes on VA-2 in status/2026.yaml and 2027.yaml: F008 after the edit
    before = snapshot(plans)
    book = open_book(export_workbook(load_workspace(plans)))
    sheet = book["actions pshva"]
    sheet.cell(row_of(sheet, "VA-2"), column_of(sheet, "participants: leppavirta")).value = None
    result = _import(plans, book)
    assert ("F008", "status/2026.yaml") in {(d.code, d.file) for d in result.new_errors}
    assert snapshot(plans) == before


def test_row_without_id_is_a_new_action_with_the_next_free_id(plans: Path) -> None:
    errors_before = _errors(plans)
    book = open_book(export_workbook(load_workspace(plans)))
    sheet = book["actions iisalmi"]
    row = sheet.max_row + 1
    for header, value in {
        "title (fi)": "Kävelykoulu",
        "focus_area": "elintavat",
        "responsible": "iisalmi-vapaa-aika",
        "schedule": "2027-2028",
        "target_groups": "ikaantyneet, tyoikaiset",
    }.items():
        sheet.cell(row, column_of(sheet, header)).value = value
    existing = [a.obj.id for a in load_workspace(PLANS).actions]
    result = _import(plans, book)
    assert result.new_ids == ["IIS-" + str(max(_numbers(existing, "IIS-")) + 1)]
    [new] = [a for a in load_workspace(plans).actions if a.obj.id == result.new_ids[0]]
    assert new.loc.file == "municipalities/iisalmi.yaml"
    assert new.obj.target_groups == ["ikaantyneet", "tyoikaiset"]
    assert (new.obj.schedule.start, new.obj.schedule.end) == (2027, 2028)  # type: ignore[union-attr]
    assert _errors(plans) <= errors_before


def _numbers(ids: list[str], prefix: str) -> list[int]:
    return [
        int(i[len(prefix) :]) for i in ids if i.startswith(prefix) and i[len(prefix) :].isdigit()
    ]


def test_hostile_text_is_written_as_text(plans: Path) -> None:
    book = open_book(export_workbook(load_workspace(plans)))
    sheet = book["actions kuopio"]
    row = sheet.max_row  # an existing action
    cell = sheet.cell(row, column_of(sheet, "resources (fi)"))
    hostile = "=cmd|' /C calc'!A0 " + "x" * 19_000
    set_text(cell, hostile)
    object_id = sheet.cell(row, 1).value
    _import(plans, book)
    [action] = [a for a in load_workspace(plans).actions if a.obj.id == object_id]
    assert action.obj.resources == hostile


@pytest.mark.parametrize(
    ("sheet_title", "object_id", "header", "value", "code"),
    [
        ("actions pshva", "VA-1", "schedule", "ensi vuonna", "X002"),
        ("actions pshva", "VA-1", "responsible", "pshva-tuntematon", "X003"),
        ("actions pshva", "VA-2", "title (fi)", None, "X004"),
        ("actions pshva", "VA-1", "target_groups", "lapset, marsilaiset", "X002"),
        ("indicators", "sotkanet-3906", "decimals", "kaksi", "X002"),
        ("goals", "vanhemmuus-lapsiperheet", "plan", "kuopio", "X007"),
    ],
)
def test_invalid_cell_is_reported_at_its_place_and_nothing_written(
    plans: Path, sheet_title: str, object_id: str, header: str, value: object, code: str
) -> None:
    before = snapshot(plans)
    book = open_book(export_workbook(load_workspace(plans)))
    sheet = book[sheet_title]
    row, column = row_of(sheet, object_id), column_of(sheet, header)
    sheet.cell(row, column).value = value
    result = _import(plans, book)
    places = [(p.sheet, p.cell, p.code) for p in result.problems]
    assert (sheet_title, sheet.cell(row, column).coordinate, code) in places
    assert write_changes(result) == []
    assert snapshot(plans) == before


def test_unknown_id_duplicate_id_and_formula_are_reported(plans: Path) -> None:
    book = open_book(export_workbook(load_workspace(plans)))
    sheet = book["actions kuopio"]
    first = sheet.cell(2, 1).value
    row = sheet.max_row + 1
    sheet.cell(row, 1).value = "EI-OLE-1"
    sheet.cell(row, 2).value = "x"
    sheet.cell(row + 1, 1).value = first
    sheet.cell(row + 1, 2).value = "y"
    sheet.cell(3, column_of(sheet, "title (fi)")).value = "=1+1"  # typed as a formula
    result = _import(plans, book)
    codes = {(p.cell, p.code) for p in result.problems}
    assert (f"A{row}", "X001") in codes
    assert (f"A{row + 1}", "X006") in codes
    assert ("B3", "X005") in codes


def test_an_edit_that_breaks_the_workspace_is_refused(plans: Path) -> None:
    """A goal that exists is a valid cell, but a goal of another focus area is an error of the
    workspace (R005): when validate finds a new error, nothing is written."""
    before = snapshot(plans)
    book = open_book(export_workbook(load_workspace(plans)))
    sheet = book["actions pshva"]
    row = row_of(sheet, "VA-1")  # focus area vanhemmuus
    sheet.cell(row, column_of(sheet, "goal")).value = "elintavat-tyoikaiset"
    result = _import(plans, book)
    assert result.problems == []
    assert [(d.code, d.file) for d in result.new_errors] == [("R005", "region.yaml")]
    assert write_changes(result) == []
    assert snapshot(plans) == before


def test_round_trip_of_a_generated_workspace_changes_no_byte(tmp_path: Path) -> None:
    import importlib.util
    import sys

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "generate.py"
    spec = importlib.util.spec_from_file_location("bench_generate_xlsx", path)
    assert spec is not None and spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = generate
    spec.loader.exec_module(generate)
    [root] = generate.write(generate.tiny(), tmp_path)
    before = snapshot(root)
    result = import_workbook(export_workbook(load_workspace(root)), "book.xlsx", root)
    assert result.ok and result.changed == {}
    book = open_book(export_workbook(load_workspace(root)))
    sheet = book[next(t for t in book.sheetnames if t.startswith("actions "))]
    sheet.cell(2, column_of(sheet, "schedule")).value = "2028–2029"
    result = _import(root, book)
    assert len(result.changed) == 1
    [name] = result.changed
    after = snapshot(root)
    assert [k for k in after if after[k] != before[k]] == [name]
    assert len(_changed_lines(before[name], after[name])) == 2
