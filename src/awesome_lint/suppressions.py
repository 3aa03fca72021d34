"""Inline suppressions: ``<!-- awesome-lint-disable[-next-line|-line|-file] [CODES] -->`` and
``<!-- awesome-lint-enable [CODES] -->`` (no codes meaning every rule; a comment inside a code
block or code span is an example, not a suppression).

A comment that cannot be understood (an unknown rule code, a misspelt directive) never stops the
run: it is a warning (``problems``) and suppresses nothing it does not name; which comments
suppressed something is recorded, so the opt-in rule AL020 can report those that did not."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .model import InputError

if TYPE_CHECKING:
    from .config import Resolver
    from .document import Document
    from .model import Finding

DIRECTIVES = ("disable", "disable-line", "disable-next-line", "disable-file", "enable")
# Anything that looks meant for awesome-lint: the directive is checked afterwards, so a slip
# (`disable-nextline`, `awesomelint-disable`) is reported instead of read as something else.
_COMMENT = re.compile(r"<!--\s*(awesome[-_ ]?lint)([-_:]?)\s*([A-Za-z_-]*)([^>]*?)-->", re.I)


@dataclass
class Directive:
    """One suppression comment: where it is, what it says, which of its codes were used."""

    kind: str
    line: int
    column: int
    end_column: int
    text: str
    codes: frozenset[str] | None  # None: every rule
    named: tuple[str, ...] = ()  # the known codes as written, in order
    used: set[str | None] = field(default_factory=set)  # codes it suppressed (None: it has no codes)

    def unused_codes(self) -> list[str] | None:
        """The codes that suppressed nothing; [] when all did; None when the comment (one
        without codes) suppressed nothing at all."""
        if self.codes is None:
            return None if not self.used else []
        return [c for c in self.named if c not in self.used]


@dataclass
class Problem:
    """A suppression comment that cannot be (fully) understood."""

    line: int
    column: int
    end_column: int
    message: str


class Suppressions:
    """The suppression comments of one document, and whether a finding is suppressed."""

    def __init__(self, doc: Document, resolver: Resolver):
        self.directives: list[Directive] = []
        self.problems: list[Problem] = []
        self.lines: list[int] = []  # lines where the region state changes
        # per change: (directive disabling every rule or -1, {code: directive}, codes re-enabled)
        self.states: list[tuple[int, dict[str, int], frozenset[str]]] = []
        self.single: dict[int, list[int]] = {}  # line -> directives for that line alone
        self.whole: list[int] = []  # disable-file directives
        text = doc.text
        if "<!--" not in text:
            return
        all_off, by_code, excepted = -1, {}, set()
        for m in _COMMENT.finditer(text):
            if doc.in_code(m.start()):
                continue  # a comment shown as code (a code block or `inline code`) is an example
            line, col = doc.position(m.start())
            end_col = col + len(m.group(0))
            kind = self._kind(m, line, col, end_col)
            if kind is None:
                continue
            codes, named = self._codes(m.group(4), resolver, line, col, end_col)
            i = len(self.directives)
            self.directives.append(Directive(kind, line, col, end_col, m.group(0), codes, named))
            if kind in ("disable-next-line", "disable-line"):
                self.single.setdefault(line + 1 if kind == "disable-next-line" else line, []).append(i)
                continue
            if kind == "disable-file":
                self.whole.append(i)
                continue
            if kind == "disable":
                if codes is None:
                    all_off, by_code, excepted = i, {}, set()
                else:
                    by_code = {**by_code, **{c: i for c in codes}}
                    excepted -= codes
            elif codes is None:
                all_off, by_code, excepted = -1, {}, set()
            else:
                by_code = {c: d for c, d in by_code.items() if c not in codes}
                if all_off >= 0:
                    excepted |= codes
            self.lines.append(line)
            self.states.append((all_off, by_code, frozenset(excepted)))

    def _kind(self, m: re.Match, line: int, col: int, end_col: int) -> str | None:
        """The directive of a comment, or None (a problem recorded when it looks like a slip)."""
        prefix, sep, word = m.group(1), m.group(2), m.group(3)
        if prefix == "awesome-lint" and sep == "-" and m.start(3) == m.end(2) and word in DIRECTIVES:
            return word
        import difflib  # only for a comment that is not a directive as written

        guess = word.lower().replace("_", "-").strip("-")
        close = difflib.get_close_matches(guess, DIRECTIVES, n=1, cutoff=0.75)
        if prefix != "awesome-lint" or sep != "-" or m.start(3) != m.end(2):
            if not close:
                return None  # prose that mentions the tool, not a directive
        shown = m.string[m.start(1):m.end(3)]
        hint = f"; did you mean `awesome-lint-{close[0]}`?" if close else \
            f"; the directives are {', '.join('`awesome-lint-' + d + '`' for d in DIRECTIVES)}"
        self.problems.append(Problem(line, col, end_col,
                                     f"unknown suppression directive `{shown}`: the comment is ignored{hint}"))
        return None

    def _codes(self, rest: str, resolver: Resolver, line: int, col: int,
               end_col: int) -> tuple[frozenset[str] | None, tuple[str, ...]]:
        words = [w for w in re.split(r"[\s,]+", rest.strip()) if w]
        if not words:
            return None, ()
        named: list[str] = []
        for w in words:
            try:
                named.extend(c for c in resolver.expand(w, "") if c not in named)
            except InputError:
                self.problems.append(Problem(line, col, end_col,
                                             f"unknown rule `{w}` in a suppression comment: it suppresses nothing"))
        return frozenset(named), tuple(named)  # only unknown codes: nothing, never every rule

    @property
    def active(self) -> bool:
        return bool(self.lines or self.single or self.whole)

    def _hits(self, i: int, code: str, named: bool = False) -> bool:
        d = self.directives[i]
        if d.codes is None:
            if named:
                return False
            d.used.add(None)
            return True
        if code in d.codes:
            d.used.add(code)
            return True
        return False

    def suppressed(self, f: Finding, named: bool = False) -> bool:
        """Whether ``f`` is suppressed (by a comment for its line, the file, or the region it
        is in); the comment that does it is marked as used. ``named``: only by a comment that
        names its rule (AL020's findings: a comment without codes is what they are about)."""
        code = f.code
        for i in self.single.get(f.line, ()):
            if self._hits(i, code, named):
                return True
        for i in self.whole:
            if self._hits(i, code, named):
                return True
        k = bisect.bisect_right(self.lines, f.line) - 1
        if k < 0:
            return False
        all_off, by_code, excepted = self.states[k]
        if code in by_code:
            return self._hits(by_code[code], code)
        if all_off >= 0 and code not in excepted:
            return self._hits(all_off, code, named)
        return False

    def unused(self) -> list[tuple[Directive, list[str] | None]]:
        """(comment, its codes that suppressed nothing, or None for a comment without codes
        that suppressed nothing) for every disabling comment with something unused."""
        out = []
        for d in self.directives:
            if d.kind == "enable" or (d.codes is not None and not d.codes):
                continue  # an enable suppresses nothing; unknown-only codes are a problem already
            left = d.unused_codes()
            if left is None or left:
                out.append((d, left))
        return out
