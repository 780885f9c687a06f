"""The two versions `hyteplan diff` compares: git revisions, the working tree, or two folders.

Revision semantics follow `git diff`: no revision compares HEAD with the working tree, one
revision compares it with the working tree, two compare the first with the second. Every
version must validate (no errors), otherwise the comparison would report the artefacts of a
broken file as plan changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..check import check
from ..diagnostics import Severity
from ..errors import HyteplanError
from ..gitrepo import Commit, Repo
from ..load import WORKSPACE_FILE, DirReader, MemoryReader, find_root, load_from
from ..report import Reporter, display_path
from ..workspace import Workspace
from .changes import Version

MAX_LISTED_DIAGNOSTICS = 20


@dataclass
class Side:
    """One loaded version, and how to name its files in messages."""

    ws: Workspace
    version: Version
    show_path: Callable[[str], str]


def from_git(revisions: list[str], path: Path) -> tuple[Side, Side]:
    """Old and new side for 0, 1 or 2 revisions of the workspace at `path` in its repository."""
    if len(revisions) > 2:
        raise HyteplanError(
            f"give at most two revisions, not {len(revisions)}",
            "hyteplan diff [OLD [NEW]]: e.g. `hyteplan diff v2025-valtuusto HEAD`",
        )
    path = path.resolve()
    repo = Repo.containing(path)
    folder = path.parent if path.is_file() else path  # a folder deleted since is fine for revisions
    try:
        root = find_root(folder)
        workspace_dir = root if root.is_relative_to(repo.top.resolve()) else folder
    except HyteplanError:
        workspace_dir = folder  # fine while only revisions are read; the working tree side checks
    prefix = repo.prefix_of(workspace_dir)
    named = revisions or ["HEAD"]
    commits = [repo.resolve(rev) for rev in named]  # every revision is checked before any reading
    sides = [_git_side(repo, commit, prefix) for commit in commits]
    if len(sides) == 1:
        sides.append(_dir_side(workspace_dir, "worktree", "working tree"))
    return sides[0], sides[1]


def from_dirs(old: Path, new: Path) -> tuple[Side, Side]:
    """Two workspace folders, compared without git."""
    return _dir_side(old, "dir", str(old)), _dir_side(new, "dir", str(new))


def _git_side(repo: Repo, commit: Commit, prefix: str) -> Side:
    """The workspace at a commit, read from git into memory; its files are named `REV:path`."""
    files = repo.read_tree(commit, prefix)
    ws = load_from(MemoryReader(files), None)
    version = Version(
        source="git",
        label=commit.revision,
        commit=commit.sha,
        tags=commit.tags,
        date=commit.date,
        subject=commit.subject,
    )
    where = f"{prefix}/" if prefix else ""
    return Side(ws, version, lambda p: f"{commit.revision}:{where}{p}")


def _dir_side(folder: Path, source: str, label: str) -> Side:
    """The workspace in a folder; dated by its newest file, as a folder has no commit date."""
    if not folder.is_dir():
        raise HyteplanError(f"{folder} is not a folder", "give the folder of a plan workspace")
    if not (folder / WORKSPACE_FILE).is_file():
        root = find_root(folder)  # raises the usual "not inside a plan workspace" error
        folder = root
    ws = load_from(DirReader(folder), folder)
    stamps = [(folder / f).stat().st_mtime for f in ws.files if (folder / f).is_file()]
    date = dt.date.fromtimestamp(max(stamps)) if stamps else None
    version = Version(source=source, label=label, date=date)
    return Side(ws, version, display_path(folder, Path.cwd()))


def ensure_valid(side: Side, lang: str) -> None:
    """Refuse a version with errors, listing them with the version they belong to."""
    errors = [d for d in check(side.ws, lang) if d.severity is Severity.ERROR]
    if not errors:
        return
    name = describe_version(side.version)
    reporter = Reporter(side.show_path, lang=lang)
    shown = errors[:MAX_LISTED_DIAGNOSTICS]
    lines = reporter.concise(shown, len(side.ws.files)).splitlines()[:-1]
    more = len(errors) - len(shown)
    if more:
        lines.append(f"... and {more} more")
    count = f"{len(errors)} error" + ("s" if len(errors) != 1 else "")
    raise HyteplanError(
        f"{name} does not validate ({count}), so it cannot be compared:\n" + "\n".join(lines),
        "fix the errors in that version (see `hyteplan validate`), or compare other versions",
    )


def describe_version(version: Version) -> str:
    """How messages name a version: `revision 'v1' (a1b2c3d4e5)`, `the working tree`..."""
    if version.source == "git":
        return f"revision '{version.label}' ({version.short})"
    if version.source == "worktree":
        return "the working tree"
    return f"the folder {version.label}"
