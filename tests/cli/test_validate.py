"""`hyteplan validate` end to end: every output format against a stored snapshot, exit codes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from hyteplan.cli import main

DATA = Path(__file__).resolve().parents[1] / "data"
SNAPSHOTS = Path(__file__).resolve().parents[1] / "snapshots"


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("fmt", ["full", "concise", "json", "github"])
@pytest.mark.parametrize("lang", ["en", "fi"])
def test_output_formats_match_snapshots(
    fmt: str, lang: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(DATA)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    code, out, _ = _run(["validate", "broken", "--format", fmt, "--lang", lang], capsys)
    assert code == 1
    snapshot = SNAPSHOTS / f"validate-{lang}.{fmt}.txt"
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        snapshot.write_text(out, encoding="utf-8")
    assert out == snapshot.read_text(encoding="utf-8"), (
        f"output differs from {snapshot}; if the change is intended, run "
        "UPDATE_SNAPSHOTS=1 make test and review the diff"
    )


def test_json_is_stable_data(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(DATA)
    _, out, _ = _run(["validate", "broken", "--format", "json"], capsys)
    document = json.loads(out)
    assert document["version"] == 1
    assert set(document["diagnostics"][0]) == {
        "file",
        "line",
        "column",
        "end_line",
        "end_column",
        "code",
        "severity",
        "message",
        "hint",
        "object_id",
    }
    assert document["summary"]["errors"] == len(document["diagnostics"])


def test_github_chosen_automatically(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(DATA)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    _, out, _ = _run(["validate", "broken"], capsys)
    assert out.startswith("::error file=broken/")


def test_clean_workspace_exits_0(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["validate", str(workspace), "--format", "concise"], capsys)
    assert code == 0
    assert out == "No problems found in 6 files.\n"


def test_strict_fails_on_warnings(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = workspace / "hyteplan.yaml"
    cfg.write_text(
        cfg.read_text(encoding="utf-8").replace("ignore: []", "ignore: [Z]"), encoding="utf-8"
    )
    assert _run(["validate", str(workspace)], capsys)[0] == 0  # C001 is a warning
    assert _run(["validate", str(workspace), "--strict"], capsys)[0] == 1


def test_file_inside_workspace_reports_its_problems_first(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(DATA)
    _, out, _ = _run(["validate", "broken/region.yaml", "--format", "concise"], capsys)
    lines = out.splitlines()
    assert lines[0].startswith("broken/region.yaml:")
    assert any(line.startswith("broken/municipalities/") for line in lines)


def test_not_a_workspace_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["validate", str(tmp_path)], capsys)
    assert code == 2
    assert "not inside a plan workspace" in err and "hint: " in err
    assert "Traceback" not in err + out


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["validate", "--format", "xml"], capsys)
    assert code == 2 and "xml" in err


def test_unreadable_file_exits_2(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if os.geteuid() == 0:
        (workspace / "region.yaml").unlink()
        (workspace / "region.yaml").mkdir()  # a folder where a file should be: unreadable
    else:
        (workspace / "region.yaml").chmod(0)
    code, out, err = _run(["validate", str(workspace)], capsys)
    assert "Traceback" not in err + out
    assert code == 2
    assert "region.yaml" in err


def _boom(*args: object, **kwargs: object) -> None:
    raise RuntimeError("simulated bug")


def _crash_log(err: str) -> str:
    log = Path(err.split("details were written to ")[1].split(";")[0])
    text = log.read_text(encoding="utf-8")
    log.unlink()
    return text


def test_internal_error_exits_3_with_a_log_naming_the_versions(
    workspace: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from importlib import metadata

    monkeypatch.setattr("hyteplan.cli.validate.check", _boom)
    code, _, err = _run(["validate", str(workspace)], capsys)
    assert code == 3
    assert "internal error" in err and "Traceback" not in err
    lines = _crash_log(err).splitlines()
    assert lines[0] == f"hyteplan validate {workspace}"
    assert f"hyteplan: {metadata.version('hyteplan')}" in lines
    assert f"typst: {metadata.version('typst')}" in lines
    assert any(line.startswith("python: 3.") for line in lines)
    assert any(line.startswith("pandoc: 3.") for line in lines)  # the bundled binary's version
    assert "RuntimeError: simulated bug" in lines


def test_crash_log_is_written_when_pandoc_is_missing_too(
    workspace: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from hyteplan.render import pandoc

    monkeypatch.setattr("hyteplan.cli.validate.check", _boom)
    monkeypatch.setattr(pandoc, "pandoc_path", _boom)
    code, _, err = _run(["validate", str(workspace)], capsys)
    assert code == 3
    lines = _crash_log(err).splitlines()
    assert "pandoc: unknown (RuntimeError)" in lines
    assert "RuntimeError: simulated bug" in lines


def test_error_messages_show_control_characters_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(["validate", str(tmp_path / "x\x1b[2J\rforged")], capsys)
    assert code == 2
    assert "\x1b" not in err and "\r" not in err
    assert "x\\x1b[2J\\rforged" in err


@pytest.mark.parametrize("fmt", ["full", "concise", "github"])
def test_plan_text_cannot_drive_the_terminal(
    fmt: str, workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown key written with escapes, and raw bidi overrides in a source line: escaped."""
    plan = workspace / "municipalities" / "esimerkkila.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text + '"\\e[2J\\rNo problems found.\\n\\u202e": 1\n', encoding="utf-8")
    code, out, _ = _run(["validate", str(workspace), "--format", fmt], capsys)
    assert code == 1
    assert not any(c in out for c in "\x1b\r\u202e")
    assert "\\x1b[2J\\rNo problems found.\\n\\u202e" in out
    lines = out.splitlines()
    assert not any(line.startswith("No problems found") for line in lines)
    if fmt != "full":
        assert len(lines) == 2
    # YAML allows bidi overrides raw: the source excerpt shows them escaped too
    plan.write_text(text + "avain\u202e\u2066: 1\n", encoding="utf-8")
    code, out, _ = _run(["validate", str(workspace), "--format", fmt], capsys)
    assert code == 1 and not any(c in out for c in "\u202e\u2066")
    assert "avain\\u202e\\u2066" in out
