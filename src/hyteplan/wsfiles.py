"""The one way to read a file of a workspace: it must resolve inside the workspace root.

A workspace is untrusted input (CI runs hyteplan on pull requests), and git stores symbolic
links: ``templates/x.md.j2 -> /etc/passwd`` or ``data/x.csv -> ~/.ssh/id_rsa`` would copy a
file of the runner into a document or a log. Every workspace file is therefore resolved (links
followed) and refused unless the result is inside the workspace; its content is never read.
"""

from __future__ import annotations

from pathlib import Path

from hyteplan.errors import HyteplanError


class OutsideWorkspace(HyteplanError):
    """A workspace file (or a folder on its way) that resolves to a place outside the workspace."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} leads outside the workspace (a symbolic link?); it was not read",
            hint="replace the link with the file itself, inside the workspace folder",
        )
        self.path = path


def inside(root: Path, path: Path) -> Path:
    """``path`` with every link resolved, if that is inside ``root``; else OutsideWorkspace."""
    resolved = path.resolve()
    if not resolved.is_relative_to(root.resolve()):
        raise OutsideWorkspace(path)
    return resolved


def read_capped(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, refusing a file longer than ``limit`` without reading it all."""
    try:
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError as exc:
        raise HyteplanError(
            f"cannot read {path}: {exc.strerror}",
            hint="check that the file exists and that you may read it",
        ) from exc
    if len(data) > limit:
        raise HyteplanError(
            f"{path} is larger than hyteplan accepts ({limit:,} bytes)".replace(",", " "),
            hint="a workspace file this large is not a plan file: remove it or make it smaller",
        )
    return data


def read_workspace_file(root: Path, path: Path, limit: int | None = None) -> bytes:
    """Read ``path`` (absolute, or relative to ``root``) if it resolves inside ``root``."""
    resolved = inside(root, root / path)
    if limit is not None:
        return read_capped(resolved, limit)
    try:
        return resolved.read_bytes()
    except OSError as exc:
        raise HyteplanError(
            f"cannot read {path}: {exc.strerror}",
            hint="check that the file exists and that you may read it",
        ) from exc
