"""A text resolved for a document that knows which language it is actually in.

A Swedish document shows Finnish text where no Swedish exists. That fact belongs to the text,
not to the builder that resolved it: a :class:`LocalText` carries its own language, so a
document can tag the passage as Finnish (WCAG 2.1, 3.1.2) and tell whether it holds fallbacks
without any shared flag. It is a ``str`` (the text as shown, with its marker such as
"(på finska)"), so JSON output, charts and alt texts use it as they would any string.
"""

from __future__ import annotations

from typing import Any


class LocalText(str):
    """``text`` in language ``lang``; ``marker`` (shown after it) is set when it is a fallback."""

    text: str
    lang: str
    marker: str

    def __new__(cls, text: str, lang: str, marker: str = "") -> LocalText:
        shown = f"{text} {marker}" if text and marker else text
        self = super().__new__(cls, shown)
        self.text = text
        self.lang = lang
        self.marker = marker if text else ""
        return self

    @property
    def fallback(self) -> bool:
        """True when the text is not in the document's language (and is marked so)."""
        return bool(self.marker)

    def __reduce__(self) -> tuple[Any, ...]:
        # Views travel to render worker processes: keep the language through pickling.
        return (LocalText, (self.text, self.lang, self.marker))


def has_fallback(value: Any) -> bool:
    """Whether any :class:`LocalText` inside ``value`` (dataclasses, lists, dicts) is a fallback."""
    if isinstance(value, LocalText):
        return value.fallback
    if isinstance(value, str):
        return False
    if hasattr(value, "__dataclass_fields__"):
        return any(has_fallback(getattr(value, name)) for name in value.__dataclass_fields__)
    if isinstance(value, (list, tuple)):
        return any(has_fallback(item) for item in value)
    if isinstance(value, dict):
        return any(has_fallback(item) for item in value.values())
    return False
