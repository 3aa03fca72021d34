"""Findings, fixes and texts turned into the protocol's diagnostics and text edits."""

from __future__ import annotations

import difflib
import re

from lsprotocol import types as lsp

from ..edits import Fix
from ..model import ERROR, Finding
from .positions import LineIndex

RULES_URL = "https://github.com/awesome-lint/awesome-lint/blob/main/rules/{code}.md"
SOURCE = "awesome-lint"
_LONE_LF = re.compile(r"(?<!\r)\n")
_ATX_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]|$)")
_DISABLE_LINE = re.compile(r"<!--\s*awesome-lint-disable-line\b([^>]*?)-->")


def finding_range(index: LineIndex, f: Finding) -> lsp.Range:
    sl, sc = index.from_engine(f.line, f.column)
    el, ec = index.from_engine(f.end_line or f.line, f.end_column or f.column)
    if (el, ec) < (sl, sc):
        el, ec = sl, sc
    return lsp.Range(lsp.Position(sl, sc), lsp.Position(el, ec))


def diagnostic(index: LineIndex, f: Finding, uri: str) -> lsp.Diagnostic:
    related = None
    if f.related:
        related = []
        for line in f.related:
            ln, _ = index.from_engine(line, 1)
            related.append(lsp.DiagnosticRelatedInformation(
                lsp.Location(uri, lsp.Range(lsp.Position(ln, 0), lsp.Position(ln, 0))), f"see line {line}"))
    message = f.message
    if f.fix is not None:
        message += " [fix: unsafe]" if not f.fix.safe else " [fix]"
    return lsp.Diagnostic(
        range=finding_range(index, f),
        message=message,
        severity=lsp.DiagnosticSeverity.Error if f.severity == ERROR else lsp.DiagnosticSeverity.Warning,
        code=f.code,
        code_description=lsp.CodeDescription(href=RULES_URL.format(code=f.code)),
        source=SOURCE,
        related_information=related,
    )


def error_diagnostic(message: str) -> lsp.Diagnostic:
    """A configuration or input error, shown on the first line."""
    return lsp.Diagnostic(range=lsp.Range(lsp.Position(0, 0), lsp.Position(0, 0)), message=message,
                          severity=lsp.DiagnosticSeverity.Error, source=SOURCE)


def newline_text(replacement: str, newline: str) -> str:
    """An edit's ``"\\n"`` written in the file's own newline style, as ``--fix`` writes it."""
    return replacement if newline == "\n" or "\n" not in replacement else _LONE_LF.sub(newline, replacement)


def fix_edits(index: LineIndex, fix: Fix, newline: str) -> list[lsp.TextEdit]:
    out = []
    for e in sorted(fix.edits, key=lambda e: (e.start, e.end)):
        s, t = index.position(e.start), index.position(e.end)
        out.append(lsp.TextEdit(lsp.Range(lsp.Position(*s), lsp.Position(*t)), newline_text(e.replacement, newline)))
    return out


def diff_edits(index: LineIndex, new: str) -> list[lsp.TextEdit]:
    """Text edits that turn the indexed text into ``new``, line by line where lines changed (so an
    editor keeps its cursor and marks in the lines that did not). Offsets come from the lines'
    lengths, so where ``splitlines`` cuts does not matter."""
    old = index.text
    if old == new:
        return []
    p = _common_prefix(old, new)
    head = old.rfind("\n", 0, p) + 1
    q = _common_prefix(old[::-1], new[::-1]) if len(old) + len(new) < 4_000_000 else 0
    q = min(q, len(old) - head, len(new) - head)
    old_lines = old[head:len(old) - q].splitlines(keepends=True)
    new_lines = new[head:len(new) - q].splitlines(keepends=True)
    if len(old_lines) * len(new_lines) > 4_000_000:  # too large to compare line by line: one edit
        return [_edit(index, head, len(old) - q, new[head:len(new) - q])]
    starts = [head]
    for line in old_lines:
        starts.append(starts[-1] + len(line))
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    return [_edit(index, starts[i1], starts[i2], "".join(new_lines[j1:j2]))
            for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def _common_prefix(a: str, b: str) -> int:
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:  # the longest common head, by halving: comparisons at C speed
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _edit(index: LineIndex, start: int, end: int, text: str) -> lsp.TextEdit:
    return lsp.TextEdit(lsp.Range(lsp.Position(*index.position(start)), lsp.Position(*index.position(end))), text)


def disable_line_edit(index: LineIndex, f: Finding, newline: str = "\n") -> lsp.TextEdit:
    """The edit that adds ``<!-- awesome-lint-disable-line CODE -->`` to the finding's line (the
    code joins a comment already there): at the line's end, before a hard break's trailing
    spaces or backslash, and inside a table row's last pipe so that the row keeps its cells. A
    heading gets ``disable-next-line`` on a line of its own above it instead: a comment inside
    it would become part of its text and so of its anchor."""
    line = max(0, min(f.line - 1, len(index.starts) - 1))
    start, end = index.line_span(line)
    text = index.text[start:end]
    if _ATX_HEADING.match(text):
        return _edit(index, start, start, f"<!-- awesome-lint-disable-next-line {f.code} -->{newline}")
    m = _DISABLE_LINE.search(text)
    if m is not None and m.group(1).strip():  # a comment with codes already: the code joins them
        at = start + m.start(1) + len(m.group(1).rstrip())
        return _edit(index, at, at, f" {f.code}")
    body = text.rstrip(" \t")
    cut = len(body)
    if body.endswith("\\") and not body.endswith("\\\\"):
        cut -= 1
    elif body.lstrip().startswith("|") and body.endswith("|") and len(body.strip()) > 1:
        cut -= 1
        while cut > 0 and body[cut - 1] in " \t":
            cut -= 1
        comment = f" <!-- awesome-lint-disable-line {f.code} -->"
        return _edit(index, start + cut, start + cut, comment)
    comment = f"<!-- awesome-lint-disable-line {f.code} -->"
    sep = "" if cut == 0 or text[cut - 1:cut] in (" ", "\t") else " "
    return _edit(index, start + cut, start + cut, sep + comment)
