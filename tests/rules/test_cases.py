"""Negative example workspaces, one per check, with their exact expected diagnostics.

Each tests/rules/cases/<CODE>/ is a complete small workspace (the `hyteplan init` scaffold,
header comments left out) with one defect, and expected.txt holds exactly what
`hyteplan validate --format concise` reports for it: `path:line:col: CODE message`, paths
relative to the case folder, without the summary line.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hyteplan.check import check
from hyteplan.load import load_workspace
from hyteplan.rules import REGISTRY

CASES = Path(__file__).resolve().parent / "cases"
CASE_NAMES = sorted(p.name for p in CASES.iterdir() if p.is_dir())


def _concise(folder: Path) -> str:
    diagnostics = check(load_workspace(folder))
    return "".join(f"{d.file}:{d.line}:{d.column}: {d.code} {d.message}\n" for d in diagnostics)


def test_every_code_has_a_case() -> None:
    assert CASE_NAMES == sorted(REGISTRY)


@pytest.mark.parametrize("name", CASE_NAMES)
def test_case_reports_exactly_the_expected_diagnostics(name: str) -> None:
    folder = CASES / name
    expected = folder / "expected.txt"
    got = _concise(folder)
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        expected.write_text(got, encoding="utf-8")
    assert got == expected.read_text(encoding="utf-8"), (
        f"diagnostics of {folder} changed; if intended, run UPDATE_SNAPSHOTS=1 make test "
        "and review the diff of its expected.txt"
    )
    assert f" {name} " in got  # the case shows its own code
