"""``hyteplan data fetch``: every Sotkanet indicator of the workspace, for its regions, into data/.

Everything is downloaded and joined in memory first; only then is the one data file replaced
(atomically), so a failure anywhere (network, 5xx, timeout, bad JSON, unknown indicator) leaves
data/ exactly as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import HyteplanError
from ..indicator_data import indicator_key
from ..workspace import Workspace
from .client import SotkanetClient
from .regions import JoinedRegion, join_regions
from .store import Number, Slot, Store, read_store, store_path, write_store

Progress = Callable[[int, int, str], None]
"""Called as (done, total, what) before each request; the CLI draws a bar with it."""

_MALFORMED_HINT = (
    "try again later; data/ was not changed. If it keeps happening, save the export from"
    " sotkanet.fi by hand and use `hyteplan data import`"
)


@dataclass(frozen=True)
class FetchResult:
    path: Path
    changed: bool
    indicators: list[int]
    years: tuple[int, int]
    values: int
    requests: int


def sotkanet_ids(ws: Workspace) -> list[int]:
    """The Sotkanet IDs of the workspace's indicators (``source.kind: sotkanet``), sorted."""
    ids = set()
    for located in ws.indicators:
        source = located.obj.source
        key = indicator_key(located.obj)
        if source is not None and source.kind == "sotkanet" and isinstance(key, int):
            ids.add(key)
    return sorted(ids)


def default_years(ws: Workspace, ids: Sequence[int], today: dt.date) -> tuple[int, int]:
    """From the earliest baseline year of the fetched indicators to this year.

    Without any baseline, the year before the term starts: a plan compares with it.
    """
    chosen = set(ids)
    baselines = [
        located.obj.baseline.year
        for located in ws.indicators
        if located.obj.baseline is not None and indicator_key(located.obj) in chosen
    ]
    start = min(baselines) if baselines else (ws.config.term.start - 1 if ws.config else today.year)
    return min(start, today.year), today.year


def fetch(
    ws: Workspace,
    client: SotkanetClient,
    *,
    today: dt.date,
    years: tuple[int, int] | None = None,
    only: Sequence[int] = (),
    progress: Progress | None = None,
) -> FetchResult:
    """Download, join, check and write; nothing in data/ changes unless everything worked."""
    if ws.config is None or ws.root is None:
        raise HyteplanError(
            "hyteplan.yaml could not be read, so the regions to fetch are unknown",
            hint="run `hyteplan validate` and fix hyteplan.yaml first",
        )
    ids = _chosen(sotkanet_ids(ws), only)
    span = years or default_years(ws, ids, today)
    year_list = list(range(span[0], span[1] + 1))
    total = 1 + 2 * len(ids)
    report = progress or (lambda done, total, what: None)
    old = read_store(store_path(ws.root))  # a file we may not replace: say so before downloading
    report(0, total, "regions")
    joined = join_regions(client.regions(), ws.config, f"{client.settings.base_url}/regions")
    indicators = {key: dict(meta) for key, meta in old.indicators.items()}
    new = Store(indicators, {**old.regions, **joined}, dict(old.values))
    for number, indicator in enumerate(ids):
        report(1 + 2 * number, total, f"indicator {indicator}")
        meta = _metadata(client.indicator(indicator), indicator)
        meta["from"] = client.settings.base_url
        answer = client.values(indicator, year_list)
        fetched = join_values(answer, indicator, set(year_list), joined)
        slots = [(indicator, r.key, y) for r in joined.values() for y in year_list]
        new.indicators[indicator] = {**new.indicators.get(indicator, {}), **meta}
        new.replace(slots, fetched)
    report(total, total, "writing")
    changed = write_store(ws.root, old, new, today.isoformat())
    chosen = set(ids)
    count = sum(1 for i, _, y in new.values if i in chosen and span[0] <= y <= span[1])
    return FetchResult(store_path(ws.root), changed, ids, span, count, client.requests)


def join_values(
    answer: object, indicator: int, years: set[int], joined: dict[int, JoinedRegion]
) -> dict[Slot, Number]:
    """The answer's total-gender values of the plan regions, keyed by municipality number etc.

    Sotkanet answers every region; the join is by internal region ID → plan region, so Kuopio's
    internal 161 becomes 297 and a municipality whose number happens to be 161 is not confused.
    """
    if not isinstance(answer, list):
        raise HyteplanError(
            f"Sotkanet's answer for the values of indicator {indicator} is not a list",
            hint=_MALFORMED_HINT,
        )
    out: dict[Slot, Number] = {}
    for number, record in enumerate(answer, start=1):
        try:  # most records are of regions outside the plan: look at those no further
            target = joined.get(record["region"])
        except (TypeError, KeyError) as exc:
            raise _bad_record(indicator, number) from exc
        if target is None:
            continue
        year, value = record.get("year"), record.get("value")
        if not isinstance(year, int) or isinstance(year, bool):
            raise _bad_record(indicator, number)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise _bad_record(indicator, number)
        if (
            record.get("indicator", indicator) != indicator
            or record.get("gender", "total") != "total"
            or year not in years
            or value is None
        ):
            continue
        out[(indicator, target.key, year)] = float(value)
    return out


def _chosen(ids: list[int], only: Sequence[int]) -> list[int]:
    if not ids:
        raise HyteplanError(
            "the workspace has no Sotkanet indicators to fetch",
            hint="give indicators in indicators.yaml a `source: {kind: sotkanet, id: 3906}`",
        )
    unknown = sorted(set(only) - set(ids))
    if unknown:
        raise HyteplanError(
            f"indicator {', '.join(map(str, unknown))} is not a Sotkanet indicator of the workspace",
            hint=f"add it to indicators.yaml first; the workspace has {', '.join(map(str, ids))}",
        )
    return sorted(set(only)) if only else ids


def _metadata(answer: object, indicator: int) -> dict[str, object]:
    """The metadata worth keeping beside the values: titles, organisation, decimals, years."""
    if not isinstance(answer, dict):
        raise HyteplanError(
            f"Sotkanet's answer for indicator {indicator} is not an object", hint=_MALFORMED_HINT
        )
    if answer.get("id", indicator) != indicator:
        raise HyteplanError(
            f"Sotkanet answered indicator {answer.get('id')!r} when asked for {indicator}",
            hint=_MALFORMED_HINT,
        )
    meta: dict[str, object] = {"id": indicator}
    title = answer.get("title")
    if isinstance(title, dict):
        meta["title"] = {k: str(v) for k, v in sorted(title.items()) if k in ("fi", "sv", "en")}
    organization = answer.get("organization")
    if isinstance(organization, dict):
        org_title = organization.get("title")
        organization = org_title.get("fi") if isinstance(org_title, dict) else org_title
    if organization:
        meta["organization"] = str(organization)
    if isinstance(answer.get("decimals"), int):
        meta["decimals"] = answer["decimals"]
    span = answer.get("range")
    if isinstance(span, dict) and all(isinstance(span.get(k), int) for k in ("start", "end")):
        meta["range"] = [span["start"], span["end"]]
    return meta


def _bad_record(indicator: int, number: int) -> HyteplanError:
    return HyteplanError(
        f"Sotkanet's answer for the values of indicator {indicator} has a malformed record"
        f" (number {number})",
        hint=_MALFORMED_HINT,
    )


def parse_years(text: str) -> tuple[int, int]:
    """``2015-2026`` (also with an en dash) or a single year ``2024``, as --years takes them."""
    parts = text.replace("–", "-").split("-")
    if 1 <= len(parts) <= 2 and all(p.strip().isascii() and p.strip().isdigit() for p in parts):
        start, end = int(parts[0]), int(parts[-1])
        if 1990 <= start <= end <= 2100:
            return start, end
    raise HyteplanError(
        f"--years {text!r} is not a range of years",
        hint="write --years 2015-2026 (first and last year) or --years 2024",
    )
