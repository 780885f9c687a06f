"""`hyteplan data fetch` and `hyteplan data import`: indicator values from THL Sotkanet into data/."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from .app import app

data_app = typer.Typer(
    name="data",
    help="Indicator values in data/: fetch them from THL Sotkanet or import a saved export.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(data_app, name="data")


@data_app.command()
def fetch(
    path: Path = typer.Argument(Path("."), help="Workspace folder, or a file inside one."),
    years: str = typer.Option(
        None,
        "--years",
        metavar="FROM-TO",
        help="First and last year, e.g. 2015-2026 (default: earliest baseline year to now).",
    ),
    indicator: list[int] = typer.Option(
        [], "--indicator", metavar="ID", help="Only this Sotkanet indicator ID (repeat for more)."
    ),
    base_url: str = typer.Option(
        None,
        "--base-url",
        metavar="URL",
        envvar="HYTEPLAN_SOTKANET_URL",
        help="Sotkanet REST API (default https://sotkanet.fi/rest/1.1; also HYTEPLAN_SOTKANET_URL).",
    ),
) -> None:
    """Download the workspace's Sotkanet indicators for its municipalities, region and country."""
    from ..load import load_workspace
    from ..sotkanet.client import DEFAULT_BASE_URL, HttpSettings, SotkanetClient
    from ..sotkanet.fetch import fetch as run_fetch
    from ..sotkanet.fetch import parse_years

    span = parse_years(years) if years else None
    ws = load_workspace(path)
    client = SotkanetClient(HttpSettings(base_url=base_url or DEFAULT_BASE_URL))
    with _progress() as progress:
        result = run_fetch(
            ws, client, today=dt.date.today(), years=span, only=indicator, progress=progress
        )
    first, last = result.years
    state = "written" if result.changed else "unchanged"
    typer.echo(
        f"{len(result.indicators)} indicator(s), {first}–{last}: {result.values} values from"
        f" Sotkanet ({result.requests} requests); {result.path} {state}"
    )


@data_app.command("import")
def import_(
    files: list[Path] = typer.Argument(
        ..., metavar="FILE", help="Sotkanet CSV or JSON exports saved by hand."
    ),
    workspace: Path = typer.Option(
        Path("."), "--workspace", "-w", metavar="PATH", help="Workspace folder."
    ),
    regions: Path = typer.Option(
        None,
        "--regions",
        metavar="FILE",
        help="Sotkanet's region list (saved /rest/1.1/regions JSON).",
    ),
) -> None:
    """Merge exports from sotkanet.fi into data/, with Sotkanet's region IDs joined as in fetch."""
    from ..load import load_workspace
    from ..sotkanet.importer import import_exports

    ws = load_workspace(workspace)
    result = import_exports(ws, files, today=dt.date.today(), regions_file=regions)
    state = "written" if result.changed else "unchanged"
    typer.echo(f"{result.values} values imported; {result.path} {state}")
    if result.skipped_indicators:
        skipped = ", ".join(map(str, result.skipped_indicators))
        typer.echo(f"note: skipped indicator(s) not in indicators.yaml: {skipped}", err=True)
    if result.skipped_regions:
        typer.echo(
            f"note: skipped {result.skipped_regions} series of regions outside the workspace",
            err=True,
        )


@contextmanager
def _progress() -> Iterator[Callable[[int, int, str], None] | None]:
    """A rich progress bar on a terminal; nothing at all when stderr is a file or a pipe."""
    if not sys.stderr.isatty() or os.environ.get("TERM") == "dumb":
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("Sotkanet", total=1)

        def update(done: int, total: int, what: str) -> None:
            bar.update(task, completed=done, total=total, description=what)

        yield update
