"""The report part of one organisation's document, as data the templates only lay out.

Every figure comes from figures.py through indicator_views (the organisation's own values, the
welfare region's and the country's of the same year, at the indicator's decimals), so a value
reads the same in the report, the plan part and the appendix.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from hyteplan.indicator_data import IndicatorValues, indicator_key
from hyteplan.indicator_views import (
    ChartView,
    Organisation,
    RowView,
    figures_of,
    formatter,
    window_chart,
)
from hyteplan.model import (
    STANDARD_POPULATION_GROUPS,
    Indicator,
    IndicatorGroup,
    PopulationGroup,
    ReportInfo,
)
from hyteplan.numbers import infer_decimals
from hyteplan.wellbeing_report.candidates import CLEAR_DIFFERENCE_PERCENT, Judgement, judge
from hyteplan.wellbeing_report.trends import reference_year, value_at_or_before

#: Key indicators per table of the regional comparison: more do not fit an A4 page.
COMPARISON_COLUMNS = 4
#: Key figures beside the summary when the plan does not choose them.
DEFAULT_KEY_FIGURES = 6

TextFn = Callable[[str | dict[str, str] | None], str]


@dataclass(frozen=True)
class ReportRow:
    """One indicator of a population group: the figures and the judgement in words."""

    indicator_id: str
    name: str
    latest: str
    region_value: str
    country_value: str
    start_value: str  # at the start of the previous term ('' when there is none)
    judgement: str


@dataclass(frozen=True)
class GroupView:
    id: str
    name: str
    rows: list[ReportRow]
    chart: ChartView | None = None
    chart_columns: list[str] = field(default_factory=list)
    chart_rows: list[RowView] = field(default_factory=list)
    description: str = ""  # an indicator group's own description


@dataclass(frozen=True)
class CandidateView:
    name: str
    group: str
    reasons: str


@dataclass(frozen=True)
class ComparisonRow:
    name: str
    cells: list[str]


@dataclass(frozen=True)
class ComparisonTable:
    """Key indicators (columns, with the year) by municipality, then the region and country."""

    columns: list[str]
    rows: list[ComparisonRow]


@dataclass(frozen=True)
class ReportView:
    """Everything the report part shows, in the document's language."""

    cooperation: str
    strategy_link: str
    yearly_reporting: str
    key_figures: list[ReportRow]
    groups: list[GroupView]
    population_rule: str
    strengths: list[str]  # written by the coordinators
    development_areas: list[str]
    strength_candidates: list[CandidateView]
    development_candidates: list[CandidateView]
    candidate_rule: str
    comparison: list[ComparisonTable] = field(default_factory=list)
    #: The indicator groups required from the organisation (`indicator_groups:`), no charts.
    required_groups: list[GroupView] = field(default_factory=list)


@dataclass(frozen=True)
class ReportContext:
    """What the report of one organisation is made from (views.py builds it)."""

    lang: str
    labels: Mapping[str, str]
    texts: TextFn
    values: IndicatorValues
    catalogue: Mapping[str, Indicator]  # shared indicators and the organisation's local ones
    local_ids: frozenset[str]
    org: Organisation
    term: tuple[int, int]
    groups: Sequence[PopulationGroup]
    file_name: Callable[[str], str]
    #: For the region's document: (name, municipality number) of every municipality.
    municipalities: Sequence[tuple[str, int]] = ()
    #: The indicator groups required from this organisation (see required_groups()).
    indicator_groups: Sequence[IndicatorGroup] = ()


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def judgement_words(j: Judgement, labels: Mapping[str, str]) -> str:
    """The judgement in words, e.g. "Selvästi heikompi kuin koko maassa; parantunut vuodesta 2021"."""
    parts = []
    if j.versus_country is not None:
        clear = j.versus_clear and j.versus_country != "same"
        parts.append(
            labels[f"clearly_{j.versus_country}"]
            if clear
            else labels[f"versus_country_{j.versus_country}"]
        )
    if j.trend is not None:
        key = f"since_clearly_{j.trend}" if j.trend_clear else f"since_{j.trend}"
        parts.append(labels[key].format(year=j.since))
    return _capital("; ".join(parts) if parts else labels["no_assessment"])


def _row(ctx: ReportContext, indicator: Indicator) -> tuple[ReportRow, Judgement]:
    figures = figures_of(indicator, ctx.org, ctx.values, indicator.id in ctx.local_ids)
    start = value_at_or_before(figures.series, reference_year(*ctx.term))
    j = judge(figures.latest, figures.country, start, indicator.direction, figures.decimals)
    fmt = formatter(indicator, ctx.lang, figures.decimals)
    own_year = figures.latest is None
    words = (
        judgement_words(j, ctx.labels) if figures.latest else _capital(ctx.labels["no_own_values"])
    )
    row = ReportRow(
        indicator_id=indicator.id,
        name=ctx.texts(indicator.name),
        latest=fmt.figure(figures.latest) or ctx.labels["missing_value"],
        region_value=fmt.figure(figures.region, with_year=own_year),
        country_value=fmt.figure(figures.country, with_year=own_year),
        start_value=fmt.figure(start) if j.since is not None else "",
        judgement=words,
    )
    return row, j


def _ordered_groups(groups: Sequence[PopulationGroup]) -> list[PopulationGroup]:
    """The standard groups in their order, then the workspace's own in file order."""
    standard = {g.id: g for g in groups if g.id in STANDARD_POPULATION_GROUPS}
    own = [g for g in groups if g.id not in STANDARD_POPULATION_GROUPS]
    return [standard[i] for i in STANDARD_POPULATION_GROUPS if i in standard] + own


def required_groups(
    groups: Sequence[IndicatorGroup], org_id: str, is_region: bool
) -> list[IndicatorGroup]:
    """The groups the organisation's report must show: for the region every required group,
    since it requires them from its municipalities; for a municipality those naming it."""

    def required(group: IndicatorGroup) -> bool:
        if isinstance(group.required, bool):
            return group.required
        return bool(group.required) if is_region else org_id in group.required

    return [g for g in groups if required(g)]


def _group_name(ctx: ReportContext, group: PopulationGroup) -> str:
    if group.name is not None:
        return ctx.texts(group.name)
    return ctx.labels[f"pg_{group.id}"]


def _group_view(
    ctx: ReportContext,
    group_id: str,
    name: str,
    ids: Sequence[str],
    rows: dict[str, tuple[ReportRow, Judgement]],
    with_chart: bool = True,
) -> GroupView | None:
    indicators = [ctx.catalogue[i] for i in dict.fromkeys(ids) if i in ctx.catalogue]
    if not indicators:
        return None
    for indicator in indicators:
        if indicator.id not in rows:
            rows[indicator.id] = _row(ctx, indicator)
    if not with_chart:
        return GroupView(group_id, name, [rows[i.id][0] for i in indicators])
    since = reference_year(*ctx.term)
    for indicator in indicators:  # the first indicator with values enough for a chart
        figures = figures_of(indicator, ctx.org, ctx.values, indicator.id in ctx.local_ids)
        start = value_at_or_before(figures.series, since)
        made = window_chart(
            ctx.texts(indicator.name),
            indicator.unit,
            ctx.org,
            figures,
            start.year if start else since,
            ctx.lang,
            ctx.labels,
            f"report-{ctx.file_name(group_id)}.png",
        )
        if made is not None:
            chart, columns, chart_rows = made
            return GroupView(
                group_id, name, [rows[i.id][0] for i in indicators], chart, columns, chart_rows
            )
    return GroupView(group_id, name, [rows[i.id][0] for i in indicators])


def _required_view(
    ctx: ReportContext, group: IndicatorGroup, rows: dict[str, tuple[ReportRow, Judgement]]
) -> GroupView | None:
    """A required indicator group as a population group's table, without a chart."""
    view = _group_view(ctx, group.id, ctx.texts(group.name), group.indicators, rows, False)
    if view is None or group.description is None:
        return view
    return replace(view, description=ctx.texts(group.description))


def _candidates(
    groups: list[GroupView], rows: dict[str, tuple[ReportRow, Judgement]]
) -> tuple[list[CandidateView], list[CandidateView]]:
    strengths: list[CandidateView] = []
    development: list[CandidateView] = []
    seen: set[str] = set()
    for group in groups:
        for row in group.rows:
            if row.indicator_id in seen:
                continue
            seen.add(row.indicator_id)
            j = rows[row.indicator_id][1]
            candidate = CandidateView(row.name, group.name, row.judgement)
            if j.strength:
                strengths.append(candidate)
            if j.development_area:
                development.append(candidate)
    return strengths, development


def _comparison(ctx: ReportContext, ids: Sequence[str]) -> list[ComparisonTable]:
    """The regional report's table of key indicators by municipality, region and country."""
    region_key, country_key = ctx.org.populations.own, ctx.org.populations.country
    names = [name for name, _ in ctx.municipalities] + [ctx.org.name, ctx.labels["whole_country"]]
    keys = [code for _, code in ctx.municipalities] + [region_key, country_key]
    columns: list[tuple[str, list[str]]] = []
    for indicator_id in ids:
        indicator = ctx.catalogue.get(indicator_id)
        if indicator is None:
            continue
        key = indicator_key(indicator)
        latest = ctx.values.latest(key, region_key) if region_key is not None else None
        latest = latest or (
            ctx.values.latest(key, country_key) if country_key is not None else None
        )
        if latest is None:
            continue
        found = [ctx.values.value_in(key, k, latest.year) if k is not None else None for k in keys]
        decimals = indicator.decimals
        if decimals is None:
            decimals = infer_decimals([v for v in found if v is not None])
        fmt = formatter(indicator, ctx.lang, decimals)
        cells = ["" if v is None else fmt.value(v) for v in found]
        columns.append((f"{ctx.texts(indicator.name)} ({latest.year})", cells))
    tables = []
    for start in range(0, len(columns), COMPARISON_COLUMNS):
        chunk = columns[start : start + COMPARISON_COLUMNS]
        tables.append(
            ComparisonTable(
                columns=[c for c, _ in chunk],
                rows=[
                    ComparisonRow(n, [cells[i] for _, cells in chunk]) for i, n in enumerate(names)
                ],
            )
        )
    return tables


def build_report(
    ctx: ReportContext, info: ReportInfo | None, fallback_ids: Sequence[str]
) -> ReportView:
    """The report part: the coordinators' texts first, then what the figures show.

    ``fallback_ids``: the document's indicators, shown as one group when the workspace defines
    no population groups with indicators.
    """
    labels = ctx.labels
    rows: dict[str, tuple[ReportRow, Judgement]] = {}
    groups = [
        _group_view(ctx, g.id, _group_name(ctx, g), g.indicators, rows)
        for g in _ordered_groups(ctx.groups)
    ]
    views = [g for g in groups if g is not None]
    if not views:
        only = _group_view(ctx, "indicators", labels["indicators"], fallback_ids, rows)
        views = [only] if only is not None else []
    keys = list(info.key_indicators) if info and info.key_indicators else []
    if not keys:
        keys = [g.rows[0].indicator_id for g in views][:DEFAULT_KEY_FIGURES]
    for indicator_id in keys:
        if indicator_id not in rows and indicator_id in ctx.catalogue:
            rows[indicator_id] = _row(ctx, ctx.catalogue[indicator_id])
    strengths, development = _candidates(views, rows)
    required = [_required_view(ctx, group, rows) for group in ctx.indicator_groups]
    since = reference_year(*ctx.term)
    return ReportView(
        cooperation=ctx.texts(info.cooperation) if info else "",
        strategy_link=ctx.texts(info.strategy_link) if info else "",
        yearly_reporting=ctx.texts(info.yearly_reporting) if info else "",
        key_figures=[rows[i][0] for i in keys if i in rows],
        groups=views,
        population_rule=labels["population_rule"].format(year=since),
        strengths=[ctx.texts(t) for t in info.strengths] if info else [],
        development_areas=[ctx.texts(t) for t in info.development_areas] if info else [],
        strength_candidates=strengths,
        development_candidates=development,
        candidate_rule=labels["candidate_rule"].format(
            year=since, threshold=CLEAR_DIFFERENCE_PERCENT
        ),
        comparison=_comparison(ctx, keys) if ctx.municipalities else [],
        required_groups=[g for g in required if g is not None],
    )
