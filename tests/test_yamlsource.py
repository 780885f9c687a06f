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


SAMPLES = [
    b"a: 1\nb: -2\nc: 0o17\nd: 017\ne: 1_000\nf: 0x1F\ng: 2.5\nh: .inf\ni: 1e3\n",
    b"y: yes\nn: No\nt: true\nf: FALSE\no: on\nx: off\nnull: ~\nz: null\nempty:\nw: yesno\n",
    b"d: 2026-05-12\nts: 2026-05-12 10:00:00\nfi: 12.5.2026\nterm: 2026-2029\n",
    b"q: '12'\nqq: \"true\"\nlit: |\n  line 1\n  line 2\nfold: >-\n  a\n  b\n",
    b"s: !!str 12\ni: !!int '7'\nlist: !!seq [a]\n",
    b"base: &b {x: 1, y: [1, 2]}\nref: *b\nitems: [&s one, *s]\n",
    b"T: Toiminta\nn: nuoret\nO: Oulu\nyy: Ylipaino, % 8. ja 9. luokan oppilaista\n",
]


def test_values_equal_pyyaml_safe_load() -> None:
    import yaml

    for raw in SAMPLES:
        parsed = parse(raw)
        assert parsed.problems == [], raw
        expected = yaml.load(raw.decode(), Loader=yaml.SafeLoader)
        assert parsed.data == expected, raw


def test_complex_keys_become_their_text() -> None:
    assert parse(b"[a, b]: 1\n? {k: v}\n: 2\n").data == {"['a', 'b']": 1, "{'k': 'v'}": 2}


def test_positions_equal_composed_nodes() -> None:
    import yaml

    raw = SAMPLES[5] + SAMPLES[3]
    parsed = parse(raw)
    root = yaml.compose(raw.decode(), Loader=yaml.SafeLoader)
    for key_node, value_node in root.value:
        key = key_node.value
        mark = value_node.start_mark
        assert parsed.pos.child(key).span.line == mark.line + 1
        assert parsed.pos.child(key).span.column == mark.column + 1
        assert parsed.pos.key_span(key) == Span(
            key_node.start_mark.line + 1,
            key_node.start_mark.column + 1,
            key_node.end_mark.line + 1,
            key_node.end_mark.column + 1,
        )
    anchored = root.value[2][1].value[0]  # an alias points where its anchor stands
    assert parsed.pos.child("items").child(1).span == Span(
        anchored.start_mark.line + 1,
        anchored.start_mark.column + 1,
        anchored.end_mark.line + 1,
        anchored.end_mark.column + 1,
    )


def test_stream_problems_are_syntax_problems() -> None:
    # libyaml words these problems itself: the test holds kind and place, not its wording.
    cases = {
        b"a: 1\n---\nb: 2\n": 2,
        b"a: *nowhere\n": 1,
        b"a: &x 1\nb: &x 2\n": 2,
        b"a: !custom 1\n": 1,
    }
    for raw, line in cases.items():
        [problem] = parse(raw).problems
        assert problem.kind == "syntax", raw
        assert problem.span.line == line, raw
        assert problem.params["detail"], raw


def test_impossible_date_stays_text_for_the_schema_to_report() -> None:
    assert parse(b"date: 2026-02-30\n").data == {"date": "2026-02-30"}


def test_deep_nesting_is_a_syntax_problem_not_a_crash() -> None:
    parsed = parse(b"a: 1\nb: " + b"[" * 500 + b"]" * 500 + b"\n")
    [problem] = parsed.problems
    assert problem.kind == "syntax"
    assert (problem.span.line, problem.span.column) == (2, 103)
    assert parsed.data is None


def test_nesting_beyond_libyamls_own_limit_is_a_located_syntax_problem() -> None:
    # libyaml refuses this deep a nesting itself (in its own words): still one located problem.
    parsed = parse(b"a: 1\nb: " + b"[" * 5000 + b"]" * 5000 + b"\n")
    [problem] = parsed.problems
    assert problem.kind == "syntax" and problem.span.line == 2
    assert parsed.data is None


def test_aliases_that_expand_to_a_billion_values_are_refused_quickly() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    parsed = parse(("\n".join(lines) + "\n").encode())
    [problem] = parsed.problems
    assert problem.kind == "syntax" and "1,000,000 values" in problem.params["detail"]
    assert (problem.span.line, problem.span.column) == (2, 10)
    assert parsed.data is None


def test_a_few_shared_aliases_are_fine() -> None:
    parsed = parse(b"a: &a [x, y]\nb: *a\nc: {d: *a}\n")
    assert parsed.problems == []
    assert parsed.data == {"a": ["x", "y"], "b": ["x", "y"], "c": {"d": ["x", "y"]}}
