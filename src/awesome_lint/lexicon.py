"""Whether a lower-case word is an English word, for AL015's capital check and AL027's slips,
and how common a word is in English text, for AL027's typos no file writes right.

A description that starts with a lower-case word is a slip when the word is ordinary English
(`parse mimetypes.`, `background processing application ...`) and most likely a name in its own
case when it is not (`mpd`, `ttyrec`, `libyaml`). The word list is GCIDE's (the GNU edition of
Webster's 1913 and WordNet), shipped by the `english-words` package; it has no inflected forms, so
a word also counts when it is a listed word plus `s`, `es`, `ed`, `ing` or `ly` (`builds`,
`encoding`, `stitched`). Loaded on first need only (about 80 ms), never on a list whose
descriptions all start with a capital.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

_SUFFIXES = ("ing", "ed", "es", "s", "ly")


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    try:
        from english_words import get_english_words_set
    except ImportError:  # pragma: no cover - a declared dependency; degrade to "not a word"
        return frozenset()
    return frozenset(get_english_words_set(["gcide"], lower=True, alpha=True))


def is_english(word: str) -> bool:
    """``word`` (lower case, letters only) is an English word or a regular inflection of one."""
    if len(word) < 2 or not word.isalpha():
        return False
    words = _words()
    if word in words:
        return True
    return any(stem in words or stem + "e" in words or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in words)
               for stem in _stems(word, _SUFFIXES, 3))


def _stems(word: str, endings: tuple[str, ...], least: int) -> Iterator[str]:
    """``word`` without each of ``endings`` it has, where ``least`` letters at least remain."""
    for end in endings:
        if word.endswith(end) and len(word) - len(end) >= least:
            yield word[: -len(end)]


@lru_cache(maxsize=1)
def _frequency_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(every word, the common words) of the English frequency list `symspellpy` ships: 82,765
    words with their counts in Google Books (intersected with SCOWL; MIT licence). A common
    word occurs a million times or more (22,129 words). About 40 ms to read, on first need."""
    try:
        from importlib.resources import files

        data = (files("symspellpy") / "frequency_dictionary_en_82_765.txt").read_text(encoding="utf-8")
    except (ImportError, OSError):  # pragma: no cover - a declared dependency; degrade to "unknown"
        return frozenset(), frozenset()
    parts = data.split()
    words, counts = parts[0::2], parts[1::2]
    return frozenset(words), frozenset(w for w, c in zip(words, counts) if len(c) >= 7)


@lru_cache(maxsize=1)
def _misspelling_text() -> str:
    """codespell's list of common misspellings (`offical->official`, one a line), with a line
    break before the first. Only the data file is read (CC BY-SA 3.0, from English Wikipedia's
    list of common misspellings); the package's code is never imported. 5 ms to read."""
    try:
        from importlib.util import find_spec
        from pathlib import Path

        spec = find_spec("codespell_lib")  # finds the package without running it
        return "\n" + Path(next(iter(spec.submodule_search_locations)), "data", "dictionary.txt").read_text(encoding="utf-8")
    except (AttributeError, ImportError, OSError, StopIteration, TypeError):  # pragma: no cover - a declared dependency
        return ""


@lru_cache(maxsize=1)
def _misspellings() -> list[str]:
    """The list's lines for lower-case misspellings of seven letters or more, sorted, for a
    bisection (one string a line: half a table's memory; 25 ms, built once a run has asked for
    many words, see
    :func:`misspelling`)."""
    lines = sorted(line for line in _misspelling_text().splitlines()
                   if line[:1].islower() and line.find("->") >= _LOOKED_UP_LEAST)
    _misspelling_text.cache_clear()  # (the text is no longer searched: its megabyte is let go)
    return lines


_LOOKED_UP_LEAST = 7  # letters of the words AL027 looks up (a shorter one is too often a name)
_FOUND_BY_SEARCH = [0]  # words looked up in the text so far (a short list asks for about ten)
_SEARCH_MAX = 40  # then the sorted lines pay for themselves


@lru_cache(maxsize=4096)
def misspelling(word: str) -> tuple[str, ...]:
    """The words ``word`` (lower case, seven letters or more) is a common misspelling of, by
    codespell's list: one, or a few to choose from (`interation` is `iteration`, `interaction`
    or `integration`); each a single word. The first few words are searched for in the list's
    text (half a millisecond each), the rest by bisection in its sorted lines."""
    if len(word) < _LOOKED_UP_LEAST or not word.isalpha():
        return ()
    if _FOUND_BY_SEARCH[0] < _SEARCH_MAX:
        _FOUND_BY_SEARCH[0] += 1
        text = _misspelling_text()
        at = text.find(f"\n{word}->")
        if at < 0:
            return ()
        start = at + len(word) + 3
        end = text.find("\n", start)
        right = text[start:] if end < 0 else text[start:end]
    else:
        lines = _misspellings()
        key = f"{word}->"
        k = bisect_left(lines, key)
        if k == len(lines) or not lines[k].startswith(key):
            return ()
        right = lines[k][len(key):]
    return tuple(w for w in (x.strip() for x in right.split(",")) if w.isalpha() and w.islower())


# words of the trade the frequency list lacks, spelt so on purpose: the HTTP header's `Referer`,
# pytest's and Open Policy Agent's `conftest`; and the words the lists this tool reads write most
# that the list (books, British spellings) lacks, each in eight or more of the 68 lists of
# ../shared/corpus (session 37): everyday words there, so a slip of one is read as a typo
# (`Convlutional`), as a slip of a common English word is
_TRADE_WORDS = frozenset({
    "referer", "conftest",
    "dataset", "datasets", "convolutional", "denoising", "finetuning", "learnable", "tokenization", "tokenizer",
    "tokenizers", "inpainting", "interpretability", "explainability", "leaderboard", "performant", "customizable",
    "composable", "pluggable", "serverless", "runtime", "backend", "backends", "frontend", "middleware", "chatbot",
    "chatbots", "roadmap", "agentic", "natively", "minimalistic", "bioinformatics", "geolocation", "softmax",
    "analyze", "analyzing", "analyzer", "catalog", "colorful", "favorite", "neighbors",
})


def known_word(word: str) -> bool:
    """``word`` (lower case) is in the English frequency list: a word of the language or of a
    trade (`backend`, `refactor`), not a typo of one."""
    return word in _frequency_lists()[0] or word in _TRADE_WORDS


def trade_word(word: str) -> bool:
    """``word`` (lower case) is one of the trade's everyday words the frequency list lacks."""
    return word in _TRADE_WORDS


def common_word(word: str) -> bool:
    """``word`` (lower case) occurs a million times or more in the frequency list's books, or is
    one of the trade's everyday words."""
    return word in _frequency_lists()[1] or word in _TRADE_WORDS


_PREFIXES = ("re", "pre", "pro", "un", "non", "co", "eco", "multi", "sub", "super", "inter", "over", "under",
             "micro", "macro", "auto", "bi", "tri", "mono", "poly", "semi", "anti", "de", "dis", "mis", "post",
             "hyper", "meta", "trans", "ultra", "mid", "self")


def coined(word: str) -> bool:
    """``word`` (lower case) is a prefix and a word of the frequency list (`retrains`,
    `multipole`, `proactor`), or such a word and an ending (`servoing`, `torchies`): a form of the
    trade the list lacks, not a typo of another word."""
    if any(word.startswith(p) and len(word) - len(p) >= 4 and known_word(word[len(p):]) for p in _PREFIXES):
        return True
    return any(known_word(stem) or known_word(stem + "e") for stem in _stems(word, ("ing", "ies", "ed", "es", "er", "s"), 4))
