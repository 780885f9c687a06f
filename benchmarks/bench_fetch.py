"""`hyteplan data fetch` for the large synthetic region against a local Sotkanet stand-in.

30 municipalities, the welfare region and the country × 25 indicators × 10 years. The stand-in
answers as Sotkanet does, with every region of the country in each answer (600 regions of all kinds: the
client must filter), from bytes prepared in advance so that the server costs next to nothing.
Target: our own work (decoding the JSON, joining, checking and writing) at most 1 s, judged as
the CPU time of the fetching thread minus its time in socket calls: on a shared machine the wall
time mostly measures the other processes (both are reported, with the load average). Loading the
workspace is validate's work and has its own benchmark.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import generate
from harness import Options, Row, benchmark

from hyteplan.load import load_workspace
from hyteplan.sotkanet.client import HttpSettings, SotkanetClient
from hyteplan.sotkanet.fetch import fetch, sotkanet_ids

INDICATORS = 25
YEARS = (2016, 2025)
ALL_REGIONS = 600
"""Sotkanet's regions of every kind (municipalities, sub-regions, provinces, ...), roughly."""
TARGET_SECONDS = 1.0


def _regions(codes: list[int], region_id: int) -> list[dict[str, object]]:
    """Internal IDs unlike the numbers (number + 2000), plus filler regions of other kinds."""
    regions: list[dict[str, object]] = [
        {"id": code + 2000, "code": f"{code:03d}", "category": "KUNTA", "title": {"fi": f"K{code}"}}
        for code in range(1, 1000)
        if code in codes or code % 4 == 0
    ]
    regions.append({"id": region_id, "code": str(region_id), "category": "HYVINVOINTIALUE"})
    regions.append({"id": 658, "code": "SSS", "category": "MAA", "title": {"fi": "Koko maa"}})
    number = 5000
    while len(regions) < ALL_REGIONS:
        regions.append({"id": number, "code": str(number), "category": "SEUTUKUNTA"})
        number += 1
    return regions


def _answers(ids: list[int], regions: list[dict[str, object]]) -> dict[str, bytes]:
    years = range(YEARS[0], YEARS[1] + 1)
    out = {"/regions": json.dumps(regions).encode()}
    for indicator in ids:
        meta = {"id": indicator, "title": {"fi": f"Mittari {indicator}"}, "decimals": 1}
        out[f"/indicators/{indicator}"] = json.dumps(meta).encode()
        records = [
            {"indicator": indicator, "region": r["id"], "year": y, "gender": "total",
             "value": round((indicator * 7 + int(r["id"]) + y) % 1000 / 10, 1), "absValue": 12}
            for y in years
            for r in regions
        ]  # fmt: skip
        out[f"/json:{indicator}"] = json.dumps(records).encode()
    return out


def _serve(answers: dict[str, bytes]) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            parsed = urllib.parse.urlsplit(self.path)
            path = parsed.path.removeprefix("/rest/1.1")
            if path == "/json":
                path += ":" + urllib.parse.parse_qs(parsed.query)["indicator"][0]
            body = answers[path]
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/rest/1.1"


def _with_25_indicators(root: Path) -> None:
    """The generated region has 14 Sotkanet indicators; a real catalogue has about 25."""
    extra = "".join(
        f"- id: sotkanet-{number}\n  name: Lisämittari {number}\n"
        f"  source: {{kind: sotkanet, id: {number}}}\n  unit: '%'\n  direction: lower\n"
        for number in range(9001, 9001 + INDICATORS)
    )
    path = root / "indicators.yaml"
    path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")


class _TimedClient(SotkanetClient):
    """Counts the time spent on the socket, so that it can be told from our own work."""

    network: float = 0.0
    network_cpu: float = 0.0

    def _get_once(self, url: str) -> bytes:
        start, start_cpu = time.perf_counter(), time.thread_time()
        try:
            return super()._get_once(url)
        finally:
            self.network += time.perf_counter() - start
            self.network_cpu += time.thread_time() - start_cpu


@benchmark("fetch-large", "data fetch: 31 organisations + country x 25 indicators x 10 years")
def fetch_large(options: Options) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "ws"
        shutil.copytree(generate.ensure("large-region", options.workspaces), source)
        _with_25_indicators(source)
        return _measure(source, options)


def _measure(source: Path, options: Options) -> list[Row]:
    ws = load_workspace(source)
    assert ws.config is not None and ws.config.region.sotkanet_id is not None
    ids = sotkanet_ids(ws)[:INDICATORS]
    codes = [m.code for m in ws.config.municipalities]
    server, url = _serve(_answers(ids, _regions(codes, ws.config.region.sotkanet_id)))
    totals, own, cpu, values = [], [], [], 0
    try:
        for _ in range(max(1, options.repeat)):
            with tempfile.TemporaryDirectory() as tmp:
                root = Path(tmp) / "ws"
                shutil.copytree(source, root)
                client = _TimedClient(HttpSettings(base_url=url, min_interval=0.0))
                loaded = load_workspace(root)  # validate's work, measured by its own benchmark
                start, start_cpu = time.perf_counter(), time.thread_time()
                result = fetch(loaded, client, today=dt.date(2026, 1, 1), years=YEARS, only=ids)
                cpu.append(time.thread_time() - start_cpu - client.network_cpu)
                totals.append(time.perf_counter() - start)
                own.append(totals[-1] - client.network)
                values = result.values
    finally:
        server.shutdown()
        server.server_close()
    own.sort()
    totals.sort()
    cpu.sort()
    note = f"{len(ids)} indicators, {values} values kept of {len(ids) * 10 * ALL_REGIONS} answered"
    load = f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    return [
        Row("fetch large region: own work, CPU (parse, join, write)", cpu[len(cpu) // 2], "s",
            target=TARGET_SECONDS, note=note),
        Row("fetch large region: own work, wall (minus socket time)", own[len(own) // 2], "s",
            note=load),
        Row("fetch large region: wall time with a local server", totals[len(totals) // 2], "s"),
    ]  # fmt: skip
