"""`data fetch` against a fake Sotkanet: joins, survey years, determinism, every failure."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from hyteplan import __version__
from hyteplan.errors import HyteplanError
from hyteplan.indicator_data import COUNTRY_REGION, load_indicator_values
from hyteplan.load import load_workspace
from hyteplan.sotkanet.client import HttpSettings, SotkanetClient
from hyteplan.sotkanet.fetch import default_years, fetch, parse_years

from .conftest import EXAMPLE_IDS
from .fake import FakeSotkanet, value

TODAY = dt.date(2026, 11, 30)
YEARS = (2019, 2024)


def _fetch(root: Path, client: SotkanetClient, **kwargs: object):  # type: ignore[no-untyped-def]
    kwargs.setdefault("years", YEARS)
    kwargs.setdefault("today", TODAY)
    kwargs.setdefault("only", [234, 3219, 3906])  # a few are enough; only=() fetches all
    return fetch(load_workspace(root), client, **kwargs)  # type: ignore[arg-type]


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((root / "data").iterdir())}


def test_municipalities_are_joined_by_number_never_by_internal_id(
    ws_root: Path, client: SotkanetClient
) -> None:
    result = _fetch(ws_root, client, only=())
    assert result.changed and result.indicators == sorted(EXAMPLE_IDS)
    values = load_indicator_values(ws_root / "data")
    years = range(YEARS[0], YEARS[1] + 1)
    # Kuopio (number 297) is internal 161; Leppävirta (number 420) is internal 297.
    assert values.series(234, 297) == [(y, value(234, 161, y)) for y in years]
    assert values.series(234, 420) == [(y, value(234, 297, y)) for y in years]
    # Iisalmi (140) is internal 62; Joensuu, internal 140, is not in the workspace.
    assert values.series(234, 140) == [(y, value(234, 62, y)) for y in years]
    assert values.series(234, 974) == [(y, value(234, 974, y)) for y in years]
    assert values.series(234, COUNTRY_REGION) == [(y, value(234, 658, y)) for y in years]
    assert values.series(234, 167) == [] and values.series(234, 91) == []


def test_survey_indicator_keeps_every_other_year(ws_root: Path, client: SotkanetClient) -> None:
    _fetch(ws_root, client)
    values = load_indicator_values(ws_root / "data")
    assert [p.year for p in values.series(3906, 297)] == [2019, 2021, 2023]
    assert values.latest(3906, 297) == (2023, value(3906, 161, 2023))


def test_one_request_per_indicator_with_all_years_and_a_user_agent(
    ws_root: Path, client: SotkanetClient, sotkanet: FakeSotkanet
) -> None:
    _fetch(ws_root, client, only=())
    paths = [path for path, _, _ in sotkanet.requests]
    assert paths.count("/regions") == 1
    assert paths.count("/json") == len(EXAMPLE_IDS)
    for path, query, agent in sotkanet.requests:
        assert agent.startswith(f"hyteplan/{__version__}")
        if path == "/json":
            assert query["years"] == [str(y) for y in range(2019, 2025)]
            assert query["genders"] == ["total"]


def test_file_carries_source_licence_and_date_and_is_deterministic(
    ws_root: Path, client: SotkanetClient
) -> None:
    first = _fetch(ws_root, client)
    data = first.path.read_bytes()
    document = json.loads(data)
    assert document["source"] == "THL, Sotkanet.fi" and document["licence"] == "CC BY 4.0"
    assert document["credit"]["fi"] == "Lähde: THL, Sotkanet.fi"
    assert document["updated"] == "2026-11-30"
    meta = document["indicators"][0]
    assert meta["id"] == 234 and meta["title"]["fi"] == "Mittari 234"
    assert meta["fetched"] == "2026-11-30" and meta["organization"] == "THL"
    keys = [(v["indicator"], v["region"], v["year"]) for v in document["values"]]
    assert keys == sorted(keys)
    second = _fetch(ws_root, client)
    assert not second.changed
    assert first.path.read_bytes() == data


def test_unchanged_data_keeps_its_old_date_next_month(
    ws_root: Path, client: SotkanetClient
) -> None:
    _fetch(ws_root, client)
    before = (ws_root / "data" / "sotkanet-values.json").read_bytes()
    result = _fetch(ws_root, client, today=dt.date(2026, 12, 15))
    assert not result.changed
    assert (ws_root / "data" / "sotkanet-values.json").read_bytes() == before


def test_fetching_a_subset_keeps_other_indicators_and_years(
    ws_root: Path, client: SotkanetClient
) -> None:
    _fetch(ws_root, client)
    _fetch(ws_root, client, years=(2023, 2024), only=[234])
    values = load_indicator_values(ws_root / "data")
    assert [p.year for p in values.series(234, 297)] == list(range(2019, 2025))
    assert len(values.series(3219, 297)) == 6


def _failing(fake: FakeSotkanet, case: str) -> None:
    if case == "5xx-always":
        fake.fail("/json:3219", 503, 502, 500)
    elif case == "timeout":
        fake.fail("/json:3219", "timeout", "timeout", "timeout")
    elif case == "malformed":
        fake.fail("/json:3219", "malformed")
    elif case == "hang-up":
        fake.fail("/json:3219", "hang-up", "hang-up", "hang-up")


@pytest.mark.parametrize("case", ["5xx-always", "timeout", "malformed", "hang-up"])
def test_a_failure_leaves_data_exactly_as_it_was(
    case: str, ws_root: Path, client: SotkanetClient, sotkanet: FakeSotkanet
) -> None:
    _fetch(ws_root, client, only=[234])
    before = _snapshot(ws_root)
    _failing(sotkanet, case)
    with pytest.raises(HyteplanError) as caught:
        _fetch(ws_root, client)
    assert "indicator 3219" in caught.value.message
    assert "data/ was not changed" in (caught.value.hint or "")
    assert _snapshot(ws_root) == before


def test_5xx_then_success_retries_with_backoff(
    ws_root: Path, client: SotkanetClient, sotkanet: FakeSotkanet, sleeps: list[float]
) -> None:
    sotkanet.fail("/json:3219", 503, 500)
    result = _fetch(ws_root, client, only=[3219])
    assert result.changed and sleeps == [0.5, 1.0]
    assert load_indicator_values(ws_root / "data").value_in(3219, 915, 2020) == value(
        3219, 840, 2020
    )


def test_unknown_indicator_is_named_with_what_to_do(
    ws_root: Path, client: SotkanetClient, sotkanet: FakeSotkanet
) -> None:
    sotkanet.known.discard(289)
    before = _snapshot(ws_root)
    with pytest.raises(HyteplanError) as caught:
        _fetch(ws_root, client, only=())
    assert "no indicator 289" in caught.value.message
    assert "indicators.yaml" in (caught.value.hint or "")
    assert _snapshot(ws_root) == before
    assert not [p for p, _, _ in sotkanet.requests if p == "/indicators/289"][1:]  # no retry on 404


def test_network_down_is_an_error_not_a_traceback(ws_root: Path, sleeps: list[float]) -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings = HttpSettings(base_url=f"http://127.0.0.1:{port}/rest/1.1", attempts=2,
                            backoff=0.1, min_interval=0, sleep=sleeps.append)  # fmt: skip
    with pytest.raises(HyteplanError) as caught:
        _fetch(ws_root, SotkanetClient(settings))
    assert "cannot connect" in caught.value.message and "region list" in caught.value.message
    assert not (ws_root / "data" / "sotkanet-values.json").exists()


def test_unknown_municipality_number_is_an_error(
    ws_root: Path, client: SotkanetClient, sotkanet: FakeSotkanet
) -> None:
    sotkanet.regions = [r for r in sotkanet.regions if r["code"] != "915"]
    with pytest.raises(HyteplanError) as caught:
        _fetch(ws_root, client)
    assert "varkaus" in caught.value.message and "915" in caught.value.message


def test_disagreeing_hand_saved_export_stops_the_fetch(
    ws_root: Path, client: SotkanetClient
) -> None:
    (ws_root / "data" / "old.csv").write_text(
        "indicator;region;year;gender;primary value\n234;297;2020;total;1,5\n", encoding="utf-8"
    )
    before = _snapshot(ws_root)
    with pytest.raises(HyteplanError) as caught:
        _fetch(ws_root, client)
    assert "old.csv:2" in caught.value.message and "sotkanet-values.json" in caught.value.message
    assert "remove old.csv" in (caught.value.hint or "")
    assert _snapshot(ws_root) == before


def test_indicator_outside_the_workspace_is_refused(ws_root: Path, client: SotkanetClient) -> None:
    with pytest.raises(HyteplanError, match="12345"):
        _fetch(ws_root, client, only=[234, 12345])


def test_polite_gap_between_requests(ws_root: Path, sotkanet: FakeSotkanet) -> None:
    sleeps: list[float] = []
    settings = HttpSettings(base_url=sotkanet.url, min_interval=0.25, sleep=sleeps.append,
                            clock=lambda: 100.0)  # fmt: skip
    _fetch(ws_root, SotkanetClient(settings), only=[234])
    assert sleeps == [0.25, 0.25]  # before the 2nd and 3rd request


def test_default_years_run_from_the_earliest_baseline_to_this_year(ws_root: Path) -> None:
    ws = load_workspace(ws_root)
    assert default_years(ws, [3906, 234], TODAY) == (2024, 2026)
    assert default_years(ws, [3906], TODAY) == (2025, 2026)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2015-2026", (2015, 2026)), ("2015–2026", (2015, 2026)), ("2024", (2024, 2024))],
)
def test_parse_years(text: str, expected: tuple[int, int]) -> None:
    assert parse_years(text) == expected


@pytest.mark.parametrize("text", ["2026-2015", "x", "15-26", "2015-2020-2024"])
def test_parse_years_refuses(text: str) -> None:
    with pytest.raises(HyteplanError):
        parse_years(text)


@pytest.mark.parametrize(
    "record",
    [
        "not an object",
        {"year": 2020, "value": 1.0},
        {"region": 161, "year": "2020", "value": 1.0},
        {"region": 161, "year": 2020, "value": "1,0"},
        {"region": 161, "year": 2020, "value": True},
    ],
)
def test_malformed_record_names_the_indicator(record: object) -> None:
    from hyteplan.sotkanet.fetch import join_values
    from hyteplan.sotkanet.regions import JoinedRegion

    joined = {161: JoinedRegion(297, 161, "297", "KUNTA", "Kuopio")}
    good = {"indicator": 234, "region": 161, "year": 2019, "gender": "total", "value": 2.0}
    with pytest.raises(HyteplanError) as caught:
        join_values([good, record], 234, {2019, 2020}, joined)
    assert "indicator 234" in caught.value.message and "number 2" in caught.value.message


def test_progress_is_reported_for_every_request(ws_root: Path, client: SotkanetClient) -> None:
    calls: list[tuple[int, int, str]] = []
    _fetch(ws_root, client, only=[234, 3906], progress=lambda *call: calls.append(call))
    assert [done for done, _, _ in calls] == [0, 1, 3, 5]
    assert {total for _, total, _ in calls} == {5}
    assert calls[1][2] == "indicator 234"


def test_busy_429_is_retried_but_400_is_not(
    ws_root: Path, client: SotkanetClient, sotkanet: FakeSotkanet, sleeps: list[float]
) -> None:
    sotkanet.fail("/json:234", 429)
    assert _fetch(ws_root, client, only=[234]).changed and sleeps == [0.5]
    sotkanet.fail("/json:234", 400)
    with pytest.raises(HyteplanError, match="HTTP 400"):
        _fetch(ws_root, client, only=[234])
    assert [p for p, _, _ in sotkanet.requests].count("/json") == 3  # 429 + retry, 400 once


def test_unknown_welfare_region_is_an_error(
    ws_root: Path, client: SotkanetClient, sotkanet: FakeSotkanet
) -> None:
    sotkanet.regions = [r for r in sotkanet.regions if r["id"] != 974]
    with pytest.raises(HyteplanError) as caught:
        _fetch(ws_root, client)
    assert "974" in caught.value.message and "sotkanet_id" in (caught.value.hint or "")


def test_without_a_sotkanet_id_the_region_is_left_out(
    ws_root: Path, client: SotkanetClient
) -> None:
    config = ws_root / "hyteplan.yaml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("  sotkanet_id: 974\n", ""), encoding="utf-8"
    )
    _fetch(ws_root, client, only=[234])
    values = load_indicator_values(ws_root / "data")
    assert values.series(234, 974) == [] and len(values.series(234, COUNTRY_REGION)) == 6


def test_a_foreign_data_file_is_refused_before_any_download(
    ws_root: Path, client: SotkanetClient, sotkanet: FakeSotkanet
) -> None:
    (ws_root / "data" / "sotkanet-values.json").write_text("[]", encoding="utf-8")
    with pytest.raises(HyteplanError, match="not written by hyteplan"):
        _fetch(ws_root, client)
    assert sotkanet.requests == []
