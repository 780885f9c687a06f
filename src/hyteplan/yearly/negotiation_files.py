"""Write the negotiation pack and the municipality cards as DOCX, PDF, Markdown and JSON.

The same route as the plans (:mod:`hyteplan.render.pipeline`): a Jinja2 template with every
value escaped, pandoc with the A4 reference.docx, typst for a tagged PDF/UA-1 with the bundled
fonts (reproducible bytes with ``SOURCE_DATE_EPOCH``), every file written atomically. The pack
is laid out like a plan (cover page, contents); a card has its own typst template without them,
and no table of contents in the DOCX, so that it fits two A4 pages.

Names: ``<region>-negotiations-<year>.<ext>`` and ``<municipality>-card-<year>.<ext>`` in the
organisation's first language, with ``.<lang>`` before the extension in its others.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from hyteplan.errors import HyteplanError
from hyteplan.fsio import atomic_write
from hyteplan.indicator_data import IndicatorValues
from hyteplan.render import convert, orphans
from hyteplan.render.labels import LANG_TAGS, labels_for
from hyteplan.render.pipeline import (
    FORMATS,
    REFERENCE_DOCX,
    TYPST_TEMPLATE,
    DocumentResult,
)
from hyteplan.render.templates import Templates
from hyteplan.workspace import Workspace
from hyteplan.yearly.negotiations import CardView, PackView, build_pack

PACK_TEMPLATE = "negotiations.md.j2"
CARD_TEMPLATE = "card.md.j2"
CARD_TYPST = "card.typst"


@dataclass(frozen=True)
class NegotiationDocument:
    """One file set to write: the pack, or one card, in one language."""

    stem: str
    view: PackView | CardView
    template: str
    typst_template: str
    toc: bool


def pack_stem(view: PackView) -> str:
    base = f"{view.id}-negotiations-{view.year}"
    return base if view.main_language else f"{base}.{view.lang}"


def card_stem(view: CardView) -> str:
    base = f"{view.id}-card-{view.year}"
    return base if view.main_language else f"{base}.{view.lang}"


def negotiation_documents(
    ws: Workspace, year: int, values: IndicatorValues, lang: str | None = None
) -> list[NegotiationDocument]:
    """The pack in each of the region's languages, and each card in its municipality's."""
    if ws.config is None:
        raise HyteplanError(
            "a workspace without a valid hyteplan.yaml has no negotiations",
            hint="run `hyteplan validate` and fix hyteplan.yaml first",
        )
    config = ws.config
    # As `render --lang`: a file in a language other than the organisation's first is named so.
    region_main = config.languages_of(config.region.id)[0]
    region_langs = [lang] if lang else config.languages_of(config.region.id)
    docs: list[NegotiationDocument] = []
    packs = {
        code: build_pack(ws, year, code, values, main_language=code == region_main)
        for code in region_langs
    }
    for pack in packs.values():
        docs.append(NegotiationDocument(pack_stem(pack), pack, PACK_TEMPLATE, TYPST_TEMPLATE, True))
    for municipality in config.municipalities:
        languages = [lang] if lang else config.languages_of(municipality.id)
        for code in languages:
            pack = packs.get(code) or build_pack(ws, year, code, values)
            card = next(c for c in pack.cards if c.id == municipality.id)
            main = config.languages_of(municipality.id)[0]
            card = replace(card, main_language=code == main)
            docs.append(
                NegotiationDocument(card_stem(card), card, CARD_TEMPLATE, CARD_TYPST, False)
            )
    return docs


def write_documents(
    documents: Sequence[NegotiationDocument],
    workspace_root: Path | None,
    out_dir: Path,
    formats: Sequence[str],
    source_date_epoch: int | None,
    on_done: Callable[[DocumentResult], None] | None = None,
) -> list[DocumentResult]:
    """Write every document; a document's failure is kept in its result, the others go on."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise HyteplanError(
            f"unknown output format {', '.join(unknown) or '(none)'}",
            hint=f"choose from {', '.join(FORMATS)}, e.g. --to docx,pdf",
        )
    templates = Templates.for_workspace(workspace_root)
    results = []
    for document in documents:
        result = _write_one(document, templates, out_dir, formats, source_date_epoch)
        results.append(result)
        if on_done:
            on_done(result)
    return results


def _write_one(
    document: NegotiationDocument,
    templates: Templates,
    out_dir: Path,
    formats: Sequence[str],
    source_date_epoch: int | None,
) -> DocumentResult:
    written: list[Path] = []
    errors: list[str] = []
    try:
        outputs = _outputs(document, templates, formats, source_date_epoch)
        for fmt in formats:
            target = out_dir / f"{document.stem}.{fmt}"
            atomic_write(target, outputs[fmt])
            written.append(target)
    except HyteplanError as exc:
        errors.append(exc.message)
    except Exception as exc:  # a bug must not stop the other documents
        errors.append(f"internal error: {type(exc).__name__}: {exc}")
    return DocumentResult(document.stem, written, errors)


def document_markdown(document: NegotiationDocument, templates: Templates) -> str:
    """The document's pandoc Markdown from its (possibly overridden) template."""
    lang = document.view.lang
    context: dict[str, Any] = {
        "doc": document.view.to_data(),
        "labels": labels_for(lang),
        "lang_tag": LANG_TAGS[lang],
    }
    return templates.render(document.template, context)


def _outputs(
    document: NegotiationDocument,
    templates: Templates,
    formats: Sequence[str],
    source_date_epoch: int | None,
) -> dict[str, bytes]:
    """The bytes of every requested format of one document."""
    outputs: dict[str, bytes] = {}
    if "json" in formats:
        text = json.dumps(document.view.to_data(), ensure_ascii=False, indent=2) + "\n"
        outputs["json"] = text.encode("utf-8")
    targets = [t for f, t in (("docx", "docx"), ("pdf", "typst"), ("md", "md")) if f in formats]
    if not targets:
        return outputs
    markdown = document_markdown(document, templates)
    layout = convert.Layout(
        reference_docx=templates.path(REFERENCE_DOCX) if "docx" in targets else None,
        typst_template=templates.path(document.typst_template) if "typst" in targets else None,
        toc=document.toc,
    )
    with orphans.work_dir() as tmp:
        work = Path(tmp)
        made = convert.convert(markdown, work, targets, layout, source_date_epoch)
        for fmt in ("docx", "md"):
            if fmt in made:
                outputs[fmt] = made[fmt]
        if "typst" in made:
            outputs["pdf"] = convert.typst_to_pdf(
                made["typst"].decode("utf-8"), work, templates.font_dirs(), source_date_epoch
            )
    return outputs
