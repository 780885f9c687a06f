"""The yearly follow-up as data: status/<year>.yaml read into the workspace, and its summary."""

from __future__ import annotations

from pathlib import Path

from hyteplan.load import MemoryReader, load_from, load_workspace

BASE = b"region:\n  id: r\n  name: R\nterm: 2026-2029\n"


def test_status_files_are_read_with_their_entries_located(workspace: Path) -> None:
    (workspace / "status").mkdir()
    (workspace / "status" / "2026.yaml").write_text(
        "year: 2026\n"
        "organisations:\n"
        "  alue:\n"
        "    - action: EL-1\n"
        "      status: started\n"
        "      note: {fi: Aloitettu, sv: Påbörjad}\n"
        "      participant_notes:\n"
        "        esimerkkila: Kunnan oma huomio\n"
        "  esimerkkila:\n"
        "    - action: ESI-1\n"
        "      status: done\n",
        encoding="utf-8",
    )
    ws = load_workspace(workspace)
    assert ws.load_findings == []
    assert ws.status_years() == [2026]
    first, second = ws.statuses
    assert (first.org, first.year, first.obj.action, first.obj.status) == (
        "alue",
        2026,
        "EL-1",
        "started",
    )
    assert first.obj.participant_notes == {"esimerkkila": "Kunnan oma huomio"}
    assert second.org == "esimerkkila" and second.obj.status == "done"
    assert ws.span(second.loc).line == 10


def test_a_bad_entry_is_a_located_schema_error_and_the_rest_is_kept() -> None:
    status = (
        b"year: 2027\n"
        b"organisations:\n"
        b"  r:\n"
        b"    - action: A-1\n"
        b"      status: valmis\n"  # not a status: the entry is dropped
        b"    - action: A-2\n"
        b"      status: done\n"
        b"      note: true\n"  # not a text: the optional note is dropped, the entry kept
    )
    ws = load_from(MemoryReader({"hyteplan.yaml": BASE, "status/2027.yaml": status}))
    kinds = sorted((f.kind, f.loc.file, f.loc.path) for f in ws.load_findings)
    assert kinds == [
        ("schema:literal_error", "status/2027.yaml", ("organisations", "r", 0, "status")),
        ("schema:text_type", "status/2027.yaml", ("organisations", "r", 1, "note")),
    ]
    [entry] = ws.statuses
    assert entry.obj.action == "A-2" and entry.obj.note is None
    assert entry.loc.path == ("organisations", "r", 1)
    assert ws.span(entry.loc).line == 6


def test_only_yaml_files_directly_in_status_are_status_files() -> None:
    files = {
        "hyteplan.yaml": BASE,
        "status/2026.yaml": b"year: 2026\n",
        "status/notes.txt": b"year: 2020\n",
        "status/old/2025.yaml": b"year: 2025\n",
    }
    ws = load_from(MemoryReader(files))
    assert ws.status_years() == [2026]
    assert ws.files["status/2026.yaml"].kind == "status"


def test_the_example_has_two_years_of_follow_up_of_every_kind() -> None:
    from hyteplan.status import standing

    ws = load_workspace(Path(__file__).resolve().parents[1] / "plans")
    assert ws.status_years() == [2026, 2027]
    states = {(s.year, s.obj.status) for s in ws.statuses}
    assert {(2027, "cancelled"), (2026, "postponed"), (2027, "postponed")} <= states
    assert all(s.obj.reason for s in ws.statuses if s.obj.status == "cancelled")
    noted = {org for s in ws.statuses if s.org == "pshva" for org in s.obj.participant_notes}
    assert {"kuopio", "tuusniemi", "leppavirta"} <= noted  # tuusniemi keeps no plan here
    by_org = {o.org: o for o in standing(ws, 2027).organisations}
    # 14 joint actions (11 started; EL-2, RI-2, TJ-1 done) and 4 own (SII-4 ended in 2026)
    assert by_org["siilinjarvi"].counts() == {
        "not_started": 0,
        "started": 13,
        "done": 4,
        "postponed": 0,
        "cancelled": 1,
    }
    assert all(not o.without_status() for o in by_org.values())
