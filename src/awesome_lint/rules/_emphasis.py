"""How AL015 reads emphasis that cannot close (`by *Chung, H., & Choi, E. *`).

CommonMark closes `*` or `**` only where the run is right-flanking: not after a space. An
author list typed `*Lee, A., & Choi, E. *` therefore shows both asterisks on the page and no
italics. Dropping the space closes the emphasis as its author meant. Pure string work; the rule
turns what this returns into findings and safe fixes."""

from __future__ import annotations

import re

from ..document import Document, Entry

# an opening run (`*`, `**`) after a space or an opening bracket, glued to its first word, the text of one line with no asterisk in
# it, then spaces and the same run before a space, a mark or the line's end: that run cannot
# close, since a space precedes it
_UNCLOSED = re.compile(r"(?<![^\s(\[{\"'])(\*{1,2})(?=[^\s*])[^*\n]*?[^\s*\\]([ \t]+)\1(?=[ \t,.;:)\]]|$)", re.M)


def unclosed(doc: Document, entries: list[Entry]) -> list[tuple[int, int]]:
    """(start, end) of the spaces before an entry's emphasis run that therefore stays open,
    outside code spans, where markdown-it confirms the span renders with no emphasis."""
    out = []
    text = doc.text
    for e in entries:
        body = text[e.start:e.end]
        if "*" not in body:
            continue
        for m in _UNCLOSED.finditer(body):
            s, t = e.start + m.start(2), e.start + m.end(2)
            if doc.in_code(e.start + m.start()) or doc.in_code(s) or _renders_emphasis(m.group()):
                continue
            out.append((s, t))
    return out


def _renders_emphasis(span: str) -> bool:
    from ..parsing import inline_tokens

    return any(t.type in ("em_open", "strong_open") for t in inline_tokens(span))
