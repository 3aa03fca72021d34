"""``--format text``: ``path:line:col: CODE message`` with the offending line and a caret under
the column, a mark on fixable findings, and a summary line."""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterator

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_RED = "\x1b[31m"
_YELLOW = "\x1b[33m"
_CYAN = "\x1b[36m"
_DIM = "\x1b[2m"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def render(findings, **kw) -> str:
    return "".join(chunks(findings, **kw))


def _line_starts(text: str) -> array:
    """Offsets where each ``\n``-ended line starts: 8 bytes a line, not a copy of every line."""
    starts = array("q", [0])
    find, pos = text.find, text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts


def chunks(findings, results=None, classes=None, statistics=False, quiet=False, fixed=0,
           fixed_files=0, diff=False, color=False, errors=0, **_) -> Iterator[str]:
    """The report, a line at a time (with its newline): a list with 100,000 findings is written
    as it is made, never held whole."""
    def c(code: str, s: str) -> str:
        return f"{code}{s}{_RESET}" if color else s

    index: dict[str, tuple[str, array]] = {}

    def source_line(path: str, line: int) -> str | None:
        if results is None or path not in results or results[path].source is None:
            return None
        if path not in index:
            r = results[path]
            text = r.fixed_text if r.fixed_text is not None else r.source.text
            index[path] = (text, _line_starts(text))
        text, starts = index[path]
        if not 0 < line <= len(starts):
            return None
        end = starts[line] - 1 if line < len(starts) else len(text)
        s = text[starts[line - 1] : end]
        return s[:-1] if s.endswith("\r") else s

    if not diff:
        for f in findings:
            mark = " [*]" if f.fix is not None and f.fix.safe else (" [unsafe fix]" if f.fix is not None else "")
            sev = c(_RED if f.severity == "error" else _YELLOW, f.code)
            yield f"{c(_BOLD, f.path)}:{f.line}:{f.column}: {sev} {f.message}{c(_CYAN, mark) if mark else ''}\n"
            if not quiet:
                src = source_line(f.path, f.line)
                if src is not None and len(src) <= 400:
                    shown = src.replace("\t", " ")
                    width = max(1, (f.end_column - f.column) if f.end_line == f.line else len(shown) - f.column + 1)
                    yield f"  {c(_DIM, '|')} {shown}\n"
                    yield f"  {c(_DIM, '|')} {' ' * (f.column - 1)}{c(_RED if f.severity == 'error' else _YELLOW, '^' * min(width, 120))}\n"
    if statistics and findings:
        counts = Counter((f.code, f.name) for f in findings)
        fixable = Counter(f.code for f in findings if f.fix is not None and f.fix.safe)
        yield "\n"
        for (code, name), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            mark = " [*]" if fixable[code] else ""
            yield f"{n:6d}  {code}  {name}{mark}\n"
    if not quiet:
        if fixed:
            if diff:
                yield f"Would fix {_plural(fixed, 'problem')}.\n"
            elif fixed_files:
                yield f"Fixed {_plural(fixed, 'problem')} in {_plural(fixed_files, 'file')}.\n"
        if findings and not diff:
            safe = sum(1 for f in findings if f.fix is not None and f.fix.safe)
            unsafe = sum(1 for f in findings if f.fix is not None and not f.fix.safe)
            extra = []
            if safe:
                extra.append(f"{safe} fixable with --fix")
            if unsafe:
                extra.append(f"{unsafe} more with --unsafe-fixes")
            tail = f" ({', '.join(extra)})" if extra else ""
            yield f"Found {_plural(len(findings), 'problem')}{tail}.\n"
        elif not diff and not errors:
            yield "All checks passed.\n"


def rules_table(classes) -> str:
    rows = [("CODE", "NAME", "FIX", "DEFAULT", "SUMMARY")]
    for code, cls in classes.items():
        default = "on" if cls.default_enabled and not cls.network else ("--check-links" if cls.network else "off")
        rows.append((code, cls.name, cls.fix_availability, default, cls.summary))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    return "\n".join(
        "  ".join(r[i].ljust(widths[i]) for i in range(4)) + "  " + r[4] for r in rows
    )
