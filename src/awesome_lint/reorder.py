"""Ordering helpers shared by the ordering rules (AL014 toc, AL016 entry-order).

``longest_run`` finds one longest ordered subsequence in n·log n; ``item_segments`` cuts a list
into the text of its items (continuation lines and nested lists included, trailing blank lines
excluded) so that a fix can move whole items while the gaps between them stay in place.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from .document import Document, ListItem


def longest_run(keys: Sequence[Any], strict: bool = False) -> list[int]:
    """Indexes of one longest non-decreasing (``strict``: increasing) subsequence of ``keys``.

    Patience sorting with back pointers: O(n log n). Among runs of equal length the one ending
    earliest in value is kept, so ties go to the entries already in place.
    """
    tails: list[Any] = []  # smallest tail value of a run of each length
    tail_idx: list[int] = []
    back: list[int] = [-1] * len(keys)
    search = bisect.bisect_left if strict else bisect.bisect_right
    for i, k in enumerate(keys):
        pos = search(tails, k)
        if pos == len(tails):
            tails.append(k)
            tail_idx.append(i)
        else:
            tails[pos] = k
            tail_idx[pos] = i
        back[i] = tail_idx[pos - 1] if pos else -1
    out: list[int] = []
    i = tail_idx[-1] if tail_idx else -1
    while i != -1:
        out.append(i)
        i = back[i]
    out.reverse()
    return out


def ordered_run(keys: Sequence[Any], descending: bool = False, keep_early: bool = False) -> list[int]:
    """Indexes (rising) of one longest run of ``keys`` in order (non-decreasing, or
    non-increasing when ``descending``). Among runs of equal length, ``keep_early`` keeps the
    earlier entries in the run (the later one of two swapped entries is left out: the one most
    likely appended); otherwise the later ones. Keys need only compare and hash."""
    n = len(keys)
    if not descending and not keep_early:
        return longest_run(keys)
    if descending and keep_early:
        return sorted(n - 1 - p for p in longest_run(list(reversed(keys))))
    rank = {v: i for i, v in enumerate(sorted(set(keys)))}
    if descending:  # keep the later entries: a rising run of the negated ranks, read forward
        return longest_run([-rank[k] for k in keys])
    # rising, keep the earlier entries: a rising run of the negated ranks, read backward
    return sorted(n - 1 - p for p in longest_run([-rank[k] for k in reversed(keys)]))


def prefix_runs(keys: Sequence[Any], descending: bool = False) -> list[int]:
    """``out[p]``: the length of a longest ordered run among the first ``p`` keys (patience
    sorting, read once: n·log n)."""
    rank = {v: i for i, v in enumerate(sorted(set(keys)))}
    tails: list[int] = []
    out = [0]
    for k in keys:
        r = -rank[k] if descending else rank[k]
        pos = bisect.bisect_right(tails, r)
        if pos == len(tails):
            tails.append(r)
        else:
            tails[pos] = r
        out.append(len(tails))
    return out


def item_segments(doc: Document, items: Sequence[ListItem]) -> list[tuple[int, int]] | None:
    """(start, end) offsets of each item's text: from the start of its first line to the end of
    its last non-blank line (continuation lines and nested lists included). None when an item
    does not begin its own line (``- - nested``) and so cannot be moved as lines."""
    out = []
    for k, item in enumerate(items):
        first = item.line
        prefix = doc.text[doc.line_starts[first - 1] : item.marker_start]
        if prefix.strip(" \t>"):
            return None
        last = items[k + 1].line - 1 if k + 1 < len(items) else item.end_line
        last = max(last, first)
        while last > first and not doc.line_text(last).strip(" \t>"):
            last -= 1
        out.append((doc.line_starts[first - 1], doc.line_end(last)))
    return out


def marker_number_span(doc: Document, item: ListItem) -> tuple[int, int]:
    """Offsets of the digits of an ordered item's marker."""
    return item.marker_start, item.marker_end - 1


def renumber_segment(text: str, seg_start: int, item: ListItem, doc: Document, number: str) -> str | None:
    """An item's segment text with its marker number replaced; continuation lines are shifted
    when the number's width changes. None when that cannot be done safely (block quotes)."""
    ns, ne = marker_number_span(doc, item)
    a, b = ns - seg_start, ne - seg_start
    old = text[a:b]
    if old == number:
        return text
    out = text[:a] + number + text[b:]
    delta = len(number) - len(old)
    if not delta or "\n" not in text:
        return out
    if item.block is not None and item.block.in_blockquote:
        return None
    indent = item.content_start - doc.line_starts[item.line - 1]
    lines = out.split("\n")
    for i in range(1, len(lines)):
        line = lines[i]
        if not line.strip():
            continue
        lead = len(line) - len(line.lstrip(" "))
        if lead < indent:
            continue
        lines[i] = " " * (lead + delta) + line.lstrip(" ") if delta > 0 else line[-delta:]
    return "\n".join(lines)


def rebuild(pieces: Sequence[str], gaps: Sequence[str], default_gap: str) -> str:
    """Join item texts with the original gaps in their places (extra slots get ``default_gap``)."""
    out = []
    for i, piece in enumerate(pieces):
        if i:
            out.append(gaps[i - 1] if i - 1 < len(gaps) else default_gap)
        out.append(piece)
    return "".join(out)


def gaps_of(doc: Document, segs: Sequence[tuple[int, int]]) -> list[str]:
    return [doc.text[segs[i][1] : segs[i + 1][0]] for i in range(len(segs) - 1)]
