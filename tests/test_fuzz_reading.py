"""Bounded, deterministic fuzzing: bytes that once made `validate` fail internally, inserted
into the example workspace's files, must end as diagnostics (exit 0 or 1), never as a crash."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from hyteplan.cli import main

PLANS = Path(__file__).resolve().parents[1] / "plans"
SEED = 20261130
ROUNDS = 40

# Raw control characters and noncharacters, bytes that are not UTF-8, over-long numbers,
# octal-looking numbers, merge keys, deep nesting: each found an internal error once.
INSERTS: tuple[bytes, ...] = (
    b"\x07",
    b"\x1b[31m",
    b"\x00",
    b"\x7f",
    "\x85".encode(),
    "\x9b".encode(),
    "\ufffe".encode(),
    "\uffff".encode(),
    b"\x81",
    b"\xff\xfe",
    b"9" * 4400,
    b"-" + b"7" * 4400,
    b"061",
    b"0o7",
    b"\n<<: *nowhere\n",
    b"\n<<: 3\n",
    b"[" * 3000,
    b'"' + b"x" * 140_000,
    b";",
    b"\t",
    b"null",
)


def _files(root: Path) -> list[Path]:
    return sorted(
        p for p in root.rglob("*") if p.is_file() and p.suffix in (".yaml", ".csv", ".json")
    )


def test_mutated_files_never_end_in_an_internal_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = tmp_path / "plans"
    shutil.copytree(PLANS, workspace)
    files = _files(workspace)
    assert any(p.suffix == ".csv" for p in files) and len(files) > 5
    rng = random.Random(SEED)
    for round_ in range(ROUNDS):
        target = rng.choice(files)
        original = target.read_bytes()
        mutated = original
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(mutated) + 1)
            mutated = mutated[:at] + rng.choice(INSERTS) + mutated[at:]
        target.write_bytes(mutated)
        code = main(["validate", str(workspace), "--format", "concise"])
        captured = capsys.readouterr()
        where = f"round {round_}: {target.relative_to(workspace)}"
        assert "internal error" not in captured.err, where
        assert code in (0, 1), f"{where}: exit {code}: {captured.err}"
        target.write_bytes(original)
