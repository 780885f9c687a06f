from datetime import date

import pytest

from hyteplan.errors import HyteplanError
from hyteplan.numbers import (
    format_date,
    format_number,
    format_percent,
    format_value,
    format_year_range,
    infer_decimals,
    normalise_lang,
)

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "lang", "decimals", "expected"),
    [
        (12.1, "fi", None, "12,1"),
        (12.1, "sv", None, "12,1"),
        (12.1, "en", None, "12.1"),
        (12345.67, "fi", 1, f"12{NBSP}345,7"),
        (12345.67, "en", 1, "12,345.7"),
        (1234567, "sv", 0, f"1{NBSP}234{NBSP}567"),
        (999, "fi", 0, "999"),
        (-1.5, "fi", None, "\u22121,5"),
        (-1.5, "en", None, "-1.5"),
        (2.25, "fi", 1, "2,3"),  # half up, not Python's round-half-even on binary floats
        (0.125, "en", 2, "0.13"),
        (18.0, "fi", 1, "18,0"),
        (18.0, "fi", None, "18"),
        (0.30000000000000004, "fi", None, "0,3"),
        (-0.04, "fi", 1, "0,0"),  # no "−0,0"
    ],
)
def test_format_number(value: float, lang: str, decimals: int | None, expected: str) -> None:
    assert format_number(value, lang, decimals) == expected


def test_format_number_rejects_nan() -> None:
    with pytest.raises(ValueError, match="non-finite"):
        format_number(float("nan"), "fi")


def test_format_percent() -> None:
    assert format_percent(12.1, "fi") == f"12,1{NBSP}%"
    assert format_percent(12.1, "sv", 2) == f"12,10{NBSP}%"
    assert format_percent(12.1, "en") == "12.1%"


def test_format_value_by_unit() -> None:
    assert format_value(17.1, "%", "fi", 1) == f"17,1{NBSP}%"
    assert format_value(31.5, "/ 10 000", "fi") == f"31,5{NBSP}/ 10 000"
    assert format_value(2500, None, "fi", 0) == f"2{NBSP}500"
    assert format_value(2500, "", "en", 0) == "2,500"


def test_format_date() -> None:
    day = date(2025, 6, 1)
    assert format_date(day, "fi") == "1.6.2025"
    assert format_date(day, "sv") == "1.6.2025"
    assert format_date(day, "en") == "1 June 2025"
    assert format_date(date(2026, 12, 24), "en-GB") == "24 December 2026"


def test_format_year_range() -> None:
    assert format_year_range(2026, 2029) == "2026\u20132029"
    assert format_year_range(2026, 2026) == "2026"
    assert format_year_range(2026, None) == "2026\u2013"


def test_infer_decimals() -> None:
    assert infer_decimals([17.1, 18.0, 19]) == 1
    assert infer_decimals([1, 2]) == 0
    assert infer_decimals([0.123456]) == 2
    assert infer_decimals([]) == 0


def test_language_tags() -> None:
    assert normalise_lang("sv-FI") == "sv"
    assert normalise_lang("FI") == "fi"
    with pytest.raises(HyteplanError) as caught:
        normalise_lang("de")
    assert caught.value.message == "unsupported language 'de'"
    assert caught.value.hint == "use one of: fi, sv, en"
