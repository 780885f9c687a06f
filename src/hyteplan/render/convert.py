"""Turn one document's pandoc Markdown into DOCX, PDF or normalised Markdown.

Each function takes the Markdown produced from the templates and a working directory that holds
the document's chart images (``charts/``). All pandoc runs share the reader options and
hyteplan's Lua filter (no raw markup, images only from ``charts/``, alt text for typst).
"""

from __future__ import annotations

from pathlib import Path

from hyteplan.errors import HyteplanError
from hyteplan.render.docx_toc import fill_docx_toc
from hyteplan.render.pandoc import run_pandoc

CHART_DIR = "charts"
PDF_STANDARDS = ["a-2a", "ua-1"]
_FILTER = Path(__file__).resolve().parent / "pandoc_data" / "hyteplan.lua"


def _reader_args() -> list[str]:
    return [
        "--from=markdown-implicit_figures",
        f"--lua-filter={_FILTER}",
        f"--metadata=hyteplan-image-dir:{CHART_DIR}",
    ]


def _epoch_env(source_date_epoch: int | None) -> dict[str, str]:
    return {} if source_date_epoch is None else {"SOURCE_DATE_EPOCH": str(source_date_epoch)}


def to_docx(
    markdown: str, workdir: Path, reference_docx: Path, source_date_epoch: int | None
) -> bytes:
    """DOCX with the (A4) reference document's styles, native captions and a filled TOC."""
    docx = run_pandoc(
        [
            *_reader_args(),
            "--to=docx+native_numbering",
            f"--reference-doc={reference_docx}",
            "--toc",
            "--toc-depth=2",
            "--output=-",
        ],
        markdown.encode("utf-8"),
        cwd=workdir,
        env=_epoch_env(source_date_epoch),
    )
    return fill_docx_toc(docx)


def to_typst(markdown: str, workdir: Path, typst_template: Path) -> str:
    """The typst source of the document, laid out by hyteplan's pandoc typst template."""
    out = run_pandoc(
        [
            *_reader_args(),
            "--to=typst",
            "--wrap=none",
            f"--template={typst_template}",
            "--toc",
            "--toc-depth=2",
        ],
        markdown.encode("utf-8"),
        cwd=workdir,
    )
    return out.decode("utf-8")


def typst_to_pdf(
    source: str, workdir: Path, font_dirs: list[Path], source_date_epoch: int | None
) -> bytes:
    """Compile typst in-process to a tagged PDF/A-2a + PDF/UA-1 file with embedded fonts."""
    import typst  # lazily: only PDF output needs it

    try:
        return typst.compile(
            source.encode("utf-8"),
            root=str(workdir),
            font_paths=[str(d) for d in font_dirs],
            ignore_system_fonts=True,
            pdf_standards=PDF_STANDARDS,
            timestamp=source_date_epoch,
        )
    except Exception as exc:  # typst raises its own TypstError with a rendered diagnostic
        raise HyteplanError(f"typst could not build the PDF: {exc}") from exc


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
    out = run_pandoc(
        [
            *_reader_args(),
            "--to=markdown-implicit_figures-smart-simple_tables-multiline_tables-grid_tables",
            "--standalone",
            "--wrap=none",
        ],
        markdown.encode("utf-8"),
        cwd=workdir,
    )
    return out.decode("utf-8")
