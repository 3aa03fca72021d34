"""A short word typed twice, for AL027: `the the`, `is a a small library`, `aims to to be`,
`An An ImageNet replacement`. Only small words of English grammar that are never right twice
are read (articles, `of`, `to`, `for`, `with`, `and` …; not `is is`, `in in`, `on on`, which can
be: `all it is is a wrapper`, `sign in in seconds`). Both words in one case, or a capital first
that opens a sentence (`A a .NET library`); not `If and For for React` (a name, then the word),
not two capitals `A A` (`by A A Milne`, `Vitamin A A study`), not a name in a list of names
(`Zhang Wei, An An, Li Ming`), not math (`$a a$`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..textutil import SpanIndex
from ._prose_lines import LineCursor

_DOUBLED = re.compile(r"(?<![\w'’.\-/@#])(the|a|an|and|of|to|for|with|from|by|its|are)"
                      r"([ \t]+)(\1)(?![\w'’\-/@])", re.I)


def doubled_words(text: str, skip: list[tuple[int, int]]) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, word, sure) of each second copy of a doubled word, with the blanks before it
    (the span a fix deletes), outside the spans ``skip`` (sorted: code, links' addresses, HTML);
    ``sure`` when the second is lower case (a capitalised pair may be a title's or a name). Linear in
    the text: each line's bounds and letters are read once."""
    spans = None
    line = LineCursor(text)
    odd_line = False
    for m in _DOUBLED.finditer(text):
        first, second = m.group(1), m.group(3)
        if first != second and not (first[0].isupper() and first[1:] == second[1:] and second[0].islower()):
            continue  # `For for`, `THE the`: two words, not one typed twice
        if len(first) == 1 and first.isupper() and second.isupper():
            continue  # `by A A Milne`, `Vitamin A A study`: initials and letters
        if line.at(m.start()):
            odd_line = line.foreign or "$" in text[line.start:line.end]
        if odd_line:
            continue  # `a a` is no slip in every language, nor in math
        if first != second and not line.opens(m.start()):
            continue  # `… If and For for React`: a name inside a sentence, then the word
        if first[0].isupper() and (text[m.end():m.end() + 1] == "," or text[max(0, m.start() - 2):m.start()] == ", "):
            continue  # `Zhang Wei, An An, Li Ming`: a name in a list of names
        if spans is None:
            spans = SpanIndex(skip)
        if spans.overlaps(m.start(), m.end()):
            continue
        yield m.start(2), m.end(3), second, second.islower()
