"""A plan publishes its own municipality's numbers: codes are read as written, never octal."""

from __future__ import annotations

import pytest

from hyteplan.check import check
from hyteplan.load import MemoryReader, load_from
from hyteplan.scaffold import scaffold_files

CODE_LINE = b"    code: 297\n"


def _workspace_with_code(written: str) -> dict[str, bytes]:
    files = scaffold_files()
    assert CODE_LINE in files["hyteplan.yaml"]
    files["hyteplan.yaml"] = files["hyteplan.yaml"].replace(
        CODE_LINE, f"    code: {written}\n".encode()
    )
    return files


@pytest.mark.parametrize(
    ("written", "number"), [("061", 61), ("005", 5), ("08", 8), ("010", 10), ("297", 297)]
)
def test_leading_zeros_are_decimal(written: str, number: int) -> None:
    ws = load_from(MemoryReader(_workspace_with_code(written)))
    assert ws.load_findings == []
    assert ws.config is not None
    assert ws.config.municipalities[0].code == number


def test_octal_notation_is_a_located_error() -> None:
    files = _workspace_with_code("0o7")
    line = files["hyteplan.yaml"].split(b"\n").index(b"    code: 0o7") + 1
    [diagnostic] = [d for d in check(load_from(MemoryReader(files))) if d.severity == "error"]
    assert (diagnostic.code, diagnostic.file) == ("S002", "hyteplan.yaml")
    assert (diagnostic.line, diagnostic.column) == (line, 11)
    assert "0o7" in diagnostic.message


def test_an_id_with_leading_zeros_keeps_them() -> None:
    files = scaffold_files()
    files["parties.yaml"] = files["parties.yaml"] + b"  - id: 061\n    name: Kunta 061\n"
    ws = load_from(MemoryReader(files))
    assert "061" in {p.obj.id for p in ws.parties}


def test_a_second_municipality_with_the_same_code_is_an_error_at_its_code() -> None:
    files = scaffold_files()
    files["hyteplan.yaml"] = files["hyteplan.yaml"].replace(
        CODE_LINE, CODE_LINE + b"  - id: toinen\n    name: Toinen\n    code: 0297\n"
    )
    line = files["hyteplan.yaml"].split(b"\n").index(b"    code: 0297") + 1
    [diagnostic] = check(load_from(MemoryReader(files)))
    assert (diagnostic.code, diagnostic.file, diagnostic.line, diagnostic.column) == (
        "D001",
        "hyteplan.yaml",
        line,
        11,
    )
    assert diagnostic.object_id == "toinen" and "esimerkkila" in diagnostic.message
