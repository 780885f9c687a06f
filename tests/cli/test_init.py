from pathlib import Path

import pytest

from hyteplan.cli import main


def test_init_creates_a_valid_commented_workspace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "uusi"
    assert main(["init", str(target)]) == 0
    assert (
        (target / "hyteplan.yaml")
        .read_text(encoding="utf-8")
        .startswith("# yaml-language-server: $schema=schemas/workspace.schema.json")
    )
    assert (target / "schemas" / "region.schema.json").is_file()
    capsys.readouterr()
    assert main(["validate", str(target), "--strict", "--format", "concise"]) == 0
    assert "No problems found" in capsys.readouterr().out


def test_init_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "ws"
    target.mkdir()
    (target / "region.yaml").write_text("mine\n", encoding="utf-8")
    assert main(["init", str(target)]) == 2
    assert "never overwrites" in capsys.readouterr().err
    assert (target / "region.yaml").read_text(encoding="utf-8") == "mine\n"
    assert not (target / "hyteplan.yaml").exists()


def test_summary(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", str(workspace)]) == 0
    out = capsys.readouterr().out
    assert "Esimerkin hyvinvointialue 2026–2029" in out
    assert "2 actions (1 joint)" in out


def test_summary_says_when_files_could_not_be_read(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workspace / "region.yaml").write_text("actions: [\n", encoding="utf-8")
    assert main(["summary", str(workspace)]) == 0
    captured = capsys.readouterr()
    assert "0 actions" not in captured.out and "1 actions" in captured.out
    assert captured.err == (
        "note: 1 file(s) could not be read completely (region.yaml); the counts leave out what is "
        "invalid: run `hyteplan validate`\n"
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from hyteplan import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"hyteplan {__version__}\n"


def test_help_lists_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("validate", "init", "schema", "summary"):
        assert command in out


def test_init_below_a_file_is_a_user_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    assert main(["init", str(tmp_path / "afile" / "ws")]) == 2
    err = capsys.readouterr().err
    assert "error: cannot write" in err and "internal error" not in err
