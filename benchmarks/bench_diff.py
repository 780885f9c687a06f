"""`hyteplan diff` of two git revisions of the large synthetic region (target: 2 s, issue 4).

The repository is built in a temporary folder: revision v1 is the generated large region, v2 the
same with about 4 % of the actions edited the way a yearly amendment edits them (titles reworded,
schedules moved, responsible parties and partners changed), a few actions added, removed and
given new IDs. Both revisions are written by the same YAML dumper, so the text differs only where
the meaning does. The time includes starting the process and reading both revisions from git.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import yaml

import generate
from harness import Options, Row, benchmark, interleaved, run_json, script

SHARE_EDITED = 0.04
ADDED = REMOVED = RENAMED = 5
TARGET_SECONDS = 2.0


def _git(repo: Path, *args: str) -> None:
    env = dict(os.environ)
    env.update(
        {
            "GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.invalid",
            "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.invalid",
            "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
        }
    )  # fmt: skip
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


def _plan_files(root: Path) -> list[Path]:
    return [root / "region.yaml", *sorted((root / "municipalities").glob("*.yaml"))]


def _dump(path: Path, data: Any) -> None:
    path.write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8"
    )


def _amend(plans: dict[Path, Any], rng: random.Random) -> None:
    """Edit about SHARE_EDITED of the actions and add, remove and rename a few own actions."""
    actions = [a for data in plans.values() for a in data.get("actions", [])]
    responsibles = sorted({a["responsible"] for a in actions if a.get("responsible")})
    partners = sorted({p for a in actions for p in a.get("partners", [])})
    for action in actions:
        if rng.random() >= SHARE_EDITED:
            continue
        edit = rng.randrange(4)
        if edit == 0:
            action["title"] = f"{action['title']} ja sen vakiinnuttaminen"
        elif edit == 1 and action.get("schedule"):
            action["schedule"] = "2027-2029"
        elif edit == 2 and action.get("responsible"):
            action["responsible"] = rng.choice(responsibles)
        else:
            action["partners"] = sorted({*action.get("partners", []), rng.choice(partners)})
    municipal = [data for path, data in plans.items() if path.name != "region.yaml"]
    for number in range(ADDED):
        data = rng.choice(municipal)
        if data.get("actions"):
            new = dict(rng.choice(data["actions"]))
            new["id"] = f"UUSI-{number + 1}"
            new["title"] = f"Uusi toimenpide {number + 1}: {new['title']}"
            data["actions"].append(new)
    own = [
        (data, a)
        for data in municipal
        for a in data.get("actions", [])
        if not a["id"].startswith("UUSI")
    ]
    for data, action in rng.sample(own, REMOVED + RENAMED)[:REMOVED]:
        data["actions"].remove(action)
    for _, action in rng.sample([(d, a) for d, a in own if a in d["actions"]], RENAMED):
        action["id"] = f"{action['id']}-B"


def build_repository(source: Path, repo: Path) -> None:
    """A git repository with the workspace at tag v1 and its amended version at tag v2."""
    shutil.copytree(source, repo)
    plans = {path: yaml.safe_load(path.read_text(encoding="utf-8")) for path in _plan_files(repo)}
    for path, data in plans.items():
        _dump(path, data)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "v1")
    _git(repo, "tag", "v1")
    _amend(plans, random.Random(2026))
    for path, data in plans.items():
        _dump(path, data)
    _git(repo, "commit", "-q", "-a", "-m", "v2")
    _git(repo, "tag", "v2")


@benchmark(
    "diff-large", "hyteplan diff of two git revisions of the large region (~4 % of actions changed)"
)
def diff_large(options: Options) -> list[Row]:
    from hyteplan.diff import changes_between

    source = generate.ensure("large-region", options.workspaces)
    with tempfile.TemporaryDirectory(prefix="hyteplan-bench-diff-") as tmp:
        repo = Path(tmp) / "repo"
        build_repository(source, repo)
        command = script("hyteplan") + [
            "diff",
            "v1",
            "v2",
            "--path",
            str(repo),
            "--format",
            "json",
            "--stat",
        ]
        _, document = run_json(command)
        summary = document["summary"]
        changes = sum(summary.values())
        times = interleaved(
            {
                "process": lambda: run_json(command),
                "in-process": lambda: changes_between(["v1", "v2"], repo),
            },
            options.repeat,
        )
    counts = ", ".join(f"{v} {k}" for k, v in summary.items())
    return [
        Row(
            "diff large region, v1 → v2 (process, git reads)",
            times["process"],
            "s",
            target=TARGET_SECONDS,
            note=f"{changes} objects: {counts}",
        ),
        Row("diff large region, in-process (read, validate, compare)", times["in-process"], "s"),
    ]
