"""AL014 toc: the table of contents lists the sections it covers, in document order."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from urllib.parse import unquote

from ..document import Document, Heading, plain_text
from ..model import Edit, Finding, Fix
from ..contents import META_SECTIONS, Contents, Node, find_contents, is_contents_title, walk
from ..reorder import gaps_of, item_segments, longest_run, rebuild, renumber_segment
from ..textutil import in_spans
from .base import FIX_SOMETIMES, Option, Rule
from .broken_anchor import lost_hash

_LABEL_NORM = re.compile(r"[\W_]+", re.UNICODE)


# a line that is only an editor's contents directive
_DIRECTIVE = re.compile(r"(?im)^[ \t]{0,3}(\[TOC\]|\[\[_?TOC_?\]\]|\$\{toc\}|\[\[toc\]\])[ \t]*\r?$")
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_HTML_HEADING = re.compile(r"\s*<h[1-6]\b[^>]*>(.*)", re.I)


def _html_heading(line: str) -> bool:
    """Whether the line is an HTML heading with text of its own (`<h2 id="x">📚 Tutorials</h2>`,
    `<h2 id="x"><b>Intro</b></h2>`), not an empty anchor tag over a Markdown heading."""
    m = _HTML_HEADING.match(line)
    return m is not None and bool(plain_text(m.group(1)).strip())


def _similarity(node: Node, h: Heading, doc: Document) -> float:
    """How alike a broken contents entry and a section are (label and fragment against the
    heading's text, its anchor and an ``<a name>`` just above it)."""
    from difflib import SequenceMatcher

    names = {_norm(h.text), _norm(h.anchor)}
    for line in range(max(1, h.line - 3), h.line):
        m = re.search(r"""<a\s[^>]*\b(?:name|id)\s*=\s*["']?([^"'\s>]+)""", doc.line_text(line))
        if m:
            names.add(_norm(m.group(1)))
    mine = {_norm(node.label), _norm(unquote(node.link.url[1:]))}
    return max(SequenceMatcher(None, a, b).ratio() for a in mine for b in names)


def _words(text: str) -> list[str]:
    """Words compared for spelling: no case, emoji, punctuation, parenthesised part (``(CMS)``,
    ``(12)``) or leading section number."""
    core = re.sub(r"\([^()]*\)|（[^（）]*）", " ", plain_text(text).casefold())
    words = _LABEL_NORM.sub(" ", core).split()
    while words and (words[0].isdigit() or re.fullmatch(r"[ivx]+", words[0]) and len(words) > 1):
        words.pop(0)
    return words


def _misspells(label: str, heading: str) -> bool:
    """The label is the heading's words with one word misspelt (``Template``/``Templates``,
    ``Recuurent``/``Recurrent``): as many words, one differing by at most two letters out of
    five or more. A shortened, reworded or annotated label is not a misspelling."""
    from difflib import SequenceMatcher

    a, b = _words(label), _words(heading)
    if a == b or len(a) > len(b):
        return False

    def slip(x: str, y: str, least: int) -> bool:
        if min(len(x), len(y)) < least or x.isdigit() or y.isdigit():
            return False
        m = SequenceMatcher(None, x, y)
        changed = max(len(x), len(y)) - sum(bl.size for bl in m.get_matching_blocks())
        return changed <= 2 and m.ratio() >= 0.8

    if len(a) == len(b):
        diff = [(x, y) for x, y in zip(a, b) if x != y]
        return len(diff) == 1 and slip(*diff[0], 4)
    # a shortened label ("Traning-free" for "Training-free Editing Model"): its words are the
    # heading's, one of them misspelt (five letters or more), none another word
    odd = [x for x in a if x not in b]
    if len(odd) != 1 or len(a) < 2:
        return False
    x = odd[0]
    # "Representations" for "Representation Learning", "System" for "Systems": reworded, not misspelt
    return any(slip(x, y, 5) and x.rstrip("s") != y.rstrip("s") for y in b if y not in a)


_OUTLINE_NUMBER = re.compile(r"\s*\d{1,2}(?:\.\d{1,2})*\.?\s")
_SUBSECTION_NUMBER = re.compile(r"\s*\d{1,2}\.\d{1,2}")


def _unnumbered_block(group: list[Node], missing: list[Heading]) -> list[Heading]:
    """``missing`` without the headings numbered as a paper's outline (`2.1 Motion Compensation-based`,
    `6. Applications`) when none of the group's entries is numbered and two or more such are
    missing, one of them a subsection's number (`2.1`): a survey's own section numbers below
    a contents block of the list's parts (`📄 Paper List`), which leaves them out on purpose.
    Sections numbered `1.`, `2.`, `3.` alone are the list's own parts, and each needs its entry."""
    numbered = {h for h in missing if _OUTLINE_NUMBER.match(h.plain)}
    if len(numbered) < 2 or not any(_SUBSECTION_NUMBER.match(h.plain) for h in numbered):
        return missing
    if any(_OUTLINE_NUMBER.match(n.heading.plain if n.heading is not None else n.label) for n in group):
        return missing
    return [h for h in missing if h not in numbered]


def _kept_marks(doc: Document, nodes: list[Node]) -> dict[int, Heading]:
    """The heading each broken entry (by id) names exactly but for the emoji or marks GitHub's
    anchor drops (`#deep-learning-for-trajectory-data-management-🔐` for `## Deep Learning for
    Trajectory Data Management 🔐`): that heading is listed (AL008 tells the link), and the
    entry stands for no other section."""
    broken = [n for n in nodes if n.target is None and n.link.url.startswith("#")]
    if not broken:
        return {}
    bare = {}
    for h in doc.headings:
        if h.anchor:
            bare.setdefault(_bare_anchor(h.anchor), h)
    out = {}
    for n in broken:
        h = bare.get(_bare_anchor(unquote(n.link.url[1:])))
        if h is not None:
            out[id(n)] = h
    return out


def _bare_anchor(anchor: str) -> str:
    """An anchor with all but letters, digits and inner hyphens dropped."""
    return re.sub(r"[^\w-]+", "", anchor.casefold()).strip("-")


def _norm(text: str) -> str:
    """Letters and digits only, without case; character references decoded (GitHub shows
    `&amp;` as `&`)."""
    if "&" in text:
        from html import unescape

        text = unescape(text)
    return _LABEL_NORM.sub("", plain_text(text).casefold())


# the sections a page's footer opens with (not `Citation` or `Related Lists`, which a section
# added to the list later may follow)
_FOOTER_STARTS = frozenset(_norm(t) for t in ("Contributing", "Contribute", "Contribution", "Contributions",
                                               "License", "Licence"))


_SPONSORED = re.compile(r"\b(?:sponsor(?:s|ed|ship)?|premium|advertis\w*|donat\w*|backers|support us)\b", re.I)


def by_label_all(doc: Document) -> dict[str, list[Heading]]:
    """Headings by their text without case, emoji and punctuation."""
    out: dict[str, list[Heading]] = {}
    for h in doc.headings:
        out.setdefault(_norm(h.text), []).append(h)
    return out


def _alphabetical(labels: list[str], out: int) -> bool:
    """Whether the labels are sorted by name but for a slip or two (one in ten), and more
    of them are out of the sections' order than out of the alphabet."""
    keys = [" ".join(label.casefold().split()) for label in labels]
    unsorted = len(keys) - len(longest_run(keys))
    return unsorted <= max(1, len(keys) // 10) and out > unsorted


class Toc(Rule):
    """
    ## What it does

    Finds the file's contents block: a list of in-page links under a heading such as
    *Contents*, *Table of Contents* or *Overview* (two entries or more: a block begun and left
    unfinished is still the contents), the first list of three in-page links or more of the
    file, or lines of single in-page links (`>[[Segmentation](#Segmentation)]`) under a Contents
    heading. It then checks that the block lists every section of the heading levels it covers
    that follows it, in document order, with the nesting of the headings: a section missing
    from it is reported at the section's heading, an entry out of order at the entry (a
    section listed twice, at the copy out of place; contents sorted by name above sections in
    another order, once, as the one choice it is; a section above the block, such as
    `## Contributing` listed last, may sit anywhere in it). When
    the block lists the subsections of a missing section's peers (each listed peer that has
    subsections lists them, two such peers at least), the missing section's subsections are
    reported too (the fix adds the section; its subsections are left to the author).

    A line that is an editor's contents directive (`[TOC]`, Typora's and Python-Markdown's;
    `[[_TOC_]]`, GitLab's) is reported too: GitHub expands none and shows the text.

    The contents may go on in further lists, each under a small heading of its own (`#### Area`
    then its list, nothing else between): they are one block. A block under one title entry
    (`- [My List](#my-list)` with every section nested below it, as editor extensions write it)
    counts too (it covers the sections above the block as well, as such a block lists them,
    when its first entry is one of them; when its first entry is a section below it, a section
    above it was added later and lies outside the block; when the title entry's own link
    reaches nothing, `- [📈 Time series resources 📉](#-time-series-resources-)`, the entries
    below it still list the page's sections), and so does a block whose entries are grouped under bold captions with no link
    (`- **Models**`, or plain, `* Utilities`) or that also links other lists (`- [Awesome Zsh][zsh]`): the captions and
    outside links are passed over (such a block is checked, not fixed). Every in-page link of the block
    counts, also the second and third of one entry (`[ICML](#icml), [ICLR](#iclr)`).

    A nested level is required only below entries that already have nested entries, so a
    contents block that lists only the top sections is complete when every top section is in
    it. The contents heading itself never needs an entry, nor does a caption: a heading with
    nothing under it but subsections that the block lists instead of it (a heading whose
    subsections hold entries and are not listed is a section and needs its entry). Nor do a
    survey's numbered sections (`2.1 Motion Compensation-based`, `6. Applications`: two or more,
    one numbered as a subsection) missing from a block that numbers none of its entries
    (`📄 Paper List`, `📊 Datasets`): the block names the list's parts and leaves the paper's
    outline out on purpose. Sections numbered `1.`, `2.`, `3.` alone still need their entries.
    Nor does the page's footer: what follows an unlisted Contributing or License section placed
    after the last listed section, at the level of the block's top entries or above
    (`## 🤝 Join our team`, a sponsor's note), nor a sponsor's note between the block and the
    first section it lists (`## 🔥 Premium Resources | Follow`).

    The nesting of the block is checked against the sections, at the entry: an entry nested
    under a parent whose section does not hold its section, while most of its siblings' sections
    lie in it (it was put under the wrong parent), and an entry listed beside a sibling whose
    section holds its own, when that sibling's nested entries list sections of the same level
    (a subsection promoted to a peer; a flat block that lists sections and subsections side by
    side has no nested entries and is left alone). An entry whose link reaches the heading of
    another entry while its text names, word for word, a heading that no entry reaches
    (`[Decoders](#encoders)` copied from the entry above) is reported at the entry and stands for
    the heading it names. A broken entry (AL008's) stands for the heading its text names, inside
    its parent entry's section when the file repeats that heading (words compared without emoji
    and parenthesised parts: `[🚀(New) Prompts](#new-prompts)` stands for `## Prompts`).
    A broken entry whose anchor is a heading's but for an emoji or a mark GitHub's anchor drops
    (`#data-management-🔐`: AL008's) lists that heading, and stands for no other section.

    An entry whose text misspells the heading it links to (`[Recuurent Networks](#rnn)`,
    `[Template](#templates)`) is reported at the entry: as many words, compared without case,
    punctuation, emoji, parenthesised parts and leading numbers, one of them differing by a
    letter or two; a shortened label counts when its words are the heading's, one misspelt
    (`[Traning-free](#training-free-editing-model)`). A shortened or reworded label spelt right
    (`[Speech](#speech-recognition)`) is not. Headings repeated in a file are
    reached with GitHub's `-1`, `-2` anchors: a nested entry whose link reaches a same-named
    section under another parent (every tracker's `[Datasets](#datasets)` reaching the first
    `### Datasets`) is told its link is the slip, where its own parent's section has one of that
    name that no entry reaches; links to `<a name>` anchors count for the heading
    that follows the anchor (not an HTML heading's own id, `<h2 id="tutorial">…</h2>`: a
    section of its own, which the heading below it does not stand for). Anchors that reach nothing are left to AL008 (broken-anchor).

    ## Why it matters

    The contents block is how readers find their way in a long list. A section added without
    its entry cannot be found from it, and entries in another order than the sections make the
    list look unmaintained.

    ## Example

    ```markdown
    ## Contents

    - [Segmentation](#segmentation)
    - [Datasets](#datasets)

    ## Segmentation
    ## Classification
    ## Datasets
    ```

    Use instead:

    ```markdown
    ## Contents

    - [Segmentation](#segmentation)
    - [Classification](#classification)
    - [Datasets](#datasets)

    ## Segmentation
    ## Classification
    ## Datasets
    ```

    ## Fix safety

    Safe. The fix rewrites the contents block only: it sorts the entries of each level into the
    order of their sections (an entry moves with its nested entries and keeps its own text) and
    inserts an entry for each missing section in the block's own style (marker, numbering,
    indentation, brackets), with the heading's text as link text and GitHub's anchor. Numbered
    blocks are renumbered. The fix is dropped when an entry's target cannot be resolved, when the
    block is split into several lists, or when the result would not parse into the same block.
    A misspelt label, a misnested entry and an entry linking the wrong anchor are not fixed
    (which spelling, parent or anchor is meant is the author's call), and no fix is offered while
    an entry sits under the wrong parent: sorting would keep it there.
    """

    code = "AL014"
    name = "toc"
    summary = "The table of contents misses a section or is out of order"
    fix_availability = FIX_SOMETIMES
    tags = ("conventions", "toc")
    options = {
        "ignore_sections": Option(
            list,
            list(META_SECTIONS),
            "Section titles (compared without case, emoji and punctuation) that need no entry in "
            "the contents block; a title that starts or ends with one of seven letters or more counts "
            "too (`Contributing Guidelines`, `Our valuable Contributors`), unless it stands between "
            "two sections of its level that the block lists (`Community Contribution` between "
            "`Citation` and `Survey Paper`).",
            items=Option(str),
        ),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        yield from self._directive(doc)
        toc = find_contents(doc)
        if toc is None:
            return
        yield from self._check(doc, toc)

    def _directive(self, doc: Document) -> Iterator[Finding]:
        """A line that is an editor's contents directive (`[TOC]`, Typora's and Python-Markdown's;
        `[[_TOC_]]`, GitLab's; `${toc}`): GitHub expands none and shows the bracketed word."""
        comments = None
        for m in _DIRECTIVE.finditer(doc.text):
            if doc.in_code(m.start(1)) or (m.group(1).count("[") == 1 and "toc" in doc.references):
                continue  # (`[TOC]: #contents` below makes it a link)
            if comments is None:
                comments = [c.span() for c in _COMMENT.finditer(doc.text)]
            if in_spans(comments, m.start(1)):
                continue  # inside `<!-- … -->`: GitHub hides it
            line, col = doc.position(m.start(1))
            yield self.finding(f"`{m.group(1)}` is a Markdown editor's contents directive: GitHub does not "
                               "expand it and shows the text; write the contents as a list of links, or drop "
                               "it (GitHub shows its own outline of the headings)", line, col,
                               line, col + len(m.group(1)))

    # ---- analysis ------------------------------------------------------------------------
    def _analyse(self, doc: Document, toc: Contents):
        by_line = {h.line: h for h in doc.headings}
        head_lines = sorted(by_line)
        anchors = doc.anchors
        folded: dict[str, int] = {}
        for name, line in anchors.items():
            folded.setdefault(name.casefold(), line)
        named = by_label_all(doc)
        sec_of = {s.heading: s for s in doc.sections if s.heading is not None}
        all_nodes = list(walk(toc.roots))
        parents = {id(c): n for n in all_nodes for c in n.children}
        unresolved = 0
        for node in all_nodes:
            frag = unquote(node.link.url[1:])
            line = anchors.get(frag)
            if line is None:
                line = folded.get(frag.casefold())
            if line is not None:
                node.target = line
                h = by_line.get(line)
                if h is None and not _html_heading(doc.line_text(line)):
                    # (an anchor set just above a heading, `<a name="x"></a>`, names that heading;
                    # an HTML heading, `<h2 id="tutorial">📚 Tutorials</h2>`, is a section of its own)
                    import bisect

                    k = bisect.bisect_left(head_lines, line)
                    if k < len(head_lines) and head_lines[k] - line <= 3 and all(
                        not doc.line_text(x).strip() or doc.line_text(x).lstrip().startswith("<")
                        for x in range(line, head_lines[k])
                    ):
                        h = by_line[head_lines[k]]
                node.heading = h
            else:  # AL008 reports the link; the entry stands for the heading it names
                node.heading = self._named(node, parents.get(id(node)), named, sec_of)
                unresolved += 1
            if node.heading is not None:
                node.target = node.heading.line
        self._redirect(all_nodes, by_label_all(doc))
        self._redirect_nested(all_nodes, parents, sec_of, doc)
        return all_nodes, unresolved

    @staticmethod
    def _redirect_nested(nodes: list[Node], parents: dict[int, Node], sec_of, doc: Document) -> None:
        """A nested entry whose link reaches a section of its name under another parent, where
        its own parent's section has one of that name that no entry reaches (`[Datasets](#datasets)`
        under each of five trackers, every link reaching the first `### Datasets`; GitHub names the
        others `#datasets-1`, `#datasets-2`): it stands for its own parent's; the link is the slip."""
        reached = {n.heading for n in nodes if n.heading is not None}
        for n in nodes:
            parent = parents.get(id(n))
            h = n.heading
            if h is None or parent is None or parent.heading is None or n.reached is not None:
                continue
            sec = sec_of.get(parent.heading)
            if sec is None or sec.line < h.line <= sec.end_line:
                continue
            key = _norm(h.text)
            own = [x for x in doc.headings if sec.line < x.line <= sec.end_line and x.level == h.level
                   and _norm(x.text) == key and x not in reached]
            if len(own) == 1:
                n.reached, n.heading, n.target = h, own[0], own[0].line
                reached.add(own[0])

    @staticmethod
    def _named(node: Node, parent: Node | None, named: dict[str, list[Heading]], sec_of) -> Heading | None:
        """The heading a broken entry names: the one heading of its text, or the one inside its
        parent entry's section (``Rust`` > ``[Deep Learning](#rust-deep-learning)`` is the Deep
        Learning of the Rust section, not the first of the file)."""
        cands = named.get(_norm(node.link.label), [])
        if len(cands) > 1 and parent is not None and parent.heading in sec_of:
            sec = sec_of[parent.heading]
            cands = [h for h in cands if sec.line < h.line <= sec.end_line]
        return cands[0] if len(cands) == 1 else None

    @staticmethod
    def _redirect(nodes: list[Node], by_label: dict[str, list[Heading]]) -> None:
        """An entry whose link reaches a heading that another entry lists too, while its text
        names another heading word for word that no entry reaches (``[Video Embedder](#-analyzer--embedder)``
        copied from the entry below it), stands for the heading it names: the link is the slip."""
        reached = Counter(n.heading for n in nodes if n.heading is not None)
        for n in nodes:
            h = n.heading
            if h is None or reached[h] < 2:
                continue
            key = _norm(n.label)
            named = by_label.get(key, [])
            if len(named) != 1 or named[0] is h or not key or key == _norm(h.text) or reached[named[0]]:
                continue
            n.reached, n.heading, n.target = h, named[0], named[0].line
            reached[h] -= 1
            reached[named[0]] += 1

    def _required(self, doc: Document, toc: Contents, nodes: list[Node]):
        """(group, parent heading, [headings that must be listed in this group])."""
        ignore = {_norm(s) for s in self.opts.ignore_sections}
        sec_of = {s.heading: s for s in doc.sections if s.heading is not None}
        skip: set[Heading] = set()
        if toc.heading is not None:
            skip.add(toc.heading)
        span: dict[int, tuple[int, int]] = {}  # level -> the first and last line the block lists at it
        for n in nodes:
            if n.heading is not None:
                lo, hi = span.get(n.heading.level, (n.heading.line, n.heading.line))
                span[n.heading.level] = (min(lo, n.heading.line), max(hi, n.heading.line))
        for h in doc.headings:
            if is_contents_title(h.text) and h.line <= toc.end_line + 1:
                skip.add(h)
            # "Contributing Guidelines", "Related Repo for Detection", "Our valuable Contributors": meta too
            t = _norm(h.text)
            if t in ignore:
                skip.add(h)  # `## Contribute` between `Community` and `Related`: the awesome lists' way
            elif any(len(x) >= 7 and (t.startswith(x) or t.endswith(x)) for x in ignore):
                # but a longer title not between two sections of its level the block lists
                # (`🧩 Community Contribution` between `🔖 Citation` and `🔍 Survey Paper`, where
                # the block lists everything around it and its reader looks for it)
                lo, hi = span.get(h.level, (h.line, h.line))
                if not lo < h.line < hi:
                    skip.add(h)
        heads = doc.headings
        targets = sorted(n.heading.line for n in nodes if n.heading is not None)
        # what follows an unlisted Contributing or License section after the last listed one is
        # the page's footer (`## 🤝 Join our team`, a sponsor's note), which the block leaves out too
        # (a section at the level of the block's top entries or above: `### License` inside the
        # last listed section is that section's own)
        tops = [n.heading.level for n in toc.roots if n.heading is not None]
        top = min(tops) if tops else 0
        footer = next((h for h in heads if h in skip and targets and h.line > targets[-1] and h.level <= top
                       and h.line > toc.end_line and _norm(h.text) in _FOOTER_STARTS), None)
        if footer is not None:
            skip.update(h for h in heads if h.line > footer.line)
        if targets:  # a sponsor's note between the block and the first section it lists
            # (`## 🔥 Premium Resources | Follow`): the page's preamble, which the block starts after
            skip.update(h for h in heads if toc.end_line < h.line < targets[0] and h.level <= top
                        and _SPONSORED.search(h.text))
        for i, h in enumerate(heads):
            # a heading with nothing under it is a caption, not a section: when its section is
            # empty, or when the contents block lists its subsections instead of it (a heading
            # whose subsections hold entries and are not listed is a section of its own)
            nxt = heads[i + 1].line if i + 1 < len(heads) else doc.line_count + 1
            if all(not doc.line_text(x).strip() for x in range(h.end_line + 1, nxt)):
                sec = sec_of.get(h)
                end = sec.end_line if sec is not None else nxt - 1
                k = bisect.bisect_right(targets, h.line)
                if k < len(targets) and targets[k] <= end or all(
                        not doc.line_text(x).strip() or doc.line_text(x).lstrip().startswith("#")
                        for x in range(h.end_line + 1, end + 1)):
                    skip.add(h)

        def level_of(group: list[Node]) -> int | None:
            levels = Counter(n.heading.level for n in group if n.heading is not None)
            return levels.most_common(1)[0][0] if levels else None

        def at_level(lvl: int) -> list[Heading]:
            """The sections after the block at level ``lvl``, up to the first above it."""
            req = []
            for h in doc.headings:
                if h.line <= toc.end_line or h in skip:
                    continue
                if h.level < lvl:
                    break
                if h.level == lvl:
                    req.append(h)
            return req

        out = []
        lvl = level_of(toc.roots)
        if lvl is not None:
            out.append((toc.roots, None, at_level(lvl)))
        elif len(toc.roots) == 1 and toc.roots[0].children and (lvl := level_of(toc.roots[0].children)) is not None:
            # one top entry whose link reaches nothing (the list's title, `📈 Time series resources
            # 📉`, whose emoji GitHub's anchors keep) over entries that resolve: its entries list
            # the page's sections at their level, as a block without the title entry would
            out.append((toc.roots[0].children, None, at_level(lvl)))
        for node in nodes:
            if not node.children or node.heading is None:
                continue
            lvl = level_of(node.children)
            sec = sec_of.get(node.heading)
            if lvl is None or sec is None or lvl <= node.heading.level:
                continue
            # an entry for a section that holds the block (the list's title, `- [My List](#my-list)`
            # with every section nested below it, as editor extensions write it) covers its
            # subsections above the block too
            # when its entries start with one of them (or with a broken entry that may stand for
            # one): a block whose first entry is a section below it covers what follows it, and
            # a section added above it later is outside the block
            above = False
            if sec.line < toc.line <= sec.end_line:
                for c in node.children:
                    if c.heading is None or c.heading.line < toc.line:
                        above = True
                    break
            start = sec.line if above else toc.end_line
            req = [h for h in doc.headings if sec.line < h.line <= sec.end_line and h.level == lvl
                   and h not in skip and h.line > start and not toc.line <= h.line <= toc.end_line]
            out.append((node.children, node.heading, req))
        return out

    def _check(self, doc: Document, toc: Contents) -> Iterator[Finding]:
        nodes, unresolved = self._analyse(doc, toc)
        sec_of = {s.heading: s for s in doc.sections if s.heading is not None}
        findings: list[Finding] = []  # what the sort fix mends: missing sections, order
        others: list[Finding] = []  # what it does not: nesting, links, spelling
        missing = self._missing(doc, toc, nodes)
        for h in missing:
            findings.append(self.finding(
                f'section "{h.plain}" is missing from the table of contents (line {toc.line})',
                h.line, 1, h.line, len(doc.line_text(h.line)) + 1, related=(toc.line,),
            ))
        for h, parent in self._missing_subsections(doc, nodes, missing, sec_of):
            others.append(self.finding(
                f'section "{h.plain}" (under "{parent.plain}", itself missing) is missing from the '
                f'table of contents (line {toc.line})',
                h.line, 1, h.line, len(doc.line_text(h.line)) + 1, related=(toc.line, parent.line),
            ))
        strays = set()
        for n, parent, sec in self._strays(toc, sec_of):
            strays.add(id(n))
            others.append(self.finding(
                f'contents entry "{n.label}" is listed under "{parent.label}", but its section '
                f'(line {n.target}) is not part of "{parent.label}" (lines {sec.line}-{sec.end_line})',
                n.link.line, n.link.column, n.link.end_line, n.link.end_column, related=(n.target, sec.line),
            ))
        for n, m in self._inside_peers(toc, sec_of):
            others.append(self.finding(
                f'contents entry "{n.label}" is listed beside "{m.label}", but its section '
                f'(line {n.target}) is a subsection of "{m.label}" (line {m.target})',
                n.link.line, n.link.column, n.link.end_line, n.link.end_column, related=(n.target, m.target),
            ))
        for n in nodes:
            if n.reached is not None and n.heading is not None:
                others.append(self.finding(
                    f'contents entry "{n.label}" links to "{n.link.url}", the anchor of '
                    f'"{n.reached.plain}" (line {n.reached.line}); the section it names is at line '
                    f'{n.heading.line} (#{n.heading.anchor})',
                    n.link.line, n.link.column, n.link.end_line, n.link.end_column,
                    related=(n.reached.line, n.heading.line),
                ))
        for group in self._groups(toc):
            # a section above the contents (`## Contributing` before it, listed last) may be listed
            # anywhere: the block's order is that of the sections it introduces
            placed = [n for n in group if n.target is not None and id(n) not in strays and n.target > toc.end_line]
            if len(placed) < 2:
                continue
            keep = set(longest_run([n.target for n in placed], strict=True))
            run = [placed[i] for i in sorted(keep)]
            out = []
            for i, n in enumerate(placed):
                if i in keep:
                    continue
                twin = next((r for r in run if r.target == n.target), None)
                if twin is not None:  # the same section listed twice: this copy is the stray
                    findings.append(self.finding(
                        f'contents entry "{n.label}" lists its section (line {n.target}) a second time: '
                        f"line {twin.link.line} lists it in its place",
                        n.link.line, n.link.column, n.link.end_line, n.link.end_column,
                        related=(n.target, twin.link.line),
                    ))
                    continue
                before = [r for r in run if r.target < n.target]
                where = f'after "{before[-1].label}"' if before else f'before "{run[0].label}"'
                out.append((n, where))
            listed = list({n.target: n.label for n in placed}.values())
            if len(out) >= 3 and _alphabetical(listed, len(out)):
                # the contents sorted by name, the sections not: one choice, one finding
                n, where = out[0]
                findings.append(self.finding(
                    f"the contents list these {len(listed)} sections alphabetically, the file does not: "
                    f'{len(out)} entries are out of the sections\' order (first "{n.label}": its section '
                    f"(line {n.target}) belongs {where})",
                    n.link.line, n.link.column, n.link.end_line, n.link.end_column,
                    related=tuple(m.target for m, _ in out[:20]),
                ))
                continue
            for n, where in out:
                findings.append(self.finding(
                    f'contents entry "{n.label}" is out of order: its section (line {n.target}) '
                    f"belongs {where}",
                    n.link.line, n.link.column, n.link.end_line, n.link.end_column, related=(n.target,),
                ))
        others.extend(self._misspelt(doc, nodes))  # not fixed: the sort fix does not touch labels
        if findings:
            fix = None
            if unresolved == 0 and not strays:  # sorting cannot mend an entry under the wrong parent
                fix = self._fix(doc, toc, nodes)
            for f in findings:
                f.fix = fix
        yield from sorted(findings + others, key=lambda f: (f.line, f.column))

    @staticmethod
    def _parented(toc: Contents) -> Iterator[tuple[Node | None, list[Node]]]:
        yield None, toc.roots
        for n in walk(toc.roots):
            if n.children:
                yield n, n.children

    def _strays(self, toc: Contents, sec_of) -> Iterator[tuple[Node, Node, object]]:
        """Nested entries whose section lies outside their parent entry's section, when most
        of their siblings' sections lie inside it: the entry was put under the wrong parent.
        (A whole group outside its parent is a nesting slip of the block, left alone.)"""
        for parent, group in self._parented(toc):
            if parent is None or parent.heading is None or parent.reached is not None:
                continue
            sec = sec_of.get(parent.heading)
            if sec is None:
                continue
            placed = [n for n in group if n.target is not None]
            inside = [n for n in placed if sec.line < n.target <= sec.end_line]
            outside = [n for n in placed if not sec.line < n.target <= sec.end_line]
            if outside and len(inside) >= 2 and 2 * len(outside) <= len(inside):
                for n in outside:
                    yield n, parent, sec

    def _inside_peers(self, toc: Contents, sec_of) -> Iterator[tuple[Node, Node]]:
        """Entries listed beside a sibling whose section holds theirs, where that sibling's own
        nested entries list sections of the same level: a subsection promoted to a peer. (A flat
        contents block, which lists sections and subsections side by side, has no nested entries
        and is left alone.)"""
        for _parent, group in self._parented(toc):
            hosts = []
            for m in group:
                if not m.children or m.heading is None or m.heading not in sec_of:
                    continue
                levels = {c.heading.level for c in m.children if c.heading is not None}
                hosts.append((m, sec_of[m.heading], levels))
            if not hosts:
                continue
            for n in group:
                if n.heading is None:
                    continue
                for m, sec, levels in hosts:
                    if m is not n and sec.line < n.target <= sec.end_line and n.heading.level in levels:
                        yield n, m
                        break

    def _misspelt(self, doc: Document, nodes: list[Node]) -> Iterator[Finding]:
        """Entries whose text misspells the heading their link reaches (``Recuurent`` for
        ``Recurrent``, ``Template`` for ``Templates``), compared without
        case, punctuation, emoji, parenthesised parts and leading numbers, as many words
        of which one differs by a letter or two (:func:`_misspells`). A shortened, reworded or
        annotated label is left alone. Not fixed: which spelling is meant is
        the author's call."""
        for n in nodes:
            h = n.heading
            if h is None or n.target is None or not n.label:
                continue
            if _misspells(n.label, h.text):
                yield self.finding(
                    f'contents entry "{n.label}" does not match the heading it links to: '
                    f'"{h.plain}" (line {h.line})',
                    n.link.line, n.link.column, n.link.end_line, n.link.end_column, related=(h.line,),
                )

    def _missing(self, doc: Document, toc: Contents, nodes: list[Node]) -> list[Heading]:
        """Required sections without an entry. An entry whose anchor reaches nothing (AL008's)
        stands for a missing section that lies between its neighbours' sections."""
        listed = {n.heading for n in nodes if n.heading is not None} | self._also_listed(doc, toc)
        kept = _kept_marks(doc, nodes)  # `#data-management-🔐`: the emoji kept, the heading meant
        listed |= set(kept.values())
        out = []
        for group, _parent, req in self._required(doc, toc, nodes):
            holes = []  # (low, high, node) of each unresolved entry of the group
            for i, n in enumerate(group):
                if n.target is None and id(n) not in kept:
                    lo = max((m.target for m in group[:i] if m.target is not None), default=0)
                    hi = min((m.target for m in group[i + 1 :] if m.target is not None), default=10**9)
                    holes.append((lo, hi, n))
            missing = [h for h in req if h not in listed]
            for hole in list(holes):  # a broken entry that names a section word for word is its entry
                lo, hi, n = hole
                key, words = _norm(n.label), _words(n.label)  # (words: without emoji and `(New)`)
                named = next((h for h in missing if _norm(h.text) == key), None)
                if named is None and words:
                    named = next((h for h in missing if lo < h.line < hi and _words(h.text) == words), None)
                if named is not None:  # (wherever it stands: its order is another finding)
                    missing.remove(named)
                    holes.remove(hole)
                elif words and any(lo < h.line < hi and _words(h.text) == words for h in doc.headings):
                    holes.remove(hole)  # it names a section that needs no entry here (a caption)
            for lo, hi, n in holes:  # each broken entry stands for its most similar section
                cands = [h for h in missing if lo < h.line < hi]
                if cands:
                    missing.remove(max(cands, key=lambda h: _similarity(n, h, doc)))
            out.extend(_unnumbered_block(group, missing))
        # a section required by two groups (a title entry whose children cover the whole file,
        # and `Resources` beside it, both over `### Books`) is one missing entry, told once
        return sorted(dict.fromkeys(out), key=lambda h: h.line)

    @staticmethod
    def _missing_subsections(doc: Document, nodes: list[Node], missing: list[Heading], sec_of):
        """(subsection, section) for the subsections of a missing section, when the block lists
        the subsections of its peers: every listed section of that level that has subsections
        lists them, and at least two do (at the level the block lists most)."""
        out = []
        heads = doc.headings
        for h in missing:
            sec = sec_of.get(h)
            if sec is None:
                continue
            peers = [n for n in nodes if n.heading is not None and n.heading.level == h.level]
            levels: Counter = Counter()
            ok = True
            with_subs = 0
            for n in peers:
                psec = sec_of.get(n.heading)
                if psec is None:
                    continue
                subs = [x for x in heads if psec.line < x.line <= psec.end_line and x.level > h.level]
                if not subs:
                    continue
                with_subs += 1
                kids = [c.heading.level for c in n.children if c.heading is not None]
                if not kids:
                    ok = False
                    break
                levels.update(kids)
            if not ok or with_subs < 2:
                continue
            lvl = levels.most_common(1)[0][0]
            out.extend((x, h) for x in heads if sec.line < x.line <= sec.end_line and x.level == lvl)
        return out

    @staticmethod
    def _also_listed(doc: Document, toc: Contents) -> set[Heading]:
        """Headings reached by the further links of a contents entry (``[NeurIPS](#neurips),
        [ICML](#icml)`` on one line)."""
        by_line = {h.line: h for h in doc.headings}
        anchors = doc.anchors
        folded = {name.casefold(): line for name, line in reversed(list(anchors.items()))}
        s, e = doc.line_starts[toc.line - 1], doc.line_end(toc.end_line)
        out = set()
        heads = None
        for link in doc.links_between(s, e):
            if link.is_anchor:
                frag = unquote(link.url[1:])
                h = by_line.get(anchors.get(frag, folded.get(frag.casefold(), -1)))
                if h is not None:
                    out.add(h)
            elif "-" in link.url and not link.is_image:
                # `[Papers by Method](Papers-by-Method)`: an entry that lost its `#` (AL008's) lists its section
                heads = heads if heads is not None else {h.anchor for h in doc.headings}
                if (anchor := lost_hash(doc, link.url, heads)) is not None and (h := by_line.get(anchors[anchor])):
                    out.add(h)
        return out

    @staticmethod
    def _groups(toc: Contents) -> Iterator[list[Node]]:
        yield toc.roots
        for n in walk(toc.roots):
            if n.children:
                yield n.children

    # ---- fix -----------------------------------------------------------------------------
    def _fix(self, doc: Document, toc: Contents, nodes: list[Node]) -> Fix | None:
        if len(toc.blocks) > 1 or toc.loose:
            return None
        required = {id(group): req for group, _p, req in self._required(doc, toc, nodes)}
        listed = {n.heading for n in nodes if n.heading is not None} | self._also_listed(doc, toc)
        try:
            if toc.line_style:
                start = doc.line_starts[toc.roots[0].line - 1]
                end = doc.line_end(toc.roots[-1].line)
                segs = [(doc.line_starts[n.line - 1], doc.line_end(n.line)) for n in toc.roots]
                new = self._render_group(doc, toc.roots, segs, required, listed, None)
            else:
                block = toc.blocks[0]
                segs = item_segments(doc, block.items)
                if segs is None:
                    return None
                start, end = segs[0][0], segs[-1][1]
                new = self._render_group(doc, toc.roots, segs, required, listed, block)
        except _NoFix:
            return None
        if new is None or new == doc.text[start:end]:
            return None
        from ..document import parse_text

        def settled(new_text: str) -> bool:  # run by the engine only when it applies the fix
            new_doc = parse_text(new_text, doc.path)
            again = find_contents(new_doc)
            return again is not None and not any(True for _ in self._check_plain(new_doc, again))

        return Fix((Edit(start, end, new),), safe=True,
                   description="sort the table of contents and add the missing sections", verify=settled)

    def _check_plain(self, doc: Document, toc: Contents) -> Iterator[Finding]:
        nodes, _ = self._analyse(doc, toc)
        for h in self._missing(doc, toc, nodes):
            yield self.finding("missing", h.line)
        for group in self._groups(toc):
            t = [n.target for n in group if n.target is not None]
            if any(a >= b for a, b in zip(t, t[1:])):
                yield self.finding("order", 1)

    def _render_group(self, doc, group: list[Node], segs, required, listed, block) -> str:
        """The text of one level of the contents block, sorted and completed."""
        pieces: list[tuple[int, str, Node | None]] = []  # (target line, text, node)
        for node, (s, e) in zip(group, segs):
            text = doc.text[s:e]
            if node.child_block is not None:
                kid_segs = item_segments(doc, node.child_block.items)
                if kid_segs is None:
                    raise _NoFix
                ks, ke = kid_segs[0][0], kid_segs[-1][1]
                inner = self._render_group(doc, node.children, kid_segs, required, listed, node.child_block)
                text = text[: ks - s] + inner + text[ke - s :]
            pieces.append((node.target, text, node))
        template_node, (ts, te) = group[0], segs[0]
        for h in required.get(id(group), []):
            if h in listed:
                continue
            pieces.append((h.line, self._new_entry(doc, template_node, ts, h), None))
        pieces.sort(key=lambda p: p[0])
        texts = [p[1] for p in pieces]
        if block is not None and block.ordered:
            numbers = [n.item.number for n in group]
            same = all(x == numbers[0] for x in numbers)
            first = numbers[0] or 0
            out = []
            for i, (_t, text, node) in enumerate(pieces):
                num = str(first if same else first + i)
                if node is None:
                    node = template_node  # new entries were built from the template's first line
                    seg_start = ts
                else:
                    seg_start = segs[group.index(node)][0]
                new = renumber_segment(text, seg_start, node.item, doc, num)
                if new is None:
                    raise _NoFix
                out.append(new)
            texts = out
        gaps = gaps_of(doc, segs)
        default_gap = Counter(gaps).most_common(1)[0][0] if gaps else "\n"
        if "\n" not in default_gap:
            raise _NoFix
        return rebuild(texts, gaps, default_gap)

    @staticmethod
    def _new_entry(doc: Document, template: Node, seg_start: int, h: Heading) -> str:
        line_start = doc.line_starts[template.line - 1]
        line_end = doc.line_end(template.line)
        prefix = doc.text[line_start : template.link.start]
        suffix = doc.text[template.link.end : line_end]
        if suffix.strip(" \t])*_") or len(suffix) > 4:
            suffix = ""
        label = re.sub(r"([\[\]\\])", r"\\\1", h.plain)
        return f"{prefix}[{label}](#{h.anchor}){suffix}"


class _NoFix(Exception):
    pass
