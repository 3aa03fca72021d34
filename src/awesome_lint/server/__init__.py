"""``awesome-lint server``: a Language Server Protocol server over standard input and output, so
an editor shows the findings while the list is being written and applies the fixes.

It sits beside the command line, above the engine: :mod:`.app` answers the protocol (pygls),
:mod:`.linting` runs the engine on open documents, :mod:`.documents` keeps their text,
:mod:`.positions` converts between the engine's code points and the protocol's UTF-16, and
:mod:`.convert` makes diagnostics and edits. pygls is imported only here, so the plain lint's
start-up does not pay for it.
"""

from __future__ import annotations

import sys

USAGE = """usage: awesome-lint server [--help]

Run the awesome-lint language server (Language Server Protocol) on standard input and
output. Editors start it themselves: see docs/editors.md. Initialization options:
  debounce         milliseconds of quiet after a change before it is checked (default 150)
  maxDocumentSize  characters above which a document is not checked in the editor (default 4000000)
"""


def main(argv: list[str]) -> int:
    """Serve until the client says exit; the exit status the protocol asks for."""
    if argv and argv[0] in ("-h", "--help"):
        sys.stdout.write(USAGE)
        return 0
    if argv and argv != ["--stdio"]:
        sys.stderr.write(f"awesome-lint: server: unexpected argument {argv[0]!r} (see awesome-lint server --help)\n")
        return 2
    try:
        from .app import server
    except ImportError as exc:
        sys.stderr.write(f"awesome-lint: server needs pygls 2 and lsprotocol ({exc}); "
                         "install them with: pip install 'pygls>=2'\n")
        return 2
    import logging

    logging.basicConfig(level=logging.ERROR, stream=sys.stderr)  # the protocol owns stdout
    try:
        server.start_io()
    except KeyboardInterrupt:
        return 1
    return 0 if server.shut_down else 1
