"""The line a match of a scan down the text stands on, for AL027's article and doubled-word
checks: its bounds, whether it holds letters of another language, and whether a word opens a
sentence there. Each line is read once, however many matches it holds (a hostile line of
20,000 articles is read once, not 20,000 times)."""

from __future__ import annotations

import re

FOREIGN = re.compile(r"[À-ÖØ-öø-ÿĀ-ž]")  # `a interface`, `a aplicação`: Portuguese, Italian … say `a`
# what may stand right before a capital word that opens a sentence, a description or a cell
_OPENERS = set("-*+|[(:.!?>\"“—–#")


class LineCursor:
    """The current line of a scan that moves down ``text``: ``start``, ``end`` and ``foreign``."""

    __slots__ = ("text", "start", "end", "foreign")

    def __init__(self, text: str):
        self.text = text
        self.start = self.end = -1
        self.foreign = False

    def at(self, pos: int) -> bool:
        """Move to the line of ``pos`` (at or after the current one); True when it is a new line."""
        if pos < self.end:
            return False
        text = self.text
        self.start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        self.end = len(text) if end < 0 else end
        self.foreign = FOREIGN.search(text, self.start, self.end) is not None
        return True

    def opens(self, at: int) -> bool:
        """Whether the word at ``at`` opens a sentence, a description, a cell or a paragraph
        (`Command A interleaves`, `Lee A et al.`: a name or a variable inside a sentence)."""
        text, j = self.text, at
        while j > self.start and text[j - 1] in " \t":
            j -= 1
        if j == self.start:  # a line's start: a paragraph's only (a wrapped sentence goes on there)
            return self.start == 0 or text[max(0, self.start - 2):self.start - 1] in ("\n", "")
        return text[j - 1] in _OPENERS or text[max(self.start, j - 2):j] in ("**", "__")
