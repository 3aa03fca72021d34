"""Outcomes of a link check and how an HTTP status maps to one. Pure functions, no I/O.

| outcome | when | severity |
| --- | --- | --- |
| ok | 2xx, a status listed in ``accept``, temporary redirects to an ok page | none |
| moved | a permanent redirect (301, 308) to an ok page | warning, unsafe fix |
| dead | 404, 410, a redirect loop or overlong chain, DNS failure, connection refused, an unparsable URL | error |
| blocked | 401, 403, 999 (publishers answering bots), 429 after the retry budget | warning |
| failed | 5xx, timeouts, resets and TLS errors after retries, other 4xx, a bound reached (deadline, sizes, encodings) | warning |
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
    """The finding message for a result that is not ok. Its text came from a server or the cache:
    control characters are shown as escapes (:func:`~awesome_lint.links.untrusted.printable`)."""
    from .untrusted import printable

    k = result.kind
    detail = printable(str(result.detail))
    if k == DEAD:
        return f"dead link: {detail}"
    if k == MOVED:
        if not result.final_url:
            return f"link moved permanently ({detail})"
        return f"link moved permanently ({detail}) to {printable(result.final_url)}"
    if k == BLOCKED:
        return f"link not verifiable, the server refuses automated checks: {detail} (not counted as dead)"
    if k == PRIVATE:
        return f"link not checked: {detail} (pass --allow-private to check it)"
    return f"link check failed: {detail}"


def well_formed(result: Result) -> bool:
    """Whether a stored result (a cache row, an answer of the prefetch child) is one the checker
    could have made: a known outcome, a status code or none, text for its detail, and for a moved
    link a target that passes the same test as a fresh one. Anything else is not used."""
    from .untrusted import fix_target

    if result.kind not in KINDS or not isinstance(result.detail, str) or len(result.detail) > 2000:
        return False
    status = result.status
    if status is not None and (isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 999):
        return False
    if result.final_url is not None:
        if result.kind != MOVED or fix_target(result.final_url) != result.final_url:
            return False
    return True
