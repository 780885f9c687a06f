"""A content-addressed cache of chart PNGs, so that re-rendering a plan does not redraw them.

Drawing a trend chart costs ~70–100 ms of matplotlib work, and a regional plan can have dozens:
without a cache, charts cost as much as pandoc and typst together. A chart is a pure function of
its inputs (the charts module promises byte-identical output), so its PNG is stored under the
SHA-256 of those inputs, the chart code and the matplotlib version. A stale entry can only
follow a change of one of them, and then the key changes too.

Location: ``$HYTEPLAN_CACHE_DIR``, else ``$XDG_CACHE_HOME/hyteplan``, else ``~/.cache/hyteplan``.
Deleting the folder is always safe. A cache that cannot be written is silently skipped.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from hyteplan.fsio import atomic_write
from hyteplan.indicator_views import ChartView


#: The size charts are drawn at (width, height in cm): about the size they are shown at (beside
#: their table of values in the PDF, 75 % of the text width in the DOCX), so that their 9 pt text
#: prints at about 9 pt; smaller than the text width also draws faster. Part of the cache key.
CHART_SIZE_CM = (12.0, 5.5)


def default_cache_dir() -> Path:
    """Where chart PNGs are cached unless told otherwise."""
    explicit = os.environ.get("HYTEPLAN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "hyteplan"


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    import hyteplan.charts as charts_module

    digest = hashlib.sha256(Path(charts_module.__file__).read_bytes())
    try:
        digest.update(metadata.version("matplotlib").encode())
    except metadata.PackageNotFoundError:
        pass
    return digest.hexdigest()


def chart_key(chart: ChartView, lang: str) -> str:
    """The cache key of one chart in one language."""
    payload = json.dumps(
        [
            _code_fingerprint(),
            CHART_SIZE_CM,
            lang,
            chart.title,
            chart.unit,
            chart.target,
            chart.series,
            chart.name,
            [(s.name, s.points) for s in chart.comparisons],
            chart.decimals,
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _path(cache_dir: Path, key: str) -> Path:
    return cache_dir / "charts" / key[:2] / f"{key}.png"


def load(cache_dir: Path | None, chart: ChartView, lang: str) -> bytes | None:
    """The cached PNG of ``chart``, or None."""
    if cache_dir is None:
        return None
    try:
        return _path(cache_dir, chart_key(chart, lang)).read_bytes()
    except OSError:
        return None


def store(cache_dir: Path | None, chart: ChartView, lang: str, png: bytes) -> None:
    """Remember a drawn chart; a read-only or full disk only means no cache."""
    if cache_dir is None:
        return
    try:
        atomic_write(_path(cache_dir, chart_key(chart, lang)), png)
    except Exception:  # noqa: BLE001 - the cache is an optimisation, never a failure
        pass
