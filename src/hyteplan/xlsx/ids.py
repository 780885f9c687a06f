"""The next free ID for a new row: the plan's own pattern continued (IIS-4 after IIS-3).

An action gets the prefix most of its plan's actions share and the number after the highest
one in the whole workspace; other kinds number on from a prefix of their own. IDs given during
one import are taken too, so two new rows never get the same one.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ..workspace import Workspace

_NUMBERED = re.compile(r"^(.*?)(\d+)$")
KIND_OF_SHEET = {
    "actions": "action",
    "goals": "goal",
    "indicators": "indicator",
    "parties": "party",
}


class IdMaker:
    """Hands out IDs no object of the workspace (nor an earlier new row) has."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.taken: set[str] = set()
        for ids in ws.raw_ids.values():
            self.taken |= {i.lower() for i in ids}

    def next(self, sheet_kind: str, file: str, entry: dict[str, Any]) -> str:
        prefix = self._prefix(sheet_kind, file, entry)
        numbers = [
            int(m.group(2))
            for taken in self.taken
            if (m := _NUMBERED.match(taken)) and m.group(1) == prefix.lower()
        ]
        number = max(numbers, default=0) + 1
        while f"{prefix}{number}".lower() in self.taken:
            number += 1
        new = f"{prefix}{number}"
        self.taken.add(new.lower())
        return new

    def _prefix(self, sheet_kind: str, file: str, entry: dict[str, Any]) -> str:
        """The prefix the kind's objects in `file` mostly share, else a readable default."""
        kind = KIND_OF_SHEET.get(sheet_kind, sheet_kind)
        pool = {
            "action": [a.obj.id for a in self.ws.actions if a.loc.file == file],
            "goal": [],
            "indicator": [],
            "party": [],
        }.get(kind, [])
        prefixes = Counter(m.group(1) for i in pool if (m := _NUMBERED.match(i)))
        if prefixes:
            return prefixes.most_common(1)[0][0]
        if kind == "goal" and entry.get("focus_area"):
            return f"{entry['focus_area']}-"
        if kind == "party" and entry.get("organisation"):
            return f"{entry['organisation']}-"
        return f"{kind}-"
