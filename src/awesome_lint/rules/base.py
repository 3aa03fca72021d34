"""The rule contract: metadata, options and a ``check`` method that yields findings.

A rule's class docstring is its user documentation (printed by ``--explain`` and turned into its
page in ``rules/``). Write it in Markdown with the sections ``## What it does``, ``## Why it
matters``, ``## Example`` (a bad and a good block) and ``## Fix safety`` (the registry refuses a
rule without them); the options table is made from ``options``. ``fix_availability`` says how
often a finding has a fix; each ``Fix`` says whether it is safe.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, ClassVar

from ..model import ERROR, Finding, Fix, RunContext
from ..schema import Option  # noqa: F401  (the rule contract's options; defined with the configuration's schema)

if TYPE_CHECKING:
    from ..document import Document

# How often a finding of the rule carries a fix (``Rule.fix_availability``). Whether a fix is
# safe is the fix's own ``Fix.safe``; the docstring's ``## Fix safety`` says when.
FIX_ALWAYS = "always"
FIX_SOMETIMES = "sometimes"
FIX_NEVER = "never"
FIX_AVAILABILITIES = (FIX_ALWAYS, FIX_SOMETIMES, FIX_NEVER)

# Deprecated: the old ``fix`` attribute mixed availability with safety. A plugin that still sets
# ``fix = "safe"`` (or unsafe, sometimes, none) gets the availability below.
FIX_SAFE = "safe"
FIX_UNSAFE = "unsafe"
FIX_NONE = "none"
#: The sections every rule's docstring has (checked by the registry).
DOC_SECTIONS = ("## What it does", "## Why it matters", "## Example", "## Fix safety")

LEGACY_FIX = {FIX_SAFE: FIX_ALWAYS, FIX_UNSAFE: FIX_ALWAYS, FIX_SOMETIMES: FIX_SOMETIMES, FIX_NONE: FIX_NEVER}


class Rule:
    """Base class of every rule (built-in or plugin).

    Subclasses set the class attributes below and implement :meth:`check`. Rules read the
    :class:`~awesome_lint.document.Document` and never parse Markdown themselves.
    """

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    summary: ClassVar[str] = ""
    severity: ClassVar[str] = ERROR
    fix_availability: ClassVar[str] = FIX_NEVER  # FIX_ALWAYS, FIX_SOMETIMES or FIX_NEVER
    tags: ClassVar[tuple[str, ...]] = ()
    default_enabled: ClassVar[bool] = True
    network: ClassVar[bool] = False  # needs --check-links
    options: ClassVar[dict[str, Option]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        legacy = cls.__dict__.get("fix")
        if isinstance(legacy, str) and "fix_availability" not in cls.__dict__:
            import warnings

            warnings.warn(f"{cls.__module__}.{cls.__qualname__}: the rule attribute `fix` is deprecated; "
                          "set `fix_availability` (always, sometimes or never)", DeprecationWarning, stacklevel=2)
            cls.fix_availability = LEGACY_FIX.get(legacy, legacy)  # an unknown value is reported by the registry

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

        return inspect.cleandoc(cls.raw_doc())

    @classmethod
    def raw_doc(cls) -> str:
        """The docstring as written, from the nearest class that has one (a rule may take it
        from a base class of its own); the base ``Rule``'s does not count."""
        for klass in cls.__mro__:
            if klass is Rule:
                break
            doc = klass.__dict__.get("__doc__")
            if doc:
                return doc
        return ""


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
