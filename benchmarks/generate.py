"""Deterministic synthetic plan workspaces for the benchmarks (and one small test).

The data is shaped like real plans (Finnish text, a few Swedish translations, joint actions
with participants, decision histories, parties in organisations, units and groups) and is
meant to validate clean, so that the benchmarks time the normal path and not error reporting.

Three sizes:
- `tiny`: 1 region + 3 municipalities, for tests;
- `large-region`: 1 region + 30 municipal plans, about 1,200 actions;
- `country`: the whole country as it is really organised, one workspace per welfare region
  (22 organisers: 21 welfare regions and Helsinki), 308 municipalities, about 13,000 actions.

The same arguments always give byte-identical files (a seeded `random.Random`, no clock).

    python benchmarks/generate.py [--out benchmarks/workspaces] [tiny|large-region|country ...]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "workspaces"
TERM = (2026, 2029)

# --- vocabulary -------------------------------------------------------------------------------

# The 21 welfare regions and Helsinki, with their Sotkanet IDs (956-978 minus the old HUS area).
REGIONS: list[tuple[str, str, str, int]] = [
    ("helsinki", "Helsingin kaupunki", "Helsingfors stad", 0),
    ("ita-uusimaa", "Itä-Uudenmaan hyvinvointialue", "Östra Nylands välfärdsområde", 956),
    ("keski-uusimaa", "Keski-Uudenmaan hyvinvointialue", "Mellersta Nylands välfärdsområde", 957),
    ("lansi-uusimaa", "Länsi-Uudenmaan hyvinvointialue", "Västra Nylands välfärdsområde", 958),
    ("vantaa-kerava", "Vantaan ja Keravan hyvinvointialue", "Vanda och Kervo välfärdsområde", 959),
    (
        "varsinais-suomi",
        "Varsinais-Suomen hyvinvointialue",
        "Egentliga Finlands välfärdsområde",
        960,
    ),
    ("satakunta", "Satakunnan hyvinvointialue", "Satakunta välfärdsområde", 961),
    ("kanta-hame", "Kanta-Hämeen hyvinvointialue", "Egentliga Tavastlands välfärdsområde", 962),
    ("pirkanmaa", "Pirkanmaan hyvinvointialue", "Birkalands välfärdsområde", 963),
    ("paijat-hame", "Päijät-Hämeen hyvinvointialue", "Päijänne-Tavastlands välfärdsområde", 964),
    ("kymenlaakso", "Kymenlaakson hyvinvointialue", "Kymmenedalens välfärdsområde", 965),
    ("etela-karjala", "Etelä-Karjalan hyvinvointialue", "Södra Karelens välfärdsområde", 966),
    ("etela-savo", "Etelä-Savon hyvinvointialue", "Södra Savolax välfärdsområde", 967),
    ("pohjois-savo", "Pohjois-Savon hyvinvointialue", "Norra Savolax välfärdsområde", 968),
    ("pohjois-karjala", "Pohjois-Karjalan hyvinvointialue", "Norra Karelens välfärdsområde", 969),
    ("keski-suomi", "Keski-Suomen hyvinvointialue", "Mellersta Finlands välfärdsområde", 970),
    (
        "etela-pohjanmaa",
        "Etelä-Pohjanmaan hyvinvointialue",
        "Södra Österbottens välfärdsområde",
        971,
    ),
    ("pohjanmaa", "Pohjanmaan hyvinvointialue", "Österbottens välfärdsområde", 972),
    (
        "keski-pohjanmaa",
        "Keski-Pohjanmaan hyvinvointialue",
        "Mellersta Österbottens välfärdsområde",
        973,
    ),
    (
        "pohjois-pohjanmaa",
        "Pohjois-Pohjanmaan hyvinvointialue",
        "Norra Österbottens välfärdsområde",
        974,
    ),
    ("kainuu", "Kainuun hyvinvointialue", "Kajanalands välfärdsområde", 975),
    ("lappi", "Lapin hyvinvointialue", "Lapplands välfärdsområde", 976),
]
# Municipalities per organiser, roughly as in Finland (the issue asks for 308 in all).
COUNTRY_MUNICIPALITIES = [
    1,
    7,
    8,
    10,
    2,
    27,
    16,
    11,
    30,
    10,
    6,
    9,
    12,
    19,
    13,
    22,
    18,
    14,
    8,
    30,
    8,
    27,
]
assert sum(COUNTRY_MUNICIPALITIES) == 308 and len(COUNTRY_MUNICIPALITIES) == len(REGIONS)

SYLLABLES = [
    "ka",
    "la",
    "jo",
    "ki",
    "ve",
    "sa",
    "ta",
    "ro",
    "mu",
    "pe",
    "hä",
    "lu",
    "ni",
    "vi",
    "ra",
    "to",
    "ko",
    "pu",
    "sii",
    "lin",
    "jär",
    "ii",
    "su",
    "va",
    "ur",
    "nur",
    "mä",
    "kan",
    "kuo",
    "pie",
    "ma",
    "ho",
    "rau",
    "lah",
    "hei",
]
ENDINGS = [
    "la",
    "lä",
    "nen",
    "vesi",
    "järvi",
    "koski",
    "salmi",
    "mäki",
    "niemi",
    "joki",
    "harju",
    "saari",
    "vaara",
    "lahti",
    "ranta",
    "kylä",
]

# (id, fi title, sv title or None, goals: (suffix, fi title, target groups))
FOCUS_AREAS: list[tuple[str, str, str | None, list[tuple[str, str, list[str]]]]] = [
    (
        "vanhemmuus",
        "Vanhemmuuden taidot",
        "Föräldraskap",
        [
            ("perheet", "Lapsiperheiden arjen voimavarat vahvistuvat", ["lapsiperheet"]),
            ("lapset", "Varhaiskasvatuksen ja neuvolan yhteistyö tiivistyy", ["lapset"]),
            ("erotilanteet", "Eroperheet saavat tukea varhain", ["lapsiperheet"]),
        ],
    ),
    (
        "elintavat",
        "Elintavat",
        "Levnadsvanor",
        [
            ("nuoret", "Nuorten ylipaino vähenee", ["nuoret"]),
            ("tyoikaiset", "Työikäisten liikkuminen lisääntyy", ["tyoikaiset"]),
            ("ikaantyneet", "Ikääntyneiden toimintakyky säilyy", ["ikaantyneet"]),
            ("lapset", "Lasten liikkuminen lisääntyy", ["lapset"]),
        ],
    ),
    (
        "mielenterveys",
        "Mielenterveystaidot",
        "Psykisk hälsa",
        [
            ("nuoret", "Nuorten yksinäisyys vähenee", ["nuoret"]),
            ("tyoikaiset", "Työikäisten psyykkinen kuormitus vähenee", ["tyoikaiset"]),
            ("ikaantyneet", "Ikääntyneiden yksinäisyys vähenee", ["ikaantyneet"]),
        ],
    ),
    (
        "riippuvuudet",
        "Riippuvuudet",
        "Beroenden",
        [
            ("nuoret", "Nuorten päihteiden käyttö vähenee", ["nuoret"]),
            ("aikuiset", "Alkoholin riskikäyttö vähenee", ["tyoikaiset"]),
            ("rahapelit", "Rahapelihaitat vähenevät", ["kaikki"]),
        ],
    ),
    (
        "turvallisuus",
        "Väkivalta ja tapaturmat",
        "Våld och olycksfall",
        [
            ("kiusaaminen", "Koulukiusaaminen vähenee", ["lapset", "nuoret"]),
            ("kaatumiset", "Ikääntyneiden kaatumiset vähenevät", ["ikaantyneet"]),
            ("lahisuhde", "Lähisuhdeväkivalta tunnistetaan varhain", ["kaikki"]),
        ],
    ),
    (
        "osallisuus",
        "Osallisuus",
        "Delaktighet",
        [
            ("nuoret", "Nuorten osallisuus vahvistuu", ["nuoret"]),
            ("tyottomat", "Pitkäaikaistyöttömien osallisuus vahvistuu", ["tyoikaiset"]),
            ("jarjestot", "Järjestöyhteistyö vakiintuu", ["kaikki"]),
        ],
    ),
    (
        "tietojohtaminen",
        "Tiedolla johtaminen",
        "Kunskapsbaserad ledning",
        [
            ("seuranta", "Hyvinvointitieto ohjaa päätöksiä", ["kaikki"]),
            ("arviointi", "Ennakkoarviointi on osa valmistelua", ["kaikki"]),
        ],
    ),
]

# Real Sotkanet indicators (DOMAIN.md) and plausible others.
SOTKANET: list[tuple[int, str, str, str]] = [
    (3906, "Ylipaino, % 8. ja 9. luokan oppilaista", "%", "lower"),
    (234, "Toimeentulotukea pitkäaikaisesti saaneet 25-64-vuotiaat, %", "%", "lower"),
    (3219, "Koulutuksen ulkopuolelle jääneet 17-24-vuotiaat, %", "%", "lower"),
    (306, "Työkyvyttömyyseläkettä saavat 25-64-vuotiaat, %", "%", "lower"),
    (
        3959,
        "Kaatumisiin ja putoamisiin liittyvät hoitojaksot 65 vuotta täyttäneillä / 10 000",
        "per 10 000",
        "lower",
    ),
    (699, "Lonkkamurtumat 65 vuotta täyttäneillä, %", "%", "lower"),
    (1514, "Koulukiusattuna vähintään kerran viikossa, % 8. ja 9. lk", "%", "lower"),
    (292, "Ei yhtään läheistä ystävää, % 8. ja 9. lk", "%", "lower"),
    (4284, "Itsensä yksinäiseksi tuntevien osuus (%)", "%", "lower"),
    (289, "Tosi humalassa vähintään kerran kuukaudessa, % 8. ja 9. lk", "%", "lower"),
]
INDICATOR_TOPICS = [
    "liikkuu suositusten mukaan",
    "kokee terveytensä hyväksi",
    "harrastaa viikoittain",
    "on tyytyväinen elämäänsä",
    "käyttää nuuskaa",
    "kokee osallisuutta",
    "on ollut kuukauden työttömänä",
    "asuu yksin",
    "saa kotihoitoa",
    "kokee arjen turvalliseksi",
    "tupakoi päivittäin",
    "nukkuu liian vähän",
]
INDICATOR_GROUPS = [
    "8. ja 9. luokan oppilaista",
    "lukion 1. ja 2. vuoden opiskelijoista",
    "20-64-vuotiaista",
    "75 vuotta täyttäneistä",
    "4. ja 5. luokan oppilaista",
]

ACTION_TOPICS = [
    "Liikuntaneuvonnan",
    "Perhekeskuksen",
    "Koulupsykologien",
    "Nuorisotyön",
    "Etsivän nuorisotyön",
    "Kotihoidon",
    "Kirjaston",
    "Päihdetyön",
    "Järjestöjen",
    "Kulttuuripalvelujen",
    "Varhaiskasvatuksen",
    "Työllisyyspalvelujen",
    "Ruokapalvelujen",
    "Seurakunnan",
    "Vammaispalvelujen",
    "Kotouttamisen",
    "Asumisneuvonnan",
    "Ikäneuvolan",
    "Opiskeluhuollon",
    "Oppilashuollon",
    "Mielenterveysseuran",
    "Liikuntaseurojen",
    "Vapaaehtoistoiminnan",
    "Kylätoimikuntien",
    "Urheiluseurojen",
    "Hyvinvointikoordinaattorin",
    "Nuorisovaltuuston",
    "Vanhusneuvoston",
    "Vammaisneuvoston",
    "Poliisin",
    "Pelastuslaitoksen",
    "Sosiaalityön",
    "Terveysneuvonnan",
    "Kuntoutuksen",
    "Kansalaisopiston",
    "Kesätyöllistämisen",
    "Palveluohjauksen",
    "Vertaistuen",
]
ACTION_FORMS = [
    "yhteinen palveluketju",
    "jalkautuva toimintamalli",
    "matalan kynnyksen tapaamiset",
    "digitaalinen ajanvaraus",
    "kyläkierrokset",
    "vertaisryhmät",
    "teemaviikot",
    "koulutuskokonaisuus",
    "verkostotapaamiset",
    "kokeilukausi",
    "yhteinen kalenteri",
    "ohjausmalli",
    "infotilaisuudet",
    "kumppanuussopimus",
    "kotikäynnit",
    "avoimet iltapäivät",
    "harrastustakuu",
    "kesäleirit",
    "mentorointi",
    "palautekysely",
    "toimintasuunnitelma",
    "yhteistyöryhmä",
    "puheeksiotto",
    "hyvinvointipassi",
    "etäryhmät",
    "liikkuva kerho",
    "vapaaehtoisverkosto",
    "kehittämishanke",
    "tiedotuskampanja",
    "tilannekuva",
]
ACTION_PLACES = [
    "kouluissa",
    "kylätaloilla",
    "kirjastoissa",
    "palvelutaloissa",
    "etänä",
    "nuorisotiloilla",
    "neuvoloissa",
    "työpaikoilla",
    "urheilukentillä",
    "kotona",
    "seurakuntataloilla",
    "kauppakeskuksissa",
    "terveysasemilla",
    "harrastuspaikoissa",
]
DESCRIPTION_PARTS = [
    "Toiminta suunnitellaan yhdessä asukkaiden ja järjestöjen kanssa.",
    "Palveluohjaus ohjaa asiakkaat oikeaan paikkaan ilman lähetettä.",
    "Kokeilusta kerätään palaute ja toimintaa muutetaan sen perusteella.",
    "Henkilöstö koulutetaan puheeksioton menetelmiin.",
    "Tavoitteena on tavoittaa erityisesti ne, jotka eivät nyt käytä palveluja.",
    "Toimintaa järjestetään myös iltaisin ja viikonloppuisin.",
    "Järjestöt saavat toimintaan avustusta hakemuksesta.",
    "Tulokset raportoidaan vuosittain hyvinvointikertomuksessa.",
    "Toiminta on maksutonta ja avointa kaikille.",
    "Yhteistyö sovitaan vuosittaisissa hyte-neuvotteluissa.",
]
RURAL_REACH = [
    "Toiminta kiertää kylillä ja on saatavilla etäyhteydellä.",
    "Kyläkierrokset kahdesti vuodessa jokaisessa kunnassa.",
    "Kuljetus järjestetään haja-asutusalueilta.",
    "Etäryhmät ja puhelinneuvonta tavoittavat syrjäkylät.",
]
RESOURCES = [
    "Nykyiset resurssit.",
    "0,5 henkilötyövuotta.",
    "Hankerahoitus 40 000 € vuodessa.",
    "Järjestöavustukset.",
    "Osa perustyötä.",
]
UNIT_NAMES = [
    ("hyte", "Hyvinvoinnin ja terveyden edistäminen"),
    ("liikunta", "Liikuntapalvelut"),
    ("sivistys", "Sivistyspalvelut"),
    ("nuoriso", "Nuorisopalvelut"),
    ("kulttuuri", "Kulttuuripalvelut"),
    ("tyollisyys", "Työllisyyspalvelut"),
    ("varhaiskasvatus", "Varhaiskasvatus"),
]
REGION_UNITS = [
    ("perhekeskus", "Perhekeskus"),
    ("elintapaohjaus", "Elintapaohjaus"),
    ("mielenterveys", "Mielenterveys- ja päihdepalvelut"),
    ("ikaantyneet", "Ikääntyneiden palvelut"),
    ("sosiaalityo", "Aikuissosiaalityö"),
    ("opiskeluhuolto", "Opiskeluhuolto"),
    ("kuntoutus", "Kuntoutus"),
    ("hyte", "Hyvinvoinnin ja terveyden edistämisen yksikkö"),
    ("jarjestoyhteistyo", "Järjestöyhteistyö"),
    ("pelastus", "Pelastuslaitos"),
]
GROUPS = [
    ("liikuntajarjestot", "Alueen liikuntaseurat ja -järjestöt"),
    ("sote-jarjestot", "Sosiaali- ja terveysjärjestöt"),
    ("seurakunnat", "Alueen seurakunnat"),
    ("nuorisojarjestot", "Nuorisojärjestöt"),
    ("kylayhdistykset", "Kyläyhdistykset"),
    ("oppilaitokset", "Toisen asteen oppilaitokset"),
    ("vaikuttamistoimielimet", "Vaikuttamistoimielimet"),
]
BODIES = [
    ("Hyvinvointilautakunta", "Merkitsi tiedoksi ja lähetti hallitukselle."),
    ("Kunnanhallitus", "Esitti valtuustolle hyväksyttäväksi."),
    ("Kunnanvaltuusto", "Hyväksyi suunnitelman."),
]


# --- helpers ----------------------------------------------------------------------------------


class Flow(list):  # type: ignore[type-arg]
    """A list written in flow style ([a, b]), as people write short ID lists."""


class Literal(str):
    """A long text written as a folded block (>-)."""


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    pass


_Dumper.add_representer(
    Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True)
)
_Dumper.add_representer(
    Literal, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style=">")
)


def dump(data: Any) -> str:
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )


def header(kind: str, comment: str, depth: int = 0) -> str:
    prefix = "../" * depth
    return f"# yaml-language-server: $schema={prefix}schemas/{kind}.schema.json\n#\n# {comment}\n\n"


def ascii_id(name: str) -> str:
    table = str.maketrans({"ä": "a", "ö": "o", "å": "a", "Ä": "a", "Ö": "o", "Å": "a", " ": "-"})
    return name.lower().translate(table)


def sv(rng: random.Random, fi: str, sv_text: str | None, share: float = 0.15) -> Any:
    """Mostly plain Finnish; sometimes {fi, sv} as bilingual plans write them."""
    if sv_text and rng.random() < share:
        return {"fi": fi, "sv": sv_text}
    return fi


@dataclass(frozen=True)
class MunicipalitySpec:
    id: str
    name: str
    code: int
    prefix: str  # action ID prefix, e.g. KUO


def municipality_names(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((1, 2, 2))))
        name = (stem + rng.choice(ENDINGS)).capitalize()
        if name not in taken and 5 <= len(name) <= 16:
            taken.add(name)
            names.append(name)
    return names


def make_municipalities(names: list[str], codes: list[int]) -> list[MunicipalitySpec]:
    out: list[MunicipalitySpec] = []
    prefixes: set[str] = set()
    for name, code in zip(names, codes):
        mid = ascii_id(name)
        prefix = mid[:3].upper()
        n = 2
        while prefix in prefixes:
            prefix = f"{mid[:3].upper()}{n}"
            n += 1
        prefixes.add(prefix)
        out.append(MunicipalitySpec(mid, name, code, prefix))
    return out


# --- one workspace ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RegionSpec:
    id: str
    name_fi: str
    name_sv: str
    sotkanet_id: int
    municipalities: list[MunicipalitySpec]
    regional_actions: int  # own actions of the region (not joint)
    joint_actions: int
    actions_per_municipality: int
    seed: int
    warnings: bool = False  # a few realistic quality warnings (Q002, Q009) in every plan


def region_workspace(spec: RegionSpec) -> dict[str, str]:
    """All files of one workspace, {relative path: text}."""
    rng = random.Random(spec.seed)
    start, end = TERM
    muns = spec.municipalities
    files: dict[str, str] = {}

    # hyteplan.yaml
    region: dict[str, Any] = {"id": spec.id, "name": {"fi": spec.name_fi, "sv": spec.name_sv}}
    if spec.sotkanet_id:
        region["sotkanet_id"] = spec.sotkanet_id
    workspace = {
        "format": 1,
        "example": True,
        "region": region,
        "term": f"{start}-{end}",
        "languages": Flow(["fi", "sv"]),
        "municipalities": [{"id": m.id, "name": f"{m.name}n kunta", "code": m.code} for m in muns],
        "rules": {"ignore": Flow([])},
    }
    files["hyteplan.yaml"] = header(
        "workspace", "Synthetic benchmark workspace (generated)."
    ) + dump(workspace)

    # parties.yaml: the region and its units, each municipality and its units, groups
    parties: list[dict[str, Any]] = [{"id": spec.id, "name": spec.name_fi, "organisation": spec.id}]
    region_units = [f"{spec.id}-{u}" for u, _ in REGION_UNITS]
    for (_, name), pid in zip(REGION_UNITS, region_units):
        parties.append(
            {"id": pid, "name": name, "kind": "unit", "parent": spec.id, "organisation": spec.id}
        )
    mun_units: dict[str, list[str]] = {}
    for m in muns:
        parties.append({"id": m.id, "name": f"{m.name}n kunta", "organisation": m.id})
        units = rng.sample(UNIT_NAMES, k=4)
        mun_units[m.id] = []
        for u, name in units:
            pid = f"{m.id}-{u}"
            mun_units[m.id].append(pid)
            parties.append(
                {
                    "id": pid,
                    "name": f"{m.name}n {name[0].lower()}{name[1:]}",
                    "kind": "unit",
                    "parent": m.id,
                    "organisation": m.id,
                }
            )
    group_ids = [g for g, _ in GROUPS]
    for g, name in GROUPS:
        parties.append({"id": g, "name": name, "kind": "group"})
    files["parties.yaml"] = header("parties", "Responsible parties and partners.") + dump(
        {"parties": parties}
    )

    # indicators.yaml: the real Sotkanet ones, then survey-style ones
    indicators: list[dict[str, Any]] = []
    for number, name, unit, direction in SOTKANET:
        indicators.append(
            _indicator(
                rng, f"sotkanet-{number}", name, {"kind": "sotkanet", "id": number}, unit, direction
            )
        )
    for i, topic in enumerate(INDICATOR_TOPICS):
        group = INDICATOR_GROUPS[i % len(INDICATOR_GROUPS)]
        good = topic.startswith(
            (
                "liikkuu",
                "kokee terveytensä",
                "harrastaa",
                "on tyytyväinen",
                "kokee osallisuutta",
                "kokee arjen",
            )
        )
        kind = (
            "kouluterveyskysely"
            if "oppilaista" in group or "opiskelijoista" in group
            else "sotkanet"
        )
        source: dict[str, Any] = {"kind": kind}
        if kind == "sotkanet":
            source["id"] = 5000 + i
        indicators.append(
            _indicator(
                rng,
                f"{'kts' if kind != 'sotkanet' else 'sotkanet'}-{5000 + i}",
                f"{topic.capitalize()}, % {group}",
                source,
                "%",
                "higher" if good else "lower",
            )
        )
    indicator_ids = [i["id"] for i in indicators]
    files["indicators.yaml"] = header("indicators", "The indicator catalogue.") + dump(
        {"indicators": indicators}
    )

    # focus-areas.yaml
    focus_areas: list[dict[str, Any]] = []
    goals_by_area: dict[str, list[tuple[str, list[str], list[str]]]] = {}
    for area_id, title, sv_title, goals in FOCUS_AREAS:
        area_goals: list[dict[str, Any]] = []
        goals_by_area[area_id] = []
        for suffix, goal_title, groups in goals:
            gid = f"{area_id}-{suffix}"
            inds = Flow(sorted(rng.sample(indicator_ids, k=rng.choice((1, 2)))))
            area_goals.append(
                {
                    "id": gid,
                    "title": goal_title,
                    "target_groups": Flow(groups),
                    "indicators": inds,
                    "target_year": end,
                }
            )
            goals_by_area[area_id].append((gid, groups, list(inds)))
        focus_areas.append(
            {
                "id": area_id,
                "title": sv(rng, title, sv_title, share=1.0),
                "description": Literal(" ".join(rng.sample(DESCRIPTION_PARTS, k=2))),
                "wellbeing_gaps": [
                    {
                        "text": f"{title}: alueen tilanne on maan keskitasoa heikompi.",
                        "indicators": Flow(sorted(rng.sample(indicator_ids, k=2))),
                    }
                ],
                "goals": area_goals,
            }
        )
    files["focus-areas.yaml"] = header(
        "focus-areas", "Focus areas and goals agreed together."
    ) + dump({"focus_areas": focus_areas})

    titles = _TitleSource(rng)

    def action(
        aid: str,
        owner_units: list[str],
        area_goals: dict[str, list[tuple[str, list[str], list[str]]]],
        regional: bool,
    ) -> dict[str, Any]:
        area = rng.choice(sorted(area_goals))
        gid, groups, goal_inds = rng.choice(area_goals[area])
        first = rng.randint(start, end - 1)
        last = rng.randint(first, end)
        partners = sorted(set(rng.sample(group_ids, k=rng.choice((0, 1, 1, 2)))))
        if rng.random() < 0.3:
            partners.append(rng.choice(region_units))
        item: dict[str, Any] = {
            "id": aid,
            "title": sv(rng, titles.next(), None),
            "description": Literal(
                " ".join(rng.sample(DESCRIPTION_PARTS, k=rng.choice((1, 2, 3))))
            ),
            "focus_area": area,
            "goal": gid,
            "responsible": rng.choice(owner_units),
            "partners": Flow(sorted(set(partners))),
            "target_groups": Flow(groups),
            "schedule": f"{first}-{last}",
            "indicators": Flow(goal_inds[: rng.choice((1, 2))]),
            "resources": rng.choice(RESOURCES),
        }
        if regional or rng.random() < 0.3:
            item["rural_reach"] = rng.choice(RURAL_REACH)
        return item

    # region.yaml: the region's own actions, then the joint actions
    region_actions: list[dict[str, Any]] = []
    shared_goals = goals_by_area
    region_goals = dict(
        shared_goals, yhdyspinta=[("yhdyspinta-rakenteet", ["kaikki"], [indicator_ids[0]])]
    )
    for n in range(1, spec.regional_actions + 1):
        region_actions.append(action(f"ALUE-{n}", region_units, region_goals, True))
    joins: dict[str, list[str]] = {m.id: [] for m in muns}
    for n in range(1, spec.joint_actions + 1):
        aid = f"YHT-{n}"
        item = action(aid, region_units, shared_goals, True)
        if len(muns) >= 2:
            size = len(muns) if rng.random() < 0.2 else rng.randint(2, max(2, len(muns) // 2))
            participants = sorted(rng.sample([m.id for m in muns], k=min(size, len(muns))))
        else:
            participants = [m.id for m in muns]
        item["participants"] = Flow(participants)
        for p in participants:
            joins[p].append(aid)
        region_actions.append(item)
    if spec.warnings:
        for item in region_actions[:2]:
            item.pop("rural_reach", None)  # Q009: a regional action without rural reach
    region_plan = {
        "plan": _plan_info(rng, spec.name_fi, "Aluehallitus", "Aluevaltuusto"),
        "focus_areas": [
            {
                "id": "yhdyspinta",
                "title": {"fi": "Yhdyspintatyö", "sv": "Samarbete mellan organisationer"},
                "goals": [
                    {
                        "id": "yhdyspinta-rakenteet",
                        "title": "Yhdyspintatyön rakenteet vakiintuvat",
                        "target_groups": Flow(["kaikki"]),
                        "indicators": Flow([indicator_ids[0]]),
                        "target_year": end,
                    }
                ],
            }
        ],
        "actions": region_actions,
    }
    files["region.yaml"] = header("region", "The regional plan and the joint actions.") + dump(
        region_plan
    )

    # municipalities/<id>.yaml
    for index, m in enumerate(muns):
        own_goals = dict(shared_goals)
        plan: dict[str, Any] = {
            "municipality": m.id,
            "plan": _plan_info(rng, f"{m.name}n kunta", "Kunnanhallitus", "Kunnanvaltuusto"),
        }
        local_id = f"{m.id}-paikallinen-1"
        if index % 3 == 0:
            fa_id = f"{m.id}-kylat"
            gid = f"{fa_id}-palvelut"
            plan["focus_areas"] = [
                {
                    "id": fa_id,
                    "title": "Elinvoimaiset kylät",
                    "goals": [
                        {
                            "id": gid,
                            "title": "Kylien palvelut säilyvät",
                            "target_groups": Flow(["kaikki"]),
                            "indicators": Flow([local_id]),
                            "target_year": end,
                        }
                    ],
                }
            ]
            own_goals[fa_id] = [(gid, ["kaikki"], [local_id])]
        plan["joint_actions"] = Flow(joins[m.id])
        plan["actions"] = [
            action(f"{m.prefix}-{n}", mun_units[m.id], own_goals, False)
            for n in range(1, spec.actions_per_municipality + 1)
        ]
        if spec.warnings:
            del plan["actions"][0]["indicators"]  # Q002: an action without an indicator
        plan["indicators"] = [
            _indicator(
                rng,
                local_id,
                f"Kylätalojen käyttökerrat, {m.name}",
                {"kind": "local"},
                "kertaa",
                "higher",
                scale=500.0,
            )
        ]
        # The municipality's own target of each catalogue indicator its own actions follow (I001).
        followed = sorted(
            {i for a in plan["actions"] for i in a.get("indicators", []) if i in indicator_ids}
        )
        plan["indicator_targets"] = [
            {"indicator": i, "target": {"value": round(rng.uniform(5, 40), 1), "year": end}}
            for i in followed
        ]
        files[f"municipalities/{m.id}.yaml"] = header(
            "municipality", f"The wellbeing plan of {m.name}.", depth=1
        ) + dump(plan)
    return files


class _TitleSource:
    """Distinct action titles: no two actions of a workspace share topic, form and place."""

    def __init__(self, rng: random.Random) -> None:
        self.combos = [
            (t, f, p) for t in ACTION_TOPICS for f in ACTION_FORMS for p in ACTION_PLACES
        ]
        rng.shuffle(self.combos)
        self.index = 0

    def next(self) -> str:
        topic, form, place = self.combos[self.index % len(self.combos)]
        self.index += 1
        return f"{topic} {form} {place}"


def _indicator(
    rng: random.Random,
    iid: str,
    name: str,
    source: dict[str, Any],
    unit: str,
    direction: str,
    scale: float = 30.0,
) -> dict[str, Any]:
    base = round(rng.uniform(scale * 0.1, scale), 1)
    change = round(base * rng.uniform(0.05, 0.2), 1)
    target = base - change if direction == "lower" else base + change
    return {
        "id": iid,
        "name": name,
        "source": source,
        "unit": unit,
        "direction": direction,
        "baseline": {"value": base, "year": rng.choice((2022, 2023, 2024))},
        "target": {"value": round(target, 1), "year": TERM[1]},
    }


def _plan_info(rng: random.Random, organisation: str, board: str, council: str) -> dict[str, Any]:
    day = rng.randint(1, 28)
    return {
        "title": f"{organisation}: hyvinvointisuunnitelma {TERM[0]}-{TERM[1]}",
        "status": "approved",
        "term": f"{TERM[0]}-{TERM[1]}",
        "prepared_by": "Hyvinvointiryhmä",
        "participation": Literal(
            "Suunnitelmaa käsiteltiin nuorisovaltuustossa, vanhusneuvostossa ja "
            "vammaisneuvostossa; asukkaat vastasivat kyselyyn."
        ),
        "summary": Literal(" ".join(rng.sample(DESCRIPTION_PARTS, k=3))),
        "decisions": [
            {
                "body": "Hyvinvointilautakunta",
                "date": f"{day}.3.2026",
                "section": rng.randint(10, 99),
                "decision": "Merkitsi tiedoksi ja lähetti hallitukselle.",
            },
            {
                "body": board,
                "date": f"{day}.4.2026",
                "section": rng.randint(100, 199),
                "decision": "Esitti valtuustolle hyväksyttäväksi.",
            },
            {
                "body": council,
                "date": f"{day}.5.2026",
                "section": rng.randint(20, 60),
                "decision": "Hyväksyi suunnitelman.",
            },
        ],
    }


# --- the yearly follow-up (status/<year>.yaml) --------------------------------------------------

STATUS_NOTES = (
    "Työ eteni suunnitellusti.",
    "Toteutus alkoi syksyllä; ensimmäiset tulokset keväällä.",
    "Toimintamalli on otettu käyttöön osassa yksiköitä.",
    "Yhteistyö järjestöjen kanssa käynnistyi.",
    "Resurssit riittivät suunniteltuun laajuuteen.",
)


def with_status(files: dict[str, str], years: tuple[int, ...], seed: int) -> dict[str, str]:
    """The workspace with a status file for each of `years`: every action scheduled for the year
    gets a status under its organisation (a joint action under the region, with a note from one
    participant); a cancelled one a reason. Clean: no F diagnostic."""
    rng = random.Random(seed)
    region = yaml.safe_load(files["hyteplan.yaml"])["region"]["id"]
    plans = [(region, yaml.safe_load(files["region.yaml"]))] + [
        (yaml.safe_load(text)["municipality"], yaml.safe_load(text))
        for name, text in sorted(files.items())
        if name.startswith("municipalities/")
    ]
    out = dict(files)
    for year in years:
        organisations: dict[str, list[dict[str, Any]]] = {}
        for org, plan in plans:
            entries = organisations.setdefault(org, [])
            for action in plan.get("actions", []):
                start, _, end = str(action.get("schedule", f"{TERM[0]}-{TERM[1]}")).partition("-")
                if not int(start) <= year <= int(end or start):
                    continue
                state = rng.choices(
                    ["not_started", "started", "done", "postponed", "cancelled"], [1, 6, 2, 1, 0.3]
                )[0]
                entry: dict[str, Any] = {"action": action["id"], "status": state}
                entry["note"] = sv(rng, rng.choice(STATUS_NOTES), "Arbetet framskred enligt plan.")
                if state in ("cancelled", "postponed"):
                    entry["reason"] = "Rahoitus siirtyi seuraavaan talousarvioon."
                if action.get("participants"):
                    who = rng.choice(action["participants"])
                    entry["participant_notes"] = {who: "Kunnassa toteutus alkoi syksyllä."}
                entries.append(entry)
        comment = f"Where every action stood at the end of {year}."
        out[f"status/{year}.yaml"] = header("status", comment, depth=1) + dump(
            {"year": year, "organisations": organisations}
        )
    return out


# --- the three sizes --------------------------------------------------------------------------


def tiny() -> dict[str, dict[str, str]]:
    """1 region + 3 municipalities, a few dozen actions: for tests."""
    rng = random.Random(1)
    names = municipality_names(rng, 3, set())
    muns = make_municipalities(names, [101, 102, 103])
    spec = RegionSpec(
        "pohjois-savo",
        "Pohjois-Savon hyvinvointialue",
        "Norra Savolax välfärdsområde",
        968,
        muns,
        regional_actions=4,
        joint_actions=3,
        actions_per_municipality=5,
        seed=1,
    )
    return {"tiny": with_status(region_workspace(spec), (2026, 2027), seed=1)}


def large_region(warnings: bool = False) -> dict[str, dict[str, str]]:
    """1 region + 30 municipal plans: 30 x 36 + 60 + 60 = 1,200 actions."""
    rng = random.Random(30)
    names = municipality_names(rng, 30, set())
    codes = sorted(rng.sample(range(5, 999), k=30))
    muns = make_municipalities(names, codes)
    spec = RegionSpec(
        "pohjois-pohjanmaa",
        "Pohjois-Pohjanmaan hyvinvointialue",
        "Norra Österbottens välfärdsområde",
        974,
        muns,
        regional_actions=60,
        joint_actions=60,
        actions_per_municipality=36,
        seed=30,
        warnings=warnings,
    )
    files = with_status(region_workspace(spec), (2026, 2027), seed=2026)
    return {"large-region-warnings" if warnings else "large-region": files}


def large_region_warnings() -> dict[str, dict[str, str]]:
    """The large region with 32 warnings: every plan has an action without an indicator, two
    regional actions have no rural reach note (a diagnostic in every file but the shared ones)."""
    return large_region(warnings=True)


def country() -> dict[str, dict[str, str]]:
    """22 workspaces, 308 municipalities: 308 x 36 + 22 x (40 + 40) = 12,848 actions."""
    rng = random.Random(308)
    taken: set[str] = set()
    codes = rng.sample(range(5, 999), k=sum(COUNTRY_MUNICIPALITIES))
    out: dict[str, dict[str, str]] = {}
    used = 0
    for index, ((rid, fi, sv_name, sotkanet), count) in enumerate(
        zip(REGIONS, COUNTRY_MUNICIPALITIES)
    ):
        names = municipality_names(rng, count, taken)
        muns = make_municipalities(names, sorted(codes[used : used + count]))
        used += count
        spec = RegionSpec(
            rid,
            fi,
            sv_name,
            sotkanet,
            muns,
            regional_actions=40,
            joint_actions=40,
            actions_per_municipality=36,
            seed=1000 + index,
        )
        out[f"country/{rid}"] = region_workspace(spec)
    return out


SIZES = {
    "tiny": tiny,
    "large-region": large_region,
    "large-region-warnings": large_region_warnings,
    "country": country,
}


def write(workspaces: dict[str, dict[str, str]], out: Path) -> list[Path]:
    """Write workspaces under `out`, replacing what was there."""
    roots: list[Path] = []
    for name, files in workspaces.items():
        root = out / name
        if root.exists():
            shutil.rmtree(root)
        for rel, text in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        roots.append(root)
    return roots


def fingerprint() -> str:
    """Changes whenever this generator changes: run.py regenerates stale workspaces."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def ensure(size: str, out: Path = DEFAULT_OUT) -> Path:
    """Generate `size` under `out` unless an up-to-date copy is there; returns its folder."""
    stamp = out / f".{size}.stamp"
    target = out / size
    if not (stamp.is_file() and stamp.read_text() == fingerprint() and target.exists()):
        if target.exists():
            shutil.rmtree(target)
        write(SIZES[size](), out)
        stamp.write_text(fingerprint())
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "sizes", nargs="*", default=["large-region", "country"], choices=sorted(SIZES)
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    for size in args.sizes:
        folder = ensure(size, args.out)
        print(f"{size}: {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
