"""The report texts, previous-term evaluations, indicator groups, negotiation records and
workspace settings added for issues 9 and 10 are compared like every other plan object."""

from __future__ import annotations

from conftest import FILES, edit, workspace

from hyteplan.diff.changes import ADDED, CHANGED, ChangeSet, ObjectChange, Version
from hyteplan.diff.compare import compare
from hyteplan.diff.report import render_text
from hyteplan.yearly.plan_changes import plan_changes_of

OLD = Version("dir", "old")
NEW = Version("dir", "new")

REPORT = """\
report:
  cooperation: Teemme yhteistyötä hyvinvointialueen kanssa.
  strengths: [Liikuntapaikat ovat lähellä.]
  key_indicators: [sotkanet-3906]
previous_term_evaluations:
  - {action: VANHA-1, status: done, evaluation: Kerhot jatkuvat.}
"""
GROUPS = """\
indicator_groups:
  - id: thl-minimi
    name: THL:n vähimmäissisältö
    indicators: [sotkanet-3906]
"""
NEGOTIATION = """\
year: 2026
date: 2026-10-01
municipalities: [kuopio]
participants: [Kuopion hyvinvointiryhmä]
summary: Yhteistyö sujuu.
agreed_changes:
  - {text: Liikuntaneuvonta laajenee., action: EL-1}
"""


def _with(files: dict[str, str], path: str, extra: str) -> dict[str, str]:
    out = dict(files)
    out[path] = files.get(path, "") + extra
    return out


def diff(old: dict[str, str], new: dict[str, str]) -> ChangeSet:
    return compare(workspace(old), workspace(new), OLD, NEW)


def one(cs: ChangeSet, kind: str) -> ObjectChange:
    found = [c for c in cs.changes if c.kind == kind]
    assert len(found) == 1, cs.changes
    return found[0]


def test_report_text_change_is_listed_under_its_municipality_in_finnish() -> None:
    old = _with(FILES, "municipalities/kuopio.yaml", REPORT)
    new = edit(old, "municipalities/kuopio.yaml", "kanssa.", "ja järjestöjen kanssa.")
    new = edit(
        new,
        "municipalities/kuopio.yaml",
        "[Liikuntapaikat",
        "[Uimahalli uusittiin., Liikuntapaikat",
    )
    cs = diff(old, new)
    change = one(cs, "report")
    assert (change.status, change.id, change.owner) == (CHANGED, "kuopio", "kuopio")
    assert [f.field for f in change.fields] == ["cooperation", "strengths"]
    text = render_text(cs, "fi")
    assert "hyvinvointikertomus" in text
    assert "yhteistyö" in text and "vahvuudet" in text
    assert "cooperation" not in text and "strengths" not in text
    assert change in plan_changes_of(cs, "kuopio")  # the annual report lists it


def test_previous_term_evaluation_change() -> None:
    old = _with(FILES, "municipalities/kuopio.yaml", REPORT)
    new = edit(old, "municipalities/kuopio.yaml", "status: done", "status: cancelled")
    cs = diff(old, new)
    change = one(cs, "evaluation")
    assert (change.id, change.owner) == ("VANHA-1", "kuopio")
    assert [(f.field, f.old, f.new) for f in change.fields] == [("status", "done", "cancelled")]
    text = render_text(cs, "fi")
    assert "arvio VANHA-1" in text and "toteutunut" in text and "peruttu" in text


def test_indicator_group_added_and_changed() -> None:
    new = _with(FILES, "indicators.yaml", GROUPS)
    assert one(diff(FILES, new), "indicator-group").status == ADDED
    newer = edit(new, "indicators.yaml", "[sotkanet-3906]\n", "[sotkanet-3906, sotkanet-292]\n")
    newer = newer  # the group's list, not the indicator's (which comes first in the file)
    cs = diff(new, newer)
    change = one(cs, "indicator-group")
    assert change.id == "thl-minimi"
    assert [(f.field, f.added) for f in change.fields] == [("indicators", ("sotkanet-292",))]
    assert "mittariryhmä thl-minimi" in render_text(cs, "fi")


def test_negotiation_record_change() -> None:
    old = dict(FILES, **{"negotiations/2026-kuopio.yaml": NEGOTIATION})
    new = edit(old, "negotiations/2026-kuopio.yaml", "sujuu.", "sujuu hyvin.")
    new = edit(
        new,
        "negotiations/2026-kuopio.yaml",
        "[Kuopion hyvinvointiryhmä]",
        "[Kuopion hyvinvointiryhmä, Sivistystoimi]",
    )
    cs = diff(old, new)
    change = one(cs, "negotiation")
    assert change.id == "2026-kuopio"
    assert [f.field for f in change.fields] == ["attendees", "summary"]
    text = render_text(cs, "fi")
    assert "neuvottelumuistio 2026-kuopio" in text and "osallistujat" in text
    assert change not in plan_changes_of(cs, "kuopio")  # the annual report has its own section


def test_population_groups_and_previous_term_are_worded_in_finnish() -> None:
    new = edit(
        FILES,
        "hyteplan.yaml",
        "languages: [fi, sv]\n",
        "languages: [fi, sv]\nprevious_term: {revision: v2022}\n"
        "population_groups:\n  - {id: tyoikaiset, indicators: [sotkanet-292]}\n",
    )
    cs = diff(FILES, new)
    change = one(cs, "workspace")
    assert [f.field for f in change.fields] == ["population_groups", "previous_term"]
    text = render_text(cs, "fi")
    assert "edellinen valtuustokausi" in text and "väestöryhmät" in text
    assert "previous term" not in text and "population groups" not in text
    assert "revision" not in text and "indicators:" not in text


def test_a_population_group_keeps_its_id_in_the_comparison() -> None:
    groups = "population_groups:\n  - {id: tyoikaiset, indicators: [sotkanet-292]}\n"
    old = edit(FILES, "hyteplan.yaml", "languages: [fi, sv]\n", "languages: [fi, sv]\n" + groups)
    new = edit(old, "hyteplan.yaml", "id: tyoikaiset", "id: ikaantyneet")
    change = one(diff(old, new), "workspace")
    assert [(f.field, f.added, f.removed) for f in change.fields] == [
        (
            "population_groups",
            ({"id": "ikaantyneet", "indicators": ["sotkanet-292"]},),
            ({"id": "tyoikaiset", "indicators": ["sotkanet-292"]},),
        )
    ]


def test_a_negotiation_date_is_written_as_in_the_documents() -> None:
    old = dict(FILES, **{"negotiations/2026-kuopio.yaml": NEGOTIATION})
    new = edit(old, "negotiations/2026-kuopio.yaml", "date: 2026-10-01", "date: 2.10.2026")
    text = render_text(diff(old, new), "fi")
    assert "päivämäärä: 1.10.2026 → 2.10.2026" in text
