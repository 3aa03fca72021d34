"""What the link checker may fetch, and with which credentials.

* A link whose host resolves to a private, loopback, link-local or otherwise non-global address is
  not fetched unless ``allow_private`` is set: a pull request must not make CI probe its own
  network. The check happens inside the connection itself (:class:`SafeBackend`, an httpcore
  network backend): the name is resolved once, every address is checked, and the socket is opened
  to the checked address, so a DNS answer cannot change between the check and the connection.
  Every redirect hop goes through the same backend.
* ``GITHUB_TOKEN`` is sent only over https to GitHub's own hosts, decided per request, so a
  redirect to another host never carries it.

Imported only with ``--check-links`` (it imports httpcore).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket

import httpcore

GITHUB_HOSTS = frozenset({"github.com", "api.github.com"})


class PrivateAddressError(Exception):
    """The host resolves to an address the run may not fetch."""

    def __init__(self, host: str, address: str, reason: str = ""):
        super().__init__(f"{host} resolves to private address {address}")
        self.host = host
        self.address = address
        self.reason = reason  # set when the address carries a private IPv4 (an IPv6 form)


class RefusedError(Exception):
    """Every address of the host refused the connection."""

    def __init__(self, host: str, port: int):
        super().__init__(f"{host}:{port} refused the connection")
        self.host = host


def _refused(exc: BaseException) -> bool:
    seen = 0
    x: BaseException | None = exc
    while x is not None and seen < 8:
        if isinstance(x, ConnectionRefusedError):
            return True
        x = x.__cause__ or x.__context__
        seen += 1
    return False


class DNSError(Exception):
    """The host name does not resolve."""

    def __init__(self, host: str, detail: str):
        super().__init__(f"{host}: {detail}")
        self.host = host


_NAT64 = ipaddress.ip_network("64:ff9b::/96")  # the well-known prefix (RFC 6052)
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")  # local-use prefixes (RFC 8215)
_COMPATIBLE = ipaddress.ip_network("::/96")  # IPv4-compatible, deprecated (RFC 4291)


def embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries, and so reaches: IPv4-mapped (``::ffff:a.b.c.d``),
    IPv4-compatible (``::a.b.c.d``), NAT64 (``64:ff9b::a.b.c.d``, and the local-use
    ``64:ff9b:1::/48`` with the address in its last 32 bits), 6to4 (``2002:AABB:CCDD::``) and
    Teredo (the client address). None for any other address."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64 or ip in _NAT64_LOCAL or ip in _COMPATIBLE:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def private_reason(address: str) -> str | None:
    """Why the run may not connect to this address, or None when it may: it is not globally
    routable (private, loopback, link-local, unspecified, reserved, shared, documentation), is
    multicast, or is an IPv6 form that carries such an IPv4 address (see :func:`embedded_ipv4`).
    The one address policy of the checker, applied to every address of every hop."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "not an address"  # not one we understand: refuse
    mapped = isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None
    if not mapped and (not ip.is_global or ip.is_multicast):  # ::ffff:0:0/96 is never global: its IPv4 decides
        return "not a public address"
    if isinstance(ip, ipaddress.IPv6Address):
        inner = embedded_ipv4(ip)
        if inner is not None and (not inner.is_global or inner.is_multicast):
            return f"it carries the IPv4 address {inner}"
    return None


def is_private(address: str) -> bool:
    """True for every address the run may not connect to (:func:`private_reason`)."""
    return private_reason(address) is not None


def token_for(url_host: str, scheme: str, token: str | None) -> str | None:
    """The token to send to this host, or None: only https to GitHub's own hosts."""
    if not token or scheme != "https":
        return None
    return token if url_host.lower().rstrip(".") in GITHUB_HOSTS else None


class _Stream(httpcore.AsyncNetworkStream):
    """An asyncio stream for httpcore: several times less overhead per read and write than the
    anyio backend, which matters when one process checks thousands of links."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self.r = reader
        self.w = writer

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            async with asyncio.timeout(timeout):
                return await self.r.read(max_bytes)
        except TimeoutError:
            raise httpcore.ReadTimeout("read timed out") from None
        except OSError as exc:
            raise httpcore.ReadError(str(exc) or type(exc).__name__) from exc

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        try:
            self.w.write(buffer)
            async with asyncio.timeout(timeout):
                await self.w.drain()
        except TimeoutError:
            raise httpcore.WriteTimeout("write timed out") from None
        except OSError as exc:
            raise httpcore.WriteError(str(exc) or type(exc).__name__) from exc

    async def aclose(self) -> None:
        try:
            self.w.close()
        except OSError:  # pragma: no cover
            pass

    async def start_tls(self, ssl_context, server_hostname=None, timeout=None):
        try:
            async with asyncio.timeout(timeout):
                await self.w.start_tls(ssl_context, server_hostname=server_hostname)
        except TimeoutError:
            await self.aclose()
            raise httpcore.ConnectTimeout("TLS handshake timed out") from None
        except (OSError, ValueError) as exc:  # ssl.SSLError is an OSError
            await self.aclose()
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc
        return self

    def get_extra_info(self, info: str):
        if info == "ssl_object":
            return self.w.get_extra_info("ssl_object")
        if info == "client_addr":
            return self.w.get_extra_info("sockname")
        if info == "server_addr":
            return self.w.get_extra_info("peername")
        if info == "socket":
            return self.w.get_extra_info("socket")
        if info == "is_readable":  # an idle keep-alive connection the server closed
            return self.r.at_eof()
        return None


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(
                    host, port, local_addr=(local_address, 0) if local_address else None, limit=2 ** 20)
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"connecting to {host}:{port} timed out") from None
        except OSError as exc:
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc
        sock = writer.get_extra_info("socket")
        if sock is not None:
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                for opt in socket_options or ():
                    sock.setsockopt(*opt)
            except OSError:  # pragma: no cover
                pass
        return _Stream(reader, writer)

    async def connect_unix_socket(self, path, timeout=None, socket_options=None):  # pragma: no cover
        raise httpcore.ConnectError("unix sockets are not used by the link checker")

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class SafeBackend(httpcore.AsyncNetworkBackend):
    """Resolves names once per run, refuses non-global addresses unless allowed, and connects to
    the address it checked."""

    def __init__(self, allow_private: bool = False, inner: httpcore.AsyncNetworkBackend | None = None):
        self.allow_private = allow_private
        self.inner = inner or AsyncioBackend()
        self._resolved: dict[tuple[str, int], asyncio.Future] = {}

    async def resolve(self, host: str, port: int) -> list[str]:
        key = (host, port)
        fut = self._resolved.get(key)
        if fut is None:
            fut = asyncio.ensure_future(self._resolve(host, port))
            self._resolved[key] = fut
        return await asyncio.shield(fut)

    async def _resolve(self, host: str, port: int) -> list[str]:
        try:
            ipaddress.ip_address(host)
            addresses = [host]
        except ValueError:
            loop = asyncio.get_running_loop()
            try:
                infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            except (socket.gaierror, UnicodeError) as exc:
                raise DNSError(host, str(exc)) from None
            addresses = list(dict.fromkeys(info[4][0] for info in infos))
            if not addresses:
                raise DNSError(host, "no addresses")
        if not self.allow_private:
            for a in addresses:
                why = private_reason(a)
                if why is not None:
                    raise PrivateAddressError(host, a, why if why.startswith("it carries") else "")
        return addresses

    async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        addresses = await self.resolve(host, port)
        last: Exception | None = None
        refused = 0
        for address in addresses:
            try:
                return await self.inner.connect_tcp(address, port, timeout=timeout,
                                                    local_address=local_address, socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
                refused += _refused(exc)
        if refused == len(addresses):
            raise RefusedError(host, port)
        assert last is not None
        raise last

    async def connect_unix_socket(self, path, timeout=None, socket_options=None):  # pragma: no cover
        raise httpcore.ConnectError("unix sockets are not used by the link checker")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)
