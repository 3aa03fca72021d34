"""``--format sarif``: SARIF 2.1.0 for code-scanning tools, with rule metadata (id, name, help
text, help URI to the rule's page) and fixes as artifact changes."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator

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


def render(findings, results=None, classes=None, **_) -> str:
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
    for f in findings:
        region = {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line,
                  "endColumn": max(f.end_column, f.column)}
        res = {
            "ruleId": f.code,
            "ruleIndex": rule_index[f.code],
            "level": "error" if f.severity == "error" else "warning",
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(f.path)}, "region": region}}],
        }
        if f.fix is not None and results is not None and f.path in results and results[f.path].source is not None:
            res["fixes"] = [_fix(f, results[f.path])]
        sarif_results.append(res)
    doc = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "awesome-lint", "version": __version__,
                                "informationUri": "https://github.com/awesome-lint/awesome-lint", "rules": rules}},
            "results": sarif_results,
        }],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _fix(f, result) -> dict:
    text = result.fixed_text if result.fixed_text is not None else result.source.text
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)

    def pos(offset: int) -> tuple[int, int]:
        import bisect

        line = bisect.bisect_right(starts, offset)
        return line, offset - starts[line - 1] + 1

    replacements = []
    for e in f.fix.edits:
        sl, sc = pos(e.start)
        el, ec = pos(e.end)
        replacements.append({
            "deletedRegion": {"startLine": sl, "startColumn": sc, "endLine": el, "endColumn": ec},
            "insertedContent": {"text": e.replacement},
        })
    return {
        "description": {"text": f.fix.description or ("safe fix" if f.fix.safe else "unsafe fix")},
        "artifactChanges": [{"artifactLocation": {"uri": _uri(f.path)}, "replacements": replacements}],
    }
