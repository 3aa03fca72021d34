"""Reporters: pure functions from findings to text, one module per output format."""

from __future__ import annotations


def render(fmt: str, findings, **kw) -> str:
    if fmt == "json":
        from .json_format import render as r
    elif fmt == "github":
        from .github import render as r
    elif fmt == "sarif":
        from .sarif import render as r
    else:
        from .text import render as r
    return r(findings, **kw)
