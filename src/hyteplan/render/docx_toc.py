"""A DOCX table of contents with page numbers in Word and in LibreOffice alike.

pandoc writes the table of contents as an empty TOC field marked dirty: Word fills it when the
document is opened, but LibreOffice shows a TOC field's stored content as it is, so it showed
nothing (or whatever page numbers were stored, which only a word processor's own layout can
know: the PDF's pages are not LibreOffice's). What LibreOffice does compute from its own layout
is a page reference outside a TOC field. So the field is replaced by plain entries of the level
1 and 2 headings, each ending in a ``PAGEREF`` field to a bookmark placed in its heading; the
fields are marked dirty, so Word computes them on opening too. The entries carry no links: the
documents contain no hyperlinks at all, which the injection tests rely on. The price: Word's
"update table" does not pick up headings added by hand later (insert a new table for that).

The document XML is pandoc's own output, so simple patterns find the pieces; every zip entry
keeps its name, order and timestamp, so the file stays byte-reproducible.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Mapping

_EMPTY_FIELD = re.compile(
    r"<w:p><w:r><w:fldChar w:fldCharType=\"begin\"[^>]*/>"
    r"<w:instrText[^>]*>TOC [^<]*</w:instrText>"
    r"<w:fldChar w:fldCharType=\"separate\" ?/><w:fldChar w:fldCharType=\"end\" ?/></w:r></w:p>"
)
_HEADING = re.compile(
    r"(<w:p><w:pPr><w:pStyle w:val=\"Heading([12])\" /></w:pPr>)(.*?</w:p>)",
    re.S,
)
_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")
_ID = re.compile(r"w:id=\"(\d+)\"")
#: A right tab at the text's right edge (A4, 2.5 cm margins: 16 cm), with a dotted leader.
_TAB = '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9070" /></w:tabs>'


def _entry(level: str, text: str, bookmark: str) -> str:
    return (
        f'<w:p><w:pPr><w:pStyle w:val="TOC{level}" />{_TAB}</w:pPr>'
        f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r><w:r><w:tab /></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true" /></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> PAGEREF {bookmark} \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate" /></w:r><w:r><w:t></w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end" /></w:r></w:p>'
    )


def fill_toc(document: str) -> str:
    """``word/document.xml`` with the empty TOC field replaced by entries whose page numbers
    the word processor computes (unchanged if there is no such field or no heading)."""
    match = _EMPTY_FIELD.search(document)
    if match is None:
        return document
    next_id = max((int(i) for i in _ID.findall(document)), default=0) + 1
    entries: list[str] = []

    def mark(heading: re.Match[str]) -> str:
        nonlocal next_id
        text = "".join(_TEXT.findall(heading.group(3)))
        if not text:
            return heading.group(0)
        bookmark, ident = f"_Toc{len(entries) + 1:05d}", next_id
        next_id += 1
        entries.append(_entry(heading.group(2), text, bookmark))
        start = f'<w:bookmarkStart w:id="{ident}" w:name="{bookmark}" />'
        return f'{heading.group(1)}{start}<w:bookmarkEnd w:id="{ident}" />{heading.group(3)}'

    body = _HEADING.sub(mark, document[match.end() :])
    if not entries:
        return document
    return document[: match.start()] + "".join(entries) + body


def patch_docx(docx: bytes, patches: Mapping[str, Callable[[str], str]]) -> bytes:
    """The DOCX with the XML parts named in ``patches`` rewritten; everything else unchanged."""
    source = zipfile.ZipFile(io.BytesIO(docx))
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename in patches:
                data = patches[info.filename](data.decode("utf-8")).encode("utf-8")
            target.writestr(info, data)
    return out.getvalue()


def fill_docx_toc(docx: bytes) -> bytes:
    """The DOCX with its table of contents filled (see :func:`fill_toc`)."""
    return patch_docx(docx, {"word/document.xml": fill_toc})
