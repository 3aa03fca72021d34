"""Values from the network or the link cache are data, never Markdown and never terminal input.

A server chooses its ``Location`` header, its error texts and, through a poisoned cache file,
whatever a cache row says. Two gates stand between them and the user:

* :func:`fix_target`: the only way a URL enters the list (AL013's moved fix). It must be a
  well-formed absolute http(s) URL with a plain host name; characters that could end or re-open the
  Markdown around it (``()[]<>``, whitespace, quotes, backslashes, controls, non-ASCII) are
  percent-encoded, so ``)[click](http://…`` stays inside one link. Anything else is refused.
* :func:`printable`: every message built from such text shows control characters (ESC and the
  rest of C0 and C1, DEL, bidirectional overrides) as visible escapes, so a server cannot colour,
  move or reorder what the terminal shows.

Pure functions, cheap to import (the cache and the rule use them without the HTTP stack).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from .settings import url_problem

_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_HOST = re.compile(r"[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?\Z")
# what may stay as it is in a path, query or fragment: RFC 3986's unreserved and reserved characters
# without the brackets and parentheses Markdown reads, plus ``%`` (checked separately)
_KEEP = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&*+,;=:@/?#%")
_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
MAX_URL = 2048


def printable(text: str, limit: int = 400) -> str:
    """``text`` with control and bidi characters shown as ``\\xNN``/``\\uNNNN``, at most ``limit`` long."""
    text = _CONTROLS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def _encode(part: str) -> str:
    part = _ESCAPE.sub("%25", part)
    return "".join(c if c in _KEEP else "".join(f"%{b:02X}" for b in c.encode("utf-8")) for c in part)


def fix_target(url: str | None) -> str | None:
    """``url`` as it may be written into a Markdown link, or None when it may not: not an absolute
    http(s) URL, a host that is not a plain name or IPv4 address (user info, IPv6 literals,
    non-ASCII), a bad port, or longer than 2048 characters once encoded."""
    if not url or not isinstance(url, str) or len(url) > MAX_URL:
        return None
    if _CONTROLS.search(url) or url != url.strip() or url_problem(url) is not None:
        return None
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = parts.hostname or ""
    if "@" in parts.netloc or not _HOST.match(host):
        return None
    netloc = host if parts.port is None else f"{host}:{parts.port}"
    if parts.netloc.lower() != netloc:
        return None  # an empty port (``host:``) or other oddity: not worth writing down
    path = _encode(parts.path) or "/"
    if not path.startswith("/"):
        return None
    out = urlunsplit((scheme, netloc, path, _encode(parts.query), _encode(parts.fragment)))
    return out if len(out) <= MAX_URL else None
