"""``--format json``: one JSON array of findings, each as in the contract (ARCHITECTURE.md), with
its fix as edits an editor plugin or a bot can apply without running awesome-lint again; or, with
``--statistics``, one array of counts per rule."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator

from .positions import LineIndex, with_newline


def render(findings, **kw) -> str:
    return "".join(chunks(findings, **kw))


def chunks(findings, results=None, statistics=False, **_) -> Iterator[str]:
    """The array a finding at a time, byte for byte what ``json.dumps(list, indent=2)`` gives
    (JSON strings hold no raw newline, so indenting an element is a replace): a large list's
    report is never held whole."""
    if statistics:
        items = iter(_statistics(findings))
    else:
        index: dict[str, LineIndex | None] = {}
        items = (finding_dict(f, results, index) for f in findings)
    sep = "[\n  "
    for item in items:
        yield sep + json.dumps(item, indent=2, ensure_ascii=False).replace("\n", "\n  ")
        sep = ",\n  "
    yield "[]\n" if sep == "[\n  " else "\n]\n"


def finding_dict(f, results=None, index: dict | None = None) -> dict:
    """One finding: ``Finding.as_dict()`` with ``fix`` as ``{applicability, message, edits}`` (or
    null). Edits give where they start and end in the text the finding was reported on (after
    ``--fix``, the text written) as line, column (code points) and offset (code points into the
    decoded text, without its byte order mark), and the content to put there, with the file's
    own line endings."""
    data = f.as_dict()
    related = data.pop("related_lines", None)
    data["fix"] = None
    if f.fix is not None:
        data["fix"] = {"applicability": "safe" if f.fix.safe else "unsafe",
                       "message": f.fix.description, "edits": _edits(f, results, {} if index is None else index)}
    if related is not None:
        data["related_lines"] = related
    return data


def _edits(f, results, index: dict) -> list[dict]:
    r = results.get(f.path) if results is not None else None
    if r is None or r.source is None:
        return [{"start": {"offset": e.start}, "end": {"offset": e.end}, "content": e.replacement}
                for e in sorted(f.fix.edits, key=lambda e: (e.start, e.end))]
    lines = index.get(f.path)
    if lines is None:
        lines = index[f.path] = LineIndex(r.fixed_text if r.fixed_text is not None else r.source.text)
    out = []
    for e in sorted(f.fix.edits, key=lambda e: (e.start, e.end)):
        (sl, sc), (el, ec) = lines.position(e.start), lines.position(e.end)
        out.append({"start": {"line": sl, "column": sc, "offset": e.start},
                    "end": {"line": el, "column": ec, "offset": e.end},
                    "content": with_newline(e.replacement, r.source.newline)})
    return out


def _statistics(findings) -> list[dict]:
    """``--statistics``: per rule, most findings first, how many, whether any is an error (a
    configuration may make a rule a warning in some files only), and how many carry a safe fix
    and an unsafe one."""
    counts = Counter((f.code, f.name) for f in findings)
    errors = {f.code for f in findings if f.severity == "error"}
    safe = Counter(f.code for f in findings if f.fix is not None and f.fix.safe)
    unsafe = Counter(f.code for f in findings if f.fix is not None and not f.fix.safe)
    return [{"code": code, "name": name, "severity": "error" if code in errors else "warning", "count": n,
             "fixable": safe[code], "unsafe_fixable": unsafe[code]}
            for (code, name), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
