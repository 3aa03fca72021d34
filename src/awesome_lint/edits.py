"""Edits and fixes, and applying edits to a text.

A fix is a set of edits on the original text (never a re-rendering), so every byte that no
edit covers is written back unchanged. This module sits below the rules and the engine: rules
build ``Fix``es and may apply edits themselves (to check a fix's result) without importing the
engine.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``.

    Offsets index ``Source.text`` (the decoded file without its BOM). Write ``"\\n"`` for a new
    line in ``replacement``: the engine turns it into the file's own newline style.
    """

    start: int
    end: int
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    """The edits that resolve one or more findings; all applied or none.

    ``safe`` fixes are applied by ``--fix``; unsafe ones only with ``--unsafe-fixes``. Findings
    may share one ``Fix`` (a renumbered list fixes every break in it): the engine applies it once.
    """

    edits: tuple[Edit, ...]
    safe: bool = True
    description: str = ""
    # verify(new_text) -> bool, run by the engine only when it applies the fix (a re-parse to
    # prove the structure survives costs a parse, which a plain lint should not pay)
    verify: Callable[[str], bool] | None = field(default=None, compare=False, repr=False)
    # the check reads only the old document around the edits: it is called with None rather
    # than the new text (which costs a copy of the whole file per fix: quadratic on a large list)
    local_verify: bool = field(default=False, compare=False, repr=False)


def apply_edits(text: str, edits: Iterable[Edit], newline: str = "\n") -> str:
    """Apply non-overlapping edits (sorted here) to text; ``"\\n"`` in a replacement becomes
    ``newline``."""
    parts = []
    pos = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if e.start < pos or e.end < e.start:
            raise ValueError("overlapping or backward edits")
        parts.append(text[pos : e.start])
        rep = e.replacement
        if newline != "\n" and "\n" in rep:
            rep = re.sub(r"(?<!\r)\n", newline, rep)
        parts.append(rep)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)
