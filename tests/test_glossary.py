"""One word per concept: documents, diagnostics, the diff and charts take it from the glossary."""

from __future__ import annotations

from pathlib import Path

import pytest

from hyteplan import charts, glossary
from hyteplan.diff import annex, present
from hyteplan.glossary import forbidden_synonyms, unit_in, word
from hyteplan.numbers import format_value
from hyteplan.render.labels import LABELS
from hyteplan.rules import REGISTRY
from hyteplan.rules.base import OBJECT_LABELS

NBSP = "\u00a0"
DOC = Path(__file__).resolve().parents[1] / "docs" / "glossary.md"


def _fixed_texts() -> list[tuple[str, str, str]]:
    """(where, language, text) of every fixed text hyteplan writes in fi, sv or en."""
    out = [(f"labels.{k}", lang, t) for k, v in LABELS.items() for lang, t in v.items()]
    for name, table in [
        ("KIND_WORDS", present.KIND_WORDS),
        ("FIELD_WORDS", present.FIELD_WORDS),
        ("VALUE_WORDS", present.VALUE_WORDS),
        ("WORDS", present.WORDS),
        ("annex.LABELS", annex.LABELS),
    ]:
        out += [(f"{name}.{k}", lang, t) for lang, words in table.items() for k, t in words.items()]
    out += [
        (f"OBJECT_LABELS.{k}", lang, t) for k, v in OBJECT_LABELS.items() for lang, t in v.items()
    ]
    out += [("charts", lang, t) for lang, t in charts._TARGET_LABEL.items()]
    for code, rule in REGISTRY.items():
        for part in ("summary", "message", "hint"):
            out += [(f"{code}.{part}", lang, t) for lang, t in getattr(rule, part).items()]
    return out


def test_no_fixed_text_uses_a_forbidden_synonym() -> None:
    found = [
        (where, lang, text, bad)
        for where, lang, text in _fixed_texts()
        for bad in forbidden_synonyms(text, lang)
    ]
    assert found == []


@pytest.mark.parametrize(
    ("text", "lang", "bad"),
    [
        ("Osapuoli", "fi", True),
        ("toimijaa ei löydy", "fi", True),
        ("painopisteen valinta", "fi", True),
        ("painopistealue", "fi", False),
        ("lähteen indikaattori", "fi", False),
        ("Part", "sv", True),
        ("Partner i", "sv", True),
        ("Samarbetspartner i", "sv", False),
        ("stakeholders", "en", True),
        ("partners", "en", False),
    ],
)
def test_the_scan_finds_synonyms_at_the_start_of_a_word(text: str, lang: str, bad: bool) -> None:
    assert bool(forbidden_synonyms(text, lang)) is bad


def test_a_party_is_named_alike_in_documents_diagnostics_and_the_diff() -> None:
    for lang in ("fi", "sv", "en"):
        party = word("party", lang)
        assert LABELS["party"][lang].lower() == party
        assert present.KIND_WORDS[lang]["party"] == party
        assert present.FIELD_WORDS[lang]["responsible"] == word("responsible_party", lang)
    for lang in ("fi", "en"):
        assert OBJECT_LABELS["party"][lang] == word("party", lang)
    assert word("party", "fi") == "taho" and LABELS["responsible"]["fi"] == "Vastuutaho"


def test_target_level_is_one_word_in_tables_charts_and_diff() -> None:
    for lang in ("fi", "sv", "en"):
        level = word("target_level", lang)
        assert LABELS["target"][lang].lower() == level
        assert charts._TARGET_LABEL[lang].lower() == level
        assert present.FIELD_WORDS[lang]["target"] == level


def test_docs_glossary_holds_the_generated_table() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert glossary.glossary_markdown() in text, (
        f"docs/glossary.md is not current: run `.venv/bin/{glossary.REGENERATE}`"
    )
    for term in glossary.TERMS.values():
        assert f"| {term.fi} / {term.plural[0]} |" in text


@pytest.mark.parametrize(
    ("unit", "sv", "en"),
    [
        ("lkm", f"12{NBSP}st.", f"12{NBSP}no."),
        ("pistettä", f"12{NBSP}poäng", f"12{NBSP}points"),
        ("%", f"12{NBSP}%", "12%"),
        ("/10 000", f"12{NBSP}/{NBSP}10{NBSP}000", f"12{NBSP}per{NBSP}10,000"),
        ("per 1 000", f"12{NBSP}per{NBSP}1{NBSP}000", f"12{NBSP}per{NBSP}1,000"),
        ("kg", f"12{NBSP}kg", f"12{NBSP}kg"),  # unknown: as written
    ],
)
def test_units_are_translated_in_swedish_and_english(unit: str, sv: str, en: str) -> None:
    assert format_value(12, unit, "sv") == sv
    assert format_value(12, unit, "en") == en
    assert format_value(12, unit, "fi") == f"12{NBSP}{unit}" or unit == "%"


def test_unit_translation_ignores_spacing_and_case() -> None:
    assert unit_in("LKM", "sv") == "st."
    assert unit_in(" / 10\u00a0000 ", "en") == f"per{NBSP}10,000"
    assert unit_in(None, "sv") == ""


def test_swedish_and_english_plans_show_count_units_in_their_language() -> None:
    from hyteplan.load import load_workspace
    from hyteplan.views import build_views

    ws = load_workspace(Path(__file__).resolve().parents[1] / "plans")
    shown = {}
    for lang in ("fi", "sv", "en"):
        [view] = build_views(ws, lang, only=["kuopio"])
        found = next(i for i in view.indicators if i.id == "kuopio-kotoutujien-neuvonta")
        shown[lang] = (found.baseline, found.unit)
    assert shown == {
        "fi": (f"150{NBSP}lkm (2025)", "lkm"),
        "sv": (f"150{NBSP}st. (2025)", "st."),
        "en": (f"150{NBSP}no. (2025)", "no."),
    }


def test_rule_templates_take_domain_words_from_the_glossary() -> None:
    import re

    r001 = REGISTRY["R001"]
    params = {"ref": "x", "field": "responsible", "suggestion": "", "suggestion_fi": ""}
    assert r001.words("fi", params)[0] == "tuntematon taho `x` kentässä `responsible`"
    assert r001.words("en", params)[0] == "unknown party `x` in `responsible`"
    used = {
        key
        for rule in REGISTRY.values()
        for template in [*rule.message.values(), *rule.hint.values()]
        for key in re.findall(r"\{term\[(\w+)\]\}", template)
    }
    assert "party" in used and used <= set(glossary.TERMS)
