"""`hyteplan export xlsx` and `hyteplan import xlsx`: the plans as a workbook, and back."""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer

from ..errors import HyteplanError
from .app import LANG_OPTION, MessageLang, app
from .diff import DiffFormat

if TYPE_CHECKING:  # openpyxl and the diff engine are imported only when a command runs
    from ..diff.changes import ChangeSet
    from ..xlsx.importer import ImportResult

export_app = typer.Typer(
    help="Write the plans in another format.", no_args_is_help=True, rich_markup_mode=None
)
import_app = typer.Typer(
    help="Read edits back from another format.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(export_app, name="export")
app.add_typer(import_app, name="import")

MAX_WORKBOOK_BYTES = 100 * 1024 * 1024


class ProblemFormat(str, Enum):
    concise = "concise"
    full = "full"
    json = "json"
    github = "github"


@export_app.command("xlsx")
def export_xlsx(
    path: Path = typer.Argument(Path("."), help="Workspace folder, or a file inside one."),
    out: Optional[Path] = typer.Option(
        None, "--out", help="The workbook to write (default: suunnitelmat.xlsx in the workspace)."
    ),
    only: Optional[list[str]] = typer.Option(
        None, "--only", help="Only the plan of this organisation (repeatable), e.g. --only kuopio."
    ),
) -> None:
    """One workbook: the actions of each plan, goals, indicators and their targets, parties."""
    from ..fsio import atomic_write
    from ..load import find_root, load_workspace
    from ..xlsx.export import export_workbook

    root = find_root(path)
    data = export_workbook(load_workspace(root), list(only or []))
    target = out if out is not None else root / "suunnitelmat.xlsx"
    atomic_write(target, data)
    typer.echo(f"wrote {target}")


@import_app.command("xlsx")
def import_xlsx(
    file: Path = typer.Argument(..., help="The edited workbook (.xlsx)."),
    path: Path = typer.Argument(Path("."), help="Workspace folder, or a file inside one."),
    write: bool = typer.Option(False, "--write", help="Write the changes into the YAML files."),
    output_format: DiffFormat = typer.Option(
        DiffFormat.text, "--format", help="The changes as text, markdown or json.",
        case_sensitive=False,
    ),
    problems_format: Optional[ProblemFormat] = typer.Option(
        None, "--problems-format", case_sensitive=False,
        help="Invalid cells as concise (default), full, json or github (as validate).",
    ),
    lang: MessageLang = LANG_OPTION,
) -> None:  # fmt: skip
    """Show what an edited workbook changes (the semantic diff); write it with --write."""
    from ..xlsx.importer import import_workbook, write_changes

    data = _read_workbook(file)
    result = import_workbook(data, str(file), path, lang.value)
    if result.problems:
        _print_problems(result, str(file), problems_format, lang.value)
        raise typer.Exit(1)
    if result.new_errors:
        _print_new_errors(result, lang.value)
        raise typer.Exit(1)
    if result.changes is not None:
        _print_changes(result.changes, output_format)
    else:
        typer.echo("no changes" if lang is MessageLang.en else "ei muutoksia")
    _print_unmatched(result, lang.value)
    if write:
        for name in write_changes(result):
            typer.echo(f"wrote {name}")


def _read_workbook(file: Path) -> bytes:
    try:
        if file.stat().st_size > MAX_WORKBOOK_BYTES:
            raise HyteplanError(f"{file} is larger than 100 MB", "import the workbook export wrote")
        return file.read_bytes()
    except OSError as exc:
        raise HyteplanError(
            f"cannot read {file}: {exc.strerror}", "check the path of the workbook"
        ) from exc


def _print_problems(result: ImportResult, name: str, fmt: ProblemFormat | None, lang: str) -> None:
    from ..xlsx.problems import render_problems

    if fmt is None:
        github = os.environ.get("GITHUB_ACTIONS") == "true"
        fmt = ProblemFormat.github if github else ProblemFormat.concise
    typer.echo(render_problems(result.problems, name, fmt.value, lang), nl=False)


def _print_new_errors(result: ImportResult, lang: str) -> None:
    from ..report import Reporter

    text = Reporter(lang=lang).concise(result.new_errors, len(result.changed))
    intro = (
        "the workbook's changes would add these errors to the workspace; nothing was written:"
        if lang == "en"
        else "taulukon muutokset toisivat nämä virheet; mitään ei kirjoitettu:"
    )
    typer.echo(intro + "\n" + text, nl=False)


def _print_unmatched(result: ImportResult, lang: str) -> None:
    """On stderr, so that the changes on stdout stay one document (json)."""
    from ..xlsx.problems import unmatched_note

    for item in result.unmatched:
        typer.echo(unmatched_note(item.sheet, item.file, item.ids, lang), err=True)


def _print_changes(cs: ChangeSet, fmt: DiffFormat) -> None:
    from ..diff.report import render_json, render_markdown, render_text

    if fmt is DiffFormat.json:
        typer.echo(render_json(cs), nl=False)
    elif fmt is DiffFormat.markdown:
        typer.echo(render_markdown(cs, cs.default_lang), nl=False)
    else:
        typer.echo(render_text(cs, cs.default_lang), nl=False)
