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
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import jinja2
from jinja2.nodes import EvalContext
from markupsafe import Markup

from hyteplan.errors import HyteplanError
from hyteplan.localtext import LocalText
from hyteplan.render.escape import md_chars, md_in_lang, md_inline, md_meta, md_paragraphs
from hyteplan.render.labels import LANG_TAGS

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
    "capitalize", "center", "filesizeformat", "format", "indent", "lower", "pprint", "replace",
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
        if workspace is not None and (workspace / WORKSPACE_TEMPLATE_DIR).is_dir():
            self.search_path.append((workspace / WORKSPACE_TEMPLATE_DIR).resolve())
        self.search_path.append(packaged_templates_dir())
        self.env = _make_environment(self.search_path)

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
        dirs.append(Path(__file__).resolve().parent / "fonts")
        return dirs

    def render(self, name: str, context: Mapping[str, Any]) -> str:
        """Render the Jinja2 template ``name``; strings in ``context`` are user text."""
        try:
            template = self.env.get_template(name)
            return template.render(**user_data(dict(context)))
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


def _make_environment(search_path: list[Path]) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(p) for p in search_path]),
        autoescape=True,
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
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
