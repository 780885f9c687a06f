"""The workspace schema: one pydantic model per YAML file kind.

Keys are English; content is in the plan's languages. Every object that others refer to has a
stable, human-readable `id`, and references are by ID. The models only say what a single file
may contain; how files refer to each other is checked by the rules in `hyteplan.rules`.
"""

from __future__ import annotations

import datetime as dt
import re
import typing
from typing import Annotated, Any, Literal, Union

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    PlainValidator,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError, core_schema

from .limits import TEXT_MAX_CHARS

LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")
Lang = Literal["fi", "sv", "en"]

FORMAT_VERSION: Literal[1] = 1

# --- reusable field types -------------------------------------------------------------------

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
_ID_RE = re.compile(ID_PATTERN)
_PLAIN_ID = re.compile(ID_PATTERN[1:-1]).fullmatch


def _validate_id(value: Any) -> str:
    """An ID as text; numbers are accepted (YAML reads `297` as one) but shapes are not."""
    if value.__class__ is str and _PLAIN_ID(value):
        return value  # the usual case: ~10,000 IDs in a large region, kept cheap
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise PydanticCustomError("id_type", "an ID must be text such as EL-3")
    text = str(value).strip()
    if not _ID_RE.match(text):
        raise PydanticCustomError(
            "id_pattern",
            "'{value}' is not a valid ID: use letters a-z, digits, '-', '_' or '.', "
            "starting with a letter or digit",
            {"value": text},
        )
    return text


Id = Annotated[
    str,
    PlainValidator(_validate_id),
    WithJsonSchema({"type": "string", "pattern": ID_PATTERN, "description": "A stable ID."}),
]


def validate_text(value: Any) -> str | dict[str, str]:
    """A text is a plain string, or a mapping of language code to string.

    Public because it also marks a field as Text: diff/fields.py finds text fields by it.
    """
    if isinstance(value, bool):
        raise PydanticCustomError("text_type", "expected text, got a yes/no value")
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        if not value.strip():
            raise PydanticCustomError("text_empty", "the text is empty")
        return _not_too_long(value)
    if isinstance(value, dict):
        if not value:
            raise PydanticCustomError("text_empty", "the text has no language versions")
        out: dict[str, str] = {}
        for lang, text in value.items():
            if lang not in LANGUAGES:
                raise PydanticCustomError(
                    "text_language",
                    "'{lang}' is not a supported language: use fi, sv or en",
                    {"lang": str(lang)},
                )
            if not isinstance(text, (str, int, float)) or isinstance(text, bool):
                raise PydanticCustomError(
                    "text_type", "the '{lang}' version must be text", {"lang": lang}
                )
            out[lang] = _not_too_long(str(text))
        return out
    raise PydanticCustomError("text_type", "expected text or {{fi: ..., sv: ..., en: ...}}")


def _not_too_long(text: str) -> str:
    """A text longer than any plan needs would keep render busy for minutes: refuse it."""
    if len(text) > TEXT_MAX_CHARS:
        raise PydanticCustomError(
            "text_too_long",
            "the text is too long: more than {max_length} characters",
            {"max_length": TEXT_MAX_CHARS},
        )
    return text


_TEXT_SCHEMA = {
    "anyOf": [
        {"type": "string", "maxLength": TEXT_MAX_CHARS},
        {
            "type": "object",
            "properties": {
                lang: {"type": "string", "maxLength": TEXT_MAX_CHARS} for lang in LANGUAGES
            },
            "additionalProperties": False,
            "minProperties": 1,
        },
    ],
    "description": "Text in one language, or {fi: ..., sv: ..., en: ...}.",
}

Text = Annotated[
    Union[str, dict[str, str]], PlainValidator(validate_text), WithJsonSchema(_TEXT_SCHEMA)
]

Year = Annotated[int, Field(ge=1990, le=2100)]

TargetGroup = Literal[
    "lapset", "nuoret", "lapsiperheet", "tyoikaiset", "ikaantyneet", "erityisryhmat", "kaikki"
]
TARGET_GROUPS: tuple[str, ...] = TargetGroup.__args__  # type: ignore[attr-defined]

RANGE_PATTERN = r"^\s*(\d{4})\s*[-–—]\s*(\d{4})\s*$"
_RANGE_RE = re.compile(RANGE_PATTERN)


def _year_range(value: Any) -> Any:
    """Accept "2026–2029" and "2026-2029" as well as {start: 2026, end: 2029}."""
    if isinstance(value, str):
        match = _RANGE_RE.match(value)
        if match:
            return {"start": int(match.group(1)), "end": int(match.group(2))}
    if isinstance(value, int) and not isinstance(value, bool):
        return {"start": value, "end": value}
    return value


FI_DATE_PATTERN = r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$"
_FI_DATE_RE = re.compile(FI_DATE_PATTERN)


def _finnish_date(value: Any) -> Any:
    """Accept the Finnish way of writing dates (12.5.2026) besides ISO (2026-05-12)."""
    if isinstance(value, str):
        match = _FI_DATE_RE.match(value)
        if match:
            day, month, year = (int(g) for g in match.groups())
            try:
                return dt.date(year, month, day)
            except ValueError:
                return value
    return value


Date = Annotated[
    dt.date,
    BeforeValidator(_finnish_date),
    # Editors must accept what the validator accepts: 12.5.2026 as well as 2026-05-12.
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "format": "date"},
                {"type": "string", "pattern": FI_DATE_PATTERN},
            ],
            "description": "A date: 12.5.2026 or 2026-05-12.",
        }
    ),
]

DECIMAL_COMMA_PATTERN = r"^\s*-?\d+,\d+\s*$"
_DECIMAL_COMMA_RE = re.compile(DECIMAL_COMMA_PATTERN)


def _decimal_comma(value: Any) -> Any:
    """Accept the Finnish decimal comma (12,5) in numbers, as Excel users write them."""
    if isinstance(value, str) and _DECIMAL_COMMA_RE.match(value):
        return float(value.replace(",", "."))
    return value


Number = Annotated[
    float,
    BeforeValidator(_decimal_comma),
    # Editors must accept what the validator accepts: 12.5 as well as "12,5".
    WithJsonSchema(
        {
            "anyOf": [{"type": "number"}, {"type": "string", "pattern": DECIMAL_COMMA_PATTERN}],
            "description": "A number: 12.5, or 12,5 with a decimal comma.",
        }
    ),
]


# A file of the workspace, written relative to it: `diff` reads revisions from git, where only
# the workspace's own files exist, so validate must not read anything else either.
WORKSPACE_PATH_PATTERN = r"^(?!/)(?![A-Za-z]:)(?!.*(^|/)\.\.(/|$))[^\\]*\.ya?ml$"
_WORKSPACE_PATH_RE = re.compile(WORKSPACE_PATH_PATTERN)


def _plan_path(value: Any) -> str | Literal[False]:
    """A plan file inside the workspace, or False: the municipality keeps no plan here.

    One validator for both, so that a wrong value gets one message rather than one per form.
    """
    if value is False:
        return False
    if not isinstance(value, str):
        raise PydanticCustomError(
            "plan_type", "expected the path of a plan file, or false for no plan"
        )
    path = value.strip()
    if not _WORKSPACE_PATH_RE.match(path):
        raise PydanticCustomError(
            "workspace_path",
            "'{value}' is not a YAML file inside the workspace: write its path relative to the "
            "workspace folder, with / and without '..'",
            {"value": path},
        )
    if path in FIXED_FILES:  # it would be read as a plan instead of what it is
        raise PydanticCustomError(
            "plan_file_taken",
            "'{value}' is one of the workspace's shared files: a municipal plan needs a file of its own",
            {"value": path},
        )
    return path


PlanPath = Annotated[
    Union[str, Literal[False]],
    PlainValidator(_plan_path),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "pattern": WORKSPACE_PATH_PATTERN},
                {"const": False},
            ],
            "description": "A .yaml file inside the workspace, e.g. municipalities/kuopio.yaml; "
            "false: the municipality keeps no plan in this workspace.",
        }
    ),
]


class Node(BaseModel):
    """Base of every model: unknown keys are errors (typos must not silently vanish)."""

    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True, str_max_length=TEXT_MAX_CHARS
    )


class YearRange(Node):
    """A span of whole years; the short forms people write are accepted and shown to editors."""

    start: Year
    end: Year

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, value: Any) -> Any:
        return _year_range(value)

    @model_validator(mode="after")
    def _ordered(self) -> "YearRange":
        if self.end < self.start:
            raise PydanticCustomError(
                "range_order",
                "the range ends ({end}) before it starts ({start})",
                {"start": self.start, "end": self.end},
            )
        return self

    def years(self) -> range:
        return range(self.start, self.end + 1)

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> dict[str, Any]:
        """Editors must accept the short forms the validator accepts: "2026–2029" and 2026."""
        mapping = dict(handler.resolve_ref_schema(handler(schema)))
        out: dict[str, Any] = {"title": mapping.get("title", cls.__name__)}
        if "description" in mapping:
            out["description"] = mapping["description"]
        out["anyOf"] = [
            mapping,
            {"type": "string", "pattern": RANGE_PATTERN},
            {"type": "integer", "minimum": 1990, "maximum": 2100},
        ]
        return out


class Term(YearRange):
    """The plan term, e.g. 2026–2029 (a council term is 1.6.2025–31.5.2029)."""


class Schedule(YearRange):
    """When an action is carried out, in whole years."""


# --- hyteplan.yaml --------------------------------------------------------------------------


# An organisation's document languages; None: the workspace's default language.
OrgLanguages = Annotated[list[Lang], Field(min_length=1)] | None
_ORG_LANGUAGES = (
    "Languages of this organisation's documents, the first its main one; default: the "
    "workspace's default language."
)


class Region(Node):
    """The welfare region (hyvinvointialue) whose plan this workspace holds."""

    id: Id
    name: Text
    sotkanet_id: Annotated[int, Field(ge=1)] | None = Field(
        None, description="The region's ID in THL Sotkanet (welfare regions are 956–978)."
    )
    languages: OrgLanguages = Field(None, description=_ORG_LANGUAGES)


class Municipality(Node):
    """A municipality (kunta) of the region: with its own plan file, or `plan: false`."""

    id: Id
    name: Text
    code: Annotated[int, Field(ge=1, le=999)] = Field(
        description="The official municipality number (Kuopio 297), also its Sotkanet region code."
    )
    plan: PlanPath | None = Field(
        None,
        description="Path of its plan file; default municipalities/<id>.yaml. false: it keeps "
        "no plan in this workspace and takes part in joint actions only.",
    )
    languages: OrgLanguages = Field(None, description=_ORG_LANGUAGES)

    @property
    def has_plan(self) -> bool:
        return self.plan is not False

    def plan_path(self) -> str | None:
        """Where its plan is; None for a municipality declared without one (`plan: false`)."""
        if self.plan is False:
            return None
        return self.plan or f"municipalities/{self.id}.yaml"


Level = Literal["error", "warning"]


class RuleSettings(Node):
    """Which checks run, as in ruff: codes or prefixes (e.g. Q, Q005)."""

    select: list[str] = Field(default_factory=list, description="Run only these (default: all).")
    ignore: list[str] = Field(default_factory=list, description="Never run these.")
    severity: dict[str, Level] = Field(
        default_factory=dict, description="Change the severity of a code, e.g. {Q009: error}."
    )


# A folder inside the workspace, written relative to it (as a plan path, without the suffix).
WORKSPACE_FOLDER_PATTERN = r"^(?!/)(?![A-Za-z]:)(?!.*(^|/)\.\.(/|$))[^\\]+$"


_WORKSPACE_FOLDER_RE = re.compile(WORKSPACE_FOLDER_PATTERN)


def _workspace_folder(value: Any) -> str:
    """A folder written relative to the workspace: never absolute, never through '..'."""
    if not isinstance(value, str) or not _WORKSPACE_FOLDER_RE.match(value.strip()):
        raise PydanticCustomError(
            "workspace_folder",
            "expected a folder inside the workspace, written relative to it with / and "
            "without '..'",
        )
    return value.strip().rstrip("/")


WorkspaceFolder = Annotated[
    str,
    PlainValidator(_workspace_folder),
    WithJsonSchema({"type": "string", "pattern": WORKSPACE_FOLDER_PATTERN}),
]


class PreviousTerm(Node):
    """Where the previous council term's plan is: a git revision or a folder of the workspace.

    Either is a whole workspace as it was (hyteplan.yaml, region.yaml, municipalities/...).
    """

    revision: str | None = Field(
        None, description="A git revision (tag, branch, commit) of this repository."
    )
    path: WorkspaceFolder | None = Field(
        None,
        description="A folder inside this workspace holding the previous term's workspace, "
        "e.g. previous/2022-2025.",
    )

    @model_validator(mode="after")
    def _one_source(self) -> "PreviousTerm":
        if (self.revision is None) == (self.path is None):
            raise PydanticCustomError(
                "previous_term_source", "give either `revision` or `path`, not both or neither"
            )
        return self


def _finnish_only() -> list[Lang]:
    return ["fi"]


# --- the wellbeing report part (issue 9, wellbeing report) ---------------------------------

#: What `hyteplan render` makes: the report and the plan in one document, or the plan alone.
DocumentKind = Literal["report_and_plan", "plan"]
#: Population groups every report has (their names are in the glossary); a workspace lists
#: their indicators under `population_groups` and may add groups of its own.
STANDARD_POPULATION_GROUPS: tuple[str, ...] = ("lapset-nuoret", "tyoikaiset", "ikaantyneet")


class PopulationGroup(Node):
    """A population group of the report (väestöryhmä) and the indicators that describe it."""

    id: Id = Field(
        description="lapset-nuoret, tyoikaiset or ikaantyneet (hyteplan names them), or an ID "
        "of the workspace's own group."
    )
    name: Text | None = Field(None, description="Required for a group of the workspace's own.")
    indicators: list[Id] = Field(default_factory=list, description="Indicator IDs, in order.")

    @model_validator(mode="after")
    def _named(self) -> "PopulationGroup":
        if self.name is None and self.id not in STANDARD_POPULATION_GROUPS:
            raise PydanticCustomError(
                "group_name",
                "the population group '{id}' needs a name: only lapset-nuoret, tyoikaiset and "
                "ikaantyneet are named by hyteplan",
                {"id": self.id},
            )
        return self


class WorkspaceFile(Node):
    """hyteplan.yaml: the region, its municipalities, the term, languages and rule settings."""

    format: Literal[1] = Field(FORMAT_VERSION, description="Version of the workspace format.")
    example: bool = Field(False, description="True when the content is invented example data.")
    region: Region
    term: Term
    languages: Annotated[list[Lang], Field(min_length=1)] = Field(
        default_factory=_finnish_only,
        description="Languages of the texts; the first is the default, and the language of "
        "every document unless an organisation sets its own `languages`.",
    )
    municipalities: list[Municipality] = Field(default_factory=list)
    document: DocumentKind = Field(
        "report_and_plan",
        description="report_and_plan: the wellbeing report (hyvinvointikertomus) and the plan in "
        "one document; plan: the plan alone.",
    )
    population_groups: list[PopulationGroup] = Field(
        default_factory=list, description="The report's population groups and their indicators."
    )
    previous_term: PreviousTerm | None = Field(
        None, description="The previous council term's plan, evaluated in the report."
    )
    rules: RuleSettings = Field(default_factory=RuleSettings)

    @property
    def default_language(self) -> str:
        return self.languages[0]

    def languages_of(self, org_id: str) -> list[str]:
        """The languages of an organisation's documents, its main language first."""
        orgs: list[Region | Municipality] = [self.region, *self.municipalities]
        for org in orgs:
            if org.id == org_id and org.languages:
                return list(dict.fromkeys(org.languages))
        return [self.default_language]


# --- parties.yaml ---------------------------------------------------------------------------


class Party(Node):
    """A responsible party (vastuutaho) or partner: an organisation, a unit or a group."""

    id: Id
    name: Text
    kind: Literal["organisation", "unit", "group"] = Field(
        "organisation",
        description="organisation; unit (of an organisation); group (e.g. all sports clubs).",
    )
    organisation: Id | None = Field(
        None,
        description="The region or municipality ID this party belongs to, if it is one of them.",
    )
    parent: Id | None = Field(None, description="For a unit: the party it is part of.")
    members: list[Id] = Field(default_factory=list, description="For a group: named members.")
    description: Text | None = None


class PartiesFile(Node):
    """parties.yaml: every party that an action names, written once."""

    parties: list[Party] = Field(default_factory=list)


# --- indicators.yaml ------------------------------------------------------------------------


SourceKind = Literal["sotkanet", "kouluterveyskysely", "teaviisari", "local", "other"]


class IndicatorSource(Node):
    """Where the values come from: THL Sotkanet, the school health survey, TEAviisari or local data."""

    kind: SourceKind
    id: str | int | None = Field(None, description="The ID in the source, e.g. Sotkanet 3906.")
    url: str | None = None
    note: Text | None = None


class Measurement(Node):
    """A value in a year: an indicator's baseline or target."""

    value: Number
    year: Year


class IncentiveRole(Node):
    """An indicator's role in the state's hyte incentive (HYTE-kerroin; docs/yearly-cycle.md)."""

    level: Literal["municipal", "regional"] = Field(
        description="municipal: the municipalities' incentive; regional: the welfare regions'."
    )
    kind: Literal["process", "outcome"] = Field(
        description="process: what the organisation does; outcome: the residents' wellbeing."
    )


class Indicator(Node):
    """An indicator (mittari): where its values come from and which way is better."""

    id: Id
    name: Text
    source: IndicatorSource | None = None
    unit: str | None = Field(None, description="e.g. %, per 10 000, persons")
    direction: Literal["lower", "higher"] = Field(
        description="lower: a lower value is better; higher: a higher value is better."
    )
    decimals: Annotated[int, Field(ge=0, le=4)] | None = Field(
        None,
        description="Decimals shown everywhere (Sotkanet's metadata; else as the values need).",
    )
    baseline: Measurement | None = Field(
        None, description="Lähtötaso: value and year (the welfare region's, in indicators.yaml)."
    )
    target: Measurement | None = Field(
        None, description="Tavoitetaso: value and year (the welfare region's, in indicators.yaml)."
    )
    description: Text | None = None
    incentive: list[IncentiveRole] = Field(
        default_factory=list,
        description="Its roles in the state's hyte incentive (HYTE-kerroin): municipal and/or "
        "regional, process or outcome.",
    )

    def definition(self) -> tuple[Any, ...]:
        """What must agree when the same measure is defined twice."""
        return (self.unit, self.direction)


class IndicatorTarget(Node):
    """An organisation's own baseline and target for an indicator of the catalogue."""

    indicator: Id = Field(description="The indicator's ID in indicators.yaml.")
    baseline: Measurement | None = Field(None, description="This organisation's own baseline.")
    target: Measurement | None = Field(None, description="This organisation's own target.")


class IndicatorGroup(Node):
    """A named set of indicators, e.g. THL's minimum content of the report; a region may
    require it in every municipal report (rule M001)."""

    id: Id
    name: Text
    description: Text | None = None
    indicators: list[Id] = Field(
        default_factory=list, description="Indicator IDs of the catalogue."
    )
    required: bool | list[Id] = Field(
        False,
        description="true: every municipal report must show the group's indicators; a list of "
        "municipality IDs: only theirs; false: a group for reading only.",
    )


class IndicatorsFile(Node):
    """indicators.yaml: the indicator catalogue shared by all plans."""

    indicators: list[Indicator] = Field(default_factory=list)
    indicator_groups: list[IndicatorGroup] = Field(
        default_factory=list,
        description="Named sets of indicators, e.g. THL's minimum content of the report.",
    )


# --- focus-areas.yaml -----------------------------------------------------------------------


class WellbeingGap(Node):
    """A hyvinvointivaje: the problem that made a focus area necessary."""

    text: Text
    indicators: list[Id] = Field(default_factory=list)


class Goal(Node):
    """A tavoite under a focus area, often for one target group."""

    id: Id
    title: Text
    description: Text | None = None
    target_groups: list[TargetGroup] = Field(default_factory=list)
    indicators: list[Id] = Field(default_factory=list)
    target_year: Year | None = None


class OwnGoal(Goal):
    """A plan's own goal under a shared focus area (from focus-areas.yaml)."""

    focus_area: Id = Field(description="The shared focus area the goal belongs to.")


class FocusArea(Node):
    """A painopistealue with the reasons it was chosen and its goals."""

    id: Id
    title: Text
    description: Text | None = None
    wellbeing_gaps: list[WellbeingGap] = Field(default_factory=list)
    goals: list[Goal] = Field(default_factory=list)


class FocusAreasFile(Node):
    """focus-areas.yaml: focus areas and goals agreed by the region and municipalities."""

    focus_areas: list[FocusArea] = Field(default_factory=list)


# --- plans ----------------------------------------------------------------------------------


class Decision(Node):
    """One step of the plan's handling (käsittely): which body decided what, when, under which §."""

    body: Text
    date: Date
    section: str | int | None = Field(None, description="The § number in the minutes.")
    decision: Text


PlanStatus = Literal["draft", "proposal", "approved"]


class IncentiveFacts(Node):
    """What the organisation's own documents settle for the hyte incentive (HYTE-kerroin).

    Each is written as where or who, e.g. "Talousarvio 2026, s. 14" or "Hyvinvointikoordinaattori
    Maija Meikäläinen"; an item counts as met when it is written (docs/yearly-cycle.md).
    """

    coordinator: Text | None = Field(
        None, description="The named hyte coordinator (name and title)."
    )
    budget: Text | None = Field(
        None, description="Where the budget sets hyte goals and their indicators."
    )
    audit_evaluation: Text | None = Field(
        None, description="Where the audit committee evaluated the hyte goals during the term."
    )
    physical_activity: Text | None = Field(
        None,
        description="Where children's and young people's physical activity is reported yearly.",
    )


class PlanInfo(Node):
    """Facts about a plan document as a whole."""

    title: Text | None = Field(None, description="Document title; a default is made if absent.")
    status: PlanStatus = "draft"
    term: Term | None = Field(None, description="Must equal the workspace term if given.")
    prepared_by: Text | None = Field(None, description="Who prepared the plan.")
    participation: Text | None = Field(
        None, description="How residents and influence bodies took part."
    )
    summary: Text | None = None
    decisions: list[Decision] = Field(default_factory=list)
    incentive: IncentiveFacts | None = Field(
        None, description="Facts for the hyte incentive's checklist (HYTE-kerroin)."
    )


class ReportInfo(Node):
    """What the coordinators write for the report part (the summary, who prepared it and how
    residents took part are in `plan:`)."""

    cooperation: Text | None = Field(
        None, description="Cooperation with the welfare region, or with the municipalities."
    )
    strategy_link: Text | None = Field(
        None, description="How the report and plan link to the strategy and the budget."
    )
    yearly_reporting: Text | None = Field(
        None, description="How the yearly report to the council will be made."
    )
    strengths: list[Text] = Field(
        default_factory=list, description="Strengths (vahvuudet), as the coordinators conclude."
    )
    development_areas: list[Text] = Field(
        default_factory=list, description="Development areas (kehittämiskohteet), as concluded."
    )
    key_indicators: list[Id] = Field(
        default_factory=list,
        description="Indicators shown beside the summary (and, in the regional report, by "
        "municipality); default: the first of each population group.",
    )


# The words of the status records (status/<year>.yaml): one vocabulary for an action's status,
# also the final status of a previous term's action.
ActionState = Literal["not_started", "started", "done", "postponed", "cancelled"]
ACTION_STATES: tuple[str, ...] = ActionState.__args__  # type: ignore[attr-defined]


class ActionEvaluation(Node):
    """The written evaluation of one action of the previous term's plan."""

    action: Id = Field(description="The action's ID in the previous term's plan.")
    status: ActionState = Field(
        description="Its final status: not_started, started, done, postponed or cancelled."
    )
    evaluation: Text | None = Field(None, description="What came of it, in a sentence or two.")


class Action(Node):
    """A toimenpide: concrete work towards a goal, with a responsible party and indicators."""

    id: Id
    title: Text
    description: Text | None = None
    focus_area: Id
    goal: Id | None = None
    responsible: Id | None = Field(None, description="The vastuutaho: a party ID.")
    partners: list[Id] = Field(default_factory=list, description="Party or group IDs.")
    target_groups: list[TargetGroup] = Field(default_factory=list)
    schedule: Schedule | None = None
    indicators: list[Id] = Field(default_factory=list)
    resources: Text | None = None
    rural_reach: Text | None = Field(
        None, description="How the action reaches sparsely populated areas (MVA)."
    )
    strategy_link: Text | None = Field(
        None, description="Link to the organisation's strategy or budget."
    )


class RegionalAction(Action):
    """An action of the regional plan; with participants it is a joint action."""

    participants: list[Id] = Field(
        default_factory=list,
        description="Municipality IDs: the action appears, identical, in their plans too.",
    )

    @property
    def is_joint(self) -> bool:
        return bool(self.participants)


class RegionalPlanFile(Node):
    """region.yaml: the regional plan, its own actions and the joint actions."""

    plan: PlanInfo
    focus_areas: list[FocusArea] = Field(
        default_factory=list, description="Focus areas of the regional plan alone."
    )
    goals: list[OwnGoal] = Field(
        default_factory=list, description="The region's own goals under shared focus areas."
    )
    actions: list[RegionalAction] = Field(default_factory=list)
    indicator_targets: list[IndicatorTarget] = Field(
        default_factory=list,
        description="The region's own baselines and targets (they win over indicators.yaml).",
    )
    report: ReportInfo | None = Field(None, description="Texts of the wellbeing report part.")
    previous_term_evaluations: list[ActionEvaluation] = Field(
        default_factory=list,
        description="The final status and evaluation of the previous term's actions.",
    )


class MunicipalPlanFile(Node):
    """municipalities/<id>.yaml: one municipality's plan."""

    municipality: Id
    plan: PlanInfo
    focus_areas: list[FocusArea] = Field(
        default_factory=list, description="The municipality's own focus areas and goals."
    )
    goals: list[OwnGoal] = Field(
        default_factory=list,
        description="The municipality's own goals under shared focus areas.",
    )
    joint_actions: list[Id] = Field(
        default_factory=list,
        description="Optional: joint actions of region.yaml this plan takes part in.",
    )
    actions: list[Action] = Field(default_factory=list)
    indicators: list[Indicator] = Field(
        default_factory=list, description="Local indicators of this municipality."
    )
    indicator_targets: list[IndicatorTarget] = Field(
        default_factory=list,
        description="The municipality's own baselines and targets for catalogue indicators.",
    )
    report: ReportInfo | None = Field(None, description="Texts of the wellbeing report part.")
    previous_term_evaluations: list[ActionEvaluation] = Field(
        default_factory=list,
        description="The final status and evaluation of the previous term's actions.",
    )


# --- status/<year>.yaml (the yearly follow-up, seuranta) -------------------------------------


class ActionStatus(Node):
    """Where one action stood at the end of a year; a joint action's is written by the region."""

    action: Id = Field(description="The action's ID in its organisation's plan.")
    status: ActionState = Field(
        description="not_started, started, done, postponed or cancelled (docs/yearly-cycle.md)."
    )
    note: Text | None = Field(None, description="A short progress note for the council.")
    resources: Text | None = Field(None, description="Resources used during the year.")
    next_steps: Text | None = Field(None, description="What happens next.")
    reason: Text | None = Field(
        None, description="Why the action was cancelled or postponed (required when cancelled)."
    )
    participant_notes: dict[Id, Text] = Field(
        default_factory=dict,
        description="For a joint action: a participating municipality's own note, by its ID.",
    )


class StatusFile(Node):
    """status/<year>.yaml: the status of the actions at the end of one year, per organisation."""

    year: Year = Field(description="The year this follow-up reports on.")
    organisations: dict[Id, list[ActionStatus]] = Field(
        default_factory=dict,
        description="Per organisation (the region's or a municipality's ID) its actions' status.",
    )
    report_decisions: dict[Id, list[Decision]] = Field(
        default_factory=dict,
        description="Per organisation the handling of its annual report on this year (body, "
        "date, §): shown in the report's decision history.",
    )


# --- negotiations/*.yaml (the record of a yearly hyte negotiation, hyte-neuvottelut) --------


class NegotiationAnswer(Node):
    """The answers to the negotiation's two questions about one joint action (seed 003)."""

    action: Id = Field(description="The joint action's ID in region.yaml.")
    cooperation: Text | None = Field(
        None,
        description="Does the action show real cooperation (yhdyspintatyö)? What to remove or add?",
    )
    change_by_term_end: Text | None = Field(
        None, description="Will the action change things by the end of the term?"
    )


class AgreedChange(Node):
    """A change to the plans agreed in the negotiation, optionally about one action."""

    text: Text
    action: Id | None = Field(None, description="The action the change is about, if one.")


class NegotiationRecord(Node):
    """negotiations/<year>-<municipality>.yaml: what a yearly negotiation agreed (docs/yearly-cycle.md)."""

    year: Year = Field(description="The year of the negotiation (the year of its pack).")
    date: Date
    municipalities: Annotated[list[Id], Field(min_length=1)] = Field(
        description="The municipalities negotiated with (their IDs in hyteplan.yaml)."
    )
    participants: list[Text] = Field(
        default_factory=list, description="Who took part: organisations, bodies, roles."
    )
    summary: Text | None = None
    answers: list[NegotiationAnswer] = Field(
        default_factory=list, description="Per joint action, the answers to the two questions."
    )
    agreed_changes: list[AgreedChange] = Field(default_factory=list)
    next_steps: list[Text] = Field(default_factory=list)


FILE_KINDS: dict[str, type[Node]] = {
    "workspace": WorkspaceFile,
    "parties": PartiesFile,
    "indicators": IndicatorsFile,
    "focus-areas": FocusAreasFile,
    "region": RegionalPlanFile,
    "municipality": MunicipalPlanFile,
    "status": StatusFile,
    "negotiation": NegotiationRecord,
}

FIXED_FILES: dict[str, str] = {
    "hyteplan.yaml": "workspace",
    "parties.yaml": "parties",
    "indicators.yaml": "indicators",
    "focus-areas.yaml": "focus-areas",
    "region.yaml": "region",
}


def text_in(text: str | dict[str, str] | None, lang: str, fallback: str) -> tuple[str, bool]:
    """The text in `lang`; else in `fallback` (and True: it fell back); '' when absent."""
    if text is None:
        return "", False
    if isinstance(text, str):
        return text, lang != fallback  # a plain string is in the default language
    if lang in text:
        return text[lang], False
    if fallback in text:
        return text[fallback], lang != fallback
    first = next(iter(text.values()))
    return first, True


def unwrap_models(annotation: Any) -> list[Any]:
    """The types an annotation can hold (through Optional, list, dict, Annotated)."""
    origin = typing.get_origin(annotation)
    if origin is None:
        return [annotation]
    out: list[Any] = []
    for arg in typing.get_args(annotation):
        out += unwrap_models(arg)
    return out


def model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model class whose instance sits at `loc` inside a `model` document."""
    current: type[BaseModel] = model
    for part in loc:
        if not isinstance(part, str):
            continue
        info = current.model_fields.get(part)
        if info is None:
            continue
        models = [
            a
            for a in unwrap_models(info.annotation)
            if isinstance(a, type) and issubclass(a, BaseModel)
        ]
        if not models:
            return current
        current = models[0]
    return current
