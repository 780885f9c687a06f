"""Finding a workspace and reading all its files into a Workspace, collecting every problem.

Loading never stops at the first problem: a file with schema errors still yields the objects
that are valid, so the rules can check the rest of the workspace in the same run.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
from pathlib import Path
from typing import Any, Mapping, Protocol

from pydantic import ValidationError

from .diagnostics import Span
from .errors import HyteplanError
from .model import (
    FILE_KINDS,
    FIXED_FILES,
    FocusAreasFile,
    IndicatorsFile,
    MunicipalPlanFile,
    NegotiationRecord,
    Node,
    PartiesFile,
    RegionalPlanFile,
    StatusFile,
    WorkspaceFile,
    model_at,
)
from .workspace import Loc, LoadFinding, Located, LocatedStatus, SourceFile, Workspace
from .workspace import value_at as _get
from .wsfiles import OutsideWorkspace, read_workspace_file
from .yamlsource import parse

WORKSPACE_FILE = "hyteplan.yaml"
MUNICIPALITIES_DIR = "municipalities"
DATA_DIR = "data"  # indicator values (docs/indicator-data.md)
STATUS_DIR = "status"  # the yearly follow-up, one file a year (docs/yearly-cycle.md)
NEGOTIATIONS_DIR = "negotiations"  # records of the yearly negotiations (docs/yearly-cycle.md)

# Lists whose items carry an `id`, by the kind of object they hold.
ID_LISTS: dict[str, str] = {
    "actions": "action",
    "goals": "goal",
    "focus_areas": "focus-area",
    "parties": "party",
    "indicators": "indicator",
    "municipalities": "municipality",
}


class Reader(Protocol):
    """Where workspace files come from: a directory, or a git revision (for diff)."""

    def read(self, path: str) -> bytes | None: ...

    def list_yaml(self, directory: str) -> list[str]: ...


class DirReader:
    """Reads a workspace directory on disk."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def read(self, path: str) -> bytes | None:
        file = self.root / path
        if not file.exists():
            return None
        if not file.is_file():
            raise HyteplanError(
                f"{file} is not a file", "remove or rename what stands in its place"
            )
        return read_workspace_file(self.root, Path(path))

    def list_yaml(self, directory: str) -> list[str]:
        folder = self.root / directory
        if not folder.is_dir():
            return []
        try:
            return sorted(
                f"{directory}/{p.name}"
                for p in folder.iterdir()
                if p.is_file() and p.suffix in (".yaml", ".yml")
            )
        except OSError as exc:
            raise HyteplanError(
                f"cannot list {folder}: {exc.strerror}",
                "check that the folder exists and that you may read it",
            ) from exc

    def list_data(self, directory: str) -> list[str]:
        """The files directly in `directory` (indicator_data chooses the data files)."""
        folder = self.root / directory
        if not folder.is_dir():
            return []
        try:
            return sorted(f"{directory}/{p.name}" for p in folder.iterdir() if p.is_file())
        except OSError as exc:
            raise HyteplanError(
                f"cannot list {folder}: {exc.strerror}",
                "check that the folder exists and that you may read it",
            ) from exc


class MemoryReader:
    """Reads a workspace held in memory as {relative path: bytes}."""

    def __init__(self, files: Mapping[str, bytes]) -> None:
        self.files = dict(files)

    def read(self, path: str) -> bytes | None:
        return self.files.get(path)

    def list_yaml(self, directory: str) -> list[str]:
        return [p for p in self.list_data(directory) if p.endswith((".yaml", ".yml"))]

    def list_data(self, directory: str) -> list[str]:
        prefix = directory.rstrip("/") + "/"
        return sorted(p for p in self.files if p.startswith(prefix) and "/" not in p[len(prefix) :])


class OverlayReader:
    """A reader with some files replaced in memory: a workspace as it would be after edits.

    Everything else (the previous term's folder, data/) is read from ``base``, so rules that
    read beyond the plan files see the same workspace as before the edits.
    """

    def __init__(self, base: DirReader, changed: Mapping[str, bytes]) -> None:
        self.base = base
        self.changed = dict(changed)

    def read(self, path: str) -> bytes | None:
        return self.changed[path] if path in self.changed else self.base.read(path)

    def list_yaml(self, directory: str) -> list[str]:
        return self._merged(self.base.list_yaml(directory), directory, (".yaml", ".yml"))

    def list_data(self, directory: str) -> list[str]:
        return self._merged(self.base.list_data(directory), directory, None)

    def _merged(self, listed: list[str], directory: str, ends: tuple[str, ...] | None) -> list[str]:
        prefix = directory.rstrip("/") + "/"
        extra = [
            p
            for p in self.changed
            if p.startswith(prefix)
            and "/" not in p[len(prefix) :]
            and (ends is None or p.endswith(ends))
        ]
        return sorted(set(listed) | set(extra))


class FolderReader:
    """Reads a folder of another reader's workspace as a workspace of its own."""

    def __init__(self, reader: Reader, folder: str) -> None:
        self.reader = reader
        self.prefix = folder.strip("/") + "/"

    def read(self, path: str) -> bytes | None:
        return self.reader.read(self.prefix + path)

    def list_yaml(self, directory: str) -> list[str]:
        return self._strip(self.reader.list_yaml(self.prefix + directory))

    def list_data(self, directory: str) -> list[str]:
        listing = getattr(self.reader, "list_data", None)
        return self._strip(listing(self.prefix + directory)) if listing else []

    def _strip(self, paths: list[str]) -> list[str]:
        return [p[len(self.prefix) :] for p in paths if p.startswith(self.prefix)]


def find_root(path: Path) -> Path:
    """The workspace directory containing `path` (the nearest with a hyteplan.yaml)."""
    path = path.resolve()
    if not path.exists():
        raise HyteplanError(
            f"{path} does not exist",
            "give the folder of a plan workspace (the one with hyteplan.yaml)",
        )
    start = path if path.is_dir() else path.parent
    for folder in (start, *start.parents):
        if (folder / WORKSPACE_FILE).is_file():
            return folder
    raise HyteplanError(
        f"{path} is not inside a plan workspace: no {WORKSPACE_FILE} there or in any folder above",
        "run the command in your workspace folder, or create one with `hyteplan init DIR`",
    )


def load_workspace(path: Path) -> Workspace:
    """Load the workspace containing `path` from disk."""
    root = find_root(path)
    return load_from(DirReader(root), root)


class FileCache:
    """Files already read, by path and bytes, shared by two loads of one workspace.

    `import xlsx` and `new` load the workspace, edit a file or two in memory and load it
    again: with a cache the second load parses and validates only the edited files. What
    is shared (the parsed data and the model) is never changed after loading.
    """

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], tuple[bytes, SourceFile, list[LoadFinding]]] = {}

    def get(self, path: str, kind: str, raw: bytes) -> tuple[SourceFile, list[LoadFinding]] | None:
        entry = self._entries.get((path, kind))
        if entry is None or entry[0] != raw:
            return None
        return entry[1], entry[2]

    def put(self, path: str, kind: str, raw: bytes, source: SourceFile, found: list[Any]) -> None:
        self._entries[(path, kind)] = (raw, source, list(found))


def load_from(
    reader: Reader, root: Path | None = None, cache: FileCache | None = None
) -> Workspace:
    """Load a workspace from any reader; problems are kept in `load_findings`."""
    ws = Workspace(root=root, reader=reader)
    read = functools.partial(_read_file, cache=cache)
    for name, kind in FIXED_FILES.items():
        read(ws, reader, name, kind, required=name == WORKSPACE_FILE)
    config = ws.files[WORKSPACE_FILE].model if WORKSPACE_FILE in ws.files else None
    ws.config = config if isinstance(config, WorkspaceFile) else None

    plan_paths: list[str] = []
    if ws.config is not None:
        plan_paths = [p for m in ws.config.municipalities if (p := m.plan_path())]
    for extra in reader.list_yaml(MUNICIPALITIES_DIR):
        if extra not in plan_paths:
            plan_paths.append(extra)
    for plan_path in plan_paths:
        read(ws, reader, plan_path, "municipality", required=False)
    for status_path in reader.list_yaml(STATUS_DIR):
        read(ws, reader, status_path, "status", required=False)
    for record_path in reader.list_yaml(NEGOTIATIONS_DIR):
        read(ws, reader, record_path, "negotiation", required=False)
    _index(ws)
    _read_data(ws, reader)
    return ws


def _read_data(ws: Workspace, reader: Reader) -> None:
    """Read the indicator values in data/, turning each problem into a load finding.

    A reader without `list_data` (a git revision, for diff) has no data to offer. The module
    is imported only when there are data files: validate of a workspace without them stays fast.
    """
    lister = getattr(reader, "list_data", None)
    names = [n for n in lister(DATA_DIR) if n.lower().endswith((".csv", ".json"))] if lister else []
    if not names:
        return
    from .indicator_data import data_file_names, read_data

    files = [(name, reader.read(name)) for name in data_file_names(names)]
    values, problems = read_data((name, raw) for name, raw in files if raw is not None)
    ws.indicator_values = values
    for problem in problems:
        line, column = problem.place.line, problem.place.column
        ws.load_findings.append(
            LoadFinding(
                f"data:{problem.reason}",
                Loc(problem.place.file),
                {"problem": problem},
                span=Span(line, column, line, column + 1),
            )
        )


def _read_file(
    ws: Workspace,
    reader: Reader,
    path: str,
    kind: str,
    required: bool,
    cache: FileCache | None = None,
) -> None:
    """Parse and validate one file into `ws`; its problems become load findings, never exceptions."""
    try:
        raw = reader.read(path)
    except OutsideWorkspace:
        ws.files[path] = SourceFile(path=path, kind=kind)
        ws.load_findings.append(_outside_finding(path, kind))
        return
    if raw is None:
        if required:
            raise HyteplanError(f"{path} is missing", "create it with `hyteplan init DIR`")
        return
    known = cache.get(path, kind, raw) if cache is not None else None
    if known is not None:
        source, found = known
        ws.files[path] = source
        ws.load_findings += found
        if source.data is not None:
            _collect_raw_ids(ws, source.data)
        return
    first = len(ws.load_findings)
    _parse_file(ws, path, kind, raw)
    if cache is not None:
        cache.put(path, kind, raw, ws.files[path], ws.load_findings[first:])


def _parse_file(ws: Workspace, path: str, kind: str, raw: bytes) -> None:
    """Parse and validate the bytes of one file (the uncached part of _read_file)."""
    source = SourceFile(path=path, kind=kind)
    ws.files[path] = source
    parsed = parse(raw)
    for problem in parsed.problems:
        ws.load_findings.append(
            LoadFinding(f"yaml:{problem.kind}", Loc(path), dict(problem.params), span=problem.span)
        )
    if parsed.data is None:
        return
    source.data = parsed.data
    source.parsed = parsed
    _collect_raw_ids(ws, parsed.data)
    source.model = _validate(ws, FILE_KINDS[kind], parsed.data, path)


def _outside_finding(path: str, kind: str) -> LoadFinding:
    """A plan file that is a link out of the workspace: reported at the file, never read."""
    detail = "the file leads outside the workspace (a symbolic link?); it was not read"
    params: dict[str, Any] = {
        "detail": detail,
        "field": path,
        "input": path,
        "ctx": {},
        "model": FILE_KINDS[kind],
        "loc": (),
    }
    return LoadFinding("schema:outside_workspace", Loc(path), params)


def _collect_raw_ids(ws: Workspace, data: Any) -> None:
    """Remember every ID written, so that a rejected object is still known by its ID."""
    stack = [data]
    push = stack.append
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(value, dict):
                    push(value)
                elif isinstance(value, list):
                    if key in ID_LISTS:
                        ids = ws.raw_ids.setdefault(ID_LISTS[key], set())
                        for item in value:
                            if isinstance(item, dict) and isinstance(item.get("id"), (str, int)):
                                ids.add(str(item["id"]).strip())
                    for item in value:  # only containers go on the stack, not every string
                        if isinstance(item, (dict, list)):
                            push(item)
        else:
            for item in node:
                if isinstance(item, (dict, list)):
                    push(item)


def _validate(ws: Workspace, model: type[Node], data: dict[str, Any], path: str) -> Node | None:
    """Validate a file; report every error, then keep what is valid (salvage)."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
    for error in errors:
        ws.load_findings.append(_schema_finding(error, path, model))
    return _salvage(model, data, errors)


def _schema_finding(error: Any, path: str, model: type[Node]) -> LoadFinding:
    """One pydantic error as a finding, with what reading.py needs to word it."""
    loc = tuple(error["loc"])
    kind = error["type"]
    params: dict[str, Any] = {
        "detail": error["msg"],
        "field": _field_name(loc),
        "input": error.get("input"),
        "ctx": error.get("ctx") or {},
        "model": model,
        "loc": loc,
    }
    at_key = kind == "extra_forbidden"
    return LoadFinding(f"schema:{kind}", Loc(path, loc), params, at_key=at_key)


def _field_name(loc: tuple[Any, ...]) -> str:
    """The field an error is about: the last key of its path that is not a pydantic union tag."""
    for part in reversed(loc):
        if isinstance(part, str) and not part.startswith(("function-", "dict[", "list[")):
            return part
    return ""


def _salvage(model: type[Node], data: dict[str, Any], errors: list[Any]) -> Node | None:
    """Drop the smallest invalid pieces (a list item, an optional field) and validate again."""
    data = copy.deepcopy(data)
    for _ in range(5):
        cuts: set[tuple[Any, ...]] = set()
        for error in errors:
            cut = _smallest_cut(model, data, tuple(error["loc"]))
            if cut is None:
                return None
            cuts.add(cut)
        # delete deepest first, and list items from the end, so paths stay valid
        for cut in sorted(
            cuts, key=lambda c: (len(c), c[-1] if isinstance(c[-1], int) else -1), reverse=True
        ):
            container = _get(data, cut[:-1])
            if (
                isinstance(container, list)
                and isinstance(cut[-1], int)
                and cut[-1] < len(container)
            ):
                del container[cut[-1]]
            elif isinstance(container, dict):
                container.pop(cut[-1], None)
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            errors = exc.errors(include_url=False)
    return None


def _smallest_cut(model: type[Node], data: Any, loc: tuple[Any, ...]) -> tuple[Any, ...] | None:
    """The deepest part of `loc` that can be removed: a list item or an optional field."""
    for depth in range(len(loc), 0, -1):
        prefix = loc[:depth]
        part = prefix[-1]
        container = _get(data, prefix[:-1])
        if isinstance(part, int) and isinstance(container, list):
            return prefix
        if isinstance(part, str) and isinstance(container, dict) and part in container:
            owner = model_at(model, prefix[:-1])
            info = owner.model_fields.get(part) if owner else None
            if info is not None and not info.is_required():
                return prefix
    return None


def _index(ws: Workspace) -> None:
    """Build the lists of located objects that rules and views use.

    Locations are found by ID in the data as written, not by position in the validated model:
    salvage may have dropped invalid items, which shifts list indexes.
    """
    for path, source in ws.files.items():
        model = source.model
        if model is None:
            continue
        file = Loc(path)
        raw = source.data or {}
        if isinstance(model, PartiesFile):
            ws.parties += _locate(model.parties, raw, file / "parties")
        elif isinstance(model, IndicatorsFile):
            ws.indicators += _locate(model.indicators, raw, file / "indicators")
        elif isinstance(model, FocusAreasFile):
            _index_focus_areas(ws, model.focus_areas, raw, file, None)
        elif isinstance(model, RegionalPlanFile):
            owner = ws.region_id
            ws.region_plan = Located(model, file, owner)
            _index_focus_areas(ws, model.focus_areas, raw, file, owner)
            _index_own_goals(ws, model.goals, raw, file, owner)
            ws.actions += _locate(model.actions, raw, file / "actions", owner)
        elif isinstance(model, MunicipalPlanFile):
            owner = model.municipality
            if owner not in ws.municipal_plans:
                ws.municipal_plans[owner] = Located(model, file, owner)
            _index_focus_areas(ws, model.focus_areas, raw, file, owner)
            _index_own_goals(ws, model.goals, raw, file, owner)
            ws.actions += _locate(model.actions, raw, file / "actions", owner)
            ws.indicators += _locate(model.indicators, raw, file / "indicators", owner)
        elif isinstance(model, StatusFile):
            _index_status(ws, model, raw, file)
        elif isinstance(model, NegotiationRecord):
            ws.negotiations.append(Located(model, file))


def _locate(
    items: list[Any], raw: Any, where: Loc, owner: str | None = None, parent: str | None = None
) -> list[Located[Any]]:
    """Pair each validated item with the index of the written item that has its ID."""
    written = _get(raw, where.path)
    written = written if isinstance(written, list) else []
    by_id: dict[str, list[int]] = {}  # written ID -> indexes, in order (IDs may repeat)
    for i, w in enumerate(written):
        if isinstance(w, dict):
            by_id.setdefault(str(w.get("id", "")).strip(), []).append(i)
    out: list[Located[Any]] = []
    for item in items:
        indexes = by_id.get(item.id)
        if indexes:
            index = indexes.pop(0)
        else:  # cannot happen for data read from files; keep the item anyway
            index = len(written) + len(out)
        out.append(Located(item, where / index, owner, parent))
    return out


def _index_own_goals(
    ws: Workspace, goals: list[Any], raw: Any, file: Loc, owner: str | None
) -> None:
    """A plan's own goals under shared focus areas: their parent is the named focus area."""
    ws.goals += [
        dataclasses.replace(located, parent=located.obj.focus_area)
        for located in _locate(goals, raw, file / "goals", owner)
    ]


def _index_focus_areas(
    ws: Workspace, areas: list[Any], raw: Any, file: Loc, owner: str | None
) -> None:
    """Index focus areas and the goals under them (each goal knows its focus area as `parent`)."""
    for located in _locate(areas, raw, file / "focus_areas", owner):
        ws.focus_areas.append(located)
        ws.goals += _locate(located.obj.goals, raw, located.loc / "goals", owner, located.obj.id)


def _index_status(ws: Workspace, model: StatusFile, raw: Any, file: Loc) -> None:
    """A status file and its entries, each located by its action in the list as written."""
    ws.status_files.append(Located(model, file))
    for org, entries in model.organisations.items():
        where = file / "organisations" / _written_key(raw, org)
        written = _get(raw, where.path)
        by_action: dict[str, list[int]] = {}
        for i, w in enumerate(written if isinstance(written, list) else []):
            if isinstance(w, dict):
                by_action.setdefault(str(w.get("action", "")).strip(), []).append(i)
        for n, entry in enumerate(entries):
            indexes = by_action.get(entry.action)
            index = indexes.pop(0) if indexes else n
            ws.statuses.append(LocatedStatus(entry, where / index, org, model.year))


def _written_key(raw: Any, org: str) -> Any:
    """The key as written for an organisation ID (YAML may have read `297` as a number)."""
    written = _get(raw, ("organisations",))
    if isinstance(written, dict) and org not in written:
        for key in written:
            if str(key).strip() == org:
                return key
    return org
