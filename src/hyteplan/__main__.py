"""`python -m hyteplan` runs the command-line interface."""

from .cli import run

run()
