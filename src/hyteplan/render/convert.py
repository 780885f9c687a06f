"""Turn one document's pandoc Markdown into DOCX, PDF or normalised Markdown.

Each function takes the Markdown produced from the templates and a working directory that holds
the document's chart images (``charts/``). :func:`convert` runs pandoc *once* per document,
whatever the formats: hyteplan's Lua program (``pandoc_data/hyteplan.lua``, run with
``pandoc lua``) parses the Markdown a single time, applies hyteplan's safety and layout rules (no
raw markup, images only from ``charts/``, alt text for typst) and writes every requested format
from that one parse. Parsing is about half of a conversion, and a process start is saved too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from hyteplan import glyphs
from hyteplan.errors import HyteplanError
from hyteplan.render.docx_rows import fit_header_words, keep_rows_together, style_table_text
from hyteplan.render.docx_toc import fill_toc, patch_docx
from hyteplan.limits import TEMPLATE_FILE_BYTES, TYPST_SECONDS
from hyteplan.render import typst_child
from hyteplan.render.pandoc import run_pandoc
from hyteplan.wsfiles import read_capped

if TYPE_CHECKING:
    from typst import PDFStandard

CHART_DIR = "charts"
PDF_STANDARDS: list[PDFStandard] = ["a-2a", "ua-1"]
#: What pandoc can write for us: DOCX, typst source (for the PDF) and review Markdown.
TARGETS = ("docx", "typst", "md")
_PROGRAM = Path(__file__).resolve().parent / "pandoc_data" / "hyteplan.lua"
_OUTPUT = "hyteplan-out"
_WORD_JOINER = "\u2060"


@dataclass(frozen=True)
class Layout:
    """The files that lay a document out: DOCX styles and the typst page template."""

    reference_docx: Path | None = None
    typst_template: Path | None = None
    toc: bool = True  # a table of contents (DOCX; the typst template decides for the PDF)


def _epoch_env(source_date_epoch: int | None) -> dict[str, str]:
    return {} if source_date_epoch is None else {"SOURCE_DATE_EPOCH": str(source_date_epoch)}


def convert(
    markdown: str,
    workdir: Path,
    targets: Iterable[str],
    layout: Layout,
    source_date_epoch: int | None = None,
) -> dict[str, bytes]:
    """Every target in ``targets`` (see :data:`TARGETS`) from one pandoc run, by target name.

    DOCX gets the reference document's styles (A4), native captions and a filled table of
    contents; typst source is laid out by the typst template; Markdown has minimal escaping and
    one paragraph a line, for reading in a git diff.
    """
    wanted = [t for t in TARGETS if t in set(targets)]
    unknown = set(targets) - set(TARGETS)
    if unknown:
        raise HyteplanError(
            f"pandoc cannot produce {', '.join(sorted(unknown))}",
            hint=f"choose among {', '.join(TARGETS)}",
        )
    args = [f"image-dir={CHART_DIR}"] + ([] if layout.toc else ["toc=false"])
    if "docx" in wanted:
        if layout.reference_docx is None:
            raise HyteplanError(
                "DOCX needs a reference document",
                hint="put reference.docx in the workspace's templates/ folder, or delete a broken "
                "override there to use hyteplan's own",
            )
        args.append(f"reference-doc={_reference_docx(layout.reference_docx, workdir)}")
    if "typst" in wanted:
        if layout.typst_template is None:
            raise HyteplanError(
                "PDF needs a typst template",
                hint="put the typst template in the workspace's templates/ folder, or delete a "
                "broken override there to use hyteplan's own",
            )
        args.append(f"typst-template={_typst_template(layout.typst_template, workdir)}")
    outputs = {t: workdir / f"{_OUTPUT}.{t}" for t in wanted}
    args += [f"{t}={path}" for t, path in outputs.items()]
    try:
        run_pandoc(
            ["lua", str(_PROGRAM), *args],
            markdown.encode("utf-8"),
            cwd=workdir,
            env=_epoch_env(source_date_epoch),
        )
    finally:
        (workdir / f"{_OUTPUT}-reference.docx").unlink(missing_ok=True)
        (workdir / f"{_OUTPUT}-template.typst").unlink(missing_ok=True)
    results = {}
    for target, path in outputs.items():
        data = path.read_bytes()
        path.unlink()
        results[target] = _finish_docx(data) if target == "docx" else data
    return results


def _typst_template(path: Path, workdir: Path) -> Path:
    """hyteplan's own typst template, or a copy of a workspace's in ``workdir``.

    pandoc looks for a template's partials (``${ name() }``) next to it: in the workspace's
    templates/ folder, where a partial could be a link to any file of the machine. A copy in
    the work folder has no partials beside it.
    """
    from hyteplan.render.templates import packaged_templates_dir

    if path.resolve().is_relative_to(packaged_templates_dir().resolve()):
        return path
    copy = workdir / f"{_OUTPUT}-template.typst"
    copy.write_bytes(read_capped(path, TEMPLATE_FILE_BYTES))
    return copy


def _reference_docx(path: Path, workdir: Path) -> Path:
    """hyteplan's own reference document, or a cleaned copy of a workspace's (in ``workdir``).

    pandoc never reads a workspace's reference.docx: see :mod:`hyteplan.render.reference_clean`.
    """
    from hyteplan.render.reference_clean import clean_reference_docx
    from hyteplan.render.templates import packaged_templates_dir

    packaged = packaged_templates_dir() / "reference.docx"
    if path.resolve() == packaged.resolve():
        return path
    cleaned = workdir / f"{_OUTPUT}-reference.docx"
    cleaned.write_bytes(clean_reference_docx(path, packaged))
    return cleaned


def _plain_core_title(core: str) -> str:
    """The word joiners that keep the cover's year range together are layout, not title."""
    return re.sub(
        r"<dc:title>.*?</dc:title>",
        lambda m: m.group(0).replace(_WORD_JOINER, ""),
        core,
        flags=re.S,
    )


def _finish_docx(docx: bytes) -> bytes:
    return patch_docx(
        docx,
        {
            "word/document.xml": lambda xml: fit_header_words(
                keep_rows_together(style_table_text(fill_toc(xml)))
            ),
            "docProps/core.xml": _plain_core_title,
        },
    )


def to_docx(
    markdown: str, workdir: Path, reference_docx: Path, source_date_epoch: int | None
) -> bytes:
    """DOCX with the (A4) reference document's styles, native captions and a filled TOC."""
    return convert(
        markdown, workdir, ["docx"], Layout(reference_docx=reference_docx), source_date_epoch
    )["docx"]


def to_typst(markdown: str, workdir: Path, typst_template: Path) -> str:
    """The typst source of the document, laid out by hyteplan's pandoc typst template."""
    out = convert(markdown, workdir, ["typst"], Layout(typst_template=typst_template))
    return out["typst"].decode("utf-8")


def typst_to_pdf(
    source: str, workdir: Path, font_dirs: list[Path], source_date_epoch: int | None
) -> bytes:
    """Compile typst to a tagged PDF/A-2a + PDF/UA-1 file with embedded fonts.

    typst runs in a helper process (:mod:`hyteplan.render.typst_child`) so that a compilation
    longer than TYPST_SECONDS can be stopped.
    """
    main = workdir / f"{_OUTPUT}.typ"
    pdf = workdir / f"{_OUTPUT}.pdf"
    main.write_text(_printable(source, font_dirs), encoding="utf-8")
    options = {
        "font_paths": [str(d) for d in font_dirs],
        "ignore_system_fonts": True,
        "pdf_standards": PDF_STANDARDS,
        "timestamp": source_date_epoch,
    }
    try:
        error = typst_child.compile_pdf(main, workdir, pdf, options, TYPST_SECONDS)
        if error is not None:
            raise HyteplanError(
                f"typst could not build the PDF: {error}",
                hint="if the workspace's templates/ folder overrides the typst template or fonts, "
                "fix or delete the override; otherwise render DOCX only (--to docx) and report "
                "the error",
            )
        return pdf.read_bytes()
    finally:
        main.unlink(missing_ok=True)
        pdf.unlink(missing_ok=True)


def _printable(source: str, font_dirs: list[Path]) -> str:
    """The typst source with every character no font has replaced by U+FFFD.

    PDF/A forbids a character without a glyph, so typst would refuse the whole document for one
    such character (validate warns about them: P001). Fonts a workspace adds count too.
    """
    own = [d for d in font_dirs if d.resolve() != glyphs.FONT_DIR]
    return glyphs.replace_uncovered(source, tuple(glyphs.font_files(own)))


def to_pdf(
    markdown: str,
    workdir: Path,
    typst_template: Path,
    font_dirs: list[Path],
    source_date_epoch: int | None,
) -> bytes:
    """PDF via pandoc's typst writer and the typst compiler (no LaTeX, no system fonts)."""
    return typst_to_pdf(
        to_typst(markdown, workdir, typst_template), workdir, font_dirs, source_date_epoch
    )


def to_markdown(markdown: str, workdir: Path) -> str:
    """pandoc's own Markdown of the document: minimal escaping, readable in a git diff."""
    return convert(markdown, workdir, ["md"], Layout())["md"].decode("utf-8")
