"""The negotiation pack (hyte-neuvottelut) of one year, as data: a summary and one card each.

The welfare region negotiates with its municipalities at least once a year (612/2021 §7). The
pack gives the region a summary across municipalities (joint actions × municipalities with
their status; the indicators on which a municipality differs most from the region) and one card
(*kuntakortti*) per municipality, sent ahead: its joint actions with their status, its own
actions counted by status, its key indicators, and per joint action the two questions of the
negotiation (seed 003) with room for the answers, or the answers recorded in
``negotiations/*.yaml``.

What a document shows is decided here; templates only lay it out. The plan documents' views
(:mod:`hyteplan.views`) are reused for everything a plan already says (joint actions, indicator
figures), so a card reads exactly as the municipality's plan does.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from hyteplan.figures import _rounded, compare
from hyteplan.indicator_data import IndicatorValues
from hyteplan.indicator_views import IndicatorView, figures_of
from hyteplan.localtext import has_fallback
from hyteplan.model import ACTION_STATES, NegotiationRecord
from hyteplan.numbers import format_date, format_number
from hyteplan.status import entries_by_action, is_scheduled, standing, state_word
from hyteplan.views import MATRIX_COLUMNS, DocumentView, ViewBuilder, build_views, plain_data
from hyteplan.workspace import Workspace

#: Indicators a card shows, and how many per municipality the summary lists.
CARD_INDICATORS = 6
SUMMARY_DIFFERENCES = 3
#: A relative difference from the region smaller than this (in %) is not called a difference.
MIN_DIFFERENCE_PERCENT = 5
NOT_TAKING_PART = "–"


@dataclass(frozen=True)
class AnswerView:
    """The recorded answers to the two questions about one joint action."""

    action: str  # ID and title
    cooperation: str
    change: str


@dataclass(frozen=True)
class RecordView:
    """A negotiation record as the documents show it."""

    date: str
    municipalities: list[str]
    participants: list[str]
    summary: str
    answers: list[AnswerView]
    question_heads: list[str]
    agreed_changes: list[str]
    next_steps: list[str]


@dataclass(frozen=True)
class CardAction:
    """One joint action on a card: its status and the answers to the two questions."""

    id: str
    title: str
    focus_area: str
    status: str
    note: str
    own_note: str
    cooperation: str  # the recorded answer; '' leaves room to write it
    change: str


@dataclass(frozen=True)
class Difference:
    """How a municipality's latest value differs from the region's in the same year."""

    indicator_id: str
    indicator: str
    value: str
    region_value: str
    percent: str  # signed, e.g. "+12 %"
    judgement: str  # better / worse, direction-aware
    size: float  # |relative difference| in %, for ordering


@dataclass(frozen=True)
class CardIndicator:
    name: str
    latest: str
    region_value: str
    country_value: str
    difference: str
    assessment: str


@dataclass(frozen=True)
class CountRow:
    status: str
    count: int


@dataclass(frozen=True)
class CardView:
    """A municipality's card (kuntakortti) in one language."""

    id: str
    lang: str
    main_language: bool
    title: str
    municipality: str
    region: str
    year: int
    joint: list[CardAction]
    own_counts: list[CountRow]
    own_total: int
    own_without_status: int
    has_plan: bool
    indicators: list[CardIndicator]
    indicator_rule: str
    record: RecordView | None
    questions: list[str]
    question_heads: list[str]

    @property
    def fallback_used(self) -> bool:
        return has_fallback(self)

    def to_data(self) -> dict[str, Any]:
        return {**plain_data(self), "fallback_used": self.fallback_used}


@dataclass(frozen=True)
class MatrixLine:
    action_id: str
    title: str
    cells: list[str]  # the status word, or a dash where the municipality does not take part


@dataclass(frozen=True)
class StatusTable:
    """Joint actions × a slice of the municipalities (as many as fit an A4 page)."""

    municipalities: list[str]
    lines: list[MatrixLine]


@dataclass(frozen=True)
class DifferenceGroup:
    municipality: str
    differences: list[Difference]


@dataclass(frozen=True)
class PackView:
    """The whole negotiation material of one year in one language."""

    id: str
    lang: str
    main_language: bool
    title: str
    region: str
    year: int
    term: str
    matrix: list[StatusTable]
    differences: list[DifferenceGroup]
    difference_rule: str
    no_differences: str
    records: list[RecordView]
    previous: list[RecordView]
    previous_year: int
    cards: list[CardView] = field(default_factory=list)

    @property
    def fallback_used(self) -> bool:
        return has_fallback(self)

    def to_data(self) -> dict[str, Any]:
        return {**plain_data(self), "fallback_used": self.fallback_used}


class _PackBuilder:
    """Builds the pack of one year in one language from the plan documents' views."""

    def __init__(self, ws: Workspace, year: int, lang: str, values: IndicatorValues) -> None:
        self.ws, self.year, self.lang, self.values = ws, year, lang, values
        self.plan = ViewBuilder(ws, lang, values, "")
        self.labels = self.plan.labels
        self.texts = self.plan.texts
        assert ws.config is not None  # ViewBuilder refuses a workspace without one
        self.config = ws.config
        self.region_id = self.config.region.id
        self.entries = entries_by_action(ws, year)
        self.standing = {o.org: o for o in standing(ws, year).organisations}
        self.term_end = self.config.term.end

    # --- shared pieces -----------------------------------------------------------------------

    def status_of(self, action_id: str) -> str:
        """A joint action's status word in the year (the region writes it once for all)."""
        entry = self.entries.get((self.region_id, action_id))
        if entry is not None:
            return state_word(entry.obj.status, self.lang)
        located = next((a for a in self.ws.joint_actions() if a.obj.id == action_id), None)
        if located is not None and not is_scheduled(located.obj, self.year, self.ws.term):
            return self.labels["neg_not_scheduled"]
        return self.labels["neg_no_status"]

    def record_view(self, record: NegotiationRecord) -> RecordView:
        return record_view(record, self.plan)

    def records(self, year: int, municipality: str | None = None) -> list[NegotiationRecord]:
        return records_of(self.ws, year, municipality)

    def document(self, org_id: str) -> DocumentView | None:
        """The municipality's plan document (an extract without a plan here); None: neither."""
        views = build_views(self.ws, lang=self.lang, values=self.values, only=[org_id])
        return views[0] if views else None

    def focus_area_title(self, focus_area: str) -> str:
        located = self.plan.focus_areas.get(focus_area)
        return self.texts(located.obj.title) if located else focus_area

    # --- indicators --------------------------------------------------------------------------

    def differences(self, org_id: str, view: DocumentView | None) -> list[Difference]:
        """Every indicator of the municipality's document with a region value of the same year,
        largest relative difference first (the rule is stated in the document)."""
        if view is None:
            return []
        org = self.plan.organisation(org_id)
        local = self.plan.local_indicators.get(org_id, {})
        catalogue = {**self.plan.shared_indicators, **local}
        out = []
        for shown in view.indicators:
            indicator = catalogue.get(shown.id)
            if indicator is None:
                continue
            figures = figures_of(indicator, org, self.values, shown.id in local)
            if figures.latest is None or figures.region is None:
                continue
            own = _rounded(figures.latest.value, figures.decimals)
            region = _rounded(figures.region.value, figures.decimals)
            if region == 0:
                continue
            percent = float((own - region) / abs(region) * 100)
            judgement = compare(
                figures.latest.value, figures.region.value, indicator.direction, figures.decimals
            )
            out.append(
                Difference(
                    indicator_id=shown.id,
                    indicator=shown.name,
                    value=shown.latest,
                    region_value=shown.region_value,
                    percent=_signed_percent(percent, self.lang),
                    judgement=self.labels[f"neg_{judgement}"] if judgement != "same" else "",
                    size=abs(percent),
                )
            )
        return sorted(out, key=lambda d: -d.size)

    def card_indicators(
        self, view: DocumentView | None, diffs: list[Difference]
    ) -> list[CardIndicator]:
        """The indicators differing most from the region; without any, the first the plan follows."""
        if view is None:
            return []
        by_id: dict[str, IndicatorView] = {i.id: i for i in view.indicators}
        chosen = [d.indicator_id for d in diffs if d.size >= MIN_DIFFERENCE_PERCENT]
        if len(chosen) < CARD_INDICATORS:
            chosen += [i.id for i in view.indicators if i.id not in chosen]
        wording = {d.indicator_id: f"{d.percent} {d.judgement}".strip() for d in diffs}
        return [
            CardIndicator(
                name=by_id[i].name,
                latest=by_id[i].latest,
                region_value=by_id[i].region_value,
                country_value=by_id[i].country_value,
                difference=wording.get(i, ""),
                assessment=by_id[i].assessment,
            )
            for i in chosen[:CARD_INDICATORS]
        ]

    # --- the card ----------------------------------------------------------------------------

    def card(self, org_id: str, main_language: bool) -> tuple[CardView, list[Difference]]:
        view = self.document(org_id)
        records = self.records(self.year, org_id)
        answers = {a.action: a for r in records for a in r.answers}
        standing = self.standing.get(org_id)
        notes = {}
        if standing is not None:
            notes = {
                r.action.obj.id: standing.participant_note(r) for r in standing.rows if r.joint
            }
        joint = []
        for action in (a for a in (view.actions if view else []) if a.joint):
            answer = answers.get(action.id)
            entry = self.entries.get((self.region_id, action.id))
            joint.append(
                CardAction(
                    id=action.id,
                    title=action.title,
                    focus_area=self.focus_area_title(action.focus_area),
                    status=self.status_of(action.id),
                    note=self.texts(entry.obj.note) if entry is not None else "",
                    own_note=self.texts(notes.get(action.id)),
                    cooperation=self.texts(answer.cooperation) if answer else "",
                    change=self.texts(answer.change_by_term_end) if answer else "",
                )
            )
        counts, total, missing = self.own_counts(org_id)
        diffs = self.differences(org_id, view)
        municipality = self.plan.municipality_name(org_id)
        labels = self.labels
        card = CardView(
            id=org_id,
            lang=self.lang,
            main_language=main_language,
            title=f"{municipality} – {labels['card_title'].format(year=self.year)}",
            municipality=municipality,
            region=self.texts.name(self.config.region.name),
            year=self.year,
            joint=joint,
            own_counts=counts,
            own_total=total,
            own_without_status=missing,
            has_plan=org_id in self.ws.municipal_plans,
            indicators=self.card_indicators(view, diffs),
            indicator_rule=labels["card_indicators_rule"].format(count=CARD_INDICATORS),
            record=self.record_view(records[-1]) if records else None,
            questions=[labels["q_cooperation"], labels["q_change"].format(end=self.term_end)],
            question_heads=[
                labels["q_cooperation_short"],
                labels["q_change_short"].format(end=self.term_end),
            ],
        )
        return card, diffs

    def own_counts(self, org_id: str) -> tuple[list[CountRow], int, int]:
        """The municipality's own actions of the year by status, and those without one."""
        standing = self.standing.get(org_id)
        rows = [r for r in standing.rows if not r.joint] if standing else []
        counts = dict.fromkeys(ACTION_STATES, 0)
        for row in rows:
            if row.state is not None:
                counts[row.state] += 1
        missing = sum(1 for r in rows if r.entry is None and r.scheduled)
        return (
            [CountRow(state_word(s, self.lang), n) for s, n in counts.items()],
            len(rows),
            missing,
        )

    # --- the summary -------------------------------------------------------------------------

    def matrix(self) -> list[StatusTable]:
        """Joint actions × the municipalities that take part in one, with the year's status."""
        joint = [a.obj for a in self.ws.joint_actions()]
        taking_part = {m for a in joint for m in a.participants}
        ids = [m.id for m in self.config.municipalities if m.id in taking_part]
        status = {a.id: self.status_of(a.id) for a in joint}
        tables = []
        for start in range(0, len(ids), MATRIX_COLUMNS):
            chunk = ids[start : start + MATRIX_COLUMNS]
            lines = [
                MatrixLine(
                    a.id,
                    self.texts(a.title),
                    [status[a.id] if m in a.participants else NOT_TAKING_PART for m in chunk],
                )
                for a in joint
            ]
            tables.append(StatusTable([self.plan.municipality_name(m) for m in chunk], lines))
        return tables


def records_of(
    ws: Workspace, year: int, municipality: str | None = None
) -> list[NegotiationRecord]:
    """The records of the negotiations held in ``year`` (with ``municipality``, if given)."""
    return [
        r.obj
        for r in ws.negotiations
        if r.obj.year == year and (municipality is None or municipality in r.obj.municipalities)
    ]


def record_view(
    record: NegotiationRecord, plan: ViewBuilder, only: Collection[str] | None = None
) -> RecordView:
    """A record in the language of ``plan`` (the plan documents' builder resolves its texts);
    with ``only``, the answers about those actions alone."""
    texts, labels = plan.texts, plan.labels
    titles = {a.obj.id: texts(a.obj.title) for a in plan.ws.joint_actions()}
    end = plan.config.term.end
    return RecordView(
        date=format_date(record.date, plan.lang),
        municipalities=[plan.municipality_name(m) for m in record.municipalities],
        participants=[texts(p) for p in record.participants],
        summary=texts(record.summary),
        answers=[
            AnswerView(
                f"{a.action} {titles.get(a.action, '')}".strip(),
                texts(a.cooperation),
                texts(a.change_by_term_end),
            )
            for a in record.answers
            if only is None or a.action in only
        ],
        question_heads=[
            labels["q_cooperation_short"],
            labels["q_change_short"].format(end=end),
        ],
        agreed_changes=[
            f"{c.action}: {texts(c.text)}" if c.action else texts(c.text)
            for c in record.agreed_changes
        ],
        next_steps=[texts(s) for s in record.next_steps],
    )


def annual_records(ws: Workspace, year: int, org_id: str, plan: ViewBuilder) -> list[RecordView]:
    """The records an organisation's annual report of ``year`` shows: the region's report all
    of the year's, a municipality's those it took part in."""
    region = ws.config.region.id if ws.config else None
    if org_id == region:
        return [record_view(r, plan) for r in records_of(ws, year)]
    own = {a.obj.id for a in ws.joint_actions() if org_id in a.obj.participants}
    return [record_view(r, plan, own) for r in records_of(ws, year, org_id)]


def _signed_percent(percent: float, lang: str) -> str:
    """+12 %, −4,5 % (one decimal below ten, so that a small difference does not read as 0)."""
    number = format_number(abs(percent), lang, 0 if abs(percent) >= 10 else 1)
    zero = not number.strip("0,.")
    sign = "±" if zero else ("+" if percent > 0 else "−")
    space = "" if lang == "en" else "\u00a0"
    return f"{sign}{number}{space}%"


def negotiation_municipalities(ws: Workspace) -> list[str]:
    """The municipalities the region negotiates with: every one of hyteplan.yaml."""
    return [m.id for m in ws.config.municipalities] if ws.config else []


def build_pack(
    ws: Workspace, year: int, lang: str, values: IndicatorValues, main_language: bool = True
) -> PackView:
    """The pack of ``year`` in ``lang``: the summary and every municipality's card."""
    builder = _PackBuilder(ws, year, lang, values)
    labels = builder.labels
    cards: list[CardView] = []
    groups: list[DifferenceGroup] = []
    for org_id in negotiation_municipalities(ws):
        card, diffs = builder.card(org_id, main_language)
        cards.append(card)
        shown = [d for d in diffs if d.size >= MIN_DIFFERENCE_PERCENT][:SUMMARY_DIFFERENCES]
        if shown:
            groups.append(DifferenceGroup(card.municipality, shown))
    term = ws.config.term if ws.config else None
    region = builder.texts.name(builder.config.region.name)
    return PackView(
        id=builder.region_id,
        lang=lang,
        main_language=main_language,
        title=labels["neg_title"].format(year=year),
        region=region,
        year=year,
        term=f"{term.start}–{term.end}" if term else "",
        matrix=builder.matrix(),
        differences=groups,
        difference_rule=labels["neg_difference_rule"].format(
            count=SUMMARY_DIFFERENCES, minimum=MIN_DIFFERENCE_PERCENT
        ),
        no_differences=labels["neg_no_differences"].format(minimum=MIN_DIFFERENCE_PERCENT),
        records=[builder.record_view(r) for r in builder.records(year)],
        previous=[builder.record_view(r) for r in builder.records(year - 1)],
        previous_year=year - 1,
        cards=cards,
    )
