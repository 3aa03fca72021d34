"""Where an offset is, as reporters need it: a line and column counted as the findings count
them (1-based code points, a lone CR ending a line as it does for the parser), the same column
in UTF-16 code units (SARIF consumers such as GitHub code scanning, and JavaScript editors, count
that way), and how many terminal cells a piece of a line takes (to put a caret under a finding
in a line with CJK text or emoji)."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right

from ..mdtext import line_starts

_NEWLINE_IN_REPLACEMENT = re.compile(r"(?<!\r)\n")


class LineIndex:
    """Line starts of one text: 8 bytes a line, not a copy of every line."""

    __slots__ = ("text", "starts")

    def __init__(self, text: str):
        self.text = text
        self.starts = line_starts(text, array("q", [0]))

    def __len__(self) -> int:
        return len(self.starts)

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column), 1-based, of an offset; the column counts code points."""
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def line(self, line: int) -> str | None:
        """Line ``line`` without its line ending; None past the end."""
        if not 0 < line <= len(self.starts):
            return None
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        s = self.text[start:end]
        if s.endswith("\n"):
            s = s[:-1]
        return s[:-1] if s.endswith("\r") else s

    def utf16_column(self, line: int, column: int) -> int:
        """The code-point ``column`` of ``line`` counted in UTF-16 code units (1-based)."""
        start = self.starts[line - 1] if 0 < line <= len(self.starts) else 0
        before = self.text[start : start + column - 1]
        if before.isascii():
            return column
        return len(before.encode("utf-16-le")) // 2 + 1


def with_newline(replacement: str, newline: str) -> str:
    """An edit's replacement as it is written to the file: ``"\\n"`` in the file's own newline
    (as ``edits.apply_edits`` writes it)."""
    if newline != "\n" and "\n" in replacement:
        return _NEWLINE_IN_REPLACEMENT.sub(newline, replacement)
    return replacement


def display_width(s: str) -> int:
    """Terminal cells ``s`` takes: 2 for a wide character (CJK, most emoji: East Asian width W or
    F), 0 for a combining mark, a format or control character, 1 otherwise; an emoji sequence
    counts once: what follows a zero-width joiner joins the emoji before it, a skin tone
    modifies it, and VS16 makes a narrow symbol an emoji (``❤️``).

    ``unicodedata`` rather than wcwidth: wcwidth 0.7 costs 10-26 ms to import (its tables and
    its own textwrap), a tenth of a pre-commit run on a small list, and the rules above are the
    part of its answer a caret needs. Imported only for a line that is not ASCII."""
    if s.isascii():
        return len(s)
    width = len(s)  # an ASCII character is one cell: only the runs of others are read
    for m in _NON_ASCII.finditer(s):
        run = m.group()
        width += _run_width(run, 1 if m.start() else 0) - len(run)
    return width


def _run_width(run: str, last: int) -> int:
    """The cells of a run of non-ASCII characters; ``last`` is the width of the character
    before it (a VS16 may widen it)."""
    from unicodedata import category, east_asian_width

    width = 0
    joined = False
    for ch in run:
        cp = ord(ch)
        if cp == 0x200D:  # zero-width joiner: the next character is part of this emoji
            joined = True
            continue
        if joined:
            joined = False
            continue
        if cp == 0xFE0F:  # emoji presentation: a narrow symbol shown as an emoji is wide
            if last == 1:
                width += 1
                last = 2
            continue
        if 0x1F3FB <= cp <= 0x1F3FF and last == 2:  # a skin tone of the emoji before it
            continue
        if category(ch) in _ZERO_WIDTH:
            last = 0
            continue
        last = 2 if east_asian_width(ch) in "WF" else 1
        width += last
    return width


_ZERO_WIDTH = frozenset(("Mn", "Me", "Cf", "Cc", "Zl", "Zp"))
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
