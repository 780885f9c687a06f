"""Take from a workspace's ``reference.docx`` only what a style sheet needs.

pandoc copies much of its reference document into every DOCX it writes: external
relationships, a settings.xml ``attachedTemplate`` (Word fetches it when the file is opened),
hyperlinks, images, and fields such as INCLUDEPICTURE or INCLUDETEXT in headers and footers. A
workspace is untrusted input, so pandoc never sees its reference.docx. hyteplan builds a new one
on top of its own (trusted) reference document, taking from the workspace's only:

- ``styles.xml``, ``numbering.xml``, ``theme/theme1.xml``, ``fontTable.xml``: their
  WordprocessingML (or DrawingML) elements, without relationships (``r:`` attributes), markup
  compatibility blocks, picture bullets or embedded fonts;
- ``settings.xml``: the page, hyphenation, tab, footnote and compatibility settings listed in
  :data:`_SETTINGS`;
- the page setup of ``document.xml`` (the last ``sectPr``: size, margins, columns, numbering);
- headers and footers as text paragraphs (style and alignment kept) with the page-number fields
  PAGE, NUMPAGES and SECTIONPAGES; nothing else of them.

The zip is checked before anything is decompressed (count of parts, declared sizes and
compression ratio), and every part is read with a cap, because the declared sizes may lie.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

from hyteplan.errors import HyteplanError
from hyteplan.limits import (
    REFERENCE_DOCX_BYTES,
    REFERENCE_PART_BYTES,
    REFERENCE_PARTS,
    REFERENCE_RATIO,
    REFERENCE_TOTAL_BYTES,
)
from hyteplan.wsfiles import read_capped

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."

#: Parts taken from the workspace's document (cleaned), with the namespace they are written in.
_STYLE_PARTS = {
    "word/styles.xml": (W, "w"),
    "word/numbering.xml": (W, "w"),
    "word/fontTable.xml": (W, "w"),
    "word/theme/theme1.xml": (A, "a"),
}
#: Elements dropped wherever they are: they refer to other parts, files or programs.
_DROP = {
    "numPicBullet", "embedRegular", "embedBold", "embedItalic", "embedBoldItalic", "extLst",
    "blip", "hyperlink", "attachedTemplate", "fldSimple", "instrText",
}  # fmt: skip
_SETTINGS = {
    "zoom", "defaultTabStop", "autoHyphenation", "consecutiveHyphenLimit", "hyphenationZone",
    "doNotHyphenateCaps", "evenAndOddHeaders", "mirrorMargins", "gutterAtTop",
    "characterSpacingControl", "footnotePr", "endnotePr", "compat", "themeFontLang",
    "clrSchemeMapping", "decimalSymbol", "listSeparator", "defaultTableStyle",
}  # fmt: skip
_SECTION = {
    "pgSz", "pgMar", "cols", "titlePg", "docGrid", "footnotePr", "endnotePr", "pgNumType",
    "vAlign", "textDirection", "bidi", "rtlGutter", "pgBorders", "lnNumType", "type",
}  # fmt: skip
_PAGE_FIELDS = {"PAGE", "NUMPAGES", "SECTIONPAGES"}
_CONTAINERS = {"sdt", "sdtContent", "customXml", "smartTag", "tbl", "tr", "tc"}
_SKIP_IN_RUNS = {"drawing", "pict", "object", "txbxContent", "delText", "fldSimple"}


def _refuse(path: Path, why: str) -> HyteplanError:
    return HyteplanError(
        f"{path} is not a reference document hyteplan can use: {why}",
        hint="save the styles again from Word as a new .docx (File > Save as), or delete the "
        "workspace's templates/reference.docx to use hyteplan's own",
    )


def read_parts(path: Path, names: set[str]) -> dict[str, bytes]:
    """The parts ``names`` of the zip at ``path`` that exist, after checking its limits."""
    raw = read_capped(path, REFERENCE_DOCX_BYTES)
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, OSError) as exc:
        raise _refuse(path, "it is not a .docx (zip) file") from exc
    infos = archive.infolist()
    if len(infos) > REFERENCE_PARTS:
        raise _refuse(path, f"it has more than {REFERENCE_PARTS} parts")
    if sum(i.file_size for i in infos) > REFERENCE_TOTAL_BYTES:
        raise _refuse(path, "its parts would unpack to more than hyteplan accepts")
    out: dict[str, bytes] = {}
    for info in infos:
        if info.filename not in names:
            continue
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > REFERENCE_PART_BYTES or (
            info.file_size > 1_000_000 and ratio > REFERENCE_RATIO
        ):
            raise _refuse(path, f"{info.filename} would unpack to too much")
        try:
            with archive.open(info) as stream:
                data = stream.read(REFERENCE_PART_BYTES + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
            raise _refuse(path, f"{info.filename} cannot be unpacked") from exc
        if len(data) > REFERENCE_PART_BYTES:
            raise _refuse(path, f"{info.filename} unpacks to too much")
        out[info.filename] = data
    return out


def _parse(path: Path, name: str, data: bytes) -> ET.Element:
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise _refuse(path, f"{name} declares XML entities")
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise _refuse(path, f"{name} is not well-formed XML") from exc


def _split(tag: str) -> tuple[str, str]:
    namespace, _, local = tag[1:].rpartition("}") if tag.startswith("{") else ("", "", tag)
    return namespace, local


def _emit(
    elem: ET.Element, ns: str, prefix: str, keep: set[str] | None = None, root: bool = False
) -> str:
    """``elem`` as XML with only elements and attributes of ``ns`` (and unqualified ones)."""
    namespace, local = _split(elem.tag)
    if namespace != ns or local in _DROP:
        return ""
    attrs = f' xmlns:{prefix}="{ns}"' if root else ""
    for key, value in elem.attrib.items():
        a_ns, a_local = _split(key)
        if a_ns in ("", ns):
            attrs += f" {prefix + ':' if a_ns else ''}{a_local}={quoteattr(value)}"
    children = "".join(
        _emit(child, ns, prefix) for child in elem if keep is None or _split(child.tag)[1] in keep
    )
    text = escape(elem.text or "") if local == "t" else ""
    return f"<{prefix}:{local}{attrs}>{text}{children}</{prefix}:{local}>"


_XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def clean_part(path: Path, name: str, data: bytes) -> bytes:
    """A styles, numbering, font table, theme or settings part reduced to what styles need."""
    ns, prefix = _STYLE_PARTS.get(name, (W, "w"))
    keep = _SETTINGS if name == "word/settings.xml" else None
    return (_XML_DECL + _emit(_parse(path, name, data), ns, prefix, keep, root=True)).encode()


def _field(instr: str) -> str:
    """A page-number field (PAGE, NUMPAGES, SECTIONPAGES) as runs; '' for any other field."""
    words = instr.split()
    keyword = words[0].upper() if words else ""
    if keyword not in _PAGE_FIELDS:
        return ""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {keyword} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


class _Runs:
    """The text and page-number fields of one paragraph, in order (complex fields tracked)."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.depth = 0
        self.instr: list[str] = []
        self.emitted = False

    def walk(self, elem: ET.Element) -> None:
        for child in elem:
            namespace, local = _split(child.tag)
            if namespace != W or local in ("p", "pPr", "rPr"):
                continue
            if local == "fldSimple":
                self.out.append(_field(child.get(f"{{{W}}}instr", "")))
            elif local == "fldChar":
                self._fld_char(child.get(f"{{{W}}}fldCharType", ""))
            elif local == "instrText":
                if self.depth == 1:
                    self.instr.append(child.text or "")
            elif local == "t" and self.depth == 0:
                self.out.append(
                    f'<w:r><w:t xml:space="preserve">{escape(child.text or "")}</w:t></w:r>'
                )
            elif local == "tab" and self.depth == 0:
                self.out.append("<w:r><w:tab/></w:r>")
            elif local not in _SKIP_IN_RUNS:
                self.walk(child)

    def _fld_char(self, kind: str) -> None:
        if kind == "begin":
            self.depth += 1
            if self.depth == 1:
                self.instr, self.emitted = [], False
        elif kind in ("separate", "end") and self.depth == 1 and not self.emitted:
            self.out.append(_field("".join(self.instr)))
            self.emitted = True
        if kind == "end":
            self.depth = max(0, self.depth - 1)


def _paragraphs(elem: ET.Element) -> list[ET.Element]:
    """The paragraphs of a header or footer (in content controls and tables too, not in shapes)."""
    found: list[ET.Element] = []
    for child in elem:
        namespace, local = _split(child.tag)
        if namespace == W and local == "p":
            found.append(child)
        elif namespace == W and local in _CONTAINERS:
            found += _paragraphs(child)
    return found


def clean_header_footer(path: Path, name: str, data: bytes) -> bytes:
    """A header or footer rebuilt as text paragraphs with page-number fields, nothing else."""
    root = _parse(path, name, data)
    local = "hdr" if _split(root.tag)[1] == "hdr" else "ftr"
    paragraphs = []
    for para in _paragraphs(root):
        ppr = ""
        props = para.find(f"{{{W}}}pPr")
        if props is not None:
            ppr = "".join(
                _emit(p, W, "w") for p in props if _split(p.tag)[1] in ("pStyle", "jc", "tabs")
            )
        runs = _Runs()
        runs.walk(para)
        paragraphs.append(f"<w:p><w:pPr>{ppr}</w:pPr>{''.join(runs.out)}</w:p>")
    body = "".join(paragraphs) or "<w:p/>"
    return (f'{_XML_DECL}<w:{local} xmlns:w="{W}" xmlns:r="{R}">{body}</w:{local}>').encode("utf-8")


def _header_footer_targets(path: Path, rels: bytes | None) -> dict[str, str]:
    """rId -> part name of the document's internal header and footer relationships."""
    if rels is None:
        return {}
    targets: dict[str, str] = {}
    for rel in _parse(path, "word/_rels/document.xml.rels", rels):
        kind = rel.get("Type", "").rpartition("/")[2]
        target = rel.get("Target", "")
        if kind not in ("header", "footer") or rel.get("TargetMode") == "External":
            continue
        part = posixpath.normpath(posixpath.join("word", target.lstrip("/")))
        if target.startswith("/"):
            part = posixpath.normpath(target.lstrip("/"))
        if re.fullmatch(r"word/[A-Za-z0-9_-]+\.xml", part):
            targets[rel.get("Id", "")] = part
    return targets


def _section(
    path: Path, document: bytes, targets: dict[str, str], parts: dict[str, bytes]
) -> tuple[str, dict[str, bytes]]:
    """The cleaned last ``sectPr`` of ``document``, and the header/footer parts it refers to."""
    body = _parse(path, "word/document.xml", document).find(f"{{{W}}}body")
    sections = [] if body is None else body.findall(f"{{{W}}}sectPr")
    if not sections:
        return "", {}
    out: list[str] = []
    extra: dict[str, bytes] = {}
    for child in sections[-1]:
        namespace, local = _split(child.tag)
        if namespace != W:
            continue
        if local in ("headerReference", "footerReference"):
            part = targets.get(child.get(f"{{{R}}}id", ""))
            kind = child.get(f"{{{W}}}type", "default")
            if part is None or part not in parts or kind not in ("default", "first", "even"):
                continue
            stem = "header" if local == "headerReference" else "footer"
            new = f"word/hyteplan-{stem}{len(extra) + 1}.xml"
            extra[new] = clean_header_footer(path, part, parts[part])
            rid = f"rIdHyte{len(extra)}"
            out.append(f'<w:{local} w:type="{kind}" r:id="{rid}"/>')
        elif local in _SECTION:
            out.append(_emit(child, W, "w"))
    return f"<w:sectPr>{''.join(out)}</w:sectPr>", extra


_DOCUMENT_RELS = {
    "numbering": "numbering.xml",
    "styles": "styles.xml",
    "settings": "settings.xml",
    "webSettings": "webSettings.xml",
    "fontTable": "fontTable.xml",
    "theme": "theme/theme1.xml",
    "footnotes": "footnotes.xml",
    "comments": "comments.xml",
}
_REPLACED = {
    "[Content_Types].xml",
    "word/document.xml",
    "word/_rels/document.xml.rels",
    "word/_rels/footnotes.xml.rels",
    "word/footer1.xml",
}


def _wanted(name: str) -> bool:
    return name == "word/_rels/document.xml.rels" or bool(
        re.fullmatch(r"word/([A-Za-z0-9_-]+|theme/theme1)\.xml", name)
    )


def _read(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:  # hyteplan's own: trusted, small
        return {n: archive.read(n) for n in archive.namelist()}


def _package(parts: dict[str, bytes], section: str, extra: dict[str, bytes]) -> dict[str, bytes]:
    """Our own document.xml, its relationships and content types around the cleaned parts."""
    out = {n: data for n, data in parts.items() if n not in _REPLACED}
    out.update(extra)
    out["word/document.xml"] = (
        f'{_XML_DECL}<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{section}</w:body>'
        "</w:document>"
    ).encode("utf-8")
    rels = [
        f'<Relationship Id="rId{i}" Type="{_REL}{kind}" Target="{target}"/>'
        for i, (kind, target) in enumerate(_DOCUMENT_RELS.items(), start=1)
    ]
    overrides = []
    for i, name in enumerate(extra, start=1):
        kind = "header" if "header" in name else "footer"
        target = name.removeprefix("word/")
        rels.append(f'<Relationship Id="rIdHyte{i}" Type="{_REL}{kind}" Target="{target}"/>')
        overrides.append(f'<Override PartName="/{name}" ContentType="{_WML}{kind}+xml"/>')
    out["word/_rels/document.xml.rels"] = (
        f'{_XML_DECL}<Relationships xmlns="{PKG}">{"".join(rels)}</Relationships>'
    ).encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    types = re.sub(r'<Override PartName="/word/(header|footer)[^"]*"[^>]*/>', "", types)
    out["[Content_Types].xml"] = types.replace("</Types>", "".join(overrides) + "</Types>").encode()
    return out


def clean_reference_docx(source: Path, packaged: Path) -> bytes:
    """A reference document: hyteplan's own, with the styles and page setup of ``source``."""
    base = _read(packaged)
    found = read_parts(source, {n for n in _list_names(source) if _wanted(n)})
    parts = dict(base)
    for name in [*_STYLE_PARTS, "word/settings.xml"]:
        if name in found:
            parts[name] = clean_part(source, name, found[name])
    targets = _header_footer_targets(source, found.get("word/_rels/document.xml.rels"))
    section, extra = "", dict[str, bytes]()
    if "word/document.xml" in found:
        section, extra = _section(source, found["word/document.xml"], targets, found)
    if not section:  # no page setup of its own: hyteplan's (A4, page numbers)
        own = _header_footer_targets(packaged, base["word/_rels/document.xml.rels"])
        section, extra = _section(packaged, base["word/document.xml"], own, base)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in sorted(_package(parts, section, extra).items()):
            target.writestr(zipfile.ZipInfo(name, date_time=(2025, 6, 1, 0, 0, 0)), data)
    return out.getvalue()


def _list_names(path: Path) -> list[str]:
    """The part names of the zip at ``path`` (its central directory only; nothing unpacked)."""
    try:
        with zipfile.ZipFile(io.BytesIO(read_capped(path, REFERENCE_DOCX_BYTES))) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise _refuse(path, "it is not a .docx (zip) file") from exc
