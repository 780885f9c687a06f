"""Small helpers for rule tests: break a copy of the scaffold workspace and read the result."""

from __future__ import annotations

from pathlib import Path

from hyteplan.check import check
from hyteplan.load import load_workspace


def edit(workspace: Path, name: str, old: str, new: str) -> None:
    """Replace `old` (which must occur exactly once) with `new` in a workspace file."""
    path = workspace / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def append(workspace: Path, name: str, text: str) -> None:
    path = workspace / name
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


# Where the scaffold's municipal plan ends its `actions:` list (its `indicator_targets:` follow).
OWN_TARGETS = "\n# The municipality's own baseline"


def append_action(workspace: Path, name: str, text: str) -> None:
    """Add action items (`  - id: ...`) at the end of a plan's `actions:` list, which in the
    scaffold's municipal plan is followed by its `indicator_targets:`."""
    path = workspace / name
    old = path.read_text(encoding="utf-8")
    if OWN_TARGETS in old:
        path.write_text(old.replace(OWN_TARGETS, text.rstrip("\n") + OWN_TARGETS, 1), "utf-8")
    else:
        path.write_text(old + text, encoding="utf-8")


def concise(workspace: Path, lang: str = "en") -> list[str]:
    """`file:line:col: CODE message` of every diagnostic."""
    return [
        f"{d.file}:{d.line}:{d.column}: {d.code} {d.message}"
        for d in check(load_workspace(workspace), lang)
    ]


def codes(workspace: Path) -> list[str]:
    return [d.code for d in check(load_workspace(workspace))]
