"""Counts that describe a workspace at a glance (organisations, actions, joint actions...)."""

from __future__ import annotations

from dataclasses import dataclass

from .model import text_in
from .numbers import format_year_range
from .workspace import Workspace


@dataclass(frozen=True)
class OrganisationSummary:
    """One organisation's row: whether it has a plan and how many actions it has."""

    id: str
    name: str
    kind: str  # region | municipality
    has_plan: bool
    own_actions: int
    joint_actions: int
    keeps_plan: bool = True  # False: declared `plan: false` (no plan in this workspace)


@dataclass(frozen=True)
class Summary:
    """What a workspace holds, counted (for `hyteplan summary`)."""

    region: str
    term: str
    organisations: list[OrganisationSummary]
    focus_areas: int
    goals: int
    actions: int
    joint_actions: int
    indicators: int
    parties: int


def summarize(ws: Workspace) -> Summary:
    """Count what the workspace holds; what could not be read is simply not counted."""
    lang = ws.default_language
    config = ws.config
    joint = list(ws.joint_actions())
    orgs: list[OrganisationSummary] = []
    if config is not None:
        own_region = sum(1 for a in ws.regional_actions() if not a.obj.is_joint)
        orgs.append(
            OrganisationSummary(
                config.region.id,
                text_in(config.region.name, lang, lang)[0],
                "region",
                ws.region_plan is not None,
                own_region,
                len(joint),
            )
        )
        for m in config.municipalities:
            orgs.append(
                OrganisationSummary(
                    m.id,
                    text_in(m.name, lang, lang)[0],
                    "municipality",
                    m.id in ws.municipal_plans,
                    sum(1 for a in ws.actions if a.owner == m.id),
                    sum(1 for a in joint if m.id in a.obj.participants),
                    keeps_plan=m.has_plan,
                )
            )
    return Summary(
        region=text_in(config.region.name, lang, lang)[0] if config else "",
        term=format_year_range(config.term.start, config.term.end) if config else "",
        organisations=orgs,
        focus_areas=len(ws.focus_areas),
        goals=len(ws.goals),
        actions=len(ws.actions),
        joint_actions=len(joint),
        indicators=len(ws.indicators),
        parties=len(ws.parties),
    )
