"""The style vote: which choice most of a file's (or a list's) entries share.

AL005 (venue-format), AL011 (link-label) and AL015 (entry-style) learn a file's style from its
entries and report those that depart from it. They vote the same way, with :func:`dominant`;
what differs is how clear a win each asks for, which each rule sets (and AL015 lets users set).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping

__all__ = ["dominant"]


def dominant(counts: Mapping[Hashable, int], *, min_total: int = 1, min_votes: int = 1,
             share: float = 0.0, lead: float = 0.0) -> tuple[Hashable, int] | None:
    """The winning choice and its count, or None when no choice wins clearly enough.

    The one rule: the choices are ranked by count (ties in the order the mapping gives them,
    as ``Counter.most_common`` does); the first wins when there are at least ``min_total``
    observations, it has at least ``min_votes`` of them and at least ``share`` of them, and at
    least ``lead`` times as many as the runner-up. AL005: ``min_total=3, share=2/3``; AL011:
    ``min_votes=3, lead=2``; AL015: ``min_total=10, share=0.8`` (its options)."""
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    top, n = ranked[0]
    total = sum(counts.values())
    second = ranked[1][1] if len(ranked) > 1 else 0
    if total < min_total or n < min_votes or n < share * total or n < lead * second:
        return None
    return top, n
