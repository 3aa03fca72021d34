"""Small text helpers the rules share: shortening text for a message, finding an offset among
sorted spans, and folding case and accents. Standard library only; nothing is imported or
compiled until used."""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

__all__ = ["shorten", "in_spans", "SpanIndex", "strip_accents", "fold"]


def elsewhere(lines: tuple[int, ...] | list[int]) -> str:
    """The other lines of a house habit reported once, for its message: `here and in 3 more:
    lines 4, 9, 12` (five shown at most, then `…`)."""
    if not lines:
        return "all on this line"
    shown = ", ".join(map(str, lines[:5])) + (", …" if len(lines) > 5 else "")
    return f"here and in {len(lines)} more: line{'s' if len(lines) > 1 else ''} {shown}"


def shorten(text: str, width: int = 60, *, collapse: bool = True, code: bool = False) -> str:
    """``text`` in at most ``width`` characters for a message, cut with ``…``.

    ``collapse``: runs of white space become one space (else only line breaks become spaces,
    and other white space stays as written). ``code``: backticks become ``'``, for text shown
    inside a Markdown code span."""
    if collapse:
        text = " ".join(text.split())
    else:
        text = text.replace("\n", " ")
    if code:
        text = text.replace("`", "'")
    return text if len(text) <= width else text[: width - 1] + "…"


def in_spans(spans: list[tuple[int, int]], pos: int) -> bool:
    """``pos`` lies in one of ``spans``: ``(start, end)`` pairs, end exclusive, sorted and not
    overlapping (code spans, entries). One bisection; nothing to build first."""
    k = bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


class SpanIndex:
    """Spans that may nest or overlap (links inside links), built once for many lookups: their
    starts, sorted, and for each the furthest end reached so far."""

    __slots__ = ("starts", "reach")

    def __init__(self, spans: Iterable[tuple[int, int]], presorted: bool = False):
        spans = spans if presorted else sorted(spans)
        self.starts: list[int] = []
        self.reach: list[int] = []
        far = None
        for s, e in spans:
            far = e if far is None or e > far else far
            self.starts.append(s)
            self.reach.append(far)

    def __contains__(self, pos: int) -> bool:
        """``pos`` lies in a span (start inclusive, end exclusive)."""
        k = bisect_right(self.starts, pos) - 1
        return k >= 0 and self.reach[k] > pos

    def overlaps(self, start: int, end: int) -> bool:
        """A span starting before ``end`` reaches past ``start``."""
        k = bisect_left(self.starts, end)
        return bool(k) and self.reach[k - 1] > start


class _Combining(dict):
    """``str.translate`` table deleting combining marks, filled in as characters are seen (a
    C-speed lookup per character instead of a Python call)."""

    def __missing__(self, code: int):
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_NO_COMBINING = _Combining()


def strip_accents(text: str) -> str:
    """NFKD without combining marks (``Schrödinger`` -> ``Schrodinger``, ``ﬁ`` -> ``fi``); ASCII
    text is returned as it is."""
    if text.isascii():
        return text
    t = unicodedata.normalize("NFKD", text)
    return t if t.isascii() else t.translate(_NO_COMBINING)


def fold(text: str) -> str:
    """Case-folded and without accents: how titles are compared (AL003). ASCII takes a fast
    path (``lower``)."""
    if text.isascii():
        return text.lower()
    return strip_accents(text).casefold()


# A word character of a script written with spaces: CJK text runs its words together, so a
# Latin name inside it (`在Huggingface榜单`) is bounded by the ideographs around it. For regex
# lookarounds: (?<!WORD) and (?!WORD) where \b would see no boundary.
_CJK_RANGES = r"\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"  # CJK, kana, Hangul, full width
CJK = r"[" + _CJK_RANGES + r"]"
WORD = r"[^\W" + _CJK_RANGES + r"]"
