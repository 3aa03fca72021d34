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

# a word with a hump: a lower-case letter then a capital (`GitHub`, `iPhone`) or two capitals then
# a lower-case letter (`LLaMA`, `MViT`); not part of a path, a host, a handle or a hyphenated word
_HUMPED = re.compile(r"(?<![\w./@#-])[A-Za-z][A-Za-z0-9]*?(?:[a-z][A-Z]|[A-Z][A-Z][a-z])[A-Za-z0-9]*(?![\w/@#-]|\.\w)")
MIN_USES = 2
# words of the trade that GCIDE (1913 and WordNet) is too old to list: common nouns, whatever
# capitals one file gives them (`DataSets` in a heading is no name to impose on `datasets`)
_TRADE_WORDS = frozenset({"dataset", "datasets", "filesystem", "filesystems", "dataframe", "dataframes",
                          "codebase", "codebases", "webpage", "webpages", "metadata", "username", "timestamp"})


def local_names(text: str, known: set[str]) -> dict[str, int]:
    """Each humped name of the text (not one of ``known``, casefolded) with how often it is
    written exactly so (:func:`common_word` tells which are words, not names); a name written two humped ways (`LLaMA`, `LLama`) keeps neither: the
    file has no one spelling to hold a slip against."""
    counts = Counter(m.group() for m in _HUMPED.finditer(text))
    by_fold: dict[str, list[str]] = {}
    for word in counts:
        by_fold.setdefault(word.casefold(), []).append(word)
    names: dict[str, int] = {}
    for fold, words in by_fold.items():
        if len(words) != 1 or fold in known or len(fold) < 4:
            continue
        word = words[0]
        if counts[word] >= MIN_USES and fold not in _TRADE_WORDS:
            names[word] = counts[word]
    return names


def common_word(name: str) -> bool:
    """The name is an English word whatever its capitals (`DataSet`): asked only of names the
    file writes two ways, since the word list costs tens of milliseconds to load."""
    from ..lexicon import is_english

    fold = name.casefold()
    return fold.isalpha() and is_english(fold)
