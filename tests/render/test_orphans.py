"""Killing `hyteplan render` ends its workers, and the next run removes their working folders."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hyteplan.render import orphans

SYNC = Path(__file__).parent / "data" / "sync"
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def _dead_pid() -> int:
    proc = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(proc.stdout)


@pytest.mark.skipif(os.name != "posix", reason="stale folders are judged on POSIX only")
def test_only_folders_of_processes_that_are_gone_are_removed(tmp_path: Path) -> None:
    dead = tmp_path / f"hyteplan-render-{_dead_pid()}-abc"
    mine = tmp_path / f"hyteplan-render-{os.getpid()}-def"
    unnamed = tmp_path / "hyteplan-render-xyz"  # an older version's: no owner to judge
    other = tmp_path / f"something-{_dead_pid()}-else"
    for folder in (dead, mine, unnamed, other):
        (folder / "charts").mkdir(parents=True)
    assert orphans.remove_stale(tmp_path) == [dead]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in (mine, unnamed, other)
    )


def _python_descendants(pid: int) -> set[int]:
    """Processes started by ``pid`` or its children that run Python (workers, a forkserver)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
    found: set[int] = set()
    todo = [pid]
    while todo:
        parent = todo.pop()
        for child, its_parent in parents.items():
            if its_parent == parent and child not in found:
                found.add(child)
                todo.append(child)
    python = os.path.realpath(sys.executable)
    return {p for p in found if _exe(p) == python}


def _exe(pid: int) -> str:
    try:
        return os.path.realpath(f"/proc/{pid}/exe")
    except OSError:
        return ""


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has ended; only its parent has not read it


def _wait_for(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


@linux_only
@pytest.mark.parametrize("start", ["", "forkserver"])  # "": the CLI's choice (fork)
def test_killed_render_takes_its_workers_along_and_the_next_run_cleans_up(
    tmp_path: Path, start: str
) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = dict(os.environ, TMPDIR=str(tmp), HYTEPLAN_CACHE_DIR=str(tmp_path / "cache"))
    env["HYTEPLAN_MP_START"] = start
    cli = [sys.executable, "-c", "import sys; from hyteplan.cli import main; sys.exit(main())"]
    main = subprocess.Popen(
        [*cli, "render", str(SYNC), "--out", str(tmp_path / "out"), "--jobs", "2"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: set[int] = set()
    try:

        def working() -> bool:
            workers.update(_python_descendants(main.pid))
            return any(
                p.name.startswith(f"hyteplan-render-{w}-") for p in tmp.iterdir() for w in workers
            )

        assert _wait_for(working, 120), "no worker started a document"
        main.send_signal(signal.SIGKILL)
        main.wait(10)
        assert _wait_for(lambda: not any(_running(w) for w in workers), 5), workers
    finally:
        main.kill()
        main.wait()
        for worker in workers:  # left over only when the test fails
            if _running(worker):
                os.kill(worker, signal.SIGKILL)
    stale = [p for p in tmp.iterdir() if p.name.startswith("hyteplan-render-")]
    assert stale  # killed in the middle of a document: its folder was left behind
    subprocess.run(
        [*cli, "render", str(SYNC), "--out", str(tmp_path / "again"), "--to", "json"],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert [p for p in stale if p.exists()] == []
