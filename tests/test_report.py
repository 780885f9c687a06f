import json

import pytest

from hyteplan.diagnostics import Diagnostic, Severity, Span
from hyteplan.report import SOURCE_WIDTH, Reporter, summary_line
from hyteplan.safetext import printable


def _diag(severity: Severity = Severity.ERROR) -> Diagnostic:
    return Diagnostic(
        "a.yaml",
        Span(2, 3, 2, 6),
        "S003",
        severity,
        "unknown key `abc`",
        "did you mean `ab`?",
        None,
    )


def test_full_marks_the_span_and_colours_only_when_asked() -> None:
    reporter = Reporter(read_line=lambda f, n: "  abc: 1")
    plain = reporter.full([_diag()], 1)
    assert "      |   ^^^" in plain and "\x1b[" not in plain
    coloured = Reporter(read_line=lambda f, n: "  abc: 1", color=True).full([_diag()], 1)
    assert "\x1b[1;31m^^^\x1b[0m" in coloured


def test_summary_counts_and_plurals() -> None:
    assert summary_line([_diag()], 3) == "Found 1 error and 0 warnings in 3 files."
    assert summary_line([_diag(), _diag(Severity.WARNING)], 3, "fi") == (
        "Löytyi 1 virhe ja 1 varoitus (3 tiedostoa)."
    )


def test_github_escapes_message_and_properties() -> None:
    d = Diagnostic("dir,x/a:b.yaml", Span(1, 1, 1, 2), "Y001", Severity.ERROR, "bad\n100%", None)
    out = Reporter().github([d], 1)
    assert out.splitlines()[0] == (
        "::error file=dir%2Cx/a%3Ab.yaml,line=1,col=1,endLine=1,endColumn=2,title=Y001::Y001 bad\\n100%25"
    )


# What plan text can hold that a terminal, a CI log or an annotation would act on.
HOSTILE = (
    "x\x1b[2J\x1b]0;title\x07\rNo problems found.\n\x85\x9b31m\u202eevil\u2066\u2028\ufeff\x00"
)


def test_printable_escapes_controls_and_bidi() -> None:
    assert printable(HOSTILE) == (
        "x\\x1b[2J\\x1b]0;title\\x07\\rNo problems found.\\n\\x85\\x9b31m\\u202eevil"
        "\\u2066\\u2028\\ufeff\\x00"
    )
    assert printable("Ikääntyneet – 17\u00a0% ”ok”") == "Ikääntyneet – 17\u00a0% ”ok”"


def _hostile(file: str = "a.yaml") -> Diagnostic:
    return Diagnostic(
        file, Span(1, 3, 1, 6), "S003", Severity.ERROR, f"unknown key `{HOSTILE}`", HOSTILE, None
    )


@pytest.mark.parametrize("fmt", ["full", "concise", "github"])
def test_no_control_character_reaches_any_text_format(fmt: str) -> None:
    reporter = Reporter(read_line=lambda f, n: f"  {HOSTILE}: 1")
    out = reporter.render(fmt, [_hostile(f"dir/{HOSTILE}.yaml")], 1)
    assert printable(out.replace("\n", "")) == out.replace("\n", "")
    assert "No problems found" not in out.splitlines()[-1]
    if fmt != "full":  # one diagnostic, one line, then the summary
        assert len(out.splitlines()) == 2


def test_json_keeps_the_text_exact() -> None:
    out = Reporter().json([_hostile(HOSTILE)], 1)
    [d] = json.loads(out)["diagnostics"]
    assert (d["file"], d["hint"]) == (HOSTILE, HOSTILE)


def test_full_places_the_caret_after_escapes() -> None:
    d = Diagnostic("a.yaml", Span(1, 4, 1, 7), "S003", Severity.ERROR, "m", None, None)
    out = Reporter(read_line=lambda f, n: "\x1b\x07 abc: 1").full([d], 1).splitlines()
    source, carets = out[2], out[3]
    assert source.endswith("| \\x1b\\x07 abc: 1")
    assert carets.index("^^^") == source.index("abc")


def test_full_cuts_long_source_lines_with_a_marker() -> None:
    line = "  title: " + "a" * 5000 + " TARGET " + "b" * 5000
    column = line.index("TARGET") + 1
    d = Diagnostic("a.yaml", Span(1, column, 1, column + 6), "Q010", Severity.WARNING, "m", None)
    out = Reporter(read_line=lambda f, n: line).full([d], 1).splitlines()
    source, carets = out[2], out[3]
    assert len(source) < SOURCE_WIDTH + 60
    assert source.count("…") == 2 and "more characters" in source
    assert source[carets.index("^") : carets.index("^") + 6] == "TARGET"
