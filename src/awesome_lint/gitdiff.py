"""``--since REV``: which lines of each file were added or changed since a git revision, asked
of git itself (``git diff --unified=0``)."""

from __future__ import annotations

import os
import re
import subprocess

from .model import InputError

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.M)


def _git(args: list[str], cwd: str) -> str:
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise InputError("--since needs git, which is not installed") from None
    if proc.returncode != 0:
        msg = (proc.stderr.strip().splitlines() or ["git failed"])[-1]
        raise InputError(f"--since: {msg}")
    return proc.stdout


def changed_lines(rev: str, paths: list[str]) -> dict[str, set[int]]:
    """Real path of each file -> the 1-based lines added or changed since ``rev`` (every line of
    a file git does not track)."""
    out: dict[str, set[int]] = {}
    by_root: dict[str, list[str]] = {}
    for p in paths:
        folder = os.path.dirname(os.path.abspath(p))
        try:
            root = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=folder, capture_output=True,
                                  text=True, check=False)
        except FileNotFoundError:
            raise InputError("--since needs git, which is not installed") from None
        if root.returncode != 0:
            raise InputError(f"--since: {p} is not in a git repository")
        by_root.setdefault(root.stdout.strip(), []).append(p)
    for root, files in by_root.items():
        try:
            _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], root)
        except InputError:
            raise InputError(f"--since: unknown revision {rev!r}") from None
        for p in files:
            real = os.path.realpath(p)
            rel = os.path.relpath(real, os.path.realpath(root))
            tracked = subprocess.run(["git", "ls-files", "--error-unmatch", rel], cwd=root, capture_output=True,
                                     check=False).returncode == 0
            known = subprocess.run(["git", "cat-file", "-e", f"{rev}:{rel}"], cwd=root, capture_output=True,
                                   check=False).returncode == 0
            if not tracked or not known:
                with open(real, "rb") as fh:
                    n = fh.read().count(b"\n") + 1
                out[real] = set(range(1, n + 1))
                continue
            text = _git(["diff", "--unified=0", "--no-color", "--no-ext-diff", rev, "--", rel], root)
            lines: set[int] = set()
            for m in _HUNK.finditer(text):
                start = int(m.group(1))
                count = int(m.group(2)) if m.group(2) is not None else 1
                lines.update(range(start, start + count))
            out[real] = lines
    return out
