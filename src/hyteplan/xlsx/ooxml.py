"""The cells of an .xlsx file read straight from its XML: values, formulas flagged, nothing run.

openpyxl builds an object per cell and style (about three seconds for the large region's
workbook on our machine); import needs only each cell's text or number and whether it holds a
formula, which the XML says directly. Sizes are limited so that a small zip cannot unpack into
gigabytes.
"""

from __future__ import annotations

import re
from functools import lru_cache
import zipfile
from typing import IO, Any, Iterator, NamedTuple
from xml.etree.ElementTree import ParseError, fromstring, iterparse

from ..errors import HyteplanError

MAX_MEMBER_BYTES = 200 * 1024 * 1024
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_STRICT_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships"
_REF = re.compile(r"^([A-Z]{1,3})(\d+)$")
_INT = re.compile(r"^-?\d{1,15}$")


class RawCell(NamedTuple):
    column: int  # 1-based
    value: str | int | float | None
    formula: bool


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


@lru_cache(maxsize=4096)
def column_index(letters: str) -> int:
    """A column's number from its letters: A is 1, AA is 27."""
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number


@lru_cache(maxsize=4096)
def column_letters(index: int) -> str:
    """A column's letters from its number (1 is A): the inverse of column_index."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def split_ref(ref: str) -> tuple[int, int]:
    """(row, column) of an A1-style cell reference such as C12; ValueError for anything else."""
    match = _REF.match(ref)
    if not match:
        raise ValueError(f"not a cell reference: {ref!r}")
    return int(match.group(2)), column_index(match.group(1))


class Workbook:
    """An opened .xlsx: its sheet names and, sheet by sheet, rows of cells."""

    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self.archive = archive
        self.name = name
        self.paths = self._sheet_paths()
        self.strings = self._shared_strings()

    def _open(self, member: str) -> IO[bytes]:
        try:
            info = self.archive.getinfo(member)
        except KeyError as exc:
            raise self._broken() from exc
        if info.file_size > MAX_MEMBER_BYTES:
            raise HyteplanError(
                f"{self.name} holds a part larger than 200 MB",
                "import the workbook that export wrote",
            )
        return self.archive.open(info)

    def _broken(self) -> HyteplanError:
        return HyteplanError(
            f"{self.name} is not an Excel workbook (.xlsx) that can be read",
            "save it as an Excel workbook (.xlsx) and import that file",
        )

    def _parse(self, member: str) -> Iterator[tuple[str, Any]]:
        try:
            with self._open(member) as stream:
                yield from iterparse(stream, events=("start", "end"))
        except ParseError as exc:
            raise self._broken() from exc

    def _sheet_paths(self) -> dict[str, str]:
        targets: dict[str, str] = {}
        for event, element in self._parse("xl/_rels/workbook.xml.rels"):
            if event == "end" and _local(element.tag) == "Relationship":
                target = element.get("Target", "")
                path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
                targets[element.get("Id", "")] = path
        out: dict[str, str] = {}
        for event, element in self._parse("xl/workbook.xml"):
            if event == "end" and _local(element.tag) == "sheet":
                rid = element.get(f"{{{_REL_NS}}}id") or element.get(f"{{{_STRICT_NS}}}id", "")
                if rid in targets:
                    out[element.get("name", "")] = targets[rid]
        return out

    def _shared_strings(self) -> list[str]:
        if "xl/sharedStrings.xml" not in self.archive.namelist():
            return []
        out: list[str] = []
        parts: list[str] = []
        phonetic = 0
        for event, element in self._parse("xl/sharedStrings.xml"):
            tag = _local(element.tag)
            if tag == "rPh":
                phonetic += 1 if event == "start" else -1
            elif event == "end" and tag == "t" and not phonetic:
                parts.append(element.text or "")
            elif event == "end" and tag == "si":
                out.append("".join(parts))
                parts = []
                element.clear()
        return out

    def _tree(self, member: str) -> Any:
        try:
            with self._open(member) as stream:
                return fromstring(stream.read())
        except ParseError as exc:
            raise self._broken() from exc

    def rows(self, sheet: str) -> Iterator[tuple[int, list[RawCell]]]:
        """(row number, cells) of every row that has cells, in order."""
        root = self._tree(self.paths[sheet])
        ns = root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""
        data = root.find(f"{ns}sheetData")
        row_number = 0
        for row in data if data is not None else ():
            row_number = int(row.get("r") or row_number + 1)
            cells: list[RawCell] = []
            column = 0
            for element in row:
                column = self._column(element, column)
                cells.append(self._cell(element, column, ns))
            yield row_number, cells

    @staticmethod
    def _column(element: Any, previous: int) -> int:
        match = _REF.match(element.get("r") or "")
        return column_index(match.group(1)) if match else previous + 1

    def _cell(self, element: Any, column: int, ns: str) -> RawCell:
        kind = element.get("t", "n")
        formula = value = None
        text: list[str] = []
        for child in element:
            tag = child.tag[len(ns) :]
            if tag == "v":
                value = child.text
            elif tag == "f":
                formula = True
            elif tag == "is":
                text += _inline(child, ns)
        if kind == "inlineStr":
            return RawCell(column, "".join(text), bool(formula))
        if value is None:
            return RawCell(column, None, bool(formula))
        if kind == "s":
            index = int(value)
            return RawCell(
                column, self.strings[index] if index < len(self.strings) else None, False
            )
        if kind == "n":
            number: int | float = int(value) if _INT.match(value) else float(value)
            return RawCell(column, number, bool(formula))
        if kind == "b":
            return RawCell(column, "TRUE" if value == "1" else "FALSE", bool(formula))
        return RawCell(column, value, bool(formula))  # str (a formula's text result), d, e


def _inline(element: Any, ns: str) -> list[str]:
    """The texts of an inline string: `<t>`, or rich text runs `<r><t>` (no phonetic `<rPh>`)."""
    out: list[str] = []
    for part in element:
        tag = part.tag[len(ns) :]
        if tag == "t":
            out.append(part.text or "")
        elif tag == "r":
            out += [t.text or "" for t in part if t.tag[len(ns) :] == "t"]
    return out


def open_workbook(archive: zipfile.ZipFile, name: str) -> Workbook:
    try:
        return Workbook(archive, name)
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise HyteplanError(
            f"{name} is not an Excel workbook (.xlsx) that can be read",
            "save it as an Excel workbook (.xlsx) and import that file",
        ) from exc
