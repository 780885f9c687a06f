"""Sotkanet's metadata fills what indicators.yaml leaves out; what the workspace writes wins.

`hyteplan data fetch` keeps each indicator's metadata (its title in Finnish, Swedish and
English, its decimals) in the data file it writes. A Swedish document then shows THL's Swedish
name of an indicator that the catalogue names only in Finnish, and every value of it has the
decimals THL publishes it with.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .model import LANGUAGES, Indicator


def _int_id(value: object) -> int | None:
    if type(value) is int:
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def sotkanet_id(indicator: Indicator) -> int | None:
    """The indicator's Sotkanet ID, when its source is Sotkanet."""
    source = indicator.source
    if source is None or source.kind != "sotkanet":
        return None
    return _int_id(source.id)


def completed(
    indicator: Indicator, metadata: Mapping[int, Mapping[str, Any]], default_lang: str
) -> Indicator:
    """The indicator with its missing names and decimals taken from Sotkanet's metadata."""
    ident = sotkanet_id(indicator)
    meta = metadata.get(ident) if ident is not None else None
    if not meta:
        return indicator
    update: dict[str, Any] = {}
    decimals = meta.get("decimals")
    if indicator.decimals is None and type(decimals) is int and 0 <= decimals <= 4:
        update["decimals"] = decimals
    title = meta.get("title")
    if isinstance(title, Mapping):
        written = (
            indicator.name if isinstance(indicator.name, dict) else {default_lang: indicator.name}
        )
        known = {
            lang: text.strip()
            for lang, text in title.items()
            if lang in LANGUAGES and isinstance(text, str) and text.strip()
        }
        merged = {**known, **written}
        if merged != written:
            update["name"] = merged
    return indicator.model_copy(update=update) if update else indicator
