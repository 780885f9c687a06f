"""What each annual report (vuosiraportti) contains: one view per organisation, as data.

The report is built on the plan's own view (``views``): the same focus areas, the same actions
and the same indicators, so the report never disagrees with the plan it follows. A joint
action's row is built **once** per language and shared by the region's report and every
participant's, as the plan does; a participant's own note stands beside it, in its report only.
Every indicator of the organisation gets the on-track judgement of ``on_track`` with the
figures of ``figures``/``indicator_views``. Views hold formatted text only; the template
(templates/annual-report.md.j2) lays them out, and ``--to json`` writes the same data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar, cast

from hyteplan.diff import ChangeSet
from hyteplan.diff.annex import LABELS as ANNEX_LABELS
from hyteplan.diff.annex import AnnexBuilder
from hyteplan.diff.changes import Version
from hyteplan.figures import Direction, Figure, trend_of
from hyteplan.indicator_data import IndicatorValues, Point
from hyteplan.indicator_views import IndicatorView, RowView, ChartView, figures_of
from hyteplan.localtext import has_fallback
from hyteplan.model import ACTION_STATES, Action, Decision, Indicator, PlanInfo
from hyteplan.numbers import format_date, format_value
from hyteplan.status import entries_by_action, is_scheduled, state_word
from hyteplan.views import (
    ActionView,
    DecisionView,
    DocumentView,
    ViewBuilder as PlanBuilder,
    plain_data,
    _plan_of,
    document_ids,
)
from hyteplan.workspace import LocatedStatus, Workspace

from .incentive import SOURCE, checklist
from .negotiations import RecordView, annual_records
from .on_track import expected_value, judge
from .plan_changes import ChangeGroup, counts_for, main_changes, organisation_changes

#: The status key of an action without a status for the year.
NO_STATUS = "none"


@dataclass(frozen=True)
class ActionStatusView:
    """One action with its status for the year; a joint action's is shared by every report."""

    id: str
    title: str
    responsible: str
    schedule: str
    joint: bool
    participant_names: list[str]
    scheduled: bool  # the year is within its schedule (or, without one, the term)
    status_key: str  # not_started … cancelled, or "none"
    status: str  # in words
    note: str
    resources: str
    next_steps: str
    reason: str


@dataclass(frozen=True)
class AnnualActionRow:
    action: ActionStatusView
    own_note: str = ""  # a participating municipality's own note on a joint action


@dataclass(frozen=True)
class AnnualAreaView:
    id: str
    title: str
    rows: list[AnnualActionRow]


@dataclass(frozen=True)
class CountView:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class AnnualIndicatorView:
    """An indicator's figures, trend and on-track judgement in one organisation's report."""

    id: str
    name: str
    direction: str
    baseline: str
    target: str
    latest: str
    region_value: str
    country_value: str
    trend: str
    judgement_key: str  # reached, on_track, off_track or none
    judgement: str
    expected_label: str  # "Tavoitepolun arvo 2025"; '' when there is no path
    expected: str
    incentive: str  # its role in the hyte incentive, '' when untagged
    source_line: str
    columns: list[str]
    rows: list[RowView]
    chart: ChartView | None
    sotkanet: bool
    #: Whether it gets a section of its own: only with figures of the organisation's own
    #: (the summary table lists every indicator; empty sections would bury the others).
    details: bool


@dataclass(frozen=True)
class IncentiveIndicatorView:
    name: str
    role: str
    latest: str
    trend: str


@dataclass(frozen=True)
class ChecklistRow:
    id: str
    text: str
    met: bool
    status: str
    evidence: str


@dataclass(frozen=True)
class IncentiveView:
    level: str  # municipal or regional
    indicators: list[IncentiveIndicatorView]
    checklist: list[ChecklistRow]
    source: str


@dataclass(frozen=True)
class AnnualView:
    """Everything one annual report shows, in one language."""

    template: ClassVar[str] = "annual-report.md.j2"

    id: str  # the file name: <organisation>-annual-<year>
    org_id: str
    kind: str  # "annual"
    lang: str
    year: int
    title: str
    subtitle: str
    organisation: str
    region: str
    term: str
    version: str
    intro: str
    counts: list[CountView]
    indicator_line: str
    changes_line: str
    main_changes: list[str]  # the summary's few sentences on focus areas, goals and actions
    focus_areas: list[AnnualAreaView]
    indicators: list[AnnualIndicatorView]
    rule: str
    changes: list[ChangeGroup]
    changes_note: str
    incentive: IncentiveView
    decisions: list[DecisionView]
    thl_credit: bool
    main_language: bool = True
    # the records of the year's negotiations (negotiations/*.yaml; yearly/negotiations.py)
    negotiations: list[RecordView] = field(default_factory=list)

    @property
    def fallback_used(self) -> bool:
        return has_fallback(self)

    def to_data(self) -> dict[str, Any]:
        """The view as JSON-ready data (what ``--to json`` writes); the template is no content."""
        data = cast(dict[str, Any], plain_data(self))
        data.pop("template", None)  # a ClassVar is in __dataclass_fields__ too
        return {**data, "fallback_used": self.fallback_used}


def annual_id(org_id: str, year: int) -> str:
    """The report's file name without extension; never one of the plans' (`kuopio`)."""
    return f"{org_id}-annual-{year}"


class _AnnualBuilder:
    """Builds the annual reports of one workspace and year in one language."""

    def __init__(
        self,
        ws: Workspace,
        year: int,
        lang: str | None,
        values: IndicatorValues,
        version: str,
        changes: ChangeSet | None,
    ) -> None:
        self.ws = ws
        self.year = year
        self.plan = PlanBuilder(ws, lang, values, version)
        self.lang = self.plan.lang
        self.labels = self.plan.labels
        self.texts = self.plan.texts
        self.values = values
        self.changes = changes
        self.entries: dict[tuple[str, str], LocatedStatus] = entries_by_action(ws, year)
        self.models: dict[tuple[str, str], Action] = {
            (a.owner or "", a.obj.id): a.obj for a in ws.actions
        }
        self._shared: dict[str, ActionStatusView] = {}  # joint action ID -> its row

    # --- actions -----------------------------------------------------------------------------

    def status_view(self, action: ActionView) -> ActionStatusView:
        """The action with its status; a joint action's is built once and shared."""
        if action.joint and action.id in self._shared:
            return self._shared[action.id]
        entry = self.entries.get((action.owner, action.id))
        status = entry.obj if entry else None
        model = self.models.get((action.owner, action.id))
        scheduled = model is None or is_scheduled(model, self.year, self.ws.term)
        key: str = NO_STATUS
        if status is not None:
            key, words = status.status, state_word(status.status, self.lang)
        else:
            words = self.labels["annual_no_status" if scheduled else "annual_not_scheduled"]
        view = ActionStatusView(
            id=action.id,
            title=action.title,
            responsible=action.responsible,
            schedule=action.schedule,
            joint=action.joint,
            participant_names=action.participant_names,
            scheduled=scheduled,
            status_key=key,
            status=words,
            note=self.texts(status.note) if status else "",
            resources=self.texts(status.resources) if status else "",
            next_steps=self.texts(status.next_steps) if status else "",
            reason=self.texts(status.reason) if status else "",
        )
        if action.joint:
            self._shared[action.id] = view
        return view

    def row(self, action: ActionView, org_id: str) -> AnnualActionRow:
        view = self.status_view(action)
        own = ""
        if action.joint and org_id != action.owner:
            entry = self.entries.get((action.owner, action.id))
            note = entry.obj.participant_notes.get(org_id) if entry else None
            own = self.texts(note) if note else ""
        return AnnualActionRow(view, own)

    def counts(self, rows: Sequence[AnnualActionRow]) -> list[CountView]:
        keys = [*ACTION_STATES, NO_STATUS]
        tally = dict.fromkeys(keys, 0)
        for r in rows:
            if r.action.status_key != NO_STATUS or r.action.scheduled:
                tally[r.action.status_key] += 1
        labels = {s: state_word(s, self.lang) for s in ACTION_STATES}
        labels[NO_STATUS] = self.labels["annual_no_status"]
        return [CountView(k, labels[k][:1].upper() + labels[k][1:], tally[k]) for k in keys]

    # --- indicators --------------------------------------------------------------------------

    def catalogue(self, org_id: str) -> tuple[dict[str, Indicator], set[str]]:
        local = self.plan.local_indicators.get(org_id, {})
        return {**self.plan.shared_indicators, **local}, set(local)

    def indicator(
        self, view: IndicatorView, indicator: Indicator, org_id: str, local: bool
    ) -> AnnualIndicatorView:
        labels = self.labels
        figures = figures_of(indicator, self.plan.organisation(org_id), self.values, local)
        verdict = judge(
            figures.baseline, figures.target, figures.latest, indicator.direction, figures.decimals
        )
        expected_label = expected = ""
        if verdict is not None and figures.baseline and figures.target and figures.latest:
            path = expected_value(figures.baseline, figures.target, figures.latest.year)
            expected_label = labels["annual_expected"].format(year=figures.latest.year)
            expected = format_value(path, indicator.unit, self.lang, figures.decimals)
        level = self.level(org_id)
        role = next((r for r in indicator.incentive if r.level == level), None)
        return AnnualIndicatorView(
            id=view.id,
            name=view.name,
            direction=view.direction,
            baseline=view.baseline,
            target=view.target,
            latest=view.latest,
            region_value=view.region_value,
            country_value=view.country_value,
            trend=labels[f"trend_{figures.trend}"] if figures.trend else "",
            judgement_key=verdict or "none",
            judgement=labels[f"annual_{verdict or 'not_judged'}"],
            expected_label=expected_label,
            expected=expected,
            incentive=labels[f"incentive_{role.kind}"] if role else "",
            source_line=view.source_line,
            columns=view.columns,
            rows=view.rows,
            chart=view.chart,
            sotkanet=view.sotkanet,
            details=bool(figures.series or figures.baseline or figures.target),
        )

    def indicator_line(self, indicators: Sequence[AnnualIndicatorView]) -> str:
        tally = {k: 0 for k in ("reached", "on_track", "off_track", "none")}
        for i in indicators:
            tally[i.judgement_key] += 1
        return self.labels["annual_indicators_line"].format(**tally)

    # --- the hyte incentive ------------------------------------------------------------------

    def level(self, org_id: str) -> str:
        """Which incentive applies: the welfare regions' or the municipalities'."""
        return "regional" if org_id == self.ws.region_id else "municipal"

    def incentive(
        self, org_id: str, plan: PlanInfo | None, decisions: list[Decision]
    ) -> IncentiveView:
        level = self.level(org_id)
        catalogue, local = self.catalogue(org_id)
        org = self.plan.organisation(org_id)
        tagged = []
        for indicator_id, indicator in catalogue.items():
            role = next((r for r in indicator.incentive if r.level == level), None)
            if role is None:
                continue
            figures = figures_of(indicator, org, self.values, indicator_id in local)
            tagged.append(
                IncentiveIndicatorView(
                    name=self.texts(indicator.name),
                    role=self.labels[f"incentive_{role.kind}"],
                    latest=_figure(figures.latest, indicator.unit, self.lang, figures.decimals),
                    trend=self.latest_change(figures.series, indicator.direction, figures.decimals),
                )
            )
        rows = []
        for result in checklist(level, plan.incentive if plan else None, decisions):
            evidence = result.evidence
            if isinstance(evidence, Decision):
                text = self.decision_text(evidence)
            else:
                text = self.texts(evidence) if evidence is not None else ""
            rows.append(
                ChecklistRow(
                    id=result.item.id,
                    text=result.item.text[self.lang],
                    met=result.met,
                    status=self.labels["incentive_met" if result.met else "incentive_not_met"],
                    evidence=text,
                )
            )
        return IncentiveView(level, tagged, rows, SOURCE[self.lang])

    def version(self, changes: ChangeSet, version: Version) -> str:
        """A revision as a council reads it: its tag or date, and its short ID."""
        if version.source != "git" or version.date is None:
            return AnnexBuilder(changes, self.lang).version(version)
        name = version.tags[0] if version.tags else format_date(version.date, self.lang)
        return f"{name} ({ANNEX_LABELS[self.lang]['version_id']} {version.short})"

    def latest_change(self, series: Sequence[Point], direction: Direction, decimals: int) -> str:
        """The change between the two latest values: what the incentive scores."""
        if len(series) < 2:
            return ""
        before, last = series[-2], series[-1]
        trend = trend_of(before.value, last.value, direction, decimals)
        return self.labels[f"incentive_{trend}"].format(start=before.year, end=last.year)

    def decision_text(self, d: Decision) -> str:
        section = f" § {d.section}" if d.section is not None else ""
        return f"{self.texts.name(d.body)} {format_date(d.date, self.lang)}{section}"

    # --- the report --------------------------------------------------------------------------

    def decisions(self, org_id: str) -> list[Decision]:
        found = [
            d
            for f in self.ws.status_files
            if f.obj.year == self.year
            for d in f.obj.report_decisions.get(org_id, [])
        ]
        return sorted(found, key=lambda d: d.date)

    def change_parts(self, org_id: str) -> tuple[list[ChangeGroup], str, str]:
        labels = self.labels
        if self.changes is None:
            return [], labels["annual_no_history"], ""
        groups = organisation_changes(self.changes, org_id, self.lang)
        old, new = (self.version(self.changes, v) for v in (self.changes.old, self.changes.new))
        versions = f"{old} → {new}"
        note = labels["annual_changes_between"].format(versions=versions)
        if not groups:
            return [], f"{labels['annual_no_changes']} {note}", labels["annual_no_changes"]
        total = sum(counts_for(self.changes, org_id).values())
        return groups, note, labels["annual_changes_line"].format(total=total)

    def report(self, plan_view: DocumentView, plan: PlanInfo | None) -> AnnualView:
        org_id = plan_view.id
        labels = self.labels
        areas = []
        for area in plan_view.focus_areas:
            rows = [self.row(a, org_id) for a in (*area.joint_actions, *area.own_actions)]
            if rows:
                areas.append(AnnualAreaView(area.id, area.title, rows))
        catalogue, local = self.catalogue(org_id)
        indicators = [
            self.indicator(v, catalogue[v.id], org_id, v.id in local)
            for v in plan_view.indicators
            if v.id in catalogue
        ]
        decisions = self.decisions(org_id)
        changes, changes_note, changes_line = self.change_parts(org_id)
        return AnnualView(
            id=annual_id(org_id, self.year),
            org_id=org_id,
            kind="annual",
            lang=self.lang,
            year=self.year,
            title=f"{plan_view.organisation} – {labels['annual_title']} {self.year}",
            subtitle=labels["annual_subtitle"].format(year=self.year),
            organisation=plan_view.organisation,
            region=plan_view.region,
            term=plan_view.term,
            version=plan_view.version,
            intro=labels["annual_intro"].format(year=self.year),
            counts=self.counts([r for a in areas for r in a.rows]),
            indicator_line=self.indicator_line(indicators),
            changes_line=changes_line,
            main_changes=main_changes(self.changes, org_id, self.lang) if self.changes else [],
            focus_areas=areas,
            indicators=indicators,
            rule=labels["annual_rule"],
            changes=changes,
            changes_note=changes_note,
            incentive=self.incentive(org_id, plan, decisions),
            decisions=self.plan.decision_views(decisions),
            thl_credit=any(i.sotkanet for i in indicators),
            negotiations=annual_records(self.ws, self.year, org_id, self.plan),
        )


def _figure(figure: Figure | None, unit: str | None, lang: str, decimals: int) -> str:
    if figure is None:
        return ""
    return f"{format_value(figure.value, unit, lang, decimals)} ({figure.year})"


def build_annual_views(
    ws: Workspace,
    year: int,
    lang: str | None = None,
    values: IndicatorValues | None = None,
    version: str = "",
    only: Sequence[str] | None = None,
    changes: ChangeSet | None = None,
) -> list[AnnualView]:
    """One annual report per organisation and language (region first), as the plans are made."""
    values = values or IndicatorValues()
    first = _AnnualBuilder(ws, year, lang, values, version, changes)
    builders = {first.lang: first}
    config = first.plan.config
    views = []
    for org_id in [i for i in document_ids(ws) if not only or i in only]:
        languages = config.languages_of(org_id)
        for code in [lang] if lang else languages:
            builder = builders.get(code) or builders.setdefault(
                code, _AnnualBuilder(ws, year, code, values, version, changes)
            )
            has_plan = org_id in ws.municipal_plans or org_id == config.region.id
            plan = _plan_of(ws, org_id) if has_plan else None
            plan_view = (
                builder.plan.document(org_id, plan) if plan else builder.plan.extract(org_id)
            )
            view = builder.report(plan_view, plan)
            views.append(replace(view, main_language=view.lang == languages[0]))
    return views
