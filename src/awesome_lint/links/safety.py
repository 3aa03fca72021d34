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

    def __init__(self, host: str, address: str):
        super().__init__(f"{host} resolves to private address {address}")
        self.host = host
        self.address = address


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


def is_private(address: str) -> bool:
    """True for every address that is not globally routable (private, loopback, link-local,
    unspecified, reserved, shared, documentation, multicast), IPv4-mapped IPv6 included."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return True  # not an address we understand: refuse
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


def token_for(url_host: str, scheme: str, token: str | None) -> str | None:
    """The token to send to this host, or None: only https to GitHub's own hosts."""
    if not token or scheme != "https":
        return None
    return token if url_host.lower().rstrip(".") in GITHUB_HOSTS else None


class SafeBackend(httpcore.AsyncNetworkBackend):
    """Resolves names once per run, refuses non-global addresses unless allowed, and connects to
    the address it checked."""

    def __init__(self, allow_private: bool = False, inner: httpcore.AsyncNetworkBackend | None = None):
        self.allow_private = allow_private
        self.inner = inner or httpcore.AnyIOBackend()
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
                if is_private(a):
                    raise PrivateAddressError(host, a)
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
