"""``--format rdjson``: reviewdog's Diagnostic Format (one ``DiagnosticResult`` JSON object), so
reviewdog can post findings as pull-request review comments and fixes as suggestions that a
reviewer commits with one click (``reviewdog -f=rdjson -reporter=github-pr-review``).

Positions follow that format, not ours: lines 1-based, columns 1-based **UTF-8 byte** counts,
ends exclusive. A fix becomes one suggestion spanning its edits (reviewdog's GitHub reporter
takes one line range per comment and rebuilds the lines from the file, so several edits of one
fix are one replacement of the text between the first and the last); a fix shared by several
findings (one renumbering for a whole list) is suggested once, on the first of them. A group
finding (AL005's one misspelling on several lines) is given as its parts, one per line."""

from __future__ import annotations

import bisect
import json
import os
from collections.abc import Iterator

from ..edits import Edit, apply_edits
from .sarif import RULES_URL

HOME = "https://github.com/awesome-lint/awesome-lint"
SEVERITY = {"error": "ERROR", "warning": "WARNING"}
UNSAFE_NOTE = " (the suggested fix is unsafe: check it before committing it)"


def _path(path: str) -> str:
    if path == "-":
        return path
    rel = os.path.relpath(path) if os.path.isabs(path) else path
    return rel.replace(os.sep, "/")


class _Text:
    """A file's text with its line starts: code-point offsets and columns to UTF-8 columns."""

    def __init__(self, text: str, bom: bool):
        self.text = text
        self.bom = 3 if bom else 0  # reviewdog counts the bytes of the file, BOM included
        self.starts = [0]
        i = text.find("\n")
        while i >= 0:
            self.starts.append(i + 1)
            i = text.find("\n", i + 1)

    def _byte_col(self, line: int, chars: int) -> int:
        start = self.starts[line - 1]
        return len(self.text[start:start + chars].encode("utf-8", "surrogatepass")) + 1 + (self.bom if line == 1 else 0)

    def at_offset(self, offset: int) -> dict:
        line = bisect.bisect_right(self.starts, offset)
        return {"line": line, "column": self._byte_col(line, offset - self.starts[line - 1])}

    def at(self, line: int, column: int) -> dict:
        if not 1 <= line <= len(self.starts):
            return {"line": line, "column": column}
        return {"line": line, "column": self._byte_col(line, column - 1)}


def _suggestion(fix, t: _Text, newline: str) -> dict:
    edits = sorted(fix.edits, key=lambda e: (e.start, e.end))
    lo, hi = edits[0].start, max(e.end for e in edits)
    shifted = [Edit(e.start - lo, e.end - lo, e.replacement) for e in edits]
    return {"range": {"start": t.at_offset(lo), "end": t.at_offset(hi)},
            "text": apply_edits(t.text[lo:hi], shifted, newline)}


def _per_line(findings) -> Iterator:
    """A group finding as its parts: a review comment, and its suggestion, is about one line."""
    for f in findings:
        if not f.parts:
            yield f
            continue
        for p in f.parts:
            p.path = f.path
            yield p


def render(findings, **kw) -> str:
    return "".join(chunks(findings, **kw))


def chunks(findings, results=None, **_) -> Iterator[str]:
    """One DiagnosticResult, a diagnostic at a time (the fixes' text positions need each file's
    text: from ``results``; a finding without it gets its position as reported and no
    suggestion)."""
    texts: dict[str, tuple[_Text, str] | None] = {}
    suggested: set[int] = set()
    yield ('{\n  "source": ' + json.dumps({"name": "awesome-lint", "url": HOME}) + ',\n  "diagnostics": [')
    sep = "\n    "
    for f in _per_line(findings):
        if f.path not in texts:
            r = (results or {}).get(f.path)
            src = getattr(r, "source", None)
            if src is None:
                texts[f.path] = None
            else:
                text = r.fixed_text if r.fixed_text is not None else src.text
                texts[f.path] = (_Text(text, bool(src.bom)), src.newline)
        known = texts[f.path]
        message = f.message
        if known is None:
            start = {"line": f.line, "column": f.column}
            end = {"line": f.end_line, "column": f.end_column}
        else:
            start = known[0].at(f.line, f.column)
            end = known[0].at(f.end_line, max(f.end_column, f.column) if f.end_line == f.line else f.end_column)
        diag = {
            "message": message,
            "location": {"path": _path(f.path), "range": {"start": start, "end": end}},
            "severity": SEVERITY.get(f.severity, "WARNING"),
            "source": {"name": "awesome-lint", "url": HOME},
            "code": {"value": f.code, "url": RULES_URL.format(code=f.code)},
        }
        if f.fix is not None and f.fix.edits and known is not None and id(f.fix) not in suggested:
            suggested.add(id(f.fix))
            diag["suggestions"] = [_suggestion(f.fix, known[0], known[1])]
            if not f.fix.safe:
                diag["message"] = message + UNSAFE_NOTE
        yield sep + json.dumps(diag, ensure_ascii=False)
        sep = ",\n    "
    yield ("\n  ]\n}\n" if sep != "\n    " else "]\n}\n")
