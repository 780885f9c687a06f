"""Writing files so that a failure never leaves half a file or destroys the previous one."""

from __future__ import annotations

import contextlib
import functools
import os
import tempfile
from pathlib import Path

from .errors import HyteplanError


@functools.cache
def _default_mode() -> int:
    """The mode a new file gets under the process umask (read once, on the first write only:
    the umask can only be read by setting it, which importing this module should not do)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` via a temporary file in the same folder and an atomic rename.

    Every OSError (a folder that cannot be made, no permission, a full disk) becomes a
    HyteplanError here, once, so no command has to remember to catch it.
    """
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _default_mode())  # mkstemp makes 0600; documents are for sharing
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise HyteplanError(
            f"cannot write {path}: {exc.strerror or exc}",
            "check that the folder exists, that you may write there and that the disk is not full",
        ) from exc
