"""`hyteplan report`: the documents of the yearly cycle (`report annual`: the annual report;
`report negotiations`: the negotiation pack and the municipality cards)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Optional

import typer

from ..check import check
from ..diagnostics import has_errors
from ..errors import HyteplanError
from ..load import find_root, load_workspace
from ..report import Reporter, display_path
from ..safetext import printable_lines
from ..workspace import Workspace
from .app import app
from .render import _count, _render_with_progress, _split

report_app = typer.Typer(
    name="report",
    help="Documents of the yearly cycle: the annual report to the council, the negotiation pack.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(report_app, name="report")


def load_valid(path: Path) -> tuple[Path, Workspace]:
    """The workspace at `path`, or exit 1 after listing its errors (as `render` does)."""
    root = find_root(path)
    ws = load_workspace(root)
    diagnostics = check(ws)
    if has_errors(diagnostics):
        reporter = Reporter(display_path(root, Path.cwd()))
        typer.echo(reporter.render("concise", diagnostics, len(ws.files)), nl=False, err=True)
        typer.echo("error: the workspace has errors; nothing was rendered", err=True)
        raise typer.Exit(1)
    return root, ws


@report_app.command("annual")
def annual(
    path: Path = typer.Argument(Path("."), help="Workspace folder, or a file inside one."),
    year: Optional[int] = typer.Option(
        None, "--year", help="The year reported on (default: the newest status/<year>.yaml)."
    ),
    to: Optional[list[str]] = typer.Option(
        None, "--to", help="Formats, comma-separated: docx, pdf, md, json (default: docx,pdf)."
    ),
    out: Path = typer.Option(Path("out"), "--out", help="Folder to write the reports to."),
    only: Optional[list[str]] = typer.Option(
        None, "--only", help="Only these organisations' reports (IDs); repeatable."
    ),
    lang: Optional[str] = typer.Option(
        None, "--lang", help="Language of every report: fi, sv or en (default: as the plans)."
    ),
    from_rev: Optional[str] = typer.Option(
        None,
        "--from",
        help="The plans' revision to list changes from (default: the last commit before the year).",
    ),
    to_rev: Optional[str] = typer.Option(
        None,
        "--to-rev",
        help="The plans' revision to list changes to (default: the last commit of the year).",
    ),
    jobs: Optional[int] = typer.Option(
        None, "--jobs", "-j", min=1, help="Reports rendered in parallel (default: all cores)."
    ),
) -> None:
    """Write each organisation's annual report (vuosiraportti) to its council: <id>-annual-<year>."""
    from ..render.toolchain import require_toolchain

    require_toolchain("hyteplan report annual")
    from ..render.chart_cache import default_cache_dir
    from ..render.pipeline import DEFAULT_FORMATS, RenderOptions, source_date_epoch_from_env
    from ..yearly.annual_report import annual_views

    root, ws = load_valid(path)
    options = RenderOptions(
        out_dir=out,
        formats=_split(to) if to else DEFAULT_FORMATS,
        only=_split(only),
        lang=lang.strip().lower() if lang else None,
        source_date_epoch=source_date_epoch_from_env(),
        jobs=jobs,
        chart_cache=default_cache_dir(),
    )
    views = annual_views(ws, year, options, from_rev, to_rev)
    results = _render_with_progress(views, root, options)
    failed = [r for r in results if not r.ok]
    for result in results:
        for error in result.errors:
            typer.echo(f"error: {result.id}: {printable_lines(str(error))}", err=True)
    written = sum(len(r.written) for r in results)
    done = len(results) - len(failed)
    typer.echo(f"Wrote {_count(written, 'file')} for {_count(done, 'report')} to {out}")
    if failed:
        raise HyteplanError(
            f"{len(failed)} of {len(results)} reports could not be rendered completely",
            hint="the messages above say which format failed and why; other files were written",
        )


@report_app.command("negotiations")
def negotiations(
    path: Path = typer.Argument(Path("."), help="Workspace folder, or a file inside one."),
    year: Optional[int] = typer.Option(
        None, "--year", help="The year of the negotiations (default: the newest status file's)."
    ),
    to: Optional[list[str]] = typer.Option(
        None, "--to", help="Formats, comma-separated: docx, pdf, md, json (default: docx,pdf)."
    ),
    out: Path = typer.Option(Path("out"), "--out", help="Folder to write the documents to."),
    lang: Optional[str] = typer.Option(
        None, "--lang", help="Language of every document: fi, sv or en (default: as the plans)."
    ),
) -> None:
    """Write the negotiation pack (hyte-neuvottelut) and one card per municipality:
    <region>-negotiations-<year> and <municipality>-card-<year>."""
    from ..render.toolchain import require_toolchain

    require_toolchain("hyteplan report negotiations")
    from ..indicator_data import load_indicator_values
    from ..render.labels import LANG_TAGS
    from ..render.pipeline import DATA_DIR, DEFAULT_FORMATS, source_date_epoch_from_env
    from ..status import latest_year
    from ..yearly.negotiation_files import negotiation_documents, write_documents

    root, ws = load_valid(path)
    code = lang.strip().lower() if lang else None
    if code is not None and code not in LANG_TAGS:
        raise HyteplanError(f"unknown language {code!r}", hint="choose fi, sv or en")
    formats = _split(to) if to else DEFAULT_FORMATS
    values = load_indicator_values(root / DATA_DIR)
    documents = negotiation_documents(ws, year or latest_year(ws), values, code)
    results = _with_progress(
        lambda on_done: write_documents(
            documents, root, out, formats, source_date_epoch_from_env(), on_done
        ),
        len(documents),
    )
    failed = [r for r in results if not r.ok]
    for result in results:
        for error in result.errors:
            typer.echo(f"error: {result.id}: {printable_lines(str(error))}", err=True)
    written = sum(len(r.written) for r in results)
    done = len(results) - len(failed)
    typer.echo(f"Wrote {_count(written, 'file')} for {_count(done, 'document')} to {out}")
    if failed:
        raise HyteplanError(
            f"{len(failed)} of {len(results)} documents could not be rendered completely",
            hint="the messages above say which format failed and why; other files were written",
        )


def _with_progress(run: Callable[[Callable[[Any], None]], list[Any]], total: int) -> list[Any]:
    """Run with a progress bar on a terminal (one step per document), quietly otherwise."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(stderr=True)
    if not console.is_terminal:
        return run(lambda result: None)
    columns = (
        TextColumn("rendering"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("", total=total)
        return run(lambda result: progress.update(task, advance=1, description=result.id))
