"""The server's side of the engine: lint an open document's text, fix it, verify one fix.

Configuration is found as on the command line (the nearest configuration file to the document,
through :class:`~awesome_lint.config.ConfigCache`) and forgotten as a whole when a configuration
file changes. Each open document keeps its own :class:`~awesome_lint.parsing.ParseCache`, so a
change to a large list re-parses only from the top-level heading before it to the one after it,
and two open lists do not evict each other's parse; the cache also keeps the latest version's
inline scans (:class:`~awesome_lint.inline.ScanMemo`), so only the changed blocks are scanned. All of it runs on one worker thread: the
engine and its rules are not shared between threads.
"""

from __future__ import annotations

from ..document import Document
from ..edits import Fix, apply_edits
from ..inline import ScanMemo
from ..engine import Engine, FileResult, Selection
from ..model import Finding, InputError, RunContext
from ..parsing import ParseCache
from ..registry import load_rules
from ..source import Source, detect_newline


# An edit re-parses the chunk it falls in (from a heading to the one after it): chunks of about
# 8 KB rather than the command line's 32 KB make markdown-it's part of a keystroke a quarter.
EDIT_CHUNK = 8 * 1024


class LintResult:
    """What one lint of one version of a document found."""

    __slots__ = ("version", "text", "newline", "findings", "error", "doc", "cross")

    def __init__(self, version, text: str, newline: str, findings: list[Finding], error: str | None = None,
                 doc: Document | None = None):
        self.version = version
        self.text = text
        self.newline = newline
        self.findings = findings
        self.error = error  # configuration or input error: one line, no findings
        self.doc = doc  # kept only when a cross-file check needs it
        self.cross: list[Finding] = []  # findings of the cross-file check, set by the server


class Linter:
    """The engine as the server uses it."""

    def __init__(self, check_links: bool = False):
        self.classes = load_rules()
        self.check_links = check_links
        self.engine = self._new_engine()
        self.caches: dict[str, ParseCache] = {}

    def _new_engine(self) -> Engine:
        return Engine(Selection(), context=RunContext(), rule_classes=self.classes)

    def reload_config(self) -> None:
        """Forget every configuration read (and the rules made from it)."""
        self.engine = self._new_engine()

    def forget(self, uri: str) -> None:
        self.caches.pop(uri, None)

    def lint(self, uri: str, path: str, text: str, version) -> LintResult:
        newline = detect_newline(text)
        engine = self.engine
        try:
            rules = engine.rules_for(path)
            keep = engine.needs_documents([path])
        except InputError as exc:
            return LintResult(version, text, newline, [], error=str(exc))
        for rule in rules:  # the next version is mostly this one: rules keep what they found quiet
            rule.keep_across_documents = True
        src = Source(path, text, newline=newline)
        cache = self.caches.get(uri)
        if cache is None:
            cache = self.caches[uri] = ParseCache()
            cache.scans = ScanMemo()  # an edit scans again only the blocks it changed
            cache.chunk = EDIT_CHUNK
        try:
            doc = Document(src, True, cache)
        except RecursionError:
            cache.clear()
            return LintResult(version, text, newline, [], error=f"{path}: nested too deeply to parse")
        except Exception as exc:  # never a crash of the server: one line, as the command says it
            cache.clear()
            return LintResult(version, text, newline, [], error=f"{path}: cannot parse ({type(exc).__name__}: {exc})")
        result = FileResult(path, src)
        findings = engine.check_document(doc, rules, result)
        return LintResult(version, text, newline, findings, doc=doc if keep else None)

    def cross_check(self, results: list[LintResult]) -> None:
        """Compare documents with each other where their configuration asks for it (AL003's
        ``across-files``); each result's ``cross`` gets the findings in its document."""
        for r in results:
            r.cross = []
        docs = [r.doc for r in results if r.doc is not None and r.error is None]
        if len(docs) < 2:
            return
        by_path = {r.doc.path: r for r in results if r.doc is not None}
        file_results = {d.path: FileResult(d.path, d.source) for d in docs}
        added = self.engine.check_many(docs, file_results)
        for path, found in added.items():
            if path in by_path:
                by_path[path].cross = found

    def fix_all(self, path: str, text: str, unsafe: bool = False) -> str | None:
        """The text after ``--fix`` (``--unsafe-fixes``), or None when nothing changes or it
        cannot be fixed (a configuration error, a rule that crashed)."""
        src = Source(path, text, newline=detect_newline(text))
        try:
            result, _doc = self.engine.lint_source(src, fix=True, unsafe=unsafe)
        except InputError:
            return None
        if result.crashed or not result.changed:
            return None
        return result.fixed_text

    @staticmethod
    def fix_passes(fix: Fix, text: str) -> bool:
        """Whether one finding's fix passes its own check, as ``--fix`` would run it."""
        if fix.verify is None:
            return True
        try:
            return bool(fix.verify(None if fix.local_verify else apply_edits(text, fix.edits)))
        except Exception:
            return False
