"""The engine: selection, running the rules on a document, and the fix loop.

Rules come from :mod:`awesome_lint.registry`; inline suppressions from
:mod:`awesome_lint.suppressions`; which fixes a pass applies from :mod:`awesome_lint.fixplan`;
forked workers from :mod:`awesome_lint.parallel`. Fixing applies the non-overlapping edits of the
allowed fixes, re-parses and re-checks, until nothing changes (at most ``MAX_PASSES``), so every
fix is judged against fresh text.
"""

from __future__ import annotations

import gc

import msgspec

from .config import Config, ConfigCache, Resolver
from .document import Document
from .edits import Fix, apply_edits
from .fixplan import check_fix_edits, choose_fixes, code_ranges, fix_key, plan_fixes, touches_code
from .model import ERROR, Finding, InputError, RunContext, narrow
from .parallel import (
    PARALLEL_MIN_BYTES, SPLIT_MIN, can_fork, check_split, default_jobs, in_forks, lint_in_forks, portable,
    worth_parallel,
)
from .registry import ENTRY_POINT_GROUP, builtin_rule_modules, load_rules, plugin_entry_points
from .rules.base import Rule
from .source import Source
from .precedence import drop_contained, drop_deferred
from .suppressions import Suppressions

MAX_PASSES = 10

# Names that lived here before the engine was split, kept for existing callers.
__all__ = [
    "MAX_PASSES", "Engine", "Selection", "FileResult", "internal_error", "lint_text", "fix_text",
    "apply_edits", "plan_fixes", "choose_fixes", "Suppressions", "load_rules", "builtin_rule_modules",
    "plugin_entry_points", "ENTRY_POINT_GROUP", "PARALLEL_MIN_BYTES", "SPLIT_MIN", "can_fork",
    "default_jobs", "in_forks",
]
_choose_fixes = choose_fixes


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
        self._warned: set[str] = set()  # suppression-comment warnings already written

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
        code = code_ranges(doc)
        for rule in rules:
            found, crashed = self.run_rule(rule, doc, code)
            findings.extend(found)
            result.crashed |= crashed
        return self.finish(doc, findings, rules, result)

    def run_rule(self, rule: Rule, doc: Document, code) -> tuple[list[Finding], bool]:
        """One rule's findings on ``doc`` (fixes checked), or its crash as an internal error."""
        out: list[Finding] = []
        n = len(doc.text)
        try:
            for f in rule.check(doc):
                f.path = doc.path
                if f.fix is not None:
                    check_fix_edits(f.fix, n)
                    if code and touches_code(code, f.fix):
                        f.fix = None  # code is never changed by a fix
                out.append(f)
        except Exception as exc:  # contain a crashing rule: report it, keep the others
            return out + [internal_error(rule, exc, doc.path)], True
        return out, False

    def finish(self, doc: Document, findings: list[Finding], rules: list[Rule] | None = None,
               result: FileResult | None = None) -> list[Finding]:
        """The findings left by the suppression comments (a group's parts judged line by line),
        plus what the rules with a ``check_suppressions`` hook (AL020) say about the comments, or
        else a warning on stderr for each comment not understood; sorted."""
        sup = Suppressions(doc, self.resolver)
        if sup.active:
            findings = narrow(findings, lambda f: not sup.suppressed(f))
        hooks = [r for r in rules or () if hasattr(r, "check_suppressions")]
        if hooks and (sup.directives or sup.problems):
            enabled = {r.code for r in rules}
            for rule in hooks:
                try:
                    extra = [f for f in rule.check_suppressions(doc, sup.unused(), sup.problems, enabled)
                             if not sup.suppressed(f, named=True)]
                except Exception as exc:  # contained as a crash in check is
                    extra = [internal_error(rule, exc, doc.path)]
                    if result is not None:
                        result.crashed = True
                for f in extra:
                    f.path = doc.path
                findings.extend(extra)
        elif sup.problems:
            self._warn(doc.path, sup.problems)
        findings = drop_contained(drop_deferred(findings, self.classes))
        findings.sort(key=Finding.sort_key)
        return findings

    def _warn(self, path: str, problems) -> None:
        """Suppression comments not understood, on stderr once each (fix passes repeat them)."""
        import sys

        for p in problems:
            line = f"awesome-lint: warning: {path}:{p.line}:{p.column}: {p.message}\n"
            if line not in self._warned:
                self._warned.add(line)
                sys.stderr.write(line)

    def lint_source(self, source: Source, fix: bool = False, unsafe: bool = False) -> tuple[FileResult, Document | None]:
        result = FileResult(source.path, source)
        rules = self.rules_for(source.path)
        text = source.text
        doc = self._parse(source, text, remember=fix)  # kept for incremental re-parses of fixes
        if not fix and self.split_jobs > 1 and len(text) >= SPLIT_MIN and can_fork():
            findings = check_split(self, doc, rules, result)
        else:
            findings = self.check_document(doc, rules, result)
        if fix and not result.crashed:
            rejected: set[tuple] = set()
            only = self.context.lines_for(source.path)
            for _ in range(MAX_PASSES):
                allowed = findings if only is None else narrow(findings, on_lines(only))
                chosen = plan_fixes(allowed, text, unsafe, rejected)
                allowed = None
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
                    if f.fix is not None and fix_key(f.fix) in rejected:
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

        if jobs > 1 and not keep_docs and worth_parallel(paths, jobs):
            return lint_in_forks(self, paths, encoding, fix, unsafe, jobs)
        # one large file: its rules may be shared with a forked child (see parallel.check_split), unless
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
                result.findings = portable(result.findings)
            out.append((path, result, doc if keep_docs else None, None))
        return out

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
                kept = [f]
                if doc is not None:
                    if f.path not in sup:
                        sup[f.path] = Suppressions(doc, self.resolver)
                    if sup[f.path].active:
                        kept = narrow(kept, lambda g, s=sup[f.path]: not s.suppressed(g))
                results[f.path].findings.extend(kept)
                added.setdefault(f.path, []).extend(kept)
            self._used_across_files(sup, rules, results)
        for r in results.values():
            r.findings.sort(key=Finding.sort_key)
        return added

    @staticmethod
    def _used_across_files(sup: dict[str, Suppressions], rules: list[Rule], results: dict[str, FileResult]) -> None:
        """A comment that suppressed a cross-file finding was used after all: the hook rules'
        (AL020's) findings about it, made when its file alone was checked, go."""
        hooks = {r.code for r in rules if hasattr(r, "check_suppressions")}
        for path, s in sup.items():
            at = {(d.line, d.column) for d in s.directives if d.used}
            if hooks and at:
                results[path].findings = [f for f in results[path].findings
                                          if f.code not in hooks or (f.line, f.column) not in at]

    def apply_cross_fixes(self, added: dict[str, list[Finding]], results: dict[str, FileResult], unsafe: bool) -> None:
        """Apply the allowed fixes of cross-file findings (their offsets index the text each file
        had after its own fixes), then let each file's own rules settle the new text."""
        for path, found in added.items():
            r = results[path]
            if r.crashed or r.source is None:
                continue
            fixes = choose_fixes([f.fix for f in found if f.fix is not None and (f.fix.safe or unsafe)])
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


def on_lines(lines: set[int]):
    """``--since``: whether a finding is about one of ``lines`` (its own span or a related line;
    a group is judged part by part by ``narrow``). A rule's crash is always kept."""
    return lambda f: f.name == "internal-error" or not lines.isdisjoint(f.lines())


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


# ---- kept for existing callers: see awesome_lint.testing ----------------------------------------
def lint_text(text: str, select: list[str] | None = None, path: str = "<text>", config: dict | None = None,
              context: RunContext | None = None) -> list[Finding]:
    """Findings for a Markdown string with the registered rules (:func:`awesome_lint.testing.lint_text`)."""
    from . import testing

    return testing.lint_text(text, select=select, config=config, path=path, context=context)


def fix_text(text: str, select: list[str] | None = None, unsafe: bool = False, path: str = "<text>",
             config: dict | None = None, context: RunContext | None = None) -> tuple[str, list[Finding]]:
    """(fixed text, findings left) for a Markdown string (:func:`awesome_lint.testing.fix_text`)."""
    from . import testing

    return testing.fix_text(text, select=select, unsafe=unsafe, config=config, path=path, context=context)
