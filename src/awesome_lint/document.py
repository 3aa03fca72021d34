"""The document model: what rules read, built once per text from markdown-it-py's block tokens.

Blocks come from markdown-it-py (CommonMark plus GFM tables, as GitHub parses them); inline
content is scanned by :mod:`awesome_lint.inline`, which gives source offsets. Lines and columns
are 1-based, ``end_column`` exclusive; ``start``/``end`` are absolute offsets into ``text``.
Parts that only some rules need (entries, links, anchors) are built on first use.

A large list has hundreds of thousands of these records, so they are kept small: entries, cells
and tags slice their text from the document when read, links and tags store their offsets as
distances from their start, and records that are never part of a reference cycle (entries,
links, cells, tags, headings) are not tracked by the cycle collector (``gc=False``).
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterator
from functools import cached_property

import msgspec

from . import inline as _inline
from .inline import Link, make_link, normalize_label
from .source import Source

_MD = None


def _parser():
    global _MD
    if _MD is None:
        from markdown_it import MarkdownIt

        md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
        md.disable(["inline", "text_join"])  # inline content is scanned by awesome_lint.inline
        md.options["maxNesting"] = 100  # deeper content is left unparsed (no recursion error)
        _MD = md
    return _MD


class Block:
    """The fields of a markdown-it block token that the model reads (a token costs more).

    ``map`` (first line, end line), 0-based, or None, is stored as its first line and its
    length (a small number Python does not allocate): ``--fix`` keeps the blocks of the whole
    file between passes, and a tuple of two new integers per block was half their memory."""

    __slots__ = ("type", "line", "span", "tag", "markup", "info", "content", "level")

    def __init__(self, type, line, span, tag, markup, info, content, level):
        self.type = type
        self.line = line  # -1: no map
        self.span = span
        self.tag = tag
        self.markup = markup
        self.info = info
        self.content = content
        self.level = level

    @property
    def map(self) -> tuple[int, int] | None:
        line = self.line
        return None if line < 0 else (line, line + self.span)


def _blocks(tokens, shift: int = 0) -> list[Block]:
    out = []
    heading = False
    for tok in tokens:
        m = tok.map
        t = tok.type
        out.append(Block(t, m[0] + shift if m else -1, m[1] - m[0] if m else 0, tok.tag, tok.markup, tok.info,
                         tok.content if heading and t == "inline" else "", tok.level))
        heading = t == "heading_open"
    return out


def _shifted(blocks: list[Block], delta: int) -> list[Block]:
    if not delta:
        return blocks
    return [Block(b.type, b.line + delta if b.line >= 0 else -1, b.span, b.tag, b.markup, b.info,
                  b.content, b.level) for b in blocks]


def _is_boundary(b: Block) -> bool:
    """A top-level ATX heading: every block before it is closed, and parsing can start afresh on
    its line (a setext heading's underline could not)."""
    return b.type == "heading_open" and b.level == 0 and b.markup.startswith("#")


class _Parsed(msgspec.Struct, eq=False):
    """A parsed text cut into units at top-level ATX headings, kept to re-parse edited copies.

    Unit ``i`` covers lines ``[line, end)``; ``key_end`` is the offset just past the line after it
    (the next unit's heading, which closed it), or the end of the text for the last unit. Parsing
    the unit's text through ``key_end`` from a fresh state gives the same blocks, so a unit whose
    text through ``key_end`` is unchanged in an edited copy is reused (lines shifted) rather than
    parsed again."""

    text: str
    units: list[tuple]  # (line, end, start offset, key_end, blocks, reference definitions)


_PARSED: list[_Parsed] = []  # the latest fully parsed large text (at most one: a pass re-parses from the one before)
#: Texts shorter than this are always parsed whole (fast anyway).
INCREMENTAL_MIN = 64 * 1024
#: Set to check every incremental parse against a full one (tests).
CHECK_INCREMENTAL = False


def _common_prefix(a: str, b: str) -> int:
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:  # largest k with a[:k] == b[:k], by halving: C-speed comparisons
        mid = (lo + hi + 1) // 2
        if b.startswith(a[lo:mid], lo):
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str, limit: int) -> int:
    lo, hi = 0, limit
    na, nb = len(a), len(b)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[na - mid : na - lo] == b[nb - mid : nb - lo]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def block_tokens(text: str, remember: bool = True) -> tuple[list[Block], dict]:
    """markdown-it's block tokens of ``text`` (as :class:`Block`) and its link reference
    definitions (see :func:`iter_blocks`)."""
    references: dict = {}
    blocks = list(iter_blocks(text, references, remember))
    return blocks, references


def iter_blocks(text: str, references: dict, remember: bool = True) -> Iterator[Block]:
    """markdown-it's block tokens of ``text`` (as :class:`Block`), in order; its link reference
    definitions are added to ``references`` by the end. A large text is parsed in chunks cut at
    top-level ATX headings, and the blocks of each are given out before the next is parsed, so
    neither markdown-it's tokens (~10x the text) nor the blocks of the whole text exist at once.
    With ``remember`` the chunks are kept, and an edited copy of that text (rules check a fix by
    parsing the fixed text) is parsed only from the top-level heading before the first change to
    the one after the last: the rest is reused."""
    plain_lines = "\r" not in text or not _LONE_CR.search(text)  # lines end at "\n" only
    if len(text) < INCREMENTAL_MIN or not plain_lines:
        env: dict = {}
        yield from _blocks(_parser().parse(text, env))
        references.update(env.get("references", {}))
        return
    got = _incremental(text)
    if got is not None:
        units, shifts = got
        if remember or CHECK_INCREMENTAL:  # kept for the next edit: every unit's lines made right
            units = [u if not d else (*u[:4], _shifted(u[4], d), u[5]) for u, d in zip(units, shifts)]
            shifts = [0] * len(units)
        if CHECK_INCREMENTAL:
            blocks = [b for u in units for b in u[4]]
            full = _blocks(_parser().parse(text, {}))
            assert [(b.type, b.map, b.tag, b.markup, b.info, b.content, b.level) for b in blocks] == \
                   [(b.type, b.map, b.tag, b.markup, b.info, b.content, b.level) for b in full]
        _merge_references(references, units)
        if remember:
            _keep(text, units)
        for u, d in zip(units, shifts):  # else a unit's blocks are moved only as they are given out
            yield from _shifted(u[4], d)
        return
    units = []
    for unit in _chunks(text):
        if remember:
            units.append(unit)
        yield from unit[4]
        _merge_references(references, [unit])
    if remember:
        _keep(text, units)


def text_blocks(text: str) -> Iterator[Block]:
    """The blocks of a whole document's text as :class:`Document` reads them (front matter
    parsed as blank lines), without building the model: a fix's check that needs only where
    blocks lie costs a re-parse of the edited part, not a model of the whole file."""
    return iter_blocks(_blank_front_matter(text)[0], {}, remember=False)


def _blank_front_matter(text: str) -> tuple[str, int]:
    """``text`` with its YAML front matter (metadata, not Markdown) turned into blank lines,
    and where the front matter ended (0: none)."""
    fm = front_matter_end(text)
    return ("\n" * text.count("\n", 0, fm) + text[fm:] if fm else text), fm


def _keep(text: str, units: list) -> None:
    for old in _PARSED:
        if old.text is text:
            return
    _PARSED.append(_Parsed(text, units))
    del _PARSED[:-1]


def _merge_references(references: dict, units) -> None:
    for u in units:
        for label, ref in u[5].items():
            references.setdefault(label, ref)  # the first definition of a label wins


#: A large text is parsed in chunks of about this many characters (each ends at a top-level heading).
CHUNK = 32 * 1024
_ATX_LINE = re.compile(r"^#{1,6}(?=[ \t\n]|$)", re.M)


def _chunks(text: str) -> Iterator[tuple[int, int, int, int, list[Block], dict]]:
    """Parse ``text`` chunk by chunk. A chunk starts at a top-level ATX heading (or the start)
    and is parsed from a fresh state through the next candidate heading's line; when that line
    came out as a top-level heading, every block before it was closed, so the chunk's blocks are
    the ones a whole parse gives, and the next chunk starts there. When it did not (the line was
    inside a fence, an HTML block, ...), the chunk is parsed again through a later candidate,
    twice as far each time. Yields the units (line, end line, start offset, key end, blocks,
    reference definitions), as the incremental re-parse wants them. A reference definition is a
    block of its own whatever else the text defines, so chunks find the same ones."""
    n = len(text)
    cands = [m.start() for m in _ATX_LINE.finditer(text) if m.start() > 0]
    parse = _parser().parse
    start, line = 0, 0
    k = 0  # next candidate index
    while start < n:
        want = CHUNK
        while True:
            while k < len(cands) and cands[k] - start < want:
                k += 1
            cut = cands[k] if k < len(cands) else n
            if cut >= n:
                env: dict = {}
                blocks = _blocks(parse(text[start:], env), line)
                end_line, key_end = line + text.count("\n", start) + 1, n
                next_line = None
                break
            eol = text.find("\n", cut)
            stop = n if eol < 0 else eol + 1
            cut_line = line + text.count("\n", start, cut)
            env = {}
            blocks = _blocks(parse(text[start:stop], env), line)
            if (len(blocks) >= 3 and _is_boundary(blocks[-3]) and blocks[-3].line == cut_line
                    and blocks[-2].type == "inline" and blocks[-1].type == "heading_close"):
                del blocks[-3:]
                end_line, key_end, next_line = cut_line, stop, cut_line
                break
            want = max(2 * want, cut - start + 1)  # the candidate was no boundary: reach further
        yield line, end_line, start, key_end, blocks, _shift_refs(env.get("references", {}), line)
        if next_line is None:
            break
        start, line = cut, next_line


def _shift_refs(refs: dict, delta: int) -> dict:
    if not delta or not refs:
        return refs
    out = {}
    for label, ref in refs.items():
        m = ref.get("map")
        out[label] = dict(ref, map=[m[0] + delta, m[1] + delta]) if m else ref
    return out


def _incremental(text: str) -> tuple[list[tuple], list[int]] | None:
    """The units of ``text`` from a remembered text it is an edited copy of, and the number of
    lines each unit's blocks must still be moved by: the units before and after the change
    reused, the part between re-parsed as one unit; None when no remembered text is close
    enough. The blocks after the change are not moved here: a fix's check reads them once, and
    moving the blocks of a 50 MB list made a million new ones per check."""
    best = None
    for old in _PARSED:
        if old.text is text or old.text == text:
            return old.units, [0] * len(old.units)
        p = _common_prefix(old.text, text)
        q = _common_suffix(old.text, text, min(len(old.text), len(text)) - p)
        if best is None or p + q > best[1] + best[2]:
            best = (old, p, q)
    if best is None:
        return None
    old, p, q = best
    units = old.units
    n_old = len(old.text)
    head = 0  # units before the change (never the last: it ran to the end of the old text)
    while head < len(units) - 1 and units[head][3] <= p:
        head += 1
    tail = len(units)
    while tail > head and units[tail - 1][2] >= n_old - q:
        tail -= 1
    if units[tail - 1][3] - units[head][2] > n_old // 2:
        return None  # more than half changed: a full parse, remembered for the next edits
    start_line, start = units[head][0], units[head][2]
    delta = len(text) - n_old
    line_delta = text.count("\n", p, len(text) - q) - old.text.count("\n", p, n_old - q)
    for _attempt in range(3):
        if tail < len(units):
            first_line = units[tail][0] + line_delta
            look_start = units[tail][2] + delta
            look_end = text.find("\n", look_start)
            stop = len(text) if look_end < 0 else look_end + 1
        else:
            stop = len(text)
        env: dict = {}
        mid = _blocks(_parser().parse(text[start:stop], env), start_line)
        if tail == len(units):
            break
        if (len(mid) >= 3 and _is_boundary(mid[-3]) and mid[-3].line == first_line
                and mid[-2].type == "inline" and mid[-1].type == "heading_close"):
            mid = mid[:-3]
            break
        tail += 1  # the heading after the change is no longer one: parse the next unit too
    else:
        return None
    out = units[:head]
    if tail < len(units):
        out.append((start_line, first_line, start, stop, mid, _shift_refs(env.get("references", {}), start_line)))
    else:
        out.append((start_line, start_line + text.count("\n", start) + 1, start, len(text), mid,
                    _shift_refs(env.get("references", {}), start_line)))
    for line, end, ustart, key_end, blocks, refs in units[tail:]:
        out.append((line + line_delta, end + line_delta, ustart + delta, key_end + delta,
                    blocks, _shift_refs(refs, line_delta)))
    return out, [0] * (len(out) - len(units) + tail) + [line_delta] * (len(units) - tail)


class Heading(msgspec.Struct, eq=False, gc=False):
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


class ListItem(msgspec.Struct, eq=False):
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
    line: int
    start: int  # offsets of the whole line (without newline)
    end: int
    cells: list[Cell]
    table: Table | None = None
    leading_pipe: bool = True
    trailing_pipe: bool = True


class Table(msgspec.Struct, eq=False):
    line: int
    end_line: int
    header: Row
    delimiter: Row
    rows: list[Row]
    section: Section | None = None
    in_blockquote: bool = False

    @property
    def columns(self) -> list[str]:
        return [plain_text(c.text) for c in self.header.cells]

    @property
    def index_header(self) -> bool:
        """The first column is headed like an index (`#`, `No.`, `Index`, ...)."""
        cols = self.columns
        return bool(cols) and cols[0].strip().casefold() in INDEX_HEADERS

    def column_index(self, *names: str) -> int | None:
        """Index of the first column whose header (case-insensitive, plain text) is in names."""
        wanted = {n.casefold() for n in names}
        for i, col in enumerate(self.columns):
            if col.strip().casefold() in wanted:
                return i
        return None


class Tag(msgspec.Struct, eq=False, gc=False):
    """A leading bracketed tag that is not a link: ``[2023 MICCAI]``, ``[**CVPR 2022**]``,
    ``**[ICCV 2023]**``; in tables, the cell of a Venue/Reference/Conference column. Offsets but
    ``start`` are kept as distances from it, and ``raw`` is sliced when read (see Link)."""

    doc_text: str  # the text the offsets index (shared)
    inner: str  # without brackets and bold markers
    start: int
    d_end: int
    d_inner_start: int
    d_inner_end: int
    bold: bool
    bracketed: bool
    year: int | None

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


def make_tag(doc_text: str, inner: str, start: int, end: int, inner_start: int, inner_end: int,
             bold: bool, bracketed: bool) -> Tag:
    """A :class:`Tag` from absolute offsets; its year is read from ``inner``."""
    y = _YEAR.search(inner)
    year = None
    if y:
        year = int(y.group())
        year = _YEARS.setdefault(year, year)  # one object a year
    return Tag(doc_text, inner.strip(), start, end - start, inner_start - start, inner_end - start,
               bold, bracketed, year)


_YEARS: dict[int, int] = {}


class Entry(msgspec.Struct, eq=False, gc=False):
    """A list item or table row that describes one resource. (No cycle runs through an entry, so
    the collector need not track it.)"""

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


_LONE_CR = re.compile(r"\r(?!\n)")
_NEWLINE = re.compile(r"\r\n|\r|\n")
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_TAG = re.compile(r"(\*\*|__)?\[(\*\*|__)?([^\[\]\n]{1,80}?)(\*\*|__)?\](\*\*|__)?(?!\(|\[)")
_ORDERED = re.compile(r"(\d{1,9})([.)])")
_BULLET = re.compile(r"[-*+]")
_DEFINITION = re.compile(r"^(?:[ \t]*>)*[ \t]*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+)?(?P<open>\[)(?P<label>(?:\\.|[^\[\]\\\n]){1,999})\]:[ \t]*\n?[ \t]*(?P<dest><[^<>\n]*>|[^\s<>]\S*)", re.M)
INDEX_HEADERS = frozenset({
    "#", "no", "no.", "n", "n.", "num", "num.", "number", "index", "idx", "id", "s.no", "s.no.", "s/n",
    "sr", "sr.", "sr. no.", "sr.no.", "sl. no.", "sl.no.", "sno", "nr", "nr.", "n°", "№",
})  # headers of an index column, compared case-insensitively
_TITLE_HEADERS = ("title", "paper", "papers", "paper title", "name", "method", "model", "project",
                  "resource", "work", "article", "dataset", "tool", "library")
VENUE_HEADERS = ("venue", "reference", "conference", "journal", "publication", "conf", "pub",
                 "conference/journal", "journal/conference", "published", "source", "where")
_MD_PLAIN = re.compile(r"!?\[([^\]]*)\]\([^)]*\)|<[^>]+>|[*_`~]+")
_PLAIN_MARKUP = re.compile(r"[\[<*_`~\\]")


def plain_text(markdown: str) -> str:
    """Inline Markdown as the reader sees it, roughly: links to their text, no emphasis/HTML."""
    if not _PLAIN_MARKUP.search(markdown):  # most titles: nothing to take out
        return markdown.strip()
    out = _MD_PLAIN.sub(lambda m: m.group(1) or "", markdown)
    return out.replace("\\", "").strip()


def _slug_keep(ch: str) -> bool:
    """Letters, marks, numbers, connector punctuation (``_``), hyphen and space survive."""
    if ch.isascii():
        return ch.isalnum() or ch in "-_ "
    import unicodedata

    cat = unicodedata.category(ch)
    return cat[0] in "LMN" or cat == "Pc"


def github_slug(text: str) -> str:
    """GitHub's heading anchor: lower case, punctuation and symbols (emoji) dropped, each space
    to a hyphen (``Foo & Bar`` -> ``foo--bar``). Marks survive, as on GitHub (a heading that
    starts with an emoji plus U+FE0F keeps the U+FE0F); entities count as the character they
    stand for; ``:shortcode:`` emoji keep their name (``:fire: News`` -> ``fire-news``)."""
    import html

    plain = _SLUG_MARKUP.sub(lambda m: m.group(1) or "", _SLUG_IMAGES.sub("", text))
    plain = _SLUG_UNDERSCORES.sub(lambda m: m.group() if m.group(1) and m.group(3) else "", plain)
    plain = html.unescape(plain.replace("\\", "")).lower()
    return "".join(ch for ch in plain if _slug_keep(ch)).replace(" ", "-")


_SLUG_IMAGES = re.compile(r"!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>", re.I)  # images add no text
_SLUG_MARKUP = re.compile(r"\[([^\]]*)\]\([^)]*\)|<[^>]+>")
_SLUG_UNDERSCORES = re.compile(r"(?<=([^\W_]))?(_+)(?=([^\W_]))?")  # keep only inside a word


_FRONT_MATTER = re.compile(r"---[ \t]*\r?\n(?P<body>(?:[^\n]*\n){0,500}?)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)")
_YAML_LINE = re.compile(r"[ \t]+\S|-(?:[ \t]|$)|#|[^\s:#][^:\n]*:(?:[ \t]|$)")


def front_matter_end(text: str) -> int:
    """Offset just past YAML front matter (``---`` on the first line, ``key: value`` lines, a
    closing ``---`` or ``...``), or 0. As on GitHub and in Jekyll, it is metadata, not Markdown."""
    if not text.startswith("---"):
        return 0
    m = _FRONT_MATTER.match(text)
    if not m:
        return 0
    lines = [ln.rstrip("\r") for ln in m.group("body").split("\n")[:-1]]
    if not lines or not re.match(r"[^\s:#-][^:\n]*:(?:[ \t]|$)", lines[0]):
        return 0
    if not all(not ln.strip() or _YAML_LINE.match(ln) for ln in lines):
        return 0
    return m.end()


def split_row(text: str, base: int, whole: str | None = None) -> tuple[list[Cell], bool, bool]:
    """Split a table row on unescaped pipes (GFM: pipes inside code spans split cells too).
    ``text`` starts at offset ``base`` of ``whole`` (the document's text), or is the whole text."""
    if whole is None:
        if base:
            raise ValueError("split_row: a row at an offset needs the whole text")
        whole = text
    bounds: list[tuple[int, int]] = []
    i = 0
    n = len(text)
    lead = text.lstrip()
    leading = lead.startswith("|")
    cell_start = (n - len(lead)) + 1 if leading else 0
    j = cell_start
    while j < n:
        c = text[j]
        if c == "\\":
            j += 2
            continue
        if c == "|":
            bounds.append((cell_start, j))
            cell_start = j + 1
        j += 1
    trailing = bool(bounds) and text[cell_start:].strip() == ""
    if not trailing:
        bounds.append((cell_start, n))
    cells = []
    for i, (s, e) in enumerate(bounds):
        raw = text[s:e]
        stripped = raw.strip()
        ls = s + (len(raw) - len(raw.lstrip()))
        cells.append(Cell(i, whole, base + ls, base + ls + len(stripped), base + s, base + e))
    return cells, leading, trailing


class Document:
    """One parsed Markdown text. Build with :func:`parse`."""

    def __init__(self, source: Source, remember: bool = True):
        self.source = source
        self.path = source.path
        self.text = text = source.text
        starts = [0]
        if "\r" in text and _LONE_CR.search(text):
            # markdown-it (like cmark) ends a line at a lone CR too: count lines the same way
            starts.extend(m.end() for m in _NEWLINE.finditer(text))
        else:
            find = text.find
            pos = find("\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = find("\n", pos + 1)
        self.line_starts = starts
        self.headings: list[Heading] = []
        self.lists: list[ListBlock] = []
        self.tables: list[Table] = []
        self.code_blocks: list[tuple[int, int]] = []  # (line, end_line) fenced or indented code
        self.html_blocks: list[tuple[int, int]] = []  # (line, end_line)
        self.references: dict[str, str] = {}
        # (line, end_line) of paragraphs, headings and table rows, flattened: 16 bytes a block
        self._inline_lines = array("q")
        self._build(remember)

    # ---- positions -------------------------------------------------------------------------
    @property
    def line_count(self) -> int:
        return len(self.line_starts)

    def line_text(self, line: int) -> str:
        """Line ``line`` (1-based) without its line ending."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        s = self.text[start:end]
        if s.endswith("\n"):
            s = s[:-1]
        return s[:-1] if s.endswith("\r") else s

    @cached_property
    def lines(self) -> list[str]:
        return [self.line_text(i) for i in range(1, len(self.line_starts) + 1)]

    def offset(self, line: int, column: int = 1) -> int:
        return self.line_starts[line - 1] + column - 1

    def line_end(self, line: int) -> int:
        """Offset of the end of ``line`` (before its line ending)."""
        return self.line_starts[line - 1] + len(self.line_text(line))

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column), both 1-based, of an offset."""
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    # ---- building --------------------------------------------------------------------------
    def _build(self, remember: bool) -> None:
        text, fm = _blank_front_matter(self.text)
        if fm:  # front matter is parsed as blank lines and never linted
            last = self.text.count("\n", 0, fm) + (0 if self.text[fm - 1 : fm] == "\n" else 1)
            self.code_blocks.append((1, last))
        references: dict = {}
        tokens = iter_blocks(text, references, remember)
        list_stack: list[ListBlock] = []
        item_stack: list[ListItem] = []
        quote_depth = 0
        table: dict | None = None
        pending_heading: Heading | None = None
        t = None
        for tok in tokens:
            prev, t = t, tok.type
            if t == "inline":
                if tok.line >= 0:
                    line, end_line = tok.line + 1, tok.line + tok.span
                    spans = self._inline_lines
                    if not (table is not None and spans and spans[-2] == line and spans[-1] == end_line):
                        spans.append(line)  # a table row once, not once per cell
                        spans.append(end_line)
                if pending_heading is not None:
                    pending_heading.text = tok.content
                    pending_heading = None
                continue
            if t == "paragraph_open":
                if item_stack and tok.line >= 0 and prev == "list_item_open":
                    item = item_stack[-1]
                    line, end_line = tok.line + 1, tok.line + tok.span
                    # most items are one paragraph: share the item's own line numbers
                    item.text_line = item.line if line == item.line else line
                    item.text_end_line = item.end_line if end_line == item.end_line else end_line
                continue
            if t == "heading_open":
                pending_heading = Heading(int(tok.tag[1]), "", tok.line + 1, tok.line + tok.span,
                                          setext=tok.markup in ("=", "-"))
                self.headings.append(pending_heading)
            elif t in ("bullet_list_open", "ordered_list_open"):
                parent = item_stack[-1] if item_stack else None
                block = ListBlock(t == "ordered_list_open", tok.markup, tok.line + 1, tok.line + tok.span,
                                  len(list_stack), parent=parent, in_blockquote=quote_depth > 0)
                if parent is not None:
                    if parent.children:
                        parent.children.append(block)
                    else:
                        parent.children = [block]
                list_stack.append(block)
                self.lists.append(block)
            elif t in ("bullet_list_close", "ordered_list_close"):
                list_stack.pop()
            elif t == "list_item_open":
                block = list_stack[-1]
                item = self._make_item(tok, block)
                block.items.append(item)
                item_stack.append(item)
            elif t == "list_item_close":
                item_stack.pop()
            elif t == "blockquote_open":
                quote_depth += 1
            elif t == "blockquote_close":
                quote_depth -= 1
            elif t in ("fence", "code_block"):
                self.code_blocks.append((tok.line + 1, tok.line + tok.span))
            elif t == "html_block":
                self.html_blocks.append((tok.line + 1, tok.line + tok.span))
            elif t == "table_open":
                table = {"line": tok.line + 1, "end": tok.line + tok.span, "rows": [], "quote": quote_depth > 0}
            elif t == "tr_open" and table is not None:
                table["rows"].append(tok.line + 1)
            elif t == "table_close" and table is not None:
                self._make_table(table)
                table = None
        for label, ref in references.items():  # complete once every block was given out
            self.references[normalize_label(label)] = ref.get("href", "")
        self._assign_sections()

    def _make_item(self, tok, block: ListBlock) -> ListItem:
        line = tok.line + 1
        start = self.line_starts[line - 1]
        text = self.line_text(line)
        number = None
        ms = me = -1
        if block.ordered:
            want = tok.info
            for m in _ORDERED.finditer(text):
                if m.group(1) == want and m.group(2) == tok.markup and _prefix_ok(text[: m.start()]):
                    ms, me = m.start(), m.end()
                    break
            number = int(want) if want.isdecimal() else None
        else:
            for m in _BULLET.finditer(text):
                if m.group() == tok.markup and _prefix_ok(text[: m.start()]):
                    ms, me = m.start(), m.end()
                    break
        if ms < 0:  # should not happen; keep the model usable
            ms = me = len(text) - len(text.lstrip())
        cs = me
        while cs < len(text) and text[cs] in " \t" and cs - me < 4:
            cs += 1
        if cs == len(text):
            cs = me + 1 if me < len(text) else me
        item = ListItem(number, tok.markup, line, tok.line + tok.span, start + ms, start + me,
                        start + min(cs, len(text)), block=block)
        return item

    def _make_table(self, info: dict) -> None:
        rows: list[Row] = []
        for line in info["rows"]:
            rows.append(self._make_row(line))
        delimiter = self._make_row(info["line"] + 1)
        table = Table(info["line"], info["end"], rows[0], delimiter, rows[1:], in_blockquote=info["quote"])
        for r in rows:
            r.table = table
        delimiter.table = table
        self.tables.append(table)

    def _make_row(self, line: int) -> Row:
        text = self.line_text(line)
        start = self.line_starts[line - 1]
        body = text
        prefix = 0
        if text.lstrip().startswith(">"):  # a table inside a block quote
            m = re.match(r"(?:[ \t]*>[ \t]?)+", text)
            prefix = m.end()
            body = text[prefix:]
        cells, lead, trail = split_row(body, start + prefix, self.text)
        return Row(line, start, start + len(text), cells, leading_pipe=lead, trailing_pipe=trail)

    def _assign_sections(self) -> None:
        secs: list[Section] = []
        stack: list[Section] = []
        root = Section(None, 1, self.line_count)
        secs.append(root)
        used: dict[str, int] = {}
        for h in self.headings:
            slug = github_slug(h.text)
            if slug in used:
                used[slug] += 1
                h.anchor = f"{slug}-{used[slug]}"
            else:
                used[slug] = 0
                h.anchor = slug
            while stack and stack[-1].heading.level >= h.level:
                stack[-1].end_line = h.line - 1
                stack.pop()
            sec = Section(h, h.line, self.line_count, parent=stack[-1] if stack else root)
            stack.append(sec)
            secs.append(sec)
        self.sections = secs
        starts = [s.line for s in secs[1:]]
        for block in self.lists:
            block.section = self.section_at(block.line, starts)
        for t in self.tables:
            t.section = self.section_at(t.line, starts)

    def section_at(self, line: int, _starts: list[int] | None = None) -> Section:
        """The innermost section holding ``line``."""
        starts = _starts if _starts is not None else [s.line for s in self.sections[1:]]
        k = bisect.bisect_right(starts, line)
        return self.sections[k] if k else self.sections[0]

    @property
    def inline_blocks(self) -> list[tuple[int, int]]:
        """(line, end_line) of every block of inline text (paragraphs, headings, table rows),
        in document order; never code or HTML blocks."""
        spans = self._inline_lines
        return list(zip(spans[0::2], spans[1::2]))

    # ---- inline content ---------------------------------------------------------------------
    def scan(self, start: int, end: int) -> _inline.Inline:
        """Inline elements of ``text[start:end]`` with absolute offsets and line/columns."""
        result = _inline.scan(self.text[start:end], start, self.references)
        same: dict[int, int] = {}  # one int object per line number: links on a line share it
        for link in result.links:
            line, link.column = self.position(link.start)
            end_line, link.end_column = self.position(link.end)
            link.line = same.setdefault(line, line)
            link.end_line = same.setdefault(end_line, end_line)
        return result

    @cached_property
    def _inline_scans(self) -> list[tuple[int, int, _inline.Inline]]:
        out = []
        rows = self._table_lines
        starts = self._item_text_starts
        for line, end_line in self.inline_blocks:
            if line in rows:
                continue  # table rows are scanned cell by cell (links, code_spans)
            s = starts.get(line) or self.line_starts[line - 1]  # an item's text: from its content
            e = self.line_end(end_line)
            out.append((line, end_line, self.scan(s, e)))
        return out

    def settle(self) -> None:
        """Build entries, links and code spans now, and drop the per-paragraph scans they are
        made from (their links live on in ``links`` and the entries): about 2 bytes a byte of
        text that no rule reads, while the rules run. The engine calls it before the rules."""
        self.entries, self.links, self.code_spans  # noqa: B018 (built for their side effect)
        self.__dict__.pop("_item_scans", None)
        self.__dict__.pop("_inline_scans", None)

    @cached_property
    def _item_text_starts(self) -> dict[int, int]:
        """First line of an item's own paragraph -> offset where the item's text begins."""
        return {item.text_line: item.content_start for block in self.lists for item in block.items
                if item.text_line}

    @cached_property
    def _item_scans(self) -> dict[int, tuple[int, _inline.Inline]]:
        """The scan of each item's first paragraph (made by ``_inline_scans`` from the item's
        content on), by first line, with its last line: entries reuse it instead of scanning the
        same text again."""
        starts = self._item_text_starts
        return {line: (end, res) for line, end, res in self._inline_scans if line in starts}

    @cached_property
    def _table_lines(self) -> set[int]:
        return {ln for t in self.tables for ln in range(t.line, t.end_line + 1)}

    @cached_property
    def links(self) -> list[Link]:
        """Every link, image and bare URL in the document's text (not in code or HTML blocks)."""
        out: list[Link] = []
        for table in self.tables:
            cols = table.columns
            for row in [table.header, *table.rows]:
                for cell in row.cells:
                    if cell.start == cell.end:
                        continue
                    res = self.scan(cell.start, cell.end)
                    for link in res.links:
                        if row is not table.header and cell.index < len(cols):
                            link.column_header = cols[cell.index]
                    out.extend(res.links)
        for _line, _end, res in self._inline_scans:
            out.extend(res.links)
        out.sort(key=lambda k: k.start)
        return out

    @cached_property
    def code_spans(self) -> list[tuple[int, int]]:
        """Absolute [start, end) of inline code spans, sorted."""
        spans = [s for _, _, res in self._inline_scans for s in res.code_spans]
        for table in self.tables:
            for row in [table.header, *table.rows]:
                for cell in row.cells:
                    if "`" in cell.text:
                        spans.extend(_inline.scan(cell.text, cell.start).code_spans)
        spans.sort()
        return spans

    @cached_property
    def _code_lines(self) -> set[int]:
        return {ln for a, b in self.code_blocks for ln in range(a, b + 1)}

    def in_code(self, offset: int) -> bool:
        """True inside a code block or an inline code span."""
        line, _ = self.position(offset)
        if line in self._code_lines:
            return True
        spans = self.code_spans
        k = bisect.bisect_right(spans, (offset, float("inf"))) - 1
        return k >= 0 and spans[k][0] <= offset < spans[k][1]

    def is_code_line(self, line: int) -> bool:
        return line in self._code_lines

    # ---- entries -------------------------------------------------------------------------
    @cached_property
    def entries(self) -> list[Entry]:
        """List items and table rows that describe one resource, in document order."""
        out: list[Entry] = []
        for block in self.lists:
            for item in block.items:
                e = self._item_entry(item)
                if e is not None:
                    out.append(e)
        for table in self.tables:
            out.extend(self._table_entries(table))
        out.sort(key=lambda e: e.start)
        return out

    def _item_entry(self, item: ListItem) -> Entry | None:
        if not item.text_line:
            return None
        start = item.content_start
        end = self.line_end(item.text_end_line)
        if start >= end:
            return None
        item.text_start, item.text_end = start, end
        seen = self._item_scans.get(item.text_line)
        if seen is not None and seen[0] == item.text_end_line and start == self._item_text_starts[item.text_line]:
            res = seen[1]
        else:  # not scanned as a paragraph of its own
            res = self.scan(start, end)
        text = self.text[start:end]
        links = res.links
        tag = _leading_tag(self.text, start, end)
        tag_end = tag.end if tag else start
        bold = next((b for b in res.bold_spans if b[0] >= tag_end), None)
        real_links = [k for k in links if not k.is_anchor and not k.is_image]
        if not real_links and tag is None and bold is None:
            return None
        if links and not real_links and all(k.is_anchor for k in links):
            return None  # a table-of-contents item
        title = ts = te = None
        body_start = tag.end if tag else start
        while body_start < end and text[body_start - start] in " \t":
            body_start += 1
        first_link = links[0] if links else None
        if bold is not None and (first_link is None or bold[0] <= first_link.start):
            ts, te = bold[1], bold[2]
        elif first_link is not None and first_link.start == body_start and first_link.kind != _inline.IMAGE:
            ts, te = first_link.label_start, first_link.label_end
        else:
            stop = first_link.start if first_link is not None else end
            seg = self.text[body_start:stop]
            cut = re.split(r"\s[-–—:|]\s|\s*\[\[", seg, maxsplit=1)[0]
            stripped = cut.strip(" \t*_-–—:|")
            if stripped:
                ts = body_start + seg.index(stripped)
                te = ts + len(stripped)
        if ts is not None:
            title = plain_text(self.text[ts:te])
        year = tag.year if tag else None
        return Entry("item", item.line, item.text_end_line, start, end, self.text, title, ts, te, links,
                     tag, year, item.block.section if item.block else None, item=item)

    def _table_entries(self, table: Table) -> list[Entry]:
        cols = [c.strip().casefold() for c in table.columns]
        title_col = None
        for i, c in enumerate(cols):
            if c in _TITLE_HEADERS:
                title_col = i
                break
        venue_col = next((i for i, c in enumerate(cols) if c in VENUE_HEADERS), None)
        year_col = next((i for i, c in enumerate(cols) if c in ("year", "date", "time")), None)
        index_col = 0 if table.index_header else None
        if title_col is None:
            for i, c in enumerate(cols):
                if i in (index_col, venue_col, year_col):
                    continue
                title_col = i
                break
        out = []
        for row in table.rows:
            links = [k for k in self.links_between(row.start, row.end)]
            real = [k for k in links if not k.is_anchor]
            if not real and title_col is None:
                continue
            title = ts = te = None
            if title_col is not None and title_col < len(row.cells):
                cell = row.cells[title_col]
                if cell.text:
                    ts, te = cell.start, cell.end
                    inner = self.scan(cell.start, cell.end)
                    if inner.bold_spans and inner.bold_spans[0][0] == cell.start and inner.bold_spans[0][3] == cell.end:
                        ts, te = inner.bold_spans[0][1], inner.bold_spans[0][2]
                    title = plain_text(self.text[ts:te])
            tag = None
            year = None
            if venue_col is not None and venue_col < len(row.cells):
                cell = row.cells[venue_col]
                if cell.text:
                    tag = _cell_tag(cell)
                    year = tag.year
            if year is None and year_col is not None and year_col < len(row.cells):
                m = _YEAR.search(row.cells[year_col].text)
                year = int(m.group()) if m else None
            out.append(Entry("row", row.line, row.line, row.start, row.end, self.text,
                             title, ts, te, links, tag, year, table.section, row=row))
        return out

    def links_between(self, start: int, end: int) -> list[Link]:
        links = self.links
        k = bisect.bisect_left(self._link_starts, start)
        out = []
        while k < len(links) and links[k].start < end:
            out.append(links[k])
            k += 1
        return out

    @cached_property
    def _link_starts(self) -> list[int]:
        return [x.start for x in self.links]

    @cached_property
    def definitions(self) -> list[Link]:
        """Link reference definitions ``[label]: url`` that markdown-it accepted, as Links of kind
        ``"definition"``: ``url`` is the resolved href (equal to the ``url`` of the reference
        links using it), ``url_start``/``url_end`` the destination as written (without ``<>``).
        Only the first definition of a label counts, as in CommonMark."""
        if not self.references:
            return []
        out: list[Link] = []
        seen: set[str] = set()
        para = sorted(self.inline_blocks)
        para_starts = [a for a, _ in para]
        for m in _DEFINITION.finditer(self.text):
            line, _ = self.position(m.start("open"))
            label = normalize_label(m.group("label"))
            if label in seen or label not in self.references or self.is_code_line(line):
                continue
            k = bisect.bisect_right(para_starts, line) - 1
            if k >= 0 and para[k][0] <= line <= para[k][1]:
                continue  # inside a paragraph: not a definition
            seen.add(label)
            s, e = m.span("dest")
            if self.text[s] == "<":
                s, e = s + 1, e - 1
            link = make_link("definition", m.group("label"), self.references[label], m.start("open"), m.end(),
                        s, e, m.start("label"), m.end("label"))
            link.line, link.column = line, m.start("open") - self.line_starts[line - 1] + 1
            link.end_line, link.end_column = self.position(m.end())
            out.append(link)
        return out

    # ---- anchors --------------------------------------------------------------------------
    @cached_property
    def anchors(self) -> dict[str, int]:
        """Every in-page target: heading anchors and explicit ``<a name>``/``id=``, to its line."""
        out: dict[str, int] = {}
        for h in self.headings:
            out.setdefault(h.anchor, h.line)
        for m in re.finditer(r"""<[a-zA-Z][^>]*?\b(?:name|id)\s*=\s*["']?([^"'\s>]+)""", self.text):
            out.setdefault(m.group(1), self.position(m.start())[0])
        return out


def _prefix_ok(prefix: str) -> bool:
    """Only container markup (spaces, '>', outer list markers) may precede a list marker."""
    return re.fullmatch(r"(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])?)*[ \t]*", prefix) is not None


def _leading_tag(text: str, start: int, end: int) -> Tag | None:
    """The tag at ``text[start:end]``'s start (matched in place: no copy of the entry)."""
    m = _TAG.match(text, start, end)
    if not m:
        return None
    inner = m.group(3)
    if inner.startswith("!") or inner.strip() == "" or inner.strip() in ("x", " ", "X"):
        return None
    outer_bold = bool(m.group(1)) and bool(m.group(5))
    inner_bold = bool(m.group(2)) and bool(m.group(4))
    if bool(m.group(1)) != bool(m.group(5)) or bool(m.group(2)) != bool(m.group(4)):
        return None
    return make_tag(text, inner, m.start(), m.end(), m.start(3), m.end(3), outer_bold or inner_bold, True)


def _cell_tag(cell: Cell) -> Tag:
    text = cell.text
    s, e = cell.start, cell.end
    inner = text
    bold = False
    m = re.fullmatch(r"(\*\*|__)(.+)\1", text)
    if m:
        inner, bold = m.group(2), True
        s2 = s + 2
        e2 = e - 2
    else:
        s2, e2 = s, e
    return make_tag(cell.doc_text, inner, s, e, s2, e2, bold, False)


def parse(source: Source) -> Document:
    return Document(source)


def parse_text(text: str, path: str = "<text>", remember: bool = False) -> Document:
    """Convenience for tests and fixes: a document from a string. A fix's check parses its
    text without ``remember``: the text of the pass stays the one edited copies are compared to."""
    from .source import detect_newline

    return Document(Source(path=path, text=text, newline=detect_newline(text)), remember)
