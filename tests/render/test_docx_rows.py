from __future__ import annotations

from hyteplan.render.docx_rows import keep_rows_together


def _cell(text: str) -> str:
    return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def test_rows_that_fit_a_page_are_marked_and_header_properties_kept() -> None:
    header = '<w:tr><w:trPr><w:tblHeader w:val="on" /></w:trPr>' + _cell("A") + "</w:tr>"
    row = "<w:tr>" + _cell("lyhyt") + _cell("teksti") + "</w:tr>"
    out = keep_rows_together(f"<w:tbl>{header}{row}</w:tbl>")
    assert '<w:tr><w:trPr><w:cantSplit /><w:tblHeader w:val="on" /></w:trPr>' in out
    assert "<w:tr><w:trPr><w:cantSplit /></w:trPr><w:tc>" in out
    assert out.count("cantSplit") == 2
    assert keep_rows_together(out) == out  # marked once only


def test_a_row_longer_than_a_page_may_still_break() -> None:
    row = "<w:tr>" + _cell("x" * 5000) + _cell("y") + "</w:tr>"
    assert keep_rows_together(row) == row


def test_cell_paragraphs_get_table_text_but_a_tight_list_outside_keeps_compact() -> None:
    from hyteplan.render.docx_rows import style_table_text

    compact = '<w:p><w:pPr><w:pStyle w:val="Compact" /></w:pPr></w:p>'
    xml = compact + "<w:tbl><w:tr><w:tc>" + compact + "</w:tc></w:tr></w:tbl>" + compact
    out = style_table_text(xml)
    assert out.count('w:val="Compact"') == 2
    assert '<w:tbl><w:tr><w:tc><w:p><w:pPr><w:pStyle w:val="TableText" />' in out
