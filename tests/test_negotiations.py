"""The negotiation pack and the municipality cards of the example workspace, opened as a reader
(and a coordinator) would open them: DOCX with python-docx, PDF with pypdf."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import docx
import pypdf
import pytest

from hyteplan.cli import main
from hyteplan.indicator_data import load_indicator_values
from hyteplan.load import load_workspace
from hyteplan.model import ACTION_STATES, RegionalAction
from hyteplan.render.labels import labels_for
from hyteplan.status import standing, state_word
from hyteplan.yearly.negotiation_files import negotiation_documents, write_documents
from hyteplan.yearly.negotiations import MIN_DIFFERENCE_PERCENT, build_pack

REPO = Path(__file__).resolve().parents[1]
PLANS = REPO / "plans"
YEAR = 2026
EPOCH = 1_700_000_000
ACTION_ID = re.compile(r"\b(?:VA|EL|MT|RI|TU|OS|TJ)-\d+\b")
MUNICIPALITIES = ["kuopio", "varkaus", "siilinjarvi", "iisalmi", "leppavirta", "tuusniemi"]
FI = labels_for("fi")


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def pdf_text(path: Path) -> str:
    """The PDF's text; typst writes the hyphen of an ID (EL-1) as a soft hyphen in the text layer."""
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)
    return text.replace("\xad", "-")


def joint_actions_of(municipality: str) -> set[str]:
    ws = load_workspace(PLANS)
    return {
        a.obj.id
        for a in ws.actions
        if isinstance(a.obj, RegionalAction) and municipality in a.obj.participants
    }


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("negotiations")
    ws = load_workspace(PLANS)
    documents = negotiation_documents(ws, YEAR, load_indicator_values(PLANS / "data"))
    results = write_documents(documents, PLANS, out, ("docx", "pdf", "md", "json"), EPOCH)
    assert all(r.ok for r in results), results
    return out


def test_files_are_named_per_region_municipality_year_and_language(rendered: Path) -> None:
    stems = {p.name.rsplit(".", 1)[0] for p in rendered.iterdir()}
    expected = {f"pshva-negotiations-{YEAR}"} | {f"{m}-card-{YEAR}" for m in MUNICIPALITIES}
    expected.add(f"tuusniemi-card-{YEAR}.sv")  # Tuusniemi's documents are also in Swedish
    assert stems == expected


@pytest.mark.parametrize("municipality", MUNICIPALITIES)
def test_each_card_holds_exactly_its_municipalitys_joint_actions(
    rendered: Path, municipality: str
) -> None:
    expected = joint_actions_of(municipality)
    assert expected  # every municipality of the example takes part in some
    for ext, read in (("docx", docx_text), ("pdf", pdf_text)):
        text = read(rendered / f"{municipality}-card-{YEAR}.{ext}")
        assert set(ACTION_ID.findall(text)) == expected, ext


@pytest.mark.parametrize("municipality", MUNICIPALITIES)
def test_each_card_asks_the_two_questions_of_every_joint_action(
    rendered: Path, municipality: str
) -> None:
    text = docx_text(rendered / f"{municipality}-card-{YEAR}.docx")
    count = len(joint_actions_of(municipality))
    assert text.count(FI["q_cooperation_short"]) == count
    assert text.count(FI["q_change_short"].format(end=2029)) == count
    # the questions written out in full, as seed 003 asked them
    assert FI["q_cooperation"] in text
    assert "Saadaanko toimenpiteellä muutoksia aikaan vuoteen 2029 mennessä?" in text


@pytest.mark.parametrize("municipality", MUNICIPALITIES)
def test_every_card_fits_two_a4_pages(rendered: Path, municipality: str) -> None:
    reader = pypdf.PdfReader(str(rendered / f"{municipality}-card-{YEAR}.pdf"))
    assert len(reader.pages) <= 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4


def _card_block(text: str, action_id: str) -> str:
    """The lines of one joint action on a card, up to the next action."""
    start = text.index(f"{action_id} ")
    following = [m.start() for m in ACTION_ID.finditer(text, start + 1)]
    return text[start : following[0] if following else len(text)]


def test_recorded_answers_fill_the_cards_and_other_actions_keep_answer_lines(
    rendered: Path,
) -> None:
    kuopio = docx_text(rendered / f"kuopio-card-{YEAR}.docx")
    el1 = _card_block(kuopio, "EL-1")
    assert "kunnan liikuntaneuvonta ja hyvinvointialueen elintapaohjaus" in el1
    assert "Todennäköisesti, jos ohjaukset kirjataan" in el1
    assert "____" not in el1
    va1 = _card_block(kuopio, "VA-1")  # no answer recorded: room to write it
    assert va1.count("_" * 20) == 2
    # the status of the year and the municipality's own note on the joint action
    assert "Tila 2026: käynnissä" in el1
    assert "Kuopion liikuntaneuvonta otti ketjun käyttöön syyskuussa." in el1
    assert "24.11.2026" in kuopio
    pdf = pdf_text(rendered / f"kuopio-card-{YEAR}.pdf")
    assert "Todennäköisesti, jos ohjaukset kirjataan" in pdf


def test_own_actions_are_counted_by_status(rendered: Path) -> None:
    table = docx.Document(str(rendered / f"kuopio-card-{YEAR}.docx")).tables[0]
    header = [c.text for c in table.rows[0].cells]
    counts = dict(zip(header, (c.text for c in table.rows[1].cells)))
    kuopio = next(
        o for o in standing(load_workspace(PLANS), YEAR).organisations if o.org == "kuopio"
    )
    own = [r for r in kuopio.rows if not r.joint]  # its own actions of the year
    expected = {state_word(s, "fi"): 0 for s in ACTION_STATES}
    for row in own:
        if row.state:
            expected[state_word(row.state, "fi")] += 1
    assert {w: int(counts[w]) for w in expected} == expected
    assert expected["siirretty"] == 1  # the example's postponed action
    assert counts[FI["card_total"]] == str(len(own))


def test_summary_matrix_shows_status_where_a_municipality_takes_part(rendered: Path) -> None:
    document = docx.Document(str(rendered / f"pshva-negotiations-{YEAR}.docx"))
    matrix = document.tables[0]
    header = [c.text for c in matrix.rows[0].cells]
    assert header[1:] == [
        "Kuopion kaupunki",
        "Varkauden kaupunki",
        "Siilinjärven kunta",
        "Iisalmen kaupunki",
        "Leppävirran kunta",
        "Tuusniemen kunta",
    ]
    rows = {r.cells[0].text.split()[0]: [c.text for c in r.cells[1:]] for r in matrix.rows[1:]}
    ws = load_workspace(PLANS)
    joint = {a.obj.id: a.obj for a in ws.joint_actions()}
    assert set(rows) == set(joint)
    for action_id, cells in rows.items():
        for municipality, cell in zip(MUNICIPALITIES, cells):
            taking_part = municipality in joint[action_id].participants
            assert (cell != "–") == taking_part, (action_id, municipality)
    assert rows["VA-2"] == ["–", "käynnissä", "–", "käynnissä", "käynnissä", "–"]
    assert rows["EL-2"][1] == "toteutunut"


def test_summary_states_its_difference_rule_and_lists_differences(rendered: Path) -> None:
    text = docx_text(rendered / f"pshva-negotiations-{YEAR}.docx")
    assert FI["neg_difference_rule"].format(count=3, minimum=MIN_DIFFERENCE_PERCENT) in text
    pack = build_pack(load_workspace(PLANS), YEAR, "fi", load_indicator_values(PLANS / "data"))
    varkaus = next(g for g in pack.differences if g.municipality == "Varkauden kaupunki")
    first = varkaus.differences[0]
    # Bullied weekly, 8th-9th grade: Varkaus 7,9 % against the region's 6,8 % (2025): +16 %, worse
    assert (first.indicator_id, first.percent, first.judgement) == (
        "sotkanet-1514",
        "+16\u00a0%",
        "heikompi",
    )
    assert all(d.size >= MIN_DIFFERENCE_PERCENT for g in pack.differences for d in g.differences)


def test_pack_holds_every_card_and_the_record(rendered: Path) -> None:
    text = pdf_text(rendered / f"pshva-negotiations-{YEAR}.pdf")
    for name in ("Kuopion kaupunki", "Tuusniemen kunta"):
        assert f"{name} – Kuntakortti {YEAR}" in text
    assert "Seuraavat hyte-neuvottelut syyskuussa 2027." in text
    reader = pypdf.PdfReader(str(rendered / f"pshva-negotiations-{YEAR}.pdf"))
    assert "/StructTreeRoot" in reader.trailer["/Root"]  # tagged PDF
    assert reader.metadata is not None and reader.metadata.title == f"Hyte-neuvottelut {YEAR}"


def test_bytes_are_reproducible(rendered: Path, tmp_path: Path) -> None:
    ws = load_workspace(PLANS)
    documents = [
        d
        for d in negotiation_documents(ws, YEAR, load_indicator_values(PLANS / "data"))
        if d.stem == f"leppavirta-card-{YEAR}"
    ]
    write_documents(documents, PLANS, tmp_path, ("docx", "pdf"), EPOCH)
    for ext in ("docx", "pdf"):
        name = f"leppavirta-card-{YEAR}.{ext}"
        assert (tmp_path / name).read_bytes() == (rendered / name).read_bytes(), ext


def test_answers_are_text_never_markup(tmp_path: Path) -> None:
    ws_dir = tmp_path / "plans"
    shutil.copytree(PLANS, ws_dir)
    record = ws_dir / "negotiations" / "2026-hyte-neuvottelukunta.yaml"
    hostile = "**lihavoitu** `<w:r>raw</w:r>`{=openxml} ![x](/etc/passwd) 8. luokka | sarake"
    text = record.read_text(encoding="utf-8").replace(
        "Viestintäyhteistyö on tärkeää, mutta tietoähky on haaste.", f"'{hostile}'"
    )
    record.write_text(text, encoding="utf-8")
    ws = load_workspace(ws_dir)
    documents = [
        d
        for d in negotiation_documents(ws, YEAR, load_indicator_values(ws_dir / "data"))
        if d.stem == f"kuopio-card-{YEAR}"
    ]
    results = write_documents(documents, ws_dir, tmp_path / "out", ("docx",), EPOCH)
    assert all(r.ok for r in results), results
    assert hostile in docx_text(tmp_path / "out" / f"kuopio-card-{YEAR}.docx")


def test_cli_writes_the_pack_and_cards(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    code = main(
        ["report", "negotiations", str(PLANS), "--year", "2027", "--to", "json", "--out", str(out)]
    )
    assert code == 0
    assert (out / "pshva-negotiations-2027.json").is_file()
    assert (out / "kuopio-card-2027.json").is_file()
    assert "Wrote 8 files for 8 documents" in capsys.readouterr().out


def test_cli_refuses_an_unknown_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["report", "negotiations", str(PLANS), "--to", "odt", "--out", str(tmp_path)])
    assert code == 2
    assert "unknown output format odt" in capsys.readouterr().err


def test_the_record_appears_in_the_annual_report_of_its_year(tmp_path: Path) -> None:
    code = main(
        ["report", "annual", str(PLANS), "--year", "2026", "--only", "varkaus", "--to", "docx"]
        + ["--out", str(tmp_path)]
    )
    assert code == 0
    text = docx_text(tmp_path / "varkaus-annual-2026.docx")
    assert f"{FI['neg_records'].format(year=2026)}" in text
    assert "Seuraavat hyte-neuvottelut syyskuussa 2027." in text  # a next step
    assert "RI-1: Päihdekasvatuksen jatkumoon lisätään" in text  # an agreed change
    assert "Todennäköisesti, jos ohjaukset kirjataan" in text  # an answer about EL-1
    assert "Asukasraatimalli kehitetään" in text  # OS-1: Varkaus takes part


def test_a_year_without_a_record_says_so_in_the_annual_report() -> None:
    from hyteplan.yearly.annual_views import build_annual_views

    ws = load_workspace(PLANS)
    (view,) = build_annual_views(ws, 2027, lang="fi", only=["kuopio"])
    assert view.negotiations == []
    (view,) = build_annual_views(ws, 2026, lang="fi", only=["leppavirta"])
    (record,) = view.negotiations
    # Leppävirta does not take part in MT-1: only its own joint actions' answers are shown
    assert [a.action.split()[0] for a in record.answers] == [
        "EL-1",
        "MT-2",
        "RI-2",
        "TU-3",
        "OS-1",
        "TJ-2",
    ]


def test_next_years_pack_shows_what_was_agreed_the_year_before() -> None:
    ws = load_workspace(PLANS)
    values = load_indicator_values(PLANS / "data")
    pack = build_pack(ws, 2027, "fi", values)
    (previous,) = pack.previous
    assert previous.date == "24.11.2026"
    assert "Seuraavat hyte-neuvottelut syyskuussa 2027." in previous.next_steps
    assert pack.records == []
    kuopio = next(c for c in pack.cards if c.id == "kuopio")
    assert kuopio.record is None  # 2026's answers do not fill 2027's questions
    assert all(a.cooperation == "" and a.change == "" for a in kuopio.joint)


def test_a_language_other_than_the_first_is_in_the_file_name() -> None:
    ws = load_workspace(PLANS)
    values = load_indicator_values(PLANS / "data")
    stems = [d.stem for d in negotiation_documents(ws, YEAR, values, lang="sv")]
    assert "pshva-negotiations-2026.sv" in stems and "kuopio-card-2026.sv" in stems
    kuopio = next(
        d for d in negotiation_documents(ws, YEAR, values, "sv") if d.stem.startswith("kuopio")
    )
    assert kuopio.view.lang == "sv"
