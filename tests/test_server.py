"""``awesome-lint server``: a real client (pytest-lsp) drives the real server process
(``python -m awesome_lint server``) over standard input and output."""

from __future__ import annotations

import asyncio
import json
import re
import sys
from concurrent.futures import Future
from pathlib import Path

import pytest

pytest_lsp = pytest.importorskip("pytest_lsp")
from lsprotocol import types as lsp  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient  # noqa: E402

from conftest import run_cli  # noqa: E402

FAULTS = """\
# 🚀 Awesome 論文 List

## Papers 📄

1. 🔥🔥 [2021 ICLR] **An Image is Worth 16x16 Words** 中文 [[paper]](https://arxiv.org/abs/2010.11929)
2. [2022 CVPR] **Masked Autoencoders Are Scalable Vision Learners** [[paper]](https://arxiv.org/abs/2111.06377)
4. [2023 ICCV] **Segment Anything** [[paper]](https://arxiv.org/abs/2304.02643)
5. 🤖 **Visual Instruction Tuning** [[paper]](https://arxiv.org/abs/2304.08485) [[code]](http://github.com/haotian-liu/LLaVA)
6. 😀 [2025 NIPS] **Some Paper** [[paper]](https://arxiv.org/abs/2401.00001)
"""


def make_client() -> LanguageClient:
    """A client that records every publishDiagnostics (with its version) and showMessage."""
    client = LanguageClient()
    client.published = []
    client.registrations = []

    @client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def _diagnostics(ls, params):
        ls.published.append(params)
        ls.diagnostics[params.uri] = params.diagnostics

    @client.feature(lsp.WINDOW_SHOW_MESSAGE)
    def _message(ls, params):
        ls.messages.append(params)

    @client.feature(lsp.WINDOW_LOG_MESSAGE)
    def _log(ls, params):
        ls.log_messages.append(params)

    @client.feature(lsp.CLIENT_REGISTER_CAPABILITY)
    def _register(ls, params):
        ls.registrations.append(params)

    return client


CAPABILITIES = lsp.ClientCapabilities(
    workspace=lsp.WorkspaceClientCapabilities(
        workspace_edit=lsp.WorkspaceEditClientCapabilities(document_changes=True),
        did_change_watched_files=lsp.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True),
    ),
    text_document=lsp.TextDocumentClientCapabilities(code_action=lsp.CodeActionClientCapabilities(
        resolve_support=lsp.ClientCodeActionResolveOptions(properties=["edit"]))),
)


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "awesome_lint", "server"],
                                              client_factory=make_client))
async def client(lsp_client: LanguageClient, tmp_path):
    await lsp_client.initialize_session(lsp.InitializeParams(
        capabilities=CAPABILITIES, root_uri=tmp_path.as_uri(),
        workspace_folders=[lsp.WorkspaceFolder(uri=tmp_path.as_uri(), name="lists")],
        initialization_options={"debounce": 0, "maxDocumentSize": 2_000_000}))
    yield
    await lsp_client.shutdown_session()


async def published(client, uri: str, version=None, timeout: float = 30.0) -> list[lsp.Diagnostic]:
    """The diagnostics published for ``uri`` at ``version`` (waiting for them)."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while True:
        for p in reversed(client.published):
            if p.uri == uri and (version is None or p.version == version):
                return p.diagnostics
        if loop.time() > end:
            raise AssertionError(f"no diagnostics for {uri} version {version}: {client.published}")
        await asyncio.sleep(0.01)


def open_doc(client, path: Path, text: str, version: int = 1) -> str:
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(
        lsp.TextDocumentItem(uri=uri, language_id="markdown", version=version, text=text)))
    return uri


def change(client, uri: str, text: str, version: int) -> None:
    client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=text)]))


def apply_text_edits(text: str, edits) -> str:
    """Apply the protocol's text edits as a client would: positions count UTF-16 code units, worked
    out here from the UTF-16 encoding itself (independently of the server's arithmetic)."""
    lines = re.findall(r"[^\r\n]*(?:\r\n|\r|\n)", text)  # the protocol's lines: not str.splitlines
    lines.append(text[sum(map(len, lines)):])

    def offset(pos) -> int:
        before = sum(len(line) for line in lines[:pos.line])
        line = lines[pos.line] if pos.line < len(lines) else ""
        units = line.encode("utf-16-le")[: 2 * pos.character]
        return before + len(units.decode("utf-16-le"))

    spans = sorted(((offset(e.range.start), offset(e.range.end), e.new_text) for e in edits), reverse=True)
    for s, t, new in spans:
        text = text[:s] + new + text[t:]
    return text


def edits_of(edit: lsp.WorkspaceEdit, uri: str):
    if edit.document_changes:
        return [e for dc in edit.document_changes if dc.text_document.uri == uri for e in dc.edits]
    return edit.changes[uri]


def by_code(diags) -> dict[str, lsp.Diagnostic]:
    return {d.code: d for d in diags}


@pytest.mark.asyncio
async def test_diagnostics_at_utf16_ranges(client: LanguageClient, tmp_path):
    uri = open_doc(client, tmp_path / "README.md", FAULTS)
    diags = by_code(await published(client, uri, 1))
    assert set(diags) == {"AL001", "AL005", "AL012"}
    # line 8: "5. 🤖 **Visual…": the robot is one code point (column 89 on the command line) but two
    # UTF-16 units, so the link starts at character 89, not 88
    al012 = diags["AL012"]
    assert (al012.range.start.line, al012.range.start.character) == (7, 89)
    assert (al012.range.end.line, al012.range.end.character) == (7, 124)
    line = FAULTS.splitlines()[7]
    start = len(line.encode("utf-16-le")[: 2 * 89].decode("utf-16-le"))
    assert line[start:].startswith("http://github.com")
    assert (diags["AL005"].range.start.line, diags["AL005"].range.start.character) == (8, 12)
    assert diags["AL001"].range.start == lsp.Position(6, 0)
    assert al012.source == "awesome-lint"
    assert al012.severity in (lsp.DiagnosticSeverity.Error, lsp.DiagnosticSeverity.Warning)
    assert al012.code_description.href.endswith("/rules/AL012.md")


@pytest.mark.asyncio
async def test_quick_fix_and_disable_comment(client: LanguageClient, tmp_path):
    uri = open_doc(client, tmp_path / "README.md", FAULTS)
    diags = by_code(await published(client, uri, 1))
    actions = await client.text_document_code_action_async(lsp.CodeActionParams(
        text_document=lsp.TextDocumentIdentifier(uri), range=diags["AL012"].range,
        context=lsp.CodeActionContext(diagnostics=[diags["AL012"]])))
    fixes = [a for a in actions if a.kind == lsp.CodeActionKind.QuickFix and a.title.startswith("AL012")]
    assert len(fixes) == 1 and "(unsafe)" not in fixes[0].title
    text = apply_text_edits(FAULTS, edits_of(fixes[0].edit, uri))
    assert "(https://github.com/haotian-liu/LLaVA)" in text and text.count("\n") == FAULTS.count("\n")
    change(client, uri, text, 2)
    assert "AL012" not in by_code(await published(client, uri, 2))

    actions = await client.text_document_code_action_async(lsp.CodeActionParams(
        text_document=lsp.TextDocumentIdentifier(uri), range=diags["AL005"].range,
        context=lsp.CodeActionContext(diagnostics=[])))
    disable = [a for a in actions if a.title == "Disable AL005 for this line"]
    assert len(disable) == 1
    text = apply_text_edits(text, edits_of(disable[0].edit, uri))
    assert text.splitlines()[8].endswith("<!-- awesome-lint-disable-line AL005 -->")
    change(client, uri, text, 3)
    assert set(by_code(await published(client, uri, 3))) == {"AL001"}


@pytest.mark.asyncio
async def test_formatting_and_fix_all_match_the_command_line(client: LanguageClient, tmp_path):
    uri = open_doc(client, tmp_path / "README.md", FAULTS)
    await published(client, uri, 1)
    copy = tmp_path / "copy" / "README.md"
    copy.parent.mkdir()
    copy.write_text(FAULTS, encoding="utf-8")
    run_cli("--fix", str(copy))
    expected = copy.read_text(encoding="utf-8")
    assert expected != FAULTS

    edits = await client.text_document_formatting_async(lsp.DocumentFormattingParams(
        text_document=lsp.TextDocumentIdentifier(uri), options=lsp.FormattingOptions(tab_size=4, insert_spaces=True)))
    assert apply_text_edits(FAULTS, edits) == expected
    assert len(edits) < len(FAULTS.splitlines())  # line edits, not the whole text again

    actions = await client.text_document_code_action_async(lsp.CodeActionParams(
        text_document=lsp.TextDocumentIdentifier(uri), range=lsp.Range(lsp.Position(0, 0), lsp.Position(0, 0)),
        context=lsp.CodeActionContext(diagnostics=[], only=[lsp.CodeActionKind.SourceFixAll])))
    assert [a.kind for a in actions] == ["source.fixAll.awesome-lint"]
    resolved = await client.code_action_resolve_async(actions[0])
    assert apply_text_edits(FAULTS, edits_of(resolved.edit, uri)) == expected
    change(client, uri, expected, 2)
    left = await published(client, uri, 2)
    assert not [d for d in left if d.message.endswith("[fix]")]


@pytest.mark.asyncio
async def test_hover_explains_the_rule(client: LanguageClient, tmp_path):
    uri = open_doc(client, tmp_path / "README.md", FAULTS)
    diags = by_code(await published(client, uri, 1))
    hover = await client.text_document_hover_async(lsp.HoverParams(
        text_document=lsp.TextDocumentIdentifier(uri), position=diags["AL001"].range.start))
    explain = run_cli("--explain", "AL001").stdout.decode()
    assert hover.contents.kind == lsp.MarkupKind.Markdown
    assert explain.strip() in hover.contents.value
    assert hover.range == diags["AL001"].range
    nothing = await client.text_document_hover_async(lsp.HoverParams(
        text_document=lsp.TextDocumentIdentifier(uri), position=lsp.Position(2, 3)))
    assert nothing is None


@pytest.mark.asyncio
async def test_configuration_change_is_seen(client: LanguageClient, tmp_path):
    uri = open_doc(client, tmp_path / "README.md", FAULTS)
    assert "AL012" in by_code(await published(client, uri, 1))
    watched = [w["globPattern"] for p in client.registrations for r in p.registrations
               for w in r.register_options["watchers"]]
    assert "**/.awesome-lint.yaml" in watched  # the server asked to be told of configuration changes
    before = len(client.published)
    config = tmp_path / ".awesome-lint.yaml"
    config.write_text("ignore: [AL012]\n")
    client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(
        changes=[lsp.FileEvent(uri=config.as_uri(), type=lsp.FileChangeType.Created)]))
    while len(client.published) == before:
        await asyncio.sleep(0.01)
    assert set(by_code(await published(client, uri, 1))) == {"AL001", "AL005"}

    before = len(client.published)
    config.write_text("ignore: [NOPE999]\n")  # a bad configuration: one diagnostic saying so
    client.text_document_did_save(lsp.DidSaveTextDocumentParams(text_document=lsp.TextDocumentIdentifier(config.as_uri())))
    while len(client.published) == before:
        await asyncio.sleep(0.01)
    diags = await published(client, uri, 1)
    assert len(diags) == 1 and ".awesome-lint.yaml" in diags[0].message and "NOPE999" in diags[0].message


@pytest.mark.asyncio
async def test_cross_file_duplicates_only_when_configured(client: LanguageClient, tmp_path):
    entry = "- [2023 ICCV] **Segment Anything** [[paper]](https://arxiv.org/abs/2304.02643)\n"
    a = open_doc(client, tmp_path / "a.md", "# A\n\n" + entry)
    b = open_doc(client, tmp_path / "b.md", "# B\n\n" + entry)
    assert not [d for d in await published(client, b, 1) if d.code == "AL003"]
    before = len(client.published)
    config = tmp_path / ".awesome-lint.yaml"
    config.write_text("AL003:\n  across-files: true\n")
    client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(
        changes=[lsp.FileEvent(uri=config.as_uri(), type=lsp.FileChangeType.Created)]))
    while not [p for p in client.published[before:] if any(d.code == "AL003" for d in p.diagnostics)]:
        await asyncio.sleep(0.01)
    found = {p.uri for p in client.published[before:] if any(d.code == "AL003" for d in p.diagnostics)}
    assert len(found) == 1 and found <= {a, b}


@pytest.mark.asyncio
async def test_malformed_requests_and_a_huge_document_leave_it_up(client: LanguageClient, tmp_path):
    with pytest.raises(Exception, match="[Mm]ethod not found|awesome/unknown"):
        await client.protocol.send_request_async("awesome/unknown", {"x": 1})
    # parameters that do not fit the method: sent as raw JSON (the client's own types would refuse)
    answer: Future = Future()
    client.protocol._request_futures["bad-1"] = answer
    client.protocol._send_data({"jsonrpc": "2.0", "id": "bad-1", "method": "textDocument/hover",
                                "params": {"textDocument": 5, "position": "no"}})
    with pytest.raises(Exception, match="[Ii]nvalid [Pp]arams"):
        await asyncio.wait_for(asyncio.wrap_future(answer), 30)
    client.protocol._send_data({"jsonrpc": "2.0", "method": "textDocument/didChange",
                                "params": {"textDocument": {"uri": "file:///nowhere.md"}}})
    big = FAULTS + ("- [2020] **An entry** [[paper]](https://example.org/p)\n" * 200_000)  # > 10 MB
    assert len(big.encode()) > 10_000_000
    huge = open_doc(client, tmp_path / "huge.md", big)
    diags = await published(client, huge, 1)
    assert len(diags) == 1 and "not checked" in diags[0].message
    uri = open_doc(client, tmp_path / "README.md", FAULTS)
    diags = by_code(await published(client, uri, 1))
    hover = await client.text_document_hover_async(lsp.HoverParams(
        text_document=lsp.TextDocumentIdentifier(uri), position=diags["AL001"].range.start))
    assert hover is not None and "AL001" in hover.contents.value


@pytest.mark.asyncio
async def test_incremental_changes_with_emoji_and_line_separators(client: LanguageClient, tmp_path):
    text = "# 📚 List\u2028of lists\n\n1. a 😀 [x](https://arxiv.org/abs/2010.11929)\n3. b [y](https://arxiv.org/abs/2111.06377)\n"
    uri = open_doc(client, tmp_path / "README.md", text)
    diags = by_code(await published(client, uri, 1))
    assert diags["AL001"].range.start.line == 3  # U+2028 does not end a line for the protocol
    # replace "3" by "2" on line 3, and insert after the emoji on line 2 (character 7: after 😀)
    client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[
            lsp.TextDocumentContentChangePartial(range=lsp.Range(lsp.Position(3, 0), lsp.Position(3, 1)), text="2"),
            lsp.TextDocumentContentChangePartial(range=lsp.Range(lsp.Position(2, 7), lsp.Position(2, 7)), text="!"),
        ]))
    assert "AL001" not in by_code(await published(client, uri, 2))
    # the server's text is the client's: its "disable" edit, applied to the client's text, lands
    # right after that line's last character
    expected = text.replace("3. b", "2. b").replace("😀 [", "😀! [")
    client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=3),
        content_changes=[lsp.TextDocumentContentChangePartial(
            range=lsp.Range(lsp.Position(3, 5), lsp.Position(3, 5)), text="http://github.com/a/b ")]))
    expected = expected.replace("2. b [y]", "2. b http://github.com/a/b [y]")
    diags = by_code(await published(client, uri, 3))
    actions = await client.text_document_code_action_async(lsp.CodeActionParams(
        text_document=lsp.TextDocumentIdentifier(uri), range=diags["AL012"].range,
        context=lsp.CodeActionContext(diagnostics=[], only=[lsp.CodeActionKind.QuickFix])))
    assert actions and all(a.kind == lsp.CodeActionKind.QuickFix for a in actions)
    disable = [a for a in actions if a.title == "Disable AL012 for this line"]
    after = apply_text_edits(expected, edits_of(disable[0].edit, uri))
    assert after.split("\n")[3] == "2. b http://github.com/a/b [y](https://arxiv.org/abs/2111.06377) " \
                                    "<!-- awesome-lint-disable-line AL012 -->"


def test_server_argument_dispatch(tmp_path):
    """``server`` as the first argument starts the server; any other place it is a path, and
    ``./server`` lints a file of that name."""
    proc = run_cli("server", "--help")
    assert proc.returncode == 0 and b"Language Server Protocol" in proc.stdout
    proc = run_cli("server", "--bogus")
    assert proc.returncode == 2 and proc.stderr.startswith(b"awesome-lint: ") and b"Traceback" not in proc.stderr
    (tmp_path / "server").write_text("1. a\n3. b\n")
    proc = run_cli("--format", "json", "./server", cwd=tmp_path)
    assert proc.returncode == 1 and [f["code"] for f in json.loads(proc.stdout)] == ["AL001"]


def test_plain_lint_does_not_import_pygls(tmp_path):
    (tmp_path / "README.md").write_text("# List\n\n- [a](https://example.org)\n")
    code = ("import sys, runpy\nsys.argv = ['awesome-lint', 'README.md']\n"
            "try:\n    from awesome_lint.cli import main\n    main()\nexcept SystemExit:\n    pass\n"
            "assert 'pygls' not in sys.modules and 'lsprotocol' not in sys.modules, 'pygls imported'\n")
    import subprocess

    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True)
    assert proc.returncode == 0, proc.stderr.decode()


def test_positions_round_trip_in_every_encoding():
    """Offsets to protocol positions and back, checked against the encodings themselves."""
    from awesome_lint.server.positions import UTF8, UTF16, UTF32, LineIndex

    text = "# 🚀 論文\r\n\r\n1. 😀 a\rb 👍🏽 c\n| 表 | 🙂 |\n\u2028x\n"
    # protocol lines end at \r\n, \r and \n only: U+2028 stays inside its line
    lines = [(0, 6), (8, 8), (10, 16), (17, 23), (24, 33), (34, 36), (37, 37)]
    for enc, codec in ((UTF16, "utf-16-le"), (UTF8, "utf-8"), (UTF32, "utf-32-le")):
        index = LineIndex(text, enc)
        width = {"utf-16-le": 2, "utf-8": 1, "utf-32-le": 4}[codec]
        assert [index.line_span(i) for i in range(len(index.starts))] == lines
        for offset in range(len(text) + 1):
            line, char = index.position(offset)
            start, end = lines[line]
            assert char == len(text[start:min(offset, end)].encode(codec)) // width
            if offset <= end:
                assert index.offset(line, char) == offset
        assert [text[s:e] for s, e in lines][5] == "\u2028x"
        assert index.offset(99, 0) == len(text) and index.offset(2, 999) == lines[2][1]


@pytest.mark.asyncio
async def test_disable_in_a_table_row_keeps_the_table(client: LanguageClient, tmp_path):
    text = ("# Tools\n\n| Name | Code |\n| --- | --- |\n| Paper 😀 | [code](http://github.com/a/b) |\n"
            "| Other | [code](https://github.com/c/d) |\n")
    path = tmp_path / "README.md"
    uri = open_doc(client, path, text)
    diags = by_code(await published(client, uri, 1))
    actions = await client.text_document_code_action_async(lsp.CodeActionParams(
        text_document=lsp.TextDocumentIdentifier(uri), range=diags["AL012"].range,
        context=lsp.CodeActionContext(diagnostics=[diags["AL012"]])))
    disable = [a for a in actions if a.title == "Disable AL012 for this line"]
    fixed = apply_text_edits(text, edits_of(disable[0].edit, uri))
    assert fixed.splitlines()[4].endswith("<!-- awesome-lint-disable-line AL012 --> |")
    path.write_text(fixed, encoding="utf-8")
    proc = run_cli("--format", "json", str(path))
    assert proc.returncode == 0 and json.loads(proc.stdout) == []  # the command line agrees: nothing left


def test_an_edit_reparses_only_its_part(monkeypatch):
    """The server's linter keeps each open document's parse: after a one-character edit in the
    middle of a large list, markdown-it sees about one chunk, not the whole text (counted, not
    timed)."""
    from awesome_lint import parsing
    from awesome_lint.server.linting import Linter

    section = "".join(f"- [2021 ICLR] **Paper {i}** [[paper]](https://arxiv.org/abs/2101.{i:05d})\n" for i in range(60))
    text = "".join(f"# Part {k}\n\n{section}\n" for k in range(40))
    assert len(text) > 2 * parsing.INCREMENTAL_MIN
    parser = parsing.block_parser()
    parsed: list[int] = []
    real = parser.parse

    def counting(src, env=None):
        parsed.append(len(src))
        return real(src, env)

    monkeypatch.setattr(parser, "parse", counting)
    linter = Linter()
    first = linter.lint("file:///a.md", "/tmp/a.md", text, 1)
    assert sum(parsed) >= len(text)
    parsed.clear()
    mid = len(text) // 2
    edited = text[:mid] + "x" + text[mid:]
    second = linter.lint("file:///a.md", "/tmp/a.md", edited, 2)
    assert 0 < sum(parsed) < len(text) // 3  # one chunk of ~32 KB of 170 KB
    assert second.error is None and len(second.findings) >= len(first.findings) - 1
    other = Linter()  # the same text without a kept parse: parsed whole
    parsed.clear()
    other.lint("file:///b.md", "/tmp/b.md", edited, 1)
    assert sum(parsed) >= len(edited)


@pytest.mark.asyncio
async def test_an_unsafe_fix_is_labelled_and_left_out_of_fix_all(client: LanguageClient, tmp_path):
    text = "# List 🚀\n\n## Contents\n\n- [Segmentation](#segmentaton)\n\n## Segmentation\n\nText.\n"
    uri = open_doc(client, tmp_path / "README.md", text)
    diags = by_code(await published(client, uri, 1))
    assert diags["AL008"].message.endswith("[fix: unsafe]")
    actions = await client.text_document_code_action_async(lsp.CodeActionParams(
        text_document=lsp.TextDocumentIdentifier(uri), range=diags["AL008"].range,
        context=lsp.CodeActionContext(diagnostics=[diags["AL008"]])))
    unsafe = [a for a in actions if a.title.startswith("AL008") and a.title.endswith("(unsafe)")]
    assert len(unsafe) == 1 and not unsafe[0].is_preferred
    assert "(#segmentation)" in apply_text_edits(text, edits_of(unsafe[0].edit, uri))
    assert not [a for a in actions if a.kind.startswith("source.fixAll")]  # no safe fix to apply
    edits = await client.text_document_formatting_async(lsp.DocumentFormattingParams(
        text_document=lsp.TextDocumentIdentifier(uri), options=lsp.FormattingOptions(tab_size=4, insert_spaces=True)))
    assert not edits  # formatting applies safe fixes only


def test_memory_stays_flat_over_thousands_of_changes(tmp_path):
    """Each change notification must leave nothing behind: pygls files a future for each of its
    own document handlers that nothing removes (5 MB every 3,000 keystrokes) unless the server
    replaces them. 800 changes first (caches warm, the allocator's arenas settled: about 1 MB
    that does not grow again), then 4,000 more; the server's RSS is read
    from /proc (sizes compared, nothing timed)."""
    import os
    import subprocess

    if not os.path.exists("/proc/self/status"):
        pytest.skip("needs /proc")
    import queue
    import threading

    proc = subprocess.Popen([sys.executable, "-m", "awesome_lint", "server"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE)
    inbox: queue.Queue = queue.Queue()

    def read() -> None:  # always drain the server's output, or both sides block on full pipes
        while True:
            length = 0
            while (line := proc.stdout.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            if not line:
                inbox.put(None)
                return
            inbox.put(json.loads(proc.stdout.read(length)))

    threading.Thread(target=read, daemon=True).start()

    def send(method, params, id_=None):
        msg = {"jsonrpc": "2.0", "method": method, "params": params}
        if id_ is not None:
            msg["id"] = id_
        body = json.dumps(msg).encode()
        proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def until(pred):
        proc.stdin.flush()
        while True:
            msg = inbox.get(timeout=120)
            assert msg is not None, "the server closed its output"
            if pred(msg):
                return msg

    def rss() -> int:
        with open(f"/proc/{proc.pid}/status") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:"))

    uri = (tmp_path / "README.md").as_uri()
    version = 1

    def changes(n):
        nonlocal version
        for k in range(n):
            version += 1
            end = 1 if version % 2 else 0
            send("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [
                {"range": {"start": {"line": 2, "character": 0}, "end": {"line": 2, "character": end}},
                 "text": "" if end else "x"}]})
            if k % 50 == 49 or k == n - 1:  # an editor waits for answers: at most 50 changes queued,
                # so the memory the queue takes is the same in every round, however busy the machine
                until(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                      and m["params"]["version"] == version)

    try:
        send("initialize", {"processId": None, "capabilities": {}, "initializationOptions": {"debounce": 0}}, 1)
        until(lambda m: m.get("id") == 1)
        send("initialized", {})
        send("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1,
                                                       "text": FAULTS}})
        changes(300)
        changes(500)  # the allocator's arenas settle over the first few hundred (about 1 MB, once)
        seen = [rss()]
        for _ in range(8):
            changes(500)
            seen.append(rss())
        # a leak grows with every version, so in every round of 500; the allocator adds an arena
        # now and then (a step of 1-2 MB in one round under load, then flat): at most 3 rounds
        # may grow by more than 128 KB, and all of them together by less than 4 MB
        growing = sum(1 for a, b in zip(seen, seen[1:]) if b - a > 128)
        assert growing <= 3 and seen[-1] - seen[0] < 4096, f"RSS (KB) after each 500 changes: {seen}"
    finally:
        proc.kill()
        proc.wait()
