"""Give back the memory typst keeps after compiling a document in this process.

typst memoizes its work (comemo) in a process-wide cache, so that a document compiled again
is fast. typst-py trims that cache after every compile, but keeps whatever was used in the last
ten compiles: a render worker therefore held the caches of its last ten documents, ~25 MB each
for a municipal plan of the large synthetic region (470 MB per worker after 31 documents,
while one document needs less than 200 MB). We render every document once, so nothing of a
finished document is worth keeping. The trim counts compiles, and typst-py offers no other way to
trigger it, so :func:`release` compiles an empty document eleven times: the finished document's
entries are then old enough to be dropped, and what the empty document uses (the standard
library, the font book) stays. This costs ~50 ms of walking the cache plus the freeing that
a later compile would otherwise have done.
"""

from __future__ import annotations

from typing import Any

#: typst-py calls ``comemo::evict(10)`` after each compile: an entry survives ten unused compiles.
_TRIMS = 11
_compiler: Any = None  # typst.Compiler of an empty in-memory document, made on first use


def release() -> None:
    """Drop typst's cached work of every document compiled before this call in this process."""
    global _compiler
    if _compiler is None:
        import typst

        _compiler = typst.Compiler(input=b"", font_paths=[], ignore_system_fonts=True)
    for _ in range(_TRIMS):
        # the input again each time: typst-py forgets an in-memory input after one compile
        _compiler.compile(input=b"", format="svg")
