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

_ARTICLE = re.compile(r"(?<![\w'’.\-/@#])(a|an|A|An)[ \t]+([a-z]{4,})(?![\w'’@/])")
# where a sentence, a description or a cell starts: a capital `A` there is the article
_OPENS = re.compile(r"(?:^|[-*+|\[(:.!?>\"“—–]|\*\*|__|\d[.)])[ \t]*\Z")
_NOT_VOWEL_SOUND = ("one", "once", "eu", "ewe", "uni", "use", "usu", "ut")
_FOREIGN = re.compile(r"[À-ÖØ-öø-ÿĀ-ž]")  # `a interface`, `a aplicação`: Portuguese, Italian … say `a`


def wrong_articles(text: str, skip: list[tuple[int, int]]) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, the article to write, the word after it) for each article the next word's first letter
    contradicts, outside the spans ``skip`` (sorted: code, links' addresses, HTML)."""
    if " a" not in text and "A " not in text:
        return
    spans = SpanIndex(skip)
    for m in _ARTICLE.finditer(text):
        article, word = m.group(1), m.group(2)
        first = word[0]
        if article.lower() == "a":
            if first not in "aeio" or word.startswith(_NOT_VOWEL_SOUND):
                continue
            want = article + "n"
        else:
            if first in "aeiouhxy":
                continue
            want = article[:-1]
        if not (common_word(word) or known_word(word)):
            continue
        if article[0] == "A":
            line_start = text.rfind("\n", 0, m.start()) + 1
            if not _OPENS.search(text, line_start, m.start()):
                continue
        if spans.overlaps(m.start(), m.end()):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if _FOREIGN.search(text, line_start, line_end if line_end >= 0 else len(text)):
            continue
        yield m.start(1), m.end(1), want, word
