"""`hyteplan data fetch` and `data import` end to end, against the fake Sotkanet."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from hyteplan.cli import main
from hyteplan.indicator_data import load_indicator_values

from sotkanet.fake import REGIONS, FakeSotkanet, serve, value  # tests/ is on sys.path


@pytest.fixture(autouse=True)
def _no_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("hyteplan.sotkanet.client.BACKOFF_SECONDS", 0.0)
    monkeypatch.setattr("hyteplan.sotkanet.client.POLITE_INTERVAL_SECONDS", 0.0)


@pytest.fixture
def fake() -> Iterator[FakeSotkanet]:
    with serve(FakeSotkanet(known={234, 3906})) as running:
        yield running


def test_fetch_writes_data_and_says_so(
    workspace: Path, fake: FakeSotkanet, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["data", "fetch", str(workspace), "--base-url", fake.url, "--years", "2020-2023"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "sotkanet-values.json written" in out.out
    assert out.err == ""  # no progress bar when stderr is not a terminal
    values = load_indicator_values(workspace / "data")
    assert values.series(3906, 297) == [
        (2021, value(3906, 161, 2021)),
        (2023, value(3906, 161, 2023)),
    ]


def test_base_url_from_the_environment(
    workspace: Path,
    fake: FakeSotkanet,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("HYTEPLAN_SOTKANET_URL", fake.url)
    assert main(["data", "fetch", str(workspace), "--years", "2023", "--indicator", "3906"]) == 0
    assert "1 indicator(s), 2023–2023" in capsys.readouterr().out
    assert [path for path, _, _ in fake.requests] == ["/regions", "/indicators/3906", "/json"]


def test_failure_is_a_message_and_exit_2(
    workspace: Path, fake: FakeSotkanet, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.known.clear()
    code = main(["data", "fetch", str(workspace), "--base-url", fake.url, "--years", "2023"])
    err = capsys.readouterr().err
    assert code == 2
    assert "error: Sotkanet has no indicator 3906" in err and "hint:" in err
    assert not (workspace / "data").exists()


def test_bad_years_option(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["data", "fetch", str(workspace), "--years", "soon"]) == 2
    assert "--years" in capsys.readouterr().err


def test_import_with_regions_file(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "export.csv"
    export.write_text(
        "indicator;region;year;gender;primary value\n3906;161;2021;total;18,4\n"
        "3906;39;2021;total;15,0\n",
        encoding="utf-8",
    )
    regions = tmp_path / "regions.json"
    regions.write_text(json.dumps(REGIONS), encoding="utf-8")
    code = main(["data", "import", str(export), "-w", str(workspace), "--regions", str(regions)])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "1 values imported" in out.out and "1 series of regions outside" in out.err
    assert load_indicator_values(workspace / "data").series(3906, 297) == [(2021, 18.4)]


def test_progress_bar_only_on_a_terminal(
    workspace: Path,
    fake: FakeSotkanet,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import sys

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert main(["data", "fetch", str(workspace), "--base-url", fake.url, "--years", "2023"]) == 0
    assert "\x1b[" in capsys.readouterr().err  # rich drew (and removed) its bar
