"""The report's rules as data: the trend's start value and the strength/development candidates."""

from __future__ import annotations

from hyteplan.figures import Figure
from hyteplan.indicator_data import Point
from hyteplan.render.labels import labels_for
from hyteplan.wellbeing_report.candidates import is_clear, judge
from hyteplan.wellbeing_report.trends import reference_year, value_at_or_before
from hyteplan.wellbeing_report.views import judgement_words


def test_the_trend_starts_at_the_previous_terms_first_year_or_the_last_value_before_it() -> None:
    assert reference_year(2026, 2029) == 2022
    series = [Point(2019, 1.0), Point(2021, 2.0), Point(2023, 3.0)]
    assert value_at_or_before(series, 2022) == Figure(2.0, 2021)
    assert value_at_or_before(series, 2021) == Figure(2.0, 2021)
    assert value_at_or_before(series, 2018) is None


def test_clearly_means_ten_per_cent_of_the_value_compared_with_as_printed() -> None:
    assert is_clear(11.0, 10.0, 1)  # exactly 10 %
    assert not is_clear(10.9, 10.0, 1)
    # 10.96 prints as 11.0: the printed figures decide, not the hidden decimals
    assert is_clear(10.96, 10.0, 1)
    assert not is_clear(10.94, 10.0, 1)


def test_candidates_are_direction_aware() -> None:
    latest, country = Figure(7.1, 2025), Figure(8.0, 2025)
    start = Figure(8.7, 2021)
    lower = judge(latest, country, start, "lower", 1)
    assert (lower.versus_country, lower.versus_clear, lower.trend) == ("better", True, "improving")
    assert lower.strength and not lower.development_area
    higher = judge(latest, country, start, "higher", 1)
    assert higher.development_area and not higher.strength
    words = judgement_words(lower, labels_for("fi"))
    assert words == "Selvästi parempi kuin koko maassa; parantunut selvästi vuodesta 2021"


def test_a_small_difference_is_no_candidate_and_is_worded_without_clearly() -> None:
    j = judge(Figure(20.1, 2025), Figure(19.4, 2025), Figure(19.5, 2021), "lower", 1)
    assert not j.strength and not j.development_area
    assert judgement_words(j, labels_for("sv")) == "Sämre än i hela landet; försämrats sedan 2021"


def test_no_trend_without_an_earlier_value() -> None:
    j = judge(Figure(5.0, 2024), None, Figure(5.0, 2024), "lower", 1)
    assert (j.trend, j.versus_country, j.since) == (None, None, None)
    assert judgement_words(j, labels_for("en")).startswith("No assessment")
