"""frozen_heap: what exists is out of the collector's sight inside the block, and back after it,
also when the block fails."""

from __future__ import annotations

import gc
import weakref

import pytest

from hyteplan.gcfreeze import frozen_heap


def test_the_heap_is_frozen_inside_and_unfrozen_after() -> None:
    before = gc.get_freeze_count()
    with frozen_heap():
        assert gc.get_freeze_count() > before
    assert gc.get_freeze_count() == 0


def test_an_error_in_the_block_unfreezes_too() -> None:
    with pytest.raises(ValueError), frozen_heap():
        raise ValueError("boom")
    assert gc.get_freeze_count() == 0


def test_garbage_made_before_the_block_is_collected_after_it() -> None:
    class Node:
        other: object = None

    a, b = Node(), Node()
    a.other, b.other = b, a  # a cycle: only the collector frees it
    watch = weakref.ref(a)
    del a, b
    with frozen_heap():
        gc.collect()
        assert watch() is not None  # frozen: the collector does not see it
    gc.collect()
    assert watch() is None
