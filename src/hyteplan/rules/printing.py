"""P codes: text that the documents cannot print as written.

The PDF embeds hyteplan's bundled fonts (Liberation Sans with Noto fallbacks: Latin, Greek,
Cyrillic, symbols, arrows, math, monochrome emoji) and no system fonts, so a character none of
them has cannot be shown: the PDF shows U+FFFD (�) in its place. Which characters the fonts
have comes from a generated table (hyteplan.glyph_table), so no font is read here, unless the
workspace brings fonts of its own in templates/fonts/, which count too.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .. import glyphs
from ..diagnostics import Severity
from ..workspace import Loc, Workspace
from .base import Example, Finding, rule
from .examples import PLAN_FILE, example_plan


def _strings(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Every non-ASCII string value in a file's data, with its path (keys are not printed)."""
    if isinstance(value, str):
        if not value.isascii():
            yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))


def _workspace_fonts(ws: Workspace) -> tuple[Path, ...]:
    """The workspace's own PDF fonts; none without fontTools (installed with hyteplan[render]):
    a pre-commit install without it then warns about characters only those fonts have."""
    if ws.root is None or importlib.util.find_spec("fontTools") is None:
        return ()
    return tuple(glyphs.font_files([ws.root / "templates" / "fonts"]))


@rule(
    "P001",
    "character-without-glyph",
    Severity.WARNING,
    {
        "en": "A text has a character that no font of the PDF can show.",
        "fi": "Tekstissä on merkki, jota mikään PDF:n fontti ei pysty näyttämään.",
    },
    {
        "en": "{char} (character {index} of the text) has no glyph in the PDF fonts{more}",
        "fi": "merkillä {char} (tekstin {index}. merkki) ei ole kuvaa PDF:n fonteissa{more_fi}",
    },
    {
        "en": "the PDF shows \ufffd in its place; write it another way, or put a font that has it "
        "in the workspace's templates/fonts/ folder",
        "fi": "PDF näyttää sen tilalla merkin \ufffd; kirjoita se toisin tai lisää fontti, jossa "
        "merkki on, työtilan kansioon templates/fonts/",
    },
    bad=Example(PLAN_FILE, example_plan(title="Liikuntakokeilut 中学 yläkouluissa")),
    good=Example(PLAN_FILE, example_plan(title="Liikuntakokeilut ✅ Ελλάδα → Київ 😀")),
)
def character_without_glyph(ws: Workspace) -> Iterator[Finding]:
    extra = _workspace_fonts(ws)
    for path, source in ws.files.items():
        if source.data is None:
            continue
        for where, text in _strings(source.data):
            if not glyphs.has_uncovered(text, extra):
                continue
            found = list(glyphs.uncovered(text, extra))
            index, char = found[0]
            others = len({c for _, c in found}) - 1
            yield Finding(
                "P001",
                Loc(path, where),
                {
                    "char": glyphs.describe(char),
                    "index": index + 1,
                    "more": f" (and {others} more)" if others else "",
                    "more_fi": f" (ja {others} muuta)" if others else "",
                },
            )
