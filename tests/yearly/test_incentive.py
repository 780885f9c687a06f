"""The HYTE-kerroin checklist: items as data, each met when the workspace writes its fact."""

from __future__ import annotations

import datetime as dt

from hyteplan.model import Decision, IncentiveFacts
from hyteplan.yearly.incentive import ITEMS, SOURCE, checklist


def test_every_item_is_worded_in_every_language_and_the_source_is_dated() -> None:
    assert ITEMS and len({i.id for i in ITEMS}) == len(ITEMS)
    for item in ITEMS:
        assert set(item.text) == {"fi", "sv", "en"}
        assert item.check == "council_report" or item.check in IncentiveFacts.model_fields
    assert all("1393/2022" in text and "2026" in text for text in SOURCE.values())


def test_an_item_is_met_only_when_its_fact_is_written() -> None:
    nothing = checklist("municipal", None, [])
    assert nothing and not any(r.met for r in nothing)
    facts = IncentiveFacts(coordinator="Hyte-koordinaattori", budget=None)
    decision = Decision(body="Valtuusto", date=dt.date(2027, 3, 29), section=31, decision="Ok")
    met = {r.item.id: r for r in checklist("municipal", facts, [decision])}
    assert met["coordinator"].met and met["coordinator"].evidence == "Hyte-koordinaattori"
    assert met["council_report"].met and met["council_report"].evidence is decision
    assert not met["budget"].met and met["budget"].evidence is None


def test_the_welfare_regions_incentive_has_no_document_items() -> None:
    assert checklist("regional", IncentiveFacts(coordinator="x"), []) == []
