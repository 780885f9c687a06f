"""Rendering whole workspaces: real DOCX and PDF files, opened and read back."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pypdf
import pytest
import yaml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from hyteplan.load import load_workspace
from hyteplan.render.pipeline import DocumentResult, RenderOptions, plan_views, render_views

from .hostile import HOSTILE, flat, squeeze
from .libreoffice import docx_to_pdf

SYNC = Path(__file__).parent / "data" / "sync"
PARTICIPANTS = {"EL-1": {"kuopio", "siilinjarvi"}, "OS-1": {"iisalmi", "kuopio"}}
ALL_DOCS = ["pshva", "kuopio", "siilinjarvi", "iisalmi"]
EPOCH = 1_750_000_000


def render(ws_dir: Path, out: Path, **options: object) -> list[DocumentResult]:
    ws = load_workspace(ws_dir)
    opts = RenderOptions(out_dir=out, source_date_epoch=EPOCH, **options)  # type: ignore[arg-type]
    return render_views(plan_views(ws, opts), ws.root, opts)


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    results = render(SYNC, out, formats=("docx", "pdf", "md", "json"))
    assert all(r.ok for r in results), results
    return out


def test_every_format_of_every_document_is_written(rendered: Path) -> None:
    names = sorted(p.name for p in rendered.iterdir() if p.is_file())
    assert names == sorted(f"{d}.{f}" for d in ALL_DOCS for f in ("docx", "pdf", "md", "json"))
    assert [p.name for p in rendered.iterdir() if p.is_dir()] == ["charts"]


CHART_REF = re.compile(r"!\[[^\]]*\]\((charts/[^)]+\.png)\)")


def test_markdown_charts_are_written_next_to_it_one_folder_per_document(rendered: Path) -> None:
    written = sorted(
        str(p.relative_to(rendered)) for p in (rendered / "charts").rglob("*") if p.is_file()
    )
    referred = sorted(
        ref
        for d in ALL_DOCS
        for ref in CHART_REF.findall((rendered / f"{d}.md").read_text(encoding="utf-8"))
    )
    assert written == referred
    assert written == [
        "charts/kuopio/sotkanet-292.png",
        "charts/kuopio/sotkanet-3906.png",
        "charts/pshva/sotkanet-3906.png",
        "charts/pshva/sotkanet-3959.png",
    ]
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in (rendered / "charts").rglob("*.png"))
    with zipfile.ZipFile(rendered / "kuopio.docx") as z:  # the very images of the DOCX
        media = {z.read(n) for n in z.namelist() if n.startswith("word/media/")}
    assert {p.read_bytes() for p in (rendered / "charts" / "kuopio").iterdir()} == media


def test_markdown_charts_follow_the_markdown(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(SYNC, ws)
    out = tmp_path / "out"
    assert all(r.ok for r in render(ws, out, formats=("docx",), only=("kuopio",)))
    assert not (out / "charts").exists()  # only Markdown needs them as files
    assert all(r.ok for r in render(ws, out, formats=("md",), only=("kuopio",)))
    assert len(list((out / "charts" / "kuopio").glob("*.png"))) == 2
    (out / "charts" / "kuopio" / "notes.txt").write_text("mine", encoding="utf-8")
    # a template that shows no charts: the Markdown refers to none, the old PNGs go
    (ws / "templates").mkdir()
    (ws / "templates" / "indicators.md.j2").write_text(
        "# {{ labels.indicator_appendix }}\n", encoding="utf-8"
    )
    assert all(r.ok for r in render(ws, out, formats=("md",), only=("kuopio",)))
    assert "charts/" not in (out / "kuopio.md").read_text(encoding="utf-8")
    assert sorted(p.name for p in (out / "charts" / "kuopio").iterdir()) == ["notes.txt"]


def test_joint_actions_appear_in_region_and_exactly_participants_documents(rendered: Path) -> None:
    for action_id, participants in PARTICIPANTS.items():
        for reader, suffix in ((docx_text, "docx"), (pdf_text, "pdf")):
            holders = {d for d in ALL_DOCS if action_id in reader(rendered / f"{d}.{suffix}")}
            assert holders == participants | {"pshva"}, (action_id, suffix)


def test_docx_structure_headings_tables_language_and_alt_text(rendered: Path) -> None:
    path = rendered / "kuopio.docx"
    document = docx.Document(str(path))
    assert document.core_properties.title == "Kuopion kaupungin hyvinvointisuunnitelma 2026–2029"
    assert document.core_properties.language == "fi-FI"
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    headings = [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")
    ]
    assert ("Heading 1", "Tausta ja lakiperusta") in headings
    assert ("Heading 2", "Elintavat") in headings
    assert ("Heading 3", "Yhdessä hyvinvointialueen kanssa") in headings
    assert ("Heading 3", "Kunnan omat toimenpiteet") in headings
    assert ("Heading 1", "Käsittelyhistoria") in headings
    actions = next(t for t in document.tables if t.rows[0].cells[0].text == "Toimenpide")
    header = [c.text for c in actions.rows[0].cells]
    assert header == ["Toimenpide", "Vastuutaho", "Kumppanit", "Aikataulu", "Mittarit"]
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode()
        media = [n for n in z.namelist() if n.startswith("word/media/")]
    assert xml.count("<w:tblHeader") >= len(document.tables)
    assert len(media) == 2  # charts of the two indicators with at least two values
    assert xml.count('descr="Ylipaino') == 1 and "Kuopion kaupunki 2019–2023" in xml
    assert "Lähde: THL, Sotkanet.fi (CC BY 4.0)." in docx_text(path)


def test_docx_table_of_contents_lists_the_headings_before_word_updates_it(rendered: Path) -> None:
    document = docx.Document(str(rendered / "pshva.docx"))
    body = document.element.body  # the contents sit in a content control, not in .paragraphs
    every = [Paragraph(p, document) for p in body.iter(qn("w:p"))]
    toc = [p.text.split("\t")[0] for p in every if p.style.name.startswith("toc")]
    headings = [p.text for p in document.paragraphs if p.style.name in ("Heading 1", "Heading 2")]
    assert toc == headings and "Yhteiset toimenpiteet kunnittain" in toc
    with zipfile.ZipFile(rendered / "pshva.docx") as z:
        xml = z.read("word/document.xml").decode()
    assert 'w:fldCharType="begin" w:dirty="true"' in xml  # Word computes the page numbers
    assert xml.count("PAGEREF _Toc") == len(toc)


def test_docx_table_of_contents_has_page_numbers_in_libreoffice(
    rendered: Path, tmp_path: Path
) -> None:
    """LibreOffice computes the contents' page references from its own layout on opening: each
    listed heading stands on the page its entry names."""
    pdf = docx_to_pdf(rendered / "pshva.docx", tmp_path)
    pages = [page.extract_text() for page in pypdf.PdfReader(str(pdf)).pages]
    contents = next(page for page in pages if "Sisällys" in page)
    for heading in ("Vastuunjakotaulukko", "Liite: Mittarit", "Käsittelyhistoria"):
        found = re.search(re.escape(heading) + r"[ .…]*(\d+)\s*$", contents, re.M)
        assert found, (heading, contents)
        page = pages[int(found.group(1)) - 1]
        assert heading in page, (heading, found.group(1))


def test_pdf_is_tagged_titled_finnish_and_extractable(rendered: Path) -> None:
    reader = pypdf.PdfReader(str(rendered / "pshva.pdf"))
    root = reader.trailer["/Root"]
    assert reader.metadata is not None
    assert (
        reader.metadata.title
        == "Pohjois-Savon hyvinvointialue – alueellinen hyvinvointisuunnitelma 2026–2029"
    )
    assert root["/Lang"] == "fi-FI" and "/StructTreeRoot" in root
    text = pdf_text(rendered / "pshva.pdf")
    for expected in (
        "Vastuunjakotaulukko",
        "Yhteiset toimenpiteet kunnittain",
        "Käsittelyhistoria",
        "Siilinjärven kunta",
        "Hyväksytty 10.6.2026",
        "612/2021",
    ):
        assert expected in text, expected


def test_json_is_the_document_content_as_data(rendered: Path) -> None:
    data = json.loads((rendered / "kuopio.json").read_text(encoding="utf-8"))
    assert data["organisation"] == "Kuopion kaupunki"
    assert {(a["id"], a["joint"]) for a in data["actions"]} == {
        ("EL-1", True),
        ("OS-1", True),
        ("KUO-1", False),
    }
    assert [a["participants"] for a in data["actions"] if a["id"] == "OS-1"] == [
        ["iisalmi", "kuopio"]
    ]


def test_markdown_is_readable_pandoc_markdown(rendered: Path) -> None:
    md = (rendered / "kuopio.md").read_text(encoding="utf-8")
    assert md.startswith("---\n")
    assert "# Painopistealueet, tavoitteet ja toimenpiteet" in md
    assert "| EL-1 Liikuntaneuvonnan yhteinen palveluketju |" in md


def test_same_source_date_epoch_gives_byte_identical_files(rendered: Path, tmp_path: Path) -> None:
    render(SYNC, tmp_path, formats=("docx", "pdf"), only=("kuopio", "pshva"))
    for name in ("kuopio.docx", "kuopio.pdf", "pshva.docx", "pshva.pdf"):
        assert (tmp_path / name).read_bytes() == (rendered / name).read_bytes(), name


def test_swedish_documents_have_swedish_headings(tmp_path: Path) -> None:
    results = render(SYNC, tmp_path, lang="sv", only=("kuopio",), jobs=1)
    assert [r.id for r in results if r.ok] == ["kuopio.sv"]  # Kuopio's own language is Finnish
    document = docx.Document(str(tmp_path / "kuopio.sv.docx"))
    headings = {p.text for p in document.paragraphs if p.style.name.startswith("Heading")}
    assert {
        "Bakgrund och rättslig grund",
        "Tillsammans med välfärdsområdet",
        "Kommunens egna åtgärder",
        "Bilaga: Indikatorer",
        "Behandlingshistorik",
    } <= headings
    assert document.core_properties.language == "sv-FI"
    text = pdf_text(tmp_path / "kuopio.sv.pdf")
    assert "Fokusområden, mål och åtgärder" in text and "Källa: THL, Sotkanet.fi" in text
    assert pypdf.PdfReader(str(tmp_path / "kuopio.sv.pdf")).trailer["/Root"]["/Lang"] == "sv-FI"
    assert not (tmp_path / "kuopio.docx").exists()


def test_languages_of_one_organisation_do_not_overwrite_each_other(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(SYNC, ws)
    config = ws / "hyteplan.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("    code: 297\n", "    code: 297\n    languages: [fi, sv]\n"),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    results = render(ws, out, formats=("docx", "md"), only=("kuopio",))
    assert [r.id for r in results if r.ok] == ["kuopio", "kuopio.sv"]
    assert docx.Document(str(out / "kuopio.docx")).core_properties.language == "fi-FI"
    assert docx.Document(str(out / "kuopio.sv.docx")).core_properties.language == "sv-FI"
    # each language's Markdown has its own charts (their titles and alt texts differ)
    swedish_md = (out / "kuopio.sv.md").read_text(encoding="utf-8")
    assert CHART_REF.findall(swedish_md) == [
        "charts/kuopio.sv/sotkanet-3906.png",
        "charts/kuopio.sv/sotkanet-292.png",
    ]
    assert sorted(p.name for p in (out / "charts").iterdir()) == ["kuopio", "kuopio.sv"]


def test_municipality_without_a_plan_gets_a_short_extract(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(SYNC, ws)
    config = ws / "hyteplan.yaml"
    config.write_text(
        config.read_text(encoding="utf-8")
        + "  - id: tuusniemi\n    name: Tuusniemen kunta\n    code: 857\n    plan: false\n",
        encoding="utf-8",
    )
    region = ws / "region.yaml"
    text = region.read_text(encoding="utf-8")
    region.write_text(
        text.replace(
            "participants: [iisalmi, kuopio]", "participants: [iisalmi, kuopio, tuusniemi]"
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert all(r.ok for r in render(ws, out, formats=("docx",), only=("tuusniemi",)))
    document = docx.Document(str(out / "tuusniemi.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [
        "Yhteiset toimenpiteet",
        "Osallisuus",
        "Vastuunjakotaulukko",
        "Liite: Mittarit",
        "Ei yhtään läheistä ystävää, % 8. ja 9. lk",
    ]
    assert document.core_properties.title == (
        "Tuusniemen kunta – yhteiset toimenpiteet hyvinvointialueen kanssa 2026–2029"
    )
    actions, responsibilities, indicators, _figures = document.tables
    assert [c.text for c in actions.rows[0].cells] == [
        "Toimenpide", "Vastuutaho", "Kumppanit", "Aikataulu", "Mittarit",
    ]  # fmt: skip
    assert [actions.rows[1].cells[i].text for i in (0, 1)] == [
        "OS-1 Nuorten kohtaamispaikat yhdessä kuntien kanssa",
        "Pohjois-Savon hyvinvointialue",
    ]
    assert len(actions.rows) == 2 and len(indicators.rows) == 2  # one action, one indicator


def test_a_failing_document_does_not_stop_the_others_nor_harm_old_output(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(SYNC, ws)
    out = tmp_path / "out"
    assert all(r.ok for r in render(ws, out, formats=("docx",)))
    before = (out / "kuopio.docx").read_bytes()
    (ws / "templates").mkdir()
    (ws / "templates" / "decisions.md.j2").write_text(
        '{% if doc.id == "kuopio" %}{{ doc.no_such_field }}{% endif %}', encoding="utf-8"
    )
    results = {r.id: r for r in render(ws, out, formats=("docx", "pdf"))}
    assert not results["kuopio"].ok and "undefined" in results["kuopio"].errors[0]
    assert all(results[d].ok for d in ("pshva", "siilinjarvi", "iisalmi"))
    assert (out / "kuopio.docx").read_bytes() == before
    assert not (out / "kuopio.pdf").exists()
    assert (out / "iisalmi.pdf").is_file()
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary files left


def test_workspace_template_override_is_used(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(SYNC, ws)
    (ws / "templates").mkdir()
    (ws / "templates" / "background.md.j2").write_text(
        "# {{ labels.background }}\n\nOMA JOHDANTO {{ doc.organisation }}\n", encoding="utf-8"
    )
    assert all(r.ok for r in render(ws, tmp_path / "out", formats=("docx",), only=("iisalmi",)))
    assert "OMA JOHDANTO Iisalmen kaupunki" in docx_text(tmp_path / "out" / "iisalmi.docx")


def _hostile_workspace(target: Path) -> None:
    """The sync workspace with hostile strings in every kind of text field."""
    shutil.copytree(SYNC, target)

    def edit(name: str, change) -> None:  # type: ignore[no-untyped-def]
        path = target / name
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    def region(data: dict) -> None:  # type: ignore[type-arg]
        data["plan"]["title"] = HOSTILE[0] + " " + HOSTILE[11]
        data["plan"]["prepared_by"] = "\n\n".join(HOSTILE)
        data["plan"]["decisions"][0]["decision"] = HOSTILE[2]
        actions = data["actions"]
        for i, text in enumerate(HOSTILE):
            actions.append(
                {
                    "id": f"H-{i}",
                    "title": text,
                    "description": text,
                    "focus_area": "elintavat",
                    "responsible": "pshva",
                    "participants": ["kuopio", "vierasto"],
                    "rural_reach": text,
                }
            )

    def focus(data: dict) -> None:  # type: ignore[type-arg]
        data["focus_areas"][0]["description"] = HOSTILE[1]
        data["focus_areas"][0]["wellbeing_gaps"][0]["text"] = HOSTILE[3]

    def parties(data: dict) -> None:  # type: ignore[type-arg]
        data["parties"][0]["name"] = HOSTILE[4]

    def workspace(data: dict) -> None:  # type: ignore[type-arg]
        # a municipality without a plan here: its extract shows the hostile joint actions
        data["municipalities"].append(
            {"id": "vierasto", "name": HOSTILE[0], "code": 857, "plan": False}
        )

    edit("hyteplan.yaml", workspace)
    edit("region.yaml", region)
    edit("focus-areas.yaml", focus)
    edit("parties.yaml", parties)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    _hostile_workspace(root / "ws")
    results = render(
        root / "ws", root / "out", formats=("docx", "pdf"), only=("pshva", "kuopio", "vierasto")
    )
    assert all(r.ok for r in results), results
    return root / "out"


@pytest.mark.parametrize("doc", ["pshva", "kuopio", "vierasto"])
def test_hostile_strings_appear_literally_in_docx_and_pdf(hostile: Path, doc: str) -> None:
    docx_all = docx_text(hostile / f"{doc}.docx")
    pdf_all = squeeze(pdf_text(hostile / f"{doc}.pdf"))
    for text in HOSTILE:
        assert flat(text) in docx_all, text
        assert squeeze(flat(text)) in pdf_all, text


@pytest.mark.parametrize("doc", ["pshva", "kuopio", "vierasto"])
def test_hostile_strings_inject_nothing(hostile: Path, doc: str) -> None:
    path = hostile / f"{doc}.docx"
    document = docx.Document(str(path))
    expected_title = {
        "pshva": flat(HOSTILE[0] + " " + HOSTILE[11]),
        "vierasto": flat(HOSTILE[0])
        + " – yhteiset toimenpiteet hyvinvointialueen kanssa 2026–2029",
    }.get(doc)
    if expected_title:
        assert document.core_properties.title == expected_title
        assert pypdf.PdfReader(str(hostile / f"{doc}.pdf")).metadata.title == expected_title
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert not any(h.startswith(("#", "=", "Not a heading")) for h in headings)
    assert "typst heading" not in " ".join(headings)
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode()
        media = [n for n in z.namelist() if n.startswith("word/media/")]
    assert 'w:val="FF0000"' not in xml
    assert (
        xml.count('w:type="page"') == 2
    )  # the template's: after the contents, before the appendix
    assert len(media) == {"kuopio": 2, "pshva": 2, "vierasto": 0}[doc]  # charts only
    numbered = [
        p.text for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None
    ]
    # "8. luokan oppilaat" as a list would leave "luokan oppilaat" as a numbered item's text
    assert not {"luokan oppilaat", "ja 9. luokka", "list item", "typst list"} & set(numbered)


def test_first_pdf_page_renders_to_an_image(rendered: Path, tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "30",
            "-f",
            "1",
            "-l",
            "1",
            str(rendered / "kuopio.pdf"),
            str(tmp_path / "p"),
        ],
        check=True,
    )
    (png,) = tmp_path.glob("p*.png")
    from PIL import Image

    with Image.open(png) as image:
        width, height = image.size
        assert abs(width / height - 210 / 297) < 0.01  # A4 portrait
        assert image.convert("L").getextrema()[0] < 100  # something dark (the title) is drawn


def test_workers_are_forked_only_from_a_process_that_has_compiled_no_pdf() -> None:
    import sys as _sys

    from hyteplan.render import pipeline

    import typst  # noqa: F401  (PDFs compile in a helper process now; a caller may load typst)

    assert "typst" in _sys.modules
    assert not pipeline._fork_is_safe()
    script = (
        "import sys; from hyteplan.render import pipeline; "
        "print(pipeline._fork_is_safe() == sys.platform.startswith('linux'))"
    )
    fresh = subprocess.run(
        [_sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert fresh.stdout.strip() == "True"


def test_a_fresh_process_renders_in_parallel_and_identically(
    rendered: Path, tmp_path: Path
) -> None:
    """The CLI's own process forks its workers (nothing compiled yet): same bytes, no hang."""
    import os
    import sys as _sys

    script = "import sys; from hyteplan.cli import main; sys.exit(main(sys.argv[1:]))"
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH), HYTEPLAN_CACHE_DIR=str(tmp_path / "cache"))
    env.pop("HYTEPLAN_MP_START", None)
    subprocess.run(
        [
            _sys.executable,
            "-c",
            script,
            "render",
            str(SYNC),
            "--out",
            str(tmp_path / "out"),
            "--jobs",
            "2",
            "--to",
            "docx,pdf,md",
        ],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    for doc in ALL_DOCS:
        for fmt in ("docx", "pdf", "md"):
            assert (tmp_path / "out" / f"{doc}.{fmt}").read_bytes() == (
                rendered / f"{doc}.{fmt}"
            ).read_bytes()
