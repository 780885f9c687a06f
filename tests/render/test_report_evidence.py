"""The plan part's evidence and the previous term's evaluation in real DOCX and PDF files."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from hyteplan.load import load_workspace
from hyteplan.render.pipeline import RenderOptions, plan_views, render_views

from .test_pipeline import EPOCH, pdf_text

PLANS = Path(__file__).resolve().parents[2] / "plans"
NBSP = "\u00a0"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("evidence")
    ws = load_workspace(PLANS)
    for lang, formats in (("fi", ("docx", "pdf")), ("sv", ("docx",))):
        opts = RenderOptions(
            out_dir=target / lang,
            formats=formats,
            only=("kuopio",),
            lang=lang,
            source_date_epoch=EPOCH,
            jobs=1,
        )
        results = render_views(plan_views(ws, opts), ws.root, opts)
        assert all(r.ok for r in results), results
    return target


def _docx(path: Path) -> docx.document.Document:
    return docx.Document(str(path))


def _table_rows(document: docx.document.Document, header: list[str]) -> list[list[str]]:
    """The body rows of every table whose first row is `header`."""
    rows: list[list[str]] = []
    for table in document.tables:
        cells = [[c.text for c in row.cells] for row in table.rows]
        if cells and cells[0] == header:
            rows += cells[1:]
    return rows


def _kuopio_docx(out: Path, lang: str) -> docx.document.Document:
    folder = out / lang
    return _docx(next(folder.glob("kuopio*.docx")))


def test_a_gap_shows_kuopios_value_and_year_the_regions_and_the_countrys(out: Path) -> None:
    paragraphs = [p.text for p in _kuopio_docx(out, "fi").paragraphs]
    expected = (
        f"Ylipaino, % 8. ja 9. luokan oppilaista: 20,1{NBSP}% (2025); "
        f"hyvinvointialue 20,6{NBSP}%; koko maa 19,4{NBSP}%"
    )
    assert expected in paragraphs
    pdf = " ".join(pdf_text(out / "fi" / "kuopio.pdf").split())  # lines joined, NBSP a space
    assert " ".join(expected.split()) in pdf


def test_a_goal_has_a_table_of_baseline_target_and_latest(out: Path) -> None:
    header = ["Mittari", "Lähtötaso", "Tavoitetaso", "Viimeisin"]
    rows = _table_rows(_kuopio_docx(out, "fi"), header)
    assert [
        "Ylipaino, % 8. ja 9. luokan oppilaista",
        f"19,8{NBSP}% (2023)",
        f"19,0{NBSP}% (2029)",
        f"20,1{NBSP}% (2025)",
    ] in rows


def test_the_previous_terms_evaluation_lists_every_previous_action(out: Path) -> None:
    document = _kuopio_docx(out, "fi")
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading 1")]
    assert "Edellisen valtuustokauden suunnitelman arviointi" in headings
    rows = _table_rows(document, ["Toimenpide", "Tilanne", "Arvio"])
    assert [r[0].split()[0] for r in rows] == ["R22-1", "KUO22-1", "KUO22-2", "KUO22-3"]
    assert rows[3][1] == "käynnissä"
    pdf = pdf_text(out / "fi" / "kuopio.pdf")
    for action in ("R22-1", "KUO22-1", "KUO22-2", "KUO22-3"):
        assert action in pdf


def test_a_previous_goals_indicator_movement_appears(out: Path) -> None:
    header = ["Mittari", "Lähtötaso", "Tavoitetaso", "Viimeisin", "Kehitys"]
    rows = _table_rows(_kuopio_docx(out, "fi"), header)
    assert [
        "Ylipaino, % 8. ja 9. luokan oppilaista",
        f"19,5{NBSP}% (2021)",
        f"18,5{NBSP}% (2025)",
        f"20,1{NBSP}% (2025)",
        "Heikentynyt lähtötasosta",
    ] in rows


def test_the_previous_term_section_comes_after_the_plan_part_with_headings_in_order(
    out: Path,
) -> None:
    document = _kuopio_docx(out, "fi")
    levels = [
        (int(p.style.name.split()[-1]), p.text)
        for p in document.paragraphs
        if p.style.name.startswith("Heading ") and p.style.name.split()[-1].isdigit()
    ]
    titles = [t for _, t in levels]
    assert titles.index("Painopistealueet, tavoitteet ja toimenpiteet") < titles.index(
        "Edellisen valtuustokauden suunnitelman arviointi"
    )
    # no heading skips a level (a level-3 heading never follows a level-1 heading directly)
    assert all(b <= a + 1 for (a, _), (b, _) in zip(levels, levels[1:]))


def test_swedish_labels_and_a_finnish_evaluation_tagged_as_finnish(out: Path) -> None:
    document = _kuopio_docx(out, "sv")
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Utvärdering av föregående fullmäktigeperiods plan" in headings
    rows = _table_rows(document, ["Åtgärd", "Läge", "Bedömning"])
    kiva = next(r for r in rows if r[0].startswith("KUO22-2"))
    assert kiva[2] == "KiVa Skola används i alla högstadier sedan 2023."
    written_in_finnish = next(r for r in rows if r[0].startswith("KUO22-1"))
    assert written_in_finnish[2].endswith("(på finska)")
    # the fallback passage itself carries its language (WCAG 3.1.2), the Swedish one does not
    cells = {
        row.cells[0].text.split()[0]: row.cells[2]._tc.xml
        for table in document.tables
        for row in table.rows
        if row.cells[0].text.startswith(("KUO22-1", "KUO22-2"))
    }
    assert 'w:val="fi-FI"' in cells["KUO22-1"]
    assert 'w:val="fi-FI"' not in cells["KUO22-2"]
