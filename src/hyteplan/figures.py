"""An organisation's own indicator figures, beside the welfare region's and the whole country's.

A plan shows each organisation's own baseline, target and latest value, never another
population's: a municipality's row must not pair the region's baseline with the municipality's
latest value, which reads as a change that did not happen. This module decides, as data, which
figure belongs to whom and how it compares; documents, charts, the diff and JSON only format it.

Where a figure comes from, in order:

* **baseline**: the organisation's own baseline in its plan file (``targets:``); for the region
  also the catalogue entry in ``indicators.yaml``; else the organisation's value in ``data/`` for
  the baseline year of the catalogue entry (or of the term's first year); else missing.
* **target**: the organisation's own target; for the region also the catalogue's; else missing.
* **latest**: the organisation's latest value in ``data/`` (survey indicators skip years).
* **region** and **country**: their values in ``data/`` for the year of the organisation's
  latest value, so that the three figures describe the same year; when the organisation has
  no values of its own, their own latest values (shown with their year).

Judgements compare values rounded to the indicator's decimals, so that a difference nobody can
see in the printed figures is never called better or worse.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from .indicator_data import COUNTRY_REGION, IndicatorKey, IndicatorValues, Point
from .numbers import infer_decimals

__all__ = ["COUNTRY_REGION", "Figure", "IndicatorFigures", "OwnFigures", "Populations"]

Direction = Literal["lower", "higher"]
Comparison = Literal["better", "worse", "same"]
Trend = Literal["improving", "worsening", "unchanged"]
Origin = Literal["plan", "data"]


@dataclass(frozen=True)
class Figure:
    """One value of one population in one year."""

    value: float
    year: int


@dataclass(frozen=True)
class OwnFigures:
    """What an organisation's plan writes about an indicator for itself."""

    baseline: Figure | None = None
    target: Figure | None = None


@dataclass(frozen=True)
class Populations:
    """The region keys in ``data/`` of the organisation, its welfare region and the country."""

    own: int | None
    region: int | None
    country: int | None


@dataclass(frozen=True)
class IndicatorFigures:
    """Every figure a document shows for one indicator of one organisation."""

    baseline: Figure | None
    baseline_origin: Origin | None
    target: Figure | None
    latest: Figure | None
    region: Figure | None  # the welfare region, in the latest value's year
    country: Figure | None  # the whole country, in the latest value's year
    series: list[Point]
    region_series: list[Point]
    country_series: list[Point]
    decimals: int
    versus_country: Comparison | None
    trend: Trend | None  # from the baseline to the latest value

    @property
    def is_region_itself(self) -> bool:
        """True in the welfare region's own document, where 'the region' is the organisation."""
        return self.region is None and not self.region_series


def compare(a: float, b: float, direction: Direction, decimals: int) -> Comparison:
    """Whether `a` is better or worse than `b`, as the printed figures show them."""
    ra, rb = _rounded(a, decimals), _rounded(b, decimals)
    if ra == rb:
        return "same"
    lower_is_better = direction == "lower"
    return "better" if (ra < rb) == lower_is_better else "worse"


def trend_of(baseline: float, latest: float, direction: Direction, decimals: int) -> Trend:
    """Improving or worsening since the baseline, direction-aware; unchanged when equal as printed."""
    trends: dict[Comparison, Trend] = {
        "better": "improving",
        "worse": "worsening",
        "same": "unchanged",
    }
    return trends[compare(latest, baseline, direction, decimals)]


def rounded(value: float, decimals: int) -> Decimal:
    """``value`` as printed with ``decimals``: what every comparison compares."""
    return _rounded(value, decimals)


def _rounded(value: float, decimals: int) -> Decimal:
    quantum = Decimal(1).scaleb(-decimals)
    return Decimal(repr(float(value))).quantize(quantum, rounding=ROUND_HALF_UP)


def _series(values: IndicatorValues, key: IndicatorKey, region: int | None) -> list[Point]:
    return values.series(key, region) if region is not None else []


def _last(series: list[Point]) -> Figure | None:
    return Figure(series[-1].value, series[-1].year) if series else None


def _in_year(series: list[Point], year: int) -> Figure | None:
    for point in series:
        if point.year == year:
            return Figure(point.value, point.year)
    return None


def indicator_figures(
    values: IndicatorValues,
    key: IndicatorKey,
    who: Populations,
    own: OwnFigures,
    baseline_year: int | None,
    direction: Direction,
    decimals: int | None,
) -> IndicatorFigures:
    """The organisation's own figures and the comparison, from its plan and from ``data/``.

    ``decimals`` is the indicator's (from indicators.yaml or Sotkanet's metadata); None: as
    many as the values shown need.
    """
    series = _series(values, key, who.own)
    region_series = _series(values, key, who.region) if who.region != who.own else []
    country_series = _series(values, key, who.country)
    if decimals is None:
        shown = [p.value for s in (series, region_series, country_series) for p in s]
        shown += [f.value for f in (own.baseline, own.target) if f is not None]
        decimals = infer_decimals(shown)
    baseline = own.baseline
    origin: Origin | None = "plan" if baseline else None
    if baseline is None and baseline_year is not None:
        baseline = _in_year(series, baseline_year)
        origin = "data" if baseline else None
    latest = _last(series)
    # The same year as the organisation's latest value; without one, their own latest.
    region = _in_year(region_series, latest.year) if latest else _last(region_series)
    country = _in_year(country_series, latest.year) if latest else _last(country_series)
    versus = (
        compare(latest.value, country.value, direction, decimals) if latest and country else None
    )
    trend = None
    if latest is not None and baseline is not None and latest.year > baseline.year:
        trend = trend_of(baseline.value, latest.value, direction, decimals)
    return IndicatorFigures(
        baseline=baseline,
        baseline_origin=origin,
        target=own.target,
        latest=latest,
        region=region,
        country=country,
        series=series,
        region_series=region_series,
        country_series=country_series,
        decimals=decimals,
        versus_country=versus,
        trend=trend,
    )
