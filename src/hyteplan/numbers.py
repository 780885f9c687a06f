"""Number, percentage, date and year-range formatting for Finnish, Swedish and English documents.

Plans are read by councils: ``12,1 %`` and ``1.6.2025`` in Finnish, not ``12.1%`` and
``2025-06-01``. The rules follow the Unicode CLDR conventions for fi, sv and en, chosen so that one
place decides them for tables, charts and alt texts alike:

============  ================  ================  ==================
What          fi                sv                en
============  ================  ================  ==================
decimal       ``12,1``          ``12,1``          ``12.1``
thousands     ``12 345`` (NBSP) ``12 345`` (NBSP) ``12,345``
negative      ``−1,5`` (U+2212) ``−1,5`` (U+2212) ``-1.5``
percentage    ``12,1 %`` (NBSP) ``12,1 %`` (NBSP) ``12.1%``
date          ``1.6.2025``      ``1.6.2025``      ``1 June 2025``
year range    ``2026–2029``     ``2026–2029``     ``2026–2029``
============  ================  ================  ==================

The thousands separator is U+00A0 NO-BREAK SPACE (not the narrow U+202F): it is CLDR's choice for
fi and sv and every font we embed has it. Swedish uses the Finland-Swedish date form ``1.6.2025``
because these are plans of Finnish municipalities. English dates are written out (``1 June 2025``)
so that neither a British nor an American reader can misread them.

Rounding is half-up on the decimal value as written (``2,25`` → ``2,3``), as in THL's statistics,
not Python's binary round-half-even. Years are never passed through :func:`format_number`
(which would group ``2025`` as ``2 025``): use ``str(year)`` or :func:`format_year_range`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from hyteplan.errors import HyteplanError
from hyteplan.glossary import unit_in

NBSP = "\u00a0"
MINUS = "\u2212"
EN_DASH = "\u2013"

SUPPORTED_LANGUAGES = ("fi", "sv", "en")

_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# Never show more than this many decimals when the caller did not choose: indicator values with
# float noise (0.30000000000000004) must not leak into a council document.
MAX_INFERRED_DECIMALS = 2


def normalise_lang(lang: str) -> str:
    """Return ``fi``, ``sv`` or ``en`` for a language tag such as ``fi`` or ``sv-FI``."""
    code = lang.strip().lower().replace("_", "-").split("-")[0]
    if code not in SUPPORTED_LANGUAGES:
        raise HyteplanError(
            f"unsupported language {lang!r}",
            hint="use one of: " + ", ".join(SUPPORTED_LANGUAGES),
        )
    return code


def infer_decimals(values: Iterable[float]) -> int:
    """The number of decimals needed to show every value as written, at most 2.

    A series ``17.1, 18.0`` gives 1, so that a table shows ``17,1`` and ``18,0`` alike.
    """
    most = 0
    for value in values:
        if not math.isfinite(value):
            continue
        fraction = f"{_round_half_up(value, MAX_INFERRED_DECIMALS):f}".partition(".")[2]
        most = max(most, len(fraction.rstrip("0")))
    return most


def _round_half_up(value: float, decimals: int) -> Decimal:
    quantum = Decimal(1).scaleb(-decimals)
    return Decimal(repr(float(value))).quantize(quantum, rounding=ROUND_HALF_UP)


def _group(digits: str, separator: str) -> str:
    if len(digits) <= 3:
        return digits
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(parts)


def format_number(value: float, lang: str, decimals: int | None = None) -> str:
    """Format ``value`` for ``lang``: ``format_number(12345.67, "fi", 1) == "12 345,7"`` (NBSP).

    ``decimals=None`` shows as many decimals as the value has (at most 2).
    """
    code = normalise_lang(lang)
    if not math.isfinite(value):
        raise ValueError(f"cannot format a non-finite number: {value!r}")
    if decimals is None:
        decimals = infer_decimals([value])
    rounded = _round_half_up(value, decimals)
    negative = rounded < 0
    text = f"{abs(rounded):.{decimals}f}"
    whole, _, fraction = text.partition(".")
    if code == "en":
        body = _group(whole, ",") + (f".{fraction}" if fraction else "")
        sign = "-"
    else:
        body = _group(whole, NBSP) + (f",{fraction}" if fraction else "")
        sign = MINUS
    return f"{sign}{body}" if negative else body


def format_percent(value: float, lang: str, decimals: int | None = None) -> str:
    """A percentage already in percent units: ``format_percent(12.1, "fi") == "12,1 %"`` (NBSP)."""
    number = format_number(value, lang, decimals)
    return f"{number}%" if normalise_lang(lang) == "en" else f"{number}{NBSP}%"


def format_value(value: float, unit: str | None, lang: str, decimals: int | None = None) -> str:
    """A value with its unit: ``%`` as a percentage, no unit as a bare number, else ``value unit``.

    ``format_value(31.5, "/ 10 000", "fi") == "31,5 / 10 000"``, with a no-break space after the
    number so that the unit never wraps to its own line. A known Finnish unit is shown in the
    document's language (``lkm`` → ``st.``/``no.``: :func:`hyteplan.glossary.unit_in`).
    """
    unit = unit_in(unit, normalise_lang(lang))
    if unit == "%":
        return format_percent(value, lang, decimals)
    number = format_number(value, lang, decimals)
    return f"{number}{NBSP}{unit}" if unit else number


def format_date(day: date, lang: str) -> str:
    """``1.6.2025`` for fi and sv, ``1 June 2025`` for en."""
    code = normalise_lang(lang)
    if code == "en":
        return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day}.{day.month}.{day.year}"


def format_year_range(start: int, end: int | None) -> str:
    """``2026–2029`` with an en dash; a single year when start equals end; ``2026–`` if open."""
    if end is None:
        return f"{start}{EN_DASH}"
    if end == start:
        return str(start)
    return f"{start}{EN_DASH}{end}"
