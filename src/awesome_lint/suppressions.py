"""Inline suppressions: ``<!-- awesome-lint-disable[-next-line|-line] [CODES] -->`` and
``<!-- awesome-lint-enable [CODES] -->`` (no codes meaning every rule; a comment inside a code
block or code span is an example, not a suppression)."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .config import Resolver
    from .document import Document
    from .model import Finding


_SUPPRESS = re.compile(r"<!--\s*awesome-lint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->")


class Suppressions:
    """Inline ``<!-- awesome-lint-disable[-next-line|-line] [CODES] -->`` / ``-enable`` comments.

    ``disable``/``enable`` hold from their own line on; no codes means every rule.
    """

    def __init__(self, doc: Document, resolver: Resolver):
        self.lines: list[int] = []  # lines where the state changes
        self.states: list[tuple[bool, frozenset[str], frozenset[str]]] = []  # all, disabled, except
        self.single: dict[int, frozenset[str] | None] = {}
        if "awesome-lint-" not in doc.text:
            return
        all_off, disabled, excepted = False, set(), set()
        for m in _SUPPRESS.finditer(doc.text):
            line, _ = doc.position(m.start())
            if doc.in_code(m.start()):
                continue  # a comment shown as code (a code block or `inline code`) is an example
            kind = m.group(1)
            codes: list[str] = []
            for w in re.split(r"[\s,]+", m.group(2).strip()):
                if w:
                    codes.extend(resolver.expand(w, f"{doc.path}:{line}"))
            if kind in ("disable-next-line", "disable-line"):
                target = line + 1 if kind == "disable-next-line" else line
                old = self.single.get(target, frozenset())
                self.single[target] = None if not codes or old is None else old | frozenset(codes)
                continue
            if kind == "disable":
                if codes:
                    disabled |= set(codes)
                    excepted -= set(codes)
                else:
                    all_off, disabled, excepted = True, set(), set()
            else:
                if codes:
                    disabled -= set(codes)
                    if all_off:
                        excepted |= set(codes)
                else:
                    all_off, disabled, excepted = False, set(), set()
            self.lines.append(line)
            self.states.append((all_off, frozenset(disabled), frozenset(excepted)))

    @property
    def active(self) -> bool:
        return bool(self.lines or self.single)

    def suppressed(self, f: Finding) -> bool:
        if f.line in self.single:
            codes = self.single[f.line]
            if codes is None or f.code in codes:
                return True
        k = bisect.bisect_right(self.lines, f.line) - 1
        if k < 0:
            return False
        all_off, disabled, excepted = self.states[k]
        return (all_off and f.code not in excepted) or f.code in disabled
