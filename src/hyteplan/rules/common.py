"""Helpers the workspace rules share: reading references as written, and wording hints.

Rules read references from the data as written, not from the validated models: salvage may
have dropped an invalid list item, and positions must point at the value the user wrote.
Values that are not valid IDs are skipped, because the schema (S codes) already reports them.
"""

from __future__ import annotations

import re
from typing import Any, Collection, Iterable, Iterator

from ..model import ID_PATTERN, YearRange, text_in
from ..numbers import format_year_range
from ..workspace import Loc, Workspace
from .base import did_you_mean, suggest

_ID_RE = re.compile(ID_PATTERN)


def as_id(value: Any) -> str | None:
    """The ID a written value stands for, or None when it is not a valid ID."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    text = str(value).strip()
    return text if _ID_RE.match(text) else None


def refs(ws: Workspace, loc: Loc, field: str) -> Iterator[tuple[Loc, str]]:
    """Each ID written in `field` of the object at `loc` (a single value or a list)."""
    return refs_in(ws.raw(loc), loc, field)


def refs_in(
    raw: Any, loc: Loc, field: str, known: Collection[str] = ()
) -> Iterator[tuple[Loc, str]]:
    """Each ID written in `field` of `raw` (the data at `loc`), leaving out those in `known`."""
    if not isinstance(raw, dict):
        return
    value = raw.get(field)
    if isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, str) and item in known:  # the common case, quickly
                continue
            ident = as_id(item)
            if ident is not None and ident not in known:
                yield loc / field / index, ident
    elif not (isinstance(value, str) and value in known):
        ident = as_id(value)
        if ident is not None and ident not in known:
            yield loc / field, ident


def has_value(ws: Workspace, loc: Loc, field: str) -> bool:
    """True when `field` is written with a non-empty value (even one the schema rejected)."""
    raw = ws.raw(loc)
    if not isinstance(raw, dict):
        return False
    value = raw.get(field)
    return value not in (None, "", [], {})


def skip_unreadable(ws: Workspace, path: str) -> bool:
    """True when `path` exists but could not be read: its YAML problem is the one report."""
    return path in ws.files and not ws.readable(path)


def suggestion(ref: str, known: Iterable[str], where_en: str, where_fi: str) -> dict[str, str]:
    """Hint params: "did you mean" when a known ID is close, else where to define it."""
    guess = suggest(ref, known)
    if guess is not None:
        en, fi = did_you_mean(guess)
        return {"suggestion": en, "suggestion_fi": fi}
    return {
        "suggestion": f"define `{ref}` in {where_en}, or correct the ID",
        "suggestion_fi": f"määrittele `{ref}` tiedostossa {where_fi} tai korjaa tunniste",
    }


def plain_text(text: Any, ws: Workspace) -> str:
    """A text field in the workspace's default language ('' when absent)."""
    if not isinstance(text, (str, dict)):
        return ""
    lang = ws.default_language
    return text_in(text, lang, lang)[0]


def place(ws: Workspace, loc: Loc) -> str:
    """`file:line` of an object, for messages that point at a second place."""
    return f"{loc.file}:{ws.span(loc).line}"


def years(span: YearRange) -> str:
    """A term or schedule as plans write it: 2026–2029, or 2026 for a single year."""
    return format_year_range(span.start, span.end)
