"""AL016 entry-order: an entry out of its list's name or year order."""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from operator import eq, gt, lt

import msgspec

from ..document import Document, Entry, ListBlock, Table
from ..entries import column_year, year_column
from ..fixcheck import keeps_check
from ..model import WARNING, Edit, Finding, Fix
from ..textutil import shorten, strip_accents
from ..vocabulary import arxiv_ref
from ..reorder import item_segments, longest_run, ordered_run, prefix_runs, renumber_segment
from ._entry_authors import author_key, first_author
from ._entry_dates import date_column, entry_date, lead_date, para_date, para_year, year_only
from .duplicate_keys import paper_paragraphs
from .base import FIX_SOMETIMES, Option, Rule

_TRAILING_YEAR = re.compile(r"`((?:19[5-9]|20\d)\d)`\W*$")
_YEAR_AFTER_TITLE = re.compile(r"(?:\*\*|__|\*|_)?(?:\]\([^()\s]*\))?(?:\*\*|__)?\s*\(\s*((?:19[5-9]|20\d)\d)\s*\)")
_ALNUM = re.compile(r"[\W_]+", re.UNICODE)
_NATURAL = re.compile(r"(\d+|[\W_]+)")
#: A title that is a venue and year (``AAAI 2023``, ``NeurIPS'22``): the entry's bold venue
#: tag taken for its title, not a name the section could be sorted by.
_VENUE_TITLE = re.compile(r"(?=[^ ]*[A-Z][^ ]*[A-Z])[A-Za-z][\w&.\-]{1,15}(?:[\s'’-]+[A-Za-z][\w&.\-]{0,15})?"
                          r"[\s'’-]*(?:(?:19|20)\d\d|\d\d)")
#: A title led by its rank (``1) Title``, ``(2) Title``, ``#3 Title``): the rows are in the
#: order of their numbers, which is no name order (numbering is AL001's and AL013's matter).
_RANKED = re.compile(r"(?:\(\d{1,3}\)|#\d{1,3}|\d{1,3}[).:])\s")
_LINK_LABEL = re.compile(r"^\[(.*)\]\([^()]*\)$", re.S)


# a field of the entry above, a label and its address (`- github(Keras): <https://…>`,
# `- arxiv: https://…`): the list's order is the order of addition, not a name's
_FIELD_ITEM = re.compile(r"[\w .()+#-]{1,30}[:：][ \t]*<?https?://")


# letters NFKD leaves whole, as a reader sorting by name spells them (`Træfɪk` is "traefik")
_LETTERS = str.maketrans({"æ": "ae", "œ": "oe", "ß": "ss", "ɪ": "i", "đ": "d", "ł": "l", "þ": "th", "ð": "d"})


_PUNCT = re.compile(r"[^\w\s]|_")  # punctuation and the underscore, as a locale sort drops them


def _name_keys(title: str) -> list[object]:
    """The ways lists are sorted by name, all without case: as written (characters by code
    point, so ``data_morph`` before ``dataframe``); as the raw Markdown line (``[Tube
    Archivist]`` before ``[Tube]``); letters and digits only; words; accents dropped (and ``æ`` read "ae"); numbers
    compared as numbers; ``+`` read as "plus" (``TinyXML2`` before ``TinyXML++``); in capitals,
    characters by code point (``SyncGAN`` before ``S^2GAN``: `^` sorts after the capitals)."""
    folded = title[:80].lower().strip()  # the order of long titles is settled by their start
    alnum = _ALNUM.sub("", folded)
    spaced = _ALNUM.sub(" ", folded).strip()
    plain = strip_accents(alnum).translate(_LETTERS)
    # numbers by value, and a gap (space or punctuation) before a number or a letter, as a file
    # manager sorts: `efm32gg-pac`, `efm32gg11b-pac`, then `efm32jg1b-pac` before `efm32jg12b-pac`
    natural = tuple((1, int(p), "") if p.isdecimal() else (0, 0, "") if not p.isalnum() else (2, 0, p)
                    for p in _NATURAL.split(folded) if p)
    plus = _ALNUM.sub("", folded.replace("+", "plus"))
    upper = strip_accents(title[:80]).upper().strip()  # capitals by code point: `S^2GAN` after `SyncGAN`
    return [folded, folded + "]", alnum, spaced, plain, plus, upper, natural]


#: What each of :func:`_name_keys` is called in a finding.
NAME_KEYS = ("name (case ignored)", "name (case ignored)", "name (case and punctuation ignored)",
             "name (case and punctuation ignored)", "name (case, punctuation and accents ignored)",
             "name (case ignored, '+' read as 'plus')", "name (in capitals, characters by code)",
             "name (case ignored, numbers by value)")
N_KEYS = len(NAME_KEYS)
#: Skip the longest-run search for orders whose descents already rule them out (off in the
#: tests that compare both ways).
BOUNDS = True
#: Largest share of adjacent keyed pairs against an order for the order to count as the
#: section's (a "nearly all adjacent pairs" test: an entry out of place breaks at most two).
MAX_DESCENTS = 0.2
#: Fewest sections (of at least ``min_entries`` entries), and least share of those checked, that
#: a file must sort by name for its shorter sections to be checked by name too (a file that
#: leaves a quarter of its sections unsorted is no evidence for a five-entry section).
SHORT_DATES = 4  # dated entries a short section needs before the file's date convention is applied to it
CONVENTION = 5
CONVENTION_SHARE = 0.8
#: A file that sorts this many of its longer sections by name, and this share of them, holds to
#: its order firmly: its short sections may have two entries out of place.
FIRM_CONVENTION = 10
FIRM_SHARE = 0.9
#: Sections with fewer keyed entries are short: see :meth:`EntryOrder._check_group`.
SHORT = 12
#: How many times ``max_misplaced`` the entries out of place may be when the extra ones sit in
#: the section's last such share (entries appended at the end of a sorted section).
APPENDED_TAIL = 2
#: Largest share of adjacent pairs with equal names for a section to count as sorted by name
#: (equal "names" are categories, venues, platforms: the order is another one).
MAX_NAME_TIES = 0.2
#: A sorted section's appended tail is at most one entry in this many (:meth:`EntryOrder._with_tail`).
TAIL_SHARE_INV = 3


class Order(msgspec.Struct):
    kind: str  # 'name', 'author' (first author's surname), 'year', 'date' or 'arxiv' (the id)
    descending: bool
    keys: list  # one per unit (None: no key)
    run: set[int]  # indexes (into units) in the longest ordered run
    misplaced: list[int]
    labels: list[str]
    what: str = ""  # the key as a finding names it
    tail: bool = False  # sorted only up to an appended tail (:meth:`EntryOrder._with_tail`)


def _shuffles(pool: list, seed: int, trials: int) -> Iterator[list]:
    """``pool`` shuffled in place ``trials`` times, as ``random.Random(seed).shuffle`` does it
    (the same draws: ``getrandbits`` of the bound's bit length, redrawn while too large), with
    the draw inlined: the rule's chance test is thousands of shuffles on a large list."""
    getrandbits = random.Random(seed).getrandbits
    n = len(pool)
    bounds = [(i, (i + 1).bit_length()) for i in reversed(range(1, n))]
    for _ in range(trials):
        for i, k in bounds:
            j = getrandbits(k)
            while j > i:
                j = getrandbits(k)
            pool[i], pool[j] = pool[j], pool[i]
        yield pool


def _descents(keys: list, descending: bool) -> int:
    """Steps against the order (``a > b`` rising, ``a < b`` falling): a lower bound of the entries
    out of place, since taking one entry out removes at most one such step."""
    return sum(map(lt if descending else gt, keys, keys[1:]))


_OFFICIAL = re.compile(r"(?i)\bofficial\b")


def _sub_list(cont, doc: Document) -> bool:
    """A short list nested in an item: the entry's own links or examples (`+ GitHub Repo`,
    `+ Discussions`; `FastAPI Example`, a tutorial, its migration tool), in the order its author
    chose, not a section that keeps the file's order. Not a list under a bare label of a few
    words (`* Attributes` over `ActiveAttr`, `Virtus`): a sub-section, which keeps the order."""
    parent = getattr(cont, "parent", None)
    if parent is None:
        return False
    label = doc.text[parent.text_start:parent.text_end]
    return not (label and len(label.split()) <= 3 and not doc.links_between(parent.text_start, parent.text_end)
                and not any(c in label for c in "[]()<>`*_"))


def _features(units: list[Entry | None]) -> bool:
    """Whether a short list is a description's points, not entries: most of its items have no
    link, or open with prose before their first link (`- Configuration file using [TOML](…)
    syntax.`, `- **Alias Promotion**: Promote …` under a plugin)."""
    entries = [u for u in units if u is not None]
    prose = sum(1 for u in entries if not u.links or u.title_start is None or u.links[0].start > u.title_start)
    return 2 * prose > len(entries)


def _official(cont) -> bool:
    """A short section of a project's official resources (`## Official Resources`): its
    documentation, tutorial and source come in order of importance, not by name."""
    section = getattr(cont, "section", None)
    heading = section.heading if section is not None else None
    return heading is not None and _OFFICIAL.search(heading.text) is not None


_STAR = re.compile(r":star2?:|⭐|🌟")


def _unstar_first(units: list[Entry | None]) -> list[Entry | None]:
    """The units without a first entry the section stars alone (`[Are we web yet?](u) :star: -
    A summary…`, a pointer to the topic's own awesome list): it heads the section on purpose."""
    return _apart_first(units, lambda u: _STAR.search(u.text) is not None) if len(units) > 2 else units


def _apart_first(units: list[Entry | None], marked) -> list[Entry | None]:
    """The units without their first entry when it alone is ``marked``: set apart to head them."""
    present = [i for i, u in enumerate(units) if u is not None]
    if not present or not marked(units[present[0]]) or any(marked(units[i]) for i in present[1:]):
        return units
    units = units.copy()
    units[present[0]] = None
    return units


def _described(e: Entry) -> bool:
    """Whether an item says more than its link: words after the link that names it."""
    if not e.links or e.row is not None:
        return False
    return bool(e.doc_text[e.links[0].end:e.end].strip(" \t\n-–—:.,"))


def _unlike_first(units: list[Entry | None]) -> list[Entry | None]:
    """The units without a first entry that alone says more than its link (`[Relay Meetup](u) -
    A global, online meetup` before `[Amsterdam](u)`, `[Berlin](u)` …): set apart to head the
    list, not filed by name among the rest."""
    return _apart_first(units, _described) if sum(u is not None for u in units) >= 6 else units


# a preprint's venue as an entry writes it, outside link addresses (`arxiv 2020.`, `CoRR`)
_PREPRINT = re.compile(r"(?i)(?<![\w/.])(?:arxiv|preprint|corr)\b(?![./])")
_ADDRESS = re.compile(r"\]\([^()\s]*\)|<https?://[^>\s]*>|https?://\S+")


def _preprint(e: Entry) -> bool:
    return bool(_PREPRINT.search(_ADDRESS.sub("]", e.text)))


def _preprint_tail(units: list[Entry | None], order: Order) -> set[int]:
    """The entries out of a year order that are the section's last ones and preprints, after
    entries nearly all published: the list keeps its preprints at the end of each section
    (published work newest first, then `arxiv 2020.`), an order of its own, not entries out of
    place. Entries out of place above them are still told."""
    keyed = [i for i, k in enumerate(order.keys) if k is not None]
    misplaced = set(order.misplaced)
    m = 0
    while m < len(keyed) and keyed[-1 - m] in misplaced and _preprint(units[keyed[-1 - m]]):
        m += 1
    head = [units[i] for i in keyed[: len(keyed) - m]]
    if not m or sum(_preprint(e) for e in head) > len(head) // 10:
        return set()
    return set(keyed[len(keyed) - m:])


_SHORTCODE = re.compile(r":[a-z0-9_+-]+:")
# words of a link's slot in a section that gives each thing the same links (`Repo`, `Install`,
# `Docs`, `Learn More`): labels of links, not names to sort
_SLOT_WORDS = frozenset("""repo repository source install installation download downloads docs documentation
    learn more samples sample examples example with blog website homepage home page guide
    quickstart getting started api reference tutorial tutorials""".split())


def _link_slots(labels: list[str]) -> bool:
    """Half the section's labels or more are link slots (`Repo`, `Blog with Samples`, `Install`,
    `Docs`, `Learn More`): each section gives its thing the same links, in a fixed order."""
    slots = 0
    for label in labels:
        words = re.findall(r"[a-z]+", _SHORTCODE.sub(" ", label.lower()))
        slots += bool(words) and all(w in _SLOT_WORDS for w in words)
    return 2 * slots >= len([x for x in labels if x])


def _unlike_names(order: Order) -> set[int]:
    """Entries at either end of a name order whose name is not of the section's kind, so no sort
    placed them there: a name that starts with a digit (`99designs/aws-vault` last: digits sort
    first in some orders, last in others), or a plain name among `owner/name` ones (the official
    `aws-sdk-rails` above `appoxy/aws` and `rightscale/right_aws`) or the other way round, where
    two thirds of the others are of the other shape."""
    keyed = [i for i, k in enumerate(order.keys) if k is not None]
    if len(keyed) < 3:
        return set()
    out = set()
    for i in order.misplaced:
        if i not in (keyed[0], keyed[-1]):
            continue  # (`palacaze/sigslot` amid plain names: out of place by either name)
        label = order.labels[i].strip()
        if label[:1].isdigit():
            out.add(i)
            continue
        owned = _owned(label)
        others = [order.labels[j] for j in keyed if j != i]
        if 3 * sum(_owned(x) != owned for x in others) >= 2 * len(others):
            out.add(i)
    return out


def _first_url(e: Entry) -> str:
    return next((k.url.lower().rstrip("/") for k in e.links if not k.is_image), "")


_OWNER_NAME = re.compile(r"[\w.-]+/[\w.-]+")


def _owned(label: str) -> bool:
    """The label is a repository's `owner/name` (`appoxy/aws :fire:`)."""
    return _OWNER_NAME.fullmatch(_SHORTCODE.sub("", label).strip()) is not None


def _featured_first(order: Order) -> bool:
    """The only entry out of a short section's order is its first, and it belongs two places
    down at least: one put at the top on purpose (`The Flask Mega-Tutorial` before `Discover
    Flask` and `Flaskr TDD`), not a slip."""
    first = next((i for i, k in enumerate(order.keys) if k is not None), None)
    if first is None or order.misplaced != [first]:
        return False
    key = order.keys[first]
    rest = [k for k in order.keys[first + 1:] if k is not None]
    # it belongs two places down at least: a swap of the first two is a slip like any other
    return sum(1 for k in rest if (k > key if order.descending else k < key)) >= 2


def _misplaced(keys: Sequence, descending: bool) -> tuple[set[int], list[int]]:
    """The entries in one longest ordered run of ``keys`` (None: no key) and the others.

    Of two entries only one of which can stay, the one left out is the later at the section's
    end and (rising orders) the earlier elsewhere: the entries after the last one of the run
    that keeps the earliest entries are an appended tail (``ucto``, then ``SentencePiece``
    appended after it: ``SentencePiece`` moved), and before it the run keeps the later entry
    of a swapped pair, as a reader who finds ``Boost`` before ``BDE`` reports ``Boost``. A
    falling order (newest first) keeps the earlier entries throughout."""
    idx = [i for i, k in enumerate(keys) if k is not None]
    vals = [keys[i] for i in idx]
    early = ordered_run(vals, descending, True)
    if descending or not early:
        pos = early
    else:
        end = early[-1] + 1  # after it: the appended tail, all out of place
        pos = longest_run(vals[:end])
    run = {idx[p] for p in pos}
    return run, [i for i in idx if i not in run]


def _sorted_by_chance(keys: list) -> float:
    """The chance that a random order of ``keys`` is sorted (either way counts once): the
    product of the factorials of the keys' counts over that of their number."""
    p = 1.0
    seen: dict = {}
    for i, k in enumerate(keys, 1):
        seen[k] = seen.get(k, 0) + 1
        p *= seen[k] / i
    return p


def _raw_title(e: Entry) -> str:
    """The entry's title as written, link brackets and emphasis markers taken off (the parsed
    title reads ``data_morph`` as ``datamorph``: sorted lists compare what is written)."""
    title = e.title or ""
    if e.title_start is None or e.title_end is None:
        return title
    raw = e.doc_text[e.title_start : e.title_end].strip()
    m = _LINK_LABEL.match(raw)
    if m:
        raw = m.group(1)
    raw = raw.strip().strip("*`").strip()
    if raw.startswith("__") and raw.endswith("__"):
        raw = raw[2:-2]
    if not raw or "[" in raw or "](" in raw or "<" in raw:
        return title
    return raw


def _arxiv_id(e: Entry) -> tuple[int, int] | None:
    """The entry's first arXiv id (``2312.09602``) as (yymm, number)."""
    for link in e.links:
        ref = arxiv_ref(link.url)
        if ref is not None and ref.seq:
            return int(ref.yy + ref.mm), int(ref.seq)
    return None


class EntryOrder(Rule):
    """
    ## What it does

    Finds lists (and tables) that are demonstrably sorted by a key it can name, apart from a
    few entries (a field of an entry, `- github(Keras): <url>`, has no name to sort by), and
    reports each entry out of place, saying which order it breaks ("out of
    alphabetical order by name (case ignored)", "out of year order, newest first") and where
    the entry belongs. The keys are the name (the title as written, without case; also letters
    and digits only, word by word, accents dropped, numbers by value with a gap before a number
    (`efm32gg-pac`, `efm32gg11b-pac`, `efm32jg1b-pac`, `efm32jg12b-pac`), `+` read as "plus", or in
    capitals by character code, `SyncGAN` before `S^2GAN`, also with the punctuation dropped,
    `bashbro` before `bash-stack`), the
    first author's surname (of a paper entry that names its authors in emphasis,
    `_Yejin Bang et al._` or `*Colin Raffel, Noam Shazeer.*`; without case or accents), the
    year (of a row's Year column, else of the venue tag (a table of data sets runs by each set's
    year, `2022 | … | [TGRS2021](…)`, not its paper's), of a trailing `` `2019` `` code span or of a
    year in parentheses right after the title, `**Title**(1989)`, rising or falling) and the date an entry is listed under: a Date cell (`04/2024`, `2024-04`), or a
    month and year that opens the entry or follows its title (`` `2023.01` Title``,
    `[2023-01]`, `2023/01`, `Mar 2023`, day first `12 Feb 2020`, or in a label after the title,
    `[[arXiv 28 May 2019]](…)`), or a numeric month date that closes the item's last line
    after its links (`[[pdf](…)], 2021.7`), each rising or falling, entries of one month in any
    order (rows whose Date cell gives only the year, `2017`, count as dated rows of the column
    but take no place in its month order, and are not reported); when nine in ten of the dates give the day (`2023-10-14`), by the day, and then the
    year order does not excuse two entries of one year out of date order. A title that opens with such a date is no name: its section is checked by the date,
    never by the text after it. A venue calendar, a
    benchmark's task order or a city grouping is no such key: those sections are not checked,
    and a title that is a venue and year (`**AAAI 2023** [Paper](…)`) or that opens with a
    rank (`1) Title`, `(2) Title`, `#3 Title`: the order of the numbers) is no name.
    The entries in place are those of the longest ordered run (found in n·log n); the others
    are out of place. Of two entries only one of which can stay, the later is reported when
    they end the section (it is the one appended) and the earlier elsewhere. Two rows of one
    paper (one title, one link: a method at two settings) out of place together are one finding.

    A section counts as sorted by a key only when all of these hold:

    - at least `min_entries` entries, nine in ten of them with the key;
    - at most `max_misplaced` of the entries out of place, or twice that when the extra ones
      are among the section's last entries (a sorted section that grew at its end);
      or a sorted head with an unsorted tail appended: when the section's start (two thirds of
      it or more) passes every test here on its own and the rest is not in order in itself
      (a sorted tail of three or more is a group of its own), each tail entry that does not
      continue the head's order is out of place, and no entry of the sorted head;
    - at most one adjacent pair in five against the order, and the steps along the order
      outnumber those against it three to one;
    - its first entries (a quarter, at least four) are in order, two in three of them, or
      three in four of their adjacent pairs step along the order (a few entries filed early,
      `check` and `doctest` before `Catch2`): a section whose head is unsorted is in order of
      addition, not sorted;
    - for names, at most one adjacent pair in five with equal names (equal names are venues,
      categories or platforms: the order is another one);
    - for years and dates, at least `min_years` distinct values, and a random order of the
      same keys would look as sorted at most `max_chance` of the time (equal years sort by
      chance);
    - for a short section (under 12 entries with the key) in a file of three or more checked
      sections that sorts fewer than a third of them by that kind of key, that chance is five
      times smaller (such a file's short sections are nearly sorted by chance more often than
      by care), unless the entries out of place are the section's last and the distinct
      entries before them, in order, are that unlikely by chance on their own (a sorted
      section that grew at its end).

    A section shorter than `min_entries` (two entries or more) shows no order of its own, but
    in a file that sorts by name at least five of its longer sections, four in five of them, it
    keeps the file's convention: it is checked by name, with one entry out of place at most
    and no two equal names (two, but never more than half of the section, when it has four
    entries or more and the file sorts at least ten of its longer sections by name, nine in
    ten of them); not when its only entry out of place is its first and belongs two places
    down at least (one put at the top on purpose, `The Flask Mega-Tutorial` before `Discover Flask`), nor a section of official
    resources (`## Official Resources`: documentation, tutorial and source in order of
    importance), nor a short list nested in an item (the entry's own links or examples in the
    order its author chose; a list under a bare label of three words at most, `* Attributes`,
    is a sub-section and keeps the convention), nor a short list whose items mostly have no link or open with prose
    before it (a plugin's features: `- Configuration file using [TOML](…) syntax.`). Likewise in a file that sorts at least five of its longer sections
    by date, four in five of them, all one way (newest first, say): a short section whose
    entries are all dated (four or more, three distinct dates at least) is checked in that
    direction, with one entry out of place at most. Bullet lists that follow one another with only blank lines
    between them (a `-` item among `*` items starts a new list in Markdown) are checked as one
    list.

    Lists that write each paper as a paragraph of its own (`[Title](…), Venue 2024`, or a bold
    title with the authors, `[31th Oct., 2024]` and the links on the lines below it; three such
    paragraphs in the file at least) are read too: the paragraphs of one section are one list,
    each with the first year written after its title and the first date in brackets (the day
    first, `[3rd Oct., 2024]`, as well as the forms above). They are reported, never moved.

    A section's first entry that alone carries a star (`:star:`, ⭐: a pointer to the topic's
    own awesome list) heads it on purpose and has no place in its order; so does a first entry
    that alone says more than its link in a list of six or more (`[Relay Meetup](…) - A global,
    online meetup` before `[Amsterdam](…)`, `[Berlin](…)` …), and the unsafe fix leaves such an
    entry where it is. Preprints kept at the
    end of a section ordered by year (published papers newest first, then `arxiv 2020.`, the
    entries above nearly all published) are the list's own order and are not reported. Names
    are also compared with the letters that lose no accent spelt out (`Træfɪk` as "traefik").
    Sections whose entries are mostly a link's slot rather than a name (`Repo`, `Install`,
    `Docs`, `Learn More`: each section gives its thing the same links, in a fixed order) are not
    read by name. At either end of a section, a name starting with a digit (`99designs/aws-vault`
    last: some orders put digits after letters) and a plain name among `owner/name` ones (the
    official `aws-sdk-rails` above `appoxy/aws`), or the other way round, are not reported; nor
    is a name the section lists twice (AL003's duplicate: the copy is deleted, not moved).

    Every key that passes is a plausible order of the section. The plausible name or year
    order with fewest entries out of place is reported, and only at entries that every
    plausible order puts out of place: when another name key (a list sorted with `_` before
    letters, `TinyXML2` before `TinyXML++`) or the arXiv ids (a table in preprint order, where
    a paper published a year later sits at its preprint's place) explain an entry's place, it
    is not reported. A section that some plausible key explains entirely gets no finding.

    On by default, as a warning (an entry out of order is a style fault, not a broken page):
    measured precision 98% (266 right, 5 wrong) on the hand-annotated tuning lists. Turn it off
    with `ignore: [AL016]` (or `--ignore AL016`) for a list whose order is deliberate in a way
    no key explains.

    ## Why it matters

    Readers scan a sorted list by its order: an entry out of place is not found where it is
    looked for, and it is usually a new entry appended at the end instead of inserted.

    ## Example

    ```markdown
    - [Alpha](https://example.org/a) - First.
    - [Beta](https://example.org/b) - Second.
    - [Delta](https://example.org/d) - Fourth.
    - [Epsilon](https://example.org/e) - Fifth.
    - [Kappa](https://example.org/k) - Tenth.
    - [Gamma](https://example.org/g) - Third.
    - [Lambda](https://example.org/l) - Eleventh.
    ```

    Use instead:

    ```markdown
    - [Alpha](https://example.org/a) - First.
    - [Beta](https://example.org/b) - Second.
    - [Delta](https://example.org/d) - Fourth.
    - [Epsilon](https://example.org/e) - Fifth.
    - [Gamma](https://example.org/g) - Third.
    - [Kappa](https://example.org/k) - Tenth.
    - [Lambda](https://example.org/l) - Eleventh.
    ```

    ## Fix safety

    Unsafe: the order of a list can be deliberate in ways a tool cannot see. The fix moves the
    entries into their places: an entry moves whole, with its continuation lines and nested
    items, the blank lines between entries stay where they are, and a numbered list stays
    numbered (the numbers stay in place, the entries move). Table rows move whole; an index
    column keeps its numbers. No text is changed and every URL stays in the file. The fix is not
    offered when an entry has no key to sort by, when the entries are paragraphs, when another plausible order keeps some
    entry the reported order would move, or when the entries span several lists.
    """

    code = "AL016"
    default_enabled = True
    severity = WARNING
    name = "entry-order"
    summary = "An entry sits out of its section's name or year order"
    fix_availability = FIX_SOMETIMES
    tags = ("conventions", "order")
    options = {
        "min_entries": Option(int, 7, "Lists with fewer entries are not checked.", ge=2, le=1_000_000),
        "max_misplaced": Option(float, 0.15, "Largest share of entries out of place for a list to count as sorted.", ge=0, lt=1),
        "min_years": Option(int, 3, "Fewest distinct years for a year order.", ge=2, le=1000),
        "max_chance": Option(float, 0.01, "Largest chance that a random order looks as sorted.", gt=0, le=1),
        "by": Option(str, "any", "Orders to look for.", choices=("any", "name", "year")),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        groups: dict[int, tuple[ListBlock | Table, list[Entry]]] = {}
        for e in doc.entries:
            cont = e.container
            if cont is None:
                continue
            groups.setdefault(id(cont), (cont, []))[1].append(e)
        studied = []
        short = []
        for cont, units in [*self._runs(doc, groups.values()), *self._paragraphs(doc)]:
            if sum(1 for u in units if u is not None) < self.opts.min_entries:
                short.append((cont, units))
                continue
            studied.append((cont, units, [p for p in map(self._plausible, self._orders(doc, units)) if p is not None]))
        # the file's convention: how many of its sections each kind of key sorts
        sorted_by: dict[str, int] = {}
        for _cont, _units, plausible in studied:
            # a section sorted only up to an appended tail is no evidence for short ones
            for kind in {o.kind for o in plausible if not o.tail}:
                sorted_by[kind] = sorted_by.get(kind, 0) + 1
        for cont, units, plausible in studied:
            yield from self._check_group(doc, cont, units, plausible, sorted_by, len(studied))
        # a file that sorts its sections by date, all one way: its short sections keep it too
        dated = [o for _c, _u, plausible in studied for o in plausible if o.kind == "date" and not o.tail]
        ways = {o.descending for o in dated}
        if len(ways) == 1 and len(dated) >= CONVENTION and len(dated) >= CONVENTION_SHARE * len(studied):
            desc = ways.pop()
            for cont, units in short:
                if _sub_list(cont, doc):
                    continue
                order = self._short_dates(units, desc)
                if order is not None:
                    yield from self._check_group(doc, cont, units, [order], sorted_by, len(studied))
        named = sorted_by.get("name", 0)
        if named >= CONVENTION and named >= CONVENTION_SHARE * len(studied):
            # a file that sorts its sections by name: its short sections keep the convention too
            # a file that sorts nine in ten of ten or more sections: a short section of four
            # entries or more may have two out of place (`PHPWord` before `PHPSpreadsheet`, then
            # `OpenSpout` appended), never more than half of it
            firm = named >= FIRM_CONVENTION and named >= FIRM_SHARE * len(studied)
            for cont, units in short:
                n = sum(1 for u in units if u is not None)
                if n < 2 or _official(cont) or _sub_list(cont, doc) or _features(units):
                    continue
                most = 2 if firm and n >= 4 else 1
                plausible = [o for o in self._orders(doc, units, short=most)
                             if self._short_sorted(o, most) and not _featured_first(o)]
                yield from self._check_group(doc, cont, units, plausible, sorted_by, len(studied))

    def _short_dates(self, units: list[Entry | None], desc: bool) -> Order | None:
        """The date order of a short section (four dated entries or more, every entry dated) in
        a file whose sections run by date one way: in that direction with one entry out of
        place at most, and at least three distinct dates (a run of one month shows no order)."""
        keys = self._dates(units)
        have = [k for k, u in zip(keys, units) if u is not None and k is not None]
        if len(have) < SHORT_DATES or len(have) != sum(1 for u in units if u is not None) or len(set(have)) < 3:
            return None
        run, mis = _misplaced(keys, desc)
        if len(mis) != 1 or _descents(have, desc) > 1:
            return None
        raws = [_raw_title(u) if u is not None else "" for u in units]
        labels = []
        for r in raws:
            d = lead_date(r)
            labels.append(r[d[1]:] if d else r)
        return Order("date", desc, keys, run, mis, labels, "date order, newest first" if desc else "date order, oldest first")

    @staticmethod
    def _short_sorted(order: Order, most: int = 1) -> bool:
        """Whether a short section of a name-sorted file is in this name order: ``most`` entries
        out of place at most (one; two in a file that sorts nearly every section, and never more
        than half of the section), no two equal names (equal names are a grouping)."""
        keys = [k for k in order.keys if k is not None]
        return (len(order.misplaced) <= most and 2 * len(order.misplaced) <= len(keys)
                and _descents(keys, False) <= most and not any(map(eq, keys, keys[1:])))

    def _runs(self, doc: Document, groups) -> Iterator[tuple[ListBlock | Table | None, list[Entry | None]]]:
        """Each list or table with its units; bullet lists that follow one another with only
        blank lines between them, at one depth under one parent, are one run (a ``-`` item
        among ``*`` items starts a new list in Markdown, but the reader sees one list). A run
        of several lists has no container (its entries are reported, not moved)."""
        prev = None
        merged: tuple[ListBlock | Table | None, list[Entry | None]] | None = None
        for cont, entries in groups:
            units = self._units(cont, entries)
            if (isinstance(cont, ListBlock) and isinstance(prev, ListBlock) and merged is not None
                    and not cont.ordered and not prev.ordered and cont.depth == prev.depth
                    and cont.parent is prev.parent and cont.section is prev.section
                    and cont.marker != prev.marker and cont.line > prev.end_line
                    and all(not doc.line_text(n).strip() for n in range(prev.end_line + 1, cont.line))):
                merged = (None, merged[1] + units)
            else:
                if merged is not None:
                    yield merged
                merged = (cont, units)
            prev = cont
        if merged is not None:
            yield merged

    def _paragraphs(self, doc: Document) -> list[tuple[None, list[Entry | None]]]:
        """The paper paragraphs of each section (a list that writes each paper as a paragraph of
        its own, ``[Title](…), Venue 2024`` or ``**Title** \\`` with its date and link below),
        as one run per section of at least ``min_entries`` of them, each with the year written
        after its title. They have no container: they are reported, not moved."""
        by_section: dict[int, list[Entry | None]] = {}
        for e in paper_paragraphs(doc, any_link=True):
            by_section.setdefault(id(e.section), []).append(msgspec.structs.replace(e, year=para_year(e)))
        return [(None, units) for units in by_section.values() if len(units) >= self.opts.min_entries]

    # ---- detection -----------------------------------------------------------------------
    def _units(self, cont, entries: list[Entry]) -> list[Entry | None]:
        """One slot per item/row of the container, with its entry (None: not an entry)."""
        if isinstance(cont, ListBlock):
            by_item = {id(e.item): e for e in entries}
            units = [by_item.get(id(i)) for i in cont.items]
        else:
            by_row = {id(e.row): e for e in entries}
            units = [by_row.get(id(r)) for r in cont.rows]
        return _unlike_first(_unstar_first(units))

    def _orders(self, doc: Document, units: list[Entry | None], short: int = 0) -> Iterator[Order]:
        """Every order the section could be in: each name key rising; the year, the month and
        year of a Date column and the arXiv id, each rising and falling. An order is yielded
        when enough entries have its key; whether it explains the section is
        :meth:`_sorted_enough`'s question. ``short``: the name orders of a section too short to
        show an order of its own, every entry with a name."""
        raws = [_raw_title(u) if u is not None else "" for u in units]
        leads = [lead_date(r) for r in raws]
        # a title that opens with a date is the date and a name: shown without the date, and
        # no name the section could be sorted by (it is sorted by the date, if at all)
        labels = [r[d[1]:] if d else r for r, d in zip(raws, leads)]
        n_entries = sum(1 for u in units if u is not None)
        enough = n_entries if short else max(self.opts.min_entries, 0.9 * n_entries)
        if self.opts.by in ("any", "name"):
            titled = [u is not None and bool(u.title and u.title.strip()) and d is None
                      and not _VENUE_TITLE.fullmatch(r) and not _RANKED.match(r)
                      and not _FIELD_ITEM.match(u.text)
                      for u, r, d in zip(units, raws, leads)]
            if sum(titled) >= enough:
                variants = [_name_keys(r) if t else None for r, t in zip(raws, titled)]
                limit = int(short) if short else self._limit(sum(titled))
                for v in range(N_KEYS):
                    keys = [x[v] if x is not None else None for x in variants]
                    # an order needs at least as many entries moved as it has descents: skip the
                    # run search when that is already too many to be sorted enough
                    if BOUNDS and _descents([k for k in keys if k is not None], False) > limit + self._tail_room(sum(titled), short):
                        continue
                    run, mis = _misplaced(keys, False)
                    yield Order("name", False, keys, run, mis, labels, NAME_KEYS[v])
                # a plain sort by code point (capitals first, the lower-case names gathered at
                # the end: `DLRover` before `Dask`), when the names' first letters are so gathered
                cased = [r[:80].strip() if t else None for r, t in zip(raws, titled)]
                have = [k for k in cased if k is not None]
                low = [k[:1].islower() for k in have]
                # (two capitals out of order between themselves heading lower-case names,
                # `Output Formats`, `Command-line Invocation`, `circo`, `dot` …, are pages set
                # apart, not names of that order)
                caps = [k for k in have if not k[:1].islower()]
                if sum(low) >= 2 and low == sorted(low) and (len(caps) >= 3 or caps == sorted(caps)):  # every lower-case name after every capital
                    run, mis = _misplaced(cased, False)
                    yield Order("name", False, cased, run, mis, labels, "name (by code point: capitals first)")
                    # and so with the punctuation dropped (`bashbro` before `bash-stack`, `bashttpd`)
                    bare = [_PUNCT.sub("", k) if k is not None else None for k in cased]
                    if bare != cased:
                        run, mis = _misplaced(bare, False)
                        yield Order("name", False, bare, run, mis, labels, "name (by code point: capitals first, punctuation ignored)")
        if self.opts.by in ("any", "name") and not short:
            authors = [first_author(u) if u is not None else None for u in units]
            akeys = [author_key(a) if a else None for a in authors]
            have = [k for k in akeys if k is not None]
            if len(have) >= enough and not (BOUNDS and _descents(have, False) > self._limit(len(have)) + self._tail_room(len(have))):
                run, mis = _misplaced(akeys, False)
                yield Order("author", False, akeys, run, mis, [a or "" for a in authors], "first author's surname")
        if self.opts.by in ("any", "year") and not short:
            dated = (("year", [self._year(doc, u) if u is not None else None for u in units]),
                     ("date", self._dates(units)),
                     ("arxiv", [_arxiv_id(u) if u is not None else None for u in units]))
            for kind, keys in dated:
                have = [y for y in keys if y is not None]
                # a Date column that gives some rows' year only: those rows have no place in the
                # date order, but they are dated rows of the column, not a sign it is no key
                loose = self._year_only(units, keys) if kind == "date" else 0
                if len(have) + loose < enough or len(have) < self.opts.min_entries or len(set(have)) < self.opts.min_years:
                    continue
                limit = self._limit(len(have))
                for desc in (False, True):
                    if BOUNDS and _descents(have, desc) > limit + self._tail_room(len(have)):
                        continue  # too many out of order to be sorted enough
                    run, mis = _misplaced(keys, desc)
                    what = {"year": "year", "date": "date", "arxiv": "arXiv id"}[kind]
                    what += " order, newest first" if desc else " order, oldest first"
                    yield Order(kind, desc, keys, run, mis, labels, what)

    @staticmethod
    def _year_only(units: list[Entry | None], keys: list) -> int:
        """How many undated rows give a bare year in the column that holds the other rows'
        dates (each dated row's date in that one column)."""
        cols = {date_column(u) for u, k in zip(units, keys) if u is not None and k is not None}
        if len(cols) != 1 or None in cols:
            return 0
        col = cols.pop()
        return sum(1 for u, k in zip(units, keys) if u is not None and k is None and year_only(u, col))

    @staticmethod
    def _dates(units: list[Entry | None]) -> list[tuple[int, ...] | None]:
        """Each entry's date: (year, month, day) when nine in ten of the dated entries give the
        day (``2023-10-14``: such a section runs by the day, and ``2023-10-14`` above
        ``2023-10-20`` in a newest-first table is out of place), else (year, month) (entries of
        one month in any order)."""
        days = [(para_date(u) if u.kind == "para" else entry_date(u, day=True)) if u is not None else None
                for u in units]
        have = [d for d in days if d is not None]
        if have and sum(1 for d in have if d[2]) >= 0.9 * len(have):
            return [d if d is not None and d[2] else None for d in days]
        return [d[:2] if d is not None else None for d in days]

    @staticmethod
    def _year(doc: Document, e: Entry) -> int | None:
        """The entry's year: a row's Year column first (a table of data sets sorted by the year
        of each set, `2022 | … | [TGRS2021](…)`, its venue cell naming the paper's), else its
        venue tag's, a trailing year's or one after the title."""
        row = e.row
        if row is not None and row.table is not None:
            m = column_year(row, year_column(row.table.columns))
            if m:
                return int(m.group())
        if e.year is not None:
            return e.year
        m = _TRAILING_YEAR.search(e.text)
        if m:
            return int(m.group(1))
        if e.title_end is not None and e.start <= e.title_end <= e.end:
            m = _YEAR_AFTER_TITLE.match(e.doc_text, e.title_end, e.end)  # **Title**(1989), [Title](…) (2014)
            if m:
                return int(m.group(1))
        return None

    def _limit(self, n: int) -> int:
        """The most entries out of place for ``n`` keyed entries to count as sorted."""
        return max(1, math.ceil(n * self.opts.max_misplaced - 1e-9))

    def _sorted_enough(self, order: Order) -> bool:
        """Whether the section is demonstrably in this order: few entries out of place, nearly
        every adjacent pair in order, a head that is in order, names that are not mostly equal,
        and not an order a random arrangement of the same keys would show by chance."""
        keys = [k for k in order.keys if k is not None]
        n = len(keys)
        m = len(order.misplaced)
        if n < self.opts.min_entries or (m > self._limit(n) and not self._appended(order, n, m)):
            return False
        pairs = n - 1
        if _descents(keys, order.descending) > max(1, MAX_DESCENTS * pairs):
            return False
        ties = sum(map(eq, keys, keys[1:]))
        if order.kind in ("name", "author") and ties > MAX_NAME_TIES * pairs:
            return False
        descents = _descents(keys, order.descending)
        steps = pairs - ties - descents
        if steps < 2 or steps < 3 * descents:
            return False  # the steps in the order must outnumber those against it three to one
        head = max(4, math.ceil(n / 4))  # a section whose first entries are unsorted is not sorted
        keyed = [i for i, k in enumerate(order.keys) if k is not None]
        mis = set(order.misplaced)
        if sum(1 for i in keyed[:head] if i in mis) * 3 > head and _descents(keys[:head], order.descending) * 4 > head - 1:
            return False  # (a head with few steps against the order is sorted: `check`, `doctest` before `Catch2`)
        if m == 0:
            return True
        return not self._likelier_than(keys, m, order.descending, self.opts.max_chance)

    @staticmethod
    def _tail_room(n: int, short: bool = False) -> int:
        """How many more descents than ``max_misplaced`` allows an order may have and still be
        a sorted head with an appended tail (:meth:`_with_tail`): the tail's entries."""
        return 0 if short else n // (TAIL_SHARE_INV)

    def _plausible(self, order: Order) -> Order | None:
        """The order if it explains the section (:meth:`_sorted_enough`), or the order of a
        sorted head with an unsorted tail appended to it (:meth:`_with_tail`), or None."""
        if self._sorted_enough(order):
            return order
        return self._with_tail(order)

    def _with_tail(self, order: Order) -> Order | None:
        """A section sorted up to some entry, with entries appended after it in no order: the
        commonest way a sorted list decays. The head (the longest start of the section within
        ``max_misplaced`` of sorted, at least two thirds of it) must be sorted by every test of
        :meth:`_sorted_enough` on its own, and not by chance even when no entry of it is out of
        place; the tail (the rest, at most a third) must not be in
        order itself (a sorted tail of three or more is a group of its own, sorted apart). The
        head's out-of-place entries and every tail entry that does not continue the head's run
        are out of place: each appended entry is reported, and no entry of the sorted head."""
        keyed = [i for i, k in enumerate(order.keys) if k is not None]
        vals = [order.keys[i] for i in keyed]
        n = len(vals)
        least = max(self.opts.min_entries, math.ceil(n * (1 - 1 / TAIL_SHARE_INV) - 1e-9))
        if n - 1 < least:
            return None
        desc = order.descending
        runs = prefix_runs(vals, desc)
        against = lt if desc else gt
        drops = [0]
        for a, b in zip(vals, vals[1:]):
            drops.append(drops[-1] + against(a, b))
        # drops[p - 1]: descents among the first p keys
        head = next((p for p in range(n - 1, least - 1, -1)
                     if p - runs[p] <= self._limit(p) and drops[p - 1] <= max(1, MAX_DESCENTS * (p - 1))), None)
        if head is None:
            return None
        tail = vals[head:]
        if len(tail) >= 3 and _descents(tail, desc) == 0:
            return None  # a sorted group of its own after the first
        head_keys = list(order.keys)
        for i in keyed[head:]:
            head_keys[i] = None
        run, mis = _misplaced(head_keys, desc)
        if not self._sorted_enough(Order(order.kind, desc, head_keys, run, mis, order.labels, order.what)):
            return None
        if not mis and _sorted_by_chance(vals[:head]) > self.opts.max_chance:
            return None  # a head of few distinct keys in order by chance (sorted_enough takes m = 0 as sorted)
        top = order.keys[max(run)]  # the head's run ends at its greatest key (least when falling)
        cont = [j for j in range(head, n) if not against(top, vals[j])]
        keep = set(run) | {keyed[cont[q]] for q in ordered_run([vals[j] for j in cont], desc, True)}
        misplaced = [i for i in keyed if i not in keep]
        if not any(i in misplaced for i in keyed[head:]):
            return None
        return Order(order.kind, desc, order.keys, keep, misplaced, order.labels, order.what, tail=True)

    def _appended(self, order: Order, n: int, m: int) -> bool:
        """Whether the entries out of place beyond ``max_misplaced`` were appended: at most
        twice ``max_misplaced`` of the entries out of place in all, and of those before the
        section's last such share, no more than ``max_misplaced`` allows (a sorted section
        that grew at its end, the usual way a sorted list decays)."""
        tail = math.ceil(n * self.opts.max_misplaced * APPENDED_TAIL - 1e-9)
        if m > tail:
            return False
        keyed = [i for i, k in enumerate(order.keys) if k is not None]
        early = set(keyed[: n - tail])
        return sum(1 for i in order.misplaced if i in early) <= self._limit(n)

    @staticmethod
    def _likelier_than(keys: list, m: int, descending: bool, limit: float) -> bool:
        """Whether ``_chance(keys, m, descending) > limit``, with the same seeded trials but
        cheaper: a shuffle with more than ``m`` descents (ascents when descending) cannot be
        within ``m`` entries of sorted (deleting one entry removes at most one descent), which
        settles most trials without a longest-run search, and the trials stop once the hits
        exceed ``limit``."""
        distinct = len(set(keys))
        if distinct == len(keys) and len(keys) >= 12:
            return 0.0 > limit
        trials = 400
        if distinct == 1:  # every order is sorted
            return 1.0 > limit
        need = len(keys) - m  # the longest ordered run a hit needs
        hits = 0
        pool = list(keys)
        for pool in _shuffles(pool, len(keys) * 7919 + m, trials):
            if _descents(pool, descending) > m:
                continue
            run = longest_run(pool[::-1] if descending else pool)
            if len(run) >= need:
                hits += 1
                if hits / trials > limit:
                    return True
        return hits / trials > limit

    @staticmethod
    def _chance(keys: list, m: int, descending: bool) -> float:
        """Share of random orders of the same keys that are at most ``m`` entries from sorted
        (seeded, so a run is reproducible). The rule asks :meth:`_likelier_than` instead, which
        decides the same from the same trials; this is the reference it is tested against."""
        distinct = len(set(keys))
        if distinct == len(keys) and len(keys) >= 12:
            return 0.0  # a random order of 12+ distinct keys is never this close to sorted
        rng = random.Random(len(keys) * 7919 + m)
        trials = 400
        hits = 0
        pool = list(keys)
        for _ in range(trials):
            rng.shuffle(pool)
            _run, mis = _misplaced(pool, descending)
            if len(mis) <= m:
                hits += 1
        return hits / trials

    def _appended_to_sorted(self, order: Order) -> bool:
        """Whether the entries out of place are the section's last ones and every entry before
        them is in order, distinct keys that a random order would sort at most ``max_chance``
        / 5 of the time: a sorted section with entries appended at its end (the commonest way a
        sorted list decays), as unlikely by chance as the short-section test demands, even
        where a misplaced entry anywhere would not be."""
        keyed = [i for i, k in enumerate(order.keys) if k is not None]
        m = len(order.misplaced)
        if not m or sorted(order.misplaced) != keyed[-m:]:
            return False
        head = [order.keys[i] for i in keyed[:-m]]
        if len(set(head)) < len(head) or _descents(head, order.descending):
            return False
        return _sorted_by_chance(head) <= self.opts.max_chance / 5

    # ---- findings ------------------------------------------------------------------------
    def _check_group(self, doc: Document, cont, units: list[Entry | None], plausible: list[Order],
                     sorted_by: dict[str, int], studied: int) -> Iterator[Finding]:
        """The section's orders that explain it (:meth:`_sorted_enough`) are its plausible
        orders. The one with fewest entries out of place among name and year orders is reported,
        and only at entries that every plausible order puts out of place: when a name key or
        the arXiv ids explain an entry's place, it is not reported. A short section (fewer
        than :data:`SHORT` keyed entries) in a file that sorts fewer than a third of its checked
        sections (of three or more) by that kind of key must be five times less likely by
        chance: there it is nearly sorted by chance more often than by care."""
        # a date order refines the year order of its direction (a year's entries by their
        # dates): that year order explains nothing the date order does not
        refined = {o.descending for o in plausible if o.kind == "date"}
        plausible = [o for o in plausible if not (o.kind == "year" and o.descending in refined)]
        reportable = [o for o in plausible if o.kind in ("name", "author", "year", "date")]
        if not reportable:
            return
        best = min(reportable, key=lambda o: (len(o.misplaced), o.kind != "date"))
        keys = [k for k in best.keys if k is not None]
        # a file whose sections are mostly not in this kind of order: a short section in it
        # is nearly sorted by chance more often than by care
        against = studied >= 3 and 3 * sorted_by.get(best.kind, 0) < studied
        if (best.misplaced and len(keys) < SHORT and against and not self._appended_to_sorted(best)
                and self._likelier_than(keys, len(best.misplaced), best.descending, self.opts.max_chance / 5)):
            return
        if best.kind == "name" and _link_slots(best.labels):
            return
        tail = _preprint_tail(units, best) if best.kind in ("year", "date") else set()
        if best.kind == "name":
            tail |= _unlike_names(best)
            # a name the section lists twice with one link: the second copy is AL003's duplicate,
            # deleted, not moved (`rpmalloc` under two owners is two entries, one out of place)
            seen = Counter((k, _first_url(u)) for k, u in zip(best.keys, units) if k is not None and u is not None)
            tail |= {i for i in best.misplaced if seen[best.keys[i], _first_url(units[i])] > 1}
        out_of_place = [set(o.misplaced) for o in plausible]
        report = [i for i in best.misplaced if i not in tail
                  and all(o.keys[i] is None or i in mis for o, mis in zip(plausible, out_of_place))]
        if not report:
            return
        fix = self._fix(doc, cont, units, best) if cont is not None and len(report) == len(best.misplaced) else None
        run = sorted(best.run)
        what = ("alphabetical order by " + best.what) if best.kind in ("name", "author") else best.what
        reported = set(report)
        for i in report:
            if (i - 1 in reported and best.labels[i - 1] == best.labels[i] and best.keys[i - 1] == best.keys[i]
                    and _first_url(units[i - 1]) == _first_url(units[i])):
                continue  # one paper's two rows (two settings) out of place together: one slip, one finding
            e = units[i]
            k = best.keys[i]
            after = [j for j in run if (best.keys[j] >= k if best.descending else best.keys[j] <= k)]
            if after:
                j = after[-1]
                where = f'after "{shorten(best.labels[j])}" (line {units[j].line})'
            else:
                j = run[0]
                where = f'before "{shorten(best.labels[j])}" (line {units[j].line})'
            shown = {"year": lambda: f" ({k})",
                     "date": lambda: f" ({k[0]}-{k[1]:02d}-{k[2]:02d})" if len(k) > 2 else f" ({k[1]:02d}/{k[0]})"}.get(best.kind)
            col = doc.position(e.start)[1]
            yield self.finding(
                f'entry "{shorten(best.labels[i])}"{shown() if shown else ""} is out of {what}: it belongs {where}',
                e.line, col, e.line, len(doc.line_text(e.line)) + 1, fix=fix, related=(units[j].line,),
            )

    # ---- fix -----------------------------------------------------------------------------
    def _fix(self, doc: Document, cont, units, order: Order) -> Fix | None:
        n = len(units)
        # entries with no key at the top (a starred or described first entry set apart, an
        # undated first entry) keep their place; one further down leaves the fix undone
        pinned = next((i for i, k in enumerate(order.keys) if k is not None), n)
        if any(k is None for k in order.keys[pinned:]):
            return None
        perm = [*range(pinned), *sorted(range(pinned, n), key=lambda i: order.keys[i], reverse=order.descending)]
        if perm == list(range(n)):
            return None
        edits: list[Edit] = []
        if isinstance(cont, ListBlock):
            segs = item_segments(doc, cont.items)
            if segs is None:
                return None
            for slot, src in enumerate(perm):
                if slot == src:
                    continue
                s, e = segs[src]
                text = doc.text[s:e]
                if cont.ordered:
                    slot_item = cont.items[slot]
                    number = doc.text[slot_item.marker_start : slot_item.marker_end - 1]
                    text = renumber_segment(text, s, cont.items[src], doc, number)
                    if text is None:
                        return None
                edits.append(Edit(segs[slot][0], segs[slot][1], text))
        else:
            rows = cont.rows
            cols = [c.strip().casefold() for c in cont.columns]
            from ..document import INDEX_HEADERS

            index = bool(cols) and cols[0] in INDEX_HEADERS
            for slot, src in enumerate(perm):
                if slot == src:
                    continue
                row = rows[src]
                text = doc.text[row.start : row.end]
                if index and row.cells and rows[slot].cells:
                    c = row.cells[0]
                    text = text[: c.start - row.start] + rows[slot].cells[0].text + text[c.end - row.start :]
                edits.append(Edit(rows[slot].start, rows[slot].end, text))
        lo = doc.line_starts[cont.line - 1]
        hi = doc.line_end(cont.end_line)
        if any(e.start < lo or e.end > hi for e in edits):
            return None
        what = {"name": "name", "year": "year", "date": "date"}.get(order.kind, order.kind)
        # the re-parse that proves the move keeps the list is run only when the fix is applied
        return Fix(tuple(edits), safe=False, description=f"move the entries into {what} order",
                   verify=keeps_check(doc, edits, cont.line, cont.end_line, ("top_lists", "links", "entries")),
                   local_verify=True)

