"""N codes: the record of a yearly negotiation (negotiations/*.yaml) refers to what exists.

A record is read back into the next negotiation pack's cards and the next annual report: a
municipality or an action it names must exist, or its answers would silently show nowhere. The
two questions are asked about joint actions, so an answer about an action the record's
municipalities do not share with the region is a mistake too (usually a wrong ID).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Severity
from ..model import NegotiationRecord, RegionalAction
from ..workspace import Located, Workspace
from .base import Example, Finding, rule
from .common import refs, suggestion

RECORD_FILE = "negotiations/2026-esimerkkila.yaml"


def _record(municipality: str = "esimerkkila", action: str = "EL-1") -> str:
    """A short record about the scaffold's joint action EL-1."""
    return (
        "year: 2026\n"
        "date: 16.9.2026\n"
        f"municipalities: [{municipality}]\n"
        "answers:\n"
        f"  - action: {action}\n"
        "    cooperation: Kunta ja hyvinvointialue ohjaavat asiakkaita toisilleen.\n"
        "agreed_changes:\n"
        f"  - action: {action}\n"
        "    text: Lisätään kyläkierrokset.\n"
    )


def _records(ws: Workspace) -> Iterator[Located[NegotiationRecord]]:
    yield from ws.negotiations


def _written_items(ws: Workspace, record: Located[NegotiationRecord], field: str) -> range:
    """Indexes of a record's list as written (salvage may have dropped invalid items)."""
    raw = ws.raw(record.loc / field)
    return range(len(raw) if isinstance(raw, list) else 0)


@rule(
    "N001",
    "record-unknown-municipality",
    Severity.ERROR,
    {
        "en": "A negotiation record names a municipality that hyteplan.yaml does not list.",
        "fi": "Neuvottelumuistio mainitsee kunnan, jota hyteplan.yaml ei luettele.",
    },
    {
        "en": "unknown municipality `{ref}` in the negotiation record",
        "fi": "tuntematon kunta `{ref}` neuvottelumuistiossa",
    },
    {"en": "{suggestion}", "fi": "{suggestion_fi}"},
    bad=Example(RECORD_FILE, _record(municipality="esimerkila")),
    good=Example(RECORD_FILE, _record()),
)
def record_unknown_municipality(ws: Workspace) -> Iterator[Finding]:
    known = ws.ids("municipality")
    for record in _records(ws):
        for where, ref in refs(ws, record.loc, "municipalities"):
            if ref not in known:
                params = {
                    "ref": ref,
                    **suggestion(
                        ref,
                        known,
                        "hyteplan.yaml under `municipalities`",
                        "hyteplan.yaml (`municipalities`)",
                    ),
                }
                yield Finding("N001", where, params, object_kind="municipality", object_id=ref)


@rule(
    "N002",
    "record-unknown-action",
    Severity.ERROR,
    {
        "en": "A negotiation record answers about, or changes, an action that no plan has.",
        "fi": "Neuvottelumuistio vastaa toimenpiteestä tai muuttaa toimenpidettä, jota yhdessäkään "
        "suunnitelmassa ei ole.",
    },
    {
        "en": "unknown action `{ref}` in `{field}` of the negotiation record",
        "fi": "tuntematon toimenpide `{ref}` neuvottelumuistion kohdassa `{field}`",
    },
    {"en": "{suggestion}", "fi": "{suggestion_fi}"},
    bad=Example(RECORD_FILE, _record(action="EL-9")),
    good=Example(RECORD_FILE, _record()),
)
def record_unknown_action(ws: Workspace) -> Iterator[Finding]:
    known = ws.ids("action")
    for record in _records(ws):
        for field in ("answers", "agreed_changes"):
            for index in _written_items(ws, record, field):
                for where, ref in refs(ws, record.loc / field / index, "action"):
                    if ref in known:
                        continue
                    params = {
                        "ref": ref,
                        "field": field,
                        **suggestion(ref, known, "region.yaml", "region.yaml"),
                    }
                    yield Finding("N002", where, params, object_kind="action", object_id=ref)


@rule(
    "N003",
    "answer-not-joint",
    Severity.WARNING,
    {
        "en": "A negotiation record answers the two questions about an action that is not a "
        "joint action of the municipalities it records.",
        "fi": "Neuvottelumuistio vastaa kahteen kysymykseen toimenpiteestä, joka ei ole "
        "muistion kuntien yhteinen toimenpide hyvinvointialueen kanssa.",
    },
    {
        "en": "`{ref}` is not a joint action of {municipalities}: its answers show on no card",
        "fi": "`{ref}` ei ole kuntien {municipalities} yhteinen toimenpide: vastaukset eivät "
        "näy yhdelläkään kuntakortilla",
    },
    {
        "en": "correct the action ID, or add the municipality to the action's `participants` "
        "in region.yaml",
        "fi": "korjaa toimenpiteen tunniste tai lisää kunta toimenpiteen kohtaan "
        "`participants` tiedostossa region.yaml",
    },
    bad=Example(RECORD_FILE, _record(action="ESI-1")),
    good=Example(RECORD_FILE, _record()),
)
def answer_not_joint(ws: Workspace) -> Iterator[Finding]:
    participants: dict[str, set[str]] = {}
    for action in ws.actions:
        obj = action.obj
        shared = set(obj.participants) if isinstance(obj, RegionalAction) else set()
        participants.setdefault(obj.id, set()).update(shared)
    for record in _records(ws):
        municipalities = set(record.obj.municipalities) & ws.ids("municipality")
        if not municipalities:
            continue  # N001 says it
        for index in _written_items(ws, record, "answers"):
            for where, ref in refs(ws, record.loc / "answers" / index, "action"):
                if ref not in participants or municipalities & participants[ref]:
                    continue  # unknown: N002; shared with one of them: fine
                params = {"ref": ref, "municipalities": ", ".join(sorted(municipalities))}
                yield Finding("N003", where, params, object_kind="action", object_id=ref)
