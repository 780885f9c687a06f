"""The report part in real documents: DOCX and PDF of the example workspace, read back."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import docx
import pypdf
import pytest
import yaml
from docx.table import Table
from docx.text.paragraph import Paragraph

from hyteplan.load import load_workspace
from hyteplan.render.pipeline import RenderOptions, plan_views, render_views
from hyteplan.views import build_views

REPO = Path(__file__).resolve().parents[2]
PLANS = REPO / "plans"
EPOCH = 1_750_000_000
POPULATION = "Väestön hyvinvointi ja terveys"
CONCLUSIONS = "Vahvuudet ja kehittämiskohteet"
PLAN_PART = "Painopistealueet, tavoitteet ja toimenpiteet"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    ws = load_workspace(PLANS)
    opts = RenderOptions(
        out_dir=out, source_date_epoch=EPOCH, formats=("docx", "pdf"), only=("kuopio", "pshva")
    )
    results = render_views(plan_views(ws, opts), ws.root, opts)
    assert results and all(r.ok for r in results), results
    return out


def docx_blocks(path: Path) -> list[tuple[str, str | list[list[str]]]]:
    """The body in order: ("heading"/"text", text) for paragraphs, ("table", rows) for tables."""
    document = docx.Document(str(path))
    blocks: list[tuple[str, str | list[list[str]]]] = []
    for child in document.element.body.iterchildren():
        if child.tag.endswith("}p"):
            paragraph = Paragraph(child, document)
            kind = "heading" if paragraph.style.name.startswith("Heading") else "text"
            blocks.append((kind, paragraph.text))
        elif child.tag.endswith("}tbl"):
            table = Table(child, document)
            blocks.append(("table", [[c.text for c in row.cells] for row in table.rows]))
    return blocks


def section(blocks: list, start: str, end: str) -> list:
    first = next(i for i, (k, t) in enumerate(blocks) if k == "heading" and t == start)
    last = next(i for i, (k, t) in enumerate(blocks) if i > first and k == "heading" and t == end)
    return blocks[first:last]


def pdf_text(path: Path) -> str:
    """The PDF's text with line breaks (and hyphens at them) removed: cells wrap words."""
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)
    return re.sub(r"\s+", "", re.sub(r"-\n", "", text))


def pdf_section(text: str, start: str, end: str) -> str:
    squeezed_start, squeezed_end = re.sub(r"\s+", "", start), re.sub(r"\s+", "", end)
    begin = text.index(squeezed_start, text.index(squeezed_start) + 1)  # after the contents
    return text[begin : text.index(squeezed_end, begin)]


def sotkanet(indicator: str, region: str, year: str) -> str:
    """A value from the example's export as the document prints it (decimal comma, %)."""
    with (PLANS / "data" / "sotkanet.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            if (row["indicator"], row["region"], row["year"]) == (indicator, region, year):
                return f"{row['primary value']}\u00a0%"
    raise AssertionError(f"no value {indicator} {region} {year}")


# Indicator 289 (8th/9th graders drunk monthly, lower is better) in Kuopio (297), its welfare
# region (974) and the whole country (0), 2025; 2021 is the value before the previous term.
EXPECTED_ROW = [
    "Tosi humalassa vähintään kerran kuukaudessa, % 8. ja 9. lk",
    sotkanet("289", "297", "2025") + " (2025)",
    sotkanet("289", "974", "2025"),
    sotkanet("289", "0", "2025"),
    sotkanet("289", "297", "2021") + " (2021)",
    "Selvästi parempi kuin koko maassa; parantunut selvästi vuodesta 2021",
]


def test_population_section_shows_the_value_region_country_and_judgement_docx(
    rendered: Path,
) -> None:
    blocks = section(docx_blocks(rendered / "kuopio.docx"), POPULATION, CONCLUSIONS)
    rows = [row for kind, table in blocks if kind == "table" for row in table]
    assert EXPECTED_ROW in rows
    assert EXPECTED_ROW[1:4] == ["7,1\u00a0% (2025)", "7,4\u00a0%", "8,0\u00a0%"]  # the data


def test_population_section_shows_the_value_region_country_and_judgement_pdf(
    rendered: Path,
) -> None:
    text = pdf_section(pdf_text(rendered / "kuopio.pdf"), POPULATION, CONCLUSIONS)
    row = "".join(re.sub(r"\s+", "", cell) for cell in EXPECTED_ROW)
    assert row in text


def test_written_conclusions_come_before_the_computed_candidates(rendered: Path) -> None:
    written = "Nuorten humalajuominen on vähentynyt ja on harvinaisempaa kuin koko maassa."
    blocks = section(docx_blocks(rendered / "kuopio.docx"), CONCLUSIONS, PLAN_PART)
    texts = [t if kind != "table" else repr(t) for kind, t in blocks]
    at_written = texts.index(written)
    at_computed = texts.index("Luvuista lasketut ehdotukset")
    candidate_tables = [i for i, (kind, _) in enumerate(blocks) if kind == "table"]
    assert at_written < at_computed < min(candidate_tables)
    pdf = pdf_section(pdf_text(rendered / "kuopio.pdf"), CONCLUSIONS, PLAN_PART)
    assert 0 < pdf.index(re.sub(r"\s+", "", written)) < pdf.index("Luvuistalasketutehdotukset")


def test_regional_comparison_has_every_municipality_the_region_and_the_country(
    rendered: Path,
) -> None:
    config = yaml.safe_load((PLANS / "hyteplan.yaml").read_text(encoding="utf-8"))
    names = [m["name"]["fi"] for m in config["municipalities"]]
    names += [config["region"]["name"]["fi"], "Koko maa"]
    blocks = section(docx_blocks(rendered / "pshva.docx"), "Kuntien vertailu", CONCLUSIONS)
    tables = [t for kind, t in blocks if kind == "table"]
    assert tables
    for table in tables:
        assert [row[0] for row in table[1:]] == names
    kuopio = next(row for row in tables[0] if row[0] == "Kuopion kaupunki")
    assert sotkanet("3906", "297", "2025") in kuopio
    pdf = pdf_section(pdf_text(rendered / "pshva.pdf"), "Kuntien vertailu", CONCLUSIONS)
    for name in names:
        assert re.sub(r"\s+", "", name) in pdf


def test_report_charts_have_alt_text_and_headings_do_not_skip_levels(rendered: Path) -> None:
    document = docx.Document(str(rendered / "kuopio.docx"))
    alts = [d.get("descr") for d in document.element.body.iter() if d.tag.endswith("}docPr")]
    assert any(
        alt and alt.startswith("Ylipaino, % 8. ja 9. luokan oppilaista, Kuopion") for alt in alts
    )
    levels = [
        int(p.style.name.split()[-1])
        for p in document.paragraphs
        if p.style.name.startswith("Heading ")
    ]
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:]))


def test_the_plan_alone_has_no_report_part(tmp_path: Path) -> None:
    ws_dir = tmp_path / "plans"
    shutil.copytree(PLANS, ws_dir)
    config = ws_dir / "hyteplan.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("document: report_and_plan", "document: plan"), "utf-8")
    [view] = build_views(load_workspace(ws_dir), only=["kuopio"])
    assert view.report is None
    [view] = build_views(load_workspace(PLANS), only=["kuopio"])
    assert view.report is not None


def test_a_swedish_report_tags_finnish_only_conclusions(tmp_path: Path) -> None:
    ws = load_workspace(PLANS)
    [view] = build_views(ws, lang="sv", only=["kuopio"])
    assert view.report is not None
    [first, *_] = view.report.strengths
    assert (first.lang, first.marker) == ("fi", "(på finska)")
    [region] = build_views(ws, lang="sv", only=["pshva"])
    assert region.report is not None and region.report.strengths[0].lang == "sv"
    opts = RenderOptions(out_dir=tmp_path, formats=("md",), only=("kuopio",), lang="sv")
    [result] = render_views(plan_views(ws, opts), ws.root, opts)
    assert result.ok, result.errors
    markdown = (tmp_path / "kuopio.sv.md").read_text(encoding="utf-8")
    assert f'- [{first.text}]{{lang="fi-FI"}} (på finska)' in markdown
