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

**Problems.** Reading never stops at the first bad row: every problem becomes a
:class:`DataProblem` at the file, line and column of the cell (for JSON, of the item), so that
``hyteplan validate`` lists them all as D codes (rules/data.py words them). ``load_file`` and
``load_indicator_values`` keep their old contract for callers that only want values: they raise
one :class:`HyteplanError` naming the first problem.
"""

from __future__ import annotations

import bisect
import csv
import io
import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from hyteplan.data_problems import REASONS, DataProblem, Place
from hyteplan.errors import HyteplanError
from hyteplan.json_items import MAX_DIGITS, JsonItems, LongInt
from hyteplan.wsfiles import inside

__all__ = [
    "REASONS",
    "DataProblem",
    "IndicatorKey",
    "IndicatorValues",
    "Place",
    "Point",
    "data_file_names",
    "indicator_key",
    "load_file",
    "load_indicator_values",
    "read_data",
]

if TYPE_CHECKING:
    from hyteplan.model import Indicator

IndicatorKey = int | str
"""Sotkanet numeric ID (``int``) or workspace indicator ID (``str``)."""

TOTAL_GENDERS = frozenset({"total", "yhteensä", "totalt"})
OTHER_GENDERS = frozenset({"male", "female", "miehet", "naiset", "män", "kvinnor"})
DATA_SUFFIXES = (".csv", ".json")

_VALUE_COLUMNS = ("primary value", "value")
_REQUIRED_COLUMNS = ("indicator", "region", "year")
_MIN_YEAR, _MAX_YEAR = 1900, 2100
_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")
_MAX_DIGITS = MAX_DIGITS
MAX_PROBLEMS_PER_FILE = 100
"""A broken file of 100,000 rows gets this many problems, then one saying the rest is unchecked."""


class Point(NamedTuple):
    """One value of an indicator in one region; compares and unpacks as ``(year, value)``."""

    year: int
    value: float


@dataclass(frozen=True)
class _Entry:
    value: float
    origin: Place | str  # where the value was read, for the conflict message


@dataclass
class IndicatorValues:
    """All indicator values of a workspace, by (indicator key, region code) and year."""

    _data: dict[tuple[IndicatorKey, int], dict[int, _Entry]] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    """The files the values were read from, in reading order."""

    def add(self, key: IndicatorKey, region: int, year: int, value: float, origin: str) -> None:
        """Add one value; the same value twice is fine, two different values are an error."""
        previous = self.put(key, region, year, value, origin)
        if previous is not None:
            raise HyteplanError(
                f"{origin}: indicator {key}, region {region}, year {year} has the value {value:g},"
                f" but {previous.origin} gives {previous.value:g}",
                hint=REASONS["conflict"].hint_en,
            )

    def put(
        self, key: IndicatorKey, region: int, year: int, value: float, origin: Place | str
    ) -> _Entry | None:
        """Add one value unless the year has one; the earlier entry when the values differ."""
        by_year = self._data.setdefault((key, region), {})
        previous = by_year.get(year)
        if previous is None:
            by_year[year] = _Entry(value, origin)
            return None
        return previous if previous.value != value else None

    def first_origin(self, key: IndicatorKey, region: int) -> Place | str | None:
        """Where the first value of a pair was read (for diagnostics about the pair)."""
        by_year = self._data.get((key, region))
        return next(iter(by_year.values())).origin if by_year else None

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


# --- reading files ------------------------------------------------------------------------------


def data_file_names(names: Iterable[str]) -> list[str]:
    """The names that are data files (``*.csv``, ``*.json``), in reading order."""
    return sorted(name for name in names if name.lower().endswith(DATA_SUFFIXES))


def read_data(
    files: Iterable[tuple[str, bytes]], into: IndicatorValues | None = None
) -> tuple[IndicatorValues, list[DataProblem]]:
    """Read (name, bytes) of data files, in order; every problem of every file is collected."""
    values = into if into is not None else IndicatorValues()
    problems: list[DataProblem] = []
    for name, raw in files:
        problems += _read_one(name, raw, values)
    return values, problems


def load_indicator_values(data_dir: Path) -> IndicatorValues:
    """Read every ``*.csv`` and ``*.json`` file directly in ``data_dir``; none if it is absent.

    Raises HyteplanError naming the first problem (`hyteplan validate` lists them all)."""
    values = IndicatorValues()
    if not data_dir.is_dir():
        return values
    names = data_file_names(str(path) for path in data_dir.iterdir() if path.is_file())
    for name in names:  # a link out of the workspace is refused, never read
        inside(data_dir.parent, Path(name))
    _, problems = read_data(((name, _read_bytes(Path(name))) for name in names), values)
    _refuse(problems)
    values.files += [Path(name) for name in names]
    return values


def load_file(path: Path, into: IndicatorValues | None = None) -> IndicatorValues:
    """Read one CSV or JSON file (chosen by its suffix) into ``into`` (or a new collection)."""
    values, problems = read_data([(str(path), _read_bytes(path))], into)
    _refuse(problems)
    values.files.append(path)
    return values


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise HyteplanError(
            f"{path}: cannot read: {exc.strerror}",
            hint="check that the file exists and that you may read it",
        ) from exc


def _refuse(problems: list[DataProblem]) -> None:
    """One HyteplanError for callers that want values only: the first problem, and how many."""
    if problems:
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise HyteplanError(f"{problems[0]}{more}", hint=problems[0].words()[1])


class _TooMany(Exception):
    """Raised when a file has MAX_PROBLEMS_PER_FILE problems: the rest is not read."""


class _Rows:
    """One file being read: its name, where its lines start, and its problems so far."""

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.text = text
        self.problems: list[DataProblem] = []
        self._line_starts: list[int] | None = None

    def place(self, line: int, column: int = 1) -> Place:
        return Place(self.name, line, column)

    def place_at(self, offset: int) -> Place:
        """The place of a character offset (JSON items)."""
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        line = bisect.bisect_right(self._line_starts, offset)
        return Place(self.name, line, offset - self._line_starts[line - 1] + 1)

    def problem(self, reason: str, place: Place, **params: Any) -> None:
        if len(self.problems) >= MAX_PROBLEMS_PER_FILE:
            self.problems.append(DataProblem("too-many", place, {"limit": MAX_PROBLEMS_PER_FILE}))
            raise _TooMany
        self.problems.append(DataProblem(reason, place, params))


def _read_one(name: str, raw: bytes, values: IndicatorValues) -> list[DataProblem]:
    """Read one file into ``values``; its problems."""
    text, problem = _decode(raw, name)
    if text is None:
        return [problem] if problem else []
    rows = _Rows(name, text)
    try:
        source = _json_rows(rows) if name.lower().endswith(".json") else _csv_rows(rows)
        for row in source:
            parsed = _parse_row(row, rows)
            if parsed is None:
                continue
            key, region, year, value = parsed
            place = row.place("value")
            previous = values.put(key, region, year, value, place)
            if previous is not None:
                rows.problem(
                    "conflict",
                    place,
                    key=key if isinstance(key, int) else _shown(key),
                    region=region,
                    year=year,
                    value=f"{value:g}",
                    value_fi=f"{value:g}".replace(".", ","),
                    first=str(previous.origin),
                    first_value=f"{previous.value:g}",
                    first_value_fi=f"{previous.value:g}".replace(".", ","),
                )
    except _TooMany:
        pass
    except HyteplanError as exc:  # a file shape that refuses itself (e.g. a foreign JSON object)
        rows.problems.append(
            DataProblem(
                "file-shape", rows.place(1), {"detail": exc.message, "hint": exc.hint or ""}
            )
        )
    return rows.problems


def _decode(raw: bytes, name: str) -> tuple[str | None, DataProblem | None]:
    """UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1252: what Excel writes on Windows."""
    bom = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
    try:
        if bom:
            return raw[bom:].decode("utf-8"), None
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            return raw.decode("utf-16"), None
        try:
            return raw.decode("utf-8"), None
        except UnicodeDecodeError:
            return raw.decode("cp1252"), None
    except UnicodeDecodeError as exc:
        start = min(exc.start + bom, len(raw) - 1)
        before = raw[:start]
        line = before.count(b"\n") + 1
        column = start - before.rfind(b"\n")  # in bytes: the text could not be decoded
        place = Place(name, line, column)
        return None, DataProblem("encoding", place, {"byte": f"0x{raw[start]:02X}"})


# --- CSV ----------------------------------------------------------------------------------------


@dataclass
class _Row:
    """The cells of one row by column name, and where each stands."""

    cells: dict[str, object]
    places: dict[str, Place]

    def place(self, column: str) -> Place:
        return self.places[column]


def _cell_starts(line: str, delimiter: str) -> list[int]:
    """The 1-based column where each cell of a CSV line starts (quotes respected)."""
    starts, quoted = [1], False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            starts.append(index + 2)
    return starts


def _csv_rows(rows: _Rows) -> Iterator[_Row]:
    """Every data row of a Sotkanet or local CSV; the separator from the header line."""
    lines = rows.text.splitlines(keepends=True)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        rows.problem("empty", rows.place(1))
        return
    delimiter = max((";", ",", "\t"), key=lines[first].count)
    reader = csv.reader(io.StringIO("".join(lines[first:])), delimiter=delimiter)
    header = _csv_header(reader, rows, first)
    if header is None:
        return
    value_column = next(name for name in _VALUE_COLUMNS if name in header)
    consumed = reader.line_num
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            rows.problem("csv-invalid", rows.place(first + reader.line_num), detail=str(exc))
            consumed = reader.line_num
            continue
        line = first + consumed + 1  # where the record starts (a quoted cell may span lines)
        consumed = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < len(header) or any(cell.strip() for cell in row[len(header) :]):
            rows.problem(
                "field-count",
                rows.place(line),
                expected=len(header),
                separator=delimiter,
                found=len(row),
            )
            continue
        starts = _cell_starts(lines[line - 1], delimiter)
        cells = dict(zip(header, row, strict=False))
        places = {
            name: rows.place(line, starts[i] if i < len(starts) else 1)
            for i, name in enumerate(header)
        }
        places["value"] = places[value_column]
        yield _Row(
            {
                "indicator": cells["indicator"],
                "region": cells["region"],
                "year": cells["year"],
                "gender": cells.get("gender"),
                "value": cells[value_column],
            },
            places,
        )


def _csv_header(reader: Any, rows: _Rows, first: int) -> list[str] | None:
    """The header's column names (lower case); None after reporting a file that has none."""
    try:
        header = [cell.strip().lower() for cell in next(reader)]
    except csv.Error as exc:
        rows.problem("csv-invalid", rows.place(first + 1), detail=str(exc))
        return None
    missing = [name for name in _REQUIRED_COLUMNS if name not in header]
    if not any(name in header for name in _VALUE_COLUMNS):
        missing.append("value")
    if missing:
        rows.problem("missing-columns", rows.place(first + 1), columns=", ".join(missing))
        return None
    return header


# --- JSON ---------------------------------------------------------------------------------------


def _json_rows(rows: _Rows) -> Iterator[_Row]:
    """Every item of a Sotkanet JSON export, placed where the item starts."""
    reader = JsonItems(rows.text)
    try:
        document = reader.document()
    except json.JSONDecodeError as exc:
        rows.problem("json-invalid", rows.place(exc.lineno, exc.colno), detail=exc.msg)
        return
    except RecursionError:
        rows.problem("json-too-deep", rows.place_at(reader.current))
        return
    if isinstance(document, dict) and "format" in document:
        document = fetched_values(document)
        if document is None:
            rows.problem("json-not-fetched", rows.place(1))
            return
    if not isinstance(document, list):
        rows.problem("json-not-list", rows.place(1), found=_type_name(document))
        return
    starts = reader.starts.get(id(document), [])
    for number, item in enumerate(document):
        place = rows.place_at(starts[number]) if number < len(starts) else rows.place(1)
        if not isinstance(item, dict):
            rows.problem("item-not-object", place, found=_type_name(item))
            continue
        missing = [name for name in (*_REQUIRED_COLUMNS, "value") if name not in item]
        if missing:
            rows.problem("missing-keys", place, keys=", ".join(missing))
            continue
        cells = {name: item.get(name) for name in (*_REQUIRED_COLUMNS, "gender", "value")}
        yield _Row(cells, dict.fromkeys(cells, place))


def _type_name(value: object) -> str:
    """What a JSON value is, in words that do not repeat a (possibly huge) value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    names = {dict: "an object", list: "a list", str: "a text", int: "a number", float: "a number"}
    return names.get(type(value), "a " + type(value).__name__)


COUNTRY_REGION = 0
"""The region key of the whole country (Sotkanet's region of category ``MAA``) in ``data/``.

Municipality numbers start at 1 and welfare regions use their Sotkanet ID, so 0 is free."""

FETCHED_FORMAT = "hyteplan-sotkanet/1"
"""The ``format`` of the JSON object that ``hyteplan data fetch`` and ``data import`` write."""


def fetched_values(document: dict[str, object]) -> list[object] | None:
    """The ``values`` list of a file written by ``hyteplan data fetch`` or ``data import``;
    None when the object is not such a file.

    That file is a JSON object so that the fetch date, source and licence travel with the values
    (see hyteplan.sotkanet.store); its values have the shape of a Sotkanet JSON export.
    """
    values = document.get("values")
    if document.get("format") != FETCHED_FORMAT or not isinstance(values, list):
        return None
    return values


# --- row parsing --------------------------------------------------------------------------------


def _shown(cell: object) -> str:
    """A cell as the messages show it: quoted and cut, control characters escaped."""
    if isinstance(cell, (dict, list)) or cell is None or isinstance(cell, bool):
        return _type_name(cell)
    if isinstance(cell, (int, float)):
        text = repr(cell)
        return text if len(text) <= 40 else text[:37] + "..."
    text = str(cell)
    return repr(text if len(text) <= 40 else text[:37] + "...")


_BAD = object()  # a cell that was reported; the row is not used


def _parse_row(row: _Row, rows: _Rows) -> tuple[IndicatorKey, int, int, float] | None:
    """(key, region, year, value) of a total-gender row; None for skipped or bad rows."""
    gender = row.cells["gender"]
    if gender is not None and str(gender).strip() != "":
        gender_text = str(gender).strip().lower()
        if gender_text in OTHER_GENDERS:
            return None
        if gender_text not in TOTAL_GENDERS:
            rows.problem("gender", row.place("gender"), found=_shown(gender))
            return None
    key = _parse_key(row, rows)
    region = _parse_int(row, "region", rows)
    year = _parse_int(row, "year", rows)
    if isinstance(year, int) and not _MIN_YEAR <= year <= _MAX_YEAR:
        rows.problem("year-range", row.place("year"), found=year)
        year = _BAD
    value = _parse_value(row, rows)
    if _BAD in (key, region, year, value) or value is None:
        return None
    return key, region, year, value


def _long(cell: object, column: str, row: _Row, rows: _Rows) -> bool:
    """True (after reporting it) when a cell is a number too long to convert."""
    text = cell if isinstance(cell, str) else ""
    digits = sum(char.isdigit() for char in text) if len(text) > _MAX_DIGITS else 0
    if isinstance(cell, LongInt) or digits > _MAX_DIGITS:
        count = digits or sum(char.isdigit() for char in str(cell))
        rows.problem(
            "long-number", row.place(column), column=column, digits=count, limit=_MAX_DIGITS
        )
        return True
    return False


def _parse_key(row: _Row, rows: _Rows) -> Any:
    cell = row.cells["indicator"]
    if _long(cell, "indicator", row, rows):
        return _BAD
    if isinstance(cell, bool) or not isinstance(cell, (int, str)):
        rows.problem("indicator-type", row.place("indicator"), found=_shown(cell))
        return _BAD
    if isinstance(cell, int):
        return cell
    text = cell.strip()
    if not text:
        rows.problem("indicator-empty", row.place("indicator"))
        return _BAD
    return int(text) if text.isascii() and text.isdigit() else text


def _parse_int(row: _Row, column: str, rows: _Rows) -> Any:
    cell = row.cells[column]
    if _long(cell, column, row, rows):
        return _BAD
    if isinstance(cell, int) and not isinstance(cell, bool):
        return cell
    text = cell.strip() if isinstance(cell, str) else ""
    if text.isascii() and text.isdigit():
        return int(text)
    rows.problem(f"{column}-type", row.place(column), found=_shown(cell))
    return _BAD


def _parse_value(row: _Row, rows: _Rows) -> Any:
    """A number from ``12,1``, ``12.1``, ``1 234,5`` or a JSON number; None when empty."""
    cell = row.cells["value"]
    if cell is None:
        return None
    if _long(cell, "value", row, rows):
        return _BAD
    place = row.place("value")
    if isinstance(cell, bool) or not isinstance(cell, (int, float, str)):
        rows.problem("value-type", place, found=_shown(cell))
        return _BAD
    if isinstance(cell, (int, float)):
        try:
            number = float(cell)
        except OverflowError:  # an integer of hundreds of digits
            number = math.inf
    else:
        text = cell.strip()
        if not text:
            return None
        compact = (
            text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("\u2212", "-")
        )
        if "," in compact and "." in compact:
            rows.problem("value-ambiguous", place, found=_shown(text))
            return _BAD
        compact = compact.replace(",", ".")
        if not _NUMBER.fullmatch(compact):
            rows.problem("value-type", place, found=_shown(text))
            return _BAD
        number = float(compact)
    if not math.isfinite(number):
        rows.problem("value-not-finite", place, found=_shown(cell))
        return _BAD
    return number
