"""`hyteplan export xlsx` and `import xlsx` of the large synthetic region (target: 2 s each, issue 11).

Export: the whole workbook (35 sheets, 1,200 actions) from a loaded workspace. Import: the
workbook read, matched and compared (no edit); and with one cell edited, which must rewrite only
the file that cell belongs to (reading, edits in memory, the semantic diff, validate before and
after). All in one warm process. The targets are judged on CPU time (best of the runs), as
bench_fetch does, because on the shared 2-core machine wall time mostly measures the others;
wall time is reported beside it. The last row, without a target, is what a coordinator waits
for: the whole `hyteplan import xlsx` command in a new process, Python's start-up included.
"""

from __future__ import annotations

import io
import os
import resource
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

import generate
from harness import Options, Row, benchmark, interleaved, script

TARGET_SECONDS = 2.0


def _cpu(fn: Callable[[], Any], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def _one_cell_edited(data: bytes) -> tuple[bytes, str]:
    """The workbook with one action's schedule changed; the sheet's plan file."""
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data))
    title = next(t for t in book.sheetnames if t.startswith("actions ") and t != book.sheetnames[0])
    sheet = book[title]
    column = next(c.column for c in sheet[1] if c.value == "schedule")
    sheet.cell(2, column).value = (
        "2028–2029" if sheet.cell(2, column).value != "2028–2029" else "2027–2029"
    )
    meta = {row[0]: row[2] for row in book["hyteplan"].iter_rows(min_row=2, values_only=True)}
    out = io.BytesIO()
    book.save(out)
    return out.getvalue(), str(meta[title])


def _command_cpu(edited: bytes, root: Path, repeat: int) -> float:
    """CPU seconds (best of `repeat`) of `hyteplan import xlsx` run as a new process."""
    best = float("inf")
    with tempfile.TemporaryDirectory() as folder:
        book = Path(folder) / "edited.xlsx"
        book.write_bytes(edited)
        for _ in range(repeat):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            argv = [*script("hyteplan"), "import", "xlsx", str(book), str(root)]
            subprocess.run(argv, capture_output=True, check=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            best = min(best, used)
    return best


@benchmark("xlsx-large", "export xlsx and import xlsx of the large region (one cell edited)")
def xlsx_large(options: Options) -> list[Row]:
    from hyteplan.load import load_workspace
    from hyteplan.xlsx.export import export_workbook
    from hyteplan.xlsx.importer import import_workbook

    root: Path = generate.ensure("large-region", options.workspaces)
    ws = load_workspace(root)
    data = export_workbook(ws)
    edited, plan_file = _one_cell_edited(data)
    result = import_workbook(edited, "edited.xlsx", root)
    rewritten = sorted(result.changed)
    assert result.ok and rewritten == [plan_file], rewritten
    steps: dict[str, Callable[[], Any]] = {
        "export": lambda: export_workbook(load_workspace(root)),
        "import": lambda: import_workbook(data, "book.xlsx", root),
        "import-edit": lambda: import_workbook(edited, "edited.xlsx", root),
    }
    times = interleaved(steps, options.repeat)
    cpu = {name: _cpu(fn, options.repeat) for name, fn in steps.items()}
    load = os.getloadavg()[0]
    size = f"{len(data) / 1e6:.2f} MB, {len(ws.actions)} actions"
    labels = {
        "export": "export xlsx, large region (load + workbook)",
        "import": "import xlsx, no edit (load, read, match)",
        "import-edit": "import xlsx, one cell edited (+ edit, diff, check)",
    }
    notes = {
        "export": size,
        "import": "writes nothing",
        "import-edit": f"rewrites only {rewritten[0]}",
    }
    rows = [
        Row(f"{labels[n]}, CPU", cpu[n], "s", target=TARGET_SECONDS, note=notes[n]) for n in steps
    ]
    rows += [
        Row(f"{labels[n]}, wall", times[n], "s", note=f"load average {load:.1f}") for n in steps
    ]
    command = _command_cpu(edited, root, options.repeat)
    rows.append(
        Row(
            "`hyteplan import xlsx`, one cell edited, whole command, CPU",
            command,
            "s",
            note="a new process: Python start-up and imports included",
        )
    )
    return rows
