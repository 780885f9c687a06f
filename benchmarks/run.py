"""Run the benchmarks and print a table of median times against the targets of issue 2.

    python benchmarks/run.py                 # everything (make bench); takes a few minutes
    python benchmarks/run.py --only validate-large --repeat 11
    python benchmarks/run.py --list
    python benchmarks/run.py --markdown      # the table for docs/performance.md

Workspaces are generated on first use under benchmarks/workspaces/ (gitignored) by
generate.py, and again whenever generate.py changes. Benchmarks of other parts live in
benchmarks/bench_*.py and are picked up automatically (see harness.py).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

import generate
from harness import (
    HERE,
    REGISTRY,
    REPO,
    Options,
    Row,
    benchmark,
    interleaved,
    machine,
    median_seconds,
    run_json,
    script,
    table,
)

VALIDATE_MANY = str(HERE / "validate_many.py")


def _yaml_files(root: Path) -> list[Path]:
    """The files `validate` reads: the fixed files and every municipal plan."""
    return sorted(root.glob("*.yaml")) + sorted((root / "municipalities").glob("*.yaml"))


def _compose_all(files: list[Path], gc_off: bool = False) -> None:
    """The fastest way PyYAML offers to parse with line numbers: libyaml via CSafeLoader,
    composing the node tree (every node keeps its marks), without building Python values.
    With `gc_off` the cyclic garbage collector is off meanwhile: compose's best case (the
    ~120,000 nodes and marks it makes otherwise trigger collections)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    was_enabled = gc.isenabled()
    if gc_off:
        gc.disable()
    try:
        for file in files:
            yaml.compose(file.read_bytes().decode("utf-8-sig"), Loader=loader)
    finally:
        if was_enabled:
            gc.enable()


@benchmark("validate-large", "validate the large region in-process, and only parse its YAML")
def validate_large(options: Options) -> list[Row]:
    from hyteplan.check import check
    from hyteplan.load import load_workspace

    root = generate.ensure("large-region", options.workspaces)
    files = _yaml_files(root)
    ws = load_workspace(root)
    joint = sum(1 for _ in ws.joint_actions())
    problems = len(check(ws))
    actions = len(ws.actions)
    del ws  # keep the heap as small as a fresh `validate` has it
    size_mb = sum(f.stat().st_size for f in files) / 1e6
    times = interleaved(
        {
            "parse": lambda: _compose_all(files),
            "parse-gc-off": lambda: _compose_all(files, gc_off=True),
            "validate": lambda: check(load_workspace(root)),
        },
        max(options.repeat, 11),  # the ratio of two noisy medians needs more runs
    )
    fastest = min(times["parse"], times["parse-gc-off"])
    what = f"{len(files)} files, {size_mb:.1f} MB, {actions} actions ({joint} joint)"
    return [
        Row(
            "large region: validate (load + check)",
            times["validate"],
            "s",
            target=1.0,
            note=f"{what}; {problems} diagnostics",
        ),
        Row("large region: parse only (CSafeLoader compose)", times["parse"], "s"),
        Row(
            "large region: parse only, GC off",
            times["parse-gc-off"],
            "s",
            note="compose's best case",
        ),
        Row("large region: validate / fastest parse", times["validate"] / fastest, "x", target=2.0),
    ]


@benchmark("validate-warnings", "validate a large region with a warning in 31 of its 35 files")
def validate_warnings(options: Options) -> list[Row]:
    from hyteplan.check import check
    from hyteplan.load import load_workspace
    from hyteplan.report import Reporter

    root = generate.ensure("large-region-warnings", options.workspaces)
    lines = {
        f.relative_to(root).as_posix(): f.read_text(encoding="utf-8").splitlines()
        for f in _yaml_files(root)
    }

    def read_line(file: str, number: int) -> str | None:
        text = lines.get(file, [])
        return text[number - 1] if 0 < number <= len(text) else None

    def validate() -> str:
        ws = load_workspace(root)
        diagnostics = check(ws)
        return Reporter(lambda p: p, read_line, "en").render("full", diagnostics, len(ws.files))

    count = len(check(load_workspace(root)))
    seconds = median_seconds(validate, max(options.repeat, 11))
    return [
        Row(
            "large region with warnings: validate + full report",
            seconds,
            "s",
            target=1.0,
            note=f"{count} diagnostics; their files are read again for positions",
        ),
    ]


@benchmark("validate-phases", "where validate's time goes on the large region (information)")
def validate_phases(options: Options) -> list[Row]:
    from hyteplan.check import check
    from hyteplan.load import load_workspace
    from hyteplan.yamlsource import parse

    root = generate.ensure("large-region", options.workspaces)
    raws = [f.read_bytes() for f in _yaml_files(root)]
    ws = load_workspace(root)
    times = interleaved(
        {
            "read": lambda: [parse(raw) for raw in raws],
            "load": lambda: load_workspace(root),
            "check": lambda: check(ws),
        },
        max(options.repeat, 11),
    )
    return [
        Row(
            "large region: YAML reading (yamlsource.parse)",
            times["read"],
            "s",
            note="values only; positions are read again when a diagnostic needs them",
        ),
        Row("large region: load (reading + schema + index)", times["load"], "s"),
        Row("large region: check (all rules)", times["check"], "s"),
    ]


def _country_roots(options: Options) -> list[str]:
    country = generate.ensure("country", options.workspaces)
    return [str(p) for p in sorted(country.iterdir()) if (p / "hyteplan.yaml").is_file()]


@benchmark("country", "validate all 22 regional workspaces one after another in one process")
def country(options: Options) -> list[Row]:
    roots = _country_roots(options)
    argv = [sys.executable, VALIDATE_MANY, *roots]
    runs = [run_json(argv) for _ in range(max(3, options.repeat // 2))]
    runs.sort(key=lambda r: r[0])
    seconds, figures = runs[len(runs) // 2]
    peak = max(r[1]["peak_rss_mb"] for r in runs)
    what = (
        f"{figures['workspaces']} workspaces, {figures['files']} files, {figures['actions']} "
        f"actions; {figures['errors']} errors, {figures['warnings']} warnings"
    )
    return [
        Row(
            "country: validate, one process",
            seconds,
            "s",
            target=10.0,
            note=f"{what}; process start and imports included "
            f"({figures['import_seconds']:.2f} s); CPU {figures['cpu_seconds']:.2f} s",
        ),
        Row("country: peak memory (max RSS)", peak, "MB", target=500.0),
    ]


@benchmark("country-per-process", "validate the 22 regional workspaces one process each")
def country_per_process(options: Options) -> list[Row]:
    roots = _country_roots(options)
    totals: list[float] = []
    peak = 0.0
    slowest = 0.0
    for _ in range(max(1, options.repeat // 3)):
        total = 0.0
        for root in roots:
            seconds, figures = run_json([sys.executable, VALIDATE_MANY, root])
            total += seconds
            slowest = max(slowest, seconds)
            peak = max(peak, figures["peak_rss_mb"])
        totals.append(total)
    totals.sort()
    return [
        Row(
            "country: 22 processes in turn, total",
            totals[len(totals) // 2],
            "s",
            note=f"slowest region {slowest:.2f} s; what CI of each region's repository pays",
        ),
        Row("country: peak memory of one process", peak, "MB"),
    ]


def _example_workspace(tmp: Path) -> tuple[Path, str]:
    """plans/ when it is a workspace, else a fresh `hyteplan init` (the scaffold)."""
    plans = REPO / "plans"
    if (plans / "hyteplan.yaml").is_file():
        return plans, "plans/"
    target = tmp / "scaffold"
    subprocess.run([*script("hyteplan"), "init", str(target)], check=True, capture_output=True)
    return target, "`hyteplan init` scaffold (plans/ has no workspace yet)"


def _cli_seconds(argv: list[str], repeat: int, cwd: Path) -> tuple[float, float, int]:
    """Median wall time, median CPU time (user + system) and the last exit code of a command.
    CPU time shows what the command itself costs when other work slows the wall clock."""
    env = dict(os.environ, NO_COLOR="1")
    env.pop("GITHUB_ACTIONS", None)
    codes: list[int] = []
    cpu: list[float] = []

    def once() -> None:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        codes.append(subprocess.run(argv, cwd=cwd, env=env, capture_output=True).returncode)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)

    wall = median_seconds(once, repeat)
    return wall, statistics.median(cpu[1:]), codes[-1]


@benchmark("cli", "`hyteplan validate` as a user runs it: a new process each time")
def cli(options: Options) -> list[Row]:
    repeat = max(5, options.repeat)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        example, which = _example_workspace(Path(tmp))
        large = generate.ensure("large-region", options.workspaces)
        runs = [
            (
                "hyteplan validate: example workspace, process start included",
                [*script("hyteplan"), "validate", str(example)],
                0.5,
                which,
            ),
            (
                "hyteplan validate: large region, process start included",
                [*script("hyteplan"), "validate", str(large)],
                None,
                "large region",
            ),
            ("python -c pass (interpreter start alone)", [sys.executable, "-c", "pass"], None, ""),
            (
                "python -c 'import hyteplan.cli'",
                [sys.executable, "-c", "import hyteplan.cli"],
                None,
                "",
            ),
        ]
        for name, argv, target, what in runs:
            wall, cpu, code = _cli_seconds(argv, repeat, REPO)
            note = f"CPU {cpu:.3f} s" + (f"; {what}; exit code {code}" if what else "")
            rows.append(Row(name, wall, "s", target=target, note=note))
    return rows


def _discover() -> None:
    """Import benchmarks/bench_*.py: each registers its own benchmarks."""
    for file in sorted(HERE.glob("bench_*.py")):
        importlib.import_module(file.stem)


def main(argv: list[str] | None = None) -> int:
    _discover()
    parser = argparse.ArgumentParser(description="Run hyteplan's benchmarks.")
    parser.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        choices=sorted(REGISTRY),
        help="run only this benchmark (repeatable); see --list",
    )
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per figure (median)")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    if args.list:
        for bench in REGISTRY.values():
            print(f"{bench.name:22} {bench.help}")
        return 0
    options = Options(repeat=max(1, args.repeat))
    info = machine()
    print("Machine: " + "; ".join(f"{k} {v}" for k, v in info.items()), flush=True)
    rows: list[Row] = []
    for name in args.only or list(REGISTRY):
        start = time.perf_counter()
        print(f"running {name} ...", file=sys.stderr, flush=True)
        rows += REGISTRY[name].run(options)
        print(f"  {name} took {time.perf_counter() - start:.1f} s", file=sys.stderr, flush=True)
    print()
    print(table(rows, markdown=args.markdown), end="")
    failed = [r.name for r in rows if r.verdict == "FAIL"]
    print(f"\n{len(failed)} target(s) missed" + (": " + "; ".join(failed) if failed else ""))
    return 1 if failed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
