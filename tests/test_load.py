from pathlib import Path

import pytest

from hyteplan.errors import HyteplanError
from hyteplan.load import MemoryReader, find_root, load_from, load_workspace


def test_scaffold_loads_completely(workspace: Path) -> None:
    ws = load_workspace(workspace)
    assert ws.load_findings == []
    assert ws.config is not None and ws.config.region.id == "alue"
    assert [a.obj.id for a in ws.actions] == ["EL-1", "ESI-1"]
    assert [a.obj.id for a in ws.joint_actions()] == ["EL-1"]
    assert set(ws.municipal_plans) == {"esimerkkila"}
    assert ws.goals[0].parent == "elintavat"


def test_find_root_from_a_file_inside(workspace: Path) -> None:
    assert find_root(workspace / "municipalities" / "esimerkkila.yaml") == workspace.resolve()


def test_not_a_workspace(tmp_path: Path) -> None:
    with pytest.raises(HyteplanError) as info:
        find_root(tmp_path)
    assert "not inside a plan workspace" in info.value.message
    assert "hyteplan init" in (info.value.hint or "")


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(HyteplanError, match="does not exist"):
        find_root(tmp_path / "nope")


BASE = b"region:\n  id: r\n  name: R\nterm: 2026-2029\n"


def test_salvage_keeps_valid_items_and_their_true_positions() -> None:
    region = (
        b"plan: {status: draft}\n"
        b"actions:\n"
        b"  - id: BAD\n"  # no title, no focus_area: dropped
        b"  - id: OK\n"
        b"    title: T\n"
        b"    focus_area: f\n"
        b"    partners: [a, 'b c']\n"  # the bad partner is dropped, the action kept
    )
    ws = load_from(MemoryReader({"hyteplan.yaml": BASE, "region.yaml": region}))
    [action] = ws.actions
    assert action.obj.id == "OK" and action.obj.partners == ["a"]
    assert action.loc.path == ("actions", 1)
    assert ws.span(action.loc).line == 4
    assert "BAD" in ws.ids("action")


def test_optional_nested_field_error_keeps_file() -> None:
    region = b"plan: {status: valmis}\nactions: []\n"
    ws = load_from(MemoryReader({"hyteplan.yaml": BASE, "region.yaml": region}))
    assert ws.region_plan is not None


def test_undeclared_municipal_plan_is_still_read() -> None:
    plan = b"municipality: x\nplan: {status: draft}\n"
    ws = load_from(MemoryReader({"hyteplan.yaml": BASE, "municipalities/x.yaml": plan}))
    assert "x" in ws.municipal_plans


def test_an_unlistable_plans_folder_is_a_user_error(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: Path) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "iterdir", refuse)
    with pytest.raises(HyteplanError, match="cannot list .*municipalities: Permission denied"):
        load_workspace(workspace)
