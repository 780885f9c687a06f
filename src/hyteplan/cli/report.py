"""`hyteplan report`: the documents of the yearly cycle (`report annual`: the annual report)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .app import app
from .render import _render_with_progress, _split, load_renderable, report_results

report_app = typer.Typer(
    name="report",
    help="Documents of the yearly cycle: the annual report to the council.",
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
