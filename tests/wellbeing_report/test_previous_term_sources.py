"""Where the previous term's plan comes from: a folder inside the workspace or a git revision;
every way it can fail is E001 at `previous_term` in hyteplan.yaml."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from hyteplan.load import load_workspace
from hyteplan.wellbeing_report.previous_term import read_previous

from rules.helpers import append, concise, edit

PREVIOUS_ACTION = """
actions:
  - id: ESI22-1
    title: Liikuntakerhot alakouluihin
    focus_area: elintavat
"""


def _name_previous(workspace: Path, setting: str) -> None:
    append(workspace, "hyteplan.yaml", f"previous_term:\n  {setting}\n")


def _previous_copy(workspace: Path, folder: Path) -> None:
    """The scaffold as the previous term's workspace (term 2022–2025), with one own action."""
    shutil.copytree(workspace, folder, ignore=shutil.ignore_patterns("previous"))
    edit(folder, "hyteplan.yaml", "term: 2026-2029", "term: 2022-2025")
    append(folder, "municipalities/esimerkkila.yaml", "")


def _e001(workspace: Path) -> list[str]:
    return [line for line in concise(workspace) if " E001 " in line]


def test_a_folder_inside_the_workspace_is_read(workspace: Path) -> None:
    _previous_copy(workspace, workspace / "previous" / "2022-2025")
    _name_previous(workspace, "path: previous/2022-2025")
    previous = read_previous(load_workspace(workspace))
    assert previous is not None and previous.config is not None
    assert previous.config.term.start == 2022
    assert _e001(workspace) == []


def test_a_missing_folder_is_e001_at_the_setting(workspace: Path) -> None:
    _name_previous(workspace, "path: previous/2022-2025")
    lines = _e001(workspace)
    assert len(lines) == 1 and lines[0].startswith("hyteplan.yaml:")
    line_no = int(lines[0].split(":")[1])
    text = (workspace / "hyteplan.yaml").read_text(encoding="utf-8").splitlines()
    assert text[line_no - 1].startswith("  path:")


def test_a_folder_that_leads_out_of_the_workspace_is_not_read(
    workspace: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    _previous_copy(workspace, outside)
    (workspace / "previous").symlink_to(outside, target_is_directory=True)
    _name_previous(workspace, "path: previous")
    assert len(_e001(workspace)) == 1


def test_a_path_with_dot_dot_is_a_schema_error(workspace: Path) -> None:
    _name_previous(workspace, "path: ../elsewhere")
    lines = concise(workspace)
    assert any(" S" in line and line.startswith("hyteplan.yaml:") for line in lines), lines
    assert _e001(workspace) == []


def test_an_invalid_previous_plan_is_e001_naming_its_file(workspace: Path) -> None:
    folder = workspace / "previous"
    _previous_copy(workspace, folder)
    edit(folder, "municipalities/esimerkkila.yaml", "status: draft", "status: valmis")
    _name_previous(workspace, "path: previous")
    lines = _e001(workspace)
    assert len(lines) == 1 and "municipalities/esimerkkila.yaml" in lines[0]


def _git(top: Path, *args: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Koordinaattori",
        "GIT_AUTHOR_EMAIL": "hyte@example.invalid",
        "GIT_COMMITTER_NAME": "Koordinaattori",
        "GIT_COMMITTER_EMAIL": "hyte@example.invalid",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    subprocess.run(["git", *args], cwd=top, env=env, check=True, capture_output=True)


def test_a_git_revision_is_the_workspace_as_it_was_then(workspace: Path) -> None:
    edit(workspace, "hyteplan.yaml", "term: 2026-2029", "term: 2022-2025")
    _git(workspace, "init", "-q", "-b", "main")
    _git(workspace, "add", "-A")
    _git(workspace, "commit", "-q", "-m", "Suunnitelma 2022–2025")
    _git(workspace, "tag", "kausi-2022")
    edit(workspace, "hyteplan.yaml", "term: 2022-2025", "term: 2026-2029")
    _name_previous(workspace, "revision: kausi-2022")
    previous = read_previous(load_workspace(workspace))
    assert previous is not None and previous.config is not None
    assert previous.config.term.start == 2022
    assert _e001(workspace) == []


def test_an_unknown_revision_is_e001(workspace: Path) -> None:
    _git(workspace, "init", "-q", "-b", "main")
    _git(workspace, "add", "-A")
    _git(workspace, "commit", "-q", "-m", "Alku")
    _name_previous(workspace, "revision: kausi-2018")
    lines = _e001(workspace)
    assert len(lines) == 1 and "kausi-2018" in lines[0]


def test_an_evaluation_of_an_action_the_previous_plan_lacks_is_e002(workspace: Path) -> None:
    folder = workspace / "previous"
    _previous_copy(workspace, folder)
    _name_previous(workspace, "path: previous")
    append(
        workspace,
        "municipalities/esimerkkila.yaml",
        "previous_term_evaluations:\n  - action: ESI-1\n    status: done\n"
        "  - action: ESI-9\n    status: done\n",
    )
    e002 = [line for line in concise(workspace) if " E002 " in line]
    # ESI-1 is an action of the copied (previous) plan too; ESI-9 is not
    assert len(e002) == 1 and "`ESI-9`" in e002[0]
