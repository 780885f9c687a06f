"""D codes: the numbers a document publishes must be its own organisation's.

Values are looked up by municipality code, so two municipalities with one code would show each
other's numbers (D001). The files in data/ are read by the loader (indicator_data collects
every problem with its place); this module gives those problems their codes (D002-D005) and
warns about values that no indicator or organisation of the workspace can show (D006).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterator

from ..diagnostics import Severity, Span
from ..load import WORKSPACE_FILE
from ..workspace import LoadFinding, Loc, Workspace
from .base import Example, Finding, rule
from .common import place
from .examples import WORKSPACE_YAML
from .reading import reading_rule

DATA_FILE = "data/sotkanet.csv"
# Data file problems (D002-D005) are worded by data_problems; these templates show its words.
_DETAIL = {"en": "{detail}", "fi": "{detail_fi}"}
_HINT = {"en": "{hint}", "fi": "{hint_fi}"}
_GOOD_DATA = Example(DATA_FILE, "indicator;region;year;gender;value\n3906;297;2023;total;19,2\n")
_HEADER = "indicator;region;year;value\n"


@rule(
    "D001",
    "duplicate-municipality-code",
    Severity.ERROR,
    {
        "en": "Two municipalities have the same municipality number (code).",
        "fi": "Kahdella kunnalla on sama kuntanumero (code).",
    },
    {
        "en": "municipality number {code} is also the number of {other} ({first}): each "
        "document would show the other's indicator values",
        "fi": "kuntanumero {code} on myös kunnan {other} numero ({first}): asiakirjat "
        "näyttäisivät toistensa mittariarvot",
    },
    {
        "en": "write the official municipality number of each (Statistics Finland's list; "
        "Kuopio is 297)",
        "fi": "kirjoita kunkin kunnan virallinen kuntanumero (Tilastokeskuksen luokitus; "
        "Kuopio on 297)",
    },
    bad=Example(
        WORKSPACE_FILE,
        WORKSPACE_YAML + "  - id: toinen\n    name: Toinen kunta\n    code: 297\n",
    ),
    good=Example(
        WORKSPACE_FILE,
        WORKSPACE_YAML + "  - id: toinen\n    name: Toinen kunta\n    code: 915\n",
    ),
)
def duplicate_code(ws: Workspace) -> Iterator[Finding]:
    if ws.config is None:
        return
    loc = Loc(WORKSPACE_FILE, ("municipalities",))
    written = ws.raw(loc)
    index = {
        str(item.get("id", "")).strip(): i
        for i, item in reversed(list(enumerate(written if isinstance(written, list) else [])))
        if isinstance(item, dict)
    }  # the first item written with each ID
    first: dict[int, tuple[str, Loc]] = {}
    for municipality in ws.config.municipalities:
        here = loc / index.get(municipality.id, 0) / "code"
        earlier = first.setdefault(municipality.code, (municipality.id, here))
        if earlier[1] == here:
            continue
        params = {"code": municipality.code, "other": earlier[0], "first": place(ws, earlier[1])}
        yield Finding("D001", here, params, object_kind="municipality", object_id=municipality.id)


_REGION_977 = "region:\n  id: alue\n  name: Esimerkin hyvinvointialue\n  sotkanet_id: 977\n"


@rule(
    "D007",
    "municipality-code-is-region-id",
    Severity.ERROR,
    {
        "en": "A municipality's number is the welfare region's Sotkanet ID.",
        "fi": "Kunnan numero on sama kuin hyvinvointialueen Sotkanet-tunniste.",
    },
    {
        "en": "municipality number {code} is also the welfare region's sotkanet_id: data/ keeps "
        "both under the same region number, and each document would show the other's values",
        "fi": "kuntanumero {code} on myös hyvinvointialueen sotkanet_id: data/ pitää molempien "
        "arvot samalla aluenumerolla, ja asiakirjat näyttäisivät toistensa arvot",
    },
    {
        "en": "check both numbers (Kuopio is 297; Pohjois-Savo's Sotkanet ID is 974); when both "
        "are right, leave sotkanet_id out and keep the region's values in a local indicator",
        "fi": "tarkista molemmat numerot (Kuopio 297; Pohjois-Savon Sotkanet-tunniste 974); jos "
        "molemmat ovat oikein, jätä sotkanet_id pois ja pidä alueen arvot paikallisena mittarina",
    },
    bad=Example(
        WORKSPACE_FILE,
        WORKSPACE_YAML.replace(
            "region:\n  id: alue\n  name: Esimerkin hyvinvointialue\n", _REGION_977
        ).replace("code: 297", "code: 977"),
    ),
    good=Example(
        WORKSPACE_FILE,
        WORKSPACE_YAML.replace(
            "region:\n  id: alue\n  name: Esimerkin hyvinvointialue\n", _REGION_977
        ),
    ),
)
def municipality_code_is_region_id(ws: Workspace) -> Iterator[Finding]:
    """Welfare regions have Sotkanet IDs 956–978 and municipality numbers reach 992 (Ylitornio is
    976, Ylivieska 977): in data/ one region column holds both kinds of number."""
    if ws.config is None or ws.config.region.sotkanet_id is None:
        return
    loc = Loc(WORKSPACE_FILE, ("municipalities",))
    written = ws.raw(loc)
    items = written if isinstance(written, list) else []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        code = next((m.code for m in ws.config.municipalities if m.id == item.get("id")), None)
        if code == ws.config.region.sotkanet_id:
            yield Finding(
                "D007",
                loc / index / "code",
                {"code": code},
                object_kind="municipality",
                object_id=str(item.get("id")),
            )


reading_rule(
    "D002",
    "data-encoding",
    {
        "en": "A data file is neither UTF-8 nor Windows-1252 text.",
        "fi": "Tietotiedosto ei ole UTF-8- eikä Windows-1252-tekstiä.",
    },
    _DETAIL,
    _HINT,
    bad=Example(DATA_FILE, _HEADER + "3906;297;2023;19\x81\n", encoding="latin-1"),
    good=_GOOD_DATA,
)
reading_rule(
    "D003",
    "data-format",
    {
        "en": "A file in data/ is not an indicator data file of a known shape.",
        "fi": "Kansion data/ tiedosto ei ole tunnetun muotoinen mittaritietojen tiedosto.",
    },
    _DETAIL,
    _HINT,
    bad=Example(DATA_FILE, "indikaattori;alue;vuosi;arvo\n3906;297;2023;19,2\n"),
    good=_GOOD_DATA,
)
reading_rule(
    "D004",
    "data-cell",
    {
        "en": "A cell of a data file cannot be read (year, region, value, indicator, gender).",
        "fi": "Tietotiedoston solua ei voi lukea (vuosi, alue, arvo, mittari, sukupuoli).",
    },
    _DETAIL,
    _HINT,
    bad=Example(DATA_FILE, _HEADER + "3906;297;2023;19,2\n3906;297;20x3;18,0\n"),
    good=_GOOD_DATA,
)
reading_rule(
    "D005",
    "data-conflict",
    {
        "en": "Two rows give different values for one indicator, region and year.",
        "fi": "Kaksi riviä antaa eri arvon samalle mittarille, alueelle ja vuodelle.",
    },
    _DETAIL,
    _HINT,
    bad=Example(DATA_FILE, _HEADER + "3906;297;2023;19,2\n3906;297;2023;18,4\n"),
    good=_GOOD_DATA,
)

_KIND_CODES = {"encoding": "D002", "format": "D003", "cell": "D004", "conflict": "D005"}


def data_finding(item: LoadFinding) -> Finding:
    """A data file's problem (found by the loader) as its D code, worded in both languages."""
    problem = item.params["problem"]
    detail, hint = problem.words("en")
    detail_fi, hint_fi = problem.words("fi")
    params = {"detail": detail, "hint": hint, "detail_fi": detail_fi, "hint_fi": hint_fi}
    return Finding(_KIND_CODES[problem.kind], item.loc, params, span=item.span)


# The region key of the whole country in files written by `hyteplan data fetch`.
_COUNTRY = 0  # indicator_data.COUNTRY_REGION, not imported: validate without data stays fast
_SHOWN = 5  # unknown values named in one message


@rule(
    "D006",
    "data-unknown",
    Severity.WARNING,
    {
        "en": "A data file has values of an indicator or region that the workspace does not have.",
        "fi": "Tietotiedostossa on arvoja mittarille tai alueelle, jota työtilassa ei ole.",
    },
    {
        "en": "values of {what} that no plan shows: {values}",
        "fi": "arvoja, joita mikään suunnitelma ei näytä: {what_fi} {values}",
    },
    {
        "en": "{hint}",
        "fi": "{hint_fi}",
    },
    bad=Example(DATA_FILE, _HEADER + "3906;91;2023;19,2\n"),
    good=_GOOD_DATA,
)
def unknown_in_data(ws: Workspace) -> Iterator[Finding]:
    values = ws.indicator_values
    if values is None or ws.config is None:
        return
    from ..indicator_data import indicator_key

    known_keys = {indicator_key(located.obj) for located in ws.indicators}
    known_regions = {m.code for m in ws.config.municipalities} | {_COUNTRY}
    if ws.config.region.sotkanet_id is not None:
        known_regions.add(ws.config.region.sotkanet_id)
    unknown: dict[tuple[str, str], dict[Any, Any]] = defaultdict(dict)  # (file, what) -> value
    for key, region in values.keys():
        origin = values.first_origin(key, region)
        file = getattr(origin, "file", str(origin))
        if key not in known_keys:
            unknown[(file, "indicator")].setdefault(key, origin)
        if region not in known_regions:
            unknown[(file, "region")].setdefault(region, origin)
    for (file, what), found in sorted(unknown.items()):
        yield _unknown(file, what, found)


_UNKNOWN_WORDS = {
    "indicator": (
        "indicators",
        "mittareille",
        "add the indicator to indicators.yaml (source: {kind: sotkanet, id: ...}) to show it, "
        "or leave it: these values are not used",
        "lisää mittari tiedostoon indicators.yaml (source: {kind: sotkanet, id: ...}), jotta se "
        "näkyy, tai jätä ennalleen: näitä arvoja ei käytetä",
    ),
    "region": (
        "regions",
        "alueille",
        "the region column must hold municipality numbers (Kuopio 297) as `code` in "
        "hyteplan.yaml, or the welfare region's sotkanet_id; Sotkanet's own region IDs differ",
        "region-sarakkeessa pitää olla kuntanumerot (Kuopio 297) kuten `code` tiedostossa "
        "hyteplan.yaml, tai hyvinvointialueen sotkanet_id; Sotkanetin omat aluetunnukset "
        "ovat eri",
    ),
}


def _unknown(file: str, what: str, found: dict[Any, Any]) -> Finding:
    """One warning per file and kind, at the first row that has an unknown value."""
    shown = sorted(found, key=str)[:_SHOWN]
    text = ", ".join(repr(v) if isinstance(v, str) else str(v) for v in shown)
    if len(found) > _SHOWN:
        text += f" (+{len(found) - _SHOWN})"
    what_en, what_fi, hint, hint_fi = _UNKNOWN_WORDS[what]
    origin = min(found.values(), key=lambda o: (getattr(o, "line", 0), getattr(o, "column", 0)))
    line, column = getattr(origin, "line", 1), getattr(origin, "column", 1)

    params = {"what": what_en, "what_fi": what_fi, "values": text, "hint": hint}
    params["hint_fi"] = hint_fi
    return Finding("D006", Loc(file), params, span=Span(line, column, line, column + 1))
