"""Layout rules of the documents: what a council expects to see on paper, checked in the files.

Year ranges stay on one line, long Finnish compounds are hyphenated in narrow table columns
instead of running into the next column, table rows are not split across pages (unless a row is
taller than a page), and a chart stays on one page with its table of values.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pypdf
import pytest

from hyteplan.render import convert

from .libreoffice import docx_to_pdf
from .template_work import template_work

SOFT_HYPHEN = "\xad"
WORD_JOINER = "\u2060"
FILLER = "hyvinvointia ja terveyttä edistävä toiminta " * 6

TEMPLATE = """---
title: Kuopion hyvinvointisuunnitelma 2026–2029
lang: fi-FI
toc-title: Sisällys
---

# Toimenpiteet

| Toimenpide | Vastuutaho | Kumppanit | Aikataulu | Mittarit |
|:------------------------|:-----------------|:----------------------|:-----------|:----------------------|
{% for i in range(40) %}
| Q{{ i + 100 }}Q {{ filler }} | Opiskeluhuolto (koulu- ja opiskeluterveydenhuolto) | {{ filler }} | 2026–2029 | {{ filler }} Z{{ i + 100 }}Z |
{% endfor %}
| QXQ {{ filler * 40 }} ZXZ | x | x | 2026–2029 | x |

: Toimenpiteet

# Kehitys

::: {.keep .chart}
![Viivakaavio: arvo nousi](charts/chart.png){width=100%}

| Vuosi | Arvo |
|:------|:------|
| 2024 | 1,0 % |
| 2025 | 2,0 % |

: Kuvion arvot taulukkona

Lähde: THL
:::
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    templates, work = template_work(tmp_path_factory.mktemp("layout"), TEMPLATE)
    md = templates.render("t.md.j2", {"filler": FILLER.strip()})
    layout = convert.Layout(templates.path("reference.docx"), templates.path("document.typst"))
    out = convert.convert(md, work, ["docx", "typst", "md"], layout, 0)
    out["pdf"] = convert.typst_to_pdf(out["typst"].decode(), work, templates.font_dirs(), 0)
    return out


def _pages(pdf: bytes) -> list[str]:
    return [
        page.extract_text().replace("\xa0", " ") for page in pypdf.PdfReader(io.BytesIO(pdf)).pages
    ]


def test_pdf_cover_keeps_the_year_range_on_one_line(built: dict[str, bytes]) -> None:
    cover = _pages(built["pdf"])[0]
    assert "2026–2029" in cover
    assert not any(line.rstrip().endswith("–") for line in cover.splitlines())
    assert pypdf.PdfReader(io.BytesIO(built["pdf"])).metadata.title == (
        "Kuopion hyvinvointisuunnitelma 2026–2029"
    )


def test_pdf_hyphenates_long_compounds_in_narrow_table_columns(built: dict[str, bytes]) -> None:
    text = "".join(_pages(built["pdf"]))
    assert SOFT_HYPHEN in text  # "opiskeluterveyden-huolto" and the like are broken at syllables
    unbroken = text.replace(SOFT_HYPHEN + "\n", "").replace(SOFT_HYPHEN, "")
    assert unbroken.count("opiskeluterveydenhuolto") + unbroken.count("opiskeluterveyden") >= 40


def test_pdf_table_rows_stay_on_one_page_and_an_overlong_row_still_breaks(
    built: dict[str, bytes],
) -> None:
    pages = _pages(built["pdf"])
    for i in range(100, 140):
        starts = [n for n, page in enumerate(pages) if f"Q{i}Q" in page]
        ends = [n for n, page in enumerate(pages) if f"Z{i}Z" in page]
        assert starts == ends and len(starts) == 1, (i, starts, ends)
    first = next(n for n, page in enumerate(pages) if "QXQ" in page)
    last = next(n for n, page in enumerate(pages) if "ZXZ" in page)  # not cut off at a page foot
    assert last > first


def test_pdf_sets_a_chart_beside_its_values_on_one_page(built: dict[str, bytes]) -> None:
    source = built["typst"].decode()
    chart = source[source.index("#block(breakable: false)[\n#grid(") :]
    assert (
        chart.index('#image("charts/chart.png"') < chart.index("table.header") < chart.index("THL")
    )
    page = next(p for p in _pages(built["pdf"]) if "Kuvion arvot" in p)
    assert "2025" in page and "Lähde: THL" in page


def test_docx_tables_have_small_text_and_rows_that_do_not_break(built: dict[str, bytes]) -> None:
    document = docx.Document(io.BytesIO(built["docx"]))
    actions, values = document.tables
    assert {p.style.name for row in actions.rows for c in row.cells for p in c.paragraphs} == {
        "Table Text"
    }
    assert {p.style.name for row in values.rows for c in row.cells for p in c.paragraphs} == {
        "Table Text Keep"
    }
    kept = [
        row._tr.trPr is not None and row._tr.trPr.find(docx.oxml.ns.qn("w:cantSplit")) is not None
        for row in actions.rows
    ]
    assert kept == [True] * 41 + [False]  # header and 40 rows; the overlong row may break
    chart = [p for p in document.paragraphs if p._p.xpath(".//pic:pic")]
    assert [p.style.name for p in chart] == ["Chart"]
    styles = document.styles
    assert styles["Table Text"].font.size.pt == 9
    assert styles["Table Text Keep"].paragraph_format.keep_with_next
    assert styles["Chart"].paragraph_format.keep_with_next


def test_docx_cover_title_keeps_the_year_range_but_the_title_property_is_plain(
    built: dict[str, bytes],
) -> None:
    document = docx.Document(io.BytesIO(built["docx"]))
    title = next(p.text for p in document.paragraphs if p.style.name == "Title")
    assert title == f"Kuopion hyvinvointisuunnitelma 2026–{WORD_JOINER}2029"
    assert document.core_properties.title == "Kuopion hyvinvointisuunnitelma 2026–2029"
    body = [p.text for p in document.paragraphs if p.style.name != "Title"]
    cells = [c.text for row in document.tables[0].rows for c in row.cells]
    assert not any(WORD_JOINER in t for t in body + cells)


def test_docx_hyphenates_table_text_only(built: dict[str, bytes]) -> None:
    with zipfile.ZipFile(io.BytesIO(built["docx"])) as z:
        settings = z.read("word/settings.xml").decode()
        styles = z.read("word/styles.xml").decode()
    assert "<w:autoHyphenation" in settings
    normal = styles[styles.index('w:styleId="Normal"') :].split("</w:style>")[0]
    table_text = styles[styles.index('w:styleId="TableText"') :].split("</w:style>")[0]
    assert "<w:suppressAutoHyphens />" in normal
    assert '<w:suppressAutoHyphens w:val="0" />' in table_text


def test_review_markdown_has_no_layout_divs(built: dict[str, bytes]) -> None:
    md = built["md"].decode()
    assert ":::" not in md and "keep" not in md
    assert "![Viivakaavio: arvo nousi](charts/chart.png)" in md


def test_libreoffice_opens_the_docx_and_keeps_the_chart_with_its_values(
    built: dict[str, bytes], tmp_path: Path
) -> None:
    (tmp_path / "d.docx").write_bytes(built["docx"])
    pdf = docx_to_pdf(tmp_path / "d.docx", tmp_path)
    pages = _pages(pdf.read_bytes())
    for i in range(100, 140):  # no row split across pages
        assert [n for n, p in enumerate(pages) if f"Q{i}Q" in p] == [
            n for n, p in enumerate(pages) if f"Z{i}Z" in p
        ], i
    values = next(n for n, p in enumerate(pages) if "Kuvion arvot taulukkona" in p)
    assert "2025" in pages[values] and "Lähde: THL" in pages[values]
