"""Reading one YAML file into plain data plus a map of where every node stands.

Validation only reads, so it uses libyaml's C parser through PyYAML, building values straight
from its events (see _Builder), instead of ruamel.yaml's round-trip loader, which is ~15x
slower; ruamel.yaml stays for the commands that write YAML back. Positions are made only when
a diagnostic asks for them (see ParsedFile). Problems a coordinator's editor can
cause (Excel's encodings, tabs, duplicate keys, an empty file) become YamlProblems with a place.
"""

from __future__ import annotations

import codecs
import re
import sys
from dataclasses import dataclass
from typing import Any, Union

import yaml

from .diagnostics import Span

try:  # the C parser ships in PyYAML's wheels; fall back to pure Python where it doesn't
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the platform's wheel
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


@dataclass(frozen=True)
class YamlProblem:
    """A problem found while reading a file; `kind` names the check (see rules.yaml_checks)."""

    # syntax | tab | duplicate-key | encoding | empty | not-mapping | control-character
    # | long-number
    kind: str
    span: Span
    params: dict[str, Any]


class Pos:
    """Where a node stands; mappings and sequences also hold their children's positions.

    A place is kept as a tuple of 0-based ints (line, column, end line, end column) and turned
    into a Span only when asked. A scalar child is stored as that bare tuple and wrapped on
    demand: with ~40,000 nodes in a large region, fewer and smaller objects make the read
    with positions (done only for files that have a diagnostic) about twice as fast as
    keeping libyaml's mark objects.
    """

    __slots__ = ("where", "children", "keys")

    def __init__(
        self, where: tuple[int, int, int, int], children: Any = None, keys: Any = None
    ) -> None:
        self.where = where
        self.children: Union[dict[Any, Any], list[Any], None] = children
        self.keys: dict[Any, tuple[int, int, int, int]] | None = keys

    @property
    def span(self) -> Span:
        return _span(self.where)

    def child(self, key: Any) -> "Pos | None":
        children = self.children
        if isinstance(children, dict):
            found = children.get(key)
        elif isinstance(children, list) and isinstance(key, int) and 0 <= key < len(children):
            found = children[key]
        else:
            return None
        if isinstance(found, tuple):
            return Pos(found)
        return found

    def key_span(self, key: Any) -> Span | None:
        where = self.keys.get(key) if self.keys else None
        return _span(where) if where else None


def _span(where: tuple[int, int, int, int]) -> Span:
    return Span(where[0] + 1, where[1] + 1, where[2] + 1, where[3] + 1)


def _where(start: Any, end: Any) -> tuple[int, int, int, int]:
    return (start.line, start.column, end.line, end.column)


class ParsedFile:
    """A file's data and positions, or the problems that kept it from being read.

    Positions are worked out only when first asked for (`pos`), by reading the text again:
    a clean file never needs them, and keeping a position for each of the ~40,000 nodes of a
    large region made Python's garbage collector walk ~120,000 more objects, which cost more
    than the second read that a file with a diagnostic now pays.
    """

    __slots__ = ("data", "problems", "_text", "_pos")

    def __init__(
        self, data: Any, pos: "Pos | None", problems: list[YamlProblem], text: str | None = None
    ) -> None:
        self.data = data
        self.problems = problems
        self._pos = pos
        self._text = text  # kept to find positions later; None once they are known

    @property
    def pos(self) -> "Pos | None":
        if self._pos is None and self._text is not None:
            self._pos = _read(self._text, positions=True).pos
            self._text = None
        return self._pos


# Plans nest six levels at most; reading is recursive, and Python's stack ends near 500 levels.
MAX_DEPTH = 100


class _TooDeep(Exception):
    """Raised where lists and mappings nest deeper than MAX_DEPTH."""

    def __init__(self, mark: Any) -> None:
        super().__init__()
        self.mark = mark


def _mark_span(mark: Any) -> Span:
    """One character at a libyaml mark."""
    return Span(mark.line + 1, mark.column + 1, mark.line + 1, mark.column + 2)


class _LongNumber(Exception):
    """Raised at an integer with more digits than Python converts (sys.get_int_max_str_digits)."""

    def __init__(self, event: Any) -> None:
        super().__init__()
        self.event = event


class _NeedPositions(Exception):
    """Raised by a values-only read when what it found (a duplicate key, a document that is not
    a mapping) can only be reported with positions: the file is read again with them."""


_STR_TAG = "tag:yaml.org,2002:str"
_INT_TAG = "tag:yaml.org,2002:int"
_MERGE_TAG = "tag:yaml.org,2002:merge"
# YAML 1.1 reads a plain number with a leading zero (061) as octal: 061 would be 49, another
# municipality's number. Such a number is kept as written; fields that want a whole number read
# it as the decimal number it is (see docs/architecture.md).
_LEADING_ZERO = re.compile(r"[-+]?0[0-9_]+")
# Python refuses to convert longer integers (a guard against slow conversions); 0 is no limit.
_MAX_DIGITS = getattr(sys, "get_int_max_str_digits", lambda: 4300)() or 1_000_000
_Scalar = yaml.ScalarEvent
_SeqStart, _SeqEnd = yaml.SequenceStartEvent, yaml.SequenceEndEvent
_MapStart, _MapEnd = yaml.MappingStartEvent, yaml.MappingEndEvent
_Alias = yaml.AliasEvent
# Implicit tags of plain scalars already seen (keys, years, yes/no repeat in every file).
_RESOLVED: dict[str, str] = {}


class _Builder:
    """Turns parser events straight into Python values, and positions if asked to.

    This is what `yaml.compose` + construct would give (same implicit types as SafeLoader,
    anchors and aliases included) without building a node tree first: composing creates a
    Python node and calls the Python resolver for every scalar, which costs more than libyaml's
    parsing itself. Plain scalars that no implicit type can match (most text starts with a
    letter that no resolver starts with) skip the resolver altogether. Sequences and mappings
    have two loops each, with and without positions, because this is the innermost loop of
    `validate` and a flag tested per node would cost in the common case.
    """

    def __init__(self, loader: Any, positions: bool) -> None:
        self.loader = loader
        self.get = loader.get_event
        self.problems: list[YamlProblem] = []
        self.anchors: dict[str, tuple[Any, Any, Any]] = {}
        self.first_chars = frozenset(loader.yaml_implicit_resolvers)
        self.positions = positions
        self.first_shared: Any = None  # where an alias first repeats a list or mapping
        self.depth = 0
        self.merged_keys = 0  # keys copied by merge keys (<<), limited like aliases
        self.sequence = self._sequence_pos if positions else self._sequence
        self.mapping = self._mapping_pos if positions else self._mapping

    def document(self) -> tuple[Any, Any] | None:
        """The single document of the stream, as (value, position); None when there is none."""
        get = self.get
        get()  # stream start
        event = get()
        if isinstance(event, yaml.StreamEndEvent):
            return None
        start_mark = event.start_mark
        built = self.node(get())
        get()  # document end
        event = get()
        if not isinstance(event, yaml.StreamEndEvent):
            raise yaml.composer.ComposerError(
                "expected a single document in the stream",
                start_mark,
                "but found another document",
                event.start_mark,
            )
        return built

    def scalar(self, event: Any) -> Any:
        """A scalar's value with SafeLoader's implicit types, skipping the resolver where it cannot match."""
        value = event.value
        tag = event.tag
        if tag is None or tag == "!":
            if not event.implicit[0] or (value and value[0] not in self.first_chars):
                return value
            if len(value) > 5 and value[0].isalpha():
                return value  # letters start only yes/no/on/off/true/false/null: 5 at most
            tag = _RESOLVED.get(value)
            if tag is None:
                tag = self.loader.resolve(yaml.ScalarNode, value, (True, False))
                if len(_RESOLVED) > 10_000:
                    _RESOLVED.clear()
                _RESOLVED[value] = tag
        if tag == _STR_TAG or tag == _MERGE_TAG:  # `<<` as a key: the mapping loops merge
            return value
        if tag == _INT_TAG:
            if len(value) > _MAX_DIGITS and sum(c.isalnum() for c in value) > _MAX_DIGITS:
                raise _LongNumber(event)
            if value.isdigit() and (value[0] != "0" or value == "0"):
                return int(value)
            if _LEADING_ZERO.fullmatch(value):
                return value
        node = yaml.ScalarNode(tag, value, event.start_mark, event.end_mark, event.style)
        try:
            return self.loader.construct_object(node)
        except ValueError:  # e.g. a date like 2026-02-30: keep the text, the schema says why
            return value

    def node(self, event: Any) -> tuple[Any, Any]:
        """(value, position) of the node that starts with `event`. A scalar's position is a
        place tuple, a collection's a Pos; None when positions are not kept."""
        cls = event.__class__
        if cls is _Scalar:
            value: Any = self.scalar(event)
            pos: Any = _where(event.start_mark, event.end_mark) if self.positions else None
        elif cls is _MapStart or cls is _SeqStart:
            depth = self.depth = self.depth + 1
            if depth > MAX_DEPTH:
                raise _TooDeep(event.start_mark)
            value, pos = (self.mapping if cls is _MapStart else self.sequence)(event)
            self.depth = depth - 1
        elif cls is _Alias:
            anchored = self.anchors.get(event.anchor)
            if anchored is None:
                raise yaml.composer.ComposerError(
                    None, None, f"found undefined alias {event.anchor!r}", event.start_mark
                )
            if self.first_shared is None and isinstance(anchored[0], (list, dict)):
                self.first_shared = event.start_mark
            return anchored[0], anchored[1]
        else:  # pragma: no cover - libyaml only emits the events above inside a document
            raise yaml.composer.ComposerError(None, None, "unexpected event", event.start_mark)
        anchor = event.anchor
        if anchor is not None:
            if anchor in self.anchors:
                raise yaml.composer.ComposerError(
                    "found duplicate anchor; first occurrence",
                    self.anchors[anchor][2],
                    "second occurrence",
                    event.start_mark,
                )
            self.anchors[anchor] = (value, pos, event.start_mark)
        return value, pos

    def _sequence(self, start: Any) -> tuple[list[Any], None]:
        get, scalar = self.get, self.scalar
        items: list[Any] = []
        append = items.append
        while True:
            event = get()
            cls = event.__class__
            if cls is _Scalar and event.anchor is None:
                append(scalar(event))
            elif cls is _SeqEnd:
                return items, None
            else:
                append(self.node(event)[0])

    def _mapping(self, start: Any) -> tuple[dict[Any, Any], None]:
        get, scalar = self.get, self.scalar
        mapping: dict[Any, Any] = {}
        merges: list[tuple[Any, Any, Any]] = []
        while True:
            event = get()
            cls = event.__class__
            if cls is _MapEnd:
                if merges:
                    return self._merged(mapping, None, merges)
                return mapping, None
            if cls is _Scalar and event.anchor is None:
                key: Any = scalar(event)
                if key == "<<" and event.implicit[0]:
                    merges.append((*self.node(get()), event.start_mark))
                    continue
            else:
                key = self.node(event)[0]
                if isinstance(key, (list, dict)):
                    key = str(key)
            if key in mapping:
                raise _NeedPositions  # a duplicate key: its report names both places
            event = get()
            if event.__class__ is _Scalar and event.anchor is None:
                mapping[key] = scalar(event)
            else:
                mapping[key] = self.node(event)[0]

    def _sequence_pos(self, start: Any) -> tuple[list[Any], Pos]:
        get, scalar = self.get, self.scalar
        items: list[Any] = []
        children: list[Any] = []
        while True:
            event = get()
            cls = event.__class__
            if cls is _Scalar and event.anchor is None:
                items.append(scalar(event))
                s, e = event.start_mark, event.end_mark
                children.append((s.line, s.column, e.line, e.column))
            elif cls is _SeqEnd:
                return items, Pos(_where(start.start_mark, event.end_mark), children)
            else:
                value, pos = self.node(event)
                items.append(value)
                children.append(pos)

    def _mapping_pos(self, start: Any) -> tuple[dict[Any, Any], Pos]:
        """A mapping with positions; a duplicate key is reported here, where both places are known."""
        get, scalar = self.get, self.scalar
        mapping: dict[Any, Any] = {}
        kids: dict[Any, Any] = {}
        keys: dict[Any, tuple[int, int, int, int]] = {}
        merges: list[tuple[Any, Any, Any]] = []
        while True:
            event = get()
            cls = event.__class__
            if cls is _MapEnd:
                pos = Pos(_where(start.start_mark, event.end_mark), kids, keys)
                if merges:
                    return self._merged(mapping, pos, merges)
                return mapping, pos
            s = event.start_mark
            if cls is _Scalar and event.anchor is None:
                key: Any = scalar(event)
                if key == "<<" and event.implicit[0]:
                    merges.append((*self.node(get()), event.start_mark))
                    continue
                e = event.end_mark
                key_where = (s.line, s.column, e.line, e.column)
            else:
                key, key_pos = self.node(event)
                if isinstance(key, (list, dict)):
                    key = str(key)
                end = key_pos if isinstance(key_pos, tuple) else key_pos.where
                key_where = (s.line, s.column, end[2], end[3])
            event = get()
            if key in mapping:
                self.node(event)  # read and drop the duplicate's value
                self.problems.append(
                    YamlProblem(
                        "duplicate-key",
                        _span(key_where),
                        {"key": key, "first_line": keys[key][0] + 1},
                    )
                )
                continue
            if event.__class__ is _Scalar and event.anchor is None:
                mapping[key] = scalar(event)
                s, e = event.start_mark, event.end_mark
                assert s is not None and e is not None  # libyaml marks every event
                kids[key] = (s.line, s.column, e.line, e.column)
            else:
                mapping[key], kids[key] = self.node(event)
            keys[key] = key_where

    def _merged(
        self, mapping: dict[Any, Any], pos: Pos | None, merges: list[tuple[Any, Any, Any]]
    ) -> tuple[dict[Any, Any], Any]:
        """A mapping with its merge keys (`<<: *base`) applied as YAML's merge type says and
        PyYAML's SafeLoader means to: keys written in the mapping win over merged ones, and of
        the merged mappings the first one written wins (`<<: [*a, *b]`: a's keys)."""
        out: dict[Any, Any] = {}
        kids: dict[Any, Any] = {}
        keys: dict[Any, Any] = {}
        for value, where, mark in merges:
            if isinstance(value, dict):
                sources: list[tuple[Any, Any]] = [(value, where)]
            elif isinstance(value, list):
                sources = list(zip(value, where.children if where else [None] * len(value)))
            else:
                sources = []
            if not sources or not all(isinstance(v, dict) for v, _ in sources):
                raise yaml.constructor.ConstructorError(None, None, _MERGE_DETAIL, mark)
            for source, source_pos in sources:
                self.merged_keys += len(source)
                if self.merged_keys > MAX_EXPANDED_VALUES:
                    raise _TooMany(mark)
                fresh = [key for key in source if key not in out]
                out.update((key, source[key]) for key in fresh)
                if isinstance(source_pos, Pos) and isinstance(source_pos.children, dict):
                    kids.update((key, source_pos.children.get(key)) for key in fresh)
                    keys.update((key, (source_pos.keys or {}).get(key)) for key in fresh)
        out.update(mapping)
        if pos is None:
            return out, None
        kids.update(pos.children or {})
        keys.update(pos.keys or {})
        return out, Pos(pos.where, kids, keys)


_MERGE_DETAIL = "`<<` merges a mapping or a list of mappings, e.g. `<<: *base`"


class _TooMany(Exception):
    """Raised when merge keys copy more than MAX_EXPANDED_VALUES keys in all."""

    def __init__(self, mark: Any) -> None:
        super().__init__()
        self.mark = mark


def decode(raw: bytes) -> tuple[str | None, YamlProblem | None]:
    """Bytes to text; Excel's UTF-16 and Windows-1252 files get a problem, not a crash."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (
        len(raw) >= 2 and (raw[0] == 0 or raw[1] == 0)
    ):
        return None, YamlProblem("encoding", Span(1, 1, 1, 1), {"encoding": "UTF-16"})
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        line_start = before.rfind(b"\n") + 1
        column = len(raw[line_start : exc.start].decode("utf-8", errors="replace")) + 1
        return None, YamlProblem(
            "encoding",
            Span(line, column, line, column + 1),
            {"encoding": "Windows-1252", "byte": f"0x{raw[exc.start]:02X}"},
        )
    return text, None


# What YAML allows in a file (its "printable" set); libyaml refuses the rest and says only the
# character's offset. C0 and C1 controls but tab, newline, CR and NEL, DEL, U+FFFE and U+FFFF.
NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# A file full of them gets this many problems, enough to see the pattern.
MAX_CHARACTER_PROBLEMS = 10


def control_characters(text: str) -> list[YamlProblem]:
    """A problem at each character YAML does not allow (the first few), with its line and column."""
    problems: list[YamlProblem] = []
    for match in NOT_PRINTABLE.finditer(text):
        start = match.start()
        line = text.count("\n", 0, start) + 1
        column = start - text.rfind("\n", 0, start)
        code = f"U+{ord(match.group()):04X}"
        problems.append(
            YamlProblem("control-character", Span(line, column, line, column + 1), {"char": code})
        )
        if len(problems) == MAX_CHARACTER_PROBLEMS:
            break
    return problems


def _long_number(event: Any) -> YamlProblem:
    """A number too long for Python to read, at its place."""
    digits = sum(c.isalnum() for c in event.value)
    span = _span(_where(event.start_mark, event.end_mark))
    return YamlProblem("long-number", span, {"digits": digits, "limit": _MAX_DIGITS})


def _first_tab(text: str, near_line: int) -> Span | None:
    """A tab in the indentation at or before the line where parsing failed."""
    lines = text.split("\n")
    for number in range(min(near_line, len(lines)), 0, -1):
        line = lines[number - 1]
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            col = indent.index("\t") + 1
            return Span(number, col, number, col + 1)
    return None


def parse(raw: bytes) -> ParsedFile:
    """Read a file's bytes into data (positions on demand), or report why it cannot be read."""
    text, problem = decode(raw)
    if problem is not None or text is None:
        return ParsedFile(None, None, [problem] if problem else [])
    try:
        return _read(text, positions=False)
    except _NeedPositions:
        return _read(text, positions=True)


# An alias repeats a list or mapping without copying it, but everything after the reader
# (collecting IDs, validation, rules) walks the repeats: nine nested aliases of ten items are a
# billion values ("billion laughs"). No plan needs more than this many; a large region's
# biggest file has ~40,000.
MAX_EXPANDED_VALUES = 1_000_000


def _expanded_size(value: Any, memo: dict[int, int]) -> int:
    """How many values `value` holds once every alias is expanded (shared parts counted once
    per use, computed once each)."""
    known = memo.get(id(value))
    if known is not None:
        return known
    total = 1
    for child in value.values() if isinstance(value, dict) else value:
        total += _expanded_size(child, memo) if isinstance(child, (list, dict)) else 1
    memo[id(value)] = total
    return total


def _read(text: str, positions: bool) -> ParsedFile:
    """Build one document's data (and positions), turning every YAML failure into a YamlProblem."""
    loader = _Loader(text)
    builder = _Builder(loader, positions)
    try:
        document = builder.document()
    except _TooDeep as exc:
        detail = f"lists and mappings are nested more than {MAX_DEPTH} levels deep"
        return ParsedFile(
            None, None, [YamlProblem("syntax", _mark_span(exc.mark), {"detail": detail})]
        )
    except _TooMany as exc:
        detail = f"merge keys (<<) copy more than {MAX_EXPANDED_VALUES:,} keys"
        return ParsedFile(
            None, None, [YamlProblem("syntax", _mark_span(exc.mark), {"detail": detail})]
        )
    except _LongNumber as exc:
        return ParsedFile(None, None, [_long_number(exc.event)])
    except yaml.reader.ReaderError:
        return ParsedFile(None, None, control_characters(text))
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        span = _mark_span(mark) if mark else Span(1, 1, 1, 1)
        return ParsedFile(None, None, [YamlProblem("syntax", span, {"detail": str(exc.problem)})])
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        column = mark.column + 1 if mark else 1
        tab = _first_tab(text, line) if "\t" in text else None
        if tab is not None:
            return ParsedFile(None, None, [YamlProblem("tab", tab, {})])
        message = (exc.problem or exc.context or "invalid YAML").strip()
        return ParsedFile(
            None,
            None,
            [YamlProblem("syntax", Span(line, column, line, column + 1), {"detail": message})],
        )
    finally:
        loader.dispose()
    if document is None:
        return ParsedFile(None, None, [YamlProblem("empty", Span(1, 1, 1, 1), {})])
    data, pos = document
    shared = builder.first_shared
    if shared is not None and _expanded_size(data, {}) > MAX_EXPANDED_VALUES:
        span = _mark_span(shared)
        detail = (
            f"aliases (*name) repeat lists or mappings to more than {MAX_EXPANDED_VALUES:,} values"
        )
        return ParsedFile(None, None, [YamlProblem("syntax", span, {"detail": detail})])
    if not isinstance(data, dict):
        if not positions:
            raise _NeedPositions
        got = "a list" if isinstance(data, list) else "a single value"
        span = _span(pos) if isinstance(pos, tuple) else pos.span
        return ParsedFile(
            None, None, builder.problems + [YamlProblem("not-mapping", span, {"got": got})]
        )
    return ParsedFile(data, pos, builder.problems, None if positions else text)
