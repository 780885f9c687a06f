"""Words and value formatting shared by every diff report, in Finnish, Swedish and English.

The terminal, Markdown and the council annex all say "vastuutaho", "2026–2028" and "17 %" the
same way; the JSON report alone keeps raw values.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Mapping

from ..glossary import word
from ..model import ACTION_STATES, LANGUAGES
from ..numbers import format_date, format_number, format_value, format_year_range
from .changes import STATUSES, ChangeSet, ObjectChange, Version

# Kinds of object: the domain's words come from the glossary, as in the documents.
_KIND_TERMS = {
    "municipality": "municipality", "focus-area": "focus_area", "goal": "goal",
    "action": "action", "joint-action": "joint_action", "party": "party",
    "indicator": "indicator", "status": "action_status",
    # the wellbeing report part and the yearly negotiation (branch `diffreport`)
    "report": "wellbeing_report", "evaluation": "evaluation",
    "indicator-group": "indicator_group", "negotiation": "negotiation_record",
}  # fmt: skip
KIND_WORDS: Mapping[str, Mapping[str, str]] = {
    lang: {
        "workspace": {"fi": "työtila", "sv": "arbetsyta", "en": "workspace"}[lang],
        "plan": {"fi": "suunnitelma", "sv": "plan", "en": "plan"}[lang],
        **{kind: word(term, lang) for kind, term in _KIND_TERMS.items()},
    }
    for lang in LANGUAGES
}

_FIELD_WORDS: Mapping[str, Mapping[str, str]] = {
    "fi": {
        "title": "otsikko", "name": "nimi", "description": "kuvaus", "resources": "resurssit",
        "rural_reach": "harvaan asuttujen alueiden tavoittaminen",
        "strategy_link": "kytkentä strategiaan", "participants": "mukana olevat kunnat",
        "organisation": "organisaatio", "kind": "laji", "members": "jäsenet", "source": "lähde",
        "unit": "yksikkö", "direction": "suunta", "status": "tila", "term": "suunnitelmakausi",
        "prepared_by": "valmistelija", "participation": "osallistuminen", "summary": "tiivistelmä",
        "decisions": "käsittely ja päätökset", "code": "kuntanumero",
        "plan": "suunnitelmatiedosto", "sotkanet_id": "Sotkanet-tunnus", "languages": "kielet",
    },
    "sv": {
        "title": "rubrik", "name": "namn", "description": "beskrivning", "resources": "resurser",
        "rural_reach": "räckvidd i glesbygden", "strategy_link": "koppling till strategin",
        "participants": "deltagande kommuner", "organisation": "organisation", "kind": "typ",
        "members": "medlemmar", "source": "källa", "unit": "enhet", "direction": "riktning",
        "status": "status", "term": "planperiod", "prepared_by": "beredd av",
        "participation": "delaktighet", "summary": "sammanfattning",
        "decisions": "behandling och beslut", "code": "kommunnummer", "plan": "planfil",
        "sotkanet_id": "Sotkanet-id", "languages": "språk",
    },
    "en": {
        "title": "title", "name": "name", "description": "description", "resources": "resources",
        "rural_reach": "rural reach", "strategy_link": "strategy link",
        "participants": "participating municipalities", "organisation": "organisation",
        "kind": "kind", "members": "members", "source": "source", "unit": "unit",
        "direction": "direction", "status": "status", "term": "term", "prepared_by": "prepared by",
        "participation": "participation", "summary": "summary",
        "decisions": "handling and decisions", "code": "municipality code", "plan": "plan file",
        "sotkanet_id": "Sotkanet ID", "languages": "languages",
    },
}  # fmt: skip

# Fields that name a domain concept: (glossary term, plural).
_FIELD_TERMS = {
    "focus_area": ("focus_area", False), "goal": ("goal", False),
    "responsible": ("responsible_party", False), "partners": ("partner", True),
    "target_groups": ("target_group", True), "schedule": ("schedule", False),
    "indicators": ("indicator", True), "parent": ("parent_party", False),
    "baseline": ("baseline", False), "target": ("target_level", False),
    "wellbeing_gaps": ("wellbeing_gap", True), "target_year": ("target_year", False),
    "joint_actions": ("joint_action", True),
}  # fmt: skip
# The yearly follow-up's fields (status/<year>.yaml; issue 10, status).
_STATUS_FIELD_WORDS: Mapping[str, Mapping[str, str]] = {
    "fi": {"note": "edistyminen", "next_steps": "seuraavat askeleet", "reason": "perustelu",
           "year": "vuosi", "action": "toimenpide"},
    "sv": {"note": "framsteg", "next_steps": "nästa steg", "reason": "motivering", "year": "år",
           "action": "åtgärd"},
    "en": {"note": "progress", "next_steps": "next steps", "reason": "reason", "year": "year",
           "action": "action"},
}  # fmt: skip
_FIELD_TERMS["participant_notes"] = ("participant_note", False)  # one per participant
# The annual report's and the hyte incentive's fields (issue 10, annual), and decimals.
_ANNUAL_FIELD_WORDS: Mapping[str, Mapping[str, str]] = {
    "fi": {"incentive": "HYTE-kerroin", "decimals": "desimaalit",
           "report_decisions": "vuosiraportin käsittely"},
    "sv": {"incentive": "HYTE-koefficienten", "decimals": "decimaler",
           "report_decisions": "behandling av årsrapporten"},
    "en": {"incentive": "hyte incentive", "decimals": "decimals",
           "report_decisions": "handling of the annual report"},
}  # fmt: skip
# The report texts, evaluations, indicator groups, negotiation records and workspace settings
# of issues 9 and 10 (branch `diffreport`); `attendees` are a negotiation's `participants`.
_REPORT_FIELD_WORDS: Mapping[str, Mapping[str, str]] = {
    "fi": {"cooperation": "yhteistyö", "yearly_reporting": "vuosittainen raportointi",
           "key_indicators": "keskeiset mittarit", "required": "pakollinen",
           "date": "päivämäärä", "municipalities": "kunnat", "attendees": "osallistujat",
           "answers": "vastaukset", "change_by_term_end": "muutos valtuustokauden loppuun mennessä",
           "agreed_changes": "sovitut muutokset", "text": "teksti", "document": "asiakirja",
           "revision": "versio", "path": "kansio", "id": "tunnus"},
    "sv": {"cooperation": "samarbete", "yearly_reporting": "årlig rapportering",
           "key_indicators": "centrala indikatorer", "required": "obligatorisk",
           "date": "datum", "municipalities": "kommuner", "attendees": "deltagare",
           "answers": "svar", "change_by_term_end": "förändring före periodens slut",
           "agreed_changes": "överenskomna ändringar", "text": "text", "document": "dokument",
           "revision": "version", "path": "mapp", "id": "identifierare"},
    "en": {"cooperation": "cooperation", "yearly_reporting": "yearly reporting",
           "key_indicators": "key indicators", "required": "required",
           "date": "date", "municipalities": "municipalities", "attendees": "attendees",
           "answers": "answers", "change_by_term_end": "change by the end of the term",
           "agreed_changes": "agreed changes", "text": "text", "document": "document",
           "revision": "revision", "path": "folder", "id": "ID"},
}  # fmt: skip
_FIELD_TERMS.update({
    "strengths": ("strength", True), "development_areas": ("development_area", True),
    "evaluation": ("evaluation", False), "previous_term": ("previous_term", False),
    "population_groups": ("population_group", True),
})  # fmt: skip
FIELD_WORDS: Mapping[str, Mapping[str, str]] = {
    lang: {
        **_FIELD_WORDS[lang],
        **_STATUS_FIELD_WORDS[lang],
        **_ANNUAL_FIELD_WORDS[lang],
        **_REPORT_FIELD_WORDS[lang],
        **{f: word(t, lang, pl) for f, (t, pl) in _FIELD_TERMS.items()},
    }
    for lang in LANGUAGES
}

VALUE_WORDS: Mapping[str, Mapping[str, str]] = {
    "fi": {
        "draft": "luonnos", "proposal": "ehdotus", "approved": "hyväksytty",
        "lower": "pienempi arvo on parempi", "higher": "suurempi arvo on parempi",
        "organisation": "organisaatio", "unit": "yksikkö", "group": "ryhmä",
        "lapset": "lapset", "nuoret": "nuoret", "lapsiperheet": "lapsiperheet",
        "tyoikaiset": "työikäiset", "ikaantyneet": "ikääntyneet",
        "erityisryhmat": "erityisryhmät", "kaikki": "kaikki",
        "true": "kyllä", "false": "ei",
    },
    "sv": {
        "draft": "utkast", "proposal": "förslag", "approved": "godkänd",
        "lower": "lägre värde är bättre", "higher": "högre värde är bättre",
        "organisation": "organisation", "unit": "enhet", "group": "grupp",
        "lapset": "barn", "nuoret": "unga", "lapsiperheet": "barnfamiljer",
        "tyoikaiset": "personer i arbetsför ålder", "ikaantyneet": "äldre",
        "erityisryhmat": "specialgrupper", "kaikki": "alla",
        "true": "ja", "false": "nej",
    },
    "en": {
        "draft": "draft", "proposal": "proposal", "approved": "approved",
        "lower": "lower is better", "higher": "higher is better",
        "organisation": "organisation", "unit": "unit", "group": "group",
        "lapset": "children", "nuoret": "young people", "lapsiperheet": "families with children",
        "tyoikaiset": "working-age people", "ikaantyneet": "older people",
        "erityisryhmat": "special groups", "kaikki": "everyone",
        "true": "yes", "false": "no",
    },
}  # fmt: skip

# An action's status in the follow-up: the glossary's words (not_started -> "ei aloitettu").
for _lang in LANGUAGES:
    VALUE_WORDS[_lang].update({s: word(f"status_{s}", _lang) for s in ACTION_STATES})  # type: ignore[attr-defined]

# Fields whose values are words of a fixed vocabulary (translated) rather than IDs or text.
_VOCABULARY_FIELDS = frozenset({"status", "direction", "kind", "target_groups"})

# Fields that refer to other objects by ID, and the kind of object they name.
REFERENCE_KINDS: Mapping[str, str] = {
    "responsible": "party",
    "partners": "party",
    "members": "party",
    "parent": "party",
    "indicators": "indicator",
    "focus_area": "focus-area",
    "goal": "goal",
    "participants": "organisation",
    "organisation": "organisation",
    "joint_actions": "action",
    "action": "action",
    "key_indicators": "indicator",
    "municipalities": "organisation",
}

WORDS: Mapping[str, Mapping[str, str]] = {
    "fi": {
        "working tree": "työkopio",
        "shared": "Yhteiset tiedot (kaikki suunnitelmat)", "no changes": "Ei muutoksia.",
        "added": "lisätty", "removed": "poistettu", "changed": "muutettu",
        "renamed": "tunnus muutettu", "joined": "{org} tuli mukaan", "left": "{org} jäi pois",
        "none": "–", "total": "Yhteensä", "comparing": "Vertailu",
        "added_items": "lisätty", "removed_items": "poistettu",
    },
    "sv": {
        "working tree": "arbetskopia",
        "shared": "Gemensamma uppgifter (alla planer)", "no changes": "Inga ändringar.",
        "added": "tillagd", "removed": "borttagen", "changed": "ändrad",
        "renamed": "ny identifierare", "joined": "{org} gick med", "left": "{org} lämnade",
        "none": "–", "total": "Totalt", "comparing": "Jämförelse",
        "added_items": "tillagda", "removed_items": "borttagna",
    },
    "en": {
        "working tree": "working tree",
        "shared": "Shared (all plans)", "no changes": "No changes.",
        "added": "added", "removed": "removed", "changed": "changed",
        "renamed": "renamed", "joined": "{org} joined", "left": "{org} left",
        "none": "–", "total": "Total", "comparing": "Comparing",
        "added_items": "added", "removed_items": "removed",
    },
}  # fmt: skip


class Presenter:
    """Turns a ChangeSet's raw values into words of one language."""

    def __init__(self, changes: ChangeSet, lang: str, resolve_names: bool = False) -> None:
        self.cs = changes
        self.lang = lang if lang in LANGUAGES else "en"
        self.resolve_names = resolve_names

    def word(self, key: str) -> str:
        return WORDS[self.lang][key]

    def text(self, value: Mapping[str, str] | str | None) -> str:
        """A {lang: text} in the report language, else the plan's default, else any."""
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        for lang in (self.lang, self.cs.default_lang, *value.keys()):
            if lang in value:
                return value[lang]
        return ""

    def kind(self, change: ObjectChange) -> str:
        key = "joint-action" if change.kind == "action" and change.joint else change.kind
        return KIND_WORDS[self.lang][key]

    def field(self, name: str) -> str:
        base, dot, key = name.partition(".")  # a keyed field: participant_notes.kuopio
        words = FIELD_WORDS[self.lang].get(base, base.replace("_", " "))
        return f"{words} ({self.organisation_name(key)})" if dot else words

    def organisation_name(self, org_id: str) -> str:
        org = self.cs.organisation(org_id)
        return self.text(org.name) if org else org_id

    def title(self, change: ObjectChange) -> str:
        return self.text(change.title) if change.title else ""

    def reference(self, field: str, id_: str) -> str:
        """An ID as written, or its object's name when names are resolved (the annex)."""
        kind = REFERENCE_KINDS.get(field)
        if not self.resolve_names or kind is None:
            return id_
        if kind == "organisation":
            return self.organisation_name(id_)
        name = self.cs.name_of(kind, id_)
        return self.text(name) if name else id_

    def value(
        self, field: str, value: Any, owner_unit: str | None = None, decimals: int | None = None
    ) -> str:
        """One field value as words: ranges, measurements, dates and vocabularies formatted
        (a measurement in its indicator's unit and decimals)."""
        if value is None:
            return self.word("none")
        if isinstance(value, list):
            parts = [self.value(field, v, owner_unit, decimals) for v in value]
            return ", ".join(parts) or self.word("none")
        if isinstance(value, bool):
            return VALUE_WORDS[self.lang][str(value).lower()]
        if isinstance(value, (int, float)):
            return (
                str(value)
                if field in ("code", "sotkanet_id", "target_year")
                else format_number(value, self.lang)
            )
        if isinstance(value, str):
            if field == "date":  # a negotiation's date: 1.10.2026, as in the documents
                return format_date(dt.date.fromisoformat(value), self.lang)
            if field in _VOCABULARY_FIELDS:
                return VALUE_WORDS[self.lang].get(value, value)
            if field in REFERENCE_KINDS:
                return self.reference(field, value)
            return value
        if isinstance(value, dict):
            return self._record(field, value, owner_unit, decimals)
        return str(value)

    def _record(
        self, field: str, value: dict[str, Any], unit: str | None, decimals: int | None = None
    ) -> str:
        """A nested value (range, measurement, source, decision, wellbeing gap) as one phrase."""
        if "start" in value and "end" in value:
            return format_year_range(value["start"], value["end"])
        if "value" in value and "year" in value:
            shown = format_value(value["value"], unit, self.lang, decimals)
            return f"{shown} ({value['year']})"
        if field == "source":
            return " ".join(str(value[k]) for k in ("kind", "id") if value.get(k) is not None)
        if field == "decisions":
            day = dt.date.fromisoformat(value["date"])
            head = f"{self.text(value.get('body'))} {format_date(day, self.lang)}"
            if value.get("section") is not None:
                head += f" § {value['section']}"
            return f"{head}: {self.text(value.get('decision'))}"
        if field == "wellbeing_gaps":
            text = self.text(value.get("text"))
            refs = value.get("indicators") or []
            return f"{text} ({self.value('indicators', refs)})" if refs else text
        if set(value) <= set(LANGUAGES):
            return self.text(value)
        return ", ".join(f"{self.field(k)}: {self.value(k, v)}" for k, v in value.items())

    def unit_of(self, change: ObjectChange) -> str | None:
        """The unit a measurement of this object is in (an indicator's own unit)."""
        if change.kind == "indicator":
            return self.cs.units.get(change.id)
        return None

    def decimals_of(self, change: ObjectChange) -> int | None:
        """The decimals of this object's measurements (an indicator's own `decimals`)."""
        if change.kind == "indicator":
            return self.cs.decimals.get(change.id)
        return None

    def version(self, version: Version) -> str:
        """`v2025-valtuusto (a1b2c3d4e5, 12.5.2025)`, `työkopio (22.11.2025)`..."""
        if version.source == "worktree":
            name = self.word("working tree")
        elif version.source == "git" and version.tags and version.label not in version.tags:
            name = f"{version.label} = {', '.join(version.tags)}"
        else:
            name = version.label
        details = [
            d
            for d in (version.short, format_date(version.date, self.lang) if version.date else None)
            if d
        ]
        return f"{name} ({', '.join(details)})" if details else name

    def counts(self, counts: Mapping[str, int]) -> str:
        return ", ".join(f"{counts[s]} {self.word(s)}" for s in STATUSES)
