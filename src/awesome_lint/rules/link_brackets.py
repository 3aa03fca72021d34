"""AL007's bracket reading: where a bracket is left unmatched and which stray brackets may be
broken links (the patterns of link-like text GitHub does not render as a link), with code
masked out of a block; and small word helpers. Kept apart from the rule's checks."""

from __future__ import annotations

import bisect
import re

from ..document import Document
from ..inline import Link


# `[[code]]` with nothing after it: a label that lost its URL
BARE_LABEL = re.compile(r"\[\[([A-Za-z][\w .~*-]{0,24})\]\](?![(\[:\]])")


# `](url` outside any link: the brackets before it do not balance
CLOSE_PAREN = re.compile(r"\]\((?=https?://|www\.|#|\.{0,2}/)")


BRACKET_TOKEN = re.compile(r"\\.|[\[\]]", re.S)


GAP_PAREN = re.compile(r"\][ \t]+\(")  # every `[text] (url)` has it


# `[text](words with spaces)` or `[code](https: //…)`: a target GitHub cannot read, so no link
# (the scanner found no link there); a title after the URL (`(url "title")`) makes a link
TEXT_TARGET = re.compile(r"\[(\[[^\[\]\n]{1,60}\]|[^\[\]\n]{1,300})\]\((?!https?://|www\.|#|\.{0,2}/|<)([^()\n]{0,300}?[^()\s][ \t]+[^()\n]{0,300})\)")


# `[Link(https://…)`: `](` lost its `]`
OPEN_PAREN = re.compile(r"\[(?<![\\!]\[)([A-Za-z][\w .-]{0,24})\((?=https?://)")


# `- sveltednd(https://…) - A library`: an item's name and its URL, the brackets of the link lost
BARE_NAME_URL = re.compile(r"(?m)^[ \t]*[-*+][ \t]+([A-Za-z][\w.-]{0,40})\((https?://[^\s()]+)\)(?=[ \t]+[-–—:][ \t])")


# `[[https://…)]`: a URL where the label and `](` should be (GitHub autolinks no URL right after
# a '[': it all shows as text)
URL_LABEL = re.compile(r"\[(?<![\\!]\[)\[?(https?://[^\s\[\]()<>]+)\)\]?")


# `[name][https://…]`: the URL in square brackets, a reference to a label never defined
SQUARE_URL = re.compile(r"\[(?<![\\!\]]\[)([^\[\]\n]{1,200})\]\[(https?://[^\s\[\]<>]+)\](?![(\[:])")


# `[whynotmake.it]`: a host name in brackets, with no target
BRACKET_HOST = re.compile(r"\[(?<![\\!\]]\[)((?:[a-z0-9-]+\.)+(?:com|org|net|io|it|dev|ai|app|edu|co|me))\](?![(\[:])")


# The patterns that must not follow a backslash, '!' or ']' say so in a look-behind placed after
# their '[' (``\[(?<![\\!]\[)``), not before it: a pattern that starts with a look-behind is
# tried at every character (0.07-0.09 s each on a 5 MB list), one that starts with '[' only at '['.


def bracket_suspects(doc: Document, links: list[Link], in_link, blocks: list[tuple[int, int, int]],
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
        if not has_code(start, end) and not closed(text, p, start, end):
            out.append(p)
    out.extend(m.start() for m in GAP_PAREN.finditer(text))
    out.extend(p for p in (m.start() for m in CLOSE_PAREN.finditer(text)) if not in_link(p))
    out.extend(p for p in (m.start() for m in BARE_LABEL.finditer(text)) if not (in_link(p) or in_link(p + 1)))
    for rx in (TEXT_TARGET, OPEN_PAREN, URL_LABEL, SQUARE_URL, BRACKET_HOST):
        out.extend(p for p in (m.start() for m in rx.finditer(text)) if not in_link(p))
    out.sort()
    return out


def closed(text: str, p: int, start: int, end: int) -> bool:
    """The '[' at ``p`` is escaped, or a ']' closes it before ``end``: what
    :func:`unmatched_open` decides for it scanning ``text[start:end]`` (a backslash escapes the
    next character; brackets pair as a stack, so '[' at ``p`` closes when the count of open
    brackets from it drops to zero)."""
    q = p
    while q > start and text[q - 1] == "\\":
        q -= 1
    if (p - q) % 2:
        return True  # an odd run of backslashes: the '[' is escaped, not a bracket
    depth = 1
    for m in BRACKET_TOKEN.finditer(text, p + 1, end):
        ch = m.group()
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if not depth:
                return True
    return False


def mask_code(doc: Document, base: int, block: str) -> str:
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


def unmatched_open(text: str) -> list[int]:
    """Offsets of '[' that no ']' closes (escapes honoured)."""
    stack: list[int] = []
    for m in BRACKET_TOKEN.finditer(text):
        ch = m.group()
        if ch == "[":
            stack.append(m.start())
        elif ch == "]" and stack:
            stack.pop()
    return stack


def same_run(text: str, a: int, b: int) -> bool:
    """a and b lie in one run of text without white space (one malformed link)."""
    return a <= b and not re.search(r"\s", text[a:b])


def near(word: str, target: str) -> bool:
    """``word`` is ``target`` with one letter added, dropped, changed or two swapped."""
    if word == target or abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        diff = [i for i in range(len(word)) if word[i] != target[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and word[diff[0]] == target[diff[1]] and word[diff[1]] == target[diff[0]])
    short, long_ = (word, target) if len(word) < len(target) else (target, word)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def month_name(yymm: str) -> str:
    return f"20{yymm[:2]}-{yymm[2:]}"
