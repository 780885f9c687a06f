"""A cell read as its column's value: the forms people type are the same value as export's."""

from __future__ import annotations

import pytest

from hyteplan.xlsx.layout import Column
from hyteplan.xlsx.values import CellError, parse

RANGE = Column("schedule", ("schedule",), "range")
NUMBER = Column("baseline", ("baseline", "value"), "number")
WHOLE = Column("target year", ("target", "year"), "int")
REFS = Column("partners", ("partners",), "refs")
CHECK = Column("participants: a", ("participants",), "check", org="a")


@pytest.mark.parametrize("typed", ["2026–2029", "2026-2029", " 2026 — 2029 "])
def test_year_ranges_in_every_dash_are_one_value(typed: str) -> None:
    assert parse(RANGE, typed) == "2026–2029"


def test_numbers_with_a_decimal_comma_and_whole_numbers_from_floats() -> None:
    assert parse(NUMBER, "12,5") == parse(NUMBER, 12.5) == 12.5
    assert parse(WHOLE, 2029.0) == parse(WHOLE, "2029") == 2029


@pytest.mark.parametrize(
    ("column", "typed"), [(RANGE, "ensi vuonna"), (NUMBER, "paljon"), (WHOLE, "2029,5")]
)
def test_values_of_the_wrong_kind_are_refused(column: Column, typed: str) -> None:
    with pytest.raises(CellError):
        parse(column, typed)


def test_lists_split_on_commas_semicolons_and_lines_and_checkmarks_are_any_mark() -> None:
    assert parse(REFS, "a, b;c\nd,,") == ["a", "b", "c", "d"]
    assert parse(REFS, None) == []
    assert parse(CHECK, "x") is True and parse(CHECK, "✓") is True and parse(CHECK, None) is False
