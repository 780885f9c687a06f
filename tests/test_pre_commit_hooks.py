"""The pre-commit hook definition names a command that exists and checks the whole workspace."""

import re
from pathlib import Path

import yaml

from hyteplan.cli import main

REPO = Path(__file__).resolve().parents[1]


def _hook(hook_id: str) -> dict[str, str]:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    [hook] = [h for h in hooks if h["id"] == hook_id]
    return hook  # type: ignore[no-any-return]


def test_hook_definition(tmp_path: Path) -> None:
    hook = _hook("hyteplan-validate")
    assert hook["id"] == "hyteplan-validate"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False
    program, *args = hook["entry"].split()
    assert program == "hyteplan"
    # the hook's command works as written on a fresh workspace
    assert main(["init", str(tmp_path / "ws")]) == 0
    assert main([*args, str(tmp_path / "ws")]) == 0


def test_hook_runs_when_plan_or_data_files_change() -> None:
    hook = _hook("hyteplan-validate")
    pattern = re.compile(hook["files"])  # pre-commit searches each changed path with it
    for path in ("hyteplan.yaml", "plans/municipalities/kuopio.yml", "data/sotkanet.csv",
                 "plans/data/sotkanet.json", "plans/data/local.csv"):  # fmt: skip
        assert pattern.search(path), path
    for path in ("README.md", "plans/notes/data.csv", "plans/data.csv", "data/x.xlsx"):
        assert not pattern.search(path), path
    documented = (REPO / "docs" / "pre-commit.md").read_text(encoding="utf-8")
    assert f"files: {hook['files']}" in documented


def test_fmt_hook_passes_on_a_new_workspace_and_fails_on_a_reordered_file(tmp_path: Path) -> None:
    hook = _hook("hyteplan-fmt")
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False
    program, *args = hook["entry"].split()
    assert program == "hyteplan" and args == ["fmt", "--check"]
    assert re.compile(hook["files"]).search("plans/region.yaml")
    assert not re.compile(hook["files"]).search("plans/data/local.csv")
    workspace = str(tmp_path / "ws")
    assert main(["init", workspace]) == 0
    assert main([*args, workspace]) == 0  # the starter files are in the canonical form
    parties = tmp_path / "ws" / "parties.yaml"
    text = parties.read_text(encoding="utf-8")
    assert "    organisation: alue\n    parent: alue\n" in text
    parties.write_text(
        text.replace(
            "    organisation: alue\n    parent: alue\n",
            "    parent: alue\n    organisation: alue\n",
        ),
        encoding="utf-8",
    )
    assert main([*args, workspace]) == 1
    assert main(["fmt", workspace]) == 0
    assert main([*args, workspace]) == 0
    documented = (REPO / "docs" / "pre-commit.md").read_text(encoding="utf-8")
    assert "id: hyteplan-fmt" in documented
