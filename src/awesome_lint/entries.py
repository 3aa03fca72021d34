"""Entry recognition: which list items and table rows describe one resource, and what they say.

The heuristics that make an :class:`~awesome_lint.records.Entry` of an item or a row (its title,
leading tag, year and where they are written) live here, apart from the document's block
structure, so they can be read and changed on their own; the header vocabularies of tables
(index, title, venue, year columns) are here too, and rules import them rather than keep copies.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from . import inline as _inline
from .mdtext import YEAR, plain_text
from .records import Cell, Entry, ListItem, Table, Tag, make_tag

if TYPE_CHECKING:
    from .document import Document

INDEX_HEADERS = frozenset({
    "#", "no", "no.", "n", "n.", "num", "num.", "number", "index", "idx", "id", "s.no", "s.no.", "s/n",
    "sr", "sr.", "sr. no.", "sr.no.", "sl. no.", "sl.no.", "sno", "nr", "nr.", "n°", "№",
})  # headers of an index column, compared case-insensitively
TITLE_HEADERS = ("title", "paper", "papers", "paper title", "name", "method", "model", "project",
                 "resource", "work", "article", "dataset", "tool", "library",
                 # the plurals, so `| Methods | … | Dataset |` is titled by its methods, not its data sets
                 "titles", "names", "methods", "models", "projects", "resources", "works", "articles",
                 "tools", "libraries")
VENUE_HEADERS = ("venue", "reference", "conference", "journal", "publication", "conf", "pub",
                 "conference/journal", "journal/conference", "published", "source", "where",
                 "published in", "published at", "publication venue", "venue and year", "venue & year",
                 "venue/year", "conference & year", "conference/year", "venue/source")
YEAR_HEADERS = ("year", "date", "time")
_TAG = re.compile(r"(\*\*|__)?\[(\*\*|__)?([^\[\]\n]{1,80}?)(\*\*|__)?\](\*\*|__)?(?!\(|\[)")


def year_column(columns: list[str]) -> int | None:
    """The first column headed Year, Date or Time (case and spaces aside), if any."""
    return next((i for i, c in enumerate(columns) if c.strip().casefold() in YEAR_HEADERS), None)


def column_year(row, col: int | None) -> re.Match | None:
    """The year the row's cell in column ``col`` (its Year column) gives, as a match in the cell's text."""
    if col is None or col >= len(row.cells):
        return None
    return YEAR.search(row.cells[col].text)


def _category_column(table, col: int) -> bool:
    """Whether a column names a category, not each row: no links, and fewer distinct values
    than half its rows (four rows or more)."""
    cells = [r.cells[col].text.strip().casefold() for r in table.rows if col < len(r.cells)]
    return len(cells) >= 4 and not any("](" in c for c in cells) and len(set(cells)) * 2 < len(cells)


def _naming_links(table, col: int) -> bool:
    """Whether most of a column's cells hold a link whose text names the row: a text of its own
    on most rows (not `[GitHub]` on each), and not a badge image."""
    texts = [r.cells[col].text.strip() for r in table.rows if col < len(r.cells) and "](" in r.cells[col].text]
    if len(texts) * 2 <= len(table.rows) or any(t.startswith("[![") or t.startswith("![") for t in texts):
        return False
    return len({t.split("](")[0].casefold() for t in texts}) * 2 > len(texts)


def index_column(columns: list[str]) -> int | None:
    """The index column of a table with these header texts (plain): 0 when the first is headed
    like an index (`#`, `No.`, `Index`, ...), else None."""
    return 0 if columns and columns[0].strip().casefold() in INDEX_HEADERS else None


def build(doc: Document) -> list[Entry]:
    """The document's list items and table rows that describe one resource, in text order."""
    out: list[Entry] = []
    for block in doc.lists:
        for item in block.items:
            e = item_entry(doc, item)
            if e is not None:
                out.append(e)
    for table in doc.tables:
        out.extend(table_entries(doc, table))
    out.sort(key=lambda e: e.start)
    return out


def item_entry(doc: Document, item: ListItem) -> Entry | None:
    """The entry a list item's first paragraph makes: one with a real link, a leading tag or a
    bold title (not a table-of-contents item of anchors only), or None."""
    if not item.text_line:
        return None
    start = item.content_start
    end = doc.line_end(item.text_end_line)
    if start >= end:
        return None
    item.text_start, item.text_end = start, end
    res = doc.item_scan(item, start, end)
    whole = doc.text
    kept = doc.kept_reading(start, end)  # the server's previous version read this text already
    if kept is not None:
        found = kept[0]
        if found is None:
            return None
        title, ts, te, tag, year, d_year = found
        if tag is not None:
            tag = Tag(whole, tag[0], start + tag[1], *tag[2:])
        return Entry("item", item.line, item.text_end_line, start, end, whole, title,
                     None if ts is None else start + ts, None if te is None else start + te, res.links,
                     tag, year, item.block.section if item.block else None, item=item, d_year=d_year)
    entry = _read_item(doc, item, start, end, res, whole)
    doc.keep_reading(start, end, None if entry is None else (
        entry.title, None if entry.title_start is None else entry.title_start - start,
        None if entry.title_end is None else entry.title_end - start,
        None if entry.tag is None else (entry.tag.inner, entry.tag.start - start, entry.tag.d_end,
                                        entry.tag.d_inner_start, entry.tag.d_inner_end, entry.tag.bold,
                                        entry.tag.bracketed, entry.tag.year, entry.tag.d_year),
        entry.year, entry.d_year))
    return entry


# a bracketed group of code-span tags closing an entry's text (`[`est.` `opt.`]`)
_CODE_TAGS_AFTER = re.compile(r"\s*\[\s*(?:`[^`\n]*`[\s,]*)+\]\s*$")


def _read_item(doc: Document, item: ListItem, start: int, end: int, res, whole: str) -> Entry | None:
    """What :func:`item_entry` makes of an item's text and its inline scan."""
    text = whole[start:end]
    links = res.links
    tag = leading_tag(whole, start, end)
    if tag is not None and tag.year is None and any(k.start == tag.start and k.kind == "reference" for k in links):
        tag = None  # `1. [adafruit-seesaw] - I2C - Driver …`: a shortcut reference link names the item, no venue
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
    if (first_link is not None and first_link.start == body_start + 1 and text[body_start - start] == "["
            and whole.startswith("]", first_link.end) and first_link.end + 1 < end):
        # "[[CVPR](paper)] PointNetLK: … [[code](…)]": a bracketed link leads as the venue tag
        # and the title is the text after it, not the lone "["
        body_start = first_link.end + 1
        while body_start < end and whole[body_start] in " \t":
            body_start += 1
        first_link = next((k for k in links if k.start >= body_start), None)
        # a bold title opens the text; bold further on is a tag (`[__`reg.`__]`)
        bold = next((b for b in res.bold_spans if b[0] == body_start), None)
    if (bold is not None and bold[0] > body_start and bold[2] - bold[1] > 2 and whole[bold[1]] == "["
            and whole[bold[2] - 1] == "]" and "](" not in whole[bold[1]:bold[2]]):
        bold = None  # `Title | **[NIPS' 18]** | [pdf](…)`: a bold bracketed tag after the title names no title
    if bold is not None and bold[0] > body_start and whole[bold[0] - 1:bold[0]] in ("(", "（") \
            and whole[body_start:bold[0] - 1].strip():
        bold = None  # `Paint Transformer: … (**oral**)`: a bold note in parentheses after the title names no title
    if bold is not None and (first_link is None or bold[0] <= first_link.start):
        ts, te = bold[1], bold[2]
    elif first_link is not None and first_link.start == body_start and first_link.kind != _inline.IMAGE:
        ts, te = first_link.label_start, first_link.label_end
    else:
        stop = first_link.start if first_link is not None else end
        seg = whole[body_start:stop]
        if seg.endswith("["):  # "Title. [[code](…)]": the bracket opens the next link's group
            seg = seg[:-1]
        cited = _CITED_TITLE.search(seg)
        if cited is not None and _authors_before(seg[: cited.start()]):
            # "Kyunghyun Cho, …, and Yoshua Bengio, *Learning Phrase Representations…*, EMNLP
            # 2014": a citation, the title in italics or quotes after the authors
            g = next(i for i in range(1, 5) if cited.group(i) is not None)
            ts, te = body_start + cited.start(g), body_start + cited.end(g)
            stripped = ""
        else:
            cut = re.split(r"\s[-–—:|]\s|\s*\[\[", seg, maxsplit=1)[0]
            cut = _CODE_TAGS_AFTER.sub("", cut)  # `3DRegNet: … Registration [`est.`]`: the list's tags
            stripped = cut.strip(" \t*_-–—:|")
        if stripped:
            ts = body_start + seg.index(stripped)
            te = ts + len(stripped)
    if ts is not None:
        title = plain_text(whole[ts:te])
    year = tag.year if tag else None
    d_year = tag.start - start + tag.d_year if year is not None else -1
    return Entry("item", item.line, item.text_end_line, start, end, whole, title, ts, te, links,
                 tag, year, item.block.section if item.block else None, item=item, d_year=d_year)


# a citation's title after its authors: in italics or quotes, closed before a comma, a full
# stop or the end (`…, and Jason Weston, *The Goldilocks Principle: …*, arXiv:1511.02301`)
_CITED_TITLE = re.compile(r',[ \t]+(?:\*(?!\*)([^*\n]{8,}?)\*|_(?!_)([^_\n]{8,}?)_|"([^"\n]{8,}?)"|“([^”\n]{8,}?)”)'
                          r'(?=[ \t]*(?:[,.]|$))')
# the authors before it: capitalised names (particles aside), split by commas and "and"
_PARTICLES = frozenset("van von der de den la le da di du".split())
_AUTHOR_SPLIT = re.compile(r",[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")


def _authors_before(text: str) -> bool:
    """``text`` is an author list, two names at least (`Felix Hill, Antoine Bordes, and Jason
    Weston`; `…, et al.`), each of one to five capitalised words: a plain split and a look at
    each word, no backtracking on a long line."""
    if len(text) > 600:
        return False
    names = [n.strip() for n in _AUTHOR_SPLIT.split(text.strip())]
    if names and names[-1] in ("et al.", "et al"):
        names.pop()
    if len(names) < 2:
        return False
    for n in names:
        words = n.split()
        if not 1 <= len(words) <= 5 or not all(w[0].isupper() or w in _PARTICLES for w in words):
            return False
    return True


_PLACEHOLDER_CELL = re.compile(r"[-–—/]?|n/?a|N/?A|none|None")


def table_entries(doc: Document, table: Table) -> list[Entry]:
    """The entries of a table's rows: each row with a real link or a title column. The title is
    the Title/Paper/Name... column (else the first that is not index, venue or year, unless that
    is a category and a later column's links name the rows; where its
    cell is a placeholder, `-`, the next such column's), the tag
    the Venue column's cell, the year the tag's or else the Year column's."""
    cols = [c.strip().casefold() for c in table.columns]
    title_col = None
    for i, c in enumerate(cols):
        if c in TITLE_HEADERS:
            title_col = i
            break
    venue_col = table.column_index(*VENUE_HEADERS)  # (`Venue / Source`: spaced slashes count)
    year_col = year_column(table.columns)
    index_col = table.index_column
    if title_col is None:
        free = [i for i in range(len(cols)) if i not in (index_col, venue_col, year_col)]
        title_col = free[0] if free else None
        if title_col is not None and _category_column(table, title_col):
            # `| Year | Target | Contest |`: the targets are a category (`Land cover` on most rows),
            # the contests, linked, are what each row is about
            linked = [i for i in free if _naming_links(table, i)]
            title_col = linked[0] if linked else title_col
    other_titles = [i for i, c in enumerate(cols) if c in TITLE_HEADERS and i != title_col]
    whole = doc.text
    out = []
    for row in table.rows:
        links = doc.links_between(row.start, row.end)
        real = [k for k in links if not k.is_anchor]
        if not real and title_col is None:
            continue
        title = ts = te = None
        col = title_col
        if col is not None and col < len(row.cells) and _PLACEHOLDER_CELL.fullmatch(row.cells[col].text) and other_titles:
            # `| - | [**Can ChatGPT replace StackOverflow?**](…) |`: no dataset name, the Title column names the row
            col = next((i for i in other_titles if i < len(row.cells)), col)
        if col is not None and col < len(row.cells):
            cell = row.cells[col]
            if cell.text:
                ts, te = cell.start, cell.end
                inner = doc.scan(cell.start, cell.end)
                if inner.bold_spans and inner.bold_spans[0][0] == cell.start and inner.bold_spans[0][3] == cell.end:
                    ts, te = inner.bold_spans[0][1], inner.bold_spans[0][2]
                title = plain_text(whole[ts:te])
        tag = None
        year = None
        d_year = -1
        if venue_col is not None and venue_col < len(row.cells):
            cell = row.cells[venue_col]
            if cell.text:
                tag = cell_tag(cell)
                year = tag.year
                if year is not None:
                    d_year = tag.start - row.start + tag.d_year
        if year is None:
            m = column_year(row, year_col)
            if m:
                year = int(m.group())
                d_year = row.cells[year_col].start - row.start + m.start()
        out.append(Entry("row", row.line, row.line, row.start, row.end, whole,
                         title, ts, te, links, tag, year, table.section, row=row, d_year=d_year))
    return out


def leading_tag(text: str, start: int, end: int) -> Tag | None:
    """The tag at ``text[start:end]``'s start (matched in place: no copy of the entry):
    ``[2023 MICCAI]``, ``[**CVPR 2022**]``, ``**[ICCV 2023]**``; not a task box or an image."""
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


# a year glued to a venue by a hyphen, then a dash before the title: `2015-Arxiv - Title`,
# `2019-CVPR Workshop - Title` (up to three words, none a bracket or a link)
_LEAD_VENUE = re.compile(r"[ \t]*(?P<inner>(?:19|20)\d\d-[A-Za-z][^\s\[\]()<>*_`|]{0,30}"
                         r"(?: [A-Za-z][^\s\[\]()<>*_`|]{0,20}){0,2})[ \t]+[-–—][ \t]+\S")


# a venue and its year set off from the title by a colon: `WWW 2021: Title`, `ACM MM 2023: Title`
# (a capital in the venue's first word, up to three words)
_LEAD_VENUE_COLON = re.compile(r"[ \t]*(?P<inner>(?=[\w&.'-]*[A-Z])[A-Za-z][\w&.'-]{0,15}(?: [A-Za-z][\w&.'-]{0,15}){0,2}"
                               r" (?:19|20)\d\d):[ \t]+[^\s\d]")


def lead_venue(entry: Entry) -> Tag | None:
    """An item's unbracketed leading venue, year first and glued by a hyphen, set off from the
    title by a dash (``2015-Arxiv - Title``, ``2008-NIPS - Title``), or venue first and set off
    by a colon (``WWW 2021: Title``): a tag the document model leaves out (it reads bracketed
    tags only), for the venue rules to read. None for a row, an item with a tag, or another
    opening."""
    if entry.kind != "item" or entry.tag is not None:
        return None
    m = _LEAD_VENUE.match(entry.doc_text, entry.start, entry.end)
    if m is None and (m := _LEAD_VENUE_COLON.match(entry.doc_text, entry.start, entry.end)) is not None:
        from .venues import load_registry, parse_tag

        p = parse_tag(m.group("inner"), load_registry(), 2100)
        if p is None or p.match is None:
            return None  # `Update 2023: …`, `OpenAI 2023: …`: words and a year, no venue
    if m is None:
        return None
    s, e = m.span("inner")
    return make_tag(entry.doc_text, m.group("inner"), s, e, s, e, False, False)


def cell_tag(cell: Cell) -> Tag:
    """A Venue column's cell as a tag (not bracketed; bold when the whole cell is; a code span
    that is the whole cell, `` `ICLR'23` ``, is read inside its backticks)."""
    text = cell.text
    s, e = cell.start, cell.end
    inner = text
    bold = False
    m = re.fullmatch(r"(\*\*|__)(.+)\1", text)
    code = re.fullmatch(r"`([^`]+)`", text)
    if code:
        inner = code.group(1)
        s2, e2 = s + 1, e - 1
    elif m:
        inner, bold = m.group(2), True
        s2 = s + 2
        e2 = e - 2
    else:
        s2, e2 = s, e
    return make_tag(cell.doc_text, inner, s, e, s2, e2, bold, False)


# Where a venue written inside an entry's text may begin or end: a sentence's full stop, emphasis
# and bracket markers, quotes, a table's pipe, a dash or colon between words, a line break.
MENTION_CUT = _MENTION_CUT = re.compile(r"\.(?=\s|$)|[*\[\]`|\"“”<>;\n]|\s[-–—]\s|:\s|(?<!\w)_|_(?!\w)")
_MENTION_STRIP = " \t,.:;-–—"


_YEARISH = re.compile(r"\d\d")


def may_mention(entry: Entry) -> bool:
    """Whether an entry may write its venue in its text (:func:`venue_mentions`): a list item,
    or a row of a table without a venue column (a venue column's empty cell says no venue)."""
    row = entry.row
    if row is None:
        return True
    table = row.table
    return table is not None and table.column_index(*VENUE_HEADERS) is None


def venue_mentions(doc: Document, entry: Entry, accept: Callable[[str], bool]) -> list[Tag]:
    """Venue tags an entry writes outside its leading tag and venue cell: the ``NeurIPS 2023``
    after the authors of ``**Title**. *Authors*. NeurIPS 2023. [[pdf]](…)``, the ``(CVPR 2022)``
    after a title, a ``[MICCAI'21](…)`` link in a table's paper column. The entry's text (after
    its leading tag; a row's cells but the title) is cut into pieces at full stops, emphasis,
    brackets, quotes, pipes and dashes (link destinations, images and code are not text, but for
    a code span that is wholly one piece: `` - Chen C et al, `ICCV 2019`. ``), and a
    piece counts when ``accept`` takes its whole text (or a parenthesised part of it): the
    caller decides what a venue is, so prose and titles are not taken for tags. The pieces are
    cut once a document (``doc.memo``: AL005 and AL009 both ask); the tags are built on demand
    and not kept (unbracketed, with the piece as their inner text)."""
    key = ("mention-spans", entry.start, entry.end)
    pieces = doc.memo.get(key)
    if pieces is None:
        pieces = doc.memo[key] = _mention_candidates(doc, entry)
    text = doc.text
    out: list[Tag] = []
    for spans in pieces:
        for a, b in spans:
            if accept(text[a:b]):
                out.append(make_tag(text, text[a:b], a, b, a, b, False, False))
                break
    return out


def _mention_candidates(doc: Document, entry: Entry) -> list[list[tuple[int, int]]]:
    """The pieces of an entry's text that may be venue mentions, each as its spans (the piece,
    then its parenthesised parts): the same for every caller, so worked out once a document."""
    text = doc.text
    start, end = entry.start, entry.end
    if entry.tag is not None:
        start = max(start, entry.tag.end)
    masks = []
    for k in entry.links:
        if k.end <= start or k.start >= end:
            continue
        if k.is_image or k.url_start <= k.label_start:
            masks.append((k.start, k.end))
        else:
            masks.append((k.label_end, k.end))
    ts = entry.title_start
    if entry.row is not None and ts is not None:
        # a row's title cell names the paper (or a data set: ``ATLAS (MICCAI2023)``), not its venue
        masks.extend((c.raw_start, c.raw_end) for c in entry.row.cells if c.raw_start <= ts <= c.raw_end)
    masks.sort()
    out: list[list[tuple[int, int]]] = []
    pos = start
    for ms, me in masks + [(end, end)]:
        if ms > pos:
            _mention_pieces(doc, text, pos, min(ms, end), entry.title_start, out, bool(entry.links))
        pos = max(pos, me)
        if pos >= end:
            break
    return out


def _mention_pieces(doc: Document, text: str, lo: int, hi: int, title_start: int | None,
                    out: list[list[tuple[int, int]]], linked: bool = True) -> None:
    if _YEARISH.search(text, lo, hi) is None:
        return  # every venue mention has a year (`CVPR 2022`, `NIPS'18`): most stretches have none
    pos = lo
    for m in [*_MENTION_CUT.finditer(text, lo, hi), None]:
        s, e = pos, (m.start() if m is not None else hi)
        pos = m.end() if m is not None else hi
        while s < e and (text[s] in _MENTION_STRIP or text[s] == ")"):
            s += 1
        while e > s and (text[e - 1] in _MENTION_STRIP or text[e - 1] == "("):
            e -= 1
        if e - s < 4 or (e - s > 80 and s != title_start):
            continue
        piece = text[s:e]
        if s == title_start:
            # the title is no venue, but a parenthesised venue closing it is one
            # (``- Learning to Model the Tail (NIPS 2017) [[Paper](…)]``)
            g = _TITLE_PAREN.search(piece)
            if g is not None and any(c.isdigit() for c in g.group(1)):
                spans = [(s + g.start(1), s + g.end(1))]
                head = g.group(1).split(",", 1)[0].rstrip()
                if len(head) < len(g.group(1)) and any(c.isdigit() for c in head):
                    spans.append((s + g.start(1), s + g.start(1) + len(head)))  # `(NIPS 2019, 10+ citations)`
                out.append(spans)
            continue
        if piece.count("(") != piece.count(")"):
            if piece.startswith("(") and ")" not in piece:
                s, piece = s + 1, piece[1:]
            elif piece.endswith(")") and "(" not in piece:
                e, piece = e - 1, piece[:-1]
            else:
                continue
            piece = piece.strip()
            if not piece:
                continue
        if not any(c.isdigit() for c in piece) or not any(c.isalpha() for c in piece):
            continue
        if doc.in_code(s) and not (linked and text[s - 1] == "`" and text[e:e + 1] == "`"):
            # code, but for a code span of a linked entry that is wholly the piece (`` `ICCV 2019` ``:
            # a tag); in an item with no link (a plain citation, or a note of prose) code is an example
            continue
        spans = [(s, e)]
        if "(" in piece:
            spans += [(s + g.start(1), s + g.end(1)) for g in re.finditer(r"\(\s*([^()]+?)\s*\)", piece)]
        out.append(spans)


_TITLE_PAREN = re.compile(r"\(\s*([^()]{4,60}?)\s*\)\s*$")

# a block of text lines that is no paragraph of an entry: a heading, a table row, a quote, HTML,
# a fence, a list item
_NOT_PARAGRAPH = re.compile(r"[ \t]*(?:#|\||>|<(?!br)|```|~~~|[-*+][ \t]|\d{1,3}[.)][ \t])")
_BLOCK = re.compile(r"(?:^[ \t]*\S[^\n]*(?:\n|\Z))+", re.M)
_BOLD_TITLE = re.compile(r"[ \t]*(\*\*|__)(?P<title>[^*_\n]{4,300}?)\1")
_PARAGRAPH_LINES = 8  # an entry written as a paragraph is a few lines: title, authors, venue, links


def plain_items(doc: Document, dated: re.Pattern) -> list[Entry]:
    """List items that are no entry (no link, leading tag or bold title) yet write a year
    (``57. Title. Chen, Liqun et al. cvpr 2021``): a citation list written as plain text.
    Entries of their own for the venue checks, which read in them only a piece of text that is
    wholly a venue and a year (AL005), so an item of prose that names a year stays prose."""
    have = {e.start for e in doc.entries if e.kind == "item"}
    text = doc.text
    found = []
    for block in doc.lists:
        for item in block.items:
            if not item.text_line:
                continue
            s, e = item.content_start, doc.line_end(item.text_end_line)
            if s >= e or s in have or dated.search(text, s, e) is None or doc.in_code(s) or doc.links_between(s, e):
                continue
            found.append(Entry("item", item.line, item.text_end_line, s, e, text, None, None, None, [], None, None,
                               block.section, item=item))
    return found


def paragraph_entries(doc: Document, taken: list[tuple[int, int]], dated: re.Pattern) -> list[Entry]:
    """Paper entries written as paragraphs, not list items (``**Title** \\``, ``*Authors* \\``,
    ``NeurIPS 2022. [[Paper](…)]`` on lines of their own, or ``[JBHI, 2022]`` after the title,
    joined by backslashes or ``<br>``): entries of their own for the venue checks. Only a block
    of at most eight lines outside list items, tables, headings, quotes and code, with a link
    and a year (``dated``) in it, not overlapping the sorted spans ``taken`` (the entries
    already made). AL005 reads their venues (still only a piece of text that is wholly a venue
    and a year, so prose is left alone), AL009 their years."""
    import bisect

    text = doc.text
    blocks = doc.memo.get("paragraph-blocks")
    if blocks is None:  # the same blocks for AL005 and AL009: the text is split once a document
        blocks = doc.memo["paragraph-blocks"] = [
            (m.start(), m.end()) for m in _BLOCK.finditer(text)
            if not _NOT_PARAGRAPH.match(text, m.start()) and text.count("\n", m.start(), m.end()) <= _PARAGRAPH_LINES]
    starts = [a for a, _ in taken]
    out = []
    for s, e in blocks:
        i = bisect.bisect_left(starts, e) - 1
        if i >= 0 and taken[i][1] > s:
            continue  # overlaps an entry already made
        if dated.search(text, s, e) is None or doc.in_code(s):
            continue
        links = [k for k in doc.links_between(s, e) if not k.is_image]
        if not links:
            continue
        title = _BOLD_TITLE.match(text, s)
        t, ts, te = (title.group("title"), title.start("title"), title.end("title")) if title else (None, None, None)
        line, end_line = doc.position(s)[0], doc.position(max(s, e - 1))[0]
        out.append(Entry("item", line, end_line, s, e, text, t, ts, te, links, None, None, None))
    return out


_NOTE = re.compile(r"\([^()\n]{1,30}\)")  # `(SDM 2018)` after a sub-item's links


def links_subitem(entry: Entry) -> bool:
    """A nested item that holds links and nothing else, or a short note (`- [[Code]](…)`,
    `- [[Paper]](…) (SDM 2018)`, `- [[paper]](…) [[code]](…)`): links of the resource its
    parent item names, as a list written one line of links per sub-item has it."""
    item = entry.item
    if item is None or item.block is None or item.block.parent is None:
        return False
    text, at, rest = entry.doc_text, entry.start, []
    for x in sorted(entry.links, key=lambda x: x.start):
        if x.start >= at:
            rest.append(text[at:x.start])
            at = x.end
    rest.append(text[at:entry.end])
    left = " ".join(rest).replace("[", " ").replace("]", " ").strip(" \t\n,|/")
    return not left or _NOTE.fullmatch(left) is not None


# Sections whose items are about the list itself, not entries of it: its news and updates, its
# to-do list, its contents, how to contribute, cite or reach it, its licence and thanks. The
# heading is only such words (`🎑 News`, `:fire: Highlights` (dated news lines), `Update Log`, `To Do`,
# `Content`, `Contact Me`): "Text &
# Rich Content" is a section of the list. Narrower than AL017's quiet sections: an "Overview" or
# "Introduction" section may list surveys.
_ABOUT_THE_LIST = re.compile(
    r"(?:latest |recent )?(?:news|highlights?|updates?(?: log)?|news (?:and|&) updates|changelog|change log|to[ -]?do(?: list)?|"
    r"todos?|contents?|table of contents|toc|contribut\w*(?: guidelines?)?|how to contribute|acknowledge?ments?|"
    r"citations?|how to cite|cite us|licen[cs]e|contact(?: me| us)?|star history)", re.I)
_NOT_WORDS = re.compile(r":[a-z0-9_+-]+:|[^\w\s&'-]+|_")  # emoji, shortcodes (`:fire:`), marks


def about_the_list(section) -> bool:
    """The section itself (not the page's title, nor a parent: a "Contents" heading may hold the
    whole list) is about the list, not part of it."""
    return section is not None and section.level >= 2 and _about_title(section.title)


@lru_cache(maxsize=256)
def _about_title(title: str) -> bool:
    """Asked for each entry by three rules: worked out once per heading."""
    return _ABOUT_THE_LIST.fullmatch(" ".join(_NOT_WORDS.sub(" ", title).split())) is not None
