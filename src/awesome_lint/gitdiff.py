"""``--since REV``: which lines of each file were added or changed on this branch, asked of git
itself (``git diff --unified=0`` against the merge base).

A pull request is judged by what it changed, not by what its base branch did meanwhile: the
lines are compared with ``git merge-base REV HEAD``, as GitHub's own diff of a pull request is,
so a branch behind its base is not blamed for the base's newer lines. ``A...B`` and ``A..B`` are
read as in ``git log`` (the commits of B that A lacks): the base is ``merge-base A B``. The
working tree is what is linted, so it is what the base is compared with (uncommitted changes
count as changed); B must therefore be the commit checked out."""

from __future__ import annotations

import os
import re
import subprocess

from .model import InputError

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.M)


def _run(args: list[str], cwd: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise InputError("--since needs git, which is not installed") from None


def _git(args: list[str], cwd: str) -> str:
    proc = _run(args, cwd)
    if proc.returncode != 0:
        msg = (proc.stderr.strip().splitlines() or ["git failed"])[-1]
        raise InputError(f"--since: {msg}")
    return proc.stdout


def _commit(rev: str, root: str, shown: str) -> str:
    proc = _run(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"], root)
    if proc.returncode != 0 or not proc.stdout.strip():
        raise InputError(f"--since: unknown revision {shown!r}")
    return proc.stdout.strip()


def split_range(rev: str) -> tuple[str, str | None]:
    """(base side, head side or None) of ``A...B``, ``A..B`` or a plain ``A``; an empty side
    means HEAD, as in git."""
    for sep in ("...", ".."):
        if sep in rev:
            a, b = rev.split(sep, 1)
            return a or "HEAD", b or "HEAD"
    return rev, None


def merge_base(rev: str, root: str) -> str:
    """The commit ``--since rev`` compares the working tree with (see the module's docstring)."""
    if not rev.strip() or rev.startswith("-"):
        raise InputError(f"--since: unknown revision {rev!r}")
    a, b = split_range(rev)
    base = _commit(a, root, a if b is not None else rev)
    head = _commit("HEAD", root, "HEAD")
    if b is not None and _commit(b, root, b) != head:
        raise InputError(f"--since {rev}: {b!r} is not the commit checked out; the files linted are "
                         f"the working tree, so check out {b!r} first (or write {a!r} alone)")
    proc = _run(["merge-base", base, head], root)
    if proc.returncode != 0 or not proc.stdout.strip():
        raise InputError(f"--since: {a!r} and HEAD have no common ancestor in this clone (a shallow "
                         "clone? fetch the whole history, e.g. actions/checkout with fetch-depth: 0)")
    return proc.stdout.strip()


def changed_lines(rev: str, paths: list[str]) -> dict[str, set[int]]:
    """Real path of each file -> the 1-based lines added or changed since the merge base of
    ``rev`` and HEAD (every line of a file the base does not have, or git does not track)."""
    out: dict[str, set[int]] = {}
    by_root: dict[str, list[str]] = {}
    for p in paths:
        folder = os.path.dirname(os.path.abspath(p))
        root = _run(["rev-parse", "--show-toplevel"], folder)
        if root.returncode != 0:
            raise InputError(f"--since: {p} is not in a git repository")
        by_root.setdefault(root.stdout.strip(), []).append(p)
    for root, files in by_root.items():
        base = merge_base(rev, root)
        for p in files:
            real = os.path.realpath(p)
            rel = os.path.relpath(real, os.path.realpath(root))
            tracked = _run(["ls-files", "--error-unmatch", "--", rel], root).returncode == 0
            known = _run(["cat-file", "-e", f"{base}:{rel}"], root).returncode == 0
            if not tracked or not known:
                with open(real, "rb") as fh:
                    n = fh.read().count(b"\n") + 1
                out[real] = set(range(1, n + 1))
                continue
            text = _git(["diff", "--unified=0", "--no-color", "--no-ext-diff", base, "--", rel], root)
            lines: set[int] = set()
            for m in _HUNK.finditer(text):
                start = int(m.group(1))
                count = int(m.group(2)) if m.group(2) is not None else 1
                if count == 0:  # lines deleted after line `start`: the line that closes the gap changed
                    lines.add(start + 1)
                lines.update(range(start, start + count))
            out[real] = lines
    return out
