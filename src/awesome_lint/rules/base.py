"""The rule contract: metadata, options and a ``check`` method that yields findings.

A rule's class docstring is its user documentation (printed by ``--explain`` and turned into its
page in ``rules/``). Write it in Markdown with the sections ``## What it does``, ``## Why it
matters``, ``## Example`` (a bad and a good block) and ``## Fix safety``; the options table is
made from ``options``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, ClassVar

from ..model import ERROR, Finding, Fix, InputError, RunContext

if TYPE_CHECKING:
    from ..document import Document

FIX_SAFE = "safe"
FIX_UNSAFE = "unsafe"
FIX_SOMETIMES = "sometimes"  # safe in the plain case, unsafe otherwise (the page says when)
FIX_NONE = "none"


@dataclass(frozen=True)
class Option:
    """One configurable option of a rule: its type, default and what it means."""

    type: type | tuple[type, ...]
    default: Any
    help: str
    choices: tuple[Any, ...] | None = None

    def validate(self, rule: str, key: str, value: Any, where: str) -> Any:
        types = self.type if isinstance(self.type, tuple) else (self.type,)
        ok = isinstance(value, types) and not (isinstance(value, bool) and bool not in types)
        if float in types and isinstance(value, int) and not isinstance(value, bool):
            ok = True
        if not ok:
            names = " or ".join(t.__name__ for t in types)
            raise InputError(f"{where}: {rule}.{key} must be {names}, not {value!r}")
        if self.choices is not None and value not in self.choices:
            allowed = ", ".join(map(str, self.choices))
            raise InputError(f"{where}: {rule}.{key} must be one of {allowed}, not {value!r}")
        return value


class Rule:
    """Base class of every rule (built-in or plugin).

    Subclasses set the class attributes below and implement :meth:`check`. Rules read the
    :class:`~awesome_lint.document.Document` and never parse Markdown themselves.
    """

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    summary: ClassVar[str] = ""
    severity: ClassVar[str] = ERROR
    fix: ClassVar[str] = FIX_NONE
    tags: ClassVar[tuple[str, ...]] = ()
    default_enabled: ClassVar[bool] = True
    network: ClassVar[bool] = False  # needs --check-links
    options: ClassVar[dict[str, Option]] = {}

    def __init__(self, settings: dict[str, Any] | None = None, severity: str | None = None):
        values = {key: opt.default for key, opt in self.options.items()}
        values.update(settings or {})
        self.opts = SimpleNamespace(**values)
        for key, value in values.items():  # `max-per-form` is also `self.opts.max_per_form`
            if "-" in key:
                setattr(self.opts, key.replace("-", "_"), value)
        self.level = severity or self.severity
        self._level_configured = severity is not None
        self.ctx = RunContext()  # replaced by the engine with the run's context

    def check(self, doc: Document) -> Iterable[Finding]:
        """Yield the findings of this rule in one document."""
        raise NotImplementedError

    def check_many(self, docs: list[Document]) -> Iterable[Finding]:
        """Findings that need several files at once (only some rules). Default: none."""
        return ()

    def finding(
        self,
        message: str,
        line: int,
        column: int = 1,
        end_line: int | None = None,
        end_column: int | None = None,
        *,
        fix: Fix | None = None,
        severity: str | None = None,
        related: Iterable[int] = (),
    ) -> Finding:
        """Build a finding of this rule; ``severity`` overrides the default one, never a
        severity the user configured for the rule."""
        return Finding(
            code=self.code,
            name=self.name,
            severity=self.level if self._level_configured else (severity or self.level),
            message=message,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            fix=fix,
            related=tuple(related),
        )

    @classmethod
    def doc(cls) -> str:
        """The rule's user documentation (its docstring, dedented)."""
        import inspect

        return inspect.cleandoc(cls.__doc__ or "")


def iter_rule_classes(module: Any) -> Iterator[type[Rule]]:
    """The rule classes a module defines itself (not those it imports)."""
    for value in vars(module).values():
        if (
            isinstance(value, type)
            and issubclass(value, Rule)
            and value is not Rule
            and value.code
            and value.__module__ == module.__name__
        ):
            yield value
