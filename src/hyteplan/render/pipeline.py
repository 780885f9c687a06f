"""Render the documents of a workspace: views → Markdown → DOCX / PDF / Markdown / JSON files.

Each document is rendered independently, in parallel on all cores (one process per document at
a time; pandoc and typst are the heavy parts). A document's failure (a broken template override,
a full disk) is reported in its :class:`DocumentResult` and the other documents are still
produced. Every file is written atomically: a failure never leaves half a file in the output
folder and never deletes the previous good one.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from hyteplan.errors import HyteplanError
from hyteplan.fsio import atomic_write
from hyteplan.indicator_data import load_indicator_values
from hyteplan.render import chart_cache, convert, orphans
from hyteplan.render.labels import LANG_TAGS, labels_for
from hyteplan.render.templates import Templates
from hyteplan.indicator_views import ChartView
from hyteplan.views import DocumentView, build_views, document_ids
from hyteplan.workspace import Workspace

FORMATS: tuple[str, ...] = ("docx", "pdf", "md", "json")
DEFAULT_FORMATS: tuple[str, ...] = ("docx", "pdf")
MAIN_TEMPLATE = "document.md.j2"
EXTRACT_TEMPLATE = "extract.md.j2"  # a municipality without a plan here (views.DocumentView.kind)
TYPST_TEMPLATE = "document.typst"
REFERENCE_DOCX = "reference.docx"
DATA_DIR = "data"


class RenderableView(Protocol):
    """What the pipeline needs of a document's view: a plan's (views.DocumentView) or another
    document's made on the same toolchain (the annual report, yearly.annual_views.AnnualView).

    A view may name its own template in a ``template`` class attribute; a plan's view is laid
    out by ``document.md.j2`` (or ``extract.md.j2`` for an extract).
    """

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def lang(self) -> str: ...
    @property
    def main_language(self) -> bool: ...
    @property
    def indicators(self) -> Sequence[Any]: ...  # items with a `chart` (ChartView or None)
    def to_data(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class RenderOptions:
    """What to render and where."""

    out_dir: Path
    formats: tuple[str, ...] = DEFAULT_FORMATS
    only: tuple[str, ...] = ()
    lang: str | None = None
    source_date_epoch: int | None = None
    jobs: int | None = None
    chart_cache: Path | None = None  # None: no cache (the CLI passes the default location)


@dataclass(frozen=True)
class DocumentResult:
    """The outcome of one document: the files written and the formats that failed."""

    id: str  # the document's file name without extension (see document_stem)
    written: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    #: Seconds spent per stage in the worker (charts, template, pandoc, typst, write): the
    #: benchmarks use them to tell our own work from pandoc's and typst's.
    seconds: dict[str, float] = field(default_factory=dict)
    #: Peak memory (MB) of the process that rendered it, so far (None where unknown).
    peak_mb: float | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class _Job:
    view: RenderableView
    workspace_root: Path | None
    out_dir: Path
    formats: tuple[str, ...]
    source_date_epoch: int | None
    charts: dict[str, bytes] | None = None  # drawn beforehand (other workers, or the cache)
    chart_cache: Path | None = None


def document_stem(view: RenderableView) -> str:
    """A document's file name without its extension.

    `kuopio` in the organisation's first language and `kuopio.sv` in its others, so that the
    files of one language never overwrite another's and `make demo`'s names stay as they were.
    """
    return view.id if view.main_language else f"{view.id}.{view.lang}"


def git_version(root: Path | None) -> str:
    """``git describe --tags --always --dirty`` of the workspace, or '' outside a repository."""
    if root is None:
        return ""
    try:
        proc = subprocess.run(
            ["git", "-C", str(root), "describe", "--tags", "--always", "--dirty"],
            capture_output=True,
            text=True,
            check=False,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return proc.stdout.strip() if proc.returncode == 0 else ""


def source_date_epoch_from_env(
    environ: dict[str, str] | os._Environ[str] = os.environ,
) -> int | None:
    """``SOURCE_DATE_EPOCH`` as an integer, None when unset; a bad value is a user error."""
    raw = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise HyteplanError(
            f"SOURCE_DATE_EPOCH must be a whole number of seconds, not {raw!r}",
            hint="e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)",
        )
    return int(raw)


def check_options(ws: Workspace, options: RenderOptions) -> None:
    """Reject unknown formats, languages and document IDs before any work starts."""
    unknown = [f for f in options.formats if f not in FORMATS]
    if unknown or not options.formats:
        raise HyteplanError(
            f"unknown output format {', '.join(unknown) or '(none)'}",
            hint=f"choose from {', '.join(FORMATS)}, e.g. --to docx,pdf",
        )
    if options.lang is not None and options.lang not in LANG_TAGS:
        raise HyteplanError(f"unknown language {options.lang!r}", hint="choose fi, sv or en")
    known = document_ids(ws)
    missing = [i for i in options.only if i not in known]
    if missing:
        raise HyteplanError(
            f"no document with the ID {', '.join(missing)}",
            hint=f"documents of this workspace: {', '.join(known) or '(none)'}",
        )


def plan_views(ws: Workspace, options: RenderOptions) -> list[DocumentView]:
    """The views to render (cheap: no pandoc, no charts)."""
    check_options(ws, options)
    root = ws.root
    values = load_indicator_values(root / DATA_DIR) if root is not None else None
    return build_views(
        ws, lang=options.lang, values=values, version=git_version(root), only=options.only
    )


def render_views(
    views: Sequence[RenderableView],
    workspace_root: Path | None,
    options: RenderOptions,
    on_start: Callable[[int], None] | None = None,
    on_done: Callable[[DocumentResult], None] | None = None,
) -> list[DocumentResult]:
    """Render ``views`` in parallel; results come back in the order of ``views``.

    Charts are drawn as tasks of their own (a few per task) before the documents that show
    them, so that one document with many charts does not keep a single core busy while the
    other cores idle. ``on_start(total)`` is called once the worker processes exist (a progress
    bar may start its thread there), ``on_done`` after each document.
    """
    jobs = {
        document_stem(v): _Job(
            v,
            workspace_root,
            options.out_dir,
            options.formats,
            options.source_date_epoch,
            chart_cache=options.chart_cache,
        )
        for v in views
    }
    workers = min(options.jobs or _cpu_count(), len(jobs))
    orphans.remove_stale()  # working folders of earlier runs that were killed
    results: dict[str, DocumentResult] = {}

    def finish(result: DocumentResult) -> None:
        results[result.id] = result
        if on_done:
            on_done(result)

    if workers <= 1:
        if on_start:
            on_start(len(jobs))
        for job in jobs.values():
            finish(render_document(job))
        return [results[document_stem(v)] for v in views]

    charts: dict[str, dict[str, bytes]] = {doc_id: {} for doc_id in jobs}
    missing: dict[str, list[ChartView]] = {doc_id: [] for doc_id in jobs}
    for doc_id, job in jobs.items():
        if _needs_markdown(job.formats):
            for chart in _charts_of(job.view):
                png = chart_cache.load(job.chart_cache, chart, job.view.lang)
                if png is None:
                    missing[doc_id].append(chart)
                else:
                    charts[doc_id][chart.file] = png
    with _executor(workers, draws_charts=any(missing.values())) as pool:
        waiting: dict[str, int] = {}
        drawings: dict[Future[dict[str, bytes]], str] = {}
        documents: dict[Future[DocumentResult], str] = {}
        for doc_id, job in jobs.items():
            todo = missing[doc_id]
            batches = [todo[i : i + CHARTS_PER_TASK] for i in range(0, len(todo), CHARTS_PER_TASK)]
            waiting[doc_id] = len(batches)
            for batch in batches:
                drawings[pool.submit(draw_charts, batch, job.view.lang, job.chart_cache)] = doc_id
        for doc_id, job in jobs.items():
            if waiting[doc_id] == 0:
                documents[pool.submit(render_document, replace(job, charts=charts[doc_id]))] = (
                    doc_id
                )
        if on_start:
            on_start(len(jobs))
        while drawings or documents:
            running: list[Future[Any]] = [*drawings, *documents]
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for rendered in [f for f in documents if f in done]:
                doc_id = documents.pop(rendered)
                try:
                    result = rendered.result()
                except Exception as exc:  # a worker died (killed, out of memory)
                    result = DocumentResult(doc_id, errors=[f"worker failed: {exc}"])
                finish(result)
            for drawn in [f for f in drawings if f in done]:
                doc_id = drawings.pop(drawn)
                if waiting[doc_id] <= 0:  # an earlier batch of this document failed
                    continue
                try:
                    pngs = drawn.result()
                except Exception as exc:  # a worker died (killed, out of memory)
                    waiting[doc_id] = -1
                    finish(DocumentResult(doc_id, errors=[f"worker failed: {exc}"]))
                    continue
                charts[doc_id].update(pngs)
                waiting[doc_id] -= 1
                if waiting[doc_id] == 0:
                    job = replace(jobs[doc_id], charts=charts[doc_id])
                    documents[pool.submit(render_document, job)] = doc_id
    return [results[document_stem(v)] for v in views]


CHARTS_PER_TASK = 4


def _charts_of(view: RenderableView) -> list[ChartView]:
    return [i.chart for i in view.indicators if i.chart is not None]


def draw_charts(
    charts: Sequence[ChartView], lang: str, cache_dir: Path | None = None
) -> dict[str, bytes]:
    """PNG bytes of each chart by file name, from the cache or drawn (and then cached)."""
    out: dict[str, bytes] = {}
    for chart in charts:
        png = chart_cache.load(cache_dir, chart, lang)
        if png is None:
            from hyteplan.charts import trend_chart_png  # lazily: matplotlib costs ~0.5 s

            width, height = chart_cache.CHART_SIZE_CM
            png = trend_chart_png(
                chart.series,
                chart.title,
                chart.unit,
                lang,
                target=chart.target,
                name=chart.name,
                comparisons=[(s.name, s.points) for s in chart.comparisons],
                decimals=chart.decimals,
                width_inches=width / 2.54,
                height_inches=height / 2.54,
            )
            chart_cache.store(cache_dir, chart, lang, png)
        out[chart.file] = png
    return out


def _needs_markdown(formats: Sequence[str]) -> bool:
    return any(f in formats for f in ("docx", "pdf", "md"))


def _cpu_count() -> int:
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


_PRELOAD = ["__main__", "hyteplan.render.pipeline", "typst"]
_PRELOAD_CHARTS = ["hyteplan.charts", "matplotlib.figure", "matplotlib.backends.backend_agg"]


def _fork_is_safe() -> bool:
    """Whether worker processes can be forked straight from this process.

    Forking is the fastest start (nothing to import again), but only safe from a process
    without threads: once typst has compiled a PDF in a process its thread pool exists, and a
    forked child that compiles again waits forever for threads it did not inherit. The CLI's
    process has compiled nothing when it starts the workers; a long-lived caller (a test run,
    an application) may have.
    """
    return (
        sys.platform.startswith("linux")
        and "typst" not in sys.modules
        and threading.active_count() == 1
    )


def _executor(workers: int, draws_charts: bool = True) -> Executor:
    """Worker processes, started the fastest safe way.

    Forked from this process when that is safe (see :func:`_fork_is_safe`); otherwise forked
    from a clean server process that has imported the pipeline once (and matplotlib, ~0.4 s,
    only when charts must be drawn), or spawned where there is no forkserver.
    ``HYTEPLAN_MP_START`` overrides the choice (fork, forkserver, spawn).
    """
    method = os.environ.get("HYTEPLAN_MP_START", "")
    available = multiprocessing.get_all_start_methods()
    if not method:
        if "fork" in available and _fork_is_safe():
            method = "fork"
        else:
            method = "forkserver" if "forkserver" in available else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        # Imported once in the server instead of once per worker; "__main__" keeps each
        # worker from running the main script again.
        context.set_forkserver_preload(_PRELOAD + (_PRELOAD_CHARTS if draws_charts else []))
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=orphans.die_with,
        initargs=(os.getpid(),),
    )


def render_document(job: _Job) -> DocumentResult:
    """Render one document in every requested format; never raises for a document's failure."""
    view = job.view
    name = document_stem(view)
    written: list[Path] = []
    errors: list[str] = []
    clock = _Clock()
    try:
        templates = Templates.for_workspace(job.workspace_root)
        with orphans.work_dir() as tmp:
            work = Path(tmp)
            data = view.to_data()
            markdown, charts = _markdown(view, data, templates, work, job, clock)
            outputs, failed = _produce(job.formats, data, markdown, templates, work, job, clock)
            for fmt in job.formats:
                if fmt in failed:
                    errors.append(f"{fmt}: {failed[fmt]}")
                    continue
                target = job.out_dir / f"{name}.{fmt}"
                try:
                    with clock("write"):
                        if fmt == "md":
                            _write_md_charts(job.out_dir, name, outputs[fmt], charts)
                        atomic_write(target, outputs[fmt])
                    written.append(target)
                except HyteplanError as exc:
                    errors.append(f"{fmt}: {exc.message}")
    except HyteplanError as exc:
        errors.append(exc.message)
    except Exception as exc:  # a bug must not stop the other documents
        errors.append(f"internal error: {type(exc).__name__}: {exc}")
    return DocumentResult(name, written, errors, clock.seconds, _peak_mb())


def _peak_mb() -> float | None:
    """This process's peak resident memory in MB (pandoc's processes are not counted)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


class _Clock:
    """Adds up the wall time of named stages."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            elapsed = time.perf_counter() - start
            self.seconds[stage] = self.seconds.get(stage, 0.0) + elapsed


def charts_dir(doc_id: str) -> str:
    """Where a document's charts live, relative to the Markdown (and to ``--out`` for ``md``).

    One folder per document: two documents can have a chart of the same indicator with
    different values (a municipality's and the region's).
    """
    return f"{convert.CHART_DIR}/{doc_id}"


def _template_of(view: RenderableView) -> str:
    """The template that lays the view out: its own, else the plan's or the extract's."""
    own: str | None = getattr(view, "template", None)
    return own or (EXTRACT_TEMPLATE if view.kind == "extract" else MAIN_TEMPLATE)


def _markdown(
    view: RenderableView,
    data: dict[str, Any],
    templates: Templates,
    work: Path,
    job: _Job,
    clock: _Clock,
) -> tuple[str, dict[str, bytes]]:
    """The document's pandoc Markdown and its charts (in ``work``, drawn now if not given)."""
    if not _needs_markdown(job.formats):
        return "", {}  # JSON only: no charts, no template
    charts = job.charts
    if charts is None:
        with clock("charts"):
            charts = draw_charts(_charts_of(view), view.lang, job.chart_cache)
    chart_dir = work / charts_dir(document_stem(view))
    chart_dir.mkdir(parents=True, exist_ok=True)
    for name, png in charts.items():
        (chart_dir / name).write_bytes(png)
    with clock("template"):
        markdown = templates.render(
            _template_of(view),
            {
                "doc": data,
                "labels": labels_for(view.lang),
                "lang_tag": LANG_TAGS[view.lang],
                "charts_dir": charts_dir(document_stem(view)),
            },
        )
    return markdown, charts


#: The pandoc output each format is made from.
_PANDOC_TARGET = {"docx": "docx", "pdf": "typst", "md": "md"}


def _produce(
    formats: Sequence[str],
    data: dict[str, Any],
    markdown: str,
    templates: Templates,
    work: Path,
    job: _Job,
    clock: _Clock,
) -> tuple[dict[str, bytes], dict[str, str]]:
    """The bytes of each format, and the error message of each format that failed."""
    outputs: dict[str, bytes] = {}
    failed: dict[str, str] = {}
    if "json" in formats:
        with clock("json"):
            text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
            outputs["json"] = text.encode("utf-8")
    targets = [_PANDOC_TARGET[f] for f in formats if f in _PANDOC_TARGET]
    if not targets:
        return outputs, failed
    try:
        layout = convert.Layout(
            reference_docx=templates.path(REFERENCE_DOCX) if "docx" in targets else None,
            typst_template=templates.path(TYPST_TEMPLATE) if "typst" in targets else None,
        )
        with clock("pandoc"):
            made = convert.convert(markdown, work, targets, layout, job.source_date_epoch)
    except HyteplanError as exc:
        for fmt in formats:
            if fmt in _PANDOC_TARGET:
                failed[fmt] = exc.message
        return outputs, failed
    for fmt in formats:
        if fmt in ("docx", "md"):
            outputs[fmt] = made[fmt]
    if "pdf" in formats:
        try:
            with clock("typst"):
                outputs["pdf"] = convert.typst_to_pdf(
                    made["typst"].decode("utf-8"),
                    work,
                    templates.font_dirs(),
                    job.source_date_epoch,
                )
        except HyteplanError as exc:
            failed["pdf"] = exc.message
    return outputs, failed


def _write_md_charts(out_dir: Path, doc_id: str, markdown: bytes, charts: dict[str, bytes]) -> None:
    """Write the charts the review Markdown refers to next to it, and drop ones it no longer does.

    The charts go first, so that a Markdown file never refers to a missing image; each is
    written atomically. Only PNG files are removed, and only from the document's own folder.
    """
    folder = out_dir / charts_dir(doc_id)
    text = markdown.decode("utf-8")
    used = {name for name in charts if f"({charts_dir(doc_id)}/{name})" in text}
    for name in sorted(used):
        atomic_write(folder / name, charts[name])
    if folder.is_dir():
        for stale in folder.glob("*.png"):
            if stale.name not in used:
                stale.unlink(missing_ok=True)
