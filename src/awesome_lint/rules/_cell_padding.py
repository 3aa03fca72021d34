"""How AL015 reads a table cell's padding (`| Generic|`, `|  [Code](…) |`).

GitHub trims a cell, so the page looks the same; in the source a cell that lost the space before
its pipe, or gained a second one, is a typing slip a reviewer sees in a diff, and readers of real
lists mark it where the table pads every other cell with one space. A table whose pipes are
aligned pads to its columns' widths, and a table that pads as it goes has no way to depart from:
both are left alone. The vote is per column and side, so a column written `10:41|` throughout
keeps its way. Pure string work; the rule turns what this returns into findings and safe fixes."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ._table_align import is_aligned

TABLE_SHARE = 0.95  # of a table's paddings (in places padded so mostly), one space: a table that pads so
COLUMN_SHARE = 0.85  # of a column's paddings on one side, one space
MIN_TABLE = 24  # paddings a table needs before its way is plain
PLACES_SHARE = 0.5  # of a table's paddings, in the places (column and side) padded with one space mostly
MIN_COLUMN = 6  # paddings a column's side needs
MAX_RUN = 3  # longer runs are what is left of aligning the column once (`| arXiv     |`), not slips


def _paddings(doc: Document, table) -> list[tuple[int, int, str, int, int, bool]]:
    """(line, column, side, start, end, told) of the white space between each body cell's text
    and its pipes; empty cells, and the outer side of a row without its outer pipe, have none.
    ``told`` is False where a departure is no slip: a cell centred (`|   -   |`, two spaces or
    more each side), a row padded to a width somewhere (a run longer than ``MAX_RUN``), white
    space GitHub does not trim (a no-break or ideographic space: part of the cell's text), and
    a pipe inside what the document reads as a code span."""
    text = doc.text
    out = []
    for r in table.rows:
        last = len(r.cells) - 1
        row = []
        for c in r.cells:
            if c.start == c.end:
                continue
            told = not (c.start - c.raw_start >= 2 and c.raw_end - c.end >= 2)
            if c.index or r.leading_pipe:
                row.append([r.line, c.index, "open", c.raw_start, c.start,
                            told and _plain(text, c.raw_start, c.start) and not doc.in_code(c.raw_start - 1)])
            if c.index < last or r.trailing_pipe:
                row.append([r.line, c.index, "close", c.end, c.raw_end,
                            told and _plain(text, c.end, c.raw_end) and not doc.in_code(c.raw_end)])
        if any(p[4] - p[3] > MAX_RUN for p in row):
            for p in row:
                p[5] = False
        out += [tuple(p) for p in row]
    return out


def _plain(text: str, start: int, end: int) -> bool:
    return not text[start:end].strip(" \t")


def padding_slips(doc: Document) -> Iterator[tuple[int, list[tuple[int, int, str]]]]:
    """(line, [(start, end, side), …]) for each table line with cells padded otherwise than
    their column: no space, or more than one, where the table and the column pad with one."""
    text = doc.text
    for table in doc.tables:
        if table.in_blockquote or is_aligned(table):
            continue
        pads = _paddings(doc, table)
        one = [text[a:b] == " " for _, _, _, a, b, _ in pads]
        by_place: dict[tuple[int, str], list[int]] = {}
        for k, (_, column, side, _, _, _) in enumerate(pads):
            by_place.setdefault((column, side), []).append(k)
        # the places padded with one space mostly (a column written `10:41|` throughout has a way of its own)
        padded = [ks for ks in by_place.values() if 2 * sum(one[k] for k in ks) > len(ks)]
        n = sum(len(ks) for ks in padded)
        if n < MIN_TABLE or n < PLACES_SHARE * len(pads) or sum(one[k] for ks in padded for k in ks) < TABLE_SHARE * n:
            continue  # (a table that pads a column or two, and writes the rest without spaces, pads as it goes)
        slips: dict[int, list[tuple[int, int, str]]] = {}
        for ks in padded:
            if len(ks) < MIN_COLUMN or sum(one[k] for k in ks) < COLUMN_SHARE * len(ks):
                continue
            for k in ks:
                if not one[k] and pads[k][5]:
                    line, _, side, a, b, _ = pads[k]
                    slips.setdefault(line, []).append((a, b, side))
        for line in sorted(slips):
            yield line, sorted(slips[line])
