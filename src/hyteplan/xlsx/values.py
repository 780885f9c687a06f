"""A cell's value as the YAML value its column stands for, or the reason it is not one.

The same reading is applied to what export wrote (the current value) and to what the cell holds
now, and only a difference between the two is an edit: 2026-2029 and 2026–2029, 12,5 and 12.5,
" text " and "text" are the same value and never rewrite a line.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import RANGE_PATTERN
from .layout import Column

_RANGE = re.compile(RANGE_PATTERN)
_SPLIT = re.compile(r"[,;\n]")
RANGE_DASH = "–"


class CellError(ValueError):
    """A cell that cannot be read as its column's kind; its argument is a key of
    problems.REASONS (the words in English and Finnish)."""


def _plain(value: Any) -> str | None:
    """Text of a cell; a whole number read as 297.0 is 297."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).replace("\r\n", "\n").strip()
    return text or None


def parse(column: Column, value: Any) -> Any:
    """The value a cell stands for; CellError when it cannot stand for one."""
    kind = column.kind
    if kind == "check":
        return _plain(value) is not None
    if kind == "refs":
        text = _plain(value)
        return [p.strip() for p in _SPLIT.split(text) if p.strip()] if text else []
    if kind == "range":
        return _range(value)
    if kind == "int":
        return _int(value)
    if kind == "number":
        return _number(value)
    return _plain(value)


def _range(value: Any) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, (int, float)) and float(value).is_integer():
        return f"{int(value)}{RANGE_DASH}{int(value)}"
    match = _RANGE.match(str(value))
    if not match:
        raise CellError("range")
    return f"{match.group(1)}{RANGE_DASH}{match.group(2)}"


def _int(value: Any) -> int | None:
    text = _plain(value)
    if text is None:
        return None
    if isinstance(value, bool) or not re.fullmatch(r"-?\d{1,9}", text):
        raise CellError("int")
    return int(text)


def _number(value: Any) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = _plain(value)
    if text is None:
        return None
    if not re.fullmatch(r"-?\d{1,15}([.,]\d{1,15})?", text):
        raise CellError("number")
    return float(text.replace(",", "."))
