"""AL007 link-syntax."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator

from ..document import Document
from ..inline import HTML, IMAGE, INLINE, REFERENCE, Link
from ..model import WARNING, Edit, Finding, Fix
from ..textutil import SpanIndex, elsewhere, shorten
from ..vocabulary import arxiv_address, label_kind
from .base import FIX_SOMETIMES, Rule
from .quiet import quiet_keys
from .link_brackets import (BARE_LABEL, BARE_NAME_URL, BRACKET_HOST, CLOSE_PAREN, GAP_PAREN, OPEN_PAREN,
                            SQUARE_URL, TEXT_TARGET, URL_LABEL, bracket_suspects, mask_code, month_name, near,
                            same_run, unmatched_open)

# `[text] (url)`: a space between the brackets and the parenthesis
_SPACED = re.compile(r"\[(\[[^\[\]\n]{1,60}\]|[^\[\]\n]{1,300})\]([ \t]+)\((?:https?://|www\.|#|\.{0,2}/)[^\s()]*(?:\([^\s()]*\)[^\s()]*)*\)")
_EXTRA_CLOSE = re.compile(r"\[\[([^\[\]\n]{1,60})\]\]\]\(")
_BOLD_RUN = re.compile(r"(?<![*\\])\*{2,}(?!\*)")
_TAG = re.compile(r"<[^<>\n]+>")  # no '<' inside: a line of 20,000 '<' is one pass, not one per '<'
#: Look at every block and link, without the prefilters that skip those with nothing to report
#: (the tests compare both ways).
FULL_CHECK = False
_CHECKED = (INLINE, REFERENCE, IMAGE)  # the kinds of link _link looks at
_TARGETED = (INLINE, HTML)  # the kinds of link _target looks at (their target is written there)
_SCHEMES = {"ftp", "ftps", "sftp", "file", "mailto", "tel", "data", "irc", "ircs", "git", "ssh", "svn", "news", "nntp",
            "ws", "wss", "hxxp", "hxxps", "javascript", "steam", "slack", "zotero", "vscode", "magnet", "xmpp"}
_SCHEME_SPACE = re.compile(r"(?i)(https?:)[ \t]+(?=//)")
# a label struck out whole: `~~code~~`, `[~~code~~]`
_STRUCK = re.compile(r"^\s*\[?\s*~~[^~]+~~\s*\]?\s*$")

# destinations that are not URLs: a host without a scheme, a misspelt scheme, a placeholder
_NO_SCHEME = re.compile(
    r"(?i)(?:www\.[a-z0-9-]+\.|(?:[a-z0-9-]+\.)*(?:github|gitlab|arxiv|huggingface|youtube|twitter|openreview"
    r"|medium|bitbucket|kaggle|paperswithcode|zenodo|readthedocs)\.(?:com|org|net|io|co|edu)(?:[/?#]|$)"
    r"|(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|io|ai|dev|cn|cc|jp|uk|de|fr|ch|kr|tw|hk|sg|nl|eu|au|ca|info|me)/"
    r"|(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?::\d{1,5})?/)")
# a bare host name, nothing after it (`kesen.realtimerendering.com`, `hengfenghe.com`), in lower
# case; not `.org` or `.net`, the endings of Org-mode notes and .NET files (`guide.org`)
_BARE_HOST = re.compile(r"(?:[a-z0-9-]+\.)+(?:com|edu|gov)")
_SCHEME = re.compile(r"(?i)([a-z]{2,8})(:?)(/*)")
# `[me@x.org](me@x.org)`; not a file named `icon@3x.svg` nor a package `lodash@4.17.21`
_MAIL = re.compile(r"[\w.+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,4}(?!(?:png|svg|jpe?g|gif|webp|pdf|md|html?|txt|zip|gz)$)[A-Za-z]{2,24}")
# `[code]` standing alone: not after `[`, `]`, `!` or `\`, not followed by `(`, `[` or `:`
_LABEL_MAX = 20
_UNLINKED = re.compile(r"(?<![\[\]!\\\w])\[([A-Za-z][\w .-]{0,19})\](?![(\[:\]])")
# `https://https://github.com/…`: the scheme pasted twice, the second one read as the host
_SCHEME_TWICE = re.compile(r"(?i)(https?://)https?://")
# `[paper]((https://…))`: the target is `(https://…)`, a relative path to GitHub
_DOUBLED_PAREN = re.compile(r"(?i)\((?:https?://|www\.)[^\s()]*(?:\([^\s()]*\)[^\s()]*)*\)$")
# `[LLM]([https://…)`: an opening '[' pasted at the start of the target
_BRACKET_TARGET = re.compile(r"(?i)\[(?:https?://|www\.)[^\s\[\]]*\]?$")
# text glued after a link up to a ')' (`[x](url)ab-12cd)`: the tail of a URL pasted twice)
_GLUED_CLOSE = re.compile(r"[^\s()\[\]<>|`*]{0,80}\)")
_BRACKET_PATH = re.compile(r"(?i)https?://[^?#\[\]]*/[^?#]*[\[\]]")  # a '[' or ']' in the path
_PLACEHOLDER_TARGETS = {"#", "tba", "tbd", "todo", "to do", "coming soon", "coming", "soon", "url", "link", "none",
                        "null", "xxx", "http://", "https://", "n/a", "na", "placeholder", "nan", "undefined"}
# `[Dozzle](dozzle)`: a project's name typed where its address belongs (GitHub reads it as a file
# of the repository); folders a list may link this way are not names
_BARE_WORD = re.compile(r"[a-z][a-z0-9_-]{2,40}")
_FOLDERS = {"docs", "doc", "examples", "example", "src", "scripts", "test", "tests", "assets", "images", "img",
            "data", "papers", "paper", "code", "tools", "resources", "license", "contributing", "changelog",
            "readme", "media", "static", "notes", "slides", "lectures", "projects", "blog", "posts", "site"}
_TOP_LABEL = re.compile(r"(?i)\W*(?:back\s+to\s+)?(?:top|up|contents|home)\W*$|\W*$")
# an arXiv abstract or PDF address: the id must be YYMM.NNNN up to 2014, YYMM.NNNNN after


_SPACED_HABIT = 5  # links with spaces inside their parentheses that make a habit (on 3 lines at least)


# a link's label that is only an image (a badge), with spaces around it
_BADGE_ONLY = re.compile(r"\s*!\[[^\[\]]*\]\([^()\s]*\)\s*")


class LinkSyntax(Rule):
    """
    ## What it does

    Finds link Markdown that is broken in a way that renders as text, outside code:

    - a stray opening bracket before a link, `[[[paper]](https://…)`: the reader sees `[` in
      front of the link;
    - a space between the text and the URL, `[paper] (https://…)`: not a link at all, the page
      shows the brackets and the URL;
    - a space inside the parentheses, around the URL (`[paper]( https://…)`, `[paper](https://… )`):
      GitHub still links it, but other renderers and link checkers break the link there. When a
      third of the file's links or more do it (five on three lines at least), it is the file's
      habit: one finding at the first, naming the other lines, whose fix removes them all;
    - a stray `]` right after a link, closing no `[` of the text before it
      (`[Project](https://…)]`, where the `[` of `[[Project](…)]` was lost, or
      `[[pdf](https://…)]]`); the stray brackets of one line are one finding;
    - a stray `)` right after a link, closing no `(` of the text before it (`[pdf](https://…))`;
      `([pdf](https://…))` is fine), or text glued onto a link that ends in such a `)`;
    - an empty target, `[paper]()`: a link that goes nowhere (it reloads the page; not around a
      badge, `[![Type](badge)]()`, which is shown for its picture); the links
      of one line with empty targets are one finding (an entry waiting for its URLs), and
      headings written as such links, `## [Papers and Code]()`, three or more, are one habit,
      one finding naming their lines. A struck
      out label, `[~~code~~]()`, is the author's own marker for "no code yet" and is left alone;
    - a target that is not a URL: a placeholder (`#`, `TBA`, `TBD`, `coming soon`, `TODO`, and
      `nan`, the missing value a table generator writes; `[Back to top](#)` works and is left
      alone), the linked name typed where its address belongs (`[Dozzle](dozzle)`, which GitHub
      reads as a file of the repository; a target in the label's own case, `[docs](docs)`, or a
      folder's usual name is a relative link and is left alone), a host without a scheme
      (`[code](github.com/x/y)`, or a bare host name, `[Shengfeng He](hengfenghe.com)`, which
      GitHub reads as a file of the repository), an e-mail
      address without `mailto:` (`[me@x.org](me@x.org)`: a file path too; the safe fix adds
      `mailto:`), a misspelt
      or broken scheme (`htts://`, `ttps://`, `https//`, `https: //`), the scheme pasted twice
      (`https://https://github.com/…`), a Markdown link as the
      target (`[code]([https://a](https://b))`, which GitHub links as `%5Bhttps…`), a `[` pasted
      at the start of the target (`[LLM]([https://…)`), square
      brackets pasted into the path, a URL in a second pair of parentheses
      (`[paper]((https://…))`, which GitHub reads as a path starting with `(`), and an arXiv address that cannot exist (no `/abs/` before
      the id, an id with the wrong number of digits for its year: `1804.0962`, or an abstract
      address with the PDF's suffix: `/abs/1703.06412.pdf`);
    - link Markdown GitHub does not read as a link: words as the target
      (`[Title](Title of the paper)`), `[Link(https://…)` without `](`, a URL where the label
      and `](` belong (`[[https://…)]`), the URL in square brackets (`[name][https://…]`), a
      site name in brackets with no URL (`[whynotmake.it]`);
    - one pair of brackets around two links, `[[Paper](…) [Code](…)]`, in a list that gives
      each link its own (`[[Paper](…)] [[Code](…)]`, nine bracketed links in ten at least):
      the `]` slipped, and the labels show as one `[Paper Code]`. Two names in one pair
      (`[[3D-FRONT](…) [3D-FUTURE](…)]`) are a group, not a slip: only labels that name a kind
      of link (paper, code, project, …) count;
    - link text that ends in an escaped `\\]` with no `\\[`: `[official code\\]](…)`;
    - a label with no URL, `[[code]]`: shown as text in double brackets; and `[code]` with no
      URL after an entry's links, as a habit (three entries at least, in a file that links
      `[code](…)` three times at least): dead text in brackets, reported once at the first;
    - an item's name and URL with the link's brackets lost, `- sveltednd(https://…) - A
      library`: GitHub shows both as text; the safe fix puts the brackets back around the name;
    - `](https://…)` that closes no link, as in `[[paper]]](https://…)`;
    - links run together, `[[paper]](https://…)[[code]](https://…)`: they render as
      `[paper][code]` with no space between them (not in a section that runs most of its
      links together, three at least, in a file that does so in a fifth of its places: the
      section's way; nor bracketed labels, `[[CODE1]](…)[[CODE2]](…)`, in a file that runs
      together every pair of links it has, three at least, or a third of them, ten at least, in
      five sections or more: a second way of the file); and `[[paper](…)][[code](…)]` in a list that puts
      a space between such bracketed links (three times in five at least; where running them
      together is the list's own way, it is left alone), one finding per line;
    - an unbalanced `**` in an entry: the asterisks show, and nothing is bold. A paragraph's only
      `**` standing between spaces or in quotes (`put ** around the title`) names the marker and
      is left alone.

    ## Why it matters

    Each of these shows raw Markdown to readers or hides a link; the usual Markdown linters do
    not report them because the text is valid Markdown, only not the intended one.

    AL007 owns every fault that leaves a reader without a working link because of how the link
    is written; AL012 owns URLs that work but are untidy (`http://`, tracking parameters,
    placeholder hosts such as `example.com`), AL004 URLs that expire.

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
    a bracketed label (`[[paper]]](…)`), the space in `[text] (url)` and in `https: //`, a
    missing `:` or `/` in `https://`, a scheme written twice, `/abs/` missing from an arXiv address, `.pdf` after an
    arXiv abstract address, a second pair of parentheses around a URL, the brackets of two links
    that share one pair, a URL in square brackets (`[name][https://…]` to `[name](https://…)`), a
    missing `\\[` in a label ending in `\\]`, a missing space between two links, the spaces inside a
    link's parentheses, a stray `)` after a link, a stray `]` after a link (the lost `[` is put
    back where the line's other links are bracketed, else the `]` goes) and a `[` pasted before the URL. Putting
    `https://` before a bare host name and correcting a misspelt scheme are unsafe fixes
    (`--unsafe-fixes`): the site may only serve `http://`. An empty target, a placeholder, a
    label without URL, a Markdown link as target, other stray brackets, text glued onto a link
    and an unbalanced `**` are reported only: the missing URL or the place of the missing `**` is not in the text.
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
        self._blocks = None  # doc.inline_blocks, read on first need
        self._runs_habit: set[int] | None = None  # sections (ids) that run links together by habit: read on first need

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

        suspects = [b[1] for b in blocks] if FULL_CHECK else bracket_suspects(doc, links, in_link, blocks, has_code)
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
        if "(http" in text:
            yield from self._bare_names(doc, in_link)
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
        empty: dict[int, list[Link]] = {}  # empty targets by line: one finding for a line's links
        strays: dict[int, list[tuple[Link, int, Fix]]] = {}  # stray ']' after links, by line
        spaced: list[Finding] = []  # spaces inside a link's parentheses: a habit when many
        quiet = quiet_keys(self)  # a target's findings depend only on these, never on its place
        for link in links:
            kind = link.kind
            if kind in _TARGETED and link.url.strip() and not link.is_image and not doc.in_code(link.start):
                key = (kind, link.url, link.label, text[link.url_start:link.url_end])
                if key not in quiet:
                    found = list(self._target(doc, link, text))
                    if found:
                        yield from found
                    else:
                        quiet.add(key)
            if kind == INLINE and link.label.endswith("\\]") and "\\[" not in link.label and "[" not in link.label \
                    and not doc.in_code(link.start):
                yield from self._half_escaped(doc, link)
            # what _link can report: an empty target, or an inline link another one touches
            if FULL_CHECK or kind in _CHECKED and (kind != REFERENCE and not link.url.strip()
                                                   or kind == INLINE and first_at_get(link.end) is not None):
                yield from self._link(doc, link, text, empty)
            if kind in (INLINE, IMAGE) and link.url_end > link.url_start and (
                    text[link.url_start - 1] in " \t" or text[link.url_end] in " \t"):
                spaced.extend(self._spaced_target(doc, link, text))
            if kind in (INLINE, IMAGE) and link.end < len(text) and text[link.end] not in " \t\n[" and (
                    FULL_CHECK or text[link.end] == ")" or _GLUED_CLOSE.match(text, link.end)):
                yield from self._stray_close(doc, link, text, row_lines)
            if kind == INLINE and text.startswith("]", link.end) and not link.is_image:
                stray = self._stray_square(doc, link, text, row_lines)
                if stray is not None:
                    strays.setdefault(doc.position(link.start)[0], []).append(stray)
        for line_strays in strays.values():  # one finding per line: one slip, pasted along a row
            first = line_strays[0][1]
            labels = ", ".join(f"`[{_code(k.label)}]`" for k, _, _ in line_strays)
            edits = tuple(e for _, _, fix in line_strays for e in fix.edits)
            yield self._at(doc, first, first + 1,
                           f"stray `]` after the link{'s' if len(line_strays) > 1 else ''} {labels}: no `[` before "
                           "it is open, so GitHub shows it as text",
                           Fix(edits, safe=True, description=line_strays[0][2].description), WARNING)
        yield from self._spaced_habit(spaced, links)
        headed = [ls for n, ls in empty.items() if _EMPTY_HEADING.match(doc.line_text(n))]
        if len(headed) < 3:
            headed = []
        for line_links in empty.values():
            if line_links not in headed:
                yield self._empty(doc, line_links, text)
        if headed:  # `## [Papers and Code]()` on six headings: the file's way of writing them, one fix
            parts = [self._empty(doc, ls, text) for ls in headed]
            lines = [f.line for f in parts]
            f = self._at(doc, headed[0][0].start, headed[0][-1].end,
                         f"{len(headed)} headings are links with an empty target (lines {', '.join(map(str, lines[:5]))}"
                         f"{', …' if len(lines) > 5 else ''}): they go nowhere; write the headings as text",
                         None, WARNING)
            f.related = tuple(lines[1:])
            f.parts = tuple(parts)
            yield f
        yield from self._shared_brackets(doc, links, text)
        yield from self._bracketed_runs(doc, links, text)
        yield from self._unlinked_labels(doc, links, text)
        for table in doc.tables:
            for row in [table.header, *table.rows]:
                for cell in row.cells:
                    if "**" in cell.text:
                        yield from self._bold(doc, cell.start, cell.end)

    # ---- `[code]` with no link, a habit ------------------------------------------------------
    def _unlinked_labels(self, doc: Document, links: list[Link], text: str) -> Iterator[Finding]:
        """`- [Title](…) [code]`: a label the file links elsewhere (`[code](…)`), written after an
        entry's links with no URL, on several entries: a house habit for "no code yet" that the
        page shows as dead text in brackets. Reported once, at the first, when the file does it
        three times at least and links that label three times at least."""
        used: dict[str, int] = {}
        for k in links:
            if k.kind in (INLINE, REFERENCE) and not k.is_image:
                key = k.label.strip("[] \t").casefold()
                if len(key) <= _LABEL_MAX and label_kind(key):
                    used[key] = used.get(key, 0) + 1
        if not used:
            return
        spans = SpanIndex((k.start, k.end) for k in links)
        bare: dict[str, list[int]] = {}
        for entry in doc.entries:
            if not entry.links or "[" not in entry.text:
                continue
            etext = entry.text
            first_link = min(k.end for k in entry.links)
            for m in _UNLINKED.finditer(etext):
                pos = entry.start + m.start()
                key = m.group(1).strip().casefold()
                if pos < first_link or used.get(key, 0) < 3 or pos in spans or doc.in_code(pos):
                    continue
                bare.setdefault(key, []).append(pos)
        for key, where in bare.items():
            if len(where) < 3:
                continue
            first, last = where[0], where[0] + len(key) + 2
            lines = [doc.position(p)[0] for p in where]
            label = text[first + 1:last - 1]
            related = tuple(lines[1:])
            yield self.finding(f"`[{_code(label)}]` has no link: GitHub shows it as dead text in brackets; a habit of "
                               f"this file, {elsewhere(related)}, where it links `[{_code(label)}](…)` {used[key]} "
                               "times: link it or drop it", *doc.position(first), *doc.position(last),
                               severity=WARNING, related=related)

    # ---- one pair of brackets around two links ---------------------------------------------
    def _shared_brackets(self, doc: Document, links: list[Link], text: str) -> Iterator[Finding]:
        """`[[Paper](…) [Code](…)]` in a list that wraps each link, `[[Paper](…)] [[Code](…)]`:
        the `]` of the first slipped behind the second, and the two labels show as one
        `[Paper Code]`. Reported only where nine in ten bracketed links have their own brackets,
        for labels that name kinds of link (two dataset names in one pair are one name group)."""
        single = 0
        pairs: list[tuple[Link, Link]] = []
        inline = [k for k in links if k.kind == INLINE and not k.is_image]
        for a, b in zip(inline, inline[1:] + [None]):
            if a.start < 1 or text[a.start - 1] != "[":
                continue
            if text.startswith("]", a.end):
                single += 1
            elif (b is not None and b.line == a.line and text.startswith("]", b.end)
                  and text[b.start - 1] != "[" and not text[a.end:b.start].strip(" \t")
                  and label_kind(a.label) and label_kind(b.label)):  # `[Paper]`, `[Code]`: not two names
                pairs.append((a, b))
        if not pairs or single < 10 or single < 9 * len(pairs):
            return
        for a, b in pairs:
            if doc.in_code(a.start):
                continue
            fix = Fix((Edit(a.end, a.end, "]"), Edit(b.start, b.start, "[")), safe=True,
                      description="give each link its own brackets")
            first, second = text[a.start:a.label_end + 1], text[b.start:b.label_end + 1]
            yield self._at(doc, a.start - 1, b.end + 1,
                           f"`[{_code(first, 20)}(…) {_code(second, 20)}(…)]`: one pair of brackets around two "
                           f"links, where the list gives each link its own ({single} times); GitHub shows the "
                           "labels as one", fix, WARNING)

    def _bracketed_runs(self, doc: Document, links: list[Link], text: str) -> Iterator[Finding]:
        """`[[paper](…)][[code](…)]`: two bracketed links with no space between, shown as
        `[paper][code]`, in a list that puts a space between them (`[[paper](…)] [[code](…)]`) three
        times in five at least. Where running them together is the list's own way, it is left alone."""
        spaced = 0
        runs: list[tuple[Link, Link]] = []
        first_at = self._first_at
        for a in links:
            if a.kind != INLINE or a.is_image or a.start < 1 or text[a.start - 1] != "[" or not text.startswith("]", a.end):
                continue
            if text.startswith("][", a.end):
                b = first_at.get(a.end + 2)
                if b is not None and b.kind == INLINE and not b.is_image and text.startswith("]", b.end):
                    runs.append((a, b))
                continue
            i = a.end + 1
            while i < len(text) and text[i] in " \t":
                i += 1
            if i > a.end + 1 and text.startswith("[", i):
                b = first_at.get(i + 1)
                if b is not None and b.kind == INLINE and text.startswith("]", b.end):
                    spaced += 1
        if not runs or spaced < 5 or 2 * spaced < 3 * len(runs):
            return
        by_line: dict[int, list[tuple[Link, Link]]] = {}  # the runs of one line are one finding
        for a, b in runs:
            if not (doc.in_code(a.start) or doc.in_code(b.start)):
                by_line.setdefault(doc.position(a.start)[0], []).append((a, b))
        for line_runs in by_line.values():
            a, b = line_runs[0]
            fix = Fix(tuple(Edit(x.end + 1, x.end + 1, " ") for x, _ in line_runs), safe=True,
                      description="put a space between the links")
            yield self._at(doc, a.start - 1, line_runs[-1][1].end + 1,
                           f"links `[{_code(text[a.start:a.label_end + 1])}(…)]` and "
                           f"`[{_code(text[b.start:b.label_end + 1])}(…)]` run together, where the list puts a "
                           f"space between bracketed links ({spaced} times): GitHub shows them as one `[…][…]`",
                           fix, WARNING)

    # ---- brackets outside links ------------------------------------------------------------
    def _brackets(self, doc: Document, base: int, block: str, in_link) -> Iterator[Finding]:
        masked = mask_code(doc, base, block)
        # a stray '[' sits right before a link: match the brackets only when one does
        before_link = any(base < k.start <= base + len(block) and masked[k.start - base - 1] == "["
                          for k in doc.links_between(base, base + len(block) + 1))
        unmatched = unmatched_open(masked) if before_link else []
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
                           f"stray `[` before the link `{_code(doc.text[link.start:link.label_end + 1])}`: "
                           "GitHub shows it as text", fix)
        # `[text] (url)` (each pattern scans the block only when its plain-text core is there)
        for m in _SPACED.finditer(masked) if GAP_PAREN.search(masked) else ():
            pos = base + m.start()
            if in_link(pos) or doc.in_code(pos):
                continue
            reported.add(pos)
            gap_s, gap_e = base + m.start(2), base + m.end(2)
            fix = Fix((Edit(gap_s, gap_e, ""),), safe=True, description="remove the space before '('")
            yield self._at(doc, pos, base + m.end(),
                           f"`[{_code(m.group(1))}]` is followed by a space before `(`: not a link, GitHub "
                           "shows the brackets and the URL as text", fix)
        # `](url` that closes nothing
        for m in CLOSE_PAREN.finditer(masked):
            pos = base + m.start()
            if in_link(pos) or any(abs(pos - r) < 400 and r <= pos for r in reported if same_run(masked, r - base, m.start())):
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
        for m in BARE_LABEL.finditer(masked) if "]]" in masked else ():
            pos = base + m.start()
            if in_link(pos) or in_link(pos + 1) or pos in reported:
                continue
            after = masked[m.end():m.end() + 3]
            if after.startswith(" (") or after.startswith("\t("):
                continue  # reported above as `[text] (url)`
            yield self._at(doc, pos, base + m.end(),
                           f"`[[{m.group(1)}]]` has no URL: GitHub shows it as text", None, WARNING)
        yield from self._text_targets(doc, base, masked, in_link, reported)

    def _text_targets(self, doc: Document, base: int, masked: str, in_link, reported: set[int]) -> Iterator[Finding]:
        """Link Markdown whose target GitHub cannot read, so that no link is made: words or a
        space in the target, `[Link(` without `]`, `[name][https://…]`, `[host.name]`."""
        def fresh(rx, needle: str):
            """The matches of ``rx`` not inside a link, code or an earlier finding (marked now)."""
            for m in rx.finditer(masked) if needle in masked else ():
                pos = base + m.start()
                if not (in_link(pos) or pos in reported or doc.in_code(pos)):
                    reported.add(pos)
                    yield m, pos

        for m, pos in fresh(TEXT_TARGET, "]("):
            target = m.group(2)
            sm = _SCHEME_SPACE.match(target)
            if sm:
                gap_s, gap_e = base + m.start(2) + len(sm.group(1)), base + m.start(2) + sm.end()
                fix = None
                if not re.search(r"\s", target[sm.end():].strip()):
                    fix = Fix((Edit(gap_s, gap_e, ""),), safe=True, description=f"remove the space after '{sm.group(1)}'")
                yield self._at(doc, pos, base + m.end(),
                               f"`{_code(m.group(0))}`: a space after `{sm.group(1)}` in the URL, so it is not a "
                               "link: GitHub shows the brackets and the URL as text", fix)
                continue
            if target.strip().casefold() in _PLACEHOLDER_TARGETS:
                why = f"its target `{target.strip()}` is a placeholder, not a URL"
            else:
                why = "its target is text with spaces, not a URL"
            yield self._at(doc, pos, base + m.end(),
                           f"`[{_code(m.group(1))}]({_code(target, 30)})` is not a link: {why}, so GitHub shows "
                           "the brackets as text", None, WARNING)
        for m, pos in fresh(OPEN_PAREN, "("):
            yield self._at(doc, pos, base + m.end(),
                           f"`{_code(m.group(0))}` lacks `](` between the text and the URL: GitHub shows the "
                           "brackets as text", None, WARNING)
        for m, pos in fresh(URL_LABEL, "://"):
            yield self._at(doc, pos, base + m.end(),
                           f"`{_code(m.group(0))}` has a URL where the label and `](` belong: GitHub shows it "
                           "all as text, with no link", None, WARNING)
        for m, pos in fresh(SQUARE_URL, "]["):
            fix = None
            if "(" not in m.group(2) and ")" not in m.group(2):
                mid = base + m.start(2) - 1  # the '[' before the URL
                close = base + m.end() - 1
                fix = Fix((Edit(mid, mid + 1, "("), Edit(close, close + 1, ")")), safe=True,
                          description="write the URL in parentheses")
            yield self._at(doc, pos, base + m.end(),
                           f"`[{_code(m.group(1))}][{_code(m.group(2), 30)}]` puts the URL in square brackets: "
                           "not a link, GitHub shows it as text", fix)
        for m, pos in fresh(BRACKET_HOST, "."):
            yield self._at(doc, pos, base + m.end(),
                           f"`[{m.group(1)}]` names a site but has no URL: GitHub shows it as text in brackets",
                           None, WARNING)

    # ---- one link ------------------------------------------------------------------------
    def _link(self, doc: Document, link: Link, text: str, empty: dict[int, list[Link]]) -> Iterator[Finding]:
        if link.kind not in (INLINE, REFERENCE, IMAGE) or doc.in_code(link.start):
            return
        if link.kind != REFERENCE and not link.url.strip():
            if _STRUCK.match(link.label):
                return  # `[~~code~~]()`: struck out by its author, a marker for "none yet"
            if _BADGE_ONLY.fullmatch(link.label):
                return  # `[![Type](badge)]()`: a badge shown for its picture, the empty link a wrapper
            empty.setdefault(doc.position(link.start)[0], []).append(link)
            return
        if link.is_image or link.kind != INLINE:
            return
        nxt = self._first_at.get(link.end)
        if nxt is None or nxt.is_image or nxt.kind != INLINE or "![" in link.label or "![" in nxt.label:
            return
        if doc.in_code(nxt.start):
            return
        if self._runs_habit is None:
            self._runs_habit = _runs_together_by_habit(doc, self._first_at)
        if self._runs_habit and (id(_section(doc, link.start)) in self._runs_habit or FILE_WAY in self._runs_habit
                                 and _bracketed(link.label) and _bracketed(nxt.label)):
            return  # (a file's way is its way where brackets show between the labels: `[CODE1][CODE2]`)
        fix = Fix((Edit(link.end, link.end, " "),), safe=True, description="put a space between the links")
        yield self._at(doc, link.end - 1, nxt.start + 1,
                       f"links `{_code(link.label)}` and `{_code(nxt.label)}` run together: GitHub shows "
                       f"them without a space between", fix, WARNING)

    def _spaced_habit(self, spaced: list[Finding], links: list[Link]) -> Iterator[Finding]:
        """Spaces inside the parentheses of a third of the file's links or more (five links on
        three lines at least) are its habit, written by one tool or hand: one finding at the
        first, naming the other lines, whose fix removes them all — not hundreds of findings of
        one fault. Fewer are slips, each reported where it is."""
        lines = sorted({f.line for f in spaced})
        if len(spaced) < _SPACED_HABIT or len(lines) < 3 or 3 * len(spaced) < sum(k.kind in (INLINE, IMAGE) for k in links):
            yield from spaced
            return
        first = spaced[0]
        related = tuple(n for n in lines if n != first.line)
        edits = tuple(e for f in spaced for e in f.fix.edits) if all(f.fix for f in spaced) else ()
        fix = Fix(edits, safe=True, description=f"remove the spaces inside the parentheses of all {len(spaced)} links") if edits else None
        head = first.message.split(":", 1)[0]
        yield self.finding(f"{head}: a habit of this file ({len(spaced)} links), {elsewhere(related)}; not part of the URL, "
                           "and renderers and link checkers other than GitHub's break the link there",
                           first.line, first.column, first.end_line, first.end_column, fix=fix, severity=WARNING,
                           related=related)

    def _spaced_target(self, doc: Document, link: Link, text: str) -> Iterator[Finding]:
        """`[x]( https://a)` or `[x](https://a )`: white space inside the parentheses, around the
        URL. GitHub still links it, but other renderers and link checkers do not, and the list's
        other links have none."""
        if doc.in_code(link.start) or link.title is not None:
            return
        lo = link.url_start
        while lo > link.start and text[lo - 1] in " \t":
            lo -= 1
        hi = link.url_end
        close = link.end - 1
        while hi < close and text[hi] in " \t":
            hi += 1
        if text[lo - 1] != "(" or hi != close or text[close] != ")" or (lo == link.url_start and hi == link.url_end):
            return
        if text[link.url_start] == "<":
            return
        where = ("before and after the URL" if lo < link.url_start and hi > link.url_end
                 else "before the URL" if lo < link.url_start else "after the URL")
        fix = Fix(tuple(e for e in (Edit(lo, link.url_start, "") if lo < link.url_start else None,
                                    Edit(link.url_end, hi, "") if hi > link.url_end else None) if e is not None),
                  safe=True, description="remove the space inside the parentheses")
        yield self._at(doc, link.url_start, link.url_end,
                       f"space {where} inside the parentheses of `[{_code(link.label)}]`: not part of the "
                       "URL, and renderers and link checkers other than GitHub's break the link there", fix, WARNING)

    def _stray_close(self, doc: Document, link: Link, text: str, row_lines: set[int]) -> Iterator[Finding]:
        """`[pdf](url))`: a `)` right after a link (or after text glued onto it) that closes no
        `(` of the text before it, so GitHub shows it."""
        m = _GLUED_CLOSE.match(text, link.end)
        if m is None or doc.in_code(link.start) or doc.in_code(m.end() - 1):
            return
        depth = _balance(text, link.label_start, link.label_end, doc)
        for a, b, k in _outside_links(doc, self._block_start(doc, link, text, row_lines), link.start):
            depth += _balance(text, a, b, doc)
            if k is not None and k.kind in (INLINE, IMAGE, REFERENCE):  # a label's '(' is text: `[Foo (bar](url))`
                depth += _balance(text, k.label_start, k.label_end, doc)
        if depth > 0:
            return  # `(see [pdf](url))`: the ')' closes the '(' before the link
        glued = text[link.end:m.end() - 1]
        if glued:
            yield self._at(doc, link.end, m.end(),
                           f"`{_code(glued + ')', 30)}` is glued onto the link `[{_code(link.label)}]` and ends in "
                           "a `)` that closes nothing: GitHub shows it as text", None, WARNING)
            return
        fix = Fix((Edit(link.end, link.end + 1, ""),), safe=True, description="remove the stray ')'")
        yield self._at(doc, link.end, link.end + 1,
                       f"stray `)` after the link `[{_code(link.label)}]`: no `(` before it is open, so "
                       "GitHub shows it as text", fix, WARNING)

    def _block_start(self, doc: Document, link: Link, text: str, row_lines: set[int]) -> int:
        """Where the text that could open a bracket or parenthesis of ``link`` starts: its
        paragraph or list item, its own cell in a table, at most 2,000 characters back."""
        line = doc.position(link.start)[0]
        start = doc.line_starts[line - 1]
        if self._blocks is None:
            self._blocks = doc.inline_blocks
        blocks = self._blocks
        b = bisect.bisect_right(blocks, (line, float("inf"))) - 1
        if b >= 0 and blocks[b][0] <= line <= blocks[b][1]:
            start = doc.line_starts[blocks[b][0] - 1]
        if line in row_lines:  # a table row: only the link's own cell
            start = max(start, text.rfind("|", start, link.start) + 1)
        return max(start, link.start - 2000)

    def _stray_square(self, doc: Document, link: Link, text: str, row_lines: set[int]) -> tuple[Link, int, Fix] | None:
        """`[Project](url)]`: a `]` right after a link that closes no `[` of the text before it
        (the `[` of `[[Project](url)]` was lost), so GitHub shows it."""
        if doc.in_code(link.end):
            return None
        start = self._block_start(doc, link, text, row_lines)
        depth = 0
        for a, b, _ in _outside_links(doc, start, link.start):
            depth = _square_depth(text, a, b, doc, depth)
        if depth > 0:
            # `[[pdf](url)]` closes the '[' before the link; `[[pdf](url)]]` has one ']' too many
            if depth == 1 and text.startswith("]", link.end + 1) and not doc.in_code(link.end + 1):
                return link, link.end + 1, Fix((Edit(link.end + 1, link.end + 2, ""),), safe=True,
                                 description="remove the stray ']'")
            return None
        # the lost '[' goes back where the line's other links have theirs, `[[Code](…)]`
        end = doc.line_end(doc.position(link.start)[0])
        wrapped = sum(1 for k in doc.links_between(start, end) if k is not link and k.kind == INLINE
                      and text[k.start - 1:k.start] == "[" and text.startswith("]", k.end))
        if wrapped:
            return link, link.end, Fix((Edit(link.start, link.start, "["),), safe=True,
                             description="put back the '[' the line's other links have")
        return link, link.end, Fix((Edit(link.end, link.end + 1, ""),), safe=True, description="remove the stray ']'")

    def _empty(self, doc: Document, links: list[Link], text: str) -> Finding:
        """One finding for the links of one line with an empty target (an entry whose `[paper]()`
        and `[code]()` both wait for URLs is one fault to fix, not two)."""
        first, last = links[0], links[-1]
        shown = ", ".join(f"`{_code(text[k.start:k.end])}`" for k in links[:3]) + (", …" if len(links) > 3 else "")
        if len(links) == 1:
            what = "image" if first.is_image else "link"
            message = f"{what} {shown} has an empty target: it goes nowhere"
        else:
            message = f"{len(links)} links have an empty target ({shown}): they go nowhere"
        return self._at(doc, first.start, last.end, message, None, WARNING)

    def _half_escaped(self, doc: Document, link: Link) -> Iterator[Finding]:
        """`[official code\\]](…)`: the link text ends in an escaped `]` but has no escaped `[`;
        the list's other links read `[\\[code\\]](…)`."""
        fix = Fix((Edit(link.label_start, link.label_start, "\\["),), safe=True, description="add the missing '\\['")
        yield self._at(doc, link.start, link.label_end + 1,
                       f"the text of the link `[{_code(link.label)}]` ends in `\\]` but has no `\\[`: GitHub "
                       "shows a stray `]`", fix, WARNING)

    def _target(self, doc: Document, link: Link, text: str) -> Iterator[Finding]:
        """A link whose target is not a URL GitHub can follow: a Markdown link, a placeholder
        word, a host without `https://`, a misspelt scheme, a malformed arXiv address."""
        url = link.url.strip()
        label = _code(link.label)
        raw = text[link.url_start:link.url_end]
        at = (link.url_start, link.url_end) if link.url_end > link.url_start else (link.start, link.end)
        if link.kind == INLINE and _BRACKET_TARGET.match(raw):
            close = raw.endswith("]") and "]" not in raw[1:-1]
            edits = (Edit(link.url_start, link.url_start + 1, ""),) + (
                (Edit(link.url_end - 1, link.url_end, ""),) if close else ())
            fix = Fix(edits, safe=True, description="remove the '[' pasted before the URL")
            yield self._at(doc, *at, f"the target of `[{label}]` starts with a `[` pasted before the URL "
                           f"(`{_code(raw)}`): GitHub reads it as a file path, and the link is broken", fix)
            return
        if link.kind == INLINE and "](" in url:
            what = "is itself a Markdown link" if url.startswith("[") else "has a second Markdown link pasted into it"
            yield self._at(doc, *at, f"the target of `[{label}]` {what} (`{_code(url)}`): GitHub links to the "
                           "whole text, brackets and all, which does not exist", None)
            return
        if link.kind == INLINE and _DOUBLED_PAREN.match(url) and raw.startswith("(") and raw.endswith(")"):
            fix = Fix((Edit(link.url_start, link.url_start + 1, ""), Edit(link.url_end - 1, link.url_end, "")),
                      safe=True, description="remove the second pair of parentheses")
            yield self._at(doc, *at, f"the target of `[{label}]` is wrapped in a second pair of parentheses "
                           f"(`{_code(url)}`): GitHub reads it as a file path starting with `(`, and the link "
                           "is broken", fix)
            return
        if link.kind == INLINE and _BRACKET_PATH.match(url):
            yield self._at(doc, *at, f"the target of `[{label}]` has square brackets in its path "
                           f"(`{_code(url)}`): pasted Markdown, the link is broken", None)
            return
        if url.casefold() in _PLACEHOLDER_TARGETS:
            if url == "#" and _TOP_LABEL.fullmatch(link.label):
                return  # `[Back to top](#)` scrolls to the top: it works
            if url.isalpha() and doc.text[doc.text.rfind("\n", 0, link.start) + 1:link.start].lstrip().startswith(">"):
                return  # `> * **Title** [[Paper](URL)]`: a quoted template of the entry format
            yield self._at(doc, *at, f"placeholder target `{url}` for `[{label}]`: the link leads nowhere; "
                           "link the real page or drop the link", None, WARNING)
            return
        name = link.label.strip().strip("*_`")
        if (link.kind == INLINE and _BARE_WORD.fullmatch(url) and url not in _FOLDERS
                and name.casefold() == url and name != url):
            yield self._at(doc, *at, f"the target of `[{label}]` is the bare word `{url}`, not an address: GitHub "
                           "reads it as a file of the repository, and the link is broken; link the project's page",
                           None, WARNING)
            return
        dm = _SCHEME_TWICE.match(raw)
        if dm:
            fix = Fix((Edit(link.url_start, link.url_start + dm.end(1), ""),), safe=True,
                      description=f"remove the first {dm.group(1)}")
            yield self._at(doc, *at, f"the target of `[{label}]` starts with its scheme twice (`{_code(dm.group(0))}`): "
                           "the browser reads the second as the host name, and the link is broken", fix)
            return
        sm = _SCHEME.match(url)
        if sm and (sm.group(2) or sm.group(3)) and raw.startswith(sm.group(0)):
            scheme, colon, slashes = sm.groups()
            low = scheme.lower()
            message = None
            safe = True
            if low in ("http", "https"):
                if not colon and len(slashes) == 2:
                    message = f"`{scheme}//` lacks its `:`"
                elif colon and len(slashes) == 1:
                    message = f"`{scheme}:/` lacks a `/`"
                new = f"{low}://"
            elif low not in _SCHEMES and (near(low, "http") or near(low, "https")) and (
                    colon and 1 <= len(slashes) <= 3 or not colon and len(slashes) == 2):
                new = "https://" if "s" in low else "http://"
                message = f"misspelt scheme `{sm.group(0)}` (for `{new}`)"
                safe = False
            if message is not None:
                fix = Fix((Edit(link.url_start, link.url_start + sm.end(), new),), safe=safe,
                          description=f"write {new}")
                yield self._at(doc, *at, f"{message} in the target of `[{label}]`: the link is broken", fix)
                return
        if (_NO_SCHEME.match(url) or _BARE_HOST.fullmatch(url) and not doc.beside(url)) and raw.startswith(url):
            fix = Fix((Edit(link.url_start, link.url_start, "https://"),), safe=False,
                      description="put https:// before the host name")
            yield self._at(doc, *at, f"the target `{_code(url)}` has no `https://`: GitHub reads it as a "
                           "file path in this repository, and the link is broken", fix)
            return
        if _MAIL.fullmatch(url) and raw.startswith(url):
            fix = Fix((Edit(link.url_start, link.url_start, "mailto:"),), safe=True,
                      description="put mailto: before the address")
            yield self._at(doc, *at, f"the target `{_code(url)}` is an e-mail address without `mailto:`: GitHub "
                           "reads it as a file path in this repository, and the link is broken", fix)
            return
        am = arxiv_address(url)
        if am and raw.startswith(url[:am.end()]):
            kind, yymm, number = am.groups()
            month = int(yymm[2:])
            if kind is None:
                cut = link.url_start + am.start(2)
                fix = Fix((Edit(cut, cut, "abs/"),), safe=True, description="put abs/ before the arXiv id")
                yield self._at(doc, *at, f"arXiv address `{_code(url)}` lacks `/abs/` before the id: "
                               "arXiv has no such page", fix)
            elif 1 <= month <= 12 and int(yymm[:2]) >= 7 and len(number) != (4 if yymm < "1501" else 5):
                want = 4 if yymm < "1501" else 5
                yield self._at(doc, *at, f"arXiv id `{yymm}.{number}` has {len(number)} digits after the "
                               f"dot; ids of {month_name(yymm)} have {want}: the link is broken", None)
            elif kind.lower() == "abs":
                pm = re.match(r"(?:v\d+)?(\.pdf)(?=[?#]|$)", url[am.end():], re.I)
                if pm and raw.startswith(url[:am.end() + pm.end()]):
                    cut = link.url_start + am.end() + pm.start(1)
                    fix = Fix((Edit(cut, cut + 4, ""),), safe=True, description="remove .pdf from the abstract address")
                    yield self._at(doc, *at, f"arXiv address `{_code(url)}` mixes the abstract page (`/abs/`) and "
                                   "the PDF (`.pdf`): `.pdf` belongs to `/pdf/` addresses, the abstract's is `/abs/ID`", fix, WARNING)

    # ---- bold -----------------------------------------------------------------------------
    def _bold(self, doc: Document, start: int, end: int) -> Iterator[Finding]:
        text = doc.text
        found = list(_BOLD_RUN.finditer(text, start, end))
        if not found:
            return
        hide = [(k.url_start, k.url_end) for k in doc.links_between(start, end)]
        if text.find("<", start, end) != -1:
            hide += [(m.start(), m.end()) for m in _TAG.finditer(text, start, end)]
        hidden = SpanIndex(hide)  # one bisection per run: a scan of every span per run was quadratic
        runs = []
        for m in found:
            p = m.start()
            if doc.in_code(p) or p in hidden:
                continue
            runs.append(m)
        if len(runs) % 2 == 0:
            return
        if len(runs) == 1 and _literal_marker(text, runs[0]):
            return  # `put ** around the title`, `"**"`: the marker named, not a bold left open
        last = runs[-1]
        yield self._at(doc, last.start(), last.end(),
                       "unbalanced `**`: GitHub shows the asterisks and makes nothing bold", None, WARNING)

    def _bare_names(self, doc: Document, in_link) -> Iterator[Finding]:
        """`- sveltednd(https://…) - A library`: an item's name and URL whose link lost its
        brackets (GitHub shows both as text); the safe fix puts the brackets around the name."""
        for m in BARE_NAME_URL.finditer(doc.text):
            start, end = m.start(1), m.end(1)
            if in_link(start) or doc.in_code(start):
                continue
            fix = Fix((Edit(start, start, "["), Edit(end, end, "]")), safe=True,
                      description="put the brackets around the name")
            yield self._at(doc, start, m.end(2) + 1,
                           f"`{_code(m.group(1))}({_code(m.group(2), 30)})` lacks the brackets around "
                           f"`{_code(m.group(1))}`: GitHub shows the name and the URL as text, with no link",
                           fix, WARNING)

    def _at(self, doc: Document, start: int, end: int, message: str, fix: Fix | None,
            severity: str | None = None) -> Finding:
        line, col = doc.position(start)
        end_line, end_col = doc.position(end)
        return self.finding(message, line, col, end_line, end_col, fix=fix, severity=severity)


def _literal_marker(text: str, run: re.Match) -> bool:
    """The block's one `**` stands alone between spaces or in quotes: GitHub shows it as written,
    which is what a sentence naming the marker means (it cannot open a bold either)."""
    if run.end() - run.start() != 2:
        return False  # `****`: an empty bold, the title left out
    before = text[run.start() - 1] if run.start() else " "
    after = text[run.end()] if run.end() < len(text) else " "
    return (before.isspace() and after.isspace()) or (before in "\"'“‘«`" and after in "\"'”’»`")


def _balance(text: str, start: int, end: int, doc: Document) -> int:
    """Opening minus closing parentheses (ASCII and full-width) in ``text[start:end]``, outside
    code."""
    n = 0
    for i in range(start, end):
        c = text[i]
        if c in "(（" or c in ")）":
            if doc.in_code(i):
                continue
            n += 1 if c in "(（" else -1
    return n


def _outside_links(doc: Document, start: int, end: int) -> Iterator[tuple[int, int, Link | None]]:
    """The stretches of ``text[start:end]`` outside the links that start in it (a link nested
    in another's label lies inside that one), each with the link that follows it (None after
    the last): where a stray bracket or parenthesis before a link may stand."""
    pos = start
    for k in doc.links_between(start, end):
        if k.start < pos:
            continue
        yield pos, k.start, k
        pos = max(pos, k.end)
    yield pos, end, None


def _square_depth(text: str, start: int, end: int, doc: Document, depth: int) -> int:
    """The open square brackets after ``text[start:end]``, from ``depth`` open before it,
    outside code; a ']' that closes nothing is stray and leaves the depth at 0. An escaped
    bracket counts: `\\[[Drive](u) | [Box](v)]` shows `[Drive | Box]`, the `]` closing the `\\[`."""
    for i in range(start, end):
        c = text[i]
        if c in "[]" and not doc.in_code(i):
            depth = depth + 1 if c == "[" else max(depth - 1, 0)
    return depth


def _code(text: str, width: int = 40) -> str:
    """``text`` cut to ``width`` for a message, to be shown in a code span (backticks as quotes)."""
    return shorten(text, width, collapse=False, code=True)


def _runs_together_by_habit(doc: Document, first_at: dict[int, Link]) -> set[int]:
    """The sections (their ids) that run their links together as their way
    (`[[Link]](u)[[Paper]](v)` in most places where one link follows another, three at
    least), in a file that does so in a fifth of such places or more: a habit of the
    section, not a slip to report at each place."""
    text = doc.text
    run: Counter = Counter()
    spaced: Counter = Counter()
    for k in doc.links:
        if k.is_image or k.kind != INLINE:
            continue
        nxt = first_at.get(k.end)
        if nxt is not None and not nxt.is_image and nxt.kind == INLINE:
            run[id(_section(doc, k.start))] += 1
        elif text[k.end : k.end + 1] == " ":
            nxt = first_at.get(k.end + 1)
            if nxt is not None and not nxt.is_image and nxt.kind == INLINE:
                spaced[id(_section(doc, k.start))] += 1
    total_run = sum(run.values())
    if total_run < 0.2 * (total_run + sum(spaced.values())):
        return set()  # the file spaces its links (`[pdf](u) [code](v)` 106 times in 114): a slip wherever run
    own = {key for key, n in run.items() if n >= 3 and n > spaced[key]}
    if total_run >= 3 and not spaced:
        own.add(FILE_WAY)  # every pair of links in the file run together, five in five sections: its way
    elif total_run >= _SECOND_WAY and 3 * total_run >= total_run + sum(spaced.values()) \
            and sum(1 for n in run.values() if n) >= _SECOND_WAY_SECTIONS:
        # a third of the pairs, ten at least, in five sections or more (15 of 43 in 9 of 14):
        # a second way of the whole file, not slips, where the labels show their own brackets
        own.add(FILE_WAY)
    return own


#: a file that runs this many pairs of links together (and a third of all), in this many sections
#: at least, does so as a second way of its own, not by slips
_SECOND_WAY = 10
_SECOND_WAY_SECTIONS = 5


#: in :func:`_runs_together_by_habit`'s answer: the whole file runs its links together
FILE_WAY = 0


#: a heading whose whole text is a link with an empty target: `## [Papers and Code]()`
_EMPTY_HEADING = re.compile(r" {0,3}#{1,6}[ \t]+\[[^\]\n]*\]\(\s*\)[ \t#]*$")


def _bracketed(label: str) -> bool:
    """Whether a link's label shows its own brackets (`[[code]](u)`)."""
    return label.startswith("[") and label.endswith("]")


def _section(doc: Document, offset: int):
    """The section (the document's own, :meth:`Document.section_at`) holding ``offset``."""
    starts = doc.memo.get("section-starts")
    if starts is None:
        starts = doc.memo["section-starts"] = [sec.line for sec in doc.sections[1:]]
    return doc.section_at(doc.position(offset)[0], starts)
