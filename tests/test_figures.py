"""An organisation's own figures, and how they compare with the region and the country."""

from __future__ import annotations

from hyteplan.figures import (
    Figure,
    OwnFigures,
    Populations,
    compare,
    indicator_figures,
    trend_of,
)
from hyteplan.indicator_data import IndicatorValues

KUOPIO, REGION, COUNTRY = 297, 974, 0


def _values(rows: list[tuple[int, int, float]]) -> IndicatorValues:
    values = IndicatorValues()
    for region, year, value in rows:
        values.add(3906, region, year, value, "test")
    return values


# Kuopio's own values; the region's baseline (20,6 % in 2025) must never appear as Kuopio's.
SURVEY = _values(
    [
        (KUOPIO, 2021, 19.5),
        (KUOPIO, 2023, 19.8),
        (KUOPIO, 2025, 20.1),
        (REGION, 2023, 20.0),
        (REGION, 2025, 20.6),
        (COUNTRY, 2023, 18.9),
        (COUNTRY, 2025, 19.4),
    ]
)
KUOPIO_POP = Populations(own=KUOPIO, region=REGION, country=COUNTRY)


def test_baseline_comes_from_the_organisations_own_data_not_the_regions() -> None:
    figures = indicator_figures(SURVEY, 3906, KUOPIO_POP, OwnFigures(), 2021, "lower", 1)
    assert figures.baseline == Figure(19.5, 2021)
    assert figures.baseline_origin == "data"
    assert figures.latest == Figure(20.1, 2025)
    assert figures.region == Figure(20.6, 2025)
    assert figures.country == Figure(19.4, 2025)
    assert figures.versus_country == "worse"
    assert figures.trend == "worsening"


def test_the_plans_own_baseline_and_target_win_over_data() -> None:
    own = OwnFigures(baseline=Figure(19.8, 2023), target=Figure(18.0, 2029))
    figures = indicator_figures(SURVEY, 3906, KUOPIO_POP, own, 2021, "lower", 1)
    assert figures.baseline == Figure(19.8, 2023) and figures.baseline_origin == "plan"
    assert figures.target == Figure(18.0, 2029)


def test_no_baseline_of_its_own_is_missing_never_borrowed() -> None:
    figures = indicator_figures(SURVEY, 3906, KUOPIO_POP, OwnFigures(), 2019, "lower", 1)
    assert figures.baseline is None and figures.baseline_origin is None
    assert figures.trend is None


def test_survey_indicator_latest_is_the_latest_available_year() -> None:
    values = _values([(KUOPIO, 2023, 19.8), (KUOPIO, 2025, 20.1), (COUNTRY, 2024, 19.0)])
    figures = indicator_figures(values, 3906, KUOPIO_POP, OwnFigures(), None, "lower", 1)
    assert figures.latest == Figure(20.1, 2025)
    assert figures.country is None  # no country value for 2025: no comparison across years
    assert figures.versus_country is None


def test_the_regions_own_document_has_no_separate_region_series() -> None:
    who = Populations(own=REGION, region=REGION, country=COUNTRY)
    figures = indicator_figures(SURVEY, 3906, who, OwnFigures(), 2023, "lower", 1)
    assert figures.region_series == [] and figures.region is None
    assert figures.is_region_itself
    assert figures.latest == Figure(20.6, 2025) and figures.versus_country == "worse"


def test_comparisons_are_direction_aware_and_use_printed_precision() -> None:
    assert compare(10.0, 12.0, "lower", 1) == "better"
    assert compare(10.0, 12.0, "higher", 1) == "worse"
    assert compare(10.04, 10.0, "lower", 1) == "same"  # both print as 10,0
    assert compare(10.06, 10.0, "lower", 1) == "worse"
    assert trend_of(20.0, 18.0, "lower", 0) == "improving"
    assert trend_of(20.0, 18.0, "higher", 0) == "worsening"
    assert trend_of(20.0, 20.4, "higher", 0) == "unchanged"


def test_without_own_values_the_region_and_country_show_their_own_latest() -> None:
    who = Populations(own=140, region=REGION, country=COUNTRY)
    figures = indicator_figures(SURVEY, 3906, who, OwnFigures(), 2021, "lower", 1)
    assert figures.latest is None and figures.versus_country is None
    assert figures.region == Figure(20.6, 2025)
    assert figures.country == Figure(19.4, 2025)
