"""Near-identical titles (AL003's "possible duplicate"), found without comparing every pair.

Titles are grouped by cheap blocking keys and compared only within a group, to a window of
neighbours by length (:func:`near_pairs`); a pair is near-identical when rapidfuzz's Indel
similarity (``fuzz.ratio``) reaches the threshold, its numbers agree and every word that differs
is a small word or a typo (rapidfuzz's OSA distance, :func:`word_diff_ok`).

rapidfuzz costs ~12 ms to import, so it is imported when the first pair needs a score, not
before: pairs that the cheap checks (length, short words, numbers, a bound from the characters
the titles share) rule out never import it, and a list without candidates never gets here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

#: Near-identical titles: rapidfuzz ``fuzz.ratio`` (0-100) of the normalised titles, plus a word
#: check (see :func:`near_identical`). Tuned on the seeds and the 44 real lists: every pair the
#: word check accepts scores 97-99.5 ("Casual"/"Causal Inference for Data Science",
#: "judgment"/"judgement"); the ratio alone also passes 30 distinct pairs scoring 95-99
#: ("Part I"/"Part II", "Decoder-Only"/"Encoder-Only", "Qwen2-VL"/"Qwen2.5-VL"), which the
#: numbers and word checks reject.
THRESHOLD = 90.0
WINDOW = 24  # in a large block, compare each title with this many neighbours by length
_DIGITS = re.compile(r"\d+")
COMPARED = [0]  # pairs of titles looked at, for tests of how the work grows
_ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"}
_STOP = {"a", "an", "the", "of", "for", "in", "on", "with", "and", "via", "to", "by", "from", "at",
         "using", "based", "is", "are", "towards", "toward", "through"}


def content_words(words: str) -> list[str]:
    """A title's words (:func:`titles.title_words`) without its small words, sorted: two titles
    with equal content words differ only in `on`/`for`/`the`…"""
    return sorted(w for w in words.split() if w not in _STOP)


def near_pairs(titles: list[str], threshold: float = THRESHOLD) -> list[tuple[int, int, float]]:
    """Pairs (i, j, score) of near-identical titles (``fuzz.ratio`` >= threshold), without
    comparing every pair: titles are grouped by cheap blocking keys (their first three words,
    their last three words, and their two rarest words), and compared only within a group, to
    at most ``WINDOW`` neighbours by length in a large group. Near-identical titles differ in
    a character or a word, so they share at least one key. Numbers must agree ("GPT-3" is not
    "GPT-4"), and so must Roman numerals.
    """
    # The titles are split into words again where needed rather than kept split: a list of
    # word strings per title took ~9 MB, twice the titles, on a 5 MB list.
    df: Counter[str] = Counter()
    for t in titles:
        df.update(set(t.split()))
    blocks: dict[str, list[int]] = {}
    for i, t in enumerate(titles):
        ws = t.split()
        if not ws:
            continue
        keys = {"p:" + " ".join(ws[:3]), "s:" + " ".join(ws[-3:])}
        for w in sorted(sorted(set(ws)), key=df.__getitem__)[:2]:
            if df[w] > 1:  # a word of one title makes a block of one, never compared
                keys.add("r:" + w)
        for k in keys:
            blocks.setdefault(k, []).append(i)
    del df
    todo = _block_pairs(blocks.values(), [len(t) for t in titles], threshold)
    del blocks
    out: list[tuple[int, int, float]] = []
    marks: dict[int, tuple] = {}
    ratio = None
    for i, j in todo:
        COMPARED[0] += 1
        a, b = titles[i], titles[j]
        if short_word_differs(a, b):
            continue  # fails word_diff_ok below; a test of word sets costs a sixth of a ratio
        if i not in marks:
            marks[i] = _marks(a.split())
        if j not in marks:
            marks[j] = _marks(b.split())
        if marks[i] != marks[j]:
            continue  # "Paper 12" and "Paper 13": two papers, whatever the similarity
        if ratio is None:
            if not may_reach(a, b, threshold):
                continue  # an upper bound of the score, to put off importing rapidfuzz
            ratio = _ratio()
        score = ratio(a, b, score_cutoff=threshold)
        if not score or not word_diff_ok(a.split(), b.split()):
            continue
        out.append((i, j, score))
    return out


def _block_pairs(blocks, lens: list[int], threshold: float) -> Iterator[tuple[int, int]]:
    """The pairs (i, j), i < j, to compare, each once: in each block, each title and its next
    ``WINDOW`` titles by length, while the length difference alone does not rule out the
    threshold. The pairs are made title by title as they are compared (a list of them, with
    the set that kept them unique, took ~100 MB for the 56,000 similar titles of a generated
    10 MB list). Every block orders its titles by (length, index), so a pair is always made from
    its first title, and that title's own set of partners is all it takes to give each pair
    once."""
    slack = 1.0 - threshold / 100.0
    ordered: list[list[int]] = []
    where: list[list[int]] = [[] for _ in lens]  # per title: (block, position) pairs, flattened
    for members in blocks:
        if len(members) < 2:
            continue
        members = sorted(members, key=lens.__getitem__)
        b = len(ordered)
        ordered.append(members)
        for x, i in enumerate(members):
            where[i] += (b, x)

    def pairs() -> Iterator[tuple[int, int]]:
        for i, at in enumerate(where):
            li = lens[i]
            partners: set[int] = set()
            for k in range(0, len(at), 2):
                members, x = ordered[at[k]], at[k + 1]
                for y in range(x + 1, min(len(members), x + 1 + WINDOW)):
                    j = members[y]
                    lj = lens[j]
                    if lj - li > slack * (li + lj):
                        break
                    if j not in partners:
                        partners.add(j)
                        yield (i, j) if i < j else (j, i)

    return pairs()



def _ratio():
    """``fuzz.ratio``: rapidfuzz's normalised Indel similarity, 0-100, or 0 below the cutoff."""
    from rapidfuzz.distance import Indel

    similarity = Indel.normalized_similarity

    def ratio(a: str, b: str, score_cutoff: float = 0.0) -> float:
        # the cutoff is applied to the percentage, as fuzz.ratio does (a cutoff of 0.85 given to
        # Indel itself drops a pair scoring exactly 85.0 by a rounding error)
        score = similarity(a, b) * 100
        return score if score >= score_cutoff else 0.0

    return ratio


def may_reach(a: str, b: str, threshold: float) -> bool:
    """The Indel similarity of ``a`` and ``b`` can reach ``threshold``: their longest common
    subsequence is at most the characters they share (as multisets), which bounds the score
    from above. A cheap test that keeps most unrelated pairs from importing rapidfuzz."""
    lensum = len(a) + len(b)
    if not lensum:
        return True
    ca = Counter(a)
    ca.subtract(b)
    unshared = sum(abs(n) for n in ca.values())  # characters of one title the other lacks
    return (lensum - unshared) / lensum * 100 >= threshold - 1e-9


def word_diff_ok(a: list[str], b: list[str]) -> bool:
    """Titles that differ only by small words or by typos: every word of one that the other
    lacks is a stop word ("a", "the", "for"…) or pairs with a word of the other at most one
    edit (two for long words) away, with transpositions counted as one ("Casual"/"Causal",
    "Model"/"Models"). "Decoder-Only"/"Encoder-Only" and "Qwen2.5"/"Qwen2.5-VL" differ in a
    word and are two papers."""
    sa, sb = set(a), set(b)
    if len(sa) == len(a) and len(sb) == len(b):  # no repeated word (nearly always): sets will do
        only_a = [w for w in a if w not in sb and w not in _STOP]
        only_b = [w for w in b if w not in sa and w not in _STOP]
    else:
        ca, cb = Counter(a), Counter(b)
        only_a = [w for w in (ca - cb).elements() if w not in _STOP]
        only_b = [w for w in (cb - ca).elements() if w not in _STOP]
    if len(only_a) != len(only_b):
        return False
    if not only_a:
        return True
    from rapidfuzz.distance import OSA

    for w in only_a:
        best = None
        for v in only_b:
            if len(w) < 4 or len(v) < 4:
                continue
            limit = 2 if min(len(w), len(v)) >= 8 else 1
            if OSA.distance(w, v, score_cutoff=limit) <= limit:
                best = v
                break
        if best is None:
            return False
        only_b.remove(best)
    return True


def short_word_differs(a: str, b: str) -> bool:
    """A word of fewer than 4 letters, not a stop word, is in one title only: then
    :func:`word_diff_ok` is false (such a word can pair with no typo), whatever the similarity.
    Rules out most compared pairs (six in ten on the seeds) before the costlier similarity."""
    return any(len(w) < 4 for w in set(a.split()).symmetric_difference(b.split()) if w not in _STOP)


def near_identical(a: str, b: str, threshold: float = THRESHOLD) -> float | None:
    """The similarity (0-100) of two titles (as ``titles.title_words``) when they are nearly
    identical: ``fuzz.ratio`` >= threshold, the same numbers, and only small or misspelt words
    differ; else None."""
    ta, tb = a.split(), b.split()
    if _marks(ta) != _marks(tb) or not may_reach(a, b, threshold):
        return None
    score = _ratio()(a, b, score_cutoff=threshold)
    if not score or not word_diff_ok(ta, tb):
        return None
    return score


def _marks(words: list[str]) -> tuple:
    """Numbers and Roman numerals of a title: two titles that differ in them are two papers."""
    return (tuple(sorted(_DIGITS.findall(" ".join(words)))), tuple(sorted(w for w in words if w in _ROMAN)))
