"""Finding and validating configuration.

Sources, first found wins for a file: ``--config FILE``; else the nearest ``.awesome-lint.yaml``
(or ``.awesome-lint.yml``) or ``pyproject.toml`` with a ``[tool.awesome-lint]`` table, walking up
from the file's folder. Keys: ``select``, ``extend-select``, ``ignore``, ``per-file-ignores`` and
one mapping per rule (by code or name) with its options and an optional ``severity``. Unknown keys,
unknown codes and wrong types are errors naming the file and the key. PyYAML and tomllib are
imported only when a configuration file exists.
"""

from __future__ import annotations

import fnmatch
import os
from typing import Any

import msgspec

from .model import SEVERITIES, InputError

CONFIG_NAMES = (".awesome-lint.yaml", ".awesome-lint.yml")
TOP_KEYS = ("select", "extend-select", "ignore", "per-file-ignores")


class Config(msgspec.Struct):
    path: str | None = None  # the file it came from; None for defaults
    root: str = "."  # folder that per-file-ignores patterns are relative to
    select: list[str] | None = None
    extend_select: list[str] = msgspec.field(default_factory=list)
    ignore: list[str] = msgspec.field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = msgspec.field(default_factory=dict)
    rules: dict[str, dict[str, Any]] = msgspec.field(default_factory=dict)  # code -> options
    severity: dict[str, str] = msgspec.field(default_factory=dict)  # code -> severity

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


def _as_list(value: Any, key: str, where: str) -> list[str]:
    if isinstance(value, str):
        return [v for v in (p.strip() for p in value.split(",")) if v]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    raise InputError(f"{where}: {key} must be a list of rule codes or names")


def load_file(path: str) -> dict[str, Any] | None:
    """The raw settings in one file, or None for a pyproject.toml without our table."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise InputError(f"{path}: cannot read configuration ({exc.strerror})") from None
    if path.endswith(".toml"):
        import tomllib

        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: invalid TOML: {exc}") from None
        table = data.get("tool", {}).get("awesome-lint")
        if table is None:
            return None
        if not isinstance(table, dict):
            raise InputError(f"{path}: [tool.awesome-lint] must be a table")
        return table
    import yaml

    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(raw.decode("utf-8"), Loader=loader)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        msg = str(exc).replace("\n", " ")
        raise InputError(f"{path}: invalid YAML: {msg}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(f"{path}: configuration must be a mapping of keys to values")
    return data


def build(data: dict[str, Any], path: str | None, resolver: Resolver) -> Config:
    where = path or "configuration"
    cfg = Config(path=path, root=os.path.dirname(os.path.abspath(path)) if path else os.getcwd())
    for key, value in data.items():
        if not isinstance(key, str):
            raise InputError(f"{where}: key {key!r} is not a string")
        if key == "select":
            cfg.select = [c for s in _as_list(value, key, where) for c in resolver.expand(s, where)]
        elif key == "extend-select":
            cfg.extend_select = [c for s in _as_list(value, key, where) for c in resolver.expand(s, where)]
        elif key == "ignore":
            cfg.ignore = [c for s in _as_list(value, key, where) for c in resolver.expand(s, where)]
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise InputError(f"{where}: per-file-ignores must map file patterns to rule lists")
            for pattern, codes in value.items():
                cfg.per_file_ignores[str(pattern)] = [
                    c for s in _as_list(codes, f"per-file-ignores.{pattern}", where) for c in resolver.expand(s, where)
                ]
        else:
            code = resolver.code_of(key)
            if code is None:
                raise InputError(f"{where}: unknown key {key!r} (expected {', '.join(TOP_KEYS)} or a rule code or name)")
            if value is None:
                value = {}
            if not isinstance(value, dict):
                raise InputError(f"{where}: {key} must be a mapping of option names to values")
            cls = resolver.classes[code]
            opts: dict[str, Any] = {}
            for opt_key, opt_value in value.items():
                if opt_key == "severity":
                    if opt_value not in SEVERITIES:
                        raise InputError(f"{where}: {key}.severity must be error or warning, not {opt_value!r}")
                    cfg.severity[code] = opt_value
                    continue
                declared = {k.replace("-", "_"): k for k in cls.options}
                key_name = declared.get(str(opt_key).replace("-", "_"), opt_key)  # `-` or `_`, as the user likes
                spec = cls.options.get(key_name)
                if spec is None:
                    known = ", ".join(sorted(cls.options)) or "none"
                    raise InputError(f"{where}: unknown option {key}.{opt_key} (options: {known}, severity)")
                opts[key_name] = spec.validate(key, opt_key, opt_value, where)
            cfg.rules[code] = opts
    return cfg


def find_config_file(folder: str) -> str | None:
    """The nearest configuration file at or above ``folder``."""
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
                    if b"[tool.awesome-lint" in fh.read():
                        return candidate
            except OSError:
                pass
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
        if self.explicit is not None:
            return self._by_file[self.explicit]
        folder = os.path.dirname(os.path.abspath(path)) if path != "-" else os.getcwd()
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
