"""Plain value types shared by the document model, the rules, the engine and the reporters.

A fix is a set of edits on the original text (never a re-rendering), so every byte that no
edit covers is written back unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

ERROR = "error"
WARNING = "warning"
SEVERITIES = (ERROR, WARNING)


class InputError(Exception):
    """Bad input, configuration or usage: reported as one line on stderr with exit status 2."""


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``.

    Offsets index ``Source.text`` (the decoded file without its BOM). Write ``"\\n"`` for a new
    line in ``replacement``: the engine turns it into the file's own newline style.
    """

    start: int
    end: int
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    """The edits that resolve one or more findings; all applied or none.

    ``safe`` fixes are applied by ``--fix``; unsafe ones only with ``--unsafe-fixes``. Findings
    may share one ``Fix`` (a renumbered list fixes every break in it): the engine applies it once.
    """

    edits: tuple[Edit, ...]
    safe: bool = True
    description: str = ""
    # verify(new_text) -> bool, run by the engine only when it applies the fix (a re-parse to
    # prove the structure survives costs a parse, which a plain lint should not pay)
    verify: Callable[[str], bool] | None = field(default=None, compare=False, repr=False)
    # the check reads only the old document around the edits: it is called with None rather
    # than the new text (which costs a copy of the whole file per fix: quadratic on a large list)
    local_verify: bool = field(default=False, compare=False, repr=False)


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

    def __post_init__(self) -> None:
        if self.end_line is None:
            self.end_line = self.line
        if self.end_column is None:
            self.end_column = self.column

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
            data["fix"] = {
                "safe": self.fix.safe,
                "description": self.fix.description,
            }
        if self.related:
            data["related_lines"] = list(self.related)
        return data


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
