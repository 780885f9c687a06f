def test_the_country_key_is_the_one_indicator_data_uses() -> None:
    from hyteplan.indicator_data import COUNTRY_REGION
    from hyteplan.rules import data

    assert data._COUNTRY == COUNTRY_REGION
