"""JSON Schemas of the file kinds, generated from the models, for editors (VS Code YAML)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .fsio import atomic_write
from .model import FILE_KINDS

DRAFT = "https://json-schema.org/draft/2020-12/schema"


def schema_filename(kind: str) -> str:
    return f"{kind}.schema.json"


def json_schemas() -> dict[str, dict[str, Any]]:
    """One JSON Schema per file kind, keyed by kind."""
    out: dict[str, dict[str, Any]] = {}
    for kind, model in FILE_KINDS.items():
        schema = model.model_json_schema()
        out[kind] = {"$schema": DRAFT, "$id": schema_filename(kind), **schema}
    return out


def schema_texts() -> dict[str, str]:
    """File name -> file content, exactly as `hyteplan schema` writes it."""
    return {
        schema_filename(kind): json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
        for kind, schema in json_schemas().items()
    }


def write_schemas(out_dir: Path) -> list[Path]:
    """Write every schema into `out_dir`, atomically (an editor may be reading the old one)."""
    written = []
    for name, text in schema_texts().items():
        target = out_dir / name
        atomic_write(target, text.encode("utf-8"))
        written.append(target)
    return written
