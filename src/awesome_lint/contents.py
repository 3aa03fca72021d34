"""A list's table of contents: where it is and what it lists.

AL014 (toc) checks the contents against the headings; AL019 (awesome-repo) asks whether a list
has one at all. Both read it here: a block of in-page links under a Contents-like heading or the
first such list of the file (it may go on in later lists under small headings of their own, or
sit under one title entry), or
lines of single in-page links under a Contents heading (``>[[Name](#anchor)]``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import msgspec

from .document import Document, Heading, ListBlock, plain_text
from .inline import Link

CONTENTS_TITLE = re.compile(
    r"(?:table\s+of\s+contents?|contents?|toc|summary\s+of\s+contents?|index|overview|categories"
    r"|目录|目錄|内容|contents?\s*列表)",
    re.I,
)
META_SECTIONS = ("Contributing", "Contribute", "Contribution", "Contributions", "Contributors",
                 "Footnotes", "License", "Licence", "Citation", "Acknowledgements", "Acknowledgments",
                 "Acknowledgement", "Acknowledgment", "Star History", "Contact", "Contacts", "Contact Us",
                 "Sponsors",
                 "Related Repo", "Related Repos", "Related Repositories", "Related Projects",
                 "Related Lists", "Related Awesome Lists")


class Node(msgspec.Struct, eq=False):
    """One entry of the contents block."""

    link: Link
    line: int
    depth: int
    item: object = None  # ListItem for list-based blocks
    children: list[Node] = msgspec.field(default_factory=list)
    child_block: ListBlock | None = None
    heading: Heading | None = None
    target: int | None = None  # line the link reaches
    label: str = ""
    reached: Heading | None = None  # the heading the link reaches when it is not the one meant


class Contents(msgspec.Struct, eq=False):
    heading: Heading | None  # the Contents heading, if any
    roots: list[Node]
    blocks: list[ListBlock]  # list-based: the top-level lists; empty for the line style
    line: int
    end_line: int
    line_style: bool = False
    loose: bool = False  # captions or outside links among the entries: nodes and items differ


def is_contents_title(text: str) -> bool:
    core = re.sub(r"^[\W\d_]+|[\W_]+$", "", plain_text(text), flags=re.UNICODE)
    return bool(core) and CONTENTS_TITLE.fullmatch(core) is not None


def first_anchor(doc: Document, start: int, end: int) -> Link | None:
    for link in doc.links_between(start, end):
        if link.is_image:
            continue
        return link if link.is_anchor else None
    return None


def item_range(doc: Document, item) -> tuple[int, int] | None:
    if not item.text_line:
        return None
    return item.content_start, doc.line_end(item.text_end_line)


def is_toc_list(doc: Document, block: ListBlock, least: int = 2) -> bool:
    if len(block.items) < least:
        return False
    hits = 0
    for item in block.items:
        r = item_range(doc, item)
        if r and (first_anchor(doc, *r) is not None or is_caption(doc, item)):
            hits += 1
    return hits >= 0.8 * len(block.items)


_CAPTION = re.compile(r"\s*(?:(\*\*|__)[^*_\[\]()]{1,60}\1|[A-Z][\w&/,' -]{0,40})\s*:?\s*")


def is_caption(doc: Document, item) -> bool:
    """A caption with no link, bold or plain (`- **Models**`, `* Utilities`), over one nested
    list of contents entries: it groups the entries, it is not one."""
    r = item_range(doc, item)
    if r is None or len(item.children) != 1 or doc.links_between(*r):
        return False
    line_end = doc.line_end(item.text_line)
    return _CAPTION.fullmatch(doc.text[r[0]:line_end]) is not None and is_toc_list(doc, item.children[0], 1)


def is_titled_toc(doc: Document, block: ListBlock) -> bool:
    """A contents block under one title entry (``- [My List](#my-list)`` and the sections
    nested below it, as editor extensions write it): one item, an in-page link, and one nested
    list of in-page links."""
    if len(block.items) != 1:
        return False
    item = block.items[0]
    r = item_range(doc, item)
    return (r is not None and first_anchor(doc, *r) is not None and len(item.children) == 1
            and is_toc_list(doc, item.children[0]))


def contents_nodes(doc: Document, block: ListBlock, depth: int, loose: list[bool] | None = None) -> list[Node] | None:
    """The entries of a contents list. A bold caption's entries stand at its place, and an item
    linking outside the page (`[Awesome Zsh][awesome-zsh]`) is passed over, when ``loose``
    allows it (it is set then: the nodes no longer match the items one to one)."""
    out = []
    for item in block.items:
        r = item_range(doc, item)
        link = first_anchor(doc, *r) if r else None
        if link is None and loose is not None and r is not None:
            if is_caption(doc, item):
                kids = contents_nodes(doc, item.children[0], depth, loose)
                if kids is None:
                    return None
                out.extend(kids)
                loose[0] = True
                continue
            outside = [k for k in doc.links_between(*r) if not k.is_image]
            if outside and not item.children and all(not k.is_anchor for k in outside):
                loose[0] = True
                continue
        if link is None:
            return None  # a list that is not purely contents: too unsure to check or fix
        node = Node(link, item.line, depth, item=item, label=plain_text(link.label))
        if item.children:
            if len(item.children) > 1:
                return None
            kids = contents_nodes(doc, item.children[0], depth + 1, loose)
            if kids is None:
                return None
            node.children = kids
            node.child_block = item.children[0]
        out.append(node)
    return out


def find_contents(doc: Document) -> Contents | None:
    """The file's contents block: lists of in-page links under a Contents-like heading or the
    first such list of the file; or, under a Contents heading, lines of single in-page links
    (``>[[Name](#anchor)]``)."""
    for block in doc.lists:
        if block.depth or not (is_toc_list(doc, block) or is_titled_toc(doc, block)):
            continue
        sec = block.section
        blocks = [block]
        # further lists of the same section (groups under bold captions) belong to it
        for other in doc.lists:
            if other is not block and not other.depth and other.section is sec and other.line > block.line:
                if is_toc_list(doc, other):
                    blocks.append(other)
                elif any(item_range(doc, i) for i in other.items):
                    break
        # the contents may go on in the next lists, each under a small heading of its own
        # (``#### Area`` then its list): nothing but headings and blank lines between them
        tops = [b for b in doc.lists if not b.depth and b.line > blocks[-1].end_line]
        for other in tops:
            gap = range(blocks[-1].end_line + 1, other.line)
            if not is_toc_list(doc, other) or not all(
                    not doc.line_text(x).strip() or doc.line_text(x).lstrip().startswith("#") for x in gap):
                break
            blocks.append(other)
        roots: list[Node] = []
        loose = [False]
        for b in blocks:
            nodes = contents_nodes(doc, b, 0, loose)
            if nodes is None:
                return None
            roots.extend(nodes)
        heading = sec.heading if sec is not None and sec.heading and is_contents_title(sec.heading.text) else None
        # two entries are a contents block under a Contents heading (a block the author began
        # and never finished); without that title, fewer than three in-page links are no block
        if sum(1 for _ in walk(roots)) < (2 if heading is not None else 3):
            continue
        return Contents(heading, roots, blocks, blocks[0].line, blocks[-1].end_line, loose=loose[0])
    for sec in doc.sections:
        h = sec.heading
        if h is None or not is_contents_title(h.text):
            continue
        end = next((x.line - 1 for x in doc.headings if x.line > h.line), doc.line_count)
        if any(h.line < b.line <= end for b in doc.lists):
            return None
        nodes = []
        for line in range(h.end_line + 1, end + 1):
            if doc.is_code_line(line):
                return None
            s, e = doc.line_starts[line - 1], doc.line_end(line)
            links = [k for k in doc.links_between(s, e) if not k.is_image]
            if not links:
                continue
            if len(links) != 1 or not links[0].is_anchor:
                return None
            nodes.append(Node(links[0], line, 0, label=plain_text(links[0].label)))
        if len(nodes) >= 2:
            return Contents(h, nodes, [], nodes[0].line, nodes[-1].line, line_style=True)
        return None
    return None


def walk(nodes: list[Node]) -> Iterator[Node]:
    for n in nodes:
        yield n
        yield from walk(n.children)
