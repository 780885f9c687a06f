"""What a crash log says, so that a bug report can be reproduced: the command, the versions of
everything that shapes the output, and the traceback.

Versions are read only when a crash happens, and every read is allowed to fail: a report about
one bug must not be lost to another (a missing pandoc, a broken install).
"""

from __future__ import annotations

import platform
import subprocess
import sys
from importlib import metadata

UNKNOWN = "unknown"


def _distribution(name: str) -> str:
    try:
        return metadata.version(name)
    except Exception:  # not installed, or broken metadata
        return UNKNOWN


def _hyteplan() -> str:
    version = _distribution("hyteplan")
    if version == UNKNOWN:
        from . import __version__

        version = __version__
    return version


def _pandoc() -> str:
    """The bundled pandoc's own version line, or why there is none (never raises)."""
    try:
        from .render.pandoc import pandoc_path

        path = pandoc_path()
        proc = subprocess.run(
            [str(path), "--version"], capture_output=True, timeout=10, check=False
        )
        first = proc.stdout.decode("utf-8", "replace").splitlines()
        return first[0].removeprefix("pandoc").strip() if first else UNKNOWN
    except Exception as exc:  # missing, not executable, timed out...
        return f"{UNKNOWN} ({type(exc).__name__})"


def versions() -> dict[str, str]:
    """hyteplan, Python, the platform, pandoc (bundled binary and its wheel) and typst."""
    return {
        "hyteplan": _hyteplan(),
        "python": f"{platform.python_version()} ({sys.executable})",
        "platform": platform.platform(),
        "pandoc": _pandoc(),
        "pypandoc-binary": _distribution("pypandoc-binary"),
        "typst": _distribution("typst"),
    }


def crash_report(argv: list[str], traceback_text: str) -> str:
    """The crash log's text: command line, versions, traceback."""
    lines = [f"hyteplan {' '.join(argv)}", ""]
    lines += [f"{name}: {version}" for name, version in versions().items()]
    return "\n".join(lines) + "\n\n" + traceback_text
