from __future__ import annotations

import re

from hyteplan.render.docx_rows import (
    _word_twips,
    fit_header_words,
    fit_widths,
    keep_rows_together,
)


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


def _table(grid: list[int], header: list[str]) -> str:
    cells = "".join(f"<w:tc><w:tcPr /><w:p><w:r><w:t>{h}</w:t></w:r></w:p></w:tc>" for h in header)
    cols = "".join(f'<w:gridCol w:w="{w}" />' for w in grid)
    return (
        '<w:tbl><w:tblPr><w:tblW w:type="pct" w:w="5000" /></w:tblPr>'
        f"<w:tblGrid>{cols}</w:tblGrid>"
        f'<w:tr><w:trPr><w:tblHeader w:val="on" /></w:trPr>{cells}</w:tr>'
        "<w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    )


def _grid(xml: str) -> list[int]:
    return [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"', xml)]


def test_a_column_too_narrow_for_its_header_word_is_widened_from_the_others() -> None:
    # the joint-action matrix: a wide first column, municipality names in narrow ones
    before = [2907, 1002, 1002, 1002, 1002, 1002]
    header = [
        "Toimenpide",
        "Kuopion kaupunki",
        "Iisalmen kaupunki",
        "Leppävirran kunta",
        "Ii",
        "Siilinjärven kunta",
    ]
    after = _grid(fit_header_words(_table(before, header)))
    assert sum(after) == sum(before)
    scale = sum(before) / 9070  # the grid is scaled to A4's text width
    needed = [max(_word_twips(w) for w in h.split()) for h in header]  # 9 pt bold + margins
    assert before[3] / scale < needed[3]  # "Leppävirran" did not fit
    assert all(width / scale >= need - 2 for width, need in zip(after, needed)), (after, needed)
    assert after[0] < before[0] and after[4] < before[4]  # room taken where there was some


def test_columns_that_fit_their_header_words_are_unchanged() -> None:
    xml = _table(
        [1960, 1411, 1803, 1200, 1803],
        ["Toimenpide", "Vastuutaho", "Kumppanit", "Aikataulu", "Mittarit"],
    )
    assert fit_header_words(xml) == xml
    assert fit_widths([100, 100], [300, 300]) == [100, 100]  # impossible: left as it was
