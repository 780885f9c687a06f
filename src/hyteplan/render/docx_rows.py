"""DOCX tables laid out as in the PDF: small cell text, rows kept on one page.

pandoc gives the paragraphs in table cells the style "Compact", which it also uses for tight
lists; hyteplan's reference document has a "Table Text" style for cells (9 pt, no spacing,
hyphenated), applied here to the paragraphs inside tables only.

pandoc's DOCX tables let a row break across pages, so an action's responsible party can end up
on one page and its partners on the next. A row marked ``cantSplit`` moves to the next page
whole. A row too tall for a page must still be allowed to break (a word processor would cut it
off otherwise), so only rows with less text than a page holds are marked; the estimate is
deliberately low (a page holds far more than a narrow column of ``_PAGE_TEXT`` characters).
"""

from __future__ import annotations

import re

_ROW = re.compile(r"<w:tr>(.*?)</w:tr>", re.S)
_TABLE = re.compile(r"<w:tbl>.*?</w:tbl>", re.S)
_COMPACT = '<w:pStyle w:val="Compact" />'
_TABLE_TEXT = '<w:pStyle w:val="TableText" />'
_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")
#: Characters that surely fit on an A4 page even in a narrow 9 pt column (~12 per line, ~60 lines).
_PAGE_TEXT = 700


def _keep(row: re.Match[str]) -> str:
    inner = row.group(1)
    longest = max(
        (sum(len(t) for t in _TEXT.findall(cell)) for cell in inner.split("</w:tc>")), default=0
    )
    if longest > _PAGE_TEXT or "<w:cantSplit" in inner:
        return row.group(0)
    if inner.startswith("<w:trPr>"):
        inner = "<w:trPr><w:cantSplit />" + inner[len("<w:trPr>") :]
    else:
        inner = "<w:trPr><w:cantSplit /></w:trPr>" + inner
    return f"<w:tr>{inner}</w:tr>"


def keep_rows_together(document: str) -> str:
    """``word/document.xml`` with every table row that fits on a page marked ``cantSplit``."""
    return _ROW.sub(_keep, document)


def style_table_text(document: str) -> str:
    """``word/document.xml`` with the cell paragraphs of every table in the "Table Text" style."""
    return _TABLE.sub(lambda m: m.group(0).replace(_COMPACT, _TABLE_TEXT), document)


# Header words must fit their column: LibreOffice has no Finnish hyphenation, so it broke a
# header word that did not fit anywhere ("Aikataul|u", "Leppävirra|n"). Widths are estimated from
# the advance widths of Liberation Sans Bold (em fractions; Arial's are the same).
_EM = {
    **dict.fromkeys("ijlI/.,'", 0.278),
    **dict.fromkeys("ft-():", 0.333),
    "r": 0.389,
    "z": 0.5,
    **dict.fromkeys("aceksvxyåäéJ0123456789–", 0.556),
    **dict.fromkeys("bdghnopquöüFLTZ", 0.611),
    **dict.fromkeys("EPSVXYÉ", 0.667),
    **dict.fromkeys("ABCDHKNRUÅÄÜ", 0.722),
    **dict.fromkeys("wGOQÖ", 0.778),
    "M": 0.833,
    **dict.fromkeys("m%", 0.889),
    "W": 0.944,
}
_HEADER_PT = 9.0
#: A4 minus hyteplan's margins, in twips: a table of width 100 % is scaled to it.
_TEXT_WIDTH = 9070
#: Left and right cell margins (2 × 0.19 cm) plus some slack for a different font, in twips.
_CELL_EXTRA = 260
_GRID = re.compile(r"<w:tblGrid>((?:<w:gridCol w:w=\"\d+\" ?/>)+)</w:tblGrid>")
_COL = re.compile(r"<w:gridCol w:w=\"(\d+)\" ?/>")
_HEADER_ROW = re.compile(r"<w:tr><w:trPr>(?:(?!</w:tr>).)*?<w:tblHeader.*?</w:tr>", re.S)


def _word_twips(word: str) -> int:
    return round(sum(_EM.get(c, 0.611) for c in word) * _HEADER_PT * 20) + _CELL_EXTRA


def _needs(header_row: str) -> list[int]:
    """The width (twips) each header cell needs for its longest word."""
    cells = header_row.split("</w:tc>")[:-1]
    words = [" ".join(_TEXT.findall(cell)).split() for cell in cells]
    return [max((_word_twips(w) for w in ws), default=0) for ws in words]


def fit_widths(widths: list[int], needs: list[int]) -> list[int]:
    """Column widths (same total) in which every column is at least as wide as it needs, the
    width coming from the columns with room to spare, in proportion to their room."""
    total = sum(widths)
    short = {i: n - w for i, (w, n) in enumerate(zip(widths, needs)) if n > w}
    room = {i: w - n for i, (w, n) in enumerate(zip(widths, needs)) if w > n}
    if not short or sum(needs) > total:
        return widths  # nothing to do, or not possible: leave pandoc's proportions
    missing, spare = sum(short.values()), sum(room.values())
    out = [max(w, n) for w, n in zip(widths, needs)]
    for i, extra in room.items():
        out[i] = widths[i] - round(missing * extra / spare)
    out[max(room, key=room.__getitem__)] += total - sum(out)  # rounding
    return out


def _fit_table(table: re.Match[str]) -> str:
    xml = table.group(0)
    grid, header = _GRID.search(xml), _HEADER_ROW.search(xml)
    if grid is None or header is None or '<w:tblW w:type="pct" w:w="5000"' not in xml:
        return xml
    widths = [int(w) for w in _COL.findall(grid.group(1))]
    needs = _needs(header.group(0))
    if len(needs) != len(widths):
        return xml  # merged cells: leave it
    scale = sum(widths) / _TEXT_WIDTH  # the grid is scaled to the text width
    fitted = fit_widths(widths, [round(n * scale) for n in needs])
    cols = "".join(f'<w:gridCol w:w="{w}" />' for w in fitted)
    return xml[: grid.start(1)] + cols + xml[grid.end(1) :]


def fit_header_words(document: str) -> str:
    """``word/document.xml`` with table columns widened where a header word would not fit."""
    return _TABLE.sub(_fit_table, document)
