"""The rule registry: every rule class by code, built-ins and plugins, read once and validated.

Built-in rules are the modules of :mod:`awesome_lint.rules` (listed, not registered by hand);
plugins come from the entry-point group ``awesome_lint.rules`` (an entry point names a Rule
subclass or a module of them); :mod:`awesome_lint.testing` adds rule classes given to it. Every
rule is checked before anything runs: its code and name are well formed and unique (a plugin
never shadows a built-in or another plugin), its severity and fix availability are known values
and its docstring has the sections of its page (required of built-ins and of classes given to
``testing``, where a plugin's author sees the error; an installed plugin with thinner
documentation still runs). A problem is an :class:`InputError` naming the
rule and where it came from, one line, exit status 2.
"""

from __future__ import annotations

from collections.abc import Iterable

from .model import SEVERITIES, InputError
from .rules.base import DOC_SECTIONS, FIX_AVAILABILITIES, Rule, iter_rule_classes

ENTRY_POINT_GROUP = "awesome_lint.rules"

_CACHE: dict[bool, dict[str, type[Rule]]] = {}  # plugins included? -> rules by code
_ORIGINS: dict[bool, list[tuple[type[Rule], str]]] = {}  # plugins included? -> (class, where from)


def builtin_rule_modules() -> list[str]:
    import pkgutil

    from . import rules

    return sorted(
        f"{rules.__name__}.{m.name}"
        for m in pkgutil.iter_modules(rules.__path__)
        if m.name != "base" and not m.name.startswith("_")
    )


def load_rules(plugins: bool = True) -> dict[str, type[Rule]]:
    """Every known rule class by code, sorted: built-ins, then (with ``plugins``) the installed
    plugins. Read and validated once per process."""
    found = _CACHE.get(plugins)
    if found is None:
        found = _CACHE[plugins] = _register(_origins(plugins))
    return found


def with_rules(classes: Iterable[type[Rule]], plugins: bool = True) -> dict[str, type[Rule]]:
    """The registry with ``classes`` added (validated like a plugin's; a class already there is
    not added twice)."""
    base = load_rules(plugins)
    known = set(base.values())
    extra = [(cls, f"rule class {_qualname(cls)}") for cls in classes if cls not in known]
    if not extra:
        return base
    return _register(_origins(plugins) + extra)


def _origins(plugins: bool) -> list[tuple[type[Rule], str]]:
    found = _ORIGINS.get(plugins)
    if found is None:
        found = _ORIGINS[plugins] = _builtin_origins() + (_plugin_origins() if plugins else [])
    return found


def _builtin_origins() -> list[tuple[type[Rule], str]]:
    import importlib

    return [(cls, "built-in rule")
            for name in builtin_rule_modules()
            for cls in iter_rule_classes(importlib.import_module(name))]


def _plugin_origins() -> list[tuple[type[Rule], str]]:
    out = []
    for ep in plugin_entry_points():
        where = f"plugin {ep.name!r} ({ep.value})"
        try:
            obj = ep.load()
        except Exception as exc:  # a broken plugin must not take the linter down
            raise InputError(f"{where} failed to load: {type(exc).__name__}: {exc}") from None
        classes = [obj] if isinstance(obj, type) else list(iter_rule_classes(obj))
        if not classes:
            raise InputError(f"{where} defines no Rule subclass")
        for cls in classes:
            if not (isinstance(cls, type) and issubclass(cls, Rule)):
                raise InputError(f"{where} is not a Rule subclass")
            out.append((cls, where))
    return out


def _qualname(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _register(origins: list[tuple[type[Rule], str]]) -> dict[str, type[Rule]]:
    """Rules by code, sorted, after checking each one and that no two share a code or name."""
    by_code: dict[str, tuple[type[Rule], str]] = {}
    by_name: dict[str, tuple[type[Rule], str]] = {}
    for cls, where in origins:
        if by_code.get(cls.code, (None,))[0] is cls:
            continue  # the same class reached twice (a module and one of its classes)
        # an installed plugin with thin documentation still runs (its --explain is thin): the
        # sections are required of built-ins and of classes a plugin's own tests hand to testing
        problem = rule_problem(cls, docs=not where.startswith("plugin "))
        if problem:
            raise InputError(f"{_who(cls, where)}: {problem}")
        for table, key, what in ((by_code, cls.code, "code"), (by_name, cls.name, "name")):
            if key in table:
                other, other_where = table[key]
                raise InputError(f"{_who(cls, where)} reuses the rule {what} {key!r} of {_who(other, other_where)}")
            table[key] = (cls, where)
    return {code: by_code[code][0] for code in sorted(by_code)}


def _who(cls: type[Rule], where: str) -> str:
    code = getattr(cls, "code", "") or "?"
    name = getattr(cls, "name", "") or "?"
    if where == "built-in rule":
        return f"built-in rule {code} {name}"
    if where.startswith("rule class"):
        return f"{where} ({code} {name})"
    return f"{where}, rule {code} {name}"


def rule_problem(cls: type[Rule], docs: bool = True) -> str | None:
    """What is wrong with a rule class's metadata or (with ``docs``) its docstring, or None."""
    code, name = cls.code, cls.name
    if not (isinstance(code, str) and code.isascii() and code.isalnum() and code.isupper()
            and code[0].isalpha() and code[-1].isdigit()):
        return f"rule code {code!r} is not letters then digits (like XL001)"
    if not (isinstance(name, str) and name and name.isascii() and not any(c in name for c in " ,\t")):
        return f"rule name {name!r} must be a non-empty word, like 'no-todo'"
    if not (isinstance(cls.summary, str) and cls.summary):
        return "the rule has no summary"
    if cls.severity not in SEVERITIES:
        return f"severity {cls.severity!r} is not one of {', '.join(SEVERITIES)}"
    if cls.fix_availability not in FIX_AVAILABILITIES:
        return f"fix_availability {cls.fix_availability!r} is not one of {', '.join(FIX_AVAILABILITIES)}"
    doc = cls.raw_doc()
    missing = [s for s in DOC_SECTIONS if s not in doc] if docs else []
    if missing:
        return f"the docstring lacks the section(s) {', '.join(repr(s) for s in missing)}"
    return None


def plugin_entry_points() -> list:
    """Entry points of the ``awesome_lint.rules`` group.

    ``importlib.metadata`` costs ~50 ms to import and scan, a third of a pre-commit run, so the
    installed distributions' ``entry_points.txt`` files are first searched for the group name
    directly; only when one mentions it (or a path entry is a zip) is importlib.metadata asked.
    """
    import os
    import sys

    needed = False
    for entry in sys.path:
        if not entry:
            entry = "."
        if not os.path.isdir(entry):
            if os.path.isfile(entry):
                needed = True  # a zip or egg on the path: let importlib.metadata read it
            continue
        try:
            names = os.listdir(entry)
        except OSError:
            continue
        for name in names:
            if name.endswith((".dist-info", ".egg-info")):
                try:
                    with open(os.path.join(entry, name, "entry_points.txt"), encoding="utf-8") as fh:
                        if ENTRY_POINT_GROUP in fh.read():
                            needed = True
                            break
                except OSError:
                    continue
        if needed:
            break
    if not needed:
        return []
    from importlib.metadata import entry_points

    return list(entry_points(group=ENTRY_POINT_GROUP))
