"""The garbage collector kept off a long-lived heap during a burst of allocation.

`import xlsx` and `new` load a workspace (hundreds of thousands of objects that live until the
command ends) and then allocate as much again: reading a workbook, a ruamel.yaml tree, a second
workspace, the diff. Every full collection in that burst would walk the loaded workspace again
and find nothing to free; on the large synthetic region that was a sixth of the import's time.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Move every object that exists now out of the collector's sight until the block ends.

    gc.freeze is made for this: frozen objects are never collected until gc.unfreeze, which
    runs on the way out, so cyclic garbage made before the block is collected after it.
    gc.unfreeze thaws everything, also what a caller froze itself: hyteplan freezes nowhere
    else, and a program that embeds it and freezes its own heap should know.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
