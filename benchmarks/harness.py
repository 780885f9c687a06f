"""The small framework every benchmark uses: a registry, timing helpers and the results table.

To add a benchmark, write `benchmarks/bench_<topic>.py` (run.py imports every such file):

    from harness import Options, Row, benchmark, median_seconds

    @benchmark("render-region", "render the large region's documents")
    def render_region(options: Options) -> list[Row]:
        seconds = median_seconds(lambda: ..., options.repeat)
        return [Row("render large region", seconds, "s", target=5.0)]

A Row with a `target` is judged PASS when its value is at most the target (`higher_is_better`
reverses that); a Row without one is information only. `python benchmarks/run.py --only
render-region` runs just that one.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


@dataclass
class Options:
    """What the command line says about how to run benchmarks."""

    repeat: int = 7  # timed runs per measurement; the median is reported
    workspaces: Path = HERE / "workspaces"  # where generated workspaces live


@dataclass
class Row:
    """One measured figure, with its target if it has one."""

    name: str
    value: float
    unit: str  # s, ms, MB, x, ...
    target: float | None = None
    higher_is_better: bool = False
    note: str = ""

    @property
    def verdict(self) -> str:
        if self.target is None:
            return ""
        ok = self.value >= self.target if self.higher_is_better else self.value <= self.target
        return "PASS" if ok else "FAIL"


BenchFn = Callable[[Options], list[Row]]


@dataclass
class Benchmark:
    name: str
    help: str
    run: BenchFn
    tags: list[str] = field(default_factory=list)


REGISTRY: dict[str, Benchmark] = {}


def benchmark(name: str, help: str) -> Callable[[BenchFn], BenchFn]:
    """Decorator: register `fn(options) -> list[Row]` under `name`."""

    def decorate(fn: BenchFn) -> BenchFn:
        if name in REGISTRY:
            raise ValueError(f"benchmark {name} registered twice")
        REGISTRY[name] = Benchmark(name, help, fn)
        return fn

    return decorate


# --- timing -----------------------------------------------------------------------------------


def median_seconds(fn: Callable[[], Any], repeat: int, warmup: int = 1) -> float:
    """Median wall time of `fn` over `repeat` runs, after `warmup` untimed runs."""
    return interleaved({"fn": fn}, repeat, warmup)["fn"]


def interleaved(
    fns: dict[str, Callable[[], Any]], repeat: int, warmup: int = 1
) -> dict[str, float]:
    """Median wall times of several functions run in turn, so that they share the machine's
    moods (other processes, CPU frequency) and their ratio is fair."""
    for _ in range(warmup):
        for fn in fns.values():
            fn()
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def run_json(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, dict[str, Any]]:
    """Run a command that prints one JSON object; (wall seconds including process start, it)."""
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, env=env, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({done.returncode}):\n{done.stderr}")
    return seconds, json.loads(done.stdout)


def script(name: str) -> list[str]:
    """argv that runs an installed console script of this environment (e.g. hyteplan)."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return [str(candidate)]
    return [sys.executable, "-m", name]


# --- report -----------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return {
        "cpus": str(os.cpu_count()),
        "cpu": cpu,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "load average": load,
    }


def _fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "x":
        return f"{value:.2f}x"
    if float(value).is_integer():
        return f"{int(value)} {unit}".strip()
    return f"{value:.1f} {unit}".strip()


def _target(row: Row) -> str:
    if row.target is None:
        return ""
    return ("≥ " if row.higher_is_better else "≤ ") + _fmt(row.target, row.unit)


def table(rows: list[Row], markdown: bool = False) -> str:
    """The results as an aligned text table, or as Markdown for docs/performance.md."""
    header = ["benchmark", "median", "target", "verdict", "note"]
    body = [[r.name, _fmt(r.value, r.unit), _target(r), r.verdict, r.note] for r in rows]
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|---|---:|---:|---|---|"]
        lines += ["| " + " | ".join(cells) + " |" for cells in body]
        return "\n".join(lines) + "\n"
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
    out = []
    for cells in [header, *body]:
        out.append(
            "  ".join(
                c.ljust(w) if i in (0, 4) else c.rjust(w) if i == 1 else c.ljust(w)
                for i, (c, w) in enumerate(zip(cells, widths))
            ).rstrip()
        )
    out.insert(1, "-" * len(out[0]))
    return "\n".join(out) + "\n"
