"""AL013 through the real command line, against real servers on 127.0.0.1."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures" / "links"))
from conftest import run_cli  # noqa: E402
from server import Servers  # noqa: E402


@pytest.fixture(scope="module")
def srv():
    s = Servers(2)
    yield s
    s.close()


def write_list(tmp_path, srv):
    urls = {
        "ok": srv.url("/ok?cli"),
        "dead": srv.url("/status/404?cli", 1),
        "gone": srv.url("/status/410?cli"),
        "blocked": srv.url("/status/403?cli", 1),
        "flaky": srv.url("/flaky/429/1/cli"),
        "loop": srv.url("/loop/a?cli"),
    }
    text = "# Papers\n\n" + "".join(f"{i}. [2023 X] **{k}** [[paper]]({u})\n" for i, (k, u) in enumerate(urls.items(), 1))
    (tmp_path / "README.md").write_text(text)
    (tmp_path / ".awesome-lint.yaml").write_text(yaml.safe_dump({"AL013": {"timeout": 1.0, "backoff": 0.01, "retry_budget": 3.0}}))
    return urls


def lint(tmp_path, *extra):
    proc = run_cli("--check-links", "--select", "AL013", "--format", "json", "--cache-path", str(tmp_path / "c.sqlite3"),
                   *extra, "README.md", cwd=tmp_path)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return proc.returncode, json.loads(proc.stdout), proc.stderr.decode()


def test_cli_reports_dead_links_and_serves_the_second_run_from_cache(srv, tmp_path):
    write_list(tmp_path, srv)
    code, findings, err = lint(tmp_path, "--allow-private")
    assert code == 1
    got = {f["line"]: f for f in findings}
    assert all(f["code"] == "AL013" and f["name"] == "dead-link" for f in findings)
    assert sorted(got) == [4, 5, 6, 8]  # ok (3) and flaky-then-ok 429 (7) are not findings
    assert got[4]["severity"] == "error" and "404" in got[4]["message"]
    assert got[5]["severity"] == "error" and "410" in got[5]["message"]
    assert got[6]["severity"] == "warning" and "403" in got[6]["message"]
    assert got[8]["severity"] == "error" and "redirect loop" in got[8]["message"]
    assert "checked 6 links on 2 hosts: 2 ok, 3 dead, 1 blocked, cache hits 0" in err
    n = len(srv.state.requests)
    code2, findings2, err2 = lint(tmp_path, "--allow-private")
    assert len(srv.state.requests) == n  # served from the cache
    assert findings2 == findings and code2 == 1
    assert "cache hits 6" in err2


def test_cli_refuses_private_addresses_without_the_flag(srv, tmp_path):
    urls = write_list(tmp_path, srv)
    before = len(srv.state.requests)
    code, findings, err = lint(tmp_path, "--no-cache")
    assert len(srv.state.requests) == before  # not one request reached the servers
    assert len(findings) == len(urls)
    assert all(f["severity"] == "warning" and "--allow-private" in f["message"] for f in findings)
    assert "6 private not checked" in err


def test_cli_without_check_links_never_fetches(srv, tmp_path):
    write_list(tmp_path, srv)
    before = len(srv.state.requests)
    proc = run_cli("--format", "json", "--allow-private", "README.md", cwd=tmp_path)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    assert not any(f["code"] == "AL013" for f in json.loads(proc.stdout))
    assert len(srv.state.requests) == before
    assert "checked" not in proc.stderr.decode()


def test_unsafe_fix_rewrites_a_permanently_moved_link(srv, tmp_path):
    moved = srv.url("/perm308")
    text = f"# Papers\n\n1. [2023 X] **Moved** [[paper]]({moved})\n"
    (tmp_path / "README.md").write_text(text)
    code, findings, _ = lint(tmp_path, "--allow-private")
    assert [f["line"] for f in findings] == [3] and "moved" in findings[0]["message"].lower()
    assert findings[0]["fixable"] and findings[0]["fix"]["applicability"] == "unsafe"
    run_cli("--check-links", "--select", "AL013", "--fix", "--cache-path", str(tmp_path / "c.sqlite3"),
            "--allow-private", "README.md", cwd=tmp_path)
    assert (tmp_path / "README.md").read_text() == text  # --fix alone leaves unsafe fixes
    proc = run_cli("--check-links", "--select", "AL013", "--fix", "--unsafe-fixes", "--cache-path", str(tmp_path / "c.sqlite3"),
                   "--allow-private", "README.md", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout.decode() + proc.stderr.decode()
    after = (tmp_path / "README.md").read_text()
    assert after == text.replace(moved, moved.replace("/perm308", "/ok/moved308"))


def test_a_run_served_wholly_from_the_cache_imports_no_http_stack(srv, tmp_path):
    write_list(tmp_path, srv)
    lint(tmp_path, "--allow-private")  # fills the cache
    proc = run_cli("--check-links", "--select", "AL013", "--format", "json", "--cache-path", str(tmp_path / "c.sqlite3"),
                   "--allow-private", "README.md", cwd=tmp_path, env={"PYTHONPROFILEIMPORTTIME": "1"})
    err = proc.stderr.decode()
    assert proc.returncode == 1, err
    assert "cache hits 6" in err
    imported = {line.rsplit("|", 1)[-1].strip() for line in err.splitlines() if line.startswith("import time:")}
    assert "awesome_lint.links.cache" in imported  # the trace is real
    assert not imported & {"httpx", "httpcore", "h11", "awesome_lint.links.checker"}, sorted(imported & {"httpx", "httpcore"})
