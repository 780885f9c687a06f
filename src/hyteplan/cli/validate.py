"""`hyteplan validate`: check a workspace like a linter."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Callable

import typer

from ..check import check
from ..diagnostics import has_errors
from ..errors import HyteplanError
from ..load import find_root, load_workspace
from ..report import Reporter, display_path
from ..wsfiles import read_workspace_file
from .app import LANG_OPTION, MessageLang, app


class OutputFormat(str, Enum):
    full = "full"
    concise = "concise"
    json = "json"
    github = "github"


# The options every command that reports diagnostics shares (validate, status).
FORMAT_OPTION = typer.Option(
    None,
    "--format",
    help="full (default), concise, json or github (default when GITHUB_ACTIONS=true).",
    case_sensitive=False,
)
STRICT_OPTION = typer.Option(False, "--strict", help="Warnings fail the run too.")


def chosen_format(output_format: OutputFormat | None) -> OutputFormat:
    """The format asked for; else github on GitHub Actions, full elsewhere."""
    if output_format is not None:
        return output_format
    github = os.environ.get("GITHUB_ACTIONS") == "true"
    return OutputFormat.github if github else OutputFormat.full


@app.command()
def validate(
    path: Path = typer.Argument(Path("."), help="Workspace folder, or a file inside one."),
    output_format: OutputFormat = FORMAT_OPTION,
    strict: bool = STRICT_OPTION,
    lang: MessageLang = LANG_OPTION,
) -> None:
    """Check every file of a plan workspace and report all problems at file:line:column."""
    output_format = chosen_format(output_format)
    root = find_root(path)
    ws = load_workspace(root)
    diagnostics = check(ws, lang=lang.value)
    if path.resolve().is_file():
        first = path.resolve().relative_to(root).as_posix()
        diagnostics.sort(key=lambda d: d.file != first)  # stable: that file's problems first
    cwd = Path.cwd()
    read_line = source_lines(root)
    color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    reporter = Reporter(display_path(root, cwd), read_line, lang.value, color=color)
    typer.echo(reporter.render(output_format.value, diagnostics, len(ws.files)), nl=False)
    raise typer.Exit(1 if has_errors(diagnostics, strict) else 0)


def source_lines(root: Path) -> Callable[[str, int], str | None]:
    """Line `number` of a workspace file, for the full format; read only inside the workspace."""
    lines: dict[str, list[str]] = {}

    def read_line(file: str, number: int) -> str | None:
        if file not in lines:
            try:
                raw = read_workspace_file(root, Path(file))  # never a file outside the workspace
                lines[file] = raw.decode("utf-8-sig").splitlines()
            except (HyteplanError, UnicodeDecodeError):
                lines[file] = []
        text = lines[file]
        return text[number - 1] if 0 < number <= len(text) else None

    return read_line
