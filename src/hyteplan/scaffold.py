"""`hyteplan init`: a new, valid, minimal workspace with comments explaining each file."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from .errors import HyteplanError
from .fsio import atomic_write
from .schemas import schema_texts

SCAFFOLD_FILES = (
    "hyteplan.yaml",
    "parties.yaml",
    "indicators.yaml",
    "focus-areas.yaml",
    "region.yaml",
    "municipalities/esimerkkila.yaml",
)


def scaffold_files() -> dict[str, bytes]:
    """The starter workspace's YAML files by relative path (without the JSON Schemas); the
    rule examples are applied to this same workspace."""
    root = resources.files("hyteplan") / "scaffold"
    return {name: (root / name).read_bytes() for name in SCAFFOLD_FILES}


def create_workspace(target: Path) -> list[Path]:
    """Write the starter workspace into `target`; refuses to overwrite any existing file."""
    files = scaffold_files()
    files.update({f"schemas/{name}": text.encode() for name, text in schema_texts().items()})
    existing = [name for name in files if (target / name).exists()]
    if existing:
        raise HyteplanError(
            f"{target} already has {', '.join(existing[:3])}{' …' if len(existing) > 3 else ''}",
            "choose an empty folder: init never overwrites files",
        )
    if target.exists() and not target.is_dir():
        raise HyteplanError(f"{target} is a file, not a folder", "give a folder name")
    written = []
    for name, data in files.items():
        atomic_write(target / name, data)
        written.append(target / name)
    return written
