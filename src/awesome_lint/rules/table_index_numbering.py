"""AL002 table-index-numbering."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Table
from ..model import Edit, Finding, Fix
from ._table_align import aligned_lines
from .base import FIX_ALWAYS, Rule
from .numbering import breaks, describe, renumbered

_NUMBER = re.compile(r"(?:\*\*)?(\d{1,6})(?:\*\*)?\.?")


class TableIndexNumbering(Rule):
    """
    ## What it does

    Finds tables whose first column is an index (headed `#`, `No.`, `Index`, `Number`, …, or
    with no header and whole numbers that start at 0 or 1 and count up by one at least half the
    time)
    and checks that it counts up by one. A column headed anything else (`Layers`, `Week`) is
    data, not an index. Reports each
    break (a skip, a repeat, a step back) at the row where it happens. A column of years is not an
    index, and neither is a first column with any cell that is not a whole number.

    ## Why it matters

    Index columns drift just like numbered lists: a row is deleted or moved and the numbers are
    left as they were, so "paper 17" of the list is not the 17th row.

    ## Example

    ```markdown
    | # | Title | Paper |
    |---|-------|-------|
    | 1 | TPRO | [PDF](https://example.org/tpro) |
    | 2 | Proto2Seg | [PDF](https://example.org/proto) |
    | 4 | ALC | [PDF](https://example.org/alc) |
    ```

    Use instead:

    ```markdown
    | # | Title | Paper |
    |---|-------|-------|
    | 1 | TPRO | [PDF](https://example.org/tpro) |
    | 2 | Proto2Seg | [PDF](https://example.org/proto) |
    | 3 | ALC | [PDF](https://example.org/alc) |
    ```

    ## Fix safety

    Safe. The fix renumbers the column from its first number and keeps each cell's padding: when
    a number gets wider, a padding space after it is used up if there is one; when it gets
    narrower in a table whose pipes are aligned, a space after it keeps them so. Only the digits
    change.
    """

    code = "AL002"
    name = "table-index-numbering"
    summary = "A table's index column skips, repeats or goes back"
    fix_availability = FIX_ALWAYS
    tags = ("numbering", "tables")

    def check(self, doc: Document) -> Iterator[Finding]:
        for table in doc.tables:
            found = _index_numbers(table)
            if found is None:
                continue
            numbers, spans = found
            idx = breaks(numbers)
            if not idx:
                continue
            fix = _fix(doc, numbers, spans)
            for i in idx:
                start, end = spans[i]
                line, col = doc.position(start)
                # the break is a step from the row before: --since keeps it when either changed
                before = (doc.position(spans[i - 1][0])[0],) if i else ()
                yield self.finding(describe("table index", numbers, i), line, col, line, col + (end - start), fix=fix,
                                   related=before)


def _index_numbers(table: Table) -> tuple[list[int], list[tuple[int, int]]] | None:
    """The index column's numbers and the offsets of their digits, or None if not an index."""
    if len(table.rows) < 2 or not table.header.cells:
        return None
    header = table.columns[0].strip().casefold()
    if header in ("year", "date", "yr", "time"):
        return None
    numbers: list[int] = []
    spans: list[tuple[int, int]] = []
    for row in table.rows:
        if not row.cells:
            return None
        cell = row.cells[0]
        m = _NUMBER.fullmatch(cell.text)
        if not m:
            return None
        numbers.append(int(m.group(1)))
        spans.append((cell.start + m.start(1), cell.start + m.end(1)))
    if not table.index_header:
        # an unlabelled column of whole numbers is an index only if it mostly counts already:
        # "Layers 1, 12, 24" or "Week 1, 1, 2, 2, 4" are data, not drifted numbering
        if header or numbers[0] not in (0, 1) or all(1900 <= n <= 2100 for n in numbers):
            return None
        steps = sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1)
        if steps < 0.5 * (len(numbers) - 1):
            return None
    return numbers, spans


def _fix(doc: Document, numbers: list[int], spans: list[tuple[int, int]]) -> Fix | None:
    edits = []
    text = doc.text
    aligned = aligned_lines(doc) if doc.tables else set()
    for (start, end), old, new in zip(spans, numbers, renumbered(numbers[0], len(numbers))):
        if old == new:
            continue
        old_s = doc.text[start:end]
        new_s = str(new).zfill(len(old_s)) if old_s.startswith("0") and len(old_s) > 1 else str(new)
        delta = len(new_s) - (end - start)
        stop = end
        if delta > 0:
            # use up padding after the number (keeping at least one space before the pipe)
            pad = 0
            while stop + pad < len(text) and text[stop + pad] == " ":
                pad += 1
            take = min(delta, max(0, pad - 1))
            stop += take
        elif delta < 0 and text[end:end + 1] == " " and doc.position(start)[0] in aligned:
            new_s = new_s + " " * (-delta)  # (a table not aligned is left so: `| 9 |`, not `| 9  |`)
        edits.append(Edit(start, stop, new_s))
    if not edits:
        return None
    return Fix(tuple(edits), safe=True, description=f"renumber the index column from {numbers[0]}")
