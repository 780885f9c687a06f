"""`hyteplan report annual` without the CLI: the views of a year's annual reports, ready to render.

Rendering is the plans' pipeline (render/pipeline.py): each view names its own template
(annual-report.md.j2), so the reports get the same escaping, reference.docx, typst template,
parallel workers, atomic writes and per-document errors as the plans.
"""

from __future__ import annotations

from pathlib import Path

from hyteplan.errors import HyteplanError
from hyteplan.indicator_data import load_indicator_values
from hyteplan.render.pipeline import DATA_DIR, RenderOptions, check_options, git_version
from hyteplan.status import latest_year
from hyteplan.workspace import Workspace

from .annual_views import AnnualView, build_annual_views
from .plan_changes import year_changes


def report_year(ws: Workspace, year: int | None) -> int:
    """The year asked for, or the newest with a status file; a year without one is an error."""
    if year is None:
        return latest_year(ws)
    if year not in ws.status_years():
        known = ", ".join(str(y) for y in ws.status_years()) or "none yet"
        raise HyteplanError(
            f"no status file for {year}: the annual report needs the year's follow-up",
            f"write status/{year}.yaml (docs/yearly-cycle.md); years with a status file: {known}",
        )
    return year


def annual_views(
    ws: Workspace,
    year: int | None,
    options: RenderOptions,
    from_rev: str | None = None,
    to_rev: str | None = None,
) -> list[AnnualView]:
    """The annual report of every organisation (or those in ``options.only``) for ``year``."""
    check_options(ws, options)
    root = ws.root
    if root is None:
        raise HyteplanError("the annual report needs a workspace folder", "give its path")
    chosen = report_year(ws, year)
    values = load_indicator_values(root / DATA_DIR)
    changes = year_changes(Path(root), chosen, from_rev, to_rev)
    return build_annual_views(
        ws,
        chosen,
        lang=options.lang,
        values=values,
        version=git_version(root),
        only=options.only,
        changes=changes,
    )
