"""OpenReview's API (v2, ``/notes?id=ID``: one note per request; its API has no documented
batch look-up by id). A note's ``content`` fields are ``{"value": …}`` objects in API v2 and
plain values in notes made under API v1; both are read. ``venue`` says what became of a
submission: ``ICLR 2023 poster`` (published), ``Submitted to ICLR 2023`` (under review or
rejected), ``ICLR 2023 Conference Withdrawn Submission``."""

from __future__ import annotations

import json
import re

from .records import LookupFailed, Paper, plain

_UNPUBLISHED = re.compile(r"^\s*(?:submitted to|under review|desk[ -]rejected)\b|withdrawn|rejected", re.I)


def params(note_id: str) -> dict:
    return {"id": note_id}


def _value(content: dict, field: str) -> str:
    v = content.get(field)
    if isinstance(v, dict):
        v = v.get("value")
    return plain(v) if isinstance(v, str) else ""


def parse(body: bytes, note_id: str) -> dict[str, Paper]:
    key = "openreview:" + note_id
    try:
        data = json.loads(body)
        notes = data["notes"]
        if not isinstance(notes, list):
            raise TypeError
    except (ValueError, KeyError, TypeError):
        raise LookupFailed("OpenReview sent malformed data") from None
    note = next((n for n in notes if isinstance(n, dict) and n.get("id") == note_id), None)
    if note is None or not isinstance(note.get("content"), dict):
        return {key: Paper(key=key, source="OpenReview", found=False)}
    content = note["content"]
    venue = _value(content, "venue")
    status = venue if venue and _UNPUBLISHED.search(venue) else ""
    year = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", venue or _value(content, "venueid"))
    return {key: Paper(key=key, source="OpenReview", title=_value(content, "title"),
                       year=int(year.group()) if year else None, venues=[] if status or not venue else [venue],
                       status=status)}
