"""`hyteplan schema`: write JSON Schemas for editors."""

from __future__ import annotations

from pathlib import Path

import typer

from ..schemas import write_schemas
from .app import app


@app.command()
def schema(
    out_dir: Path = typer.Option(Path("schemas"), "--out-dir", help="Folder to write into."),
) -> None:
    """Write one JSON Schema per file kind (for VS Code's YAML extension)."""
    for path in write_schemas(out_dir):
        typer.echo(f"wrote {path}")
