from pathlib import Path

import pytest

from hyteplan.errors import HyteplanError
from hyteplan.load import FileCache, MemoryReader, find_root, load_from, load_workspace


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


def test_a_second_load_with_a_file_cache_reparses_only_the_changed_files() -> None:
    region = b"plan: {status: valmis}\nactions:\n  - id: BAD\n"  # two findings, kept on reuse
    plan = b"municipality: x\nplan: {status: draft}\n"
    files = {"hyteplan.yaml": BASE, "region.yaml": region, "municipalities/x.yaml": plan}
    cache = FileCache()
    first = load_from(MemoryReader(files), None, cache)
    edited = {**files, "municipalities/x.yaml": plan.replace(b"draft", b"approved")}
    second = load_from(MemoryReader(edited), None, cache)
    assert second.files["region.yaml"] is first.files["region.yaml"]
    assert second.files["hyteplan.yaml"] is first.files["hyteplan.yaml"]
    assert second.files["municipalities/x.yaml"] is not first.files["municipalities/x.yaml"]
    assert second.municipal_plans["x"].obj.plan.status == "approved"
    assert second.load_findings == first.load_findings != []
    assert "BAD" in second.ids("action")
    uncached = load_from(MemoryReader(edited))
    assert second.load_findings == uncached.load_findings
    assert [a.obj for a in second.actions] == [a.obj for a in uncached.actions]


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
