"""Plain value types shared by the document model, the rules, the engine and the reporters.

``Edit`` and ``Fix`` live in :mod:`awesome_lint.edits` (with ``apply_edits``) and are
re-exported here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .edits import Edit, Fix

ERROR = "error"
WARNING = "warning"
SEVERITIES = (ERROR, WARNING)

__all__ = ["ERROR", "WARNING", "SEVERITIES", "InputError", "Edit", "Fix", "Finding", "RunContext", "narrow"]


class InputError(Exception):
    """Bad input, configuration or usage: reported as one line on stderr with exit status 2."""


@dataclass(slots=True)
class Finding:
    """One problem at a place in a file. Lines and columns are 1-based; ``end_column`` is
    exclusive (one past the last character)."""

    code: str
    name: str
    severity: str
    message: str
    line: int
    column: int = 1
    end_line: int | None = None
    end_column: int | None = None
    fix: Fix | None = None
    path: str = ""
    related: tuple[int, ...] = field(default=())  # other lines the finding refers to
    # A finding that stands for the same problem on several lines (AL005: one misspelling, fixed
    # everywhere) lists one finding per line here, each with its own message and fix, the first
    # at its own place: when --since or a suppression keeps only some of those lines, the group
    # is replaced by the parts it keeps (see ``narrow``).
    parts: tuple[Finding, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.end_line is None:
            self.end_line = self.line
        if self.end_column is None:
            self.end_column = self.column

    def lines(self) -> set[int]:
        """Every line the finding is about: its own span and its related lines."""
        return set(range(self.line, (self.end_line or self.line) + 1)) | set(self.related)

    @property
    def fixable(self) -> bool:
        return self.fix is not None

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code, self.message)

    def as_dict(self) -> dict:
        """The JSON contract: see ARCHITECTURE.md."""
        data = {
            "path": self.path,
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "fixable": self.fixable,
        }
        if self.fix is not None:
            data["fix"] = {  # the JSON report adds the edits, placed in the text (report/json_format.py)
                "applicability": "safe" if self.fix.safe else "unsafe",
                "message": self.fix.description,
            }
        if self.related:
            data["related_lines"] = list(self.related)
        return data


def narrow(findings: list[Finding], keep) -> list[Finding]:
    """The findings ``keep(finding)`` accepts, a group (one with ``parts``) judged part by part:
    kept whole when every part is kept, else replaced by the parts kept (each anchored at its own
    line, with its own fix), so a suppression or ``--since`` acts on one line of a group only."""
    out: list[Finding] = []
    for f in findings:
        if not f.parts:
            if keep(f):
                out.append(f)
            continue
        kept = [p for p in f.parts if keep(p)]
        if len(kept) == len(f.parts):
            out.append(f)
        else:
            for p in kept:
                p.path = f.path
            out.extend(kept)
    return out


@dataclass
class RunContext:
    """What a run knows beyond one document: command-line switches rules may read.

    The engine sets ``rule.ctx`` to this before calling ``check``/``check_many``.
    """

    check_links: bool = False
    offline: bool = False
    use_cache: bool = True
    cache_path: str | None = None
    allow_private: bool = False
    cross_file: bool = False  # compare files with each other (e.g. duplicates across files)
    now: float | None = None  # seconds since the epoch; None = the real clock
    only_lines: dict[str, set[int]] | None = None  # --since: path -> changed lines
    extra: dict = field(default_factory=dict)

    def lines_for(self, path: str) -> set[int] | None:
        """With --since: the changed lines of ``path`` (empty set: none); None: every line."""
        if self.only_lines is None:
            return None
        import os

        return self.only_lines.get(os.path.realpath(path), set())

    def next_year(self) -> int:
        """The year after the current one (UTC): the latest year a venue tag may name, a
        conference announced ahead of its year."""
        import time

        return time.gmtime(self.clock()).tm_year + 1

    def clock(self) -> float:
        """The current time, injectable for tests (env AWESOME_LINT_NOW: ISO date or epoch)."""
        if self.now is not None:
            return self.now
        import os
        import time

        value = os.environ.get("AWESOME_LINT_NOW")
        if value:
            try:
                return float(value)
            except ValueError:
                from datetime import datetime, timezone

                dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
                if dt.tzinfo is None:
                    dt = dt.replace(tzinfo=timezone.utc)
                return dt.timestamp()
        return time.time()
