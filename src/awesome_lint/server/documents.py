"""The open documents: their text as the editor has it, kept by the server itself.

pygls keeps a copy too, but splits lines with ``str.splitlines`` (which also breaks at U+2028 and
form feeds, so an edit after one lands in the wrong place) and rebuilds the text line by line on
every change. Here a change is applied with the protocol's own line breaks, as one slice.
"""

from __future__ import annotations

import os
from urllib.parse import unquote, urlparse

from .positions import UTF16, LineIndex

MARKDOWN_LANGUAGES = ("markdown", "mdx")


def uri_to_path(uri: str) -> str:
    """The file system path of a ``file:`` URI; other schemes (an unsaved buffer) get a path
    named after the URI in the current folder, so the configuration found is the workspace's."""
    parsed = urlparse(uri)
    if parsed.scheme == "file":
        path = unquote(parsed.path)
        if os.name == "nt" and len(path) > 2 and path[0] == "/" and path[2] == ":":
            path = path[1:]
        return os.path.normpath(path)
    name = os.path.basename(unquote(parsed.path)) or "untitled.md"
    return os.path.join(os.getcwd(), name)


class OpenDocument:
    """One open document: its URI, file path, version and current text."""

    __slots__ = ("uri", "path", "version", "language", "text", "encoding", "_index")

    def __init__(self, uri: str, text: str, version: int | None, language: str, encoding: str = UTF16):
        self.uri = uri
        self.path = uri_to_path(uri)
        self.version = version
        self.language = language
        self.text = text
        self.encoding = encoding
        self._index: LineIndex | None = None

    @property
    def index(self) -> LineIndex:
        idx = self._index
        if idx is None or idx.text is not self.text:
            idx = self._index = LineIndex(self.text, self.encoding)
        return idx

    @property
    def is_markdown(self) -> bool:
        from ..discovery import MARKDOWN_SUFFIXES

        return self.language in MARKDOWN_LANGUAGES or self.path.lower().endswith(MARKDOWN_SUFFIXES)

    def apply(self, changes, version: int | None) -> None:
        """Apply ``textDocument/didChange`` content changes, in order."""
        text = self.text
        for change in changes:
            rng = getattr(change, "range", None)
            if rng is None:
                text = change.text
                continue
            idx = self.index if text is self.text else LineIndex(text, self.encoding)
            start = idx.offset(rng.start.line, rng.start.character)
            end = idx.offset(rng.end.line, rng.end.character)
            if end < start:
                start, end = end, start
            text = text[:start] + change.text + text[end:]
        self.text = text
        self.version = version
