from hyteplan.diagnostics import Diagnostic, Severity, Span
from hyteplan.report import Reporter, summary_line


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
        "::error file=dir%2Cx/a%3Ab.yaml,line=1,col=1,endLine=1,endColumn=2,title=Y001::Y001 bad%0A100%25"
    )
