"""Markdown text helpers: pure functions of strings, shared by the model and the rules.

They sit below the records and the document (which import them, never the reverse), so a rule or
a fix's check can use them on any text without building a model.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: A year as written in a tag or cell: 1950-2099, not part of a longer number.
YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
LONE_CR = re.compile(r"\r(?!\n)")
NEWLINE = re.compile(r"\r\n|\r|\n")


def line_starts(text: str, starts=None):
    """The offsets where the lines of ``text`` start, after LF, CRLF or a lone CR: where
    markdown-it (like cmark) and the language server protocol end a line. ``starts`` (a list,
    or an ``array`` for a compact index) holds the first line's 0 and receives the rest; a new
    list by default. Text with no lone CR is scanned with ``str.find``, the fast path."""
    out = [0] if starts is None else starts
    if "\r" in text and LONE_CR.search(text):
        out.extend(m.end() for m in NEWLINE.finditer(text))
    else:
        find = text.find
        pos = find("\n")
        while pos != -1:
            out.append(pos + 1)
            pos = find("\n", pos + 1)
    return out
# A link's text holds no bracket and its destination no '[', a tag no '<': each match then ends
# before the next opener, so a line of 50,000 '[' or '<' costs one pass, not one per opener.
_MD_PLAIN = re.compile(r"!?\[([^\[\]]*)\]\([^)\[]*\)|<[^<>]+>|[*_`~]+")
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
    stand for; ``:shortcode:`` emoji keep their name (``:fire: News`` -> ``fire-news``).
    Remembered for short texts (a bounded cache): every parse slugs every heading, and the
    language server parses the same headings at each keystroke."""
    return _slug(text) if len(text) <= 200 else _slug.__wrapped__(text)


@lru_cache(maxsize=4096)
def _slug(text: str) -> str:
    import html

    plain = _SLUG_MARKUP.sub(lambda m: m.group(1) or "", _SLUG_IMAGES.sub("", text))
    plain = _SLUG_UNDERSCORES.sub(lambda m: m.group() if m.group(1) and m.group(3) else "", plain)
    plain = html.unescape(plain.replace("\\", "")).lower()
    return "".join(ch for ch in plain if _slug_keep(ch)).replace(" ", "-")


# images add no text: inline, reference (`![Awesome List][icon]`) and HTML ones
_SLUG_IMAGES = re.compile(r"!\[[^\[\]]*\](?:\([^)\[]*\)|\[[^\[\]]*\])|<img\b[^<>]*>", re.I)
_SLUG_MARKUP = re.compile(r"\[([^\[\]]*)\]\([^)\[]*\)|<[^<>]+>")
_SLUG_UNDERSCORES = re.compile(r"(?<=([^\W_]))?(_+)(?=([^\W_]))?")  # keep only inside a word


_FRONT_MATTER = re.compile(r"---[ \t]*\r?\n(?P<body>(?:[^\n]*\n){0,500}?)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)")
_YAML_LINE = re.compile(r"[ \t]+\S|-(?:[ \t]|$)|#|[^\s:#][^:\n]*:(?:[ \t]|$)")


_TAG_START = re.compile(r"<[a-zA-Z]")
WORK = [0]  # characters html_anchors searched, for tests of how the work grows
_ANCHOR_ATTR = re.compile(r"""\b(?:name|id)\s*=\s*["']?([^"'\s>]+)""")


def html_anchors(text: str) -> list[tuple[str, int]]:
    """The ``name=``/``id=`` values of HTML tags (``<a name="x">``, ``<div id=x>``) with the
    offset of their tag, in order: an attribute counts when it comes before the tag's first
    ``>``. A tag without one marks the text up to that ``>`` as holding none, so a flood of
    ``<a `` with no ``>`` is searched once, not once per tag."""
    out = []
    pos = 0
    gt = -1  # the first '>' at or after the last search's start (len(text): none)
    while True:
        m = _TAG_START.search(text, pos)
        if m is None:
            return out
        i = m.start()
        if gt < i + 2:
            gt = text.find(">", i + 2)
            if gt < 0:
                gt = len(text)
        a = _ANCHOR_ATTR.search(text, i + 2, gt)
        WORK[0] += (a.end() if a else gt) - i
        if a is None:
            pos = gt  # a later tag before this '>' searches a part of the same text: none either
            continue
        out.append((a.group(1), i))
        pos = a.end()


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


def blank_front_matter(text: str) -> tuple[str, int]:
    """``text`` with its YAML front matter (metadata, not Markdown) turned into blank lines,
    and where the front matter ended (0: none)."""
    fm = front_matter_end(text)
    return ("\n" * text.count("\n", 0, fm) + text[fm:] if fm else text), fm


def cell_bounds(text: str) -> tuple[list[tuple[int, int]], bool, bool]:
    """Where a table row's cells lie between its unescaped pipes (GFM: pipes inside code spans
    split cells too), as offsets into ``text``, and whether the row has a leading and a trailing
    pipe. :func:`awesome_lint.records.split_row` makes cells of them."""
    bounds: list[tuple[int, int]] = []
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
    return bounds, leading, trailing


def container_prefix(prefix: str) -> bool:
    """Only container markup (spaces, '>', outer list markers) may precede a list marker."""
    return re.fullmatch(r"(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])?)*[ \t]*", prefix) is not None
