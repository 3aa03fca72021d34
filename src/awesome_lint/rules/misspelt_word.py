"""AL027 misspelt-word: a word the file writes right elsewhere, typed with two letters swapped
or one dropped. The file's own vocabulary is the reference, and only slips that are no English
word are read (see the class docstring)."""

from __future__ import annotations

import re
from urllib.parse import unquote
from collections import Counter, defaultdict
from collections.abc import Iterator

from ..document import Document, github_slug
from ..lexicon import coined, common_word, known_word, misspelling, trade_word
from ..model import WARNING, Edit, Finding, Fix
from ._articles import wrong_articles
from ._hyphen_space import broken_compounds
from ._doubled import doubled_words
from .base import FIX_SOMETIMES, Option, Rule

# a word of seven letters or more, not part of an address, a path, a handle or an identifier
_WORD = re.compile(r"(?<![\w./@#~$\\+=:%&])[A-Za-z]{7,}(?![\w/@+=\\%&]|\.\w)")
# (an address ends at a quote or an angle bracket: `<a href="https://…">Continous 2D</a>` is
# an address, then the link's words, which are read)
_BARE_URL = re.compile(r"(?:https?|ftp)://[^\s\"<>]+|www\.[^\s\"<>]+")
_HTML = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>\n]*>", re.S)
_RARE = 2  # a slip occurs at most twice,
_RARE_SWAMPED = 4  # or up to four times where the right word is twenty times as common
_SWAMPED = 20  # (`unoffical` 3 times in labels beside `unofficial` 92 times: one pasted slip)
_LISTED_MAX = 4  # a listed misspelling a file writes up to four times (`Offical code`)
_LONG = 11  # letters of a typo read against every dictionary word, not only the common ones
_COMMON = 5  # the right word at least five times, five times as often, twice in lower case
_MAX_WORDS = 500_000  # words counted per file (a bound on hostile input)
# a short word of a title glued to the capitalised word after it (`andExperimental`, `inLanguage`,
# `forSynthetic-to-Real`): a space lost when the title was pasted
_GLUED = re.compile(r"(and|of|in|for|with|the|to|on|via|from|by|into|towards|using|through|under|over|without)"
                    r"([A-Z][a-z]{2,})")
_GLUED_MAX = 2  # written three times or more, it is a name (`onWatch`)
# the other way round, in a title: a word glued to the short word after it (`Environmentswith`,
# `Detectionwith`, `Networkfor`); a name may end so (`Kneeland`, `Beckwith`), so only titles are
# read, and only where the first part is an English word and the whole is not
_GLUED_AFTER = re.compile(r"(?<![\w/.#@$-])([A-Za-z][a-z]{4,})(with|and|for|from|using|via|towards)(?![\w/@(-])")
# anywhere in prose, a lower-case word glued to a word of grammar that never starts or ends an
# English word so (`areobtained`, `thenperforms`, `frameworkwhich`, as text copied from a PDF
# loses a line's space); not the short ones (`in`, `on`, `the`, `for`: `inpainting`,
# `onboarding`, `theming`, `formatters` are words of the trade)
_RUN_ON_HEADS = ("are", "that", "which", "then", "than", "with", "from", "were", "these", "those", "when", "where")
_RUN_ON_TAILS = ("which", "that", "then", "with", "from", "were")
_RUN_ON = (re.compile(f"({'|'.join(_RUN_ON_HEADS)})([a-z]{{4,}})"),
           re.compile(f"([a-z]{{5,}}?)({'|'.join(_RUN_ON_TAILS)})"))
# in the middle of a title, two capitalised English words of five letters or more glued together
# (`Hierarchical and DifferentiableNeural Architecture`, `via ContrastiveRepresentation Learning`):
# after a word, before a word, where a method's name stands first or after a colon (`SoundSpaces:`)
_GLUED_PAIR = re.compile(r"(?<=[A-Za-z] )([A-Z][a-z]{4,})([A-Z][a-z]{4,})(?= [A-Za-z])")
# what follows a resource's name: `EmotionLines Dataset`, `SceneNet Benchmark`
_NAMED_RESOURCE = re.compile(r" (?:Data ?[Ss]ets?|Corpus|Corpora|Benchmarks?|Database|Challenge|Suite|Toolkit)\b")
_CAMEL_PART = re.compile(r"[A-Z][a-z]{2,}")
_TRADE_PART = 3  # a part of names written three times (`PyTorch`), not once (`DeepHuman`)
# a lower-case word of five letters or more: a title in sentence case, where only names are capitalised
_SENTENCE_WORD = re.compile(r"(?<![\w'’/.-])[a-z]{5,}(?![\w'’/.:-])")
# words a title in title case keeps in lower case (`… AbstractWorld Models without Online …`)
_TITLE_SMALL = frozenset(("about", "above", "across", "after", "against", "along", "among", "around", "before",
                          "behind", "below", "beneath", "beside", "besides", "between", "beyond", "during",
                          "except", "inside", "outside", "since", "through", "throughout", "toward", "towards",
                          "under", "until", "using", "versus", "within", "without", "whether", "while"))
_CAPITAL_WORD = re.compile(r"(?<![\w'’/.-])[A-Z][a-z]{2,}(?![\w'’/.:-])")
_PAIR_TITLE = (4, 20)  # title words: a longer 'title' holds a description, where names are coined


def _slip(rare: str, common: str, second: bool = False) -> str | None:
    """How ``rare`` departs from ``common`` (both lower case), if it is one of the slips read:
    "swapped" (two neighbouring letters, not the last two but in a word of seven or more,
    `medicla`, but for `re` and `er`, a name's spelling, `Alexandre`: `nautral`, `retreival`) or
    "dropped" (one letter, not in the first two, not one of a double, not in the last two:
    `classfication`, `Adaptaion`; with ``second``, for a word only written in lower case, the
    second letter of a word of nine or more: `ehancement`); None otherwise. The caller leaves out slips that are
    English words themselves (`tracing` beside `tracking`). Substitutions and added letters make other words too
    often to be read without a dictionary (`passing`/`parsing`, `thorough`/`through`)."""
    n = len(rare)
    if n == len(common):
        diff = [i for i in range(n) if rare[i] != common[i]]
        if (len(diff) == 2 and diff[1] == diff[0] + 1
                and (diff[1] < n - 2 or n >= 7 and diff[1] == n - 1 and {rare[-1], rare[-2]} != {"r", "e"})
                and rare[diff[0]] == common[diff[1]] and rare[diff[1]] == common[diff[0]]):
            return "swapped"
        return None
    if n + 1 != len(common) or n < 7:
        return None
    i = next((k for k in range(n) if rare[k] != common[k]), n)
    # (the second letter only in a word of nine or more: `ehancement`; shorter, a prefix's letter)
    if i < (1 if second and n >= 8 else 2) or i >= len(common) - 2 or rare[i:] != common[i + 1:]:
        return None
    if common[i] in (common[i - 1], common[i + 1:i + 2]):
        return None  # a doubled letter written once (`modeling`, `labeled`): a spelling of its own
    return "dropped"


def _vowel(rare: str, word: str) -> str | None:
    """"vowel" where ``rare`` is ``word`` with one vowel written for another, not the first letter
    (`protocal`, `sementic`, `Backpropogation`), in a word of eight letters or more."""
    if len(rare) != len(word) or len(rare) < 8:
        return None
    diff = [i for i in range(len(rare)) if rare[i] != word[i]]
    if len(diff) == 1 and diff[0] > 0 and rare[diff[0]] in _VOWELS and word[diff[0]] in _VOWELS:
        return "vowel"
    return None


def _dictionary_slip(rare: str, common: str) -> str | None:
    """The slips read only against the dictionary, where a slip that is a word itself is already
    left out: "added" (one letter typed twice or one too many, not in the first two, in a word of
    seven letters or more: `verision`, `Adaptationn`) and "undoubled" (a doubled letter written
    once, in a word of eight or more: `transfered`; `modeling` is a spelling of its own, and in
    the frequency list)."""
    n = len(rare)
    if n == len(common) >= 7:
        if _vowel(rare, common):
            return "vowel"  # `protocal`, `sementic`, `representitive`: an unstressed vowel misheard
        diff = [i for i in range(n) if rare[i] != common[i]]
        if (len(diff) == 2 and diff[1] == diff[0] + 1 == n - 2
                and rare[diff[0]] == common[diff[1]] and rare[diff[1]] == common[diff[0]]):
            return "swapped"  # `platfrom`: not the last two letters, which make endings (`-re`/`-er`)
        return None
    if n == len(common) + 1 and len(common) >= 7 and not coined(rare):
        i = next((k for k in range(len(common)) if rare[k] != common[k]), len(common))
        if 2 <= i < n - 2 and rare[i + 1:] == common[i:]:  # (`encodings`, `profiler`: a word's ending)
            return "added"
    if rare == common + "l" and common.endswith("ful") and len(common) >= 6:
        return "added"  # `usefull`, `successfull`: the ending `-ful` written as the word `full`
    if n + 1 == len(common) and len(common) >= 8:
        i = next((k for k in range(n) if rare[k] != common[k]), n)
        if 2 <= i < n and rare[i:] == common[i + 1:] and common[i] == common[i - 1]:
            return "undoubled"
    return None


def _one_slip_away(word: str, dictionary: bool = False, second: bool = False) -> Iterator[str]:
    """The words ``word`` may be a slip of: two neighbouring letters swapped back, or one letter
    put back (the caller's :func:`_slip` says which of them count; the second letter only with
    ``second``, for a word only ever written in lower case: `famework`, not the name `Cristian`);
    against the dictionary, one letter taken out too (:func:`_dictionary_slip`)."""
    n = len(word)
    for i in range(n - 1):
        if word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2:]
    for i in range(1 if second else 2, n - 1):
        for c in "abcdefghijklmnopqrstuvwxyz":
            yield word[:i] + c + word[i:]
    if dictionary:
        for i in range(2, n):
            yield word[:i] + word[i + 1:]
        for i in range(1, n - 1):
            if word[i] in _VOWELS:
                for c in _VOWELS:
                    if c != word[i]:
                        yield word[:i] + c + word[i + 1:]


_VOWELS = "aeiou"
_ADDRESS_WORD = re.compile(r"[a-z]{7,}")  # the words of an address (`nushell` in `www.nushell.sh`)
_NAME_CUTS = (",", ";", "(", ")", "[", "]", "|", "*", "_", "\n")


def _named(doc: Document, m: re.Match, lower: Counter, heads: list[set[int]]) -> bool:
    """A capitalised word beside a capitalised word that is no English word (`Shiting Huang`,
    `Andrew J. Davison`), or a link's whole text (`[Tsurgeon](…)`): a name, not a typo."""
    w = m.group()
    if not w[0].isupper():
        return False
    text = doc.text
    s, t = m.span()
    if text[s - 1:s] == "[" and text[t:t + 1] == "]":
        return True
    if re.match(r":[ \t]+[A-Z]", text[t:t + 4]):
        return True  # `Hydragen: High-Throughput LLM Inference`: a method's name heads its title
    # `Cong Fang, Shiting Wen, Binbin Zhou`: two or three capitalised words between commas
    a = max(text.rfind(c, max(0, s - 60), s) for c in _NAME_CUTS)
    b = min((k for k in (text.find(c, t, t + 60) for c in _NAME_CUTS) if k >= 0), default=-1)
    if a >= 0 and b >= 0 and "," in (text[a], text[b]):
        part = text[a + 1:b].split()
        if 2 <= len(part) <= 3 and all(p[:1].isupper() for p in part):
            return True
    before = re.search(r"([A-Z][\w.'-]*)[ \t]+$", text[max(0, s - 40):s])
    after = re.match(r"[ \t]+([A-Z][\w'-]*)", text[t:t + 40])
    for g in (before, after):
        if g is not None:
            word = g.group(1).rstrip(".").lower()
            if lower[word]:
                continue  # `Probabilistic Programmming`: the file writes `probabilistic` as a word
            if not heads:  # (built once, for the first candidate that needs it)
                heads.append(_heading_lines(doc))
            if doc.position(s)[0] in heads[0] and known_word(word):
                continue  # a heading (or its contents entry) capitalises its words: `## Probabilistic Programmming`
            if "-" in word and all(len(x) > 1 and _english(x) for x in word.split("-")):
                continue  # `Towrads Skeleton-based Action Recognition`: a compound of words, no name
            if len(word) <= 1 or not _english_form(word):
                return True  # (`Applied Accoustics`: `applied` is a word's form, no name)
    return False


def _listed(key: str, count: Counter, joined: str) -> str | None:
    """The word ``key`` is a common misspelling of by codespell's list: its one correction, or of
    several the one the file writes (`Interation` beside `Interaction`: ``count``, the file's
    words of seven letters or more, says which); None for a word that
    is English or a part of the file's addresses (`Nervana` of NervanaSystems), a plural some
    write (`softwares`), or a space lost (`Searchin`)."""
    words = [w for w in misspelling(key) if known_word(w) and w + "s" != key and w != key + "g"]
    if len(words) > 1:
        words = [w for w in words if count[w]]
    if len(words) != 1 or key in joined or _english(key):
        return None
    return words[0]


def _amid_lower(text: str, m: re.Match) -> bool:
    """The capitalised word ``m`` stands between two lower-case words (`works with Plugable docks`):
    a name in a sentence, not a title's word (`Explicit Alighment and Attention`)."""
    if not m.group()[0].isupper():
        return False
    before = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, m.start() - 30):m.start()])
    after = re.match(r"[ \t]+([A-Za-z]+)", text[m.end():m.end() + 30])
    return before is not None and after is not None and before.group(1).islower() and after.group(1).islower()


def _heading_lines(doc: Document) -> set[int]:
    """The lines of the document's headings and of its links to them (a contents entry copies
    its heading's Title Case); asked for the few typo candidates only."""
    lines = {n for h in doc.headings for n in range(h.line, h.end_line + 1)}
    lines.update(k.line for k in doc.links if k.url.startswith("#"))
    return lines


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, overlapping ones joined (a bare URL inside a link's, for ``in_spans``)."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _prose_words(text: str, skip: list[tuple[int, int]]) -> Iterator[re.Match]:
    """The words of ``text`` outside ``skip`` (sorted, disjoint spans), at most ``_MAX_WORDS``."""
    j, n, seen = 0, len(skip), 0
    for m in _WORD.finditer(text):
        at = m.start()
        while j < n and skip[j][1] <= at:
            j += 1
        if j < n and skip[j][0] <= at:
            continue
        seen += 1
        if seen > _MAX_WORDS:
            return
        yield m


def _english(word: str) -> bool:
    from ..lexicon import is_english  # the word list loads on a list's first candidate only

    return is_english(word)


def _english_form(word: str) -> bool:
    """Whether ``word`` or the word it inflects is in GCIDE, which lists few plurals and
    tenses (`strategies`, `proposed`): a typo's right word read against the dictionary, or one
    of the trade's everyday words it is too old to list (`convolutional`)."""
    if _english(word) or trade_word(word):
        return True
    stems = []
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("s"):
        stems.append(word[:-1])
    if word.endswith("ied"):
        stems.append(word[:-3] + "y")
    if word.endswith("ed"):
        stems += [word[:-2], word[:-1]]
    if word.endswith("ing"):
        stems += [word[:-3], word[:-3] + "e"]
    return any(len(w) >= 4 and _english(w) for w in stems)


class MisspeltWord(Rule):
    """
    ## What it does

    Finds a word typed with two neighbouring letters swapped (`Nautral`, `retreival`,
    `Segmentaiton`) or with one letter dropped (`classfication`, `Sofware`) where the same file
    writes the word right at least five times, five times as often as the slip, and at least twice in
    lower case (so the word is a word of the list's prose, not a name). The slip occurs at
    most twice, or up to four times where the right word is twenty times as common (`unoffical`
    pasted into three code labels beside `unofficial` in ninety); each occurrence is a finding.

    The file's own words are the reference, and only the slips that rarely make another word
    are read. A slip that is itself an English word (`tracing` beside `tracking`, `sharing`
    beside `sharding`; GCIDE's word list, as AL015 reads it) is left alone. A letter changed
    or added makes another word or name too often (`passing` and `parsing`, `optimisation`
    and `optimization`, `Detectron` and `Detection`, `thorough` and `through`), so those are
    not read, nor a letter dropped from a double (`modeling`, `labeled`), the first two letters
    and the last two (plurals, tenses, `Ractive`; but two swapped at the end of a word of seven
    or more, `medicla`, but for `re` and `er`, `Alexandre`; and the second letter dropped from
    a word of nine or more that the file writes only in lower case, `ehancement`; not a name,
    `Cristian`), words of fewer than seven letters,
    and words that are part of an address, a path, a handle, code or HTML (an address ends at
    a quote or an angle bracket: an HTML link's words are read).

    A word the file never writes right is read against English itself (option `dictionary`,
    on): written once or twice, no English word (GCIDE) and no word of a list of 82,765 English
    words with their frequencies (the list `symspellpy` ships), but a common word (a million
    occurrences in that list's books at least, and in GCIDE or an inflection of a GCIDE word,
    `strategies`), or one of the trade's everyday words the list lacks (`convolutional`,
    `denoising`, `tokenizer`: words of eight lists or more of the project's corpus), with two neighbouring letters
    swapped or one dropped (the second letter only from a word the file writes in lower case
    alone, `famework`, not the name `Cristian`), and only one such word (`paramters`, `Aweosme`,
    `Continous`); or,
    there only, with one letter too many, not among the first two or the last two, in a word of
    seven letters or more (`verision`, `correllation`, `treatement`; and the ending `-ful`
    written as the word `full`, `usefull`, `Powerfull`; not a prefix and a word,
    `retrains`, `Multipole`, `proactor`, nor a word and an ending, `servoing`), or a doubled letter written
    once in a word of eight or more (`accomodate`), or one vowel written for another, not the
    first letter, in a word of eight or more (`protocal`, `sementic`, `representitive`: the
    unstressed vowel misheard; a shorter word is too often a name, `Handong`), or two letters
    swapped just before the last (`platfrom`). A word of eleven letters or more that no
    common word explains is read against every English word in GCIDE, for a swapped or dropped
    letter or a vowel (`Intepretable`; not a prefix and a word, `overtrained`). A word on
    codespell's list of common misspellings (`Offical`, `comparasion`, `Initally`: the slips people
    make, whatever their distance from the word) is told too, with its one correction, or of
    several the one the file writes (`Interation` beside `Interaction`), written up to four times,
    when no one-letter slip names another word (of seven letters or more, as above: a shorter
    one is too often a package's or an app's name, `flate`, `iterm`), none a part of the file's
    addresses (`Nervana` of NervanaSystems); not in capitals
    (`RE[LAX|BAR|INFORCE]`), nor cut by a hyphen and a line break (`represen- tation`: a PDF's
    line, whole with its other half), nor a capital between lower-case words (`works with
    Plugable docks`: a brand). Not a
    word with a capital inside (`PRedItOR`: a method's name), one of the file's addresses
    (`nushell` beside `nushell.sh`; a link to a heading of the file is none), a link's whole text, or a capitalised word among names
    (`Cong Fang, Shiting Wen, Binbin Zhou`; `Lex Fridman`; but a neighbour the file writes in
    lower case, or a known word in a heading or its contents entry, or English words joined by a
    hyphen, or a form of an English word, is a word: `## Probabilistic Programmming`, `Towrads
    Skeleton-based Action Recognition` and `Applied Accoustics` are told), or a capitalised word before a colon
    and a capital (`Hydragen: High-Throughput …`: a method's coined name heads its title); one
    finding per word and line. A slip in a heading and its copies in the links to that heading
    (the contents entry `[Part 2: Heterogenity](#part-2-heterogenity)`) are one finding, at the
    first: the contents copied the heading.

    It also finds a short word of a title glued to the capitalised word after it
    (`Methods andExperimental Results`, `Knowledge Editing inLanguage Models`), or in a
    title of four words or more a word glued to the short word after it (`3D Environmentswith
    Visual Goals`, when the first part is an English word and the whole is not), or two
    capitalised English words of five letters or more glued in the middle of a title of 4 to 20
    words (`Hierarchical and DifferentiableNeural Architecture`: after a word and before one,
    where a method's coined name does not stand, `SoundSpaces: A Simulation Platform`): a space lost
    when the title was pasted. A glued word the file writes three times or more, or as a link
    text (`[onWatch](…)`), is a name and left alone, as are names outside titles (`Kneeland`)
    and a pair of which a word ends names the file writes three times or more (`TorchScript`
    where the file writes `PyTorch`: the trade builds its names of that word), and one before
    `Dataset`, `Corpus`, `Benchmark` or `Database` (`Multimodal EmotionLines Dataset`: the
    resource's name). In any prose, a
    lower-case word of seven letters or more that is no English word and opens with `are`,
    `that`, `which`, `then`, `than`, `with`, `from`, `were`, `these`, `those`, `when` or `where`,
    or ends with `which`, `that`, `then`, `with`, `from` or `were`, the rest a common English
    word (`areobtained`, `thenperforms`, `frameworkwhich`: a line's space lost in a PDF copy), is
    reported too, those of one line in one finding; the short words (`in`, `on`, `the`, `for`) are not read, since the trade's words
    begin so (`inpainting`, `onboarding`, `theming`, `formatters`).

    It also finds an article the next word's first letter contradicts (`A open source starter`,
    `with an sleek UI`): `a` before an English word of four letters or more that opens with a, e,
    i or o (not `one`, `eu`: `a one-shot`, `a European`; a `u` is never read, `a user`), `an`
    before one that opens with a consonant (not h, x or y: `an hour`). Acronyms and names (`an
    npm package`, `an SQL shell`), a word no article goes before (`maps a onto b`: a variable), a
    capital `A` inside a sentence (`Command A interleaves`, `Lee A et al.`), code, addresses and
    lines with letters of another language (`a interface gráfica`) are left alone.

    And a small word of English grammar typed twice (`is a a small library`, `aims to to be`,
    `An An ImageNet replacement`): articles, `and`, `of`, `to`, `for`, `with`, `from`, `by`,
    `its`, `are`, in one case or with a capital that opens a sentence (`A a .NET library`).
    Words that can be right twice (`all it is is`, `sign in in seconds`, `that that`), names
    doubled on purpose (`Chen Chen`, `Zhang Wei, An An, Li Ming`), a name then the word (`If and
    For for React`), initials (`by A A Milne`), math (`$a a$`), code, addresses and lines of
    another language are left alone.

    And a compound in an entry's title broken by a space after its hyphen (`Multi- Agent Path
    Finding`, `Audio- Visual`: a PDF's line break, pasted); not a separator after a compound name
    (`LRF-Net- Learning …`) or after a title's opening name (`PointNet- Deep Learning …`; a title
    may open with a prefix, `Multi- Agent`), a suspended hyphen (`Multi- and Single-Agent`) or text
    outside titles.

    ## Why it matters

    A typo in a title or a description makes the list look unkept and hides the entry from a
    reader's search (`retreival` is not found by searching for "retrieval").

    ## Example

    ```markdown
    - [CoreNLP](https://stanfordnlp.github.io/CoreNLP/) - The Stanford Nautral Language Processing Group's toolkit.
    ```

    when the file writes "natural" throughout. Use instead:

    ```markdown
    - [CoreNLP](https://stanfordnlp.github.io/CoreNLP/) - The Stanford Natural Language Processing Group's toolkit.
    ```

    ## Fix safety

    Unsafe (`--unsafe-fixes`): the fix writes the file's word in the slip's case (`Nautral` →
    `Natural`), or puts the lost space back (`inLanguage` → `in Language`), but a name or a
    quoted title may be spelt so on purpose (`inVision`, a company); it writes the other article
    (`A open` → `An open`), which a paper's own title may have written so. Deleting the second
    copy of a doubled word is safe in lower case (no reading of `the the` wants both), unsafe
    for a capitalised pair (`An An` may be a name), and not offered in a heading, whose anchor
    links would lose. A misspelt word in a heading that links point at is written right in
    the links' texts that copy it too, and the links are pointed at the heading's new anchor,
    so the contents still lead there; where that anchor is not sure (a repeated heading's `-1`,
    one another heading holds already), the slip is told without a fix.
    """

    code = "AL027"
    name = "misspelt-word"
    summary = "A word typed with two letters swapped, one dropped or a vowel changed (written right elsewhere in the file, or a common English word), two words run together, or one typed twice"
    severity = WARNING
    fix_availability = FIX_SOMETIMES
    tags = ("text", "spelling")
    options = {
        "dictionary": Option(bool, True, "Also report a word the file never writes right that is a common "
                             "English word with two letters swapped or one dropped (`paramters`)."),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        starts, ends = doc._code_block_offsets
        skip = _merged([(k.url_start, k.url_end) for k in doc.links if k.url_end > k.url_start]
                       + [m.span() for m in _BARE_URL.finditer(text)] + [m.span() for m in _HTML.finditer(text)]
                       + list(doc.code_spans) + [(a, int(min(b, len(text)))) for a, b in zip(starts, ends)])
        for start, end, want, word in wrong_articles(text, skip):
            line, col = doc.position(start)
            yield self.finding(f"{text[start:end]!r} before {word!r}: write {want!r}, as '{word[0]}' "
                               f"{'opens' if want.lower() == 'an' else 'does not open'} a vowel sound",
                               line, col, line, col + end - start,
                               fix=Fix((Edit(start, end, want),), safe=False, description=f"write {want}"))
        for start, space, after, end, whole in broken_compounds(doc):
            line, col = doc.position(start)
            _, end_col = doc.position(end)
            yield self.finding(f"{text[start:end]!r}: a space after the hyphen breaks the compound; write {whole!r}",
                               line, col, line, end_col,
                               fix=Fix((Edit(space, after, ""),), safe=False, description=f"write {whole}"))
        headings = None
        for start, end, word, sure in doubled_words(text, skip):
            line, col = doc.position(start)
            if headings is None:
                headings = {ln for h in doc.headings for ln in range(h.line, h.end_line + 1)}
            # a heading's anchor would change with its words: told, not fixed (links to it would break)
            fix = None if line in headings else Fix((Edit(start, end, ""),), safe=sure,
                                                    description=f"delete the second {word!r}")
            yield self.finding(f"{word!r} is written twice in a row: delete one", line, col, line, col + end - start,
                               fix=fix)
        count: Counter = Counter()
        lower: Counter = Counter()
        glued: list[re.Match] = []
        run_on: list[re.Match] = []  # lower-case words that open or close with a word of grammar
        mixed: set[str] = set()  # words written with a capital inside (`PRedItOR`): names
        forms: list[str] = []  # one spelling of each
        for m in _prose_words(text, skip):  # one pass, no copy of the text (a hook's memory)
            w = m.group()
            key = w.lower()
            count[key] += 1
            if w.islower():
                lower[key] += 1
                if w.startswith(_RUN_ON_HEADS) or w.endswith(_RUN_ON_TAILS):
                    run_on.append(m)
            elif w[0].islower() and _GLUED.fullmatch(w):
                glued.append(m)
            elif not w.isupper() and any(c.isupper() for c in w[1:]):
                if key not in mixed:
                    mixed.add(key)
                    forms.append(w)
        # the capitalised parts after the first of the names the file writes (`Torch` of `PyTorch`),
        # by how often it writes them: three times or more, a part of the trade's names
        segments: Counter = Counter()
        for w in forms:
            for p in {p.lower() for p in _CAMEL_PART.findall(w, 1)}:
                segments[p] += count[w.lower()]
        named: dict[str, bool] = {}  # each glued word looked up once as a link text
        for m in glued:
            w = m.group()
            if count[w.lower()] <= _GLUED_MAX and w not in named:
                named[w] = f"[{w}" in text
            if count[w.lower()] <= _GLUED_MAX and not named[w]:
                yield self._glued(doc, m, _GLUED.fullmatch(m.group()))  # not `[onWatch](…) - onWatch is …`: a name
        by_line: dict[int, list[tuple[re.Match, re.Match]]] = defaultdict(list)
        for m in run_on:
            w = m.group()
            g = _RUN_ON[0].fullmatch(w) or _RUN_ON[1].fullmatch(w)
            if g is None or count[w] > _GLUED_MAX or common_word(w) or known_word(w):
                continue
            if common_word(g.group(1)) and common_word(g.group(2)) and len(g.group(1)) >= 3 and len(g.group(2)) >= 3:
                by_line[doc.position(m.start())[0]].append((m, g))  # `areobtained`: a PDF line's space lost
        for pairs in by_line.values():  # one pasted line, one slip (`frameworkwhich` … `thenperforms`)
            first = self._glued(doc, *pairs[0])
            if len(pairs) > 1:
                first.message = "words run together on this line: " + ", ".join(
                    f"{m.group()!r} ({g.group(1)!r} {g.group(2)!r})" for m, g in pairs) + "; each lost a space"
                first.fix = Fix(tuple(Edit(m.start() + g.end(1), m.start() + g.end(1), " ") for m, g in pairs),
                                safe=False, description="put a space between the words")
            yield first
        for e in doc.entries:
            if e.title_start is None or e.title_end is None or (e.title or "").count(" ") < 3:
                continue  # a title of a few words is a name (`[Algorand](…)`), not a pasted title
            for m in _GLUED_AFTER.finditer(text, e.title_start, e.title_end):
                if (count[m.group().lower()] <= _GLUED_MAX and not doc.in_code(m.start())
                        and _english(m.group(1).lower()) and not _english(m.group().lower())):
                    yield self._glued(doc, m, m)
            if _PAIR_TITLE[0] <= len((e.title or "").split()) <= _PAIR_TITLE[1]:
                for m in _GLUED_PAIR.finditer(text, e.title_start, e.title_end):
                    w = m.group()
                    head, rest = m.group(1).lower(), m.group(2).lower()  # (less the word's own `Script`)
                    if (segments[head] >= _TRADE_PART or segments[rest] - count[w.lower()] >= _TRADE_PART) \
                            and count[w.lower()] <= _GLUED_MAX:
                        continue  # `TorchScript` where the file writes `PyTorch`: parts of the trade's names
                    if _NAMED_RESOURCE.match(text, m.end()):
                        continue  # `Multimodal EmotionLines Dataset`: a resource's name, not two words
                    if _sentence_case(text, e.title_start, e.title_end, m):
                        continue  # `A Rust SentencePiece implementation`: in a title in sentence case, a name
                    if (count[w.lower()] <= _GLUED_MAX and f"[{w}" not in text and not doc.in_code(m.start())
                            and known_word(m.group(1).lower()) and known_word(m.group(2).lower())
                            and not known_word(w.lower())):
                        yield self._glued(doc, m, m)
        common: dict[tuple[int, str], list[str]] = defaultdict(list)
        for key, n in count.items():
            if n >= _COMMON and lower[key] >= 2:
                common[len(key), key[0]].append(key)
        slips: dict[str, tuple[str, str]] = {}
        for key, n in count.items():
            if n > _RARE_SWAMPED:
                continue
            times = _COMMON if n <= _RARE else _SWAMPED
            for length in (len(key), len(key) + 1):
                hit = next(((r, how) for r in common.get((length, key[0]), ())
                            if count[r] >= times * n and (how := _slip(key, r, lower[key] == n)) is not None), None)
                if hit is not None:
                    if not _english(key):  # `tracing` beside `tracking`, `sharing` beside `sharding`: words
                        slips[key] = hit
                    break
        typos = {}
        if self.opts.dictionary:
            # (a link to a heading of the file holds its words, typos too: `#intepretable-learning`)
            addresses = {w for k in doc.links if not k.url.startswith("#") for w in _ADDRESS_WORD.findall(k.url.lower())}
            addresses.update(w for u in _BARE_URL.findall(text) for w in _ADDRESS_WORD.findall(u.lower()))
            # (a listed misspelling inside an address is a name: `Nervana` of github.com/NervanaSystems)
            joined = " ".join([k.url.lower() for k in doc.links] + [u.lower() for u in _BARE_URL.findall(text)])
            typos = self._typos(count, slips, mixed, addresses, lower, joined)
        if not slips and not typos:
            return
        told: set[tuple[int, str]] = set()
        heads: list[set[int]] = []  # the heading and contents lines, once a typo needs them
        spelled: list[tuple[int, int, Finding]] = []
        for m in _prose_words(text, skip):
            key = m.group().lower()
            hit = slips.get(key)
            if hit is not None:
                spelled.append((m.start(), m.end(), self._report(doc, m.start(), m.end(), hit[0], count[hit[0]], hit[1])))
            elif key in typos and not _named(doc, m, lower, heads) and not (
                    typos[key][1] == "listed" and (m.group().isupper() or text[m.end():m.end() + 1] == "-"
                                                   or _amid_lower(text, m))):
                # (a listed misspelling not in capitals, `RE[LAX|BAR|INFORCE]`, nor a word a PDF's
                # line broke, `represen- tation`: the word is whole only with its other half, nor a
                # capital between lower-case words, `works with Plugable docks`: a brand)
                line = doc.position(m.start())[0]
                if (line, key) not in told:  # `Challeging … Challeging` in one title: one fault
                    told.add((line, key))
                    spelled.append((m.start(), m.end(), self._report(doc, m.start(), m.end(), typos[key][0], 0, typos[key][1])))
        yield from _with_headings(self, doc, spelled)

    @staticmethod
    def _typos(count: Counter, slips: dict[str, tuple[str, str]], mixed: set[str], addresses: set[str],
               lower: Counter, joined: str = "") -> dict[str, tuple[str, str]]:
        """Words the file writes once or twice that are no English word, and no word of the
        frequency list, but are one common English word with two neighbouring letters swapped or
        one letter dropped (`nautral`, `paramters`), and only one such word: a typo the file
        never writes right. Not a word written with capitals inside (`PRedItOR`, `SeViCES`: a
        method's name) or one the file's addresses hold (`nushell`, `magentic-one`: a name)."""
        out: dict[str, tuple[str, str]] = {}
        # the file's words by their first four letters, built for the first typo found: a word
        # whose kin the file writes (`Scrobble` beside `scrobbler`) is a word of the list's trade
        family: dict[str, list[str]] | None = None
        for key, n in count.items():
            if n > _LISTED_MAX or key in slips or key in mixed or key in addresses or known_word(key):
                continue
            listed = _listed(key, count, joined)
            if n > _RARE:
                if listed is not None:
                    out[key] = (listed, "listed")
                continue
            long = len(key) >= _LONG
            found, known = set(), set()
            second = len(key) >= 8 and lower[key] == n
            for c in _one_slip_away(key, dictionary=True, second=second):  # one pass over the candidates
                if common_word(c):
                    if (how := _slip(key, c, second) or _dictionary_slip(key, c)) is not None \
                            and (how in ("dropped", "swapped") or not trade_word(c)):
                        # (a trade word only for a dropped or swapped letter: `compostable` is a
                        # word beside `composable`, `Plugable` a brand beside `pluggable`)
                        found.add((c, how))
                elif long and known_word(c) and (how := _slip(key, c, second)) is not None:
                    known.add((c, how))
            if not found and known and not coined(key):
                # a long word is one slip from a dictionary word that is no everyday one
                # (`intepretable`): only a dropped or swapped letter, and only one such word
                found = known
            if len(found) != 1:
                if listed is not None:  # one of the slips people make, whatever its distance from the word
                    out[key] = (listed, "listed")
                continue
            if family is None:
                family = defaultdict(list)
                for word in count:
                    family[word[:4]].append(word)
            # (kin that is English, `complete` beside `completly`, is the right word's, not a trade's)
            if not any(w != key and w.startswith(key[:-1]) and not known_word(w) for w in family.get(key[:4], ())):
                right, how = found.pop()
                if _english_form(right) and not _english(key):  # GCIDE read only for these few
                    out[key] = (right, how)
        return out

    def _glued(self, doc: Document, m: re.Match, g: re.Match) -> Finding:
        at = m.start() + g.end(1) - g.start()
        line, col = doc.position(m.start())
        _, end_col = doc.position(m.end())
        return self.finding(f"{m.group()!r} runs two words together: {g.group(1)!r} and {g.group(2)!r} lost the "
                            "space between them", line, col, line, end_col,
                            fix=Fix((Edit(at, at, " "),), safe=False, description="put a space between the words"))

    def _report(self, doc: Document, s: int, t: int, right: str, times: int, how: str) -> Finding:
        written = doc.text[s:t]
        want = right.upper() if written.isupper() else right.capitalize() if written[0].isupper() else right
        line, col = doc.position(s)
        _, end_col = doc.position(t)
        if how == "listed":
            return self.finding(f"{written!r} is a common misspelling of {want!r} (codespell's list)", line, col,
                                line, end_col, fix=Fix((Edit(s, t, want),), safe=False, description=f"write {want}"))
        what = {"swapped": "two letters swapped", "added": "a letter too many",
                "undoubled": "a doubled letter written once", "vowel": "a vowel changed"}.get(how, "a letter dropped")
        said = f"the file writes {want!r} {times} times" if times else f"{written!r} is no English word, {want!r} " + (
            "a word of the trade" if trade_word(want.lower()) else "a common one" if common_word(want.lower()) else "an English one")
        return self.finding(f"{written!r} looks like {want!r} with {what}: {said}",
                            line, col, line, end_col,
                            fix=Fix((Edit(s, t, want),), safe=False, description=f"write {want}"))


def _with_headings(rule: MisspeltWord, doc: Document, spelled: list[tuple[int, int, Finding]]) -> Iterator[Finding]:
    """The findings, with a heading's slip and its copies in the links to that heading (the
    contents' `[Part 2: Heterogenity](#part-2-heterogenity)`) told as one, at the first: one
    slip, pasted from the heading. Its fix writes the words in the heading and in the links'
    texts and points the links at the heading's new anchor, so the contents still lead there.
    Where that anchor cannot be worked out for sure (a repeated heading's `-1`, a new anchor
    another heading holds already), a heading that links point at is told, not fixed."""
    if not spelled or not doc.headings:
        yield from (f for _, _, f in spelled)
        return
    text = doc.text
    merged: set[int] = set()
    out: list[Finding] = []
    for h in doc.headings:
        hs, he = doc.line_starts[h.line - 1], doc.line_end(h.end_line)
        mine = [x for x in spelled if hs <= x[0] < he]
        if not mine or not h.anchor:
            continue
        links = [k for k in doc.links if _points_at(k.url, h.anchor)]
        if not links:
            continue  # no link to lose: each slip keeps its own fix
        words = {text[s:t]: f.fix.edits[0].replacement for s, t, f in mine}
        slips = re.compile("|".join(rf"(?<![\w-]){re.escape(w)}(?![\w-])" for w in words))
        new_anchor = github_slug(slips.sub(lambda m: words[m.group()], h.plain))
        taken = {a.casefold() for a in doc.anchors} - {h.anchor.casefold()}
        if h.anchor != github_slug(h.plain) or not new_anchor or new_anchor.casefold() in taken:
            # its anchor would change in a way the links cannot follow for sure; and a link's text
            # that copies the heading keeps matching it
            for _, _, f in mine + [x for k in links for x in spelled if k.label_start <= x[0] < k.label_end]:
                f.fix = None
            continue
        edits: dict[int, Edit] = {s: Edit(s, t, f.fix.edits[0].replacement) for s, t, f in mine}
        for k in links:
            for m in slips.finditer(text, k.label_start, k.label_end):
                edits.setdefault(m.start(), Edit(m.start(), m.end(), words[m.group()]))
            edits.setdefault(k.url_start, Edit(k.url_start, k.url_end, "#" + new_anchor))
        copies = [x for k in links for x in spelled
                  if k.label_start <= x[0] < k.label_end and x not in mine]
        group = sorted(mine + copies, key=lambda x: x[0])
        first = group[0][2]
        related = tuple(dict.fromkeys(f.line for _, _, f in group[1:] if f.line != first.line))
        fix = Fix(tuple(sorted(edits.values(), key=lambda e: e.start)), safe=False,
                  description=f"{first.fix.description}, in the heading and the links to it")
        n = f"{len(links)} link{'s' if len(links) > 1 else ''}"
        said = (f"the heading at line {h.line} and {n} to it, one slip" if copies else
                f"{n} point{'s' if len(links) == 1 else ''} at this heading: the fix moves them to its new anchor")
        others = [w for w in words if w != text[group[0][0]:group[0][1]]]
        if others:
            said += "; the fix writes " + ", ".join(repr(words[w]) for w in others) + " too"
        one = rule.finding(f"{first.message} ({said})", first.line, first.column,
                           first.end_line, first.end_column, fix=fix, related=related)
        one.parts = tuple(f for _, _, f in group)  # each place, so a suppression or --since keeps its line
        merged.update(s for s, _, _ in group)
        out.append(one)
    yield from sorted(out + [f for s, _, f in spelled if s not in merged], key=lambda f: (f.line, f.column))


def _points_at(url: str, anchor: str) -> bool:
    """Whether a link's address is the heading's anchor, as GitHub follows it: case aside, and
    with or without an emoji's trailing `-`."""
    url = url.strip()
    if not url.startswith("#"):
        return False
    frag = unquote(url[1:]).casefold()
    return frag == anchor.casefold() or frag.rstrip("-") == anchor.casefold().rstrip("-")


def _sentence_case(text: str, start: int, end: int, pair: re.Match) -> bool:
    """Whether the title in ``text[start:end]`` is written in sentence case, where only names
    keep capitals: its lower-case words of five letters or more (not the small words title case
    keeps low, `without`) at least as many as its capitalised ones, the first word and the
    pair left out (`A Rust SentencePiece implementation`, not `Running LargeScale Stateful
    workloads on Kubernetes at Lyft`)."""
    low = sum(1 for w in _SENTENCE_WORD.finditer(text, start, end) if w.group() not in _TITLE_SMALL)
    if not low:
        return False
    caps = sum(1 for i, w in enumerate(_CAPITAL_WORD.finditer(text, start, end))
               if i and not pair.start() <= w.start() < pair.end())  # (the first one opens the title)
    return low >= caps

