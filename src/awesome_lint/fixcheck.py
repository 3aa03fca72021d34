"""Does a fix keep the page's structure? The one way a rule proves it.

Fixes edit the original text; a fix that could change more than it means to (a renumbered list
whose markers change width, moved entries, a deleted duplicate, a repair at the start of a
line) carries a check that the engine runs only when it applies the fix (``Fix.verify``), so a
plain lint parses nothing. Every check here re-parses as little as it can: a window of whole
lines around the edits, before and after (``local_verify``: the new text of the whole file is
never built), and compares what the fix promises to keep.

- :func:`keeps`: the window's lists (lines, kinds, items), top-level lists, link URLs and
  entries, whichever aspects the rule names (AL001 renumbering, AL016 moving entries).
- :class:`DeletionCheck`: deleting whole items or rows removes exactly them, and every other
  block keeps its tokens (AL003).
- :class:`BlocksKept`: every block keeps its kind and lines (AL010's repairs at a line start).
- :func:`table_rows`: a table's rows in a text (AL006's joined table gains its rows).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from .edits import Edit, apply_edits
from .parsing import block_parser, text_blocks

if TYPE_CHECKING:
    from .document import Document
    from .records import Entry

__all__ = ["ASPECTS", "BlocksKept", "DeletionCheck", "keeps", "keeps_check", "table_rows", "window"]


def window(doc: Document, first_line: int, last_line: int) -> tuple[int, int]:
    """Offsets of whole lines ``first_line``..``last_line`` (clipped to the file)."""
    last_line = min(doc.line_count, last_line)
    return doc.line_starts[first_line - 1], doc.line_end(last_line)


def _edited(text: str, lo: int, hi: int, edits: Iterable[Edit]) -> str | None:
    """``text[lo:hi]`` with the edits applied, or None when an edit leaves the window."""
    local = []
    for e in edits:
        if e.start < lo or e.end > hi:
            return None
        local.append(Edit(e.start - lo, e.end - lo, e.replacement))
    return apply_edits(text[lo:hi], local)


def _lists(d: Document) -> list:
    return [(b.line, b.end_line, b.ordered, tuple((i.line, i.end_line) for i in b.items)) for b in d.lists]


def _top_lists(d: Document) -> list:
    return [(b.line, b.end_line, len(b.items)) for b in d.lists if not b.depth]


#: What :func:`keeps` can compare, by name.
ASPECTS: dict[str, Callable[[Document], object]] = {
    "lists": _lists,  # every list's lines, kind and items' lines
    "top_lists": _top_lists,  # top-level lists' lines and number of items
    "links": lambda d: Counter(k.url for k in d.links),  # every link's URL, as many times
    "entries": lambda d: len(d.entries),
}


def keeps(doc: Document, edits: Iterable[Edit], first_line: int, last_line: int,
          aspects: Iterable[str]) -> bool:
    """Lines ``first_line``..``last_line`` of ``doc``, parsed on their own before and after the
    edits (which must lie inside them), agree in every named aspect of :data:`ASPECTS`."""
    from .document import parse_text

    lo, hi = window(doc, first_line, last_line)
    new = _edited(doc.text, lo, hi, edits)
    if new is None:
        return False
    old_doc, new_doc = parse_text(doc.text[lo:hi], doc.path), parse_text(new, doc.path)
    return all(ASPECTS[a](old_doc) == ASPECTS[a](new_doc) for a in aspects)


def keeps_check(doc: Document, edits: list[Edit], first_line: int, last_line: int,
                aspects: tuple[str, ...]) -> Callable[[str | None], bool]:
    """:func:`keeps` as a fix's ``verify`` (with ``local_verify=True``: the new text is not read)."""
    return lambda _new_text: keeps(doc, edits, first_line, last_line, aspects)


class BlocksKept:
    """A ``verify`` that the blocks of the new text keep their kinds and lines. One per
    document: the old text's blocks are parsed once, for all its fixes."""

    def __init__(self, old_text: str):
        self.old_text = old_text
        self._old: list[tuple] | None = None

    def __call__(self, new_text: str) -> bool:
        if self._old is None:
            self._old = _block_shape(self.old_text)
        return _block_shape(new_text) == self._old


def _block_shape(text: str) -> list[tuple]:
    return [(t.type, t.map and tuple(t.map)) for t in block_parser().parse(text)]


def table_rows(text: str, line: int) -> tuple[int, int] | None:
    """(rows including the header, last line) of the table starting at 1-based ``line`` of
    ``text``, or None when no table starts there. Reads blocks, not a model: a model of a
    50 MB list per check took 2-3 s and ~0.4 GB."""
    found, end, count = False, 0, 0
    for b in text_blocks(text):
        if not found:
            if b.type == "table_open" and b.map[0] == line - 1:
                found, end = True, b.map[1]
        elif b.type == "tr_open":
            count += 1
        elif b.type == "table_close":
            break
    return (count, end) if found else None


def _token_sig(tokens) -> list[tuple]:
    """What a token renders: a block that keeps these is unchanged on the page."""
    return [(t.type, t.tag, t.hidden, t.content, t.info, t.markup, tuple(sorted((t.attrs or {}).items())))
            for t in tokens]


class DeletionCheck:
    """Does deleting some spans (whole items or rows) remove exactly those items/rows and leave every other block as
    it was (same tokens, same tight/loose lists)? Only the text around the cuts is parsed, once
    before and once after: for an item of a top-level list, from the item before it to the item
    after it; for a nested item, the whole outermost list; for a row, the table head and the
    rows around it. A window can only be stricter than the whole list (a blank line that makes
    the window loose may not be the only one of the list), never laxer."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.md = block_parser()
        self._old: dict[tuple[int, int], list] = {}

    def _region(self, e: Entry) -> tuple[int, int]:
        doc = self.doc
        if e.kind == "row" and e.row is not None and e.row.table is not None:
            table = e.row.table
            rows = table.rows
            k = next((i for i, r in enumerate(rows) if r is e.row), 0)
            if k <= 1:
                first, last = table.line, rows[min(k + 1, len(rows) - 1)].line
            else:  # whole table as the window would be large: the head is parsed with the rows
                return (0, 0)
            return first, min(doc.line_count, last + 2)
        block = e.item.block if e.item is not None else None
        if block is None:
            return (1, doc.line_count)
        if block.parent is None:
            items = block.items
            k = next((i for i, it in enumerate(items) if it is e.item), 0)
            first = items[max(0, k - 2)].line
            last = items[min(len(items) - 1, k + 1)].end_line
            return first, min(doc.line_count, last + 2)
        while block.parent is not None and block.parent.block is not None:
            block = block.parent.block
        return block.line, min(doc.line_count, block.end_line + 2)

    def keeps_rest(self, cuts: list[tuple[Entry, tuple[int, int]]]) -> bool:
        spans = []
        for e, span in cuts:
            r = self._region(e)
            if r == (0, 0):  # a table row further down: table head + rows around it
                if not self._row_ok(e, span):
                    return False
                continue
            spans.append((r, e, span))
        spans.sort(key=lambda x: x[0])
        merged: list[tuple[list[int], list]] = []
        for (a, b), e, span in spans:
            if merged and a <= merged[-1][0][1] + 1:
                merged[-1][0][1] = max(merged[-1][0][1], b)
                merged[-1][1].append((e, span))
            else:
                merged.append(([a, b], [(e, span)]))
        return all(self._region_ok((r[0], r[1]), c) for r, c in merged)

    def _row_ok(self, e: Entry, span: tuple[int, int]) -> bool:
        """Deleting one table row line: parse the head, the row before, the row and the row after."""
        doc = self.doc
        table = e.row.table
        rows = table.rows
        k = next(i for i, r in enumerate(rows) if r is e.row)
        lines = [table.line, table.line + 1] + [r.line for r in rows[max(0, k - 1):k + 2]]
        nxt = rows[k + 1].line + 1 if k + 1 < len(rows) else e.line + 1
        lines += [n for n in (nxt, nxt + 1) if n <= doc.line_count]
        # line_text, not doc.lines: that caches every line of the file (7 MB on a 5 MB list)
        old_text = "".join(doc.line_text(n) + "\n" for n in lines)
        new_text = "".join(doc.line_text(n) + "\n" for n in lines if n != e.line)
        start, end = span
        if doc.text[start:end].strip("\r\n") != doc.line_text(e.line):
            return False
        old = self.md.parse(old_text)
        row_pos = lines.index(e.line)
        k0 = next((i for i, t in enumerate(old) if t.type == "tr_open" and t.map and t.map[0] == row_pos), None)
        if k0 is None:
            return False
        drop = _block_tokens(old, k0)
        kept = [t for i, t in enumerate(old) if i not in drop]
        return _token_sig(kept) == _token_sig(self.md.parse(new_text))

    def _region_ok(self, region: tuple[int, int], cuts: list) -> bool:
        doc = self.doc
        first, last = region
        base = doc.line_starts[first - 1]
        stop = doc.line_starts[last] if last < doc.line_count else len(doc.text)
        text = doc.text[base:stop]
        old = self._old.get(region)
        if old is None:
            # only the latest window: fixes are checked in text order, so the items of one
            # nested list come together; keeping every window's tokens was 3 GB on a 50 MB list
            old = self.md.parse(text)
            self._old = {region: old}
        drop: set[int] = set()
        for e, (start, end) in cuts:
            if start < base or end > stop:
                return False
            want = "tr_open" if e.kind == "row" else "list_item_open"
            line0 = e.line - first
            k = next((i for i, t in enumerate(old) if t.type == want and t.map and t.map[0] == line0), None)
            if k is None:
                return False
            drop |= _block_tokens(old, k)
        kept = [t for i, t in enumerate(old) if i not in drop]
        parts = []
        pos = 0
        for _, (start, end) in sorted(cuts, key=lambda c: c[1]):
            parts.append(text[pos:start - base])
            pos = end - base
        parts.append(text[pos:])
        new = self.md.parse("".join(parts))
        return _token_sig(kept) == _token_sig(new)


def _block_tokens(tokens, k: int) -> set[int]:
    """Indexes of the token at ``k`` and everything up to its matching close."""
    out = set()
    depth = 0
    for j in range(k, len(tokens)):
        depth += tokens[j].nesting
        out.add(j)
        if depth == 0:
            break
    return out
