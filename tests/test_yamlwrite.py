"""The round-trip writer changes only what it is told to, byte for byte everywhere else."""

from __future__ import annotations

import difflib
import importlib.util
import random
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml.scalarstring import ScalarString

from hyteplan import yamlwrite
from hyteplan.errors import HyteplanError
from hyteplan.yamlsource import parse

REPO = Path(__file__).resolve().parents[1]
PLANS = REPO / "plans"
PLAN_FILES = sorted(PLANS.rglob("*.yaml"))


def _generated(tmp: Path) -> list[Path]:
    spec = importlib.util.spec_from_file_location(
        "bench_generate", REPO / "benchmarks" / "generate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    [root] = module.write(module.tiny(), tmp)
    return sorted(root.rglob("*.yaml"))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return _generated(tmp_path_factory.mktemp("gen"))


def _first_scalar(node: Any, path: tuple[Any, ...] = ()) -> tuple[Any, ...]:
    items = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
    for key, value in items:
        if isinstance(value, (dict, list)):
            if value:
                return _first_scalar(value, (*path, key))
        else:
            return (*path, key)
    raise AssertionError("no scalar")


def _changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), n=0, lineterm="")
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def _assert_noop(path: Path) -> None:
    raw = path.read_bytes()
    doc = yamlwrite.load(raw, str(path))
    assert doc.text().encode("utf-8") == raw
    where = _first_scalar(doc.data)
    doc.set(where, doc.get(where))  # an edit that changes nothing goes through the merge
    assert doc.edited
    assert doc.text().encode("utf-8") == raw


@pytest.mark.parametrize("path", PLAN_FILES, ids=lambda p: p.name)
def test_load_and_dump_of_every_example_file_is_byte_identical(path: Path) -> None:
    _assert_noop(path)


def test_load_and_dump_of_the_generated_workspace_is_byte_identical(generated: list[Path]) -> None:
    assert len(generated) >= 7
    for path in generated:
        _assert_noop(path)


def test_untouched_normalisations_of_ruamel_are_not_written() -> None:
    """ruamel writes `~` as an empty value and joins wrapped flow lists; only edits count."""
    text = "a: ~\nb: [x, y,\n  z]\nc: 1\nd: 061\n"
    doc = yamlwrite.load(text.encode())
    doc.set(["c"], 2)
    assert doc.text() == "a: ~\nb: [x, y,\n  z]\nc: 2\nd: 061\n"


def test_editing_one_scalar_changes_only_its_line() -> None:
    path = PLANS / "region.yaml"
    before = path.read_text(encoding="utf-8")
    doc = yamlwrite.load(before.encode())
    doc.set(["actions", 0, "title", "fi"], "Uusi otsikko")
    after = doc.text()
    assert _changed_lines(before, after) == [
        "-      fi: Vanhempainillat yhdessä koulujen kanssa",
        "+      fi: Uusi otsikko",
    ]
    assert parse(after.encode()).data["actions"][0]["title"]["fi"] == "Uusi otsikko"


def test_replacing_a_folded_text_keeps_the_block_style() -> None:
    doc = yamlwrite.load(b"a:\n  t: >-\n    long\n    text\n  u: 1\n")
    doc.set(["a", "t"], "short")
    assert doc.text() == "a:\n  t: >-\n    short\n  u: 1\n"


def test_a_leading_zero_number_stays_as_written() -> None:
    doc = yamlwrite.load(b"# yaml-language-server: $schema=x.json\ncode: 061\nname: a\n")
    doc.set(["name"], "b")
    assert doc.text() == "# yaml-language-server: $schema=x.json\ncode: 061\nname: b\n"
    assert doc.canonical() == "# yaml-language-server: $schema=x.json\ncode: 061\nname: b\n"


@pytest.mark.parametrize(
    "text", ["yes", "no", "on", "061", "1_000", "0x1F", "2026-01-02", "~", "1.5"]
)
def test_strings_yaml_1_1_would_misread_are_quoted(text: str) -> None:
    doc = yamlwrite.load(b"a: 1\n")
    doc.set(["a"], text)
    assert parse(doc.text().encode()).data == {"a": text}
    assert parse(doc.canonical().encode()).data == {"a": text}


def test_appending_an_entry_goes_before_the_blank_line_and_comment_of_the_next_key() -> None:
    text = (
        "items:\n  - id: A-1\n    tags: [x]\n\n  - id: A-2\n    tags: [y]\n\n# the rest\nrest: 1\n"
    )
    doc = yamlwrite.load(text.encode())
    assert doc.append(["items"], {"id": "A-3", "tags": ["z", "w"]}) == 2
    assert doc.text() == text.replace(
        "    tags: [y]\n", "    tags: [y]\n\n  - id: A-3\n    tags: [z, w]\n"
    )


def test_appending_to_a_missing_list_makes_it() -> None:
    doc = yamlwrite.load(b"a: 1\n")
    doc.append(["goals"], {"id": "G-1"})
    assert doc.text() == "a: 1\ngoals:\n  - id: G-1\n"


def test_the_file_indentation_is_detected_and_kept() -> None:
    text = "items:\n- id: A\n  sub:\n    k: 1\n"
    assert yamlwrite.detect_indent(text) == (2, 0)
    doc = yamlwrite.load(text.encode())
    doc.append(["items"], {"id": "B", "sub": {"k": 2}})
    assert doc.text() == text + "- id: B\n  sub:\n    k: 2\n"


def test_crlf_and_bom_are_kept() -> None:
    raw = "\ufeffa: 1\r\nb: 2\r\n".encode()
    doc = yamlwrite.load(raw)
    doc.set(["b"], 3)
    assert doc.text().encode() == "\ufeffa: 1\r\nb: 3\r\n".encode()


def test_a_yaml_error_is_a_hyteplan_error_with_the_place() -> None:
    with pytest.raises(HyteplanError) as caught:
        yamlwrite.load(b"a: [1\nb: 2\n", "x.yaml")
    assert caught.value.message.startswith("x.yaml:2:")
    assert caught.value.hint


def test_save_writes_only_a_changed_file(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("a: 1\n", encoding="utf-8")
    assert yamlwrite.save(path, "a: 1\n") is False
    assert yamlwrite.save(path, "a: 2\n") is True
    assert path.read_text(encoding="utf-8") == "a: 2\n"


def _scalar_paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths of the values written on one line (no block texts, no multi-line flow lists)."""
    out: list[tuple[Any, ...]] = []
    items = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
    for key, value in items:
        if isinstance(value, (dict, list)):
            out += _scalar_paths(value, (*path, key))
        elif isinstance(value, str) and not isinstance(value, ScalarString):
            out.append((*path, key))
    return out


def _set_in(data: Any, path: tuple[Any, ...], value: Any) -> None:
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PLAN_FILES), st.randoms(use_true_random=False))
def test_any_one_line_edit_changes_that_line_only(path: Path, rng: random.Random) -> None:
    raw = path.read_bytes()
    doc = yamlwrite.load(raw)
    where = rng.choice(_scalar_paths(doc.data))
    new = f"Muutettu {rng.randint(1, 999)}: yes"
    doc.set(where, new)
    after = doc.text()
    changed = _changed_lines(raw.decode(), after)
    assert len(changed) == 2 and changed[0].startswith("-") and changed[1].startswith("+")
    expected = parse(raw).data
    _set_in(expected, where, new)
    assert parse(after.encode()).data == expected


def _merged(raw: bytes, edits: list[tuple[tuple[Any, ...], Any]]) -> str:
    """The text the three-way line merge gives for `edits` (no in-place scalar patches)."""
    doc = yamlwrite.load(raw)
    doc._before_edit()  # the dump of the untouched tree: every later edit goes through merge
    for where, value in edits:
        doc.set(where, value)
    return doc.text()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PLAN_FILES), st.randoms(use_true_random=False), st.sampled_from(
    ["Uusi arvo", "yes", "061", "a: b", "x # y", "'quoted'", "2028–2029", "", " lead"]
))  # fmt: skip
def test_a_scalar_replaced_in_place_reads_as_the_line_merge_writes_it(
    path: Path, rng: random.Random, new: str
) -> None:
    """On the plan files (written as fmt writes them) the fast path for one-line scalars,
    which dumps nothing, gives the merge's text; elsewhere it may keep more of the original
    layout (`a:   x` stays spaced), never less."""
    raw = path.read_bytes()
    doc = yamlwrite.load(raw)
    where = rng.choice(_scalar_paths(doc.data))
    doc.set(where, new)
    assert doc.text() == _merged(raw, [(where, new)])


def test_a_scalar_is_replaced_in_place_keeping_its_comment_and_quotes() -> None:
    doc = yamlwrite.load(b"a:\n  b: 'x'   # why\n  c: y\n")
    doc.set(["a", "b"], "z")
    doc.set(["a", "b"], "w")  # twice: the last value counts
    doc.set(["a", "c"], "yes")
    assert doc._patches  # the fast path was taken
    assert doc.text() == "a:\n  b: 'w'   # why\n  c: 'yes'\n"


def test_scalars_replaced_in_place_survive_a_later_structural_edit() -> None:
    doc = yamlwrite.load(b"a: 1\nlist:\n- x\nb: old  # c\n")
    doc.set(["b"], "new")
    doc.append(["list"], "y")
    doc.set(["a"], 2)
    assert doc.text() == "a: 2\nlist:\n- x\n- y\nb: new  # c\n"


@pytest.mark.parametrize(
    ("text", "where", "value", "expected"),
    [
        ("a: {k: 1, l: 2}\n", ["a", "k"], "x, y", "a: {k: 'x, y', l: 2}\n"),
        ("a: one\n  two\nb: 1\n", ["a"], "three", "a: three\nb: 1\n"),
        ("a: 1\n", ["a"], "line\nbreak", "a: |-\n  line\n  break\n"),
    ],
    ids=["flow mapping", "multi-line plain", "new text with a line break"],
)
def test_values_that_are_not_one_line_scalars_go_through_the_merge(
    text: str, where: list[str], value: str, expected: str
) -> None:
    doc = yamlwrite.load(text.encode())
    doc.set(where, value)
    assert not doc._patches
    assert doc.text() == expected


@pytest.mark.parametrize(
    ("text", "where", "value", "expected"),
    [
        (  # ruamel does not count U+2028 in a quoted text as a line: the merge must do it
            'n: "p\u2028q"\ns:\n  - t: started\n  - t: started\n',
            ["s", 1, "t"],
            "done",
            'n: "p\u2028q"\ns:\n  - t: started\n  - t: done\n',
        ),
        ("a: &v x\nb: *v\n", ["b"], "y", "a: &v x\nb: y\n"),  # the place of *v is &v's
        ("---\na: x\nb: 1\n", ["a"], "y", "---\na: y\nb: 1\n"),
        ("%YAML 1.1\n---\na: x\n", ["a"], "y", "%YAML 1.1\n---\na: y\n"),
    ],
    ids=["line separator", "alias", "document start", "directive"],
)
def test_a_scalar_edit_in_an_unusual_file_changes_that_value(
    text: str, where: list[Any], value: str, expected: str
) -> None:
    """In place or through the merge, an edit lands on its own value and nowhere else."""
    for force_merge in (False, True):
        doc = yamlwrite.load(text.encode())
        if force_merge:
            doc._before_edit()
        doc.set(where, value)
        assert doc.text() == expected
