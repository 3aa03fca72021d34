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
# what may stand right before a capital `A` that opens a sentence, a description or a cell
_OPENERS = set("-*+|[(:.!?>\"“—–#")
_NOT_VOWEL_SOUND = ("one", "once", "eu", "ewe")
# words no article goes before (`maps a onto b`: `a` is a variable there)
_NO_NOUN = frozenset("into onto upon over also else even ever only until unless after against along across "
                     "around among each either above below under again".split())
_FOREIGN = re.compile(r"[À-ÖØ-öø-ÿĀ-ž]")  # `a interface`, `a aplicação`: Portuguese, Italian … say `a`


def wrong_articles(text: str, skip: list[tuple[int, int]]) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, the article to write, the word after it) for each article the next word's
    first letter contradicts, outside the spans ``skip`` (sorted: code, links' addresses, HTML).
    Linear in the text: each line's bounds and letters are read once."""
    if not any(s in text for s in ("a ", "A ", "an ", "An ")):
        return
    spans = SpanIndex(skip)
    line_start = line_end = -1
    foreign = False
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
        if m.start() >= line_end:  # a new line: its bounds and its letters, once
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            foreign = _FOREIGN.search(text, line_start, line_end) is not None
        if foreign:
            continue
        if article[0] == "A" and not _opens(text, line_start, m.start()):
            continue
        if spans.overlaps(m.start(), m.end()):
            continue
        yield m.start(1), m.end(1), want, word


def _opens(text: str, line_start: int, at: int) -> bool:
    """Whether a capital `A` at ``at`` opens a sentence, a description, a cell or a paragraph
    (`Command A interleaves`, `Lee A et al.`: a name or a variable inside a sentence)."""
    j = at
    while j > line_start and text[j - 1] in " \t":
        j -= 1
    if j == line_start:  # a line's start: a paragraph's only (a wrapped sentence goes on there)
        return line_start == 0 or text[max(0, line_start - 2):line_start - 1] in ("\n", "")
    return text[j - 1] in _OPENERS or text[max(line_start, j - 2):j] in ("**", "__")
