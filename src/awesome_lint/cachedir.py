"""Where awesome-lint keeps what it can rebuild (``AWESOME_LINT_CACHE_DIR``, else the user's
cache folder, ``platformdirs``), and how a cache file is written there. Imported before anything
else the command needs, so it is tiny."""

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


def store(path: str, data: bytes) -> None:
    """Write a cache file atomically (a temporary file, then a rename, so a reader sees the old
    file or the new one); a cache that cannot be written is simply not kept."""
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
