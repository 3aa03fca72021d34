"""Where awesome-lint keeps what it can rebuild: ``AWESOME_LINT_CACHE_DIR``, else the user's
cache folder (``platformdirs``). Imported before anything else the command needs, so it is tiny."""

from __future__ import annotations

import os


def cache_dir() -> str | None:
    """The folder for awesome-lint's caches, or None when there is none."""
    folder = os.environ.get("AWESOME_LINT_CACHE_DIR")
    if folder:
        return folder
    try:
        from platformdirs import user_cache_dir

        return user_cache_dir("awesome-lint")
    except Exception:  # pragma: no cover - platformdirs is a dependency
        return None
