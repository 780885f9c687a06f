"""`validate` on a hostile workspace: links out of it and oversized texts are located errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from hyteplan.cli import main
from hyteplan.limits import TEXT_MAX_CHARS
from tests.rules.helpers import concise, edit

PLAN = "municipalities/esimerkkila.yaml"
SECRET = "secret-first-line: do not print me\n"


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", [PLAN, "municipalities/extra.yaml", "parties.yaml"])
def test_plan_file_linked_outside_is_a_located_error_and_never_read(
    workspace: Path, secret: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (workspace / name).unlink(missing_ok=True)
    (workspace / name).symlink_to(secret)
    found = [line for line in concise(workspace) if line.startswith(f"{name}:")]
    assert found and found[0].startswith(f"{name}:1:1: S004 ")
    assert "outside the workspace" in found[0]
    code = main(["validate", str(workspace), "--format", "full"])
    out = capsys.readouterr()
    assert code == 1
    assert "secret-first-line" not in out.out + out.err


def test_plan_file_linked_inside_the_workspace_is_read(workspace: Path) -> None:
    (workspace / "plan-copy.yaml").write_bytes((workspace / PLAN).read_bytes())
    (workspace / PLAN).unlink()
    (workspace / PLAN).symlink_to(workspace / "plan-copy.yaml")
    assert concise(workspace) == []


def test_plan_folder_linked_outside_is_refused(workspace: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    (workspace / "municipalities").rename(outside)
    (workspace / "municipalities").symlink_to(outside)
    found = concise(workspace)
    assert any(line.startswith(f"{PLAN}:1:1: S004 ") for line in found)


def test_text_longer_than_the_limit_is_located(workspace: Path) -> None:
    edit(
        workspace,
        PLAN,
        "prepared_by: Kunnan hyvinvointiryhmä",
        "prepared_by: " + "a" * (TEXT_MAX_CHARS + 1),
    )
    found = concise(workspace)
    assert len(found) == 1
    assert found[0].startswith(f"{PLAN}:11:16: S004 ")
    assert str(TEXT_MAX_CHARS) in found[0]


def test_text_at_the_limit_is_accepted(workspace: Path) -> None:
    edit(
        workspace,
        PLAN,
        "prepared_by: Kunnan hyvinvointiryhmä",
        "prepared_by: " + "a" * TEXT_MAX_CHARS,
    )
    assert concise(workspace) == []


def test_translated_text_longer_than_the_limit_is_located(workspace: Path) -> None:
    edit(
        workspace,
        PLAN,
        "    title: Liikuntakokeilut yläkouluissa",
        "    title: {fi: " + "a" * (TEXT_MAX_CHARS + 1) + "}",
    )
    found = concise(workspace)
    assert any(": S004 " in line and str(TEXT_MAX_CHARS) in line for line in found)
