"""The records a :class:`~awesome_lint.document.Document` is made of, and what rules read.

A large list has hundreds of thousands of these, so they are kept small: entries, cells and
tags slice their text from the document when read, links and tags store their offsets as
distances from their start (Python shares integers up to 256 rather than allocating them), and
records that are never part of a reference cycle (entries, links, cells, tags, headings) are not
tracked by the cycle collector (``gc=False``). Lines are 1-based; offsets index the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import msgspec

from .inline import Link
from .mdtext import YEAR, cell_bounds, plain_text


class Heading(msgspec.Struct, eq=False, gc=False):
    """An ATX or setext heading; ``anchor`` is filled in once all headings are known."""

    level: int
    text: str  # raw inline Markdown of the heading
    line: int
    end_line: int
    anchor: str = ""  # GitHub's id for it (with -1, -2 for repeats)
    setext: bool = False

    @property
    def plain(self) -> str:
        return plain_text(self.text)


class Section(msgspec.Struct, eq=False):
    """The part of the file under one heading, up to the next heading of the same or a higher
    level; ``heading`` is None for the part before the first heading."""

    heading: Heading | None
    line: int
    end_line: int
    parent: Section | None = None

    @property
    def level(self) -> int:
        return self.heading.level if self.heading else 0

    @property
    def title(self) -> str:
        return self.heading.plain if self.heading else ""

    def lineage(self, depth: int = 99, min_level: int = 1) -> Iterator[Section]:
        """This section and its parents, nearest first: at most ``depth`` of them, stopping at
        the part before the first heading and at headings above ``min_level`` (2 leaves out a
        page's title, which names the whole list)."""
        sec: Section | None = self
        while sec is not None and sec.heading is not None and depth > 0 and sec.level >= min_level:
            yield sec
            sec = sec.parent
            depth -= 1


class ListItem(msgspec.Struct, eq=False):
    """One item of a list, with where its marker and text lie (for renumbering and moving)."""

    number: int | None  # None in bullet lists
    marker: str  # '.', ')', '-', '*', '+'
    line: int
    end_line: int
    marker_start: int  # offset of the number or bullet
    marker_end: int  # offset just past '.', ')' or the bullet
    content_start: int  # offset where the item's text begins (after the spaces)
    text_start: int = 0  # the item's own first paragraph (offsets), empty if none
    text_end: int = 0
    block: ListBlock | None = None
    children: list[ListBlock] | tuple = ()  # a list once the item holds a list (most hold none)
    text_line: int = 0
    text_end_line: int = 0

    @property
    def indent(self) -> int:
        """Columns from the line start (or container prefix) to the content."""
        return self.content_start - self.marker_start


class ListBlock(msgspec.Struct, eq=False):
    """A list (ordered or not) and its items; nested lists hang from their parent item."""

    ordered: bool
    marker: str
    line: int
    end_line: int
    depth: int  # 0 for a top-level list
    items: list[ListItem] = msgspec.field(default_factory=list)
    parent: ListItem | None = None
    section: Section | None = None
    in_blockquote: bool = False

    @property
    def start(self) -> int | None:
        return self.items[0].number if self.items and self.ordered else None


class Cell(msgspec.Struct, eq=False, gc=False):
    """A table cell as offsets into the shared text: no copy of the text per cell."""

    index: int
    doc_text: str  # the text the row was split from (shared): ``text`` is sliced from it
    start: int  # offsets of the stripped text (start == end for an empty cell)
    end: int
    raw_start: int  # offsets between the pipes
    raw_end: int

    @property
    def text(self) -> str:
        """The cell's text, stripped, as written."""
        return self.doc_text[self.start : self.end]


class Row(msgspec.Struct, eq=False):
    """A table line (header, delimiter or body row) split into cells as GFM splits it."""

    line: int
    start: int  # offsets of the whole line (without newline)
    end: int
    cells: list[Cell]
    table: Table | None = None
    leading_pipe: bool = True
    trailing_pipe: bool = True


class Table(msgspec.Struct, eq=False):
    """A GFM table; ``index_column`` is found once when it is built, for the rules and the
    entries that read it."""

    line: int
    end_line: int
    header: Row
    delimiter: Row
    rows: list[Row]
    section: Section | None = None
    in_blockquote: bool = False
    #: The column headed like an index (`#`, `No.`, `Index`, ...): 0, or None (set when built).
    index_column: int | None = None

    @property
    def columns(self) -> list[str]:
        return [plain_text(c.text) for c in self.header.cells]

    @property
    def index_header(self) -> bool:
        """The first column is headed like an index (`#`, `No.`, `Index`, ...)."""
        return self.index_column is not None

    def column_index(self, *names: str) -> int | None:
        """Index of the first column whose header (case-insensitive, plain text) is in names."""
        wanted = _wanted(names)
        for i, col in enumerate(self.columns):
            if _header_key(col) in wanted:
                return i
        return None


@lru_cache(maxsize=256)
def _wanted(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_header_key(n) for n in names)


@lru_cache(maxsize=4096)
def _header_key(name: str) -> str:
    """A column header compared without case and without the spaces around a slash or an
    ampersand (`Venue / Source` is `venue/source`)."""
    return re.sub(r"\s*([/&])\s*", r"\1", name.strip().casefold())


class Tag(msgspec.Struct, eq=False, gc=False):
    """A leading bracketed tag that is not a link: ``[2023 MICCAI]``, ``[**CVPR 2022**]``,
    ``**[ICCV 2023]**``; in tables, the cell of a Venue/Reference/Conference column. Offsets but
    ``start`` are kept as distances from it, and ``raw`` is sliced when read (see Link); so is
    where the year is written (``d_year``, -1 without a year)."""

    doc_text: str  # the text the offsets index (shared)
    inner: str  # without brackets and bold markers
    start: int
    d_end: int
    d_inner_start: int
    d_inner_end: int
    bold: bool
    bracketed: bool
    year: int | None
    d_year: int = -1

    @property
    def raw(self) -> str:
        """As written, brackets and bold included (the cell text in tables)."""
        return self.doc_text[self.start : self.start + self.d_end]

    @property
    def end(self) -> int:
        return self.start + self.d_end

    @property
    def inner_start(self) -> int:
        return self.start + self.d_inner_start

    @property
    def inner_end(self) -> int:
        return self.start + self.d_inner_end

    @property
    def year_span(self) -> tuple[int, int] | None:
        """Offsets of the year's four digits, or None."""
        d = self.d_year
        return None if d < 0 else (self.start + d, self.start + d + 4)


def make_tag(doc_text: str, inner: str, start: int, end: int, inner_start: int, inner_end: int,
             bold: bool, bracketed: bool) -> Tag:
    """A :class:`Tag` from absolute offsets; its year is read from ``inner`` (the text at
    ``inner_start``)."""
    y = YEAR.search(inner)
    year = None
    d_year = -1
    if y:
        year = int(y.group())
        year = _YEARS.setdefault(year, year)  # one object a year
        d_year = inner_start - start + y.start()
    return Tag(doc_text, inner.strip(), start, end - start, inner_start - start, inner_end - start,
               bold, bracketed, year, d_year)


_YEARS: dict[int, int] = {}


class Entry(msgspec.Struct, eq=False, gc=False):
    """A list item or table row that describes one resource (recognised by
    :mod:`awesome_lint.entries`). It carries what several rules would otherwise work out again:
    title and its span, links, leading tag, year and where it is written, and for a row the
    table's index cell. (No cycle runs through an entry, so the collector need not track it.)"""

    kind: str  # 'item' or 'row'
    line: int
    end_line: int
    start: int
    end: int
    doc_text: str  # the document's whole text (shared): ``text`` is sliced from it when read
    title: str | None
    title_start: int | None
    title_end: int | None
    links: list[Link]
    tag: Tag | None
    year: int | None
    section: Section | None
    item: ListItem | None = None
    row: Row | None = None
    d_year: int = -1  # where ``year`` is written, as a distance from ``start``; -1: nowhere

    @property
    def year_span(self) -> tuple[int, int] | None:
        """Offsets of the year's four digits (in the tag, or in a Year column's cell), or None."""
        d = self.d_year
        return None if d < 0 else (self.start + d, self.start + d + 4)

    @property
    def index_cell(self) -> Cell | None:
        """A row's cell in its table's index column (`#`, `No.`, ...), or None."""
        row = self.row
        if row is None or row.table is None:
            return None
        k = row.table.index_column
        return row.cells[k] if k is not None and k < len(row.cells) else None

    @property
    def text(self) -> str:
        """The item's own text or the row's line. Sliced when read: a copy kept per entry was
        about the size of the file again (four times it when the file holds an emoji)."""
        return self.doc_text[self.start : self.end]

    @property
    def container(self) -> ListBlock | Table | None:
        if self.item is not None:
            return self.item.block
        return self.row.table if self.row is not None else None


def split_row(text: str, base: int, whole: str | None = None) -> tuple[list[Cell], bool, bool]:
    """Split a table row on unescaped pipes (GFM: pipes inside code spans split cells too).
    ``text`` starts at offset ``base`` of ``whole`` (the document's text), or is the whole text.
    Returns the cells and whether the row has a leading and a trailing pipe."""
    if whole is None:
        if base:
            raise ValueError("split_row: a row at an offset needs the whole text")
        whole = text
    bounds, leading, trailing = cell_bounds(text)
    cells = []
    for i, (s, e) in enumerate(bounds):
        raw = text[s:e]
        stripped = raw.strip()
        ls = s + (len(raw) - len(raw.lstrip()))
        cells.append(Cell(i, whole, base + ls, base + ls + len(stripped), base + s, base + e))
    return cells, leading, trailing
