"""`hyteplan diff`: what changed between two versions of the plans, by meaning."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from ..errors import HyteplanError
from ..fsio import atomic_write
from .app import app


class DiffFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"


class AnnexFormat(str, Enum):
    docx = "docx"
    pdf = "pdf"


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
    path: Path = typer.Option(
        Path("."), "--path", help="The workspace folder inside the repository."
    ),
    dirs: Optional[tuple[Path, Path]] = typer.Option(
        None,
        "--dirs",
        help="Compare two workspace folders (OLD NEW) without git.",
        show_default=False,
    ),
    output_format: DiffFormat = typer.Option(
        DiffFormat.text, "--format", help="text (default), markdown or json.", case_sensitive=False
    ),
    stat: bool = typer.Option(False, "--stat", help="Only count the changes."),
    exit_code: bool = typer.Option(
        False,
        "--exit-code",
        help="Exit with 1 when there are differences (as git diff --exit-code).",
    ),
    to: Optional[AnnexFormat] = typer.Option(
        None,
        "--to",
        help="Write the council's change annex as docx or pdf (with --out FILE).",
        case_sensitive=False,
        show_default=False,
    ),
    out: Optional[Path] = typer.Option(
        None, "--out", help="The annex file to write.", show_default=False
    ),
    lang: Optional[DocLang] = typer.Option(
        None,
        "--lang",
        help="Language of the report: fi, sv or en (default: the plans' first language).",
        case_sensitive=False,
    ),
) -> None:
    """Compare two versions of the plans object by object: added, removed, changed, renamed."""
    # Imported here, not at the top: every command module is imported on every run, and
    # `hyteplan validate` must not pay for rich and jinja2 (tests/cli/test_lazy_imports.py).
    from rich.console import Console

    from ..diff import changes_between, templates_root
    from ..diff.report import render_json, render_markdown, render_stat, render_text

    if dirs and revisions:
        raise HyteplanError(
            "give either revisions or --dirs, not both",
            "hyteplan diff [OLD [NEW]]  or  hyteplan diff --dirs OLD_DIR NEW_DIR",
        )
    target = _annex_target(to, out)
    if target is not None:
        from ..render.toolchain import require_toolchain

        require_toolchain(f"hyteplan diff --to {target}")
    message_lang = "fi" if lang is DocLang.fi else "en"
    cs = changes_between(list(revisions or []), path, dirs, message_lang)
    report_lang = lang.value if lang else cs.default_lang
    if target is not None and out is not None:
        from ..diff.annex import build_annex  # pandoc, typst and the render pipeline: only here
        from ..render.pipeline import source_date_epoch_from_env

        data = build_annex(
            cs, target, report_lang, templates_root(path, dirs), source_date_epoch_from_env()
        )
        atomic_write(out, data)
        typer.echo(f"wrote {out}")
    elif output_format is DiffFormat.json:
        typer.echo(render_json(cs, stat=stat), nl=False)
    elif stat:
        typer.echo(
            render_stat(cs, report_lang, markdown=output_format is DiffFormat.markdown), nl=False
        )
    elif output_format is DiffFormat.markdown:
        typer.echo(render_markdown(cs, report_lang), nl=False)
    else:
        console = Console(highlight=False, soft_wrap=True, emoji=False)
        if console.is_terminal:
            console.print(render_text(cs, report_lang, color=True), end="")
        else:
            typer.echo(render_text(cs, report_lang), nl=False)
    raise typer.Exit(1 if exit_code and not cs.empty else 0)


def _annex_target(to: AnnexFormat | None, out: Path | None) -> str | None:
    """docx or pdf from --to, or from the suffix of --out; None when no annex is asked for."""
    if to is None and out is None:
        return None
    if out is None:
        suffix = to.value if to is not None else "docx"
        raise HyteplanError("--to needs --out FILE", f"e.g. --to {suffix} --out muutokset.{suffix}")
    if to is not None:
        return to.value
    suffix = out.suffix.lower().lstrip(".")
    if suffix not in ("docx", "pdf"):
        raise HyteplanError(
            f"cannot tell the annex format from {out.name}",
            "add --to docx or --to pdf, or name the file .docx or .pdf",
        )
    return suffix
