"""A render worker's memory does not grow with the number of documents it has rendered."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

GENERATE = Path(__file__).resolve().parents[2] / "benchmarks" / "generate.py"

# Renders documents one after another in this one process (the code a worker runs) and prints
# the peak memory (kB) of the typst helper process it compiles PDFs in, after each document.
_SCRIPT = """
import json, sys
from pathlib import Path
from hyteplan.load import load_workspace
from hyteplan.render import typst_child
from hyteplan.render.pipeline import RenderOptions, plan_views, render_views

def helper_peak():
    status = Path(f"/proc/{typst_child._child.pid}/status").read_text()
    return int(next(l for l in status.splitlines() if l.startswith("VmHWM")).split()[1])

ws = load_workspace(Path(sys.argv[1]))
opts = RenderOptions(out_dir=Path(sys.argv[2]), formats=("pdf",), jobs=1)
views = [v for v in plan_views(ws, opts) if v.kind == "municipality"][: int(sys.argv[3])]
peaks = []
render_views(views, ws.root, opts, on_done=lambda r: peaks.append((r.errors, helper_peak())))
print(json.dumps(peaks))
"""


def _large_region(tmp_path: Path) -> Path:
    spec = importlib.util.spec_from_file_location("bench_generate_memory", GENERATE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being made
    spec.loader.exec_module(module)
    [root] = module.write(module.large_region(), tmp_path / "ws")
    return root


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc of the typst helper")
def test_peak_memory_does_not_grow_with_the_documents_rendered(tmp_path: Path) -> None:
    """Each municipal plan of the large region left ~25 MB of typst's cache behind in the
    process that compiles it (kept for ten documents); now the peak of the typst helper after
    six documents is that after the second. Memory does
    not depend on the machine's load, so the bound holds on a busy machine too."""
    root = _large_region(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(root), str(tmp_path / "out"), "6"],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    peaks = json.loads(proc.stdout)
    assert [errors for errors, _ in peaks] == [[]] * 6
    after_second, after_last = peaks[1][1] / 1024, peaks[-1][1] / 1024
    assert after_last - after_second < 40, (after_second, after_last)
