"""`hyteplan diff`: two versions of a plan workspace compared by meaning, object by object.

`changes_between` is the whole pipeline: find the two versions (git revisions, the working tree
or two folders), load and validate each, and compare them into a ChangeSet that the reporters in
`hyteplan.diff.report` (and the council annex in `hyteplan.diff.annex`) lay out.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import HyteplanError
from ..load import find_root
from .changes import ChangeSet, FieldChange, ObjectChange, Version
from .compare import compare
from .sources import ensure_valid, from_dirs, from_git

__all__ = [
    "ChangeSet",
    "FieldChange",
    "ObjectChange",
    "Version",
    "changes_between",
    "compare",
    "templates_root",
]


def changes_between(
    revisions: list[str],
    path: Path,
    dirs: tuple[Path, Path] | None = None,
    message_lang: str = "en",
) -> ChangeSet:
    """Compare two versions: `dirs` if given, else git revisions of the workspace at `path`."""
    old, new = from_dirs(*dirs) if dirs else from_git(revisions, path)
    for side in (old, new):
        ensure_valid(side, message_lang)
    return compare(old.ws, new.ws, old.version, new.version)


def templates_root(path: Path, dirs: tuple[Path, Path] | None = None) -> Path | None:
    """Whose templates/ overrides the annex layout: the new folder, or the working tree's."""
    try:
        return find_root(dirs[1] if dirs else path)
    except HyteplanError:
        return None  # no workspace in the working tree: hyteplan's own templates
