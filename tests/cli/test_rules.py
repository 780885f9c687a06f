"""`hyteplan rules`: the listing and the Markdown reference on stdout."""

from __future__ import annotations

import pytest

from hyteplan.cli import main
from hyteplan.rules import REGISTRY
from hyteplan.rules.docs import FAMILIES, rules_markdown


def test_text_listing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out] == sorted(
        REGISTRY, key=lambda c: ("".join(f[0] for f in FAMILIES).index(c[0]), c)
    )
    assert "R001  unknown-party" in out[[l.split()[0] for l in out].index("R001")]


def test_markdown_is_the_reference(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "--format", "markdown"]) == 0
    assert capsys.readouterr().out == rules_markdown()


def test_unknown_format_is_a_usage_error() -> None:
    assert main(["rules", "--format", "html"]) == 2
