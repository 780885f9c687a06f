"""Diff reports for people and programs: terminal text, Markdown, JSON and counts (--stat).

Every report lists the shared files' changes first, then each organisation's, a joint action's
change under every organisation whose document it affects. The JSON report is a stable, versioned
format documented in docs/diff.md.
"""

from __future__ import annotations

import json
import re
from typing import Any, Callable

from rich.markup import escape as rich_escape

from ..safetext import printable
from .changes import (
    ADDED,
    CHANGED,
    REMOVED,
    RENAMED,
    STATUSES,
    ChangeSet,
    FieldChange,
    ObjectChange,
    Version,
)
from .fields import FieldType, one_line
from .present import Presenter
from .words import DELETE, INSERT

JSON_FORMAT = "hyteplan-diff"
JSON_VERSION = 1

_SYMBOL = {ADDED: "+", REMOVED: "-", CHANGED: "~", RENAMED: "R"}


def sections(cs: ChangeSet) -> list[tuple[str | None, list[ObjectChange]]]:
    """(organisation ID or None for the shared files, its changes), skipping empty ones."""
    out: list[tuple[str | None, list[ObjectChange]]] = []
    shared = cs.shared()
    if shared:
        out.append((None, shared))
    for org in cs.organisations:
        own = cs.for_organisation(org.id)
        if own:
            out.append((org.id, own))
    return out


# --- text and Markdown ---------------------------------------------------------------------


class _Style:
    """How the line-oriented reports mark up user text and word changes."""

    def __init__(
        self,
        escape: Callable[[str], str],
        deleted: Callable[[str], str],
        inserted: Callable[[str], str],
        strong: Callable[[str], str] = lambda s: s,
        code: Callable[[str], str] = lambda s: s,
        list_item: tuple[Callable[[str], str], Callable[[str], str]] = (lambda s: s, lambda s: s),
        replace_sep: str = " ",
    ) -> None:
        self.escape = escape
        self.deleted = deleted
        self.inserted = inserted
        self.strong = strong
        self.code = code
        self.item_added, self.item_removed = list_item
        self.replace_sep = replace_sep  # between a deleted run and the inserted run replacing it


# Characters that can start markup in the middle of a CommonMark/GFM line. Reports put user text
# only after a list marker or a heading's "## ", never at the start of a line, so line-start
# markers (1. - + = ---) are harmless and stay readable.
_MD_SPECIAL = re.compile(r"[\\`*_{}\[\]<>!|~&$@#:]|\.(?=\w)")
# GitHub links more than Markdown does: GFM's autolinks (www., http:, e-mail addresses: a `.`
# inside a word, a `:` anywhere) and, on
# the rendered text, @mentions and #123 references. An entity breaks the first kind
# (`.` `:` are no longer seen by the parser); a zero-width space (U+200B, as an entity) after `@`
# and `#` survives rendering and breaks the second kind. What readers see is unchanged. Words
# that look like commit IDs are left alone: at worst they link to a commit of the same repository
# (and the report's own header names commits on purpose).
_ZWSP = "&#8203;"
_GITHUB_ENTITY = {"@": "&#64;" + _ZWSP, "#": "&#35;" + _ZWSP, ".": "&#46;", ":": "&#58;"}


def _md_char(match: re.Match[str]) -> str:
    char = match.group()
    return _GITHUB_ENTITY.get(char) or "\\" + char


def md_escape(text: str) -> str:
    """User text as inert Markdown for a GitHub comment: no formatting, link, mention or
    reference, and no control character (docs/diff.md)."""
    return _MD_SPECIAL.sub(_md_char, printable(one_line(text)))


# git's --word-diff=plain markers, so that the output stays readable in a log or a pipe.
PLAIN = _Style(
    lambda s: printable(one_line(s)), lambda s: f"[-{s}-]", lambda s: f"{{+{s}+}}", replace_sep=""
)
RICH = _Style(
    lambda s: rich_escape(printable(one_line(s))),
    lambda s: f"[red strike]{s}[/]",
    lambda s: f"[green]{s}[/]",
    lambda s: f"[bold]{s}[/]",
    lambda s: f"[cyan]{s}[/]",
    (lambda s: f"[green]{s}[/]", lambda s: f"[red]{s}[/]"),
)
MARKDOWN = _Style(
    md_escape,
    lambda s: f"~~{s}~~",
    lambda s: f"**{s}**",
    lambda s: f"**{s}**",
    lambda s: f"`{s}`",
    (lambda s: f"**{s}**", lambda s: f"~~{s}~~"),
)


class LineReport:
    """The terminal report (plain or with rich markup) and the Markdown report."""

    def __init__(self, cs: ChangeSet, lang: str, style: _Style, markdown: bool = False) -> None:
        self.cs = cs
        self.p = Presenter(cs, lang)
        self.style = style
        self.markdown = markdown

    def render(self) -> str:
        lines = [self.header(), ""]
        if self.cs.empty:
            lines.append(self.p.word("no changes"))
            return "\n".join(lines) + "\n"
        for org, changes in sections(self.cs):
            lines.append(self.section_title(org))
            if self.markdown:
                lines.append("")
            for change in changes:
                lines += self.object_lines(change, org)
            lines.append("")
        lines.append(self.footer())
        return "\n".join(lines) + "\n"

    def header(self) -> str:
        s = self.style
        text = (
            f"{self.p.word('comparing')}: {s.escape(self.p.version(self.cs.old))} → "
            f"{s.escape(self.p.version(self.cs.new))}"
        )
        return f"# {text}" if self.markdown else s.strong(text)

    def footer(self) -> str:
        text = f"{self.p.word('total')}: {self.p.counts(self.cs.counts())}"
        return f"**{text}**" if self.markdown else text

    def section_title(self, org: str | None) -> str:
        s = self.style
        if org is None:
            title = self.p.word("shared")
        else:
            title = f"{self.p.organisation_name(org)} ({org})"
        return f"## {s.escape(title)}" if self.markdown else s.strong(s.escape(title))

    def object_lines(self, change: ObjectChange, org: str | None) -> list[str]:
        """One object's head line (status, kind, ID, title, joined/left) and a line per changed field."""
        s, p = self.style, self.p
        ident = s.code(change.id)
        if change.status == RENAMED and change.old_id:
            ident = f"{s.code(change.old_id)} → {s.code(change.id)}"
        notes = [p.word(change.status)]
        effect = change.effect_for(org) if org else None
        if effect:
            notes.append(p.word(effect).format(org=p.organisation_name(org)))  # type: ignore[arg-type]
        title = p.title(change)
        head = f"{p.kind(change)} {ident}" + (f" {s.escape(title)}" if title else "")
        if self.markdown:  # a status word, not a symbol: "- - x" would be a nested list
            head = f"{s.strong(s.escape(notes[0]))} {head}"
            head += f" ({s.escape('; '.join(notes[1:]))})" if notes[1:] else ""
            lines = [f"- {head}"]
            indent = "  - "
        else:
            head += f" ({s.escape('; '.join(notes))})"
            lines = [f"  {_SYMBOL[change.status]} {head}"]
            indent = "      "
        for fc in change.fields:
            lines.append(indent + self.field_line(change, fc))
        return lines

    def field_line(self, change: ObjectChange, fc: FieldChange) -> str:
        """One changed field: word edits for texts, added/removed items for lists, else old → new."""
        s, p = self.style, self.p
        label = p.field(fc.field)
        if fc.lang and len(self.cs.languages) > 1:
            label += f" [{fc.lang}]"
        label = s.escape(label)
        if fc.type is FieldType.TEXT:
            return f"{label}: {self.words(fc)}"
        if fc.type in (FieldType.LIST, FieldType.ITEMS):
            parts = []
            if fc.added:
                items = ", ".join(s.item_added(s.escape(p.value(fc.field, v))) for v in fc.added)
                parts.append(f"{p.word('added_items')} {items}")
            if fc.removed:
                items = ", ".join(
                    s.item_removed(s.escape(p.value(fc.field, v))) for v in fc.removed
                )
                parts.append(f"{p.word('removed_items')} {items}")
            return f"{label}: {'; '.join(parts)}"
        unit = p.unit_of(change)
        old = s.escape(p.value(fc.field, fc.old, unit))
        new = s.escape(p.value(fc.field, fc.new, unit))
        return f"{label}: {old} → {new}"

    def words(self, fc: FieldChange) -> str:
        """A text's word-level edit in the style's markup, a replaced run right before its replacement."""
        s = self.style
        out = ""
        previous = ""
        for op, text in fc.words:
            shown = s.escape(text)
            if op == DELETE:
                shown = s.deleted(shown)
            elif op == INSERT:
                shown = s.inserted(shown)
            if out:
                out += s.replace_sep if (previous, op) == (DELETE, INSERT) else " "
            out += shown
            previous = op
        return out


def render_text(cs: ChangeSet, lang: str, color: bool = False) -> str:
    """The terminal report; with `color`, as rich markup (word changes in red and green)."""
    return LineReport(cs, lang, RICH if color else PLAIN).render()


def render_markdown(cs: ChangeSet, lang: str) -> str:
    """A Markdown report for a pull request or an issue comment."""
    return LineReport(cs, lang, MARKDOWN, markdown=True).render()


# --- counts (--stat) ------------------------------------------------------------------------


def stat_rows(cs: ChangeSet, lang: str) -> list[tuple[str, dict[str, int]]]:
    """(section name, counts) per section and a total row last."""
    p = Presenter(cs, lang)
    rows = []
    for org, changes in sections(cs):
        name = p.word("shared") if org is None else f"{p.organisation_name(org)} ({org})"
        rows.append((name, cs.counts(changes)))
    rows.append((p.word("total"), cs.counts()))
    return rows


def render_stat(cs: ChangeSet, lang: str, markdown: bool = False) -> str:
    """Counts only (--stat): one row per section and a total, as text or a Markdown table."""
    p = Presenter(cs, lang)
    rows = stat_rows(cs, lang)
    if markdown:
        head = ["", *(p.word(s) for s in STATUSES)]
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for name, counts in rows:
            cells = [md_escape(name), *(str(v) for v in counts.values())]
            lines.append("| " + " | ".join(cells) + " |")
        return "\n".join(lines) + "\n"
    shown = [(printable(name), counts) for name, counts in rows]
    width = max(len(name) for name, _ in shown)
    return "".join(f"{name.ljust(width)}  {p.counts(counts)}\n" for name, counts in shown)


# --- JSON ----------------------------------------------------------------------------------


def _version_json(version: Version) -> dict[str, Any]:
    return {
        "source": version.source,
        "label": version.label,
        "commit": version.commit,
        "tags": list(version.tags),
        "date": version.date.isoformat() if version.date else None,
        "subject": version.subject,
    }


def _field_json(fc: FieldChange) -> dict[str, Any]:
    out: dict[str, Any] = {"field": fc.field, "type": fc.type.value, "old": fc.old, "new": fc.new}
    if fc.type is FieldType.TEXT:
        out["lang"] = fc.lang
        out["words"] = [[op, text] for op, text in fc.words]
    elif fc.type in (FieldType.LIST, FieldType.ITEMS):
        out["added"] = list(fc.added)
        out["removed"] = list(fc.removed)
    return out


def _change_json(change: ObjectChange) -> dict[str, Any]:
    return {
        "kind": change.kind,
        "id": change.id,
        "status": change.status,
        "old_id": change.old_id,
        "title": change.title,
        "owner": change.owner,
        "joint": change.joint,
        "focus_area": change.focus_area,
        "organisations": list(change.organisations),
        "effects": dict(change.effects),
        "fields": [_field_json(fc) for fc in change.fields],
        "object": {name: value for name, _, value in change.snapshot} if change.snapshot else None,
    }


def changes_json(cs: ChangeSet, stat: bool = False) -> dict[str, Any]:
    """The JSON document (docs/diff.md describes every key); `stat` leaves out the changes."""
    document: dict[str, Any] = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "old": _version_json(cs.old),
        "new": _version_json(cs.new),
        "summary": cs.counts(),
        "by_kind": cs.counts_by_kind(),
        "organisations": [
            {
                "id": o.id,
                "kind": o.kind,
                "name": o.name,
                "summary": cs.counts(cs.for_organisation(o.id)),
            }
            for o in cs.organisations
        ],
        "shared_summary": cs.counts(cs.shared()),
    }
    if not stat:
        document["changes"] = [_change_json(c) for c in cs.changes]
    return document


def render_json(cs: ChangeSet, stat: bool = False) -> str:
    return json.dumps(changes_json(cs, stat), ensure_ascii=False, indent=2) + "\n"
