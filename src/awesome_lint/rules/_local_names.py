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
# two capitals and then lower case (`ESlint`, `PYtorch`): the shift key held a letter too long,
# counted beside the humped spellings of the name so that the file's own (`ESLint`) outvotes it;
# never a name of its own (`MRuby` three times is no reason to write `mruby`, its own spelling, so)
_SHIFT_SLIP = re.compile(rf"(?<![./@#-])(?<!{WORD})[A-Z]{{2}}[a-z]{{2,}}(?![/@#-]|\.\w)(?!{WORD})")
MIN_USES = 2
# words of the trade that GCIDE (1913 and WordNet) is too old to list: common nouns, whatever
# capitals one file gives them (`DataSets` in a heading is no name to impose on `datasets`; `a 3D
# lidar` beside `LiDAR`, an acronym become a noun, as radar and laser did)
_TRADE_WORDS = frozenset({"dataset", "datasets", "filesystem", "filesystems", "dataframe", "dataframes",
                          "codebase", "codebases", "webpage", "webpages", "metadata", "username", "timestamp",
                          "repos", "lidar", "lidars"})


def local_names(text: str, known: set[str], rivals: set[str] | None = None) -> dict[str, int]:
    """Each humped name of the text (not one of ``known``, casefolded) with how often it is
    written exactly so (:func:`common_word` tells which are words, not names). A name written
    two humped ways (`LLaMA`, `LLama`) keeps neither, the file having no one spelling to hold a
    slip against, unless one spelling is at least 8 times as common as the others together (and
    written 8 times): then the others are its slips (`LLaMa` once beside `LLaMA` 68 times)."""
    counts = Counter(m.group() for m in _HUMPED.finditer(text))
    humped = {w.casefold() for w in counts}
    counts.update(w for w in (m.group() for m in _SHIFT_SLIP.finditer(text)) if w.casefold() in humped)
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


# a capitalised word inside a sentence (after a lower-case word, a comma or a semicolon and a
# space, and before a lower-case word or a mark of prose), whose two words before are lower case
# too (`written in Scala`, `runs on Linux and`): a name, where the word is no English one. A title
# in Title Case capitalises its neighbours: `Generative Adversarial Networks` tells nothing.
_MID_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{3,}(?=[ ][a-z]|[.,;:)](?:[ \n]|$)|\n)")
_LOWER_TOKEN = re.compile(r"[a-z][\w'’-]*[,;]?")
# what may stand around a lower-case word of prose, as a whitespace-split token (`(linux)`,
# `linux,`); a token with a slash, a dot or a hyphen inside is a path, a host or a compound
_OPEN = ("", "(", "[", "*", "_", "`", '"')
_CLOSE = ("", ".", ",", ";", ":", ")", "]", "*", "_", "`", "!", "?", '"')
PLAIN_MIN_USES = 4
# endings of English nouns and forms, which a name seldom has: `Optimization`, `Affordance`,
# `Robotics`, `Embeddings` written capitalised in a list's prose are its topics, not names
_NOUN_ENDINGS = ("tion", "sion", "ance", "ence", "ment", "ness", "ity", "ics", "ing", "ings", "ism", "ogy",
                 "ive", "ical", "able", "ible")


def plain_names(text: str, known: set[str]) -> dict[str, int]:
    """Capitalised names the file writes inside sentences at least four times and in lower case
    at most a third as often (`Scala` six times, `scala` once): each with how often it is written
    so. Whether a name is an English word (`Helm`, `Electron`: `helm` and `electron` are words)
    is asked later, of the names a slip is found for. One pass for the capitalised words, one
    split for the lower-case ones (5 MB of text in about 0.2 s)."""
    at: dict[str, list[int]] = {}
    for m in _MID_CAPITAL.finditer(text):
        at.setdefault(m.group(), []).append(m.start())
    names: dict[str, int] = {}
    tokens: Counter | None = None
    for w, starts in at.items():
        if len(starts) < PLAIN_MIN_USES or w.casefold() in known or w.endswith(_NOUN_ENDINGS) or w.casefold() in _TRADE_WORDS:
            continue
        if tokens is None:
            tokens = Counter(text.split())
        low = w.lower()
        lows = _written(tokens, low)
        if not lows or lows * 3 > len(starts):
            continue
        mid = sum(1 for s in starts if _two_lower_before(text, s))
        if mid >= PLAIN_MIN_USES and lows * 3 <= mid:
            names[w] = _written(tokens, w)
    return names


# an acronym: three to eight capitals (a digit after the first allowed), a word of its own
_ACRONYM = re.compile(r"(?<![\w./@#-])[A-Z][A-Z0-9]{2,7}(?![\w/@#-]|\.\w)")
ACRONYM_MIN_USES = 5


def acronym_names(text: str, known: set[str]) -> dict[str, int]:
    """Acronyms the file writes in capitals at least five times and capitalised like a word
    (`Svg` for `SVG`, `Postech` for `POSTECH`) once or twice, and at most a fifth as often: each
    with how often it is written in capitals. Only the capitalised form is held against it (`svg` in lower case
    is a file's extension or a package's name as often as a slip)."""
    caps = Counter(m.group() for m in _ACRONYM.finditer(text))
    names: dict[str, int] = {}
    tokens: Counter | None = None
    for w, n in caps.items():
        if n < ACRONYM_MIN_USES or w.casefold() in known or not any(c.isalpha() for c in w[1:]):
            continue
        if tokens is None:
            tokens = Counter(text.split())
        titled = _written(tokens, w[0] + w[1:].lower())
        if 0 < titled <= 2 and titled * 5 <= n:  # (`Zsh` 20 times beside 478 `ZSH`: the name's own way, no slip)
            names[w] = n
    return names


def _written(tokens: Counter, word: str) -> int:
    """How often ``word`` stands alone as a token, bare or in brackets, quotes, emphasis or code,
    or before a mark of prose."""
    return sum(tokens[o + word + c] for o in _OPEN for c in _CLOSE)


def _two_lower_before(text: str, at: int) -> bool:
    words = text[max(0, at - 60):at].split()
    return len(words) >= 2 and all(_LOWER_TOKEN.fullmatch(x) for x in words[-2:])
