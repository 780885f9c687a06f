"""The council's change annex (`hyteplan diff --to docx|pdf`), read back as a council would."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Callable

import docx
import pytest
from conftest import GitRepo, edit, short
from pypdf import PdfReader

Run = Callable[..., tuple[int, str, str]]


def paragraphs(path: Path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs if p.text]


def tables(path: Path) -> list[list[list[str]]]:
    return [
        [[c.text for c in row.cells] for row in t.rows] for t in docx.Document(str(path)).tables
    ]


def test_finnish_docx_annex(history: GitRepo, run_cli: Run, tmp_path: Path) -> None:
    out = tmp_path / "liite.docx"
    code, stdout, err = run_cli(
        history.top / "plans",
        "diff",
        "v1-hallitus",
        "v2-valtuusto",
        "--to",
        "docx",
        "--out",
        str(out),
    )
    assert (code, stdout, err) == (0, f"wrote {out}\n", "")
    v1, v2 = short(history, "v1-hallitus"), short(history, "v2-valtuusto")
    el1 = "Yhteinen toimenpide EL-1 ”Liikuntaneuvonnan yhteinen palveluketju” on muuttunut."
    assert paragraphs(out) == [
        ("Title", "Muutokset edelliseen versioon"),
        ("Subtitle", "Pohjois-Savon hyvinvointialue, suunnitelmakausi 2026–2029"),
        (
            "Date",
            f"v1-hallitus (10.5.2026, versiotunniste {v1}) → v2-valtuusto (11.5.2026, versiotunniste {v2})",
        ),
        ("Heading 1", "Yhteenveto"),
        (
            "First Paragraph",
            "Tämä liite kuvaa, mitä suunnitelmiin on muutettu. "
            f"Aiempi versio: v1-hallitus (10.5.2026, versiotunniste {v1}). "
            f"Uusi versio: v2-valtuusto (11.5.2026, versiotunniste {v2}).",
        ),
        (
            "Body Text",
            "Muutoksia on yhteensä 7: lisättyjä 1, poistettuja 1, muutettuja 4 ja uuden tunnuksen saaneita 1.",
        ),
        ("Table Caption", "Taulukko\u00a0: Muutosten määrä suunnitelmittain"),
        ("Heading 1", "Yhteiset tiedot (kaikki suunnitelmat)"),
        ("Heading 2", "Yleiset muutokset"),
        ("First Paragraph", "Taho kuopio-nuoriso ”Kuopion nuorisopalvelut” on lisätty."),
        (
            "Body Text",
            "Mittari sotkanet-3906 ”Ylipaino, % 8. ja 9. luokan oppilaista” on muuttunut.",
        ),
        ("Heading 1", "Pohjois-Savon hyvinvointialue"),
        ("Heading 2", "Elintavat"),
        ("First Paragraph", el1),
        ("Body Text", "Toimenpide EL-2 ”Elintapaohjauksen etäpalvelu” on poistettu."),
        ("Heading 1", "Kuopio"),
        ("Heading 2", "Elintavat"),
        ("First Paragraph", el1),
        (
            "Body Text",
            "Toimenpide ”Liikuntakokeilut yläkouluissa” on saanut uuden tunnuksen KUO-10 (aiemmin KUO-1); "
            "sisältö ei muuttunut.",
        ),
        ("Heading 1", "Varkaus"),
        ("Heading 2", "Yleiset muutokset"),
        ("First Paragraph", "Suunnitelma ”Varkaus” on muuttunut."),
        ("Heading 2", "Elintavat"),
        ("First Paragraph", el1 + " Varkaus ei enää osallistu tähän yhteiseen toimenpiteeseen."),
        ("Heading 1", "Siilinjärvi"),
        ("Heading 2", "Yleiset muutokset"),
        ("First Paragraph", "Suunnitelma ”Siilinjärvi” on muuttunut."),
        ("Heading 2", "Elintavat"),
        (
            "First Paragraph",
            el1 + " Siilinjärvi on uusi osallistuja tässä yhteisessä toimenpiteessä.",
        ),
    ]
    el1_table = [
        ["Kohta", "Aiemmin", "Nyt"],
        [
            "Kuvaus (fi)",
            "Kunnan liikuntaneuvonta ja hyvinvointialueen elintapaohjaus ohjaavat asiakkaita toisilleen.",
            "Kunnan liikuntapalvelut ja hyvinvointialueen elintapaohjaus ohjaavat asiakkaita toisilleen.",
        ],
        ["Vastuutaho", "Elintapaohjaus", "Kuopion liikuntapalvelut"],
        ["Mukana olevat kunnat", "Kuopio, Varkaus", "Kuopio, Siilinjärvi"],
    ]
    # the no-break space of "17\u00a0%" survives: the value is never split from its unit
    assert tables(out) == [
        [
            ["Suunnitelma", "Lisätty", "Poistettu", "Muutettu", "Uusi tunnus"],
            ["Yhteiset tiedot (kaikki suunnitelmat)", "1", "0", "1", "0"],
            ["Pohjois-Savon hyvinvointialue", "0", "1", "1", "0"],
            ["Kuopio", "0", "0", "1", "1"],
            ["Varkaus", "0", "0", "2", "0"],
            ["Siilinjärvi", "0", "0", "2", "0"],
        ],
        [["Kohta", "Sisältö"], ["Laji", "yksikkö"], ["Organisaatio", "Kuopio"]],
        [["Kohta", "Aiemmin", "Nyt"], ["Tavoitetaso", "17\u00a0% (2029)", "16,5\u00a0% (2029)"]],
        el1_table,
        el1_table,
        [
            ["Kohta", "Aiemmin", "Nyt"],
            ["Yhteiset toimenpiteet", "Liikuntaneuvonnan yhteinen palveluketju", "–"],
        ],
        el1_table,
        [
            ["Kohta", "Aiemmin", "Nyt"],
            [
                "Yhteiset toimenpiteet",
                "Nuorten kohtaamispaikat",
                "Nuorten kohtaamispaikat, Liikuntaneuvonnan yhteinen palveluketju",
            ],
        ],
        el1_table,
    ]
    # the edited words are struck out (before) and bold (after); nothing else is
    cells = docx.Document(str(out)).tables[3].rows[1].cells
    runs = [
        [
            (r.text, bool(r.font.strike), bool(r.bold))
            for p in c.paragraphs
            for r in p.runs
            if r.text.strip()
        ]
        for c in cells[1:]
    ]
    assert runs == [
        [
            ("Kunnan", False, False),
            ("liikuntaneuvonta", True, False),
            ("ja hyvinvointialueen elintapaohjaus ohjaavat asiakkaita toisilleen.", False, False),
        ],
        [
            ("Kunnan", False, False),
            ("liikuntapalvelut", False, True),
            ("ja hyvinvointialueen elintapaohjaus ohjaavat asiakkaita toisilleen.", False, False),
        ],
    ]


def test_swedish_and_english_annex(history: GitRepo, run_cli: Run, tmp_path: Path) -> None:
    for lang, title, summary, sentence in (
        (
            "sv",
            "Ändringar jämfört med föregående version",
            "Sammanfattning",
            "Åtgärd EL-2 ”Elintapaohjauksen etäpalvelu” har tagits bort.",
        ),
        (
            "en",
            "Changes from the previous version",
            "Summary",
            "Action EL-2 “Elintapaohjauksen etäpalvelu” was removed.",
        ),
    ):
        out = tmp_path / f"annex-{lang}.docx"
        code, _, _ = run_cli(
            history.top / "plans",
            "diff",
            "v1-hallitus",
            "v2-valtuusto",
            "--out",
            str(out),
            "--lang",
            lang,
        )
        assert code == 0
        texts = [t for _, t in paragraphs(out)]
        assert texts[0] == title and summary in texts and sentence in texts
    assert ("Heading 1", "Norra Savolax välfärdsområde") in paragraphs(tmp_path / "annex-sv.docx")


def test_pdf_annex(history: GitRepo, run_cli: Run, tmp_path: Path) -> None:
    out = tmp_path / "liite.pdf"
    code, _, _ = run_cli(
        history.top / "plans",
        "diff",
        "v1-hallitus",
        "v2-valtuusto",
        "--to",
        "pdf",
        "--out",
        str(out),
    )
    assert code == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(out)).pages)
    assert "Muutokset edelliseen versioon" in text
    assert (
        f"Aiempi versio: v1-hallitus (10.5.2026, versiotunniste {short(history, 'v1-hallitus')})"
        in text
    )
    assert "Varkaus ei enää osallistu tähän yhteiseen toimenpiteeseen." in text


def test_plan_text_never_becomes_markup(repo: GitRepo, run_cli: Run, tmp_path: Path) -> None:
    from conftest import FILES

    repo.commit(FILES, "v1", tag="v1")
    hostile = "Kesä *nuorille* [linkki](file:///etc/passwd) `<w:r>x</w:r>`{=openxml} 8. luokka"
    files = edit(FILES, "region.yaml", "title: Elintapaohjauksen etäpalvelu", f"title: '{hostile}'")
    repo.commit(files, "v2", tag="v2")
    out = tmp_path / "liite.docx"
    code, _, _ = run_cli(repo.top, "diff", "v1", "v2", "--out", str(out))
    assert code == 0
    document = docx.Document(str(out))
    [sentence] = [p for p in document.paragraphs if "EL-2" in p.text]
    assert sentence.text == f"Toimenpide EL-2 ”{hostile}” on muuttunut."
    assert not any(r.bold or r.italic or r.font.strike for r in sentence.runs)
    cells = [c for t in document.tables for row in t.rows for c in row.cells]
    [new_title] = [c for c in cells if c.text == hostile]  # wholly new text: bold, nothing else
    assert all(
        r.bold and not r.italic for p in new_title.paragraphs for r in p.runs if r.text.strip()
    )
    package = zipfile.ZipFile(out)
    xml = package.read("word/document.xml").decode()
    rels = package.read("word/_rels/document.xml.rels").decode()
    assert "<w:hyperlink r:id=" not in xml and "passwd" not in rels  # no link made from plan text
    assert "passwd" in xml


def test_workspace_template_override(history: GitRepo, run_cli: Run, tmp_path: Path) -> None:
    templates = history.top / "plans" / "templates"
    templates.mkdir()
    (templates / "diff-annex.md.j2").write_text(
        "---\ntitle: {{ doc.title|meta }}\nlang: {{ lang_tag }}\n---\n\nOma liite: {{ doc.totals }}\n"
    )
    out = tmp_path / "oma.docx"
    code, _, _ = run_cli(
        history.top / "plans", "diff", "v1-hallitus", "v2-valtuusto", "--out", str(out)
    )
    assert code == 0
    assert [t for _, t in paragraphs(out)][-1].startswith("Oma liite: Muutoksia on yhteensä 7")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--to", "docx"], "error: --to needs --out FILE\n"),
        (["--out", "liite.odt"], "error: cannot tell the annex format from liite.odt\n"),
    ],
)
def test_annex_option_errors(history: GitRepo, run_cli: Run, args: list[str], message: str) -> None:
    code, _, err = run_cli(history.top / "plans", "diff", "v1-hallitus", *args)
    assert code == 2 and err.startswith(message)


def test_annex_without_changes_says_so(history: GitRepo, run_cli: Run, tmp_path: Path) -> None:
    out = tmp_path / "ei-muutoksia.docx"
    code, _, _ = run_cli(
        history.top / "plans", "diff", "v2-valtuusto", "main", "--out", str(out), "--exit-code"
    )
    assert code == 0
    texts = [t for _, t in paragraphs(out)]
    assert texts[-1] == "Versioiden välillä ei ole sisällöllisiä muutoksia."
    assert tables(out) == []
