"""One polite HTTP client per source.

Every bound is explicit, so a slow, hostile or broken service can cost a run only so much:

- pacing: one request at a time per source, started no sooner than ``interval`` seconds after
  the previous one (each service's documented rate limit, see ``lookup.SOURCES``);
- retries: 429 and 5xx answers, time-outs and dropped connections are retried at most
  ``retries`` times; a 429's ``Retry-After`` is honoured up to ``max_wait`` seconds (longer:
  the look-up fails rather than stall the run), otherwise the back-off doubles from 1 s;
- each request has a connect/read time-out and a total deadline, and its body is read in
  chunks up to ``max_bytes``;
- redirects: at most 3.

The User-Agent names the tool and, when configured, a contact address, as Crossref and
Semantic Scholar ask of automated clients. Base URLs come from the configuration as given
(loopback works, for tests); the private-address refusal of ``links/`` is for links in a list.
"""

from __future__ import annotations

import threading
import time
from email.utils import parsedate_to_datetime

from .records import LookupFailed

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
MARGIN = 1.05  # pacing a little slower than the documented interval


def retry_after(value: str | None, now: float) -> float | None:
    """Seconds a ``Retry-After`` header asks to wait (a number or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - now)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


class Client:
    def __init__(self, name: str, *, interval: float, timeout: float, deadline: float, user_agent: str,
                 retries: int = 3, max_wait: float = 60.0, max_bytes: int = 16 << 20, headers: dict | None = None):
        import httpx

        self.name = name
        self.interval = interval
        self.timeout = timeout
        self.deadline = deadline
        self.retries = retries
        self.max_wait = max_wait
        self.max_bytes = max_bytes
        self.requests = 0  # sent, retries included (the summary and the benchmark count them)
        self._next = 0.0
        self._lock = threading.Lock()
        self._http = httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=True, max_redirects=3,
                                  headers={"User-Agent": user_agent, **(headers or {})})

    def close(self) -> None:
        self._http.close()

    def _pace(self) -> None:
        with self._lock:
            now = time.monotonic()
            wait = self._next - now
            if wait > 0:
                time.sleep(wait)
                now = time.monotonic()
            self._next = now + self.interval * MARGIN  # clocks and queues differ: stay clear of the limit

    def _hold(self, seconds: float) -> None:
        """Nothing is sent to this source for ``seconds`` (after a 429)."""
        with self._lock:
            self._next = max(self._next, time.monotonic() + seconds)

    def request(self, method: str, url: str, *, params=None, json=None) -> bytes:
        """The body of a 200 answer; :class:`LookupFailed` after the bounded retries."""
        import httpx

        backoff = 1.0
        last = "no answer"
        for attempt in range(self.retries + 1):
            if attempt:
                self._hold(backoff)
                backoff *= 2
            self._pace()
            self.requests += 1
            try:
                try:
                    status, headers, body = self._send(method, url, params, json)
                finally:
                    self._hold(self.interval * MARGIN)  # and the interval again from the answer: a
                    # server that counts arrivals sees the gap even when a connection was slow to open
            except LookupFailed:
                raise
            except httpx.TimeoutException:
                last = f"no answer within {self.timeout:g} s"
                continue
            except httpx.HTTPError as exc:
                last = f"{type(exc).__name__}"
                continue
            if status == 200:
                return body
            if status not in RETRY_STATUS:
                raise LookupFailed(f"{self.name} answered HTTP {status}")
            last = f"HTTP {status}"
            if status == 429:
                wait = retry_after(headers.get("retry-after"), time.time())
                if wait is not None:
                    if wait > self.max_wait:
                        raise LookupFailed(f"{self.name} rate limit: asked to wait {wait:.0f} s")
                    self._hold(wait)
                    backoff = max(1.0, backoff / 2)  # the server said how long: no extra back-off
        tries = self.retries + 1
        raise LookupFailed(f"{self.name}: {last}" + (f" after {tries} tries" if tries > 1 else ""))

    def _send(self, method, url, params, json) -> tuple[int, dict, bytes]:
        start = time.monotonic()
        with self._http.stream(method, url, params=params, json=json) as resp:
            if resp.status_code != 200:
                return resp.status_code, dict(resp.headers), b""
            chunks = []
            size = 0
            for chunk in resp.iter_raw(65536):
                size += len(chunk)
                if size > self.max_bytes:
                    raise LookupFailed(f"{self.name} answer larger than {self.max_bytes:,} bytes")
                if time.monotonic() - start > self.deadline:
                    raise LookupFailed(f"{self.name} answer took over {self.deadline:g} s")
                chunks.append(chunk)
            body = b"".join(chunks)
            encoding = resp.headers.get("content-encoding", "").lower()
            if encoding in ("gzip", "deflate", "br"):
                body = _decode(body, encoding, self.max_bytes, self.name)
            return 200, dict(resp.headers), body


def _decode(body: bytes, encoding: str, limit: int, name: str) -> bytes:
    """A compressed body, inflated at most to ``limit`` bytes (a small gzip bomb stays small)."""
    import zlib

    if encoding == "br":
        raise LookupFailed(f"{name} sent a brotli body, which was not asked for")
    d = zlib.decompressobj(16 + zlib.MAX_WBITS if encoding == "gzip" else zlib.MAX_WBITS)
    try:
        out = d.decompress(body, limit + 1)
    except zlib.error:
        raise LookupFailed(f"{name} sent a corrupt {encoding} body") from None
    if len(out) > limit:
        raise LookupFailed(f"{name} answer larger than {limit:,} bytes")
    return out
