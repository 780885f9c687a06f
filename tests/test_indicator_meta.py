"""Sotkanet's metadata fills the names and decimals that indicators.yaml leaves out."""

from __future__ import annotations

import json

from hyteplan.indicator_data import FETCHED_FORMAT, read_data
from hyteplan.indicator_meta import completed
from hyteplan.model import Indicator

META = {
    3906: {
        "id": 3906,
        "title": {
            "fi": "Ylipaino (THL:n nimi)",
            "sv": "Övervikt, % av eleverna i åk 8 och 9",
            "en": "Overweight, % of pupils in years 8 and 9",
        },
        "decimals": 1,
    }
}


def _indicator(**fields: object) -> Indicator:
    base: dict[str, object] = {
        "id": "sotkanet-3906",
        "name": "Ylipaino, % 8. ja 9. luokan oppilaista",
        "source": {"kind": "sotkanet", "id": 3906},
        "direction": "lower",
    }
    return Indicator.model_validate({**base, **fields})


def test_missing_languages_and_decimals_come_from_sotkanet() -> None:
    done = completed(_indicator(), META, "fi")
    assert done.decimals == 1
    assert done.name == {
        "fi": "Ylipaino, % 8. ja 9. luokan oppilaista",  # the workspace's own name wins
        "sv": "Övervikt, % av eleverna i åk 8 och 9",
        "en": "Overweight, % of pupils in years 8 and 9",
    }


def test_what_the_workspace_writes_wins() -> None:
    own = _indicator(name={"fi": "Oma", "sv": "Egen"}, decimals=0)
    done = completed(own, META, "fi")
    assert done.decimals == 0
    assert done.name == {
        "fi": "Oma",
        "sv": "Egen",
        "en": "Overweight, % of pupils in years 8 and 9",
    }


def test_indicators_of_other_sources_are_untouched() -> None:
    local = _indicator(source={"kind": "local"})
    assert completed(local, META, "fi") is local


def test_the_fetched_file_carries_the_metadata_into_the_values() -> None:
    document = {
        "format": FETCHED_FORMAT,
        "indicators": [META[3906], {"id": "x"}, "junk"],
        "values": [
            {"indicator": 3906, "region": 297, "year": 2025, "gender": "total", "value": 20.1}
        ],
    }
    raw = json.dumps(document).encode()
    values, problems = read_data([("data/sotkanet-values.json", raw)])
    assert problems == []
    assert values.metadata == {3906: META[3906]}
    assert values.latest(3906, 297) == (2025, 20.1)
