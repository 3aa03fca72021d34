"""Crossref's REST API (``/works?filter=doi:A,doi:B``: many DOIs in one request).

A retraction is read from ``updated-by`` (the original work's record lists the notices that
update it; ``type`` ``retraction``, ``withdrawal`` or ``removal``) and from ``update-to`` (the
record is itself a notice retracting another work).
"""

from __future__ import annotations

import json
import re

from .records import LookupFailed, Paper, plain

BATCH = 50  # DOIs per request (one filter; Crossref answers up to `rows` items)
RETRACTING = frozenset({"retraction", "withdrawal", "removal", "partial_retraction"})
_RETRACTED_TITLE = re.compile(r"^\s*(?:retracted(?: article)?|withdrawn)\s*[:\-–]", re.I)
_ACRONYM = re.compile(r"\(([A-Za-z][A-Za-z0-9&\-]{1,15})\)")


def params(dois: list[str], mailto: str) -> dict:
    p = {"filter": ",".join("doi:" + d for d in dois), "rows": str(len(dois))}
    if mailto:
        p["mailto"] = mailto
    return p


def _first(value) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    return plain(value) if isinstance(value, str) else ""


def _year(item: dict) -> int | None:
    for field in ("issued", "published", "published-print", "published-online"):
        parts = (item.get(field) or {}).get("date-parts") if isinstance(item.get(field), dict) else None
        if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
            y = parts[0][0]
            if isinstance(y, int) and 1000 <= y <= 9999:
                return y
    return None


def _retraction(item: dict) -> str:
    for field, how in (("updated-by", "retracted by"), ("update-to", "is a notice retracting")):
        updates = item.get(field)
        if not isinstance(updates, list):
            continue
        for u in updates:
            if isinstance(u, dict) and str(u.get("type", "")).lower() in RETRACTING:
                return plain(f"{u.get('type')}: {how} {u.get('DOI', 'another record')}", 200)
    title = _first(item.get("title"))
    if _RETRACTED_TITLE.match(title):
        return "the title says it is retracted"
    return ""


def parse(body: bytes, asked: list[str]) -> dict[str, Paper]:
    """Records by ``doi:DOI`` (lower case) for every DOI asked."""
    try:
        data = json.loads(body)
        items = data["message"]["items"]
        if not isinstance(items, list):
            raise TypeError
    except (ValueError, KeyError, TypeError):
        raise LookupFailed("Crossref sent malformed data") from None
    wanted = {d.lower() for d in asked}
    out: dict[str, Paper] = {}
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("DOI"), str):
            continue
        doi = item["DOI"].lower()
        if doi not in wanted:
            continue
        venues = []
        event = item.get("event")
        if isinstance(event, dict) and isinstance(event.get("name"), str):
            venues.append(plain(event["name"], 200))
        for field in ("container-title", "short-container-title"):
            v = item.get(field)
            if isinstance(v, list):
                venues.extend(plain(x, 200) for x in v if isinstance(x, str))
        venues += [m.group(1) for v in list(venues) for m in _ACRONYM.finditer(v)]
        out["doi:" + doi] = Paper(key="doi:" + doi, source="Crossref", title=_first(item.get("title")),
                                  year=_year(item), venues=venues[:8], withdrawn=_retraction(item), doi=doi)
    for d in wanted:
        out.setdefault("doi:" + d, Paper(key="doi:" + d, source="Crossref", found=False, doi=d))
    return out
