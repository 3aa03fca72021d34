"""``--format github``: GitHub Actions workflow commands, one per finding, so findings show as
annotations on the changed lines of a pull request."""

from __future__ import annotations

from collections.abc import Iterator


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render(findings, **kw) -> str:
    return "".join(chunks(findings, **kw))


def chunks(findings, **_) -> Iterator[str]:
    """One workflow command a line, written as made."""
    for f in findings:
        level = "error" if f.severity == "error" else "warning"
        props = [f"file={_escape_prop(f.path)}", f"line={f.line}", f"col={f.column}"]
        if f.end_line and f.end_line != f.line:
            props.append(f"endLine={f.end_line}")
        elif f.end_column and f.end_column > f.column:
            props.append(f"endColumn={f.end_column}")
        props.append(f"title={_escape_prop(f'{f.code} {f.name}')}")
        fix = " (fixable with --fix)" if f.fix is not None and f.fix.safe else ""
        yield f"::{level} {','.join(props)}::{_escape_data(f.message + fix)}\n"
