"""Sotkanet's regions joined to the workspace: which internal region ID is which plan region.

Sotkanet answers values by its own internal region ID, which for a municipality is not the
municipality number (Kuopio is 161 internally, municipality 297). Municipalities are therefore
joined by ``code`` (the official number, a string with leading zeros, never read as octal), the
welfare region by the workspace's ``region.sotkanet_id``, and the country by category ``MAA``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import HyteplanError
from ..indicator_data import COUNTRY_REGION
from ..model import WorkspaceFile

MUNICIPALITY, WELFARE_REGION, COUNTRY = "KUNTA", "HYVINVOINTIALUE", "MAA"
_SHAPE_HINT = "the region list is a JSON list of objects with id, code, category and title"


@dataclass(frozen=True)
class JoinedRegion:
    """One plan region: its key in ``data/`` and what Sotkanet calls it."""

    key: int
    """The ``region`` written to data/: municipality number, welfare region ID, 0 = country."""
    id: int
    """Sotkanet's internal region ID, as in its value records."""
    code: str
    category: str
    title: str

    def as_json(self) -> dict[str, object]:
        return {
            "key": self.key,
            "id": self.id,
            "code": self.code,
            "category": self.category,
            "title": self.title,
        }


def join_regions(document: object, config: WorkspaceFile, origin: str) -> dict[int, JoinedRegion]:
    """Internal region ID → plan region, for the workspace's municipalities, region and country.

    A municipality or welfare region that Sotkanet does not list is an error: its values would
    silently be missing from every plan.
    """
    rows = _region_rows(document, origin)
    municipalities: dict[int, dict[str, object]] = {}
    for row in rows:
        code = str(row.get("code") or "").strip()
        if row["category"] == MUNICIPALITY and code.isascii() and code.isdigit():
            municipalities.setdefault(int(code, 10), row)
    joined: list[JoinedRegion] = []
    for municipality in config.municipalities:
        found = municipalities.get(municipality.code)
        if found is None:
            raise HyteplanError(
                f"{origin}: municipality {municipality.id} (number {municipality.code:03d}) is not"
                " among Sotkanet's municipalities",
                hint="check its `code` in hyteplan.yaml: the official municipality number",
            )
        joined.append(_joined(found, municipality.code))
    sotkanet_id = config.region.sotkanet_id
    if sotkanet_id:
        welfare = next((r for r in rows if r["id"] == sotkanet_id), None)
        if welfare is None or welfare["category"] != WELFARE_REGION:
            raise HyteplanError(
                f"{origin}: Sotkanet has no welfare region with ID {sotkanet_id}",
                hint="check `region.sotkanet_id` in hyteplan.yaml (welfare regions are 956–978)",
            )
        joined.append(_joined(welfare, sotkanet_id))
    country = [r for r in rows if r["category"] == COUNTRY]
    if len(country) != 1:
        raise HyteplanError(
            f"{origin}: expected one region of category {COUNTRY} (the whole country),"
            f" found {len(country)}",
            hint=_SHAPE_HINT,
        )
    joined.append(_joined(country[0], COUNTRY_REGION))
    return {region.id: region for region in joined}


def regions_from_store(items: list[dict[str, object]]) -> dict[int, JoinedRegion]:
    """The join saved by an earlier fetch (``regions`` of the data file), for ``data import``."""
    return {
        int(item["id"]): JoinedRegion(  # type: ignore[call-overload]
            key=int(item["key"]),  # type: ignore[call-overload]
            id=int(item["id"]),  # type: ignore[call-overload]
            code=str(item.get("code", "")),
            category=str(item.get("category", "")),
            title=str(item.get("title", "")),
        )
        for item in items
    }


def _joined(row: dict[str, object], key: int) -> JoinedRegion:
    title = row.get("title")
    if isinstance(title, dict):
        title = title.get("fi") or next(iter(title.values()), "")
    return JoinedRegion(
        key=key,
        id=int(row["id"]),  # type: ignore[call-overload]
        code=str(row.get("code") or ""),
        category=str(row["category"]),
        title=str(title or ""),
    )


def _region_rows(document: object, origin: str) -> list[dict[str, object]]:
    if not isinstance(document, list):
        raise HyteplanError(
            f"{origin}: expected a list of regions, found {type(document).__name__}",
            hint=_SHAPE_HINT,
        )
    rows: list[dict[str, object]] = []
    for number, item in enumerate(document, start=1):
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("id"), int)
            or isinstance(item.get("id"), bool)
            or not isinstance(item.get("category"), str)
        ):
            raise HyteplanError(
                f"{origin}: region {number} is not an object with an integer id and a category",
                hint=_SHAPE_HINT,
            )
        rows.append(item)
    return rows
