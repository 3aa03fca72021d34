"""What a link check is asked to do, and the URL helpers the rule needs before (or without) any
fetching: the settings, the ``host:port`` politeness key, and the key a URL is fetched and cached
under. Kept apart from :mod:`~awesome_lint.links.checker` so that a run served wholly from the cache
never imports the HTTP stack.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import msgspec


def _version() -> str:
    from .. import __version__  # not importlib.metadata: scanning the installed distributions costs 10 ms

    return __version__


DEFAULT_USER_AGENT = f"awesome-lint/{_version()} (link checker; +https://github.com/awesome-lint/awesome-lint)"


class Settings(msgspec.Struct):
    concurrency: int = 64
    per_host: int = 8
    timeout: float = 10.0
    retries: int = 2
    retry_budget: float = 30.0
    backoff: float = 1.0
    max_redirects: int = 10
    accept: frozenset[int] = frozenset()
    user_agent: str = DEFAULT_USER_AGENT
    head_first: bool = True
    check_fragments: bool = True
    allow_private: bool = False
    github_token: str | None = None
    http2: bool = True
    max_body: int = 5 * 1024 * 1024  # bytes read at most from a page whose fragment is checked
    ssl_context: object | None = None  # an ssl.SSLContext to use instead of httpx's default (certifi's CAs)


def host_key(url: str) -> str:
    """``host:port`` of a URL, the unit of politeness."""
    return _Where(url).key


class _Where:
    """The parts of a URL a request needs, split once (``SplitResult.hostname`` and ``.port``
    re-parse the netloc at every use)."""

    __slots__ = ("scheme", "host", "port", "netloc", "target", "key")

    def __init__(self, url: str):
        parts = urlsplit(url)
        self.scheme = parts.scheme.lower()
        self.host = (parts.hostname or "").lower()
        try:
            self.port = parts.port
        except ValueError:
            self.port = None
        self.netloc = parts.netloc
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        self.target = target
        port = self.port
        if port is None:
            port = 443 if self.scheme == "https" else 80
        self.key = f"{self.host}:{port}"


def wants_fragment(url: str, settings: Settings) -> bool:
    """Fragments are checked only on GitHub pages (cheap: one page, anchors in the HTML)."""
    if not settings.check_fragments or "#" not in url:
        return False
    parts = urlsplit(url)
    frag = parts.fragment
    if not frag or re.fullmatch(r"L\d+(?:C\d+)?(?:-L\d+(?:C\d+)?)?", frag) or frag.startswith(("diff-", "issuecomment-", "discussion")):
        return False
    return (parts.hostname or "").lower() == "github.com"


def fetch_key(url: str, settings: Settings) -> str:
    """The URL as fetched and cached: without its fragment, unless the fragment is checked."""
    if "#" not in url or wants_fragment(url, settings):
        return url
    return url.split("#", 1)[0]
