"""AL016 entry-order: an entry out of its list's name or year order."""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterator, Sequence
from operator import gt, lt

import msgspec

from ..document import Document, Entry, ListBlock, Table
from ..model import Edit, Finding, Fix
from ..textutil import shorten, strip_accents
from ..reorder import item_segments, longest_run, renumber_segment
from .base import FIX_SOMETIMES, Option, Rule

_TRAILING_YEAR = re.compile(r"`((?:19[5-9]|20\d)\d)`\W*$")
_ALNUM = re.compile(r"[\W_]+", re.UNICODE)
_DIGITS = re.compile(r"(\d+)")


def _name_keys(title: str) -> list[object]:
    """The ways lists are sorted by name, all without case: as written; as the raw Markdown
    line (``[Tube Archivist]`` before ``[Tube]``); letters and digits only; words; accents
    dropped; numbers compared as numbers."""
    folded = title[:80].lower().strip()  # the order of long titles is settled by their start
    alnum = _ALNUM.sub("", folded)
    spaced = _ALNUM.sub(" ", folded).strip()
    plain = strip_accents(alnum)
    natural = tuple((0, int(p), "") if p.isdecimal() else (1, 0, p) for p in _DIGITS.split(spaced) if p.strip())
    return [folded, folded + "]", alnum, spaced, plain, natural]


N_KEYS = 6
#: Skip the longest-run search for orders whose descents already rule them out (off in the
#: tests that compare both ways).
BOUNDS = True


class Order(msgspec.Struct):
    kind: str  # 'name' or 'year'
    descending: bool
    keys: list  # one per unit (None: no key)
    run: set[int]  # indexes (into units) in the longest ordered run
    misplaced: list[int]
    labels: list[str]


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


def _misplaced(keys: Sequence, descending: bool) -> tuple[set[int], list[int]]:
    idx = [i for i, k in enumerate(keys) if k is not None]
    vals = [keys[i] for i in idx]
    if descending:
        run_pos = longest_run(list(reversed(vals)))
        run = {idx[len(vals) - 1 - p] for p in run_pos}
    else:
        run = {idx[p] for p in longest_run(vals)}
    return run, [i for i in idx if i not in run]


class EntryOrder(Rule):
    """
    ## What it does

    Finds lists (and tables) whose entries are sorted, by name (without case) or by year
    (rising or falling; the year of the venue tag, of a Year column or of a trailing
    `` `2019` `` code span), apart from a few entries, and reports each entry out of place,
    saying where it belongs. The entries in place are those of the longest ordered run
    (found in n·log n); the others are out of place.

    It stays silent on lists with fewer than `min_entries` entries, when more than
    `max_misplaced` of the entries would be out of place, on year orders with fewer than
    `min_years` distinct years, and when a random order of the same keys would look as sorted
    more often than `max_chance` (lists with many equal years are sorted by chance).

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
    offered when an entry has no key to sort by.
    """

    code = "AL016"
    name = "entry-order"
    summary = "An entry sits out of its section's name or year order"
    fix_availability = FIX_SOMETIMES
    tags = ("conventions", "order")
    options = {
        "min_entries": Option(int, 7, "Lists with fewer entries are not checked."),
        "max_misplaced": Option(float, 0.15, "Largest share of entries out of place for a list to count as sorted."),
        "min_years": Option(int, 3, "Fewest distinct years for a year order."),
        "max_chance": Option(float, 0.01, "Largest chance that a random order looks as sorted."),
        "by": Option(str, "any", "Orders to look for.", choices=("any", "name", "year")),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        groups: dict[int, tuple[ListBlock | Table, list[Entry]]] = {}
        for e in doc.entries:
            cont = e.container
            if cont is None:
                continue
            groups.setdefault(id(cont), (cont, []))[1].append(e)
        for cont, entries in groups.values():
            yield from self._check_group(doc, cont, entries)

    # ---- detection -----------------------------------------------------------------------
    def _units(self, cont, entries: list[Entry]) -> list[Entry | None]:
        """One slot per item/row of the container, with its entry (None: not an entry)."""
        if isinstance(cont, ListBlock):
            by_item = {id(e.item): e for e in entries}
            return [by_item.get(id(i)) for i in cont.items]
        by_row = {id(e.row): e for e in entries}
        return [by_row.get(id(r)) for r in cont.rows]

    def _orders(self, doc: Document, units: list[Entry | None]) -> Iterator[Order]:
        labels = [(u.title or "") if u is not None else "" for u in units]
        n_entries = sum(1 for u in units if u is not None)
        if self.opts.by in ("any", "name"):
            titled = [u is not None and bool(u.title and u.title.strip()) for u in units]
            if sum(titled) >= max(self.opts.min_entries, 0.9 * n_entries):
                variants = [_name_keys(u.title) if t else None for u, t in zip(units, titled)]
                limit = self._limit(sum(titled))
                best = None
                for v in range(N_KEYS):
                    keys = [x[v] if x is not None else None for x in variants]
                    # an order needs at least as many entries moved as it has descents: skip the
                    # run search when that is already too many to be sorted enough, or to beat
                    # the best so far (the choice and the verdict stay the same)
                    low = _descents([k for k in keys if k is not None], False) if BOUNDS else 0
                    if low > limit or best is not None and low >= len(best.misplaced):
                        continue
                    run, mis = _misplaced(keys, False)
                    if best is None or len(mis) < len(best.misplaced):
                        best = Order("name", False, keys, run, mis, labels)
                if best is not None:
                    yield best
        if self.opts.by in ("any", "year"):
            years = [self._year(doc, u) if u is not None else None for u in units]
            have = [y for y in years if y is not None]
            if len(have) >= max(self.opts.min_entries, 0.9 * n_entries) and len(set(have)) >= self.opts.min_years:
                limit = self._limit(len(have))
                for desc in (False, True):
                    if BOUNDS and _descents(have, desc) > limit:
                        continue  # too many out of order to be sorted enough
                    run, mis = _misplaced(years, desc)
                    yield Order("year", desc, years, run, mis, labels)

    @staticmethod
    def _year(doc: Document, e: Entry) -> int | None:
        if e.year is not None:
            return e.year
        m = _TRAILING_YEAR.search(e.text)
        return int(m.group(1)) if m else None

    def _limit(self, n: int) -> int:
        """The most entries out of place for ``n`` keyed entries to count as sorted."""
        return max(1, math.ceil(n * self.opts.max_misplaced - 1e-9))

    def _sorted_enough(self, order: Order) -> bool:
        keys = [k for k in order.keys if k is not None]
        n = len(keys)
        m = len(order.misplaced)
        if n < self.opts.min_entries or m == 0 or m > self._limit(n):
            return False
        return not self._likelier_than(keys, m, order.descending, self.opts.max_chance)

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

    # ---- findings ------------------------------------------------------------------------
    def _check_group(self, doc: Document, cont, entries: list[Entry]) -> Iterator[Finding]:
        units = self._units(cont, entries)
        if sum(1 for u in units if u is not None) < self.opts.min_entries:
            return
        best = None
        for order in self._orders(doc, units):
            if self._sorted_enough(order) and (best is None or len(order.misplaced) < len(best.misplaced)):
                best = order
        if best is None:
            return
        fix = self._fix(doc, cont, units, best)
        run = sorted(best.run)
        what = "alphabetical order" if best.kind == "name" else (
            "year order (newest first)" if best.descending else "year order (oldest first)")
        for i in best.misplaced:
            e = units[i]
            k = best.keys[i]
            after = [j for j in run if (best.keys[j] >= k if best.descending else best.keys[j] <= k)]
            if after:
                j = after[-1]
                where = f'after "{shorten(best.labels[j])}" (line {units[j].line})'
            else:
                j = run[0]
                where = f'before "{shorten(best.labels[j])}" (line {units[j].line})'
            year = f" ({k})" if best.kind == "year" else ""
            col = doc.position(e.start)[1]
            yield self.finding(
                f'entry "{shorten(best.labels[i])}"{year} is out of {what}: it belongs {where}',
                e.line, col, e.line, len(doc.line_text(e.line)) + 1, fix=fix, related=(units[j].line,),
            )

    # ---- fix -----------------------------------------------------------------------------
    def _fix(self, doc: Document, cont, units, order: Order) -> Fix | None:
        if any(k is None for k in order.keys):
            return None
        n = len(units)
        perm = sorted(range(n), key=lambda i: order.keys[i], reverse=order.descending)
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
        what = "name" if order.kind == "name" else "year"
        # the re-parse that proves the move keeps the list is run only when the fix is applied
        return Fix(tuple(edits), safe=False, description=f"move the entries into {what} order",
                   verify=lambda _new_text: self._verified(doc, cont, edits), local_verify=True)

    @staticmethod
    def _verified(doc: Document, cont, edits: list[Edit]) -> bool:
        """The moved list, parsed on its own, keeps its items, entries and URLs."""
        from collections import Counter

        from ..document import parse_text
        from ..edits import apply_edits

        lo = doc.line_starts[cont.line - 1]
        hi = doc.line_end(cont.end_line)
        if any(e.start < lo or e.end > hi for e in edits):
            return False
        old = parse_text(doc.text[lo:hi], doc.path)
        new = parse_text(apply_edits(doc.text[lo:hi], [Edit(e.start - lo, e.end - lo, e.replacement) for e in edits]),
                         doc.path)
        if Counter(k.url for k in old.links) != Counter(k.url for k in new.links):
            return False

        def shape(d: Document) -> list:
            return [(b.line, b.end_line, len(b.items)) for b in d.lists if not b.depth]

        return shape(old) == shape(new) and len(old.entries) == len(new.entries)
