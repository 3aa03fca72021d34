"""Outcomes of a link check and how an HTTP status maps to one. Pure functions, no I/O.

| outcome | when | severity |
| --- | --- | --- |
| ok | 2xx, a status listed in ``accept``, temporary redirects to an ok page | none |
| moved | a permanent redirect (301, 308) to an ok page | warning, unsafe fix |
| dead | 404, 410, a redirect loop or overlong chain, DNS failure, connection refused | error |
| blocked | 401, 403, 999 (publishers answering bots), 429 after the retry budget | warning |
| failed | 5xx, timeouts, resets and TLS errors after retries, other 4xx | warning |
| private | resolves to a private address and ``--allow-private`` is off | warning |
"""

from __future__ import annotations

import msgspec

OK = "ok"
MOVED = "moved"
DEAD = "dead"
BLOCKED = "blocked"
FAILED = "failed"
PRIVATE = "private"
KINDS = (OK, MOVED, DEAD, BLOCKED, FAILED, PRIVATE)

DEAD_STATUS = frozenset({404, 410})
BLOCKED_STATUS = frozenset({401, 403, 999})
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
PERMANENT_REDIRECT = frozenset({301, 308})
REDIRECT = frozenset({301, 302, 303, 307, 308})
# Statuses after which a HEAD answer is not trusted and the URL is asked again with GET.
HEAD_RETRY_WITH_GET = frozenset({400, 403, 404, 405, 406, 410, 500, 501, 999})

REASONS = {
    400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
    406: "Not Acceptable", 408: "Request Timeout", 410: "Gone", 429: "Too Many Requests", 451: "Unavailable For Legal Reasons",
    500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable",
    504: "Gateway Timeout", 999: "Request Denied",
}


class Result(msgspec.Struct):
    """The outcome for one URL (as fetched, without its fragment unless a fragment was checked)."""

    url: str
    kind: str
    status: int | None = None
    detail: str = ""  # the human part of the message
    final_url: str | None = None  # where permanent redirects lead (for ``moved``)
    cached: bool = False


def status_text(status: int) -> str:
    reason = REASONS.get(status)
    return f"{status} {reason}" if reason else str(status)


def classify_status(status: int, accept: frozenset[int] = frozenset()) -> str:
    """The outcome of a final (non-redirect) status."""
    if status in accept or 200 <= status < 300:
        return OK
    if status in DEAD_STATUS:
        return DEAD
    if status in BLOCKED_STATUS or status == 429:
        return BLOCKED
    return FAILED


def describe(result: Result) -> str:
    """The finding message for a result that is not ok."""
    k = result.kind
    if k == DEAD:
        return f"dead link: {result.detail}"
    if k == MOVED:
        return f"link moved permanently ({result.detail}) to {result.final_url}"
    if k == BLOCKED:
        return f"link not verifiable, the server refuses automated checks: {result.detail} (not counted as dead)"
    if k == PRIVATE:
        return f"link not checked: {result.detail} (pass --allow-private to check it)"
    return f"link check failed: {result.detail}"
