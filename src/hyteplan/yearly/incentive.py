"""The state's hyte incentive (HYTE-kerroin): the items an organisation's own documents settle.

The state pays part of a municipality's basic services grant by how it promotes wellbeing and
health (HYTE-kerroin): 15 activity items from THL's TEAviisari and 6 outcome indicators for
municipalities, process and outcome indicators for welfare regions. Most of them come from
registers and surveys; a few are settled by the organisation's own documents. Those are listed
in :data:`ITEMS`, as data, so that the list can change when the state changes the incentive.

Source (compiled 2026-11-30 from the decrees as summarised in the project's domain notes;
THL's current item list was not reachable from here, so check it before relying on this):
Valtioneuvoston asetus kunnan peruspalvelujen valtionosuuden
hyvinvoinnin ja terveyden edistämisen lisäosan kriteereistä (1393/2022) for municipalities, and
asetus 1392/2022 as amended by 873/2024 for welfare regions; THL's HYTE-kerroin pages
(thl.fi, "HYTE-kerroin") and TEAviisari's kuntajohto and liikunta items. The welfare regions'
incentive (from 2026) is computed from indicators only, so their checklist is empty.

Each item is met when the workspace writes the fact it depends on: a field of the plan's
``incentive:`` block (model.IncentiveFacts), or the handling of this year's annual report by
the council in ``status/<year>.yaml`` (``report_decisions``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from hyteplan.model import Decision, IncentiveFacts

SOURCE: dict[str, str] = {
    "fi": "VNA 1393/2022 (kunnat) ja 1392/2022, muut. 873/2024 (hyvinvointialueet); THL: "
    "HYTE-kerroin ja TEAviisari. Koottu 30.11.2026; tarkista ajantasainen luettelo THL:ltä.",
    "sv": "SRf 1393/2022 (kommuner) och 1392/2022, ändr. 873/2024 (välfärdsområden); THL: "
    "HYTE-koefficienten och TEAviisari. Sammanställd 30.11.2026; kontrollera listan hos THL.",
    "en": "Government decrees 1393/2022 (municipalities) and 1392/2022 as amended by 873/2024 "
    "(welfare regions); THL: HYTE-kerroin and TEAviisari. Compiled 30 Nov 2026; check THL's "
    "current list.",
}

Check = Literal["coordinator", "budget", "audit_evaluation", "physical_activity", "council_report"]


@dataclass(frozen=True)
class IncentiveItem:
    """One item of the incentive that depends on the organisation's own documents."""

    id: str
    level: Literal["municipal", "regional"]
    check: Check  # an IncentiveFacts field, or council_report (this year's report decisions)
    text: dict[str, str]


ITEMS: tuple[IncentiveItem, ...] = (
    IncentiveItem(
        "coordinator", "municipal", "coordinator",
        {
            "fi": "Kunnassa on nimetty hyvinvointikoordinaattori (hyte-koordinaattori).",
            "sv": "Kommunen har en utsedd välfärdskoordinator.",
            "en": "The municipality has a named wellbeing (hyte) coordinator.",
        },
    ),
    IncentiveItem(
        "council_report", "municipal", "council_report",
        {
            "fi": "Valtuustolle raportoidaan vuosittain kuntalaisten hyvinvoinnista ja elintavoista.",
            "sv": "Fullmäktige får årligen en rapport om invånarnas välfärd och levnadsvanor.",
            "en": "The council gets a yearly report on the residents' wellbeing and lifestyles.",
        },
    ),
    IncentiveItem(
        "budget", "municipal", "budget",
        {
            "fi": "Talousarviossa on hyvinvoinnin ja terveyden edistämisen tavoitteet ja mittarit.",
            "sv": "Budgeten har mål och indikatorer för främjande av välfärd och hälsa.",
            "en": "The budget sets goals and indicators for promoting wellbeing and health.",
        },
    ),
    IncentiveItem(
        "audit_evaluation", "municipal", "audit_evaluation",
        {
            "fi": "Tarkastuslautakunta arvioi hyte-tavoitteiden toteutumisen valtuustokaudella.",
            "sv": "Revisionsnämnden utvärderar målen för välfärd och hälsa under perioden.",
            "en": "The audit committee evaluates the wellbeing goals during the council term.",
        },
    ),
    IncentiveItem(
        "physical_activity", "municipal", "physical_activity",
        {
            "fi": "Lasten ja nuorten liikunta-aktiivisuudesta raportoidaan vuosittain.",
            "sv": "Barns och ungas fysiska aktivitet rapporteras årligen.",
            "en": "Children's and young people's physical activity is reported yearly.",
        },
    ),
)  # fmt: skip


@dataclass(frozen=True)
class ItemResult:
    item: IncentiveItem
    met: bool
    evidence: Any  # the Text written for it (or the council's decision), None when not met


def checklist(
    level: str, facts: IncentiveFacts | None, report_decisions: list[Decision]
) -> list[ItemResult]:
    """Each item of the organisation's level, met or not from what the workspace writes."""
    out = []
    for item in ITEMS:
        if item.level != level:
            continue
        if item.check == "council_report":
            evidence: Any = report_decisions[-1] if report_decisions else None
        else:
            evidence = getattr(facts, item.check) if facts is not None else None
        out.append(ItemResult(item, evidence is not None, evidence))
    return out
