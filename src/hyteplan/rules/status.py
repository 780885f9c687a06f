"""F codes: the yearly follow-up (status/<year>.yaml) must match the plans it follows.

The rules read the entries as written, not the validated models: an entry the schema rejected
(an unknown status word, say) still names its action, so that action is not reported again as
missing a status (one mistake, one diagnostic).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..diagnostics import Severity
from ..model import RegionalAction
from ..status import action_owners, action_years, finished_before
from ..workspace import Loc, Workspace
from .base import Example, Finding, rule
from .common import as_id, place, suggestion, years

STATUS_FILE = "status/2026.yaml"

_GOOD = """year: 2026
organisations:
  alue:
    - action: EL-1
      status: started
      note: Palveluketju on kuvattu ja neuvojat koulutettu.
      participant_notes:
        esimerkkila: Kunnan liikuntaneuvoja aloitti elokuussa.
  esimerkkila:
    - action: ESI-1
      status: done
      note: {fi: Kokeilut pidettiin kaikissa yläkouluissa., sv: Försöken hölls i alla högstadier.}
"""
GOOD = Example(STATUS_FILE, _GOOD)


def _bad(old: str, new: str, year: int = 2026) -> Example:
    """The passing example with one piece changed (in a file named after its year)."""
    assert old in _GOOD
    return Example(f"status/{year}.yaml", _GOOD.replace(old, new))


@dataclass(frozen=True)
class _Written:
    """One status entry as written, valid or not."""

    loc: Loc  # the entry: status file, ("organisations", key as written, index)
    year: int
    org: str
    item: dict[str, Any]

    @property
    def action(self) -> str | None:
        return as_id(self.item.get("action"))


def _year_of(ws: Workspace, path: str) -> int | None:
    source = ws.files[path]
    if source.model is not None:
        return int(source.model.year)  # type: ignore[attr-defined]
    year = (source.data or {}).get("year")
    return year if isinstance(year, int) and not isinstance(year, bool) else None


def _status_paths(ws: Workspace) -> list[str]:
    return [p for p, s in ws.files.items() if s.kind == "status" and isinstance(s.data, dict)]


def _written(ws: Workspace) -> Iterator[_Written]:
    """Every entry of every readable status file, in file order."""
    for path in _status_paths(ws):
        year = _year_of(ws, path)
        orgs = ws.files[path].data.get("organisations")  # type: ignore[union-attr]
        if year is None or not isinstance(orgs, dict):
            continue
        for key, items in orgs.items():
            org = as_id(key)
            if org is None or not isinstance(items, list):
                continue
            for index, item in enumerate(items):
                if isinstance(item, dict):
                    yield _Written(Loc(path, ("organisations", key, index)), year, org, item)


def _org_names(ws: Workspace) -> set[str]:
    return ({ws.region_id} if ws.region_id else set()) | ws.ids("municipality")


@rule(
    "F001",
    "status-year-outside-term",
    Severity.ERROR,
    {
        "en": "A status file reports on a year outside the plan term.",
        "fi": "Seurantatiedosto raportoi vuodesta, joka ei kuulu suunnitelmakauteen.",
    },
    {
        "en": "the follow-up of {year} is outside the term {term}",
        "fi": "vuoden {year} seuranta on suunnitelmakauden {term} ulkopuolella",
    },
    {
        "en": "correct `year:`; a new term's follow-up belongs with that term's plans",
        "fi": "korjaa `year:`; uuden kauden seuranta kuuluu sen kauden suunnitelmien yhteyteen",
    },
    bad=Example("status/2031.yaml", "year: 2031\norganisations: {}\n"),
    good=GOOD,
)
def status_year_outside_term(ws: Workspace) -> Iterator[Finding]:
    if ws.config is None:
        return
    term = ws.term
    for path in _status_paths(ws):
        year = _year_of(ws, path)
        if term is not None and year is not None and year not in term:
            params = {"year": year, "term": years(ws.config.term)}
            yield Finding("F001", Loc(path, ("year",)), params)


@rule(
    "F002",
    "status-unknown-organisation",
    Severity.ERROR,
    {
        "en": "A status file has entries under a name that is neither the region nor one of its "
        "municipalities.",
        "fi": "Seurantatiedostossa on merkintöjä nimellä, joka ei ole hyvinvointialue eikä sen "
        "kunta.",
    },
    {
        "en": "`{org}` is not the region or a municipality of hyteplan.yaml",
        "fi": "`{org}` ei ole hyteplan.yaml-tiedoston hyvinvointialue eikä kunta",
    },
    {"en": "{suggestion}", "fi": "{suggestion_fi}"},
    bad=_bad("  esimerkkila:\n    - action: ESI-1", "  esimerkila:\n    - action: ESI-1"),
    good=GOOD,
)
def status_unknown_organisation(ws: Workspace) -> Iterator[Finding]:
    if ws.config is None:
        return
    known = _org_names(ws)
    for path in _status_paths(ws):
        data = ws.files[path].data
        # the annual reports' decisions (report_decisions) are keyed by organisation too
        for section in ("organisations", "report_decisions"):
            orgs = data.get(section)  # type: ignore[union-attr]
            for key in orgs if isinstance(orgs, dict) else ():
                org = as_id(key)
                if org is not None and org not in known:
                    hint = suggestion(org, known, "hyteplan.yaml", "hyteplan.yaml")
                    yield Finding(
                        "F002", Loc(path, (section, key)), {"org": org, **hint}, at_key=True
                    )


def _not_its_own(ws: Workspace, org: str, action: str, owner: str | None) -> dict[str, str] | None:
    """F003's words when `action` is not one `org` writes a status for; None when it is."""
    if owner == org:
        return None
    if owner is None:
        own = [a for a, o in action_owners(ws).items() if o == org]
        hint = suggestion(
            action, own, f"the plan of `{org}`", f"organisaation `{org}` suunnitelmassa"
        )
        return {
            "problem": f"`{action}` is not an action of any plan",
            "problem_fi": f"`{action}` ei ole minkään suunnitelman toimenpide",
            "fix": hint["suggestion"],
            "fix_fi": hint["suggestion_fi"],
        }
    joint = next(
        (a.obj for a in ws.regional_actions() if a.obj.id == action and a.obj.is_joint), None
    )
    if isinstance(joint, RegionalAction) and org in joint.participants:
        return {
            "problem": f"`{action}` is a joint action: its status is written once, under the "
            f"region `{owner}`",
            "problem_fi": f"`{action}` on yhteinen toimenpide: sen tila kirjataan kerran, "
            f"hyvinvointialueen `{owner}` alle",
            "fix": f"move the entry under `{owner}`, and write this municipality's own note "
            f"there as `participant_notes: {{{org}: ...}}`",
            "fix_fi": f"siirrä merkintä kohdan `{owner}` alle ja kirjoita kunnan oma huomio "
            f"sinne muodossa `participant_notes: {{{org}: ...}}`",
        }
    return {
        "problem": f"`{action}` is an action of `{owner}`, not of `{org}`",
        "problem_fi": f"`{action}` on organisaation `{owner}` toimenpide, ei organisaation `{org}`",
        "fix": f"write its status under `{owner}`, or correct the ID",
        "fix_fi": f"kirjoita sen tila kohdan `{owner}` alle tai korjaa tunniste",
    }


@rule(
    "F003",
    "status-unknown-action",
    Severity.ERROR,
    {
        "en": "A status is written for an action that is not one of that organisation's: an "
        "unknown ID, another organisation's action, or a joint action under a municipality.",
        "fi": "Tila on kirjattu toimenpiteelle, joka ei ole kyseisen organisaation: tuntematon "
        "tunniste, toisen organisaation toimenpide tai yhteinen toimenpide kunnan alla.",
    },
    {"en": "{problem}", "fi": "{problem_fi}"},
    {"en": "{fix}", "fi": "{fix_fi}"},
    bad=_bad("    - action: ESI-1", "    - action: ESI-2"),
    good=GOOD,
)
def status_unknown_action(ws: Workspace) -> Iterator[Finding]:
    if ws.config is None:
        return
    owners = action_owners(ws)
    rejected = ws.ids("action") - set(owners)  # written but refused by the schema: S codes
    known_orgs = _org_names(ws)
    for entry in _written(ws):
        action = entry.action
        if action is None or action in rejected or entry.org not in known_orgs:
            continue
        words = _not_its_own(ws, entry.org, action, owners.get(action))
        if words is not None:
            yield Finding("F003", entry.loc / "action", words)


@rule(
    "F004",
    "duplicate-status",
    Severity.ERROR,
    {
        "en": "An organisation's action has two status entries for the same year.",
        "fi": "Organisaation toimenpiteellä on kaksi tilamerkintää samalle vuodelle.",
    },
    {
        "en": "a second status of `{action}` for {year}; the first is at {first}",
        "fi": "toimenpiteen `{action}` toinen tila vuodelle {year}; ensimmäinen on kohdassa {first}",
    },
    {
        "en": "keep one entry per action and year: merge the two",
        "fi": "kirjaa kullekin toimenpiteelle yksi tila vuodessa: yhdistä merkinnät",
    },
    bad=_bad(
        "      note: {fi: Kokeilut",
        "    - action: ESI-1\n      status: started\n      note: {fi: Kokeilut",
    ),
    good=GOOD,
)
def duplicate_status(ws: Workspace) -> Iterator[Finding]:
    first: dict[tuple[int, str, str], Loc] = {}
    for entry in _written(ws):
        action = entry.action
        if action is None:
            continue
        earlier = first.setdefault((entry.year, entry.org, action), entry.loc)
        if earlier is not entry.loc:
            params = {"action": action, "year": entry.year, "first": place(ws, earlier)}
            yield Finding("F004", entry.loc / "action", params)


@rule(
    "F005",
    "status-outside-schedule",
    Severity.WARNING,
    {
        "en": "A status is written for a year outside the action's schedule.",
        "fi": "Tila on kirjattu vuodelle, joka ei kuulu toimenpiteen aikatauluun.",
    },
    {
        "en": "`{action}` is scheduled for {schedule}, not for {year}",
        "fi": "toimenpiteen `{action}` aikataulu on {schedule}, ei vuosi {year}",
    },
    {
        "en": "if the work goes on (or was postponed), extend the action's `schedule:` in its "
        "plan; otherwise remove this entry",
        "fi": "jos työ jatkuu (tai siirtyi), pidennä toimenpiteen `schedule:` suunnitelmassa; "
        "muuten poista merkintä",
    },
    bad=Example(
        "status/2028.yaml",
        "year: 2028\norganisations:\n  alue:\n    - action: EL-1\n      status: done\n"
        "  esimerkkila:\n    - action: ESI-1\n      status: done\n",
    ),
    good=GOOD,
)
def status_outside_schedule(ws: Workspace) -> Iterator[Finding]:
    actions = {a.obj.id: a for a in ws.actions if a.owner is not None}
    for entry in _written(ws):
        action = actions.get(entry.action or "")
        if action is None or action.owner != entry.org or action.obj.schedule is None:
            continue  # another organisation's action is F003
        span = action_years(action.obj, ws.term)
        if span is not None and entry.year not in span:
            params = {
                "action": action.obj.id,
                "schedule": years(action.obj.schedule),
                "year": entry.year,
            }
            yield Finding("F005", entry.loc / "action", params)


@rule(
    "F006",
    "missing-status",
    Severity.WARNING,
    {
        "en": "An action scheduled for a year has no status in that year's follow-up (checked "
        "only for years that have a status file; an action done or cancelled in an earlier "
        "year needs none).",
        "fi": "Vuodelle aikataulutetulla toimenpiteellä ei ole tilaa sen vuoden seurannassa "
        "(tarkistetaan vain vuosilta, joilla on seurantatiedosto; aiemmin toteutunut tai "
        "peruttu toimenpide ei tarvitse tilaa).",
    },
    {
        "en": "`{action}` of `{org}` is scheduled for {year} but has no status",
        "fi": "organisaation `{org}` toimenpiteellä `{action}` on aikataulu vuodelle {year}, "
        "mutta ei tilaa",
    },
    {
        "en": "add `- action: {action}` with its `status:` under `{org}` (not_started if the "
        "work has not begun)",
        "fi": "lisää kohdan `{org}` alle `- action: {action}` ja sen `status:` (not_started, "
        "jos työ ei ole alkanut)",
    },
    bad=_bad(
        "  esimerkkila:\n    - action: ESI-1\n      status: done\n"
        "      note: {fi: Kokeilut pidettiin kaikissa yläkouluissa., sv: Försöken hölls i alla "
        "högstadier.}\n",
        "",
    ),
    good=GOOD,
)
def missing_status(ws: Workspace) -> Iterator[Finding]:
    if ws.config is None:
        return
    written: set[tuple[int, str, str]] = set()
    places: dict[tuple[int, str], Loc] = {}  # where to point: the organisation's key, else year
    for path in _status_paths(ws):
        year = _year_of(ws, path)
        if year is not None:
            places.setdefault((year, ""), Loc(path, ("organisations",)))
    for entry in _written(ws):
        written.add((entry.year, entry.org, entry.action or ""))
        places.setdefault((entry.year, entry.org), Loc(entry.loc.file, entry.loc.path[:2]))
    term = ws.term
    for year in sorted({y for y, _ in places}):
        finished = finished_before(ws, year)  # done or cancelled earlier: its last word stands
        for action in ws.actions:
            org, obj = action.owner, action.obj
            if org is None or (year, org, obj.id) in written or (org, obj.id) in finished:
                continue
            span = action_years(obj, term)
            if span is not None and year in span:
                loc = places.get((year, org)) or places[(year, "")]
                params = {"action": obj.id, "org": org, "year": year}
                yield Finding("F006", loc, params, at_key=True)


@rule(
    "F007",
    "cancelled-without-reason",
    Severity.ERROR,
    {
        "en": "A cancelled action has no `reason:`; the council must be told why.",
        "fi": "Perutulla toimenpiteellä ei ole perustelua (`reason:`); valtuustolle on "
        "kerrottava syy.",
    },
    {
        "en": "`{action}` is cancelled without a reason",
        "fi": "toimenpide `{action}` on peruttu ilman perustelua",
    },
    {
        "en": "add `reason:` under the entry: why the action will not be carried out",
        "fi": "lisää merkintään `reason:`: miksi toimenpidettä ei toteuteta",
    },
    bad=_bad("      status: done", "      status: cancelled"),
    good=GOOD,
)
def cancelled_without_reason(ws: Workspace) -> Iterator[Finding]:
    for entry in _written(ws):
        if entry.item.get("status") == "cancelled" and entry.item.get("reason") in (None, ""):
            yield Finding("F007", entry.loc / "status", {"action": entry.action or "?"})


@rule(
    "F008",
    "participant-note-from-non-participant",
    Severity.ERROR,
    {
        "en": "A joint action's status has a participant's note from a municipality that does "
        "not take part in it (or the action is not a joint action).",
        "fi": "Yhteisen toimenpiteen tilassa on kunnan oma huomio kunnalta, joka ei osallistu "
        "toimenpiteeseen (tai toimenpide ei ole yhteinen).",
    },
    {
        "en": "`{org}` is not a participant of `{action}`",
        "fi": "`{org}` ei osallistu toimenpiteeseen `{action}`",
    },
    {
        "en": "{fix}",
        "fi": "{fix_fi}",
    },
    bad=_bad("        esimerkkila: Kunnan", "        toinen: Kunnan"),
    good=GOOD,
)
def participant_note_from_non_participant(ws: Workspace) -> Iterator[Finding]:
    actions = {a.obj.id: a for a in ws.actions if a.owner is not None}
    for entry in _written(ws):
        notes = entry.item.get("participant_notes")
        action = actions.get(entry.action or "")
        if not isinstance(notes, dict) or action is None or action.owner != entry.org:
            continue  # an action that is not this organisation's is F003
        obj = action.obj
        participants = obj.participants if isinstance(obj, RegionalAction) else []
        for key in notes:
            org = as_id(key)
            if org is None or org in participants:
                continue
            listed = ", ".join(f"`{p}`" for p in participants)
            fix = (
                f"its participants are {listed}; add `{org}` to `participants:` in region.yaml "
                "if it takes part"
                if listed
                else "it has no `participants:` in region.yaml: write the note in `note:`"
            )
            fix_fi = (
                f"osallistujat ovat {listed}; lisää `{org}` region.yaml-tiedoston kohtaan "
                "`participants:`, jos se osallistuu"
                if listed
                else "sillä ei ole kohtaa `participants:` region.yaml-tiedostossa: kirjoita "
                "huomio kohtaan `note:`"
            )
            params = {"org": org, "action": obj.id, "fix": fix, "fix_fi": fix_fi}
            yield Finding("F008", entry.loc / "participant_notes" / key, params, at_key=True)


_NAMED_YEAR = re.compile(r"^status/(\d{4})(?!\d)")


@rule(
    "F009",
    "status-file-name-year",
    Severity.WARNING,
    {
        "en": "A status file's name begins with another year than the `year:` it reports on (a "
        "copy of last year's file?).",
        "fi": "Seurantatiedoston nimi alkaa eri vuodella kuin sen `year:` (kopio edellisen vuoden "
        "tiedostosta?).",
    },
    {
        "en": "the file is named for {named} but reports on {year}",
        "fi": "tiedoston nimessä on vuosi {named}, mutta se raportoi vuodesta {year}",
    },
    {
        "en": "write `year: {named}` if this is the follow-up of {named}, or rename the file",
        "fi": "kirjoita `year: {named}`, jos tämä on vuoden {named} seuranta, tai nimeä "
        "tiedosto uudelleen",
    },
    bad=Example("status/2027.yaml", _GOOD),
    good=GOOD,
)
def status_file_name_year(ws: Workspace) -> Iterator[Finding]:
    for path in _status_paths(ws):
        match = _NAMED_YEAR.match(path)
        year = _year_of(ws, path)
        if match and year is not None and int(match.group(1)) != year:
            params = {"named": match.group(1), "year": year}
            yield Finding("F009", Loc(path, ("year",)), params)
