"""`hyteplan summary`: what a workspace holds, at a glance."""

from __future__ import annotations

from pathlib import Path

import typer

from .app import app


@app.command()
def summary(
    path: Path = typer.Argument(Path("."), help="Workspace folder, or a file inside one."),
) -> None:
    """Print the organisations, focus areas, goals, actions and indicators of a workspace."""
    from rich.console import Console  # imported here: other commands need not pay for rich
    from rich.table import Table
    from rich.text import Text

    from ..load import load_workspace
    from ..safetext import printable
    from ..summary import summarize

    ws = load_workspace(path)
    s = summarize(ws)
    # Plan text is printed as Text (never parsed as rich markup), control characters escaped.
    console = Console(highlight=False, emoji=False)
    console.print(Text(printable(f"{s.region} {s.term}")))
    table = Table("organisation", "kind", "plan", "own actions", "joint actions")
    for org in s.organisations:
        table.add_row(
            Text(printable(f"{org.name} ({org.id})")),
            org.kind,
            "yes" if org.has_plan else "MISSING" if org.keeps_plan else "none (plan: false)",
            str(org.own_actions),
            str(org.joint_actions),
        )
    console.print(table)
    console.print(
        f"{s.focus_areas} focus areas, {s.goals} goals, {s.actions} actions "
        f"({s.joint_actions} joint), {s.indicators} indicators, {s.parties} parties"
    )
    broken = sorted({finding.loc.file for finding in ws.load_findings})
    if broken:  # the counts leave out what could not be read: say so rather than mislead
        typer.echo(
            f"note: {len(broken)} file(s) could not be read completely "
            f"({printable(', '.join(broken))}); "
            "the counts leave out what is invalid: run `hyteplan validate`",
            err=True,
        )
