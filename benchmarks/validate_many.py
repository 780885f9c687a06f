"""Validate several workspaces one after another in this process; print figures as JSON.

run.py starts this in a fresh process so that the peak memory it reports (ru_maxrss) belongs
to validation alone. Each workspace is loaded and checked as `hyteplan validate` does, and
dropped before the next one is read.

    python benchmarks/validate_many.py WORKSPACE...
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def main(paths: list[str]) -> int:
    start = time.perf_counter()
    from hyteplan.check import check
    from hyteplan.load import load_workspace

    imported = time.perf_counter()
    actions = errors = warnings = files = 0
    for path in paths:
        ws = load_workspace(Path(path))
        diagnostics = check(ws)
        files += len(ws.files)
        actions += len(ws.actions)
        errors += sum(d.severity.value == "error" for d in diagnostics)
        warnings += sum(d.severity.value == "warning" for d in diagnostics)
        del ws, diagnostics
    done = time.perf_counter()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak_kb = usage.ru_maxrss  # KiB on Linux
    json.dump(
        {
            "workspaces": len(paths),
            "files": files,
            "actions": actions,
            "errors": errors,
            "warnings": warnings,
            "import_seconds": imported - start,
            "validate_seconds": done - imported,
            "peak_rss_mb": peak_kb / 1024,
            "cpu_seconds": usage.ru_utime + usage.ru_stime,
        },
        sys.stdout,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
