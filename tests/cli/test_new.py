"""`hyteplan new`: the next free ID, the right file, only new lines, and a workspace that still
validates; prompts only on a terminal."""

from __future__ import annotations

import difflib
import io
from pathlib import Path

import pytest

from hyteplan.cli import main
from hyteplan.load import load_workspace
from hyteplan.newentry import free_slug, slug


def _added_lines(before: str, after: str) -> list[str]:
    """The lines `after` adds; fails when it removes or changes any line of `before`."""
    out = []
    for line in difflib.ndiff(before.splitlines(), after.splitlines()):
        assert not line.startswith("- "), f"a line was changed or removed: {line}"
        if line.startswith("+ "):
            out.append(line[2:])
    return out


def _validates(workspace: Path) -> None:
    assert main(["validate", str(workspace), "--format", "concise"]) == 0


def test_new_action_in_the_region_gets_the_next_number_of_its_prefix(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = workspace / "region.yaml"
    before = path.read_text(encoding="utf-8")
    code = main(
        ["new", "action", "-w", str(workspace), "--plan", "alue", "--title", "Kävelykoulu",
         "--focus-area", "elintavat", "--goal", "elintavat-nuoret", "--partner", "liikuntajarjestot",
         "--partner", "alue-elintapaohjaus", "--target-group", "nuoret"]
    )  # fmt: skip
    assert code == 0
    assert "Added action EL-2 to region.yaml." in capsys.readouterr().out
    assert _added_lines(before, path.read_text(encoding="utf-8")) == [
        "  - id: EL-2",
        "    title: Kävelykoulu",
        "    focus_area: elintavat",
        "    goal: elintavat-nuoret",
        "    partners: [liikuntajarjestot, alue-elintapaohjaus]",
        "    target_groups: [nuoret]",
    ]
    _validates(workspace)
    ids = [a.obj.id for a in load_workspace(workspace).actions]
    assert "EL-2" in ids


def test_new_action_in_a_municipal_plan(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "action", "-w", str(workspace), "--plan", "esimerkkila", "--title", "Oma",
                 "--focus-area", "elintavat"]) == 0  # fmt: skip
    assert "Added action ESI-2 to municipalities/esimerkkila.yaml." in capsys.readouterr().out
    _validates(workspace)


def test_new_goal_makes_the_missing_goals_list_in_its_place(workspace: Path) -> None:
    path = workspace / "municipalities" / "esimerkkila.yaml"
    before = path.read_text(encoding="utf-8")
    assert "goals:" not in before
    assert main(["new", "goal", "-w", str(workspace), "--plan", "esimerkkila", "--title",
                 "Nuoret liikkuvat enemmän", "--focus-area", "elintavat", "--target-group", "nuoret"]) == 0  # fmt: skip
    after = path.read_text(encoding="utf-8")
    added = _added_lines(before, after)
    assert "  - id: esimerkkila-nuoret-liikkuvat-enemman" in added
    assert after.index("goals:") < after.index("actions:")  # the model's order
    _validates(workspace)


def test_new_indicator_and_party(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "indicator", "-w", str(workspace), "--name", "Liikkujat, %", "--direction",
                 "higher", "--unit", "%"]) == 0  # fmt: skip
    assert main(["new", "indicator", "-w", str(workspace), "--name", "Ylipaino", "--direction",
                 "lower", "--source", "sotkanet", "--source-id", "4230"]) == 0  # fmt: skip
    assert main(["new", "party", "-w", str(workspace), "--name", "Uimaseura ry",
                 "--organisation", "esimerkkila"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "Added indicator liikkujat to indicators.yaml." in out
    assert "Added indicator sotkanet-4230 to indicators.yaml." in out
    assert "Added party esimerkkila-uimaseura-ry to parties.yaml." in out
    text = (workspace / "indicators.yaml").read_text(encoding="utf-8")
    assert "    source: {kind: sotkanet, id: 4230}\n" in text
    _validates(workspace)


def test_a_missing_required_option_without_a_terminal_is_an_error_with_a_hint(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (workspace / "region.yaml").read_bytes()
    assert main(["new", "action", "-w", str(workspace), "--plan", "alue", "--title", "X"]) == 2
    err = capsys.readouterr().err
    assert "error: --focus-area is required" in err
    assert "hint: give --focus-area VALUE (one of: elintavat" in err
    assert (
        main(["new", "action", "-w", str(workspace), "--title", "X", "--focus-area", "elintavat"])
        == 2
    )
    assert "hint: give --plan VALUE (one of: alue, esimerkkila)" in capsys.readouterr().err
    assert (workspace / "region.yaml").read_bytes() == before


def test_an_entry_that_would_add_an_error_is_refused(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (workspace / "region.yaml").read_bytes()
    assert main(["new", "action", "-w", str(workspace), "--plan", "alue", "--title", "X",
                 "--focus-area", "ei-ole"]) == 2  # fmt: skip
    err = capsys.readouterr().err
    assert "nothing was written" in err and "R003" in err
    assert main(["new", "action", "-w", str(workspace), "--plan", "alue", "--title", "X",
                 "--focus-area", "elintavat", "--id", "ESI-1"]) == 2  # fmt: skip
    assert (workspace / "region.yaml").read_bytes() == before


def test_prompts_with_choices_on_a_terminal(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("hyteplan.cli.new.interactive", lambda: True)
    # plan (a wrong answer first), focus area, title, goal, responsible party (none)
    answers = "nope\nalue\nelintavat\nKysytty toimenpide\nelintavat-nuoret\n\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(answers))
    assert main(["new", "action", "-w", str(workspace)]) == 0
    captured = capsys.readouterr()
    assert "Plan (organisation) (alue, esimerkkila)" in captured.out
    assert "choose one of: alue, esimerkkila" in captured.err
    text = (workspace / "region.yaml").read_text(encoding="utf-8")
    assert (
        "  - id: EL-2\n    title: Kysytty toimenpide\n    focus_area: elintavat\n    goal: elintavat-nuoret\n"
        in text
    )
    _validates(workspace)


def test_ids_made_from_names() -> None:
    assert slug("Kävelykoulu Åland ÖÖ, 2026!") == "kavelykoulu-aland-oo-2026"
    assert free_slug("a", {"a", "a-2"}) == "a-3"
    assert free_slug("b", {"a"}) == "b"


def test_the_prefix_follows_the_focus_area_or_the_organisation() -> None:
    from hyteplan.newentry import next_action_id

    ws = load_workspace(Path(__file__).resolve().parents[2] / "plans")
    region = ws.files["region.yaml"].data
    assert region is not None
    assert next_action_id(ws, region, "pshva", "vanhemmuus") == "VA-4"
    assert next_action_id(ws, region, "pshva", "tiedolla-johtaminen") == "TJ-4"
    assert next_action_id(ws, {"actions": []}, "kuopio", "elintavat") == "KUO-9"  # KUO-8 is taken
    assert next_action_id(ws, {}, "tuusniemi", None) == "TUU-1"
