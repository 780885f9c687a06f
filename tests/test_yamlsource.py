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
    b"a: 1\nb: -2\nc: 0o17\ne: 1_000\nf: 0x1F\ng: 2.5\nh: .inf\ni: 1e3\n",
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


def test_numbers_with_leading_zeros_are_never_octal() -> None:
    # YAML 1.1 reads 061 as octal 49 (another municipality's number): kept as written instead
    parsed = parse(b"a: 061\nb: 005\nc: 0o7\nd: 08\ne: 010\nf: [061, 0]\ng: 297\n")
    assert parsed.problems == []
    assert parsed.data == {
        "a": "061",
        "b": "005",
        "c": "0o7",
        "d": "08",
        "e": "010",
        "f": ["061", 0],
        "g": 297,
    }


MERGE = b"""base: &base {status: draft, title: Base}
other: &other {title: Other, lead: x}
one:
  <<: *base
  title: Own
two:
  <<: [*other, *base]
"""


def test_merge_keys_work_as_in_safe_loader() -> None:
    import yaml

    parsed = parse(MERGE)
    assert parsed.problems == []
    expected = yaml.safe_load(MERGE)
    assert {k: v for k, v in parsed.data.items() if k != "two"} == {
        k: v for k, v in expected.items() if k != "two"
    }
    assert parsed.data["one"] == {"status": "draft", "title": "Own"}
    # of merged mappings the first written wins, as YAML's merge type says (PyYAML 6.0.4 lets
    # the first win only for keys that Python happens to intern; see docs/architecture.md)
    assert parsed.data["two"] == {"title": "Other", "lead": "x", "status": "draft"}


def test_merged_values_point_where_they_are_written() -> None:
    parsed = parse(MERGE + b"three: [1, 2, 3]\n")  # a later problem asks for positions
    pos = parsed.pos
    assert pos is not None
    assert pos.child("one").child("status").span.line == 1  # in the anchored mapping
    assert pos.child("one").child("title").span.line == 5  # the key written in place
    assert pos.child("two").key_span("lead") == Span(2, 30, 2, 34)


def test_a_bad_merge_is_a_located_syntax_problem() -> None:
    for raw, place in {
        b"a: {<<: 3}\n": (1, 5),
        b"a: &a {x: 1}\nb:\n  <<: [*a, 2]\n": (3, 3),
        b"a: &a [1]\nb:\n  <<: *a\n": (3, 3),
    }.items():
        [problem] = parse(raw).problems
        assert problem.kind == "syntax", raw
        assert (problem.span.line, problem.span.column) == place, raw
        assert "<<" in problem.params["detail"], raw


def test_merge_keys_cannot_copy_without_limit() -> None:
    keys = ", ".join(f"k{i}: {i}" for i in range(1000))
    lines = [f"a: &a {{{keys}}}"] + [f"m{i}: {{<<: *a}}" for i in range(1100)]
    [problem] = parse(("\n".join(lines) + "\n").encode()).problems
    assert problem.kind == "syntax" and problem.span == Span(1002, 9, 1002, 10)  # at m1000's <<


def test_quoted_merge_key_is_an_ordinary_key() -> None:
    assert parse(b'a: {"<<": 3}\n').data == {"a": {"<<": 3}}


def test_control_characters_are_located_problems() -> None:
    for char in ("\x07", "\x1b", "\x00", "\x7f", "\x86", "\x9f", "\ufffe", "\uffff"):
        raw = f"a: 1\nb: ok\nc: te{char}xt\n".encode()
        parsed = parse(raw)
        [problem] = parsed.problems
        assert problem.kind == "control-character", repr(char)
        assert (problem.span.line, problem.span.column) == (3, 6), repr(char)
        assert problem.params["char"] == f"U+{ord(char):04X}"
        assert parsed.data is None


def test_allowed_characters_are_fine() -> None:
    parsed = parse("a: x\u00a0z\ufeff\U0001f600\n".encode())
    assert parsed.problems == []


def test_every_control_character_is_reported_up_to_a_limit() -> None:
    problems = parse(b"a: \x07\nb: \x07\n" + b"c: \x1b\n" * 50).problems
    assert [p.span.line for p in problems[:3]] == [1, 2, 3]
    assert len(problems) == 10


def test_numbers_too_long_for_python_are_located_problems() -> None:
    for number in ("9" * 5000, "-" + "9" * 5000, "0x" + "f" * 5000, "1_" * 4400):
        parsed = parse(f"a: 1\nb: {number}\n".encode())
        [problem] = parsed.problems
        assert problem.kind == "long-number", number[:5]
        assert (problem.span.line, problem.span.column) == (2, 4)
        assert parsed.data is None
    assert parse(b"a: " + b"9" * 4000 + b"\n").data == {"a": int("9" * 4000)}
