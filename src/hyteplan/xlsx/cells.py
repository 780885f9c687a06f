"""Text in cells, safely: never a formula, never a character XML cannot hold.

OOXML writes characters that XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) as `_xHHHH_`,
and Excel and LibreOffice read them so; openpyxl neither writes nor reads that form, so we do
both here. A text that already contains `_xHHHH_` has its underscore escaped (`_x005F_`), as
the standard says, so every text reads back as written (see `unescape` for LibreOffice).
"""

from __future__ import annotations

import re
from typing import Any

# Characters XML 1.0 cannot hold (tab, LF and CR it can).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ESCAPED = re.compile("_x([0-9A-Fa-f]{4})_")
_WRITE = re.compile("_(?=x[0-9A-Fa-f]{4}_)|[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
FORMULA_STARTS = ("=", "+", "-", "@")


def escape(text: str) -> str:
    """`text` as a cell string: forbidden characters and `_x` sequences in OOXML's escape."""
    return _WRITE.sub(lambda m: f"_x{ord(m.group(0)):04X}_", text)


def unescape(text: str) -> str:
    """The text a cell string stands for (the inverse of `escape`).

    Only escapes `escape` makes are read: `_x005F_` and characters XML cannot hold. LibreOffice
    saves a text `_x0041_` as written, without escaping its underscore, so that stays as it is.
    """
    if "_x" not in text:
        return text
    return _ESCAPED.sub(_unescape_one, text)


def _unescape_one(match: re.Match[str]) -> str:
    char = chr(int(match.group(1), 16))
    return char if char == "_" or _ILLEGAL.match(char) else match.group(0)


def set_text(cell: Any, text: str) -> None:
    """Store `text` in `cell` as a string, even when it starts like a formula."""
    # Set directly: openpyxl's setter would make "=..." a formula, and search the text again
    # for the characters escape() has already replaced (a third of an export's time).
    cell._value = escape(text)
    cell.data_type = "s"
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True  # Excel and LibreOffice keep it text when the cell is edited


def set_value(cell: Any, value: str | int | float | None) -> None:
    """A number as a number, every other value as text; None leaves the cell empty."""
    if value is None:
        return
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.value = value
    else:
        set_text(cell, str(value))


def read_value(value: Any) -> str | int | float | None:
    """A cell's value as import sees it: text unescaped, empty text as None, numbers as read."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        return value
    text = unescape(str(value))
    return text if text.strip() else None
