"""What changed in the plans during a year, from git, in the council's words.

The plans as they stood at the start of the year (the newest commit before 1 January) are
compared with the plans at its end (the newest commit before 1 January of the next year) by the
diff engine, or two revisions the user names. Each organisation's report lists the changes of
its own document and of the shared files, worded by the diff's presenter (``diff/present.py``)
as the change annex words them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from hyteplan.diff import ChangeSet, ObjectChange, changes_between
from hyteplan.diff.annex import AnnexBuilder
from hyteplan.errors import HyteplanError
from hyteplan.gitrepo import Repo
from hyteplan.load import WORKSPACE_FILE


@dataclass(frozen=True)
class YearRevisions:
    """The two revisions a year's changes are read between (None: no commit before the year)."""

    start: str | None
    end: str | None


def year_revisions(root: Path, year: int) -> YearRevisions | None:
    """The commits at the start and the end of `year`; None outside a git repository.

    When the plans were first committed during the year, the year starts from that commit.
    """
    try:
        repo = Repo.containing(root.resolve())
        prefix = repo.prefix_of(root)
    except HyteplanError:
        return None
    end = repo.last_before(dt.date(year + 1, 1, 1))
    if end is None:
        return YearRevisions(None, None)
    start = repo.last_before(dt.date(year, 1, 1))
    first = repo.first_commit(f"{prefix}/{WORKSPACE_FILE}" if prefix else WORKSPACE_FILE, end)
    if first is None:
        return YearRevisions(None, None)
    if start is None or (start != first and repo.is_ancestor(start, first)):
        start = first  # the plans did not exist at the start of the year
    return YearRevisions(start, end)


def year_changes(
    path: Path, year: int, from_rev: str | None = None, to_rev: str | None = None
) -> ChangeSet | None:
    """The plans' changes during `year` (or between two given revisions); None without history.

    Given revisions that git does not know are the user's error (HyteplanError); a workspace
    outside git, or a year before the first commit, has no changes to show.
    """
    if from_rev or to_rev:
        return changes_between([from_rev or "HEAD", to_rev or "HEAD"], path)
    revisions = year_revisions(path, year)
    if revisions is None or revisions.start is None or revisions.end is None:
        return None
    return changes_between([revisions.start, revisions.end], path)


@dataclass(frozen=True)
class ChangeItem:
    """One change as a sentence, with the items of a changed object that changed."""

    sentence: str
    notes: list[str]
    fields: list[str]


@dataclass(frozen=True)
class ChangeGroup:
    title: str  # the focus area, or "general changes"
    changes: list[ChangeItem]


#: Kinds of change that are not changes of the plan: the yearly follow-up (status files) and
#: the negotiation records are reported in the report's own sections. The report texts and
#: the previous term's evaluations are part of the plan document, so they are listed.
NOT_PLAN = frozenset({"status", "negotiation"})


def plan_changes_of(cs: ChangeSet, org_id: str) -> list[ObjectChange]:
    """The plan's changes an organisation's council reads: its document's and the shared files'."""
    changes = cs.shared() + cs.for_organisation(org_id)
    return [c for c in changes if c.kind not in NOT_PLAN]


def organisation_changes(cs: ChangeSet, org_id: str, lang: str) -> list[ChangeGroup]:
    """The changes of :func:`plan_changes_of`, grouped by focus area, in the annex's words."""
    builder = AnnexBuilder(cs, lang)
    changes = plan_changes_of(cs, org_id)
    if not changes:
        return []
    section = builder.section(org_id, changes)
    return [
        ChangeGroup(
            str(group["title"]),
            [
                ChangeItem(
                    sentence=item["sentence"],
                    notes=list(item["notes"]),
                    fields=[row["field"] for row in item["rows"]],
                )
                for item in group["changes"]
            ],
        )
        for group in section["groups"]
    ]


#: What the summary names among the main changes: the plan's own work, not its catalogues.
MAIN_KINDS = ("focus-area", "goal", "action")


def main_changes(cs: ChangeSet, org_id: str, lang: str, limit: int = 5) -> list[str]:
    """The summary's main changes: focus areas, goals and actions changed, first `limit`."""
    builder = AnnexBuilder(cs, lang)
    changes = [c for c in plan_changes_of(cs, org_id) if c.kind in MAIN_KINDS]
    changes.sort(key=lambda c: MAIN_KINDS.index(c.kind))
    return [str(builder.item(c, org_id)["sentence"]) for c in changes[:limit]]


def counts_for(cs: ChangeSet, org_id: str) -> dict[str, int]:
    """Added, removed, changed and renamed objects in the organisation's report."""
    return cs.counts(plan_changes_of(cs, org_id))
