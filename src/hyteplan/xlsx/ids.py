"""The next free ID for a new row, as `hyteplan new` gives it (newentry's helpers).

An action continues its plan's pattern (IIS-5 after IIS-4, by the focus area's prefix first);
other kinds get a slug of their name or title. IDs given earlier in the same import are taken
too, so two new rows never get the same one.
"""

from __future__ import annotations

from typing import Any

from ..newentry import free_slug, next_action_id, slug
from ..workspace import Workspace

KIND_OF_SHEET = {
    "actions": "action",
    "goals": "goal",
    "indicators": "indicator",
    "parties": "party",
}


def _text(text: Any) -> str:
    """The first language of a text (the default language comes first)."""
    if isinstance(text, dict):
        return str(next(iter(text.values()), ""))
    return str(text or "")


class IdMaker:
    """Hands out IDs no object of the workspace (nor an earlier new row) has."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.given: set[str] = set()

    def next(self, sheet_kind: str, file: str, entry: dict[str, Any], org: str | None) -> str:
        kind = KIND_OF_SHEET.get(sheet_kind, sheet_kind)
        taken = self.ws.ids(kind) | self.given
        if kind == "action":
            new = self._action(file, entry, org, taken)
        elif kind == "indicator":
            new = free_slug(slug(_text(entry.get("name"))), taken)
        elif kind == "goal":
            words = f"{org} {_text(entry.get('title'))}" if org else _text(entry.get("title"))
            new = free_slug(slug(words), taken)
        else:
            base = slug(_text(entry.get("name")))
            organisation = entry.get("organisation")
            if organisation and not base.startswith(str(organisation)):
                base = f"{organisation}-{base}"
            new = free_slug(base, taken)
        self.given.add(new)
        return new

    def _action(self, file: str, entry: dict[str, Any], org: str | None, taken: set[str]) -> str:
        source = self.ws.files.get(file)
        data = source.data if source is not None and source.data else {}
        first = next_action_id(self.ws, data, org or "", entry.get("focus_area"))
        prefix, _, number = first.rpartition("-")
        count = int(number)
        while f"{prefix}-{count}" in taken:
            count += 1
        return f"{prefix}-{count}"
