"""Q codes: what the seeds ask of a good plan, beyond being consistent.

Every action names a responsible party and indicators; schedules and targets fall inside the
term ("will the actions change anything by 2029?"); the regional plan keeps only cooperative
work and says how it reaches sparsely populated areas; overlapping work in neighbouring plans
is found. Most are warnings: `--strict` or `severity:` in hyteplan.yaml make them fail.

An indicator without baseline, target or source has three codes (Q006-Q008), not one with a
parameter, so that a region can switch off one of them alone (targets are often set later).

Missing-value checks look at the data as written: a value the schema rejected (and salvage
dropped) is reported once, by the schema, not again as missing.
"""

from __future__ import annotations

import os
import re
from difflib import SequenceMatcher
from itertools import islice
from typing import Iterable, Iterator

from ..diagnostics import Severity
from ..model import (
    Action,
    Indicator,
    MunicipalPlanFile,
    Party,
    RegionalAction,
    RegionalPlanFile,
)
from ..workspace import Loc, Located, Workspace
from .base import Example, Finding, rule
from .common import has_value, place, plain_text, years
from .examples import PLAN_FILE, example_plan
from .similarity import Document, Index

_GOOD_PLAN = Example(PLAN_FILE, example_plan())


def _missing(ws: Workspace, item: Located[Action], field: str, code: str) -> Iterator[Finding]:
    if not has_value(ws, item.loc, field):
        yield Finding(
            code, item.loc / "id", at_key=True, object_kind="action", object_id=item.obj.id
        )


@rule(
    "Q001",
    "action-without-responsible",
    Severity.WARNING,
    {
        "en": "An action names no responsible party (vastuutaho).",
        "fi": "Toimenpiteellä ei ole vastuutahoa.",
    },
    {"en": "no responsible party (vastuutaho)", "fi": "vastuutaho puuttuu"},
    {
        "en": "add `responsible:` with a party ID from parties.yaml",
        "fi": "lisää `responsible:` ja tahon tunniste tiedostosta parties.yaml",
    },
    bad=Example(PLAN_FILE, example_plan(responsible=None)),
    good=_GOOD_PLAN,
)
def action_without_responsible(ws: Workspace) -> Iterator[Finding]:
    for action in ws.actions:
        yield from _missing(ws, action, "responsible", "Q001")


@rule(
    "Q002",
    "action-without-indicator",
    Severity.WARNING,
    {
        "en": "An action names no indicator (mittari) to follow it with.",
        "fi": "Toimenpiteellä ei ole seurantamittaria.",
    },
    {"en": "no indicator (seurantamittari)", "fi": "seurantamittari puuttuu"},
    {
        "en": "add `indicators: [...]` with IDs from indicators.yaml",
        "fi": "lisää `indicators: [...]` ja mittarien tunnisteet tiedostosta indicators.yaml",
    },
    bad=Example(PLAN_FILE, example_plan(indicators=None)),
    good=_GOOD_PLAN,
)
def action_without_indicator(ws: Workspace) -> Iterator[Finding]:
    for action in ws.actions:
        yield from _missing(ws, action, "indicators", "Q002")


@rule(
    "Q003",
    "schedule-outside-term",
    Severity.WARNING,
    {
        "en": "An action's schedule reaches outside the plan term.",
        "fi": "Toimenpiteen aikataulu ulottuu suunnitelmakauden ulkopuolelle.",
    },
    {
        "en": "schedule {schedule} is outside the plan term {term}",
        "fi": "aikataulu {schedule} on suunnitelmakauden {term} ulkopuolella",
    },
    {
        "en": "schedule the work within {term}; later work belongs to the next plan",
        "fi": "ajoita työ kaudelle {term}; myöhempi työ kuuluu seuraavaan suunnitelmaan",
    },
    bad=Example(PLAN_FILE, example_plan(schedule="2026-2031")),
    good=_GOOD_PLAN,
)
def schedule_outside_term(ws: Workspace) -> Iterator[Finding]:
    if ws.config is None:
        return
    term = ws.config.term
    for action in ws.actions:
        schedule = action.obj.schedule
        if schedule and (schedule.start < term.start or schedule.end > term.end):
            yield Finding(
                "Q003",
                action.loc / "schedule",
                {"schedule": years(schedule), "term": years(term)},
                object_kind="action",
                object_id=action.obj.id,
            )


_FOCUS_AREAS = """focus_areas:
  - id: elintavat
    title: Elintavat
    goals:
      - id: elintavat-nuoret
        title: Nuorten ylipaino vähenee
        indicators: [sotkanet-3906]
        target_year: {year}
"""


@rule(
    "Q004",
    "target-year-outside-term",
    Severity.WARNING,
    {
        "en": "A goal's or indicator's target year is outside the plan term.",
        "fi": "Tavoitteen tai mittarin tavoitevuosi on suunnitelmakauden ulkopuolella.",
    },
    {
        "en": "target year {year} is outside the plan term {term}",
        "fi": "tavoitevuosi {year} on suunnitelmakauden {term} ulkopuolella",
    },
    {
        "en": "set a target the plan can reach by {end}",
        "fi": "aseta tavoite, johon suunnitelma voi yltää vuoteen {end} mennessä",
    },
    bad=Example("focus-areas.yaml", _FOCUS_AREAS.format(year=2032)),
    good=Example("focus-areas.yaml", _FOCUS_AREAS.format(year=2029)),
)
def target_year_outside_term(ws: Workspace) -> Iterator[Finding]:
    if ws.config is None:
        return
    term = ws.config.term
    params = {"term": years(term), "end": term.end}
    for goal in ws.goals:
        year = goal.obj.target_year
        if year is not None and not term.start <= year <= term.end:
            yield Finding(
                "Q004",
                goal.loc / "target_year",
                {**params, "year": year},
                object_kind="goal",
                object_id=goal.obj.id,
            )
    for indicator in ws.indicators:
        target = indicator.obj.target
        if target is not None and not term.start <= target.year <= term.end:
            yield Finding(
                "Q004",
                indicator.loc / "target" / "year",
                {**params, "year": target.year},
                object_kind="indicator",
                object_id=indicator.obj.id,
            )


def _owner_resolver(ws: Workspace) -> dict[str, str | None]:
    """Party ID -> the region or municipality it belongs to, through its parents."""
    parties: dict[str, Party] = {}
    for item in ws.parties:
        parties.setdefault(item.obj.id, item.obj)
    resolved: dict[str, str | None] = {}
    for start in parties:
        chain: list[str] = []
        current: str | None = start
        owner: str | None = None
        while current is not None and current in parties and current not in chain:
            if current in resolved:
                owner = resolved[current]
                break
            chain.append(current)
            party = parties[current]
            if party.organisation:
                owner = party.organisation
                break
            current = party.parent
        for ident in chain:
            resolved[ident] = owner
    return resolved


_REGION = """plan:
  status: draft
actions:
  - id: EL-1
    title: Liikuntaneuvonnan yhteinen palveluketju
    focus_area: elintavat
    responsible: {responsible}
    participants: [esimerkkila]
    indicators: [sotkanet-3906]
{rural}"""
_RURAL = "    rural_reach: Neuvonta myös etäyhteydellä ja kyläkierroksilla.\n"


@rule(
    "Q005",
    "regional-solo-work",
    Severity.WARNING,
    {
        "en": "A regional action is one municipality's own work (the regional plan keeps joint "
        "work only).",
        "fi": "Alueellinen toimenpide on yhden kunnan omaa työtä (alueen suunnitelmaan kuuluu "
        "vain yhteinen työ).",
    },
    {
        "en": "looks like `{municipality}`'s own work: its responsible party belongs to "
        "`{municipality}` and no other municipality takes part",
        "fi": "näyttää kunnan `{municipality}` omalta työltä: vastuutaho kuuluu kuntaan "
        "`{municipality}`, eikä muita kuntia osallistu",
    },
    {
        "en": "move the action to {municipality}'s plan, or add the other municipalities that "
        "take part to `participants`",
        "fi": "siirrä toimenpide kunnan {municipality} suunnitelmaan tai lisää muut osallistuvat "
        "kunnat kenttään `participants`",
    },
    bad=Example(
        "region.yaml", _REGION.format(responsible="esimerkkila-liikuntapalvelut", rural=_RURAL)
    ),
    good=Example("region.yaml", _REGION.format(responsible="alue-elintapaohjaus", rural=_RURAL)),
)
def regional_solo_work(ws: Workspace) -> Iterator[Finding]:
    """Solo: the responsible party belongs to a municipality and no *other* municipality
    takes part (participants empty, or only that municipality itself)."""
    municipalities = ws.ids("municipality")
    owner_of = _owner_resolver(ws)
    for action in ws.regional_actions():
        responsible = action.obj.responsible
        owner = owner_of.get(responsible) if responsible else None
        if owner in municipalities and set(action.obj.participants) <= {owner}:
            yield Finding(
                "Q005",
                action.loc / "responsible",
                {"municipality": owner},
                object_kind="action",
                object_id=action.obj.id,
            )


def _effective(item: Located[Indicator], shared: dict[str, Indicator], field: str) -> object:
    """A plan's own definition of a shared indicator inherits what it leaves out."""
    value = getattr(item.obj, field)
    if value is None and item.owner is not None and item.obj.id in shared:
        value = getattr(shared[item.obj.id], field)
    return value


def _indicators_without(ws: Workspace, field: str, code: str) -> Iterator[Finding]:
    shared = {i.obj.id: i.obj for i in ws.indicators if i.owner is None}
    for item in ws.indicators:
        if _effective(item, shared, field) is None and not has_value(ws, item.loc, field):
            yield Finding(
                code, item.loc / "id", at_key=True, object_kind="indicator", object_id=item.obj.id
            )


_INDICATOR = """indicators:
  - id: sotkanet-3906
    name: Ylipaino, % 8. ja 9. luokan oppilaista
    source: {kind: sotkanet, id: 3906}
    unit: "%"
    direction: lower
    baseline: {value: 19.0, year: 2023}
    target: {value: 17.0, year: 2029}
"""


def _without(line: str) -> str:
    return "".join(l for l in _INDICATOR.splitlines(keepends=True) if not l.startswith(line))


@rule(
    "Q006",
    "indicator-without-baseline",
    Severity.WARNING,
    {"en": "An indicator has no baseline (lähtötaso).", "fi": "Mittarilla ei ole lähtötasoa."},
    {"en": "no baseline (lähtötaso)", "fi": "lähtötaso puuttuu"},
    {
        "en": "add `baseline: {{value: ..., year: ...}}` (the latest known value)",
        "fi": "lisää `baseline: {{value: ..., year: ...}}` (viimeisin tiedossa oleva arvo)",
    },
    bad=Example("indicators.yaml", _without("    baseline:")),
    good=Example("indicators.yaml", _INDICATOR),
)
def indicator_without_baseline(ws: Workspace) -> Iterator[Finding]:
    yield from _indicators_without(ws, "baseline", "Q006")


@rule(
    "Q007",
    "indicator-without-target",
    Severity.WARNING,
    {"en": "An indicator has no target (tavoitetaso).", "fi": "Mittarilla ei ole tavoitetasoa."},
    {"en": "no target (tavoitetaso)", "fi": "tavoitetaso puuttuu"},
    {
        "en": "add `target: {{value: ..., year: ...}}` within the plan term",
        "fi": "lisää `target: {{value: ..., year: ...}}` suunnitelmakauden sisälle",
    },
    bad=Example("indicators.yaml", _without("    target:")),
    good=Example("indicators.yaml", _INDICATOR),
)
def indicator_without_target(ws: Workspace) -> Iterator[Finding]:
    yield from _indicators_without(ws, "target", "Q007")


@rule(
    "Q008",
    "indicator-without-source",
    Severity.WARNING,
    {
        "en": "An indicator does not say where its values come from.",
        "fi": "Mittarista ei kerrota, mistä sen arvot tulevat.",
    },
    {
        "en": "no source (Sotkanet, school health survey, TEAviisari, local...)",
        "fi": "lähde puuttuu (Sotkanet, kouluterveyskysely, TEAviisari, paikallinen...)",
    },
    {
        "en": "add e.g. `source: {{kind: sotkanet, id: 3906}}` or `source: {{kind: local}}`",
        "fi": "lisää esim. `source: {{kind: sotkanet, id: 3906}}` tai `source: {{kind: local}}`",
    },
    bad=Example("indicators.yaml", _without("    source:")),
    good=Example("indicators.yaml", _INDICATOR),
)
def indicator_without_source(ws: Workspace) -> Iterator[Finding]:
    yield from _indicators_without(ws, "source", "Q008")


@rule(
    "Q009",
    "regional-without-rural-reach",
    Severity.WARNING,
    {
        "en": "A regional action does not say how it reaches sparsely populated areas.",
        "fi": "Alueellisesta toimenpiteestä ei kerrota, miten se tavoittaa haja-asutusalueet.",
    },
    {"en": "no rural reach note (maaseutuvaikutukset)", "fi": "maaseutuvaikutusten arvio puuttuu"},
    {
        "en": "add `rural_reach:` telling how the action reaches sparsely populated areas",
        "fi": "lisää `rural_reach:` ja kerro, miten toimenpide tavoittaa haja-asutusalueet",
    },
    bad=Example("region.yaml", _REGION.format(responsible="alue-elintapaohjaus", rural="")),
    good=Example("region.yaml", _REGION.format(responsible="alue-elintapaohjaus", rural=_RURAL)),
)
def regional_without_rural_reach(ws: Workspace) -> Iterator[Finding]:
    for action in ws.regional_actions():
        yield from _missing(ws, action, "rural_reach", "Q009")


@rule(
    "Q012",
    "goal-without-indicator",
    Severity.WARNING,
    {
        "en": "A goal names no indicator (mittari) that shows whether it is reached.",
        "fi": "Tavoitteella ei ole mittaria, josta näkee, saavutetaanko se.",
    },
    {"en": "no indicator (arviointimittari)", "fi": "arviointimittari puuttuu"},
    {
        "en": "add `indicators: [...]` with IDs from indicators.yaml, so that the annual report "
        "can tell whether the goal is being reached",
        "fi": "lisää `indicators: [...]` ja mittarien tunnisteet tiedostosta indicators.yaml, "
        "jotta vuosiraportista näkee, edetäänkö kohti tavoitetta",
    },
    bad=Example(
        "focus-areas.yaml",
        _FOCUS_AREAS.format(year=2029).replace("        indicators: [sotkanet-3906]\n", ""),
    ),
    good=Example("focus-areas.yaml", _FOCUS_AREAS.format(year=2029)),
)
def goal_without_indicator(ws: Workspace) -> Iterator[Finding]:
    """A goal is measurable only through an indicator (THL's table: tavoite -> mittari); an
    action's indicators (Q002) follow the work, a goal's show the change it aims at."""
    for goal in ws.goals:
        if not has_value(ws, goal.loc, "indicators"):
            yield Finding(
                "Q012", goal.loc / "id", at_key=True, object_kind="goal", object_id=goal.obj.id
            )


_WORD_SPLIT = re.compile(r"[\W_]+")
_STEM = 4  # Finnish inflects word ends (nuorten, nuorille): group words by their start
_ENDING = 3  # letters a word may differ in at its end and still be the same word
_TYPO = 0.85  # difflib ratio above which two words are the same word mistyped
_MAX_COMPARED = 20  # bounds the work per action whatever the titles look like


def normalise_title(title: str) -> str:
    """Lower case, punctuation as spaces, single spaces: how titles are compared."""
    return " ".join(_WORD_SPLIT.sub(" ", title.casefold()).split())


def _stems(title: str) -> tuple[str, ...]:
    return tuple(w if w.isdigit() else w[:_STEM] for w in title.split(" "))


def _same_word(a: str, b: str) -> bool:
    """The same word, inflected or mistyped: nuorten/nuorille, but not nuorisotyön/nuorisovaltuuston."""
    if a == b:
        return True
    if a.isdigit() or b.isdigit():
        return False
    if len(os.path.commonprefix([a, b])) >= min(len(a), len(b)) - _ENDING:
        return True
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= _TYPO


def similar_titles(a: str, b: str) -> bool:
    """Normalised titles with the same words up to inflection or a typo, in the same order."""
    words_a, words_b = a.split(" "), b.split(" ")
    return len(words_a) == len(words_b) and all(map(_same_word, words_a, words_b))


@rule(
    "Q010",
    "likely-duplicate-action",
    Severity.WARNING,
    {
        "en": "Two plans have an action with the same title, up to inflection (overlapping work).",
        "fi": "Kahdessa suunnitelmassa on samanniminen toimenpide, taivutusmuotoja lukuun "
        "ottamatta (päällekkäistä työtä).",
    },
    {
        "en": "likely duplicate of action `{other}` at {first} ({how})",
        "fi": "todennäköisesti sama kuin toimenpide `{other}` kohdassa {first} ({how_fi})",
    },
    {
        "en": "if both plans do the same work, make it one joint action in region.yaml; if the "
        "actions differ, say how in their titles",
        "fi": "jos suunnitelmissa tehdään samaa työtä, tee siitä yksi yhteinen toimenpide "
        "(region.yaml); jos toimenpiteet eroavat, kerro ero niiden nimissä",
    },
    bad=Example(PLAN_FILE, example_plan(title="Liikuntaneuvonnan yhteinen palveluketju.")),
    good=_GOOD_PLAN,
)
def likely_duplicate_action(ws: Workspace) -> Iterator[Finding]:
    """Two actions of different plans under one focus area are likely duplicates when their
    normalised titles are equal ("same title"), or have the same words in the same order up
    to inflection or a typo ("nearly the same title": Nuorten liikuntaneuvonta / Nuorille
    liikuntaneuvontaa). Titles that differ by a whole word (kouluissa / neuvoloissa) describe
    different work. Grouping by focus area and the first letters of each word makes this one
    dictionary lookup per action, with word comparisons only inside a small group.
    """
    # (focus area, word starts) -> title -> the first action with that title and the first
    # one of another plan: enough to find, for any plan, the earliest action of another plan
    groups: dict[tuple[str, tuple[str, ...]], dict[str, list[Located[Action]]]] = {}
    for action in ws.actions:
        title = normalise_title(plain_text(action.obj.title, ws))
        if not title:
            continue
        titles = groups.setdefault((action.obj.focus_area, _stems(title)), {})
        other = _of_another_plan(titles.get(title, ()), action.owner)
        found = (other, True) if other is not None else None
        if found is None:
            for other_title, earlier in islice(titles.items(), _MAX_COMPARED):
                other = _of_another_plan(earlier, action.owner)
                if (
                    other is not None
                    and other_title != title
                    and similar_titles(title, other_title)
                ):
                    found = (other, False)
                    break
        if found is not None:
            other, exact = found
            yield Finding(
                "Q010",
                action.loc / "title",
                {
                    "other": other.obj.id,
                    "first": place(ws, other.loc),
                    "how": "same title" if exact else "nearly the same title",
                    "how_fi": "sama nimi" if exact else "lähes sama nimi",
                },
                object_kind="action",
                object_id=action.obj.id,
            )
        earlier = titles.setdefault(title, [])
        if len(earlier) < 2 and all(e.owner != action.owner for e in earlier):
            earlier.append(action)


def _of_another_plan(
    actions: Iterable[Located[Action]], owner: str | None
) -> Located[Action] | None:
    return next((a for a in actions if a.owner != owner), None)


# Tuned on tests/rules/overlap_pairs.py among the example workspace's actions: 13 true overlaps
# score 0.47-0.77, 13 near-but-different pairs at most 0.25, plans/ pairs at most 0.27.
OVERLAP_THRESHOLD = 0.40
_SAME_GOAL = 1.15  # work towards the same goal is more likely the same work
_OTHER_FOCUS_AREA = 0.8  # and work under different focus areas less likely


@rule(
    "Q013",
    "likely-overlapping-action",
    Severity.WARNING,
    {
        "en": "An action says in other words what another plan's action (or a joint action) "
        "does (overlapping work).",
        "fi": "Toimenpide kuvaa muin sanoin saman työn kuin toisen suunnitelman toimenpide tai "
        "yhteinen toimenpide (päällekkäistä työtä).",
    },
    {
        "en": "may overlap with action `{other}` at {first} (similarity {score}; shared: {words})",
        "fi": "voi olla päällekkäinen toimenpiteen `{other}` kanssa kohdassa {first} "
        "(samankaltaisuus {score}; yhteistä: {words})",
    },
    {
        "en": "if it is the same work, keep one: confirm the joint action (`joint_actions`) "
        "instead, or make the two one joint action in region.yaml; if not, say in the title or "
        "description how they differ",
        "fi": "jos työ on samaa, pidä vain toinen: vahvista yhteinen toimenpide "
        "(`joint_actions`) tai yhdistä toimenpiteet yhteiseksi toimenpiteeksi (region.yaml); "
        "jos ei, kerro nimessä tai kuvauksessa, miten ne eroavat",
    },
    bad=Example(PLAN_FILE, example_plan(title="Liikuntaneuvonnan palveluketju ja elintapaohjaus")),
    good=_GOOD_PLAN,
)
def likely_overlapping_action(ws: Workspace) -> Iterator[Finding]:
    """Actions of different plans are likely the same work when the normalised word stems of
    their titles and descriptions are alike (rules/similarity.py: five-letter prefix stems,
    Finnish and Swedish stop words, domain synonyms and compound heads, weighted by rarity,
    title words twice, target-group/form/place words 0.4, sentences repeated in more than three
    descriptions left out; cosine similarity), times 1.15 when both serve the same goal and
    0.8 when their focus areas differ, at 0.40 or more. Each action reports its most similar earlier action of another plan
    (a municipality's action, not the joint action it repeats, carries the warning); a pair
    whose titles are the same up to inflection is Q010's. An inverted index compares only
    actions whose titles share a rare stem and that share at least two stems of what the work
    is, so a large region stays fast, and copied boilerplate or one common word is no overlap.
    """
    actions = list(ws.actions)
    titles = [plain_text(a.obj.title, ws) for a in actions]
    index = Index([Document(t, plain_text(a.obj.description, ws)) for a, t in zip(actions, titles)])
    for i, action in enumerate(actions):
        best: tuple[float, int] | None = None
        for j, similarity in index.neighbours(i):
            other = actions[j]
            if other.owner == action.owner:
                continue
            score = similarity * _pair_weight(action.obj, other.obj)
            if score >= OVERLAP_THRESHOLD and (best is None or score > best[0]):
                best = (score, j)
        if best is not None and not _same_title(titles[i], titles[best[1]]):
            yield _overlap(ws, index, actions, i, *best)


def _pair_weight(a: Action, b: Action) -> float:
    if a.goal is not None and a.goal == b.goal:
        return _SAME_GOAL
    return 1.0 if a.focus_area == b.focus_area else _OTHER_FOCUS_AREA


def _same_title(a: str, b: str) -> bool:
    """What Q010 reports already (same title up to inflection)."""
    a, b = normalise_title(a), normalise_title(b)
    return a == b or similar_titles(a, b)


def _overlap(
    ws: Workspace, index: Index, actions: list[Located[Action]], i: int, score: float, j: int
) -> Finding:
    here, other = actions[i], actions[j]
    if isinstance(here.obj, RegionalAction) and not isinstance(other.obj, RegionalAction):
        here, other, i, j = other, here, j, i  # the municipality's action carries the warning
    return Finding(
        "Q013",
        here.loc / "title",
        {
            "other": other.obj.id,
            "first": place(ws, other.loc),
            "score": f"{min(score, 1.0):.2f}",
            "words": ", ".join(f"{s}…" for s in index.shared(i, j)[:3]),
        },
        object_kind="action",
        object_id=here.obj.id,
    )


@rule(
    "Q011",
    "approved-without-decision",
    Severity.WARNING,
    {
        "en": "A plan is marked approved but records no decision.",
        "fi": "Suunnitelma on merkitty hyväksytyksi, mutta päätöstä ei ole kirjattu.",
    },
    {
        "en": "status is approved, but no decision is recorded in `decisions`",
        "fi": "tila on hyväksytty, mutta kentässä `decisions` ei ole päätöstä",
    },
    {
        "en": "add the approving decision: `- {{body: ..., date: ..., section: ..., decision: ...}}`",
        "fi": "lisää hyväksymispäätös: `- {{body: ..., date: ..., section: ..., decision: ...}}`",
    },
    bad=Example(PLAN_FILE, "municipality: esimerkkila\nplan:\n  status: approved\n"),
    good=Example(
        PLAN_FILE,
        "municipality: esimerkkila\nplan:\n  status: approved\n"
        "  decisions:\n    - body: Kunnanvaltuusto\n      date: 15.6.2026\n"
        "      section: 42\n      decision: Hyväksyttiin.\n",
    ),
)
def approved_without_decision(ws: Workspace) -> Iterator[Finding]:
    for path, source in ws.files.items():
        model = source.model
        if isinstance(model, (RegionalPlanFile, MunicipalPlanFile)):
            plan = model.plan
            if (
                plan.status == "approved"
                and not plan.decisions
                and not has_value(ws, Loc(path, ("plan",)), "decisions")
            ):
                yield Finding("Q011", Loc(path, ("plan", "status")))
