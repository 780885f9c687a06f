from __future__ import annotations

import io
import zipfile

import docx
from docx.enum.style import WD_STYLE_TYPE

from hyteplan.render.reference_docx import build_reference_docx
from hyteplan.render.templates import packaged_templates_dir


def test_shipped_reference_docx_is_a4_with_heading_and_table_styles() -> None:
    data = (packaged_templates_dir() / "reference.docx").read_bytes()
    document = docx.Document(io.BytesIO(data))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    names = {s.name for s in document.styles}
    assert {
        "Heading 1",
        "Heading 2",
        "Heading 3",
        "Title",
        "TOC Heading",
        "toc 1",
        "toc 2",
    } <= names
    table = document.styles["Table"]
    assert table.type == WD_STYLE_TYPE.TABLE
    assert document.styles["Heading 1"].font.bold
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert "PAGE" in z.read("word/footer1.xml").decode()
        assert "<w:pageBreakBefore" in z.read("word/styles.xml").decode()


def test_reference_docx_build_is_deterministic() -> None:
    assert build_reference_docx() == build_reference_docx()
