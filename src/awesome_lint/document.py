"""The document model: what rules read, built once per text from markdown-it-py's block tokens.

Blocks come from :mod:`awesome_lint.parsing` (chunked, re-parsed in part when fixing); inline
content is scanned by :mod:`awesome_lint.inline`, which gives source offsets. The records are in
:mod:`awesome_lint.records`, entry recognition in :mod:`awesome_lint.entries`, text helpers in
:mod:`awesome_lint.mdtext`; the names rules import from here are re-exported below, so this
module stays the one rules depend on. Lines and columns are 1-based, ``end_column`` exclusive;
``start``/``end`` are absolute offsets into ``text``. Parts that only some rules need (entries,
links, anchors) are built on first use.
"""

from __future__ import annotations

import bisect
import re
from array import array
from functools import cached_property

from . import entries as _entries
from . import inline as _inline
from .entries import INDEX_HEADERS, TITLE_HEADERS, VENUE_HEADERS, cell_tag, leading_tag  # noqa: F401 (re-exported)
from .inline import Link, make_link, normalize_label
from .mdtext import (LONE_CR, NEWLINE, YEAR, blank_front_matter, container_prefix,  # noqa: F401
                     front_matter_end, github_slug, html_anchors, line_starts, plain_text)
from .parsing import Block, ParseCache, block_parser, block_tokens, iter_blocks, text_blocks  # noqa: F401 (re-exported)
from .records import (Cell, Entry, Heading, ListBlock, ListItem, Row, Section, Table, Tag,  # noqa: F401
                      make_tag, split_row)
from .source import Source


_ORDERED = re.compile(r"(\d{1,9})([.)])")
_BULLET = re.compile(r"[-*+]")
_DEFINITION = re.compile(r"^(?:[ \t]*>)*[ \t]*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+)?(?P<open>\[)(?P<label>(?:\\.|[^\[\]\\\n]){1,999})\]:[ \t]*\n?[ \t]*(?P<dest><[^<>\n]*>|[^\s<>]\S*)", re.M)


class Document:
    """One parsed Markdown text. Build with :func:`parse`. With ``remember`` its parse is kept
    in ``cache`` (:data:`awesome_lint.parsing.SHARED` by default) for the edited copies a fix
    pass makes next (see :class:`~awesome_lint.parsing.ParseCache`)."""

    def __init__(self, source: Source, remember: bool = True, cache: ParseCache | None = None):
        self.source = source
        self.path = source.path
        self.text = text = source.text
        self.line_starts = line_starts(text)  # a lone CR ends a line too, as in markdown-it
        self.headings: list[Heading] = []
        self.lists: list[ListBlock] = []
        self.tables: list[Table] = []
        self.code_blocks: list[tuple[int, int]] = []  # (line, end_line) fenced or indented code
        self.html_blocks: list[tuple[int, int]] = []  # (line, end_line)
        self.references: dict[str, str] = {}
        # (line, end_line) of paragraphs, headings and table rows, flattened: 16 bytes a block
        self._inline_lines = array("q")
        # what several rules derive from this text and share (``entries.venue_mentions``'s
        # candidate pieces): filled on first need, gone with the document
        self.memo: dict = {}
        self._scan_memo_owner = cache.scans if cache is not None else None
        self._build(remember, cache)

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
        """Offset of the end of ``line`` (before its line ending): what ``line_text`` cuts,
        found without copying the line (entries and rules ask for thousands)."""
        starts = self.line_starts
        start = starts[line - 1]
        text = self.text
        end = starts[line] if line < len(starts) else len(text)
        if end > start and text[end - 1] == "\n":
            end -= 1
        if end > start and text[end - 1] == "\r":
            end -= 1
        return end

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column), both 1-based, of an offset."""
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    # ---- building --------------------------------------------------------------------------
    def _build(self, remember: bool, cache: ParseCache | None) -> None:
        text, fm = blank_front_matter(self.text)
        if fm:  # front matter is parsed as blank lines and never linted
            last = self.text.count("\n", 0, fm) + (0 if self.text[fm - 1 : fm] == "\n" else 1)
            self.code_blocks.append((1, last))
        references: dict = {}
        tokens = iter_blocks(text, references, remember, cache)
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
                if m.group(1) == want and m.group(2) == tok.markup and container_prefix(text[: m.start()]):
                    ms, me = m.start(), m.end()
                    break
            number = int(want) if want.isdecimal() else None
        else:
            for m in _BULLET.finditer(text):
                if m.group() == tok.markup and container_prefix(text[: m.start()]):
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
        header = rows[0]
        table = Table(info["line"], info["end"], header, delimiter, rows[1:], in_blockquote=info["quote"],
                      index_column=_entries.index_column([plain_text(c.text) for c in header.cells]))
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
        memo = self._scan_tables
        if memo is None:
            result = _inline.scan(self.text[start:end], start, self.references)
        else:
            result = self._scan_memo(start, end, memo)
        same: dict[int, int] = {}  # one int object per line number: links on a line share it
        for link in result.links:
            line, link.column = self.position(link.start)
            end_line, link.end_column = self.position(link.end)
            link.line = same.setdefault(line, line)
            link.end_line = same.setdefault(end_line, end_line)
        return result

    @cached_property
    def _scan_tables(self):
        """The previous version's scans and this one's, when the parse cache keeps them."""
        memo = self._scan_memo_owner
        return None if memo is None else memo.tables(self.references)

    def _scan_memo(self, start: int, end: int, tables) -> _inline.Inline:
        prev, own = tables
        piece = self.text[start:end]
        res = own.get(piece)
        if res is None:
            res = prev.get(piece)
            memo = self._scan_memo_owner
            if res is None:
                res = _inline.scan(piece, 0, self.references)
                memo.scanned += 1
            else:
                memo.reused += 1
            own[piece] = res
        else:
            self._scan_memo_owner.reused += 1
        return _inline.moved(res, start)

    def kept_reading(self, start: int, end: int) -> tuple | None:
        """``(answer,)`` kept by :meth:`keep_reading` for the same text (in this document or
        the previous version's, when the parse cache keeps scans), else None."""
        tables = self._scan_tables
        if tables is None:
            return None
        key = ("entry", self.text[start:end])
        found = tables[1].get(key)
        if found is None:
            found = tables[0].get(key)
            if found is None:
                return None
            tables[1][key] = found
        return found

    def keep_reading(self, start: int, end: int, answer) -> None:
        """Keep what an item's text was read as (offsets relative to ``start``): it depends only
        on the text and the reference definitions, as its scan does."""
        tables = self._scan_tables
        if tables is not None:
            tables[1][("entry", self.text[start:end])] = (answer,)

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

    @cached_property
    def url_spans(self) -> list[tuple[int, int]]:
        """(start, end) of every link's address, sorted: where a word is part of a URL, not
        of the text (read with :func:`textutil.in_spans`)."""
        return sorted((k.url_start, k.url_end) for k in self.links if k.url_end > k.url_start)

    def beside(self, name: str) -> bool:
        """Whether a file or folder ``name`` lies beside the list's file (a relative link to it
        is meant so); False for a text with no file (standard input, a string)."""
        import os

        if not self.path or self.path in ("-", "<text>", "<stdin>"):
            return False
        return os.path.exists(os.path.join(os.path.dirname(os.path.abspath(self.path)), name))

    def in_code(self, offset: int) -> bool:
        """True inside a code block or an inline code span."""
        blocks = self._code_block_offsets
        if blocks[0]:
            k = bisect.bisect_right(blocks[0], offset) - 1
            if k >= 0 and offset < blocks[1][k]:
                return True
        starts = self._code_span_starts  # (inlined, not code_span_at: rules ask thousands of times)
        k = bisect.bisect_right(starts, offset) - 1
        return k >= 0 and offset < self.code_spans[k][1]

    def code_span_at(self, offset: int) -> tuple[int, int] | None:
        """The inline code span [start, end) that holds ``offset``, or None."""
        k = bisect.bisect_right(self._code_span_starts, offset) - 1
        return self.code_spans[k] if k >= 0 and offset < self.code_spans[k][1] else None

    @cached_property
    def _code_block_offsets(self) -> tuple[list[int], list[float]]:
        """The lines of code blocks as offsets: (starts, ends) of merged intervals, an offset
        being in one exactly when its line is a code line (rules ask ``in_code`` thousands of
        times: one bisection of integers, not a line lookup and a bisection of tuples)."""
        starts, ends = self.line_starts, []
        n = len(starts)
        intervals = sorted((starts[a - 1], starts[b] if b < n else float("inf"))
                           for a, b in self.code_blocks if 1 <= a <= n and b >= a)
        out_s: list[int] = []
        for a, b in intervals:
            if out_s and a <= ends[-1]:
                ends[-1] = max(ends[-1], b)
            else:
                out_s.append(a)
                ends.append(b)
        return out_s, ends

    @cached_property
    def _code_span_starts(self) -> list[int]:
        return [a for a, _ in self.code_spans]

    def is_code_line(self, line: int) -> bool:
        return line in self._code_lines

    # ---- entries -------------------------------------------------------------------------
    @cached_property
    def entries(self) -> list[Entry]:
        """List items and table rows that describe one resource, in document order (recognised
        by :mod:`awesome_lint.entries`)."""
        return _entries.build(self)

    def item_scan(self, item: ListItem, start: int, end: int) -> _inline.Inline:
        """The inline scan of ``item``'s own first paragraph, ``text[start:end]``: the one made
        for the document's links when there is one (not after ``settle``), else a new one."""
        seen = self._item_scans.get(item.text_line)
        if seen is not None and seen[0] == item.text_end_line and start == self._item_text_starts[item.text_line]:
            return seen[1]
        return self.scan(start, end)  # not scanned as a paragraph of its own

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
        for name, at in html_anchors(self.text):
            out.setdefault(name, self.position(at)[0])
        return out


def parse(source: Source) -> Document:
    return Document(source)


def parse_text(text: str, path: str = "<text>", remember: bool = False, cache: ParseCache | None = None) -> Document:
    """Convenience for tests and fixes: a document from a string. A fix's check parses its
    text without ``remember``: the text of the pass stays the one edited copies are compared to."""
    from .source import detect_newline

    return Document(Source(path=path, text=text, newline=detect_newline(text)), remember, cache)
