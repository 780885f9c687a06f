"""A local stand-in for Sotkanet's REST API 1.1 (http.server on 127.0.0.1, port 0).

It answers in the documented shapes and can be told to fail: per request key ("/regions",
"/indicators/3906", "/json:3906") a queue of behaviours (an HTTP status, "timeout", "malformed",
"hang-up") is consumed before it answers normally again.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# Internal IDs differ from municipality numbers, as in Sotkanet: Kuopio is 161 / 297. The trap:
# Leppävirta's internal ID is 297, Kuopio's number; Joensuu's internal ID is 140, Iisalmi's number.
REGIONS: list[dict[str, object]] = [
    {"id": 161, "code": "297", "category": "KUNTA", "title": {"fi": "Kuopio", "sv": "Kuopio"}},
    {"id": 297, "code": "420", "category": "KUNTA", "title": {"fi": "Leppävirta"}},
    {"id": 840, "code": "915", "category": "KUNTA", "title": {"fi": "Varkaus"}},
    {"id": 530, "code": "749", "category": "KUNTA", "title": {"fi": "Siilinjärvi"}},
    {"id": 62, "code": "140", "category": "KUNTA", "title": {"fi": "Iisalmi"}},
    {"id": 601, "code": "857", "category": "KUNTA", "title": {"fi": "Tuusniemi"}},
    {"id": 140, "code": "167", "category": "KUNTA", "title": {"fi": "Joensuu"}},
    {"id": 39, "code": "091", "category": "KUNTA", "title": {"fi": "Helsinki"}},
    {"id": 974, "code": "974", "category": "HYVINVOINTIALUE", "title": {"fi": "Pohjois-Savo"}},
    {"id": 969, "code": "969", "category": "HYVINVOINTIALUE", "title": {"fi": "Pohjois-Karjala"}},
    {"id": 658, "code": "SSS", "category": "MAA", "title": {"fi": "Koko maa"}},
    {"id": 622, "code": "11", "category": "MAAKUNTA", "title": {"fi": "Pohjois-Savo"}},
]
for _region in REGIONS:
    _region.setdefault("memberOf", [])
    _region["uri"] = f"http://sotkanet.fi/rest/1.1/regions/{_region['id']}"

SURVEY = {3906, 1514, 292, 289, 4284}
"""School health survey indicators: values only every other year (odd years here)."""


def value(indicator: int, internal_region: int, year: int) -> float:
    """The made-up value the fake gives; tests compute what should land under each key."""
    return round((indicator % 97) + internal_region / 10 + (year - 2000) / 100, 2)


def metadata(indicator: int) -> dict[str, object]:
    return {
        "id": indicator,
        "title": {
            "fi": f"Mittari {indicator}",
            "sv": f"Indikator {indicator}",
            "en": f"I {indicator}",
        },
        "organization": {"id": 2, "title": {"fi": "THL", "sv": "THL", "en": "THL"}},
        "decimals": 1,
        "range": {"start": 2008, "end": 2025},
        "primaryValueType": {"code": "percentage"},
    }


@dataclass
class FakeSotkanet:
    """What the fake knows and does; ``requests`` records (path, query, user agent)."""

    known: set[int] = field(default_factory=set)
    failures: dict[str, list[object]] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, list[str]], str]] = field(default_factory=list)
    regions: list[dict[str, object]] = field(default_factory=lambda: list(REGIONS))
    url: str = ""

    def fail(self, key: str, *behaviours: object) -> None:
        self.failures.setdefault(key, []).extend(behaviours)

    def answer(self, path: str, query: dict[str, list[str]]) -> tuple[str, object]:
        """(request key, JSON document or None for 404)."""
        if path == "/regions":
            return "/regions", self.regions
        if path.startswith("/indicators/"):
            number = int(path.rsplit("/", 1)[1])
            return path, metadata(number) if number in self.known else None
        if path == "/json":
            number = int(query["indicator"][0])
            years = [int(y) for y in query.get("years", [])]
            return f"/json:{number}", self.records(number, years)
        return path, None

    def records(self, indicator: int, years: list[int]) -> list[dict[str, object]]:
        out: list[dict[str, object]] = []
        for year in years:
            if indicator in SURVEY and year % 2 == 0:
                continue
            for region in self.regions:
                rid = int(region["id"])  # type: ignore[call-overload]
                out.append(
                    {"indicator": indicator, "region": rid, "year": year, "gender": "total",
                     "value": value(indicator, rid, year), "absValue": 100}
                )  # fmt: skip
            out.append(
                {"indicator": indicator, "region": 161, "year": year, "gender": "male",
                 "value": 99.9}
            )  # fmt: skip
        return out


def _handler(fake: FakeSotkanet) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # quiet
            pass

        def do_GET(self) -> None:  # noqa: N802
            parsed = urllib.parse.urlsplit(self.path)
            path = parsed.path.removeprefix("/rest/1.1")
            query = urllib.parse.parse_qs(parsed.query)
            fake.requests.append((path, query, self.headers.get("User-Agent", "")))
            key, document = fake.answer(path, query)
            queue = fake.failures.get(key)
            behaviour = queue.pop(0) if queue else None
            if behaviour == "timeout":
                time.sleep(0.4)
            elif behaviour == "hang-up":
                self.close_connection = True
                return
            elif isinstance(behaviour, int):
                self.send_error(behaviour)
                return
            if document is None:
                self.send_error(404)
                return
            body = (
                b'[{"indicator": 3906, "regi'
                if behaviour == "malformed"
                else (json.dumps(document).encode())
            )
            self.send_response(200)
            self.send_header("Content-Type", "application/json;charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


@contextmanager
def serve(fake: FakeSotkanet) -> Iterator[FakeSotkanet]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    fake.url = f"http://127.0.0.1:{server.server_address[1]}/rest/1.1"
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
