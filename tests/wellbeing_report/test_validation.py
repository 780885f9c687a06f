"""What coordinators write for the report is validated with located diagnostics."""

from __future__ import annotations

from pathlib import Path

from hyteplan.check import check
from hyteplan.load import load_workspace


def _diagnostics(ws: Path) -> list[tuple[str, int, int, str]]:
    return [(d.file, d.line, d.column, d.code) for d in check(load_workspace(ws))]


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _line_of(path: Path, text: str) -> int:
    return _place(path, text)[0]


def _place(path: Path, text: str) -> tuple[int, int]:
    """Line and column (1-based) where ``text`` is written."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next((i, line.index(text) + 1) for i, line in enumerate(lines, 1) if text in line)


def test_the_document_setting_takes_two_values(workspace: Path) -> None:
    config = workspace / "hyteplan.yaml"
    _append(config, "document: plan\n")
    assert _diagnostics(workspace) == []
    config.write_text(
        config.read_text(encoding="utf-8").replace("document: plan", "document: report"),
        encoding="utf-8",
    )
    [found] = _diagnostics(workspace)
    assert found == ("hyteplan.yaml", _line_of(config, "document: report"), 11, "S004")


def test_an_own_population_group_needs_a_name_and_known_indicators(workspace: Path) -> None:
    config = workspace / "hyteplan.yaml"
    _append(
        config,
        "population_groups:\n"
        "  - id: tyoikaiset\n"
        "    indicators: [sotkanet-3906, sotkanet-9999]\n"
        "  - id: maahanmuuttajat\n"
        "    indicators: [sotkanet-3906]\n",
    )
    found = _diagnostics(workspace)
    assert ("hyteplan.yaml", *_place(config, "sotkanet-9999"), "R002") in found
    unnamed = [d for d in found if d[3].startswith("S")]
    assert [d[:2] for d in unnamed] == [("hyteplan.yaml", _line_of(config, "id: maahanmuuttajat"))]


def test_the_report_texts_of_a_plan_are_validated_at_their_place(workspace: Path) -> None:
    plan = workspace / "region.yaml"
    _append(
        plan,
        "report:\n"
        "  strengths:\n"
        "    - fi: Nuoret liikkuvat.\n"
        "      de: Die Jugend bewegt sich.\n"
        "  key_indicators: [sotkanet-3096]\n"
        "  conclusion: typo\n",
    )
    found = _diagnostics(workspace)
    assert sorted(found) == [
        ("region.yaml", *_place(plan, "fi: Nuoret"), "S004"),  # `de` is no language of ours
        ("region.yaml", *_place(plan, "sotkanet-3096"), "R002"),
        ("region.yaml", *_place(plan, "conclusion"), "S003"),
    ]
