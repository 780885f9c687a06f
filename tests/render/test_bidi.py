"""A bidirectional control in user text never reverses the template's own text after it."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pypdf
import pytest

from hyteplan.render import convert

from .template_work import template_work

RLO, LRE, RLI, PDF, PDI = "\u202e", "\u202a", "\u2067", "\u202c", "\u2069"
TEMPLATE = """---
title: Testi
lang: fi-FI
---

{{ value }} Perässä tulee mallin oma teksti.

| Sarake | Toinen |
|:-------|:-------|
| {{ value }} | Mallin solu |

: Taulukko
"""


@pytest.mark.parametrize(
    "value",
    [f"Nimi {RLO}käännetty", f"{RLI}eristetty", f"{LRE}upotus {RLO}sisempi", f"{RLI}a{RLO}b"],
)
def test_template_text_after_a_value_reads_in_order(tmp_path: Path, value: str) -> None:
    templates, work = template_work(tmp_path, TEMPLATE)
    md = templates.render("t.md.j2", {"value": value})
    layout = convert.Layout(templates.path("reference.docx"), templates.path("document.typst"))
    out = convert.convert(md, work, ["docx", "typst"], layout, 0)

    document = docx.Document(io.BytesIO(out["docx"]))
    paragraph = next(p.text for p in document.paragraphs if "Perässä" in p.text)
    user, template = paragraph.split(" Perässä")
    # every level the value opened is closed before the template's text
    depth = 0
    for char in user:
        if char in "\u202a\u202b\u202d\u202e\u2066\u2067\u2068":
            depth += 1
        elif char in (PDF, PDI):
            depth -= 1
    assert depth == 0, repr(user)
    cell = document.tables[0].rows[1].cells[0].text
    assert cell == user

    pdf = convert.typst_to_pdf(out["typst"].decode(), work, templates.font_dirs(), 0)
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    # the text in reading order; pypdf repeats the controls between words, so they are removed
    text = re.sub("[\u202a-\u202e\u2066-\u2069]", "", text)
    assert "Perässä tulee mallin oma teksti." in text
    assert "Mallin solu" in text
