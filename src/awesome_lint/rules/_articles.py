"""The article before a word, for AL027: `a open-source tool`, `an sleek UI`. Read by the word's
first letter, which is safe only for English words of four letters or more: a vowel letter
after `a` (not `u`, `one`, `eu`: `a user`, `a one-shot`, `a European`), a consonant after `an`
(not `h`, `x` or `y`: `an hour`, `an x-ray`, `an yttrium` are all ways people write). Names,
acronyms (`an npm package`, `an SQL`), words of other languages and a capital `A` inside a
sentence (`Command A interleaves`, `Lee A et al.`: a name or a variable) are left alone."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon import common_word, known_word
from ..textutil import SpanIndex
from ._prose_lines import LineCursor

_ARTICLE = re.compile(r"(?<![\w'’.\-/@#])(a|an|A|An)[ \t]+([a-z]{4,})(?![\w'’@/])")
_NOT_VOWEL_SOUND = ("one", "once", "eu", "ewe")
# words no article goes before (`maps a onto b`: `a` is a variable there)
_NO_NOUN = frozenset("into onto upon over also else even ever only until unless after against along across "
                     "around among each either above below under again".split())


def wrong_articles(text: str, skip: list[tuple[int, int]]) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, the article to write, the word after it) for each article the next word's
    first letter contradicts, outside the spans ``skip`` (sorted: code, links' addresses, HTML).
    Linear in the text: each line's bounds and letters are read once."""
    if not any(s in text for s in ("a ", "A ", "an ", "An ")):
        return
    spans = SpanIndex(skip)
    line = LineCursor(text)
    for m in _ARTICLE.finditer(text):
        article, word = m.group(1), m.group(2)
        first = word[0]
        if article.lower() == "a":
            if first not in "aeio" or word.startswith(_NOT_VOWEL_SOUND) or word in _NO_NOUN:
                continue
            want = article + "n"
        else:
            if first in "aeiouhxy":
                continue
            want = article[:-1]
        if not (common_word(word) or known_word(word)):
            continue
        line.at(m.start())
        if line.foreign:
            continue
        if article[0] == "A" and not line.opens(m.start()):
            continue
        if spans.overlaps(m.start(), m.end()):
            continue
        yield m.start(1), m.end(1), want, word

