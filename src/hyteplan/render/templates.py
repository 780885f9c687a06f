"""Find templates and render Jinja2 with user text that can never become markup.

Lookup order: the workspace's own ``templates/`` directory first (any file there overrides the
packaged one of the same name, ``reference.docx`` included), then the templates packaged with
hyteplan (``hyteplan/templates`` in a wheel, the repository's ``templates/`` in an editable
install).

Escaping is not left to template authors. The environment autoescapes, with pandoc-Markdown
escaping instead of HTML: every string of the view reaches the template as :class:`UserText`, and
every ``{{ … }}`` value that is not already trusted Markdown (:class:`markupsafe.Markup`, e.g. a
macro's output) is escaped by :func:`hyteplan.render.escape.md_inline`. Filters that would turn
user text into a plain or HTML-escaped string are replaced by versions that keep it user text.

A workspace's templates are untrusted (CI renders pull requests), so every template, packaged
or not, runs in Jinja2's immutable sandbox, under a time limit and an output-size limit, and is
read only from inside the workspace (see :mod:`hyteplan.wsfiles`).
"""

from __future__ import annotations

import copy
import functools
import operator
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import jinja2
import jinja2.sandbox
from jinja2.exceptions import SecurityError
from jinja2.loaders import split_template_path
from jinja2.nodes import EvalContext
from markupsafe import Markup

from hyteplan.errors import HyteplanError
from hyteplan import limits
from hyteplan.limits import TEMPLATE_FILE_BYTES, TEMPLATE_OUTPUT_CHARS, TEMPLATE_SECONDS
from hyteplan.memlimit import memory_limit
from hyteplan.localtext import LocalText
from hyteplan.render.escape import md_chars, md_in_lang, md_inline, md_meta, md_paragraphs
from hyteplan.render.labels import LANG_TAGS
from hyteplan.timelimit import TimeLimitExceeded, time_limit
from hyteplan.wsfiles import inside, read_capped, read_workspace_file

WORKSPACE_TEMPLATE_DIR = "templates"


class UserText(str):
    """A string that came from the workspace: always rendered escaped."""

    __slots__ = ()

    def __html__(self) -> str:
        return md_inline(self)


class ForeignText(UserText):
    """User text shown in another language than the document's (a fallback), tagged with it.

    Rendered as a language span around the escaped text, then the escaped marker ("(på
    finska)"), which is in the document's language. The tag comes from :data:`LANG_TAGS`.
    """

    text: str
    tag: str
    marker: str

    def __new__(cls, value: LocalText) -> ForeignText:
        self = super().__new__(cls, value)
        self.text, self.tag, self.marker = value.text, LANG_TAGS[value.lang], value.marker
        return self

    def __html__(self) -> str:
        return f"{md_in_lang(self.text, self.tag)} {md_inline(self.marker)}".strip()

    def paragraphs(self) -> str:
        """Multi-paragraph text: every paragraph tagged, the marker after the last one."""
        blocks = [p for p in md_paragraphs(self.text).split("\n\n") if p]
        tagged = [f"[{p}]{{lang={self.tag}}}" for p in blocks]
        if tagged:
            tagged[-1] += f" {md_inline(self.marker)}"
        return "\n\n".join(tagged)


def _escaped(value: Any) -> Markup:
    """Trusted Markdown as it is; user text (tagged if it is a fallback) escaped."""
    if isinstance(value, Markup):
        return value
    if isinstance(value, UserText):
        return Markup(value.__html__())
    return Markup(md_inline(str(value)))


def user_data(value: Any) -> Any:
    """Wrap every string inside ``value`` (dicts, lists, tuples) as :class:`UserText`."""
    if isinstance(value, Markup):
        return value
    if isinstance(value, LocalText) and value.fallback and value.lang in LANG_TAGS:
        return ForeignText(value)
    if isinstance(value, str):
        return UserText(value)
    if isinstance(value, Mapping):
        return {k: user_data(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [user_data(v) for v in value]
    return value


def _finalize(value: Any) -> Any:
    if value is None:
        return ""
    return _escaped(value)


def _keep_user(func: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a string filter so that its result is still user text (escaped when output).

    Jinja passes an environment or evaluation context first to some filters (``replace``,
    ``truncate``); an evaluation context is handed over with autoescape off, so that the filter
    works on plain text instead of HTML-escaping it.
    """
    pass_arg = getattr(func, "jinja_pass_arg", None)

    def apply(value: Any, call: Callable[[Any], Any]) -> Any:
        if isinstance(value, Markup):
            return call(value)
        result = call(str(value))
        return UserText(result) if isinstance(result, str) else result

    if pass_arg is None:

        def plain(value: Any, *args: Any, **kwargs: Any) -> Any:
            return apply(value, lambda v: func(v, *args, **kwargs))

        return plain

    def with_context(context: Any, value: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(context, EvalContext):
            context = copy.copy(context)
            context.autoescape = False
        return apply(value, lambda v: func(context, v, *args, **kwargs))

    with_context.jinja_pass_arg = pass_arg  # type: ignore[attr-defined]
    return with_context


def _md_join(items: Iterable[Any], separator: str = "", attribute: str | None = None) -> Markup:
    values = [
        item.get(attribute) if attribute and isinstance(item, Mapping) else item for item in items
    ]
    return Markup(md_chars(separator)).join(_escaped(v) for v in values)


def _paragraphs(value: Any) -> Markup:
    if isinstance(value, ForeignText):
        return Markup(value.paragraphs())
    return Markup(md_paragraphs(str(value)))


_SAFE_BUILTINS = {
    "abs", "attr", "batch", "count", "d", "default", "dictsort", "first", "float", "groupby",
    "int", "items", "last", "length", "list", "map", "max", "min", "reject", "rejectattr",
    "reverse", "round", "safe", "select", "selectattr", "slice", "sort", "sum", "unique",
    "wordcount",
}  # fmt: skip
_STRING_FILTERS = {
    "capitalize", "filesizeformat", "format", "indent", "lower", "pprint", "replace",
    "string", "striptags", "title", "trim", "truncate", "upper", "urlencode", "wordwrap",
}  # fmt: skip


def packaged_templates_dir() -> Path:
    """The templates shipped with hyteplan (wheel) or the repository's (editable install)."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "templates", package.parent.parent / "templates"):
        if (candidate / "reference.docx").is_file():
            return candidate
    raise HyteplanError(
        "hyteplan's document templates are missing from the installation",
        hint="reinstall hyteplan (pip install --force-reinstall hyteplan)",
    )


_SHARED: dict[tuple[Path | None, int | None], Templates] = {}
_SHARED_MAX = 8


class Templates:
    """Templates of one workspace: its overrides first, then hyteplan's own."""

    def __init__(self, workspace: Path | None = None) -> None:
        self.search_path: list[Path] = []
        self.root = workspace
        if workspace is not None and (workspace / WORKSPACE_TEMPLATE_DIR).is_dir():
            self.search_path.append(inside(workspace, workspace / WORKSPACE_TEMPLATE_DIR))
        self.search_path.append(packaged_templates_dir())
        self.env = _make_environment(_Loader(self.search_path, workspace))

    @classmethod
    def for_workspace(cls, workspace: Path | None = None) -> Templates:
        """The templates of ``workspace``, shared by the documents a process renders.

        Compiling the templates costs more than rendering them (~50 ms a document), so a worker
        process compiles them once. A ``templates/`` folder that appears, disappears or gains or
        loses a file gives fresh templates; Jinja reloads an edited file by itself.
        """
        folder = None if workspace is None else workspace / WORKSPACE_TEMPLATE_DIR
        try:
            stamp = folder.stat().st_mtime_ns if folder is not None else None
        except OSError:
            stamp = None
        key = (workspace, stamp)
        templates = _SHARED.get(key)
        if templates is None:
            if len(_SHARED) >= _SHARED_MAX:
                _SHARED.clear()
            templates = _SHARED[key] = cls(workspace)
        return templates

    def path(self, name: str) -> Path:
        """The file ``name`` from the first directory that has it (reference.docx, fonts…)."""
        for directory in self.search_path:
            candidate = directory / name
            if candidate.exists():
                if self.root is not None and directory != self.search_path[-1]:
                    return inside(self.root, candidate)  # never a link out of the workspace
                return candidate
        raise HyteplanError(
            f"template {name!r} not found in {', '.join(map(str, self.search_path))}",
            hint=f"put {name} in the workspace's {WORKSPACE_TEMPLATE_DIR}/ folder, or reinstall "
            "hyteplan if its own copy is missing (pip install --force-reinstall hyteplan)",
        )

    def _fix_hint(self, filename: str | None, name: str) -> str:
        """What to do about a broken template: the workspace's override, or hyteplan itself."""
        path = Path(filename) if filename else None
        overrides = self.search_path[:-1]
        if path is None:
            path = next((d / name for d in overrides if (d / name).exists()), None)
        if path is not None and any(path.resolve().is_relative_to(d) for d in overrides):
            return (
                f"fix the workspace's template {path}, or delete it to use hyteplan's own "
                f"{path.name}"
            )
        return "hyteplan's own template is broken: reinstall hyteplan and report the error"

    def font_dirs(self) -> list[Path]:
        """Directories with fonts for the PDF: a workspace's templates/fonts, then hyteplan's."""
        dirs = [d / "fonts" for d in self.search_path if (d / "fonts").is_dir()]
        if self.root is not None:  # a workspace's fonts folder must not lead out of it
            dirs = [
                d if d.is_relative_to(packaged_templates_dir()) else inside(self.root, d)
                for d in dirs
            ]
        dirs.append(Path(__file__).resolve().parent / "fonts")
        return dirs

    def render(self, name: str, context: Mapping[str, Any]) -> str:
        """Render the Jinja2 template ``name``; strings in ``context`` are user text."""
        try:
            template = self.env.get_template(name)
            with time_limit(TEMPLATE_SECONDS), memory_limit(limits.TEMPLATE_MEMORY_BYTES):
                return _bounded(template.generate(**user_data(dict(context))), name)
        except MemoryError as exc:
            raise HyteplanError(
                f"template {name!r} needed more than "
                f"{limits.TEMPLATE_MEMORY_BYTES // 1024**2} MB of memory and was stopped",
                hint=self._fix_hint(None, name) + " (look for a value that grows in a loop)",
            ) from exc
        except TimeLimitExceeded as exc:
            raise HyteplanError(
                f"template {name!r} ran longer than {TEMPLATE_SECONDS:g} seconds and was stopped",
                hint=self._fix_hint(None, name) + " (look for a loop that never ends)",
            ) from exc
        except SecurityError as exc:
            file, line = _template_place(exc)
            where = f"{file}:{line}" if file else repr(name)
            raise HyteplanError(
                f"template {where} reaches for Python internals, which templates may not use: "
                f"{exc}",
                hint=self._fix_hint(file, name),
            ) from exc
        except jinja2.TemplateNotFound as exc:
            missing = exc.name if isinstance(exc.name, str) else name
            hint = (
                f"a workspace template includes or extends {missing!r}, which does not exist: "
                f"fix the name or delete the override in {WORKSPACE_TEMPLATE_DIR}/"
                if missing != name
                else f"put {missing} in the workspace's {WORKSPACE_TEMPLATE_DIR}/ folder, or "
                "reinstall hyteplan (pip install --force-reinstall hyteplan)"
            )
            raise HyteplanError(f"template {missing!r} not found", hint=hint) from exc
        except jinja2.TemplateSyntaxError as exc:
            raise HyteplanError(
                f"template syntax error in {exc.filename or exc.name}:{exc.lineno}: {exc.message}",
                hint=self._fix_hint(exc.filename, exc.name or name),
            ) from exc
        except jinja2.UndefinedError as exc:
            raise HyteplanError(
                f"template {name!r} uses an undefined value: {exc.message}",
                hint=self._fix_hint(None, name),
            ) from exc


def _bounded(chunks: Iterator[str], name: str) -> str:
    """Join the output of a template, stopping it once it exceeds TEMPLATE_OUTPUT_CHARS."""
    out: list[str] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > TEMPLATE_OUTPUT_CHARS:
            raise HyteplanError(
                f"template {name!r} produced more than {TEMPLATE_OUTPUT_CHARS:,} characters "
                "and was stopped".replace(",", " "),
                hint="a workspace template repeats its output without end: fix or delete the "
                f"override in {WORKSPACE_TEMPLATE_DIR}/",
            )
        out.append(chunk)
    return "".join(out)


def _template_place(exc: BaseException) -> tuple[str | None, int | None]:
    """The template file and line where ``exc`` was raised (Jinja maps its frames to them)."""
    place: tuple[str | None, int | None] = (None, None)
    for frame, line in traceback.walk_tb(exc.__traceback__):
        filename = frame.f_code.co_filename
        if not filename.endswith(".py") and not filename.startswith("<"):
            place = (filename, line)
    return place


class _Loader(jinja2.BaseLoader):
    """Templates from the workspace's folder (only files inside the workspace), then ours."""

    def __init__(self, search_path: list[Path], root: Path | None) -> None:
        self.search_path = search_path
        self.root = root

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        pieces = split_template_path(template)  # refuses '..'
        for directory in self.search_path:
            path = directory.joinpath(*pieces)
            if not path.is_file():
                continue
            if self.root is not None and directory != self.search_path[-1]:
                raw = read_workspace_file(self.root, path, TEMPLATE_FILE_BYTES)
            else:
                raw = read_capped(path, TEMPLATE_FILE_BYTES)
            try:
                source = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise HyteplanError(
                    f"template {path} is not UTF-8 text",
                    hint="save the template as UTF-8, or delete the override",
                ) from exc
            mtime = path.stat().st_mtime_ns
            return source, str(path), functools.partial(_unchanged, path, mtime)
        raise jinja2.TemplateNotFound(template)


def _unchanged(path: Path, mtime: int) -> bool:
    try:
        return path.stat().st_mtime_ns == mtime
    except OSError:
        return False


_MAX_REPEAT = 1_000_000


class _Sandbox(jinja2.sandbox.ImmutableSandboxedEnvironment):
    """Jinja2's sandbox, also refusing ``"x" * 10**12`` and ``10 ** 10**9`` (memory, time)."""

    intercepted_binops = frozenset(["*", "**"])

    def call_binop(self, context: Any, op: str, left: Any, right: Any) -> Any:
        if op == "**" and isinstance(right, int) and abs(right) > 1000:
            raise SecurityError("exponent too large")
        if op == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(times, int):
                    if len(seq) * times > _MAX_REPEAT:
                        raise SecurityError("repetition too large")
        return (operator.pow if op == "**" else operator.mul)(left, right)


def _make_environment(loader: jinja2.BaseLoader) -> jinja2.Environment:
    env = _Sandbox(
        loader=loader,
        autoescape=True,
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.pop("lipsum", None)  # a function: its __globals__ are hyteplan's modules
    builtins = dict(env.filters)
    env.filters.clear()
    env.filters.update({name: builtins[name] for name in _SAFE_BUILTINS})
    env.filters.update({name: _keep_user(builtins[name]) for name in _STRING_FILTERS})
    env.filters.update(
        {
            "e": _escaped,
            "escape": _escaped,
            "join": _md_join,
            "paragraphs": _paragraphs,
            "meta": lambda v: Markup(md_meta(str(v), escaped=isinstance(v, Markup))),
        }
    )
    return env
