"""A JSON document read with json's own decoder, remembering where each list item starts.

A Sotkanet JSON export is one list of thousands of items; a problem in one of them must be
reported at the item's line and column, which json.loads cannot tell. The top level (a list,
or an object whose values may be lists) is walked here; each item is decoded by json.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

# Python refuses to convert longer integers (sys.get_int_max_str_digits; 0 is no limit).
MAX_DIGITS = getattr(sys, "get_int_max_str_digits", lambda: 4300)() or 1_000_000


class LongInt(str):
    """A JSON integer too long for Python to convert, kept as its digits to be reported."""


def _json_int(text: str) -> int | LongInt:
    return LongInt(text) if len(text) > MAX_DIGITS else int(text)


_WHITESPACE = re.compile(r"[ \t\n\r]*")


class JsonItems:
    """json's own decoder item by item, remembering where each item of a list starts.

    The top level (a list, or an object whose values may be lists) is walked here so that a
    problem in an item can name the item's line and column; each item is decoded by json.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.decoder = json.JSONDecoder(parse_int=_json_int)
        self.starts: dict[int, list[int]] = {}  # id(list) -> offset of each item
        self.current = 0  # where the value being decoded starts (for a too-deep nesting)

    def document(self) -> Any:
        value, end = self.value(self._skip(0), top=True)
        end = self._skip(end)
        if end != len(self.text):
            raise json.JSONDecodeError("Extra data", self.text, end)
        return value

    def _skip(self, index: int) -> int:
        match = _WHITESPACE.match(self.text, index)
        return match.end() if match else index

    def value(self, index: int, top: bool = False) -> tuple[Any, int]:
        char = self.text[index : index + 1]
        if char == "[":
            return self._list(index)
        if char == "{" and top:
            return self._object(index)
        return self.decoder.raw_decode(self.text, index)

    def _list(self, index: int) -> tuple[list[Any], int]:
        items: list[Any] = []
        starts: list[int] = []
        index = self._skip(index + 1)
        if self.text.startswith("]", index):
            return items, index + 1
        while True:
            starts.append(index)
            self.current = index
            item, index = self.decoder.raw_decode(self.text, index)
            items.append(item)
            index = self._skip(index)
            char = self.text[index : index + 1]
            if char == "]":
                self.starts[id(items)] = starts
                return items, index + 1
            if char != ",":
                raise json.JSONDecodeError("Expecting ',' delimiter", self.text, index)
            index = self._skip(index + 1)

    def _object(self, index: int) -> tuple[dict[str, Any], int]:
        result: dict[str, Any] = {}
        index = self._skip(index + 1)
        if self.text.startswith("}", index):
            return result, index + 1
        while True:
            if not self.text.startswith('"', index):
                raise json.JSONDecodeError(
                    "Expecting property name enclosed in double quotes", self.text, index
                )
            key, index = self.decoder.raw_decode(self.text, index)
            index = self._skip(index)
            if not self.text.startswith(":", index):
                raise json.JSONDecodeError("Expecting ':' delimiter", self.text, index)
            result[key], index = self.value(self._skip(index + 1))
            index = self._skip(index)
            char = self.text[index : index + 1]
            if char == "}":
                return result, index + 1
            if char != ",":
                raise json.JSONDecodeError("Expecting ',' delimiter", self.text, index)
            index = self._skip(index + 1)
