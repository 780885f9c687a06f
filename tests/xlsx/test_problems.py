"""The X codes of invalid cells: their words, their formats, and a prefix no rule uses."""

from __future__ import annotations

import json

from hyteplan.rules import REGISTRY
from hyteplan.xlsx.problems import CODES, CellProblem, render_problems, unmatched_note

PROBLEM = CellProblem(
    "actions kuopio", "C12", "X003", {"column": "responsible", "id": "a\x1b[31m", "guess": ""}
)


def test_no_rule_of_the_registry_uses_the_x_prefix() -> None:
    assert not [code for code in REGISTRY if code.startswith("X")]
    assert all(
        c.message.keys() == {"en", "fi"} and c.hint.keys() == {"en", "fi"} for c in CODES.values()
    )


def test_concise_line_names_file_sheet_and_cell_and_escapes_control_characters() -> None:
    out = render_problems([PROBLEM], "book.xlsx", "concise", "en").splitlines()
    assert out[0].startswith("book.xlsx:actions kuopio!C12: X003 responsible: unknown ID 'a")
    assert "\x1b" not in out[0]
    assert len(out) == 2  # and the summary line


def test_finnish_words_and_json_places() -> None:
    assert "tuntematon tunnus" in render_problems([PROBLEM], "b.xlsx", "concise", "fi")
    document = json.loads(render_problems([PROBLEM], "b.xlsx", "json", "en"))
    [item] = document["diagnostics"]
    assert (item["file"], item["sheet"], item["cell"], item["line"], item["column"]) == (
        "b.xlsx",
        "actions kuopio",
        "C12",
        12,
        3,
    )
    assert document["summary"]["errors"] == 1


def test_github_annotation_points_at_the_row() -> None:
    [line, _] = render_problems([PROBLEM], "b.xlsx", "github", "en").splitlines()
    assert line.startswith("::error file=b.xlsx,line=12,col=3,title=X003::")


def test_reasons_of_unreadable_cells_are_worded_in_finnish_too() -> None:
    problem = CellProblem("goals", "H3", "X002", {"column": "target_year", "reason_key": "int"})
    assert problem.words("fi")[0] == "target_year: ei kokonaisluku"
    assert problem.words("en")[0] == "target_year: not a whole number"


def test_the_note_of_objects_without_a_row_escapes_what_the_workbook_says() -> None:
    """The sheet's title and the IDs come from the workbook: no line break or bidi control
    may reach the terminal (a forged `OK` line, a reversed file name)."""
    for lang in ("en", "fi"):
        note = unmatched_note(
            "actions\nOK: verified", "parties.yaml\n\u202egnp.exe", ("A\r-1",), lang
        )
        assert "\n" not in note and "\r" not in note and "\u202e" not in note
        assert "(A\\r-1)" in note and "parties.yaml\\n\\u202egnp.exe" in note
