"""Choosing the fixes one ``--fix`` pass applies.

A rule's fix must be edits inside the text that do not overlap each other (else the rule counts
as crashed); a fix that would change part of a code span or code block is dropped. A pass takes
the allowed fixes (safe, or unsafe with ``--unsafe-fixes``; with ``--since`` only on changed
lines) in text order, skips any whose edits conflict with one already chosen, and runs the
chosen fixes' ``verify``; when a check fails, the pass chooses again without that fix.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from .edits import Fix, apply_edits

if TYPE_CHECKING:
    from .document import Document
    from .model import Finding


def fix_key(fix: Fix) -> tuple:
    """What identifies a fix across passes (its edits), for remembering rejected ones."""
    return tuple((e.start, e.end, e.replacement) for e in fix.edits)


def check_fix_edits(fix: Fix, length: int) -> None:
    """A rule's fix must be edits in the text that do not overlap each other."""
    pos = 0
    for e in sorted(fix.edits, key=lambda e: (e.start, e.end)):
        if not (pos <= e.start <= e.end <= length):
            raise ValueError(f"invalid fix: edit ({e.start}, {e.end}) overlaps another or leaves the text")
        pos = e.end


def code_ranges(doc: Document) -> list[tuple[int, int]]:
    """Offsets of code blocks and code spans, sorted (non-overlapping)."""
    ranges = [(doc.line_starts[a - 1], doc.line_end(b)) for a, b in doc.code_blocks if a <= doc.line_count]
    if "`" in doc.text:
        ranges.extend(doc.code_spans)
    ranges.sort()
    return ranges


def touches_code(code: list[tuple[int, int]], fix: Fix) -> bool:
    """An edit that changes part of a code span or code block (covering a whole one, as moving or
    deleting an entry does, is fine)."""
    for e in fix.edits:
        k = bisect.bisect_left(code, (e.end, e.end))  # ranges starting before the edit's end
        k = min(k + 1, len(code))
        while k > 0:
            k -= 1
            s, t = code[k]
            if t <= e.start:
                break  # ranges are disjoint and sorted: earlier ones end earlier
            inside = s < e.end and e.start < t or (e.start == e.end and s < e.start < t)
            if inside and not (e.start <= s and t <= e.end):
                return True
    return False


def plan_fixes(findings: list[Finding], text: str, unsafe: bool, rejected: set[tuple],
               only: set[int] | None = None) -> list[Fix]:
    """The fixes one pass applies: allowed (safe, or unsafe with ``unsafe``; on ``only`` lines
    with --since), not rejected before, not overlapping an earlier one, and accepted by their own
    ``verify``. Fixes that fail ``verify`` are added to ``rejected``."""
    fixes = [f.fix for f in findings if f.fix is not None and (f.fix.safe or unsafe)
             and (only is None or f.line in only)]
    passed: set[int] = set()
    while True:  # a fix whose check fails may have kept out another one: choose again without it
        chosen = choose_fixes([fx for fx in fixes if fix_key(fx) not in rejected])
        failed = False
        for fx in chosen:
            if fx.verify is None or id(fx) in passed:
                continue
            if fx.verify(None if fx.local_verify else apply_edits(text, fx.edits)):
                passed.add(id(fx))
            else:
                rejected.add(fix_key(fx))  # its rule's check of the result failed: leave it
                failed = True
        if not failed:
            return chosen


def _conflict(a: int, b: int, s: int, t: int) -> bool:
    """Edit [a, b) cannot be applied with edit [s, t): they overlap, or both insert at one
    place, or one inserts where the other starts (the order would be a guess)."""
    return a < t and s < b or (a == b == s == t) or (a == s and (a == b or s == t))


def choose_fixes(fixes: list[Fix]) -> list[Fix]:
    """Fixes whose edits conflict with no edit of an earlier chosen fix (in text order).

    The chosen edits are kept sorted by start; they never overlap or nest, so their ends are in
    order too, and an edit need only be compared with its neighbours there: linear in the
    number of fixes, where comparing with every chosen edit was quadratic (7 s of a 10 MB list's
    --fix, most of a 50 MB one's)."""
    chosen: list[Fix] = []
    taken: list[tuple[int, int]] = []  # sorted, pairwise free of conflicts
    seen: set[int] = set()
    for fix in sorted(fixes, key=lambda f: min((e.start for e in f.edits), default=0)):
        if id(fix) in seen or not fix.edits:
            continue
        seen.add(id(fix))
        if not any(_conflicts_taken(taken, e.start, e.end) for e in fix.edits):
            chosen.append(fix)
            for e in fix.edits:
                bisect.insort(taken, (e.start, e.end))
    return chosen


def _conflicts_taken(taken: list[tuple[int, int]], a: int, b: int) -> bool:
    k = bisect.bisect_left(taken, (a, a))
    i = k - 1  # those starting before a: only ones ending after a can conflict
    while i >= 0 and taken[i][1] > a:
        if _conflict(a, b, *taken[i]):
            return True
        i -= 1
    i = k  # those starting at or after a: only ones starting by b can conflict
    while i < len(taken) and taken[i][0] <= b:
        if _conflict(a, b, *taken[i]):
            return True
        i += 1
    return False
