"""Is an indicator on track to its target? The straight path from baseline to target.

The rule, stated in the report in words (labels ``annual_rule``): the value expected in a year
lies on the straight line from the baseline (value, year) to the target (value, year); from the
target year on it is the target itself. The latest value is on track when it is at least as good
as the expected value of its year, direction-aware, compared as printed (rounded to the
indicator's decimals, with :func:`hyteplan.figures.compare`), so the words never contradict the
figures. A latest value as good as the target is "reached". Without a baseline, a target or a
value after the baseline year there is nothing to judge.
"""

from __future__ import annotations

from typing import Literal

from hyteplan.figures import Direction, Figure, compare

Judgement = Literal["reached", "on_track", "off_track"]


def expected_value(baseline: Figure, target: Figure, year: int) -> float:
    """The value on the straight path from baseline to target in `year` (the target from then on)."""
    if target.year <= baseline.year or year >= target.year:
        return target.value
    if year <= baseline.year:
        return baseline.value
    share = (year - baseline.year) / (target.year - baseline.year)
    return baseline.value + (target.value - baseline.value) * share


def judge(
    baseline: Figure | None,
    target: Figure | None,
    latest: Figure | None,
    direction: Direction,
    decimals: int,
) -> Judgement | None:
    """Reached, on track or off track; None when the figures do not allow a judgement."""
    if baseline is None or target is None or latest is None or latest.year <= baseline.year:
        return None
    if compare(latest.value, target.value, direction, decimals) != "worse":
        return "reached"
    expected = expected_value(baseline, target, latest.year)
    if compare(latest.value, expected, direction, decimals) == "worse":
        return "off_track"
    return "on_track"
