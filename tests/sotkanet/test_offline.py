"""Validate and render never fetch: only `hyteplan data` may import the Sotkanet client."""

from __future__ import annotations

import ast
from pathlib import Path

import hyteplan

SRC = Path(hyteplan.__file__).resolve().parent


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            names.add("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_only_the_data_command_imports_the_sotkanet_package() -> None:
    users = sorted(
        path.relative_to(SRC).as_posix()
        for path in SRC.rglob("*.py")
        if "sotkanet" not in path.relative_to(SRC).parts
        and any("sotkanet" in name or "urllib" in name for name in _imports(path))
    )
    assert users == ["cli/data.py"]
