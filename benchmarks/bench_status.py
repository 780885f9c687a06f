"""`hyteplan status` on the large synthetic region (issue 10): no slower than `validate`.

The large region carries two years of follow-up (status/2026.yaml and 2027.yaml, written by
generate.with_status: every scheduled action with a status). Both commands are timed as a user
runs them (a process each, text output) and in-process (load, then check or the standing and
the status files' problems), interleaved so that they share the machine's moods.
"""

from __future__ import annotations

import subprocess

import generate
from harness import Options, Row, benchmark, interleaved, script


@benchmark("status-large", "hyteplan status vs validate on the large region (2 years of status)")
def status_large(options: Options) -> list[Row]:
    from hyteplan.check import check
    from hyteplan.load import load_workspace
    from hyteplan.status import latest_year, standing
    from hyteplan.status_report import status_diagnostics

    root = generate.ensure("large-region", options.workspaces)
    ws = load_workspace(root)
    entries = len(ws.statuses)
    del ws

    def status_in_process() -> None:
        ws = load_workspace(root)
        result = standing(ws, latest_year(ws))
        status_diagnostics(ws, result, "en")

    def run(*args: str) -> None:
        subprocess.run([*script("hyteplan"), *args, str(root)], capture_output=True, check=False)

    repeat = max(options.repeat, 11)  # a ratio of two medians needs more runs
    times = interleaved(
        {
            "validate": lambda: check(load_workspace(root)),
            "status": status_in_process,
            "validate-process": lambda: run("validate"),
            "status-process": lambda: run("status"),
        },
        repeat,
    )
    note = f"{entries} status entries in 2 files"
    return [
        Row("large region: status (in-process)", times["status"], "s", note=note),
        Row("large region: validate (in-process)", times["validate"], "s"),
        Row(
            "large region: status / validate", times["status"] / times["validate"], "x", target=1.0
        ),
        Row("large region: hyteplan status (process)", times["status-process"], "s"),
        Row("large region: hyteplan validate (process)", times["validate-process"], "s"),
        Row(
            "large region: status / validate (process)",
            times["status-process"] / times["validate-process"],
            "x",
            target=1.0,
        ),
    ]
