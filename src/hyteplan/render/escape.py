"""Turn user text into pandoc Markdown that can only ever mean that text.

Everything a workspace author writes (titles, descriptions, party names, decision texts) is
data. Interpolated into a Markdown template naively it injects emphasis, headings, lists
(``8. luokan oppilaat``), raw OOXML/typst/HTML, images of local files or a YAML metadata block
(measured: ../shared/TOOLCHAIN.md). pandoc's Markdown lets a backslash escape *every* ASCII
punctuation character, and a backslash-escaped character is always a literal ``Str``. So we
escape all of them, collapse whitespace (a newline would end a table row or start a block) and
drop control characters (they make DOCX XML invalid). What is left are letters, digits, spaces
and non-ASCII characters, none of which pandoc's Markdown reader treats as syntax.

One kind of non-ASCII character is syntax of another sort: the Unicode bidirectional controls.
An embedding or override (U+202A–U+202E) or isolate (U+2066–U+2068) that a value opens and does
not close would reverse the template's own text after the value, in Word and in the PDF alike.
Every value is therefore closed at its end (:func:`close_bidi`).
"""

from __future__ import annotations

import json
import re
import string

_PUNCTUATION_RE = re.compile("[" + re.escape(string.punctuation) + "]")
# C0/C1 controls and other code points XML 1.0 forbids; whitespace among them is collapsed first.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
# Whitespace except the no-break spaces (U+00A0, U+202F) of Finnish numbers ("17\u00a0%"):
# they keep a value and its unit on one line, in DOCX and PDF alike.
_WHITESPACE = re.compile(r"[^\S\u00a0\u202f]+")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
# LRE, RLE, LRO, RLO open an embedding or override (closed by PDF, U+202C); LRI, RLI, FSI open
# an isolate (closed by PDI, U+2069).
_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")
_ISOLATES = frozenset("\u2066\u2067\u2068")
_POP_EMBEDDING = "\u202c"
_POP_ISOLATE = "\u2069"
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """Collapse whitespace runs (newlines included) to one space and drop control characters.

    No-break spaces are kept: they are layout the text asked for, not whitespace to tidy.
    """
    return _FORBIDDEN.sub("", _WHITESPACE.sub(" ", text)).strip()


def close_bidi(text: str) -> str:
    """``text`` with every bidirectional embedding, override and isolate it opens closed at its end.

    Follows the Unicode bidi algorithm's matching (UAX #9, X6a/X7): a PDI closes the last open
    isolate and any embedding opened inside it; a PDF closes the last embedding unless an isolate
    was opened after it. A closer with nothing of the value's own to close is dropped: it would
    close a level of the text around the value.
    """
    if _BIDI_CONTROLS.search(text) is None:
        return text
    out: list[str] = []
    open_: list[str] = []  # the closer each open level needs, innermost last
    for char in text:
        if char in _EMBEDDINGS:
            open_.append(_POP_EMBEDDING)
        elif char in _ISOLATES:
            open_.append(_POP_ISOLATE)
        elif char == _POP_EMBEDDING:
            if not open_ or open_[-1] != _POP_EMBEDDING:
                continue
            open_.pop()
        elif char == _POP_ISOLATE:
            if _POP_ISOLATE not in open_:
                continue
            while open_.pop() != _POP_ISOLATE:
                pass
        out.append(char)
    return "".join(out) + "".join(reversed(open_))


def md_inline(text: str) -> str:
    """Escape ``text`` for any inline position: paragraph, heading, table cell, list item."""
    return _PUNCTUATION_RE.sub(r"\\\g<0>", close_bidi(clean_text(text)))


# A language tag as our own table writes it (labels.LANG_TAGS): never taken from user text.
_LANG_TAG = re.compile(r"[a-z]{2}-[A-Z]{2}")


def md_in_lang(text: str, tag: str) -> str:
    """Escaped ``text`` as a span in language ``tag`` (``[…]{lang=fi-FI}``).

    pandoc writes the span as ``<w:lang w:val="fi-FI"/>`` in DOCX, and hyteplan.lua as
    ``#text(lang: "fi", region: "FI")[…]`` in typst, which tags the PDF text with /Lang.
    """
    if not _LANG_TAG.fullmatch(tag):
        raise ValueError(f"not a language tag: {tag!r}")
    body = md_inline(text)
    return f"[{body}]{{lang={tag}}}" if body else ""


def md_chars(text: str) -> str:
    """Escape punctuation but keep spaces as they are: for separators such as ``", "``."""
    cleaned = _FORBIDDEN.sub("", text.replace("\n", " ").replace("\r", " ").replace("\t", " "))
    return _PUNCTUATION_RE.sub(r"\\\g<0>", cleaned)


def md_paragraphs(text: str) -> str:
    """Escape multi-paragraph text: blank lines separate paragraphs, other newlines are spaces."""
    paragraphs = (md_inline(p) for p in _BLANK_LINE.split(text.replace("\r\n", "\n")))
    return "\n\n".join(p for p in paragraphs if p)


def md_meta(text: str, escaped: bool = False) -> str:
    """A YAML metadata value: pandoc reads metadata strings as Markdown, so escape, then quote.

    ``escaped`` says the text is already escaped Markdown. JSON string syntax is a subset of
    YAML's double-quoted scalars.
    """
    return json.dumps(text if escaped else md_inline(text), ensure_ascii=False)
