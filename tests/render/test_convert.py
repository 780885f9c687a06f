"""The Markdown → DOCX/PDF toolchain on its own: hostile text, images, A4, reproducibility."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pypdf
import pytest

from hyteplan.render import convert
from hyteplan.render.templates import Templates

from .hostile import HOSTILE, flat, squeeze
from .template_work import template_work

TEMPLATE = """---
title: {{ title|meta }}
subtitle: {{ subtitle|meta }}
lang: fi-FI
toc-title: {{ "Sisällys"|meta }}
---

::: pagebreak
:::

# Tausta

{% for h in hostile %}
{{ h }}

{% endfor %}
## Taulukko

| Teksti |
|:-------|
{% for h in hostile %}
| {{ h }} |
{% endfor %}

: Hostile

{% for h in hostile %}
- {{ h }}
{% endfor %}

![{{ alt }}](charts/chart.png){width=50%}

![local file](/etc/hostname)
"""

TITLE = "8. ja 9. luokan *hyvinvointi* --- title: X"
ALT = "Viivakaavio: arvo laski 12,1 %:sta 10,3 %:iin"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    templates, work = template_work(tmp_path_factory.mktemp("ws"), TEMPLATE)
    md = templates.render(
        "t.md.j2", {"title": TITLE, "subtitle": "Kuopio", "hostile": HOSTILE, "alt": ALT}
    )
    ref, typ = templates.path("reference.docx"), templates.path("document.typst")
    fonts = templates.font_dirs()
    return {
        "md": md,
        "docx": convert.to_docx(md, work, ref, 1_750_000_000),
        "docx2": convert.to_docx(md, work, ref, 1_750_000_000),
        "pdf": convert.to_pdf(md, work, typ, fonts, 1_750_000_000),
        "pdf2": convert.to_pdf(md, work, typ, fonts, 1_750_000_000),
        "norm": convert.to_markdown(md, work),
    }


def _docx(data: object) -> docx.document.Document:
    assert isinstance(data, bytes)
    return docx.Document(io.BytesIO(data))


def test_docx_shows_every_hostile_string_literally_in_paragraph_cell_and_list(built) -> None:
    document = _docx(built["docx"])
    paragraphs = [p.text for p in document.paragraphs]
    cells = [row.cells[0].text for row in document.tables[0].rows]
    for text in HOSTILE:
        assert paragraphs.count(flat(text)) == 2, text  # once as paragraph, once as list item
        assert flat(text) in cells, text


def test_docx_gets_no_injected_structure(built) -> None:
    document = _docx(built["docx"])
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == ["Tausta", "Taulukko"]
    assert document.core_properties.title == flat(TITLE)
    with zipfile.ZipFile(io.BytesIO(built["docx"])) as z:  # type: ignore[arg-type]
        xml = z.read("word/document.xml").decode()
        media = [n for n in z.namelist() if n.startswith("word/media/")]
    assert len(media) == 1  # the chart, not /etc/hostname
    assert 'w:val="FF0000"' not in xml
    assert xml.count('w:type="page"') == 1  # only the template's page break
    assert "<w:b/>" not in xml and "<w:b />" not in xml.split("<w:tbl>")[0]


def test_docx_is_a4_with_language_alt_text_and_repeating_header_row(built) -> None:
    document = _docx(built["docx"])
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert document.core_properties.language == "fi-FI"
    with zipfile.ZipFile(io.BytesIO(built["docx"])) as z:  # type: ignore[arg-type]
        xml = z.read("word/document.xml").decode()
    assert f'descr="{ALT}"' in xml
    assert "<w:tblHeader" in xml


def test_pdf_text_has_every_hostile_string_and_finnish_letters(built) -> None:
    reader = pypdf.PdfReader(io.BytesIO(built["pdf"]))  # type: ignore[arg-type]
    text = squeeze("".join(page.extract_text() for page in reader.pages))
    for hostile in HOSTILE:
        assert squeeze(flat(hostile)) in text, hostile
    assert "ÄÖÅäöå" in text


def test_pdf_is_tagged_titled_in_finnish_with_embedded_fonts_and_alt_text(built) -> None:
    reader = pypdf.PdfReader(io.BytesIO(built["pdf"]))  # type: ignore[arg-type]
    root = reader.trailer["/Root"]
    assert reader.metadata is not None and reader.metadata.title == flat(TITLE)
    assert root["/Lang"] == "fi-FI"
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descendant = font.get_object()["/DescendantFonts"][0].get_object()
            descriptor = descendant["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile2", "/FontFile3")), descriptor
            fonts.add(str(descriptor["/FontName"]).split("+")[-1])
    assert fonts <= {"LiberationSans", "LiberationSans-Bold"}
    assert ALT.encode() in built["pdf"] or _alt_in_struct_tree(reader, ALT)  # type: ignore[operator]


def _alt_in_struct_tree(reader: pypdf.PdfReader, alt: str) -> bool:
    stack = [reader.trailer["/Root"]["/StructTreeRoot"]]
    while stack:
        node = stack.pop().get_object()
        if isinstance(node, dict):
            if node.get("/Alt") == alt:
                return True
            kids = node.get("/K")
            if kids is not None:
                stack.extend(kids if isinstance(kids, list) else [kids])
        elif isinstance(node, list):
            stack.extend(node)
    return False


def test_same_source_date_epoch_gives_byte_identical_docx_and_pdf(built) -> None:
    assert built["docx"] == built["docx2"]
    assert built["pdf"] == built["pdf2"]


def test_markdown_for_review_keeps_text_literal_and_readable(built) -> None:
    norm = built["norm"]
    assert isinstance(norm, str)
    assert "8\\. luokan oppilaat" in norm  # pandoc escapes only what is needed
    assert "\\k\\u" not in norm


def test_pdf_breaks_long_tables_across_pages(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    rows = "\n".join(f"| rivi {i} |" for i in range(200))
    (tmp_path / "templates" / "t.md.j2").write_text(
        "---\ntitle: Pitkä\nlang: fi-FI\n---\n\n# Otsikko\n\n| A |\n|:--|\n" + rows + "\n",
        encoding="utf-8",
    )
    templates = Templates(tmp_path)
    md = templates.render("t.md.j2", {})
    pdf = convert.to_pdf(md, tmp_path, templates.path("document.typst"), templates.font_dirs(), 0)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "rivi 0" in text and "rivi 199" in text
    assert len(reader.pages) >= 5


def test_no_break_spaces_of_finnish_numbers_survive_into_docx_and_pdf(tmp_path: Path) -> None:
    # a narrow table column would otherwise break "17 %" between the number and its unit
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "t.md.j2").write_text(
        "---\ntitle: Luvut\nlang: fi-FI\n---\n\n{{ x }}\n\n| A |\n|:--|\n| {{ x }} |\n",
        encoding="utf-8",
    )
    templates = Templates(tmp_path)
    md = templates.render("t.md.j2", {"x": "Tavoite 17\u00a0% ja 1\u202f234\u00a0henkeä"})
    docx_bytes = convert.to_docx(md, tmp_path, templates.path("reference.docx"), 0)
    document = docx.Document(io.BytesIO(docx_bytes))
    texts = [p.text for p in document.paragraphs] + [document.tables[0].cell(1, 0).text]
    assert texts.count("Tavoite 17\u00a0% ja 1\u202f234\u00a0henkeä") == 2
    pdf = convert.to_pdf(md, tmp_path, templates.path("document.typst"), templates.font_dirs(), 0)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert text.count("17\u00a0%") == 2 and text.count("1\u202f234\u00a0henkeä") == 2


def test_conversion_errors_say_what_to_do(tmp_path: Path) -> None:
    from hyteplan.errors import HyteplanError
    from hyteplan.render.pandoc import run_pandoc

    failures = [
        lambda: convert.convert("x", tmp_path, ["rtf"], convert.Layout()),
        lambda: convert.convert("x", tmp_path, ["docx"], convert.Layout()),
        lambda: convert.convert("x", tmp_path, ["typst"], convert.Layout()),
        lambda: run_pandoc(["--no-such-option"]),
        lambda: convert.typst_to_pdf("#unknown-function()", tmp_path, [], 0),
    ]
    hints = []
    for fail in failures:
        with pytest.raises(HyteplanError) as caught:
            fail()
        hints.append(caught.value.hint)
    assert hints[0] == "choose among docx, typst, md"
    assert all(h and "templates/" in h for h in hints[1:])
    assert list(tmp_path.iterdir()) == []  # the typst source written for the compiler is gone
