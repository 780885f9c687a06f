"""Word-level changes of a text, as `git diff --word-diff` shows them.

A council member reading "Kunnan ~~liikuntaneuvonta~~ **liikuntapalvelut** ohjaavat" sees what
was edited in a paragraph without comparing two paragraphs by eye.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

EQUAL, DELETE, INSERT = "=", "-", "+"

WordOp = tuple[str, str]  # (EQUAL | DELETE | INSERT, words joined by single spaces)

_TOKEN = re.compile(r"\n\n|\S+")


def _join(tokens: list[str]) -> str:
    text = " ".join(tokens)
    return text.replace(" \n\n ", "\n\n").replace("\n\n ", "\n\n").replace(" \n\n", "\n\n")


def word_diff(old: str, new: str) -> list[WordOp]:
    """The edit from `old` to `new` as runs of equal, deleted and inserted words.

    Texts are expected normalised (single spaces, paragraphs split by a blank line); the runs
    joined with single spaces give back the old text (= and -) and the new text (= and +).
    """
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    ops: list[WordOp] = []
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append((EQUAL, _join(a[i1:i2])))
            continue
        if i2 > i1:
            ops.append((DELETE, _join(a[i1:i2])))
        if j2 > j1:
            ops.append((INSERT, _join(b[j1:j2])))
    return ops


def side(ops: list[WordOp], which: str) -> str:
    """The old (which='-') or new (which='+') text that a word diff was made from."""
    return _join([text for op, text in ops if op in (EQUAL, which)])
