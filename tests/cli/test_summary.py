"""`hyteplan summary`: plan text is printed literally, never as rich markup or terminal codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from hyteplan.cli import main


def _rename(workspace: Path, region: str, municipality: str) -> None:
    config = workspace / "hyteplan.yaml"
    text = config.read_text(encoding="utf-8")
    text = text.replace("fi: Esimerkin hyvinvointialue", f"fi: {region}")
    text = text.replace("name: Esimerkkilän kunta", f"name: {municipality}")
    config.write_text(text, encoding="utf-8")


def test_markup_in_names_is_printed_as_written(
    workspace: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # table cells unwrapped
    _rename(workspace, '"[/b] [bold]Alue"', '"[link=https://evil.example]Kunta[/link]"')
    assert main(["summary", str(workspace)]) == 0
    out = capsys.readouterr().out
    assert "[/b] [bold]Alue 2026–2029" in out
    assert "[/b] [bold]Alue (alue)" in out
    assert "[link=https://evil.example]Kunta[/link] (esimerkkila)" in out
    assert "\x1b]8;" not in out  # no terminal hyperlink


def test_markup_is_literal_on_a_terminal_too(
    workspace: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    _rename(workspace, '"Alue :smile:"', '"[link=https://evil.example]Kunta[/link]"')
    assert main(["summary", str(workspace)]) == 0
    out = capsys.readouterr().out
    assert "\x1b]8;" not in out and "[link=https://evil.example]Kunta[/link]" in out
    assert "Alue :smile: 2026–2029" in out


def test_control_characters_in_names_are_escaped(
    workspace: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    _rename(workspace, '"Alue\\e[2J\\u202e"', '"Kunta\\e]0;title\\a"')
    assert main(["summary", str(workspace)]) == 0
    out = capsys.readouterr().out
    assert not any(c in out for c in "\x1b\x07\u202e")
    assert "Alue\\x1b[2J\\u202e 2026–2029" in out
    assert "Kunta\\x1b]0;title\\x07" in out
