"""`new`: adding an action, goal, indicator or party with the next free ID to the right file.

IDs in plans are of two shapes (see docs/authoring.md):

- actions: PREFIX-NUMBER (VA-1, KUO-8). A new action takes the prefix its neighbours use (in
  region.yaml the prefix of the actions of the same focus area, else the file's most common
  one; with no actions at all the organisation's ID in capitals, at most three letters) and
  the number after the highest one with that prefix anywhere in the workspace;
- goals, indicators and parties: readable slugs (pshva-hyte, kts-liikunta). A new one gets
  the slug of its title or name (a-z, 0-9, '-'; ä and å as a, ö as o), after the plan's ID
  for goals; '-2', '-3'… when it is taken.

The entry is appended through yamlwrite, so the rest of the file keeps its bytes, and the
workspace is checked with the new entry before anything is written: an entry that would add
an error (an unknown focus area, a taken ID) is refused.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .check import added_errors
from .errors import HyteplanError
from .model import FILE_KINDS, FIXED_FILES
from .load import MUNICIPALITIES_DIR, DirReader, FileCache, OverlayReader, load_from
from .workspace import Workspace
from .wsfiles import read_workspace_file

_NUMBERED = re.compile(r"^(.*?)-(\d+)$")
_ASCII = str.maketrans({"ä": "a", "å": "a", "ö": "o", "é": "e", "ü": "u"})

# Which file and list each kind goes to, and the ID kind (load.ID_LISTS) it is counted in.
KINDS = {"action": "actions", "goal": "goals", "indicator": "indicators", "party": "parties"}


@dataclass(frozen=True)
class Added:
    """What `add` did: the ID given, the file (relative to the workspace) and its new text."""

    id: str
    path: str
    text: str


def plan_file(ws: Workspace, plan: str) -> str:
    """The file of the plan of organisation `plan` (the region, or a municipality with a plan)."""
    if ws.config is not None and plan == ws.config.region.id:
        return "region.yaml"
    for municipality in ws.config.municipalities if ws.config else []:
        if municipality.id == plan:
            path = municipality.plan_path()
            if path is None:
                raise HyteplanError(
                    f"{plan} keeps no plan in this workspace (plan: false)",
                    "give the region or a municipality with a plan file",
                )
            return path
    raise HyteplanError(
        f"'{plan}' is not the region or a municipality of the workspace",
        f"choose one of: {', '.join(plan_choices(ws))}",
    )


def plan_choices(ws: Workspace) -> list[str]:
    """The organisations whose plans are in the workspace: the region first."""
    if ws.config is None:
        return []
    return [ws.config.region.id] + [m.id for m in ws.config.municipalities if m.has_plan]


def slug(text: str) -> str:
    """`text` as an ID: lower case a-z, 0-9 and '-' (ä and å as a, ö as o)."""
    lowered = text.lower().translate(_ASCII)
    return re.sub(r"[^a-z0-9]+", "-", lowered).strip("-")[:60].strip("-")


def free_slug(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3`… whichever is not taken."""
    base = base or "uusi"
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def next_action_id(ws: Workspace, raw: dict[str, Any], plan: str, focus_area: str | None) -> str:
    """PREFIX-NUMBER after the highest number with the prefix of the plan's actions."""
    actions = [a for a in raw.get("actions") or [] if isinstance(a, dict)]
    same_area = [a for a in actions if focus_area and a.get("focus_area") == focus_area]
    prefixes = Counter(
        m.group(1) for a in same_area or actions if (m := _NUMBERED.match(str(a.get("id", ""))))
    )
    if not prefixes and same_area:  # the focus area's actions are not numbered: use the file's
        prefixes = Counter(
            m.group(1) for a in actions if (m := _NUMBERED.match(str(a.get("id", ""))))
        )
    prefix = (
        prefixes.most_common(1)[0][0]
        if prefixes
        else re.sub(r"[^A-Z0-9]", "", plan.upper())[:3] or "T"
    )
    numbers = [
        int(m.group(2))
        for action_id in ws.ids("action")
        if (m := _NUMBERED.match(action_id)) and m.group(1) == prefix
    ]
    return f"{prefix}-{max(numbers, default=0) + 1}"


def _target(ws: Workspace, kind: str, plan: str | None) -> str:
    if kind in ("action", "goal"):
        if plan is None:
            raise HyteplanError(
                f"which plan gets the new {kind}?",
                f"give --plan with one of: {', '.join(plan_choices(ws))}",
            )
        return plan_file(ws, plan)
    return "indicators.yaml" if kind == "indicator" else "parties.yaml"


def add(root: Path, kind: str, entry: dict[str, Any], plan: str | None = None) -> Added:
    """Append `entry` (without `id` unless one is given) to the right file of the workspace at
    `root`; the new text is returned, not written (see `write`)."""
    from . import yamlwrite  # ruamel.yaml only for the commands that write

    reader = DirReader(root)
    cache = FileCache()
    ws = load_from(reader, root, cache)
    path = _target(ws, kind, plan)
    raw = read_workspace_file(root, Path(path)) if (root / path).exists() else b""
    doc = (
        yamlwrite.load(raw, path)
        if raw.strip()
        else yamlwrite.load(_empty_file(ws, kind, plan, path))
    )
    source = ws.files.get(path)
    data: dict[str, Any] = source.data if source is not None and source.data else {}
    new_id = entry.get("id") or _new_id(ws, data, kind, entry, plan)
    fields = {"id": new_id, **{k: v for k, v in entry.items() if k != "id"}}
    if isinstance(fields.get("source"), dict):
        fields["source"] = yamlwrite.flow(fields["source"])
    doc.append([KINDS[kind]], fields, position=_position(doc.data, path, KINDS[kind]))
    text = doc.text()
    _refuse_new_errors(root, reader, ws, path, text, cache)
    return Added(new_id, path, text)


def _position(data: Any, path: str, key: str) -> int:
    """Where a missing list goes among the file's keys: after those its model puts first."""
    model = FILE_KINDS[FIXED_FILES.get(path, "municipality")]
    fields = list(model.model_fields)
    if not isinstance(data, dict) or key not in fields:
        return len(data) if isinstance(data, dict) else 0
    rank = fields.index(key)
    earlier = [i for i, k in enumerate(data) if k in fields and fields.index(k) < rank]
    return max(earlier, default=-1) + 1


def _new_id(
    ws: Workspace, data: dict[str, Any], kind: str, entry: dict[str, Any], plan: str | None
) -> str:
    if kind == "action":
        return next_action_id(ws, data, plan or "", entry.get("focus_area"))
    if kind == "indicator":
        source = entry.get("source") or {}
        if source.get("kind") == "sotkanet" and source.get("id") is not None:
            return free_slug(f"sotkanet-{source['id']}", ws.ids("indicator"))
        return free_slug(slug(_text_of(entry.get("name"))), ws.ids("indicator"))
    if kind == "goal":
        return free_slug(slug(f"{plan} {_text_of(entry.get('title'))}"), ws.ids("goal"))
    base = slug(_text_of(entry.get("name")))
    if entry.get("organisation") and not base.startswith(str(entry["organisation"])):
        base = f"{entry['organisation']}-{base}"
    return free_slug(base, ws.ids("party"))


def _text_of(text: Any) -> str:
    if isinstance(text, dict):
        return str(next(iter(text.values()), ""))
    return str(text or "")


def _empty_file(ws: Workspace, kind: str, plan: str | None, path: str) -> bytes:
    """A new municipal plan file, or an empty catalogue, when the file does not exist yet."""
    if path.startswith(f"{MUNICIPALITIES_DIR}/") and plan:
        return f"municipality: {plan}\nplan:\n  status: draft\n".encode()
    return f"{KINDS[kind]}: []\n".encode()


def _refuse_new_errors(
    root: Path, reader: DirReader, ws: Workspace, path: str, text: str, cache: FileCache
) -> None:
    """Check the workspace with the new text; refuse an entry that adds an error."""
    after = load_from(OverlayReader(reader, {path: text.encode("utf-8")}), root, cache)
    added = added_errors(ws, after)
    if added:
        lines = "\n".join(f"{d.file}:{d.line}:{d.column}: {d.code} {d.message}" for d in added)
        raise HyteplanError(
            f"the new entry would not be valid; nothing was written:\n{lines}",
            "correct the options (the IDs they name must exist) and run the command again",
        )


def write(root: Path, added: Added) -> None:
    """Write the file that `add` changed (atomically)."""
    from .yamlwrite import save

    save(root / added.path, added.text)
