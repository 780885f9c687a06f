"""A fallback passage (Finnish text in a Swedish plan) is tagged as Finnish: WCAG 2.1, 3.1.2.

DOCX: the run has ``<w:lang w:val="fi-FI"/>``. PDF: typst marks the passage's content with
``/Lang (fi-FI)``. The marker "(på finska)" is Swedish and stays untagged. User text cannot
make a span of its own.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pypdf
import pytest

from hyteplan.localtext import LocalText
from hyteplan.render import convert

from .hostile import HOSTILE, flat
from .template_work import template_work
from .test_pipeline import SYNC, render

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

TEMPLATE = """---
title: {{ "Plan"|meta }}
lang: sv-FI
toc-title: {{ "Innehåll"|meta }}
---

# Rubrik

Svensk text.

{{ passage }}

{{ summary|paragraphs }}

| Åtgärd |
|:-------|
| {{ passage }} |

: Tabell

{% for h in hostile %}
{{ h }}

{% endfor %}
"""


def docx_runs(data: bytes) -> list[tuple[str | None, str]]:
    """(w:lang of the run or None, text of the run), in document order."""
    from xml.etree import ElementTree

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = ElementTree.fromstring(z.read("word/document.xml"))
    runs = []
    for run in root.iter(f"{W}r"):
        lang = run.find(f"{W}rPr/{W}lang")
        text = "".join(t.text or "" for t in run.iter(f"{W}t"))
        runs.append((None if lang is None else lang.get(f"{W}val"), text))
    return runs


def tagged_docx_text(data: bytes, tag: str) -> list[str]:
    return [text for lang, text in docx_runs(data) if lang == tag and text.strip()]


def _struct_langs(reader: pypdf.PdfReader) -> dict[tuple[int, int], str]:
    """(page object number, MCID) -> the /Lang its structure element has or inherits."""
    langs: dict[tuple[int, int], str] = {}

    def walk(node: Any, lang: str | None, page: int | None) -> None:
        node = node.get_object() if hasattr(node, "get_object") else node
        if isinstance(node, list):
            for child in node:
                walk(child, lang, page)
        elif isinstance(node, int) and lang is not None and page is not None:
            langs[(page, node)] = lang
        elif isinstance(node, dict):
            lang = str(node["/Lang"]) if "/Lang" in node else lang
            if "/Pg" in node:
                page = node.raw_get("/Pg").idnum
            if "/MCID" in node:
                walk(int(node["/MCID"]), lang, page)
            elif "/K" in node:
                walk(node["/K"], lang, page)

    walk(reader.trailer["/Root"]["/StructTreeRoot"], None, None)
    return langs


def _page_text_by_lang(
    page: pypdf.PageObject, structure: dict[tuple[int, int], str]
) -> list[tuple[str | None, str]]:
    page_id = page.indirect_reference.idnum if page.indirect_reference else -1
    stack: list[str | None] = []
    out: list[tuple[str | None, str]] = []

    def before(op: bytes, args: list[Any], *_: Any) -> None:
        if op == b"BDC":
            props = args[1] if len(args) > 1 and hasattr(args[1], "get") else {}
            lang = props.get("/Lang")
            if lang is None and "/MCID" in props:
                lang = structure.get((page_id, int(props["/MCID"])))
            stack.append(None if lang is None else str(lang))
        elif op == b"BMC":
            stack.append(None)
        elif op == b"EMC" and stack:
            stack.pop()

    def text(shown: str, *_: Any) -> None:
        if shown.strip():
            out.append((next((lang for lang in reversed(stack) if lang), None), shown))

    page.extract_text(visitor_operand_before=before, visitor_text=text)
    return out


def pdf_text_by_lang(data: bytes) -> list[tuple[str | None, str]]:
    """(language of the text, text shown), from the content streams and the structure tree.

    typst tags a paragraph's structure element with the language of its first text and marks
    passages in another language with /Lang in their marked content.
    """
    reader = pypdf.PdfReader(io.BytesIO(data))
    structure = _struct_langs(reader)
    return [item for page in reader.pages for item in _page_text_by_lang(page, structure)]


def tagged_pdf_text(data: bytes, tag: str) -> str:
    return " ".join(shown for lang, shown in pdf_text_by_lang(data) if lang == tag)


PASSAGE = LocalText("Yhä useampi nuori on yksinäinen.", "fi", "(på finska)")
SUMMARY = LocalText("Ensimmäinen kappale.\n\nToinen kappale.", "fi", "(på finska)")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    templates, work = template_work(tmp_path_factory.mktemp("ws"), TEMPLATE)
    hostile = [LocalText(h, "fi", "(på finska)") for h in HOSTILE]
    context = {"passage": PASSAGE, "summary": SUMMARY, "hostile": hostile}
    md = templates.render("t.md.j2", context)
    ref, typ = templates.path("reference.docx"), templates.path("document.typst")
    return {
        "md": md,
        "docx": convert.to_docx(md, work, ref, 1_750_000_000),
        "pdf": convert.to_pdf(md, work, typ, templates.font_dirs(), 1_750_000_000),
    }


def test_fallback_is_a_finnish_span_and_its_marker_is_not(built: dict[str, Any]) -> None:
    assert "[Yhä useampi nuori on yksinäinen\\.]{lang=fi-FI} \\(på finska\\)" in built["md"]
    assert (
        "[Ensimmäinen kappale\\.]{lang=fi-FI}\n\n[Toinen kappale\\.]{lang=fi-FI} \\(på"
        in (built["md"])
    )


def test_docx_runs_of_a_fallback_passage_are_finnish(built: dict[str, Any]) -> None:
    finnish = tagged_docx_text(built["docx"], "fi-FI")
    assert finnish.count("Yhä useampi nuori on yksinäinen.") == 2  # paragraph and table cell
    assert {"Ensimmäinen kappale.", "Toinen kappale."} <= set(finnish)
    runs = docx_runs(built["docx"])
    assert (None, "(på finska)") in runs and (None, "Svensk text.") in runs


def test_pdf_marks_a_fallback_passage_as_finnish(built: dict[str, Any]) -> None:
    finnish = tagged_pdf_text(built["pdf"], "fi-FI")
    assert "Yhä useampi nuori on yksinäinen." in finnish
    assert "Toinen kappale." in finnish
    assert "Svensk" not in finnish and "finska" not in finnish
    root = pypdf.PdfReader(io.BytesIO(built["pdf"])).trailer["/Root"]
    assert root["/Lang"] == "sv-FI"


def test_hostile_fallback_text_is_tagged_whole_and_makes_no_span_of_its_own(
    built: dict[str, Any],
) -> None:
    runs = tagged_docx_text(built["docx"], "fi-FI")
    finnish_docx = "".join(runs)
    for text in HOSTILE:
        assert flat(text) in finnish_docx, text
    langs = {lang for lang, _ in docx_runs(built["docx"])}
    assert langs == {None, "fi-FI"}  # no span a hostile string asked for (en-GB, sv-SE)
    assert "INJECTED" not in tagged_pdf_text(built["pdf"], "en-GB")


def test_rendered_swedish_plan_tags_its_finnish_fallbacks(tmp_path: Path) -> None:
    results = render(SYNC, tmp_path, formats=("docx", "pdf"), lang="sv", only=["kuopio"])
    assert all(r.ok for r in results), results  # Kuopio's own language is Finnish: *.sv.*
    gap = "Yhä useampi nuori on yksinäinen."  # Finnish only in the workspace
    assert gap in tagged_docx_text((tmp_path / "kuopio.sv.docx").read_bytes(), "fi-FI")
    assert "Levnadsvanor" not in "".join(
        tagged_docx_text((tmp_path / "kuopio.sv.docx").read_bytes(), "fi-FI")
    )
    finnish_pdf = tagged_pdf_text((tmp_path / "kuopio.sv.pdf").read_bytes(), "fi-FI")
    assert gap in finnish_pdf and "Levnadsvanor" not in finnish_pdf
