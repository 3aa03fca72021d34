"""A connection pool for one origin (scheme, host, port), cheaper per request than httpcore's.

httpcore's ``AsyncConnectionPool`` queues requests itself and, on every request and every closed
response, rescans its connections under an anyio lock (shielded cancel scopes, sniffio look-ups):
for a link checker that sends thousands of one-shot HEAD requests this bookkeeping cost as much CPU
as the HTTP exchange. The checker already bounds the requests in flight to a host with its per-host
semaphore (held until the response is closed), so this pool needs no queue and no limit of its own:
a request takes an idle connection (or a multiplexed HTTP/2 one with room) or opens a new one, and
gives it back when its response is closed.

The HTTP itself stays httpcore's: ``AsyncHTTP11Connection`` (h11) or ``AsyncHTTP2Connection`` (h2,
chosen by ALPN over TLS, as httpcore does). Connections are opened through the checker's
:class:`~awesome_lint.links.safety.SafeBackend`, so every address is still checked at connection time.

Imported only with ``--check-links``.
"""

from __future__ import annotations

import asyncio
import ssl

import httpcore


class _Lock:
    """An asyncio lock with the interface of httpcore's ``AsyncLock`` (which wraps anyio's lock and
    looks up the running async library on first use); taken without yielding when free."""

    __slots__ = ("_lock",)

    def __init__(self) -> None:
        self._lock = asyncio.Lock()

    async def __aenter__(self):
        await self._lock.acquire()
        return self

    async def __aexit__(self, *exc) -> None:
        self._lock.release()


_HTTP11_CLASSES: dict[int, type] = {}


def _http11_class(max_header_bytes: int | None) -> type:
    """httpcore's HTTP/1.1 connection with h11's buffer for an incomplete event (the status line and
    headers, a chunk header) capped at ``max_header_bytes`` instead of httpcore's 100 KB. (h2 caps a
    header list at 64 KB by itself.)"""
    if max_header_bytes is None:
        return httpcore.AsyncHTTP11Connection
    cls = _HTTP11_CLASSES.get(max_header_bytes)
    if cls is None:
        cls = _HTTP11_CLASSES[max_header_bytes] = type(
            "CappedHTTP11Connection", (httpcore.AsyncHTTP11Connection,), {"MAX_INCOMPLETE_EVENT_SIZE": max_header_bytes})
    return cls


class _Slot:
    __slots__ = ("conn", "inflight", "h2")

    def __init__(self, conn, h2: bool):
        self.conn = conn
        self.inflight = 0
        self.h2 = h2


class _GiveBack:
    """The response stream of a pooled connection: closing it hands the connection back."""

    __slots__ = ("stream", "pool", "slot", "closed")

    def __init__(self, stream, pool: HostPool, slot: _Slot):
        self.stream = stream
        self.pool = pool
        self.slot = slot
        self.closed = False

    async def __aiter__(self):
        async for chunk in self.stream:
            yield chunk

    async def aclose(self) -> None:
        if self.closed:
            return
        self.closed = True
        try:
            close = getattr(self.stream, "aclose", None)
            if close is not None:
                await close()
        finally:
            self.pool._release(self.slot)


class HostPool:
    """Connections to one origin. Callers must bound the requests in flight (the checker's per-host
    semaphore does): the pool opens a connection whenever none is free."""

    def __init__(self, scheme: str, host: str, port: int, *, backend: httpcore.AsyncNetworkBackend,
                 ssl_context: ssl.SSLContext | None, http2: bool, keepalive_expiry: float = 30.0,
                 max_header_bytes: int | None = None):
        self.scheme = scheme
        self.host = host
        self.port = port
        self.https = scheme == "https"
        self.port_default = 443 if self.https else 80
        self.scheme_b = scheme.encode("ascii")
        self.host_b = host.encode("ascii")
        self.origin = httpcore.Origin(scheme.encode("ascii"), host.encode("ascii"), port)
        self.backend = backend
        self.ssl_context = ssl_context
        self.http2 = http2
        self.keepalive_expiry = keepalive_expiry
        self.http11 = _http11_class(max_header_bytes)
        self.slots: list[_Slot] = []
        # Over TLS the first connection tells (by ALPN) whether the origin speaks HTTP/2; until it
        # does, other requests wait for it rather than each opening a connection of their own.
        self.multiplexed: bool | None = None if (self.https and http2) else False
        self._first: asyncio.Future | None = None

    def _pick(self) -> tuple[_Slot | None, list]:
        stale = []
        found = None
        for slot in self.slots:
            conn = slot.conn
            if slot.inflight == 0 and (conn.is_closed() or conn.has_expired()):
                stale.append(slot)
            elif found is None and conn.is_available() and (slot.inflight == 0 or slot.h2):
                found = slot
        for slot in stale:
            self.slots.remove(slot)
        return found, [s.conn for s in stale]

    async def _connect(self, request: httpcore.Request):
        timeout = request.extensions.get("timeout", {}).get("connect")
        stream = await self.backend.connect_tcp(self.host, self.port, timeout=timeout)
        if self.https:
            assert self.ssl_context is not None
            stream = await stream.start_tls(self.ssl_context, server_hostname=self.host, timeout=timeout)
            ssl_object = stream.get_extra_info("ssl_object")
            if self.http2 and ssl_object is not None and ssl_object.selected_alpn_protocol() == "h2":
                return httpcore.AsyncHTTP2Connection(origin=self.origin, stream=stream,
                                                     keepalive_expiry=self.keepalive_expiry), True
        conn = self.http11(origin=self.origin, stream=stream, keepalive_expiry=self.keepalive_expiry)
        if hasattr(conn, "_state_lock"):
            conn._state_lock = _Lock()
        return conn, False

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        unavailable = 0
        while True:
            slot, stale = self._pick()
            for conn in stale:
                await conn.aclose()
            if slot is None:
                if self.multiplexed is None and self._first is not None:
                    try:  # the first connection is being opened: it may carry this request too
                        await asyncio.shield(self._first)
                    except asyncio.CancelledError:
                        raise
                    except Exception:  # pragma: no cover - the future only ever gets a result
                        pass
                    continue
                slot = await self._open(request)
            slot.inflight += 1
            try:
                response = await slot.conn.handle_async_request(request)
            except httpcore.ConnectionNotAvailable:  # taken meanwhile, or an HTTP/2 connection that is full
                self._release(slot)
                unavailable += 1
                if unavailable > 8:
                    raise httpcore.ConnectError(f"no connection to {self.host}:{self.port} became available") from None
                continue
            except BaseException:
                self._release(slot)
                raise
            response.stream = _GiveBack(response.stream, self, slot)
            return response

    async def _open(self, request: httpcore.Request) -> _Slot:
        first = None
        if self.multiplexed is None:
            first = self._first = asyncio.get_running_loop().create_future()
        try:
            conn, h2 = await self._connect(request)
            if first is not None:
                self.multiplexed = h2
            slot = _Slot(conn, h2)
            self.slots.append(slot)
            return slot
        finally:
            if first is not None:
                self._first = None
                first.set_result(None)

    def _release(self, slot: _Slot) -> None:
        slot.inflight -= 1
        if slot.inflight <= 0 and slot.conn.is_closed() and slot in self.slots:
            self.slots.remove(slot)

    async def aclose(self) -> None:
        slots, self.slots = self.slots, []
        for slot in slots:
            try:
                await slot.conn.aclose()
            except Exception:  # pragma: no cover - closing is best effort
                pass
