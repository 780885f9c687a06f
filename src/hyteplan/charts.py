"""Trend charts of indicator values as PNG, and their alt texts.

PNG, not SVG: LibreOffice shows SVG in DOCX as blank without ``rsvg-convert``. The PNG is ~200 dpi
at A4 text width (16 cm), so it prints sharply and stays small.

Reproducible: rendering a plan twice must give byte-identical DOCX and PDF, so the PNG is too.
Matplotlib's defaults are reset for every chart (a user's ``matplotlibrc`` is ignored), the fonts
are the PDF's own, shipped with hyteplan (Liberation Sans, then Noto fallbacks), the Agg renderer is used directly (no pyplot, no GUI
backend) and the PNG carries no metadata (no "Software" text, no date).

Matplotlib is imported inside :func:`trend_chart_png` because importing it costs ~0.5 s, which a
``validate`` run must not pay. See docs/performance.md ("Charts") for measured times.
"""

from __future__ import annotations

import io
import math
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from hyteplan.glossary import unit_in, words
from hyteplan.numbers import (
    format_number,
    format_value,
    format_year_range,
    infer_decimals,
    normalise_lang,
)

A4_TEXT_WIDTH_INCHES = 16 / 2.54
"""A4 (21 cm) minus 2.5 cm margins on both sides."""
DEFAULT_HEIGHT_INCHES = 6.5 / 2.54
DEFAULT_DPI = 200

LINE_COLOUR = "#1f4e79"  # dark blue: contrast 8.9:1 on white
TARGET_COLOUR = "#9c4400"  # dark orange: 5.9:1 on white, and dashed, so colour is not the only cue
TEXT_COLOUR = "#222222"
# Comparison lines (the welfare region, the whole country): other colours and line styles, thinner
# and without markers (the organisation's own line has them), so that the legend can be read
# without colour vision too. Markers on them cost a fifth more drawing time per chart.
COMPARISON_STYLES = (
    {"color": "#2d6a3e", "linestyle": (0, (5, 2))},  # green, dashed
    {"color": "#5a5a5a", "linestyle": (0, (1, 1.5))},  # grey, dotted
)

#: Longest alt text: a PDF/A string holds at most 32,767 bytes (UTF-16: two a character), and a
#: screen reader's user is not helped by more. A longer one drops the list of values first.
ALT_TEXT_LIMIT = 2000

_TARGET_LABEL = words("target_level", capital=True)

# The PDF's fonts, shipped with hyteplan: the same glyphs on every machine, and a chart's title
# shows every character the document's text does (Greek, Cyrillic, symbols, emoji...).
_FONT = [
    "Liberation Sans",
    "Noto Sans",
    "Noto Sans Math",
    "Noto Sans Symbols",
    "Noto Sans Symbols2",
    "Noto Emoji",
]
_FONT_DIR = Path(__file__).resolve().parent / "render" / "fonts"
_FONT_SIZE = 9.0
_TITLE_SIZE = 10.0
_MARGIN = 6.0  # points around the drawing
_RC: dict[str, Any] = {
    "font.family": _FONT,
    "font.size": _FONT_SIZE,
    "text.parse_math": False,  # user text such as "$5 _a_" stays literal
    "axes.edgecolor": TEXT_COLOUR,
    "axes.labelcolor": TEXT_COLOUR,
    "text.color": TEXT_COLOUR,
    "xtick.color": TEXT_COLOUR,
    "ytick.color": TEXT_COLOUR,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "path.simplify": False,
}

# rcParams are process-global: one chart at a time per process. Rendering in parallel uses
# processes, so this lock only guards against threads.
_LOCK = threading.Lock()


def trend_chart_png(
    series: Sequence[tuple[int, float]],
    title: str,
    unit: str | None,
    lang: str,
    *,
    target: float | None = None,
    name: str | None = None,
    comparisons: Sequence[tuple[str, Sequence[tuple[int, float]]]] = (),
    decimals: int | None = None,
    width_inches: float = A4_TEXT_WIDTH_INCHES,
    height_inches: float = DEFAULT_HEIGHT_INCHES,
    dpi: int = DEFAULT_DPI,
) -> bytes:
    """A line chart of ``series`` ((year, value) pairs, any order) as PNG bytes.

    Every point is labelled with its value (the first and last only beyond 10 points);
    ``target`` (if given) is a dashed line. ``comparisons`` are up to two more named series
    (the welfare region, the whole country), drawn in other styles without value labels, with
    a legend that names ``name`` (the organisation) and them. Numbers use ``lang``'s format
    (decimal comma for fi and sv) and ``decimals`` (else as many as the values need). All text is
    literal: ``$``, ``_`` or ``\\`` in a title is not mathtext. The same arguments always give
    the same bytes.
    """
    code = normalise_lang(lang)
    unit = unit_in(unit, code)
    points = _sorted_points(series)
    others = [(label, _sorted_points(s)) for label, s in comparisons[:2] if s]
    years = [year for year, _ in points]
    values = [value for _, value in points]
    shown = values + ([target] if target is not None else [])
    if decimals is None:
        decimals = infer_decimals(shown)
    shown += [value for _, s in others for _, value in s]
    all_years = sorted({year for year in years} | {y for _, s in others for y, _ in s})
    # Start at zero for non-negative data: a trend must not look steeper than it is.
    low, high = min(shown), max(shown)
    bottom = 0.0 if low >= 0 else low * 1.15
    top = high * 1.18 if high > 0 else 1.0

    import matplotlib  # noqa: PLC0415 - lazy: ~0.5 s, only when a chart is drawn
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: PLC0415
    from matplotlib.figure import Figure  # noqa: PLC0415
    from matplotlib.font_manager import FontProperties  # noqa: PLC0415
    from matplotlib.ticker import (  # noqa: PLC0415
        FixedLocator,
        FuncFormatter,
        MaxNLocator,  # noqa: PLC0415
    )
    from PIL import Image  # noqa: PLC0415 - installed with matplotlib

    with _LOCK, matplotlib.rc_context():
        _register_fonts()
        matplotlib.rcdefaults()
        matplotlib.rcParams.update(_RC)  # type: ignore[arg-type]  # keys typed as Literal
        figure = Figure(figsize=(width_inches, height_inches), dpi=dpi)
        canvas = FigureCanvasAgg(figure)
        renderer = canvas.get_renderer()

        def size_pt(text: str, font_size: float) -> tuple[float, float]:
            """Width and height of ``text`` in points, measured with the real font."""
            font = FontProperties(family=_FONT, size=font_size)
            width, height, _descent = renderer.get_text_width_height_descent(
                text, font, ismath=False
            )
            return width * 72 / dpi, height * 72 / dpi

        width_pt, height_pt = width_inches * 72, height_inches * 72
        title_lines = _wrap(" ".join(title.split()), width_pt - 2 * _MARGIN, _TITLE_SIZE, size_pt)
        line_height = size_pt("Åg", _TITLE_SIZE)[1] * 1.25
        figure.text(
            _MARGIN / width_pt,
            1 - _MARGIN / height_pt,
            "\n".join(title_lines),
            ha="left",
            va="top",
            fontsize=_TITLE_SIZE,
            linespacing=1.25,
        )

        y_locator = MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10])
        y_ticks = [tick for tick in y_locator.tick_values(bottom, top) if bottom <= tick <= top]
        step = y_ticks[1] - y_ticks[0] if len(y_ticks) > 1 else 1.0
        tick_decimals = infer_decimals([step, *y_ticks])
        y_labels = [format_number(tick, code, tick_decimals) for tick in y_ticks]

        # Margins from measured text, not tight_layout: it costs a third of the chart's time.
        tick_space = 3.5 + 3.5  # tick length + pad (matplotlib defaults)
        label_width = max(size_pt(label, _FONT_SIZE)[0] for label in y_labels)
        unit_space = size_pt("Åg", _FONT_SIZE)[1] + 4.0 if unit else 0.0
        left = _MARGIN + unit_space + label_width + tick_space
        bottom_margin = _MARGIN + size_pt("2025", _FONT_SIZE)[1] + tick_space
        legend_labels = [name or title, *(label for label, _ in others)] if others else []
        legend_columns = _legend_columns(
            [size_pt(label, 8)[0] + _LEGEND_HANDLE_PT for label in legend_labels],
            width_pt - 2 * _MARGIN,
        )
        legend_rows = math.ceil(len(legend_labels) / legend_columns) if legend_labels else 0
        legend_height = legend_rows * size_pt("Åg", 8)[1] * 1.45 + (4.0 if others else 0.0)
        top_margin = _MARGIN + line_height * len(title_lines) + 6.0 + legend_height
        figure.subplots_adjust(
            left=left / width_pt,
            right=1 - _MARGIN / width_pt,
            bottom=bottom_margin / height_pt,
            top=1 - top_margin / height_pt,
        )

        axes = figure.add_subplot()
        for (label, other), style in zip(others, COMPARISON_STYLES):
            axes.plot(
                [y for y, _ in other],
                [v for _, v in other],
                linewidth=1.4,
                label=label,
                **style,  # type: ignore[arg-type]
            )
        axes.plot(
            years,
            values,
            color=LINE_COLOUR,
            linewidth=2,
            marker="o",
            markersize=5,
            label=name or title,
            zorder=3,
        )
        if others:
            handles, labels = axes.get_legend_handles_labels()
            order = [len(handles) - 1, *range(len(handles) - 1)]  # the organisation first
            figure.legend(
                [handles[i] for i in order],
                [labels[i] for i in order],
                loc="upper left",
                bbox_to_anchor=(
                    _MARGIN / width_pt,
                    1 - (_MARGIN + line_height * len(title_lines) + 2.0) / height_pt,
                ),
                ncols=legend_columns,
                frameon=False,
                fontsize=8,
                handlelength=2.6,
                borderaxespad=0.0,
                borderpad=0.0,
            )
        years = all_years
        axes.set_ylim(bottom, top)
        axes.yaxis.set_major_locator(FixedLocator(y_ticks))
        axes.yaxis.set_major_formatter(
            FuncFormatter(lambda y, _pos: format_number(y, code, tick_decimals))
        )
        if len(years) <= 12:
            axes.xaxis.set_major_locator(FixedLocator(years))
        else:
            every = math.ceil((years[-1] - years[0] + 1) / 10)
            axes.xaxis.set_major_locator(FixedLocator(range(years[0], years[-1] + 1, every)))
        axes.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: str(round(x))))
        margin = max(0.5, (years[-1] - years[0]) * 0.06)
        axes.set_xlim(years[0] - margin, years[-1] + margin)
        axes.grid(axis="y", color="#d0d0d0", linewidth=0.6)
        axes.set_axisbelow(True)
        if unit:
            axes.set_ylabel(unit)
            axes.yaxis.set_label_coords(
                -(left - _MARGIN) / (width_pt * (1 - (left + _MARGIN) / width_pt)), 0.5
            )
            axes.yaxis.label.set_horizontalalignment("center")
            axes.yaxis.label.set_verticalalignment("top")

        # Label every point while the labels fit side by side; else the first and the last.
        labelled = points if len(points) <= 10 else [points[0], points[-1]]
        band = (top - bottom) * 0.1
        for year, value in labelled:
            # Below the point when the target line runs just above it, so the two never overlap.
            under = target is not None and 0 <= target - value < band
            axes.annotate(
                format_number(value, code, decimals),
                (year, value),
                textcoords="offset points",
                xytext=(0, -7 if under else 7),
                ha="center",
                va="top" if under else "bottom",
                fontsize=8,
            )
        if target is not None:
            axes.axhline(target, color=TARGET_COLOUR, linestyle="--", linewidth=1.3)
            # The label sits at the right end, on the side of the line away from the last point.
            below = values[-1] >= target
            axes.annotate(
                f"{_TARGET_LABEL[code]} {format_value(target, unit, code, decimals)}",
                (1.0, target),
                xycoords=("axes fraction", "data"),
                textcoords="offset points",
                xytext=(0, -3 if below else 3),
                ha="right",
                va="top" if below else "bottom",
                fontsize=8,
                color=TARGET_COLOUR,
            )

        canvas.draw()
        rgba = canvas.buffer_rgba()
        image = Image.frombuffer("RGBA", canvas.get_width_height(), rgba).convert("RGB")
    # RGB without alpha: smaller and faster to encode than matplotlib's RGBA PNG. PIL writes no
    # text chunks unless asked, so the PNG holds pixels and resolution only.
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(dpi, dpi), compress_level=6)
    return buffer.getvalue()


_LEGEND_HANDLE_PT = 8 * (2.6 + 0.8 + 2.0)  # handle, its pad and the space between columns


def _legend_columns(widths: Sequence[float], available: float) -> int:
    """The most legend columns that fit the width. Matplotlib fills a legend column by column,
    each as wide as its widest entry."""
    for columns in range(len(widths), 1, -1):
        rows = math.ceil(len(widths) / columns)
        needed = sum(max(widths[i : i + rows]) for i in range(0, len(widths), rows))
        if needed <= available:
            return columns
    return 1


def _register_fonts() -> None:
    """Make the bundled fonts known to matplotlib (~40 ms, once per process)."""
    from matplotlib import font_manager  # noqa: PLC0415

    global _FONTS_REGISTERED
    if not _FONTS_REGISTERED:
        for path in sorted(_FONT_DIR.glob("*.ttf")):
            font_manager.fontManager.addfont(str(path))
        _FONTS_REGISTERED = True


_FONTS_REGISTERED = False


def _sorted_points(series: Sequence[tuple[int, float]]) -> list[tuple[int, float]]:
    points = sorted((int(year), float(value)) for year, value in series)
    if not points:
        raise ValueError("a trend needs at least one value")
    if any(not math.isfinite(value) for _, value in points):
        raise ValueError("a trend needs finite values")
    return points


def _wrap(
    text: str,
    width_pt: float,
    font_size: float,
    size_pt: Callable[[str, float], tuple[float, float]],
) -> list[str]:
    """Greedy word wrap by measured width, so long Sotkanet titles never leave the image."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and size_pt(candidate, font_size)[0] > width_pt:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines or [""]


def chart_alt_text(
    series: Sequence[tuple[int, float]],
    title: str,
    unit: str | None,
    lang: str,
    *,
    region_name: str | None = None,
    target: float | None = None,
    comparisons: Sequence[tuple[str, Sequence[tuple[int, float]]]] = (),
    decimals: int | None = None,
) -> str:
    """A text equivalent of the chart for screen readers: what, where, when, and every value.

    ``Ylipaino, % 8. ja 9. luokan oppilaista, Kuopio 2017–2023: 17,1 % → 19,2 %
    (2017: 17,1 %; 2019: 18,0 %; 2021: 18,4 %; 2023: 19,2 %). Tavoite 15,0 %.``
    Values are separated by semicolons because a comma is the decimal separator in fi and sv.
    Each comparison series (the welfare region, the whole country) follows with all its values,
    so that the text holds everything the chart shows.
    """
    code = normalise_lang(lang)
    points = _sorted_points(series)
    shown = [value for _, value in points] + ([target] if target is not None else [])
    places = decimals if decimals is not None else infer_decimals(shown)

    def show(value: float) -> str:
        return format_value(value, unit, code, places)

    subject = f"{title}, {region_name}" if region_name else title
    first_year, first_value = points[0]
    last_year, last_value = points[-1]
    when = format_year_range(first_year, last_year)
    if len(points) == 1:
        text = f"{subject} {when}: {show(first_value)}."
    else:
        each = "; ".join(f"{year}: {show(value)}" for year, value in points)
        text = f"{subject} {when}: {show(first_value)} → {show(last_value)} ({each})."
    if target is not None:
        text += f" {_TARGET_LABEL[code]} {show(target)}."
    for label, other in comparisons:
        if other:
            each = "; ".join(f"{year}: {show(value)}" for year, value in _sorted_points(other))
            text += f" {label}: {each}."
    if len(text) > ALT_TEXT_LIMIT and len(points) > 1:  # the table beside the chart has them all
        text = f"{subject} {when}: {show(first_value)} → {show(last_value)}."
    if len(text) > ALT_TEXT_LIMIT:
        text = text[: ALT_TEXT_LIMIT - 1] + "…"
    return text
