"""`hyteplan fmt [PATH] [--check]`: put every plan file in the canonical form (see hyteplan.fmt)."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import HyteplanError
from ..load import find_root, load_workspace
from ..report import Reporter, display_path
from .app import LANG_OPTION, MessageLang, app


@app.command("fmt")
def fmt_command(
    path: Path = typer.Argument(Path("."), help="Workspace folder, or one plan file inside it."),
    check: bool = typer.Option(
        False, "--check", help="Change nothing; list the files that would change and exit 1."
    ),
    lang: MessageLang = LANG_OPTION,
) -> None:
    """Write plan files with canonical key order, indentation and quoting; comments stay."""
    from ..fmt import format_workspace  # ruamel.yaml only for this command
    from ..yamlwrite import save

    root = find_root(path)
    ws = load_workspace(root)
    only = None
    if path.resolve().is_file():
        only = path.resolve().relative_to(root.resolve()).as_posix()
        if only not in ws.files:
            raise HyteplanError(
                f"{path} is not a plan file of the workspace",
                "give the workspace folder, or one of its YAML files (hyteplan.yaml, region.yaml…)",
            )
    results, diagnostics = format_workspace(ws, only, lang.value)
    show = display_path(root, Path.cwd())
    if diagnostics:  # files with YAML errors are left alone, and said why as validate says it
        typer.echo(Reporter(show, lang=lang.value).concise(diagnostics, len(ws.files)), nl=False)
    changed = [r for r in results if r.changed]
    for result in changed:
        if check:
            typer.echo(f"would reformat {show(result.path)}")
        else:
            save(root / result.path, result.after)
            typer.echo(f"reformatted {show(result.path)}")
    verb = "would be reformatted" if check else "reformatted"
    typer.echo(f"{len(changed)} file(s) {verb}, {len(results) - len(changed)} unchanged")
    raise typer.Exit(1 if diagnostics or (check and changed) else 0)
