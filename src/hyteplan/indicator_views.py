"""The indicator appendix of one document: each indicator's own figures, comparison and chart.

Kept apart from views.py because it is a job of its own: turning figures.py's data (whose
figure, which year, better or worse) into formatted, labelled text in the document's language.
Every number goes through one place (``_Format``) with the indicator's decimals, so a value
reads the same in the table, the chart, its alt text and the JSON output.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from hyteplan.charts import chart_alt_text
from hyteplan.figures import (
    COUNTRY_REGION,
    Figure,
    IndicatorFigures,
    OwnFigures,
    Populations,
    indicator_figures,
)
from hyteplan.indicator_data import IndicatorValues, indicator_key
from hyteplan.glossary import unit_in
from hyteplan.model import Indicator, IndicatorTarget, Measurement
from hyteplan.numbers import format_value

TextFn = Callable[[str | dict[str, str] | None], str]


@dataclass(frozen=True)
class ValueView:
    year: int
    value: str


@dataclass(frozen=True)
class SeriesView:
    """A named series of a chart: the welfare region's or the whole country's values."""

    name: str
    points: list[tuple[int, float]]


@dataclass(frozen=True)
class RowView:
    """One year of an indicator's table: one formatted value per column ('' where missing)."""

    year: int
    cells: list[str]


@dataclass(frozen=True)
class ChartView:
    """A trend chart to draw: ``file`` under the document's chart directory."""

    file: str
    title: str
    alt: str
    unit: str | None
    series: list[tuple[int, float]]  # the organisation's own values
    target: float | None  # the organisation's own target
    name: str = ""  # the organisation, for the legend
    comparisons: list[SeriesView] = field(default_factory=list)
    decimals: int | None = None


@dataclass(frozen=True)
class IndicatorView:
    id: str
    name: str
    unit: str
    direction: str
    source: str
    sotkanet: bool
    baseline: str
    target: str
    latest: str
    region_value: str  # the welfare region, same year as `latest`; '' in the region's document
    country_value: str  # the whole country, same year as `latest`
    assessment: str  # in words: better/worse than the country, improving/worsening
    source_line: str  # "Lähde: THL, Sotkanet.fi (CC BY 4.0)" or the local source
    points: list[ValueView]  # the organisation's own values
    columns: list[str]  # the organisation, then the region and the country where they have data
    rows: list[RowView]
    chart: ChartView | None
    description: str = ""
    source_note: str = ""
    source_url: str = ""


@dataclass(frozen=True)
class Organisation:
    """Whose document it is: its ID, name, the region keys of its populations in data/."""

    id: str
    name: str
    region_name: str
    populations: Populations
    own_targets: Mapping[str, IndicatorTarget]  # by indicator ID, from its plan file
    is_region: bool


def populations(own: int | None, region: int | None) -> Populations:
    """The organisation's, its welfare region's and the whole country's keys in data/."""
    return Populations(own=own, region=region, country=COUNTRY_REGION)


def _figure(m: Measurement | None) -> Figure | None:
    return Figure(float(m.value), m.year) if m is not None else None


def own_figures(indicator: Indicator, org: Organisation, local: bool) -> OwnFigures:
    """The organisation's own baseline and target; never another population's.

    A plan's own entry wins; a local indicator of the organisation's plan is its own; the
    catalogue's figures are the welfare region's, so only the region's document uses them.
    """
    entry = org.own_targets.get(indicator.id)
    if entry is not None and (entry.baseline or entry.target):
        return OwnFigures(_figure(entry.baseline), _figure(entry.target))
    if local or org.is_region:
        return OwnFigures(_figure(indicator.baseline), _figure(indicator.target))
    return OwnFigures()


class _Format:
    """Numbers of one indicator in one language, all with the same decimals."""

    def __init__(self, unit: str | None, lang: str, decimals: int) -> None:
        self.unit, self.lang, self.decimals = unit, lang, decimals

    def value(self, value: float) -> str:
        return format_value(value, self.unit, self.lang, self.decimals)

    def figure(self, figure: Figure | None, with_year: bool = True) -> str:
        if figure is None:
            return ""
        text = self.value(figure.value)
        return f"{text} ({figure.year})" if with_year else text


def _source_line(indicator: Indicator, labels: Mapping[str, str], texts: TextFn) -> str:
    """The indicator's own source line, with the note and link the catalogue writes."""
    source = indicator.source
    kind = source.kind if source else "other"
    line = labels[f"source_line_{kind}"]
    details = [
        texts(source.note) if source and source.note else "",
        source.url or "" if source else "",
    ]
    detail = ", ".join(d for d in details if d)
    if kind == "other" and not detail:
        detail = labels["source_other"].lower()
    return f"{line}: {detail}" if detail else line


def _assessment(figures: IndicatorFigures, labels: Mapping[str, str]) -> str:
    if figures.latest is None:
        text = labels["no_own_values"]
        return text[:1].upper() + text[1:]
    parts = []
    if figures.versus_country:
        parts.append(labels[f"versus_country_{figures.versus_country}"])
    if figures.trend:
        parts.append(labels[f"trend_{figures.trend}"])
    text = "; ".join(parts) if parts else labels["no_assessment"]
    return text[:1].upper() + text[1:]


def _table(
    org: Organisation, figures: IndicatorFigures, fmt: _Format, labels: Mapping[str, str]
) -> tuple[list[str], list[RowView], list[SeriesView]]:
    """The columns and rows of the values table, and the comparison series of the chart."""
    named = [
        (labels["welfare_region"], org.region_name, figures.region_series),
        (labels["whole_country"], labels["whole_country"], figures.country_series),
    ]
    present = [(column, name, s) for column, name, s in named if s]
    others = [SeriesView(name, [(p.year, p.value) for p in s]) for _, name, s in present]
    columns = [org.name, *(column for column, _, _ in present)]
    by_column: list[dict[int, float]] = [{p.year: p.value for p in figures.series}]
    by_column += [dict(s.points) for s in others]
    years = sorted({year for column in by_column for year in column})
    rows = [
        RowView(year, [fmt.value(c[year]) if year in c else "" for c in by_column])
        for year in years
    ]
    return columns, rows, others


def figures_of(
    indicator: Indicator, org: Organisation, values: IndicatorValues, local: bool
) -> IndicatorFigures:
    """The organisation's figures of one indicator (the annual report judges them too)."""
    catalogue_year = indicator.baseline.year if indicator.baseline else None
    return indicator_figures(
        values,
        indicator_key(indicator),
        org.populations,
        own_figures(indicator, org, local),
        catalogue_year,
        indicator.direction,
        indicator.decimals,
    )


def formatter(indicator: Indicator, lang: str, decimals: int) -> _Format:
    """The one formatter of an indicator's numbers (the report part uses it too)."""
    return _Format(indicator.unit, lang, decimals)


def window_chart(
    indicator_name: str,
    unit: str | None,
    org: Organisation,
    figures: IndicatorFigures,
    since: int,
    lang: str,
    labels: Mapping[str, str],
    file: str,
) -> tuple[ChartView, list[str], list[RowView]] | None:
    """A small chart of the years from ``since`` on, with its values as table columns and rows.

    None when the organisation has fewer than two values in those years.
    """
    fmt = _Format(unit, lang, figures.decimals)
    columns, rows, others = _table(org, figures, fmt, labels)
    series = [(p.year, p.value) for p in figures.series if p.year >= since]
    if len(series) < 2:
        return None
    others = [SeriesView(o.name, [p for p in o.points if p[0] >= since]) for o in others]
    comparisons = [(o.name, o.points) for o in others]
    alt = chart_alt_text(
        series,
        indicator_name,
        unit,
        lang,
        region_name=org.name,
        comparisons=comparisons,
        decimals=figures.decimals,
    )
    chart = ChartView(
        file=file,
        title=indicator_name,
        alt=alt,
        unit=unit,
        series=series,
        target=None,
        name=org.name,
        comparisons=others,
        decimals=figures.decimals,
    )
    return chart, columns, [r for r in rows if r.year >= since]


def indicator_view(
    indicator: Indicator,
    org: Organisation,
    values: IndicatorValues,
    local: bool,
    lang: str,
    labels: Mapping[str, str],
    texts: TextFn,
    file_name: Callable[[str], str],
) -> IndicatorView:
    """The appendix entry of one indicator in one organisation's document."""
    source = indicator.source
    kind = source.kind if source else "other"
    source_text = labels[f"source_{kind}"]
    if source is not None and source.id is not None:
        source_text = f"{source_text} {source.id}"
    figures = figures_of(indicator, org, values, local)
    fmt = _Format(indicator.unit, lang, figures.decimals)
    name = texts(indicator.name)
    columns, rows, others = _table(org, figures, fmt, labels)
    series = [(p.year, p.value) for p in figures.series]
    target = figures.target.value if figures.target else None
    chart = None
    if len(series) >= 2:
        comparisons = [(s.name, s.points) for s in others]
        chart = ChartView(
            file=f"{file_name(indicator.id)}.png",
            title=name,
            alt=chart_alt_text(
                series,
                name,
                indicator.unit,
                lang,
                region_name=org.name,
                target=target,
                comparisons=comparisons,
                decimals=figures.decimals,
            ),
            unit=indicator.unit,
            series=series,
            target=target,
            name=org.name,
            comparisons=others,
            decimals=figures.decimals,
        )
    return IndicatorView(
        id=indicator.id,
        name=name,
        unit=unit_in(indicator.unit, lang),
        direction=labels[f"direction_{indicator.direction}"],
        source=source_text,
        sotkanet=kind == "sotkanet",
        baseline=fmt.figure(figures.baseline),
        target=fmt.figure(figures.target),
        latest=fmt.figure(figures.latest),
        region_value=fmt.figure(figures.region, with_year=figures.latest is None),
        country_value=fmt.figure(figures.country, with_year=figures.latest is None),
        assessment=_assessment(figures, labels),
        source_line=_source_line(indicator, labels, texts),
        points=[ValueView(p.year, fmt.value(p.value)) for p in figures.series],
        columns=columns,
        rows=rows,
        chart=chart,
        description=texts(indicator.description),
        source_note=texts(source.note) if source else "",
        source_url=(source.url or "") if source else "",
    )


@dataclass(frozen=True)
class EvidenceRow:
    """One indicator's figures where the plan part cites it (a gap, a goal).

    Taken from the appendix's :class:`IndicatorView`, so the plan part and the appendix can
    never show different figures for the same indicator.
    """

    id: str
    name: str
    latest: str  # the organisation's own latest value, with its year
    region_value: str  # the welfare region's of the same year; '' in the region's document
    country_value: str  # the whole country's of the same year
    baseline: str
    target: str


def evidence_row(view: IndicatorView) -> EvidenceRow:
    """The figures of an appendix entry that the plan part shows beside a gap or a goal."""
    return EvidenceRow(
        id=view.id,
        name=view.name,
        latest=view.latest,
        region_value=view.region_value,
        country_value=view.country_value,
        baseline=view.baseline,
        target=view.target,
    )


@dataclass(frozen=True)
class MovementRow:
    """How one indicator moved from a plan's baseline to the latest value in ``data/``."""

    id: str
    name: str
    baseline: str
    target: str
    latest: str
    movement: str  # improving / worsening / unchanged in words, or why there is no judgement


def movement_row(
    indicator: Indicator,
    org: Organisation,
    values: IndicatorValues,
    local: bool,
    lang: str,
    labels: Mapping[str, str],
    texts: TextFn,
) -> MovementRow:
    """An indicator of an earlier plan: its baseline and target there, its latest value now."""
    figures = figures_of(indicator, org, values, local)
    fmt = _Format(indicator.unit, lang, figures.decimals)
    if figures.trend:
        words = labels[f"trend_{figures.trend}"]
    else:
        words = labels["no_own_values" if figures.latest is None else "no_assessment"]
    return MovementRow(
        id=indicator.id,
        name=texts(indicator.name),
        baseline=fmt.figure(figures.baseline),
        target=fmt.figure(figures.target),
        latest=fmt.figure(figures.latest),
        movement=words[:1].upper() + words[1:],
    )
