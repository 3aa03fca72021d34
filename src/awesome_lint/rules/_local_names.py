"""The names a file itself writes with capitals inside (`ChatGLM`, `PubMed`, `LiDAR`), for AL018.

The registry knows a few dozen famous names; a paper list names hundreds of models, data sets and
companies the registry cannot know. The file knows them: a list that writes `ChatGLM` eleven
times and `chatglm` once has slipped once. A name counts when it is written at least twice with
a capital after a lower-case letter or a capital pair before one (`GitHub`, `LLaMA`), never as an
English word (`DataSets` is no name to impose on `datasets`), and when no other spelling with
capitals inside competes with it.
"""

from __future__ import annotations

import re
from collections import Counter

from ..textutil import WORD

# a word with a hump: a lower-case letter then a capital (`GitHub`, `iPhone`) or two capitals then
# a lower-case letter (`LLaMA`, `MViT`); not part of a path, a host, a handle or a hyphenated word
_HUMPED = re.compile(rf"(?<![./@#-])(?<!{WORD})[A-Za-z][A-Za-z0-9]*?(?:[a-z][A-Z]|[A-Z][A-Z][a-z])[A-Za-z0-9]*(?![/@#-]|\.\w)(?!{WORD})")
MIN_USES = 2
# words of the trade that GCIDE (1913 and WordNet) is too old to list: common nouns, whatever
# capitals one file gives them (`DataSets` in a heading is no name to impose on `datasets`)
_TRADE_WORDS = frozenset({"dataset", "datasets", "filesystem", "filesystems", "dataframe", "dataframes",
                          "codebase", "codebases", "webpage", "webpages", "metadata", "username", "timestamp"})


def local_names(text: str, known: set[str], rivals: set[str] | None = None) -> dict[str, int]:
    """Each humped name of the text (not one of ``known``, casefolded) with how often it is
    written exactly so (:func:`common_word` tells which are words, not names). A name written
    two humped ways (`LLaMA`, `LLama`) keeps neither, the file having no one spelling to hold a
    slip against, unless one spelling is at least 8 times as common as the others together (and
    written 8 times): then the others are its slips (`LLaMa` once beside `LLaMA` 68 times)."""
    counts = Counter(m.group() for m in _HUMPED.finditer(text))
    by_fold: dict[str, list[str]] = {}
    for word in counts:
        by_fold.setdefault(word.casefold(), []).append(word)
    names: dict[str, int] = {}
    rivals = set() if rivals is None else rivals  # filled with the outvoted humped spellings
    for fold, words in by_fold.items():
        if fold in known or len(fold) < 4:
            continue
        word = max(words, key=counts.__getitem__)
        others = sum(counts[w] for w in words) - counts[word]
        if others and (counts[word] < 8 or counts[word] < 8 * others):
            continue  # no one spelling clearly the file's own
        rivals.update(w for w in words if w != word)
        if counts[word] >= MIN_USES and fold not in _TRADE_WORDS:
            names[word] = counts[word]
    return names


def common_word(name: str) -> bool:
    """The name is an English word whatever its capitals (`DataSet`): asked only of names the
    file writes two ways, since the word list costs tens of milliseconds to load."""
    from ..lexicon import is_english

    fold = name.casefold()
    return fold.isalpha() and is_english(fold)
