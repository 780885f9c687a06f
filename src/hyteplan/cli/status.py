"""`hyteplan status`: where every organisation stands in a year of the follow-up."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from ..diagnostics import has_errors
from ..load import find_root, load_workspace
from ..report import Reporter, display_path
from ..status import latest_year, standing
from ..status_report import StatusReporter, status_diagnostics
from .app import LANG_OPTION, MessageLang, app
from .validate import (
    FORMAT_OPTION,
    STRICT_OPTION,
    OutputFormat,
    chosen_format,
    source_lines,
)


@app.command()
def status(
    path: Path = typer.Argument(Path("."), help="Workspace folder, or a file inside one."),
    year: int = typer.Option(
        None, "--year", help="The year to show (default: the latest year with a status file)."
    ),
    output_format: OutputFormat = FORMAT_OPTION,
    strict: bool = STRICT_OPTION,
    lang: MessageLang = LANG_OPTION,
) -> None:
    """Show each organisation's actions counted by status, and those without a status.

    Exit status 1 when the year's status files have errors (with --strict: any problem).
    """
    output_format = chosen_format(output_format)
    root = find_root(path)
    ws = load_workspace(root)
    chosen = latest_year(ws) if year is None else year
    result = standing(ws, chosen)
    diagnostics = status_diagnostics(ws, result, lang.value)
    color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    reporter = Reporter(display_path(root, Path.cwd()), source_lines(root), lang.value, color)
    text = StatusReporter(ws, reporter).render(output_format.value, result, diagnostics)
    typer.echo(text, nl=False)
    raise typer.Exit(1 if has_errors(diagnostics, strict) else 0)
