"""``hyteplan data import``: merge exports saved by hand from sotkanet.fi into the data file.

An export names regions by Sotkanet's internal region ID, like the API. Import joins them the same
way fetch does, with the region list of ``--regions FILE`` (a saved ``/rest/1.1/regions``) or,
without it, the join an earlier ``data fetch`` kept in the data file. The export itself is read
by ``hyteplan.indicator_data`` (CSV with ``;`` and ``primary value`` or ``value``; JSON), so its
errors carry file and line exactly as for files in data/.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import HyteplanError
from ..indicator_data import load_file
from ..workspace import Workspace
from .fetch import sotkanet_ids
from .regions import JoinedRegion, join_regions
from .store import Number, Slot, Store, read_store, store_path, write_store

_REGIONS_HINT = (
    "save https://sotkanet.fi/rest/1.1/regions as a file and pass it with --regions FILE,"
    " or run `hyteplan data fetch` once"
)


@dataclass(frozen=True)
class ImportResult:
    path: Path
    changed: bool
    values: int
    skipped_regions: int
    skipped_indicators: list[int]


def import_exports(
    ws: Workspace, files: Sequence[Path], *, today: dt.date, regions_file: Path | None = None
) -> ImportResult:
    """Join every export's rows to the plan regions and merge them; all files or none."""
    if ws.config is None or ws.root is None:
        raise HyteplanError(
            "hyteplan.yaml could not be read, so the regions to import are unknown",
            hint="run `hyteplan validate` and fix hyteplan.yaml first",
        )
    old = read_store(store_path(ws.root))
    joined = _regions(ws, old, regions_file)
    wanted = set(sotkanet_ids(ws))
    new_values: dict[Slot, Number] = {}
    skipped_regions, skipped_indicators = 0, set()
    for path in files:
        values = load_file(path)
        for key, region in values.keys():
            if not isinstance(key, int):
                raise HyteplanError(
                    f"{path}: indicator {key!r} is not a Sotkanet indicator ID",
                    hint="import reads Sotkanet exports; put local values in a local CSV in data/",
                )
            target = joined.get(region)
            if key not in wanted:
                skipped_indicators.add(key)
            elif target is None:
                skipped_regions += 1
            else:
                for point in values.series(key, region):
                    _merge(new_values, (key, target.key, point.year), point.value, path)
    if not new_values:
        raise HyteplanError(
            "the export(s) hold no values of the workspace's Sotkanet indicators for its regions",
            hint="export the workspace's indicators with Sotkanet's own region IDs (as sotkanet.fi"
            " and its API give them), not municipality numbers; data/ was not changed",
        )
    new = Store(
        {key: dict(meta) for key, meta in old.indicators.items()},
        {**old.regions, **joined},
        dict(old.values),
    )
    origin = "import: " + ", ".join(path.name for path in files)
    for indicator in sorted({slot[0] for slot in new_values}):
        new.indicators[indicator] = {**new.indicators.get(indicator, {"id": indicator})}
        new.indicators[indicator]["from"] = origin
    new.replace(new_values, new_values)
    changed = write_store(ws.root, old, new, today.isoformat())
    return ImportResult(
        store_path(ws.root), changed, len(new_values), skipped_regions, sorted(skipped_indicators)
    )


def _regions(ws: Workspace, old: Store, regions_file: Path | None) -> dict[int, JoinedRegion]:
    assert ws.config is not None
    if regions_file is not None:
        try:
            document = json.loads(regions_file.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise HyteplanError(
                f"{regions_file}: cannot read the region list: {exc}", hint=_REGIONS_HINT
            ) from exc
        return join_regions(document, ws.config, str(regions_file))
    keys = {region.key for region in old.regions.values()}
    missing = [m.id for m in ws.config.municipalities if m.code not in keys]
    if not old.regions or missing:
        raise HyteplanError(
            "import needs Sotkanet's region list to turn its region IDs into municipality numbers"
            + (f"; the saved one lacks {', '.join(missing)}" if old.regions else ""),
            hint=_REGIONS_HINT,
        )
    return old.regions


def _merge(into: dict[Slot, Number], slot: Slot, value: float, path: Path) -> None:
    previous = into.get(slot)
    if previous is not None and previous != value:
        raise HyteplanError(
            f"{path}: indicator {slot[0]}, region {slot[1]}, year {slot[2]} has the value"
            f" {value:g}, but an earlier export of this import gives {previous:g}",
            hint="import one export per indicator and year; data/ was not changed",
        )
    into[slot] = value
