"""A SQLite cache of link-check results, safe to share between concurrent runs.

One table keyed by URL. Each row stores the raw outcome and when it expires (a time-to-live per
outcome: long for ok, short for failures). The database runs in WAL mode with a busy timeout, and
every write is one short ``BEGIN IMMEDIATE`` transaction, so two runs (two CI jobs, a pre-commit hook
and an editor) can read and write the same file without corrupting it or blocking each other for
long. A cache that cannot be opened (read-only folder, a corrupt file) is reported once on stderr
and the run goes on without it: the cache never makes a check fail. A row is data like any answer
from the network: one the checker could not have written (an unknown outcome, a moved link whose
target would not pass as a fresh redirect's) is ignored and the link fetched again.

Imported only with ``--check-links``.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Iterable

from .classify import Result, well_formed

SCHEMA_VERSION = 1
DEFAULT_NAME = "links.sqlite3"


def default_path() -> str:
    from platformdirs import user_cache_dir

    return os.path.join(user_cache_dir("awesome-lint"), DEFAULT_NAME)


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class Cache:
    def __init__(self, path: str | None = None, clock=time.time):
        self.path = path or default_path()
        self.clock = clock
        self.db: sqlite3.Connection | None = None
        try:
            folder = os.path.dirname(os.path.abspath(self.path))
            os.makedirs(folder, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
            db.execute("PRAGMA busy_timeout = 30000")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute(
                "CREATE TABLE IF NOT EXISTS links (url TEXT PRIMARY KEY, kind TEXT NOT NULL, status INTEGER,"
                " detail TEXT NOT NULL, final_url TEXT, checked REAL NOT NULL, expires REAL NOT NULL)"
            )
            db.execute("CREATE INDEX IF NOT EXISTS links_expires ON links (expires)")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self.db = db
        except (sqlite3.Error, OSError) as exc:
            print(f"awesome-lint: link cache {self.path} not used: {exc}", file=sys.stderr)
            self.db = None

    def get_many(self, urls: Iterable[str], include_expired: bool = False) -> dict[str, Result]:
        """Cached results for the URLs that have one (unexpired unless ``include_expired``)."""
        if self.db is None:
            return {}
        urls = list(urls)
        now = self.clock()
        out: dict[str, Result] = {}
        try:
            for i in range(0, len(urls), 500):
                chunk = urls[i : i + 500]
                marks = ",".join("?" * len(chunk))
                rows = self.db.execute(
                    f"SELECT url, kind, status, detail, final_url, expires FROM links WHERE url IN ({marks})", chunk
                ).fetchall()
                for url, kind, status, detail, final_url, expires in rows:
                    if not (include_expired or _is_number(expires) and expires > now):
                        continue
                    r = Result(url, kind, status, detail, final_url, cached=True)
                    if well_formed(r):  # a row the checker could not have written is fetched again
                        out[url] = r
        except sqlite3.Error as exc:
            print(f"awesome-lint: link cache {self.path} not read: {exc}", file=sys.stderr)
            return {}
        return out

    def put_many(self, results: Iterable[tuple[Result, float]]) -> None:
        """Store ``(result, ttl_seconds)`` pairs in one short transaction; ttl <= 0 stores nothing."""
        if self.db is None:
            return
        now = self.clock()
        rows = [(r.url, r.kind, r.status, r.detail, r.final_url, now, now + ttl) for r, ttl in results if ttl > 0]
        if not rows:
            return
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                self.db.executemany("INSERT OR REPLACE INTO links VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
                self.db.execute("DELETE FROM links WHERE expires < ?", (now - 30 * 86400,))
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            print(f"awesome-lint: link cache {self.path} not updated: {exc}", file=sys.stderr)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


class PaperCache(Cache):
    """Paper records of ``--verify-papers`` (``papers/lookup.py``) in a table of their own in
    the same file: a JSON record per key (``arxiv:ID``, ``doi:DOI``, ...) and when it expires."""

    def __init__(self, path: str | None = None, clock=time.time):
        super().__init__(path, clock)
        if self.db is None:
            return
        try:
            self.db.execute("CREATE TABLE IF NOT EXISTS papers (key TEXT PRIMARY KEY, record TEXT NOT NULL,"
                            " checked REAL NOT NULL, expires REAL NOT NULL)")
        except sqlite3.Error as exc:
            print(f"awesome-lint: paper cache {self.path} not used: {exc}", file=sys.stderr)
            self.db.close()
            self.db = None

    def get_records(self, keys: Iterable[str], include_expired: bool = False) -> dict[str, str]:
        """The stored JSON records of the keys that have one (unexpired unless asked)."""
        if self.db is None:
            return {}
        keys = list(keys)
        now = self.clock()
        out: dict[str, str] = {}
        try:
            for i in range(0, len(keys), 500):
                chunk = keys[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for key, record, expires in self.db.execute(
                        f"SELECT key, record, expires FROM papers WHERE key IN ({marks})", chunk):
                    if include_expired or expires > now:
                        out[key] = record
        except sqlite3.Error as exc:
            print(f"awesome-lint: paper cache {self.path} not read: {exc}", file=sys.stderr)
            return {}
        return out

    def put_records(self, rows: Iterable[tuple[str, str, float]]) -> None:
        """Store ``(key, json, ttl_seconds)`` rows in one short transaction."""
        if self.db is None:
            return
        now = self.clock()
        data = [(k, rec, now, now + ttl) for k, rec, ttl in rows if ttl > 0]
        if not data:
            return
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                self.db.executemany("INSERT OR REPLACE INTO papers VALUES (?, ?, ?, ?)", data)
                self.db.execute("DELETE FROM papers WHERE expires < ?", (now - 90 * 86400,))
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            print(f"awesome-lint: paper cache {self.path} not updated: {exc}", file=sys.stderr)
