"""``--format text``: ``path:line:col: CODE message`` with the offending line and a caret under
the column, a mark on fixable findings, and a summary line."""

from __future__ import annotations

from collections import Counter

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_RED = "\x1b[31m"
_YELLOW = "\x1b[33m"
_CYAN = "\x1b[36m"
_DIM = "\x1b[2m"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def render(findings, results=None, classes=None, statistics=False, quiet=False, fixed=0,
           fixed_files=0, diff=False, color=False, errors=0, **_) -> str:
    def c(code: str, s: str) -> str:
        return f"{code}{s}{_RESET}" if color else s

    lines_cache: dict[str, list[str]] = {}

    def source_line(path: str, line: int) -> str | None:
        if results is None or path not in results or results[path].source is None:
            return None
        if path not in lines_cache:
            r = results[path]
            text = r.fixed_text if r.fixed_text is not None else r.source.text
            lines_cache[path] = [ln[:-1] if ln.endswith("\r") else ln for ln in text.split("\n")]
        lines = lines_cache[path]
        return lines[line - 1] if 0 < line <= len(lines) else None

    out: list[str] = []
    if not diff:
        for f in findings:
            mark = " [*]" if f.fix is not None and f.fix.safe else (" [unsafe fix]" if f.fix is not None else "")
            sev = c(_RED if f.severity == "error" else _YELLOW, f.code)
            out.append(f"{c(_BOLD, f.path)}:{f.line}:{f.column}: {sev} {f.message}{c(_CYAN, mark) if mark else ''}")
            if not quiet:
                src = source_line(f.path, f.line)
                if src is not None and len(src) <= 400:
                    shown = src.replace("\t", " ")
                    width = max(1, (f.end_column - f.column) if f.end_line == f.line else len(shown) - f.column + 1)
                    out.append(f"  {c(_DIM, '|')} {shown}")
                    out.append(f"  {c(_DIM, '|')} {' ' * (f.column - 1)}{c(_RED if f.severity == 'error' else _YELLOW, '^' * min(width, 120))}")
    if statistics and findings:
        counts = Counter((f.code, f.name) for f in findings)
        fixable = Counter(f.code for f in findings if f.fix is not None and f.fix.safe)
        out.append("")
        for (code, name), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            mark = " [*]" if fixable[code] else ""
            out.append(f"{n:6d}  {code}  {name}{mark}")
    if not quiet:
        if fixed:
            if diff:
                out.append(f"Would fix {_plural(fixed, 'problem')}.")
            elif fixed_files:
                out.append(f"Fixed {_plural(fixed, 'problem')} in {_plural(fixed_files, 'file')}.")
        if findings and not diff:
            safe = sum(1 for f in findings if f.fix is not None and f.fix.safe)
            unsafe = sum(1 for f in findings if f.fix is not None and not f.fix.safe)
            extra = []
            if safe:
                extra.append(f"{safe} fixable with --fix")
            if unsafe:
                extra.append(f"{unsafe} more with --unsafe-fixes")
            tail = f" ({', '.join(extra)})" if extra else ""
            out.append(f"Found {_plural(len(findings), 'problem')}{tail}.")
        elif not diff and not errors:
            out.append("All checks passed.")
    return "\n".join(out) + ("\n" if out else "")


def rules_table(classes) -> str:
    rows = [("CODE", "NAME", "FIX", "DEFAULT", "SUMMARY")]
    for code, cls in classes.items():
        default = "on" if cls.default_enabled and not cls.network else ("--check-links" if cls.network else "off")
        rows.append((code, cls.name, cls.fix, default, cls.summary))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    return "\n".join(
        "  ".join(r[i].ljust(widths[i]) for i in range(4)) + "  " + r[4] for r in rows
    )
