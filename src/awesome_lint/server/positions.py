"""Positions as the protocol counts them and as the engine does.

The engine counts code points (lines and columns 1-based, offsets into the text). The protocol
counts lines from 0 and characters in UTF-16 code units unless the client and server agreed on
UTF-8 or UTF-32: an emoji is one code point but two UTF-16 units, and awesome lists are full of
them. Lines end at ``\\n``, ``\\r\\n`` or a lone ``\\r`` in both (the model counts a lone CR as
markdown-it does), and nowhere else: ``str.splitlines`` also breaks at U+2028 and form feeds,
which would shift every position after one.
"""

from __future__ import annotations

import re

from ..mdtext import line_starts

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # two UTF-16 units each


def units(s: str, encoding: str = UTF16) -> int:
    """The length of ``s`` in the encoding's code units."""
    if encoding == UTF16:
        return len(s) + len(_ASTRAL.findall(s)) if not s.isascii() else len(s)
    if encoding == UTF8:
        return len(s.encode("utf-8", "surrogatepass"))
    return len(s)


def code_points(s: str, count: int, encoding: str = UTF16) -> int:
    """How many code points of ``s`` make up its first ``count`` code units (a position inside a
    character counts as the character's start; past the end, the end)."""
    if encoding == UTF32 or s.isascii():
        return max(0, min(count, len(s)))
    used = 0
    for i, ch in enumerate(s):
        if used >= count:
            return i
        o = ord(ch)
        used += (1 if o < 0x10000 else 2) if encoding == UTF16 else (1 if o < 0x80 else 2 if o < 0x800 else 3 if o < 0x10000 else 4)
        if used > count:
            return i
    return len(s)


class LineIndex:
    """Where each line of a text starts, for converting offsets and protocol positions."""

    __slots__ = ("text", "starts", "encoding")

    def __init__(self, text: str, encoding: str = UTF16):
        self.text = text
        self.encoding = encoding
        self.starts = line_starts(text)

    def line_span(self, line: int) -> tuple[int, int]:
        """(start, end) offsets of 0-based ``line`` without its line ending."""
        start = self.starts[line]
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        text = self.text
        if end > start and text[end - 1] == "\n":
            end -= 1
        if end > start and text[end - 1] == "\r":
            end -= 1
        return start, end

    def position(self, offset: int) -> tuple[int, int]:
        """The protocol's (line, character) of an offset (clamped to the text)."""
        import bisect

        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        start, end = self.line_span(line)
        return line, units(self.text[start:min(offset, end)], self.encoding)

    def offset(self, line: int, character: int) -> int:
        """The offset of a protocol position; a line past the end means the end of the text, a
        character past the end of its line the line's end (as the protocol says)."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start, end = self.line_span(line)
        return start + code_points(self.text[start:end], max(0, character), self.encoding)

    def from_engine(self, line: int, column: int) -> tuple[int, int]:
        """The protocol's (line, character) of the engine's 1-based line and code-point column."""
        if line < 1:
            return 0, 0
        if line > len(self.starts):
            return self.position(len(self.text))
        start, end = self.line_span(line - 1)
        return line - 1, units(self.text[start:min(start + max(column, 1) - 1, end)], self.encoding)
