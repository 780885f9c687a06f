"""Reading a workbook back: only workbooks hyteplan wrote, every cell with its place."""

from __future__ import annotations

import pytest

from hyteplan.errors import HyteplanError
from hyteplan.xlsx.read import read_workbook

from .book import open_book, save_book


def test_rows_keep_their_cell_places(exported: bytes) -> None:
    sheets = {s.title: s for s in read_workbook(exported, "book.xlsx")}
    assert set(sheets) >= {"actions pshva", "goals", "indicators", "indicator targets", "parties"}
    actions = sheets["actions pshva"]
    assert actions.kind == "actions" and actions.file == "region.yaml" and actions.org == "pshva"
    first = actions.rows[0]
    assert first.number == 2 and first.cells["id"].ref == "A2" and first.cells["id"].value == "VA-1"
    assert first.ref("schedule") == "K2"


def test_a_typed_formula_is_flagged_not_evaluated(exported: bytes) -> None:
    book = open_book(exported)
    book["parties"]["B2"] = '=HYPERLINK("http://x","y")'
    [parties] = [s for s in read_workbook(save_book(book), "b.xlsx") if s.title == "parties"]
    cell = parties.rows[0].cells["name (fi)"]
    assert cell.formula and cell.ref == "B2"


def test_a_workbook_hyteplan_did_not_write_is_refused(exported: bytes) -> None:
    book = open_book(exported)
    del book["hyteplan"]
    with pytest.raises(HyteplanError):
        read_workbook(save_book(book), "b.xlsx")
    book = open_book(exported)
    book["actions kuopio"].title = "Kuopio"
    with pytest.raises(HyteplanError):
        read_workbook(save_book(book), "b.xlsx")
    with pytest.raises(HyteplanError):
        read_workbook(b"PK\x03\x04 broken", "b.xlsx")
