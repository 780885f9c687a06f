"""The negotiation record (negotiations/*.yaml) is read like the plan files: located
diagnostics, and what is valid is kept when one part is not."""

from __future__ import annotations

from pathlib import Path

from hyteplan.check import check
from hyteplan.load import load_workspace

RECORD = """\
year: 2026
date: 16.9.2026
municipalities: [esimerkkila]
answers:
  - action: EL-1
    cooperaton: a typo in the key
  - action: EL-1
    change_by_term_end: Kyllä.
next_steps:
  - Seuraavat neuvottelut syksyllä 2027.
"""


def test_a_bad_answer_is_reported_where_it_stands_and_the_rest_is_kept(workspace: Path) -> None:
    folder = workspace / "negotiations"
    folder.mkdir()
    (folder / "2026-esimerkkila.yaml").write_text(RECORD, encoding="utf-8")
    ws = load_workspace(workspace)
    found = [(d.file, d.line, d.column, d.code) for d in check(ws)]
    assert found == [("negotiations/2026-esimerkkila.yaml", 6, 5, "S003")]  # unknown key
    (record,) = ws.negotiations
    assert [a.change_by_term_end for a in record.obj.answers] == ["Kyllä."]
    assert record.obj.next_steps == ["Seuraavat neuvottelut syksyllä 2027."]


def test_a_record_without_municipalities_is_an_error_at_its_file(workspace: Path) -> None:
    folder = workspace / "negotiations"
    folder.mkdir()
    (folder / "2026.yaml").write_text("year: 2026\ndate: 2026-09-16\n", encoding="utf-8")
    diagnostics = check(load_workspace(workspace))
    assert [(d.file, d.code, d.severity.value) for d in diagnostics] == [
        ("negotiations/2026.yaml", "S001", "error")
    ]


def test_textconv_shows_a_record_field_by_field() -> None:
    from hyteplan.textconv import textconv

    path = Path(__file__).resolve().parents[1] / "plans/negotiations/2026-hyte-neuvottelukunta.yaml"
    lines = textconv(path.read_bytes()).splitlines()
    assert lines[0] == "# negotiation"
    assert "next_steps: Seuraavat hyte-neuvottelut syyskuussa 2027." in lines
    assert any(line.startswith("  - action: EL-1; cooperation: Kyllä") for line in lines)
