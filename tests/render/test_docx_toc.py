from __future__ import annotations

from hyteplan.render.docx_toc import fill_toc

FIELD = (
    '<w:p><w:r><w:fldChar w:fldCharType="begin" w:dirty="true" />'
    '<w:instrText xml:space="preserve">TOC \\o &quot;1-2&quot; \\h \\z \\u</w:instrText>'
    '<w:fldChar w:fldCharType="separate" /><w:fldChar w:fldCharType="end" /></w:r></w:p>'
)
HEADINGS = (
    '<w:bookmarkStart w:id="1" w:name="tausta" />\n'
    '<w:p><w:pPr><w:pStyle w:val="Heading1" /></w:pPr><w:r><w:t xml:space="preserve">Tausta &amp; perusta</w:t></w:r></w:p>\n'
    '<w:bookmarkStart w:id="2" w:name="x1" />\n'
    '<w:p><w:pPr><w:pStyle w:val="Heading2" /></w:pPr><w:r><w:t>Ala</w:t></w:r></w:p>\n'
    '<w:bookmarkStart w:id="3" w:name="x2" />\n'
    '<w:p><w:pPr><w:pStyle w:val="Heading3" /></w:pPr><w:r><w:t>Ei mukana</w:t></w:r></w:p>\n'
)


def test_empty_toc_field_gets_entries_of_levels_1_and_2() -> None:
    out = fill_toc(FIELD + HEADINGS)
    contents = out.split(HEADINGS[:20])[0]
    assert (
        '<w:pStyle w:val="TOC1" /></w:pPr><w:r><w:t xml:space="preserve">Tausta &amp; perusta'
        in contents
    )
    assert '<w:pStyle w:val="TOC2" /></w:pPr><w:r><w:t xml:space="preserve">Ala</w:t>' in contents
    assert "Ei mukana" not in contents and "hyperlink" not in contents
    assert out.index('fldCharType="separate"') < out.index("TOC1") < out.index('fldCharType="end"')


def test_document_without_toc_or_headings_is_unchanged() -> None:
    assert fill_toc(HEADINGS) == HEADINGS
    assert fill_toc(FIELD) == FIELD
