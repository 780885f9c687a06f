"""The example workspace in plans/ is clean, and big and varied enough to show every feature."""

from __future__ import annotations

from pathlib import Path

import pytest

from hyteplan.check import check
from hyteplan.cli import main
from hyteplan.indicator_data import indicator_key, load_indicator_values
from hyteplan.load import load_workspace
from hyteplan.model import TARGET_GROUPS, text_in
from hyteplan.summary import summarize
from hyteplan.workspace import Workspace

PLANS = Path(__file__).resolve().parents[1] / "plans"

# The verified Sotkanet indicators of the domain notes, with their exact names.
SOTKANET = {
    3906: "Ylipaino, % 8. ja 9. luokan oppilaista",
    234: "Toimeentulotukea pitkäaikaisesti saaneet 25–64-vuotiaat, %",
    3219: "Koulutuksen ulkopuolelle jääneet 17–24-vuotiaat, %",
    306: "Työkyvyttömyyseläkettä saavat 25–64-vuotiaat, %",
    3959: "Kaatumisiin ja putoamisiin liittyvät hoitojaksot 65 vuotta täyttäneillä / 10 000",
    699: "Lonkkamurtumat 65 vuotta täyttäneillä, %",
    1514: "Koulukiusattuna vähintään kerran viikossa, % 8. ja 9. lk",
    292: "Ei yhtään läheistä ystävää, % 8. ja 9. lk",
    4284: "Itsensä yksinäiseksi tuntevien osuus (%)",
    289: "Tosi humalassa vähintään kerran kuukaudessa, % 8. ja 9. lk",
}


@pytest.fixture(scope="module")
def ws() -> Workspace:
    return load_workspace(PLANS)


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_example_validates_without_any_diagnostic(ws: Workspace, lang: str) -> None:
    assert [f"{d.file}:{d.span.line}: {d.code} {d.message}" for d in check(ws, lang)] == []


def test_validate_command_exits_zero_even_when_strict(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(PLANS), "--strict"]) == 0
    assert "No problems found" in capsys.readouterr().out


def test_example_is_marked_as_example_data(ws: Workspace) -> None:
    assert ws.config is not None and ws.config.example is True
    for file in sorted(PLANS.rglob("*.yaml")):
        second_line = file.read_text(encoding="utf-8").splitlines()[1]
        assert second_line.startswith("# ESIMERKKIAINEISTO / EXAMPLE DATA"), file


def test_region_and_municipalities(ws: Workspace) -> None:
    assert ws.config is not None
    assert ws.config.region.id == "pshva" and ws.config.region.sotkanet_id == 974
    assert (ws.config.term.start, ws.config.term.end) == (2026, 2029)
    assert ws.config.languages == ["fi", "sv"]
    codes = {m.id: m.code for m in ws.config.municipalities}
    assert {
        "kuopio": 297,
        "varkaus": 915,
        "siilinjarvi": 749,
        "iisalmi": 140,
    }.items() <= codes.items()
    assert ws.region_plan is not None
    assert len(ws.municipal_plans) >= 4
    without_plan = {m.id for m in ws.config.municipalities if m.plan is False}
    assert without_plan == {"tuusniemi"}  # takes part in joint actions, keeps no plan here
    assert set(ws.municipal_plans) == set(codes) - without_plan


def test_counts_of_actions_and_joint_actions(ws: Workspace) -> None:
    joint = list(ws.joint_actions())
    assert len(ws.actions) >= 40
    assert len(joint) >= 10
    # every municipal plan has its own actions and takes part in joint ones
    for municipality in ws.municipal_plans:
        assert any(a.owner == municipality for a in ws.actions), municipality
        assert any(municipality in a.obj.participants for a in joint), municipality


def test_focus_areas_of_the_negotiation_summary(ws: Workspace) -> None:
    shared = {f.obj.id for f in ws.focus_areas if f.owner is None}
    assert {
        "vanhemmuus",
        "elintavat",
        "mielenterveys",
        "riippuvuudet",
        "turvallisuus",
        "osallisuus",
        "tiedolla-johtaminen",
    } <= shared
    for area in ws.focus_areas:
        if area.obj.id in shared:
            assert isinstance(area.obj.title, dict) and set(area.obj.title) == {"fi", "sv"}
            assert area.obj.wellbeing_gaps and area.obj.goals
            assert all(gap.indicators for gap in area.obj.wellbeing_gaps)


def test_every_target_group_is_used(ws: Workspace) -> None:
    used = {g for goal in ws.goals for g in goal.obj.target_groups}
    used |= {g for action in ws.actions for g in action.obj.target_groups}
    assert used == set(TARGET_GROUPS)


def test_all_domain_sotkanet_indicators_with_their_exact_names(ws: Workspace) -> None:
    by_sotkanet = {
        int(i.obj.source.id): i.obj
        for i in ws.indicators
        if i.obj.source is not None and i.obj.source.kind == "sotkanet"
    }
    assert set(SOTKANET) <= set(by_sotkanet)
    for sotkanet_id, name in SOTKANET.items():
        assert by_sotkanet[sotkanet_id].name == name
        assert by_sotkanet[sotkanet_id].id == f"sotkanet-{sotkanet_id}"
    kinds = {i.obj.source.kind for i in ws.indicators if i.obj.source is not None}
    assert {"sotkanet", "kouluterveyskysely", "teaviisari", "local"} <= kinds


def test_actions_are_complete(ws: Workspace) -> None:
    for action in ws.actions:
        a = action.obj
        assert a.responsible and a.indicators and a.target_groups and a.resources, a.id
        assert a.schedule is not None and ws.term is not None
        assert a.schedule.start in ws.term and a.schedule.end in ws.term, a.id
        if action.owner == ws.region_id:
            assert a.rural_reach, a.id


def test_seed_ideas_are_actions(ws: Workspace) -> None:
    titles = " | ".join(text_in(a.obj.title, "fi", "fi")[0].lower() for a in ws.actions)
    for idea in (
        "liikuntaneuvonnan palveluketju",
        "vanhempainillat yhdessä koulujen kanssa",
        "asukasraatimalli",
        "työkykyklinikka",
        "päihdekasvatuksen jatkumo",
        "päihdeohjelmien päivitys",
        "seksuaalisen häirinnän vähentäminen",
        "arjen turvallisuuden",
        "kesäyrittäjyys",
        "kustannustieto kunnille",
    ):
        assert idea in titles, idea


def test_swedish_translations_and_ngo_groups(ws: Workspace) -> None:
    swedish_actions = [
        a for a in ws.actions if isinstance(a.obj.title, dict) and "sv" in a.obj.title
    ]
    assert len(swedish_actions) >= 5
    assert any(isinstance(g.obj.title, dict) and "sv" in g.obj.title for g in ws.goals)
    groups = {p.obj.id for p in ws.parties if p.obj.kind == "group"}
    assert "liikuntajarjestot" in groups
    assert any(set(a.obj.partners) & groups for a in ws.joint_actions())


def test_plans_have_decision_histories_and_different_statuses(ws: Workspace) -> None:
    assert ws.region_plan is not None
    plans = [ws.region_plan.obj.plan] + [p.obj.plan for p in ws.municipal_plans.values()]
    assert all(plan.decisions for plan in plans)
    assert {plan.status for plan in plans} == {"draft", "proposal", "approved"}
    assert all(d.section is not None for d in ws.region_plan.obj.plan.decisions)


def test_summary_counts(ws: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    s = summarize(ws)
    assert s.actions == len(ws.actions) and s.joint_actions == len(list(ws.joint_actions()))
    assert all(org.has_plan for org in s.organisations if org.keeps_plan)
    assert [org.id for org in s.organisations if not org.keeps_plan] == ["tuusniemi"]
    assert main(["summary", str(PLANS)]) == 0
    out = capsys.readouterr().out
    assert "none" in out and "MISSING" not in out  # declared without a plan, not missing
    assert "Pohjois-Savon hyvinvointialue 2026–2029" in out
    assert f"{s.actions} actions ({s.joint_actions} joint)" in out


def test_every_baseline_is_the_value_in_the_example_data(ws: Workspace) -> None:
    """Baselines (lähtötaso) can be traced to plans/data: region 974 or the plan's municipality."""
    assert ws.config is not None
    codes = {m.id: m.code for m in ws.config.municipalities}
    values = load_indicator_values(PLANS / "data")
    for item in ws.indicators:
        indicator = item.obj
        assert indicator.baseline is not None, indicator.id
        key = indicator_key(indicator)
        region = codes[item.owner] if item.owner in codes else ws.config.region.sotkanet_id
        assert region is not None
        value = values.value_in(key, region, indicator.baseline.year)
        assert value == pytest.approx(indicator.baseline.value), (indicator.id, region)


def test_the_worked_example_of_the_docs_is_what_kuopios_document_shows() -> None:
    from hyteplan.views import build_views

    docs = (PLANS.parent / "docs" / "indicator-data.md").read_text(encoding="utf-8")
    [row] = [line for line in docs.splitlines() if line.startswith("| Ylipaino, % 8. ja 9.")]
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    ws = load_workspace(PLANS)
    [kuopio] = build_views(ws, values=load_indicator_values(PLANS / "data"), only=["kuopio"])
    overweight = next(i for i in kuopio.indicators if i.id == "sotkanet-3906")
    shown = [overweight.name, overweight.latest, overweight.region_value]
    shown += [overweight.country_value, overweight.assessment]
    assert [s.replace("\u00a0", " ") for s in shown] == cells
