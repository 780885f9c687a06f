"""`hyteplan diff`: what changed between two versions of the plans, by meaning."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from ..diff import changes_between
from ..diff.report import render_json, render_markdown, render_stat, render_text
from ..errors import HyteplanError
from .app import app


class DiffFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"


class DocLang(str, Enum):
    fi = "fi"
    sv = "sv"
    en = "en"


@app.command()
def diff(
    revisions: Optional[list[str]] = typer.Argument(
        None,
        help="None: HEAD against the working tree. One: that revision against the working tree. "
        "Two: the first against the second. Tags, branches, HEAD~3, commit IDs all work.",
        show_default=False,
    ),
    path: Path = typer.Option(Path("."), "--path", help="The workspace folder inside the repository."),
    dirs: Optional[tuple[Path, Path]] = typer.Option(
        None, "--dirs", help="Compare two workspace folders (OLD NEW) without git.", show_default=False
    ),
    output_format: DiffFormat = typer.Option(
        DiffFormat.text, "--format", help="text (default), markdown or json.", case_sensitive=False
    ),
    stat: bool = typer.Option(False, "--stat", help="Only count the changes."),
    exit_code: bool = typer.Option(
        False, "--exit-code", help="Exit with 1 when there are differences (as git diff --exit-code)."
    ),
    lang: Optional[DocLang] = typer.Option(
        None, "--lang", help="Language of the report: fi, sv or en (default: the plans' first language).",
        case_sensitive=False,
    ),
) -> None:
    """Compare two versions of the plans object by object: added, removed, changed, renamed."""
    if dirs and revisions:
        raise HyteplanError(
            "give either revisions or --dirs, not both",
            "hyteplan diff [OLD [NEW]]  or  hyteplan diff --dirs OLD_DIR NEW_DIR",
        )
    message_lang = "fi" if lang is DocLang.fi else "en"
    cs = changes_between(list(revisions or []), path, dirs, message_lang)
    report_lang = lang.value if lang else cs.default_lang
    if output_format is DiffFormat.json:
        typer.echo(render_json(cs, stat=stat), nl=False)
    elif stat:
        typer.echo(render_stat(cs, report_lang, markdown=output_format is DiffFormat.markdown), nl=False)
    elif output_format is DiffFormat.markdown:
        typer.echo(render_markdown(cs, report_lang), nl=False)
    else:
        console = Console(highlight=False, soft_wrap=True)
        if console.is_terminal:
            console.print(render_text(cs, report_lang, color=True), end="")
        else:
            typer.echo(render_text(cs, report_lang), nl=False)
    raise typer.Exit(1 if exit_code and not cs.empty else 0)
