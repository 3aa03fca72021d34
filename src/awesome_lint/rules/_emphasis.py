"""How AL015 reads emphasis that cannot close (`by *Chung, H., & Choi, E. *`) or open
(`(** oral**)`).

CommonMark closes `*` or `**` only where the run is right-flanking: not after a space; and it
opens one only where the run is left-flanking: not before a space. An author list typed
`*Lee, A., & Choi, E. *` therefore shows both asterisks on the page and no italics, and so
does `(** oral**)`. Dropping the space makes the emphasis its author meant. Pure string work; the rule
turns what this returns into findings and safe fixes."""

from __future__ import annotations

import re

from ..document import Document, Entry

# an opening run (`*`, `**`) after a space or an opening bracket, glued to its first word, the
# text of one line with no asterisk in it, then spaces and the same run before a space, a mark
# or the line's end: that run cannot close, since a space precedes it
_UNCLOSED = re.compile(r"(?<![^\s(\[{\"'])(\*{1,2})(?=[^\s*])[^*\n]*?[^\s*\\]([ \t]+)\1(?=[ \t,.;:)\]]|$)", re.M)

# the mirror: an opening run a space follows (`(** oral**)`), which cannot open
_UNOPENED = re.compile(r"(?<![^\s(\[{\"'])(\*{1,2})([ \t]+)(?=[^\s*])[^*\n]*?[^\s*\\]\1(?=[ \t,.;:)\]]|$)", re.M)


def unclosed(doc: Document, entries: list[Entry]) -> list[tuple[int, int, bool]]:
    """(start, end, opening) of the spaces that keep an entry's emphasis from closing (before
    the closing run) or opening (after the opening run, ``opening`` True), outside code spans,
    where markdown-it confirms the span renders with no emphasis."""
    out = []
    text = doc.text
    for e in entries:
        body = text[e.start:e.end]
        if "*" not in body:
            continue
        for opening, pattern in ((False, _UNCLOSED), (True, _UNOPENED)):
            for m in pattern.finditer(body):
                s, t = e.start + m.start(2), e.start + m.end(2)
                if doc.in_code(e.start + m.start()) or doc.in_code(s) or _renders_emphasis(m.group()):
                    continue
                out.append((s, t, opening))
    out.sort()
    return out


def _renders_emphasis(span: str) -> bool:
    from ..parsing import inline_tokens

    return any(t.type in ("em_open", "strong_open") for t in inline_tokens(span))
