"""The pre-commit hook definition names a command that exists and checks the whole workspace."""

from pathlib import Path

import yaml

from hyteplan.cli import main

REPO = Path(__file__).resolve().parents[1]


def test_hook_definition(tmp_path: Path) -> None:
    [hook] = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "hyteplan-validate"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False
    program, *args = hook["entry"].split()
    assert program == "hyteplan"
    # the hook's command works as written on a fresh workspace
    assert main(["init", str(tmp_path / "ws")]) == 0
    assert main([*args, str(tmp_path / "ws")]) == 0
