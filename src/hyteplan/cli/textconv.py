"""`hyteplan textconv FILE`: a plan file as normalised text, for git's diff drivers."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import HyteplanError
from .app import app


@app.command()
def textconv(
    file: Path = typer.Argument(..., help="One plan YAML file (git passes a temporary copy)."),
) -> None:
    """Print one plan file as stable text, so `git diff` and `git log -p` show changes by meaning.

    Set up once per repository (see docs/diff.md):
    .gitattributes: `*.yaml diff=hyteplan`, then `git config diff.hyteplan.textconv "hyteplan textconv"`.
    """
    from ..textconv import textconv as normalised  # here: it brings in the diff package

    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise HyteplanError(
            f"cannot read {file}: {exc.strerror}", "give the path of a plan YAML file"
        ) from exc
    typer.echo(normalised(raw), nl=False)
