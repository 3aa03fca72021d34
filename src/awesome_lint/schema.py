"""``Option``: what one configuration value may be, said once, checked before any rule runs.

A rule declares its options as ``Option``s (``rules/base.py`` re-exports the class); the
top-level keys of a configuration file are declared the same way (``config.TOP``). An option
states its type and, where they matter, a range (``gt``, ``ge``, ``lt``, ``le``), ``choices``,
a ``pattern`` a string must match whole, ``regex`` (a string that must compile), the schema of
a list's ``items``, of a mapping's ``values``, or a mapping's own ``fields``, and a ``check``
for what no declaration says. Reading the configuration converts each value through it; the
first problem in a value is one line: ``AL013.timeout must be a number > 0 and <= 300, not -1``.

A small validator rather than ``msgspec.convert``: msgspec's errors name a JSON path and its own
wording, not the value given, and cannot carry the regex and rule-specific checks, which are
most of what goes wrong in practice.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import msgspec

from .model import InputError

NoneType = type(None)

_ARTICLE = {int: "an integer", float: "a number", bool: "true or false", str: "a string", list: "a list",
            dict: "a mapping", NoneType: "empty"}
_PLURAL = {int: "integers", float: "numbers", bool: "true or false values", str: "strings", list: "lists",
           dict: "mappings"}
_DOC_NAME = {int: "integer", float: "number", bool: "boolean", str: "string", list: "list", dict: "mapping",
             NoneType: "empty"}


class Invalid(ValueError):
    """A value the schema refuses; the message is the whole line after the file name."""


def show(value: Any, limit: int = 60) -> str:
    """A value as the user wrote it, near enough (JSON spelling, as YAML and TOML write it), shortened."""
    import json

    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError):  # keys that are not strings, NaN...
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Option(msgspec.Struct, frozen=True):
    """One configurable value: its type, default and meaning, and what else it must satisfy.

    ``Option(type, default, help, choices=None)`` as before; the keywords below add the
    range and shape that the configuration is checked against before any rule runs. A Struct,
    not a dataclass: every rule module defines several, and a dataclass of this many fields
    costs ~1.5 ms to define on each start, a Struct ~0.03 ms.
    """

    type: type | tuple[type, ...]
    default: Any = None
    help: str = ""
    choices: tuple[Any, ...] | None = None
    gt: float | None = None  # numbers: greater than
    ge: float | None = None  # numbers: at least
    lt: float | None = None  # numbers: less than
    le: float | None = None  # numbers: at most
    max_len: int | None = None  # strings, lists and mappings: at most this many characters or items
    pattern: str | None = None  # strings: must match it whole
    regex: bool = False  # strings: must compile as a Python regular expression
    items: Option | None = None  # lists: each item
    values: Option | None = None  # mappings: each value (keys are strings)
    fields: dict[str, Option] | None = None  # mappings: only these keys (`-` or `_` alike), each its own schema
    check: Callable[[Any, str], Any] | None = None  # further check(value, key path); raises InputError or ValueError
    expect: str = ""  # what is expected, in words, when the phrase made from the declaration says too little

    # ---- the check -------------------------------------------------------------------------
    def validate(self, rule: str, key: str, value: Any, where: str) -> Any:
        """The value, converted (a mapping's keys as declared); an ``InputError`` naming the file
        (``where``) and the key ``rule.key`` when it is not acceptable."""
        try:
            return self.convert(value, f"{rule}.{key}")
        except Invalid as exc:
            raise InputError(f"{where}: {exc}") from None

    def convert(self, value: Any, at: str) -> Any:
        """The value checked against this schema at key path ``at``; ``Invalid`` when it fails."""
        types = self._types()
        if not self._type_ok(value, types):
            raise Invalid(f"{at} must be {self.describe()}, not {show(value)}")
        if isinstance(value, float) and not isinstance(value, bool) and not math.isfinite(value):
            raise Invalid(f"{at} must be {self.describe()}, not {show(value)}")
        if self.choices is not None and not any(_same(value, c) for c in self.choices):
            raise Invalid(f"{at} must be {self.describe()}, not {show(value)}")
        if isinstance(value, (int, float)) and not isinstance(value, bool) and not self._in_range(value):
            raise Invalid(f"{at} must be {self.describe()}, not {show(value)}")
        if self.max_len is not None and isinstance(value, (str, list, dict)) and len(value) > self.max_len:
            raise Invalid(f"{at} must be {self.describe()}, not one of length {len(value)}")
        if isinstance(value, str):
            self._check_string(value, at)
        elif isinstance(value, list) and self.items is not None:
            value = [self.items.convert(item, f"{at}[{k}]") for k, item in enumerate(value)]
        elif isinstance(value, dict):
            value = self._convert_mapping(value, at)
        if self.check is not None:
            try:
                self.check(value, at)
            except (InputError, ValueError) as exc:
                msg = str(exc).replace("\n", " ")
                raise Invalid(msg if msg.startswith(at) else f"{at}: {msg}") from None
        return value

    def _types(self) -> tuple[type, ...]:
        return self.type if isinstance(self.type, tuple) else (self.type,)

    @staticmethod
    def _type_ok(value: Any, types: tuple[type, ...]) -> bool:
        if isinstance(value, bool):
            return bool in types
        if isinstance(value, int) and float in types:
            return True
        return isinstance(value, types)

    def _in_range(self, v: float) -> bool:
        return ((self.gt is None or v > self.gt) and (self.ge is None or v >= self.ge)
                and (self.lt is None or v < self.lt) and (self.le is None or v <= self.le))

    def _check_string(self, value: str, at: str) -> None:
        import re

        if self.pattern is not None and re.fullmatch(self.pattern, value) is None:
            raise Invalid(f"{at} must be {self.describe()}, not {show(value)}")
        if self.regex:
            try:
                re.compile(value)
            except (re.error, RecursionError, OverflowError) as exc:
                raise Invalid(f"{at} must be a regular expression, not {show(value)} ({exc})") from None

    def _convert_mapping(self, value: dict, at: str) -> dict:
        for k in value:
            if not isinstance(k, str):
                raise Invalid(f"{at}: key {show(k)} must be a string")
        if self.fields is not None:
            declared = {name.replace("-", "_"): name for name in self.fields}
            out = {}
            for k, v in value.items():
                name = declared.get(k.replace("-", "_"))
                if name is None:
                    raise Invalid(f"{at}: unknown key {show(k)} (expected {', '.join(self.fields)})")
                out[name] = self.fields[name].convert(v, f"{at}.{k}")
            return out
        if self.values is not None:
            return {k: self.values.convert(v, f"{at}.{k}") for k, v in value.items()}
        return value

    # ---- words -----------------------------------------------------------------------------
    def describe(self) -> str:
        """What the value must be, in words: ``a number > 0 and <= 300``."""
        if self.expect:
            return self.expect
        if self.choices is not None:
            return "one of " + ", ".join(show(c) for c in self.choices)
        types = self._types()
        phrases = []
        for t in types:
            if t is list and self.items is not None:
                phrases.append("a list of " + self.items.plural())
            elif t is dict and self.fields is not None:
                phrases.append("a mapping with keys " + ", ".join(self.fields))
            elif t is str and self.regex:
                phrases.append("a regular expression")
            else:
                phrases.append(_ARTICLE.get(t, f"a {t.__name__}"))
        text = " or ".join(phrases)
        bounds = self.bounds()
        if bounds:
            text += " " + bounds
        if self.max_len is not None:
            text += f" of at most {self.max_len} {'characters' if str in types else 'items'}"
        return text

    def plural(self) -> str:
        """``integers >= 100 and <= 999``: the phrase for each item of a list (an item's own
        ``expect``, said of one item, is for its own message)."""
        if self.choices is not None:
            return "values among " + ", ".join(show(c) for c in self.choices)
        types = self._types()
        if self.regex and types == (str,):
            words = "regular expressions"
        else:
            words = " or ".join(_PLURAL.get(t, t.__name__) for t in types)
        bounds = self.bounds()
        return f"{words} {bounds}" if bounds else words

    def bounds(self) -> str:
        parts = [f"{op} {_num(v)}" for op, v in ((">", self.gt), (">=", self.ge), ("<", self.lt), ("<=", self.le))
                 if v is not None]
        return " and ".join(parts)

    def doc_type(self) -> str:
        """The type column of a rule page's options table: ``number > 0 and <= 300``."""
        types = self._types()
        if self.choices is not None and all(isinstance(c, str) for c in self.choices) and types == (str,):
            return "string"
        names = []
        for t in types:
            if t is list and self.items is not None:
                names.append("list of " + self.items.plural())
            else:
                names.append(_DOC_NAME.get(t, t.__name__))
        text = " or ".join(names)
        bounds = self.bounds()
        return f"{text} {bounds}" if bounds else text


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


def _same(value: Any, choice: Any) -> bool:
    """Equal and of the same kind: ``1`` is not the choice ``True``."""
    return value == choice and isinstance(value, bool) == isinstance(choice, bool)
