"""`hyteplan report annual`: the example workspace's reports, opened as DOCX and PDF and read back."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pypdf
import pytest

from hyteplan.load import load_workspace
from hyteplan.render.labels import labels_for
from hyteplan.render.pipeline import DocumentResult, RenderOptions, render_views
from hyteplan.status import entry_of, state_word
from hyteplan.workspace import Workspace
from hyteplan.yearly.annual_report import annual_views
from hyteplan.yearly.annual_views import AnnualView

EXAMPLE = Path(__file__).resolve().parents[2] / "plans"
EPOCH = 1_750_000_000
DOCS = ("pshva", "kuopio", "leppavirta")


def rows_of(path: Path) -> list[list[str]]:
    """Every row of every table of a DOCX, as cell texts (no-break spaces as spaces)."""
    document = docx.Document(str(path))
    return [
        [c.text.replace("\u00a0", " ") for c in row.cells]
        for t in document.tables
        for row in t.rows
    ]


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example workspace copied outside git: its report has no history of changes."""
    target = tmp_path_factory.mktemp("annual") / "plans"
    shutil.copytree(EXAMPLE, target)
    return target


@pytest.fixture(scope="module")
def views(example: Path) -> list[AnnualView]:
    options = RenderOptions(out_dir=example.parent / "out", only=DOCS)
    return annual_views(load_workspace(example), 2026, options)


@pytest.fixture(scope="module")
def rendered(example: Path, views: list[AnnualView]) -> Path:
    out = example.parent / "out"
    options = RenderOptions(out_dir=out, formats=("docx", "pdf"), source_date_epoch=EPOCH)
    results: list[DocumentResult] = render_views(views, example, options)
    assert all(r.ok for r in results), results
    return out


def own_and_joint_actions(ws: Workspace, org: str) -> dict[str, str]:
    """Action ID -> the organisation whose status entry it has (a joint action's: the region)."""
    out = {a.obj.id: org for a in ws.actions if a.owner == org}
    for joint in ws.joint_actions():
        if org in joint.obj.participants:
            out[joint.obj.id] = ws.region_id or ""
    return out


def test_files_are_named_apart_from_the_plans(rendered: Path) -> None:
    names = sorted(p.name for p in rendered.iterdir() if p.is_file())
    assert names == sorted(f"{d}-annual-2026.{f}" for d in DOCS for f in ("docx", "pdf"))


def test_every_action_of_the_organisation_is_listed_with_its_status(
    example: Path, rendered: Path
) -> None:
    ws = load_workspace(example)
    actions = own_and_joint_actions(ws, "kuopio")
    assert "KUO-1" in actions and "VA-1" in actions  # its own and its joint actions
    rows = {r[0].split(" ")[0]: r for r in rows_of(rendered / "kuopio-annual-2026.docx")}
    pdf = flat(pdf_text(rendered / "kuopio-annual-2026.pdf"))
    for action_id, owner in actions.items():
        entry = entry_of(ws, 2026, owner, action_id)
        expected = (
            state_word(entry.status, "fi") if entry else labels_for("fi")["annual_not_scheduled"]
        )
        assert action_id in rows, action_id
        assert rows[action_id][2] == expected, action_id
        assert action_id in pdf
    # not another municipality's own action
    assert not any(k.startswith("VAR-") for k in rows)


def test_on_track_judgement_of_a_chosen_indicator(rendered: Path) -> None:
    # Kuopio's overweight (3906): baseline 19.8 (2023), target 19.0 (2029), latest 20.1 (2025);
    # the path gives 19.5 for 2025 and lower is better, so it is off track.
    labels = labels_for("fi")
    rows = rows_of(rendered / "kuopio-annual-2026.docx")
    summary = [r for r in rows if r[0] == "Ylipaino, % 8. ja 9. luokan oppilaista" and len(r) == 5]
    assert summary and summary[0][1:] == [
        "19,8 % (2023)",
        "20,1 % (2025)",
        "19,0 % (2029)",
        labels["annual_off_track"],
    ]
    assert ["Tavoitepolun arvo 2025", "19,5 %"] in rows
    # 289 (drunk monthly): 8.1 (2023) -> 7.1 (2025), target 6.0 (2029): the path gives 7.7
    drunk = [r for r in rows if r[0].startswith("Tosi humalassa") and len(r) == 5]
    assert drunk[0][4] == labels["annual_on_track"]
    pdf = flat(pdf_text(rendered / "kuopio-annual-2026.pdf"))
    assert flat(labels["annual_rule"])[:80] in pdf  # the rule is stated in words
    assert labels["annual_off_track"] in pdf


def test_a_joint_action_reads_the_same_in_every_participants_report(
    views: list[AnnualView], rendered: Path
) -> None:
    kuopio = {r[0].split(" ")[0]: r for r in rows_of(rendered / "kuopio-annual-2026.docx")}
    leppa = {r[0].split(" ")[0]: r for r in rows_of(rendered / "leppavirta-annual-2026.docx")}
    region = {r[0].split(" ")[0]: r for r in rows_of(rendered / "pshva-annual-2026.docx")}
    shared = (
        "Ensimmäiset yhteiset vanhempainillat pidettiin syksyllä 14 koulussa viidessä kunnassa."
    )
    assert kuopio["VA-1"][:3] == leppa["VA-1"][:3] == region["VA-1"][:3]
    for rows in (kuopio, leppa, region):
        assert rows["VA-1"][3].startswith(shared)
    # each participant's own note beside it, in its own report only
    assert "Kuopiossa mukana kuusi koulua" in kuopio["VA-1"][3]
    assert "Kuopiossa" not in leppa["VA-1"][3]
    assert "vanhempainyhdistyksen" in leppa["VA-1"][3]
    # built once: the same object in every report of the language
    rows = {
        v.org_id: next(r for a in v.focus_areas for r in a.rows if r.action.id == "VA-1")
        for v in views
    }
    assert rows["kuopio"].action is rows["leppavirta"].action is rows["pshva"].action


def test_summary_counts_actions_by_status(views: list[AnnualView]) -> None:
    kuopio = next(v for v in views if v.org_id == "kuopio")
    counts = {c.key: c.count for c in kuopio.counts}
    statuses = [r.action.status_key for a in kuopio.focus_areas for r in a.rows]
    assert counts["started"] == statuses.count("started") > 0
    assert counts["postponed"] == statuses.count("postponed") == 1


def test_incentive_checklist_and_decisions(rendered: Path) -> None:
    labels = labels_for("fi")
    rows = rows_of(rendered / "kuopio-annual-2026.docx")
    checklist = {r[0]: r[1:] for r in rows if len(r) == 3}
    coordinator = checklist["Kunnassa on nimetty hyvinvointikoordinaattori (hyte-koordinaattori)."]
    assert coordinator == [
        labels["incentive_met"],
        "Hyvinvoinnin edistämisen yksikön suunnittelija, nimetty 1.9.2025",
    ]
    audit = checklist[
        "Tarkastuslautakunta arvioi hyte-tavoitteiden toteutumisen valtuustokaudella."
    ]
    assert audit == [labels["incentive_not_met"], ""]
    report = checklist[
        "Valtuustolle raportoidaan vuosittain kuntalaisten hyvinvoinnista ja elintavoista."
    ]
    assert report == [labels["incentive_met"], "Kaupunginvaltuusto 29.3.2027 § 31"]
    assert ["Kaupunginvaltuusto", "29.3.2027", "31", "Merkitsi vuosiraportin tiedoksi."] in rows
    tagged = [r for r in rows if len(r) == 4 and r[1] == labels["incentive_outcome"]]
    assert [r[0] for r in tagged][0] == "Ylipaino, % 8. ja 9. luokan oppilaista"
    assert tagged[0][3] == "heikentynyt 2023–2025"
    # the region's incentive has no document items; its tagged indicators are the regional ones
    region = rows_of(rendered / "pshva-annual-2026.docx")
    assert not any(r[0].startswith("Kunnassa on nimetty") for r in region)
    assert any(
        r[0].startswith("Lonkkamurtumat") and r[1] == labels["incentive_outcome"] for r in region
    )


def test_without_git_history_the_report_says_so(rendered: Path) -> None:
    text = flat(pdf_text(rendered / "kuopio-annual-2026.pdf"))
    assert labels_for("fi")["annual_no_history"] in text


def test_status_text_never_becomes_markup_and_bytes_are_reproducible(tmp_path: Path) -> None:
    ws_dir = tmp_path / "plans"
    shutil.copytree(EXAMPLE, ws_dir)
    status = ws_dir / "status" / "2026.yaml"
    hostile = "**lihavoitu** [linkki](http://x.invalid) `<w:r>` # otsikko"
    text = status.read_text(encoding="utf-8")
    old = "note: Kaksi lähiliikuntapaikkaa valmistui (Petosen ja Saaristokaupungin koulut)."
    assert old in text
    status.write_text(text.replace(old, f"note: '{hostile}'"), encoding="utf-8")
    outs = []
    for name in ("a", "b"):
        out = tmp_path / name
        options = RenderOptions(
            out_dir=out, formats=("docx",), only=("kuopio",), source_date_epoch=EPOCH, jobs=1
        )
        views = annual_views(load_workspace(ws_dir), 2026, options)
        assert all(r.ok for r in render_views(views, ws_dir, options))
        outs.append(out / "kuopio-annual-2026.docx")
    rows = {r[0].split(" ")[0]: r for r in rows_of(outs[0])}
    assert rows["KUO-1"][3] == hostile  # shown as written, not as bold, a link or code
    assert outs[0].read_bytes() == outs[1].read_bytes()


def test_json_is_the_same_data(views: list[AnnualView]) -> None:
    import json

    kuopio = next(v for v in views if v.org_id == "kuopio")
    data = json.loads(json.dumps(kuopio.to_data(), ensure_ascii=False))
    assert data["id"] == "kuopio-annual-2026" and data["year"] == 2026
    overweight = next(i for i in data["indicators"] if i["id"] == "sotkanet-3906")
    assert overweight["judgement_key"] == "off_track" and overweight["expected"] == "19,5\u00a0%"
    counted = [
        r["action"]
        for a in data["focus_areas"]
        for r in a["rows"]
        if r["action"]["status_key"] != "none" or r["action"]["scheduled"]
    ]
    assert sum(c["count"] for c in data["counts"]) == len(counted) > 0
    assert "template" not in data  # the layout's name is no content


def test_charts_have_alt_text_and_the_pdf_is_tagged(rendered: Path) -> None:
    import zipfile

    with zipfile.ZipFile(rendered / "kuopio-annual-2026.docx") as z:
        body = z.read("word/document.xml").decode("utf-8")
    assert 'descr="Ylipaino, % 8. ja 9. luokan oppilaista, Kuopion kaupunki 2017–2025' in body
    reader = pypdf.PdfReader(str(rendered / "kuopio-annual-2026.pdf"))
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in root
    assert root["/Lang"] == "fi-FI"
    assert (
        reader.metadata is not None
        and reader.metadata.title == "Kuopion kaupunki – Vuosiraportti 2026"
    )
