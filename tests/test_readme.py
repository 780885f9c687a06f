"""The README's example output is what hyteplan really prints (so the README cannot drift)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from hyteplan.cli import main

REPO = Path(__file__).resolve().parents[1]


def test_readme_diagnostic_example(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```\n(plans/region\.yaml\n.*?)```", readme, re.S)
    assert block, "README lost its example diagnostic block"
    shown = block.group(1)
    typo_line = int(re.search(r"^  (\d+):\d+: S003", shown, re.M).group(1))  # type: ignore[union-attr]
    shutil.copytree(REPO / "plans", tmp_path / "plans")
    region = tmp_path / "plans" / "region.yaml"
    lines = region.read_text(encoding="utf-8").split("\n")
    assert lines[typo_line - 1].strip().startswith("responsible:")
    lines[typo_line - 1] = lines[typo_line - 1].replace("responsible:", "responsibel:")
    region.write_text("\n".join(lines), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    assert main(["validate", "plans"]) == 1
    assert capsys.readouterr().out == shown
