"""Q codes: responsible parties, indicators, the term, solo work, duplicates, decisions."""

from __future__ import annotations

from pathlib import Path

import pytest

from hyteplan.check import check
from hyteplan.load import MemoryReader, load_from, load_workspace
from hyteplan.rules import REGISTRY
from hyteplan.rules.common import plain_text
from hyteplan.rules.quality import OVERLAP_THRESHOLD, normalise_title, similar_titles
from hyteplan.rules.similarity import Document, Index, stems

from .helpers import append, codes, concise, edit
from .overlap_pairs import NEAR_MISSES, OVERLAPS, Pair

PLAN = "municipalities/esimerkkila.yaml"


def test_warnings_by_default(workspace: Path) -> None:
    edit(workspace, PLAN, "    responsible: esimerkkila-liikuntapalvelut\n", "")
    [d] = check(load_workspace(workspace))
    assert (d.code, d.severity.value) == ("Q001", "warning")
    assert (d.line, d.column) == (16, 5)  # the action's `id:` key


def test_a_rejected_value_is_not_also_missing(workspace: Path) -> None:
    edit(
        workspace,
        PLAN,
        "responsible: esimerkkila-liikuntapalvelut",
        "responsible: [esimerkkila-liikuntapalvelut, liikuntajarjestot]",
    )
    assert codes(workspace) == ["S002"]


def test_empty_indicator_list(workspace: Path) -> None:
    edit(workspace, PLAN, "indicators: [sotkanet-3906]", "indicators: []")
    assert codes(workspace) == ["Q002"]


def test_schedule_starting_before_the_term(workspace: Path) -> None:
    edit(workspace, PLAN, "schedule: 2026-2027", "schedule: 2025")
    assert concise(workspace) == [
        "municipalities/esimerkkila.yaml:23:15: Q003 action ESI-1: schedule 2025 is outside the "
        "plan term 2026–2029",
    ]


def test_term_checks_are_skipped_without_a_valid_hyteplan_yaml(workspace: Path) -> None:
    edit(workspace, "hyteplan.yaml", "term: 2026-2029", "term: 2029-2026")
    edit(workspace, PLAN, "schedule: 2026-2027", "schedule: 2020-2040")
    assert codes(workspace) == ["S004"]


def test_goal_target_year(workspace: Path) -> None:
    edit(workspace, "focus-areas.yaml", "target_year: 2029", "target_year: 2024")
    assert concise(workspace) == [
        "focus-areas.yaml:20:22: Q004 goal elintavat-nuoret: target year 2024 is outside the "
        "plan term 2026–2029",
    ]


_UNIT = "  - id: kunta-hyte\n    name: Kunnan hyte\n    kind: unit\n    parent: {parent}\n"


def test_solo_work_found_through_the_parent_of_a_unit(workspace: Path) -> None:
    append(workspace, "parties.yaml", "\n" + _UNIT.format(parent="esimerkkila-liikuntapalvelut"))
    edit(
        workspace,
        "region.yaml",
        "    responsible: alue-elintapaohjaus",
        "    responsible: kunta-hyte",
    )
    [d] = check(load_workspace(workspace))
    assert d.code == "Q005"
    assert d.message == (
        "action EL-1: looks like `esimerkkila`'s own work: its responsible party "
        "belongs to `esimerkkila` and no other municipality takes part"
    )


def test_a_municipality_with_one_other_participant_is_cooperation(workspace: Path) -> None:
    edit(
        workspace,
        "hyteplan.yaml",
        "    code: 297\n",
        "    code: 297\n  - id: toinen\n    name: Toinen kunta\n    code: 749\n",
    )
    (workspace / "municipalities" / "toinen.yaml").write_text(
        "municipality: toinen\nplan:\n  status: draft\n", encoding="utf-8"
    )
    edit(
        workspace,
        "region.yaml",
        "    responsible: alue-elintapaohjaus",
        "    responsible: esimerkkila-liikuntapalvelut",
    )
    edit(workspace, "region.yaml", "participants: [esimerkkila]", "participants: [toinen]")
    edit(workspace, PLAN, "joint_actions: [EL-1]\n", "")
    assert codes(workspace) == []


def test_parent_cycles_do_not_hang(workspace: Path) -> None:
    append(workspace, "parties.yaml", "\n" + _UNIT.format(parent="kunta-hyte"))
    edit(
        workspace,
        "region.yaml",
        "    responsible: alue-elintapaohjaus",
        "    responsible: kunta-hyte",
    )
    assert codes(workspace) == []


def test_local_definition_inherits_source_baseline_and_target(workspace: Path) -> None:
    append(
        workspace,
        PLAN,
        "\nindicators:\n  - id: sotkanet-3906\n    name: Ylipaino\n"
        "    direction: lower\n  - id: oma\n    name: Oma\n"
        "    direction: higher\n",
    )
    assert concise(workspace) == [
        "municipalities/esimerkkila.yaml:30:5: Q006 indicator oma: no baseline (lähtötaso)",
        "municipalities/esimerkkila.yaml:30:5: Q007 indicator oma: no target (tavoitetaso)",
        "municipalities/esimerkkila.yaml:30:5: Q008 indicator oma: no source (Sotkanet, school "
        "health survey, TEAviisari, local...)",
    ]


def test_plain_regional_action_needs_rural_reach_too(workspace: Path) -> None:
    append(
        workspace,
        "region.yaml",
        "\n  - id: EL-2\n    title: Alueen oma kampanja\n"
        "    focus_area: elintavat\n    responsible: alue\n"
        "    indicators: [sotkanet-3906]\n",
    )
    assert codes(workspace) == ["Q009"]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Nuorten liikuntaneuvonta", "Nuorille liikuntaneuvontaa", True),
        (
            "Liikuntaneuvonnan yhteinen palveluketju",
            "Liikuntaneuvonnan yhteiset palveluketjut",
            True,
        ),
        ("Liikuntaneuvonta", "Liikuntanevonta", True),  # a typo
        (
            "Mielenterveysseuran etäryhmät kouluissa",
            "Mielenterveysseuran etäryhmät neuvoloissa",
            False,
        ),
        ("Nuorisovaltuuston palveluketju", "Nuorisotyön palveluketju", False),
        ("Liikuntaneuvonta kouluissa", "Liikuntaneuvonta", False),
        ("Ryhmä 1", "Ryhmä 2", False),
    ],
)
def test_similar_titles(a: str, b: str, same: bool) -> None:
    assert similar_titles(normalise_title(a), normalise_title(b)) is same


def test_normalised_title() -> None:
    assert normalise_title("  Liikunta-neuvonta: NUORET! ") == "liikunta neuvonta nuoret"


def test_duplicates_only_across_plans_and_within_a_focus_area(workspace: Path) -> None:
    action = (
        "\n  - id: {id}\n    title: Liikuntakokeilut yläkouluissa\n"
        "    focus_area: {area}\n    responsible: {party}\n"
        "    indicators: [sotkanet-3906]\n"
    )
    # the same plan: not reported
    append(
        workspace,
        PLAN,
        action.format(id="ESI-2", area="elintavat", party="esimerkkila-liikuntapalvelut"),
    )
    # another focus area: not reported
    append(workspace, "focus-areas.yaml", "  - id: liikunta\n    title: Liikunta\n")
    append(
        workspace,
        "region.yaml",
        action.format(id="EL-3", area="liikunta", party="alue") + "    rural_reach: Kylissä.\n",
    )
    assert codes(workspace) == []
    edit(workspace, "region.yaml", "    focus_area: liikunta", "    focus_area: elintavat")
    assert concise(workspace) == [
        "municipalities/esimerkkila.yaml:17:12: Q010 action ESI-1: likely duplicate of action "
        "`EL-3` at region.yaml:27 (same title)",
        "municipalities/esimerkkila.yaml:27:12: Q010 action ESI-2: likely duplicate of action "
        "`EL-3` at region.yaml:27 (same title)",
    ]


def test_approved_plan_with_a_decision(workspace: Path) -> None:
    edit(workspace, "region.yaml", "  status: draft ", "  status: approved ")
    assert codes(workspace) == ["Q011"]
    edit(
        workspace,
        "region.yaml",
        "  decisions: []",
        "  decisions:\n    - {body: Aluevaltuusto, date: 16.6.2026, section: 12, "
        "decision: Hyväksyttiin.}",
    )
    assert codes(workspace) == []


def _country(municipalities: int = 300, per_plan: int = 43) -> dict[str, bytes]:
    """About 13,000 actions with few distinct words, so that many titles look alike."""
    words = [
        "liikunta",
        "neuvonta",
        "nuorten",
        "perheiden",
        "yhteinen",
        "ryhmä",
        "kerho",
        "koulu",
        "kylä",
        "tuki",
        "ohjaus",
        "verkosto",
        "malli",
        "kampanja",
    ]
    files = {
        "hyteplan.yaml": (
            "region: {id: alue, name: Alue}\nterm: 2026-2029\nmunicipalities:\n"
            + "".join(
                f"  - {{id: k{i}, name: K{i}, code: {i + 1}}}\n" for i in range(municipalities)
            )
        ).encode(),
        "parties.yaml": (
            "parties:\n"
            + "".join(
                f"  - {{id: p{i}, name: P, organisation: k{i}}}\n" for i in range(municipalities)
            )
        ).encode(),
        "indicators.yaml": b"indicators:\n  - {id: s1, name: S, source: {kind: sotkanet, id: 1}, "
        b"direction: lower, baseline: {value: 1, year: 2024}, "
        b"target: {value: 1, year: 2029}}\n",
        "focus-areas.yaml": b"focus_areas:\n  - {id: fa, title: F}\n",
    }
    for i in range(municipalities):
        actions = []
        for j in range(per_plan):
            title = " ".join(words[(i * 7 + j * k) % len(words)] for k in range(1, 4 + j % 3))
            actions.append(
                f"  - {{id: a{i}-{j}, title: {title}, focus_area: fa, "
                f"responsible: p{i}, indicators: [s1]}}\n"
            )
        files[f"municipalities/k{i}.yaml"] = (
            f"municipality: k{i}\nplan: {{status: draft}}\nactions:\n" + "".join(actions)
        ).encode()
    return files


def test_workspace_rules_on_a_country_sized_workspace() -> None:
    """Only real near-duplicates are flagged among 12,900 generated actions.

    Speed is measured in benchmarks/, not here: timed tests fail on slow CI machines.
    """
    ws = load_from(MemoryReader(_country()))
    assert len(ws.actions) == 12900
    found = [f for r in REGISTRY.values() if r.check for f in r.check(ws)]
    assert found and {f.code for f in found} == {"Q010"}


def test_goal_without_indicator(workspace: Path) -> None:
    edit(
        workspace,
        "focus-areas.yaml",
        "        indicators: [sotkanet-3906]\n        target_year",
        "        target_year",
    )
    assert concise(workspace) == [
        "focus-areas.yaml:16:9: Q012 goal elintavat-nuoret: no indicator (arviointimittari)",
    ]
    assert concise(workspace, "fi") == [
        "focus-areas.yaml:16:9: Q012 tavoite elintavat-nuoret: arviointimittari puuttuu",
    ]


def test_own_goal_with_an_empty_indicator_list(workspace: Path) -> None:
    append(
        workspace,
        PLAN,
        "goals:\n  - id: esi-liikunta\n    title: Liikkuminen lisääntyy\n"
        "    focus_area: elintavat\n    indicators: []\n",
    )
    assert codes(workspace) == ["Q012"]


# --- Q013: overlapping work in other words ---------------------------------------------------

PLANS = Path(__file__).resolve().parents[2] / "plans"


def _pair_score(pair: Pair) -> float:
    """The pair's similarity among the example workspace's actions (for realistic word weights),
    as the rule weighs two actions under the same focus area."""
    ws = load_workspace(PLANS)
    docs = [
        Document(plain_text(a.obj.title, ws), plain_text(a.obj.description, ws)) for a in ws.actions
    ]
    index = Index([*docs, Document(*pair[0]), Document(*pair[1])])
    return index.similarity(len(docs), len(docs) + 1)


@pytest.mark.parametrize("pair", OVERLAPS, ids=lambda p: p[0][0])
def test_overlap_in_other_words_is_found(pair: Pair) -> None:
    assert _pair_score(pair) >= OVERLAP_THRESHOLD


@pytest.mark.parametrize("pair", NEAR_MISSES, ids=lambda p: f"{p[0][0]} / {p[1][0]}")
def test_near_but_different_work_is_not_an_overlap(pair: Pair) -> None:
    assert _pair_score(pair) < OVERLAP_THRESHOLD


def test_stems_bring_inflections_synonyms_and_compounds_together() -> None:
    assert stems("Ikäihmisten kaatumisten ehkäisyn ryhmät") == {"ikään", "kaatu", "ehkäi", "ryhmä"}
    assert stems("Kaatumisia ehkäisevä toimintamalli ikääntyneille") == {
        "kaatu",
        "ehkäi",
        "malli",
        "ikään",
    }
    assert stems("Lasten ja nuorten liikuntaryhmät sote-palveluissa") >= {
        "lapsi",
        "nuori",
        "liiku",
        "ryhmä",
        "sosia",
        "terve",
    }


_OWN = """
  - id: ESI-2
    title: {title}
    focus_area: elintavat
    goal: elintavat-nuoret
    description: {description}
    responsible: esimerkkila-liikuntapalvelut
    schedule: 2026-2027
    indicators: [sotkanet-3906]
"""


def test_own_action_repeating_the_joint_action_it_takes_part_in(workspace: Path) -> None:
    append(
        workspace,
        PLAN,
        _OWN.format(
            title="Liikuntaneuvonta ja elintapaohjauksen asiakasohjaus",
            description="Liikuntaneuvonnan asiakkaat ohjataan elintapaohjaukseen ja takaisin.",
        ),
    )
    [line] = concise(workspace)
    assert line.startswith(
        "municipalities/esimerkkila.yaml:27:12: Q013 action ESI-2: may overlap with action "
        "`EL-1` at region.yaml:12 (similarity "
    )
    assert "; shared: " in line and "liiku…" in line
    [line_fi] = concise(workspace, "fi")
    assert "Q013 toimenpide ESI-2: voi olla päällekkäinen toimenpiteen `EL-1` kanssa" in line_fi


def test_actions_of_one_plan_and_different_work_are_not_overlaps(workspace: Path) -> None:
    own = _OWN.format(title="Kaatumisten ehkäisy ikääntyneille", description="Tasapainoryhmät.")
    append(workspace, PLAN, own)
    append(workspace, PLAN, own.replace("ESI-2", "ESI-3"))  # same plan: not Q013's business
    assert codes(workspace) == []


def test_a_same_title_pair_is_reported_once_by_q010(workspace: Path) -> None:
    edit(
        workspace,
        PLAN,
        "title: Liikuntakokeilut yläkouluissa",
        "title: Liikuntaneuvonnan yhteinen palveluketju",
    )
    assert codes(workspace) == ["Q010"]


def test_shared_boilerplate_or_target_group_alone_is_no_overlap() -> None:
    boilerplate = "Toiminta on maksutonta ja avointa kaikille. Tulokset raportoidaan vuosittain."
    docs = [
        Document(f"{topic} ikäihmisille", f"{boilerplate} Oma lause {n}.")
        for n, topic in enumerate(
            ["Kaatumisten ehkäisy", "Digituki", "Muistikahvilat", "Kuntosalit"]
        )
    ]
    index = Index(docs)
    assert all(score < OVERLAP_THRESHOLD for i in range(4) for _, score in index.neighbours(i))
    assert index.similarity(1, 0) < 0.2


def test_one_word_in_common_is_no_overlap() -> None:
    index = Index(
        [
            Document("Opiskelijoiden liikuntakerhot", "Kerhot opistolla."),
            Document("Opiskelijoiden asuntoneuvonta", "Neuvontaa asumiseen."),
        ]
    )
    assert list(index.neighbours(1)) == []
