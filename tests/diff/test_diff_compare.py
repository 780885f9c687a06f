"""Matching by ID and field-by-field comparison of two loaded workspaces."""

from __future__ import annotations

from conftest import FILES, edit, workspace

from hyteplan.diff.changes import ChangeSet, ObjectChange, Version
from hyteplan.diff.compare import compare
from hyteplan.diff.fields import FieldType

OLD = Version("dir", "old")
NEW = Version("dir", "new")


def diff(new_files: dict[str, str], old_files: dict[str, str] = FILES) -> ChangeSet:
    return compare(workspace(old_files), workspace(new_files), OLD, NEW)


def only(cs: ChangeSet) -> ObjectChange:
    assert len(cs.changes) == 1, cs.changes
    return cs.changes[0]


def test_identical_versions_have_no_changes() -> None:
    assert diff(FILES).empty


def test_formatting_comments_order_and_equivalent_spellings_are_not_changes() -> None:
    files = edit(
        FILES,
        "region.yaml",
        "    schedule: 2026-2028\n",
        "    schedule: {start: 2026, end: 2028}  # kausi\n",
    )
    files = edit(
        files,
        "region.yaml",
        "partners: [kuopio-liikunta, liikuntaseurat]",
        "partners: [liikuntaseurat, kuopio-liikunta]",
    )
    files = edit(
        files,
        "region.yaml",
        "      Kunnan liikuntaneuvonta ja hyvinvointialueen elintapaohjaus\n      ohjaavat asiakkaita toisilleen.",
        "      Kunnan liikuntaneuvonta ja\n      hyvinvointialueen    elintapaohjaus ohjaavat asiakkaita toisilleen.",
    )
    files = edit(files, "indicators.yaml", "{value: 19.0, year: 2023}", "{year: 2023, value: 19}")
    assert diff(files).empty


def test_value_list_and_range_fields_report_old_and_new() -> None:
    files = edit(
        FILES,
        "municipalities/kuopio.yaml",
        "responsible: kuopio-liikunta",
        "responsible: liikuntaseurat",
    )
    files = edit(
        files, "municipalities/kuopio.yaml", "partners: [liikuntaseurat]", "partners: [jarjestot]"
    )
    files = edit(files, "municipalities/kuopio.yaml", "schedule: 2026-2027", "schedule: 2026-2029")
    change = only(diff(files))
    assert (change.kind, change.id, change.status, change.owner) == (
        "action",
        "KUO-1",
        "changed",
        "kuopio",
    )
    assert change.organisations == ("kuopio",)
    assert [(f.field, f.type, f.old, f.new, f.added, f.removed) for f in change.fields] == [
        ("responsible", FieldType.VALUE, "kuopio-liikunta", "liikuntaseurat", (), ()),
        (
            "partners",
            FieldType.LIST,
            ["liikuntaseurat"],
            ["jarjestot"],
            ("jarjestot",),
            ("liikuntaseurat",),
        ),
        (
            "schedule",
            FieldType.VALUE,
            {"start": 2026, "end": 2027},
            {"start": 2026, "end": 2029},
            (),
            (),
        ),
    ]


def test_indicator_target_values() -> None:
    files = edit(
        FILES,
        "indicators.yaml",
        "target: {value: 17.0, year: 2029}",
        "target: {value: 16.5, year: 2029}",
    )
    change = only(diff(files))
    assert (change.kind, change.id, change.organisations) == ("indicator", "sotkanet-3906", ())
    [field] = change.fields
    assert (field.field, field.old, field.new) == (
        "target",
        {"value": 17, "year": 2029},
        {"value": 16.5, "year": 2029},
    )


def test_text_edit_is_reported_word_by_word_per_language() -> None:
    files = edit(FILES, "region.yaml", "Kunnan liikuntaneuvonta ja", "Kunnan liikuntapalvelut ja")
    files = edit(
        files,
        "focus-areas.yaml",
        "title: {fi: Osallisuus, sv: Delaktighet}",
        "title: {fi: Osallisuus, sv: Delaktighet och gemenskap}",
    )
    cs = diff(files)
    area = next(c for c in cs.changes if c.kind == "focus-area")
    assert [(f.field, f.lang, f.old, f.new, f.words) for f in area.fields] == [
        (
            "title",
            "sv",
            "Delaktighet",
            "Delaktighet och gemenskap",
            (("=", "Delaktighet"), ("+", "och gemenskap")),
        ),
    ]
    action = next(c for c in cs.changes if c.kind == "action")
    [text] = action.fields
    assert text.words == (
        ("=", "Kunnan"),
        ("-", "liikuntaneuvonta"),
        ("+", "liikuntapalvelut"),
        ("=", "ja hyvinvointialueen elintapaohjaus ohjaavat asiakkaita toisilleen."),
    )


def test_joint_action_change_is_listed_under_every_affected_organisation() -> None:
    files = edit(
        FILES,
        "region.yaml",
        "participants: [kuopio, varkaus]",
        "participants: [kuopio, siilinjarvi]",
    )
    files = edit(files, "region.yaml", "    schedule: 2026-2028\n", "    schedule: 2026-2029\n")
    change = only(diff(files))
    assert change.joint
    assert change.organisations == ("pshva", "kuopio", "varkaus", "siilinjarvi")
    assert change.effects == (("siilinjarvi", "joined"), ("varkaus", "left"))
    participants = next(f for f in change.fields if f.field == "participants")
    assert (participants.added, participants.removed) == (("siilinjarvi",), ("varkaus",))
    cs = diff(files)
    for org in ("pshva", "kuopio", "varkaus", "siilinjarvi"):
        assert cs.for_organisation(org) == [change]
    assert cs.shared() == []


def test_added_and_removed_objects() -> None:
    files = edit(
        FILES,
        "municipalities/varkaus.yaml",
        "actions:\n",
        "actions:\n  - id: VAR-2\n    title: Kesätyöseteli\n    focus_area: osallisuus\n"
        "    responsible: varkaus-nuoriso\n    indicators: [sotkanet-292]\n",
    )
    files = edit(
        files,
        "parties.yaml",
        "  - {id: jarjestot, name: Sosiaali- ja terveysjärjestöt, kind: group}\n",
        "",
    )
    files = edit(files, "region.yaml", "    partners: [jarjestot]\n", "")
    cs = diff(files)
    assert [(c.kind, c.id, c.status, c.organisations) for c in cs.changes] == [
        ("action", "OS-1", "changed", ("pshva", "siilinjarvi")),
        ("action", "VAR-2", "added", ("varkaus",)),
        ("party", "jarjestot", "removed", ()),
    ]
    added = cs.changes[1]
    assert dict((n, v) for n, _, v in added.snapshot)["title"] == {"fi": "Kesätyöseteli"}
    assert cs.counts() == {"added": 1, "removed": 1, "changed": 1, "renamed": 0}


def test_new_id_with_same_content_is_a_rename() -> None:
    files = edit(FILES, "municipalities/kuopio.yaml", "id: KUO-1", "id: KUO-10")
    change = only(diff(files))
    assert (change.kind, change.status, change.old_id, change.id, change.fields) == (
        "action",
        "renamed",
        "KUO-1",
        "KUO-10",
        (),
    )


def test_new_id_and_new_content_is_removed_and_added() -> None:
    files = edit(FILES, "municipalities/kuopio.yaml", "id: KUO-1", "id: KUO-10")
    files = edit(files, "municipalities/kuopio.yaml", "schedule: 2026-2027", "schedule: 2026-2028")
    assert [(c.id, c.status) for c in diff(files).changes] == [
        ("KUO-1", "removed"),
        ("KUO-10", "added"),
    ]


def test_renamed_goal_changes_the_references_to_it() -> None:
    files = {k: v.replace("osallisuus-nuoret", "osallisuus-nuoret-2") for k, v in FILES.items()}
    cs = diff(files)
    assert [(c.kind, c.id, c.status, c.old_id) for c in cs.changes] == [
        ("goal", "osallisuus-nuoret-2", "renamed", "osallisuus-nuoret"),
        ("action", "OS-1", "changed", None),
        ("action", "VAR-1", "changed", None),
    ]
    assert [(f.field, f.old, f.new) for f in cs.changes[1].fields] == [
        ("goal", "osallisuus-nuoret", "osallisuus-nuoret-2")
    ]


def test_action_moved_to_another_organisation() -> None:
    kuopio = FILES["municipalities/kuopio.yaml"]
    block = kuopio[kuopio.index("  - id: KUO-1") :]
    files = dict(FILES)
    files["municipalities/kuopio.yaml"] = kuopio.replace(block, "").replace(
        "actions:\n", "actions: []\n"
    )
    files["municipalities/siilinjarvi.yaml"] = FILES["municipalities/siilinjarvi.yaml"] + block
    change = only(diff(files))
    assert (change.id, change.status, change.organisations) == (
        "KUO-1",
        "changed",
        ("kuopio", "siilinjarvi"),
    )
    assert [(f.field, f.old, f.new) for f in change.fields] == [
        ("organisation", "kuopio", "siilinjarvi")
    ]


def test_goal_moved_to_another_focus_area() -> None:
    files = edit(
        FILES,
        "focus-areas.yaml",
        """\
      - id: osallisuus-nuoret
        title: Nuorten yksinäisyys vähenee
        target_groups: [nuoret]
        indicators: [sotkanet-292]
""",
        "",
    )
    files = edit(
        files,
        "focus-areas.yaml",
        "        target_year: 2029\n",
        """\
        target_year: 2029
      - id: osallisuus-nuoret
        title: Nuorten yksinäisyys vähenee
        target_groups: [nuoret]
        indicators: [sotkanet-292]
""",
    )
    files = edit(
        files,
        "focus-areas.yaml",
        "title: {fi: Osallisuus, sv: Delaktighet}\n",
        "title: {fi: Osallisuus, sv: Delaktighet}\n    goals: []\n",
    )
    files = edit(
        files,
        "focus-areas.yaml",
        "title: {fi: Osallisuus, sv: Delaktighet}\n    goals: []\n    goals:\n",
        "title: {fi: Osallisuus, sv: Delaktighet}\n    goals:\n",
    )
    change = only(diff(files))
    assert (change.kind, change.id, change.focus_area) == ("goal", "osallisuus-nuoret", "elintavat")
    assert [(f.field, f.old, f.new) for f in change.fields] == [
        ("focus_area", "osallisuus", "elintavat")
    ]


def test_a_plans_own_goal_added_and_moved_to_another_focus_area() -> None:
    own = "joint_actions: [EL-1]\ngoals:\n  - {id: kuopio-oma, focus_area: elintavat, title: Oma}\n"
    with_goal = edit(FILES, "municipalities/kuopio.yaml", "joint_actions: [EL-1]\n", own)
    added = only(diff(with_goal))
    assert (added.kind, added.id, added.status, added.focus_area) == (
        "goal",
        "kuopio-oma",
        "added",
        "elintavat",
    )
    assert [name for name, _, _ in added.snapshot] == ["focus_area", "title", "organisation"]
    moved = only(
        diff(
            edit(
                with_goal,
                "municipalities/kuopio.yaml",
                "focus_area: elintavat, title: Oma",
                "focus_area: osallisuus, title: Oma",
            ),
            with_goal,
        )
    )
    assert [(f.field, f.old, f.new) for f in moved.fields] == [
        ("focus_area", "elintavat", "osallisuus")
    ]


def test_plan_status_decisions_and_new_municipality() -> None:
    files = edit(
        FILES,
        "region.yaml",
        "  status: draft\n",
        "  status: approved\n  decisions:\n"
        "    - {body: Aluevaltuusto, date: 12.5.2026, section: 45, decision: Hyväksyi suunnitelman}\n",
    )
    files = edit(
        files,
        "hyteplan.yaml",
        "  - {id: siilinjarvi, name: Siilinjärvi, code: 749}\n",
        "  - {id: siilinjarvi, name: Siilinjärvi, code: 749}\n  - {id: iisalmi, name: Iisalmi, code: 140}\n",
    )
    files["municipalities/iisalmi.yaml"] = "municipality: iisalmi\nplan: {status: draft}\n"
    cs = diff(files)
    assert [(c.kind, c.id, c.status, c.organisations) for c in cs.changes] == [
        ("municipality", "iisalmi", "added", ()),
        ("plan", "iisalmi", "added", ("iisalmi",)),
        ("plan", "pshva", "changed", ("pshva",)),
    ]
    plan = cs.changes[2]
    assert [(f.field, f.old, f.new, f.added) for f in plan.fields] == [
        ("status", "draft", "approved", ()),
        (
            "decisions",
            [],
            [
                {
                    "body": {"fi": "Aluevaltuusto"},
                    "date": "2026-05-12",
                    "section": 45,
                    "decision": {"fi": "Hyväksyi suunnitelman"},
                }
            ],
            (
                {
                    "body": {"fi": "Aluevaltuusto"},
                    "date": "2026-05-12",
                    "section": 45,
                    "decision": {"fi": "Hyväksyi suunnitelman"},
                },
            ),
        ),
    ]
    assert [o.id for o in cs.organisations] == [
        "pshva",
        "kuopio",
        "varkaus",
        "siilinjarvi",
        "iisalmi",
    ]
