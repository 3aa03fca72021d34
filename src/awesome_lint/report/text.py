"""``--format text``: ``path:line:col: CODE message`` (``CODE warning: message`` for a warning)
with the offending line and a caret under the finding, a mark on fixable findings, and a
summary line; or, with ``--statistics``, the count per rule."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from .positions import LineIndex, display_width

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


def chunks(findings, results=None, classes=None, statistics=False, quiet=False, fixed=0,
           fixed_files=0, diff=False, color=False, errors=0, unsafe_fixes=False, **_) -> Iterator[str]:
    """The report, a line at a time (with its newline): a list with 100,000 findings is written
    as it is made, never held whole. With ``statistics`` only the counts per rule are written
    (and the summary), as ruff does; with ``unsafe_fixes`` unsafe fixes count as available."""
    def c(code: str, s: str) -> str:
        return f"{code}{s}{_RESET}" if color else s

    def available(f) -> bool:
        return f.fix is not None and (f.fix.safe or unsafe_fixes)

    index: dict[str, LineIndex] = {}

    def source_line(path: str, line: int) -> str | None:
        if results is None or path not in results or results[path].source is None:
            return None
        if path not in index:
            r = results[path]
            index[path] = LineIndex(r.fixed_text if r.fixed_text is not None else r.source.text)
        return index[path].line(line)

    if not diff and not statistics:
        for f in findings:
            mark = " [*]" if available(f) else (" [unsafe fix]" if f.fix is not None else "")
            colour = _RED if f.severity == "error" else _YELLOW
            sev = c(colour, f.code) + ("" if f.severity == "error" else " " + c(colour, "warning:"))
            yield f"{c(_BOLD, f.path)}:{f.line}:{f.column}: {sev} {f.message}{c(_CYAN, mark) if mark else ''}\n"
            if not quiet:
                src = source_line(f.path, f.line)
                if src is not None and len(src) <= 400:
                    yield from _caret(src, f, c(_DIM, "|"), lambda s: c(colour, s))
    if statistics and findings:
        counts = Counter((f.code, f.name) for f in findings)
        fixable = Counter(f.code for f in findings if available(f))
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
            yield _summary(findings, unsafe_fixes)
        elif not diff and not errors:
            yield "All checks passed.\n"


def _caret(src: str, f, bar: str, paint) -> Iterator[str]:
    """The line and a caret under the finding, placed by display width: a CJK character or an
    emoji takes two cells of the terminal, so counting code points put the caret to the left."""
    shown = src.replace("\t", " ")
    start = min(f.column - 1, len(shown))
    end = f.end_column - 1 if f.end_line == f.line else len(shown)
    end = min(max(end, start), len(shown))
    pad = display_width(shown[:start])
    width = max(1, display_width(shown[start:end]))
    yield f"  {bar} {shown}\n"
    yield f"  {bar} {' ' * pad}{paint('^' * min(width, 120))}\n"


def _summary(findings, unsafe_fixes: bool) -> str:
    """``Found N problems (E errors, W warnings; S fixable with --fix, U more with --fix
    --unsafe-fixes).``: the severities are said only when both occur."""
    errors = sum(1 for f in findings if f.severity == "error")
    warnings = len(findings) - errors
    safe = sum(1 for f in findings if f.fix is not None and f.fix.safe)
    unsafe = sum(1 for f in findings if f.fix is not None and not f.fix.safe)
    parts = []
    if errors and warnings:
        parts.append(f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}")
    elif warnings:
        parts.append("all warnings" if warnings > 1 else "a warning")
    extra = []
    if unsafe_fixes and safe + unsafe:
        extra.append(f"{safe + unsafe} fixable with --fix --unsafe-fixes")
    else:
        if safe:
            extra.append(f"{safe} fixable with --fix")
        if unsafe:
            extra.append(f"{unsafe} {'more with' if safe else 'fixable with'} --fix --unsafe-fixes")
    if extra:
        parts.append(", ".join(extra))
    tail = f" ({'; '.join(parts)})" if parts else ""
    return f"Found {_plural(len(findings), 'problem')}{tail}.\n"


def rules_table(classes) -> str:
    rows = [("CODE", "NAME", "FIX", "DEFAULT", "SUMMARY")]
    for code, cls in classes.items():
        default = "on" if cls.default_enabled and not cls.network else ("--check-links" if cls.network else "off")
        rows.append((code, cls.name, cls.fix_availability, default, cls.summary))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    return "\n".join(
        "  ".join(r[i].ljust(widths[i]) for i in range(4)) + "  " + r[4] for r in rows
    )
