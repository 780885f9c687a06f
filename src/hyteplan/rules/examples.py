"""Applying a rule's Example to the scaffold workspace (the mechanism is described on Example).

The rules reference runs every example through the real checker to show its diagnostics, and
the tests hold every rule to its examples; both use this one function so they cannot differ.
"""

from __future__ import annotations

from ..load import MemoryReader, load_from
from ..scaffold import scaffold_files
from ..workspace import Workspace
from .base import Example


def example_files(example: Example) -> dict[str, bytes]:
    """The scaffold workspace with the example's files replaced by its content."""
    files = scaffold_files()
    for name, text in example.files():
        files[name] = text.encode(example.encoding)
    return files


def example_workspace(example: Example) -> Workspace:
    """The loaded workspace an example describes."""
    return load_from(MemoryReader(example_files(example)))


PLAN_FILE = "municipalities/esimerkkila.yaml"

# The scaffold's hyteplan.yaml, shortened: the examples about settings and plan files add to it.
WORKSPACE_YAML = """region:
  id: alue
  name: Esimerkin hyvinvointialue
term: 2026-2029
municipalities:
  - id: esimerkkila
    name: Esimerkkilän kunta
    code: 297
"""

# The smallest valid municipal plan; examples about one field of a plan add lines to it.
MINIMAL_PLAN = "municipality: esimerkkila\nplan:\n  status: draft\n"

_PLAN_LINES = (
    ("municipality", "municipality: {municipality}"),
    ("plan", "plan:\n  status: {status}"),
    ("actions", "actions:"),
    ("id", "  - id: {id}"),
    ("title", "    title: {title}"),
    ("focus_area", "    focus_area: {focus_area}"),
    ("goal", "    goal: {goal}"),
    ("responsible", "    responsible: {responsible}"),
    ("schedule", "    schedule: {schedule}"),
    ("indicators", "    indicators: [{indicators}]"),
    ("target_indicator", "indicator_targets:\n  - indicator: {target_indicator}"),
    ("target", "    target: {{value: {target}, year: 2029}}"),
)
_PLAN_VALUES = {
    "municipality": "esimerkkila",
    "plan": "",
    "status": "draft",
    "actions": "",
    "id": "ESI-1",
    "title": "Liikuntakokeilut yläkouluissa",
    "focus_area": "elintavat",
    "goal": "elintavat-nuoret",
    "responsible": "esimerkkila-liikuntapalvelut",
    "schedule": "2026-2027",
    "indicators": "sotkanet-3906",
    "target_indicator": "sotkanet-3906",  # the municipality's own target (I001)
    "target": "19",
}


def example_plan(**changes: str | None) -> str:
    """The scaffold's municipal plan with one own action, shortened, with values changed.

    A value of None leaves that line out, e.g. example_plan(responsible=None).
    """
    values = {**_PLAN_VALUES, **changes}
    if values.get("indicators") is None:
        values["target_indicator"] = None
    if values.get("target_indicator") is None:
        values["target"] = None
    lines = [line.format(**values) for key, line in _PLAN_LINES if values.get(key) is not None]
    return "\n".join(lines) + "\n"
