"""One word per domain concept, in Finnish, Swedish and English.

A council member who reads "vastuutaho" in the plan, "taho" in a diagnostic and "toimija" in the
change annex asks whether these are three things. So the words for the plan's concepts live here
once, and the documents' fixed labels (render/labels.py), the diagnostics (rules/base.py), the
diff (diff/present.py) and the charts take them from here. The words follow THL's plan grammar
(shared DOMAIN.md): painopistealue → tavoite → toimenpide → vastuutaho → mittari.

:data:`SYNONYMS` lists the words that must not name these concepts (a test scans every fixed text
for them), and :data:`UNITS` the indicator units a plan's YAML writes in Finnish ("lkm",
"pistettä") with their Swedish and English forms. docs/glossary.md is generated from this module
(``python -m hyteplan.glossary > docs/glossary.md``; a test keeps it current).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

LANGS: Final = ("fi", "sv", "en")


@dataclass(frozen=True)
class Term:
    """A concept's word in fi, sv and en; ``plural`` in the same order when it is not regular."""

    fi: str
    sv: str
    en: str
    plural: tuple[str, str, str]
    means: str

    def word(self, lang: str, plural: bool = False) -> str:
        if plural:
            return self.plural[LANGS.index(lang)]
        return str(getattr(self, lang))


TERMS: Final[dict[str, Term]] = {
    "focus_area": Term(
        "painopistealue", "fokusområde", "focus area",
        ("painopistealueet", "fokusområden", "focus areas"),
        "a theme the plan concentrates on, chosen because of a wellbeing gap",
    ),
    "wellbeing_gap": Term(
        "hyvinvointivaje", "välfärdsbrist", "wellbeing gap",
        ("hyvinvointivajeet", "välfärdsbrister", "wellbeing gaps"),
        "the problem an indicator shows: why a focus area was chosen",
    ),
    "goal": Term(
        "tavoite", "mål", "goal", ("tavoitteet", "mål", "goals"),
        "what a focus area should achieve, measurable where possible",
    ),
    "action": Term(
        "toimenpide", "åtgärd", "action", ("toimenpiteet", "åtgärder", "actions"),
        "concrete work towards a goal, with a responsible party and indicators",
    ),
    "joint_action": Term(
        "yhteinen toimenpide", "gemensam åtgärd", "joint action",
        ("yhteiset toimenpiteet", "gemensamma åtgärder", "joint actions"),
        "an action of the welfare region done together with municipalities, written once",
    ),
    "party": Term(
        "taho", "aktör", "party", ("tahot", "aktörer", "parties"),
        "an organisation, unit or group that is responsible for actions or takes part in them",
    ),
    "responsible_party": Term(
        "vastuutaho", "ansvarig", "responsible party",
        ("vastuutahot", "ansvariga", "responsible parties"),
        "the one party accountable for an action",
    ),
    "partner": Term(
        "kumppani", "samarbetspartner", "partner",
        ("kumppanit", "samarbetspartner", "partners"),
        "a party that takes part in an action without being responsible for it",
    ),
    "parent_party": Term(
        "ylätaho", "överordnad aktör", "parent party",
        ("ylätahot", "överordnade aktörer", "parent parties"),
        "the party another party belongs to (a unit's department)",
    ),
    "indicator": Term(
        "mittari", "indikator", "indicator", ("mittarit", "indikatorer", "indicators"),
        "how progress is followed, usually a THL Sotkanet indicator",
    ),
    "baseline": Term(
        "lähtötaso", "utgångsnivå", "baseline", ("lähtötasot", "utgångsnivåer", "baselines"),
        "an indicator's value when the plan starts, with its year",
    ),
    "target_level": Term(
        "tavoitetaso", "målnivå", "target", ("tavoitetasot", "målnivåer", "targets"),
        "the value an indicator should reach, with its year",
    ),
    "target_year": Term(
        "tavoitevuosi", "målår", "target year", ("tavoitevuodet", "målår", "target years"),
        "the year by which a goal should be reached",
    ),
    "target_group": Term(
        "kohderyhmä", "målgrupp", "target group",
        ("kohderyhmät", "målgrupper", "target groups"),
        "the people an action or goal is for (children, young people, older people ...)",
    ),
    "schedule": Term(
        "aikataulu", "tidsplan", "schedule", ("aikataulut", "tidsplaner", "schedules"),
        "the years in which an action is done",
    ),
    "municipality": Term(
        "kunta", "kommun", "municipality", ("kunnat", "kommuner", "municipalities"),
        "a municipality with its own plan (612/2021 § 6)",
    ),
    "welfare_region": Term(
        "hyvinvointialue", "välfärdsområde", "wellbeing services county",
        ("hyvinvointialueet", "välfärdsområden", "wellbeing services counties"),
        "the welfare region that prepares the regional plan with its municipalities (§ 7)",
    ),
    "body": Term(
        "toimielin", "organ", "body", ("toimielimet", "organ", "bodies"),
        "a committee, board or council that handles the plan",
    ),
    # --- issue 9, branch `evidence`: indicator groups, the previous term's evaluation ----------
    "indicator_group": Term(
        "mittariryhmä", "indikatorgrupp", "indicator group",
        ("mittariryhmät", "indikatorgrupper", "indicator groups"),
        "a named set of indicators, e.g. THL's minimum content that a region requires",
    ),
    "previous_term": Term(
        "edellinen valtuustokausi", "föregående fullmäktigeperiod", "previous council term",
        ("edelliset valtuustokaudet", "föregående fullmäktigeperioder", "previous council terms"),
        "the council term before this one, whose plan the report evaluates",
    ),
    "evaluation": Term(
        "arvio", "bedömning", "evaluation", ("arviot", "bedömningar", "evaluations"),
        "what came of an action of the previous term's plan, in words",
    ),
    # --- issue 10, status: the yearly follow-up (status/<year>.yaml, docs/yearly-cycle.md) ---
    "follow_up": Term(
        "seuranta", "uppföljning", "follow-up", ("seurannat", "uppföljningar", "follow-ups"),
        "the yearly account of where every action stands (status/<year>.yaml)",
    ),
    "action_status": Term(
        "toteutumisen tila", "genomförandestatus", "status",
        ("toteutumisen tilat", "genomförandestatusar", "statuses"),
        "where an action stood at the end of a year: one of the five below",
    ),
    "status_not_started": Term(
        "ei aloitettu", "inte påbörjad", "not started",
        ("ei aloitetut", "inte påbörjade", "not started"),
        "status not_started: the work has not begun",
    ),
    "status_started": Term(
        "käynnissä", "pågående", "started", ("käynnissä", "pågående", "started"),
        "status started: the work has begun and goes on",
    ),
    "status_done": Term(
        "toteutunut", "genomförd", "done", ("toteutuneet", "genomförda", "done"),
        "status done: the action has been carried out",
    ),
    "status_postponed": Term(
        "siirretty", "uppskjuten", "postponed", ("siirretyt", "uppskjutna", "postponed"),
        "status postponed: moved to a later year",
    ),
    "status_cancelled": Term(
        "peruttu", "inställd", "cancelled", ("perutut", "inställda", "cancelled"),
        "status cancelled: will not be carried out (with a reason)",
    ),
    "participant_note": Term(
        "kunnan oma huomio", "kommunens egen kommentar", "participant's note",
        ("kuntien omat huomiot", "kommunernas egna kommentarer", "participants' notes"),
        "a participating municipality's own note on a joint action's status",
    ),
    # --- issue 10, negotiations: the yearly negotiation (negotiations/*.yaml, docs/yearly-cycle.md)
    "negotiation": Term(
        "hyte-neuvottelu", "förhandling om välfärd och hälsa", "wellbeing negotiation",
        ("hyte-neuvottelut", "förhandlingar om välfärd och hälsa", "wellbeing negotiations"),
        "the region's yearly negotiation with its municipalities (612/2021 §7)",
    ),
    "municipality_card": Term(
        "kuntakortti", "kommunkort", "municipality card",
        ("kuntakortit", "kommunkort", "municipality cards"),
        "a municipality's pages of the negotiation material, sent ahead",
    ),
    "negotiation_record": Term(
        "neuvottelumuistio", "förhandlingsanteckning", "negotiation record",
        ("neuvottelumuistiot", "förhandlingsanteckningar", "negotiation records"),
        "what a negotiation agreed, written back as data (negotiations/*.yaml)",
    ),
    # --- the annual report and the hyte incentive (issue 10, branch `annual`) ---
    "annual_report": Term(
        "vuosiraportti", "årsrapport", "annual report",
        ("vuosiraportit", "årsrapporter", "annual reports"),
        "the yearly report to the council on the actions' progress and the indicators",
    ),
    "on_track": Term(
        "tavoitepolulla", "på väg mot målet", "on track",
        ("tavoitepolulla", "på väg mot målet", "on track"),
        "an indicator's latest value is at least as good as the straight path from baseline "
        "to target gives for its year",
    ),
    "hyte_incentive": Term(
        "HYTE-kerroin", "HYTE-koefficienten", "hyte incentive",
        ("HYTE-kertoimet", "HYTE-koefficienterna", "hyte incentives"),
        "the state's funding incentive computed from process and outcome indicators",
    ),
    # the wellbeing report part (issue 9, wellbeing report)
    "wellbeing_report": Term(
        "hyvinvointikertomus", "välfärdsberättelse", "wellbeing report",
        ("hyvinvointikertomukset", "välfärdsberättelser", "wellbeing reports"),
        "the term's description of residents' wellbeing, the evidence for the plan (612/2021)",
    ),
    "population_group": Term(
        "väestöryhmä", "befolkningsgrupp", "population group",
        ("väestöryhmät", "befolkningsgrupper", "population groups"),
        "a group of residents the report describes separately, with its indicators",
    ),
    "children_young": Term(
        "lapset ja nuoret", "barn och unga", "children and young people",
        ("lapset ja nuoret", "barn och unga", "children and young people"),
        "standard population group lapset-nuoret",
    ),
    "working_age": Term(
        "työikäiset", "personer i arbetsför ålder", "working-age people",
        ("työikäiset", "personer i arbetsför ålder", "working-age people"),
        "standard population group tyoikaiset",
    ),
    "older_people": Term(
        "ikääntyneet", "äldre", "older people", ("ikääntyneet", "äldre", "older people"),
        "standard population group ikaantyneet",
    ),
    "strength": Term(
        "vahvuus", "styrka", "strength", ("vahvuudet", "styrkor", "strengths"),
        "what the report finds going well, written by coordinators or computed from figures",
    ),
    "development_area": Term(
        "kehittämiskohde", "utvecklingsområde", "development area",
        ("kehittämiskohteet", "utvecklingsområden", "development areas"),
        "what the report finds needs work: the reason for the plan's focus areas",
    ),
}  # fmt: skip

#: Words that must not name a glossary concept in hyteplan's own texts, per language, with the
#: term to use instead. Regular expressions, matched case-insensitively at the start of a word.
SYNONYMS: Final[dict[str, dict[str, str]]] = {
    "fi": {
        r"toimij": "party",
        r"osapuol": "party",
        r"(?<!lähteen )indikaattor": "indicator",  # the source's own indicator keeps its name
        r"painopiste(?!alue)": "focus_area",
        r"tavoitearvo": "target_level",
        r"vastuuhenkilö": "responsible_party",
    },
    "sv": {
        r"part\b": "party",
        r"parter\b": "party",
        r"(?<!samarbets)partner": "partner",
        r"tidtabell": "schedule",
        r"prioriteringsområde": "focus_area",
        r"insatsområde": "focus_area",
    },
    "en": {
        r"actor": "party",
        r"stakeholder": "party",
        r"metric": "indicator",
        r"priority area": "focus_area",
    },
}


def word(key: str, lang: str, plural: bool = False) -> str:
    """The glossary's word for ``key`` in ``lang`` (lower case, as in running text)."""
    return TERMS[key].word(lang, plural)


def words(key: str, plural: bool = False, capital: bool = False) -> dict[str, str]:
    """``{fi: …, sv: …, en: …}`` for ``key``: the shape labels and message tables use."""
    out = {lang: word(key, lang, plural) for lang in LANGS}
    return {lang: w[:1].upper() + w[1:] for lang, w in out.items()} if capital else out


def forbidden_synonyms(text: str, lang: str) -> list[str]:
    """The synonyms of :data:`SYNONYMS` that ``text`` uses (empty when it keeps the glossary)."""
    return [
        pattern
        for pattern in SYNONYMS.get(lang, {})
        if re.search(r"\b" + pattern, text, flags=re.IGNORECASE)
    ]


# --- units -----------------------------------------------------------------------------------

#: Indicator units as plans write them (Finnish, spacing normalised) → their sv and en forms.
UNITS: Final[dict[str, dict[str, str]]] = {
    "lkm": {"fi": "lkm", "sv": "st.", "en": "no."},
    "kpl": {"fi": "kpl", "sv": "st.", "en": "pcs"},
    "pistettä": {"fi": "pistettä", "sv": "poäng", "en": "points"},
    "pisteet": {"fi": "pisteet", "sv": "poäng", "en": "points"},
    "henkilöä": {"fi": "henkilöä", "sv": "personer", "en": "persons"},
    "euroa": {"fi": "euroa", "sv": "euro", "en": "euros"},
    "vuotta": {"fi": "vuotta", "sv": "år", "en": "years"},
    "päivää": {"fi": "päivää", "sv": "dagar", "en": "days"},
    "käyntiä": {"fi": "käyntiä", "sv": "besök", "en": "visits"},
    "%": {"fi": "%", "sv": "%", "en": "%"},
    "‰": {"fi": "‰", "sv": "‰", "en": "‰"},
    "/ 1 000": {"fi": "/ 1 000", "sv": "/ 1 000", "en": "per 1,000"},
    "/ 10 000": {"fi": "/ 10 000", "sv": "/ 10 000", "en": "per 10,000"},
    "/ 100 000": {"fi": "/ 100 000", "sv": "/ 100 000", "en": "per 100,000"},
    "per 1 000": {"fi": "per 1 000", "sv": "per 1 000", "en": "per 1,000"},
    "per 10 000": {"fi": "per 10 000", "sv": "per 10 000", "en": "per 10,000"},
    "per 100 000": {"fi": "per 100 000", "sv": "per 100 000", "en": "per 100,000"},
    "/ 1 000 asukasta": {"fi": "/ 1 000 asukasta", "sv": "/ 1 000 invånare", "en": "per 1,000 residents"},
    "/ 10 000 asukasta": {"fi": "/ 10 000 asukasta", "sv": "/ 10 000 invånare", "en": "per 10,000 residents"},
}  # fmt: skip

_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_SLASH = re.compile(r"\s*/\s*")
_DIGIT_GROUPS = re.compile(r"(?<=\d)[\s\u00a0\u202f]+(?=\d{3}\b)")


def _unit_key(unit: str) -> str:
    """ "/10 000", "/ 10000" and "/ 10\u00a0000" all become "/ 10 000"."""
    text = _SPACES.sub(" ", unit).strip().lower()
    text = _DIGIT_GROUPS.sub("", text)
    text = re.sub(r"\d{4,}", lambda m: f"{int(m.group()):,}".replace(",", " "), text)
    return _SLASH.sub(" / ", text).strip()


def unit_in(unit: str | None, lang: str) -> str:
    """The unit in ``lang``: a known Finnish unit translated, any other unit as written.

    Units are free text in the plan; only the common ones of Finnish indicators are known here.
    A Finnish document shows the unit as the plan writes it.
    """
    if not unit:
        return ""
    known = UNITS.get(_unit_key(unit))
    if known is None or lang == "fi":
        return unit.strip()
    return known[lang].replace(" ", "\u00a0")  # a unit never breaks across lines


# --- docs/glossary.md ------------------------------------------------------------------------

BEGIN = "<!-- BEGIN generated from src/hyteplan/glossary.py: do not edit by hand -->"
END = "<!-- END generated from src/hyteplan/glossary.py -->"
REGENERATE = "python -m hyteplan.glossary docs/glossary.md"


def glossary_markdown() -> str:
    """The generated part of docs/glossary.md: every term, synonyms to avoid, known units."""
    lines = [
        BEGIN,
        "## One word per concept",
        "",
        "hyteplan's own texts (document labels, diagnostics, the diff and charts) use these words "
        f"and no others (`src/hyteplan/glossary.py`; regenerate with `{REGENERATE}`). "
        "Singular / plural.",
        "",
        "| key | suomi | svenska | English | meaning |",
        "|---|---|---|---|---|",
    ]
    for key, term in TERMS.items():
        cells = [f"{getattr(term, lang)} / {term.plural[i]}" for i, lang in enumerate(LANGS)]
        lines.append(f"| `{key}` | {' | '.join(cells)} | {term.means} |")
    lines += ["", "### Words not used for these concepts", ""]
    lines += ["| language | word (start) | use instead |", "|---|---|---|"]
    for lang, patterns in SYNONYMS.items():
        for pattern, key in patterns.items():
            shown = re.sub(r"\(\?<?!?[^)]*\)|\\b|\?", "", pattern)
            lines.append(f"| {lang} | {shown} | {word(key, lang)} (`{key}`) |")
    lines += ["", "### Indicator units in Swedish and English documents", ""]
    lines += ["| as the plan writes it | svenska | English |", "|---|---|---|"]
    for key, forms in UNITS.items():
        lines.append(f"| {key} | {forms['sv']} | {forms['en']} |")
    lines.append(END)
    return "\n".join(lines) + "\n"


def with_glossary(document: str) -> str:
    """``document`` with its generated part (between the markers, or appended) made current."""
    if BEGIN in document and END in document:
        head, rest = document.split(BEGIN, 1)
        tail = rest.split(END, 1)[1].lstrip("\n")
        return head + glossary_markdown() + ("\n" + tail if tail else "")
    return document.rstrip("\n") + "\n\n" + glossary_markdown()


if __name__ == "__main__":
    import sys
    from pathlib import Path

    target = Path(sys.argv[1])
    target.write_text(with_glossary(target.read_text(encoding="utf-8")), encoding="utf-8")
