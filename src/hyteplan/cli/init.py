"""`hyteplan init DIR`: start a new workspace."""

from __future__ import annotations

from pathlib import Path

import typer

from ..scaffold import create_workspace
from .app import app


@app.command()
def init(
    directory: Path = typer.Argument(..., help="Folder to create the workspace in."),
) -> None:
    """Create a new, valid, minimal workspace with comments that explain each file."""
    written = create_workspace(directory)
    typer.echo(f"Created a plan workspace in {directory} ({len(written)} files).")
    typer.echo(
        f"Next: edit {directory / 'hyteplan.yaml'}, then run `hyteplan validate {directory}`."
    )
