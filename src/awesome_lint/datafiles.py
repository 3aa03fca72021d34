"""The rules' data files: written as commented YAML for people, shipped as JSON twins for speed.

Importing PyYAML and parsing a registry costs tens of milliseconds on every pre-commit run, so
each ``data/NAME.yaml`` has a generated ``data/NAME.json`` with the same content, which is what
the rules load. ``python -m awesome_lint.datafiles`` regenerates the twins (``--check`` compares);
a test fails when a twin is stale.
"""

from __future__ import annotations

import json
import os
import sys
from functools import lru_cache

DATA = os.path.join(os.path.dirname(__file__), "data")
TWINNED = ("proper_names", "signed_url_recipes")  # venues.py caches its compiled table instead


@lru_cache(maxsize=None)
def load(name: str):
    """The content of ``data/NAME.yaml``, read from its JSON twin."""
    with open(os.path.join(DATA, f"{name}.json"), encoding="utf-8") as fh:
        return json.load(fh)


def from_yaml(name: str):
    import yaml

    with open(os.path.join(DATA, f"{name}.yaml"), encoding="utf-8") as fh:
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def twin_text(name: str) -> str:
    return json.dumps(from_yaml(name), ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    check = args == ["--check"]
    if args and not check:
        print("usage: python -m awesome_lint.datafiles [--check]")
        return 2
    stale = []
    for name in TWINNED:
        path = os.path.join(DATA, f"{name}.json")
        text = twin_text(name)
        current = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if current != text:
            stale.append(name)
            if not check:
                with open(path, "w", encoding="utf-8") as fh:
                    fh.write(text)
    if check and stale:
        print("stale JSON twins: " + ", ".join(stale) + " (run python -m awesome_lint.datafiles)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
