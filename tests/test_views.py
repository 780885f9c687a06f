"""What each document contains: synchronisation of joint actions, languages, indicators."""

from __future__ import annotations

from pathlib import Path

import pytest

from hyteplan import views as views_module
from hyteplan.indicator_data import load_indicator_values
from hyteplan.load import load_workspace
from hyteplan.localtext import LocalText
from hyteplan.views import DocumentView, build_views, document_ids

SYNC = Path(__file__).parent / "render" / "data" / "sync"
PARTICIPANTS = {"EL-1": {"kuopio", "siilinjarvi"}, "OS-1": {"iisalmi", "kuopio"}}


def _views(lang: str | None = None, **kwargs: object) -> dict[str, DocumentView]:
    ws = load_workspace(SYNC)
    values = load_indicator_values(SYNC / "data")
    return {v.id: v for v in build_views(ws, lang=lang, values=values, **kwargs)}  # type: ignore[arg-type]


def _action_ids(view: DocumentView) -> list[str]:
    return [a.id for a in view.actions]


def test_one_document_per_organisation_region_first() -> None:
    assert document_ids(load_workspace(SYNC)) == ["pshva", "kuopio", "siilinjarvi", "iisalmi"]
    assert list(_views()) == ["pshva", "kuopio", "siilinjarvi", "iisalmi"]


def test_joint_action_is_in_region_and_exactly_its_participants_documents() -> None:
    docs = _views()
    for action_id, participants in PARTICIPANTS.items():
        holders = {doc_id for doc_id, v in docs.items() if action_id in _action_ids(v)}
        assert holders == participants | {"pshva"}, action_id


def test_joint_action_reads_identically_in_every_document() -> None:
    docs = _views()
    copies = [a for v in docs.values() for a in v.actions if a.id == "EL-1"]
    assert len(copies) == 3
    assert all(c == copies[0] for c in copies)
    assert copies[0].joint and copies[0].participant_names == [
        "Kuopion kaupunki",
        "Siilinjärven kunta",
    ]


def test_municipal_document_separates_joint_from_own_actions() -> None:
    kuopio = _views()["kuopio"]
    elintavat = next(a for a in kuopio.focus_areas if a.id == "elintavat")
    assert [a.id for a in elintavat.joint_actions] == ["EL-1"]
    assert [a.id for a in elintavat.own_actions] == ["KUO-1"]
    assert "SII-1" not in _action_ids(kuopio)  # another municipality's own action
    assert "KA-1" not in _action_ids(kuopio)  # the region's own action


def test_regional_document_holds_own_and_joint_actions_but_no_municipal_solo_work() -> None:
    region = _views()["pshva"]
    assert _action_ids(region) == ["EL-1", "OS-1", "KA-1"]
    assert [a.id for a in region.focus_areas[-1].own_actions] == ["KA-1"]


def test_regional_matrix_marks_participating_municipalities() -> None:
    (table,) = _views()["pshva"].joint_matrix
    assert table.municipalities == ["Kuopion kaupunki", "Siilinjärven kunta", "Iisalmen kaupunki"]
    assert [(r.action_id, r.marks) for r in table.rows] == [
        ("EL-1", [True, True, False]),
        ("OS-1", [True, False, True]),
    ]
    assert _views()["kuopio"].joint_matrix == []


def test_matrix_is_split_into_tables_that_fit_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(views_module, "MATRIX_COLUMNS", 2)
    tables = _views()["pshva"].joint_matrix
    assert [t.municipalities for t in tables] == [
        ["Kuopion kaupunki", "Siilinjärven kunta"],
        ["Iisalmen kaupunki"],
    ]


def test_responsibility_table_by_party_in_party_file_order() -> None:
    rows = _views()["pshva"].responsibilities
    assert [(r.party, r.responsible_for, r.partner_in) for r in rows] == [
        ("Pohjois-Savon hyvinvointialue", ["OS-1", "KA-1"], []),
        ("Elintapaohjaus", ["EL-1"], []),
        ("Kuopion liikuntapalvelut", [], ["EL-1"]),
        ("Iisalmen nuorisopalvelut", [], ["OS-1"]),
        ("Alueen liikuntaseurat ja -järjestöt", [], ["EL-1"]),
    ]


def test_indicator_appendix_has_latest_value_baseline_target_and_chart() -> None:
    kuopio = {i.id: i for i in _views()["kuopio"].indicators}
    overweight = kuopio["sotkanet-3906"]
    assert overweight.latest == "19,8\u00a0% (2023)"
    assert overweight.baseline == "19,0\u00a0% (2023)"
    assert overweight.target == "17,0\u00a0% (2029)"
    assert overweight.direction == "pienempi on parempi"
    assert overweight.source == "THL Sotkanet 3906"
    assert [(p.year, p.value) for p in overweight.points] == [
        (2019, "18,8\u00a0%"),
        (2021, "19,5\u00a0%"),
        (2023, "19,8\u00a0%"),
    ]
    assert overweight.chart is not None and overweight.chart.file == "sotkanet-3906.png"
    assert "Kuopion kaupunki" in overweight.chart.alt and "19,8" in overweight.chart.alt
    assert _views()["kuopio"].thl_credit


def test_an_indicator_with_one_value_gets_no_chart() -> None:
    siilinjarvi = {i.id: i for i in _views()["siilinjarvi"].indicators}
    assert siilinjarvi["sotkanet-3906"].latest == "21\u00a0% (2023)"
    assert siilinjarvi["sotkanet-3906"].chart is None


def test_region_values_use_the_sotkanet_region_id() -> None:
    region = {i.id: i for i in _views()["pshva"].indicators}
    assert region["sotkanet-3959"].latest == "305,0\u00a0/ 10 000 (2022)"


def test_cover_title_status_and_decisions() -> None:
    docs = _views(version="v1.0-3-gabc")
    assert docs["kuopio"].title == "Kuopion kaupungin hyvinvointisuunnitelma 2026–2029"
    assert docs["siilinjarvi"].title == "Siilinjärven kunta – hyvinvointisuunnitelma 2026–2029"
    assert docs["pshva"].status_label == "Hyväksytty 10.6.2026"
    assert docs["siilinjarvi"].status_label == "Ehdotus"
    assert docs["pshva"].version == "v1.0-3-gabc"
    assert [(d.body, d.date, d.section) for d in docs["pshva"].decisions] == [
        ("Aluehallitus", "12.5.2026", "123"),
        ("Aluevaltuusto", "10.6.2026", "45"),
    ]
    assert "612/2021) 7 §" in docs["pshva"].legal_basis
    assert "612/2021) 6 §" in docs["kuopio"].legal_basis


def test_swedish_view_translates_and_marks_fallbacks() -> None:
    kuopio = _views("sv")["kuopio"]
    assert kuopio.title == "Kuopio stads välfärdsplan 2026–2029"
    assert kuopio.organisation == "Kuopio stad"
    assert kuopio.focus_areas[0].title == "Levnadsvanor"
    assert kuopio.focus_areas[1].gaps[0].text == "Yhä useampi nuori on yksinäinen. (på finska)"
    el1 = next(a for a in kuopio.actions if a.id == "EL-1")
    assert el1.title == "Gemensam servicekedja för motionsrådgivning"
    assert el1.responsible == "Elintapaohjaus"  # a proper name: no marker
    assert "lägre är bättre" in {i.direction for i in kuopio.indicators}
    assert kuopio.fallback_used
    assert not _views("fi")["kuopio"].fallback_used


def test_fallback_flag_follows_shared_joint_actions_into_every_document() -> None:
    docs = _views("en")
    assert all(v.fallback_used for v in docs.values())


def test_json_data_lists_every_action_with_joint_flag_and_participants() -> None:
    data = _views()["pshva"].to_data()
    assert data["id"] == "pshva" and data["kind"] == "region"
    assert [(a["id"], a["joint"], a["participants"]) for a in data["actions"]] == [
        ("EL-1", True, ["kuopio", "siilinjarvi"]),
        ("OS-1", True, ["iisalmi", "kuopio"]),
        ("KA-1", False, []),
    ]


def test_only_selects_documents() -> None:
    ws = load_workspace(SYNC)
    assert [v.id for v in build_views(ws, only=["iisalmi", "pshva"])] == ["pshva", "iisalmi"]


def test_own_goal_under_a_shared_focus_area_is_only_in_its_plan() -> None:
    ws = load_workspace(Path(__file__).resolve().parents[1] / "plans")
    docs = {v.id: v for v in build_views(ws)}

    def goal_ids(doc: DocumentView) -> set[str]:
        return {g.id for area in doc.focus_areas for g in area.goals}

    assert "kuopio-liikkuvat-ikaantyneet" in goal_ids(docs["kuopio"])
    assert all(
        "kuopio-liikkuvat-ikaantyneet" not in goal_ids(d) for k, d in docs.items() if k != "kuopio"
    )
    [area] = [a for a in docs["kuopio"].focus_areas if a.id == "elintavat"]
    assert [g.id for g in area.goals][-1] == "kuopio-liikkuvat-ikaantyneet"  # after the shared ones


def test_to_data_is_asdict_without_tuples() -> None:
    import json
    from dataclasses import asdict

    for view in _views().values():
        data = view.to_data()
        expected = {**asdict(view), "fallback_used": view.fallback_used}
        assert json.dumps(data, ensure_ascii=False) == json.dumps(expected, ensure_ascii=False)
        charted = [i["chart"] for i in data["indicators"] if i["chart"]]
        assert all(isinstance(p, list) for c in charted for p in c["series"])
    assert any(i["chart"] for i in _views()["kuopio"].to_data()["indicators"])


def test_indicator_of_an_own_goal_is_in_the_appendix(tmp_path: Path) -> None:
    import shutil

    shutil.copytree(Path(__file__).resolve().parents[1] / "plans", tmp_path / "plans")
    plan = tmp_path / "plans" / "municipalities" / "kuopio.yaml"
    text = plan.read_text(encoding="utf-8")
    # the own goal is the only place in Kuopio's document that uses this indicator
    plan.write_text(
        text.replace(
            "    indicators: [sotkanet-3959]\n    target_year: 2029",
            "    indicators: [perhekeskus-kohtaamispaikat]\n    target_year: 2029",
            1,
        ),
        encoding="utf-8",
    )
    ws = load_workspace(tmp_path / "plans")
    [kuopio] = [v for v in build_views(ws) if v.id == "kuopio"]
    assert "perhekeskus-kohtaamispaikat" in {i.id for i in kuopio.indicators}


def test_chart_file_names_never_collide() -> None:
    from hyteplan.views import _safe_file_name

    assert _safe_file_name("sotkanet-3906") == "sotkanet-3906"
    assert _safe_file_name("loc.1") != _safe_file_name("loc_1")
    assert "/" not in _safe_file_name("a/b") and "." not in _safe_file_name("a.b")


def test_workspace_without_valid_config_cannot_be_rendered_and_the_hint_says_what_to_fix(
    tmp_path: Path,
) -> None:
    import shutil

    from hyteplan.errors import HyteplanError

    ws = tmp_path / "ws"
    shutil.copytree(SYNC, ws)
    (ws / "hyteplan.yaml").write_text("region: [\n", encoding="utf-8")
    workspace = load_workspace(ws)
    assert workspace.config is None
    with pytest.raises(HyteplanError, match="without a valid hyteplan.yaml") as caught:
        build_views(workspace)
    assert caught.value.hint is not None and "hyteplan validate" in caught.value.hint


def _sync_copy(
    tmp_path: Path, municipalities: str = "", edits: dict[str, str] | None = None
) -> Path:
    """A copy of the sync workspace with `municipalities` appended to hyteplan.yaml and
    region.yaml edited (old text -> new text, each occurring once)."""
    import shutil

    ws = tmp_path / "ws"
    shutil.copytree(SYNC, ws)
    config = ws / "hyteplan.yaml"
    config.write_text(config.read_text(encoding="utf-8") + municipalities, encoding="utf-8")
    region = ws / "region.yaml"
    text = region.read_text(encoding="utf-8")
    for old, new in (edits or {}).items():
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    region.write_text(text, encoding="utf-8")
    return ws


WITHOUT_PLANS = """  - id: tuusniemi
    name: Tuusniemen kunta
    code: 857
    plan: false
  - id: tervo
    name: Tervon kunta
    code: 848
    plan: false
"""


def test_matrix_has_no_column_for_a_municipality_without_joint_actions(tmp_path: Path) -> None:
    ws = _sync_copy(tmp_path, edits={"participants: [iisalmi, kuopio]": "participants: [kuopio]"})
    [region] = [v for v in build_views(load_workspace(ws)) if v.id == "pshva"]
    (table,) = region.joint_matrix
    assert table.municipalities == ["Kuopion kaupunki", "Siilinjärven kunta"]  # no Iisalmi
    assert [(r.action_id, r.marks) for r in table.rows] == [
        ("EL-1", [True, True]),
        ("OS-1", [True, False]),
    ]


def test_municipality_without_a_plan_gets_an_extract_of_its_joint_actions(tmp_path: Path) -> None:
    ws = load_workspace(
        _sync_copy(
            tmp_path,
            WITHOUT_PLANS,
            {
                "participants: [kuopio, siilinjarvi]": "participants: [kuopio, siilinjarvi, tuusniemi]"
            },
        )
    )
    # tervo takes part in nothing: no document, and no column in the region's matrix
    assert document_ids(ws) == ["pshva", "kuopio", "siilinjarvi", "iisalmi", "tuusniemi"]
    docs = {v.id: v for v in build_views(ws, values=load_indicator_values(SYNC / "data"))}
    extract = docs["tuusniemi"]
    assert extract.kind == "extract" and extract.organisation == "Tuusniemen kunta"
    assert (
        extract.title
        == "Tuusniemen kunta – yhteiset toimenpiteet hyvinvointialueen kanssa 2026–2029"
    )
    assert _action_ids(extract) == ["EL-1"]
    assert [a.id for a in extract.focus_areas] == ["elintavat"]
    assert extract.focus_areas[0].goals == [] and extract.focus_areas[0].own_actions == []
    assert extract.actions[0] == docs["pshva"].actions[0]  # the joint action, identical
    assert [r.party_id for r in extract.responsibilities] == [
        "pshva-elintapaohjaus",
        "kuopio-liikunta",
        "liikuntajarjestot",
    ]
    assert [i.id for i in extract.indicators] == ["sotkanet-3906"]
    assert extract.decisions == [] and extract.status == "approved"  # the regional plan's
    (table,) = docs["pshva"].joint_matrix
    assert table.municipalities[-1] == "Tuusniemen kunta"
    assert "Tervon kunta" not in table.municipalities


def test_each_organisation_is_rendered_in_each_of_its_languages(tmp_path: Path) -> None:
    ws_dir = _sync_copy(tmp_path)
    config = ws_dir / "hyteplan.yaml"
    text = config.read_text(encoding="utf-8")
    text = text.replace("    code: 297\n", "    code: 297\n    languages: [fi, sv]\n")
    text = text.replace("    code: 140\n", "    code: 140\n    languages: [sv, fi]\n")
    config.write_text(text, encoding="utf-8")
    ws = load_workspace(ws_dir)
    got = [(v.id, v.lang, v.main_language) for v in build_views(ws)]
    assert got == [
        ("pshva", "fi", True),  # no `languages`: the workspace's first language only
        ("kuopio", "fi", True),
        ("kuopio", "sv", False),
        ("siilinjarvi", "fi", True),
        ("iisalmi", "sv", True),
        ("iisalmi", "fi", False),
    ]
    swedish = [v for v in build_views(ws) if v.id == "kuopio" and v.lang == "sv"][0]
    assert swedish.organisation == "Kuopio stad"
    assert swedish.actions[0].title == "Gemensam servicekedja för motionsrådgivning"
    # --lang: every organisation in that language only
    got = [(v.id, v.lang, v.main_language) for v in build_views(ws, lang="sv")]
    assert got == [
        ("pshva", "sv", False),
        ("kuopio", "sv", False),
        ("siilinjarvi", "sv", False),
        ("iisalmi", "sv", True),
    ]


def test_resolved_texts_know_the_language_they_are_in() -> None:
    """A fallback is a property of the text: its language, not a flag on the builder."""
    kuopio = _views("sv")["kuopio"]
    gap = kuopio.focus_areas[1].gaps[0].text
    assert (gap.text, gap.lang, gap.marker) == (
        "Yhä useampi nuori on yksinäinen.",
        "fi",
        "(på finska)",
    )
    assert kuopio.focus_areas[0].title.lang == "sv" and not kuopio.focus_areas[0].title.fallback
    assert kuopio.fallback_used and not _views("fi")["kuopio"].fallback_used


def test_fallback_flag_does_not_depend_on_which_documents_were_built_before() -> None:
    """A joint action built for the region first still marks the municipality's document."""
    ws = load_workspace(SYNC)
    for only in (["kuopio"], ["pshva", "kuopio"]):
        [*_, kuopio] = build_views(ws, "en", only=only)
        assert kuopio.id == "kuopio" and kuopio.fallback_used
        assert kuopio.to_data()["fallback_used"] is True


def test_local_text_keeps_its_language_through_pickling() -> None:
    import pickle

    text = LocalText("Liikunta", "fi", "(på finska)")
    copy = pickle.loads(pickle.dumps(text))
    assert (copy, copy.text, copy.lang, copy.fallback) == (text, "Liikunta", "fi", True)
    assert str(copy) == "Liikunta (på finska)"
