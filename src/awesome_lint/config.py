"""Finding and validating configuration.

Sources, first found wins for a file: ``--config FILE``; else the nearest ``.awesome-lint.yaml``
(or ``.awesome-lint.yml``) or ``pyproject.toml`` with a ``[tool.awesome-lint]`` table, walking up
from the file's folder. Keys: those of ``TOP`` (``select``, ``extend-select``, ``ignore``,
``per-file-ignores``, ``exclude``, ``extend-exclude``, ``respect-gitignore``, ``force-exclude``)
and one mapping per rule (by code or name) with its options and an optional ``severity``. Every
value is checked against its ``schema.Option`` when the file is read, before any rule runs:
each unknown key, unknown code, wrong type or value out of range is one line naming the file
and the key path. PyYAML and tomllib are imported only when a configuration file exists.
"""

from __future__ import annotations

import fnmatch
import os
from typing import Any

import msgspec

from .model import SEVERITIES, InputError
from .schema import Invalid, Option, show

CONFIG_NAMES = (".awesome-lint.yaml", ".awesome-lint.yml")


class Config(msgspec.Struct):
    path: str | None = None  # the file it came from; None for defaults
    root: str = "."  # folder that per-file-ignores patterns are relative to
    select: list[str] | None = None
    extend_select: list[str] = msgspec.field(default_factory=list)
    ignore: list[str] = msgspec.field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = msgspec.field(default_factory=dict)
    rules: dict[str, dict[str, Any]] = msgspec.field(default_factory=dict)  # code -> options
    severity: dict[str, str] = msgspec.field(default_factory=dict)  # code -> severity
    exclude: list[str] | None = None  # gitignore-style patterns relative to root; None: the default excludes
    extend_exclude: list[str] = msgspec.field(default_factory=list)
    respect_gitignore: bool | None = None  # None: not configured (respected)
    force_exclude: bool | None = None

    def ignored_for(self, path: str) -> list[str]:
        if not self.per_file_ignores:
            return []
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(self.root)).replace(os.sep, "/")
        out: list[str] = []
        for pattern, codes in self.per_file_ignores.items():
            if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(os.path.basename(path), pattern):
                out.extend(codes)
        return out


class Resolver:
    """Turns code/name selectors into rule codes."""

    def __init__(self, rule_classes: dict[str, type]):
        self.classes = rule_classes
        self.by_name = {cls.name: code for code, cls in rule_classes.items()}

    def expand(self, selector: str, where: str) -> list[str]:
        s = selector.strip()
        if not s:
            return []
        if s.upper() == "ALL":
            return list(self.classes)
        if s in self.classes:
            return [s]
        if s.upper() in self.classes:
            return [s.upper()]
        if s in self.by_name:
            return [self.by_name[s]]
        matches = [c for c in self.classes if c.startswith(s.upper())]
        if matches and s[:1].isalpha():
            return matches
        raise InputError(f"{where}: unknown rule {s!r} (see --list-rules)")

    def code_of(self, key: str) -> str | None:
        if key in self.classes:
            return key
        if key.upper() in self.classes:
            return key.upper()
        return self.by_name.get(key)


def _gitignore_pattern(value: str, at: str) -> None:
    """A pattern ``exclude`` can use: pathspec's gitignore parser must accept it."""
    from .discovery import compile_patterns

    try:
        compile_patterns([value])
    except ValueError as exc:  # pathspec's pattern errors are ValueErrors
        raise ValueError(f"{at} must be a gitignore-style pattern, not {show(value)} ({exc})") from None


_CODES = Option((list, str), None, items=Option(str), expect="a list of rule codes or names")
_PATTERNS = Option(list, None, items=Option(str, check=_gitignore_pattern), expect="a list of gitignore-style patterns")

#: The top-level keys, declared as rule options are (``schema.Option``).
TOP: dict[str, Option] = {
    "select": _CODES,
    "extend-select": _CODES,
    "ignore": _CODES,
    "per-file-ignores": Option(dict, {}, values=_CODES, expect="a mapping of file patterns to lists of rule codes or names"),
    "exclude": _PATTERNS,
    "extend-exclude": _PATTERNS,
    "respect-gitignore": Option(bool, True),
    "force-exclude": Option(bool, False),
}
TOP_KEYS = tuple(TOP)


def _codes(value: list[str] | str, resolver: Resolver, where: str) -> list[str]:
    items = value.split(",") if isinstance(value, str) else value
    return [c for s in items for c in resolver.expand(s, where)]


def _table_of(data: Any, path: str) -> dict[str, Any] | None:
    """pyproject.toml's ``[tool.awesome-lint]`` (``[tool."awesome-lint"]`` is the same table), or None."""
    tool = data.get("tool") if isinstance(data, dict) else None
    if not isinstance(tool, dict) or "awesome-lint" not in tool:
        return None
    table = tool["awesome-lint"]
    if not isinstance(table, dict):
        raise InputError(f"{path}: [tool.awesome-lint] must be a table")
    return table


def _parse_toml(raw: bytes, path: str) -> dict[str, Any] | None:
    if b"awesome-lint" not in raw:  # not ours, whatever else it holds: tomllib not even imported
        return None
    import tomllib

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: invalid TOML: {exc}") from None
    return _table_of(data, path)


def load_file(path: str) -> dict[str, Any] | None:
    """The raw settings in one file, or None for a pyproject.toml without our table."""
    shown = _shown_path(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise InputError(f"{shown}: cannot read configuration ({exc.strerror})") from None
    if path.endswith(".toml"):
        return _parse_toml(raw, shown)
    import yaml

    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(raw.decode("utf-8"), Loader=loader)
    except (yaml.YAMLError, UnicodeDecodeError, RecursionError) as exc:
        msg = str(exc).replace("\n", " ")
        raise InputError(f"{shown}: invalid YAML: {msg}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(f"{shown}: configuration must be a mapping of keys to values")
    return data


def build(data: dict[str, Any], path: str | None, resolver: Resolver) -> Config:
    """The configuration in ``data``, every value checked against its schema first; all the
    problems at once, one line each (an ``InputError`` whose message has a line per problem)."""
    where = _shown_path(path) if path else "configuration"
    cfg = Config(path=path, root=os.path.dirname(os.path.abspath(path)) if path else os.getcwd())
    problems: list[str] = []
    top = {k.replace("_", "-"): k for k in TOP}
    for key, value in data.items():
        try:
            if not isinstance(key, str):
                raise InputError(f"{where}: key {show(key)} is not a string")
            name = top.get(key.replace("_", "-"))
            if name is not None:
                _set_top(cfg, name, _top_value(name, value, where), resolver, where)
                continue
            code = resolver.code_of(key)
            if code is None:
                raise InputError(f"{where}: unknown key {key!r} (expected {', '.join(TOP_KEYS)} or a rule code or name)")
            _set_rule(cfg, key, code, value, resolver, where, problems)
        except InputError as exc:
            problems.append(str(exc))
    if problems:
        raise InputError("\n".join(problems))
    return cfg


def _shown_path(path: str) -> str:
    """A configuration file's path in messages: relative to the current folder when inside it."""
    rel = os.path.relpath(os.path.abspath(path), os.getcwd())
    return path if rel.startswith(os.pardir) else rel


def _top_value(name: str, value: Any, where: str) -> Any:
    try:
        return TOP[name].convert(value, name)
    except Invalid as exc:
        raise InputError(f"{where}: {exc}") from None


def _set_top(cfg: Config, name: str, value: Any, resolver: Resolver, where: str) -> None:
    if name == "select":
        cfg.select = _codes(value, resolver, f"{where}: {name}")
    elif name == "extend-select":
        cfg.extend_select = _codes(value, resolver, f"{where}: {name}")
    elif name == "ignore":
        cfg.ignore = _codes(value, resolver, f"{where}: {name}")
    elif name == "per-file-ignores":
        cfg.per_file_ignores = {pattern: _codes(codes, resolver, f"{where}: {name}.{pattern}")
                                for pattern, codes in value.items()}
    elif name == "exclude":
        cfg.exclude = value
    elif name == "extend-exclude":
        cfg.extend_exclude = value
    elif name == "respect-gitignore":
        cfg.respect_gitignore = value
    elif name == "force-exclude":
        cfg.force_exclude = value


def _set_rule(cfg: Config, key: str, code: str, value: Any, resolver: Resolver, where: str, problems: list[str]) -> None:
    """One rule's mapping: severity and options, each checked against the rule's ``Option``."""
    if value is None:
        value = {}
    if not isinstance(value, dict):
        raise InputError(f"{where}: {key} must be a mapping of option names to values, not {show(value)}")
    cls = resolver.classes[code]
    declared = {k.replace("-", "_"): k for k in cls.options}
    opts: dict[str, Any] = {}
    for opt_key, opt_value in value.items():
        try:
            if opt_key == "severity":
                if opt_value not in SEVERITIES:
                    raise InputError(f"{where}: {key}.severity must be error or warning, not {show(opt_value)}")
                cfg.severity[code] = opt_value
                continue
            key_name = declared.get(str(opt_key).replace("-", "_"), opt_key)  # `-` or `_`, as the user likes
            spec = cls.options.get(key_name)
            if spec is None:
                known = ", ".join(sorted(cls.options)) or "none"
                raise InputError(f"{where}: unknown option {key}.{opt_key} (options: {known}, severity)")
            opts[key_name] = spec.validate(key, opt_key, opt_value, where)
        except InputError as exc:
            problems.append(str(exc))
    cfg.rules[code] = opts


def find_config_file(folder: str) -> str | None:
    """The nearest configuration file at or above ``folder``: a ``pyproject.toml`` counts only
    when TOML says it holds ``[tool.awesome-lint]`` (a byte search would take
    ``[tool.awesome-lint-extra]`` for it and miss ``[tool."awesome-lint"]``)."""
    folder = os.path.abspath(folder)
    while True:
        for name in CONFIG_NAMES:
            candidate = os.path.join(folder, name)
            if os.path.isfile(candidate):
                return candidate
        candidate = os.path.join(folder, "pyproject.toml")
        if os.path.isfile(candidate):
            try:
                with open(candidate, "rb") as fh:
                    raw = fh.read()
            except OSError:
                raw = b""
            if _parse_toml(raw, _shown_path(candidate)) is not None:
                return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


class ConfigCache:
    """One Config per configuration file, found once per folder."""

    def __init__(self, resolver: Resolver, explicit: str | None = None):
        self.resolver = resolver
        self._by_file: dict[str | None, Config] = {}
        self._by_folder: dict[str, str | None] = {}
        self.explicit = explicit
        if explicit is not None:
            if not os.path.isfile(explicit):
                raise InputError(f"{explicit}: configuration file not found")
            data = load_file(explicit)
            self._by_file[explicit] = build(data or {}, explicit, resolver)

    def for_path(self, path: str) -> Config:
        return self.for_folder(os.path.dirname(os.path.abspath(path)) if path != "-" else os.getcwd())

    def for_folder(self, folder: str) -> Config:
        """The configuration of the files in ``folder`` (an absolute path)."""
        if self.explicit is not None:
            return self._by_file[self.explicit]
        if folder not in self._by_folder:
            self._by_folder[folder] = find_config_file(folder)
        cfg_path = self._by_folder[folder]
        if cfg_path not in self._by_file:
            if cfg_path is None:
                self._by_file[None] = Config()
            else:
                data = load_file(cfg_path)
                self._by_file[cfg_path] = build(data or {}, cfg_path, self.resolver)
        return self._by_file[cfg_path]
