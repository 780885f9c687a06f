"""`hyteplan fmt`: --check lists what would change and writes nothing; fmt writes atomically;
a file with YAML errors is left alone and reported as validate reports it."""

from __future__ import annotations

from pathlib import Path

import pytest

from hyteplan.cli import main

REPO = Path(__file__).resolve().parents[2]
SCAFFOLD = REPO / "src" / "hyteplan" / "scaffold"

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


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*.yaml"))}


def test_the_example_workspace_is_fmt_clean(
    plans: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["fmt", str(plans), "--check"]) == 0
    assert "0 file(s) would be reformatted" in capsys.readouterr().out


SCAFFOLD_CHANGED = ["indicators.yaml", "parties.yaml", "region.yaml"]

# Edits that take the starter files out of the canonical form, as a person might write them:
# double quotes, `parent` before `organisation`, a joint action's participants after its partners.
UNFORMAT = {
    "indicators.yaml": [("unit: '%'", 'unit: "%"')],
    "parties.yaml": [
        ("    organisation: alue\n    parent: alue\n", "    parent: alue\n    organisation: alue\n")
    ],
    "region.yaml": [
        ("    participants: [esimerkkila]\n", ""),
        (
            "    partners: [esimerkkila",
            "    participants: [esimerkkila]\n    partners: [esimerkkila",
        ),
    ],
}


@pytest.fixture
def unformatted(workspace: Path) -> Path:
    """The starter workspace with three files out of the canonical form."""
    for name, edits in UNFORMAT.items():
        path = workspace / name
        text = path.read_text(encoding="utf-8")
        for old, new in edits:
            assert old in text, (name, old)
            text = text.replace(old, new, 1)
        path.write_text(text, encoding="utf-8")
    return workspace


def test_init_writes_its_starter_files_in_the_canonical_form(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The fmt pre-commit hook passes on a new workspace."""
    assert main(["fmt", str(workspace), "--check"]) == 0
    assert "0 file(s) would be reformatted, 6 unchanged" in capsys.readouterr().out


def test_check_lists_the_files_that_would_change_and_writes_nothing(
    unformatted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _files(unformatted)
    assert main(["fmt", str(unformatted), "--check"]) == 1
    out = capsys.readouterr().out
    listed = [
        line.rsplit("/", 1)[-1] for line in out.splitlines() if line.startswith("would reformat ")
    ]
    assert listed == SCAFFOLD_CHANGED
    assert "3 file(s) would be reformatted, 3 unchanged" in out
    assert _files(unformatted) == before


def test_fmt_writes_the_canonical_form_once(
    unformatted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["fmt", str(unformatted)]) == 0
    out = capsys.readouterr().out
    assert [
        line.rsplit("/", 1)[-1] for line in out.splitlines() if line.startswith("reformatted ")
    ] == SCAFFOLD_CHANGED
    # exactly the starter files again: keys in the model's order, comments and blank lines kept
    assert _files(unformatted) == _files(SCAFFOLD)
    assert main(["fmt", str(unformatted), "--check"]) == 0
    assert main(["validate", str(unformatted), "--format", "concise"]) == 0


def test_fmt_keeps_comments_and_moves_them_with_their_key(workspace: Path) -> None:
    (workspace / "parties.yaml").write_text(PARTY_OUT_OF_ORDER, encoding="utf-8")
    assert main(["fmt", str(workspace / "parties.yaml")]) == 0
    assert (workspace / "parties.yaml").read_text(encoding="utf-8") == PARTY_FORMATTED


def test_one_file_only(unformatted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fmt", str(unformatted / "hyteplan.yaml"), "--check"]) == 0
    assert main(["fmt", str(unformatted / "region.yaml"), "--check"]) == 1
    assert "1 file(s) would be reformatted, 0 unchanged" in capsys.readouterr().out


def test_a_file_with_yaml_errors_is_not_touched_and_reported_as_y001(
    unformatted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = unformatted
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
