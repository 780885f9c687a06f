"""What each plan document contains: one view per organisation, decided here, not in templates.

A workspace yields one document for the welfare region and one for every municipality with a
plan, in each of the organisation's languages, and an extract of its joint actions for a
municipality declared without a plan (``plan: false``). The rules of synchronisation live here:

* a joint action (a regional action with ``participants``) is built **once** as an
  :class:`ActionView` and the same object goes into the regional document and into every
  participating municipality's document, so it reads identically everywhere;
* a municipal document separates the joint actions ("together with the welfare region") from the
  municipality's own actions; the regional document holds the region's own actions and the joint
  actions, plus a matrix of joint actions × the municipalities that take part in one;
* every document has a responsibility table (vastuunjakotaulukko) by party, an indicator
  appendix with the latest values from ``data/`` and the decision history.

Views are plain data (dataclasses of strings, numbers and lists): every text is already resolved
to the output language and every number formatted, so templates only lay it out and the JSON
output is the same data. Texts missing in the output language fall back to the workspace's
default language and are marked, e.g. "(på finska)": every resolved text is a
:class:`~hyteplan.localtext.LocalText` that knows the language it is in, so templates can tag a
fallback with its language and a document knows it holds fallbacks without shared state.
Proper names (parties, organisations, bodies) are not marked.
"""

from __future__ import annotations

import hashlib

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, cast

from hyteplan.errors import HyteplanError
from hyteplan.indicator_data import IndicatorValues
from hyteplan.indicator_meta import completed
from hyteplan.indicator_views import (
    EvidenceRow,
    IndicatorView,
    evidence_row,
    Organisation,
    indicator_view,
    populations,
)
from hyteplan.localtext import LocalText, has_fallback
from hyteplan.model import (
    Action,
    Decision,
    FocusArea,
    Goal,
    Indicator,
    Municipality,
    MunicipalPlanFile,
    PlanInfo,
    RegionalAction,
    text_in,
)
from hyteplan.numbers import format_date, format_year_range
from hyteplan.render.labels import labels_for
from hyteplan.wellbeing_report.previous_term import (
    PreviousTermView,
    previous_term_view,
    read_previous,
)
from hyteplan.workspace import Workspace
from hyteplan.wellbeing_report.views import (
    ReportContext,
    ReportView,
    build_report,
    required_groups,
)

#: Municipality columns per joint-action matrix table: more do not fit an A4 page in portrait.
MATRIX_COLUMNS = 6


@dataclass(frozen=True)
class ActionView:
    """One action as every document shows it."""

    id: str
    title: str
    description: str
    joint: bool
    owner: str
    participants: list[str]
    participant_names: list[str]
    focus_area: str
    goal: str | None
    responsible: str
    responsible_id: str | None
    partners: list[str]
    partner_ids: list[str]
    schedule: str
    indicators: list[str]
    indicator_ids: list[str]
    target_groups: list[str]
    rural_reach: str
    resources: str
    strategy_link: str


@dataclass(frozen=True)
class GapView:
    text: str
    indicators: list[str]
    indicator_ids: list[str] = field(default_factory=list)
    #: The document organisation's figures of each indicator (value, year, region, country).
    figures: list[EvidenceRow] = field(default_factory=list)


@dataclass(frozen=True)
class GoalView:
    id: str
    title: str
    description: str
    target_groups: list[str]
    indicators: list[str]
    target_year: int | None
    indicator_ids: list[str] = field(default_factory=list)
    #: Baseline, target and latest value of each indicator, for the goal's table.
    figures: list[EvidenceRow] = field(default_factory=list)


@dataclass(frozen=True)
class FocusAreaView:
    id: str
    title: str
    description: str
    gaps: list[GapView]
    goals: list[GoalView]
    joint_actions: list[ActionView]
    own_actions: list[ActionView]


@dataclass(frozen=True)
class MatrixRow:
    action_id: str
    title: str
    marks: list[bool]


@dataclass(frozen=True)
class MatrixTable:
    """Joint actions × a slice of the municipalities (at most :data:`MATRIX_COLUMNS`)."""

    municipalities: list[str]
    rows: list[MatrixRow]


@dataclass(frozen=True)
class ResponsibilityRow:
    party_id: str
    party: str
    responsible_for: list[str]
    partner_in: list[str]
    description: str = ""


@dataclass(frozen=True)
class DecisionView:
    body: str
    date: str
    section: str
    decision: str


@dataclass(frozen=True)
class FactView:
    """One fact the plan states for the hyte incentive (PlanInfo.incentive): what and where."""

    label: str
    text: str


#: PlanInfo.incentive's fields, in the order the plan lists them (labels ``incentive_<field>``).
INCENTIVE_FACTS = ("coordinator", "budget", "audit_evaluation", "physical_activity")


@dataclass(frozen=True)
class DocumentView:
    """Everything one document shows, in one language."""

    id: str
    kind: str  # "region", "municipality" or "extract" (a municipality without a plan here)
    lang: str
    title: str
    organisation: str
    region: str
    term: str
    status: str
    status_label: str
    version: str
    legal_basis: str
    prepared_by: str
    participation: str
    summary: str
    focus_areas: list[FocusAreaView]
    joint_matrix: list[MatrixTable]
    responsibilities: list[ResponsibilityRow]
    indicators: list[IndicatorView]
    thl_credit: bool
    decisions: list[DecisionView]
    actions: list[ActionView] = field(default_factory=list)
    #: The evaluation of the previous term's plan (wellbeing_report.previous_term), if named.
    previous_term: PreviousTermView | None = None
    incentive: list[FactView] = field(default_factory=list)  # the plan's HYTE-kerroin facts
    #: Whether ``lang`` is the organisation's first language (its files then carry no language).
    main_language: bool = True
    #: The wellbeing report part before the plan (``document: report_and_plan``); None: plan only.
    report: ReportView | None = None

    @property
    def fallback_used(self) -> bool:
        """Whether some text is shown in another language than the document's."""
        return has_fallback(self)

    def to_data(self) -> dict[str, Any]:
        """The view as JSON-ready data (what ``--to json`` writes)."""
        return {**cast(dict[str, Any], plain_data(self)), "fallback_used": self.fallback_used}


def plain_data(value: Any) -> Any:
    """Dataclasses as dicts, tuples as lists, all the way down.

    What ``dataclasses.asdict`` does, minus its deep copy of every leaf: a view holds only
    strings, numbers and booleans there, and they are immutable. Views are converted once per
    document and format, so this is a measurable part of rendering.
    """
    if hasattr(value, "__dataclass_fields__"):
        return {name: plain_data(getattr(value, name)) for name in value.__dataclass_fields__}
    if isinstance(value, (list, tuple)):
        return [plain_data(item) for item in value]
    if isinstance(value, dict):
        return {key: plain_data(item) for key, item in value.items()}
    return value


class _Texts:
    """Resolves workspace texts to one language, marking fallbacks to the default language."""

    def __init__(self, lang: str, default: str) -> None:
        self.lang = lang
        self.default = default
        self.labels = labels_for(lang)

    def __call__(self, text: str | dict[str, str] | None) -> LocalText:
        value, fell_back = text_in(text, self.lang, self.default)
        if not fell_back or not value:
            return LocalText(value, self.lang)
        source_lang = self.default
        if isinstance(text, dict) and self.default not in text:
            source_lang = next(iter(text))
        marker = self.labels["fallback_marker"].format(lang=self.labels[f"lang_{source_lang}"])
        return LocalText(value, source_lang, marker)

    def name(self, text: str | dict[str, str] | None) -> str:
        """A proper name: shown in the default language without a marker."""
        return text_in(text, self.lang, self.default)[0]


class ViewBuilder:
    """Builds the documents of one workspace in one language."""

    def __init__(
        self,
        ws: Workspace,
        lang: str | None,
        values: IndicatorValues,
        version: str,
        previous: Workspace | None = None,
    ) -> None:
        if ws.config is None:
            raise HyteplanError(
                "a workspace without a valid hyteplan.yaml cannot be rendered",
                hint="run `hyteplan validate` and fix hyteplan.yaml (the region and its "
                "municipalities) first",
            )
        self.ws = ws
        self.config = ws.config
        self.previous = previous  # the previous term's workspace, when hyteplan.yaml names one
        self.lang = lang or ws.default_language
        self.texts = _Texts(self.lang, ws.default_language)
        self.labels = self.texts.labels
        self.values = values
        self.version = version
        self.parties = {p.obj.id: p.obj for p in ws.parties}
        self.party_order = {pid: i for i, pid in enumerate(self.parties)}
        self.municipalities = {m.id: m for m in self.config.municipalities}
        # Sotkanet's metadata (names in every language, decimals) fills what the catalogue omits.
        self.shared_indicators = {
            i.obj.id: completed(i.obj, values.metadata, ws.default_language)
            for i in ws.indicators
            if i.owner is None
        }
        self.local_indicators: dict[str, dict[str, Indicator]] = {}
        for located in ws.indicators:
            if located.owner is not None:
                self.local_indicators.setdefault(located.owner, {})[located.obj.id] = located.obj
        self.focus_areas = {f.obj.id: f for f in ws.focus_areas}
        # joint action ID -> its view (its texts carry their own language)
        self._joint_views: dict[str, ActionView] = {}

    # --- small resolvers ---------------------------------------------------------------------

    def party_name(self, party_id: str | None) -> str:
        if party_id is None:
            return ""
        party = self.parties.get(party_id)
        return self.texts.name(party.name) if party else party_id

    def municipality_name(self, municipality_id: str) -> str:
        municipality = self.municipalities.get(municipality_id)
        return self.texts.name(municipality.name) if municipality else municipality_id

    def indicator(self, owner: str, indicator_id: str) -> Indicator | None:
        return self.local_indicators.get(owner, {}).get(indicator_id) or self.shared_indicators.get(
            indicator_id
        )

    def indicator_names(self, owner: str, ids: Iterable[str]) -> list[str]:
        out = []
        for indicator_id in ids:
            found = self.indicator(owner, indicator_id)
            out.append(self.texts(found.name) if found else indicator_id)
        return out

    def target_groups(self, groups: Iterable[str]) -> list[str]:
        return [self.labels.get(f"tg_{g}", g) for g in groups]

    # --- actions -----------------------------------------------------------------------------

    def action_view(self, action: Action, owner: str) -> ActionView:
        """An action's view; a joint action's view is built once and shared by all documents."""
        joint = isinstance(action, RegionalAction) and action.is_joint
        if joint and action.id in self._joint_views:
            return self._joint_views[action.id]
        participants = list(action.participants) if isinstance(action, RegionalAction) else []
        schedule = action.schedule
        view = ActionView(
            id=action.id,
            title=self.texts(action.title),
            description=self.texts(action.description),
            joint=joint,
            owner=owner,
            participants=participants,
            participant_names=[self.municipality_name(m) for m in participants],
            focus_area=action.focus_area,
            goal=action.goal,
            responsible=self.party_name(action.responsible),
            responsible_id=action.responsible,
            partners=[self.party_name(p) for p in action.partners],
            partner_ids=list(action.partners),
            schedule=format_year_range(schedule.start, schedule.end) if schedule else "",
            indicators=self.indicator_names(owner, action.indicators),
            indicator_ids=list(action.indicators),
            target_groups=self.target_groups(action.target_groups),
            rural_reach=self.texts(action.rural_reach),
            resources=self.texts(action.resources),
            strategy_link=self.texts(action.strategy_link),
        )
        if joint:
            self._joint_views[action.id] = view
        return view

    def document_actions(self, org_id: str) -> tuple[list[ActionView], list[ActionView]]:
        """(joint actions, own actions) of one organisation's document, in file order."""
        region_id = self.config.region.id
        joint: list[ActionView] = []
        own: list[ActionView] = []
        for located in self.ws.regional_actions():
            action = located.obj
            if action.is_joint and (org_id == region_id or org_id in action.participants):
                joint.append(self.action_view(action, region_id))
            elif not action.is_joint and org_id == region_id:
                own.append(self.action_view(action, region_id))
        if org_id != region_id:
            own = [
                self.action_view(located.obj, org_id)
                for located in self.ws.actions
                if located.owner == org_id and not isinstance(located.obj, RegionalAction)
            ]
        return joint, own

    # --- focus areas -------------------------------------------------------------------------

    def goal_view(self, goal: Goal, owner: str) -> GoalView:
        return GoalView(
            id=goal.id,
            title=self.texts(goal.title),
            description=self.texts(goal.description),
            target_groups=self.target_groups(goal.target_groups),
            indicators=self.indicator_names(owner, goal.indicators),
            target_year=goal.target_year,
            indicator_ids=list(goal.indicators),
        )

    def goals_of(self, focus_area: str, org_id: str) -> list[Goal]:
        """The focus area's goals in this document: shared ones, then the plan's own."""
        return [
            g.obj for g in self.ws.goals if g.parent == focus_area and g.owner in (None, org_id)
        ]

    def focus_area_views(
        self, org_id: str, joint: list[ActionView], own: list[ActionView]
    ) -> list[FocusAreaView]:
        """Shared focus areas, then the organisation's own, then any its actions point to."""
        ids = [f.obj.id for f in self.ws.focus_areas if f.owner in (None, org_id)]
        for action in [*joint, *own]:
            if action.focus_area not in ids:
                ids.append(action.focus_area)
        views = []
        for fa_id in ids:
            located = self.focus_areas.get(fa_id)
            area: FocusArea | None = located.obj if located else None
            views.append(
                FocusAreaView(
                    id=fa_id,
                    title=self.texts(area.title) if area else fa_id,
                    description=self.texts(area.description) if area else "",
                    gaps=[
                        GapView(
                            self.texts(g.text),
                            self.indicator_names(org_id, g.indicators),
                            list(g.indicators),
                        )
                        for g in (area.wellbeing_gaps if area else [])
                    ],
                    goals=[self.goal_view(g, org_id) for g in self.goals_of(fa_id, org_id)],
                    joint_actions=[a for a in joint if a.focus_area == fa_id],
                    own_actions=[a for a in own if a.focus_area == fa_id],
                )
            )
        return views

    # --- synchronisation tables --------------------------------------------------------------

    def joint_matrix(self, joint: list[ActionView]) -> list[MatrixTable]:
        if not joint:
            return []
        taking_part = {m for a in joint for m in a.participants}
        ids = [m.id for m in self.config.municipalities if m.id in taking_part]
        tables = []
        for start in range(0, len(ids), MATRIX_COLUMNS):
            chunk = ids[start : start + MATRIX_COLUMNS]
            tables.append(
                MatrixTable(
                    municipalities=[self.municipality_name(m) for m in chunk],
                    rows=[
                        MatrixRow(a.id, a.title, [m in a.participants for m in chunk])
                        for a in joint
                    ],
                )
            )
        return tables

    def responsibilities(self, actions: Sequence[ActionView]) -> list[ResponsibilityRow]:
        responsible: dict[str, list[str]] = {}
        partner: dict[str, list[str]] = {}
        for action in actions:
            if action.responsible_id:
                responsible.setdefault(action.responsible_id, []).append(action.id)
            for party_id in action.partner_ids:
                partner.setdefault(party_id, []).append(action.id)
        party_ids = sorted(
            set(responsible) | set(partner),
            key=lambda p: (self.party_order.get(p, len(self.party_order)), p),
        )
        return [
            ResponsibilityRow(
                party_id=p,
                party=self.party_name(p),
                responsible_for=responsible.get(p, []),
                partner_in=partner.get(p, []),
                description=self.texts(self.parties[p].description) if p in self.parties else "",
            )
            for p in party_ids
        ]

    # --- indicators --------------------------------------------------------------------------

    def organisation(self, org_id: str) -> Organisation:
        """Whose figures an appendix shows: the organisation's own, beside the region and country."""
        region = self.config.region
        plan: Any = (
            self.ws.region_plan if org_id == region.id else self.ws.municipal_plans.get(org_id)
        )
        targets = {t.indicator: t for t in plan.obj.indicator_targets} if plan else {}
        if org_id == region.id:
            name, own = self.texts.name(region.name), region.sotkanet_id
        else:
            municipality = self.municipalities.get(org_id)
            name = self.municipality_name(org_id)
            own = municipality.code if municipality else None
        return Organisation(
            id=org_id,
            name=name,
            region_name=self.texts.name(region.name),
            populations=populations(own, region.sotkanet_id),
            own_targets=targets,
            is_region=org_id == region.id,
        )

    def indicator_views(
        self,
        org_id: str,
        focus_areas: list[FocusAreaView],
        actions: list[ActionView],
    ) -> list[IndicatorView]:
        used: set[str] = set()
        for area in focus_areas:
            located = self.focus_areas.get(area.id)
            if located is None:
                continue
            for gap in located.obj.wellbeing_gaps:
                used.update(gap.indicators)
            for goal in self.goals_of(area.id, org_id):
                used.update(goal.indicators)
        for action in actions:
            used.update(action.indicator_ids)
        local = self.local_indicators.get(org_id, {})
        catalogue = {**self.shared_indicators, **local}
        org = self.organisation(org_id)
        return [
            indicator_view(
                indicator,
                org,
                self.values,
                indicator_id in local,
                self.lang,
                self.labels,
                self.texts,
                _safe_file_name,
            )
            for indicator_id, indicator in catalogue.items()
            if indicator_id in used
        ]

    # --- the wellbeing report part (wellbeing_report/) ---------------------------------------

    def report(self, org_id: str, indicators: list[IndicatorView]) -> ReportView | None:
        """The report part of a document with a plan, when the workspace asks for it."""
        if self.config.document != "report_and_plan":
            return None
        region = self.config.region
        plan: Any = (
            self.ws.region_plan if org_id == region.id else self.ws.municipal_plans.get(org_id)
        )
        local = self.local_indicators.get(org_id, {})
        municipalities = []
        if org_id == region.id:
            municipalities = [
                (self.municipality_name(m.id), m.code) for m in self.config.municipalities
            ]
        context = ReportContext(
            lang=self.lang,
            labels=self.labels,
            texts=self.texts,
            values=self.values,
            catalogue={**self.shared_indicators, **local},
            local_ids=frozenset(local),
            org=self.organisation(org_id),
            term=(self.config.term.start, self.config.term.end),
            groups=self.config.population_groups,
            file_name=_safe_file_name,
            municipalities=municipalities,
            indicator_groups=required_groups(
                self.ws.indicator_groups(), org_id, is_region=org_id == region.id
            ),
        )
        return build_report(context, plan.obj.report if plan else None, [i.id for i in indicators])

    # --- documents ---------------------------------------------------------------------------

    def document(self, org_id: str, plan: PlanInfo) -> DocumentView:
        region = self.config.region
        is_region = org_id == region.id
        org_name = self.texts.name(region.name) if is_region else self.municipality_name(org_id)
        term = plan.term or self.config.term
        term_text = format_year_range(term.start, term.end)
        kind = "plan" if self.config.document == "plan" else "report"
        kind_label = self.labels[f"{kind}_region" if is_region else f"{kind}_municipality"]
        title = self.texts(plan.title) if plan.title else f"{org_name} – {kind_label} {term_text}"
        decisions = sorted(plan.decisions, key=lambda d: d.date)
        status_label = self.labels[f"status_{plan.status}"]
        if plan.status == "approved" and decisions:
            status_label = f"{status_label} {format_date(decisions[-1].date, self.lang)}"
        joint, own = self.document_actions(org_id)
        focus_areas = self.focus_area_views(org_id, joint, own)
        actions = [a for area in focus_areas for a in (*area.joint_actions, *area.own_actions)]
        indicators = self.indicator_views(org_id, focus_areas, actions)
        focus_areas = with_evidence(focus_areas, indicators)
        return DocumentView(
            id=org_id,
            kind="region" if is_region else "municipality",
            lang=self.lang,
            title=title,
            organisation=org_name,
            region=self.texts.name(region.name),
            term=term_text,
            status=plan.status,
            status_label=status_label,
            version=self.version,
            legal_basis=self.labels["legal_region" if is_region else "legal_municipality"],
            prepared_by=self.texts(plan.prepared_by),
            participation=self.texts(plan.participation),
            summary=self.texts(plan.summary),
            focus_areas=focus_areas,
            joint_matrix=self.joint_matrix(joint) if is_region else [],
            responsibilities=self.responsibilities(actions),
            indicators=indicators,
            thl_credit=any(i.sotkanet for i in indicators),
            decisions=self.decision_views(decisions),
            actions=actions,
            previous_term=self.previous_term(org_id),
            incentive=self.incentive_facts(plan),
            report=self.report(org_id, indicators),
        )

    def previous_term(self, org_id: str) -> PreviousTermView | None:
        if self.previous is None:
            return None
        org = self.organisation(org_id)
        args = (self.values, self.lang, self.labels, self.texts)
        return previous_term_view(self.ws, self.previous, org, *args)

    def decision_views(self, decisions: Iterable[Decision]) -> list[DecisionView]:
        """A decision history (the plan's, or an annual report's) in the document's words."""
        return [
            DecisionView(
                body=self.texts.name(d.body),
                date=format_date(d.date, self.lang),
                section="" if d.section is None else str(d.section),
                decision=self.texts(d.decision),
            )
            for d in decisions
        ]

    def incentive_facts(self, plan: PlanInfo) -> list[FactView]:
        """The facts the plan states for the hyte incentive's checklist, each with its label."""
        facts = plan.incentive
        if facts is None:
            return []
        return [
            FactView(self.labels[f"incentive_{name}"], self.texts(getattr(facts, name)))
            for name in INCENTIVE_FACTS
            if getattr(facts, name) is not None
        ]

    def extract(self, org_id: str) -> DocumentView:
        """A municipality without a plan here: its joint actions with the region, nothing else.

        Its status is the regional plan's, which the actions come from.
        """
        region = self.config.region
        org_name = self.municipality_name(org_id)
        term = self.config.term
        term_text = format_year_range(term.start, term.end)
        regional = self.ws.region_plan.obj.plan if self.ws.region_plan is not None else None
        status = regional.status if regional else "draft"
        joint, _ = self.document_actions(org_id)
        focus_areas = [
            replace(area, description="", gaps=[], goals=[])
            for area in self.focus_area_views(org_id, joint, [])
            if area.joint_actions
        ]
        actions = [a for area in focus_areas for a in area.joint_actions]
        indicators = self.indicator_views(org_id, [], actions)
        return DocumentView(
            id=org_id,
            kind="extract",
            lang=self.lang,
            title=f"{org_name} – {self.labels['extract']} {term_text}",
            organisation=org_name,
            region=self.texts.name(region.name),
            term=term_text,
            status=status,
            status_label=self.labels[f"status_{status}"],
            version=self.version,
            legal_basis=self.labels["extract_intro"],
            prepared_by="",
            participation="",
            summary="",
            focus_areas=focus_areas,
            joint_matrix=[],
            responsibilities=self.responsibilities(actions),
            indicators=indicators,
            thl_credit=any(i.sotkanet for i in indicators),
            decisions=[],
            actions=actions,
        )


def with_evidence(
    areas: list[FocusAreaView], indicators: list[IndicatorView]
) -> list[FocusAreaView]:
    """The focus areas with their gaps' and goals' figures, taken from the appendix entries."""
    rows = {i.id: evidence_row(i) for i in indicators}

    def pick(ids: list[str]) -> list[EvidenceRow]:
        return [rows[i] for i in ids if i in rows]

    return [
        replace(
            area,
            gaps=[replace(g, figures=pick(g.indicator_ids)) for g in area.gaps],
            goals=[replace(g, figures=pick(g.indicator_ids)) for g in area.goals],
        )
        for area in areas
    ]


def _safe_file_name(text: str) -> str:
    """A file name for an ID: letters, digits, '-' and '_' kept, never a path separator.

    When anything had to be replaced (IDs may hold '.'), a short hash of the ID keeps two IDs
    such as `loc.1` and `loc_1` from sharing one file.
    """
    cleaned = "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "_" for c in text)
    if cleaned != text or not cleaned:
        cleaned = f"{cleaned or 'chart'}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:8]}"
    return cleaned


def document_ids(ws: Workspace) -> list[str]:
    """IDs of the documents a workspace yields: the region (if it has a plan), then municipalities.

    A municipality declared without a plan (`plan: false`) gets a document, an extract of its
    joint actions, only when it takes part in one.
    """
    if ws.config is None:
        return []
    ids = [ws.config.region.id] if ws.region_plan is not None else []
    ids += [m.id for m in ws.config.municipalities if m.id in ws.municipal_plans or _extract(ws, m)]
    return ids


def _extract(ws: Workspace, municipality: Municipality) -> bool:
    """Whether a municipality's document is an extract of its joint actions."""
    return not municipality.has_plan and any(
        municipality.id in a.obj.participants for a in ws.joint_actions()
    )


def build_views(
    ws: Workspace,
    lang: str | None = None,
    values: IndicatorValues | None = None,
    version: str = "",
    only: Sequence[str] | None = None,
) -> list[DocumentView]:
    """One view per organisation and language (region first), optionally only those in ``only``.

    Without ``lang`` each organisation gets one view in each of its languages, its main one first.
    """
    first = ViewBuilder(ws, lang, values or IndicatorValues(), version)  # checks hyteplan.yaml
    first.previous = read_previous(ws)
    builders = {first.lang: first}
    config = first.config
    wanted = [i for i in document_ids(ws) if not only or i in only]
    views = []
    for org_id in wanted:
        languages = config.languages_of(org_id)
        for code in [lang] if lang else languages:
            builder = builders.get(code) or builders.setdefault(
                code, ViewBuilder(ws, code, values or IndicatorValues(), version, first.previous)
            )
            if org_id in ws.municipal_plans or org_id == config.region.id:
                view = builder.document(org_id, _plan_of(ws, org_id))
            else:
                view = builder.extract(org_id)
            views.append(replace(view, main_language=view.lang == languages[0]))
    return views


def _plan_of(ws: Workspace, org_id: str) -> PlanInfo:
    if ws.config is not None and org_id == ws.config.region.id and ws.region_plan is not None:
        return ws.region_plan.obj.plan
    located = ws.municipal_plans[org_id]
    model: MunicipalPlanFile = located.obj
    return model.plan
