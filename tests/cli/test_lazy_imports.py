"""`hyteplan validate` must start fast (issue 2: 0.5 s with process start): it may not import
the heavy libraries that only rendering, charts or tables need."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = {"matplotlib", "numpy", "PIL", "jinja2", "pypandoc", "typst", "rich", "ruamel", "docx"}
# hyteplan's own packages that validate does not use
UNUSED = (
    "hyteplan.diff",
    "hyteplan.render",
    "hyteplan.views",
    "hyteplan.charts",
    "hyteplan.textconv",
)

PROBE = """
import json, sys
from hyteplan.cli import main
code = main(["validate", sys.argv[1], "--format", "concise"])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def test_validate_imports_no_heavy_library(workspace: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(workspace)], capture_output=True, text=True, check=True
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 0
    assert sorted(HEAVY & {m.split(".")[0] for m in result["modules"]}) == []
    assert [m for m in result["modules"] if m.startswith(UNUSED)] == []
