"""Any text validate accepts renders: the bundled fonts cover Latin, Greek, Cyrillic, symbols,
arrows, math and monochrome emoji, and a character no font has becomes U+FFFD in the PDF
(validate warns about it, P001) instead of making typst refuse the whole document."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pypdf
import pytest
import yaml

from hyteplan.charts import ALT_TEXT_LIMIT, chart_alt_text
from hyteplan.check import check
from hyteplan.glyphs import FONT_DIR
from hyteplan.load import load_workspace

from .test_pipeline import SYNC, render

COVERED = "✅ Ελληνικά Кириллица Українська ⇒ ↦ ∀x ∈ ℝ ★ ✓ 😀 🚲"
UNCOVERED = "中文"
HAN = UNCOVERED[0]
UNIT = "henkilöä kohden " * 300  # 4,800 characters


def _edit(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("fonts")
    ws = root / "ws"
    shutil.copytree(SYNC, ws)

    def region(data: dict) -> None:  # type: ignore[type-arg]
        data["actions"][0]["title"] = f"{COVERED} {UNCOVERED} loppu"

    def indicators(data: dict) -> None:  # type: ignore[type-arg]
        data["indicators"][0]["unit"] = UNIT

    _edit(ws / "region.yaml", region)
    _edit(ws / "indicators.yaml", indicators)
    results = render(ws, root / "out", formats=("pdf",), only=("pshva", "kuopio", "siilinjarvi"))
    assert all(r.ok for r in results), results
    return ws, root / "out"


@pytest.mark.parametrize("doc", ["pshva", "kuopio", "siilinjarvi"])
def test_every_document_showing_the_text_renders_it(rendered: tuple[Path, Path], doc: str) -> None:
    reader = pypdf.PdfReader(str(rendered[1] / f"{doc}.pdf"))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert f"{COVERED} \ufffd\ufffd loppu" in text
    # the unit fills narrow table cells: compare without the line breaks and hyphens
    assert re.sub(r"[\s\-]", "", UNIT[:500]) in re.sub(r"[\s\-]", "", text)
    fonts = {
        str(font["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
        if "/BaseFont" in font.get_object()
    }
    assert {"NotoEmoji-Regular", "NotoSansMath-Regular"} <= fonts


def test_validate_warns_about_the_character_no_font_has(rendered: tuple[Path, Path]) -> None:
    found = [d for d in check(load_workspace(rendered[0])) if d.code == "P001"]
    assert [d.file for d in found] == ["region.yaml"]
    lines = (rendered[0] / "region.yaml").read_text(encoding="utf-8").splitlines()
    assert lines[found[0].line - 1].strip().startswith("title: ✅")
    assert found[0].message.startswith(
        f"U+4E2D CJK UNIFIED IDEOGRAPH-4E2D (character {len(COVERED) + 2} "
    )


def _font_with(chars: str, path: Path) -> None:
    """A font of a workspace's own that has ``chars``: a bundled font with them mapped to one of
    its glyphs, under another family name."""
    from fontTools.ttLib import TTFont

    font = TTFont(str(FONT_DIR / "NotoSansSymbols-Regular.ttf"))
    glyph = max(font.getBestCmap().items())[1]  # any real glyph: .notdef would be unmapped
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap = {**table.cmap, **{ord(c): glyph for c in chars}}
    for record in font["name"].names:
        if record.nameID in (1, 3, 4, 6, 16):
            record.string = "TestiHan"
    path.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(path))


def test_a_font_the_workspace_adds_covers_in_validate_and_pdf(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    # one character: the test font draws every character it adds with the same glyph
    shutil.copytree(SYNC, ws)
    _edit(ws / "region.yaml", lambda d: d["actions"][0].update(title=f"Kiina {HAN}"))
    assert [d.code for d in check(load_workspace(ws)) if d.code == "P001"] == ["P001"]
    _font_with(HAN, ws / "templates" / "fonts" / "TestiHan.ttf")
    assert not [d for d in check(load_workspace(ws)) if d.code == "P001"]
    results = render(ws, tmp_path / "out", formats=("pdf",), only=("kuopio",))
    assert all(r.ok for r in results), results
    text = " ".join(
        p.extract_text() for p in pypdf.PdfReader(tmp_path / "out" / "kuopio.pdf").pages
    )
    assert f"Kiina{HAN}" in re.sub(r"\s", "", text)


def test_alt_text_stays_within_what_a_pdf_string_holds() -> None:
    series = [(2019 + i, 10.0 + i) for i in range(8)]
    alt = chart_alt_text(series, "Ylipaino", UNIT, "fi", region_name="Kuopio", target=9.0)
    assert len(alt) <= ALT_TEXT_LIMIT
    assert alt.startswith("Ylipaino, Kuopio 2019–2026: 10\xa0henkilöä kohden")


def test_bundled_fonts_come_with_their_licences() -> None:
    names = {p.name for p in FONT_DIR.iterdir()}
    assert {"OFL.txt", "OFL-Noto.txt", "NotoEmoji-Regular.ttf", "NotoSans-Regular.ttf"} <= names
    licence = (FONT_DIR / "OFL-Noto.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence


def test_charts_draw_with_the_same_fonts(recwarn: pytest.WarningsRecorder) -> None:
    from hyteplan.charts import trend_chart_png

    trend_chart_png([(2020, 1.0), (2024, 2.0)], f"Ylipaino {COVERED}", "%", "fi")
    # matplotlib warns "Glyph ... missing from font(s)" for each character it cannot draw
    assert not [w for w in recwarn if "missing from" in str(w.message)]
