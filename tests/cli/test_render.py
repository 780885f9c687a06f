from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from hyteplan.cli import main

SYNC = Path(__file__).resolve().parents[1] / "render" / "data" / "sync"
BROKEN = Path(__file__).resolve().parents[1] / "data" / "broken"


@pytest.fixture(autouse=True)
def _private_chart_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HYTEPLAN_CACHE_DIR", str(tmp_path / "cache"))


def test_render_writes_docx_and_pdf_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1750000000")
    out = tmp_path / "out"
    assert main(["render", str(SYNC), "--out", str(out), "--only", "iisalmi,kuopio"]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "iisalmi.docx",
        "iisalmi.pdf",
        "kuopio.docx",
        "kuopio.pdf",
    ]
    assert "Wrote 4 files for 2 documents" in capsys.readouterr().out


def test_render_json_only_with_swedish_language(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["render", str(SYNC), "--to", "json", "--out", str(out), "--only", "pshva"]) == 0
    finnish = (out / "pshva.json").read_bytes()
    assert (
        main(
            [
                "render",
                str(SYNC),
                "--to",
                "json",
                "--out",
                str(out),
                "--lang",
                "sv",
                "--only",
                "pshva",
            ]
        )
        == 0
    )
    # the region's language is Finnish: its Swedish files are named so, beside the Finnish ones
    assert sorted(p.name for p in out.iterdir()) == ["pshva.json", "pshva.sv.json"]
    data = json.loads((out / "pshva.sv.json").read_text(encoding="utf-8"))
    assert data["lang"] == "sv" and data["organisation"] == "Norra Savolax välfärdsområde"
    assert (out / "pshva.json").read_bytes() == finnish  # not overwritten


def test_render_without_lang_makes_every_language_of_each_organisation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(SYNC, ws)
    config = ws / "hyteplan.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("    code: 140\n", "    code: 140\n    languages: [sv, fi]\n"),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["render", str(ws), "--to", "json", "--out", str(out), "--only", "iisalmi"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["iisalmi.fi.json", "iisalmi.json"]
    assert json.loads((out / "iisalmi.json").read_text(encoding="utf-8"))["lang"] == "sv"
    assert json.loads((out / "iisalmi.fi.json").read_text(encoding="utf-8"))["lang"] == "fi"
    assert "Wrote 2 files for 2 documents" in capsys.readouterr().out


def test_invalid_workspace_shows_diagnostics_and_renders_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["render", str(BROKEN), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "S004" in err and "nothing was rendered" in err
    assert not out.exists()


@pytest.mark.parametrize(
    "args, message",
    [
        (["--to", "odt"], "unknown output format odt"),
        (["--only", "nope"], "no document with the ID nope"),
        (["--lang", "de"], "unknown language"),
        (["--to", ","], "unknown output format (none)"),
    ],
)
def test_usage_errors_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["render", str(SYNC), "--out", str(tmp_path / "out"), *args]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_document_that_fails_gives_exit_2_but_others_are_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(SYNC, ws)
    (ws / "templates").mkdir()
    (ws / "templates" / "decisions.md.j2").write_text(
        '{% if doc.id == "kuopio" %}{% for %}{% endif %}', encoding="utf-8"
    )
    out = tmp_path / "out"
    assert (
        main(["render", str(ws), "--out", str(out), "--to", "md", "--only", "kuopio,iisalmi"]) == 2
    )
    err = capsys.readouterr().err
    assert "kuopio" in err and "template syntax error" in err
    # a syntax error breaks the template for every document: no file, not even half of one
    assert not out.exists() or not list(out.iterdir())


def test_bad_source_date_epoch_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    assert main(["render", str(SYNC), "--out", str(tmp_path / "out")]) == 2
    assert "SOURCE_DATE_EPOCH" in capsys.readouterr().err


def test_an_output_folder_that_is_a_file_is_reported_per_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.write_text("not a folder", encoding="utf-8")
    assert (
        main(["render", str(SYNC), "--to", "json", "--out", str(out), "--only", "pshva,kuopio"])
        == 2
    )
    err = capsys.readouterr().err
    assert "error: pshva: json: cannot write" in err and "error: kuopio: json: cannot write" in err
    assert "internal error" not in err
    assert out.read_text(encoding="utf-8") == "not a folder"


def test_document_errors_show_control_characters_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failed document's message (pandoc's words may quote plan text) is escaped."""
    from hyteplan.cli import render as render_cli
    from hyteplan.render.pipeline import DocumentResult

    def failing(views: list[object], *args: object) -> list[DocumentResult]:
        return [DocumentResult("kuopio", errors=["docx: bad \x1b[2J\u202etext\nsecond line"])]

    monkeypatch.setattr(render_cli, "_render_with_progress", failing)
    code = main(["render", str(SYNC), "--out", str(tmp_path / "out"), "--only", "kuopio"])
    err = capsys.readouterr().err
    assert code == 2
    assert "error: kuopio: docx: bad \\x1b[2J\\u202etext\nsecond line\n" in err
