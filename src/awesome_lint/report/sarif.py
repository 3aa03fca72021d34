"""``--format sarif``: SARIF 2.1.0 for code-scanning tools, with rule metadata (id, name, help
text, help URI to the rule's page) and fixes as artifact changes.

Columns are UTF-16 code units (``columnKind: utf16CodeUnits``), as GitHub code scanning and
CodeQL count them: code points would put a finding after an emoji one column off there. A viewer
may offer a SARIF fix with one click and SARIF has no field that says a fix is unsafe, so unsafe
fixes are left out unless ``--unsafe-fixes`` is given; every fix says its applicability in its
``properties``."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator

from .positions import LineIndex, with_newline

RULES_URL = "https://github.com/awesome-lint/awesome-lint/blob/main/rules/{code}.md"
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    if path == "-":
        return "stdin"
    rel = os.path.relpath(path) if os.path.isabs(path) else path
    return rel.replace(os.sep, "/")


def chunks(findings, **kw) -> Iterator[str]:
    """One SARIF log is one JSON object: given whole."""
    yield render(findings, **kw)


def render(findings, results=None, classes=None, unsafe_fixes=False, **_) -> str:
    from .. import __version__

    classes = classes or {}
    used = sorted({f.code for f in findings} | set(classes))
    rule_index = {code: i for i, code in enumerate(used)}
    rules = []
    for code in used:
        cls = classes.get(code)
        name = cls.name if cls else code
        entry = {
            "id": code,
            "name": name,
            "shortDescription": {"text": cls.summary if cls else code},
            "helpUri": RULES_URL.format(code=code),
            "defaultConfiguration": {"level": "error" if (cls is None or cls.severity == "error") else "warning"},
        }
        if cls is not None:
            entry["fullDescription"] = {"text": cls.summary}
            entry["help"] = {"text": cls.doc(), "markdown": cls.doc()}
            entry["properties"] = {"tags": list(cls.tags), "fixAvailability": cls.fix_availability}
        rules.append(entry)
    sarif_results = []
    index: dict[str, LineIndex] = {}
    for f in findings:
        lines = _lines(f.path, results, index)
        end_column = max(f.end_column, f.column) if f.end_line == f.line else f.end_column
        region = {"startLine": f.line, "startColumn": _col(lines, f.line, f.column), "endLine": f.end_line,
                  "endColumn": _col(lines, f.end_line, end_column)}
        res = {
            "ruleId": f.code,
            "ruleIndex": rule_index[f.code],
            "level": "error" if f.severity == "error" else "warning",
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(f.path)}, "region": region}}],
        }
        if f.fix is not None and lines is not None and (f.fix.safe or unsafe_fixes):
            res["fixes"] = [_fix(f, lines, results[f.path].source.newline)]
        sarif_results.append(res)
    doc = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "awesome-lint", "version": __version__,
                                "informationUri": "https://github.com/awesome-lint/awesome-lint", "rules": rules}},
            "columnKind": "utf16CodeUnits",
            "results": sarif_results,
        }],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _lines(path: str, results, index: dict) -> LineIndex | None:
    """The lines of the text the findings of ``path`` were reported on (after ``--fix``, the
    text written)."""
    if path in index:
        return index[path]
    r = results.get(path) if results is not None else None
    lines = None
    if r is not None and r.source is not None:
        lines = LineIndex(r.fixed_text if r.fixed_text is not None else r.source.text)
    index[path] = lines
    return lines


def _col(lines: LineIndex | None, line: int, column: int) -> int:
    return column if lines is None else lines.utf16_column(line, column)


def _fix(f, lines: LineIndex, newline: str) -> dict:
    replacements = []
    for e in sorted(f.fix.edits, key=lambda e: (e.start, e.end)):
        (sl, sc), (el, ec) = lines.position(e.start), lines.position(e.end)
        replacements.append({
            "deletedRegion": {"startLine": sl, "startColumn": lines.utf16_column(sl, sc),
                              "endLine": el, "endColumn": lines.utf16_column(el, ec)},
            "insertedContent": {"text": with_newline(e.replacement, newline)},
        })
    kind = "safe" if f.fix.safe else "unsafe"
    text = f.fix.description or f"{kind} fix"
    return {
        "description": {"text": text if f.fix.safe else f"{text} (unsafe: review the result)"},
        "artifactChanges": [{"artifactLocation": {"uri": _uri(f.path)}, "replacements": replacements}],
        "properties": {"applicability": kind},
    }
