"""Marks typed into a page that GitHub shows as they are, for AL015: LaTeX's quotes (```Finding''`),
a list marker inside a heading (`## - 2014` beside `## 2017`), an HTML heading closed by a
second opening tag (`<h3> Statistics <h3>`), an affiliation's mark left on an author's name
(`Wang1 et al.`, `Yuan* et al`). Each is a slip of a habit written right around it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..document import Document
from ..model import Edit, Fix
from ..textutil import in_spans

# ``word …'': TeX's opening and closing quotes, pasted from a paper's source
_TEX_QUOTES = re.compile(r"(?<![`\w])``(?=[A-Za-z])([^`'\n]{1,80})''(?![`'])")
_MARKED_HEADING = re.compile(r"^(#{1,6})[ \t]+([-*+])[ \t]+(?=\S)", re.M)
_ANY_HEADING = re.compile(r"^(#{1,6})[ \t]+\S", re.M)
# where GitHub shows no Markdown: comments, `<pre>` blocks, math (TeX's quotes are right there)
# (each alternative opens with its literal, so the scan skips to `<` and `$`: a look-behind first
# would be tried at every position of a long list)
_HIDDEN = re.compile(r"<!--.*?-->|<pre\b.*?</pre>|\$\$.*?\$\$|\$[^$\n]+\$", re.S | re.I)


@lru_cache(maxsize=2)
def hidden(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` no Markdown is read in: HTML comments, `<pre>` blocks, math (not a
    `\\$` escaped). Read once a text, for every check that asks."""
    if "<!--" not in text and "<pre" not in text and "<PRE" not in text and "$" not in text:
        return []
    return [m.span() for m in _HIDDEN.finditer(text) if text[m.start() - 1:m.start()] != "\\"]


_REOPENED = re.compile(r"<(h[1-6])(?:\s[^<>]*)?>([^<>\n]{1,80})<\1>", re.I)


def tex_quotes(doc: Document) -> Iterator[tuple[int, int, str, Fix]]:
    """(start, end, message, fix) of each ```quoted''` span outside code: Markdown has no such
    quotes, GitHub shows the backticks and apostrophes."""
    text = doc.text
    if "``" not in text:
        return
    skip = hidden(text)
    for m in _TEX_QUOTES.finditer(text):
        if doc.in_code(m.start()) or doc.in_code(m.end() - 1) or in_spans(skip, m.start()):
            continue
        fix = Fix((Edit(m.start(), m.start() + 2, "\u201c"), Edit(m.end() - 2, m.end(), "\u201d")), False,
                  "write typographic quotes")
        yield m.start(), m.end(), (f"LaTeX quotes {m.group()!r}: GitHub shows the backticks and apostrophes; "
                                   "write \u201c\u201d or \"\""), fix


def marked_headings(doc: Document) -> Iterator[tuple[int, int, str, Fix | None]]:
    """A heading whose text starts with a list marker (`## - 2014`) where most headings of its
    level start with their words (`## 2017`): the marker is shown, and is in the anchor."""
    text = doc.text
    marked = [m for m in _MARKED_HEADING.finditer(text) if not doc.in_code(m.start())]
    if not marked:
        return
    skip = hidden(text)
    marked = [m for m in marked if not in_spans(skip, m.start())]
    levels: dict[int, int] = {}
    for m in _ANY_HEADING.finditer(text):
        if not doc.in_code(m.start()):
            levels[len(m.group(1))] = levels.get(len(m.group(1)), 0) + 1
    for m in marked:
        n = len(m.group(1))
        if levels.get(n, 0) - sum(1 for x in marked if len(x.group(1)) == n) < 2 * sum(
                1 for x in marked if len(x.group(1)) == n):
            continue  # the level's habit, or too few headings to tell
        yield m.start(2), m.end(), (f"heading starts with a list marker {m.group(2)!r}, where the other level-{n} "
                                    "headings start with their words: GitHub shows it"), None


def reopened_html_headings(doc: Document) -> Iterator[tuple[int, int, str, Fix]]:
    """`<h3> Statistics <h3>`: the second tag opens another heading where a closing `</h3>` was
    meant, and the rest of the page until the next closing tag is that heading."""
    text = doc.text
    if "<h" not in text and "<H" not in text:
        return
    skip = hidden(text)
    for m in _REOPENED.finditer(text):
        if doc.in_code(m.start()) or in_spans(skip, m.start()):
            continue
        close = m.end() - len(m.group(1)) - 2
        fix = Fix((Edit(close + 1, close + 1, "/"),), False, f"close the heading with </{m.group(1)}>")
        yield close, m.end(), (f"<{m.group(1)}> opened again where </{m.group(1)}> was meant: the heading never "
                               "closes"), fix


# `(Wang1 et al.`, `Ruifeng Yuan1 et al`: the affiliation digit or footnote star copied with a name
# after `(` or a given name (not `with Llama2 et al.`, a model's version) (read
# backwards from each `et al`: a pattern opening with a look-behind would be tried everywhere)
_MARKED_AUTHOR = re.compile(r"(?:\(|[A-Z][a-z]+[ \t])([A-Z][a-z]+)(\d{1,2}|\*{1,2}|†),?[ \t]+$")
_ET_AL = re.compile(r"et[ \t]+al\b")


def marked_authors(doc: Document) -> Iterator[tuple[int, int, str, Fix]]:
    """An author's name before `et al` inside a link's text (`[MaskGCT (Wang1 et al., 2024)](…)`)
    with a digit, a star or a dagger glued to it: an affiliation's mark pasted from the paper's
    first page. (An entry's author line is the author check's, voted against the file's habit.)"""
    text = doc.text
    if "et al" not in text:
        return
    labels = None
    for e in _ET_AL.finditer(text):
        at = max(0, e.start() - 40)
        m = _MARKED_AUTHOR.search(text, at, e.start())
        if m is None:
            continue
        if labels is None:  # (built for the first candidate only)
            labels = sorted((k.label_start, k.label_end) for k in doc.links if k.label_end > k.label_start)
        if doc.in_code(m.start()) or in_spans(hidden(text), m.start()) or not in_spans(labels, m.start()):
            continue
        fix = Fix((Edit(m.start(2), m.end(2), ""),), False, f"write {m.group(1)}")
        written = text[m.start(1):m.end(2)]
        yield m.start(2), m.end(2), (f"{written!r} before 'et al': the mark {m.group(2)!r} of an affiliation or a "
                                     "footnote, pasted with the name"), fix
