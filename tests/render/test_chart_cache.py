from __future__ import annotations

from pathlib import Path

from hyteplan.render import chart_cache
from hyteplan.render.pipeline import draw_charts
from hyteplan.indicator_views import ChartView

CHART = ChartView(
    file="sotkanet-3906.png",
    title="Ylipaino, % 8. ja 9. luokan oppilaista",
    alt="",
    unit="%",
    series=[(2019, 18.8), (2021, 19.5), (2023, 19.8)],
    target=17.0,
)


def test_a_drawn_chart_is_cached_and_reused_byte_for_byte(tmp_path: Path) -> None:
    assert chart_cache.load(tmp_path, CHART, "fi") is None
    first = draw_charts([CHART], "fi", tmp_path)["sotkanet-3906.png"]
    assert first.startswith(b"\x89PNG")
    assert chart_cache.load(tmp_path, CHART, "fi") == first
    assert draw_charts([CHART], "fi", tmp_path)["sotkanet-3906.png"] == first


def test_key_changes_with_data_language_and_title() -> None:
    keys = {
        chart_cache.chart_key(CHART, "fi"),
        chart_cache.chart_key(CHART, "sv"),
        chart_cache.chart_key(ChartView(**{**CHART.__dict__, "series": [(2019, 18.9)]}), "fi"),
        chart_cache.chart_key(ChartView(**{**CHART.__dict__, "title": "Toinen"}), "fi"),
    }
    assert len(keys) == 4


def test_key_changes_with_the_drawing_size(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = chart_cache.chart_key(CHART, "fi")
    monkeypatch.setattr(chart_cache, "CHART_SIZE_CM", (16.0, 6.5))
    assert chart_cache.chart_key(CHART, "fi") != before


def test_charts_are_drawn_at_the_size_they_are_shown() -> None:
    from PIL import Image
    import io

    png = draw_charts([CHART], "fi", None)["sotkanet-3906.png"]
    with Image.open(io.BytesIO(png)) as image:
        width_cm = image.size[0] / image.info["dpi"][0] * 2.54
    assert abs(width_cm - chart_cache.CHART_SIZE_CM[0]) < 0.1


def test_unwritable_cache_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    assert draw_charts([CHART], "fi", blocker)["sotkanet-3906.png"].startswith(b"\x89PNG")


def test_default_location_follows_environment(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HYTEPLAN_CACHE_DIR", str(tmp_path / "c"))
    assert chart_cache.default_cache_dir() == tmp_path / "c"
    monkeypatch.delenv("HYTEPLAN_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert chart_cache.default_cache_dir() == tmp_path / "x" / "hyteplan"
