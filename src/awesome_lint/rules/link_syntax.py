"""AL007 link-syntax."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ..document import Document
from ..inline import IMAGE, INLINE, REFERENCE, Link
from ..model import WARNING, Edit, Finding, Fix
from ..textutil import SpanIndex, shorten
from .base import FIX_SOMETIMES, Rule

# `[text] (url)`: a space between the brackets and the parenthesis
_SPACED = re.compile(r"\[(\[[^\[\]\n]{1,60}\]|[^\[\]\n]{1,300})\]([ \t]+)\((?:https?://|www\.|#|\.{0,2}/)[^\s()]*(?:\([^\s()]*\)[^\s()]*)*\)")
# `[[code]]` with nothing after it: a label that lost its URL
_BARE_LABEL = re.compile(r"\[\[([A-Za-z][\w .~*-]{0,24})\]\](?![(\[:\]])")
# `](url` outside any link: the brackets before it do not balance
_CLOSE_PAREN = re.compile(r"\]\((?=https?://|www\.|#|\.{0,2}/)")
_EXTRA_CLOSE = re.compile(r"\[\[([^\[\]\n]{1,60})\]\]\]\(")
_BOLD_RUN = re.compile(r"(?<![*\\])\*{2,}(?!\*)")
_TAG = re.compile(r"<[^>\n]+>")
_BRACKET_TOKEN = re.compile(r"\\.|[\[\]]", re.S)
#: Look at every block and link, without the prefilters that skip those with nothing to report
#: (the tests compare both ways).
FULL_CHECK = False
_CHECKED = (INLINE, REFERENCE, IMAGE)  # the kinds of link _link looks at
_GAP_PAREN = re.compile(r"\][ \t]+\(")  # every `[text] (url)` has it


class LinkSyntax(Rule):
    """
    ## What it does

    Finds link Markdown that is broken in a way that renders as text, outside code:

    - a stray opening bracket before a link, `[[[paper]](https://…)`: the reader sees `[` in
      front of the link;
    - a space between the text and the URL, `[paper] (https://…)`: not a link at all, the page
      shows the brackets and the URL;
    - an empty target, `[paper]()`: a link that goes nowhere (it reloads the page);
    - a label with no URL, `[[code]]`: shown as text in double brackets;
    - `](https://…)` that closes no link, as in `[[paper]]](https://…)`;
    - links run together, `[[paper]](https://…)[[code]](https://…)`: they render as
      `[paper][code]` with no space between them;
    - an unbalanced `**` in an entry: the asterisks show, and nothing is bold.

    ## Why it matters

    Each of these shows raw Markdown to readers or hides a link; the usual Markdown linters do
    not report them because the text is valid Markdown, only not the intended one.

    ## Example

    ```markdown
    1. [2023 MICCAI] **TPRO** [[[paper]](https://example.org/tpro)
    2. [2023 IPMI] **Proto2Seg** [[paper]] (https://example.org/proto)
    3. [2024 arXiv] **ALC [[paper]](https://example.org/alc)[[code]](https://example.org/alc-code)
    ```

    Use instead:

    ```markdown
    1. [2023 MICCAI] **TPRO** [[paper]](https://example.org/tpro)
    2. [2023 IPMI] **Proto2Seg** [[paper]](https://example.org/proto)
    3. [2024 arXiv] **ALC** [[paper]](https://example.org/alc) [[code]](https://example.org/alc-code)
    ```

    ## Fix safety

    Sometimes safe. Fixed where the intended form is unambiguous: a stray `[` before a link
    whose text is itself bracketed (`[[[paper]](…)` to `[[paper]](…)`), one `]` too many after
    a bracketed label (`[[paper]]](…)`), the space in `[text] (url)`, and a missing space
    between two links. An empty target, a label without URL, other stray brackets and an
    unbalanced `**` are reported only: the missing URL or the place of the missing `**` is not
    in the text.
    """

    code = "AL007"
    name = "link-syntax"
    summary = "Malformed link Markdown: stray brackets, empty URL, space before `(`"
    fix_availability = FIX_SOMETIMES
    tags = ("links", "markdown")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        links = doc.links
        link_spans = SpanIndex((k.start, k.end) for k in links)

        first_at: dict[int, Link] = {}  # the first link starting at each offset
        for k in links:
            first_at.setdefault(k.start, k)
        self._first_at = first_at

        def in_link(pos: int) -> bool:
            return pos in link_spans

        seen: set[int] = set()
        row_lines = {r.line for t in doc.tables for r in [t.header, *t.rows]}
        blocks = []
        for line, end_line in doc.inline_blocks:
            if line not in seen:
                seen.add(line)
                blocks.append((line, doc.line_starts[line - 1], doc.line_end(end_line)))
        code_spans = SpanIndex(doc.code_spans, presorted=True)

        def has_code(start: int, end: int) -> bool:
            """A code span reaches into text[start:end]."""
            return code_spans.overlaps(start, end)

        suspects = [b[1] for b in blocks] if FULL_CHECK else _bracket_suspects(doc, links, in_link, blocks, has_code)
        # a block whose `**` runs are even in number and none of which can be hidden (no inline
        # code or code line, no HTML tag, no link URL with a '*') is balanced: _bold would
        # report nothing there
        star_urls = [k.start for k in links if "*" in text[k.url_start:k.url_end]]

        def plain_bold(line: int, start: int, end: int, block: str) -> bool:
            if FULL_CHECK:
                return False
            if "<" in block or "`" in block:
                return False
            if has_code(start, end):
                return False
            u = bisect.bisect_left(star_urls, start)
            if u < len(star_urls) and star_urls[u] < end:
                return False
            if any(doc.is_code_line(n) for n in range(line, doc.position(end)[0] + 1)):
                return False
            return sum(1 for _ in _BOLD_RUN.finditer(doc.text, start, end)) % 2 == 0
        n_suspects = len(suspects)
        for line, start, end in blocks:
            block = text[start:end]
            k = bisect.bisect_left(suspects, start)
            if k < n_suspects and suspects[k] < end and ("[" in block or "](" in block):
                yield from self._brackets(doc, start, block, in_link)
            if "**" in block:
                if line in row_lines:
                    continue  # table cells are checked one by one below
                if plain_bold(line, start, end, block):
                    continue
                yield from self._bold(doc, start, end)
        first_at_get = first_at.get
        for link in links:
            kind = link.kind
            # what _link can report: an empty target, or an inline link another one touches
            if FULL_CHECK or kind in _CHECKED and (kind != REFERENCE and not link.url.strip()
                                                   or kind == INLINE and first_at_get(link.end) is not None):
                yield from self._link(doc, link, text)
        for table in doc.tables:
            for row in [table.header, *table.rows]:
                for cell in row.cells:
                    if "**" in cell.text:
                        yield from self._bold(doc, cell.start, cell.end)

    # ---- brackets outside links ------------------------------------------------------------
    def _brackets(self, doc: Document, base: int, block: str, in_link) -> Iterator[Finding]:
        masked = _mask_code(doc, base, block)
        # a stray '[' sits right before a link: match the brackets only when one does
        before_link = any(base < k.start <= base + len(block) and masked[k.start - base - 1] == "["
                          for k in doc.links_between(base, base + len(block) + 1))
        unmatched = _unmatched_open(masked) if before_link else []
        reported: set[int] = set()
        # a stray '[' right before a link
        for i in unmatched:
            pos = base + i
            nxt = pos + 1
            if in_link(pos) or not in_link(nxt):
                continue
            link = self._first_at.get(nxt)
            if link is None or link.is_image:
                continue
            reported.add(pos)
            fix = None
            if link.label.startswith("[") and link.label.endswith("]") and link.label.count("[") == 1:
                fix = Fix((Edit(pos, pos + 1, ""),), safe=True, description="remove the stray '['")
            yield self._at(doc, pos, pos + 1,
                           f"stray `[` before the link `{shorten(doc.text[link.start:link.label_end + 1], 40, collapse=False, code=True)}`: "
                           "GitHub shows it as text", fix)
        # `[text] (url)` (each pattern scans the block only when its plain-text core is there)
        for m in _SPACED.finditer(masked) if _GAP_PAREN.search(masked) else ():
            pos = base + m.start()
            if in_link(pos) or doc.in_code(pos):
                continue
            reported.add(pos)
            gap_s, gap_e = base + m.start(2), base + m.end(2)
            fix = Fix((Edit(gap_s, gap_e, ""),), safe=True, description="remove the space before '('")
            yield self._at(doc, pos, base + m.end(),
                           f"`[{shorten(m.group(1), 40, collapse=False, code=True)}]` is followed by a space before `(`: not a link, GitHub "
                           "shows the brackets and the URL as text", fix)
        # `](url` that closes nothing
        for m in _CLOSE_PAREN.finditer(masked):
            pos = base + m.start()
            if in_link(pos) or any(abs(pos - r) < 400 and r <= pos for r in reported if _same_run(masked, r - base, m.start())):
                continue
            fix = None
            lo = max(0, m.start() - 80)
            extra = None
            for em in _EXTRA_CLOSE.finditer(masked, lo, m.end()):
                if em.end() == m.end():
                    extra = em
            if extra is not None:
                cut = base + extra.end() - 3  # the third ']'
                fix = Fix((Edit(cut, cut + 1, ""),), safe=True, description="remove the extra ']'")
            url = re.match(r"[^\s()]*(?:\([^\s()]*\)[^\s()]*)*(.?)", masked[m.end():])
            if url.group(1) != ")":
                why = "the URL after it has no closing `)` (or contains a space)"
            else:
                why = "the brackets before it do not balance"
            yield self._at(doc, pos, pos + 2,
                           f"`](` closes no link: {why}, so GitHub shows the brackets and the URL as text",
                           fix)
        # `[[code]]` without a URL
        for m in _BARE_LABEL.finditer(masked) if "]]" in masked else ():
            pos = base + m.start()
            if in_link(pos) or in_link(pos + 1) or pos in reported:
                continue
            after = masked[m.end():m.end() + 3]
            if after.startswith(" (") or after.startswith("\t("):
                continue  # reported above as `[text] (url)`
            yield self._at(doc, pos, base + m.end(),
                           f"`[[{m.group(1)}]]` has no URL: GitHub shows it as text", None, WARNING)

    # ---- one link ------------------------------------------------------------------------
    def _link(self, doc: Document, link: Link, text: str) -> Iterator[Finding]:
        if link.kind not in (INLINE, REFERENCE, IMAGE) or doc.in_code(link.start):
            return
        if link.kind != REFERENCE and not link.url.strip():
            what = "image" if link.is_image else "link"
            yield self._at(doc, link.start, link.end,
                           f"{what} `{shorten(text[link.start:link.end], 40, collapse=False, code=True)}` has an empty target: it goes "
                           "nowhere", None, WARNING)
            return
        if link.is_image or link.kind != INLINE:
            return
        nxt = self._first_at.get(link.end)
        if nxt is None or nxt.is_image or nxt.kind != INLINE or "![" in link.label or "![" in nxt.label:
            return
        if doc.in_code(nxt.start):
            return
        fix = Fix((Edit(link.end, link.end, " "),), safe=True, description="put a space between the links")
        yield self._at(doc, link.end - 1, nxt.start + 1,
                       f"links `{shorten(link.label, 40, collapse=False, code=True)}` and `{shorten(nxt.label, 40, collapse=False, code=True)}` run together: GitHub shows "
                       f"them without a space between", fix, WARNING)

    # ---- bold -----------------------------------------------------------------------------
    def _bold(self, doc: Document, start: int, end: int) -> Iterator[Finding]:
        text = doc.text
        found = list(_BOLD_RUN.finditer(text, start, end))
        if not found:
            return
        hide = [(k.url_start, k.url_end) for k in doc.links_between(start, end)]
        if text.find("<", start, end) != -1:
            hide += [(m.start(), m.end()) for m in _TAG.finditer(text, start, end)]
        runs = []
        for m in found:
            p = m.start()
            if doc.in_code(p) or any(s <= p < e for s, e in hide):
                continue
            runs.append(m)
        if len(runs) % 2 == 0:
            return
        last = runs[-1]
        yield self._at(doc, last.start(), last.end(),
                       "unbalanced `**`: GitHub shows the asterisks and makes nothing bold", None, WARNING)

    def _at(self, doc: Document, start: int, end: int, message: str, fix: Fix | None,
            severity: str | None = None) -> Finding:
        line, col = doc.position(start)
        end_line, end_col = doc.position(end)
        return self.finding(message, line, col, end_line, end_col, fix=fix, severity=severity)


def _bracket_suspects(doc: Document, links: list[Link], in_link, blocks: list[tuple[int, int, int]],
                      has_code) -> list[int]:
    """Sorted offsets where :meth:`LinkSyntax._brackets` could find something: the start of
    every block with inline code (its brackets are read with the code blanked: those blocks are
    always looked at), and elsewhere a '[' right before a link that no ']' of its block closes
    and the places its patterns match outside links, found in one pass over the whole text
    (every pattern matches within one line, and blocks are whole lines, so a block has a
    finding only if it holds one of these). Blocks without one are not looked at: most of a
    large list."""
    text = doc.text
    starts = [b[1] for b in blocks]
    out = [start for _, start, end in blocks if has_code(start, end)]
    for k in links:
        p = k.start - 1
        if p < 0 or text[p] != "[":
            continue
        b = bisect.bisect_right(starts, p) - 1
        if b < 0 or p >= blocks[b][2]:
            continue
        start, end = blocks[b][1], blocks[b][2]
        if not has_code(start, end) and not _closed(text, p, start, end):
            out.append(p)
    out.extend(m.start() for m in _GAP_PAREN.finditer(text))
    out.extend(p for p in (m.start() for m in _CLOSE_PAREN.finditer(text)) if not in_link(p))
    out.extend(p for p in (m.start() for m in _BARE_LABEL.finditer(text)) if not (in_link(p) or in_link(p + 1)))
    out.sort()
    return out


def _closed(text: str, p: int, start: int, end: int) -> bool:
    """The '[' at ``p`` is escaped, or a ']' closes it before ``end``: what
    :func:`_unmatched_open` decides for it scanning ``text[start:end]`` (a backslash escapes the
    next character; brackets pair as a stack, so '[' at ``p`` closes when the count of open
    brackets from it drops to zero)."""
    q = p
    while q > start and text[q - 1] == "\\":
        q -= 1
    if (p - q) % 2:
        return True  # an odd run of backslashes: the '[' is escaped, not a bracket
    depth = 1
    for m in _BRACKET_TOKEN.finditer(text, p + 1, end):
        ch = m.group()
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if not depth:
                return True
    return False


def _mask_code(doc: Document, base: int, block: str) -> str:
    """The block with inline code blanked out (same length), so brackets in code are ignored."""
    if "`" not in block:
        return block
    chars = list(block)
    spans = doc.code_spans
    k = max(0, bisect.bisect_right(spans, (base, base)) - 1)
    for s, e in spans[k:]:
        if s >= base + len(block):
            break
        if e <= base:
            continue
        for i in range(max(s, base), min(e, base + len(block))):
            if chars[i - base] != "\n":
                chars[i - base] = " "
    return "".join(chars)


def _unmatched_open(text: str) -> list[int]:
    """Offsets of '[' that no ']' closes (escapes honoured)."""
    stack: list[int] = []
    for m in _BRACKET_TOKEN.finditer(text):
        ch = m.group()
        if ch == "[":
            stack.append(m.start())
        elif ch == "]" and stack:
            stack.pop()
    return stack


def _same_run(text: str, a: int, b: int) -> bool:
    """a and b lie in one run of text without white space (one malformed link)."""
    return a <= b and not re.search(r"\s", text[a:b])
