"""The code passes the project's lint rules (pyproject.toml [tool.ruff], [tool.mypy]), so
mistakes such as unused imports, undefined names, drifting formatting or wrong types are caught
by `make test`, not by a reviewer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LINTED = ["src", "tests", "benchmarks"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True, check=False
    )


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "--no-cache", *LINTED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_formatted() -> None:
    result = _run("ruff", "format", "--check", "--no-cache", *LINTED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing() -> None:
    # The files and the strictness are set in pyproject.toml [tool.mypy].
    result = _run("mypy", "--no-incremental")
    assert result.returncode == 0, result.stdout + result.stderr
