"""What can be wrong in a file of indicator values, in English and Finnish, and where.

indicator_data finds the problems; `hyteplan validate` shows them as D codes (rules/data.py),
and load_file/load_indicator_values raise the first as a HyteplanError. The words live here,
with each reason, so that both ways say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple


class Reason(NamedTuple):
    """One kind of problem: its D family (kind) and its words (str.format templates)."""

    kind: str  # encoding | format | cell | conflict (rules/data.py gives each a D code)
    en: str
    fi: str
    hint_en: str
    hint_fi: str


_FORMAT_HINT = (
    "expected a header with the columns indicator, region, year and value (or 'primary value'), "
    "and optionally gender; see docs/indicator-data.md",
    "otsikkorivillä pitää olla sarakkeet indicator, region, year ja value (tai 'primary value') "
    "sekä halutessa gender; ks. docs/indicator-data.md",
)
_JSON_HINT_WORDS = (
    "a Sotkanet JSON export is a list of objects with indicator, region, year, gender and value",
    "Sotkanetin JSON-vienti on lista olioita, joissa on indicator, region, year, gender ja value",
)
_INDICATOR_HINT = (
    "write the Sotkanet ID (3906) or the workspace indicator ID",
    "kirjoita Sotkanet-tunnus (3906) tai työtilan mittarin tunniste",
)
_VALUE_HINT = (
    "write a number such as 12,1; leave the cell empty when there is no value",
    "kirjoita luku, esim. 12,1; jätä solu tyhjäksi, kun arvoa ei ole",
)
_REGION_HINT = (
    "the region is a municipality number (Kuopio 297) or a Sotkanet region ID",
    "alue on kuntanumero (Kuopio 297) tai Sotkanetin aluetunnus",
)
_YEAR_HINT = ("write a year as 2023", "kirjoita vuosi muodossa 2023")

REASONS: dict[str, Reason] = {
    "encoding": Reason(
        "encoding",
        "the file is neither UTF-8 nor Windows-1252 text (byte {byte})",
        "tiedosto ei ole UTF-8- eikä Windows-1252-tekstiä (tavu {byte})",
        "save it again as 'CSV UTF-8' in Excel, or as UTF-8 in a text editor",
        "tallenna se uudelleen Excelissä muodossa 'CSV UTF-8' tai tekstieditorissa UTF-8-muotoon",
    ),
    "empty": Reason("format", "the file is empty", "tiedosto on tyhjä", *_FORMAT_HINT),
    "missing-columns": Reason(
        "format",
        "not an indicator data file: missing column(s) {columns}",
        "ei mittaritietojen tiedosto: sarakkeet puuttuvat: {columns}",
        *_FORMAT_HINT,
    ),
    "field-count": Reason(
        "format",
        "expected {expected} fields separated by '{separator}', found {found}",
        "odotettiin {expected} kenttää erottimena '{separator}', löytyi {found}",
        "check for a missing separator, or a decimal comma in a comma-separated file that is "
        "not in quotes",
        "tarkista, puuttuuko erotin tai onko pilkuin erotetussa tiedostossa desimaalipilkullinen "
        "luku ilman lainausmerkkejä",
    ),
    "csv-invalid": Reason(
        "format",
        "the line cannot be read as CSV: {detail}",
        "riviä ei voi lukea CSV:nä: {detail}",
        "a field may be too long or a quote never closed: save the export again",
        "kenttä voi olla liian pitkä tai lainausmerkki sulkematta: tallenna vienti uudelleen",
    ),
    "json-invalid": Reason(
        "format",
        "invalid JSON: {detail}",
        "virheellinen JSON: {detail}",
        "save the Sotkanet JSON export unchanged",
        "tallenna Sotkanetin JSON-vienti muuttamattomana",
    ),
    "json-too-deep": Reason(
        "format",
        "lists and objects are nested too deep to read",
        "listat ja oliot ovat liian monta tasoa sisäkkäin luettaviksi",
        *_JSON_HINT_WORDS,
    ),
    "json-not-fetched": Reason(
        "format",
        "a JSON object that hyteplan data fetch did not write",
        "JSON-olio, jota hyteplan data fetch ei ole kirjoittanut",
        *_JSON_HINT_WORDS,
    ),
    "json-not-list": Reason(
        "format",
        "expected a JSON list of values, found {found}",
        "odotettiin JSON-listaa arvoista, löytyi {found}",
        *_JSON_HINT_WORDS,
    ),
    "item-not-object": Reason(
        "format",
        "expected an object, found {found}",
        "odotettiin oliota, löytyi {found}",
        *_JSON_HINT_WORDS,
    ),
    "missing-keys": Reason(
        "format", "missing key(s) {keys}", "avaimet puuttuvat: {keys}", *_FORMAT_HINT
    ),
    "file-shape": Reason("format", "{detail}", "{detail}", "{hint}", "{hint}"),
    "too-many": Reason(
        "format",
        "more than {limit} problems: the rest of the file is not checked",
        "yli {limit} ongelmaa: tiedoston loppua ei tarkistettu",
        "fix these first, or save the export again",
        "korjaa nämä ensin tai tallenna vienti uudelleen",
    ),
    "gender": Reason(
        "cell",
        "unknown gender {found}",
        "tuntematon sukupuoli {found}",
        "use total, male or female as in Sotkanet exports",
        "käytä arvoja total, male tai female kuten Sotkanetin viennit",
    ),
    "indicator-empty": Reason(
        "cell", "the indicator is empty", "mittari puuttuu", *_INDICATOR_HINT
    ),
    "indicator-type": Reason(
        "cell",
        "indicator must be an ID, found {found}",
        "mittarin pitää olla tunniste, löytyi {found}",
        *_INDICATOR_HINT,
    ),
    "region-type": Reason(
        "cell",
        "region must be a whole number, found {found}",
        "alueen pitää olla kokonaisluku, löytyi {found}",
        *_REGION_HINT,
    ),
    "year-type": Reason(
        "cell",
        "year must be a whole number, found {found}",
        "vuoden pitää olla kokonaisluku, löytyi {found}",
        *_YEAR_HINT,
    ),
    "year-range": Reason(
        "cell",
        "year {found} is out of range",
        "vuosi {found} ei ole sallitulla välillä",
        *_YEAR_HINT,
    ),
    "long-number": Reason(
        "cell",
        "{column}: a number with {digits} digits (at most {limit} can be read)",
        "{column}: luvussa on {digits} numeroa (enintään {limit} voidaan lukea)",
        "no indicator data needs such a number: check the cell",
        "mikään mittaritieto ei tarvitse tällaista lukua: tarkista solu",
    ),
    "value-type": Reason(
        "cell",
        "value must be a number, found {found}",
        "arvon pitää olla luku, löytyi {found}",
        *_VALUE_HINT,
    ),
    "value-ambiguous": Reason(
        "cell",
        "ambiguous number {found}",
        "epäselvä luku {found}",
        "write numbers with a decimal comma or a decimal point, without thousands separators: "
        "1234,5",
        "kirjoita luvut desimaalipilkulla tai -pisteellä ilman tuhaterottimia: 1234,5",
    ),
    "value-not-finite": Reason(
        "cell",
        "value must be a finite number, found {found}",
        "arvon pitää olla äärellinen luku, löytyi {found}",
        *_VALUE_HINT,
    ),
    "conflict": Reason(
        "conflict",
        "indicator {key}, region {region}, year {year} has the value {value}, but {first} gives "
        "{first_value}",
        "mittarilla {key} on alueella {region} vuonna {year} arvo {value_fi}, mutta {first} "
        "antaa arvon {first_value_fi}",
        "keep one value per indicator, region and year: remove the older export",
        "pidä yksi arvo kutakin mittaria, aluetta ja vuotta kohti: poista vanhempi vienti",
    ),
}


@dataclass(frozen=True, order=True)
class Place:
    """Where a cell (CSV) or an item (JSON) stands: 1-based line and column, in characters."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class DataProblem:
    """One problem of a data file: a REASONS key, its place and the values its words need."""

    reason: str
    place: Place
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return REASONS[self.reason].kind

    def words(self, lang: str = "en") -> tuple[str, str]:
        """Message and hint in English or Finnish."""
        reason = REASONS[self.reason]
        message, hint = (reason.fi, reason.hint_fi) if lang == "fi" else (reason.en, reason.hint_en)
        return message.format_map(self.params), hint.format_map(self.params)

    def __str__(self) -> str:
        return f"{self.place}: {self.words()[0]}"
