"""The council's change annex ("Muutokset edelliseen versioon") as DOCX or PDF.

It goes through the same route as `hyteplan render`: a Jinja2 template (templates/diff-annex.md.j2,
overridable in a workspace's templates/), pandoc with the A4 reference.docx, or typst for a
tagged PDF. All plan text is escaped by the render package's escaping; only the word-level
markers (struck out, bold) are built here, around text escaped the same way.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any, Iterable, Mapping

from markupsafe import Markup

from ..errors import HyteplanError
from ..numbers import format_date, format_year_range
from ..render import convert
from ..render.escape import md_inline
from ..render.labels import LANG_TAGS
from ..render.pipeline import REFERENCE_DOCX, TYPST_TEMPLATE
from ..render.templates import Templates
from .changes import ADDED, CHANGED, RENAMED, ChangeSet, FieldChange, ObjectChange, Version
from .fields import FieldType
from .present import Presenter
from .report import sections
from .words import DELETE, INSERT

ANNEX_TEMPLATE = "diff-annex.md.j2"
TARGETS = ("docx", "pdf")

LABELS: Mapping[str, Mapping[str, str]] = {
    "fi": {
        "title": "Muutokset edelliseen versioon", "toc": "Sisällys", "summary": "Yhteenveto",
        "organisation": "Suunnitelma", "field": "Kohta", "before": "Aiemmin", "after": "Nyt",
        "content": "Sisältö", "summary_caption": "Muutosten määrä suunnitelmittain",
        "general": "Yleiset muutokset", "term": "suunnitelmakausi", "version_id": "versiotunniste",
        "added": "Lisätty", "removed": "Poistettu", "changed": "Muutettu", "renamed": "Uusi tunnus",
        "intro": "Tämä liite kuvaa, mitä suunnitelmiin on muutettu. Aiempi versio: {old}. Uusi versio: {new}.",
        "totals": "Muutoksia on yhteensä {total}: lisättyjä {added}, poistettuja {removed}, muutettuja {changed} ja uuden tunnuksen saaneita {renamed}.",
        "none": "Versioiden välillä ei ole sisällöllisiä muutoksia.",
        "s_added": "{kind} {ref} on lisätty.", "s_removed": "{kind} {ref} on poistettu.",
        "s_changed": "{kind} {ref} on muuttunut.",
        "s_renamed": "{kind} {title} on saanut uuden tunnuksen {new} (aiemmin {old}); sisältö ei muuttunut.",
        "joined": "{org} on uusi osallistuja tässä yhteisessä toimenpiteessä.",
        "left": "{org} ei enää osallistu tähän yhteiseen toimenpiteeseen.",
        "quote_open": "\u201d", "quote_close": "\u201d",
    },
    "sv": {
        "title": "Ändringar jämfört med föregående version", "toc": "Innehåll", "summary": "Sammanfattning",
        "organisation": "Plan", "field": "Punkt", "before": "Tidigare", "after": "Nu",
        "content": "Innehåll", "summary_caption": "Antal ändringar per plan",
        "general": "Allmänna ändringar", "term": "planperiod", "version_id": "versionsidentifierare",
        "added": "Tillagda", "removed": "Borttagna", "changed": "Ändrade", "renamed": "Ny identifierare",
        "intro": "Denna bilaga beskriver vad som har ändrats i planerna. Tidigare version: {old}. Ny version: {new}.",
        "totals": "Sammanlagt {total} ändringar: {added} tillagda, {removed} borttagna, {changed} ändrade och {renamed} med ny identifierare.",
        "none": "Det finns inga ändringar i innehållet mellan versionerna.",
        "s_added": "{kind} {ref} har lagts till.", "s_removed": "{kind} {ref} har tagits bort.",
        "s_changed": "{kind} {ref} har ändrats.",
        "s_renamed": "{kind} {title} har fått en ny identifierare {new} (tidigare {old}); innehållet har inte ändrats.",
        "joined": "{org} deltar nu i denna gemensamma åtgärd.",
        "left": "{org} deltar inte längre i denna gemensamma åtgärd.",
        "quote_open": "\u201d", "quote_close": "\u201d",
    },
    "en": {
        "title": "Changes from the previous version", "toc": "Contents", "summary": "Summary",
        "organisation": "Plan", "field": "Item", "before": "Before", "after": "Now",
        "content": "Content", "summary_caption": "Number of changes by plan",
        "general": "General changes", "term": "term", "version_id": "version ID",
        "added": "Added", "removed": "Removed", "changed": "Changed", "renamed": "New ID",
        "intro": "This annex describes what changed in the plans. Previous version: {old}. New version: {new}.",
        "totals": "{total} changes in total: {added} added, {removed} removed, {changed} changed and {renamed} with a new ID.",
        "none": "There are no changes of content between the versions.",
        "s_added": "{kind} {ref} was added.", "s_removed": "{kind} {ref} was removed.",
        "s_changed": "{kind} {ref} was changed.",
        "s_renamed": "{kind} {title} has a new ID {new} (previously {old}); its content did not change.",
        "joined": "{org} now takes part in this joint action.",
        "left": "{org} no longer takes part in this joint action.",
        "quote_open": "\u201c", "quote_close": "\u201d",
    },
}  # fmt: skip

# Not repeated in the table of an added object: its sentence and heading already say them.
_KNOWN_FROM_CONTEXT = frozenset({"title", "name", "focus_area"})


_STRIKE, _STRONG = "~~", "**"  # deleted words are struck out, inserted ones bold


def _marked(parts: Iterable[tuple[str, bool]], marker: str, separator: str) -> Markup:
    """Texts escaped and joined, those flagged True wrapped in `marker` (struck or bold)."""
    out = []
    for text, flagged in parts:
        escaped = md_inline(text)
        out.append(Markup(f"{marker}{escaped}{marker}" if flagged and escaped else escaped))
    return Markup(separator).join(out)


class AnnexBuilder:
    """Turns a ChangeSet into the data of the annex template, in one language."""

    def __init__(self, cs: ChangeSet, lang: str) -> None:
        self.cs = cs
        self.lang = lang
        self.p = Presenter(cs, lang, resolve_names=True)
        self.words = LABELS[lang]

    def data(self) -> dict[str, Any]:
        """Everything the annex template shows, already worded in the annex language."""
        w, cs = self.words, self.cs
        counts = cs.counts()
        region = cs.organisations[0] if cs.organisations else None
        subtitle = self.p.text(region.name) if region else ""
        if cs.term:
            subtitle += f", {w['term']} {format_year_range(*cs.term)}"
        return {
            "title": w["title"],
            "subtitle": subtitle,
            "versions": f"{self.version(cs.old)} → {self.version(cs.new)}",
            "intro": w["intro"].format(old=self.version(cs.old), new=self.version(cs.new)),
            "totals": w["totals"].format(total=sum(counts.values()), **counts)
            if not cs.empty
            else w["none"],
            "summary_rows": self.summary_rows(),
            "sections": [self.section(org, changes) for org, changes in sections(cs)],
        }

    def version(self, version: Version) -> str:
        """A version as a council reads it: its name, date and (for git) its short ID."""
        if version.source == "worktree":
            name = self.p.word("working tree")
        elif version.source == "git" and version.tags and version.label not in version.tags:
            name = version.tags[0]
        else:
            name = version.label
        details = []
        if version.date:
            details.append(format_date(version.date, self.lang))
        if version.short:
            details.append(f"{self.words['version_id']} {version.short}")
        return f"{name} ({', '.join(details)})" if details else name

    def summary_rows(self) -> list[dict[str, Any]]:
        rows = []
        for org, changes in sections(self.cs):
            name = self.p.word("shared") if org is None else self.p.organisation_name(org)
            rows.append({"name": name, **self.cs.counts(changes)})
        return rows

    def section(self, org: str | None, changes: list[ObjectChange]) -> dict[str, Any]:
        """One organisation's changes grouped by focus area, in the order of the plans."""
        title = self.p.word("shared") if org is None else self.p.organisation_name(org)
        groups: dict[str | None, list[ObjectChange]] = {}
        order = [None, *self.cs.focus_areas]
        for change in sorted(
            changes,
            key=lambda c: order.index(c.focus_area) if c.focus_area in order else len(order),
        ):
            groups.setdefault(change.focus_area, []).append(change)
        return {
            "title": title,
            "groups": [
                {"title": self.group_title(area), "changes": [self.item(c, org) for c in items]}
                for area, items in groups.items()
            ],
        }

    def group_title(self, area: str | None) -> str:
        if area is None:
            return self.words["general"]
        name = self.cs.name_of("focus-area", area)
        return self.p.text(name) if name else area

    def quoted(self, text: str) -> str:
        return f"{self.words['quote_open']}{text}{self.words['quote_close']}"

    def item(self, change: ObjectChange, org: str | None) -> dict[str, Any]:
        """A sentence saying what happened; for a change a before/after table, for an addition
        a table of what the new object says."""
        w, p = self.words, self.p
        kind = p.kind(change)
        kind = kind[:1].upper() + kind[1:]
        title = p.title(change)
        if change.kind in ("plan", "report"):  # known by its organisation, not by an ID
            ref = self.quoted(title or p.organisation_name(change.id))
        else:
            ref = f"{change.id} {self.quoted(title)}" if title else change.id
        if change.status == RENAMED:
            sentence = w["s_renamed"].format(
                kind=kind,
                title=self.quoted(title) if title else "",
                new=change.id,
                old=change.old_id,
            )
        else:
            sentence = w[f"s_{change.status}"].format(kind=kind, ref=ref)
        item: dict[str, Any] = {
            "sentence": " ".join(sentence.split()),
            "notes": [],
            "rows": [],
            "details": [],
        }
        effect = change.effect_for(org) if org else None
        if effect:
            item["notes"].append(w[effect].format(org=p.organisation_name(org)))  # type: ignore[arg-type]
        if change.status == CHANGED:  # a move between plans shows as a change of `organisation`
            item["rows"] = [self.row(change, fc) for fc in change.fields]
        elif change.status == ADDED:
            # In a plan file's objects, `organisation` is the plan they stand in: the section says it.
            hidden = {"organisation"} if change.owner is not None else set()
            unit = p.unit_of(change)
            item["details"] = [
                {
                    "field": self.field_label(name),
                    "value": p.value(name, value, unit, p.decimals_of(change))
                    if ftype is not FieldType.TEXT
                    else p.text(value),
                }
                for name, ftype, value in change.snapshot
                if name not in hidden and name not in _KNOWN_FROM_CONTEXT
            ]
        return item

    def field_label(self, name: str, lang: str | None = None) -> str:
        label = self.p.field(name)
        label = label[:1].upper() + label[1:]
        if lang and len(self.cs.languages) > 1:
            label += f" ({lang})"
        return label

    def row(self, change: ObjectChange, fc: FieldChange) -> dict[str, Any]:
        """One changed field: the old value with deletions struck, the new with additions bold."""
        label = self.field_label(fc.field, fc.lang)
        p = self.p
        if fc.type is FieldType.TEXT:
            before = _marked(
                ((t, op == DELETE) for op, t in fc.words if op != INSERT), _STRIKE, " "
            )
            after = _marked(((t, op == INSERT) for op, t in fc.words if op != DELETE), _STRONG, " ")
            return {"field": label, "before": before, "after": after}
        if fc.type in (FieldType.LIST, FieldType.ITEMS):
            removed = [p.value(fc.field, v) for v in fc.removed]
            added = [p.value(fc.field, v) for v in fc.added]
            old = [p.value(fc.field, v) for v in fc.old]
            new = [p.value(fc.field, v) for v in fc.new]
            none = Markup(md_inline(p.word("none")))
            before = _marked(((t, t in removed) for t in old), _STRIKE, ", ")
            after = _marked(((t, t in added) for t in new), _STRONG, ", ")
            return {"field": label, "before": before or none, "after": after or none}
        unit = p.unit_of(change)
        return {
            "field": label,
            "before": p.value(fc.field, fc.old, unit, p.decimals_of(change)),
            "after": p.value(fc.field, fc.new, unit, p.decimals_of(change)),
        }


def annex_markdown(cs: ChangeSet, lang: str, templates: Templates) -> str:
    """The annex as pandoc Markdown, from the (possibly overridden) annex template."""
    builder = AnnexBuilder(cs, lang)
    return templates.render(
        ANNEX_TEMPLATE,
        {
            "doc": builder.data(),
            "labels": LABELS[lang],
            "lang_tag": LANG_TAGS[lang],
        },
    )


def build_annex(
    cs: ChangeSet,
    target: str,
    lang: str,
    workspace_root: Path | None = None,
    source_date_epoch: int | None = None,
) -> bytes:
    """The annex as DOCX or PDF bytes, laid out with the workspace's or hyteplan's templates."""
    if target not in TARGETS:
        raise HyteplanError(f"unknown annex format {target!r}", "choose docx or pdf")
    if lang not in LANG_TAGS:
        raise HyteplanError(f"unknown language {lang!r}", "choose fi, sv or en")
    templates = Templates(workspace_root)
    markdown = annex_markdown(cs, lang, templates)
    with tempfile.TemporaryDirectory(prefix="hyteplan-annex-") as tmp:
        work = Path(tmp)
        if target == "docx":
            return convert.to_docx(
                markdown, work, templates.path(REFERENCE_DOCX), source_date_epoch
            )
        return convert.to_pdf(
            markdown, work, templates.path(TYPST_TEMPLATE), templates.font_dirs(), source_date_epoch
        )
