"""`hyteplan rules`: list every check, or print the rules reference (docs/rules.md)."""

from __future__ import annotations

from enum import Enum

import typer

from ..rules.docs import rules_markdown, rules_text
from .app import LANG_OPTION, MessageLang, app


class RulesFormat(str, Enum):
    text = "text"
    markdown = "markdown"


@app.command()
def rules(
    output_format: RulesFormat = typer.Option(
        RulesFormat.text,
        "--format",
        help="text (one line per code) or markdown (docs/rules.md).",
        case_sensitive=False,
    ),
    lang: MessageLang = LANG_OPTION,
) -> None:
    """List the checks: code, name, severity and what each finds."""
    if output_format is RulesFormat.markdown:
        typer.echo(rules_markdown(), nl=False)
    else:
        typer.echo(rules_text(lang.value), nl=False)
