"""The committed glyph table is what the bundled fonts say, and lookups use it correctly."""

from __future__ import annotations

from hyteplan import glyphs
from hyteplan.glyph_table import RANGES


def test_committed_table_equals_the_one_the_fonts_give() -> None:
    files = glyphs.font_files([glyphs.FONT_DIR])
    expected = glyphs.table_source(glyphs.font_ranges(files), files)
    assert glyphs.TABLE_MODULE.read_text(encoding="utf-8") == expected, (
        "the bundled fonts changed: regenerate the table with "
        "`.venv/bin/python -m hyteplan.glyphs` and commit src/hyteplan/glyph_table.py"
    )


def test_the_fonts_cover_what_plans_are_written_in() -> None:
    scripts = "Aä Ωω Жж Її ẞ € ₿ → ⇒ ↦ ∀ ∑ ≤ √ ★ ✓ ✅ ☺ 😀 🚲 👍 ©"
    assert list(glyphs.uncovered(scripts)) == []
    # a joiner, a variation selector or a bidi control needs no glyph
    assert list(glyphs.uncovered("👍\u200d\ufe0f\u202e\u2069")) == []


def test_uncovered_characters_are_found_by_position_and_replaced() -> None:
    assert list(glyphs.uncovered("a中b文")) == [(1, "中"), (3, "文")]
    assert glyphs.replace_uncovered("a中b") == "a\ufffdb"
    assert glyphs.describe("中") == "U+4E2D CJK UNIFIED IDEOGRAPH-4E2D"
    assert not list(glyphs.uncovered("\ufffd"))  # what it is replaced with can be shown


def test_table_ranges_are_sorted_and_disjoint() -> None:
    assert all(a <= b < c for (a, b), (c, _) in zip(RANGES, RANGES[1:]))
