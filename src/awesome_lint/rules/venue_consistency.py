"""AL005's list-wide check: one paper, one venue and year.

A paper listed twice (a model table and a benchmark table, a second taxonomy) is often given
its venue in one place and left at `arXiv` in the other, or given two venues. Two entries are
the same paper only when they link the same arXiv id, DOI or OpenReview id and their titles
agree (titles alone are not enough: a model and its paper share names); the later entry whose
venue or year differs is reported, naming the earlier one. Two entries of one list or table, or
with different titles, are AL003's (a duplicate, a copy-paste slip): one finding per fault.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..titles import head_key, title_key
from ..urls import describe_key, is_strong, url_key



def _ids(entry) -> set[str]:
    return {k for k in (url_key(link.url) for link in entry.links if not link.is_image and link.url.strip())
            if is_strong(k)}


def _venue(parsed) -> tuple[str, int | None, bool] | None:
    """(venue, year, preprint) as the registry reads a tag; None when the venue is unknown."""
    match = getattr(parsed, "match", None)
    if match is None:
        return None
    venue = match.canonical + (" Workshop" if parsed.workshop else "")
    return venue, parsed.year, match.kind == "preprint"


def _titles_agree(a, b) -> bool:
    ka, kb = title_key(a.title or ""), title_key(b.title or "")
    if len(ka) < 4 or len(kb) < 4:
        return False
    if ka == kb:
        return True
    ha, hb = head_key(a.title or ""), head_key(b.title or "")
    return len(ha) >= 4 and ha == hb  # "VideoChat: Chat-Centric …" / "VideoChat"


def _shown(v: tuple[str, int | None, bool]) -> str:
    return f"{v[0]} {v[1]}" if v[1] else v[0]


def conflicts(items: Iterable) -> Iterator[tuple[object, object, str, str]]:
    """(later item, earlier item, what they share, why) for each later entry whose venue or
    year contradicts an earlier entry of the same paper. ``items`` are AL005's parsed tags in
    file order (``.entry``, ``.parsed``)."""
    first: dict[str, tuple[object, tuple[str, int | None, bool]]] = {}
    for item in items:
        v = _venue(item.parsed)
        if v is None:
            continue
        ids = _ids(item.entry)
        hit = next(((k, first[k]) for k in sorted(ids) if k in first), None)
        for k in ids:
            first.setdefault(k, (item, v))
        if hit is None:
            continue
        key, (other, w) = hit
        if other.entry is item.entry or other.entry.container is item.entry.container:
            continue  # a repeat within one list or table: AL003 reports it
        if not _titles_agree(item.entry, other.entry):
            continue  # another title on the same id: AL003's copy-paste slip
        same_venue = v[0] == w[0]
        if same_venue and (v[1] == w[1] or v[1] is None or w[1] is None):
            continue
        if v[2] and w[2]:
            continue  # two preprint tags (arXiv 2023, arXiv 2024): a revision's year, not a venue
        shared = describe_key(key)
        why = f"{_shown(v)} here, {_shown(w)} at line {other.entry.line}"
        if v[2] != w[2]:
            why += " (the preprint tag is the stale one)"
        yield item, other, shared, why
