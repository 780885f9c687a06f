"""Whether the document toolchain (the `render` extra) is installed.

`validate` and the pre-commit hook install hyteplan without pandoc, typst and matplotlib (some
450 MB); the commands that make documents ask for them here, before any work, with a message a
coordinator can act on instead of an import error halfway through a run.
"""

from __future__ import annotations

from importlib.util import find_spec

from ..errors import HyteplanError

# The module each part of the toolchain is imported as, and the package that installs it.
TOOLCHAIN = {
    "pypandoc": "pypandoc-binary",
    "typst": "typst",
    "matplotlib": "matplotlib",
}


def _installed(module: str) -> bool:
    try:
        return find_spec(module) is not None
    except (ImportError, ValueError):  # a broken install counts as none
        return False


def missing_toolchain() -> list[str]:
    """The packages of the toolchain that cannot be imported (found without importing them)."""
    return [package for module, package in TOOLCHAIN.items() if not _installed(module)]


def require_toolchain(command: str) -> None:
    """Raise a HyteplanError naming what to install when any part of the toolchain is missing."""
    missing = missing_toolchain()
    if missing:
        raise HyteplanError(
            f"{command} needs the document toolchain, which is not installed "
            f"(missing: {', '.join(missing)})",
            "install hyteplan with its render extra: pip install 'hyteplan[render]' "
            "(in this repository: make demo)",
        )
