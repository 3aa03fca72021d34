"""The language server: the protocol's requests and notifications, answered with the engine.

Diagnostics are published on open, on save and after a change once the document has been quiet
for the debounce (150 ms; ``initializationOptions.debounce`` in milliseconds). The lint runs on
one worker thread while the event loop keeps reading messages, so a later change makes the
running lint's result stale (dropped, never published) rather than waiting behind it.
"""

from __future__ import annotations

import asyncio
import gc
import os
from concurrent.futures import ThreadPoolExecutor

from lsprotocol import types as lsp
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method

from .. import __version__
from ..config import CONFIG_NAMES
from . import convert
from .documents import OpenDocument, uri_to_path
from .linting import Linter, LintResult
from .positions import UTF8, UTF16, UTF32, LineIndex

CONFIG_FILES = (*CONFIG_NAMES, "pyproject.toml")
FIX_ALL_KIND = lsp.CodeActionKind.SourceFixAll + ".awesome-lint"
DEFAULT_DEBOUNCE_MS = 150
#: Larger documents are not linted in the editor (a 10 MB list takes seconds a keystroke); the
#: command line checks them. ``initializationOptions.maxDocumentSize`` (characters) changes it.
DEFAULT_MAX_SIZE = 4_000_000


class _Unparsable:
    """What a message whose parameters cannot be read becomes once its error is answered."""

    jsonrpc = "unparsable"


class Protocol(LanguageServerProtocol):
    """pygls's protocol with three changes: the server keeps the open documents' text itself
    (see :mod:`.documents`); a request whose parameters do not fit the method is answered with
    an InvalidParams error rather than left without an answer; and the document notifications
    call the server's handlers directly. pygls runs its own handlers as generators and files
    each one's future under a fresh id that only a request's answer removes: one future a
    keystroke, kept for ever (RSS grew 5 MB every 3,000 edits)."""

    def _notify_handler(self, method: str, params) -> None:
        if (handler := self.fm.features.get(method)) is not None:
            handler(params)

    @lsp_method(lsp.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(self, params):
        self._notify_handler(lsp.TEXT_DOCUMENT_DID_OPEN, params)

    @lsp_method(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params):
        self._notify_handler(lsp.TEXT_DOCUMENT_DID_CHANGE, params)

    @lsp_method(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(self, params):
        self._notify_handler(lsp.TEXT_DOCUMENT_DID_CLOSE, params)

    def structure_message(self, data):
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            if isinstance(data, dict) and "id" in data and "method" in data:
                self._send_response(data["id"], error=exc.to_response_error())
                return _Unparsable()
            raise


GC_IDLE = 0.2  # seconds without a lint after which the old models are collected
GC_EVERY = 16  # lints in a row after which they are collected all the same (memory stays bounded)


class AwesomeLintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("awesome-lint", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental,
                         protocol_cls=Protocol)
        self.docs: dict[str, OpenDocument] = {}
        self.results: dict[str, LintResult] = {}
        self.timers: dict[str, asyncio.TimerHandle] = {}
        self.linter: Linter | None = None
        self.worker = ThreadPoolExecutor(1, thread_name_prefix="awesome-lint")
        self.debounce = DEFAULT_DEBOUNCE_MS / 1000
        self.max_size = DEFAULT_MAX_SIZE
        self.encoding = UTF16
        self.shut_down = False  # a shutdown request came before exit: exit status 0
        self.gc_timer: asyncio.TimerHandle | None = None
        self.lints_since_gc = 0

    # ---- running the engine ------------------------------------------------------------------
    async def in_worker(self, fn, *args):
        return await asyncio.get_running_loop().run_in_executor(self.worker, fn, *args)

    def schedule(self, uri: str, delay: float) -> None:
        old = self.timers.pop(uri, None)
        if old is not None:
            old.cancel()
        loop = asyncio.get_running_loop()
        self.timers[uri] = loop.call_later(delay, lambda: asyncio.ensure_future(self.lint(uri)))

    async def lint(self, uri: str) -> LintResult | None:
        """Lint the document's current version and publish the result, unless it went stale."""
        timer = self.timers.pop(uri, None)
        if timer is not None:
            timer.cancel()  # called directly (a request needs the result now): no second lint
        doc = self.docs.get(uri)
        if doc is None or not doc.is_markdown or self.linter is None:
            return None
        version, text = doc.version, doc.text
        if len(text) > self.max_size:
            result = LintResult(version, text, "\n", [], error=(
                f"awesome-lint: not checked in the editor: {len(text):,} characters is over the server's limit "
                f"of {self.max_size:,} (initialization option maxDocumentSize); run awesome-lint on the file"))
        else:
            try:
                result = await self.in_worker(self.linter.lint, uri, doc.path, text, version)
            except Exception as exc:  # a bug, not the list's fault: say so where the user looks
                result = LintResult(version, text, "\n", [], error=(
                    f"awesome-lint: internal error ({type(exc).__name__}: {exc}); please report it"))
        if self.docs.get(uri) is not doc or doc.version != version or doc.text is not text:
            return None  # changed meanwhile: a newer lint is on its way
        self.results[uri] = result
        await self.cross_check(uri)
        self.publish(uri)
        self.collect_soon()
        return result

    def collect_soon(self) -> None:
        """Free the old models (their records form cycles) with a full collection once the
        editor is quiet (no lint for GC_IDLE s), or after GC_EVERY lints in a row: a collection
        takes ~3 ms after a lint of a 100 KB list, and queued on the worker after every lint it
        held up the next keystroke's lint when keystrokes came faster than lints."""
        if self.gc_timer is not None:
            self.gc_timer.cancel()
            self.gc_timer = None
        self.lints_since_gc += 1
        if self.lints_since_gc >= GC_EVERY:
            self.collect_now()
        else:
            self.gc_timer = asyncio.get_running_loop().call_later(GC_IDLE, self.collect_now)

    def collect_now(self) -> None:
        self.gc_timer = None
        self.lints_since_gc = 0
        self.worker.submit(gc.collect)

    async def fresh(self, uri: str) -> LintResult | None:
        """The result for the document's current text (linting it now if it is not there yet)."""
        doc = self.docs.get(uri)
        if doc is None:
            return None
        r = self.results.get(uri)
        if r is not None and r.text is doc.text:
            return r
        return await self.lint(uri)

    async def cross_check(self, uri: str) -> None:
        """Compare the document with the other open lists of its workspace folder, where the
        configuration asks for it; republish the others when what they share changed."""
        group = [u for u in self.results if self.folder_of(u) == self.folder_of(uri) and u in self.docs]
        results = [self.results[u] for u in group]
        if not any(r.doc is not None or r.cross for r in results) or len(group) < 2:
            return
        before = {u: [f.message for f in self.results[u].cross] for u in group}
        await self.in_worker(self.linter.cross_check, results)
        for u in group:
            if u != uri and [f.message for f in self.results[u].cross] != before[u]:
                self.publish(u)

    def folder_of(self, uri: str) -> str:
        """The workspace folder holding the document ('' when none does)."""
        path = self.docs[uri].path if uri in self.docs else uri_to_path(uri)
        best = ""
        try:
            folders = [uri_to_path(f.uri) for f in self.workspace.folders.values()]
            if self.workspace.root_uri:
                folders.append(uri_to_path(self.workspace.root_uri))
        except RuntimeError:
            folders = []
        for folder in folders:
            if (path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)) and len(folder) > len(best):
                best = folder
        return best

    def publish(self, uri: str) -> None:
        doc, r = self.docs.get(uri), self.results.get(uri)
        if doc is None or r is None:
            return
        index = doc.index if r.text is doc.text else LineIndex(r.text, self.encoding)
        if r.error is not None:
            diags = [convert.error_diagnostic(r.error)]
        else:
            diags = [convert.diagnostic(index, f, uri) for f in sorted(r.findings + r.cross, key=lambda f: f.sort_key())]
        self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=diags,
                                                                            version=r.version))

    def relint_all(self) -> None:
        for uri, doc in self.docs.items():
            if doc.is_markdown:
                self.schedule(uri, 0)

    # ---- edits for the client ------------------------------------------------------------------
    def workspace_edit(self, doc: OpenDocument, edits: list[lsp.TextEdit]) -> lsp.WorkspaceEdit:
        caps = self.client_capabilities
        versioned = bool(caps.workspace and caps.workspace.workspace_edit
                         and caps.workspace.workspace_edit.document_changes)
        if versioned and doc.version is not None:
            ident = lsp.OptionalVersionedTextDocumentIdentifier(uri=doc.uri, version=doc.version)
            return lsp.WorkspaceEdit(document_changes=[lsp.TextDocumentEdit(text_document=ident, edits=edits)])
        return lsp.WorkspaceEdit(changes={doc.uri: edits})

    async def fix_all_edits(self, doc: OpenDocument) -> list[lsp.TextEdit] | None:
        """The safe fixes as edits of the document's current text (None: it changed meanwhile)."""
        if self.linter is None or not doc.is_markdown or len(doc.text) > self.max_size:
            return []
        text, version = doc.text, doc.version
        fixed = await self.in_worker(self.linter.fix_all, doc.path, text)
        if doc.text is not text or doc.version != version:
            return None
        return [] if fixed is None else convert.diff_edits(doc.index, fixed)


server = AwesomeLintServer()


def _encoding_name(kind) -> str:
    value = getattr(kind, "value", kind)
    return {"utf-8": UTF8, "utf-16": UTF16, "utf-32": UTF32}.get(value, UTF16)


@server.feature(lsp.INITIALIZE)
def initialize(ls: AwesomeLintServer, params: lsp.InitializeParams) -> None:
    opts = params.initialization_options if isinstance(params.initialization_options, dict) else {}
    debounce = opts.get("debounce")
    if isinstance(debounce, (int, float)) and not isinstance(debounce, bool) and 0 <= debounce <= 10_000:
        ls.debounce = debounce / 1000
    size = opts.get("maxDocumentSize")
    if isinstance(size, int) and not isinstance(size, bool) and size > 0:
        ls.max_size = size
    ls.encoding = _encoding_name(ls.workspace.position_encoding)
    ls.linter = Linter()
    gc.freeze()  # the rules and modules live as long as the server: keep them out of every collection


@server.feature(lsp.INITIALIZED)
def initialized(ls: AwesomeLintServer, _params) -> None:
    caps = ls.client_capabilities
    dynamic = (caps.workspace and caps.workspace.did_change_watched_files
               and caps.workspace.did_change_watched_files.dynamic_registration)
    if dynamic:
        watchers = [lsp.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_FILES]
        ls.client_register_capability(lsp.RegistrationParams(registrations=[lsp.Registration(
            id="awesome-lint-config", method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            register_options=lsp.DidChangeWatchedFilesRegistrationOptions(watchers=watchers))]))


@server.feature(lsp.SHUTDOWN)
def shutdown(ls: AwesomeLintServer, _params) -> None:
    ls.shut_down = True
    for timer in ls.timers.values():
        timer.cancel()
    ls.timers.clear()
    if ls.gc_timer is not None:
        ls.gc_timer.cancel()
        ls.gc_timer = None


@server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: AwesomeLintServer, params: lsp.DidOpenTextDocumentParams) -> None:
    item = params.text_document
    doc = OpenDocument(item.uri, item.text, item.version, item.language_id, ls.encoding)
    ls.docs[item.uri] = doc
    if doc.is_markdown:
        ls.schedule(item.uri, 0)


@server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: AwesomeLintServer, params: lsp.DidChangeTextDocumentParams) -> None:
    doc = ls.docs.get(params.text_document.uri)
    if doc is None:
        return
    doc.apply(params.content_changes, params.text_document.version)
    if doc.is_markdown:
        ls.schedule(doc.uri, ls.debounce)


@server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: AwesomeLintServer, params: lsp.DidSaveTextDocumentParams) -> None:
    uri = params.text_document.uri
    if os.path.basename(uri_to_path(uri)) in CONFIG_FILES:
        ls.linter and ls.linter.reload_config()
        ls.relint_all()
        return
    doc = ls.docs.get(uri)
    if doc is not None and doc.is_markdown:
        ls.schedule(uri, 0)


@server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: AwesomeLintServer, params: lsp.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    timer = ls.timers.pop(uri, None)
    if timer is not None:
        timer.cancel()
    doc = ls.docs.pop(uri, None)
    ls.results.pop(uri, None)
    if ls.linter is not None:
        ls.worker.submit(ls.linter.forget, uri)
    if doc is not None and doc.is_markdown:
        ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
        for other, r in ls.results.items():  # what it shared with other lists goes with it
            if r.cross:
                ls.schedule(other, 0)


@server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def did_change_watched_files(ls: AwesomeLintServer, params: lsp.DidChangeWatchedFilesParams) -> None:
    if any(os.path.basename(uri_to_path(c.uri)) in CONFIG_FILES for c in params.changes):
        ls.linter and ls.linter.reload_config()
        ls.relint_all()


@server.feature(lsp.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
def did_change_folders(ls: AwesomeLintServer, _params) -> None:
    ls.linter and ls.linter.reload_config()
    ls.relint_all()


@server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(
    code_action_kinds=[lsp.CodeActionKind.QuickFix, FIX_ALL_KIND], resolve_provider=True))
async def code_action(ls: AwesomeLintServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction] | None:
    uri = params.text_document.uri
    r = await ls.fresh(uri)
    doc = ls.docs.get(uri)
    if r is None or doc is None or r.text is not doc.text or r.error is not None:
        return None
    only = params.context.only if params.context else None

    def wanted(kind: str) -> bool:
        return not only or any(kind == k or kind.startswith(k + ".") for k in only)

    index = doc.index
    lo = index.offset(params.range.start.line, params.range.start.character)
    hi = index.offset(params.range.end.line, params.range.end.character)
    actions: list[lsp.CodeAction] = []
    findings = sorted(r.findings + r.cross, key=lambda f: f.sort_key())
    if wanted(lsp.CodeActionKind.QuickFix):
        for f in findings:
            start = _offset(index, f.line, f.column)
            end = _offset(index, f.end_line or f.line, f.end_column or f.column)
            if end < lo or start > hi:
                continue
            diag = convert.diagnostic(index, f, uri)
            if f.fix is not None and f.fix.edits and await ls.in_worker(Linter.fix_passes, f.fix, r.text):
                title = f"{f.code}: {f.fix.description or 'fix'}" + ("" if f.fix.safe else " (unsafe)")
                actions.append(lsp.CodeAction(
                    title=title, kind=lsp.CodeActionKind.QuickFix, diagnostics=[diag], is_preferred=f.fix.safe,
                    edit=ls.workspace_edit(doc, convert.fix_edits(index, f.fix, r.newline))))
            actions.append(lsp.CodeAction(
                title=f"Disable {f.code} for this line", kind=lsp.CodeActionKind.QuickFix, diagnostics=[diag],
                edit=ls.workspace_edit(doc, [convert.disable_line_edit(index, f, r.newline)])))
    if wanted(FIX_ALL_KIND) and any(f.fix is not None and f.fix.safe for f in findings):
        action = lsp.CodeAction(title="awesome-lint: fix all safe problems", kind=FIX_ALL_KIND,
                                data={"uri": uri, "version": doc.version})
        if not _resolves_edits(ls):
            edits = await ls.fix_all_edits(doc)
            if not edits:
                return actions
            action.edit = ls.workspace_edit(doc, edits)
            action.data = None
        actions.append(action)
    return actions


def _offset(index, line: int, column: int) -> int:
    if line - 1 >= len(index.starts):
        return len(index.text)
    start, end = index.line_span(max(line - 1, 0))
    return min(start + max(column, 1) - 1, end)


def _resolves_edits(ls: AwesomeLintServer) -> bool:
    caps = ls.client_capabilities.text_document
    ca = caps.code_action if caps else None
    return bool(ca and ca.resolve_support and "edit" in (ca.resolve_support.properties or []))


@server.feature(lsp.CODE_ACTION_RESOLVE)
async def code_action_resolve(ls: AwesomeLintServer, action: lsp.CodeAction) -> lsp.CodeAction:
    data = action.data if isinstance(action.data, dict) else {}
    doc = ls.docs.get(data.get("uri", ""))
    if doc is None or action.kind != FIX_ALL_KIND or data.get("version") != doc.version:
        return action  # not ours, or the document changed since: no edit
    edits = await ls.fix_all_edits(doc)
    if edits:
        action.edit = ls.workspace_edit(doc, edits)
    return action


@server.feature(lsp.TEXT_DOCUMENT_FORMATTING)
async def formatting(ls: AwesomeLintServer, params: lsp.DocumentFormattingParams) -> list[lsp.TextEdit] | None:
    doc = ls.docs.get(params.text_document.uri)
    if doc is None:
        return None
    return await ls.fix_all_edits(doc)


@server.feature(lsp.TEXT_DOCUMENT_HOVER)
async def hover(ls: AwesomeLintServer, params: lsp.HoverParams) -> lsp.Hover | None:
    from ..docs import explain_text

    uri = params.text_document.uri
    r = await ls.fresh(uri)
    doc = ls.docs.get(uri)
    if r is None or doc is None or r.text is not doc.text or ls.linter is None:
        return None
    index = doc.index
    at = index.offset(params.position.line, params.position.character)
    parts, rng = [], None
    seen = set()
    for f in sorted(r.findings + r.cross, key=lambda f: f.sort_key()):
        start = _offset(index, f.line, f.column)
        end = _offset(index, f.end_line or f.line, f.end_column or f.column)
        if not (start <= at <= max(end, start)):
            continue
        rng = rng or convert.finding_range(index, f)
        parts.append(f"**{f.code}** {f.message}")
        cls = ls.linter.classes.get(f.code)
        if cls is not None and f.code not in seen:
            seen.add(f.code)
            parts.append(explain_text(cls))
    if not parts:
        return None
    return lsp.Hover(contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value="\n\n".join(parts)), range=rng)
