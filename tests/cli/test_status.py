"""`hyteplan status` end to end: the standing, the year's problems, every format, exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from hyteplan.cli import main

PLANS = Path(__file__).resolve().parents[2] / "plans"


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the example workspace, the current directory."""
    target = tmp_path / "plans"
    shutil.copytree(PLANS, target)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return target


def _break(plans: Path) -> None:
    """2027: Varkaus's VAR-1 cancelled without a reason (F007), its VAR-2 left out (F006)."""
    path = plans / "status" / "2027.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "    - action: VAR-1\n      status: done", "    - action: VAR-1\n      status: cancelled"
    )
    start = text.index("    - action: VAR-2\n")
    end = text.index("    - action: VAR-3\n")
    path.write_text(text[:start] + text[end:], encoding="utf-8")


def test_the_latest_year_by_default_with_counts_per_organisation(
    plans: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(["status", "plans", "--format", "concise"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "pshva: not started 0, started 19, done 6, postponed 0, cancelled 0"
    assert "siilinjarvi: not started 0, started 13, done 4, postponed 0, cancelled 1" in lines
    assert lines[-1] == "No problems found in 1 files."


def test_problems_of_the_year_are_located_and_errors_fail(
    plans: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _break(plans)
    code, out, _ = _run(["status", "plans", "--year", "2027", "--format", "concise"], capsys)
    assert code == 1
    assert (
        "varkaus: not started 0, started 17, done 4, postponed 0, cancelled 1; "
        "without status: VAR-2" in out
    )
    problems = [line for line in out.splitlines() if line.startswith("plans/")]
    assert [p.split(" ", 2)[:2] for p in problems] == [
        ["plans/status/2027.yaml:136:3:", "F006"],
        ["plans/status/2027.yaml:138:15:", "F007"],
    ]
    # the other year is not this run's business
    code, out, _ = _run(["status", "plans", "--year", "2026", "--format", "concise"], capsys)
    assert code == 0 and "F00" not in out


def test_warnings_fail_only_with_strict(plans: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = plans / "status" / "2026.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("    - action: LEP-4\n")
    path.write_text(text[:start], encoding="utf-8")  # LEP-4 is the last entry of the file
    code, out, _ = _run(["status", "plans", "--year", "2026", "--format", "concise"], capsys)
    assert code == 0 and "leppavirta: " in out and "without status: LEP-4" in out
    code, _, _ = _run(["status", "plans", "--year", "2026", "--strict"], capsys)
    assert code == 1


def test_json_for_programs(plans: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _break(plans)
    code, out, _ = _run(["status", "plans", "--format", "json"], capsys)
    assert code == 1
    document = json.loads(out)
    assert document["version"] == 1 and document["year"] == 2027
    assert document["files"] == ["plans/status/2027.yaml"]
    varkaus = next(o for o in document["organisations"] if o["id"] == "varkaus")
    assert varkaus["name"] == {"fi": "Varkauden kaupunki", "sv": "Varkaus stad"}
    assert varkaus["counts"]["cancelled"] == 1 and varkaus["without_status"] == ["VAR-2"]
    va1 = next(a for a in varkaus["actions"] if a["id"] == "VA-1")
    assert va1 == {"id": "VA-1", "joint": True, "scheduled": True, "status": "started"}
    assert [d["code"] for d in document["diagnostics"]] == ["F006", "F007"]
    assert document["summary"]["errors"] == 1 and document["summary"]["warnings"] == 1


def test_full_and_github_formats_in_finnish(
    plans: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _break(plans)
    code, out, _ = _run(["status", "plans", "--lang", "fi"], capsys)
    assert code == 1
    assert out.startswith("Toimenpiteiden tila vuoden 2027 lopussa (plans/status/2027.yaml)\n")
    assert "Varkauden kaupunki (varkaus): 23 toimenpidettä\n" in out
    assert "  ilman tilaa (1): VAR-2\n" in out
    assert "  138:15: F007 [virhe] toimenpide `VAR-1` on peruttu ilman perustelua\n" in out
    code, out, _ = _run(["status", "plans", "--format", "github"], capsys)
    assert "::error file=plans/status/2027.yaml,line=138,col=15," in out
    assert "::warning file=plans/status/2027.yaml,line=136,col=3," in out


def test_a_year_without_a_file_shows_everything_scheduled_without_status(
    plans: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(["status", "plans", "--year", "2028"], capsys)
    assert code == 0
    assert out.startswith("Status of the actions at the end of 2028 (no status file for 2028)\n")
    # VA-3 and TJ-1 were done in 2027, and ended: not in 2028; KUO-3, done in 2027, needs no
    # status again though scheduled for 2028, and counts as done
    assert "Pohjois-Savon hyvinvointialue (pshva): 19 actions\n" in out
    assert "Kuopion kaupunki (kuopio): 19 actions\n  not started 0, started 0, done 1," in out
    assert "  without status (18): VA-1, EL-1, EL-3, MT-1, MT-2, MT-3, RI-1, TU-1, TU-2, " in out


def test_user_text_is_escaped(plans: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = plans / "hyteplan.yaml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("Varkauden kaupunki", "Varkaus\\e[31mX"),
        encoding="utf-8",
    )
    _, out, _ = _run(["status", "plans"], capsys)
    assert "\x1b" not in out


def test_no_status_file_at_all_is_a_usage_error(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(["status", str(workspace)], capsys)
    assert code == 2
    assert "no status files" in err and "status/<year>.yaml" in err


def test_a_status_file_without_a_readable_year_is_reported_not_skipped(
    plans: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (plans / "status" / "2028.yaml").write_text("year: viimeksi\norganisations: {}\n", "utf-8")
    code, out, _ = _run(["status", "plans", "--format", "concise"], capsys)
    assert code == 1
    assert out.splitlines()[-2].startswith("plans/status/2028.yaml:1:7: S00")
