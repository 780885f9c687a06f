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
        "fi": "ei omia lukuja",
        "sv": "inga egna siffror",
        "en": "no figures of its own",
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
    # the wellbeing report part (issue 9, wellbeing report; templates/report/)
    "report_municipality": {
        "fi": "hyvinvointikertomus ja -suunnitelma",
        "sv": "välfärdsberättelse och välfärdsplan",
        "en": "wellbeing report and plan",
    },
    "report_region": {
        "fi": "alueellinen hyvinvointikertomus ja -suunnitelma",
        "sv": "regional välfärdsberättelse och välfärdsplan",
        "en": "regional wellbeing report and plan",
    },
    "key_figures": {"fi": "Keskeiset luvut", "sv": "Nyckeltal", "en": "Key figures"},
    "report_background": {
        "fi": "Tausta, tarkoitus ja tavoitteet",
        "sv": "Bakgrund, syfte och mål",
        "en": "Background, purpose and goals",
    },
    "cooperation_municipality": {
        "fi": "Yhteistyö hyvinvointialueen kanssa",
        "sv": "Samarbete med välfärdsområdet",
        "en": "Cooperation with the wellbeing services county",
    },
    "strategy_budget": {
        "fi": "Kytkentä strategiaan ja talousarvioon",
        "sv": "Koppling till strategin och budgeten",
        "en": "Link to the strategy and the budget",
    },
    "yearly_reporting": {
        "fi": "Vuosittainen raportointi",
        "sv": "Årlig rapportering",
        "en": "Yearly reporting",
    },
    "population_wellbeing": {
        "fi": "Väestön hyvinvointi ja terveys",
        "sv": "Befolkningens välfärd och hälsa",
        "en": "The population's wellbeing and health",
    },
    "population_rule": {
        "fi": "Taulukoissa on viimeisin arvo vuosineen, hyvinvointialueen ja koko maan arvo "
        "samalta vuodelta sekä arvo edellisen valtuustokauden alussa: vuonna {year} tai, jos "
        "sitä ei ole, viimeisin sitä edeltävä. Kehitystä arvioidaan vertaamalla viimeisintä "
        "arvoa tähän arvoon.",
        "sv": "Tabellerna visar det senaste värdet med år, välfärdsområdets och hela landets "
        "värde samma år och värdet i början av föregående fullmäktigeperiod: år {year} eller, om "
        "det saknas, det senaste före det. Utvecklingen bedöms genom att jämföra det senaste "
        "värdet med detta värde.",
        "en": "The tables show the latest value with its year, the wellbeing services county's "
        "and the whole country's value of the same year, and the value at the start of the "
        "previous council term: in {year} or, where there is none, the last one before it. The "
        "trend compares the latest value with that value.",
    },
    "previous_term_start": {
        "fi": "Edellisen kauden alussa",
        "sv": "I början av föregående period",
        "en": "At the start of the previous term",
    },
    "population_group": words("population_group", capital=True),
    "pg_lapset-nuoret": words("children_young", capital=True),
    "pg_tyoikaiset": words("working_age", capital=True),
    "pg_ikaantyneet": words("older_people", capital=True),
    "clearly_better": {
        "fi": "selvästi parempi kuin koko maassa",
        "sv": "klart bättre än i hela landet",
        "en": "clearly better than in the whole country",
    },
    "clearly_worse": {
        "fi": "selvästi heikompi kuin koko maassa",
        "sv": "klart sämre än i hela landet",
        "en": "clearly worse than in the whole country",
    },
    "since_improving": {
        "fi": "parantunut vuodesta {year}",
        "sv": "förbättrats sedan {year}",
        "en": "improved since {year}",
    },
    "since_worsening": {
        "fi": "heikentynyt vuodesta {year}",
        "sv": "försämrats sedan {year}",
        "en": "worsened since {year}",
    },
    "since_unchanged": {
        "fi": "ennallaan vuodesta {year}",
        "sv": "oförändrad sedan {year}",
        "en": "unchanged since {year}",
    },
    "since_clearly_improving": {
        "fi": "parantunut selvästi vuodesta {year}",
        "sv": "klart förbättrats sedan {year}",
        "en": "clearly improved since {year}",
    },
    "since_clearly_worsening": {
        "fi": "heikentynyt selvästi vuodesta {year}",
        "sv": "klart försämrats sedan {year}",
        "en": "clearly worsened since {year}",
    },
    "strengths_and_development": {
        "fi": "Vahvuudet ja kehittämiskohteet",
        "sv": "Styrkor och utvecklingsområden",
        "en": "Strengths and development areas",
    },
    "strengths": words("strength", plural=True, capital=True),
    "development_areas": words("development_area", plural=True, capital=True),
    "written_conclusions": {
        "fi": "Valmistelijoiden johtopäätökset",
        "sv": "Beredarnas slutsatser",
        "en": "Conclusions of the preparers",
    },
    "no_written_conclusions": {
        "fi": "Valmistelijat eivät ole vielä kirjanneet johtopäätöksiä.",
        "sv": "Beredarna har ännu inte skrivit några slutsatser.",
        "en": "The preparers have not written their conclusions yet.",
    },
    "computed_candidates": {
        "fi": "Luvuista lasketut ehdotukset",
        "sv": "Förslag beräknade ur siffrorna",
        "en": "Candidates computed from the figures",
    },
    "candidate_rule": {
        "fi": "Vahvuudeksi ehdotetaan mittaria, jonka viimeisin arvo on selvästi parempi kuin "
        "koko maassa tai on parantunut selvästi vuodesta {year}; kehittämiskohteeksi mittaria, "
        "jonka arvo on selvästi heikompi kuin koko maassa tai on heikentynyt selvästi. Selvä ero "
        "on vähintään {threshold}\u00a0% vertailuarvosta, kun luvut on pyöristetty taulukon "
        "tarkkuuteen, ja parempi tarkoittaa mittarin suunnan mukaan pienempää tai suurempaa "
        "arvoa. Ehdotukset eivät korvaa valmistelijoiden johtopäätöksiä.",
        "sv": "Som styrka föreslås en indikator vars senaste värde är klart bättre än i hela "
        "landet eller har förbättrats klart sedan {year}; som utvecklingsområde en indikator "
        "vars värde är klart sämre än i hela landet eller har försämrats klart. En klar skillnad "
        "är minst {threshold}\u00a0% av jämförelsevärdet, när värdena har avrundats som i tabellen, "
        "och bättre betyder ett lägre eller högre värde enligt indikatorns riktning. Förslagen "
        "ersätter inte beredarnas slutsatser.",
        "en": "A strength is suggested for an indicator whose latest value is clearly better "
        "than the whole country's or has clearly improved since {year}; a development area for "
        "one that is clearly worse than the whole country's or has clearly worsened. A clear "
        "difference is at least {threshold}% of the value compared with, after both are rounded "
        "as the table shows them, and better means lower or higher as the indicator's direction "
        "says. The candidates do not replace the preparers' conclusions.",
    },
    "no_candidates": {
        "fi": "Yksikään mittari ei täytä ehtoa.",
        "sv": "Ingen indikator uppfyller villkoret.",
        "en": "No indicator meets the rule.",
    },
    "municipal_comparison": {
        "fi": "Kuntien vertailu",
        "sv": "Jämförelse mellan kommunerna",
        "en": "Comparison of the municipalities",
    },
    "comparison_intro": {
        "fi": "Keskeisten mittareiden arvot kunnittain, hyvinvointialueella ja koko maassa "
        "samalta vuodelta (vuosi sarakkeen otsikossa). Tyhjä solu: ei tietoa.",
        "sv": "Nyckelindikatorernas värden per kommun, i välfärdsområdet och i hela landet "
        "samma år (året i kolumnrubriken). Tom cell: uppgift saknas.",
        "en": "The key indicators' values by municipality, in the wellbeing services county and "
        "in the whole country, of the same year (the year is in the column heading). An empty "
        "cell: no data.",
    },
    # target groups (model.TargetGroup)
    "tg_lapset": {"fi": "lapset", "sv": "barn", "en": "children"},
    "tg_nuoret": {"fi": "nuoret", "sv": "unga", "en": "young people"},
    "tg_lapsiperheet": {"fi": "lapsiperheet", "sv": "barnfamiljer", "en": "families with children"},
    "tg_tyoikaiset": {"fi": "työikäiset", "sv": "personer i arbetsför ålder", "en": "working-age"},
    "tg_ikaantyneet": {"fi": "ikääntyneet", "sv": "äldre", "en": "older people"},
    "tg_erityisryhmat": {"fi": "erityisryhmät", "sv": "särskilda grupper", "en": "special groups"},
    "tg_kaikki": {"fi": "kaikki", "sv": "alla", "en": "everyone"},
    # --- issue 10, negotiations: the negotiation pack and the municipality cards
    # (yearly/negotiations.py, templates/negotiations.md.j2, templates/card.md.j2)
    "neg_title": {
        "fi": "Hyte-neuvottelut {year}",
        "sv": "Förhandlingar om välfärd och hälsa {year}",
        "en": "Wellbeing negotiations {year}",
    },
    "neg_subtitle": {
        "fi": "Neuvotteluaineisto: yhteenveto ja kuntakortit",
        "sv": "Förhandlingsmaterial: sammanfattning och kommunkort",
        "en": "Negotiation material: summary and municipality cards",
    },
    "neg_intro": {
        "fi": "Hyvinvointialueen on neuvoteltava vähintään kerran vuodessa alueensa kuntien kanssa "
        "hyvinvoinnin ja terveyden edistämisen tavoitteista, toimenpiteistä, yhteistyöstä ja "
        "seurannasta (laki 612/2021, 7 §), ja kunnan on osallistuttava neuvotteluihin (6 §). "
        "Tämä aineisto kokoaa yhteiset toimenpiteet ja niiden toteutumisen tilan vuonna {year}, "
        "kuntien keskeiset mittarit sekä kuntakortit, joihin neuvottelun vastaukset kirjataan.",
        "sv": "Välfärdsområdet ska minst en gång om året förhandla med kommunerna i området om "
        "mål, åtgärder, samarbete och uppföljning för att främja välfärd och hälsa (lag "
        "612/2021, 7 §), och kommunen ska delta i förhandlingarna (6 §). Detta material samlar "
        "de gemensamma åtgärderna och deras genomförandestatus år {year}, kommunernas centrala "
        "mätare samt kommunkorten där förhandlingens svar antecknas.",
        "en": "The wellbeing services county must negotiate at least once a year with its "
        "municipalities on the goals, actions, cooperation and follow-up of promoting wellbeing "
        "and health (Act 612/2021, section 7), and a municipality must take part (section 6). "
        "This material brings together the joint actions and their status in {year}, the "
        "municipalities' key indicators and the municipality cards on which the answers are "
        "recorded.",
    },
    "neg_summary": {"fi": "Yhteenveto", "sv": "Sammanfattning", "en": "Summary"},
    "neg_matrix": {
        "fi": "Yhteiset toimenpiteet ja kunnat",
        "sv": "Gemensamma åtgärder och kommuner",
        "en": "Joint actions and municipalities",
    },
    "neg_matrix_intro": {
        "fi": "Taulukko näyttää jokaisen yhteisen toimenpiteen toteutumisen tilan vuonna {year} "
        "niiden kuntien kohdalla, jotka osallistuvat siihen; viiva tarkoittaa, ettei kunta "
        "osallistu. Yhteisen toimenpiteen tilan kirjaa hyvinvointialue kerran kaikkien puolesta.",
        "sv": "Tabellen visar varje gemensam åtgärds genomförandestatus år {year} för de "
        "kommuner som deltar i den; ett streck betyder att kommunen inte deltar. Välfärdsområdet "
        "anger statusen för en gemensam åtgärd en gång för alla.",
        "en": "The table shows the status of every joint action in {year} for the "
        "municipalities that take part in it; a dash means the municipality does not take part. "
        "The wellbeing services county records a joint action's status once for all.",
    },
    "neg_no_status": {"fi": "ei kirjattu", "sv": "inte angiven", "en": "not recorded"},
    "neg_not_scheduled": {
        "fi": "ei aikataulussa",
        "sv": "inte planerad i år",
        "en": "not scheduled",
    },
    "neg_differences": {
        "fi": "Mittarit, joilla kunta eroaa eniten hyvinvointialueesta",
        "sv": "Mätare där kommunen skiljer sig mest från välfärdsområdet",
        "en": "Indicators on which a municipality differs most from the region",
    },
    "neg_difference_rule": {
        "fi": "Ero lasketaan kunnan viimeisimmästä arvosta ja hyvinvointialueen saman vuoden "
        "arvosta sellaisina kuin ne taulukoissa näkyvät (pyöristettyinä): suhteellinen ero = "
        "(kunta − hyvinvointialue) / hyvinvointialue. Kustakin kunnasta luetellaan enintään "
        "{count} mittaria, joilla suhteellinen ero on suurin ja vähintään {minimum} %. Onko ero "
        "parempi vai heikompi, riippuu mittarin suunnasta (onko pienempi vai suurempi arvo "
        "parempi).",
        "sv": "Skillnaden räknas från kommunens senaste värde och välfärdsområdets värde samma "
        "år så som de visas i tabellerna (avrundade): relativ skillnad = (kommunen − "
        "välfärdsområdet) / välfärdsområdet. För varje kommun listas högst {count} mätare med "
        "den största relativa skillnaden, minst {minimum} %. Om skillnaden är bättre eller "
        "sämre beror på mätarens riktning (om ett lägre eller högre värde är bättre).",
        "en": "The difference is computed from the municipality's latest value and the "
        "region's value of the same year as the tables print them (rounded): relative "
        "difference = (municipality − region) / region. For each municipality at most {count} "
        "indicators are listed, those with the largest relative difference of at least "
        "{minimum} %. Whether a difference is better or worse depends on the indicator's "
        "direction (whether a lower or a higher value is better).",
    },
    "neg_no_differences": {
        "fi": "Yhdelläkään kunnalla ei ole mittaria, jolla ero hyvinvointialueeseen olisi "
        "vähintään {minimum} %.",
        "sv": "Ingen kommun har en mätare där skillnaden mot välfärdsområdet är minst {minimum} %.",
        "en": "No municipality has an indicator that differs from the region by {minimum} % or more.",
    },
    "neg_difference": {
        "fi": "Ero hyvinvointialueeseen",
        "sv": "Skillnad mot välfärdsområdet",
        "en": "Difference from the region",
    },
    "neg_better": {"fi": "parempi", "sv": "bättre", "en": "better"},
    "neg_worse": {"fi": "heikompi", "sv": "sämre", "en": "worse"},
    "neg_records": {
        "fi": "Neuvottelujen kirjaukset {year}",
        "sv": "Anteckningar från förhandlingarna {year}",
        "en": "Records of the negotiations {year}",
    },
    "neg_previous": {
        "fi": "Edellisen vuoden ({year}) neuvotteluissa sovittu",
        "sv": "Överenskommet i förra årets förhandlingar ({year})",
        "en": "Agreed in last year's negotiations ({year})",
    },
    "neg_cards": {"fi": "Kuntakortit", "sv": "Kommunkort", "en": "Municipality cards"},
    "card_title": {
        "fi": "Kuntakortti {year}",
        "sv": "Kommunkort {year}",
        "en": "Municipality card {year}",
    },
    "card_joint": {
        "fi": "Yhteiset toimenpiteet hyvinvointialueen kanssa",
        "sv": "Gemensamma åtgärder med välfärdsområdet",
        "en": "Joint actions with the wellbeing services county",
    },
    "card_no_joint": {
        "fi": "Kunta ei osallistu yhteisiin toimenpiteisiin.",
        "sv": "Kommunen deltar inte i några gemensamma åtgärder.",
        "en": "The municipality takes part in no joint action.",
    },
    "card_own": {
        "fi": "Kunnan omat toimenpiteet toteutumisen tilan mukaan",
        "sv": "Kommunens egna åtgärder enligt genomförandestatus",
        "en": "The municipality's own actions by status",
    },
    "card_no_own": {
        "fi": "Kunnalla ei ole omaa suunnitelmaa tässä työtilassa.",
        "sv": "Kommunen har ingen egen plan i denna arbetsyta.",
        "en": "The municipality keeps no plan of its own in this workspace.",
    },
    "card_without_status": {
        "fi": "ilman tilaa, vaikka aikataulussa",
        "sv": "utan status fast planerade",
        "en": "scheduled but without status",
    },
    "card_total": {"fi": "Yhteensä", "sv": "Totalt", "en": "Total"},
    "card_count": {"fi": "Lukumäärä", "sv": "Antal", "en": "Number"},
    "card_indicators": {
        "fi": "Keskeiset mittarit",
        "sv": "Centrala mätare",
        "en": "Key indicators",
    },
    "card_indicators_rule": {
        "fi": "Mittarit, joilla kunta eroaa eniten hyvinvointialueesta (sääntö yhteenvedossa), "
        "enintään {count}.",
        "sv": "Mätarna där kommunen skiljer sig mest från välfärdsområdet (regeln i "
        "sammanfattningen), högst {count}.",
        "en": "The indicators on which the municipality differs most from the region (the rule "
        "is in the summary), at most {count}.",
    },
    "card_questions": {
        "fi": "Neuvottelun kysymykset",
        "sv": "Förhandlingens frågor",
        "en": "The negotiation's questions",
    },
    "card_questions_intro": {
        "fi": "Kustakin yhteisestä toimenpiteestä kysytään kaksi kysymystä:",
        "sv": "Om varje gemensam åtgärd ställs två frågor:",
        "en": "Two questions are asked about every joint action:",
    },
    "q_cooperation": {
        "fi": "Näkyykö toimenpiteessä aito yhdyspintatyö eli yhteistyö, ja mitä poistaisit tai "
        "lisäisit?",
        "sv": "Syns verkligt samarbete över gränserna i åtgärden, och vad skulle du ta bort "
        "eller lägga till?",
        "en": "Does the action show real cooperation across organisations, and what would you "
        "remove or add?",
    },
    "q_change": {
        "fi": "Saadaanko toimenpiteellä muutoksia aikaan vuoteen {end} mennessä?",
        "sv": "Leder åtgärden till förändringar före år {end}?",
        "en": "Will the action change things by {end}?",
    },
    "q_cooperation_short": {
        "fi": "1. Aito yhteistyö?",
        "sv": "1. Verkligt samarbete?",
        "en": "1. Real cooperation?",
    },
    "q_change_short": {
        "fi": "2. Muutos vuoteen {end} mennessä?",
        "sv": "2. Förändring före {end}?",
        "en": "2. Change by {end}?",
    },
    "card_record": {
        "fi": "Neuvottelun kirjaus",
        "sv": "Anteckningar från förhandlingen",
        "en": "Record of the negotiation",
    },
    "card_no_record": {
        "fi": "Neuvottelua ei ole vielä kirjattu: vastaukset kirjoitetaan viivoille.",
        "sv": "Förhandlingen har ännu inte antecknats: svaren skrivs på linjerna.",
        "en": "The negotiation is not recorded yet: write the answers on the lines.",
    },
    "card_recorded": {
        "fi": "Vastaukset ovat neuvottelun kirjauksesta {date}; koko kirjaus on neuvotteluaineiston "
        "yhteenvedossa.",
        "sv": "Svaren kommer från anteckningarna från förhandlingen {date}; hela anteckningen finns "
        "i sammanfattningen av förhandlingsmaterialet.",
        "en": "The answers are from the record of the negotiation of {date}; the whole record is in "
        "the summary of the negotiation material.",
    },
    "annual_no_negotiations": {
        "fi": "Vuoden {year} hyte-neuvotteluista ei ole kirjausta (negotiations/-kansio).",
        "sv": "Det finns inga anteckningar från förhandlingarna {year} (mappen negotiations/).",
        "en": "There is no record of the {year} negotiations (the negotiations/ folder).",
    },
    "neg_participants": {"fi": "Osallistujat", "sv": "Deltagare", "en": "Participants"},
    "neg_agreed": {
        "fi": "Sovitut muutokset",
        "sv": "Överenskomna ändringar",
        "en": "Agreed changes",
    },
    "neg_next_steps": {"fi": "Seuraavat askeleet", "sv": "Nästa steg", "en": "Next steps"},
    "neg_municipality": words("municipality", capital=True),
    # --- issue 9, branch `groupsdoc`: required indicator groups in the report part ---------
    "indicator_group": words("indicator_group", capital=True),
    "required_groups": {
        "fi": "Vaaditut mittariryhmät",
        "sv": "Obligatoriska indikatorgrupper",
        "en": "Required indicator groups",
    },
    "required_groups_intro": {
        "fi": "Hyvinvointialue edellyttää näiden mittariryhmien mittarit jokaisessa kunnan "
        "hyvinvointikertomuksessa. Rivi ilman kunnan omaa arvoa näyttää, mikä tieto puuttuu.",
        "sv": "Välfärdsområdet kräver dessa indikatorgruppers indikatorer i varje kommuns "
        "välfärdsberättelse. En rad utan kommunens eget värde visar vilken uppgift som saknas.",
        "en": "The wellbeing services county requires these indicator groups' indicators in "
        "every municipal wellbeing report. A row without the municipality's own value shows "
        "what is missing.",
    },
    "required_groups_intro_region": {
        "fi": "Hyvinvointialue edellyttää näiden mittariryhmien mittarit kuntien "
        "hyvinvointikertomuksissa. Taulukot näyttävät hyvinvointialueen omat luvut.",
        "sv": "Välfärdsområdet kräver dessa indikatorgruppers indikatorer i kommunernas "
        "välfärdsberättelser. Tabellerna visar välfärdsområdets egna siffror.",
        "en": "The wellbeing services county requires these indicator groups' indicators in "
        "the municipal wellbeing reports. The tables show the county's own figures.",
    },
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
