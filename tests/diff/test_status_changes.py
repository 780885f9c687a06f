"""Status entries of the yearly follow-up in `hyteplan diff` and `hyteplan textconv`."""

from __future__ import annotations

from typing import Callable

from conftest import FILES, GitRepo, edit, workspace

from hyteplan.diff.changes import ADDED, CHANGED, ChangeSet, Version
from hyteplan.diff.compare import compare
from hyteplan.diff.fields import FieldType
from hyteplan.diff.present import Presenter
from hyteplan.diff.report import render_text
from hyteplan.textconv import detect_kind, textconv

Run = Callable[..., tuple[int, str, str]]

STATUS = """\
year: 2026
organisations:
  pshva:
    - action: EL-1
      status: started
      note: {fi: Palveluketju on kuvattu., sv: Servicekedjan är beskriven.}
      participant_notes:
        kuopio: Kuopio aloitti syyskuussa.
        varkaus: Varkaus aloitti lokakuussa.
  kuopio:
    - action: KUO-1
      status: started
"""
WITH_STATUS = {**FILES, "status/2026.yaml": STATUS}


def diff(new: dict[str, str], old: dict[str, str] = WITH_STATUS) -> ChangeSet:
    return compare(workspace(old), workspace(new), Version("dir", "old"), Version("dir", "new"))


def test_a_changed_status_is_an_object_keyed_by_year_organisation_and_action() -> None:
    files = edit(WITH_STATUS, "status/2026.yaml", "      status: started\n", "      status: done\n")
    [change] = diff(files).changes  # the first `status: started` is EL-1's
    assert (change.kind, change.id, change.status, change.owner) == (
        "status",
        "2026/pshva/EL-1",
        CHANGED,
        "pshva",
    )
    assert change.organisations == ("pshva", "kuopio", "varkaus")  # a joint action's documents
    [field] = change.fields
    assert (field.field, field.old, field.new) == ("status", "started", "done")
    assert Presenter(diff(files), "fi").value("status", "done") == "toteutunut"


def test_a_participants_note_is_a_text_of_its_own() -> None:
    files = edit(WITH_STATUS, "status/2026.yaml", "lokakuussa", "marraskuussa")
    [change] = diff(files).changes
    [field] = change.fields
    assert (field.field, field.type, field.lang) == (
        "participant_notes.varkaus",
        FieldType.TEXT,
        "fi",
    )
    report = render_text(diff(files), "en")
    assert (
        "participant's note (Varkaus) [fi]: Varkaus aloitti [-lokakuussa.-]{+marraskuussa.+}"
        in report
    )


def test_a_new_years_file_adds_entries_never_renames() -> None:
    # the same words in 2027: two new objects, not the 2026 ones renamed
    files = {**WITH_STATUS, "status/2027.yaml": STATUS.replace("year: 2026", "year: 2027")}
    cs = diff(files)
    assert sorted((c.id, c.status) for c in cs.changes) == [
        ("2027/kuopio/KUO-1", ADDED),
        ("2027/pshva/EL-1", ADDED),
    ]
    assert diff(WITH_STATUS, FILES).counts()["added"] == 2


def test_textconv_shows_a_status_file_entry_by_entry() -> None:
    assert detect_kind({"year": 2026}) == "status"
    assert detect_kind({"year": 2026, "organisations": {}}) == "status"
    assert textconv(STATUS.encode()).splitlines() == [
        "# status",
        "year: 2026",
        "",
        "status pshva/EL-1",
        "  status: started",
        "  note[fi]: Palveluketju on kuvattu.",
        "  note[sv]: Servicekedjan är beskriven.",
        "  participant_notes.kuopio: Kuopio aloitti syyskuussa.",
        "  participant_notes.varkaus: Varkaus aloitti lokakuussa.",
        "",
        "status kuopio/KUO-1",
        "  status: started",
    ]


def test_diff_between_revisions_reads_the_status_files_from_git(
    repo: GitRepo, run_cli: Run
) -> None:
    repo.commit(WITH_STATUS, "vuoden 2026 seuranta", tag="seuranta-1")
    done = edit(
        WITH_STATUS,
        "status/2026.yaml",
        "    - action: KUO-1\n      status: started",
        "    - action: KUO-1\n      status: done",
    )
    repo.commit(done, "KUO-1 toteutui", tag="seuranta-2")
    code, out, err = run_cli(repo.top, "diff", "seuranta-1", "seuranta-2", "--lang", "fi")
    assert (code, err) == (0, "")
    assert "~ toteutumisen tila 2026/kuopio/KUO-1" in out
    assert "      tila: käynnissä → toteutunut" in out
