"""Every fixed text of a plan document (headings, table headers, legal basis) in fi, sv and en.

Templates never hard-code words: they use ``labels.<key>``. A missing translation is a test
failure, not a silent English heading in a Swedish plan. Labels that name a domain concept
(action, responsible party, indicator …) take their word from :mod:`hyteplan.glossary`, so the
document, the diagnostics and the diff say the same thing.
"""

from __future__ import annotations

from typing import Final

from hyteplan.glossary import words

LANGS: Final = ("fi", "sv", "en")
#: The language tag of a document and of a passage in another language (BCP 47).
LANG_TAGS: Final = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}

LABELS: Final[dict[str, dict[str, str]]] = {
    # cover and front matter
    "plan_municipality": {
        "fi": "hyvinvointisuunnitelma",
        "sv": "välfärdsplan",
        "en": "wellbeing plan",
    },
    "plan_region": {
        "fi": "alueellinen hyvinvointisuunnitelma",
        "sv": "regional välfärdsplan",
        "en": "regional wellbeing plan",
    },
    "extract": {
        "fi": "yhteiset toimenpiteet hyvinvointialueen kanssa",
        "sv": "gemensamma åtgärder med välfärdsområdet",
        "en": "joint actions with the wellbeing services county",
    },
    "extract_intro": {
        "fi": (
            "Tämä ote alueellisesta hyvinvointisuunnitelmasta kokoaa ne yhteiset toimenpiteet, "
            "joihin kunta osallistuu yhdessä hyvinvointialueen kanssa, sekä niiden vastuutahot "
            "ja mittarit. Kunnan oma hyvinvointisuunnitelma laaditaan erikseen."
        ),
        "sv": (
            "Detta utdrag ur den regionala välfärdsplanen samlar de gemensamma åtgärder som "
            "kommunen deltar i tillsammans med välfärdsområdet, med deras ansvariga och "
            "indikatorer. Kommunens egen välfärdsplan utarbetas separat."
        ),
        "en": (
            "This extract of the regional wellbeing plan lists the joint actions the "
            "municipality takes part in together with the wellbeing services county, with their "
            "responsible parties and indicators. The municipality's own wellbeing plan is "
            "prepared separately."
        ),
    },
    "extract_actions": {
        "fi": "Yhteiset toimenpiteet",
        "sv": "Gemensamma åtgärder",
        "en": "Joint actions",
    },
    "organisation": {"fi": "Organisaatio", "sv": "Organisation", "en": "Organisation"},
    "term": {"fi": "Suunnittelukausi", "sv": "Planperiod", "en": "Plan period"},
    "status": {"fi": "Tila", "sv": "Status", "en": "Status"},
    "status_draft": {"fi": "Luonnos", "sv": "Utkast", "en": "Draft"},
    "status_proposal": {"fi": "Ehdotus", "sv": "Förslag", "en": "Proposal"},
    "status_approved": {"fi": "Hyväksytty", "sv": "Godkänd", "en": "Approved"},
    "version": {"fi": "Versio", "sv": "Version", "en": "Version"},
    "toc": {"fi": "Sisällys", "sv": "Innehåll", "en": "Contents"},
    # background
    "background": {
        "fi": "Tausta ja lakiperusta",
        "sv": "Bakgrund och rättslig grund",
        "en": "Background and legal basis",
    },
    "legal_municipality": {
        "fi": (
            "Sosiaali- ja terveydenhuollon järjestämisestä annetun lain (612/2021) 6 §:n mukaan "
            "kunnan on asetettava strategisessa suunnittelussaan hyvinvoinnin ja terveyden "
            "edistämisen tavoitteet ja niitä tukevat toimenpiteet, nimettävä niistä vastaavat "
            "tahot, seurattava asukkaiden elinoloja, hyvinvointia ja terveyttä alueittain ja "
            "väestöryhmittäin, raportoitava niistä valtuustolle vuosittain sekä valmisteltava "
            "valtuustokausittain hyvinvointikertomus ja -suunnitelma."
        ),
        "sv": (
            "Enligt 6 § i lagen om ordnande av social- och hälsovård (612/2021) ska kommunen i "
            "sin strategiska planering ställa upp mål för främjandet av välfärd och hälsa och "
            "fastställa åtgärder som stöder målen, utse de ansvariga, följa invånarnas "
            "levnadsförhållanden, välfärd och hälsa områdesvis och befolkningsgruppsvis, "
            "rapportera om dem till fullmäktige årligen samt en gång per fullmäktigeperiod "
            "utarbeta en välfärdsberättelse och välfärdsplan."
        ),
        "en": (
            "Under section 6 of the Act on Organising Healthcare and Social Welfare Services "
            "(612/2021), a municipality sets goals for promoting wellbeing and health in its "
            "strategic planning together with the actions that support them, names who is "
            "responsible, follows its residents' living conditions, wellbeing and health by area "
            "and population group, reports to its council every year, and prepares a wellbeing "
            "report and plan once per council term."
        ),
    },
    "legal_region": {
        "fi": (
            "Sosiaali- ja terveydenhuollon järjestämisestä annetun lain (612/2021) 7 §:n mukaan "
            "hyvinvointialueen on asetettava strategisessa suunnittelussaan hyvinvoinnin ja "
            "terveyden edistämisen tavoitteet ja niitä tukevat toimenpiteet, seurattava "
            "asukkaiden hyvinvointia ja terveyttä, raportoitava niistä aluevaltuustolle "
            "vuosittain sekä valmisteltava aluevaltuustokausittain alueellinen "
            "hyvinvointikertomus ja -suunnitelma yhteistyössä alueensa kuntien kanssa. "
            "Hyvinvointialue ja kunnat neuvottelevat vähintään kerran vuodessa tavoitteista, "
            "toimenpiteistä, yhteistyöstä ja seurannasta."
        ),
        "sv": (
            "Enligt 7 § i lagen om ordnande av social- och hälsovård (612/2021) ska "
            "välfärdsområdet i sin strategiska planering ställa upp mål för främjandet av "
            "välfärd och hälsa och fastställa åtgärder som stöder målen, följa invånarnas "
            "välfärd och hälsa, rapportera om dem till områdesfullmäktige årligen samt en gång "
            "per fullmäktigeperiod utarbeta en regional välfärdsberättelse och välfärdsplan i "
            "samarbete med kommunerna i området. Välfärdsområdet och kommunerna förhandlar minst "
            "en gång om året om mål, åtgärder, samarbete och uppföljning."
        ),
        "en": (
            "Under section 7 of the Act on Organising Healthcare and Social Welfare Services "
            "(612/2021), a wellbeing services county sets goals for promoting wellbeing and "
            "health in its strategic planning together with the actions that support them, "
            "follows its residents' wellbeing and health, reports to its council every year, and "
            "prepares a regional wellbeing report and plan once per council term together with "
            "the municipalities of its area. The county and the municipalities negotiate at least "
            "once a year on goals, actions, cooperation and follow-up."
        ),
    },
    "prepared_by": {"fi": "Valmistelu", "sv": "Beredning", "en": "Prepared by"},
    "participation": {
        "fi": "Asukkaiden ja vaikuttamistoimielinten osallistuminen",
        "sv": "Invånarnas och påverkansorganens deltagande",
        "en": "Participation of residents and influence bodies",
    },
    "summary": {"fi": "Tiivistelmä", "sv": "Sammanfattning", "en": "Summary"},
    "fallback_note": {
        "fi": "Tekstit, joita ei ole vielä käännetty, näytetään oletuskielellä ja on merkitty.",
        "sv": "Texter som ännu inte har översatts visas på standardspråket och är märkta.",
        "en": "Texts not yet translated are shown in the default language and marked.",
    },
    "fallback_marker": {"fi": "({lang})", "sv": "(på {lang})", "en": "(in {lang})"},
    "lang_fi": {"fi": "suomeksi", "sv": "finska", "en": "Finnish"},
    "lang_sv": {"fi": "ruotsiksi", "sv": "svenska", "en": "Swedish"},
    "lang_en": {"fi": "englanniksi", "sv": "engelska", "en": "English"},
    # focus areas
    "focus_areas": {
        "fi": "Painopistealueet, tavoitteet ja toimenpiteet",
        "sv": "Fokusområden, mål och åtgärder",
        "en": "Focus areas, goals and actions",
    },
    "why_chosen": {
        "fi": "Miksi painopistealue valittiin",
        "sv": "Varför fokusområdet valdes",
        "en": "Why this focus area was chosen",
    },
    "goals": words("goal", plural=True, capital=True),
    "target_groups": words("target_group", plural=True, capital=True),
    "target_year": words("target_year", capital=True),
    "joint_actions": {
        "fi": "Yhdessä hyvinvointialueen kanssa",
        "sv": "Tillsammans med välfärdsområdet",
        "en": "Together with the wellbeing services county",
    },
    "joint_actions_region": {
        "fi": "Yhteiset toimenpiteet kuntien kanssa",
        "sv": "Gemensamma åtgärder med kommunerna",
        "en": "Joint actions with the municipalities",
    },
    "own_actions_municipality": {
        "fi": "Kunnan omat toimenpiteet",
        "sv": "Kommunens egna åtgärder",
        "en": "The municipality's own actions",
    },
    "own_actions_region": {
        "fi": "Hyvinvointialueen omat toimenpiteet",
        "sv": "Välfärdsområdets egna åtgärder",
        "en": "The county's own actions",
    },
    "no_actions": {
        "fi": "Ei toimenpiteitä tällä painopistealueella.",
        "sv": "Inga åtgärder inom detta fokusområde.",
        "en": "No actions in this focus area.",
    },
    "action": words("action", capital=True),
    "responsible": words("responsible_party", capital=True),
    "partners": words("partner", plural=True, capital=True),
    "schedule": words("schedule", capital=True),
    "indicators": words("indicator", plural=True, capital=True),
    "participants": {"fi": "Mukana", "sv": "Deltar", "en": "Participants"},
    "action_details": {
        "fi": "Toimenpiteiden kuvaukset",
        "sv": "Beskrivning av åtgärderna",
        "en": "Description of the actions",
    },
    "rural_reach": {
        "fi": "Harvaan asuttujen alueiden tavoittaminen",
        "sv": "Att nå glesbygden",
        "en": "Reaching sparsely populated areas",
    },
    "resources": {"fi": "Resurssit", "sv": "Resurser", "en": "Resources"},
    "strategy_link": {
        "fi": "Kytkentä strategiaan",
        "sv": "Koppling till strategin",
        "en": "Link to the strategy",
    },
    # regional synchronisation
    "cooperation": {
        "fi": "Yhteistyö kuntien kanssa",
        "sv": "Samarbete med kommunerna",
        "en": "Cooperation with the municipalities",
    },
    "joint_matrix": {
        "fi": "Yhteiset toimenpiteet kunnittain",
        "sv": "Gemensamma åtgärder per kommun",
        "en": "Joint actions by municipality",
    },
    "joint_matrix_caption": {
        "fi": "Yhteiset toimenpiteet ja niihin osallistuvat kunnat",
        "sv": "Gemensamma åtgärder och deltagande kommuner",
        "en": "Joint actions and the municipalities taking part",
    },
    "takes_part": {"fi": "mukana", "sv": "deltar", "en": "takes part"},
    "no_joint_actions": {
        "fi": "Suunnitelmassa ei ole yhteisiä toimenpiteitä.",
        "sv": "Planen har inga gemensamma åtgärder.",
        "en": "The plan has no joint actions.",
    },
    "responsibilities": {
        "fi": "Vastuunjakotaulukko",
        "sv": "Ansvarsfördelning",
        "en": "Division of responsibilities",
    },
    "party": words("party", capital=True),
    "responsible_for": {"fi": "Vastuutahona", "sv": "Ansvarig för", "en": "Responsible for"},
    "partner_in": {"fi": "Kumppanina", "sv": "Samarbetspartner i", "en": "Partner in"},
    # indicator appendix
    "indicator_appendix": {
        "fi": "Liite: Mittarit",
        "sv": "Bilaga: Indikatorer",
        "en": "Appendix: Indicators",
    },
    "indicator": words("indicator", capital=True),
    "baseline": words("baseline", capital=True),
    "target": words("target_level", capital=True),
    "latest": {"fi": "Viimeisin", "sv": "Senaste", "en": "Latest"},
    "direction": {"fi": "Suunta", "sv": "Riktning", "en": "Direction"},
    "direction_lower": {
        "fi": "pienempi on parempi",
        "sv": "lägre är bättre",
        "en": "lower is better",
    },
    "direction_higher": {
        "fi": "suurempi on parempi",
        "sv": "högre är bättre",
        "en": "higher is better",
    },
    "source": {"fi": "Lähde", "sv": "Källa", "en": "Source"},
    "indicator_notes": {
        "fi": "Mittarien kuvaukset ja lähteet",
        "sv": "Beskrivningar och källor för indikatorerna",
        "en": "Descriptions and sources of the indicators",
    },
    "year": {"fi": "Vuosi", "sv": "År", "en": "Year"},
    "value": {"fi": "Arvo", "sv": "Värde", "en": "Value"},
    "no_indicators": {
        "fi": "Suunnitelmassa ei ole mittareita.",
        "sv": "Planen har inga indikatorer.",
        "en": "The plan has no indicators.",
    },
    "trends": {"fi": "Kehitys", "sv": "Utveckling", "en": "Trends"},
    "chart_values": {
        "fi": "Kuvion arvot taulukkona",
        "sv": "Diagrammets värden i tabellform",
        "en": "The chart's values as a table",
    },
    "thl_credit": {
        "fi": "Lähde: THL, Sotkanet.fi (CC BY 4.0).",
        "sv": "Källa: THL, Sotkanet.fi (CC BY 4.0).",
        "en": "Source: THL, Sotkanet.fi (CC BY 4.0).",
    },
    "source_sotkanet": {"fi": "THL Sotkanet", "sv": "THL Sotkanet", "en": "THL Sotkanet"},
    "source_kouluterveyskysely": {
        "fi": "Kouluterveyskysely",
        "sv": "Skolhälsoenkäten",
        "en": "School Health Promotion study",
    },
    "source_teaviisari": {"fi": "TEAviisari", "sv": "TEAviisari", "en": "TEAviisari"},
    "source_local": {"fi": "Paikallinen tieto", "sv": "Lokala uppgifter", "en": "Local data"},
    "source_other": {"fi": "Muu lähde", "sv": "Annan källa", "en": "Other source"},
    # decision history
    "decisions": {
        "fi": "Käsittelyhistoria",
        "sv": "Behandlingshistorik",
        "en": "Decision history",
    },
    "body": words("body", capital=True),
    "date": {"fi": "Päivämäärä", "sv": "Datum", "en": "Date"},
    "section": {"fi": "§", "sv": "§", "en": "§"},
    "decision": {"fi": "Päätös", "sv": "Beslut", "en": "Decision"},
    "no_decisions": {
        "fi": "Suunnitelmaa ei ole vielä käsitelty toimielimissä.",
        "sv": "Planen har ännu inte behandlats av något organ.",
        "en": "No body has handled the plan yet.",
    },
    # an organisation's figures beside the region and the whole country (figures.py)
    "whole_country": {"fi": "Koko maa", "sv": "Hela landet", "en": "Whole country"},
    "welfare_region": {"fi": "Hyvinvointialue", "sv": "Välfärdsområdet", "en": "Welfare region"},
    "no_own_values": {
        "fi": "ei omia arvoja data-kansiossa",
        "sv": "inga egna värden i data-mappen",
        "en": "no values of its own in the data folder",
    },
    "assessment": {"fi": "Arvio", "sv": "Bedömning", "en": "Assessment"},
    "figures_of": {"fi": "Luvut", "sv": "Siffror", "en": "Figures"},
    "versus_country_better": {
        "fi": "parempi kuin koko maassa",
        "sv": "bättre än i hela landet",
        "en": "better than in the whole country",
    },
    "versus_country_worse": {
        "fi": "heikompi kuin koko maassa",
        "sv": "sämre än i hela landet",
        "en": "worse than in the whole country",
    },
    "versus_country_same": {
        "fi": "sama kuin koko maassa",
        "sv": "samma som i hela landet",
        "en": "the same as in the whole country",
    },
    "trend_improving": {
        "fi": "parantunut lähtötasosta",
        "sv": "förbättrats sedan utgångsnivån",
        "en": "improved since the baseline",
    },
    "trend_worsening": {
        "fi": "heikentynyt lähtötasosta",
        "sv": "försämrats sedan utgångsnivån",
        "en": "worsened since the baseline",
    },
    "trend_unchanged": {
        "fi": "ennallaan lähtötasoon nähden",
        "sv": "oförändrad sedan utgångsnivån",
        "en": "unchanged since the baseline",
    },
    "no_assessment": {
        "fi": "ei arviota (vertailuluku puuttuu)",
        "sv": "ingen bedömning (jämförelsevärde saknas)",
        "en": "no assessment (a figure to compare is missing)",
    },
    "missing_value": {"fi": "ei tietoa", "sv": "uppgift saknas", "en": "no data"},
    "assessment_rule": {
        "fi": "Arvio vertaa viimeisintä arvoa koko maan saman vuoden arvoon ja omaan "
        "lähtötasoon sen mukaan, onko pienempi vai suurempi arvo parempi. Luvut verrataan "
        "pyöristettyinä, kuten ne taulukossa näkyvät; yhtä suuret luvut ovat samat.",
        "sv": "Bedömningen jämför det senaste värdet med hela landets värde samma år och med "
        "den egna utgångsnivån, beroende på om ett lägre eller högre värde är bättre. Värdena "
        "jämförs avrundade så som de visas i tabellen; lika värden är desamma.",
        "en": "The assessment compares the latest value with the whole country's value of the "
        "same year and with the organisation's own baseline, according to whether a lower or a "
        "higher value is better. Values are compared rounded as the table shows them; equal "
        "values are the same.",
    },
    "source_line_sotkanet": {
        "fi": "Lähde: THL, Sotkanet.fi (CC BY 4.0)",
        "sv": "Källa: THL, Sotkanet.fi (CC BY 4.0)",
        "en": "Source: THL, Sotkanet.fi (CC BY 4.0)",
    },
    "source_line_kouluterveyskysely": {
        "fi": "Lähde: THL, Kouluterveyskysely",
        "sv": "Källa: THL, Skolhälsoenkäten",
        "en": "Source: THL, School Health Promotion study",
    },
    "source_line_teaviisari": {
        "fi": "Lähde: THL, TEAviisari",
        "sv": "Källa: THL, TEAviisari",
        "en": "Source: THL, TEAviisari",
    },
    "source_line_local": {
        "fi": "Lähde: paikallinen tieto",
        "sv": "Källa: lokala uppgifter",
        "en": "Source: local data",
    },
    "source_line_other": {"fi": "Lähde", "sv": "Källa", "en": "Source"},
    # target groups (model.TargetGroup)
    "tg_lapset": {"fi": "lapset", "sv": "barn", "en": "children"},
    "tg_nuoret": {"fi": "nuoret", "sv": "unga", "en": "young people"},
    "tg_lapsiperheet": {"fi": "lapsiperheet", "sv": "barnfamiljer", "en": "families with children"},
    "tg_tyoikaiset": {"fi": "työikäiset", "sv": "personer i arbetsför ålder", "en": "working-age"},
    "tg_ikaantyneet": {"fi": "ikääntyneet", "sv": "äldre", "en": "older people"},
    "tg_erityisryhmat": {"fi": "erityisryhmät", "sv": "särskilda grupper", "en": "special groups"},
    "tg_kaikki": {"fi": "kaikki", "sv": "alla", "en": "everyone"},
    # --- issue 9, branch `evidence`: the plan part's figures, the previous term's evaluation --
    "goal_figures": {
        "fi": "Tavoitteen mittarit",
        "sv": "Målets indikatorer",
        "en": "The goal's indicators",
    },
    "previous_term": {
        "fi": "Edellisen valtuustokauden suunnitelman arviointi",
        "sv": "Utvärdering av föregående fullmäktigeperiods plan",
        "en": "Evaluation of the previous council term's plan",
    },
    "previous_term_intro": {
        "fi": "Edellisen kauden suunnitelman tavoitteiden mittarit lähtötasosta viimeisimpään "
        "arvoon sekä toimenpiteiden lopullinen tilanne ja arvio.",
        "sv": "Indikatorerna för målen i föregående periods plan från utgångsnivån till det "
        "senaste värdet, samt åtgärdernas slutliga läge och bedömning.",
        "en": "The indicators of the goals of the previous term's plan, from the baseline to "
        "the latest value, and the final status and evaluation of its actions.",
    },
    "previous_goals": {
        "fi": "Tavoitteiden mittareiden kehitys",
        "sv": "Utvecklingen av målens indikatorer",
        "en": "How the goals' indicators moved",
    },
    "previous_actions": {
        "fi": "Toimenpiteiden toteutuminen",
        "sv": "Åtgärdernas genomförande",
        "en": "How the actions were carried out",
    },
    "movement": {"fi": "Kehitys", "sv": "Utveckling", "en": "Movement"},
    "final_status": {"fi": "Tilanne", "sv": "Läge", "en": "Status"},
    "evaluation": words("evaluation", capital=True),
    "not_evaluated": {
        "fi": "ei arvioitu",
        "sv": "inte utvärderad",
        "en": "not evaluated",
    },
    "eval_not_started": {"fi": "ei aloitettu", "sv": "inte påbörjad", "en": "not started"},
    "eval_started": {"fi": "kesken", "sv": "påbörjad", "en": "started"},
    "eval_done": {"fi": "toteutunut", "sv": "genomförd", "en": "done"},
    "eval_postponed": {"fi": "siirretty", "sv": "uppskjuten", "en": "postponed"},
    "eval_cancelled": {"fi": "luovuttu", "sv": "avbruten", "en": "cancelled"},
}


def labels_for(lang: str) -> dict[str, str]:
    """All fixed texts in ``lang`` (fi, sv or en)."""
    return {key: texts[lang] for key, texts in LABELS.items()}
