"""F codes: the yearly follow-up against the plans (the variants the examples do not show)."""

from __future__ import annotations

from pathlib import Path

from hyteplan.check import check
from hyteplan.load import load_workspace
from hyteplan.rules.status import GOOD

from .helpers import codes, concise


def _status(workspace: Path, text: str, name: str = "status/2026.yaml") -> None:
    (workspace / "status").mkdir(exist_ok=True)
    (workspace / name).write_text(text, encoding="utf-8")


def test_the_passing_example_is_clean_on_the_scaffold(workspace: Path) -> None:
    _status(workspace, GOOD.yaml)
    assert codes(workspace) == []


def test_a_joint_action_under_a_participant_is_f003_with_the_way_to_write_it(
    workspace: Path,
) -> None:
    _status(
        workspace,
        GOOD.yaml.replace(
            "    - action: ESI-1", "    - action: EL-1\n      status: done\n    - action: ESI-1"
        ),
    )
    [diagnostic] = [d for d in check(load_workspace(workspace)) if d.code == "F003"]
    assert (diagnostic.file, diagnostic.line, diagnostic.column) == ("status/2026.yaml", 10, 15)
    assert "joint action" in diagnostic.message
    assert "participant_notes: {esimerkkila: ...}" in (diagnostic.hint or "")


def test_another_organisations_action_is_f003_naming_its_owner(workspace: Path) -> None:
    _status(
        workspace,
        GOOD.yaml.replace(
            "  alue:\n    - action: EL-1",
            "  alue:\n    - action: ESI-1\n      status: done\n    - action: EL-1",
        ),
    )
    assert concise(workspace) == [
        "status/2026.yaml:4:15: F003 `ESI-1` is an action of `esimerkkila`, not of `alue`"
    ]


def test_an_entry_the_schema_rejects_is_not_also_missing(workspace: Path) -> None:
    _status(workspace, GOOD.yaml.replace("status: done", "status: valmis"))
    assert codes(workspace) == ["S004"]


def test_missing_status_only_for_years_with_a_file_and_scheduled_actions(
    workspace: Path,
) -> None:
    # ESI-1 runs 2026–2027, EL-1 2026–2028: in 2028 only EL-1 needs a status; 2027 has no file
    _status(workspace, "year: 2028\norganisations: {}\n", "status/2028.yaml")
    assert concise(workspace) == [
        "status/2028.yaml:2:1: F006 `EL-1` of `alue` is scheduled for 2028 but has no status"
    ]


def test_two_files_of_one_year_are_checked_together(workspace: Path) -> None:
    alue, municipality = GOOD.yaml.split("  esimerkkila:\n")
    _status(workspace, alue, "status/2026-alue.yaml")
    _status(
        workspace,
        "year: 2026\norganisations:\n  esimerkkila:\n" + municipality,
        "status/2026-esimerkkila.yaml",
    )
    assert codes(workspace) == []
    twice = alue.replace(
        "  alue:", "  esimerkkila:\n    - action: ESI-1\n      status: done\n  alue:"
    )
    _status(workspace, twice, "status/2026-alue.yaml")  # ESI-1 now in both files of 2026
    assert "F004" in codes(workspace)


def test_a_note_on_an_action_that_is_not_joint_is_f008(workspace: Path) -> None:
    region = workspace / "region.yaml"
    region.write_text(
        region.read_text(encoding="utf-8").replace("    participants: [esimerkkila]\n", ""),
        encoding="utf-8",
    )
    _status(workspace, GOOD.yaml)
    found = [d for d in check(load_workspace(workspace)) if d.code == "F008"]
    assert [(d.line, d.column) for d in found] == [(8, 9)]
    assert "no `participants:`" in (found[0].hint or "")


def test_messages_in_finnish(workspace: Path) -> None:
    _status(workspace, GOOD.yaml.replace("      status: done", "      status: cancelled"))
    assert concise(workspace, "fi") == [
        "status/2026.yaml:11:15: F007 toimenpide `ESI-1` on peruttu ilman perustelua"
    ]


def test_an_action_done_or_cancelled_earlier_needs_no_status_later(workspace: Path) -> None:
    # ESI-1 (2026–2027) is done in 2026; EL-1 (2026–2028) only started: 2027 needs EL-1 alone
    _status(workspace, GOOD.yaml)
    _status(workspace, "year: 2027\norganisations: {}\n", "status/2027.yaml")
    assert concise(workspace) == [
        "status/2027.yaml:2:1: F006 `EL-1` of `alue` is scheduled for 2027 but has no status"
    ]


def test_a_note_on_a_municipalitys_own_action_is_f008(workspace: Path) -> None:
    own = "      status: done\n      participant_notes: {alue: Alue tuki kokeiluja.}\n"
    _status(workspace, GOOD.yaml.replace("      status: done\n", own))
    assert concise(workspace) == [
        "status/2026.yaml:12:27: F008 `alue` is not a participant of `ESI-1`"
    ]
