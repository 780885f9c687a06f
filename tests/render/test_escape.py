from __future__ import annotations

import string

import pytest

from hyteplan.render.escape import clean_text, md_inline, md_meta, md_paragraphs


def test_every_ascii_punctuation_character_is_backslash_escaped() -> None:
    escaped = md_inline(string.punctuation)
    assert escaped == "".join("\\" + c for c in string.punctuation)


def test_letters_digits_and_non_ascii_are_left_alone() -> None:
    assert md_inline("Kuopio 2026 äöå ÄÖÅ") == "Kuopio 2026 äöå ÄÖÅ"


def test_finnish_ordinal_cannot_start_a_list() -> None:
    assert md_inline("8. luokan oppilaat") == "8\\. luokan oppilaat"


def test_newlines_and_runs_of_whitespace_become_one_space() -> None:
    assert md_inline("  rivi\n\n yksi\t\r\nkaksi  ") == "rivi yksi kaksi"


def test_control_characters_that_break_docx_xml_are_dropped() -> None:
    assert clean_text("a\x00b\x07c\x1bd\ufffe") == "abcd"


def test_paragraphs_split_on_blank_lines_only() -> None:
    assert md_paragraphs("Eka\nrivi.\n\n  \nToka *x*") == "Eka rivi\\.\n\nToka \\*x\\*"


def test_meta_value_is_a_quoted_escaped_string() -> None:
    assert md_meta('Otsikko: "x"\n---') == '"Otsikko\\\\: \\\\\\"x\\\\\\" \\\\-\\\\-\\\\-"'


def test_no_break_spaces_are_kept_so_a_number_stays_with_its_unit() -> None:
    assert md_inline(" 17\u00a0%\n ja 1\u202f234 ") == "17\u00a0\\% ja 1\u202f234"


def test_bidi_levels_a_value_opens_are_closed_at_its_end() -> None:
    rlo, lre, rli, pdf, pdi = "\u202e", "\u202a", "\u2067", "\u202c", "\u2069"
    assert md_inline(f"a{rlo}b") == f"a{rlo}b{pdf}"
    assert md_inline(f"{rli}x{lre}y") == f"{rli}x{lre}y{pdf}{pdi}"
    # a PDI closes the embeddings opened inside its isolate; closed levels need nothing more
    assert md_inline(f"{rli}x{lre}y{pdi}z") == f"{rli}x{lre}y{pdi}z"
    # closers with nothing of the value's own to close would close the text around it
    assert md_inline(f"x{pdf}y{pdi}") == "xy"
    assert md_inline(f"{rlo}x{rli}y{pdf}") == f"{rlo}x{rli}y{pdi}{pdf}"
    assert md_paragraphs(f"{rlo}eka\n\ntoka") == f"{rlo}eka{pdf}\n\ntoka"


def test_language_span_takes_only_a_language_tag_and_escapes_its_text() -> None:
    from hyteplan.render.escape import md_in_lang

    assert md_in_lang("Liikunta [x]{lang=en-GB}", "fi-FI") == (
        "[Liikunta \\[x\\]\\{lang\\=en\\-GB\\}]{lang=fi-FI}"
    )
    assert md_in_lang("  ", "fi-FI") == ""
    for bad in ("fi-FI} x", "fi", 'fi-FI" custom-style="Title'):
        with pytest.raises(ValueError):
            md_in_lang("x", bad)
