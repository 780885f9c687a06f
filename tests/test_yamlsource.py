from hyteplan.diagnostics import Span
from hyteplan.yamlsource import parse


def test_values_and_positions() -> None:
    parsed = parse(b"a: 1\nb:\n  - x\n  - {c: 2026-05-12}\n")
    assert parsed.problems == []
    assert parsed.data["a"] == 1
    assert str(parsed.data["b"][1]["c"]) == "2026-05-12"
    assert parsed.pos is not None
    assert parsed.pos.key_span("b") == Span(2, 1, 2, 2)
    item = parsed.pos.child("b").child(1)
    assert item.span.line == 4 and item.span.column == 5


def test_strings_stay_strings() -> None:
    parsed = parse(b"t: '2026'\nu: 8. ja 9. luokka\n")
    assert parsed.data == {"t": "2026", "u": "8. ja 9. luokka"}


def test_duplicate_key_reported_at_second_key() -> None:
    parsed = parse(b"a: 1\nb: 2\na: 3\n")
    [problem] = parsed.problems
    assert problem.kind == "duplicate-key"
    assert problem.span.line == 3 and problem.span.column == 1
    assert problem.params == {"key": "a", "first_line": 1}
    assert parsed.data == {"a": 1, "b": 2}


def test_tab_indentation() -> None:
    parsed = parse(b"a:\n\tb: 1\n")
    [problem] = parsed.problems
    assert (problem.kind, problem.span.line, problem.span.column) == ("tab", 2, 1)


def test_syntax_error_position() -> None:
    parsed = parse(b"a: [1, 2\nb: 3\n")
    [problem] = parsed.problems
    assert problem.kind == "syntax"
    assert problem.span.line == 2


def test_windows_1252_is_reported_not_guessed() -> None:
    parsed = parse("a: ok\nb: Päihdetyö\n".encode("cp1252"))
    [problem] = parsed.problems
    assert problem.kind == "encoding"
    assert (problem.span.line, problem.span.column) == (2, 5)
    assert problem.params["encoding"] == "Windows-1252"
    assert parsed.data is None


def test_utf16_and_bom() -> None:
    assert parse("a: 1\n".encode("utf-16")).problems[0].params["encoding"] == "UTF-16"
    assert parse("\ufeffa: ä\n".encode("utf-8")).data == {"a": "ä"}


def test_empty_and_not_mapping() -> None:
    assert parse(b"# only a comment\n").problems[0].kind == "empty"
    assert parse(b"").problems[0].kind == "empty"
    problem = parse(b"- a\n- b\n").problems[0]
    assert problem.kind == "not-mapping" and problem.params == {"got": "a list"}
