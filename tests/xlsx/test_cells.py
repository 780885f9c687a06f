"""Hostile cell values are stored as text, never run, and read back as the same text."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from hyteplan.xlsx.cells import escape, read_value, set_text, unescape

from .book import libreoffice_round_trip, open_book, save_book

HOSTILE = [
    '=HYPERLINK("http://x","y")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "a\x01b\x1fc\x0bd",
    "literal _x0041_ stays",
    "x" * 20_000,
    "rivi 1\nrivi 2\ttab",
]


def _book_with(texts: list[str]) -> bytes:
    book = openpyxl.Workbook()
    for row, text in enumerate(texts, start=1):
        set_text(book.active.cell(row, 1), text)
    return save_book(book)


def test_hostile_texts_are_strings_and_read_back_the_same() -> None:
    book = open_book(_book_with(HOSTILE))
    for row, text in enumerate(HOSTILE, start=1):
        cell = book.active.cell(row, 1)
        assert cell.data_type == "s", text[:20]  # never "f": no formula to run
        assert read_value(cell.value) == text


def test_formula_like_texts_carry_the_quote_prefix() -> None:
    book = open_book(_book_with(HOSTILE[:5]))
    assert all(book.active.cell(r, 1).quotePrefix for r in range(1, 6))


def test_escape_is_reversible_and_leaves_no_illegal_character() -> None:
    for text in HOSTILE + ["\ufffe", "_x005F_"]:
        escaped = escape(text)
        assert not any(ord(ch) < 32 and ch not in "\t\n\r" for ch in escaped)
        assert unescape(escaped) == text


def test_hostile_texts_survive_libreoffice(tmp_path: Path) -> None:
    saved = open_book(libreoffice_round_trip(_book_with(HOSTILE), tmp_path))
    for row, text in enumerate(HOSTILE, start=1):
        cell = saved.active.cell(row, 1)
        assert cell.data_type == "s"
        assert read_value(cell.value) == text, repr(text[:30])


@pytest.mark.parametrize("value", [None, "", "   "])
def test_empty_cells_read_as_none(value: object) -> None:
    assert read_value(value) is None
