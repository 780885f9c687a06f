"""Reading one YAML file into plain data plus a map of where every node stands.

Validation only reads, so it uses libyaml's C parser through PyYAML (`compose` keeps line and
column marks at C speed) instead of ruamel.yaml's round-trip loader, which is ~15x slower;
ruamel.yaml stays for the commands that write YAML back. Problems a coordinator's editor can
cause (Excel's encodings, tabs, duplicate keys, an empty file) become YamlProblems with a place.
"""

from __future__ import annotations

import codecs
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

    kind: str  # syntax | tab | duplicate-key | encoding | empty | not-mapping
    span: Span
    params: dict[str, Any]


class Pos:
    """Where a node stands; mappings and sequences also hold their children's positions."""

    __slots__ = ("span", "children", "keys")

    def __init__(self, span: Span) -> None:
        self.span = span
        self.children: Union[dict[Any, "Pos"], list["Pos"], None] = None
        self.keys: dict[Any, Span] | None = None

    def child(self, key: Any) -> "Pos | None":
        if isinstance(self.children, dict):
            return self.children.get(key)
        if isinstance(self.children, list) and isinstance(key, int):
            if 0 <= key < len(self.children):
                return self.children[key]
        return None

    def key_span(self, key: Any) -> Span | None:
        return self.keys.get(key) if self.keys else None


def _span(node: yaml.Node) -> Span:
    start, end = node.start_mark, node.end_mark
    return Span(start.line + 1, start.column + 1, end.line + 1, end.column + 1)


@dataclass
class ParsedFile:
    """A file's data and positions, or the problems that kept it from being read."""

    data: Any
    pos: Pos | None
    problems: list[YamlProblem]


_STR_TAG = "tag:yaml.org,2002:str"


class _Builder:
    """Turns composed nodes into Python values, recording positions and duplicate keys."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader
        self.problems: list[YamlProblem] = []

    def build(self, node: yaml.Node) -> tuple[Any, Pos]:
        pos = Pos(_span(node))
        if isinstance(node, yaml.ScalarNode):
            if node.tag == _STR_TAG:
                return node.value, pos
            return self.loader.construct_object(node), pos
        if isinstance(node, yaml.SequenceNode):
            items: list[Any] = []
            children: list[Pos] = []
            for item in node.value:
                value, child = self.build(item)
                items.append(value)
                children.append(child)
            pos.children = children
            return items, pos
        if isinstance(node, yaml.MappingNode):
            mapping: dict[Any, Any] = {}
            kids: dict[Any, Pos] = {}
            keys: dict[Any, Span] = {}
            for key_node, value_node in node.value:
                key, _ = self.build(key_node)
                if isinstance(key, (list, dict)):
                    key = str(key)
                key_span = _span(key_node)
                if key in mapping:
                    self.problems.append(
                        YamlProblem(
                            "duplicate-key",
                            key_span,
                            {"key": key, "first_line": keys[key].line},
                        )
                    )
                    continue
                value, child = self.build(value_node)
                mapping[key] = value
                kids[key] = child
                keys[key] = key_span
            pos.children = kids
            pos.keys = keys
            return mapping, pos
        raise TypeError(f"unexpected YAML node {node!r}")  # pragma: no cover


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
    """Read a file's bytes into data and positions, or report why it cannot be read."""
    text, problem = decode(raw)
    if problem is not None or text is None:
        return ParsedFile(None, None, [problem] if problem else [])
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
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
    if node is None:
        return ParsedFile(None, None, [YamlProblem("empty", Span(1, 1, 1, 1), {})])
    builder = _Builder(loader)
    try:
        data, pos = builder.build(node)
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        span = Span(mark.line + 1, mark.column + 1, mark.line + 1, mark.column + 2) if mark else Span(1, 1, 1, 1)
        return ParsedFile(None, None, [YamlProblem("syntax", span, {"detail": str(exc.problem)})])
    if not isinstance(data, dict):
        got = "a list" if isinstance(data, list) else "a single value"
        return ParsedFile(None, None, builder.problems + [YamlProblem("not-mapping", pos.span, {"got": got})])
    return ParsedFile(data, pos, builder.problems)
