"""Run the pandoc binary that ships inside pypandoc-binary, never another one.

pypandoc picks the *highest* pandoc it can find, PATH included, so a system pandoc 2.x (no typst
writer) or a newer one with different output could sneak in. We call the bundled binary
directly: documents then come out the same on every machine with the same hyteplan install.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from hyteplan.errors import HyteplanError
from hyteplan.limits import PANDOC_SECONDS


@lru_cache(maxsize=1)
def pandoc_path() -> Path:
    """Path of the pandoc executable bundled in the pypandoc-binary wheel."""
    import pypandoc  # imported lazily: only rendering needs it

    name = "pandoc.exe" if sys.platform == "win32" else "pandoc"
    path = Path(pypandoc.__file__).resolve().parent / "files" / name
    if not path.is_file():
        raise HyteplanError(
            f"the pandoc bundled with pypandoc-binary is missing ({path})",
            hint="reinstall hyteplan: pip install --force-reinstall pypandoc-binary",
        )
    return path


def run_pandoc(
    args: Sequence[str],
    stdin: bytes = b"",
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> bytes:
    """Run bundled pandoc with ``args``, feeding ``stdin``; return its standard output.

    ``env`` entries are added to the current environment (``SOURCE_DATE_EPOCH`` for
    reproducible DOCX). pandoc's own error message becomes a HyteplanError, and so does a run
    longer than PANDOC_SECONDS (pandoc is then killed).
    """
    full_env = dict(os.environ)
    full_env.update(env or {})
    try:
        proc = subprocess.run(
            [str(pandoc_path()), *args],
            input=stdin,
            capture_output=True,
            cwd=cwd,
            env=full_env,
            check=False,
            timeout=PANDOC_SECONDS,
        )
    except subprocess.TimeoutExpired as exc:
        raise HyteplanError(
            f"pandoc ran longer than {PANDOC_SECONDS:g} seconds and was stopped",
            hint="the document is too large, or a template in the workspace's templates/ folder "
            "makes pandoc loop: fix or delete the override, or render fewer documents (--only)",
        ) from exc
    except OSError as exc:
        raise HyteplanError(
            f"cannot run pandoc: {exc}",
            hint="reinstall hyteplan: pip install --force-reinstall pypandoc-binary",
        ) from exc
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip() or f"exit code {proc.returncode}"
        raise HyteplanError(
            f"pandoc failed: {message}",
            hint="if the workspace's templates/ folder overrides a template, fix or delete the "
            "override; otherwise report the error with the document that failed",
        )
    return proc.stdout
