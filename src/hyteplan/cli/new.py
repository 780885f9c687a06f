"""`hyteplan new action|goal|indicator|party`: append a well-formed entry with the next free ID.

Values come from options; on a terminal, what is missing and required is asked for, with the
workspace's parties, focus areas and goals as choices. Without a terminal (a script, CI) a
missing required option is an error with a hint, never a prompt that waits forever.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Callable, Optional

import typer

from ..errors import HyteplanError
from ..load import find_root, load_workspace
from ..model import TARGET_GROUPS
from ..workspace import Workspace
from .app import app

new_app = typer.Typer(
    help="Add an action, goal, indicator or party with the next free ID.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(new_app, name="new")

WORKSPACE = typer.Option(Path("."), "--workspace", "-w", help="Workspace folder (default: here).")
PLAN = typer.Option(
    None, "--plan", help="The organisation whose plan gets it: the region or a municipality ID."
)


def interactive() -> bool:
    """Prompts only when a person can answer them."""
    return sys.stdin.isatty()


class _Asker:
    """Fills in missing values: a prompt on a terminal, else an error naming the option."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.tty = interactive()

    def need(self, value: Any, option: str, question: str, choices: list[str] | None = None) -> Any:
        if value not in (None, ""):
            return value
        if not self.tty:
            more = (
                f" (one of: {', '.join(choices[:12])}{'…' if len(choices) > 12 else ''})"
                if choices
                else ""
            )
            raise HyteplanError(f"{option} is required", f"give {option} VALUE{more}")
        if not choices:
            return typer.prompt(question)
        shown = ", ".join(choices)
        while True:
            answer = typer.prompt(f"{question} ({shown})")
            if answer in choices:
                return answer
            typer.echo(f"choose one of: {shown}", err=True)

    def maybe(self, value: Any, question: str, choices: list[str]) -> Any:
        """An optional value: asked for (Enter skips) only on a terminal and when there is a choice."""
        if value not in (None, "") or not self.tty or not choices:
            return value
        answer = typer.prompt(
            f"{question} ({', '.join(choices[:20])}; Enter: none)", default="", show_default=False
        )
        if answer and answer not in choices:
            raise HyteplanError(
                f"'{answer}' is not one of the choices", f"choose one of: {', '.join(choices)}"
            )
        return answer or None

    def ids(self, kind: str) -> list[str]:
        return sorted(self.ws.ids(kind))

    def goals_of(self, area: str) -> list[str]:
        """The goals under focus area `area` (shared ones and plans' own), to choose from."""
        return sorted({g.obj.id for g in self.ws.goals if g.parent == area}) or self.ids("goal")


def _run(
    path: Path, kind: str, fill: Callable[[_Asker], tuple[dict[str, Any], Optional[str]]]
) -> None:
    from ..newentry import add, write

    root = find_root(path)
    asker = _Asker(load_workspace(root))
    entry, plan = fill(asker)
    entry = {k: v for k, v in entry.items() if v not in (None, "", [], {})}
    added = add(root, kind, entry, plan)
    write(root, added)
    typer.echo(f"Added {kind} {added.id} to {added.path}.")


def _plan(asker: _Asker, plan: Optional[str]) -> str:
    from ..newentry import plan_choices

    result: str = asker.need(plan, "--plan", "Plan (organisation)", plan_choices(asker.ws))
    return result


@new_app.command("action")
def new_action(
    title: Optional[str] = typer.Option(None, "--title", help="Title of the action."),
    focus_area: Optional[str] = typer.Option(None, "--focus-area", help="Focus area ID."),
    goal: Optional[str] = typer.Option(None, "--goal", help="Goal ID."),
    responsible: Optional[str] = typer.Option(None, "--responsible", help="Responsible party ID."),
    partner: list[str] = typer.Option([], "--partner", help="Partner party ID (repeat)."),
    participant: list[str] = typer.Option(
        [], "--participant", help="Municipality of a joint action (repeat)."
    ),
    target_group: list[str] = typer.Option([], "--target-group", help="Target group (repeat)."),
    indicator: list[str] = typer.Option([], "--indicator", help="Indicator ID (repeat)."),
    schedule: Optional[str] = typer.Option(None, "--schedule", help="Years, e.g. 2026-2029."),
    description: Optional[str] = typer.Option(None, "--description", help="Description."),
    new_id: Optional[str] = typer.Option(
        None, "--id", help="Use this ID instead of the next free one."
    ),
    plan: Optional[str] = PLAN,
    workspace: Path = WORKSPACE,
) -> None:
    """Add an action (toimenpide) to the region's or a municipality's plan."""

    def fill(ask: _Asker) -> tuple[dict[str, Any], Optional[str]]:
        org = _plan(ask, plan)
        area = ask.need(focus_area, "--focus-area", "Focus area", ask.ids("focus-area"))
        return {
            "id": new_id,
            "title": ask.need(title, "--title", "Title"),
            "description": description,
            "focus_area": area,
            "goal": ask.maybe(goal, "Goal", ask.goals_of(area)),
            "responsible": ask.maybe(responsible, "Responsible party", ask.ids("party")),
            "partners": partner,
            "target_groups": target_group,
            "schedule": schedule,
            "indicators": indicator,
            "participants": participant,
        }, org

    _run(workspace, "action", fill)


@new_app.command("goal")
def new_goal(
    title: Optional[str] = typer.Option(None, "--title", help="Title of the goal."),
    focus_area: Optional[str] = typer.Option(None, "--focus-area", help="Shared focus area ID."),
    target_group: list[str] = typer.Option(
        [], "--target-group", help=f"Target group (repeat): {', '.join(TARGET_GROUPS)}."
    ),
    indicator: list[str] = typer.Option([], "--indicator", help="Indicator ID (repeat)."),
    target_year: Optional[int] = typer.Option(
        None, "--target-year", help="Year the goal is to be reached."
    ),
    description: Optional[str] = typer.Option(None, "--description", help="Description."),
    new_id: Optional[str] = typer.Option(
        None, "--id", help="Use this ID instead of one made from the title."
    ),
    plan: Optional[str] = PLAN,
    workspace: Path = WORKSPACE,
) -> None:
    """Add a plan's own goal (tavoite) under a shared focus area."""

    def fill(ask: _Asker) -> tuple[dict[str, Any], Optional[str]]:
        org = _plan(ask, plan)
        return {
            "id": new_id,
            "title": ask.need(title, "--title", "Title"),
            "description": description,
            "target_groups": target_group,
            "indicators": indicator,
            "target_year": target_year,
            "focus_area": ask.need(focus_area, "--focus-area", "Focus area", ask.ids("focus-area")),
        }, org

    _run(workspace, "goal", fill)


@new_app.command("indicator")
def new_indicator(
    name: Optional[str] = typer.Option(None, "--name", help="Name of the indicator."),
    direction: Optional[str] = typer.Option(
        None, "--direction", help="lower or higher: which is better."
    ),
    unit: Optional[str] = typer.Option(None, "--unit", help="Unit, e.g. %."),
    source: Optional[str] = typer.Option(
        None, "--source", help="sotkanet, kouluterveyskysely, teaviisari, local or other."
    ),
    source_id: Optional[str] = typer.Option(
        None, "--source-id", help="ID in the source, e.g. Sotkanet 3906."
    ),
    decimals: Optional[int] = typer.Option(None, "--decimals", help="Decimals shown."),
    new_id: Optional[str] = typer.Option(
        None, "--id", help="Use this ID instead of one made from the name."
    ),
    workspace: Path = WORKSPACE,
) -> None:
    """Add an indicator (mittari) to indicators.yaml."""

    def fill(ask: _Asker) -> tuple[dict[str, Any], Optional[str]]:
        source_node: dict[str, Any] | None = None
        if source:
            source_id_value: Any = (
                int(source_id) if source_id and source_id.isdigit() else source_id
            )
            source_node = {"kind": source, "id": source_id_value}
            source_node = {k: v for k, v in source_node.items() if v is not None}
        return {
            "id": new_id,
            "name": ask.need(name, "--name", "Name"),
            "source": source_node,
            "unit": unit,
            "direction": ask.need(direction, "--direction", "Which is better", ["lower", "higher"]),
            "decimals": decimals,
        }, None

    _run(workspace, "indicator", fill)


@new_app.command("party")
def new_party(
    name: Optional[str] = typer.Option(None, "--name", help="Name of the party."),
    kind: Optional[str] = typer.Option(
        None, "--kind", help="organisation (default), unit or group."
    ),
    organisation: Optional[str] = typer.Option(
        None, "--organisation", help="Region or municipality ID it belongs to."
    ),
    parent: Optional[str] = typer.Option(
        None, "--parent", help="For a unit: the party it is part of."
    ),
    description: Optional[str] = typer.Option(None, "--description", help="Description."),
    new_id: Optional[str] = typer.Option(
        None, "--id", help="Use this ID instead of one made from the name."
    ),
    workspace: Path = WORKSPACE,
) -> None:
    """Add a party (vastuutaho or partner) to parties.yaml."""

    def fill(ask: _Asker) -> tuple[dict[str, Any], Optional[str]]:
        from ..newentry import plan_choices

        return {
            "id": new_id,
            "name": ask.need(name, "--name", "Name"),
            "kind": kind if kind != "organisation" else None,
            "organisation": ask.maybe(organisation, "Organisation", plan_choices(ask.ws)),
            "parent": ask.maybe(parent, "Parent party", ask.ids("party"))
            if kind == "unit"
            else parent,
            "description": description,
        }, None

    _run(workspace, "party", fill)
