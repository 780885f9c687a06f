"""Y and S codes: problems found while reading files (YAML) and validating them (schema).

The loader reports these as LoadFindings; this module names them with stable codes and words
them in English and Finnish, adding "did you mean" where a typo is likely.
"""

from __future__ import annotations

from typing import Any

from ..diagnostics import Severity
from ..load import ID_LISTS
from ..model import model_at
from ..workspace import LoadFinding, Loc, Workspace
from .base import Example, Finding, Rule, did_you_mean, register, suggest
from .examples import MINIMAL_PLAN, PLAN_FILE


def reading_rule(
    code: str,
    name: str,
    summary: dict[str, str],
    message: dict[str, str],
    hint: dict[str, str],
    bad: Example | None = None,
    good: Example | None = None,
) -> None:
    register(
        Rule(
            code,
            name,
            Severity.ERROR,
            summary,
            message,
            hint,
            bad,
            good,
            check=None,
            configurable=False,
        )
    )


# The examples replace the smallest file of the scaffold: a municipal plan.
_GOOD_PLAN = Example(PLAN_FILE, MINIMAL_PLAN)

reading_rule(
    "Y001",
    "yaml-syntax",
    {"en": "The file is not valid YAML.", "fi": "Tiedosto ei ole kelvollista YAMLia."},
    {"en": "YAML syntax error: {detail}", "fi": "YAML-syntaksivirhe: {detail}"},
    {
        "en": "check indentation and that every `key: value` has a space after the colon; "
        "quote texts that contain ': ' or start with a special character",
        "fi": "tarkista sisennys ja että jokaisen `avain: arvo` -rivin kaksoispisteen jälkeen on "
        "välilyönti; lainausmerkitse tekstit, joissa on ': ' tai jotka alkavat erikoismerkillä",
    },
    bad=Example(PLAN_FILE, MINIMAL_PLAN + "actions: [\n"),
    good=_GOOD_PLAN,
)
reading_rule(
    "Y002",
    "yaml-tab",
    {"en": "A tab character is used for indentation.", "fi": "Sisennyksessä on sarkain."},
    {"en": "tab character in indentation", "fi": "sisennyksessä on sarkainmerkki (tab)"},
    {
        "en": "YAML allows only spaces for indentation: replace the tab with spaces",
        "fi": "YAML sallii sisennykseen vain välilyöntejä: korvaa sarkain välilyönneillä",
    },
    bad=Example(PLAN_FILE, "municipality: esimerkkila\nplan:\n\tstatus: draft\n"),
    good=_GOOD_PLAN,
)
reading_rule(
    "Y003",
    "yaml-duplicate-key",
    {"en": "A key appears twice in the same mapping.", "fi": "Sama avain on kahdesti."},
    {
        "en": "duplicate key `{key}` (first on line {first_line}); this one is ignored",
        "fi": "avain `{key}` on kahdesti (ensimmäinen rivillä {first_line}); tämä jätetään huomiotta",
    },
    {
        "en": "remove one of the two, or merge their contents",
        "fi": "poista toinen tai yhdistä niiden sisältö",
    },
    bad=Example(PLAN_FILE, MINIMAL_PLAN + "  status: approved\n"),
    good=_GOOD_PLAN,
)
reading_rule(
    "Y004",
    "yaml-encoding",
    {"en": "The file is not saved as UTF-8.", "fi": "Tiedostoa ei ole tallennettu UTF-8-muodossa."},
    {
        "en": "the file is not UTF-8 (it looks like {encoding})",
        "fi": "tiedosto ei ole UTF-8-muodossa (näyttää olevan {encoding})",
    },
    {
        "en": "save the file as UTF-8 (in Notepad or Excel: Save as, Encoding: UTF-8); "
        "nothing was changed in the file",
        "fi": "tallenna tiedosto UTF-8-muodossa (Muistio tai Excel: Tallenna nimellä, koodaus "
        "UTF-8); tiedostoon ei muutettu mitään",
    },
    bad=Example(
        PLAN_FILE, "municipality: esimerkkila\nplan:\n  title: Päihdetyö\n", encoding="cp1252"
    ),
    good=_GOOD_PLAN,
)
reading_rule(
    "Y005",
    "yaml-empty",
    {"en": "The file is empty.", "fi": "Tiedosto on tyhjä."},
    {"en": "the file is empty", "fi": "tiedosto on tyhjä"},
    {
        "en": "write its content, or delete the file; `hyteplan init` shows an example",
        "fi": "kirjoita sisältö tai poista tiedosto; `hyteplan init` näyttää esimerkin",
    },
    bad=Example(PLAN_FILE, "# nothing yet\n"),
    good=_GOOD_PLAN,
)
reading_rule(
    "Y006",
    "yaml-not-mapping",
    {
        "en": "The file is not a mapping of keys to values.",
        "fi": "Tiedosto ei ole avain–arvo-rakenne.",
    },
    {
        "en": "the file holds {got}, but it must be a mapping of `key: value` lines",
        "fi": "tiedostossa on {got_fi}, mutta sen pitää koostua `avain: arvo` -riveistä",
    },
    {
        "en": "start the file with its top-level keys (see docs/workspace.md)",
        "fi": "aloita tiedosto sen päätason avaimilla (ks. docs/workspace.md)",
    },
    bad=Example(PLAN_FILE, "- ESI-1\n- ESI-2\n"),
    good=_GOOD_PLAN,
)
reading_rule(
    "Y007",
    "yaml-control-character",
    {
        "en": "The file holds a character that YAML does not allow.",
        "fi": "Tiedostossa on merkki, jota YAML ei salli.",
    },
    {
        "en": "invisible control character {char} is not allowed in a YAML file",
        "fi": "näkymätön ohjausmerkki {char} ei ole sallittu YAML-tiedostossa",
    },
    {
        "en": "delete the character at this place: most editors do not show it; it often comes "
        "with text copied from another program",
        "fi": "poista merkki tästä kohdasta: useimmat editorit eivät näytä sitä; se tulee usein "
        "toisesta ohjelmasta kopioidun tekstin mukana",
    },
    bad=Example(PLAN_FILE, "municipality: esimerkkila\nplan:\n  status: draft\x07\n"),
    good=_GOOD_PLAN,
)
reading_rule(
    "Y008",
    "yaml-long-number",
    {"en": "A number is too long to be read.", "fi": "Luku on liian pitkä luettavaksi."},
    {
        "en": "a number with {digits} digits (at most {limit} can be read)",
        "fi": "luvussa on {digits} numeroa (enintään {limit} voidaan lukea)",
    },
    {
        "en": "no plan needs such a number: shorten it, or put it in quotes if it is an ID or a text",
        "fi": "mikään suunnitelma ei tarvitse tällaista lukua: lyhennä se tai kirjoita se "
        "lainausmerkkeihin, jos se on tunniste tai teksti",
    },
    bad=Example(PLAN_FILE, MINIMAL_PLAN + "actions: " + "7" * 4400 + "\n"),
    good=_GOOD_PLAN,
)
reading_rule(
    "S001",
    "schema-missing",
    {"en": "A required field is missing.", "fi": "Pakollinen kenttä puuttuu."},
    {"en": "missing required field `{field}`", "fi": "pakollinen kenttä `{field}` puuttuu"},
    {
        "en": "add `{field}:` here (docs/workspace.md describes every field)",
        "fi": "lisää tähän `{field}:` (docs/workspace.md kuvaa jokaisen kentän)",
    },
    bad=Example(PLAN_FILE, "municipality: esimerkkila\nactions: []\n"),
    good=_GOOD_PLAN,
)
reading_rule(
    "S002",
    "schema-type",
    {"en": "A field has a value of the wrong type.", "fi": "Kentän arvo on väärää tyyppiä."},
    {
        "en": "`{field}` must be {expected}, not {got}",
        "fi": "`{field}`: arvon pitää olla {expected_fi}, nyt se on {got_fi}",
    },
    {"en": "{type_hint}", "fi": "{type_hint_fi}"},
    bad=Example(PLAN_FILE, MINIMAL_PLAN + "actions: ESI-1\n"),
    good=_GOOD_PLAN,
)
reading_rule(
    "S003",
    "schema-unknown-key",
    {"en": "A key that the format does not know.", "fi": "Tuntematon avain."},
    {"en": "unknown key `{field}`", "fi": "tuntematon avain `{field}`"},
    {"en": "{suggestion}", "fi": "{suggestion_fi}"},
    bad=Example(PLAN_FILE, "municipality: esimerkkila\nplan:\n  stauts: draft\n"),
    good=_GOOD_PLAN,
)
reading_rule(
    "S004",
    "schema-value",
    {"en": "A field has a value that is not allowed.", "fi": "Kentän arvo ei ole sallittu."},
    {"en": "`{field}`: {detail}", "fi": "`{field}`: {detail_fi}"},
    {"en": "{value_hint}", "fi": "{value_hint_fi}"},
    bad=Example(PLAN_FILE, "municipality: esimerkkila\nplan:\n  status: valmis\n"),
    good=_GOOD_PLAN,
)

_YAML_CODES = {
    "syntax": "Y001",
    "tab": "Y002",
    "duplicate-key": "Y003",
    "encoding": "Y004",
    "empty": "Y005",
    "not-mapping": "Y006",
    "control-character": "Y007",
    "long-number": "Y008",
}

# (expected en, expected fi, hint en, hint fi) for the pydantic error types of one kind of value
_WHOLE_NUMBER = (
    "a whole number",
    "kokonaisluku",
    "write digits only, e.g. 2026",
    "kirjoita pelkät numerot, esim. 2026",
)
_YES_NO = (
    "yes or no (true/false)",
    "kyllä tai ei (true/false)",
    "write true or false",
    "kirjoita true tai false",
)
_MAPPING = (
    "a mapping of `key: value` lines",
    "`avain: arvo` -rivejä",
    "write `key: value` lines indented under this key",
    "kirjoita `avain: arvo` -rivit sisennettyinä tämän avaimen alle",
)
_DATE = (
    "a date",
    "päivämäärä",
    "write a date as 2026-05-12 or 12.5.2026",
    "kirjoita päivämäärä muodossa 12.5.2026 tai 2026-05-12",
)

_TYPE_ERRORS: dict[str, tuple[str, str, str, str]] = {
    "string_type": (
        "text",
        "tekstiä",
        "write text; put it in quotes if it looks like a number",
        "kirjoita tekstiä; käytä lainausmerkkejä, jos se näyttää numerolta",
    ),
    "text_type": (
        "text",
        "tekstiä",
        "write text, or {fi: ..., sv: ...} for translations",
        "kirjoita tekstiä tai käännöksille {fi: ..., sv: ...}",
    ),
    "id_type": ("an ID", "tunniste", "write an ID such as EL-3", "kirjoita tunniste, esim. EL-3"),
    "plan_type": (
        "a file path or false",
        "tiedostopolku tai false",
        "write e.g. `municipalities/kuopio.yaml`, or `false` for a municipality that keeps no "
        "plan in this workspace",
        "kirjoita esim. `municipalities/kuopio.yaml` tai `false`, jos kunnalla ei ole "
        "suunnitelmaa tässä työtilassa",
    ),
    "int_type": _WHOLE_NUMBER,
    "int_parsing": _WHOLE_NUMBER,
    "int_from_float": (
        "a whole number",
        "kokonaisluku",
        "leave out the decimals",
        "jätä desimaalit pois",
    ),
    "float_type": (
        "a number",
        "luku",
        "write a number with a decimal point, e.g. 12.5",
        "kirjoita luku desimaalipisteellä, esim. 12.5",
    ),
    "float_parsing": (
        "a number",
        "luku",
        "write a number with a decimal point, e.g. 12.5 (not a comma)",
        "kirjoita luku desimaalipisteellä, esim. 12.5 (ei pilkkua)",
    ),
    "bool_type": _YES_NO,
    "bool_parsing": _YES_NO,
    "list_type": (
        "a list",
        "lista",
        "write a list: [a, b] or lines starting with '- '",
        "kirjoita lista: [a, b] tai rivit, jotka alkavat '- '",
    ),
    "dict_type": _MAPPING,
    "model_type": _MAPPING,
    "model_attributes_type": _MAPPING,
    "date_type": _DATE,
    "date_parsing": _DATE,
    "date_from_datetime_parsing": _DATE,
}

_VALUE_FI: dict[str, str] = {
    "id_pattern": "`{value}` ei kelpaa tunnisteeksi: käytä kirjaimia a–z, numeroita, '-', '_' tai '.'",
    "text_empty": "teksti on tyhjä",
    "text_language": "kieli `{lang}` ei ole tuettu: käytä fi, sv tai en",
    "range_order": "aikaväli päättyy ({end}) ennen kuin alkaa ({start})",
    "greater_than_equal": "arvon pitää olla vähintään {ge}",
    "less_than_equal": "arvon pitää olla enintään {le}",
    "too_short": "listassa pitää olla vähintään {min_length} kohta",
    "workspace_path": "`{value}` ei ole työtilan YAML-tiedosto: kirjoita polku työtilan kansiosta "
    "alkaen, /-merkein ja ilman '..'-osia",
    "outside_workspace": "tiedosto johtaa työtilan ulkopuolelle (symbolinen linkki?); sitä ei "
    "luettu",
    "text_too_long": "teksti on liian pitkä: yli {max_length} merkkiä",
    "string_too_long": "teksti on liian pitkä: yli {max_length} merkkiä",
    "plan_file_taken": "`{value}` on työtilan yhteinen tiedosto: kunnan suunnitelma tarvitsee oman "
    "tiedostonsa",
}


_PLAN_PATH_HINT = (
    "write e.g. `municipalities/kuopio.yaml` (the default when `plan` is left out), or "
    "`plan: false` for a municipality that keeps no plan in this workspace",
    "kirjoita esim. `municipalities/kuopio.yaml` (oletus, kun `plan` puuttuu) tai `plan: false`, "
    "jos kunnalla ei ole suunnitelmaa tässä työtilassa",
)

_VALUE_HINTS: dict[str, tuple[str, str]] = {
    "default": (
        "docs/workspace.md lists what each field accepts",
        "docs/workspace.md kertoo, mitä kukin kenttä hyväksyy",
    ),
    "id_pattern": (
        "IDs are short codes such as EL-3 or kuopio-liikunta (no spaces or ä/ö)",
        "tunnisteet ovat lyhyitä koodeja, kuten EL-3 tai kuopio-liikunta "
        "(ei välilyöntejä eikä ä/ö-kirjaimia)",
    ),
    "text_empty": ("write the text, or remove the key", "kirjoita teksti tai poista avain"),
    "text_language": (
        "write the text as {{fi: ..., sv: ..., en: ...}}",
        "kirjoita teksti muodossa {{fi: ..., sv: ..., en: ...}}",
    ),
    "range_order": (
        "write the earlier year first, e.g. 2026-2028",
        "kirjoita aikaisempi vuosi ensin, esim. 2026-2028",
    ),
    "greater_than_equal": ("use a value of at least {ge}", "käytä arvoa, joka on vähintään {ge}"),
    "less_than_equal": ("use a value of at most {le}", "käytä arvoa, joka on enintään {le}"),
    "too_short": ("add at least {min_length} item", "lisää vähintään {min_length} kohta"),
    "workspace_path": _PLAN_PATH_HINT,
    "outside_workspace": (
        "replace the link with the file itself, inside the workspace folder",
        "korvaa linkki itse tiedostolla työtilan kansiossa",
    ),
    "text_too_long": (
        "shorten the text to at most {max_length} characters; long background material belongs "
        "in an appendix",
        "lyhennä teksti enintään {max_length} merkkiin; pitkä taustamateriaali kuuluu liitteeseen",
    ),
    "string_too_long": (
        "shorten the text to at most {max_length} characters",
        "lyhennä teksti enintään {max_length} merkkiin",
    ),
    "plan_file_taken": _PLAN_PATH_HINT,
}


def _got(value: Any) -> tuple[str, str]:
    """What a wrong value is, in words (en, fi): "the text 'x'", "a list"..."""
    if value is None:
        return "empty", "tyhjä"
    if isinstance(value, bool):
        return "yes/no", "kyllä/ei-arvo"
    if isinstance(value, (int, float)):
        return f"the number {value}", f"luku {value}"
    if isinstance(value, str):
        short = value if len(value) <= 40 else value[:37] + "..."
        return f"the text '{short}'", f"teksti '{short}'"
    if isinstance(value, list):
        return "a list", "lista"
    if isinstance(value, dict):
        return "a mapping", "avain–arvo-rakenne"
    return type(value).__name__, type(value).__name__


def _object(ws: Workspace, finding: LoadFinding) -> tuple[str | None, str | None]:
    """The plan object an error sits in: the deepest list item that has an ID."""
    source = ws.files.get(finding.loc.file)
    data: Any = source.data if source else None
    kind, ident = None, None
    node = data
    parent_key = None
    for part in finding.loc.path:
        if isinstance(node, dict) and part in node:
            parent_key, node = part, node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
            if parent_key in ID_LISTS and isinstance(node, dict) and "id" in node:
                kind, ident = ID_LISTS[parent_key], str(node["id"])
        else:
            break
    return kind, ident


def findings_from_load(ws: Workspace) -> list[Finding]:
    """Turn the loader's raw problems into coded findings."""
    out: list[Finding] = []
    for item in ws.load_findings:
        family, _, kind = item.kind.partition(":")
        if family == "data":
            from .data import data_finding  # data.py registers its rules with reading_rule

            out.append(data_finding(item))
            continue
        if family == "yaml":
            params = dict(item.params)
            params["got_fi"] = {"a list": "lista", "a single value": "yksittäinen arvo"}.get(
                params.get("got", ""), params.get("got", "")
            )
            out.append(Finding(_YAML_CODES[kind], item.loc, params, span=item.span))
            continue
        out.append(_schema(ws, item, kind))
    return out


def _schema(ws: Workspace, item: LoadFinding, kind: str) -> Finding:
    """A schema error as S001-S004, with the params their messages and hints need."""
    p = item.params
    field_name = p["field"]
    loc = item.loc
    obj_kind, obj_id = _object(ws, item)
    params: dict[str, Any] = {"field": field_name, "detail": p["detail"]}
    if kind == "missing":
        parent = loc.path[:-1]
        return Finding(
            "S001",
            Loc(loc.file, parent),
            params,
            at_key=True,
            object_kind=obj_kind,
            object_id=obj_id,
        )
    if kind == "extra_forbidden":
        owner = model_at(p["model"], tuple(p["loc"][:-1]))
        allowed = list(owner.model_fields) if owner else []
        guess = suggest(str(field_name), allowed)
        if guess:
            params["suggestion"], params["suggestion_fi"] = did_you_mean(guess)
        else:
            params["suggestion"] = "allowed keys here: " + ", ".join(allowed)
            params["suggestion_fi"] = "sallitut avaimet tässä: " + ", ".join(allowed)
        return Finding("S003", loc, params, at_key=True, object_kind=obj_kind, object_id=obj_id)
    if kind in _TYPE_ERRORS:
        expected, expected_fi, hint, hint_fi = _TYPE_ERRORS[kind]
        got, got_fi = _got(p["input"])
        params.update(
            expected=expected,
            expected_fi=expected_fi,
            got=got,
            got_fi=got_fi,
            type_hint=hint,
            type_hint_fi=hint_fi,
        )
        return Finding("S002", loc, params, object_kind=obj_kind, object_id=obj_id)
    ctx = dict(p["ctx"])
    value = p["input"]
    params.update(ctx)
    params["value"] = value if not isinstance(value, (dict, list)) else ""
    params["detail_fi"] = _VALUE_FI.get(kind, p["detail"]).format_map(
        {**ctx, "value": params["value"], **{k: ctx.get(k, "") for k in ("lang", "start", "end")}}
    )
    hint, hint_fi = _VALUE_HINTS.get(kind, _VALUE_HINTS["default"])
    params["value_hint"] = hint.format_map(ctx)
    params["value_hint_fi"] = hint_fi.format_map(ctx)
    if kind == "literal_error":
        written = str(ctx.get("expected", "")).replace(" or ", ",").split(",")  # "'a', 'b' or 'c'"
        allowed = [a for a in (w.strip().strip("'") for w in written) if a]
        params["detail"] = f"`{value}` is not allowed (allowed: {', '.join(allowed)})"
        params["detail_fi"] = f"`{value}` ei ole sallittu arvo (sallitut: {', '.join(allowed)})"
        guess = suggest(str(value), allowed)
        if guess:
            params["value_hint"], params["value_hint_fi"] = did_you_mean(guess)
        else:
            params["value_hint"] = "write one of: " + ", ".join(allowed)
            params["value_hint_fi"] = "kirjoita jokin näistä: " + ", ".join(allowed)
    return Finding("S004", loc, params, object_kind=obj_kind, object_id=obj_id)
