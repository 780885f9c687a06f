"""A long word without spaces (a URL, "aaaa…") breaks inside its line or table cell in the PDF
instead of running off the page."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from hyteplan.render import convert

from .template_work import template_work

URL = "https://example.org/?q=" + "hyvinvointi" * 25  # no slash to break at
AAA = "a" * 300
TEMPLATE = """---
title: Testi
lang: fi-FI
---

Kappale {{ url }} ja {{ aaa }} loppuu.

| Toimenpide | Vastuutaho | Kumppanit | Aikataulu | Mittarit |
|:-----------|:-----------|:----------|:----------|:---------|
| {{ aaa }} | {{ url }} | lyhyt | 2026–2029 | {{ aaa }} |

: Taulukko
"""


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    templates, work = template_work(tmp_path_factory.mktemp("long"), TEMPLATE)
    md = templates.render("t.md.j2", {"url": URL, "aaa": AAA})
    layout = convert.Layout(templates.path("reference.docx"), templates.path("document.typst"))
    typst = convert.convert(md, work, ["typst"], layout, 0)["typst"].decode()
    return convert.typst_to_pdf(typst, work, templates.font_dirs(), 0)


def _lines(pdf: bytes) -> list[str]:
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    return [
        line.replace("\u200b", "").replace("\xad", "")
        for page in pages
        for line in page.extract_text().splitlines()
    ]


def test_long_words_break_into_lines_that_fit_the_text_width(pdf: bytes) -> None:
    lines = _lines(pdf)
    # 16 cm of 10.5 pt Liberation Sans holds ~80 letters a: no line may hold the whole word
    assert max(len(line) for line in lines) < 100, max(lines, key=len)
    text = "".join(lines)
    assert text.count("a" * 20) >= 3 and "hyvinvointihyvinvointi" in text
    # the words are all there, in order, only broken
    assert URL in "".join("".join(lines).split())


def test_nothing_is_drawn_in_the_right_margin(pdf: bytes, tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    from PIL import Image

    (tmp_path / "in.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", str(tmp_path / "in.pdf"), str(tmp_path / "page")],
        check=True,
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 2
    for png in pages:
        image = Image.open(png).convert("L")
        width, height = image.size
        # the right margin is 2.5 cm of 21 cm; the page number sits at the foot, inside the text
        margin = image.crop((int(width * (1 - 2.0 / 21)), 0, width, height))
        assert margin.getextrema()[0] > 200, f"{png.name}: ink in the right margin"
