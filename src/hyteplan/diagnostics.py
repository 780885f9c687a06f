"""Diagnostics: the data every check produces and every reporter formats.

A Diagnostic is plain data (like yamllint's LintProblem): checks create them, reporters print
them, nothing in between needs to know how they will be shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    """How bad a problem is: errors fail `validate`, warnings only with --strict."""

    ERROR = "error"
    WARNING = "warning"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Span:
    """A 1-based source range; end is exclusive (the column after the last character)."""

    line: int
    column: int
    end_line: int
    end_column: int


FILE_START = Span(1, 1, 1, 1)


@dataclass(frozen=True)
class Diagnostic:
    """One problem at one place, already worded in the user's language."""

    file: str
    span: Span
    code: str
    severity: Severity
    message: str
    hint: str | None = None
    object_id: str | None = None

    @property
    def line(self) -> int:
        return self.span.line

    @property
    def column(self) -> int:
        return self.span.column

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.file, self.span.line, self.span.column, self.code, self.message)


def has_errors(diagnostics: list[Diagnostic], strict: bool = False) -> bool:
    """True when the run should fail: any error, or any warning under --strict."""
    return any(d.severity is Severity.ERROR or strict for d in diagnostics)
