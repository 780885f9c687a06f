"""Strengths and development areas computed from the figures: the rule, as data.

"Clearly" better or worse means a difference of at least :data:`CLEAR_DIFFERENCE_PERCENT` per
cent of the value compared with (the whole country's, or the value at the start of the previous
term), on values rounded to the printed decimals, so that the words never contradict the table.
Candidates only suggest: the coordinators' written conclusions come first and are never
replaced.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from hyteplan.figures import Comparison, Direction, Figure, Trend, compare, rounded, trend_of

#: A difference of at least this many per cent of the value compared with is "clear".
CLEAR_DIFFERENCE_PERCENT = 10


def is_clear(a: float, b: float, decimals: int) -> bool:
    """Whether ``a`` differs from ``b`` by at least the threshold, as printed."""
    ra, rb = rounded(a, decimals), rounded(b, decimals)
    if rb == 0:
        return ra != rb
    return abs(ra - rb) * 100 >= abs(rb) * Decimal(CLEAR_DIFFERENCE_PERCENT)


@dataclass(frozen=True)
class Judgement:
    """How one indicator of one organisation stands: against the country and over time."""

    versus_country: Comparison | None
    versus_clear: bool
    trend: Trend | None
    trend_clear: bool
    since: int | None  # the year the trend starts from

    @property
    def strength(self) -> bool:
        return (self.versus_country == "better" and self.versus_clear) or (
            self.trend == "improving" and self.trend_clear
        )

    @property
    def development_area(self) -> bool:
        return (self.versus_country == "worse" and self.versus_clear) or (
            self.trend == "worsening" and self.trend_clear
        )


def judge(
    latest: Figure | None,
    country: Figure | None,
    start: Figure | None,
    direction: Direction,
    decimals: int,
) -> Judgement:
    """The judgement of the latest value against the country's and the start value."""
    versus: Comparison | None = None
    versus_clear = trend_clear = False
    trend: Trend | None = None
    if latest is not None and country is not None:
        versus = compare(latest.value, country.value, direction, decimals)
        versus_clear = versus != "same" and is_clear(latest.value, country.value, decimals)
    if latest is not None and start is not None and latest.year > start.year:
        trend = trend_of(start.value, latest.value, direction, decimals)
        trend_clear = trend != "unchanged" and is_clear(latest.value, start.value, decimals)
    since = start.year if trend is not None and start is not None else None
    return Judgement(versus, versus_clear, trend, trend_clear, since)
