"""Reading a response body with a hard cap on what it decodes to.

httpx decodes a compressed chunk whole: 1.8 KB of ``Content-Encoding: gzip, gzip`` inflates to
1 GB before any size check can run. Here the raw bytes are read as they come and inflated with
``zlib``'s ``max_length``, so no more than the cap (plus one byte, to know it was passed) is ever
decoded, and only one encoding layer is decoded at all: a stacked encoding is a finding, not
something to unwrap. Used where the checker reads a page (a GitHub ``#fragment``); elsewhere bodies
are drained raw, never decoded.

Imported only with ``--check-links``.
"""

from __future__ import annotations

import zlib

DECODABLE = frozenset({"gzip", "x-gzip", "deflate"})  # what the checker's Accept-Encoding asks for


class Body:
    """What was read: the decoded bytes (at most ``limit``) and, when the read stopped early, why."""

    __slots__ = ("data", "problem", "too_large")

    def __init__(self, data: bytes = b"", problem: str | None = None, too_large: bool = False):
        self.data = data
        self.problem = problem  # the page could not be read as asked (stacked or unknown encoding)
        self.too_large = too_large  # the cap was reached: ``data`` is the first ``limit`` bytes


def encodings(header: str | None) -> list[str]:
    """The content codings of a ``Content-Encoding`` header, in the order applied (identity dropped)."""
    if not header:
        return []
    return [e for e in (p.strip().lower() for p in header.split(",")) if e and e != "identity"]


def size_text(n: int) -> str:
    if n % (1024 * 1024) == 0:
        return f"{n // (1024 * 1024)} MB"
    if n % 1024 == 0:
        return f"{n // 1024} KB"
    return f"{n} bytes"


class _Inflater:
    """One gzip or deflate layer; deflate is zlib-wrapped or raw, as servers send both."""

    def __init__(self, coding: str):
        self.coding = coding
        self.z = zlib.decompressobj(zlib.MAX_WBITS | 16) if coding != "deflate" else None

    def feed(self, data: bytes, room: int) -> tuple[bytes, bytes]:
        """(decoded bytes, at most ``room`` of them; the input not yet consumed)."""
        if self.z is None:
            wrapped = len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            self.z = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        if self.z.eof:
            return b"", b""  # bytes after the end of the stream are ignored, as browsers do
        out = self.z.decompress(data, room)
        return out, self.z.unconsumed_tail


async def read_capped(raw_chunks, content_encoding: str | None, limit: int) -> Body:
    """Read ``raw_chunks`` (an async iterator of the bytes as sent) and decode them, stopping as
    soon as more than ``limit`` bytes were read or decoded."""
    codings = encodings(content_encoding)
    if len(codings) > 1:
        return Body(problem=f"{len(codings)} content encodings ({', '.join(codings)}): the page was not decoded")
    if codings and codings[0] not in DECODABLE:
        return Body(problem=f"content encoding {codings[0]!r} was not asked for: the page was not decoded")
    inflater = _Inflater(codings[0]) if codings else None
    parts: list[bytes] = []
    size = 0  # decoded
    raw = 0
    try:
        async for chunk in raw_chunks:
            raw += len(chunk)
            if inflater is None:
                parts.append(chunk)
                size += len(chunk)
            else:
                data = chunk
                while data and size <= limit:
                    out, data = inflater.feed(data, limit - size + 1)
                    parts.append(out)
                    size += len(out)
            if size > limit or raw > limit:
                return Body(b"".join(parts)[:limit], too_large=True)
    except zlib.error as exc:
        return Body(problem=f"the {codings[0]} body cannot be decoded ({exc})")
    return Body(b"".join(parts))
