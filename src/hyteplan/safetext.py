"""User text made safe to show on a terminal, in a CI log or in a pull-request annotation.

Plan text is data. Written raw to a terminal, an ESC starts an escape sequence (clear the screen,
move the cursor, set the window title), CR and LF forge whole lines ("No problems found"), BEL
rings, C1 controls act like ESC on some terminals, and bidi overrides reorder what is shown so
that a line reads differently from what it is. Every reporter therefore passes user text through
`printable`, which shows each such character as an escape (``\\x1b``, ``\\n``, ``\\u202e``): the
text stays visible, readable and on one line. JSON output does not need this (JSON escapes
control characters itself; bidi characters there are data for a program, not for a terminal).
"""

from __future__ import annotations

import re

# C0 controls (TAB, LF and CR included), DEL, C1 controls (NEL among them), the line and paragraph
# separators, the bidi marks, embeddings, overrides and isolates, and the byte-order mark.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]"
)
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}

MARKER = "…"  # shows where `shorten` cut a text


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with every control, line-break and bidi character shown as an escape: one line."""
    return _UNSAFE.sub(_escape, text)


def printable_lines(text: str) -> str:
    """Like `printable`, but the text keeps its line breaks (LF only): for messages built as
    several lines, whose parts are escaped."""
    return "\n".join(printable(line) for line in text.split("\n"))


def shorten(text: str, width: int, around: int = 0) -> tuple[str, int]:
    """At most about `width` characters of `text` around index `around`, cut ends marked `…`.

    Returns the shown text and how many characters were cut from the start, so that a caret
    under index `around` can be placed in the shortened text.
    """
    if len(text) <= width:
        return text, 0
    start = max(0, min(around - width // 4, len(text) - width))
    end = start + width
    head = MARKER if start > 0 else ""
    tail = f"{MARKER} ({len(text) - end} more characters)" if end < len(text) else ""
    return head + text[start:end] + tail, start - len(head)
