"""The status sheets (status/<year>.yaml) of the workbook, and new rows on goals and parties."""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

import yaml

from hyteplan.check import check
from hyteplan.diagnostics import Severity
from hyteplan.diff.report import render_json
from hyteplan.load import load_workspace
from hyteplan.model import ACTION_STATES
from hyteplan.xlsx.export import export_workbook
from hyteplan.xlsx.importer import import_workbook, write_changes

from .book import column_of, open_book, save_book, snapshot
from .conftest import PLANS

SHEET = "status 2026"
STATUS_FILE = "status/2026.yaml"


def _import(root: Path, book: Any) -> Any:
    result = import_workbook(save_book(book), "book.xlsx", root)
    write_changes(result)
    return result


def _errors(root: Path) -> int:
    return sum(d.severity is Severity.ERROR for d in check(load_workspace(root)))


def _changed_lines(before: bytes, after: bytes) -> list[str]:
    diff = difflib.unified_diff(
        before.decode().splitlines(), after.decode().splitlines(), n=0, lineterm=""
    )
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def _status_row(sheet: Any, org: str, action: str) -> int:
    org_col, action_col = column_of(sheet, "organisation"), column_of(sheet, "action")
    for row in range(2, sheet.max_row + 1):
        if (sheet.cell(row, org_col).value, sheet.cell(row, action_col).value) == (org, action):
            return row
    raise AssertionError(f"no row {org}/{action}")


def test_status_sheet_has_every_entry_of_the_year_and_a_drop_down_of_the_statuses() -> None:
    book = open_book(export_workbook(load_workspace(PLANS)))
    assert {"status 2026", "status 2027"} <= set(book.sheetnames)
    sheet = book[SHEET]
    written = yaml.safe_load((PLANS / STATUS_FILE).read_text(encoding="utf-8"))
    expected = {
        (org, e["action"], e["status"])
        for org, entries in written["organisations"].items()
        for e in entries
    }
    cols = [column_of(sheet, h) for h in ("organisation", "action", "status")]
    rows = {
        tuple(sheet.cell(r, c).value for c in cols)
        for r in range(2, sheet.max_row + 1)
        if sheet.cell(r, cols[2]).value is not None
        and not sheet.cell(r, cols[2]).protection.locked  # a participant's row shows the region's
    }
    assert rows == expected
    status_letter = sheet.cell(1, cols[2]).column_letter
    [validation] = [
        v for v in sheet.data_validations.dataValidation if status_letter in str(v.sqref)
    ]
    source, cells = validation.formula1.split("!")
    first, last = cells.replace("$", "").split(":")
    listed = [c.value for row in book[source][first:last] for c in row]
    assert listed == list(ACTION_STATES) and len(listed) == 5
    headers = ("action", "title", "status", "note (fi)")
    locked = {h: sheet.cell(2, column_of(sheet, h)).protection.locked for h in headers}
    assert locked == {"action": True, "title": True, "status": False, "note (fi)": False}


def test_a_status_cell_edit_changes_only_that_line(plans: Path) -> None:
    before = snapshot(plans)
    book = open_book(export_workbook(load_workspace(plans)))
    sheet = book[SHEET]
    sheet.cell(_status_row(sheet, "kuopio", "KUO-2"), column_of(sheet, "status")).value = "done"
    result = _import(plans, book)
    assert result.ok and set(result.changed) == {STATUS_FILE}
    after = (plans / STATUS_FILE).read_bytes()
    [old_line] = [line for line in _changed_lines(before[STATUS_FILE], after) if line[0] == "-"]
    assert _changed_lines(before[STATUS_FILE], after) == [old_line, "+      status: done"]
    assert old_line == "-      status: started"
    assert {k: v for k, v in snapshot(plans).items() if k != STATUS_FILE} == {
        k: v for k, v in before.items() if k != STATUS_FILE
    }
    [change] = json.loads(render_json(result.changes))["changes"]
    assert change["kind"] == "status" and "KUO-2" in change["id"]


def test_an_invalid_status_is_reported_at_its_cell_and_nothing_written(plans: Path) -> None:
    before = snapshot(plans)
    book = open_book(export_workbook(load_workspace(plans)))
    sheet = book[SHEET]
    good = sheet.cell(_status_row(sheet, "pshva", "VA-2"), column_of(sheet, "note (fi)"))
    good.value = "Valid edit on another row"
    cell = sheet.cell(_status_row(sheet, "kuopio", "KUO-2"), column_of(sheet, "status"))
    cell.value = "finished"
    result = _import(plans, book)
    assert [(p.sheet, p.cell, p.code) for p in result.problems] == [
        (SHEET, cell.coordinate, "X002")
    ]
    assert write_changes(result) == []
    assert snapshot(plans) == before


NEW_YEAR = """\
# a follow-up just begun
year: 2028

organisations:
  kuopio:
    - action: KUO-1
      status: started
"""


def _begin_2028(root: Path) -> Any:
    """A status file with one entry: the other rows of its sheet have no entry yet."""
    (root / "status" / "2028.yaml").write_text(NEW_YEAR, encoding="utf-8")
    book = open_book(export_workbook(load_workspace(root)))
    return book, book["status 2028"]


def test_rows_without_an_entry_append_one_under_their_organisation(plans: Path) -> None:
    book, sheet = _begin_2028(plans)
    errors_before = _errors(plans)
    joint = {a.obj.id for a in load_workspace(plans).joint_actions()}
    status_col, note_col = column_of(sheet, "status"), column_of(sheet, "note (fi)")
    kuopio = next(
        r
        for r in range(2, sheet.max_row + 1)
        if sheet.cell(r, 1).value == "kuopio"
        and sheet.cell(r, status_col).value is None
        and sheet.cell(r, 2).value not in joint  # its own action: a joint one is the region's
    )
    varkaus = next(
        r
        for r in range(2, sheet.max_row + 1)
        if sheet.cell(r, 1).value == "varkaus" and sheet.cell(r, 2).value not in joint
    )
    for row in (kuopio, varkaus):
        sheet.cell(row, status_col).value = "not_started"
    sheet.cell(kuopio, note_col).value = "Alkaa syksyllä."
    result = _import(plans, book)
    assert result.ok and set(result.changed) == {"status/2028.yaml"}
    text = (plans / "status" / "2028.yaml").read_text(encoding="utf-8")
    assert text.startswith(NEW_YEAR.rstrip("\n"))  # the entry and comment as they were
    entries = {(e.org, e.obj.action): e.obj for e in load_workspace(plans).statuses_in(2028)}
    new_kuopio = entries[("kuopio", sheet.cell(kuopio, 2).value)]
    assert (new_kuopio.status, new_kuopio.note) == ("not_started", "Alkaa syksyllä.")
    assert entries[("varkaus", sheet.cell(varkaus, 2).value)].status == "not_started"
    assert len(entries) == 3
    assert _errors(plans) <= errors_before


def test_a_note_without_a_status_on_a_new_row_is_reported(plans: Path) -> None:
    book, sheet = _begin_2028(plans)
    before = snapshot(plans)
    status_col = column_of(sheet, "status")
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, status_col).value is None)
    sheet.cell(row, column_of(sheet, "note (fi)")).value = "Ei tilaa"
    result = _import(plans, book)
    assert [(p.cell, p.code) for p in result.problems] == [
        (sheet.cell(row, status_col).coordinate, "X004")
    ]
    assert write_changes(result) == [] and snapshot(plans) == before


def test_a_row_for_an_action_of_another_organisation_is_reported(plans: Path) -> None:
    book, sheet = _begin_2028(plans)
    row = sheet.max_row + 1
    for header, value in {"organisation": "varkaus", "action": "KUO-2", "status": "done"}.items():
        sheet.cell(row, column_of(sheet, header)).value = value
    result = _import(plans, book)
    assert [(p.cell, p.code) for p in result.problems] == [(f"B{row}", "X003")]
    assert result.changed == {}


def test_each_participant_has_a_row_of_a_joint_action_with_its_own_note(plans: Path) -> None:
    book = open_book(export_workbook(load_workspace(plans)))
    sheet = book[SHEET]
    row = _status_row(sheet, "kuopio", "VA-1")
    cells = {
        h: sheet.cell(row, column_of(sheet, h)) for h in ("status", "note (fi)", "reason (fi)")
    }
    assert cells["status"].value == "started"  # the region's status, shown for reading
    assert cells["note (fi)"].value.startswith("Kuopiossa mukana kuusi koulua")
    locked = {h: c.protection.locked for h, c in cells.items()}
    assert locked == {"status": True, "note (fi)": False, "reason (fi)": True}
    # the whole row is locked and shaded by its row style (its empty cells have no style of
    # their own), but for the note, written as a cell of its own even when empty
    style = sheet.row_dimensions[row]
    assert style.protection.locked and style.fill.fgColor.rgb == "FFD9D9D9"
    empty = sheet.cell(_status_row(sheet, "varkaus", "VA-2"), column_of(sheet, "note (fi)"))
    assert empty.value is None and empty.has_style and not empty.protection.locked
    own = _status_row(sheet, "kuopio", "KUO-2")
    assert not sheet.row_dimensions[own].customFormat  # an own row: no row style
    only = open_book(export_workbook(load_workspace(plans), ["kuopio"]))[SHEET]
    assert only.cell(_status_row(only, "kuopio", "VA-1"), column_of(only, "note (fi)")).value


def test_a_participant_note_edit_changes_its_line_and_a_new_one_is_added(plans: Path) -> None:
    before = snapshot(plans)
    book = open_book(export_workbook(load_workspace(plans)))
    sheet, notes = book[SHEET], column_of(book[SHEET], "note (fi)")
    sheet.cell(_status_row(sheet, "kuopio", "VA-1"), notes).value = "Seitsemän koulua."
    sheet.cell(_status_row(sheet, "varkaus", "VA-2"), notes).value = "Avattiin keväällä."
    later = book["status 2027"]  # MT-1 has no participant_notes in 2027: the mapping is made
    later.cell(_status_row(later, "kuopio", "MT-1"), column_of(later, "note (fi)")).value = "Uusi."
    result = _import(plans, book)
    assert result.ok and set(result.changed) == {STATUS_FILE, "status/2027.yaml"}
    assert _changed_lines(before[STATUS_FILE], (plans / STATUS_FILE).read_bytes()) == [
        "-        kuopio: Kuopiossa mukana kuusi koulua; osallistujia keskimäärin 40 iltaa kohden.",
        "+        kuopio: Seitsemän koulua.",
        "+        varkaus: Avattiin keväällä.",
    ]
    entries = {(e.org, e.obj.action): e.obj for e in load_workspace(plans).statuses_in(2027)}
    assert entries[("pshva", "MT-1")].participant_notes == {"kuopio": "Uusi."}
    assert _errors(plans) == 0


def test_a_participant_cannot_change_the_region_s_status_or_note_a_missing_entry(
    plans: Path,
) -> None:
    book = open_book(export_workbook(load_workspace(plans)))
    sheet = book[SHEET]
    status = sheet.cell(_status_row(sheet, "kuopio", "VA-1"), column_of(sheet, "status"))
    status.value = "done"
    result = _import(plans, book)
    assert [(p.cell, p.code) for p in result.problems] == [(status.coordinate, "X008")]
    book, sheet = _begin_2028(plans)  # the region has written no status for 2028
    note = sheet.cell(_status_row(sheet, "kuopio", "VA-1"), column_of(sheet, "note (fi)"))
    note.value = "Huomio"
    result = _import(plans, book)
    assert [(p.cell, p.code) for p in result.problems] == [(note.coordinate, "X009")]
    assert result.changed == {}


def test_new_goal_and_party_rows_get_the_next_free_id_and_are_written(plans: Path) -> None:
    errors_before = _errors(plans)
    book = open_book(export_workbook(load_workspace(plans)))
    goals = book["goals"]
    row = goals.max_row + 1
    goals.cell(row, column_of(goals, "focus_area")).value = "elintavat"
    goals.cell(row, column_of(goals, "title (fi)")).value = "Liikkuvat eläkeläiset"
    goals.cell(row, column_of(goals, "target_groups")).value = "ikaantyneet"
    parties = book["parties"]
    row = parties.max_row + 1
    parties.cell(row, column_of(parties, "name (fi)")).value = "Kuopion Latu ry"
    parties.cell(row, column_of(parties, "kind")).value = "organisation"
    result = _import(plans, book)
    assert result.ok and len(result.new_ids) == 2
    goal_id, party_id = result.new_ids
    ws = load_workspace(plans)
    assert goal_id not in {g.obj.id for g in load_workspace(PLANS).goals}
    assert party_id not in {p.obj.id for p in load_workspace(PLANS).parties}
    [goal] = [g for g in ws.goals if g.obj.id == goal_id]
    assert (goal.loc.file, goal.parent, goal.obj.title) == (
        "focus-areas.yaml",
        "elintavat",
        "Liikkuvat eläkeläiset",
    )
    assert goal.obj.target_groups == ["ikaantyneet"]
    [party] = [p for p in ws.parties if p.obj.id == party_id]
    assert (party.loc.file, party.obj.name) == ("parties.yaml", "Kuopion Latu ry")
    assert _errors(plans) <= errors_before


def test_a_workbook_of_one_municipality_cannot_reach_another_organisation_s_rows(
    plans: Path,
) -> None:
    """Its organisation is part of a status or target row's key: changed to the region's,
    a kuopio row would edit the region's entry, which was never in kuopio's workbook."""
    before = snapshot(plans)
    book = open_book(export_workbook(load_workspace(plans), ["kuopio"]))
    sheet = book[SHEET]
    org = sheet.cell(_status_row(sheet, "kuopio", "VA-1"), column_of(sheet, "organisation"))
    org.value = "pshva"
    targets = book["indicator targets"]
    plan = targets.cell(2, column_of(targets, "plan"))
    assert plan.value == "kuopio"
    plan.value = "varkaus"
    result = _import(plans, book)
    assert sorted((p.sheet, p.cell, p.code) for p in result.problems) == [
        ("indicator targets", plan.coordinate, "X010"),
        (SHEET, org.coordinate, "X010"),
    ]
    assert snapshot(plans) == before


STRAY = "  kuopio:\n    - action: VA-1\n      status: done\n"


def test_a_municipality_s_own_entry_for_a_joint_action_is_its_row_as_written(
    plans: Path,
) -> None:
    """An entry a municipality wrote for a joint action (an error validate reports) is shown
    as written, not beside a participant's row: an untouched workbook imports as before."""
    path = plans / STATUS_FILE
    text = path.read_text(encoding="utf-8")
    assert "\n  kuopio:\n" in text
    path.write_text(text.replace("\n  kuopio:\n", "\n" + STRAY, 1), encoding="utf-8")
    book = open_book(export_workbook(load_workspace(plans)))
    sheet = book[SHEET]
    rows = [
        r
        for r in range(2, sheet.max_row + 1)
        if (sheet.cell(r, 1).value, sheet.cell(r, 2).value) == ("kuopio", "VA-1")
    ]
    assert len(rows) == 1
    assert sheet.cell(rows[0], column_of(sheet, "status")).value == "done"
    result = _import(plans, book)
    assert result.problems == [] and result.changed == {}
