"""The link prefetch (a forked child checks what a raw-text scan finds while the parent parses),
through the real command line against real servers on 127.0.0.1: the same findings, summary and
requests as the sequential path, nothing reported that the parse does not find, --since honoured,
and no child left behind, also after Ctrl-C or when the child dies."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures" / "links"))
from conftest import run_cli  # noqa: E402
from server import Servers, free_port  # noqa: E402

from awesome_lint.links.prescan import prescan  # noqa: E402

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the prefetch needs os.fork")
SEQUENTIAL = {"AWESOME_LINT_NO_PREFETCH": "1"}
CONFIG = {"timeout": 1.0, "backoff": 0.01, "retry_budget": 3.0}


@pytest.fixture(scope="module")
def srv():
    s = Servers(2)
    yield s
    s.close()


def setup(tmp_path, text, **opts):
    (tmp_path / "README.md").write_text(text)
    (tmp_path / ".awesome-lint.yaml").write_text(yaml.safe_dump({"AL013": {**CONFIG, **opts}}))


def lint(tmp_path, *extra, env=None):
    proc = run_cli("--check-links", "--allow-private", "--no-cache", "--select", "AL013", "--format", "json",
                   *extra, "README.md", cwd=tmp_path, env=env)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return json.loads(proc.stdout), proc.stderr.decode().strip().splitlines()[-1]


def popen(tmp_path, *extra):
    env = dict(os.environ, NO_COLOR="1")
    return subprocess.Popen([sys.executable, "-m", "awesome_lint", "--check-links", "--allow-private", "--no-cache",
                             "--select", "AL013", "--format", "json", *extra, "README.md"], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def children_of(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry))
    return out


def wait_for(predicate, what: str, limit: float = 60.0) -> None:
    """Poll until ``predicate()`` (a generous limit only so a broken run cannot hang the suite)."""
    deadline = time.monotonic() + limit
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")
        time.sleep(0.01)


def cpu_ticks(pid: int) -> int:
    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def wait_idle(pid: int, what: str) -> None:
    """Wait until the process has used no CPU for a while: it is blocked (waiting for the
    network), past its imports. A SIGINT that lands inside an import's clean-up is reported by
    Python as "Exception ignored" and lost, which is not what this test is about."""
    last, still = cpu_ticks(pid), 0
    deadline = time.monotonic() + 60
    while still < 5:
        time.sleep(0.05)
        now = cpu_ticks(pid)
        still = still + 1 if now == last else 0
        last = now
        if time.monotonic() > deadline:
            raise AssertionError(f"never idle: {what}")


def test_prescan_finds_links_as_the_parser_does():
    text = ("# T\n\n- [a](https://a.example/x_(y)) and <https://b.example/p> and https://c.example/q.\n"
            "- [https://d.example/](https://d.example/) `https://code.example/` ![i](http://e.example/i.png)\n"
            "<!-- https://comment.example/ -->\n<!--\nhttps://comment2.example/\n-->\n"
            "```\nhttps://fenced.example/\n```\n<a href=\"https://attr.example/\">x</a>\n"
            "[ref]: https://f.example/def\n")
    assert prescan(text) == ["https://a.example/x_(y)", "https://b.example/p", "https://c.example/q",
                             "https://d.example/", "http://e.example/i.png", "https://f.example/def"]
    assert prescan(text, lines={3}) == ["https://a.example/x_(y)", "https://b.example/p", "https://c.example/q"]


def test_same_findings_and_summary_as_the_sequential_path(srv, tmp_path):
    p1 = srv.ports[1]
    urls = [srv.url("/ok?same"), srv.url("/status/404?same", 1), srv.url("/status/410?same"),
            srv.url("/status/403?same", 1), srv.url("/status/999?same"), srv.url("/loop/a?same"),
            srv.url(f"/perm/{p1}?same"), srv.url("/perm308?same"), srv.url("/chain/2?same"),
            srv.url("/headlies?same"), srv.url("/github-page#install"),
            srv.url("/github-page#nowhere"), f"http://127.0.0.1:{free_port()}/refused",
            srv.url("/status/404?same"), srv.url("/status/500?same", 1)]
    text = "# Papers\n\n" + "".join(f"{i}. [2023 X] **P{i}** [[paper]]({u})\n" for i, u in enumerate(urls, 1))
    text += f"\nA paragraph with <a href=\"{srv.url('/status/404?html')}\">HTML</a> and {srv.url('/status/410?bare')} bare.\n"
    setup(tmp_path, text)
    before = len(srv.state.requests)
    seq, seq_summary = lint(tmp_path, env=SEQUENTIAL)
    n_seq = len(srv.state.requests) - before
    pre, pre_summary = lint(tmp_path)
    n_pre = len(srv.state.requests) - before - n_seq
    assert pre == seq
    assert pre_summary == seq_summary
    assert "dead" in seq_summary and len(seq) >= 10
    assert n_pre == n_seq  # each URL once, nothing fetched twice (no /nohead here: which requests
    # go out before a host is known to refuse HEAD depends on timing, on either path)
    assert any(srv.url("/status/404?html") in f["message"] or f["line"] == len(urls) + 4 for f in pre)


def test_a_url_only_the_prescan_sees_is_not_reported(srv, tmp_path):
    # one request at a time per host, in document order: the indented line's URL is asked before
    # the real link, so by the time the parent has its answer the child has fetched it
    indented = srv.url("/status/404?indented")
    commented = srv.url("/status/404?commented")
    real = srv.url("/status/410?after-indented")
    text = (f"# Papers\n\nSome text.\n\n    {indented}\n\n<!-- {commented} -->\n\n"
            f"1. [2023 X] **P** [[paper]]({real})\n")
    setup(tmp_path, text, per_host_concurrency=1)
    seq, _ = lint(tmp_path, env=SEQUENTIAL)
    assert srv.state.hits("/status/404?indented") == 0  # the parser knows it is code
    findings, summary = lint(tmp_path)
    assert findings == seq and [f["line"] for f in findings] == [9]
    assert srv.state.hits("/status/404?indented") >= 1  # the child fetched it (so the prefetch ran)...
    assert "checked 1 links on 1 hosts" in summary  # ...and it is neither reported nor counted
    assert srv.state.hits("/status/404?commented") == 0


def test_since_limits_the_requests(srv, tmp_path):
    from test_formats import git

    repo = tmp_path / "r"
    repo.mkdir()
    git("init", "-q", "-b", "main", cwd=repo)
    old = f"# Papers\n\n1. [2023 X] **Old** [[paper]]({srv.url('/status/404?since-old')})\n"
    setup(repo, old, per_host_concurrency=1)
    git("add", ".", cwd=repo)
    git("commit", "-qm", "base", cwd=repo)
    new = old + f"\nText.\n\n    {srv.url('/ok?since-indented')}\n\n2. [2024 Y] **New** [[paper]]({srv.url('/status/410?since-new')})\n"
    (repo / "README.md").write_text(new)
    findings, summary = lint(repo, "--since", "HEAD")
    assert [f["line"] for f in findings] == [9] and "410" in findings[0]["message"]
    assert srv.state.hits("/ok?since-indented") >= 1  # the prefetch ran (on the changed lines)
    assert srv.state.hits("/status/404?since-old") == 0  # and fetched nothing on the others
    assert "checked 1 links" in summary


def test_no_child_is_left_after_a_run(srv, tmp_path):
    setup(tmp_path, "".join(f"- [p]({srv.url(f'/ok?left-{i}', i % 2)})\n" for i in range(30)))
    proc = popen(tmp_path)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    assert json.loads(out) == [] and b"checked 30 links" in err
    assert not group_alive(proc.pid)  # the parent reaped its child before it exited


def test_ctrl_c_leaves_no_child(srv, tmp_path):
    setup(tmp_path, f"- [p]({srv.url('/slow/5?ctrl-c')})\n- [q]({srv.url('/ok?ctrl-c', 1)})\n", timeout=30.0)
    proc = popen(tmp_path)
    wait_for(lambda: srv.state.hits("/slow/5?ctrl-c") >= 1 or proc.poll() is not None, "the slow request")
    wait_idle(proc.pid, "the command waiting for the slow answer")
    assert proc.poll() is None
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole foreground group
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 2 and b"interrupted" in err and b"Traceback" not in err, err.decode()
    assert not group_alive(proc.pid)


def test_the_parent_checks_what_a_dead_child_left(srv, tmp_path):
    setup(tmp_path, f"- [p]({srv.url('/slow/1?orphan')})\n- [q]({srv.url('/status/404?orphan')})\n",
          per_host_concurrency=1, timeout=30.0)
    proc = popen(tmp_path)
    wait_for(lambda: srv.state.hits("/slow/1?orphan") >= 1 or proc.poll() is not None, "the first request")
    kids = children_of(proc.pid)
    assert proc.poll() is None and len(kids) == 1
    os.kill(kids[0], signal.SIGKILL)
    out, err = proc.communicate(timeout=300)
    findings = json.loads(out)
    assert proc.returncode == 1, err.decode()
    assert [(f["line"], f["severity"]) for f in findings] == [(2, "error")] and "404" in findings[0]["message"]
    assert b"checked 2 links on 1 hosts: 1 ok, 1 dead" in err
    assert not group_alive(proc.pid)
