"""AL003's fix: deleting a duplicate item or row, and the check that the deletion removes
exactly that item or row and leaves every other block as it was.

The check (``StructureCheck``) is AL003's own until a shared fix-check helper replaces it; it
parses only a window of the old text, and only when the engine applies the fix."""

from __future__ import annotations

import re

from ..document import Document, Entry
from ..model import Edit, Fix


def removal_fixes(doc: Document, wanted: list[tuple[Entry, bool, str]]) -> dict[int, Fix]:
    """A deletion fix per entry (by id), safe or not as ``wanted`` says, its description ending
    with the ``why`` given (which copy is kept, and why). Each fix proves, when
    the engine applies it, that the deletion removes exactly that item or row (its ``verify``
    checks the block structure of the result with markdown-it-py); plain linting parses
    nothing. Of overlapping deletions (a duplicate nested in a duplicate) the first is kept."""
    spans = []
    for e, safe, why in wanted:
        span = removal_span(doc, e)
        if span is not None:
            spans.append((e, safe, span, why))
    spans.sort(key=lambda x: x[2])
    ok: list = []
    last = -1
    for x in spans:  # drop overlapping spans (a duplicate nested in a duplicate)
        if x[2][0] >= last:
            ok.append(x)
            last = x[2][1]
    if not ok:
        return {}
    checker = StructureCheck(doc)  # parses nothing until a fix is applied (Fix.verify)
    out = {}
    for e, safe, (start, end), why in ok:
        what = "row" if e.kind == "row" else "item"
        out[id(e)] = Fix((Edit(start, end, ""),), safe=safe,
                         description=f"delete the duplicate {what} at line {e.line}{why}",
                         verify=_deletion_check(checker, e, (start, end)), local_verify=True)
    return out


_PREPRINT = re.compile(r"arxiv|preprint|corr\b|biorxiv|medrxiv|ssrn|techrxiv|openreview", re.I)


def completeness(doc: Document, e: Entry) -> tuple[int, int, int]:
    """How much an entry says, to choose the copy a deletion keeps: a venue (a tag or column
    that is not a preprint server), then its number of distinct links, then its length."""
    tag = e.tag.inner if e.tag is not None else ""
    venue = int(bool(tag.strip()) and not _PREPRINT.search(tag))
    links = len({k.url for k in e.links if not k.is_image and k.url.strip()})
    return venue, links, len(_entry_body(doc, e))


def _deletion_check(checker: StructureCheck, e: Entry, span: tuple[int, int]):
    """The fix's check, run by the engine only when it applies the fix: deleting ``span``
    removes exactly the item or row of ``e`` (a re-parse of the text around it)."""
    return lambda _new_text: checker.keeps_rest([(e, span)])


def _is_blank(line: str) -> bool:
    return line.replace(">", "").strip() == ""


def removal_span(doc: Document, e: Entry) -> tuple[int, int] | None:
    """Offsets of the whole item (nested lines included) or row with its line ending; blank lines
    that separated it from the previous entry go with it when a blank line also follows."""
    if e.kind == "row":
        first = last = e.line
    else:
        item = e.item
        if item is None:
            return None
        first, last = item.line, item.end_line
        while last > first and _is_blank(doc.line_text(last)):
            last -= 1
    n = doc.line_count
    start = doc.line_starts[first - 1]
    if last < n:
        end = doc.line_starts[last]
        after_blank = last + 1 > n or _is_blank(doc.line_text(last + 1))
        if e.kind == "item" and after_blank:
            k = first - 1
            while k >= 1 and _is_blank(doc.line_text(k)):
                k -= 1
            if k < first - 1:
                start = doc.line_starts[k]  # the blank lines before this item go with it
        return start, end
    # the last line of the file, without a line ending: take the ending before it instead
    if first == 1:
        return 0, len(doc.text)
    return doc.line_end(first - 1), len(doc.text)


def _token_sig(tokens) -> list[tuple]:
    return [(t.type, t.tag, t.hidden, t.content, t.info, t.markup, tuple(sorted((t.attrs or {}).items())))
            for t in tokens]


class StructureCheck:
    """Does deleting some spans remove exactly those items/rows and leave every other block as
    it was (same tokens, same tight/loose lists)? Only the text around the cuts is parsed, once
    before and once after: for an item of a top-level list, from the item before it to the item
    after it; for a nested item, the whole outermost list; for a row, the table head and the
    rows around it. A window can only be stricter than the whole list (a blank line that makes
    the window loose may not be the only one of the list), never laxer."""

    def __init__(self, doc: Document):
        from ..parsing import block_parser

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


def _entry_body(doc: Document, e: Entry) -> str:
    """The entry's whole text with white space collapsed (rows: cells without an index column)."""
    if e.kind == "row" and e.row is not None:
        cells = [c.text for c in e.row.cells]
        table = e.row.table
        if table is not None and table.index_header and cells:
            cells = cells[1:]
        return "|".join(" ".join(c.split()) for c in cells)
    item = e.item
    if item is None:
        return " ".join(e.text.split())
    last = item.end_line
    end = doc.line_end(last)
    return " ".join(doc.text[item.content_start:end].split())


def same_text(doc: Document, a: Entry, b: Entry) -> bool:
    return _entry_body(doc, a) == _entry_body(doc, b)
