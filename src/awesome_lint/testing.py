"""Run rules on a Markdown string in this process: for the tests of built-in rules and plugins.

    from awesome_lint.testing import lint_text, fix_text

    findings = lint_text("- TODO\n", rules=[NoTodo])
    fixed, left = fix_text("- TODO\n", rules=[NoTodo])

``rules`` are Rule classes to run besides the registered ones (built-ins and installed plugins);
no entry point is needed, and they are validated as a plugin is (a clash with a built-in's code
or name raises :class:`~awesome_lint.model.InputError`). Without ``select``, only the given
rules run (every enabled-by-default rule when none is given); ``select`` takes codes, names or
prefixes of any registered rule. ``config`` is the mapping a configuration file would hold; no
configuration file is read.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Finding, RunContext
from .rules.base import Rule

__all__ = ["lint_text", "fix_text"]


def lint_text(text: str, rules: Sequence[type[Rule]] | None = None, select: list[str] | None = None,
              config: dict | None = None, path: str = "<text>", context: RunContext | None = None) -> list[Finding]:
    """The findings of the rules on ``text``, sorted by place."""
    return _run(text, rules, select, config, path, context, fix=False, unsafe=False)[1]


def fix_text(text: str, rules: Sequence[type[Rule]] | None = None, unsafe: bool = False,
             select: list[str] | None = None, config: dict | None = None, path: str = "<text>",
             context: RunContext | None = None) -> tuple[str, list[Finding]]:
    """(fixed text, findings left) after ``--fix`` (``--unsafe-fixes`` with ``unsafe``)."""
    return _run(text, rules, select, config, path, context, fix=True, unsafe=unsafe)


def _run(text, rules, select, config, path, context, fix, unsafe):
    from .config import build
    from .engine import Engine, Selection
    from .registry import load_rules, with_rules
    from .source import Source, detect_newline

    classes = with_rules(rules) if rules else load_rules()
    eng = Engine(Selection(select=None), context=context, rule_classes=classes)
    if select is not None:
        eng.selection.select = [c for s in select for c in eng.resolver.expand(s, "select")]
    elif rules:
        eng.selection.select = [cls.code for cls in rules]
    cfg = build(config or {}, None, eng.resolver)
    eng.configs.for_path = lambda _p: cfg  # type: ignore[method-assign]
    src = Source(path=path, text=text, newline=detect_newline(text))
    result, _ = eng.lint_source(src, fix=fix, unsafe=unsafe)
    return (result.fixed_text if result.fixed_text is not None else text), result.findings
