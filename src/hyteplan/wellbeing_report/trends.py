"""The trend of an indicator since the previous council term.

The report of a term describes how things moved since the previous report, which was written
at the start of the previous term. Its values are mostly of years before this term (survey
indicators come every other year), so the trend starts at the previous term's first year, or at
the last value before it when that year has none.
"""

from __future__ import annotations

from hyteplan.figures import Figure
from hyteplan.indicator_data import Point


def reference_year(term_start: int, term_end: int) -> int:
    """The first year of the previous term, as long as this one (2026–2029: 2022)."""
    return term_start - (term_end - term_start + 1)


def value_at_or_before(series: list[Point], year: int) -> Figure | None:
    """The value of ``year``, else the last one before it; None when the series starts later."""
    found: Figure | None = None
    for point in series:
        if point.year > year:
            break
        found = Figure(point.value, point.year)
    return found
