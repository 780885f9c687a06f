"""`fmt`: one canonical form for every plan file, so that diffs show content, not style.

The canonical form is: keys in the order of the fields of the file's pydantic model (model.py;
keys the model does not know keep their order, after the known ones), the file's own
indentation, quotes only where YAML needs them, and every comment and blank line kept. It is
written through yamlwrite (ruamel.yaml's round trip). A comment or blank line above a key moves
with that key when keys are reordered, as a person reordering by hand would move it.

A file with YAML errors is never touched: its problems are the same Y diagnostics that
`validate` reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString
from ruamel.yaml.tokens import CommentToken

from .check import to_diagnostic
from .diagnostics import Diagnostic
from .model import FILE_KINDS, unwrap_models
from .rules.reading import findings_from_load
from .workspace import Workspace
from .wsfiles import read_workspace_file
from .yamlwrite import YamlDocument, load

_BLOCK_SCALARS = (FoldedScalarString, LiteralScalarString)


@dataclass(frozen=True)
class Formatted:
    """One plan file: its bytes as read and its text in the canonical form."""

    path: str
    before: bytes
    after: str

    @property
    def changed(self) -> bool:
        return self.before != self.after.encode("utf-8")


def format_text(raw: bytes, kind: str, name: str = "<yaml>") -> str:
    """The canonical form of one file of `kind` (a key of model.FILE_KINDS)."""
    doc = load(raw, name)
    if isinstance(doc.data, CommentedMap):
        _order(doc.data, FILE_KINDS[kind])
    return doc.canonical()


def format_workspace(
    ws: Workspace, only: str | None = None, lang: str = "en"
) -> tuple[list[Formatted], list[Diagnostic]]:
    """Every readable plan file of `ws` (or just `only`) formatted, and the Y diagnostics of
    the files left alone because they have YAML errors."""
    assert ws.root is not None
    yaml_findings = [f for f in findings_from_load(ws) if f.code.startswith("Y")]
    broken = {f.loc.file for f in yaml_findings}
    diagnostics = sorted(
        (
            to_diagnostic(ws, finding, lang)
            for finding in yaml_findings
            if only is None or finding.loc.file == only
        ),
        key=Diagnostic.sort_key,
    )
    results: list[Formatted] = []
    for path, source in sorted(ws.files.items()):
        if (only is not None and path != only) or path in broken or source.data is None:
            continue
        raw = read_workspace_file(ws.root, Path(path))
        results.append(Formatted(path, raw, format_text(raw, source.kind, path)))
    return results, diagnostics


# --- key order --------------------------------------------------------------------------------


def _submodel(model: type[BaseModel], key: Any) -> type[BaseModel] | None:
    """The model of the value under `key` (through lists and Optional), if it is one."""
    info = model.model_fields.get(key) if isinstance(key, str) else None
    if info is None:
        return None
    for candidate in unwrap_models(info.annotation):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def _order(node: CommentedMap, model: type[BaseModel]) -> None:
    """Put the keys of `node` and of every model below it in their fields' order."""
    fields = list(model.model_fields)
    rank = {name: i for i, name in enumerate(fields)}
    keys = list(node)
    wanted = sorted(
        keys, key=lambda k: rank.get(k, len(fields)) if isinstance(k, str) else len(fields)
    )
    if wanted != keys:
        _reorder(node, keys, wanted)
    for key, value in node.items():
        sub = _submodel(model, key)
        if sub is None:
            continue
        items = value if isinstance(value, CommentedSeq) else [value]
        for item in items:
            if isinstance(item, CommentedMap):
                _order(item, sub)


def _tail(node: CommentedMap, key: Any) -> tuple[CommentedMap, Any] | None:
    """Where ruamel keeps the comment lines after the value of `node[key]`: the post-comment
    slot of the last scalar in block style at the end of that value (None after a flow value,
    whose following comments ruamel keeps before the next key)."""
    value = node[key]
    if isinstance(value, (CommentedMap, CommentedSeq)):
        if not value or value.fa.flow_style():
            return None
        if isinstance(value, CommentedMap):
            return _tail(value, list(value)[-1])
        last = value[-1]
        if isinstance(last, CommentedMap) and last and not last.fa.flow_style():
            return _tail(last, list(last)[-1])
        return None
    return node, key


def _take_lead_in(node: CommentedMap, key: Any) -> str:
    """Remove and return the whole lines of comments and blank lines after `node[key]`'s
    value (its end-of-line comment stays)."""
    slot = _tail(node, key)
    if slot is None:
        return ""
    owner, at = slot
    entry = owner.ca.items.get(at)
    if not entry or len(entry) < 3 or entry[2] is None:
        return ""
    token = entry[2]
    text: str = token.value
    if isinstance(owner[at], _BLOCK_SCALARS):
        keep, rest = "", text  # a block scalar ends with its own line break
    else:
        cut = text.find("\n") + 1 or len(text)
        keep, rest = text[:cut], text[cut:]
    if keep:
        token.value = keep
    else:
        entry[2] = None
    return rest


def _pre_text(node: CommentedMap, key: Any) -> str:
    """The comment lines ruamel keeps before `key` (after a flow value), as text."""
    entry = node.ca.items.get(key)
    tokens = entry[1] if entry and len(entry) > 1 and entry[1] else []
    return "".join(" " * t.column + t.value for t in tokens)


def _reorder(node: CommentedMap, keys: list[Any], wanted: list[Any]) -> None:
    """Reorder `node`, moving the comment and blank lines above each key with it."""
    lead_in = {
        key: _take_lead_in(node, prev) + _pre_text(node, key) for prev, key in zip(keys, keys[1:])
    }
    closing = _take_lead_in(node, keys[-1])  # after the mapping: stays at its end
    first = wanted[0]
    if lead_in.get(first):  # nothing may stand between a list's dash and its first key
        lead_in[wanted[1]] = lead_in.pop(first) + lead_in.get(wanted[1], "")
    entries = {key: node.ca.items.pop(key, None) for key in keys}
    values = [(key, node[key]) for key in wanted]
    for key in keys:
        del node[key]
    for key, value in values:
        node[key] = value
        entry = entries[key] or [None, None, None, None]
        entry[1] = [CommentToken(lead_in[key], CommentMark(0))] if lead_in.get(key) else None
        if any(part is not None for part in entry):
            node.ca.items[key] = entry
    if closing:
        _put_after(node, wanted[-1], closing)


def _put_after(node: CommentedMap, key: Any, text: str) -> None:
    """Add comment lines after the value of `node[key]`."""
    slot = _tail(node, key)
    if slot is None:  # a flow value last: the lines go before nothing; keep them on the key
        slot = (node, key)
    owner, at = slot
    entry = owner.ca.items.setdefault(at, [None, None, None, None])
    if entry[2] is not None:
        entry[2].value += text
    else:
        newline = "" if isinstance(owner[at], _BLOCK_SCALARS) else "\n"
        entry[2] = CommentToken(newline + text, CommentMark(0))


__all__ = ["Formatted", "YamlDocument", "format_text", "format_workspace"]
