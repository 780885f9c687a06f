"""Without the `render` extra, validate works and the document commands say what to install."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


from hyteplan.render import toolchain

PLANS = Path(__file__).resolve().parents[2] / "plans"

# Runs hyteplan as if pandoc, typst and matplotlib were not installed: their imports fail and
# find_spec finds nothing.
WITHOUT_TOOLCHAIN = """
import importlib.abc, sys
BLOCKED = {"pypandoc", "typst", "matplotlib"}
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(name)
        return None
sys.meta_path.insert(0, Block())
from hyteplan.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _hyteplan_without_toolchain(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_TOOLCHAIN, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def test_validate_needs_no_toolchain(tmp_path: Path) -> None:
    done = _hyteplan_without_toolchain("validate", str(PLANS), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr


def test_render_without_toolchain_names_what_to_install(tmp_path: Path) -> None:
    done = _hyteplan_without_toolchain("render", str(PLANS), "--out", "out", cwd=tmp_path)
    assert done.returncode == 2
    assert "pypandoc-binary, typst, matplotlib" in done.stderr
    assert "hyteplan[render]" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()


def test_diff_annex_without_toolchain_names_what_to_install(tmp_path: Path) -> None:
    done = _hyteplan_without_toolchain(
        "diff", "--dirs", str(PLANS), str(PLANS), "--to", "pdf", "--out", "x.pdf", cwd=tmp_path
    )
    assert done.returncode == 2
    assert "hyteplan[render]" in done.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_installed_toolchain_is_complete() -> None:
    assert toolchain.missing_toolchain() == []
    toolchain.require_toolchain("hyteplan render")  # does not raise
