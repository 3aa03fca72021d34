"""Reporters: pure functions from findings to text, one module per output format.

Each module has ``chunks(findings, **kw)``, the report in pieces, so :func:`write` never holds
a large list's report whole (the text report of 175,000 findings would be ~0.4 GB as one
string), and ``render`` (the pieces joined) for tests and callers that want one string."""

from __future__ import annotations


def _module(fmt: str):
    if fmt == "json":
        from . import json_format as m
    elif fmt == "github":
        from . import github as m
    elif fmt == "sarif":
        from . import sarif as m
    elif fmt == "rdjson":
        from . import rdjson as m
    else:
        from . import text as m
    return m


def render(fmt: str, findings, **kw) -> str:
    return _module(fmt).render(findings, **kw)


def write(fmt: str, stream, findings, **kw) -> None:
    """Write the report to ``stream`` piece by piece."""
    batch: list[str] = []
    for piece in _module(fmt).chunks(findings, **kw):
        batch.append(piece)
        if len(batch) >= 4096:  # one write per few thousand lines: fewer calls, little held
            stream.write("".join(batch))
            batch.clear()
    if batch:
        stream.write("".join(batch))
