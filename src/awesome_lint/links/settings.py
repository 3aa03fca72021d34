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
    """What a link check may do. Built from AL013's options (and tests); every value is checked on
    construction: an impossible one (a negative count, a zero time-out, NaN) is an
    :class:`~awesome_lint.model.InputError` naming the option, an excessive one is lowered to the
    ceiling in :data:`LIMITS`, so no configuration can make the checker hang, flood a host or
    overflow. The bounds a hostile server meets are the last five fields."""

    concurrency: int = 64
    per_host: int = 8
    timeout: float = 10.0  # seconds per connect or read
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
    max_body: int = 5 * 1024 * 1024  # bytes read at most (after decoding) from a page whose fragment is checked
    ssl_context: object | None = None  # an ssl.SSLContext to use instead of httpx's default (certifi's CAs)
    # seconds an attempt at a link (its redirects included) may spend in requests; None: 20, or twice
    # ``timeout`` when that is longer (a patient time-out is not cut short by the default)
    deadline: float | None = None
    max_header_bytes: int = 64 * 1024  # a response's status line and headers
    fragment_hosts: frozenset[str] = frozenset({"github.com"})  # hosts whose pages are read for #fragments

    def __post_init__(self) -> None:
        if self.deadline is None and isinstance(self.timeout, (int, float)) and not isinstance(self.timeout, bool):
            self.deadline = max(DEFAULT_DEADLINE, 2.0 * min(float(self.timeout), LIMITS["timeout"][2]))
        for field, (low, low_ok, high) in LIMITS.items():
            value = getattr(self, field)
            name = OPTION_NAMES.get(field, field)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                _refuse(f"AL013.{name}: {value!r} is not a number")
            if value != value or value in (float("inf"), float("-inf")):
                _refuse(f"AL013.{name}: {value!r} is not a finite number")
            if value < low or (value == low and not low_ok):
                _refuse(f"AL013.{name}: {value!r} is too small (it must be {'at least' if low_ok else 'more than'} {low:g})")
            if value > high:
                setattr(self, field, type(value)(high))
        for status in self.accept:
            if isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 999:
                _refuse(f"AL013.accept: {status!r} is not an HTTP status code (100 to 999)")


DEFAULT_DEADLINE = 20.0

# field: (lowest, whether the lowest itself is allowed, ceiling). Below the lowest is refused, above
# the ceiling is lowered to it: 99999999999 retries means "many", not a thousand requests a second.
LIMITS: dict[str, tuple[float, bool, float]] = {
    "concurrency": (1, True, 1024),
    "per_host": (1, True, 64),
    "timeout": (0, False, 300.0),
    "retries": (0, True, 10),
    "retry_budget": (0, True, 3600.0),
    "backoff": (0, True, 60.0),
    "max_redirects": (0, True, 30),
    "max_body": (1, True, 64 * 1024 * 1024),
    "deadline": (0, False, 600.0),
    "max_header_bytes": (1024, True, 1024 * 1024),
}
OPTION_NAMES = {"per_host": "per_host_concurrency"}  # fields named otherwise in AL013's options


def _refuse(message: str) -> None:
    from ..model import InputError

    raise InputError(message)


def host_key(url: str) -> str:
    """``host:port`` of a URL, the unit of politeness."""
    return _Where(url).key


class _Where:
    """The parts of a URL a request needs, split once (``SplitResult.hostname`` and ``.port``
    re-parse the netloc at every use)."""

    __slots__ = ("scheme", "host", "port", "netloc", "target", "key")

    def __init__(self, url: str):
        try:
            parts = urlsplit(url)
        except ValueError:  # never fetched (the rule reports it), but keyed like any other URL
            parts = urlsplit("")
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
    try:
        parts = urlsplit(url)
    except ValueError:  # reported as "cannot parse URL" by the rule, never fetched
        return False
    frag = parts.fragment
    if not frag or re.fullmatch(r"L\d+(?:C\d+)?(?:-L\d+(?:C\d+)?)?", frag) or frag.startswith(("diff-", "issuecomment-", "discussion")):
        return False
    return (parts.hostname or "").lower() in settings.fragment_hosts


def fetch_key(url: str, settings: Settings) -> str:
    """The URL as fetched and cached: without its fragment, unless the fragment is checked."""
    if "#" not in url or wants_fragment(url, settings):
        return url
    return url.split("#", 1)[0]


def url_problem(url: str) -> str | None:
    """Why a web URL cannot be fetched at all, or None. Checked before anything is fetched, so one
    malformed link is a finding of its own instead of stopping the check of all the others."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return str(exc) or "malformed"
    if parts.scheme.lower() not in ("http", "https"):
        return f"not a web address ({parts.scheme or 'no'} scheme)"
    if not parts.hostname:
        return "no host name"
    if port == 0:
        return "port 0"
    return None
