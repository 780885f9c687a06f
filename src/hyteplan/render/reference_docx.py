"""Build the A4 ``reference.docx`` that gives every DOCX its page size and styles.

pandoc's own reference document is US Letter with theme fonts and light headings; a Finnish
council expects A4, clear headings, bordered tables whose header row repeats, page numbers, and a
table of contents on its own page. We derive ours from pandoc's default (so every style pandoc
uses exists) and patch it with plain string edits: no XML library is needed at run time, and the
result is committed as ``templates/reference.docx``. Regenerate it with
``python -m hyteplan.render.reference_docx templates/reference.docx``.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

from hyteplan.render.pandoc import run_pandoc

#: A4 in twentieths of a point, with 2.5 cm side margins and 2 cm top/bottom.
_SECT_PR = (
    "<w:sectPr>"
    '<w:footerReference w:type="default" r:id="rIdHyteFooter1" />'
    '<w:footnotePr><w:numRestart w:val="eachSect" /></w:footnotePr>'
    '<w:pgSz w:w="11906" w:h="16838" />'
    '<w:pgMar w:top="1134" w:right="1418" w:bottom="1134" w:left="1418"'
    ' w:header="567" w:footer="567" w:gutter="0" />'
    "</w:sectPr>"
)

_FOOTER = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<w:p><w:pPr><w:pStyle w:val="Footer" /><w:jc w:val="right" /></w:pPr>'
    '<w:r><w:fldChar w:fldCharType="begin" /></w:r>'
    '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate" /></w:r>'
    "<w:r><w:t>1</w:t></w:r>"
    '<w:r><w:fldChar w:fldCharType="end" /></w:r>'
    "</w:p></w:ftr>"
)

_FONT = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial" />'
_HEADING_COLOUR = "1F3864"

#: style id -> (font size in half-points, bold, extra paragraph properties)
_HEADINGS = {
    "Heading1": (32, True, '<w:spacing w:before="480" w:after="160" />'),
    "Heading2": (26, True, '<w:spacing w:before="320" w:after="120" />'),
    "Heading3": (23, True, '<w:spacing w:before="240" w:after="80" />'),
    "Heading4": (22, True, '<w:spacing w:before="200" w:after="60" />'),
}

_TABLE_STYLE = (
    '<w:style w:type="table" w:default="1" w:styleId="Table">'
    '<w:name w:val="Table" /><w:basedOn w:val="TableNormal" /><w:uiPriority w:val="59" />'
    "<w:qFormat />"
    '<w:pPr><w:spacing w:before="0" w:after="0" /></w:pPr>'
    '<w:rPr><w:sz w:val="18" /><w:szCs w:val="18" /></w:rPr>'
    "<w:tblPr>"
    '<w:tblInd w:w="0" w:type="dxa" />'
    "<w:tblBorders>"
    '<w:top w:val="single" w:sz="4" w:space="0" w:color="808080" />'
    '<w:left w:val="single" w:sz="4" w:space="0" w:color="808080" />'
    '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080" />'
    '<w:right w:val="single" w:sz="4" w:space="0" w:color="808080" />'
    '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080" />'
    '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080" />'
    "</w:tblBorders>"
    "<w:tblCellMar>"
    '<w:top w:w="40" w:type="dxa" /><w:left w:w="80" w:type="dxa" />'
    '<w:bottom w:w="40" w:type="dxa" /><w:right w:w="80" w:type="dxa" />'
    "</w:tblCellMar>"
    "</w:tblPr>"
    '<w:tblStylePr w:type="firstRow">'
    "<w:rPr><w:b /><w:bCs /></w:rPr>"
    "<w:tblPr />"
    "<w:trPr><w:tblHeader /></w:trPr>"
    '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3" /><w:vAlign w:val="bottom" /></w:tcPr>'
    "</w:tblStylePr>"
    "</w:style>"
)


#: Table cells (hyteplan's pandoc program gives them this style): small, tight, hyphenated.
_TABLE_TEXT_STYLE = (
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText">'
    '<w:name w:val="Table Text" /><w:basedOn w:val="Normal" /><w:qFormat />'
    '<w:pPr><w:suppressAutoHyphens w:val="0" /><w:spacing w:before="0" w:after="0" /></w:pPr>'
    '<w:rPr><w:sz w:val="18" /><w:szCs w:val="18" /></w:rPr>'
    "</w:style>"
)

#: In a block kept on one page (a chart and its table of values): keep with the next paragraph.
_KEEP_STYLES = (
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableTextKeep">'
    '<w:name w:val="Table Text Keep" /><w:basedOn w:val="TableText" /><w:qFormat />'
    "<w:pPr><w:keepNext /></w:pPr></w:style>"
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Chart">'
    '<w:name w:val="Chart" /><w:basedOn w:val="Normal" /><w:qFormat />'
    '<w:pPr><w:keepNext /><w:spacing w:before="120" w:after="120" /></w:pPr></w:style>'
)

#: Body text is not hyphenated (as in the PDF); the document setting enables it where a style
#: allows it: in table cells, where long Finnish compounds would not fit otherwise.
_NORMAL_STYLE = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal" />'
    "<w:qFormat /><w:pPr><w:suppressAutoHyphens /></w:pPr></w:style>"
)


def _replace_style(styles: str, style_id: str, new: str) -> str:
    pattern = re.compile(r'<w:style [^>]*w:styleId="%s".*?</w:style>' % re.escape(style_id), re.S)
    if not pattern.search(styles):
        raise ValueError(f"pandoc's reference.docx has no style {style_id}")
    return pattern.sub(lambda _m: new, styles, count=1)


def _heading_style(style_id: str, level: int, size: int, bold: bool, ppr_extra: str) -> str:
    b = "<w:b /><w:bCs />" if bold else ""
    return (
        f'<w:style w:type="paragraph" w:styleId="{style_id}">'
        f'<w:name w:val="heading {level}" /><w:basedOn w:val="Normal" />'
        f'<w:next w:val="BodyText" /><w:uiPriority w:val="9" /><w:qFormat />'
        f"<w:pPr><w:keepNext /><w:keepLines />{ppr_extra}"
        f'<w:outlineLvl w:val="{level - 1}" /></w:pPr>'
        f'<w:rPr>{_FONT}{b}<w:color w:val="{_HEADING_COLOUR}" />'
        f'<w:sz w:val="{size}" /><w:szCs w:val="{size}" /></w:rPr>'
        "</w:style>"
    )


def _patch_styles(styles: str) -> str:
    styles = re.sub(
        r"<w:rPrDefault>.*?</w:rPrDefault>",
        "<w:rPrDefault><w:rPr>" + _FONT + '<w:sz w:val="22" /><w:szCs w:val="22" />'
        '<w:lang w:val="fi-FI" w:eastAsia="en-US" w:bidi="ar-SA" />'
        "</w:rPr></w:rPrDefault>",
        styles,
        count=1,
        flags=re.S,
    )
    for level, (style_id, (size, bold, extra)) in enumerate(_HEADINGS.items(), start=1):
        styles = _replace_style(
            styles, style_id, _heading_style(style_id, level, size, bold, extra)
        )
    styles = _replace_style(
        styles,
        "Title",
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title" />'
        '<w:basedOn w:val="Normal" /><w:next w:val="BodyText" /><w:qFormat />'
        '<w:pPr><w:spacing w:before="2400" w:after="240" /></w:pPr>'
        f'<w:rPr>{_FONT}<w:b /><w:bCs /><w:color w:val="{_HEADING_COLOUR}" />'
        '<w:sz w:val="52" /><w:szCs w:val="52" /></w:rPr></w:style>',
    )
    styles = _replace_style(
        styles,
        "Subtitle",
        '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle" />'
        '<w:basedOn w:val="Normal" /><w:next w:val="BodyText" /><w:qFormat />'
        '<w:pPr><w:spacing w:before="120" w:after="480" /></w:pPr>'
        f'<w:rPr>{_FONT}<w:color w:val="{_HEADING_COLOUR}" />'
        '<w:sz w:val="32" /><w:szCs w:val="32" /></w:rPr></w:style>',
    )
    styles = _replace_style(
        styles,
        "TOCHeading",
        '<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading" />'
        '<w:basedOn w:val="Heading1" /><w:next w:val="BodyText" /><w:uiPriority w:val="39" />'
        "<w:unhideWhenUsed /><w:qFormat />"
        '<w:pPr><w:pageBreakBefore /><w:outlineLvl w:val="9" /></w:pPr></w:style>',
    )
    styles = _replace_style(styles, "Table", _TABLE_STYLE)
    styles = _replace_style(styles, "Normal", _NORMAL_STYLE)
    toc_styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="TOC{level}"><w:name w:val="toc {level}" />'
        '<w:basedOn w:val="Normal" /><w:next w:val="Normal" /><w:uiPriority w:val="39" />'
        f'<w:unhideWhenUsed /><w:pPr><w:spacing w:before="{60 if level == 1 else 0}" '
        f'w:after="40" /><w:ind w:left="{(level - 1) * 240}" /></w:pPr></w:style>'
        for level in (1, 2)
    )
    footer_style = (
        '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer" />'
        '<w:basedOn w:val="Normal" /><w:pPr><w:spacing w:after="0" /></w:pPr>'
        '<w:rPr><w:sz w:val="18" /><w:szCs w:val="18" /></w:rPr></w:style>'
    )
    extra = footer_style + toc_styles + _TABLE_TEXT_STYLE + _KEEP_STYLES
    return styles.replace("</w:styles>", extra + "</w:styles>")


def _patch_document(document: str) -> str:
    start = document.index("<w:body>") + len("<w:body>")
    end = document.index("</w:body>")
    sample = '<w:p><w:pPr><w:pStyle w:val="Title" /></w:pPr><w:r><w:t>hyteplan</w:t></w:r></w:p>'
    return document[:start] + sample + _SECT_PR + document[end:]


def _patch_rels(rels: str) -> str:
    rel = (
        '<Relationship Id="rIdHyteFooter1" Target="footer1.xml" Type='
        '"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" />'
    )
    return rels.replace("</Relationships>", rel + "</Relationships>")


def _patch_content_types(types: str) -> str:
    override = (
        '<Override PartName="/word/footer1.xml" ContentType='
        '"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" />'
    )
    return types.replace("</Types>", override + "</Types>")


def _patch_core(core: str) -> str:
    core = re.sub(r"<dc:title>.*?</dc:title>", "<dc:title></dc:title>", core)
    core = re.sub(r"<dc:creator>.*?</dc:creator>", "<dc:creator>hyteplan</dc:creator>", core)
    return re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "2025-06-01T00:00:00Z", core)


def _patch_settings(settings: str) -> str:
    return settings.replace(
        '<w:zoom w:percent="100" />',
        '<w:zoom w:percent="100" /><w:autoHyphenation /><w:hyphenationZone w:val="357" />',
        1,
    )


def _zip_info(name: str) -> zipfile.ZipInfo:
    """A zip entry with a fixed date, so the reference document is byte-stable."""
    info = zipfile.ZipInfo(name, date_time=(2025, 6, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def build_reference_docx() -> bytes:
    """Return the bytes of hyteplan's A4 reference document (deterministic)."""
    default = run_pandoc(["--print-default-data-file", "reference.docx"])
    patches = {
        "word/styles.xml": _patch_styles,
        "word/document.xml": _patch_document,
        "word/_rels/document.xml.rels": _patch_rels,
        "[Content_Types].xml": _patch_content_types,
        "docProps/core.xml": _patch_core,
        "word/settings.xml": _patch_settings,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(default)) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name in patches:
                data = patches[name](data.decode("utf-8")).encode("utf-8")
            dst.writestr(_zip_info(name), data)
        dst.writestr(
            _zip_info("word/footer1.xml"),
            _FOOTER.encode("utf-8"),
        )
    return out.getvalue()


def main(argv: list[str]) -> int:
    """Write the reference document to the path given (developer tool)."""
    if len(argv) != 1:
        print("usage: python -m hyteplan.render.reference_docx OUT.docx", file=sys.stderr)
        return 2
    Path(argv[0]).write_bytes(build_reference_docx())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
