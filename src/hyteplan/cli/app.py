"""The typer application object that every command module registers itself on."""

from __future__ import annotations

from enum import Enum

import typer

app = typer.Typer(
    name="hyteplan",
    help="Wellbeing plans (hyvinvointisuunnitelma) as YAML in git: check, render, compare.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"hyteplan {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Wellbeing plans (hyvinvointisuunnitelma) as YAML in git: check, render, compare."""


class MessageLang(str, Enum):
    """Language of diagnostics and command messages."""

    en = "en"
    fi = "fi"


LANG_OPTION = typer.Option(
    MessageLang.en,
    "--lang",
    envvar="HYTEPLAN_LANG",
    help="Language of messages: en or fi (also HYTEPLAN_LANG).",
    case_sensitive=False,
)
