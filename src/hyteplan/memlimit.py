"""Stop Python code that allocates too much: a temporary address-space limit (RLIMIT_AS).

Used around Jinja2 rendering: a workspace template can double a string in a loop
(``{% set ns.s = ns.s ~ ns.s %}``) and reach gigabytes long before its time limit, without
producing any output for the output-size limit to count. Within the limit an allocation that
does not fit raises MemoryError in the template's own code, which the caller turns into a
message. The limit is lowered for the ``with`` body only and put back afterwards; where the
platform has no such limit (Windows), the body runs without it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager


def _address_space() -> int | None:
    """This process's virtual memory size in bytes (Linux), or None when it cannot be read."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


@contextmanager
def memory_limit(extra_bytes: int) -> Iterator[None]:
    """Let the ``with`` body grow this process by at most ``extra_bytes`` of address space."""
    try:
        import resource
    except ImportError:  # Windows
        yield
        return
    current = _address_space()
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if current is None:
        yield
        return
    limit = current + extra_bytes
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft != resource.RLIM_INFINITY and soft <= limit:  # a stricter limit is already set
        yield
        return
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
