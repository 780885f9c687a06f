"""A workbook into the workspace: plan the edits, make them in memory, compare, check, and only
then (with --write) put the changed files on disk.

The edited workspace is loaded from memory exactly as `diff` loads a revision, so the change
report is the semantic diff's, and it is validated before anything is written: an import may
not leave the workspace with an error it did not have.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..check import added_errors
from ..diagnostics import Diagnostic
from ..diff.changes import ChangeSet, Version
from ..diff.compare import compare
from ..fsio import atomic_write
from ..gcfreeze import frozen_heap
from ..load import DirReader, FileCache, OverlayReader, find_root, load_from
from ..workspace import Workspace
from .apply import Unmatched, plan_import
from .problems import CellProblem
from .read import read_workbook
from .writeback import apply_edits


@dataclass
class ImportResult:
    """What an import found and would do."""

    root: Path
    problems: list[CellProblem] = field(default_factory=list)
    changed: dict[str, bytes] = field(default_factory=dict)  # workspace path -> new bytes
    changes: ChangeSet | None = None
    new_errors: list[Diagnostic] = field(default_factory=list)
    new_ids: list[str] = field(default_factory=list)
    unmatched: list[Unmatched] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.new_errors


def import_workbook(data: bytes, name: str, path: Path, lang: str = "en") -> ImportResult:
    """Read a workbook against the workspace at `path`; nothing is written here."""
    root = find_root(path)
    reader = DirReader(root)
    cache = FileCache()  # the edited workspace reparses only the edited files
    old_ws = load_from(reader, root, cache)
    with frozen_heap():  # the loaded workspace lives to the end: not walked again and again
        return _compare_and_check(data, name, root, reader, cache, old_ws, lang)


def _compare_and_check(
    data: bytes,
    name: str,
    root: Path,
    reader: DirReader,
    cache: FileCache,
    old_ws: Workspace,
    lang: str,
) -> ImportResult:
    result = ImportResult(root)
    plan = plan_import(old_ws, read_workbook(data, name))
    result.problems, result.new_ids = plan.problems, plan.new_ids
    result.unmatched = plan.unmatched
    if plan.problems or not plan.edits:
        return result
    edited = {edit.file for edit in plan.edits}
    files = {name: reader.read(name) or b"" for name in sorted(edited)}
    result.changed = apply_edits(files, plan.edits)
    new_ws = load_from(OverlayReader(reader, result.changed), root, cache)
    result.changes = compare(
        old_ws,
        new_ws,
        Version(source="worktree", label="working tree"),
        Version(source="dir", label=name),
    )
    result.new_errors = added_errors(old_ws, new_ws, lang)
    return result


def write_changes(result: ImportResult) -> list[str]:
    """Write the changed files (only after a clean import); their workspace paths."""
    if not result.ok:
        return []
    for name, data in sorted(result.changed.items()):
        atomic_write(result.root / name, data)
    return sorted(result.changed)
