"""Nothing written is dropped: every text of the example workspace reaches every document that
shows its object, in Markdown, DOCX and PDF.

The text fields are found by walking the pydantic models generically (a field whose type is
``Text``, or a plain ``str``), never from a hand list, so a field added to the format later is
covered too. An object is "shown" by a document when the document's view names the object's ID
(or, for an object without one, the nearest enclosing object's ID, or the plan file's owner).
"""

from __future__ import annotations

import re
import shutil
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
import yaml
from pydantic import BaseModel

from hyteplan.diff.fields import FieldType, field_types
from hyteplan.load import load_workspace
from hyteplan.model import (
    Action,
    FocusArea,
    Goal,
    Indicator,
    IndicatorGroup,
    Municipality,
    Party,
    PopulationGroup,
    Region,
    RegionalPlanFile,
    Text,
    text_in,
)
from hyteplan.render.pipeline import RenderOptions, plan_views, render_views
from hyteplan.views import DocumentView

from .test_pipeline import docx_text

PLANS = Path(__file__).resolve().parents[2] / "plans"
EPOCH = 1_750_000_000


def _without_action_descriptions(root: Path) -> None:
    """The example workspace with no action description: the other details must still show."""
    for path in [root / "region.yaml", *sorted((root / "municipalities").glob("*.yaml"))]:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for action in data.get("actions", []):
            action.pop("description", None)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


VARIANTS = {"example": None, "no-action-descriptions": _without_action_descriptions}


def _plain_str_field(annotation: Any) -> bool:
    """A field typed plain ``str`` (optionally with None/int): free text, not an ID or a choice."""
    args = typing.get_args(annotation) or (annotation,)
    return str in args and all(a in (str, int, type(None)) for a in args)


def texts_of(
    model: BaseModel, path: tuple[Any, ...] = (), ancestors: tuple[BaseModel, ...] = ()
) -> Iterator[tuple[tuple[Any, ...], Any, tuple[BaseModel, ...]]]:
    """(path, text, the models enclosing it) for every user text inside ``model``."""
    ancestors = (*ancestors, model)
    kinds = dict(field_types(type(model)))
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        if value is None:
            continue
        plain = _plain_str_field(info.annotation) and not info.metadata and name != "id"
        if kinds.get(name) is FieldType.TEXT and isinstance(value, list):  # a list of texts
            for i, text in enumerate(value):
                yield (*path, name, i), text, ancestors
        elif kinds.get(name) is FieldType.TEXT or (plain and isinstance(value, (str, int))):
            yield (*path, name), value, ancestors
        if info.annotation == list[Text]:  # a list of texts (the report's strengths)
            for i, item in enumerate(value):
                yield (*path, name, i), item, ancestors
        items = value if isinstance(value, list) else [value]
        for i, item in enumerate(items):
            if isinstance(item, BaseModel):
                yield from texts_of(item, (*path, name, i), ancestors)


def _identity(ancestors: tuple[BaseModel, ...]) -> tuple[str, str] | None:
    """(kind, ID) of the nearest object with an ID that encloses a text (None: a plan's own)."""
    for model in reversed(ancestors):
        info = type(model).model_fields.get("id")
        if info is not None and info.annotation is str and info.metadata:
            kind = next(k for k, classes in KINDS.items() if isinstance(model, classes))
            return kind, str(model.id)
    return None


#: Which view lists show which kind of object (by the object's ID).
KINDS: dict[str, tuple[type[BaseModel], ...]] = {
    "region": (Region,),
    "municipality": (Municipality,),
    "party": (Party,),
    "indicator": (Indicator,),
    "focus_area": (FocusArea,),
    "goal": (Goal,),
    "action": (Action,),
    "population_group": (PopulationGroup,),  # the report part (issue 9)
    "indicator_group": (IndicatorGroup,),  # the required ones, in the report part
}


def shown_ids(view: DocumentView) -> set[tuple[str, str]]:
    """(kind, ID) of every object a document view shows."""
    ids = {("plan", view.id), ("region" if view.kind == "region" else "municipality", view.id)}
    ids |= {("party", row.party_id) for row in view.responsibilities}
    ids |= {("indicator", i.id) for i in view.indicators}
    for area in view.focus_areas:
        if view.kind != "extract":  # an extract names its focus areas only as headings
            ids.add(("focus_area", area.id))
        ids |= {("goal", g.id) for g in area.goals}
    for action in view.actions:
        ids.add(("action", action.id))
        ids |= {("municipality", m) for m in action.participants}
    if view.report is not None:
        ids |= {("population_group", g.id) for g in view.report.groups}
        ids |= {("indicator_group", g.id) for g in view.report.required_groups}
    return ids


def _pdf_text_without_page_numbers(path: Path) -> str:
    """The PDF's text; the page number at the foot of a page would split a paragraph."""
    pages = []
    for page in pypdf.PdfReader(str(path)).pages:
        lines = page.extract_text().rstrip().splitlines()
        if lines and lines[-1].strip().isdigit():
            lines.pop()
        pages.append("\n".join(lines))
    return "\n".join(pages)


def _squeeze(text: str) -> str:
    """Text without whitespace, hyphens and Markdown escapes: line breaks and hyphenation differ
    between the formats (and long words get zero-width spaces in the PDF), the words do not."""
    text = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)
    return re.sub(r"[\s\u00ad\u200b\u2060\-‐]+", "", text)


@pytest.fixture(scope="module", params=list(VARIANTS))
def rendered(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp(request.param)
    shutil.copytree(PLANS, root / "ws")
    change = VARIANTS[request.param]
    if change is not None:
        change(root / "ws")
    ws = load_workspace(root / "ws")
    options = RenderOptions(
        out_dir=root / "out", formats=("docx", "pdf", "md", "json"), source_date_epoch=EPOCH
    )
    views = plan_views(ws, options)
    results = render_views(views, ws.root, options)
    assert all(r.ok for r in results), results
    outputs = {}
    for view in views:
        base = root / "out" / view.id
        outputs[view.id] = {
            "ids": shown_ids(view),
            "md": _squeeze(base.with_suffix(".md").read_text(encoding="utf-8")),
            "docx": _squeeze(docx_text(base.with_suffix(".docx"))),
            "pdf": _squeeze(_pdf_text_without_page_numbers(base.with_suffix(".pdf"))),
        }
    return ws, outputs


def _owner(ws: Any, source: Any) -> str | None:
    """The organisation whose document a plan file is: None for the shared files."""
    if isinstance(source.model, RegionalPlanFile):
        return ws.config.region.id
    return getattr(source.model, "municipality", None)


def test_every_text_reaches_every_document_that_shows_its_object(rendered) -> None:
    ws, outputs = rendered
    lang = ws.default_language
    missing, checked = [], 0
    for source in ws.files.values():
        if source.model is None:
            continue
        owner = _owner(ws, source)
        for path, text, ancestors in texts_of(source.model):
            key = _identity(ancestors) or ("plan", owner)
            value, _ = text_in(text if not isinstance(text, int) else str(text), lang, lang)
            for doc, out in outputs.items():
                if key not in out["ids"]:
                    continue
                checked += 1
                for fmt in ("md", "docx", "pdf"):
                    if _squeeze(value) not in out[fmt]:
                        where = ".".join(map(str, path))
                        missing.append(f"{source.path}:{where} ({value[:40]!r}) in {doc}.{fmt}")
    assert checked > 100
    assert not missing, "\n".join(missing)
