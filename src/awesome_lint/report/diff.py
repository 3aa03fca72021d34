"""``--diff``: the unified diff that ``--fix`` would write."""

from __future__ import annotations

import difflib


def unified(source, new_text: str) -> str:
    path = source.path
    old = _lines(source.text)
    new = _lines(new_text)
    a, b = (path, path) if path.startswith("/") or path == "-" else (f"a/{path}", f"b/{path}")
    lines = difflib.unified_diff(old, new, fromfile=a, tofile=b)
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def _lines(text: str) -> list[str]:
    """Lines as git sees them: split at "\n" only (str.splitlines also splits at U+2028, form
    feeds and the like, which makes a patch that git refuses)."""
    parts = text.split("\n")
    out = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        out.append(parts[-1])
    return out
