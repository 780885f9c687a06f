"""Every rule copes with broken, empty, oddly typed and missing files: no crash, ever."""

from __future__ import annotations

import pytest

from hyteplan.check import check
from hyteplan.load import MemoryReader, load_from
from hyteplan.scaffold import scaffold_files

VARIANTS = {
    "missing": None,
    "syntax": b"a: [\n",
    "empty-mapping": b"{}\n",
    "list": b"- 1\n",
    "wrong-types": (
        b"municipality: [1]\nplan: 3\njoint_actions: {a: 1}\nactions: [1, {id: [2]}, "
        b"{id: X, title: T, focus_area: {}, responsible: [], participants: 5, "
        b"indicators: [[1]], schedule: x}]\nindicators: [{id: i, direction: up}]\n"
        b"parties: [{id: p, parent: {}, members: 3, organisation: [1]}]\n"
        b"focus_areas: [{id: f, wellbeing_gaps: [1, {indicators: 7}], goals: [3]}]\n"
        b"region: 5\nterm: x\nmunicipalities: [{id: m}, 3]\nrules: {select: 3}\n"
    ),
    "deep": b"a: " + b"[" * 5000 + b"]" * 5000 + b"\n",
    "aliases": b"a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    + b"".join(
        b"a%d: &a%d [%s]\n" % (i, i, b", ".join([b"*a%d" % (i - 1)] * 10)) for i in range(1, 10)
    ),
}
# hyteplan.yaml may be broken but not missing: without it there is no workspace (exit 2)
CASES = [
    (name, variant)
    for name in scaffold_files()
    for variant in sorted(VARIANTS)
    if (name, variant) != ("hyteplan.yaml", "missing")
]


@pytest.mark.parametrize(("name", "variant"), CASES)
def test_no_crash(name: str, variant: str) -> None:
    files = scaffold_files()
    content = VARIANTS[variant]
    if content is None:
        del files[name]
    else:
        files[name] = content
    diagnostics = check(load_from(MemoryReader(files)))
    assert diagnostics or variant == "missing"


def test_everything_broken_at_once() -> None:
    files = {name: VARIANTS["wrong-types"] for name in scaffold_files()}
    files["municipalities/extra.yaml"] = b"municipality: extra\nplan: {status: draft}\n"
    codes = {d.code for d in check(load_from(MemoryReader(files)))}
    # the same objects in every file: duplicates; otherwise only schema problems
    assert codes == {"S001", "S002", "S003", "S004", "R006", "R008"}
