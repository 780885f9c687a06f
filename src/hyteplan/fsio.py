"""Writing files so that a failure never leaves half a file or destroys the previous one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import HyteplanError


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` via a temporary file in the same folder and an atomic rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise HyteplanError(
            f"cannot write {path}: {exc.strerror}",
            "check that the folder exists, that you may write there and that the disk is not full",
        ) from exc
