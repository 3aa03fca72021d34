"""awesome-lint: lint and fix curated Markdown lists of papers and tools.

The names in ``__all__`` are the stable API for plugins (see docs/plugins.md): they keep their
meaning across minor versions; anything else (``awesome_lint.engine``, ``awesome_lint.registry``
and the rest) is internal and may change. They are loaded on first use, so ``import
awesome_lint`` (and ``awesome-lint --version``) stays cheap. ``awesome_lint.testing`` runs rule
classes on a string, for a plugin's tests.
"""

__version__ = "0.1.0"

__all__ = [
    "__version__",
    # writing a rule
    "Rule", "Option", "Finding", "Fix", "Edit", "Document", "RunContext",
    # severities
    "ERROR", "WARNING", "SEVERITIES",
    # fix availability (Rule.fix_availability)
    "FIX_ALWAYS", "FIX_SOMETIMES", "FIX_NEVER", "FIX_AVAILABILITIES",
]

_WHERE = {
    "Rule": "rules.base", "Option": "rules.base",
    "FIX_ALWAYS": "rules.base", "FIX_SOMETIMES": "rules.base", "FIX_NEVER": "rules.base",
    "FIX_AVAILABILITIES": "rules.base",
    "Finding": "model", "RunContext": "model", "ERROR": "model", "WARNING": "model", "SEVERITIES": "model",
    "Fix": "edits", "Edit": "edits",
    "Document": "document",
}


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'awesome_lint' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # the next look-up is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
