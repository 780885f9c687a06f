"""Rule settings in hyteplan.yaml (select, ignore, severity) and --strict change the results."""

from __future__ import annotations

from pathlib import Path

import pytest

from hyteplan.check import check
from hyteplan.cli import main
from hyteplan.load import load_workspace

from .helpers import edit

PLAN = "municipalities/esimerkkila.yaml"


@pytest.fixture
def flawed(workspace: Path) -> Path:
    """One error (R001), two warnings (Q002, Q009) and one schema error (S003)."""
    edit(workspace, PLAN, "partners: [liikuntajarjestot]", "partners: [liikuntajarjesto]")
    edit(workspace, PLAN, "    indicators: [sotkanet-3906]\n", "")
    edit(
        workspace,
        "region.yaml",
        "    rural_reach: Neuvonta myös etäyhteydellä ja kyläkierroksilla.\n",
        "",
    )
    edit(workspace, "parties.yaml", "    kind: group", "    kind: group\n    memebrs: []")
    return workspace


def _settings(workspace: Path, text: str) -> None:
    edit(workspace, "hyteplan.yaml", "rules:\n  ignore: []", "rules:\n" + text)


def _found(workspace: Path) -> list[tuple[str, str]]:
    return [(d.code, d.severity.value) for d in check(load_workspace(workspace))]


def test_all_rules_run_by_default(flawed: Path) -> None:
    assert sorted(_found(flawed)) == [
        ("Q002", "warning"),
        ("Q009", "warning"),
        ("R001", "error"),
        ("S003", "error"),
    ]


def test_select_runs_only_the_chosen_codes_but_never_hides_reading_problems(flawed: Path) -> None:
    _settings(flawed, "  select: [q009, R]")
    assert sorted(_found(flawed)) == [("Q009", "warning"), ("R001", "error"), ("S003", "error")]


def test_ignore_by_prefix(flawed: Path) -> None:
    _settings(flawed, "  ignore: [Q, S]")  # S cannot be switched off
    assert sorted(_found(flawed)) == [("R001", "error"), ("S003", "error")]


def test_severity_changes_the_level(flawed: Path) -> None:
    _settings(flawed, "  severity: {Q009: error, r001: warning, S003: warning}")
    assert sorted(_found(flawed)) == [
        ("Q002", "warning"),
        ("Q009", "error"),
        ("R001", "warning"),
        ("S003", "error"),
    ]


def test_unknown_codes_in_settings(workspace: Path) -> None:
    _settings(workspace, "  ignore: [Q999, R]\n  severity: {X001: error}")
    assert [(d.line, d.column, d.code, d.message) for d in check(load_workspace(workspace))] == [
        (32, 12, "C001", "unknown rule code `Q999` in rule settings"),
        (33, 14, "C001", "unknown rule code `X001` in rule settings"),
    ]


def test_strict_makes_warnings_fail(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(workspace, PLAN, "    indicators: [sotkanet-3906]\n", "")
    assert main(["validate", str(workspace), "--format", "concise"]) == 0
    assert main(["validate", str(workspace), "--format", "concise", "--strict"]) == 1
    out = capsys.readouterr().out
    assert "Q002 action ESI-1: no indicator (seurantamittari)" in out


def test_severity_error_fails_without_strict(workspace: Path) -> None:
    edit(workspace, PLAN, "    indicators: [sotkanet-3906]\n", "")
    _settings(workspace, "  severity: {Q002: error}")
    assert main(["validate", str(workspace), "--format", "concise"]) == 1
