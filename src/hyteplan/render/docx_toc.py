"""Fill the DOCX table of contents with entries, so that it is not empty before Word updates it.

pandoc writes the table of contents as an empty TOC field marked dirty: Word fills it when the
document is opened, LibreOffice shows nothing until the reader updates the index by hand. We put
the level 1 and 2 headings into the field's result as plain entries (no page numbers: only a
word processor knows them; no links: the documents contain no hyperlinks at all, which the
injection tests rely on). Word regenerates the field, with links and page numbers, on opening.

The document XML is pandoc's own output, so simple patterns find the pieces; every zip entry
keeps its name, order and timestamp, so the file stays byte-reproducible.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Mapping

_EMPTY_FIELD = re.compile(
    r"<w:p><w:r>(<w:fldChar w:fldCharType=\"begin\"[^>]*/>)"
    r"(<w:instrText[^>]*>TOC [^<]*</w:instrText>)"
    r"(<w:fldChar w:fldCharType=\"separate\" ?/>)(<w:fldChar w:fldCharType=\"end\" ?/>)</w:r></w:p>"
)
_HEADING = re.compile(
    r"<w:bookmarkStart w:id=\"\d+\" w:name=\"([^\"]+)\" />\s*"
    r"<w:p><w:pPr><w:pStyle w:val=\"Heading([12])\" /></w:pPr>(.*?)</w:p>",
    re.S,
)
_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")


def _entries(document: str) -> str:
    out = []
    for _anchor, level, runs in _HEADING.findall(document):
        text = "".join(_TEXT.findall(runs))
        if not text:
            continue
        out.append(
            f'<w:p><w:pPr><w:pStyle w:val="TOC{level}" /></w:pPr>'
            f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
        )
    return "".join(out)


def fill_toc(document: str) -> str:
    """``word/document.xml`` with the empty TOC field given its entries (unchanged if none)."""
    match = _EMPTY_FIELD.search(document)
    if match is None:
        return document
    entries = _entries(document)
    if not entries:
        return document
    begin, instr, separate, end = match.groups()
    replacement = (
        f"<w:p><w:r>{begin}</w:r><w:r>{instr}</w:r><w:r>{separate}</w:r></w:p>"
        f"{entries}<w:p><w:r>{end}</w:r></w:p>"
    )
    return document[: match.start()] + replacement + document[match.end() :]


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
