"""`hyteplan render`: write the plan documents (DOCX, PDF, Markdown, JSON) of a workspace."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer

from ..check import check
from ..diagnostics import has_errors
from ..errors import HyteplanError
from ..load import find_root, load_workspace
from ..report import Reporter, display_path
from ..safetext import printable_lines
from .app import app

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress

    from ..render.pipeline import DocumentResult, RenderableView, RenderOptions
    from ..workspace import Workspace

# The rendering modules (jinja2, rich, views) are imported inside the command: other commands
# such as `validate` must start without them.


def _split(values: list[str] | None) -> tuple[str, ...]:
    """`--only a,b --only c` and `--to docx,pdf` both give separate items."""
    out: list[str] = []
    for value in values or []:
        out += [v.strip() for v in value.split(",") if v.strip()]
    return tuple(out)


@app.command()
def render(
    path: Path = typer.Argument(Path("."), help="Workspace folder, or a file inside one."),
    to: Optional[list[str]] = typer.Option(
        None,
        "--to",
        help="Formats, comma-separated: docx, pdf, md, json (default: docx,pdf).",
    ),
    out: Path = typer.Option(Path("out"), "--out", help="Folder to write the documents to."),
    only: Optional[list[str]] = typer.Option(
        None,
        "--only",
        help="Render only these documents (organisation IDs, every language); repeatable.",
    ),
    lang: Optional[str] = typer.Option(
        None,
        "--lang",
        help="Language of every document: fi, sv or en (default: each organisation's "
        "`languages`, else the workspace's first language). Files in a language other than "
        "the organisation's first are named <id>.<lang>.docx.",
    ),
    jobs: Optional[int] = typer.Option(
        None, "--jobs", "-j", min=1, help="Documents rendered in parallel (default: all cores)."
    ),
) -> None:
    """Write the regional plan and every municipal plan as DOCX and PDF (and Markdown, JSON)."""
    from ..render.toolchain import require_toolchain

    require_toolchain("hyteplan render")
    from ..render.chart_cache import default_cache_dir
    from ..render.pipeline import (
        DEFAULT_FORMATS,
        RenderOptions,
        plan_views,
        source_date_epoch_from_env,
    )

    root, ws = load_renderable(path)
    options = RenderOptions(
        out_dir=out,
        formats=_split(to) if to else DEFAULT_FORMATS,  # `--to ,` names none: an error
        only=_split(only),
        lang=lang.strip().lower() if lang else None,
        source_date_epoch=source_date_epoch_from_env(),
        jobs=jobs,
        chart_cache=default_cache_dir(),
    )
    views = plan_views(ws, options)
    report_results(_render_with_progress(views, root, options), out, "document")


def load_renderable(path: Path) -> tuple[Path, Workspace]:
    """The workspace at `path`; with errors they are listed and the command exits 1."""
    root = find_root(path)
    ws = load_workspace(root)
    diagnostics = check(ws)
    if has_errors(diagnostics):
        reporter = Reporter(display_path(root, Path.cwd()))
        typer.echo(reporter.render("concise", diagnostics, len(ws.files)), nl=False, err=True)
        typer.echo("error: the workspace has errors; nothing was rendered", err=True)
        raise typer.Exit(1)
    return root, ws


def report_results(results: Sequence[DocumentResult], out: Path, noun: str) -> None:
    """Each document's errors, then a count; some failed: a HyteplanError (exit 2)."""
    failed = [r for r in results if not r.ok]
    for result in results:
        for error in result.errors:
            typer.echo(f"error: {result.id}: {printable_lines(str(error))}", err=True)
    written = sum(len(r.written) for r in results)
    done = len(results) - len(failed)
    typer.echo(f"Wrote {_count(written, 'file')} for {_count(done, noun)} to {out}")
    if failed:
        raise HyteplanError(
            f"{len(failed)} of {len(results)} {noun}s could not be rendered completely",
            hint="the messages above say which format failed and why; other files were written",
        )


def _count(number: int, noun: str) -> str:
    """`1 document`, `2 documents`."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def progress_bar(console: Console) -> Progress:
    """The one progress bar of the rendering commands: one step per document."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    columns = (
        TextColumn("rendering"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
    )
    return Progress(*columns, console=console, transient=True)


def _render_with_progress(
    views: Sequence[RenderableView], root: Path, options: RenderOptions
) -> list[DocumentResult]:
    """Render with a progress bar on a terminal, quietly otherwise."""
    from rich.console import Console

    from ..render.pipeline import render_views

    console = Console(stderr=True)
    if not console.is_terminal or not views:
        return render_views(views, root, options)
    progress = progress_bar(console)
    task = None

    def on_start(total: int) -> None:
        nonlocal task
        progress.start()  # only now: worker processes have already been forked
        task = progress.add_task("", total=total)

    def on_done(result: DocumentResult) -> None:
        if task is not None:
            progress.update(task, advance=1, description=result.id)

    try:
        return render_views(views, root, options, on_start=on_start, on_done=on_done)
    finally:
        progress.stop()
        sys.stderr.flush()
