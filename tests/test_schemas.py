"""The committed JSON Schemas in schemas/ are what the models generate, and plans/ uses them."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from hyteplan.model import FIXED_FILES
from hyteplan.schemas import json_schemas, schema_filename, schema_texts

REPO = Path(__file__).resolve().parents[1]
SCHEMAS = REPO / "schemas"
PLANS = REPO / "plans"
SCAFFOLD = REPO / "src" / "hyteplan" / "scaffold"
REGENERATE = "regenerate them with `.venv/bin/hyteplan schema --out-dir schemas` and commit"
MODELINE = "# yaml-language-server: $schema="


def kind_of(workspace: Path, file: Path) -> str:
    """The file kind of a YAML file of a workspace, as the loader decides it."""
    # A workspace inside the workspace (the previous term's plan) has its own files.
    workspace = next(p for p in file.parents if (p / "hyteplan.yaml").is_file())
    rel = file.relative_to(workspace).as_posix()
    if rel in FIXED_FILES:
        return FIXED_FILES[rel]
    for folder, kind in (("status/", "status"), ("negotiations/", "negotiation")):
        if rel.startswith(folder):
            return kind
    assert rel.startswith("municipalities/"), f"{rel} is no workspace file kind"
    return "municipality"


def yaml_files(workspace: Path) -> list[Path]:
    return sorted(
        p for p in workspace.rglob("*.yaml") if "data" not in p.relative_to(workspace).parts
    )


def editor_view(node: Any) -> Any:
    """The data as an editor's YAML 1.2 parser sees it: dates stay text (2026-03-23)."""
    if isinstance(node, dict):
        return {key: editor_view(value) for key, value in node.items()}
    if isinstance(node, list):
        return [editor_view(value) for value in node]
    if isinstance(node, dt.date):
        return node.isoformat()
    return node


def validator(kind: str) -> jsonschema.Draft202012Validator:
    schema = json_schemas()[kind]
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def test_committed_schemas_equal_the_generated_ones() -> None:
    expected = schema_texts()
    committed = {p.name: p.read_text(encoding="utf-8") for p in SCHEMAS.glob("*.schema.json")}
    assert sorted(committed) == sorted(expected), (
        f"schemas/ holds other files than expected: {REGENERATE}"
    )
    for name, text in expected.items():
        assert committed[name] == text, f"schemas/{name} is out of date: {REGENERATE}"


def test_generated_schemas_are_valid_json_schemas() -> None:
    for kind, schema in json_schemas().items():
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["$id"] == schema_filename(kind)


@pytest.mark.parametrize("file", yaml_files(PLANS), ids=lambda p: p.relative_to(PLANS).as_posix())
def test_example_file_points_at_the_schema_of_its_kind(file: Path) -> None:
    target = SCHEMAS / schema_filename(kind_of(PLANS, file))
    expected = MODELINE + os.path.relpath(target, file.parent).replace(os.sep, "/")
    first_line = file.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == expected
    assert (file.parent / first_line.removeprefix(MODELINE)).resolve() == target.resolve()


WORKSPACE_FILES = [
    pytest.param(workspace, file, id=f"{workspace.name}/{file.relative_to(workspace).as_posix()}")
    for workspace in (PLANS, SCAFFOLD)
    for file in yaml_files(workspace)
]


@pytest.mark.parametrize("workspace, file", WORKSPACE_FILES)
def test_workspace_files_validate_against_the_json_schema(workspace: Path, file: Path) -> None:
    data = editor_view(yaml.safe_load(file.read_text(encoding="utf-8")))
    errors = [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator(kind_of(workspace, file)).iter_errors(data)
    ]
    assert errors == []


def test_schema_accepts_the_short_forms_the_loader_accepts() -> None:
    check = validator("municipality")
    plan: dict[str, Any] = {
        "municipality": "kuopio",
        "plan": {
            "term": "2026–2029",
            "decisions": [
                {"body": "Valtuusto", "date": "13.4.2026", "section": 31, "decision": "Hyväksyi."},
                {
                    "body": "Hallitus",
                    "date": "2026-03-16",
                    "decision": {"fi": "Esitti.", "sv": "Föreslog."},
                },
            ],
        },
        "actions": [
            {"id": "A-1", "title": "T", "focus_area": "f", "schedule": 2027},
            {"id": "A-2", "title": "T", "focus_area": "f", "schedule": "2026-2028"},
            {
                "id": "A-3",
                "title": "T",
                "focus_area": "f",
                "schedule": {"start": 2026, "end": 2029},
            },
        ],
        "indicators": [
            {
                "id": "i",
                "name": "N",
                "direction": "lower",
                "baseline": {"value": "12,5", "year": 2025},
            },
            {"id": "j", "name": "N", "direction": "higher", "target": {"value": 7, "year": 2029}},
        ],
    }
    assert list(check.iter_errors(plan)) == []


@pytest.mark.parametrize(
    "change, path",
    [
        (
            {"actions": [{"id": "A-1", "title": "T", "focus_area": "f", "shedule": 2027}]},
            "actions/0",
        ),
        (
            {
                "actions": [
                    {"id": "A-1", "title": "T", "focus_area": "f", "schedule": "2026 to 2028"}
                ]
            },
            "actions/0/schedule",
        ),
        ({"actions": [{"id": "A-1", "title": {"de": "T"}, "focus_area": "f"}]}, "actions/0/title"),
        ({"actions": [{"id": "A 1", "title": "T", "focus_area": "f"}]}, "actions/0/id"),
        (
            {
                "actions": [
                    {
                        "id": "A-1",
                        "title": "T",
                        "focus_area": "f",
                        "target_groups": ["lapset", "teinit"],
                    }
                ]
            },
            "actions/0/target_groups/1",
        ),
        (
            {"plan": {"decisions": [{"body": "V", "date": "13/4/2026", "decision": "D"}]}},
            "plan/decisions/0/date",
        ),
        ({"plan": {"status": "hyväksytty"}}, "plan/status"),
        (
            {
                "indicators": [
                    {
                        "id": "i",
                        "name": "N",
                        "direction": "lower",
                        "baseline": {"value": "12.5%", "year": 2025},
                    }
                ]
            },
            "indicators/0/baseline",
        ),
    ],
)
def test_schema_rejects_what_the_loader_rejects(change: dict[str, Any], path: str) -> None:
    plan: dict[str, Any] = {"municipality": "kuopio", "plan": {}, **change}
    errors = list(validator("municipality").iter_errors(plan))
    assert ["/".join(map(str, e.absolute_path)) for e in errors] == [path]
