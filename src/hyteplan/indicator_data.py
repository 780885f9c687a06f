"""Indicator values that a coordinator saved into the workspace's ``data/`` directory.

Plans show each indicator's latest value and its trend, and THL's Sotkanet is where most values
come from. Tests and renders never call the live API: users download an export once and commit
it, so the numbers in an approved plan can be traced to a file in git.

Accepted files (every ``*.csv`` and ``*.json`` directly in ``data/``, read in name order; see
docs/indicator-data.md for examples):

* **Sotkanet CSV, older export**: ``indicator;region;year;gender;primary value;absolute value``.
* **Sotkanet CSV, newer variant**: the same columns with ``value`` instead of ``primary value``,
  separated by ``;`` or ``,`` (a value with a decimal comma in a comma-separated file must be
  quoted, as Excel does).
* **Sotkanet JSON export**: a list of objects with ``indicator``, ``region``, ``year``,
  ``gender`` and ``value`` (other keys such as ``absValue`` are ignored).
* **Local CSV** for indicators that are not in Sotkanet: ``indicator;region;year;value``, where
  ``indicator`` is the indicator's ID in the workspace (e.g. ``kuopio-liikuntapaikat``).

Column names are matched case-insensitively; extra columns are ignored; the separator (``;``,
``,`` or tab) is taken from the header line. Files may be UTF-8 (with or without the BOM Excel
writes) or Windows-1252 (Excel's "CSV" on Finnish Windows). Values may use a decimal comma or
point and a space or no-break space as thousands separator. An empty value is a missing value
(Sotkanet leaves values empty when they are suppressed for privacy) and is skipped.

Only total-gender rows are kept (``total``, ``yhteensä``, ``totalt``); ``male``/``female`` rows are
skipped; a file without a ``gender`` column holds totals only.

**Indicator key.** Values are looked up by an :data:`IndicatorKey`: an ``int`` for a Sotkanet
indicator (its numeric Sotkanet ID, e.g. ``3906``) and a ``str`` for a local indicator (its
workspace ID). In every format, an ``indicator`` cell made only of digits becomes an ``int``, so a
local CSV can also carry values for a Sotkanet indicator. :func:`indicator_key` turns a catalogue
entry into its key: its Sotkanet ID when ``source.kind`` is ``sotkanet``, else its workspace ID.

**Region.** The ``region`` column is an integer: the official municipality number for a
municipality (Kuopio 297, Varkaus 915) and the Sotkanet region ID for a welfare region
(Pohjois-Savo 974). Leading zeros are allowed (``091`` is 91).
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from hyteplan.errors import HyteplanError
from hyteplan.wsfiles import inside

if TYPE_CHECKING:
    from hyteplan.model import Indicator

IndicatorKey = int | str
"""Sotkanet numeric ID (``int``) or workspace indicator ID (``str``)."""

TOTAL_GENDERS = frozenset({"total", "yhteensä", "totalt"})
OTHER_GENDERS = frozenset({"male", "female", "miehet", "naiset", "män", "kvinnor"})

_VALUE_COLUMNS = ("primary value", "value")
_REQUIRED_COLUMNS = ("indicator", "region", "year")
_FORMAT_HINT = (
    "expected a header with the columns indicator, region, year and value (or 'primary value'), "
    "and optionally gender; see docs/indicator-data.md"
)
_JSON_HINT = (
    "a Sotkanet JSON export is a list of objects with indicator, region, year, gender and value"
)
_INDICATOR_HINT = "write the Sotkanet ID (3906) or the workspace indicator ID"
_VALUE_HINT = "write a number such as 12,1; leave the cell empty when there is no value"
_WHOLE_NUMBER_HINTS = {
    "region": "the region is a municipality number (Kuopio 297) or a Sotkanet region ID",
    "year": "write a year as 2023",
}
_MIN_YEAR, _MAX_YEAR = 1900, 2100
_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")


class Point(NamedTuple):
    """One value of an indicator in one region; compares and unpacks as ``(year, value)``."""

    year: int
    value: float


@dataclass(frozen=True)
class _Entry:
    value: float
    origin: str  # "data/x.csv:12", for diagnostics about conflicting duplicates


@dataclass
class IndicatorValues:
    """All indicator values of a workspace, by (indicator key, region code) and year."""

    _data: dict[tuple[IndicatorKey, int], dict[int, _Entry]] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    """The files the values were read from, in reading order."""

    def add(self, key: IndicatorKey, region: int, year: int, value: float, origin: str) -> None:
        """Add one value; the same value twice is fine, two different values are an error."""
        by_year = self._data.setdefault((key, region), {})
        previous = by_year.get(year)
        if previous is not None and previous.value != value:
            raise HyteplanError(
                f"{origin}: indicator {key}, region {region}, year {year} has the value {value:g},"
                f" but {previous.origin} gives {previous.value:g}",
                hint="keep one value per indicator, region and year: remove the older export",
            )
        if previous is None:
            by_year[year] = _Entry(value, origin)

    def series(self, key: IndicatorKey, region: int) -> list[Point]:
        """Every value of ``key`` in ``region``, oldest first; empty if there is none."""
        by_year = self._data.get((key, region), {})
        return [Point(year, by_year[year].value) for year in sorted(by_year)]

    def latest(self, key: IndicatorKey, region: int) -> Point | None:
        """The value of the latest available year (survey indicators skip years)."""
        by_year = self._data.get((key, region))
        if not by_year:
            return None
        year = max(by_year)
        return Point(year, by_year[year].value)

    def value_in(self, key: IndicatorKey, region: int, year: int) -> float | None:
        """The value of one year, e.g. a plan's baseline year; ``None`` when missing."""
        entry = self._data.get((key, region), {}).get(year)
        return None if entry is None else entry.value

    def keys(self) -> list[tuple[IndicatorKey, int]]:
        """Every (indicator key, region) pair that has at least one value, in a stable order."""
        return sorted(self._data, key=_sort_key)

    def __len__(self) -> int:
        """The number of values (points) held."""
        return sum(len(by_year) for by_year in self._data.values())


def _sort_key(pair: tuple[IndicatorKey, int]) -> tuple[int, int, str, int]:
    key, region = pair
    if isinstance(key, int):
        return (0, key, "", region)
    return (1, 0, key, region)


def indicator_key(indicator: Indicator) -> IndicatorKey:
    """The key under which a catalogue indicator's values are stored.

    ``source: {kind: sotkanet, id: 3906}`` is looked up by the Sotkanet ID ``3906``; every other
    indicator by its workspace ID (``indicator.id``), as written in a local CSV.
    """
    source = indicator.source
    if source is not None and source.kind == "sotkanet" and source.id is not None:
        text = str(source.id).strip()
        if text.isascii() and text.isdigit():
            return int(text)
    return indicator.id


def load_indicator_values(data_dir: Path) -> IndicatorValues:
    """Read every ``*.csv`` and ``*.json`` file directly in ``data_dir``; none if it is absent."""
    values = IndicatorValues()
    if not data_dir.is_dir():
        return values
    paths = sorted(
        path
        for path in data_dir.iterdir()
        if path.is_file() and path.suffix.lower() in (".csv", ".json")
    )
    for path in paths:
        inside(data_dir.parent, path)  # a link out of the workspace is refused, never read
        load_file(path, values)
    return values


def load_file(path: Path, into: IndicatorValues | None = None) -> IndicatorValues:
    """Read one CSV or JSON file (chosen by its suffix) into ``into`` (or a new collection)."""
    values = into if into is not None else IndicatorValues()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise HyteplanError(
            f"{path}: cannot read: {exc.strerror}",
            hint="check that the file exists and that you may read it",
        ) from exc
    text = _decode(raw, path)
    if path.suffix.lower() == ".json":
        rows: Iterable[tuple[str, _Row]] = _json_rows(text, path)
    else:
        rows = _csv_rows(text, path)
    for origin, row in rows:
        parsed = _parse_row(row, origin)
        if parsed is not None:
            values.add(*parsed, origin=origin)
    values.files.append(path)
    return values


# --- decoding -----------------------------------------------------------------------------------

_Row = dict[str, object]


def _decode(raw: bytes, path: Path) -> str:
    """UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1252: what Excel writes on Windows."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise HyteplanError(
            f"{path}:{line}: the file is neither UTF-8 nor Windows-1252 text",
            hint="save it again as 'CSV UTF-8' in Excel, or as UTF-8 in a text editor",
        ) from exc


def _csv_rows(text: str, path: Path) -> Iterator[tuple[str, _Row]]:
    """(origin, row) of every data line of a Sotkanet or local CSV; the separator from the header."""
    lines = text.splitlines(keepends=True)
    header_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if header_index is None:
        raise HyteplanError(f"{path}: the file is empty", hint=_FORMAT_HINT)
    header_line = lines[header_index]
    delimiter = max((";", ",", "\t"), key=header_line.count)
    reader = csv.reader(io.StringIO("".join(lines[header_index:])), delimiter=delimiter)
    header = [cell.strip().lower() for cell in next(reader)]
    _check_header(header, f"{path}:{header_index + 1}")
    value_column = next(name for name in _VALUE_COLUMNS if name in header)
    for row in reader:
        line = header_index + reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        origin = f"{path}:{line}"
        if len(row) < len(header) or any(cell.strip() for cell in row[len(header) :]):
            raise HyteplanError(
                f"{origin}: expected {len(header)} fields separated by {delimiter!r},"
                f" found {len(row)}",
                hint="check for a missing separator, or a decimal comma in a comma-separated"
                " file that is not in quotes",
            )
        cells = dict(zip(header, row, strict=False))  # extra empty cells were checked above
        yield (
            origin,
            {
                "indicator": cells["indicator"],
                "region": cells["region"],
                "year": cells["year"],
                "gender": cells.get("gender"),
                "value": cells[value_column],
            },
        )


def _check_header(header: list[str], origin: str) -> None:
    missing = [name for name in _REQUIRED_COLUMNS if name not in header]
    if not any(name in header for name in _VALUE_COLUMNS):
        missing.append("value")
    if missing:
        raise HyteplanError(
            f"{origin}: not an indicator data file: missing column(s) {', '.join(missing)}",
            hint=_FORMAT_HINT,
        )


def _json_rows(text: str, path: Path) -> Iterator[tuple[str, _Row]]:
    """(origin, row) of every item of a Sotkanet JSON export."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise HyteplanError(
            f"{path}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}",
            hint="save the Sotkanet JSON export unchanged",
        ) from exc
    if not isinstance(document, list):
        raise HyteplanError(
            f"{path}: expected a JSON list of values, found {type(document).__name__}",
            hint=_JSON_HINT,
        )
    for number, item in enumerate(document, start=1):
        origin = f"{path}: item {number}"
        if not isinstance(item, dict):
            raise HyteplanError(
                f"{origin}: expected an object, found {type(item).__name__}", hint=_JSON_HINT
            )
        missing = [name for name in (*_REQUIRED_COLUMNS, "value") if name not in item]
        if missing:
            raise HyteplanError(f"{origin}: missing key(s) {', '.join(missing)}", hint=_FORMAT_HINT)
        yield (
            origin,
            {
                "indicator": item["indicator"],
                "region": item["region"],
                "year": item["year"],
                "gender": item.get("gender"),
                "value": item["value"],
            },
        )


# --- row parsing --------------------------------------------------------------------------------


def _parse_row(row: _Row, origin: str) -> tuple[IndicatorKey, int, int, float] | None:
    """(key, region, year, value) of a total-gender row; ``None`` for rows that are skipped."""
    gender = row["gender"]
    if gender is not None and str(gender).strip() != "":
        gender_text = str(gender).strip().lower()
        if gender_text in OTHER_GENDERS:
            return None
        if gender_text not in TOTAL_GENDERS:
            raise HyteplanError(
                f"{origin}: unknown gender {gender!r}",
                hint="use total, male or female as in Sotkanet exports",
            )
    key = _parse_key(row["indicator"], origin)
    region = _parse_int(row["region"], "region", origin)
    year = _parse_int(row["year"], "year", origin)
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        raise HyteplanError(
            f"{origin}: year {year} is out of range", hint=_WHOLE_NUMBER_HINTS["year"]
        )
    value = _parse_value(row["value"], origin)
    if value is None:
        return None
    return key, region, year, value


def _parse_key(cell: object, origin: str) -> IndicatorKey:
    if isinstance(cell, bool):
        raise HyteplanError(
            f"{origin}: indicator must be an ID, found {cell!r}", hint=_INDICATOR_HINT
        )
    if isinstance(cell, int):
        return cell
    text = str(cell).strip()
    if not text:
        raise HyteplanError(f"{origin}: the indicator is empty", hint=_INDICATOR_HINT)
    return int(text) if text.isascii() and text.isdigit() else text


def _parse_int(cell: object, what: str, origin: str) -> int:
    if isinstance(cell, int) and not isinstance(cell, bool):
        return cell
    text = str(cell).strip()
    if text.isascii() and text.isdigit():
        return int(text)
    raise HyteplanError(
        f"{origin}: {what} must be a whole number, found {cell!r}",
        hint=_WHOLE_NUMBER_HINTS[what],
    )


def _parse_value(cell: object, origin: str) -> float | None:
    """A number from ``12,1``, ``12.1``, ``1 234,5`` or a JSON number; ``None`` when empty."""
    if cell is None:
        return None
    if isinstance(cell, bool):
        raise HyteplanError(f"{origin}: value must be a number, found {cell!r}", hint=_VALUE_HINT)
    if isinstance(cell, int | float):
        number = float(cell)
    else:
        text = str(cell).strip()
        if not text:
            return None
        compact = (
            text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("\u2212", "-")
        )
        if "," in compact and "." in compact:
            raise HyteplanError(
                f"{origin}: ambiguous number {text!r}",
                hint="write numbers with a decimal comma or a decimal point, without"
                " thousands separators: 1234,5",
            )
        compact = compact.replace(",", ".")
        if not _NUMBER.fullmatch(compact):
            raise HyteplanError(
                f"{origin}: value must be a number, found {text!r}",
                hint=_VALUE_HINT,
            )
        number = float(compact)
    if not math.isfinite(number):
        raise HyteplanError(
            f"{origin}: value must be a finite number, found {cell!r}", hint=_VALUE_HINT
        )
    return number
