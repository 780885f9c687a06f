"""Diagnostic output formats: full, concise, json and github, as ruff and yamllint have them.

Reporters return text; the CLI decides where it goes. Paths are shown as the user would type
them (relative to the current directory), so that editors and CI can jump to them.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Callable, Mapping

from .diagnostics import Diagnostic, Severity
from .safetext import printable, shorten

JSON_FORMAT_VERSION = 1
SOURCE_WIDTH = 120  # characters of a source line shown in the full format; longer ones are cut

_WORDS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "error": "error",
        "warning": "warning",
        "hint": "hint",
        "clean": "No problems found in {files} files.",
        "summary": "Found {errors} {error_word} and {warnings} {warning_word} in {files} files.",
        "errors": "errors",
        "warnings": "warnings",
        "error_one": "error",
        "warning_one": "warning",
    },
    "fi": {
        "error": "virhe",
        "warning": "varoitus",
        "hint": "vihje",
        "clean": "Ongelmia ei löytynyt ({files} tiedostoa).",
        "summary": "Löytyi {errors} {error_word} ja {warnings} {warning_word} ({files} tiedostoa).",
        "errors": "virhettä",
        "warnings": "varoitusta",
        "error_one": "virhe",
        "warning_one": "varoitus",
    },
}


def words(lang: str) -> Mapping[str, str]:
    return _WORDS.get(lang, _WORDS["en"])


def summary_line(diagnostics: list[Diagnostic], files: int, lang: str = "en") -> str:
    """The closing line of every format: counts of errors and warnings, or that all is clean."""
    w = words(lang)
    counts = Counter(d.severity for d in diagnostics)
    errors, warnings = counts[Severity.ERROR], counts[Severity.WARNING]
    if not diagnostics:
        return w["clean"].format(files=files)
    return w["summary"].format(
        errors=errors,
        warnings=warnings,
        files=files,
        error_word=w["error_one"] if errors == 1 else w["errors"],
        warning_word=w["warning_one"] if warnings == 1 else w["warnings"],
    )


class Reporter:
    """Formats a run's diagnostics; `display` turns a workspace path into what is shown."""

    def __init__(
        self,
        display: Callable[[str], str] = lambda p: p,
        read_line: Callable[[str, int], str | None] = lambda p, n: None,
        lang: str = "en",
        color: bool = False,
    ) -> None:
        self.display = display  # as given: the JSON format shows paths exactly
        self.read_line = read_line
        self.lang = lang
        self.color = color

    def _c(self, text: str, style: str) -> str:
        """ANSI styling for terminals; plain text everywhere else."""
        if not self.color:
            return text
        codes = {"bold": "1", "red": "1;31", "yellow": "1;33", "cyan": "36", "dim": "2"}
        return f"\x1b[{codes[style]}m{text}\x1b[0m"

    def shown(self, path: str) -> str:
        """A path for a terminal or a log: control and bidi characters escaped."""
        return printable(self.display(path))

    def concise(self, diagnostics: list[Diagnostic], files: int) -> str:
        """`path:line:col: CODE message` lines, as editors and grep expect: one line each."""
        lines = [
            f"{self.shown(d.file)}:{d.line}:{d.column}: {d.code} {printable(d.message)}"
            for d in diagnostics
        ]
        lines.append(summary_line(diagnostics, files, self.lang))
        return "\n".join(lines) + "\n"

    def full(self, diagnostics: list[Diagnostic], files: int) -> str:
        """Grouped by file, each with its source line, the place marked and the hint: for people."""
        w = words(self.lang)
        out: list[str] = []
        current = None
        for d in diagnostics:
            if d.file != current:
                if current is not None:
                    out.append("")
                current = d.file
                out.append(self._c(self.shown(d.file), "bold"))
            colour = "red" if d.severity is Severity.ERROR else "yellow"
            level = self._c(w[d.severity.value], colour)
            message = printable(d.message)
            out.append(f"  {d.line}:{d.column}: {self._c(d.code, 'cyan')} [{level}] {message}")
            source = self.read_line(d.file, d.line)
            if source is not None:
                out += self._excerpt(d, source, colour)
            if d.hint:
                out.append(f"        = {w['hint']}: {printable(d.hint)}")
        if out:
            out.append("")
        out.append(summary_line(diagnostics, files, self.lang))
        return "\n".join(out) + "\n"

    def _excerpt(self, d: Diagnostic, source: str, colour: str) -> list[str]:
        """The source line, escaped and cut to SOURCE_WIDTH around the place, and its carets."""
        line = source.replace("\t", " ")
        start = min(d.column - 1, len(line))
        width = 1
        if d.span.end_line == d.span.line and d.span.end_column > d.column:
            width = d.span.end_column - d.column
        width = max(1, min(width, len(line) - start))
        before = len(printable(line[:start]))  # escapes are wider than what they stand for
        marked = max(1, len(printable(line[start : start + width])))
        shown, cut = shorten(printable(line), SOURCE_WIDTH, before)
        column = before - cut
        marked = max(1, min(marked, len(shown) - column))
        gutter = f"{d.line:>5} | "
        marks = self._c("^" * marked, colour)
        return [f"  {gutter}{shown}", "  " + " " * (len(gutter) - 2) + "| " + " " * column + marks]

    def json(self, diagnostics: list[Diagnostic], files: int) -> str:
        """The documented, versioned JSON document (docs/validate.md): for programs."""
        counts = Counter(d.severity for d in diagnostics)
        document = {
            "version": JSON_FORMAT_VERSION,
            "diagnostics": [
                {
                    "file": self.display(d.file),
                    "line": d.line,
                    "column": d.column,
                    "end_line": d.span.end_line,
                    "end_column": d.span.end_column,
                    "code": d.code,
                    "severity": d.severity.value,
                    "message": d.message,
                    "hint": d.hint,
                    "object_id": d.object_id,
                }
                for d in diagnostics
            ],
            "summary": {
                "errors": counts[Severity.ERROR],
                "warnings": counts[Severity.WARNING],
                "files_checked": files,
                "files_with_problems": len({d.file for d in diagnostics}),
            },
        }
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

    def github(self, diagnostics: list[Diagnostic], files: int) -> str:
        """GitHub Actions workflow commands, so problems show as annotations on a pull request."""
        lines = []
        for d in diagnostics:
            level = "error" if d.severity is Severity.ERROR else "warning"
            props = ",".join(
                [
                    f"file={_gh_property(self.shown(d.file))}",
                    f"line={d.line}",
                    f"col={d.column}",
                    f"endLine={d.span.end_line}",
                    f"endColumn={d.span.end_column}",
                    f"title={_gh_property(d.code)}",
                ]
            )
            text = printable(f"{d.code} {d.message}" + (f" ({d.hint})" if d.hint else ""))
            lines.append(f"::{level} {props}::{_gh_data(text)}")
        lines.append(summary_line(diagnostics, files, self.lang))
        return "\n".join(lines) + "\n"

    def render(self, fmt: str, diagnostics: list[Diagnostic], files: int) -> str:
        method: Callable[[list[Diagnostic], int], str] = getattr(self, fmt)
        return method(diagnostics, files)


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def display_path(root: Path | None, cwd: Path) -> Callable[[str], str]:
    """Show workspace files relative to where the user stands (as ruff does)."""

    def show(path: str) -> str:
        if root is None:
            return path
        full = root / path
        try:
            return full.relative_to(cwd).as_posix()
        except ValueError:
            return full.as_posix()

    return show
