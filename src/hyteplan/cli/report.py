"""`hyteplan report`: the documents of the yearly cycle (`report annual`: the annual report;
`report negotiations`: the negotiation pack and the municipality cards)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Optional

import typer

from ..errors import HyteplanError
from .app import app
from .render import _render_with_progress, _split, load_renderable, progress_bar, report_results

report_app = typer.Typer(
    name="report",
    help="Documents of the yearly cycle: the annual report to the council, the negotiation pack.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(report_app, name="report")


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

    root, ws = load_renderable(path)
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
    report_results(_render_with_progress(views, root, options), out, "report")


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

    root, ws = load_renderable(path)
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
    report_results(results, out, "document")


def _with_progress(run: Callable[[Callable[[Any], None]], list[Any]], total: int) -> list[Any]:
    """Run with a progress bar on a terminal (one step per document), quietly otherwise."""
    from rich.console import Console

    console = Console(stderr=True)
    if not console.is_terminal:
        return run(lambda result: None)
    with progress_bar(console) as progress:
        task = progress.add_task("", total=total)
        return run(lambda result: progress.update(task, advance=1, description=result.id))
