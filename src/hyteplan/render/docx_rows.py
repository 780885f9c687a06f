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
