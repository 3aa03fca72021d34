"""The asynchronous link checker: each URL once, polite per host, patient with flaky servers.

* One ``httpx.AsyncClient`` for the run: connections are reused, HTTP/2 is used where a server
  offers it over TLS (one connection then carries a host's requests), and a request holds a slot of
  its host's semaphore (``per_host``) and then one of the global semaphore (``concurrency``), in
  that order, so requests queued for a busy host never starve the other hosts.
* Redirects are followed by hand (at most ``max_redirects``) so that each hop is checked for
  private addresses, gets its own credentials (the GitHub token only for GitHub) and loops are seen.
* HEAD first; GET when HEAD is refused or its answer is not trusted (405, 501, 403, 404, ...). A
  host that refuses HEAD is asked with GET from then on. GET bodies are not read, except a small one
  (drained raw, never decoded, so the connection can be reused) or a GitHub page whose
  ``#fragment`` is checked (decoded with a cap, :mod:`~awesome_lint.links.bodies`).
* A hostile server cannot stall or exhaust the run: one attempt at a link (its redirects included)
  may spend at most ``deadline`` seconds in requests, whatever the server trickles; headers are
  capped at ``max_header_bytes``; a page is decoded to at most ``max_body`` bytes, one encoding
  layer deep. Each bound reached is a result of its own ("gave up after 20 s"), not a hang.
* 429, 5xx, timeouts and dropped connections are retried with exponential back-off and jitter,
  honouring ``Retry-After`` (which also pauses the whole host), within a per-link time budget.

Imported only with ``--check-links``.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import re
import sys
import time
from collections.abc import Callable, Iterable
from urllib.parse import urljoin, urlsplit, urlunsplit

import msgspec


def _import_http_stack() -> None:
    """Import httpcore and httpx without the optional packages they pull in for things the checker
    never does, when those are installed: httpcore imports trio to support running under trio (60 ms
    of start-up; under asyncio it uses anyio), httpx imports pygments and rich for its command-line
    client (15 ms). Each is hidden during that one import (the import then takes its documented
    "not installed" path) and put back afterwards, so anything else can still import it."""
    hidden = [m for m in ("trio", "pygments", "rich") if m not in sys.modules]
    if "httpx" in sys.modules or not hidden:
        return
    for m in hidden:
        sys.modules[m] = None  # type: ignore[assignment]  # makes `import m` raise ImportError
    try:
        import httpcore  # noqa: F401
        import httpx  # noqa: F401
    finally:
        for m in hidden:
            if m in sys.modules and sys.modules[m] is None:
                del sys.modules[m]


_import_http_stack()

import httpx  # noqa: E402

from . import classify as C
from .classify import Result
from .pool import HostPool
from .progress import Progress  # noqa: F401 (re-exported)
from ..textutil import shorten
from .bodies import Body, read_capped, size_text
from .safety import DNSError, PrivateAddressError, RefusedError, SafeBackend, token_for
from .settings import DEFAULT_USER_AGENT, Settings, _Where, fetch_key, host_key, url_problem, wants_fragment  # noqa: F401 (re-exported)
from .untrusted import fix_target, printable

SMALL_BODY = 64 * 1024  # a GET body this small is drained so the connection can be reused


def retry_after_seconds(value: str | None, now: float) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdecimal():
        return float(value)
    try:
        dt = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if dt is None:
        return None
    return max(0.0, dt.timestamp() - now)


class _Retry(Exception):
    pass


class _DeadlineHit(Exception):
    """The attempt spent its ``deadline`` in requests."""


class _Budget:
    """Seconds of requests an attempt has left; only time holding a connection slot is counted, so a
    link queued behind a busy host does not run out before it is asked."""

    __slots__ = ("left",)

    def __init__(self, seconds: float):
        self.left = seconds


class Stats(msgspec.Struct):
    checked: int = 0
    hosts: set[str] = msgspec.field(default_factory=set)
    cache_hits: int = 0
    kinds: dict[str, int] = msgspec.field(default_factory=dict)
    requests: int = 0


class Checker:
    def __init__(self, settings: Settings, progress: Callable[[int, int], None] | None = None):
        self.s = settings
        self.progress = progress
        self.stats = Stats()
        self.no_head: set[str] = set()
        self.host_pause: dict[str, float] = {}
        self._host_sems: dict[str, asyncio.Semaphore] = {}
        self.wheres: dict[str, _Where] = {}  # the parts of each URL given to run(), split once
        self._head_headers = [(b"User-Agent", settings.user_agent.encode("ascii", "replace")), (b"Accept", b"*/*")]
        t = settings.timeout
        self._extensions = {"timeout": {"connect": t, "read": t, "write": t, "pool": None}}

    # ---- entry points ------------------------------------------------------------------------
    def check(self, urls: Iterable[str]) -> dict[str, Result]:
        """Results for the given fetch keys (see :func:`fetch_key`), each fetched once."""
        urls = list(dict.fromkeys(urls))
        if not urls:
            return {}
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(self.run(urls))
        # called from inside an event loop (a notebook, an async plugin): use a thread of our own
        import concurrent.futures

        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            return pool.submit(asyncio.run, self.run(urls)).result()

    def begin(self) -> None:
        """Set up for checking: the semaphores and the client (inside the event loop that checks)."""
        self._global = asyncio.Semaphore(max(1, self.s.concurrency))
        self._host_sems = {}
        self.client = self._client()

    async def run(self, urls: list[str]) -> dict[str, Result]:
        self.begin()
        done = 0
        total = len(urls)
        out: dict[str, Result] = {}

        async def one(url: str) -> None:
            nonlocal done
            out[url] = await self._check_one(url)
            done += 1
            if self.progress is not None:
                self.progress(done, total)

        try:
            # order by host round-robin so that the first requests spread over the hosts
            await asyncio.gather(*(one(u) for u in interleave(urls, self.wheres)))
        finally:
            await self.client.aclose()
        return out

    def _client(self) -> httpx.AsyncClient:
        s = self.s
        http2 = s.http2
        if http2:
            try:
                import h2  # noqa: F401
            except ImportError:
                http2 = False
        self.router = _HostRouter(s, http2)
        return httpx.AsyncClient(
            transport=self.router,
            timeout=httpx.Timeout(s.timeout, pool=None),
            follow_redirects=False,
            trust_env=False,
            headers={"User-Agent": s.user_agent, "Accept": "text/html,application/xhtml+xml,*/*;q=0.8",
                     "Accept-Encoding": "gzip, deflate"},
        )

    # ---- one URL, with retries ---------------------------------------------------------------
    async def _check_one(self, url: str) -> Result:
        loop = asyncio.get_running_loop()
        start = loop.time()
        attempt = 0
        while True:
            result, retryable, retry_after = await self._attempt(url)
            if not retryable or attempt >= self.s.retries:
                if retryable and attempt:
                    result.detail += f" (tried {attempt + 1} times)"
                return result
            if retry_after is not None:
                delay = retry_after
            else:
                delay = self.s.backoff * (2 ** attempt) * random.uniform(0.5, 1.5)
            spent = loop.time() - start
            if spent + delay > self.s.retry_budget:
                result.detail += f" (gave up: waiting {delay:.0f} s more would exceed the retry budget of {self.s.retry_budget:g} s)"
                return result
            if retry_after is not None:
                host = host_key(url)
                self.host_pause[host] = max(self.host_pause.get(host, 0.0), loop.time() + delay)
            await asyncio.sleep(delay)
            attempt += 1

    async def _attempt(self, url: str) -> tuple[Result, bool, float | None]:
        """(result, retryable, Retry-After seconds)."""
        try:
            return await self._follow(url)
        except _DeadlineHit:
            return Result(url, C.FAILED, None, f"gave up after {self.s.deadline:g} s"), False, None
        except PrivateAddressError as exc:
            why = f" ({exc.reason})" if exc.reason else ""
            return Result(url, C.PRIVATE, None, printable(f"{exc.host} resolves to the private address {exc.address}{why}")), False, None
        except DNSError as exc:
            return Result(url, C.DEAD, None, f"host {exc.host} not found (DNS)"), False, None
        except RefusedError:
            return Result(url, C.DEAD, None, "connection refused"), False, None
        except httpx.TimeoutException:
            return Result(url, C.FAILED, None, f"timed out after {self.s.timeout:g} s"), True, None
        except httpx.ConnectError as exc:
            msg = str(exc)
            low = msg.lower()
            if "refused" in low:
                return Result(url, C.DEAD, None, "connection refused"), False, None
            if "ssl" in low or "certificate" in low or "tls" in low:
                return Result(url, C.FAILED, None, printable(f"TLS error: {shorten(msg, 160)}")), False, None
            return Result(url, C.FAILED, None, printable(f"cannot connect: {shorten(msg, 160)}")), True, None
        except (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError, httpx.CloseError) as exc:
            if "Receive buffer too long" in str(exc):  # h11: the status line and headers passed the cap
                return Result(url, C.FAILED, None, f"response headers larger than {size_text(self.s.max_header_bytes)}"), False, None
            return Result(url, C.FAILED, None, "connection dropped by the server"), True, None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol, httpx.LocalProtocolError, ValueError, UnicodeError) as exc:
            return Result(url, C.FAILED, None, printable(f"invalid URL: {shorten(str(exc), 160)}")), False, None
        except httpx.HTTPError as exc:
            return Result(url, C.FAILED, None, printable(f"{type(exc).__name__}: {shorten(str(exc), 160)}")), True, None

    # ---- redirects ---------------------------------------------------------------------------
    async def _follow(self, url: str) -> tuple[Result, bool, float | None]:
        want_fragment = wants_fragment(url, self.s)
        fragment = urlsplit(url).fragment if want_fragment else ""
        cur = url.split("#", 1)[0]
        seen = {cur}
        chain: list[tuple[int, str]] = []
        budget = _Budget(self.s.deadline)
        for _hop in range(self.s.max_redirects + 1):
            status, headers, body = await self._fetch(cur, want_fragment, budget)
            location = headers.get("location") if status in C.REDIRECT else None
            if location:
                try:
                    nxt = urljoin(cur, location.strip())
                except ValueError:
                    nxt = location
                problem = url_problem(nxt)
                if problem is not None:
                    what = "a non-web address" if problem.startswith("not a web") else "an address that cannot be parsed"
                    return Result(url, C.FAILED, status, printable(f"redirect to {what}: {shorten(nxt, 160)}")), False, None
                nxt_key = nxt.split("#", 1)[0]
                chain.append((status, nxt))
                if nxt_key in seen:
                    hops = " → ".join([url.split("#", 1)[0]] + [u for _, u in chain])
                    return Result(url, C.DEAD, status, printable(f"redirect loop: {shorten(hops, 300)}")), False, None
                seen.add(nxt_key)
                cur = nxt_key
                continue
            return self._final(url, status, headers, chain, body, fragment)
        return Result(url, C.DEAD, None, f"more than {self.s.max_redirects} redirects"), False, None

    def _final(self, url, status, headers, chain, body: Body | None, fragment) -> tuple[Result, bool, float | None]:
        kind = C.classify_status(status, self.s.accept)
        after = printable(f" (after redirect to {shorten(chain[-1][1], 200)})") if chain else ""
        if kind == C.OK:
            if chain and chain[0][0] in C.PERMANENT_REDIRECT:
                target = None
                for st, nxt in chain:
                    if st not in C.PERMANENT_REDIRECT:
                        break
                    target = nxt
                if target is not None:
                    safe = fix_target(target)  # the only form in which a server's URL may reach the list
                    detail = str(chain[0][0])
                    if safe is None:
                        detail += printable(f", to an address not fit to write into a list: {shorten(target, 160)}")
                    return Result(url, C.MOVED, status, detail, final_url=safe), False, None
            if fragment and body is not None:
                if body.problem is not None:
                    return Result(url, C.FAILED, status, body.problem), False, None
                if not _has_anchor(body.data, fragment):
                    frag = printable(shorten(fragment, 80))
                    if body.too_large:
                        cap = size_text(self.s.max_body)
                        detail = f"response larger than {cap} after decoding (no anchor #{frag} in its first {cap})"
                        return Result(url, C.FAILED, status, detail), False, None
                    return Result(url, C.FAILED, status, f"the page has no anchor #{frag}"), False, None
            return Result(url, C.OK, status, C.status_text(status)), False, None
        detail = C.status_text(status) + after
        if status in C.RETRY_STATUS:
            ra = retry_after_seconds(headers.get("retry-after"), time.time())
            k = C.BLOCKED if status == 429 else C.FAILED
            return Result(url, k, status, detail), True, ra
        return Result(url, kind, status, detail), False, None

    async def _head_fast(self, where: _Where, auth: bytes | None) -> tuple[int, dict, None]:
        """HEAD through the host's pool directly (httpx's request and response models cost as much CPU
        as the HTTP exchange itself); httpcore errors are mapped to httpx's so callers see one set."""
        httpcore = self.router.httpcore
        host = where.host
        port = where.port
        pool = self.router.pool_for(where.scheme, host, port)
        hdrs = [(b"Host", (host if port is None or port == pool.port_default else f"{host}:{port}").encode("ascii"))]
        hdrs += self._head_headers
        if auth is not None:
            hdrs.append((b"Authorization", auth))
        try:
            req = httpcore.Request(b"HEAD", httpcore.URL(scheme=pool.scheme_b, host=pool.host_b, port=pool.port, target=where.target.encode("ascii")),
                                   headers=hdrs, extensions=self._extensions)
            r = await pool.handle_async_request(req)
            stream = r.stream  # read to its end (h11 then knows the exchange is over) and close: the
            try:               # connection goes back to the pool (Response.aread/aclose add only type checks)
                async for _chunk in stream:
                    pass
            finally:
                await stream.aclose()
        except httpcore.TimeoutException as exc:
            raise httpx.TimeoutException(str(exc)) from exc
        except httpcore.ConnectError as exc:
            raise httpx.ConnectError(str(exc)) from exc
        except (httpcore.ReadError, httpcore.WriteError, httpcore.RemoteProtocolError) as exc:
            raise httpx.ReadError(str(exc)) from exc
        except (httpcore.LocalProtocolError, httpcore.UnsupportedProtocol) as exc:
            raise httpx.UnsupportedProtocol(str(exc)) from exc
        return r.status, {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in r.headers}, None

    # ---- one request -------------------------------------------------------------------------
    async def _fetch(self, url: str, want_body: bool, budget: _Budget) -> tuple[int, httpx.Headers, Body | None]:
        where = self.wheres.get(url) or _Where(url)
        host = where.key
        if self.s.head_first and not want_body and host not in self.no_head:
            status, headers, _ = await self._request("HEAD", url, where, host, False, budget)
            if status not in C.HEAD_RETRY_WITH_GET:
                return status, headers, None
            if status in (405, 501):
                self.no_head.add(host)
        return await self._request("GET", url, where, host, want_body, budget)

    async def _request(self, method: str, url: str, where: _Where, host: str, want_body: bool, budget: _Budget):
        sem = self._host_sems.get(host)
        if sem is None:
            sem = self._host_sems[host] = asyncio.Semaphore(max(1, self.s.per_host))
        async with sem:
            loop = asyncio.get_running_loop()
            pause = self.host_pause.get(host)
            if pause is not None:
                wait = pause - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
            if method == "HEAD" and host in self.no_head:  # learnt while this request waited
                return 405, httpx.Headers(), None
            async with self._global:
                start = loop.time()
                deadline = asyncio.timeout(max(0.0, budget.left))
                try:  # connecting, sending, the headers and any body read: all within what is left
                    async with deadline:
                        return await self._exchange(method, url, where, want_body)
                except TimeoutError:
                    if deadline.expired():
                        raise _DeadlineHit() from None
                    raise
                finally:
                    budget.left -= loop.time() - start

    async def _exchange(self, method: str, url: str, where: _Where, want_body: bool):
        """One request on a connection of the host's pool; bodies are read only as bounded above."""
        self.stats.requests += 1
        headers = {}
        token = token_for(where.host, where.scheme, self.s.github_token)
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if method == "HEAD":
            if _PLAIN_URL.match(url) and not _ODD_NETLOC.search(where.netloc):
                # fast path: straight to the host's pool, no httpx models
                return await self._head_fast(where, f"Bearer {token}".encode("ascii") if token else None)
            r = await self.client.request("HEAD", url, headers=headers)
            return r.status_code, r.headers, None
        req = self.client.build_request("GET", url, headers=headers)
        r = await self.client.send(req, stream=True)
        try:
            body = None
            ctype = r.headers.get("content-type", "")
            if want_body and r.status_code == 200 and "html" in ctype:
                body = await read_capped(r.aiter_raw(), r.headers.get("content-encoding"), self.s.max_body)
            else:
                length = r.headers.get("content-length", "")
                if length.isdecimal() and int(length) <= SMALL_BODY:
                    async for _chunk in r.aiter_raw():  # as sent: a small gzip body may inflate to gigabytes
                        pass
            return r.status_code, r.headers, body
        finally:
            await r.aclose()


class _HostRouter(httpx.AsyncBaseTransport):
    """One small connection pool per host:port (:class:`~awesome_lint.links.pool.HostPool`), all
    sharing one TLS context and one :class:`SafeBackend`. httpcore's own pool scans every connection
    for every queued request under an anyio lock; the checker's per-host semaphore already bounds
    what a host gets, so a pool per origin with no queue of its own is enough. httpx's transport is
    kept around each pool for the requests that go through ``httpx.AsyncClient`` (GET, odd URLs).
    Created lazily, closed together."""

    def __init__(self, s: Settings, http2: bool):
        import httpcore

        self.httpcore = httpcore
        self.s = s
        self.http2 = http2
        self.backend = SafeBackend(allow_private=s.allow_private)
        self._ssl_context = s.ssl_context
        self._no_tls = None
        self.transports: dict[tuple[str, str, int | None], httpx.AsyncHTTPTransport] = {}
        self.pools: dict[tuple[str, str, int | None], object] = {}

    @property
    def ssl_context(self):
        """The TLS context, made on first use: loading the CA bundle costs 25 ms, which a list of
        plain-http links (or a prefetch that starts with them) need not wait for."""
        ctx = self._ssl_context
        if ctx is None or not getattr(self, "_alpn_set", False):
            if ctx is None:
                ctx = self._ssl_context = httpx.create_ssl_context()
            ctx.set_alpn_protocols(["http/1.1", "h2"] if self.http2 else ["http/1.1"])
            self._alpn_set = True
        return ctx

    def _context_for(self, scheme: str):
        """What httpx's transport is given: the real context for https; for http one that never
        verifies anything because it is never used (the transport's pool is replaced by a
        :class:`HostPool` without TLS), so no CA bundle is loaded for it."""
        if scheme == "https":
            return self.ssl_context
        if self._no_tls is None:
            import ssl

            self._no_tls = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        return self._no_tls

    def pool_for(self, scheme: str, host: str, port: int | None):
        pool = self.pools.get((scheme, host, port))
        if pool is None:
            pool = self.pools[(scheme, host, port)] = self._get(scheme, host.lower(), port)._pool
        return pool

    def _transport(self, url: httpx.URL) -> httpx.AsyncHTTPTransport:
        return self._get(url.scheme, url.host, url.port)

    def _get(self, scheme: str, host: str, port: int | None) -> httpx.AsyncHTTPTransport:
        if port is None:
            port = 443 if scheme == "https" else 80
        key = (scheme, host, port)
        t = self.transports.get(key)
        if t is None:
            n = max(1, self.s.per_host)
            t = httpx.AsyncHTTPTransport(verify=self._context_for(scheme), http2=self.http2, trust_env=False,
                                         limits=httpx.Limits(max_connections=n, max_keepalive_connections=n))
            if not hasattr(t, "_pool"):  # pragma: no cover - httpx changed inside
                raise RuntimeError("httpx transport without a connection pool: cannot enforce address checks")
            pool = HostPool(scheme, host, port, backend=self.backend,
                            ssl_context=self.ssl_context if scheme == "https" else None,
                            http2=self.http2, keepalive_expiry=30.0, max_header_bytes=self.s.max_header_bytes)
            t._pool = pool
            self.transports[key] = t
        return t

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._transport(request.url).handle_async_request(request)

    async def aclose(self) -> None:
        for t in self.transports.values():
            await t.aclose()


_PLAIN_URL = re.compile(r"https?://[!#-~]+\Z")  # printable ASCII only: nothing for httpx to normalise
_ODD_NETLOC = re.compile(r"[@\[%]")  # user info, IPv6 literals, escapes: left to httpx


def _has_anchor(body: bytes, fragment: str) -> bool:
    text = body.decode("utf-8", "replace").lower()
    frag = fragment.lower()
    from urllib.parse import unquote

    for f in {frag, unquote(frag)}:
        for probe in (f'id="user-content-{f}"', f'id="{f}"', f'name="{f}"', f'"anchor":"{f}"', f"href=\"#{f}\""):
            if probe in text:
                return True
    return False


def interleave(urls: list[str], wheres: dict[str, _Where] | None = None) -> list[str]:
    """Round-robin over hosts, keeping each host's order. Fills ``wheres`` with each URL's parts."""
    by_host: dict[str, list[str]] = {}
    for u in urls:
        where = _Where(u)
        if wheres is not None:
            wheres[u] = where
        by_host.setdefault(where.key, []).append(u)
    queues = list(by_host.values())
    out: list[str] = []
    i = 0
    while len(out) < len(urls):
        for q in queues:
            if i < len(q):
                out.append(q[i])
        i += 1
    return out
