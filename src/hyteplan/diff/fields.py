"""The meaning of a plan object as plain, comparable field values.

Two versions of an object are equal when their meaning is: key order, comments, quoting, the
way a text was wrapped, `2026-2028` versus `{start: 2026, end: 2028}`, `12.5.2026` versus
`2026-05-12`, and the order of set-like lists (partners, indicators) do not count. The same view
feeds `hyteplan diff` and `hyteplan textconv`, so both agree on what a change is.
"""

from __future__ import annotations

import json
import re
import typing
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from ..model import validate_text

Json = Any  # a value json.dumps accepts: str, int, float, bool, None, list, dict


class FieldType(str, Enum):
    """How a field is compared and shown."""

    TEXT = "text"  # {lang: text}: compared per language, shown as word changes
    LIST = "list"  # a set of IDs or words: items added and removed; order does not matter
    ITEMS = "items"  # a list of small records without IDs (wellbeing gaps, decisions)
    VALUE = "value"  # anything else: old value, new value


@dataclass(frozen=True)
class Field:
    """One field of an object as compared: its name, type and normalised value."""

    name: str
    type: FieldType
    value: Json


# Fields that are not part of an object's own meaning: the ID is the match key, and a focus
# area's goals are objects of their own.
SKIPPED_FIELDS = frozenset({"id", "goals"})

# ASCII whitespace only: a no-break space is written on purpose (12,1 %) and stays.
_WS = " \t\r\n\f\v"
_PARAGRAPH = re.compile(r"[ \t\r\f\v]*\n[ \t\r\f\v]*\n[ \t\r\n\f\v]*")
_SPACE = re.compile(r"[ \t\r\n\f\v]+")
_BREAKS = frozenset("\t\r\n\f\v")


def normalise_text(text: str) -> str:
    """Whitespace as meaning: a blank line separates paragraphs; any other run is one space."""
    if "  " not in text and _BREAKS.isdisjoint(text):  # the common one-line text, fast
        return text.strip(_WS)
    paragraphs = _PARAGRAPH.split(text.strip(_WS))
    return "\n\n".join(_SPACE.sub(" ", p) for p in paragraphs if p)


def one_line(text: str) -> str:
    """A normalised text on one line: paragraph breaks shown as ¶ (for line-based views)."""
    return text.replace("\n\n", " ¶ ")


def text_value(text: str | dict[str, str] | None, default_lang: str) -> dict[str, str] | None:
    """A text field as {lang: normalised text}; a plain string is in the default language."""
    if text is None:
        return None
    if isinstance(text, str):
        return {default_lang: normalise_text(text)}
    return {lang: normalise_text(value) for lang, value in text.items()}


def _has_text_validator(annotation: Any, metadata: list[Any]) -> bool:
    """True when a field is a Text (found by its validator, through Optional and Annotated)."""
    for meta in metadata:
        if getattr(meta, "func", None) is validate_text:
            return True
    for arg in typing.get_args(annotation):
        inner = getattr(arg, "__metadata__", None)
        if inner is not None and _has_text_validator(arg, list(inner)):
            return True
        if _has_text_validator(arg, []):
            return True
    return False


def _is_model(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_is_model(arg) for arg in typing.get_args(annotation))


def _field_type(info: FieldInfo) -> FieldType:
    """How a model field is compared, from its annotation."""
    annotation = info.annotation
    if typing.get_origin(annotation) is dict:
        return FieldType.VALUE  # texts by key (participants' notes): a record, not one Text
    if typing.get_origin(annotation) is list and not _is_model(annotation):
        # a list of texts (the report's strengths) is compared as a whole value
        text_list = _has_text_validator(annotation, list(info.metadata))
        return FieldType.VALUE if text_list else FieldType.LIST
    if _has_text_validator(annotation, list(info.metadata)):
        return FieldType.TEXT
    if typing.get_origin(annotation) is list:
        return FieldType.ITEMS if _is_model(annotation) else FieldType.LIST
    return FieldType.VALUE


@lru_cache(maxsize=None)
def field_types(model: type[BaseModel]) -> tuple[tuple[str, FieldType], ...]:
    """The compared fields of a model, in declaration order (the order people read them in)."""
    return tuple(
        (name, _field_type(info))
        for name, info in model.model_fields.items()
        if name not in SKIPPED_FIELDS
    )


def _plain(value: Any, default_lang: str) -> Json:
    """A nested value as JSON data with texts normalised (for VALUE and ITEMS fields)."""
    if isinstance(value, BaseModel):
        # a nested record's ID is part of its meaning (a population group's `tyoikaiset`)
        nested_id = getattr(value, "id", None)
        out: dict[str, Json] = {} if nested_id is None else {"id": nested_id}
        for name, ftype in field_types(type(value)):
            item = getattr(value, name)
            if item is None or item == []:
                continue
            out[name] = (
                text_value(item, default_lang)
                if ftype is FieldType.TEXT
                else _plain(item, default_lang)
            )
        return out
    if isinstance(value, (list, tuple)):
        return [_plain(v, default_lang) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v, default_lang) for k, v in value.items()}
    if hasattr(value, "isoformat"):  # dates
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value) if abs(value) < 2**53 else value
    return value


def fields_of(obj: BaseModel, default_lang: str) -> list[Field]:
    """The object's fields that have a value, normalised; empty lists count as absent."""
    out: list[Field] = []
    for name, ftype in field_types(type(obj)):
        value = getattr(obj, name)
        if value is None or (isinstance(value, list) and not value):
            continue
        if ftype is FieldType.TEXT:
            out.append(Field(name, ftype, text_value(value, default_lang)))
        elif ftype is FieldType.LIST:
            out.append(Field(name, ftype, [_plain(v, default_lang) for v in value]))
        else:
            out.append(Field(name, ftype, _plain(value, default_lang)))
    return out


def canonical(value: Json) -> str:
    """A stable string for equality and hashing of JSON data."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def same(ftype: FieldType, old: Json, new: Json) -> bool:
    """Equal in meaning: lists (of IDs or of records) compare regardless of order."""
    if ftype in (FieldType.LIST, FieldType.ITEMS):
        return sorted(map(canonical, old or [])) == sorted(map(canonical, new or []))
    return canonical(old) == canonical(new)
