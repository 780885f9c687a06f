"""No render worker and no working folder outlives the `hyteplan render` that made it.

A worker process blocks on its task queue and never learns that the main process was killed
(SIGKILL, out of memory, a CI job's timeout): it would go on for minutes, and a worker killed in
the middle of a document leaves its working folder in the temporary directory. So every worker
asks the kernel for SIGKILL when its parent ends (Linux: ``prctl(PR_SET_PDEATHSIG)``) and, on
every system, watches its parent from a thread; and every working folder carries the PID of the
process that owns it, so that the next run removes the folders of processes that are gone.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import select
import shutil
import signal
import sys
import tempfile
import threading
from pathlib import Path

#: Working folders are ``hyteplan-render-<pid>-<random>`` in the temporary directory.
WORK_PREFIX = "hyteplan-render-"
_OWNED = re.compile(re.escape(WORK_PREFIX) + r"(\d+)-")
_PR_SET_PDEATHSIG = 1
#: Seconds between two looks at the parent by the watchdog thread.
WATCH_INTERVAL = 0.5


def work_dir() -> tempfile.TemporaryDirectory[str]:
    """A working folder named after this process, removed on exit from the ``with`` block."""
    return tempfile.TemporaryDirectory(prefix=f"{WORK_PREFIX}{os.getpid()}-")


def die_with(main: int) -> None:
    """Worker initializer: end this process as soon as process ``main`` (the caller) ends.

    A forked or spawned worker is ``main``'s child. A worker started by a forkserver is the
    server's child, and the server lives as long as any worker does (each holds the server's
    "alive" pipe), so such a worker must watch ``main`` itself.
    """
    parent = os.getppid()
    if parent == main and sys.platform.startswith("linux"):
        _pdeathsig()
    if not (os.getppid() == main if parent == main else _alive(main)):
        os._exit(1)  # it ended before the kernel or the watchdog was told
    watchdog = threading.Thread(
        target=_watch, args=(main, parent), name="hyteplan-main-watch", daemon=True
    )
    watchdog.start()


def _pdeathsig() -> None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the watchdog thread still ends the process


def _watch(main: int, parent: int) -> None:
    """Wait for ``main`` to end, then end this process.

    Linux: a pidfd of ``main`` becomes readable when it ends (no polling). Elsewhere, an
    orphan's parent PID changes (it is adopted); a process that is not our parent is probed
    with signal 0 (POSIX only: on Windows that signal would terminate it).
    """
    if hasattr(os, "pidfd_open"):
        try:
            pidfd = os.pidfd_open(main)
        except OSError:
            os._exit(1)  # gone already
        select.select([pidfd], [], [])
        os._exit(1)
    if parent != main and os.name != "posix":
        return
    stop = threading.Event()
    while not stop.wait(WATCH_INTERVAL):
        if (os.getppid() != parent) if parent == main else not _alive(main):
            os._exit(1)


def remove_stale(folder: Path | None = None) -> list[Path]:
    """Remove this user's working folders whose owner process no longer exists; return them.

    Only folders named with a PID are judged (a PID that now belongs to another process keeps
    its folder: harmless); nothing is removed where a process cannot be looked up safely.
    """
    if os.name != "posix":
        return []  # os.kill(pid, 0) would terminate the process on Windows
    base = Path(folder or tempfile.gettempdir())
    removed: list[Path] = []
    try:
        entries = list(base.iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = _OWNED.match(entry.name)
        if match is None or _alive(int(match.group(1))):
            continue
        try:
            if entry.is_symlink() or not entry.is_dir() or entry.stat().st_uid != os.getuid():
                continue
        except OSError:
            continue
        shutil.rmtree(entry, ignore_errors=True)
        removed.append(entry)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # another user's process, or not a PID at all: not ours to judge
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """A process that has ended but not been reaped yet (Linux; elsewhere: assume not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return False
    return stat.rsplit(")", 1)[-1].split()[:1] in (["Z"], ["X"])
