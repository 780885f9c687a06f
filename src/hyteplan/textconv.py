"""A stable, normalised text view of one plan file, for `git diff` and `git log -p` (textconv).

git hands the command a temporary copy of one blob, so the view depends on the file's content
alone: its kind is recognised from its top-level keys, not from its name. Comments, key order,
quoting and line wrapping disappear; each object becomes a block headed by its kind and ID, one
field a line, so that a line-based diff of two views shows changes of meaning only.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from .diff.fields import FieldType, field_types, normalise_text, one_line
from .load import ID_LISTS
from .model import FILE_KINDS, ActionStatus, StatusFile
from .yamlsource import NOT_PRINTABLE, parse

# Nested records shown as a block of their own.
_NESTED_BLOCKS = ("region", "plan", "rules", "report")
# Lists whose items are objects of the diff without an `id` list of load.ID_LISTS: the kind
# the diff names them by, and the field that is their ID there (diff/compare.py).
_OBJECT_LISTS = {
    "indicator_groups": ("indicator-group", "id"),
    "previous_term_evaluations": ("evaluation", "action"),
}
# Objects listed inside another: the field that names their container.
_PARENT = {"goals": "focus_area"}


def detect_kind(data: Any) -> str | None:
    """The file kind from its top-level keys (git's temporary file names say nothing)."""
    if not isinstance(data, dict):
        return None
    if "municipalities" in data and "date" in data:  # negotiations/: a negotiation's record
        return "negotiation"
    if "organisations" in data or set(data) == {"year"}:  # other yearly files may have a year
        return "status"
    if "municipality" in data:
        return "municipality"
    if "plan" in data:
        return "region"
    if "region" in data or "term" in data:
        return "workspace"
    for key, kind in (
        ("parties", "parties"),
        ("indicators", "indicators"),
        ("focus_areas", "focus-areas"),
    ):
        if key in data:
            return kind
    return None


def textconv(raw: bytes) -> str:
    """The normalised view; a file that is not a valid plan file is shown as written."""
    parsed = parse(raw)
    if parsed.problems or parsed.data is None:
        reason = parsed.problems[0].kind if parsed.problems else "empty"
        return _as_written(raw, f"not readable as YAML ({reason})")
    kind = detect_kind(parsed.data)
    if kind is None:
        return _as_written(raw, "not a plan file")
    try:
        model = FILE_KINDS[kind].model_validate(parsed.data)
    except ValidationError as exc:
        count = exc.error_count()
        return _as_written(raw, f"{kind} file with {count} schema error{'s' if count != 1 else ''}")
    lines = [f"# {kind}"]
    lines += _status_blocks(model) if isinstance(model, StatusFile) else _block(model, None)
    return "\n".join(lines) + "\n"


def _status_blocks(model: StatusFile) -> list[str]:
    """A status file: its year, then a block per entry headed `status <organisation>/<action>`."""
    lines = [f"year: {model.year}"]
    for org, entries in model.organisations.items():
        for entry in entries:
            lines += _status_entry(org, entry)
    return lines


def _status_entry(org: str, entry: ActionStatus) -> list[str]:
    """One entry; each participant's note on lines of its own, as diff/compare shows it."""
    plain = entry.model_copy(update={"participant_notes": {}})
    lines = _block(plain, f"status {org}/{entry.action}")
    lines.remove(f"  action: {entry.action}")  # the header names it
    for key, note in sorted(entry.participant_notes.items()):
        lines += [
            "  " + line for line in _field_lines(f"participant_notes.{key}", FieldType.TEXT, note)
        ]
    return lines


def _as_written(raw: bytes, reason: str) -> str:
    # characters YAML refuses (ESC, BEL...) would reach the terminal through `git diff`
    text = NOT_PRINTABLE.sub(lambda m: f"<U+{ord(m.group()):04X}>", raw.decode("utf-8", "replace"))
    return f"# hyteplan textconv: {reason}; shown as written\n{text}" + (
        "" if text.endswith("\n") else "\n"
    )


def _block(model: BaseModel, header: str | None, extra: list[str] | None = None) -> list[str]:
    """One object: its header, its fields a line each, then its nested objects' blocks."""
    lines = [] if header is None else ["", header]
    indent = "" if header is None else "  "
    lines += [indent + line for line in extra or []]
    later: list[str] = []
    types = dict(field_types(type(model)))
    for name in type(model).model_fields:
        if name == "id":
            continue
        value = getattr(model, name)
        if value is None or (isinstance(value, (list, dict)) and not value):
            continue
        if name in _OBJECT_LISTS and isinstance(value, list):
            later += [line for item in value for line in _object_block(item, *_OBJECT_LISTS[name])]
        elif name in ID_LISTS and isinstance(value, list) and isinstance(value[0], BaseModel):
            # a focus area's goals name it; a plan's own goals name theirs themselves
            parent = (
                [f"{_PARENT[name]}: {model.id}"]
                if name in _PARENT and hasattr(model, "id")
                else None
            )
            for item in value:
                later += _block(item, f"{ID_LISTS[name]} {item.id}", parent)
        elif name in _NESTED_BLOCKS and isinstance(value, BaseModel):
            nested = _block(value, name)
            later += nested if len(nested) > 2 else []  # an empty record says nothing
        else:
            lines += [
                indent + line
                for line in _field_lines(name, types.get(name, FieldType.VALUE), value)
            ]
    return lines + later


def _object_block(item: BaseModel, kind: str, key: str) -> list[str]:
    """A listed object headed `kind ID`; an ID field other than `id` is named by the header."""
    ident = getattr(item, key)
    lines = _block(item, f"{kind} {ident}")
    return [line for line in lines if line != f"  {key}: {ident}"]


def _field_lines(name: str, ftype: FieldType, value: Any) -> list[str]:
    """One field as lines that sort and compare stably (sets sorted, texts one line per language)."""
    if ftype is FieldType.TEXT:
        if isinstance(value, list):  # a list of texts (a negotiation record's next steps)
            return [line for item in value for line in _field_lines(name, ftype, item)]
        if isinstance(value, str):
            return [f"{name}: {one_line(normalise_text(value))}"]
        return [
            f"{name}[{lang}]: {one_line(normalise_text(value[lang]))}" for lang in sorted(value)
        ]
    if ftype is FieldType.VALUE and isinstance(value, list) and value:
        if all(isinstance(v, (str, dict)) for v in value):  # a list of texts: one line each
            return [line for item in value for line in _field_lines(name, FieldType.TEXT, item)]
    if ftype is FieldType.LIST:
        return [f"{name}: {', '.join(sorted(str(v) for v in value))}"]
    if ftype is FieldType.ITEMS:
        return [f"{name}:"] + sorted(f"  - {_scalar(item)}" for item in value)
    return [f"{name}: {_scalar(value)}"]


def _scalar(value: Any) -> str:
    """A value on one line: ranges as 2026–2028, records as `key: value; key: value`."""
    if isinstance(value, BaseModel):
        data = {
            k: getattr(value, k)
            for k in type(value).model_fields
            if getattr(value, k) not in (None, [])
        }
        if set(data) == {"start", "end"}:
            return f"{data['start']}–{data['end']}"
        return "; ".join(f"{k}: {_scalar(v)}" for k, v in data.items())
    if isinstance(value, dict):
        return "; ".join(
            f"{k}: {one_line(normalise_text(str(v)))}" for k, v in sorted(value.items())
        )
    if isinstance(value, list):
        return ", ".join(_scalar(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str):
        return one_line(normalise_text(value))
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)
