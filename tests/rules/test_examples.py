"""Every rule keeps its own examples: `bad` reports the rule's code, `good` is clean.

The examples are applied as base.Example describes (a file of the scaffold replaced), the
same way the rules reference docs/rules.md shows them.
"""

from __future__ import annotations

import pytest

from hyteplan.check import check
from hyteplan.load import MemoryReader, load_from
from hyteplan.rules import REGISTRY
from hyteplan.rules.examples import example_files, example_workspace
from hyteplan.scaffold import scaffold_files

CODES = sorted(REGISTRY)


def test_scaffold_workspace_is_clean() -> None:
    ws = load_from(MemoryReader(scaffold_files()))
    assert check(ws) == []


def test_every_rule_has_both_examples() -> None:
    missing = [code for code, r in REGISTRY.items() if r.bad is None or r.good is None]
    assert missing == []


@pytest.mark.parametrize("code", CODES)
def test_bad_example_reports_its_code(code: str) -> None:
    rule = REGISTRY[code]
    assert rule.bad is not None
    codes = [d.code for d in check(example_workspace(rule.bad))]
    assert code in codes


@pytest.mark.parametrize("code", CODES)
def test_good_example_is_clean(code: str) -> None:
    rule = REGISTRY[code]
    assert rule.good is not None
    found = [
        f"{d.file}:{d.line}: {d.code} {d.message}" for d in check(example_workspace(rule.good))
    ]
    assert found == []


def test_example_replaces_whole_files_with_their_encoding() -> None:
    y004 = REGISTRY["Y004"].bad
    assert y004 is not None
    files = example_files(y004)
    assert files[y004.file] == y004.yaml.encode("cp1252")
    assert set(files) == set(scaffold_files())
