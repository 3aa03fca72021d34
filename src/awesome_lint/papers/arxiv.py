"""The arXiv API (``/api/query?id_list=…``, an Atom feed; see arXiv's API user manual).

The feed is parsed with the standard library's ElementTree after refusing any document that
declares a DTD (``<!DOCTYPE`` or ``<!ENTITY``): arXiv's feeds never do, and without a DTD no
entity can be defined, so entity expansion (billion laughs) and external entities are impossible
whatever the parser would do with them; the only references left are XML's five predefined
entities and character references. That is the one guard defusedxml would add for this use, so
no dependency is taken for it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from .records import LookupFailed, Paper, plain

BATCH = 100  # ids per request (the manual pages results; 100 keeps the URL short)
ATOM = "{http://www.w3.org/2005/Atom}"
ARX = "{http://arxiv.org/schemas/atom}"
_ID = re.compile(r"arxiv\.org/abs/(.+?)(?:v\d+)?$", re.I)
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)
_WITHDRAWN = re.compile(r"\b(?:withdrawn|withdraw this (?:paper|submission|manuscript))\b", re.I)
_YEAR = re.compile(r"^(\d{4})-")


def params(ids: list[str]) -> dict:
    return {"id_list": ",".join(ids), "max_results": str(len(ids))}


def _text(el, tag: str) -> str:
    child = el.find(tag)
    return plain(child.text or "") if child is not None else ""


def parse(body: bytes, asked: list[str]) -> dict[str, Paper]:
    """Records by ``arxiv:ID`` for every id asked (``found`` False for those the feed lacks)."""
    if _DTD.search(body[:4096]) or _DTD.search(body):
        raise LookupFailed("arXiv sent XML with a DTD, refused")
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise LookupFailed(f"arXiv sent malformed XML ({exc})") from None
    if root.tag != ATOM + "feed":
        raise LookupFailed("arXiv's answer is not an Atom feed")
    wanted = {a.lower(): a for a in asked}
    out: dict[str, Paper] = {}
    for entry in root.iter(ATOM + "entry"):
        raw_id = _text(entry, ATOM + "id")
        if "api/errors" in raw_id:
            raise LookupFailed("arXiv refused the request: " + (_text(entry, ATOM + "summary") or "error")[:120])
        m = _ID.search(raw_id)
        if m is None:
            continue
        aid = m.group(1).lower()
        if aid not in wanted:
            continue
        title = _text(entry, ATOM + "title")
        if not title:
            continue  # arXiv answers an id it does not know with an empty entry
        published = _YEAR.match(_text(entry, ATOM + "published"))
        comment = _text(entry, ARX + "comment")
        summary = _text(entry, ATOM + "summary")
        withdrawn = ""
        if _WITHDRAWN.search(comment):
            withdrawn = comment
        elif _WITHDRAWN.search(summary[:300]):
            withdrawn = summary[:300]
        journal = _text(entry, ARX + "journal_ref")
        out["arxiv:" + aid] = Paper(
            key="arxiv:" + aid, source="arXiv", title=title, year=int(published.group(1)) if published else None,
            venues=[journal] if journal else [], withdrawn=withdrawn, doi=_text(entry, ARX + "doi").lower(), arxiv=aid)
    for a in wanted:
        out.setdefault("arxiv:" + a, Paper(key="arxiv:" + a, source="arXiv", found=False, arxiv=a))
    return out
