"""`hyteplan fmt`: --check lists what would change and writes nothing; fmt writes atomically;
a file with YAML errors is left alone and reported as validate reports it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hyteplan.cli import main

REPO = Path(__file__).resolve().parents[2]

PARTY_OUT_OF_ORDER = """\
# parties
parties:
  - name: Org  # the name
    id: org

  # a unit of org
  - id: org-unit
    parent: org
    kind: unit
    name: Unit
"""

PARTY_FORMATTED = """\
# parties
parties:
  - id: org
    name: Org  # the name

  # a unit of org
  - id: org-unit
    name: Unit
    kind: unit
    parent: org
"""


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    target = tmp_path / "plans"
    shutil.copytree(REPO / "plans", target)
    return target


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*.yaml"))}


def test_the_example_workspace_is_fmt_clean(
    plans: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["fmt", str(plans), "--check"]) == 0
    assert "0 file(s) would be reformatted" in capsys.readouterr().out


SCAFFOLD_CHANGED = ["indicators.yaml", "parties.yaml", "region.yaml"]


def test_check_lists_the_files_that_would_change_and_writes_nothing(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _files(workspace)
    assert main(["fmt", str(workspace), "--check"]) == 1
    out = capsys.readouterr().out
    listed = [
        line.rsplit("/", 1)[-1] for line in out.splitlines() if line.startswith("would reformat ")
    ]
    assert listed == SCAFFOLD_CHANGED
    assert "3 file(s) would be reformatted, 3 unchanged" in out
    assert _files(workspace) == before


def test_fmt_writes_the_canonical_form_once(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _files(workspace)
    assert main(["fmt", str(workspace)]) == 0
    out = capsys.readouterr().out
    assert [
        line.rsplit("/", 1)[-1] for line in out.splitlines() if line.startswith("reformatted ")
    ] == SCAFFOLD_CHANGED
    after = _files(workspace)
    assert [name for name in after if after[name] != before[name]] == SCAFFOLD_CHANGED
    # parties: `organisation` comes before `parent`, as in the model; nothing else moved
    assert "    organisation: alue\n    parent: alue\n" in after["parties.yaml"].decode()
    assert main(["fmt", str(workspace), "--check"]) == 0
    assert main(["validate", str(workspace), "--format", "concise"]) == 0


def test_fmt_keeps_comments_and_moves_them_with_their_key(workspace: Path) -> None:
    (workspace / "parties.yaml").write_text(PARTY_OUT_OF_ORDER, encoding="utf-8")
    assert main(["fmt", str(workspace / "parties.yaml")]) == 0
    assert (workspace / "parties.yaml").read_text(encoding="utf-8") == PARTY_FORMATTED


def test_one_file_only(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fmt", str(workspace / "hyteplan.yaml"), "--check"]) == 0
    assert main(["fmt", str(workspace / "region.yaml"), "--check"]) == 1
    assert "1 file(s) would be reformatted, 0 unchanged" in capsys.readouterr().out


def test_a_file_with_yaml_errors_is_not_touched_and_reported_as_y001(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = workspace / "parties.yaml"
    broken = path.read_text(encoding="utf-8") + "oops: [1\n"
    path.write_text(broken, encoding="utf-8")
    line = broken.count("\n") + 1  # libyaml finds the missing `]` at the end of the file
    assert main(["fmt", str(workspace)]) == 1
    out = capsys.readouterr().out
    assert f"parties.yaml:{line}:1: Y001 " in out
    reformatted = [
        line.rsplit("/", 1)[-1] for line in out.splitlines() if line.startswith("reformatted ")
    ]
    assert reformatted == ["indicators.yaml", "region.yaml"]  # the others are formatted
    assert path.read_text(encoding="utf-8") == broken


def test_a_file_that_is_not_a_plan_file_is_an_error(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = workspace / "notes.yaml"
    other.write_text("a: 1\n", encoding="utf-8")
    assert main(["fmt", str(other)]) == 2
    assert "not a plan file" in capsys.readouterr().err
