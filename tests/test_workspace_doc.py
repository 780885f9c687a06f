"""docs/workspace.md describes every model and every field, so the reference cannot drift."""

from __future__ import annotations

import re
import typing
from pathlib import Path

import pytest
from pydantic import BaseModel

from hyteplan.model import (
    FILE_KINDS,
    LANGUAGES,
    TARGET_GROUPS,
    IndicatorSource,
    Party,
    PlanInfo,
    Indicator,
    unwrap_models,
)

DOCS = Path(__file__).resolve().parents[1] / "docs"
DOC = (DOCS / "workspace.md").read_text(encoding="utf-8")
GLOSSARY = (DOCS / "glossary.md").read_text(encoding="utf-8")


def all_models() -> list[type[BaseModel]]:
    """Every model reachable from the file kinds, in a stable order."""
    seen: list[type[BaseModel]] = []
    todo: list[type[BaseModel]] = list(FILE_KINDS.values())
    while todo:
        model = todo.pop(0)
        if model in seen:
            continue
        seen.append(model)
        for info in model.model_fields.values():
            for arg in unwrap_models(info.annotation):
                if isinstance(arg, type) and issubclass(arg, BaseModel):
                    todo.append(arg)
    return seen


def prose_lines() -> list[str]:
    """The document's lines with fenced code blocks blanked (a YAML comment is no heading)."""
    out: list[str] = []
    fenced = False
    for line in DOC.splitlines():
        if line.startswith("```"):
            fenced = not fenced
            out.append("")
        else:
            out.append("" if fenced else line)
    return out


def section(model: type[BaseModel]) -> str:
    """The text under the heading that names the model as `Name`, up to the next heading."""
    lines = prose_lines()
    for i, line in enumerate(lines):
        if line.startswith("#") and f"`{model.__name__}`" in line:
            level = len(line) - len(line.lstrip("#"))
            body = []
            for following in lines[i + 1 :]:
                if (
                    following.startswith("#")
                    and len(following) - len(following.lstrip("#")) <= level
                ):
                    break
                body.append(following)
            return "\n".join(body)
    raise AssertionError(f"docs/workspace.md has no heading naming `{model.__name__}`")


@pytest.mark.parametrize("model", all_models(), ids=lambda m: m.__name__)
def test_every_field_has_a_row_in_its_model_section(model: type[BaseModel]) -> None:
    text = section(model)
    rows = set(re.findall(r"^\| `([a-z_]+)` \|", text, flags=re.M))
    missing = [name for name in model.model_fields if name not in rows]
    assert missing == [], (
        f"docs/workspace.md, section `{model.__name__}`: no table row for {missing}"
    )


def test_no_rows_for_fields_that_do_not_exist() -> None:
    names = {name for model in all_models() for name in model.model_fields}
    documented = set(re.findall(r"^\| `([a-z_]+)` \| (?!Finnish)", DOC, flags=re.M))
    # target-group values have rows too; everything else must be a real field
    assert documented - names - set(TARGET_GROUPS) == set()


def literal_values(model: type[BaseModel], field: str) -> list[str]:
    annotation = model.model_fields[field].annotation
    return [
        v
        for arg in unwrap_models(annotation)
        for v in typing.get_args(arg) or [arg]
        if isinstance(v, str)
    ]


@pytest.mark.parametrize(
    "values",
    [
        list(TARGET_GROUPS),
        list(LANGUAGES),
        literal_values(Party, "kind"),
        literal_values(IndicatorSource, "kind"),
        literal_values(Indicator, "direction"),
        literal_values(PlanInfo, "status"),
    ],
    ids=["target_groups", "languages", "party kind", "source kind", "direction", "status"],
)
def test_every_allowed_value_is_documented(values: list[str]) -> None:
    assert values
    for value in values:
        assert f"`{value}`" in DOC, value


def test_glossary_maps_the_core_finnish_terms() -> None:
    pairs = {
        "painopistealue": "focus_areas",
        "tavoite": "goals",
        "toimenpide": "actions",
        "vastuutaho": "responsible",
        "kumppanit": "partners",
        "mittari": "indicators",
        "lähtötaso": "baseline",
        "tavoitetaso": "target",
        "kohderyhmä": "target_groups",
        "hyvinvointivaje": "wellbeing_gaps",
        "käsittelyhistoria": "decisions",
        "maaseutuvaikutusten arviointi": "rural_reach",
    }
    rows = [line for line in GLOSSARY.splitlines() if line.startswith("|")]
    for finnish, field in pairs.items():
        assert any(finnish in row and f"`{field}`" in row for row in rows), finnish
    for value in TARGET_GROUPS:
        assert f"`{value}`" in GLOSSARY, value


def github_anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = heading.lstrip("#").strip().lower().replace("&lt;", "").replace("&gt;", "")
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


@pytest.mark.parametrize("name", ["workspace.md", "glossary.md"])
def test_links_inside_the_docs_point_at_existing_headings(name: str) -> None:
    text = (DOCS / name).read_text(encoding="utf-8")
    anchors = {github_anchor(line) for line in text.splitlines() if line.startswith("#")}
    for target in re.findall(r"\]\(#([^)]+)\)", text):
        assert target in anchors, f"{name}: no heading for #{target}"
    for target in re.findall(r"\]\(([\w./-]+\.md)\)", text):
        assert (DOCS / target).is_file(), f"{name}: links to missing {target}"
