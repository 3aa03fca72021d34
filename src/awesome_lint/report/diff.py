"""``--diff``: the unified diff that ``--fix`` would write."""

from __future__ import annotations

import difflib


def unified(source, new_text: str) -> str:
    path = source.path
    old = source.text.splitlines(keepends=True)
    new = new_text.splitlines(keepends=True)
    a, b = (path, path) if path.startswith("/") or path == "-" else (f"a/{path}", f"b/{path}")
    lines = difflib.unified_diff(old, new, fromfile=a, tofile=b)
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)
