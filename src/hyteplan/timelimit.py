"""Stop Python code that runs too long: a SIGALRM timer in the process that runs it.

Used around Jinja2 rendering, whose compiled templates are Python code: a workspace template can
loop for hours without producing output. The timer only works in a process's main thread (where
the render workers run hyteplan's code); elsewhere the code runs without a timer and the callers'
other limits (output size) still apply. A timer that is already running is left alone.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class TimeLimitExceeded(BaseException):
    """Raised inside the timed code; a BaseException so that ``except Exception`` lets it pass."""


def _can_time() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`TimeLimitExceeded` in the ``with`` body once ``seconds`` have passed."""
    if seconds <= 0 or not _can_time():
        yield
        return
    if signal.getitimer(signal.ITIMER_REAL)[0] > 0:  # someone else's timer: keep it
        yield
        return

    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise TimeLimitExceeded(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
