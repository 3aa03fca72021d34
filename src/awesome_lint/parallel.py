"""Forking helpers: many files linted in forked workers, and one large file's rules shared
with one forked child on a plain lint.

``fork`` shares everything loaded so far (rules, configuration, a built document), so no worker
imports or parses again; results come back pickled through a pipe. Used on Linux only
(:func:`can_fork`); elsewhere everything runs in this process.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from .edits import Fix
from .model import InputError

if TYPE_CHECKING:
    from .document import Document
    from .engine import Engine, FileResult
    from .model import Finding
    from .rules.base import Rule

#: Below this much text in all, forking workers costs more than it saves.
PARALLEL_MIN_BYTES = 48 * 1024
#: The rules that take longest on large lists (bench/README.md), handed out first.
_SLOW = {c: k for k, c in enumerate(("AL003", "AL007", "AL017", "AL018", "AL012", "AL015", "AL016", "AL011"))}
#: A file of at least this many characters has its rules shared with a forked child (plain lint).
SPLIT_MIN = 128 * 1024


def can_fork() -> bool:
    """Forking is used on Linux only (macOS forks badly once some system libraries are loaded)."""
    import os
    import sys

    return sys.platform.startswith("linux") and hasattr(os, "fork")


def _size(path: str) -> int:
    import os

    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def portable(found: list[Finding]) -> list[Finding]:
    """The findings without their fixes' ``verify`` closures, which cannot be pickled (findings
    that share a fix still share it)."""
    plain: dict[int, Fix] = {}
    for f in found:
        if f.fix is not None and f.fix.verify is not None:
            f.fix = plain.setdefault(id(f.fix), Fix(f.fix.edits, f.fix.safe, f.fix.description))
        if f.parts:
            portable(list(f.parts))
    return found


def worth_parallel(paths: list[str], jobs: int) -> bool:
    if len(paths) < 2 or "-" in paths or not can_fork():
        return False
    return sum(_size(p) for p in paths) >= PARALLEL_MIN_BYTES


def _lint_one(engine: Engine, path: str, encoding: str, fix: bool, unsafe: bool):
    """Lint one file for :func:`lint_in_forks` (in a forked child, or in the parent)."""
    from . import source as source_mod

    try:
        src = source_mod.read(path, encoding)
    except InputError as exc:
        return (path, None, None, str(exc))
    result, _doc = engine.lint_source(src, fix=fix, unsafe=unsafe)
    portable(result.findings)  # what the parent reports, without callables that cannot be pickled
    return (path, result, None, None)


def in_forks(shares: list[list[int]], work):
    """``{k: work(k)}`` for every ``k`` of every share: the first share in this process, each
    other one in a child forked for it (``fork`` shares everything loaded so far; the results
    come back pickled through a pipe). A child that dies without answering leaves its share to
    this process, so a crash costs time, never a result."""
    import os
    import pickle

    children = []
    gc.freeze()  # the children's collectors then leave the shared objects (and pages) alone
    try:
        for share in shares[1:]:
            r, w = os.pipe()
            pid = os.fork()
            if pid == 0:  # a child: never returns
                status = 0
                try:
                    os.close(r)
                    out = {k: work(k) for k in share}
                    with os.fdopen(w, "wb") as fh:
                        pickle.dump(out, fh, protocol=pickle.HIGHEST_PROTOCOL)
                    from . import regex_cache

                    regex_cache.save()  # os._exit skips atexit: keep what this child compiled
                except BaseException:
                    status = 1
                finally:
                    os._exit(status)
            os.close(w)
            children.append((pid, r, share))
    finally:
        gc.unfreeze()
    results = {}
    try:
        for k in shares[0] if shares else []:
            results[k] = work(k)
    finally:
        for pid, r, share in children:
            try:
                with os.fdopen(r, "rb") as fh:
                    data = fh.read()
                results.update(pickle.loads(data) if data else {})
            except Exception:
                pass
            finally:
                os.waitpid(pid, 0)
    for _pid, _r, share in children:
        for k in share:
            if k not in results:
                results[k] = work(k)
    return results


def default_jobs() -> int:
    import os

    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def lint_in_forks(engine: Engine, paths: list[str], encoding: str, fix: bool, unsafe: bool, jobs: int):
    """(path, result, None, read error) for each path, in the order given: files dealt, largest
    first, each to the least loaded of this process and ``jobs - 1`` forked children (no process
    pool: its imports and start-up cost more than linting a small file). This process gets a file
    last on a tie: it also gathers and reports the results."""
    sizes = {p: _size(p) for p in paths}
    order = sorted(range(len(paths)), key=lambda i: -sizes[paths[i]])  # largest first
    n = min(jobs, len(paths))
    shares: list[list[int]] = [[] for _ in range(n)]
    loads = [0] * n
    for i in order:
        k = min(range(n), key=lambda k: (loads[k], k == 0))
        shares[k].append(i)
        loads[k] += sizes[paths[i]]
    from .parsing import block_parser

    block_parser()  # import markdown-it-py once, before the fork, rather than once per process
    done = in_forks(shares, lambda i: _lint_one(engine, paths[i], encoding, fix, unsafe))
    return [done[i] for i in range(len(paths))]


def check_split(engine: Engine, doc: Document, rules: list[Rule], result: FileResult) -> list[Finding]:
    """``engine.check_document`` with the rules shared between this process and one forked child.

    A plain lint of one large file spends most of its time in the rules, which only read the
    document: after the shared parts are built (entries, links), the rules are dealt, slow
    ones first, to this process and a child (:func:`in_forks`), whose findings come back
    pickled (fixes without their ``verify``: a plain lint never applies them). The findings
    are put together in rule order, so the output is the one-process output."""
    from .fixplan import code_ranges

    doc.settle()  # build the shared parts once, before the fork
    code = code_ranges(doc)
    order = sorted(range(len(rules)), key=lambda k: _SLOW.get(rules[k].code, 99))  # slow first

    def run(k: int) -> tuple[list[Finding], bool]:
        found, crashed = engine.run_rule(rules[k], doc, code)
        return portable(found), crashed

    done = in_forks([order[0::2], order[1::2]], run)
    findings: list[Finding] = []
    for k in range(len(rules)):
        findings.extend(done[k][0])
        result.crashed |= done[k][1]
    return engine.finish(doc, findings, rules, result)
