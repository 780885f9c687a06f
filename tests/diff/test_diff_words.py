from __future__ import annotations

import pytest

from hyteplan.diff.fields import normalise_text
from hyteplan.diff.words import side, word_diff


def test_replaced_word() -> None:
    assert word_diff("Kunnan liikuntaneuvonta ohjaa", "Kunnan liikuntapalvelut ohjaa") == [
        ("=", "Kunnan"),
        ("-", "liikuntaneuvonta"),
        ("+", "liikuntapalvelut"),
        ("=", "ohjaa"),
    ]


def test_text_added_and_removed_whole() -> None:
    assert word_diff("", "Uusi teksti") == [("+", "Uusi teksti")]
    assert word_diff("Vanha teksti", "") == [("-", "Vanha teksti")]


def test_paragraph_break_is_a_token() -> None:
    ops = word_diff("Yksi.\n\nKaksi.", "Yksi. Kaksi.")
    assert ops == [("=", "Yksi."), ("-", "\n\n"), ("=", "Kaksi.")]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("a b c d", "a x c y d"),
        (
            "Ensimmäinen kappale.\n\nToinen kappale tässä.",
            "Ensimmäinen kappale muutettu.\n\nToinen.",
        ),
        ("", "x"),
        ("sama", "sama"),
    ],
)
def test_both_sides_can_be_rebuilt(old: str, new: str) -> None:
    ops = word_diff(old, new)
    assert side(ops, "-") == old
    assert side(ops, "+") == new


def test_normalise_text_keeps_paragraphs_only() -> None:
    assert (
        normalise_text("  Yksi\n  rivi  \n\n\n Toinen\tkappale \n") == "Yksi rivi\n\nToinen kappale"
    )


def test_normalise_text_keeps_no_break_spaces() -> None:
    assert normalise_text("12,1\u00a0%  osuus") == "12,1\u00a0% osuus"
    assert normalise_text(" yksi rivi ") == "yksi rivi"
