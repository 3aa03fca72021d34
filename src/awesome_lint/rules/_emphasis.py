"""How AL015 reads emphasis that cannot close (`by *Chung, H., & Choi, E. *`) or open
(`(** oral**)`).

CommonMark closes `*` or `**` only where the run is right-flanking: not after a space; and it
opens one only where the run is left-flanking: not before a space. An author list typed
`*Lee, A., & Choi, E. *` therefore shows both asterisks on the page and no italics, and so
does `(** oral**)`. Dropping the space makes the emphasis its author meant. Pure string work; the rule
turns what this returns into findings and safe fixes."""

from __future__ import annotations

import functools
import re

from ..document import Document, Entry

# an opening run (`*`, `**`) after a space, an opening bracket or a quote, glued to its first
# word (a letter: `2 ** 10` is arithmetic), the text of one line and one table cell with no
# asterisk in it, then spaces and the same run before a space, a mark
# or the line's end: that run cannot close, since a space precedes it
_UNCLOSED = re.compile(r"(?<![^\s(\[{\"'])(\*{1,2})(?=[^\W\d_])[^*\n|]*?[^\s*\\|]([ \t]+)\1(?=[ \t,.;:)\]]|$)", re.M)

# the mirror: an opening run a space follows (`(** oral**)`), which cannot open, then a word
_UNOPENED = re.compile(r"(?<![^\s(\[{\"'])(\*{1,2})([ \t]+)(?=[^\W\d_])[^*\n|]*?[^\s*\\|]\1(?=[ \t,.;:)\]]|$)", re.M)


def unclosed(doc: Document, entries: list[Entry]) -> list[tuple[int, int, bool]]:
    """(start, end, opening) of the spaces that keep an entry's emphasis from closing (before
    the closing run) or opening (after the opening run, ``opening`` True), outside code spans
    and table cells' borders, where markdown-it, reading the whole line, renders one more
    emphasis and two runs fewer of literal asterisks once the space is gone (`*O(n * m)*` is
    emphasis already, and stays unreported). At most :data:`MAX_CANDIDATES` per file are
    weighed: a file of arithmetic is not parsed line by line twice."""
    out = []
    text = doc.text
    weighed = 0
    for e in entries:
        body = text[e.start:e.end]
        if "*" not in body:
            continue
        for opening, pattern in ((False, _UNCLOSED), (True, _UNOPENED)):
            for m in pattern.finditer(body):
                s, t = e.start + m.start(2), e.start + m.end(2)
                if doc.in_code(e.start + m.start()) or doc.in_code(s):
                    continue
                weighed += 1
                if weighed > MAX_CANDIDATES:
                    return sorted(out)
                if _closes(text, s, t, len(m.group(1))):
                    out.append((s, t, opening))
    return sorted(out)


#: candidates weighed per file at most (each costs two inline parses of its line)
MAX_CANDIDATES = 200


def _closes(text: str, s: int, t: int, run: int) -> bool:
    """Whether dropping text[s:t] makes its line render one more emphasis, with ``2 * run``
    fewer literal asterisks."""
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", t)
    b = len(text) if b < 0 else b
    before = _shape(text[a:b])
    after = _shape(text[a:s] + text[t:b])
    return after[0] == before[0] + 1 and after[1] == before[1] - 2 * run


@functools.lru_cache(maxsize=64)
def _shape(line: str) -> tuple[int, int]:
    """(emphasis runs opened, literal asterisks shown) of one line as markdown-it renders it
    (kept a while: a line with two candidates is parsed as written once)."""
    from ..parsing import inline_tokens

    tokens = inline_tokens(line)
    opened = sum(1 for k in tokens if k.type in ("em_open", "strong_open"))
    return opened, sum(k.content.count("*") for k in tokens if k.type == "text")
