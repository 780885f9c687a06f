"""The changes section: what changed in the plans during the year, from a real git repository."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from hyteplan.cli import main
from hyteplan.yearly.plan_changes import plan_changes_of, year_changes, year_revisions

EXAMPLE = Path(__file__).resolve().parents[2] / "plans"
OLD_TITLE = "Lähiliikuntapaikat asuinalueille"
NEW_TITLE = "Lähiliikuntapaikat ja kuntoportaat asuinalueille"


def git(top: Path, when: str, *args: str) -> str:
    env = dict(os.environ)
    env.update(
        {
            "GIT_AUTHOR_NAME": "Koordinaattori",
            "GIT_AUTHOR_EMAIL": "hyte@example.invalid",
            "GIT_COMMITTER_NAME": "Koordinaattori",
            "GIT_COMMITTER_EMAIL": "hyte@example.invalid",
            "GIT_AUTHOR_DATE": when,
            "GIT_COMMITTER_DATE": when,
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_CONFIG_NOSYSTEM": "1",
        }
    )
    done = subprocess.run(
        ["git", *args], cwd=top, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


@pytest.fixture
def history(tmp_path: Path) -> Path:
    """The example plans committed in December 2025, one action renamed in June 2026."""
    top = tmp_path / "repo"
    shutil.copytree(EXAMPLE, top / "plans")
    git(top, "2025-12-01T12:00:00+02:00", "init", "-q", "-b", "main")
    git(top, "2025-12-01T12:00:00+02:00", "add", "-A")
    git(top, "2025-12-01T12:00:00+02:00", "commit", "-q", "-m", "approved plans")
    plan = top / "plans" / "municipalities" / "kuopio.yaml"
    text = plan.read_text(encoding="utf-8")
    assert f"title: {OLD_TITLE}\n" in text
    plan.write_text(text.replace(f"title: {OLD_TITLE}\n", f"title: {NEW_TITLE}\n"), "utf-8")
    status = top / "plans" / "status" / "2026.yaml"  # the follow-up is no change of the plan
    notes = status.read_text(encoding="utf-8")
    assert "Kaksi lähiliikuntapaikkaa valmistui" in notes
    status.write_text(
        notes.replace("Kaksi lähiliikuntapaikkaa", "Kolme lähiliikuntapaikkaa"), "utf-8"
    )
    git(top, "2026-06-15T12:00:00+03:00", "commit", "-q", "-am", "KUO-1 widened")
    return top


def test_the_year_runs_from_the_last_commit_before_it_to_its_last(history: Path) -> None:
    revisions = year_revisions(history / "plans", 2026)
    log = git(history, "2026-01-01T00:00:00Z", "log", "--format=%H").split()
    assert revisions is not None
    assert (revisions.start, revisions.end) == (log[1], log[0])
    # in 2025 the plans were first committed: that commit starts and ends the year
    first = year_revisions(history / "plans", 2025)
    assert first is not None and first.start == first.end == log[1]


def test_changes_of_the_year_name_the_changed_action(history: Path) -> None:
    cs = year_changes(history / "plans", 2026)
    assert cs is not None
    assert {c.kind for c in cs.changes} == {"action", "status"}
    changes = plan_changes_of(cs, "kuopio")
    assert [(c.kind, c.id, c.status) for c in changes] == [("action", "KUO-1", "changed")]
    assert year_changes(history / "plans", 2025) is not None
    assert year_changes(history / "plans", 2025).empty  # type: ignore[union-attr]


def test_the_report_lists_the_change_in_the_councils_words(
    history: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(history)
    out = history.parent / "out"
    code = main(
        [
            "report",
            "annual",
            "plans",
            "--year",
            "2026",
            "--only",
            "kuopio",
            "--to",
            "docx",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    document = docx.Document(str(out / "kuopio-annual-2026.docx"))
    paragraphs = [p.text for p in document.paragraphs]
    heading = paragraphs.index("Muutokset suunnitelmaan vuoden aikana")
    section = " ".join(paragraphs[heading : heading + 8])
    assert "Toimenpide KUO-1" in section and NEW_TITLE in section and "on muuttunut" in section
    assert "Suunnitelmaan tehtiin vuoden aikana 1 muutosta." in paragraphs
    summary = paragraphs[: paragraphs.index("Toimenpiteiden toteutuminen")]
    assert any(p.startswith("Toimenpide KUO-1") and NEW_TITLE in p for p in summary)
    # another municipality's report does not list Kuopio's change
    code = main(
        [
            "report",
            "annual",
            "plans",
            "--year",
            "2026",
            "--only",
            "varkaus",
            "--to",
            "md",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    text = (out / "varkaus-annual-2026.md").read_text(encoding="utf-8")
    assert "KUO-1" not in text


def test_two_revisions_can_be_given(history: Path) -> None:
    cs = year_changes(history / "plans", 2027, from_rev="HEAD~1", to_rev="HEAD")
    assert cs is not None and [c.id for c in plan_changes_of(cs, "kuopio")] == ["KUO-1"]


def test_an_unknown_revision_is_a_user_error(
    history: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(history)
    code = main(["report", "annual", "plans", "--year", "2026", "--from", "v-nope", "--to", "md"])
    assert code == 2  # the user's input, as every HyteplanError
    assert "unknown revision 'v-nope'" in capsys.readouterr().err


def test_a_year_without_a_status_file_is_refused_with_a_hint(
    history: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(history)
    code = main(["report", "annual", "plans", "--year", "2029", "--to", "md"])
    err = capsys.readouterr().err
    assert code == 2
    assert "no status file for 2029" in err and "status/2029.yaml" in err
