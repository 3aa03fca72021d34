"""One finding per fault: when two rules see the same place, the more specific one speaks.

A rule names the rules it yields to in ``defers_to`` (AL011 link-label yields to AL018
proper-names for `[Github]` and to AL007 link-syntax for a stray bracket). Its finding is dropped
when a finding of one of those rules covers an overlapping span on the same line. Linear in the
number of findings (spans are grouped by line).

A finding whose every edit a larger finding of another rule also makes (AL005's four `Arxiv`
venue tags inside AL018's habit of 33 `Arxiv` in the file) is that finding's part, and is
dropped too: the habit speaks once, and its fix repairs the smaller finding's places.
"""

from __future__ import annotations

from collections import defaultdict

from .model import Finding


def drop_deferred(findings: list[Finding], classes: dict[str, type]) -> list[Finding]:
    """``findings`` without those whose rule defers to another rule's finding at the same place."""
    defers = {code: set(getattr(cls, "defers_to", ())) for code, cls in classes.items()}
    if not any(defers.values()) or len(findings) < 2:
        return findings
    wanted = set().union(*defers.values())
    spans: dict[tuple[str, int], list[tuple[int, int, str]]] = defaultdict(list)
    for f in findings:
        if f.code in wanted:
            for line in range(f.line, (f.end_line or f.line) + 1):
                spans[(f.path, line)].append((f.column if line == f.line else 1, _end(f, line), f.code))
    if not spans:
        return findings
    out = []
    for f in findings:
        yields_to = defers.get(f.code)
        if yields_to and any(code in yields_to and s < _end(f, f.line) and f.column < e
                             for s, e, code in spans.get((f.path, f.line), ())):
            continue
        out.append(f)
    return out


def _end(f: Finding, line: int) -> int:
    """The exclusive end column of ``f`` on ``line`` (at least one character wide)."""
    if line != (f.end_line or f.line):
        return 1 << 30
    start = f.column if line == f.line else 1
    return max(f.end_column or start, start + 1)


def drop_contained(findings: list[Finding]) -> list[Finding]:
    """``findings`` without those whose fix only repeats edits that one larger fix of another
    rule's finding makes (one fault, one finding). Linear in the number of edits."""
    big = [g for g in findings if g.fix is not None and len(g.fix.edits) > 1]
    if not big or len(findings) < 2:
        return findings
    made: dict[tuple, list[Finding]] = defaultdict(list)
    for g in big:
        for e in g.fix.edits:
            made[(g.path, e.start, e.end, e.replacement)].append(g)
    out = []
    for f in findings:
        if f.fix is not None and f.fix.edits:
            owners: set[int] | None = None
            for e in f.fix.edits:
                here = {id(g) for g in made.get((f.path, e.start, e.end, e.replacement), ())
                        if g.code != f.code and len(g.fix.edits) > len(f.fix.edits)}
                owners = here if owners is None else owners & here
                if not owners:
                    break
            if owners:
                continue
        out.append(f)
    return out
