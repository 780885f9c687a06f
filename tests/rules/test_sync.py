"""J codes: joint actions, confirmations, terms and indicator definitions across plans."""

from __future__ import annotations

from pathlib import Path

from hyteplan.check import check
from hyteplan.load import load_workspace

from .helpers import append, codes, concise, edit

PLAN = "municipalities/esimerkkila.yaml"
SECOND = "    code: 297\n  - id: toinen\n    name: Toinen kunta\n    code: 749\n"
EL2 = """
  - id: EL-2
    title: Perheliikunnan kylätapahtumat
    focus_area: elintavat
    responsible: alue-elintapaohjaus
    participants: [esimerkkila]
    indicators: [sotkanet-3906]
    rural_reach: Tapahtumat kiertävät kylätaloilla.
"""


def test_unknown_participant_is_r006_not_j001(workspace: Path) -> None:
    edit(
        workspace,
        "region.yaml",
        "participants: [esimerkkila]",
        "participants: [esimerkkila, toinen]",
    )
    assert codes(workspace) == ["R006"]


def test_participant_with_an_unreadable_plan_is_not_without_a_plan(workspace: Path) -> None:
    edit(workspace, "hyteplan.yaml", "    code: 297\n", SECOND)
    edit(
        workspace,
        "region.yaml",
        "participants: [esimerkkila]",
        "participants: [esimerkkila, toinen]",
    )
    (workspace / "municipalities" / "toinen.yaml").write_bytes(b"municipality: toinen\nplan: [\n")
    assert codes(workspace) == ["Y001"]


def test_participant_plan_at_a_declared_path(workspace: Path) -> None:
    edit(
        workspace,
        "hyteplan.yaml",
        "    code: 297\n",
        SECOND + "    plan: toinen/suunnitelma.yaml\n",
    )
    edit(
        workspace,
        "region.yaml",
        "participants: [esimerkkila]",
        "participants: [esimerkkila, toinen]",
    )
    [d] = check(load_workspace(workspace))
    assert d.code == "J001"
    assert d.message == (
        "action EL-1: participant `toinen` has no plan: toinen/suunnitelma.yaml does not exist"
    )
    (workspace / "toinen").mkdir()
    (workspace / "toinen" / "suunnitelma.yaml").write_text(
        "municipality: toinen\nplan:\n  status: draft\n", encoding="utf-8"
    )
    assert codes(workspace) == []


def test_no_confirmations_means_nothing_is_unconfirmed(workspace: Path) -> None:
    edit(workspace, PLAN, "joint_actions: [EL-1]\n", "")
    append(workspace, "region.yaml", EL2)
    assert codes(workspace) == []


def test_confirming_some_but_not_all(workspace: Path) -> None:
    append(workspace, "region.yaml", EL2)
    [d] = check(load_workspace(workspace))
    assert (d.code, d.severity.value, d.object_id) == ("J004", "warning", "EL-2")
    assert d.hint == (
        "add `EL-2` to `joint_actions` in municipalities/esimerkkila.yaml, "
        "or remove `esimerkkila` from `participants`"
    )
    edit(workspace, PLAN, "joint_actions: [EL-1]", "joint_actions: [EL-1, EL-2]")
    assert codes(workspace) == []


def test_mistyped_confirmation_is_one_diagnostic(workspace: Path) -> None:
    edit(workspace, PLAN, "joint_actions: [EL-1]", "joint_actions: [EL1]")
    [d] = check(load_workspace(workspace))
    assert (d.code, d.hint) == ("J002", "did you mean `EL-1`?")


def test_confirming_an_own_action_of_another_plan(workspace: Path) -> None:
    edit(workspace, PLAN, "joint_actions: [EL-1]", "joint_actions: [EL-1, ESI-1]")
    assert concise(workspace) == [
        "municipalities/esimerkkila.yaml:13:23: J003 `ESI-1` is not a joint action with "
        "`esimerkkila` among its participants",
    ]


def test_unreadable_region_switches_off_joint_action_checks(workspace: Path) -> None:
    append(workspace, "region.yaml", "  - [\n")
    edit(workspace, PLAN, "joint_actions: [EL-1]", "joint_actions: [EL-1, EL-9]")
    assert codes(workspace) == ["Y001"]


def test_plan_term_equal_to_the_workspace_term_is_fine(workspace: Path) -> None:
    edit(
        workspace,
        "region.yaml",
        "  status: draft",
        "  status: draft\n  term: {start: 2026, end: 2029}",
    )
    edit(workspace, PLAN, "  status: draft", "  status: draft\n  term: 2026–2030")
    assert concise(workspace) == [
        "municipalities/esimerkkila.yaml:11:9: J005 plan term 2026–2030 differs from the "
        "workspace term 2026–2029",
    ]


_LOCAL = """
indicators:
  - id: {id}
    name: Ylipaino
    source: {{kind: {kind}, id: 3906}}
{unit}    direction: {direction}
    baseline: {{value: 22.0, year: 2023}}
    target: {{value: 20.0, year: 2029}}
"""


def test_redefinition_without_a_unit_agrees(workspace: Path) -> None:
    append(
        workspace,
        PLAN,
        _LOCAL.format(id="sotkanet-3906", kind="sotkanet", unit="", direction="lower"),
    )
    assert codes(workspace) == []


def test_redefinition_with_another_direction(workspace: Path) -> None:
    append(
        workspace,
        PLAN,
        _LOCAL.format(id="sotkanet-3906", kind="sotkanet", unit="", direction="higher"),
    )
    [d] = check(load_workspace(workspace), "fi")
    assert d.code == "J006"
    assert d.message == (
        "mittari sotkanet-3906: `direction` on tässä `higher` mutta kohdassa "
        "indicators.yaml:9 `lower`, vaikka mittari on sama"
    )


def test_same_sotkanet_id_under_another_name(workspace: Path) -> None:
    append(
        workspace,
        PLAN,
        _LOCAL.format(
            id="oma-ylipaino", kind="sotkanet", unit="    unit: henkeä\n", direction="lower"
        ),
    )
    assert codes(workspace) == ["J007"]


def test_local_source_ids_are_not_compared(workspace: Path) -> None:
    append(
        workspace,
        PLAN,
        _LOCAL.format(
            id="oma-ylipaino", kind="local", unit="    unit: henkeä\n", direction="higher"
        ),
    )
    assert codes(workspace) == []


def _joint_with_toinen(workspace: Path, declaration: str) -> None:
    """`toinen` takes part in EL-1; hyteplan.yaml declares it with `declaration` lines."""
    edit(workspace, "hyteplan.yaml", "    code: 297\n", SECOND + declaration)
    edit(
        workspace,
        "region.yaml",
        "participants: [esimerkkila]",
        "participants: [esimerkkila, toinen]",
    )


def test_participant_declared_without_a_plan_is_no_j001(workspace: Path) -> None:
    _joint_with_toinen(workspace, "    plan: false\n")
    assert codes(workspace) == []
    ws = load_workspace(workspace)
    assert "toinen" not in ws.municipal_plans  # nothing was looked for or read


def test_j001_hint_offers_declaring_the_participant_without_a_plan(workspace: Path) -> None:
    _joint_with_toinen(workspace, "")
    [d] = check(load_workspace(workspace))
    assert d.code == "J001" and (d.file, d.line) == ("region.yaml", 25)
    assert "`plan: false`" in d.hint and "`toinen`" in d.hint
    [d_fi] = check(load_workspace(workspace), "fi")
    assert "`plan: false`" in d_fi.hint


def test_plan_file_of_a_municipality_declared_without_one_is_r007(workspace: Path) -> None:
    _joint_with_toinen(workspace, "    plan: false\n")
    (workspace / "municipalities" / "toinen.yaml").write_text(
        "municipality: toinen\nplan:\n  status: draft\n", encoding="utf-8"
    )
    [d] = check(load_workspace(workspace))
    assert (d.code, d.file, d.line, d.column) == ("R007", "municipalities/toinen.yaml", 1, 15)
    assert "`plan: false`" in d.message and "delete this file" in d.hint


def test_plan_true_is_neither_a_path_nor_false(workspace: Path) -> None:
    _joint_with_toinen(workspace, "    plan: yes\n")
    [d] = [d for d in check(load_workspace(workspace)) if d.file == "hyteplan.yaml"]
    lines = (workspace / "hyteplan.yaml").read_text(encoding="utf-8").splitlines()
    assert (d.code, d.line, d.column) == ("S002", lines.index("    plan: yes") + 1, 11)
    assert "`false`" in d.hint


def test_unknown_participant_hint_offers_declaring_it_without_a_plan(workspace: Path) -> None:
    edit(workspace, "region.yaml", "participants: [esimerkkila]", "participants: [tuusniemi]")
    [d] = [d for d in check(load_workspace(workspace)) if d.code == "R006"]
    assert (d.file, d.line, d.column) == ("region.yaml", 25, 20)
    assert d.hint == (
        "define `tuusniemi` in hyteplan.yaml under `municipalities` (with `plan: false` if it "
        "keeps no plan in this workspace), or correct the ID"
    )
