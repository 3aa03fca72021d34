"""Semantic Scholar's Academic Graph API: ``POST /paper/batch`` (up to 500 ids in one request,
arXiv ids as ``ARXIV:ID``) for the published version of a preprint, and ``/paper/search`` for a
title without a link.

Chosen over OpenAlex and DBLP because it merges a preprint with its published version in one
record (venue, its other names and the year, under the arXiv id the list already has), takes
500 ids in one request, and its search returns few, ranked candidates; DBLP has no batch
look-up, and OpenAlex often keeps the arXiv copy as a separate work.
"""

from __future__ import annotations

import json
import re

from .records import LookupFailed, Paper, plain

BATCH = 500
FIELDS = "title,venue,year,publicationVenue,journal,externalIds"
SEARCH_LIMIT = 5


def _venues(item: dict) -> list[str]:
    names = []
    if isinstance(item.get("venue"), str) and item["venue"]:
        names.append(item["venue"])
    pv = item.get("publicationVenue")
    if isinstance(pv, dict):
        if isinstance(pv.get("name"), str):
            names.append(pv["name"])
        alts = pv.get("alternate_names")
        if isinstance(alts, list):
            names.extend(a for a in alts if isinstance(a, str))
    journal = item.get("journal")
    if isinstance(journal, dict) and isinstance(journal.get("name"), str):
        names.append(journal["name"])
    return [n for n in dict.fromkeys(plain(n, 200) for n in names) if n][:12]


def _paper(item: dict, key: str) -> Paper:
    ext = item.get("externalIds") if isinstance(item.get("externalIds"), dict) else {}
    year = item.get("year")
    return Paper(key=key, source="Semantic Scholar", title=plain(str(item.get("title") or "")),
                 year=year if isinstance(year, int) and 1000 <= year <= 9999 else None, venues=_venues(item),
                 doi=plain(str(ext.get("DOI") or ""), 300).lower(), arxiv=plain(str(ext.get("ArXiv") or ""), 40).lower())


def batch_body(arxiv_ids: list[str]) -> dict:
    return {"ids": ["ARXIV:" + a for a in arxiv_ids]}


def parse_batch(body: bytes, asked: list[str]) -> dict[str, Paper]:
    """Published-version records by ``s2:arxiv:ID``; the answer is a list aligned with the ids
    asked (null where the paper is unknown)."""
    try:
        data = json.loads(body)
    except ValueError:
        raise LookupFailed("Semantic Scholar sent malformed data") from None
    if not isinstance(data, list) or len(data) != len(asked):
        raise LookupFailed("Semantic Scholar's answer does not match the ids asked")
    out = {}
    for aid, item in zip(asked, data):
        key = "s2:arxiv:" + aid
        out[key] = _paper(item, key) if isinstance(item, dict) else Paper(key=key, source="Semantic Scholar", found=False)
    return out


def search_params(title: str) -> dict:
    return {"query": re.sub(r"[^\w\s]", " ", title)[:300], "limit": str(SEARCH_LIMIT), "fields": FIELDS}


def parse_search(body: bytes, key: str) -> Paper:
    """The candidates of a title search, as one record holding them."""
    try:
        data = json.loads(body)
        items = data.get("data", [])
        if not isinstance(items, list):
            raise TypeError
    except (ValueError, TypeError, AttributeError):
        raise LookupFailed("Semantic Scholar sent malformed data") from None
    found = [_paper(i, key) for i in items[:SEARCH_LIMIT] if isinstance(i, dict)]
    return Paper(key=key, source="Semantic Scholar", candidates=found)
