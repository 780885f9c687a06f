"""The on-track judgement: the straight path from baseline to target, direction-aware, as printed."""

from __future__ import annotations

import pytest

from hyteplan.figures import Figure
from hyteplan.yearly.on_track import expected_value, judge


def test_the_path_is_a_straight_line_that_stays_at_the_target() -> None:
    base, target = Figure(20.0, 2024), Figure(16.0, 2028)
    assert expected_value(base, target, 2025) == pytest.approx(19.0)
    assert expected_value(base, target, 2026) == pytest.approx(18.0)
    assert expected_value(base, target, 2030) == 16.0


@pytest.mark.parametrize(
    ("latest", "direction", "verdict"),
    [
        (Figure(18.9, 2025), "lower", "on_track"),  # below the path value 19.0 of 2025
        (Figure(19.4, 2025), "lower", "off_track"),
        (Figure(15.5, 2026), "lower", "reached"),
        # higher is better: the same numbers read the other way
        (Figure(21.0, 2025), "higher", "on_track"),  # equal to the path: on it
    ],
)
def test_judgement_is_direction_aware(latest: Figure, direction: str, verdict: str) -> None:
    base, target = Figure(20.0, 2024), Figure(16.0, 2028)
    if direction == "higher":
        base, target = Figure(20.0, 2024), Figure(24.0, 2028)
    assert judge(base, target, latest, direction, 1) == verdict  # type: ignore[arg-type]


def test_a_difference_the_printed_figures_do_not_show_counts_as_on_track() -> None:
    # path value in 2026: 19.5 - 0.25 = 19.25 -> printed 19.3 with one decimal; 19.26 prints 19.3
    base, target = Figure(19.5, 2024), Figure(19.0, 2028)
    assert judge(base, target, Figure(19.26, 2026), "lower", 1) == "on_track"
    assert judge(base, target, Figure(19.26, 2026), "lower", 2) == "off_track"


def test_no_judgement_without_the_figures() -> None:
    base, target = Figure(20.0, 2024), Figure(16.0, 2028)
    assert judge(None, target, Figure(18.0, 2026), "lower", 1) is None
    assert judge(base, None, Figure(18.0, 2026), "lower", 1) is None
    assert judge(base, target, None, "lower", 1) is None
    assert (
        judge(base, target, Figure(18.0, 2024), "lower", 1) is None
    )  # no value after the baseline
