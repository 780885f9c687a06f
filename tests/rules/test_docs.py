"""docs/rules.md is generated from the registry: it must equal what the rules produce now."""

from __future__ import annotations

from pathlib import Path

from hyteplan.rules import REGISTRY
from hyteplan.rules.docs import REGENERATE, rules_markdown, rules_text

DOC = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def test_committed_reference_is_up_to_date() -> None:
    assert DOC.read_text(encoding="utf-8") == rules_markdown(), (
        f"docs/rules.md differs from the rules; regenerate it with `.venv/bin/{REGENERATE}` "
        "(in the repository root) and commit it"
    )


def test_reference_documents_every_code_with_examples_and_their_output() -> None:
    text = rules_markdown()
    for code, rule in REGISTRY.items():
        section = text.split(f"### {code} {rule.name}\n", 1)[1].split("\n### ", 1)[0]
        assert rule.summary["en"] in section and rule.summary["fi"] in section
        assert "Failing example" in section and "Passing example" in section
        # the diagnostic the failing example really produces is shown under it
        assert f": {code} " in section.split("Reported:", 1)[1]


def test_text_listing_in_finnish() -> None:
    lines = rules_text("fi").splitlines()
    assert len(lines) == len(REGISTRY)
    assert any(
        line.startswith("Q001  action-without-responsible") and "vastuutahoa" in line
        for line in lines
    )
