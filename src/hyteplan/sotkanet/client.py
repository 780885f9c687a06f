"""A small, polite HTTP client for Sotkanet's REST API 1.1, on the standard library.

urllib is enough for three GET endpoints that answer JSON; a dependency (requests, httpx) would
add install weight for nothing we need. Every failure becomes a HyteplanError that says what was
being fetched and what to do; the caller decides nothing has been written yet.
"""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .. import __version__
from ..errors import HyteplanError

DEFAULT_BASE_URL = "https://sotkanet.fi/rest/1.1"
BASE_URL_ENV = "HYTEPLAN_SOTKANET_URL"
USER_AGENT = f"hyteplan/{__version__} (wellbeing plan tool; Python urllib)"

_UNCHANGED = "data/ was not changed"
BACKOFF_SECONDS = 1.0
POLITE_INTERVAL_SECONDS = 0.3
"""Module-level so that tests of the command line can shorten every wait in one place."""


@dataclass
class HttpSettings:
    """How to talk to the service; tests shorten the waits."""

    base_url: str = DEFAULT_BASE_URL
    timeout: float = 30.0
    attempts: int = 4
    backoff: float = field(default_factory=lambda: BACKOFF_SECONDS)
    """Wait before the second attempt, doubled before each later one."""
    min_interval: float = field(default_factory=lambda: POLITE_INTERVAL_SECONDS)
    """The shortest gap between two requests: Sotkanet is a public service, not ours."""
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic


@dataclass
class SotkanetClient:
    """GET requests to one Sotkanet base URL, each retried on 5xx, 429, timeouts and resets."""

    settings: HttpSettings = field(default_factory=HttpSettings)
    requests: int = 0
    _last: float | None = None

    def regions(self) -> object:
        """Every region Sotkanet knows (municipalities, welfare regions, the country, ...)."""
        return self.get("/regions", [], "the region list")

    def indicator(self, indicator: int) -> object:
        """An indicator's metadata; an unknown ID is a HyteplanError naming the indicator."""
        return self.get(f"/indicators/{indicator}", [], f"indicator {indicator}")

    def values(self, indicator: int, years: Sequence[int]) -> object:
        """Total-gender values of every region for ``years``, in one request."""
        params = [("indicator", str(indicator))]
        params += [("years", str(year)) for year in years]
        params.append(("genders", "total"))
        return self.get("/json", params, f"the values of indicator {indicator}")

    def get(self, path: str, params: list[tuple[str, str]], what: str) -> object:
        """The decoded JSON answer of one GET, after retries; ``what`` names it in errors."""
        url = self.settings.base_url.rstrip("/") + path
        if params:
            url += "?" + urllib.parse.urlencode(params)
        body = self._get_with_retries(url, what)
        try:
            return json.loads(body.removeprefix(b"\xef\xbb\xbf"))  # bytes: no decoded copy
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise HyteplanError(
                f"Sotkanet answered {what} with malformed JSON ({url})",
                hint=f"try again later; {_UNCHANGED}. If it keeps happening, save the export from"
                " sotkanet.fi by hand and use `hyteplan data import`",
            ) from exc

    def _get_with_retries(self, url: str, what: str) -> bytes:
        attempts = max(1, self.settings.attempts)
        problem, hint = "", ""
        for attempt in range(attempts):
            if attempt:
                self.settings.sleep(self.settings.backoff * 2 ** (attempt - 1))
            try:
                return self._get_once(url)
            except urllib.error.HTTPError as exc:
                if exc.code == 404:
                    raise _not_found(what, url) from exc
                if exc.code < 500 and exc.code != 429:
                    raise HyteplanError(
                        f"Sotkanet refused {what}: HTTP {exc.code} ({url})",
                        hint=f"check the indicator ID and --base-url; {_UNCHANGED}",
                    ) from exc
                problem, hint = f"HTTP {exc.code}", "Sotkanet has trouble or is busy"
            except (TimeoutError, socket.timeout):
                problem = f"no answer within {self.settings.timeout:g} s"
                hint = "Sotkanet or the network is slow"
            except (urllib.error.URLError, ConnectionError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                problem = f"cannot connect ({reason})"
                hint = f"check the network connection and --base-url / {BASE_URL_ENV}"
        raise HyteplanError(
            f"could not fetch {what} from Sotkanet after {attempts} tries: {problem} ({url})",
            hint=f"{hint}: try again later; {_UNCHANGED}",
        )

    def _get_once(self, url: str) -> bytes:
        self._wait_politely()
        request = urllib.request.Request(
            url, headers={"User-Agent": USER_AGENT, "Accept": "application/json"}
        )
        self.requests += 1
        try:
            with urllib.request.urlopen(request, timeout=self.settings.timeout) as response:
                body: bytes = response.read()
                return body
        finally:
            self._last = self.settings.clock()

    def _wait_politely(self) -> None:
        if self._last is None:
            return
        gap = self.settings.min_interval - (self.settings.clock() - self._last)
        if gap > 0:
            self.settings.sleep(gap)


def _not_found(what: str, url: str) -> HyteplanError:
    if what.startswith("indicator "):
        return HyteplanError(
            f"Sotkanet has no {what} ({url})",
            hint="check the indicator's `source: {kind: sotkanet, id: ...}` in indicators.yaml"
            f" against sotkanet.fi; {_UNCHANGED}",
        )
    return HyteplanError(
        f"Sotkanet has no address for {what} ({url})",
        hint=f"check --base-url / {BASE_URL_ENV}: it should end in /rest/1.1; {_UNCHANGED}",
    )
