"""The benchmark generator makes clean workspaces: the benchmarks time the normal path."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from hyteplan.check import check
from hyteplan.load import load_workspace

GENERATE = Path(__file__).resolve().parents[2] / "benchmarks" / "generate.py"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_generate", GENERATE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


def test_tiny_workspace_validates_without_errors(tmp_path: Path) -> None:
    generate = _generator()
    [root] = generate.write(generate.tiny(), tmp_path)
    ws = load_workspace(root)
    diagnostics = check(ws)
    assert [d for d in diagnostics if d.severity.value == "error"] == []
    assert ws.load_findings == []
    assert len(ws.municipal_plans) == 3
    assert len(ws.actions) == 4 + 3 + 3 * 5
    joint = list(ws.joint_actions())
    assert len(joint) == 3 and all(len(a.obj.participants) >= 2 for a in joint)


def test_generation_is_deterministic() -> None:
    generate = _generator()
    assert generate.tiny() == generate.tiny()
