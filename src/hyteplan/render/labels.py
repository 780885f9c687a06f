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
    # an action's final status: the status records' words (glossary, issue 10)
    **{
        f"eval_{state}": words(f"status_{state}")
        for state in ("not_started", "started", "done", "postponed", "cancelled")
    },
    # --- the annual report (vuosiraportti) and the hyte incentive: issue 10, branch `annual` ---
    "annual_title": words("annual_report", capital=True),
    "annual_subtitle": {
        "fi": "Hyvinvointisuunnitelman toteutuminen vuonna {year}",
        "sv": "Genomförandet av välfärdsplanen år {year}",
        "en": "Implementation of the wellbeing plan in {year}",
    },
    "annual_year": {"fi": "Raportointivuosi", "sv": "Rapporteringsår", "en": "Reporting year"},
    "annual_intro": {
        "fi": (
            "Tämä raportti kertoo valtuustolle, miten hyvinvointisuunnitelman toimenpiteet "
            "etenivät vuonna {year} ja miten mittarit ovat kehittyneet. Laki (612/2021 6 ja "
            "7 §) edellyttää raportointia valtuustolle vuosittain."
        ),
        "sv": (
            "Denna rapport berättar för fullmäktige hur välfärdsplanens åtgärder framskred år "
            "{year} och hur indikatorerna har utvecklats. Lagen (612/2021 6 och 7 §) kräver en "
            "årlig rapport till fullmäktige."
        ),
        "en": (
            "This report tells the council how the actions of the wellbeing plan progressed "
            "in {year} and how the indicators moved. The law (612/2021 sections 6 and 7) "
            "requires a report to the council every year."
        ),
    },
    "annual_summary": {"fi": "Yhteenveto", "sv": "Sammanfattning", "en": "Summary"},
    "annual_actions_by_status": {
        "fi": "Toimenpiteet tilan mukaan",
        "sv": "Åtgärder efter status",
        "en": "Actions by status",
    },
    "annual_count": {"fi": "Määrä", "sv": "Antal", "en": "Number"},
    "annual_no_status": {
        "fi": "tila puuttuu",
        "sv": "status saknas",
        "en": "no status",
    },
    "annual_not_scheduled": {
        "fi": "ei aikataulutettu vuodelle",
        "sv": "inte planerad för året",
        "en": "not scheduled for the year",
    },
    "annual_indicators_line": {
        "fi": "Mittareista {reached} on saavuttanut tavoitetasonsa, {on_track} on tavoitepolulla "
        "ja {off_track} jäljessä tavoitepolulta; {none} ei voida arvioida.",
        "sv": "Av indikatorerna har {reached} nått sin målnivå, {on_track} är på väg mot målet "
        "och {off_track} ligger efter; {none} kan inte bedömas.",
        "en": "Of the indicators, {reached} have reached their target, {on_track} are on track "
        "and {off_track} are off track; {none} cannot be judged.",
    },
    "annual_changes_line": {
        "fi": "Suunnitelmaan tehtiin vuoden aikana {total} muutosta.",
        "sv": "Under året gjordes {total} ändringar i planen.",
        "en": "{total} changes were made to the plan during the year.",
    },
    "annual_actions": {
        "fi": "Toimenpiteiden toteutuminen",
        "sv": "Åtgärdernas genomförande",
        "en": "Progress of the actions",
    },
    "annual_note": {"fi": "Edistyminen", "sv": "Framsteg", "en": "Progress"},
    "annual_own_note": words("participant_note", capital=True),
    "annual_joint": words("joint_action"),
    "annual_resources": {
        "fi": "Käytetyt resurssit",
        "sv": "Använda resurser",
        "en": "Resources used",
    },
    "annual_next_steps": {"fi": "Seuraavat vaiheet", "sv": "Nästa steg", "en": "Next steps"},
    "annual_reason": {"fi": "Perustelu", "sv": "Motivering", "en": "Reason"},
    "annual_indicators": {
        "fi": "Mittareiden kehitys",
        "sv": "Indikatorernas utveckling",
        "en": "How the indicators moved",
    },
    "annual_rule": {
        "fi": (
            "Arviointisääntö: tavoitepolku on suora viiva lähtötasosta tavoitetasoon "
            "tavoitevuoteen mennessä. Mittari on tavoitepolulla, kun sen viimeisin arvo on "
            "vähintään yhtä hyvä kuin polun arvo samana vuonna (mittarin suunta huomioiden: "
            "pienempi tai suurempi arvo on parempi). Arvoja verrataan pyöristettyinä niin kuin "
            "ne taulukossa näkyvät. Tavoitetaso on saavutettu, kun viimeisin arvo on vähintään "
            "yhtä hyvä kuin tavoitetaso. Ilman lähtötasoa, tavoitetasoa tai lähtövuoden "
            "jälkeistä arvoa mittaria ei voida arvioida."
        ),
        "sv": (
            "Bedömningsregel: vägen mot målet är en rät linje från utgångsnivån till målnivån "
            "fram till målåret. En indikator är på väg mot målet när dess senaste värde är minst "
            "lika bra som vägens värde samma år (med hänsyn till riktningen: ett lägre eller "
            "högre värde är bättre). Värdena jämförs avrundade så som tabellen visar dem. "
            "Målnivån är nådd när det senaste värdet är minst lika bra som målnivån. Utan "
            "utgångsnivå, målnivå eller ett värde efter utgångsåret kan indikatorn inte bedömas."
        ),
        "en": (
            "How we judge: the path to the target is a straight line from the baseline to the "
            "target by the target year. An indicator is on track when its latest value is at "
            "least as good as the path's value in the same year (a lower or a higher value is "
            "better, as the indicator says). Values are compared rounded as the table shows "
            "them. The target is reached when the latest value is at least as good as the "
            "target. Without a baseline, a target or a value after the baseline year, an "
            "indicator cannot be judged."
        ),
    },
    "annual_judgement": {"fi": "Arvio", "sv": "Bedömning", "en": "Judgement"},
    "annual_reached": {
        "fi": "tavoitetaso saavutettu",
        "sv": "målnivån nådd",
        "en": "target reached",
    },
    "annual_on_track": words("on_track"),
    "annual_off_track": {
        "fi": "jäljessä tavoitepolulta",
        "sv": "efter vägen mot målet",
        "en": "off track",
    },
    "annual_not_judged": {
        "fi": "ei arvioitavissa",
        "sv": "kan inte bedömas",
        "en": "cannot be judged",
    },
    "annual_expected": {
        "fi": "Tavoitepolun arvo {year}",
        "sv": "Vägens värde {year}",
        "en": "Path value {year}",
    },
    "annual_figure": {"fi": "Luku", "sv": "Uppgift", "en": "Figure"},
    "annual_value": {"fi": "Arvo", "sv": "Värde", "en": "Value"},
    "annual_trend": {"fi": "Kehitys", "sv": "Trend", "en": "Trend"},
    "annual_changes": {
        "fi": "Muutokset suunnitelmaan vuoden aikana",
        "sv": "Ändringar i planen under året",
        "en": "Changes to the plan during the year",
    },
    "annual_changes_between": {
        "fi": "Verrattu versioita: {versions}.",
        "sv": "Jämförda versioner: {versions}.",
        "en": "Versions compared: {versions}.",
    },
    "annual_changed_items": {
        "fi": "Muuttuneet kohdat",
        "sv": "Ändrade punkter",
        "en": "Items changed",
    },
    "annual_no_changes": {
        "fi": "Suunnitelmaan ei tehty vuoden aikana sisällöllisiä muutoksia.",
        "sv": "Planen ändrades inte till innehållet under året.",
        "en": "The plan's content did not change during the year.",
    },
    "annual_no_history": {
        "fi": "Suunnitelman versiohistoriaa ei ole saatavilla tältä vuodelta.",
        "sv": "Planens versionshistorik för året finns inte tillgänglig.",
        "en": "The plan's version history for the year is not available.",
    },
    "annual_decisions": {
        "fi": "Raportin käsittely",
        "sv": "Behandling av rapporten",
        "en": "Handling of the report",
    },
    "annual_no_decisions": {
        "fi": "Raportin käsittelyä ei ole vielä kirjattu.",
        "sv": "Behandlingen av rapporten har ännu inte antecknats.",
        "en": "The handling of the report has not been recorded yet.",
    },
    "incentive": {"fi": "HYTE-kerroin", "sv": "HYTE-koefficienten", "en": "The hyte incentive"},
    "incentive_intro": {
        "fi": (
            "Valtio maksaa osan valtionosuudesta hyvinvoinnin ja terveyden edistämisen "
            "perusteella (HYTE-kerroin). Alla ovat kertoimeen kuuluvat mittarit ja ne "
            "kertoimen kohdat, jotka riippuvat omista asiakirjoistamme."
        ),
        "sv": (
            "Staten betalar en del av statsandelen utifrån främjandet av välfärd och hälsa "
            "(HYTE-koefficienten). Nedan finns koefficientens indikatorer och de punkter som "
            "beror på våra egna dokument."
        ),
        "en": (
            "The state pays part of its grant by how wellbeing and health are promoted (the "
            "hyte incentive, HYTE-kerroin). Below are the incentive's indicators and the items "
            "that depend on our own documents."
        ),
    },
    "incentive_indicators": {
        "fi": "Kertoimen mittarit",
        "sv": "Koefficientens indikatorer",
        "en": "The incentive's indicators",
    },
    "incentive_role": {"fi": "Rooli", "sv": "Roll", "en": "Role"},
    "incentive_process": {"fi": "prosessimittari", "sv": "processindikator", "en": "process"},
    "incentive_outcome": {"fi": "tulosmittari", "sv": "resultatindikator", "en": "outcome"},
    "incentive_no_indicators": {
        "fi": "Yhtään mittaria ei ole merkitty kertoimen mittariksi (indicators.yaml: incentive).",
        "sv": "Ingen indikator är märkt som koefficientens indikator (indicators.yaml: incentive).",
        "en": "No indicator is tagged as one of the incentive's (indicators.yaml: incentive).",
    },
    "incentive_checklist": {
        "fi": "Omista asiakirjoista riippuvat kohdat",
        "sv": "Punkter som beror på egna dokument",
        "en": "Items that depend on our own documents",
    },
    "incentive_item": {"fi": "Kohta", "sv": "Punkt", "en": "Item"},
    "incentive_met": {"fi": "täyttyy", "sv": "uppfylld", "en": "met"},
    "incentive_not_met": {"fi": "ei täyty", "sv": "inte uppfylld", "en": "not met"},
    "incentive_evidence": {"fi": "Peruste", "sv": "Grund", "en": "Evidence"},
    "incentive_region_note": {
        "fi": "Hyvinvointialueen kerroin lasketaan pelkistä mittareista; omista asiakirjoista "
        "riippuvia kohtia ei ole.",
        "sv": "Välfärdsområdets koefficient beräknas enbart utifrån indikatorer; det finns inga "
        "punkter som beror på egna dokument.",
        "en": "The welfare region's incentive is computed from indicators only; no item "
        "depends on its own documents.",
    },
    "incentive_source": {"fi": "Lähde", "sv": "Källa", "en": "Source"},
    "incentive_change": {
        "fi": "Muutos kahden viimeisimmän arvon välillä",
        "sv": "Förändring mellan de två senaste värdena",
        "en": "Change between the two latest values",
    },
    "incentive_improving": {
        "fi": "parantunut {start}–{end}",
        "sv": "förbättrats {start}–{end}",
        "en": "improved {start}–{end}",
    },
    "incentive_worsening": {
        "fi": "heikentynyt {start}–{end}",
        "sv": "försämrats {start}–{end}",
        "en": "worsened {start}–{end}",
    },
    "incentive_unchanged": {
        "fi": "ennallaan {start}–{end}",
        "sv": "oförändrad {start}–{end}",
        "en": "unchanged {start}–{end}",
    },
    "incentive_facts": {
        "fi": "Hyvinvoinnin edistämisen rakenteet (HYTE-kerroin)",
        "sv": "Strukturer för främjande av välfärd (HYTE-koefficienten)",
        "en": "Structures for promoting wellbeing (the hyte incentive)",
    },
    "incentive_coordinator": {
        "fi": "Hyvinvointikoordinaattori",
        "sv": "Välfärdskoordinator",
        "en": "Wellbeing coordinator",
    },
    "incentive_budget": {
        "fi": "Tavoitteet ja mittarit talousarviossa",
        "sv": "Mål och indikatorer i budgeten",
        "en": "Goals and indicators in the budget",
    },
    "incentive_audit_evaluation": {
        "fi": "Tarkastuslautakunnan arvio",
        "sv": "Revisionsnämndens utvärdering",
        "en": "The audit committee's evaluation",
    },
    "incentive_physical_activity": {
        "fi": "Lasten ja nuorten liikunnan raportointi",
        "sv": "Rapportering av barns och ungas fysiska aktivitet",
        "en": "Reporting children's and young people's physical activity",
    },
    # --- end of the annual report's block ---
}


def labels_for(lang: str) -> dict[str, str]:
    """All fixed texts in ``lang`` (fi, sv or en)."""
    return {key: texts[lang] for key, texts in LABELS.items()}
