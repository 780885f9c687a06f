"""``data/sotkanet-values.json``: the one file that ``data fetch`` and ``data import`` write.

A JSON object rather than a CSV with a sidecar, so that one atomic rename replaces values, fetch
dates, source, licence and the region join together: there is never a set of files to keep in
step. The layout is one record per line, sorted, so that git shows a new year as added lines and
fetching the same data twice writes the same bytes (the file is not touched at all then, so the
date of an unchanged fetch does not churn). ``hyteplan.indicator_data`` reads its ``values``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import HyteplanError
from ..fsio import atomic_write
from ..indicator_data import FETCHED_FORMAT, load_file
from .regions import JoinedRegion, regions_from_store

STORE_NAME = "sotkanet-values.json"
SOURCE = "THL, Sotkanet.fi"
LICENCE = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
CREDIT = {
    "fi": "Lähde: THL, Sotkanet.fi",
    "sv": "Källa: THL, Sotkanet.fi",
    "en": "Source: THL, Sotkanet.fi",
}

Slot = tuple[int, int, int]
"""(Sotkanet indicator ID, region key in data/, year)."""
Number = float


@dataclass
class Store:
    """The values, indicator metadata and region join held in the data file."""

    indicators: dict[int, dict[str, object]] = field(default_factory=dict)
    regions: dict[int, JoinedRegion] = field(default_factory=dict)
    """By Sotkanet's internal region ID."""
    values: dict[Slot, Number] = field(default_factory=dict)

    def replace(self, slots: Iterable[Slot], new: dict[Slot, Number]) -> None:
        """Forget the values of ``slots`` (what was asked for), then keep what was answered."""
        for slot in slots:
            self.values.pop(slot, None)
        self.values.update(new)

    def contents(self) -> dict[int, tuple[object, ...]]:
        """Per indicator, what its date stamps: its metadata (without dates) and its values."""
        values: dict[int, list[tuple[Slot, Number]]] = {}
        for slot, value in sorted(self.values.items()):
            values.setdefault(slot[0], []).append((slot, value))
        return {
            indicator: (
                json.dumps({k: v for k, v in meta.items() if k != "fetched"}, sort_keys=True),
                values.get(indicator, []),
            )
            for indicator, meta in self.indicators.items()
        }


def store_path(root: Path) -> Path:
    return root / "data" / STORE_NAME


def read_store(path: Path) -> Store:
    """The store as it is on disk; an empty one when the file does not exist yet."""
    if not path.exists():
        return Store()
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _foreign(path) from exc
    if not isinstance(document, dict) or document.get("format") != FETCHED_FORMAT:
        raise _foreign(path)
    try:
        store = Store(
            indicators={int(item["id"]): dict(item) for item in document.get("indicators", [])},
            regions=regions_from_store(document.get("regions", [])),
        )
        for item in document["values"]:
            slot = (int(item["indicator"]), int(item["region"]), int(item["year"]))
            store.values[slot] = float(item["value"])
    except (KeyError, TypeError, ValueError) as exc:
        raise _foreign(path) from exc
    return store


def render_store(store: Store) -> bytes:
    """The file's bytes: fixed key order, sorted records, one record per line, UTF-8."""
    dates = [str(meta.get("fetched", "")) for meta in store.indicators.values()]
    head = {
        "format": FETCHED_FORMAT,
        "source": SOURCE,
        "licence": LICENCE,
        "licence_url": LICENCE_URL,
        "credit": CREDIT,
        "updated": max(dates, default=""),
    }
    lines = ["{"]
    lines += [f"  {_dump(key)}: {_dump(value)}," for key, value in head.items()]
    indicators = [_ordered(store.indicators[key]) for key in sorted(store.indicators)]
    regions = sorted(store.regions.values(), key=lambda r: (r.key, r.id))
    values = [
        {
            "indicator": i,
            "region": r,
            "year": y,
            "gender": "total",
            "value": store.values[(i, r, y)],
        }
        for i, r, y in sorted(store.values)
    ]
    lines += _list("indicators", indicators, last=False)
    lines += _list("regions", [r.as_json() for r in regions], last=False)
    lines += _list("values", values, last=True)
    lines.append("}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_store(root: Path, old: Store, new: Store, today: str) -> bool:
    """Date what changed, check the file reads back with the loader beside data/'s other
    files, and replace it atomically; ``False`` (nothing written) when nothing changed."""
    old_contents, new_contents = old.contents(), new.contents()
    for indicator in new.indicators:
        if indicator in old.indicators and old_contents[indicator] == new_contents[indicator]:
            new.indicators[indicator]["fetched"] = old.indicators[indicator].get("fetched", today)
        else:
            new.indicators[indicator]["fetched"] = today
    path = store_path(root)
    data = render_store(new)
    if path.exists() and path.read_bytes() == data:
        return False
    check_with_other_files(path, new)
    atomic_write(path, data)
    return True


def check_with_other_files(path: Path, store: Store) -> None:
    """The new values must agree with every other file in data/ (a hand-saved export, say):
    the loader refuses two different values for one indicator, region and year."""
    from ..indicator_data import IndicatorValues

    values = IndicatorValues()
    for number, ((indicator, region, year), value) in enumerate(sorted(store.values.items())):
        values.add(indicator, region, year, value, origin=f"{path}: item {number + 1}")
    others = sorted(
        p
        for p in path.parent.glob("*")
        if p.is_file() and p.suffix.lower() in (".csv", ".json") and p.name != path.name
    )
    for other in others:
        try:
            load_file(other, values)
        except HyteplanError as exc:
            if str(path) not in exc.message:  # the other file is broken by itself
                raise HyteplanError(
                    exc.message, hint=f"{exc.hint}; fix it first: data/ was not changed"
                ) from exc
            raise HyteplanError(
                exc.message,
                hint=f"fetched values replace hand-saved exports: remove {other.name} (or the"
                " rows it shares with Sotkanet's values) and run the command again;"
                " data/ was not changed",
            ) from exc


_INDICATOR_KEYS = ("id", "title", "organization", "decimals", "range", "from", "fetched")


def _ordered(meta: dict[str, object]) -> dict[str, object]:
    """One key order whether the metadata came from the API or from the file."""
    known = [key for key in _INDICATOR_KEYS if key in meta]
    return {key: meta[key] for key in (*known, *sorted(set(meta) - set(known)))}


def _list(name: str, items: list[dict[str, object]], last: bool) -> list[str]:
    end = "" if last else ","
    if not items:
        return [f"  {_dump(name)}: []{end}"]
    body = [f"    {_dump(item)}," for item in items]
    body[-1] = body[-1][:-1]
    return [f"  {_dump(name)}: [", *body, f"  ]{end}"]


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def _foreign(path: Path) -> HyteplanError:
    return HyteplanError(
        f"{path} exists but was not written by hyteplan data fetch",
        hint=f"rename or move that file: hyteplan keeps fetched values in {STORE_NAME}",
    )
