"""The one place that writes plan YAML back: edits that keep everything else byte for byte.

A coordinator's file carries comments, blank lines between groups, the quoting and the
indentation its author chose. Commands that change it (`new`, `import xlsx`, `fmt`) must not
turn a one-field edit into a rewrite of the file, or git diffs and reviews become useless.

ruamel.yaml's round-trip mode keeps comments, key order, anchors and most styles, but not all
(`~` becomes an empty value, a flow list wrapped over lines is joined). So an edited document is
written by a three-way merge of lines: ruamel's dump of the untouched file (B), its dump of the
edited tree (E) and the original text (O). Only lines that differ between B and E are taken from
E; every other line comes from O as it was. `canonical()` is ruamel's full dump, which is what
`fmt` wants.

Values are read with YAML 1.2 here but by the project's reader (yamlsource, YAML 1.1 with
libyaml) elsewhere: a string that YAML 1.1 would read as something else (`yes`, `061`, `1_0`)
is written quoted, and numbers keep the digits they were written with (`061` stays `061`).

Use: `doc = load(raw_bytes, "region.yaml")`; `doc.get(path)`, `doc.set(path, value)`,
`doc.append(path, entry)` with paths such as ("actions", 3, "title", "fi"); then
`save(file, doc.text())`, which writes atomically (fsio) and only when the bytes differ.
New values take the house style (`to_node`; `flow` for a one-line mapping).
"""

from __future__ import annotations

import difflib
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence, Union

import yaml as pyyaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.compat import ordereddict
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    LiteralScalarString,
    ScalarString,
    SingleQuotedScalarString,
)

from .errors import HyteplanError
from .fsio import atomic_write

Key = Union[str, int]
YamlPath = Sequence[Key]

_BOM = "\ufeff"
# No re-folding of long texts: a line is as long as its author made it.
_WIDTH = 1_000_000
_STR_TAG = "tag:yaml.org,2002:str"
_RESOLVER = pyyaml.SafeLoader("")


def _new_yaml(mapping: int, offset: int, preserve_quotes: bool) -> YAML:
    """A round-trip YAML with the file's indentation (mapping indent, dash offset)."""
    rt = YAML(typ="rt")
    rt.preserve_quotes = preserve_quotes
    rt.width = _WIDTH
    rt.indent(mapping=mapping, sequence=offset + 2, offset=offset)
    return rt


_KEY_LINE = re.compile(r"^( *)(?:- )?[^\s#][^#]*:\s*(?:#.*)?$")


def detect_indent(text: str) -> tuple[int, int]:
    """(mapping indent, dash offset of block lists) as the file writes them; (2, 2) by default.

    Read from the first key whose value is a nested mapping, and the first key whose value is a
    block list: `key:\\n  - x` has offset 2, `key:\\n- x` offset 0.
    """
    mapping: int | None = None
    offset: int | None = None
    lines = [
        line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]
    for line, following in zip(lines, lines[1:]):
        match = _KEY_LINE.match(line)
        if not match:
            continue
        own = len(match.group(1)) + (2 if line.lstrip().startswith("- ") else 0)
        stripped = following.lstrip(" ")
        depth = len(following) - len(stripped)
        if stripped.startswith("- ") and offset is None and depth >= own:
            offset = depth - own
        elif not stripped.startswith("- ") and depth > own and mapping is None:
            mapping = depth - own
        if mapping is not None and offset is not None:
            break
    return mapping or 2, 2 if offset is None else offset


def _is_plain_safe(text: str) -> bool:
    """Whether YAML 1.1 (the project's reader) reads `text` written plain as the same string."""
    resolve: Any = pyyaml.SafeLoader.resolve
    tag: str = resolve(_RESOLVER, pyyaml.ScalarNode, text, (True, False))
    return tag == _STR_TAG


def to_node(value: Any) -> Any:
    """A plain Python value as a round-trip node in the project's house style: lists of
    scalars in flow style (`[a, b]`), mappings in block style, texts with line breaks as
    literal blocks, texts YAML 1.1 would misread quoted."""
    if isinstance(value, (CommentedMap, CommentedSeq, ScalarString)):
        return value
    if isinstance(value, dict):
        node = CommentedMap()
        for key, item in value.items():
            node[key] = to_node(item)
        return node
    if isinstance(value, (list, tuple)):
        seq = CommentedSeq(to_node(item) for item in value)
        if all(not isinstance(item, (dict, list, tuple)) for item in value):
            seq.fa.set_flow_style()
        return seq
    if isinstance(value, str):
        if "\n" in value:
            return LiteralScalarString(value)
        if not _is_plain_safe(value):
            return SingleQuotedScalarString(value)
    return value


def flow(value: dict[str, Any]) -> CommentedMap:
    """A mapping written on one line, `{kind: sotkanet, id: 3906}`, as plans write small ones."""
    node = to_node(value)
    node.fa.set_flow_style()
    return node  # type: ignore[no-any-return]


def _protect(node: Any) -> Any:
    """Quote, in place, every plain string that YAML 1.1 would read as another type."""
    if isinstance(node, dict):
        for key, value in node.items():
            node[key] = _protect(value)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            node[index] = _protect(value)
    elif isinstance(node, str) and not isinstance(node, ScalarString):
        if not _is_plain_safe(node):
            return SingleQuotedScalarString(node)
    return node


def _like(old: Any, new: Any) -> Any:
    """`new` in the style of the value it replaces (folded, literal or quoted stays so)."""
    if isinstance(old, ScalarString) and isinstance(new, str) and not isinstance(new, ScalarString):
        if "\n" not in new or isinstance(old, LiteralScalarString):
            return type(old)(new)
    if (
        isinstance(old, CommentedSeq)
        and isinstance(new, list)
        and not isinstance(new, CommentedSeq)
    ):
        seq = to_node(new)
        if isinstance(seq, CommentedSeq):
            if old.fa.flow_style():
                seq.fa.set_flow_style()
            else:
                seq.fa.set_block_style()
        return seq
    return to_node(new)


# Line breaks other than LF (CRLF files are read as LF), and anchors or aliases (`&a`, `*a`):
# a file with any of them is never patched in place (YamlDocument._patchable).
_OTHER_BREAKS = re.compile("[\r\x85\u2028\u2029]")
_ANCHOR_OR_ALIAS = re.compile(r"(?:^|[\s\[{,])[&*][^\s,\[\]{}]")

# What may follow a scalar on its line: nothing, or spaces and a comment.
_LINE_REST = re.compile(r"^[ \t]*(?:#.*)?\r?\n?$")


@dataclass
class _Patch:
    """A one-line scalar replaced in the text where it stands (see YamlDocument._patch)."""

    parent: CommentedMap
    key: Key
    old: Any
    new: Any
    old_text: str
    new_text: str


def _is_collection(value: Any) -> bool:
    return isinstance(value, (dict, list, tuple))


def _value_place(parent: CommentedMap, key: Key) -> tuple[int, int] | None:
    """(line, column) where the value of `key` starts in a block mapping, as ruamel read it."""
    if parent.fa.flow_style() or _is_collection(parent[key]):
        return None
    try:
        line, column = parent.lc.value(key)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return int(line), int(column)


class YamlDocument:
    """One YAML file loaded for editing; `text()` gives it back with only the edits changed.

    Paths are sequences of mapping keys and list indexes, e.g. ("actions", 3, "title", "fi").
    """

    def __init__(self, text: str, name: str = "<yaml>") -> None:
        self.name = name
        self.bom = text.startswith(_BOM)
        body = text[1:] if self.bom else text
        self.crlf = "\r\n" in body
        self.original = body.replace("\r\n", "\n") if self.crlf else body
        self.indent = detect_indent(self.original)
        self.data: Any = self._load(self.original, preserve_quotes=True)
        self._base: str | None = None  # the dump before the first edit (see text())
        self._patches: dict[tuple[int, int], _Patch] = {}  # scalars replaced in place
        self._original_lines: list[str] | None = None
        self._can_patch: bool | None = None

    @property
    def edited(self) -> bool:
        return self._base is not None or bool(self._patches)

    def _before_edit(self) -> None:
        """Dump the untouched tree once, before the first edit that is not a one-line scalar
        (cheaper than reading twice). Scalars replaced in place so far are put back for that
        dump, so that the line merge sees them as edits too."""
        if self._base is not None:
            return
        for patch in self._patches.values():
            patch.parent[patch.key] = patch.old
        self._base = self._dump(self.data)
        for patch in self._patches.values():
            patch.parent[patch.key] = patch.new
        self._patches.clear()

    def _load(self, text: str, preserve_quotes: bool) -> Any:
        try:
            return _new_yaml(*self.indent, preserve_quotes).load(text)
        except (YAMLError, ValueError) as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f":{mark.line + 1}:{mark.column + 1}" if mark is not None else ""
            raise HyteplanError(
                f"{self.name}{where}: not readable as YAML ({getattr(exc, 'problem', None) or exc})",
                hint=f"run `hyteplan validate` and fix the YAML errors of {self.name} first",
            ) from exc

    # --- reading and editing ------------------------------------------------------------------

    def get(self, path: YamlPath) -> Any:
        """The node at `path`; KeyError or IndexError if it is not there."""
        node = self.data
        for key in path:
            node = node[key]
        return node

    def set(self, path: YamlPath, value: Any, *, position: int | None = None) -> None:
        """Set the value at `path` (a new key is added at the end of its mapping, or at
        `position`); the new value takes the style of the one it replaces."""
        if not path:
            raise ValueError("set needs a path")
        parent = self.get(path[:-1])
        key = path[-1]
        if isinstance(parent, CommentedMap) and key in parent:
            new = _like(parent[key], value)
            if self._base is None and self._patch(parent, key, new):
                return
            self._before_edit()
            parent[key] = new
            return
        self._before_edit()
        if isinstance(parent, CommentedMap):
            if position is not None and position < len(parent):
                parent.insert(position, key, to_node(value))
            else:
                parent[key] = to_node(value)
        else:
            parent[key] = _like(parent[key], value)

    def _patch(self, parent: CommentedMap, key: Key, new: Any) -> bool:
        """Replace a one-line scalar in the text itself, where it stands: no dump of the
        whole file is needed (an import that changes one cell of a large plan). False, and
        nothing done, when the value is not a one-line scalar of a block mapping."""
        place = _value_place(parent, key)
        if place is None or _is_collection(new) or new is None or not self._patchable():
            return False
        earlier = self._patches.get(place)
        old_text = earlier.old_text if earlier else self._scalar_text(parent[key])
        new_text = self._scalar_text(new)
        if old_text is None or new_text is None or _OTHER_BREAKS.search(new_text):
            return False
        line, column = place
        text = self._lines()[line]
        if text[column : column + len(old_text)] != old_text or not _LINE_REST.match(
            text[column + len(old_text) :]
        ):
            return False
        old = earlier.old if earlier else parent[key]
        self._patches[place] = _Patch(parent, key, old, new, old_text, new_text)
        parent[key] = new
        return True

    def _scalar_text(self, value: Any) -> str | None:
        """How the dumper writes `value` after `key: `, if it fits on one line."""
        if value is None or _is_collection(value):
            return None
        dumped = self._dump(CommentedMap([("k", value)]))
        if not dumped.startswith("k: ") or dumped.count("\n") != 1:
            return None
        return dumped[3:-1]

    def _patchable(self) -> bool:
        """Whether ruamel's line numbers are lines of the text, and a value is only itself.

        Line and paragraph separators and NEL break lines for Python but not always for
        ruamel, so a line number could point at another entry; with anchors and aliases the
        place of a value may be its anchor's. Such files go through the merge."""
        if self._can_patch is None:
            text = self.original
            self._can_patch = not (_OTHER_BREAKS.search(text) or _ANCHOR_OR_ALIAS.search(text))
        return self._can_patch

    def _lines(self) -> list[str]:
        """The original's lines, split at LF only (each keeps its LF)."""
        if self._original_lines is None:
            self._original_lines = io.StringIO(self.original, newline="\n").readlines()
        return self._original_lines

    def append(self, path: YamlPath, value: Any, *, position: int | None = None) -> int:
        """Append `value` to the list at `path`; its index in the list. A missing list is
        made, at the end of its mapping or at `position`."""
        self._before_edit()
        try:
            seq = self.get(path)
        except KeyError:
            self.set(path, [], position=position)
            seq = self.get(path)
        if not seq:  # `[]` written as a placeholder: entries go one under another
            seq.fa.set_block_style()
        seq.append(to_node(value))
        return len(seq) - 1

    def delete(self, path: YamlPath) -> None:
        """Remove the key or list item at `path` (added for `import xlsx`: a cleared cell)."""
        parent = self.get(path[:-1])
        self._before_edit()
        del parent[path[-1]]

    # --- writing ------------------------------------------------------------------------------

    def _dump(self, data: Any, preserve_quotes: bool = True) -> str:
        out = io.StringIO()
        _new_yaml(*self.indent, preserve_quotes).dump(_protect(data), out)
        return out.getvalue()

    def _outer(self, body: str) -> str:
        if self.crlf:
            body = body.replace("\n", "\r\n")
        return (_BOM if self.bom else "") + body

    def text(self) -> str:
        """The file with the edits made; unchanged lines are the original's, byte for byte."""
        if self._base is None:
            return self._outer(self._patched())
        return self._outer(merge(self.original, self._base, self._dump(self.data)))

    def _patched(self) -> str:
        """The original text with the scalars of `_patch` replaced where they stand."""
        if not self._patches:
            return self.original
        lines = list(self._lines())
        for (line, column), patch in self._patches.items():
            text = lines[line]
            lines[line] = text[:column] + patch.new_text + text[column + len(patch.old_text) :]
        return "".join(lines)

    def canonical(self) -> str:
        """ruamel's full dump of the tree with quotes only where YAML needs them (for fmt)."""
        return self._outer(self._dump(_unquoted(self.data), preserve_quotes=False))


def _unquoted(node: Any) -> Any:
    """Every quoted string value as a plain one, in place: the dumper quotes what needs it."""
    if isinstance(node, dict):
        for key, value in node.items():
            # plain assignment would keep the old quotes (CommentedMap.__setitem__ does)
            ordereddict.__setitem__(node, key, _unquoted(value))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            list.__setitem__(node, index, _unquoted(value))
    elif isinstance(node, (SingleQuotedScalarString, DoubleQuotedScalarString)):
        return str(node)
    return node


def load(raw: bytes, name: str = "<yaml>") -> YamlDocument:
    """A file's bytes as a YamlDocument; HyteplanError for bytes that are not UTF-8 YAML."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HyteplanError(
            f"{name} is not UTF-8 text",
            hint="save the file as UTF-8 (run `hyteplan validate` to see where)",
        ) from exc
    return YamlDocument(text, name)


def save(path: Path, text: str) -> bool:
    """Write `text` to `path` atomically if it differs from what is there; True if it did."""
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    atomic_write(path, data)
    return True


# --- the three-way merge of lines -------------------------------------------------------------


def _is_filler(line: str, indent: int) -> bool:
    """A blank line, or a comment line left of `indent` (it belongs to what follows)."""
    stripped = line.strip()
    if not stripped:
        return True
    return stripped.startswith("#") and len(line) - len(line.lstrip(" ")) < indent


def _indent_of(lines: Iterable[str]) -> int:
    for line in lines:
        if line.strip():
            return len(line) - len(line.lstrip(" "))
    return 0


def _changes(base: list[str], edited: list[str]) -> tuple[list[bool], list[list[str]]]:
    """Per line of `base`: kept in `edited`? and the lines `edited` inserts before each
    (index len(base): at the end). Insertions of new entries are moved above the blank and
    outdented comment lines that ruamel leaves before them, where a person would put them."""
    keep = [True] * len(base)
    before: list[list[str]] = [[] for _ in range(len(base) + 1)]
    matcher = difflib.SequenceMatcher(None, base, edited, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        for i in range(i1, i2):
            keep[i] = False
        new = edited[j1:j2]
        at = i1
        if tag == "insert" and new:
            depth = _indent_of(new)
            while at > 0 and keep[at - 1] and not before[at] and _is_filler(base[at - 1], depth):
                at -= 1
            new = _grouped(base, at, new, depth)
        before[at].extend(new)
    return keep, before


def _grouped(base: list[str], at: int, new: list[str], depth: int) -> list[str]:
    """`new` with a blank line first when what it joins is separated by blank lines: the
    entries of its list, or the keys around a new key."""
    first = next((line for line in new if line.strip()), "")
    if not new[0].strip():
        return new
    if not first.lstrip(" ").startswith("- "):
        return ["\n", *new] if at < len(base) and not base[at].strip() else new
    for i in range(at - 1, 0, -1):
        line = base[i]
        if line.strip() and len(line) - len(line.lstrip(" ")) < depth:
            return new
        if line.startswith(" " * depth + "- "):
            return ["\n", *new] if not base[i - 1].strip() and i > 1 else new
    return new


def merge(original: str, base: str, edited: str) -> str:
    """`original` with the changes that turn `base` into `edited` (see the module docstring)."""
    o_lines = original.splitlines(keepends=True)
    b_lines = base.splitlines(keepends=True)
    keep, before = _changes(b_lines, edited.splitlines(keepends=True))

    emitted: set[int] = set()

    def inserted(i: int) -> list[str]:
        if i in emitted:
            return []
        emitted.add(i)
        return before[i]

    def edited_version(i1: int, i2: int) -> list[str]:
        out: list[str] = []
        for i in range(i1, i2):
            out += inserted(i)
            if keep[i]:
                out.append(b_lines[i])
        return out

    out: list[str] = []
    matcher = difflib.SequenceMatcher(None, b_lines, o_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        touched = not all(keep[i1:i2]) or any(before[i1 + 1 : i2])
        if tag == "equal" or touched:
            out += edited_version(i1, i2)
        elif tag == "insert":  # lines only the original has (`---`, `%YAML`): they stay first
            out += o_lines[j1:j2]
        else:
            out += inserted(i1)
            out += o_lines[j1:j2]
    out += inserted(len(b_lines))
    return "".join(out)
