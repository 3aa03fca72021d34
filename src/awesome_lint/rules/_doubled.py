"""A short word typed twice, for AL027: `the the`, `is a a small library`, `aims to to be`,
`An An ImageNet replacement`. Only the small words of English grammar are read (articles,
prepositions, `and`, `is`): a name may be doubled on purpose (`Chen Chen`, `Yan Yan`), and
`that that` or `had had` can be right. Both words in one case, or a capital first that opens a
sentence (`A a .NET library`); not `Neater If and For for React` (a name, then the word)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..textutil import SpanIndex
from ._articles import _FOREIGN, _opens

_DOUBLED = re.compile(r"(?<![\w'’.\-/@#])(the|a|an|and|or|of|to|in|on|for|with|is|are|be|by|from|as|at|its)"
                      r"([ \t]+)(\1)(?![\w'’\-/@])", re.I)


def doubled_words(text: str, skip: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each second copy of a doubled word, with the blanks before it (the
    span a fix deletes), outside the spans ``skip`` (sorted: code, links' addresses, HTML).
    Linear in the text: the pattern has no backtracking beyond one word."""
    spans = None
    for m in _DOUBLED.finditer(text):
        first, second = m.group(1), m.group(3)
        if first != second and not (first[0].isupper() and first[1:] == second[1:] and second[0].islower()):
            continue  # `For for`, `THE the`: two words, not one typed twice
        line_start = text.rfind("\n", 0, m.start()) + 1
        if first != second and not _opens(text, line_start, m.start()):
            continue  # `… If and For for React`: a name inside a sentence, then the word
        line_end = text.find("\n", m.end())
        if _FOREIGN.search(text, line_start, len(text) if line_end < 0 else line_end):
            continue  # `a a` is no slip in every language
        if spans is None:
            spans = SpanIndex(skip)
        if spans.overlaps(m.start(), m.end()):
            continue
        yield m.start(2), m.end(3), second
