"""How AL015 reads a blank line left between two items of an otherwise tight list.

One blank line between two items makes the whole list loose in CommonMark: GitHub renders
every item of it as a paragraph, spaced apart, while the list's other items run on without a
gap. A list written with blank lines between most of its items is loose on purpose; one or two
gaps in a long run of single-line items are a slip (an entry pasted with its blank line).
Pure line work; the rule turns what this returns into findings and safe fixes."""

from __future__ import annotations

import re

from ..document import Document
from ..records import ListBlock

MIN_ITEMS = 6  # a list this long shows its own habit
MOST_GAPS = 0.1  # gaps among the items' joints at most this share (and two at most) are slips


def stray_gaps(doc: Document, code_lines: set[int]) -> list[tuple[ListBlock, int, int]]:
    """(list, first blank line, the next item's line) of each stray gap: in a top-level list of
    :data:`MIN_ITEMS` single-line items or more, outside code and quotes, whose other items
    follow one another with no blank line."""
    out = []
    for block in doc.lists:
        if block.depth or block.in_blockquote or len(block.items) < MIN_ITEMS or block.line in code_lines:
            continue
        if any(it.end_line > it.line and any(doc.line_text(n).strip() for n in range(it.line + 1, it.end_line + 1))
               or it.children for it in block.items):
            continue  # an item of several lines or with a nested list: the gaps may be its own
        gaps = []
        for a, b in zip(block.items, block.items[1:]):
            blank = [n for n in range(a.line + 1, b.line) if not doc.line_text(n).strip()]
            if blank and len(blank) == b.line - a.line - 1:
                gaps.append((blank[0], b.line))
            elif b.line - a.line - 1 > len(blank):
                break  # text between the items (a continuation, a comment): not a plain run
        else:
            joints = len(block.items) - 1
            if gaps and len(gaps) <= max(1, min(2, int(MOST_GAPS * joints))):
                out.extend((block, first, line) for first, line in gaps)
    return out


_ITEM = re.compile(r"[ ]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S")
MIN_SPACED = 10  # headings with a blank line before their list, for the file to show its way
MOST_TIGHT = 0.3  # headings without one, at most this share of those with one (and four, or a
# tenth), are slips; more are a second way of the file's


def tight_headings(doc: Document, code_lines: set[int]) -> list[int]:
    """The lines of ATX headings followed at once by a list, in a file whose other headings
    (ten or more, three in four at least) leave a blank line before theirs: GitHub shows the same
    page, but the source breaks the file's layout (a section pasted without its blank line)."""
    tight, spaced = [], 0
    n = len(doc.line_starts)
    for h in doc.headings:
        if h.setext or h.line in code_lines or h.end_line >= n:
            continue
        after = doc.line_text(h.end_line + 1)
        if _ITEM.match(after):
            tight.append(h.line)
        elif not after.strip() and h.end_line + 2 <= n and _ITEM.match(doc.line_text(h.end_line + 2)):
            spaced += 1
    if spaced < MIN_SPACED or len(tight) > MOST_TIGHT * spaced or len(tight) > max(4, spaced // 10):
        return []
    return tight


MOST_EMPTY = 2  # more empty items than this in a file are its separators (a habit), not slips


def empty_items(doc: Document, code_lines: set[int]) -> list[tuple[int, int]]:
    """(line, offset of the line's start) of each list item with nothing in it (`-` alone on
    its line: GitHub shows a bullet and no text), in a list of three entries or more, where
    the file has at most two such items; a file with more uses them to space groups apart."""
    entry_items = {id(e.item) for e in doc.entries if e.item is not None}
    found = []
    for block in doc.lists:
        if block.in_blockquote or sum(1 for i in block.items if id(i) in entry_items) < 3:
            continue
        for item in block.items:
            if item.text_line or item.children or item.line in code_lines:
                continue
            start = doc.line_starts[item.line - 1]
            if doc.text[item.marker_end:doc.line_end(item.line)].strip():
                continue
            found.append((item.line, start))
            if len(found) > MOST_EMPTY:
                return []
    return found
