"""The link cache under concurrent use, and the import cost of plain linting."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from awesome_lint.links.cache import Cache
from awesome_lint.links.classify import DEAD, OK, Result

WRITER = textwrap.dedent(
    """
    import sys
    from awesome_lint.links.cache import Cache
    from awesome_lint.links.classify import Result
    path, tag = sys.argv[1], sys.argv[2]
    for batch in range(40):
        c = Cache(path)
        assert c.db is not None
        rows = [(Result(f"https://{tag}.example/{batch}/{i}", "ok", 200, "200 OK"), 3600.0) for i in range(50)]
        c.put_many(rows)
        # read back what the other process wrote so far, while it writes
        c.get_many([f"https://a.example/{batch}/{i}" for i in range(50)])
        c.close()
    """
)


def test_two_processes_share_the_cache(tmp_path):
    path = str(tmp_path / "shared.sqlite3")
    Cache(path).close()  # create it first so both start from the same file
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, path, tag], stderr=subprocess.PIPE) for tag in ("a", "b")]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
        assert b"not updated" not in err and b"not read" not in err, err.decode()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM links").fetchone()[0] == 2 * 40 * 50
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_ttl_and_offline_reads(tmp_path):
    now = [1000.0]
    c = Cache(str(tmp_path / "c.sqlite3"), clock=lambda: now[0])
    c.put_many([(Result("https://x/ok", OK, 200, "200 OK"), 100.0), (Result("https://x/dead", DEAD, 404, "404"), 10.0),
                (Result("https://x/never", DEAD, 500, "500"), 0.0)])
    assert set(c.get_many(["https://x/ok", "https://x/dead", "https://x/never"])) == {"https://x/ok", "https://x/dead"}
    now[0] = 1050.0
    assert set(c.get_many(["https://x/ok", "https://x/dead"])) == {"https://x/ok"}
    # offline runs use expired entries too: stale knowledge beats none
    got = c.get_many(["https://x/ok", "https://x/dead"], include_expired=True)
    assert got["https://x/dead"].kind == DEAD and got["https://x/dead"].cached


def test_unusable_cache_is_reported_not_fatal(tmp_path, capsys):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    c = Cache(str(bad))
    assert c.db is None
    assert c.get_many(["https://x"]) == {}
    c.put_many([(Result("https://x", OK, 200, ""), 10.0)])
    assert "link cache" in capsys.readouterr().err


def test_default_path_is_in_the_user_cache_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    from awesome_lint.links.cache import default_path

    assert default_path() == os.path.join(str(tmp_path), "awesome-lint", "links.sqlite3")


PLAIN = textwrap.dedent(
    """
    import sys
    from awesome_lint.engine import lint_text
    from awesome_lint.model import RunContext
    lint_text("- [a](https://example.org/a)\\n- [b](https://example.org/b)\\n")
    lint_text("- [a](https://example.org/a)\\n", context=RunContext(check_links=False))
    heavy = [m for m in ("httpx", "httpcore", "sqlite3", "_sqlite3", "h2", "anyio", "awesome_lint.links.checker")
             if m in sys.modules]
    print(heavy)
    """
)


def test_plain_lint_imports_no_http_stack_or_sqlite():
    out = subprocess.run([sys.executable, "-c", PLAIN], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_plain_cli_run_imports_no_http_stack(tmp_path):
    md = tmp_path / "README.md"
    md.write_text("# List\n\n- [a](https://example.org/a)\n")
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "awesome_lint", "--format", "json", str(md)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode in (0, 1), out.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in out.stderr.splitlines() if line.startswith("import time:")}
    assert "awesome_lint.cli" in imported or "awesome_lint.engine" in imported  # the trace is real
    assert not imported & {"httpx", "httpcore", "sqlite3", "_sqlite3"}, sorted(imported & {"httpx", "httpcore", "sqlite3"})
    json.loads(out.stdout)
