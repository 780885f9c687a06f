"""R codes: unknown references with "did you mean", one diagnostic per mistake, duplicates."""

from __future__ import annotations

from pathlib import Path

from hyteplan.check import check
from hyteplan.load import load_workspace

from .helpers import append, codes, concise, edit

PLAN = "municipalities/esimerkkila.yaml"


def test_unknown_party_hint_suggests_the_closest_id(workspace: Path) -> None:
    edit(
        workspace,
        PLAN,
        "responsible: esimerkkila-liikuntapalvelut",
        "responsible: esimerkila-liikunta",
    )
    [d] = check(load_workspace(workspace))
    assert (d.file, d.line, d.column, d.code) == (PLAN, 20, 18, "R001")
    assert d.message == "action ESI-1: unknown party `esimerkila-liikunta` in `responsible`"
    assert d.hint == "did you mean `esimerkkila-liikuntapalvelut`?"
    assert d.object_id == "ESI-1"


def test_unknown_party_without_a_close_match_says_where_to_define_it(workspace: Path) -> None:
    edit(workspace, PLAN, "partners: [liikuntajarjestot]", "partners: [4h-yhdistys]")
    [d] = check(load_workspace(workspace), "fi")
    assert d.message == "toimenpide ESI-1: tuntematon taho `4h-yhdistys` kentässä `partners`"
    assert d.hint == "määrittele `4h-yhdistys` tiedostossa parties.yaml tai korjaa tunniste"


def test_group_members_and_unit_parents_are_checked(workspace: Path) -> None:
    edit(
        workspace,
        "parties.yaml",
        "    kind: group",
        "    kind: group\n    members: [alue, seura-x]",
    )
    edit(workspace, "parties.yaml", "    parent: alue", "    parent: alu")
    assert concise(workspace) == [
        "parties.yaml:17:13: R001 party alue-elintapaohjaus: unknown party `alu` in `parent`",
        "parties.yaml:27:21: R001 party liikuntajarjestot: unknown party `seura-x` in `members`",
    ]


def test_a_party_the_schema_rejected_is_still_known(workspace: Path) -> None:
    # one mistake (a bad `kind`), one diagnostic: references to the party are not unknown
    edit(
        workspace,
        "parties.yaml",
        "    kind: unit\n    organisation: esimerkkila",
        "    kind: yksikko\n    organisation: esimerkkila",
    )
    assert codes(workspace) == ["S004"]


def test_an_invalid_id_value_is_reported_by_the_schema_only(workspace: Path) -> None:
    edit(workspace, PLAN, "partners: [liikuntajarjestot]", "partners: [liikunta järjestöt]")
    assert codes(workspace) == ["S004"]


def test_a_mapping_where_an_id_belongs_is_reported_by_the_schema_only(workspace: Path) -> None:
    edit(workspace, PLAN, "partners: [liikuntajarjestot]", "partners: [{id: liikuntajarjestot}]")
    edit(workspace, PLAN, "responsible: esimerkkila-liikuntapalvelut", "responsible: {a: b}")
    assert codes(workspace) == ["S002", "S002"]


def test_unreadable_parties_file_gives_one_diagnostic(workspace: Path) -> None:
    append(workspace, "parties.yaml", "  - id: [\n")
    assert codes(workspace) == ["Y001"]


def test_missing_parties_file_makes_every_reference_unknown(workspace: Path) -> None:
    (workspace / "parties.yaml").unlink()
    found = codes(workspace)
    assert found.count("R001") == 5  # 3 in region.yaml, 2 in the municipal plan
    assert set(found) == {"R001"}


def test_unknown_focus_area_is_not_also_a_goal_mismatch(workspace: Path) -> None:
    edit(workspace, PLAN, "    focus_area: elintavat", "    focus_area: elintapa")
    assert codes(workspace) == ["R003"]


def test_unknown_indicator_in_a_goal(workspace: Path) -> None:
    edit(
        workspace,
        "focus-areas.yaml",
        "        indicators: [sotkanet-3906]\n        target_year",
        "        indicators: [sotkanet-3906, sotkanet-9999]\n        target_year",
    )
    assert concise(workspace) == [
        "focus-areas.yaml:19:37: R002 goal elintavat-nuoret: unknown indicator `sotkanet-9999` "
        "in `indicators`",
    ]


def test_party_organisation_must_be_the_region_or_a_municipality(workspace: Path) -> None:
    edit(workspace, "parties.yaml", "    organisation: esimerkkila", "    organisation: kuopio")
    assert concise(workspace) == [
        "parties.yaml:22:19: R006 party esimerkkila-liikuntapalvelut: unknown municipality "
        "`kuopio` in `organisation`",
    ]


def test_unknown_municipality_works_when_hyteplan_yaml_is_invalid(workspace: Path) -> None:
    edit(workspace, "hyteplan.yaml", "term: 2026-2029", "term: pian")
    edit(
        workspace,
        "region.yaml",
        "participants: [esimerkkila]",
        "participants: [esimerkkila, kuopio]",
    )
    assert codes(workspace) == ["S002", "R006"]  # hyteplan.yaml first, then region.yaml


def test_second_plan_of_a_declared_municipality(workspace: Path) -> None:
    text = (workspace / PLAN).read_text(encoding="utf-8")
    (workspace / "municipalities" / "vanha.yaml").write_text(text, encoding="utf-8")
    assert concise(workspace) == [
        # the copy also repeats the action ID ESI-1
        "municipalities/vanha.yaml:7:15: R007 this file holds the plan of `esimerkkila`, but "
        "hyteplan.yaml expects it in municipalities/esimerkkila.yaml",
        "municipalities/vanha.yaml:16:9: R008 action ESI-1: duplicate ID, first defined at "
        "municipalities/esimerkkila.yaml:16",
    ]


def test_duplicate_id_in_one_file_points_at_the_second(workspace: Path) -> None:
    append(workspace, "parties.yaml", "\n  - id: alue\n    name: Toinen alue\n")
    assert concise(workspace) == [
        "parties.yaml:28:9: R008 party alue: duplicate ID, first defined at parties.yaml:9",
    ]


def test_shared_indicator_defined_again_in_a_plan_is_not_a_duplicate(workspace: Path) -> None:
    append(
        workspace,
        PLAN,
        "\nindicators:\n  - id: sotkanet-3906\n    name: Ylipaino\n"
        "    direction: lower\n    baseline: {value: 22.0, year: 2023}\n"
        "    target: {value: 20.0, year: 2029}\n",
    )
    assert concise(workspace) == []


def test_indicator_twice_in_one_file_is_a_duplicate(workspace: Path) -> None:
    text = (workspace / "indicators.yaml").read_text(encoding="utf-8")
    append(workspace, "indicators.yaml", "\n" + text.split("indicators:\n", 1)[1])
    assert codes(workspace) == ["R008"]


OWN_GOAL = """goals:
  - id: esimerkkila-ikaantyneet
    focus_area: {area}
    title: Ikääntyneet liikkuvat
    indicators: [sotkanet-3906]
"""


def test_own_goal_under_a_shared_focus_area(workspace: Path) -> None:
    edit(
        workspace,
        PLAN,
        "joint_actions: [EL-1]\n",
        "joint_actions: [EL-1]\n\n" + OWN_GOAL.format(area="elintavat"),
    )
    edit(workspace, PLAN, "    goal: elintavat-nuoret", "    goal: esimerkkila-ikaantyneet")
    assert codes(workspace) == []
    ws = load_workspace(workspace)
    [own] = [g for g in ws.goals if g.owner == "esimerkkila"]
    assert (own.obj.id, own.parent, own.loc.path) == (
        "esimerkkila-ikaantyneet",
        "elintavat",
        ("goals", 0),
    )


def test_own_goal_with_unknown_focus_area(workspace: Path) -> None:
    edit(
        workspace,
        PLAN,
        "joint_actions: [EL-1]\n",
        "joint_actions: [EL-1]\n\n" + OWN_GOAL.format(area="elintapa"),
    )
    assert concise(workspace) == [
        "municipalities/esimerkkila.yaml:17:17: R003 goal esimerkkila-ikaantyneet: "
        "unknown focus area `elintapa`",
    ]


def test_action_goal_under_another_focus_area_than_its_own_goal(workspace: Path) -> None:
    append(workspace, "focus-areas.yaml", "  - id: osallisuus\n    title: Osallisuus\n")
    edit(
        workspace,
        PLAN,
        "joint_actions: [EL-1]\n",
        "joint_actions: [EL-1]\n\n" + OWN_GOAL.format(area="osallisuus"),
    )
    edit(workspace, PLAN, "    goal: elintavat-nuoret", "    goal: esimerkkila-ikaantyneet")
    assert codes(workspace) == ["R005"]


def test_own_goal_with_the_id_of_a_shared_goal_is_a_duplicate(workspace: Path) -> None:
    own = OWN_GOAL.format(area="elintavat").replace("esimerkkila-ikaantyneet", "elintavat-nuoret")
    edit(workspace, PLAN, "joint_actions: [EL-1]\n", "joint_actions: [EL-1]\n\n" + own)
    [line] = concise(workspace)
    assert line.startswith(
        "municipalities/esimerkkila.yaml:16:9: R008 goal elintavat-nuoret: duplicate ID, "
        "first defined at focus-areas.yaml:"
    )


def test_an_own_target_for_an_unknown_indicator_is_located(workspace: Path) -> None:
    edit(workspace, PLAN, "  - indicator: sotkanet-3906", "  - indicator: sotkanet-3096")
    found = check(load_workspace(workspace))
    assert [(d.file, d.line, d.column, d.code) for d in found] == [
        (PLAN, 24, 18, "I001"),  # the action's indicator now has no target of its own
        (PLAN, 29, 16, "R002"),
    ]
    assert found[1].message == "unknown indicator `sotkanet-3096` in `indicator`"
    assert found[1].hint == "did you mean `sotkanet-3906`?"
