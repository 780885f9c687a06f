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


def test_toc_field_becomes_entries_with_page_references_to_their_headings() -> None:
    out = fill_toc(FIELD + HEADINGS)
    contents, body = out.split('<w:bookmarkStart w:id="1"')
    assert "TOC \\o" not in out  # no TOC field: LibreOffice would show its stored content
    assert '<w:pStyle w:val="TOC1" />' in contents and '<w:pStyle w:val="TOC2" />' in contents
    assert '<w:t xml:space="preserve">Tausta &amp; perusta</w:t>' in contents
    assert "PAGEREF _Toc00001 \\h" in contents and "PAGEREF _Toc00002 \\h" in contents
    assert contents.count('w:fldCharType="begin" w:dirty="true"') == 2  # Word computes them
    assert "Ei mukana" not in contents and "hyperlink" not in contents
    # each bookmark sits inside its heading paragraph, with an ID no other element has
    assert (
        '<w:pStyle w:val="Heading1" /></w:pPr><w:bookmarkStart w:id="4" w:name="_Toc00001" />'
        '<w:bookmarkEnd w:id="4" />'
    ) in body
    assert '<w:bookmarkStart w:id="5" w:name="_Toc00002" /><w:bookmarkEnd w:id="5" />' in body
    assert "_Toc00003" not in out  # level 3 is not listed


def test_document_without_toc_or_headings_is_unchanged() -> None:
    assert fill_toc(HEADINGS) == HEADINGS
    assert fill_toc(FIELD) == FIELD
