"""Rule loading, selection, suppression, running and fixing.

Built-in rules are the modules of :mod:`awesome_lint.rules`; plugins come from the entry-point
group ``awesome_lint.rules`` (an entry point names a Rule subclass or a module of them), read once
per run. Fixing applies the non-overlapping edits of the allowed fixes, re-parses and re-checks,
until nothing changes (at most ``MAX_PASSES``), so every fix is judged against fresh text.
"""

from __future__ import annotations

import bisect
import gc
import re
from collections.abc import Iterable

import msgspec

from .config import Config, ConfigCache, Resolver
from .document import Document
from .model import ERROR, Edit, Finding, Fix, InputError, RunContext
from .rules.base import Rule, iter_rule_classes
from .source import Source

MAX_PASSES = 10
ENTRY_POINT_GROUP = "awesome_lint.rules"

_RULE_CLASSES: dict[str, type[Rule]] | None = None


def builtin_rule_modules() -> list[str]:
    import pkgutil

    from . import rules

    return sorted(
        f"{rules.__name__}.{m.name}"
        for m in pkgutil.iter_modules(rules.__path__)
        if m.name != "base" and not m.name.startswith("_")
    )


def load_rules(plugins: bool = True) -> dict[str, type[Rule]]:
    """Every known rule class by code: built-ins, then plugins (which may not reuse a code)."""
    global _RULE_CLASSES
    if _RULE_CLASSES is not None:
        return _RULE_CLASSES
    import importlib

    found: dict[str, type[Rule]] = {}
    for name in builtin_rule_modules():
        for cls in iter_rule_classes(importlib.import_module(name)):
            found[cls.code] = cls
    if plugins:
        for ep in plugin_entry_points():
            try:
                obj = ep.load()
            except Exception as exc:  # a broken plugin must not take the linter down
                raise InputError(f"plugin {ep.name!r} ({ep.value}) failed to load: {type(exc).__name__}: {exc}") from None
            classes = [obj] if isinstance(obj, type) else list(iter_rule_classes(obj))
            for cls in classes:
                if not (isinstance(cls, type) and issubclass(cls, Rule) and cls.code):
                    raise InputError(f"plugin {ep.name!r} ({ep.value}) is not a Rule subclass")
                if cls.code in found and found[cls.code] is not cls:
                    raise InputError(f"plugin {ep.name!r} reuses rule code {cls.code}")
                found[cls.code] = cls
    _RULE_CLASSES = dict(sorted(found.items()))
    return _RULE_CLASSES


def plugin_entry_points() -> list:
    """Entry points of the ``awesome_lint.rules`` group.

    ``importlib.metadata`` costs ~50 ms to import and scan, a third of a pre-commit run, so the
    installed distributions' ``entry_points.txt`` files are first searched for the group name
    directly; only when one mentions it (or a path entry is a zip) is importlib.metadata asked.
    """
    import os
    import sys

    needed = False
    for entry in sys.path:
        if not entry:
            entry = "."
        if not os.path.isdir(entry):
            if os.path.isfile(entry):
                needed = True  # a zip or egg on the path: let importlib.metadata read it
            continue
        try:
            names = os.listdir(entry)
        except OSError:
            continue
        for name in names:
            if name.endswith((".dist-info", ".egg-info")):
                try:
                    with open(os.path.join(entry, name, "entry_points.txt"), encoding="utf-8") as fh:
                        if ENTRY_POINT_GROUP in fh.read():
                            needed = True
                            break
                except OSError:
                    continue
        if needed:
            break
    if not needed:
        return []
    from importlib.metadata import entry_points

    return list(entry_points(group=ENTRY_POINT_GROUP))


class Selection(msgspec.Struct):
    """Command-line selection, applied on top of each file's configuration."""

    select: list[str] | None = None
    extend_select: list[str] = msgspec.field(default_factory=list)
    ignore: list[str] = msgspec.field(default_factory=list)


class FileResult(msgspec.Struct):
    path: str
    source: Source | None
    findings: list[Finding] = msgspec.field(default_factory=list)
    fixed_text: str | None = None  # set when fixes changed the text
    error: str | None = None  # input error: nothing else is valid
    crashed: bool = False  # a rule raised: the file must not be written
    fixed_count: int = 0

    @property
    def changed(self) -> bool:
        return self.fixed_text is not None and self.source is not None and self.fixed_text != self.source.text


_SUPPRESS = re.compile(r"<!--\s*awesome-lint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->")


class Suppressions:
    """Inline ``<!-- awesome-lint-disable[-next-line|-line] [CODES] -->`` / ``-enable`` comments.

    ``disable``/``enable`` hold from their own line on; no codes means every rule.
    """

    def __init__(self, doc: Document, resolver: Resolver):
        self.lines: list[int] = []  # lines where the state changes
        self.states: list[tuple[bool, frozenset[str], frozenset[str]]] = []  # all, disabled, except
        self.single: dict[int, frozenset[str] | None] = {}
        if "awesome-lint-" not in doc.text:
            return
        all_off, disabled, excepted = False, set(), set()
        for m in _SUPPRESS.finditer(doc.text):
            line, _ = doc.position(m.start())
            if doc.in_code(m.start()):
                continue  # a comment shown as code (a code block or `inline code`) is an example
            kind = m.group(1)
            codes: list[str] = []
            for w in re.split(r"[\s,]+", m.group(2).strip()):
                if w:
                    codes.extend(resolver.expand(w, f"{doc.path}:{line}"))
            if kind in ("disable-next-line", "disable-line"):
                target = line + 1 if kind == "disable-next-line" else line
                old = self.single.get(target, frozenset())
                self.single[target] = None if not codes or old is None else old | frozenset(codes)
                continue
            if kind == "disable":
                if codes:
                    disabled |= set(codes)
                    excepted -= set(codes)
                else:
                    all_off, disabled, excepted = True, set(), set()
            else:
                if codes:
                    disabled -= set(codes)
                    if all_off:
                        excepted |= set(codes)
                else:
                    all_off, disabled, excepted = False, set(), set()
            self.lines.append(line)
            self.states.append((all_off, frozenset(disabled), frozenset(excepted)))

    @property
    def active(self) -> bool:
        return bool(self.lines or self.single)

    def suppressed(self, f: Finding) -> bool:
        if f.line in self.single:
            codes = self.single[f.line]
            if codes is None or f.code in codes:
                return True
        k = bisect.bisect_right(self.lines, f.line) - 1
        if k < 0:
            return False
        all_off, disabled, excepted = self.states[k]
        return (all_off and f.code not in excepted) or f.code in disabled


def apply_edits(text: str, edits: Iterable[Edit], newline: str = "\n") -> str:
    """Apply non-overlapping edits (sorted here) to text."""
    parts = []
    pos = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if e.start < pos or e.end < e.start:
            raise ValueError("overlapping or backward edits")
        parts.append(text[pos : e.start])
        rep = e.replacement
        if newline != "\n" and "\n" in rep:
            rep = re.sub(r"(?<!\r)\n", newline, rep)
        parts.append(rep)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


def _key(fix: Fix) -> tuple:
    return tuple((e.start, e.end, e.replacement) for e in fix.edits)


def _validate(fix: Fix, length: int) -> None:
    """A rule's fix must be edits in the text that do not overlap each other."""
    pos = 0
    for e in sorted(fix.edits, key=lambda e: (e.start, e.end)):
        if not (pos <= e.start <= e.end <= length):
            raise ValueError(f"invalid fix: edit ({e.start}, {e.end}) overlaps another or leaves the text")
        pos = e.end


def _code_ranges(doc: Document) -> list[tuple[int, int]]:
    """Offsets of code blocks and code spans, sorted (non-overlapping)."""
    ranges = [(doc.line_starts[a - 1], doc.line_end(b)) for a, b in doc.code_blocks if a <= doc.line_count]
    if "`" in doc.text:
        ranges.extend(doc.code_spans)
    ranges.sort()
    return ranges


def _touches_code(code: list[tuple[int, int]], fix: Fix) -> bool:
    """An edit that changes part of a code span or code block (covering a whole one, as moving or
    deleting an entry does, is fine)."""
    for e in fix.edits:
        k = bisect.bisect_left(code, (e.end, e.end))  # ranges starting before the edit's end
        k = min(k + 1, len(code))
        while k > 0:
            k -= 1
            s, t = code[k]
            if t <= e.start:
                break  # ranges are disjoint and sorted: earlier ones end earlier
            inside = s < e.end and e.start < t or (e.start == e.end and s < e.start < t)
            if inside and not (e.start <= s and t <= e.end):
                return True
    return False


def plan_fixes(findings: list[Finding], text: str, unsafe: bool, rejected: set[tuple],
               only: set[int] | None = None) -> list[Fix]:
    """The fixes one pass applies: allowed (safe, or unsafe with ``unsafe``; on ``only`` lines
    with --since), not rejected before, not overlapping an earlier one, and accepted by their own
    ``verify``. Fixes that fail ``verify`` are added to ``rejected``."""
    fixes = [f.fix for f in findings if f.fix is not None and (f.fix.safe or unsafe)
             and (only is None or f.line in only)]
    passed: set[int] = set()
    while True:  # a fix whose check fails may have kept out another one: choose again without it
        chosen = _choose_fixes([fx for fx in fixes if _key(fx) not in rejected])
        failed = False
        for fx in chosen:
            if fx.verify is None or id(fx) in passed:
                continue
            if fx.verify(None if fx.local_verify else apply_edits(text, fx.edits)):
                passed.add(id(fx))
            else:
                rejected.add(_key(fx))  # its rule's check of the result failed: leave it
                failed = True
        if not failed:
            return chosen


def _conflict(a: int, b: int, s: int, t: int) -> bool:
    """Edit [a, b) cannot be applied with edit [s, t): they overlap, or both insert at one
    place, or one inserts where the other starts (the order would be a guess)."""
    return a < t and s < b or (a == b == s == t) or (a == s and (a == b or s == t))


def _choose_fixes(fixes: list[Fix]) -> list[Fix]:
    """Fixes whose edits conflict with no edit of an earlier chosen fix (in text order).

    The chosen edits are kept sorted by start; they never overlap or nest, so their ends are in
    order too, and an edit need only be compared with its neighbours there: linear in the
    number of fixes, where comparing with every chosen edit was quadratic (7 s of a 10 MB list's
    --fix, most of a 50 MB one's)."""
    chosen: list[Fix] = []
    taken: list[tuple[int, int]] = []  # sorted, pairwise free of conflicts
    seen: set[int] = set()
    for fix in sorted(fixes, key=lambda f: min((e.start for e in f.edits), default=0)):
        if id(fix) in seen or not fix.edits:
            continue
        seen.add(id(fix))
        if not any(_conflicts_taken(taken, e.start, e.end) for e in fix.edits):
            chosen.append(fix)
            for e in fix.edits:
                bisect.insort(taken, (e.start, e.end))
    return chosen


def _conflicts_taken(taken: list[tuple[int, int]], a: int, b: int) -> bool:
    k = bisect.bisect_left(taken, (a, a))
    i = k - 1  # those starting before a: only ones ending after a can conflict
    while i >= 0 and taken[i][1] > a:
        if _conflict(a, b, *taken[i]):
            return True
        i -= 1
    i = k  # those starting at or after a: only ones starting by b can conflict
    while i < len(taken) and taken[i][0] <= b:
        if _conflict(a, b, *taken[i]):
            return True
        i += 1
    return False


class Engine:
    def __init__(
        self,
        selection: Selection | None = None,
        config_file: str | None = None,
        context: RunContext | None = None,
        rule_classes: dict[str, type[Rule]] | None = None,
    ):
        self.classes = rule_classes if rule_classes is not None else load_rules()
        self.resolver = Resolver(self.classes)
        self.selection = selection or Selection()
        self.configs = ConfigCache(self.resolver, config_file)
        self.context = context or RunContext()
        self._rules_cache: dict[tuple[int, frozenset[str]], list[Rule]] = {}
        self.split_jobs = 1  # set by lint_paths: share one large file's rules with a child

    # ---- selection ----------------------------------------------------------------------
    def enabled_codes(self, cfg: Config, path: str) -> list[str]:
        sel = self.selection
        if sel.select is not None:
            codes = list(sel.select)
        elif cfg.select is not None:
            codes = list(cfg.select)
        else:
            codes = [c for c, cls in self.classes.items() if cls.default_enabled]
        codes += [c for c in cfg.extend_select + sel.extend_select if c not in codes]
        drop = set(cfg.ignore) | set(sel.ignore) | set(cfg.ignored_for(path))
        out = []
        for c in codes:
            if c in drop or c not in self.classes:
                continue
            if self.classes[c].network and not self.context.check_links:
                continue
            out.append(c)
        return out

    def rules_for(self, path: str) -> list[Rule]:
        cfg = self.configs.for_path(path)
        codes = frozenset(self.enabled_codes(cfg, path))
        key = (id(cfg), codes)
        rules = self._rules_cache.get(key)
        if rules is None:
            rules = []
            for code in sorted(codes):
                try:
                    rule = self.classes[code](cfg.rules.get(code), cfg.severity.get(code))
                except InputError as exc:  # a rule validating its own options: name the file
                    where = cfg.path or "configuration"
                    msg = str(exc)
                    raise InputError(msg if msg.startswith(where) else f"{where}: {msg}") from None
                rule.ctx = self.context
                rules.append(rule)
            self._rules_cache[key] = rules
        return rules

    # ---- running -----------------------------------------------------------------------
    def check_document(self, doc: Document, rules: list[Rule], result: FileResult) -> list[Finding]:
        findings: list[Finding] = []
        doc.settle()
        code = _code_ranges(doc)
        for rule in rules:
            found, crashed = self._run_rule(rule, doc, code)
            findings.extend(found)
            result.crashed |= crashed
        return self._finish(doc, findings)

    def _run_rule(self, rule: Rule, doc: Document, code) -> tuple[list[Finding], bool]:
        """One rule's findings on ``doc`` (fixes checked), or its crash as an internal error."""
        out: list[Finding] = []
        n = len(doc.text)
        try:
            for f in rule.check(doc):
                f.path = doc.path
                if f.fix is not None:
                    _validate(f.fix, n)
                    if code and _touches_code(code, f.fix):
                        f.fix = None  # code is never changed by a fix
                out.append(f)
        except Exception as exc:  # contain a crashing rule: report it, keep the others
            return out + [internal_error(rule, exc, doc.path)], True
        return out, False

    def _check_split(self, doc: Document, rules: list[Rule], result: FileResult) -> list[Finding]:
        """check_document with the rules shared between this process and one forked child.

        A plain lint of one large file spends most of its time in the rules, which only read the
        document: after the shared parts are built (entries, links), the rules are dealt, slow
        ones first, to this process and a child (:func:`in_forks`), whose findings come back
        pickled (fixes without their ``verify``: a plain lint never applies them). The findings
        are put together in rule order, so the output is the one-process output."""
        doc.settle()  # build the shared parts once, before the fork
        code = _code_ranges(doc)
        order = sorted(range(len(rules)), key=lambda k: _SLOW.get(rules[k].code, 99))  # slow first

        def run(k: int) -> tuple[list[Finding], bool]:
            found, crashed = self._run_rule(rules[k], doc, code)
            return _portable(found), crashed

        done = in_forks([order[0::2], order[1::2]], run)
        findings: list[Finding] = []
        for k in range(len(rules)):
            findings.extend(done[k][0])
            result.crashed |= done[k][1]
        return self._finish(doc, findings)

    def _finish(self, doc: Document, findings: list[Finding]) -> list[Finding]:
        sup = Suppressions(doc, self.resolver)
        if sup.active:
            findings = [f for f in findings if not sup.suppressed(f)]
        findings.sort(key=Finding.sort_key)
        return findings

    def lint_source(self, source: Source, fix: bool = False, unsafe: bool = False) -> tuple[FileResult, Document | None]:
        result = FileResult(source.path, source)
        rules = self.rules_for(source.path)
        text = source.text
        doc = self._parse(source, text, remember=fix)  # kept for incremental re-parses of fixes
        if not fix and self.split_jobs > 1 and len(text) >= SPLIT_MIN and can_fork():
            findings = self._check_split(doc, rules, result)
        else:
            findings = self.check_document(doc, rules, result)
        if fix and not result.crashed:
            rejected: set[tuple] = set()
            only = self.context.lines_for(source.path)
            for _ in range(MAX_PASSES):
                chosen = plan_fixes(findings, text, unsafe, rejected, only)
                if not chosen:
                    break
                edits = [e for fx in chosen for e in fx.edits]
                applied = {id(fx) for fx in chosen}
                count = sum(1 for f in findings if f.fix is not None and id(f.fix) in applied)
                doc = findings = chosen = applied = None  # the old model goes before the new text is made
                gc.collect()  # now: its records form cycles, which the CLI's thresholds leave for later
                new_text = apply_edits(text, edits, source.newline)
                edits = None
                if new_text == text:
                    doc = self._parse(source, text)  # nothing changed after all: the findings as they were
                    findings = self.check_document(doc, rules, result)
                    break
                result.fixed_count += count
                text = new_text
                doc = self._parse(source, text)
                findings = self.check_document(doc, rules, result)
                if result.crashed:
                    break
            if text != source.text:
                result.fixed_text = text
            if rejected:  # what --fix could not apply is not offered as fixable any more
                for f in findings:
                    if f.fix is not None and _key(f.fix) in rejected:
                        f.fix = None
        result.findings = findings
        return result, doc

    # ---- many files ----------------------------------------------------------------------
    def needs_documents(self, paths: list[str]) -> bool:
        """Whether the cross-file hooks could report anything (links checked, ``--cross-file``,
        an ``across-files`` rule option, or a plugin with its own hook): then every Document is
        kept in this process and files are linted one after another."""
        if self.context.check_links or self.context.cross_file:
            return True
        for path in paths:
            for rule in self.rules_for(path):
                if type(rule).check_many is Rule.check_many:
                    continue
                if not type(rule).__module__.startswith(__package__ + ".rules."):
                    return True
                if getattr(rule.opts, "across_files", False):
                    return True
        return False

    def lint_paths(self, paths: list[str], encoding: str = "utf-8", fix: bool = False, unsafe: bool = False,
                   jobs: int = 1, keep_docs: bool = True) -> list[tuple[str, FileResult | None, Document | None, str | None]]:
        """(path, result, document, read error) for each path, in the order given.

        With ``jobs > 1``, several files and enough text to pay for the processes, files are
        linted in a pool of processes (forked, so rules and configuration are not loaded again),
        largest first; documents are then not returned (``keep_docs`` must be False)."""
        from . import source as source_mod

        if jobs > 1 and not keep_docs and _worth_parallel(paths, jobs):
            return self._lint_parallel(paths, encoding, fix, unsafe, jobs)
        # one large file: its rules may be shared with a forked child (see _check_split), unless
        # the rules keep state for a cross-file pass, which must then see every check here
        self.split_jobs = jobs if not fix and not self.needs_documents(paths) else 1
        out: list[tuple[str, FileResult | None, Document | None, str | None]] = []
        for path in paths:
            try:
                src = source_mod.read(path, encoding)
            except InputError as exc:
                out.append((path, None, None, str(exc)))
                continue
            result, doc = self.lint_source(src, fix=fix, unsafe=unsafe)
            if not fix and not keep_docs:  # no fix is applied: its check, which may hold the model, goes
                result.findings = _portable(result.findings)
            out.append((path, result, doc if keep_docs else None, None))
        return out

    def _lint_parallel(self, paths, encoding, fix, unsafe, jobs):
        """Files dealt, largest first, each to the least loaded of this process and ``jobs - 1``
        forked children (no process pool: its imports and start-up cost more than linting a small
        file). This process gets a file last on a tie: it also gathers and reports the results."""
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
        done = in_forks(shares,
                        lambda i: _lint_one(self, paths[i], encoding, fix, unsafe))
        return [done[i] for i in range(len(paths))]

    def _parse(self, source: Source, text: str, remember: bool = True) -> Document:
        src = source if text is source.text else Source(source.path, text, source.encoding, source.bom, source.newline)
        try:
            return Document(src, remember)
        except RecursionError:
            raise InputError(f"{source.path}: nested too deeply to parse") from None
        except Exception as exc:  # never a traceback: one line naming the file, status 2
            raise InputError(f"{source.path}: cannot parse ({type(exc).__name__}: {exc}); please report it") from None

    def check_many(self, docs: list[Document], results: dict[str, FileResult]) -> dict[str, list[Finding]]:
        """Run the rules' cross-file hooks (each file's own rules), add their findings to the
        results and return them by path."""
        added: dict[str, list[Finding]] = {}
        if not docs:
            return added
        rules = self.rules_for(docs[0].path)
        for rule in rules:
            if type(rule).check_many is Rule.check_many:
                continue
            try:
                extra = list(rule.check_many(docs))
            except Exception as exc:
                for r in results.values():
                    r.crashed = True
                first = docs[0].path
                results[first].findings.append(internal_error(rule, exc, first))
                continue
            sup: dict[str, Suppressions] = {}
            for f in extra:
                if f.path not in results:
                    continue
                doc = next((d for d in docs if d.path == f.path), None)
                if doc is not None:
                    if f.path not in sup:
                        sup[f.path] = Suppressions(doc, self.resolver)
                    if sup[f.path].active and sup[f.path].suppressed(f):
                        continue
                results[f.path].findings.append(f)
                added.setdefault(f.path, []).append(f)
        for r in results.values():
            r.findings.sort(key=Finding.sort_key)
        return added

    def apply_cross_fixes(self, added: dict[str, list[Finding]], results: dict[str, FileResult], unsafe: bool) -> None:
        """Apply the allowed fixes of cross-file findings (their offsets index the text each file
        had after its own fixes), then let each file's own rules settle the new text."""
        for path, found in added.items():
            r = results[path]
            if r.crashed or r.source is None:
                continue
            fixes = _choose_fixes([f.fix for f in found if f.fix is not None and (f.fix.safe or unsafe)])
            if not fixes:
                continue
            base = r.fixed_text if r.fixed_text is not None else r.source.text
            new_text = apply_edits(base, [e for fx in fixes for e in fx.edits], r.source.newline)
            if new_text == base:
                continue
            src = Source(r.source.path, new_text, r.source.encoding, r.source.bom, r.source.newline)
            again, _ = self.lint_source(src, fix=True, unsafe=unsafe)
            applied = {id(fx) for fx in fixes}
            r.fixed_text = again.fixed_text if again.fixed_text is not None else new_text
            r.fixed_count += again.fixed_count + sum(1 for f in found if f.fix is not None and id(f.fix) in applied)
            r.crashed = r.crashed or again.crashed
            r.findings = again.findings + [f for f in found if f.fix is None or id(f.fix) not in applied]
            r.findings.sort(key=Finding.sort_key)


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


def _portable(found: list[Finding]) -> list[Finding]:
    """The findings without their fixes' ``verify`` closures, which cannot be pickled (findings
    that share a fix still share it)."""
    plain: dict[int, Fix] = {}
    for f in found:
        if f.fix is not None and f.fix.verify is not None:
            f.fix = plain.setdefault(id(f.fix), Fix(f.fix.edits, f.fix.safe, f.fix.description))
    return found


def _worth_parallel(paths: list[str], jobs: int) -> bool:
    if len(paths) < 2 or "-" in paths or not can_fork():
        return False
    return sum(_size(p) for p in paths) >= PARALLEL_MIN_BYTES


def _lint_one(engine: Engine, path: str, encoding: str, fix: bool, unsafe: bool):
    """Lint one file for :meth:`Engine._lint_parallel` (in a forked child, or in the parent)."""
    from . import source as source_mod

    try:
        src = source_mod.read(path, encoding)
    except InputError as exc:
        return (path, None, None, str(exc))
    result, _doc = engine.lint_source(src, fix=fix, unsafe=unsafe)
    _portable(result.findings)  # what the parent reports, without callables that cannot be pickled
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


def internal_error(rule: Rule, exc: BaseException, path: str) -> Finding:
    import traceback

    tb = traceback.extract_tb(exc.__traceback__)
    where = f" at {tb[-1].filename.rsplit('/', 1)[-1]}:{tb[-1].lineno}" if tb else ""
    msg = str(exc).splitlines()[0] if str(exc) else ""
    return Finding(
        code=rule.code,
        name="internal-error",
        severity=ERROR,
        message=f"rule {rule.code} {rule.name} crashed: {type(exc).__name__}: {msg}{where}; please report it",
        line=1,
        path=path,
    )


# ---- convenience for tests and plugins --------------------------------------------------------
def lint_text(text: str, select: list[str] | None = None, path: str = "<text>", config: dict | None = None,
              context: RunContext | None = None) -> list[Finding]:
    """Findings for a Markdown string with the default (or selected) rules."""
    return _run_text(text, select, path, config, context, fix=False, unsafe=False)[1]


def fix_text(text: str, select: list[str] | None = None, unsafe: bool = False, path: str = "<text>",
             config: dict | None = None, context: RunContext | None = None) -> tuple[str, list[Finding]]:
    """(fixed text, findings left) for a Markdown string."""
    return _run_text(text, select, path, config, context, fix=True, unsafe=unsafe)


def _run_text(text, select, path, config, context, fix, unsafe):
    from .config import build
    from .source import detect_newline

    eng = Engine(Selection(select=None), context=context)
    if select is not None:
        eng.selection.select = [c for s in select for c in eng.resolver.expand(s, "select")]
    cfg = build(config or {}, None, eng.resolver)
    eng.configs.for_path = lambda _p: cfg  # type: ignore[method-assign]
    src = Source(path=path, text=text, newline=detect_newline(text))
    result, _ = eng.lint_source(src, fix=fix, unsafe=unsafe)
    return (result.fixed_text if result.fixed_text is not None else text), result.findings
