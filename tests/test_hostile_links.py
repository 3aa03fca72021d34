"""Hostile servers cannot stall, exhaust or steer the link checker (issue #20).

Every attack runs against a real threaded HTTP server on 127.0.0.1 that this module starts: gzip
bombs, a server that trickles its answer, oversized headers, redirects whose ``Location`` holds
Markdown or terminal escapes, poisoned cache rows, malformed URLs, IPv6 forms that carry a loopback
address. Loopback is allowed with ``--allow-private`` (``allow_private=True`` for the checker),
as in the other link tests; the address tests run without it.

Memory is measured as ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` of a small wrapper process
that runs the real CLI (and, for the page-reading path, the checker) as its only child, so no other
test's processes are counted.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from conftest import run_cli

from awesome_lint.links.checker import Checker, Settings
from awesome_lint.links.safety import embedded_ipv4, is_private, private_reason

MB = 1024 * 1024


# ---- the bombs -------------------------------------------------------------------------------------
def gzip_of_zeros(megabytes: int) -> bytes:
    """A gzip stream that inflates to ``megabytes`` MB of zeros. Built from one deflate block
    repeated (after a full flush a block of zeros compresses to the same bytes), so a 1 GB bomb
    costs milliseconds to make, not seconds."""
    one = bytes(MB)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(one) + c.flush(zlib.Z_FULL_FLUSH)
    end = c.flush()
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(one, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = crc.to_bytes(4, "little") + ((megabytes * MB) & 0xFFFFFFFF).to_bytes(4, "little")
    return header + block * megabytes + end + trailer


def gzip(data: bytes) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    return c.compress(data) + c.flush()


BOMB_1GB_TWICE = gzip(gzip_of_zeros(1024))  # Content-Encoding: gzip, gzip: ~1.5 KB that inflate to 1 GB
BOMB_64MB = gzip_of_zeros(64)  # Content-Encoding: gzip: ~64 KB that inflate to 64 MB
PAGE = b'<html><body><h2 id="user-content-install">Install</h2></body></html>'


# ---- the hostile server ----------------------------------------------------------------------------
class State:
    def __init__(self):
        self.lock = threading.Lock()
        self.hits: dict[str, int] = {}

    def hit(self, path: str) -> None:
        with self.lock:
            self.hits[path] = self.hits.get(path, 0) + 1

    def count(self, prefix: str) -> int:
        with self.lock:
            return sum(n for p, n in self.hits.items() if p.startswith(prefix))


def make_handler(state: State):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def send(self, code: int, headers: dict | None = None, body: bytes = b"ok\n"):
            self.send_response(code)
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def raw(self, data: bytes) -> None:
            self.wfile.write(data)
            self.wfile.flush()

        def trickle(self, data: bytes, interval: float, seconds: float = 30.0) -> None:
            """One byte every ``interval`` seconds, then headers that never end, for ``seconds`` at most."""
            self.close_connection = True
            end = time.monotonic() + seconds
            data = iter(data + b"X-Slow: " + b"a" * 10**6)
            try:
                while time.monotonic() < end:
                    self.raw(bytes([next(data)]))
                    time.sleep(interval)
            except (OSError, StopIteration):
                pass

        def do_HEAD(self):
            self.handle_any()

        def do_GET(self):
            self.handle_any()

        def handle_any(self):
            state.hit(self.path)
            parts = self.path.split("?", 1)[0].strip("/").split("/")
            head = parts[0]
            html = {"Content-Type": "text/html; charset=utf-8"}
            if head == "ok":
                return self.send(200)
            if head == "status":
                return self.send(int(parts[1]))
            if head == "bomb":  # HEAD refused, so the checker asks with GET
                if self.command == "HEAD":
                    return self.send(405)
                if parts[1] == "twice":
                    return self.send(200, {**html, "Content-Encoding": "gzip, gzip"}, BOMB_1GB_TWICE)
                return self.send(200, {**html, "Content-Encoding": "gzip"}, BOMB_64MB)
            if head == "page":  # a small gzipped page with one anchor
                return self.send(200, {**html, "Content-Encoding": "gzip"}, gzip(PAGE))
            if head == "trickle":  # the status line and headers, a byte every 0.1 s
                return self.trickle(b"HTTP/1.1 200 OK\r\n", 0.1)
            if head == "trickle-body":  # prompt headers, then a page a byte every 0.1 s
                self.close_connection = True
                self.raw(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n")
                return self.trickle(b"<html>", 0.1)
            if head == "big-headers":
                self.close_connection = True
                return self.raw(b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-Pad-%d: %s\r\n" % (i, b"a" * 1000) for i in range(200))
                                + b"Content-Length: 0\r\n\r\n")
            if head == "inject":  # a permanent redirect whose Location holds Markdown
                port = self.server.server_address[1]
                return self.send(301, {"Location": f"http://127.0.0.1:{port}/ok/x)[click](http://evil.example/)"})
            if head == "to-javascript":
                return self.send(301, {"Location": "javascript:alert(1)"})
            if head == "escape":  # a redirect to a dead page; its Location holds ESC, BEL, C1 CSI and RLO
                self.close_connection = True
                loc = b"/status/404/\x1b[31mred\x1b]0;owned\x07\x9b2J" + "\u202eevil".encode()
                return self.raw(b"HTTP/1.1 302 Found\r\nLocation: " + loc + b"\r\nContent-Length: 0\r\n\r\n")
            if head == "escape-js":  # a redirect to a non-web address that holds terminal escapes
                self.close_connection = True
                loc = b"javascript:\x1b[31mred\x1b]0;owned\x07\x9b2J" + "\u202eevil".encode()
                return self.raw(b"HTTP/1.1 302 Found\r\nLocation: " + loc + b"\r\nContent-Length: 0\r\n\r\n")
            return self.send(404)

    return Handler


@pytest.fixture(scope="module")
def srv():
    state = State()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(state))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    server.state = state
    server.url = lambda path: f"http://127.0.0.1:{server.server_address[1]}{path}"
    yield server
    server.shutdown()
    server.server_close()


def checker_results(urls: list[str], **settings) -> dict:
    """The checker's results for ``urls`` (fetch keys), loopback allowed, no retries unless asked."""
    opts = {"allow_private": True, "timeout": 5.0, "retries": 0, "backoff": 0.0, **settings}
    return Checker(Settings(**opts)).check(urls)


WRAPPER = """
import json, resource, subprocess, sys
p = subprocess.run(sys.argv[1:], capture_output=True)
json.dump({"rc": p.returncode, "out": p.stdout.decode("utf-8", "replace"), "err": p.stderr.decode("utf-8", "replace"),
           "maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}, sys.stdout)
"""


def peak_of(*argv: str, cwd: Path) -> dict:
    """Run ``argv`` as the only child of a fresh wrapper process; its output and peak memory (KB)."""
    import os

    env = {**os.environ, "NO_COLOR": "1"}
    p = subprocess.run([sys.executable, "-c", WRAPPER, *argv], capture_output=True, cwd=cwd, env=env, timeout=300)
    assert p.returncode == 0, p.stderr.decode()
    return json.loads(p.stdout)


# ---- memory: gzip bombs ----------------------------------------------------------------------------------
def test_the_bombs_are_bombs():
    assert len(BOMB_1GB_TWICE) < 4096 and len(BOMB_64MB) < 70 * 1024
    d = zlib.decompressobj(31)
    assert len(d.decompress(zlib.decompress(BOMB_1GB_TWICE, 31), 10 * MB)) == 10 * MB  # and more to come
    assert len(zlib.decompress(BOMB_64MB, 31)) == 64 * MB


def test_eight_gzip_bombs_through_the_cli_stay_under_400_mb(srv, tmp_path):
    urls = [srv.url(f"/bomb/twice?cli{i}") for i in range(4)] + [srv.url(f"/bomb/single?cli{i}") for i in range(4)]
    (tmp_path / "README.md").write_text("".join(f"- [paper {i}]({u})\n" for i, u in enumerate(urls)))
    got = peak_of(sys.executable, "-m", "awesome_lint", "--check-links", "--allow-private", "--no-cache",
                  "--select", "AL013", "README.md", cwd=tmp_path)
    assert got["rc"] == 0, got["out"] + got["err"]
    assert "checked 8 links on 1 hosts: 8 ok" in got["err"]
    assert srv.state.count("/bomb/twice?cli") >= 8 and srv.state.count("/bomb/single?cli") >= 8  # HEAD, then GET
    assert got["maxrss_kb"] < 400 * 1024, f"peak {got['maxrss_kb'] // 1024} MB"


PAGE_PATH = """
import sys
from awesome_lint.links.checker import Checker, Settings
urls = sys.argv[1:]
res = Checker(Settings(allow_private=True, retries=0, fragment_hosts=frozenset({"127.0.0.1"}))).check(urls)
for u in urls:
    print(res[u].kind, res[u].detail)
"""


def test_eight_gzip_bombs_read_as_pages_stay_under_400_mb(srv, tmp_path):
    # a page whose #fragment is checked is decoded: at most 5 MB of it, one encoding layer deep
    urls = [srv.url(f"/bomb/twice?page{i}#install") for i in range(4)] + [srv.url(f"/bomb/single?page{i}#install") for i in range(4)]
    got = peak_of(sys.executable, "-c", PAGE_PATH, *urls, cwd=tmp_path)
    assert got["rc"] == 0, got["err"]
    lines = got["out"].splitlines()
    assert lines[:4] == ["failed 2 content encodings (gzip, gzip): the page was not decoded"] * 4
    assert lines[4:] == ["failed response larger than 5 MB after decoding (no anchor #install in its first 5 MB)"] * 4
    assert got["maxrss_kb"] < 400 * 1024, f"peak {got['maxrss_kb'] // 1024} MB"


def test_a_gzipped_page_is_still_read(srv):
    fh = {"fragment_hosts": frozenset({"127.0.0.1"})}
    found, missing = srv.url("/page#install"), srv.url("/page#citation")
    res = checker_results([found, missing], **fh)
    assert res[found].kind == "ok", res[found].detail
    assert res[missing].kind == "failed" and res[missing].detail == "the page has no anchor #citation"


# ---- time: a server that trickles ----------------------------------------------------------------------
def test_a_trickling_server_is_given_up_at_the_deadline(srv):
    fh = {"fragment_hosts": frozenset({"127.0.0.1"})}
    slow_head, slow_body, fine = srv.url("/trickle?a"), srv.url("/trickle-body?a#install"), srv.url("/ok?beside-trickle")
    # every byte comes well within the 5 s read time-out; only the deadline can end these
    res = checker_results([slow_head, slow_body, fine], deadline=2.0, retries=2, **fh)
    assert res[slow_head].kind == "failed" and res[slow_head].detail == "gave up after 2 s"
    assert res[slow_body].kind == "failed" and res[slow_body].detail == "gave up after 2 s"
    assert res[fine].kind == "ok"
    assert srv.state.count("/trickle?a") == 1  # not retried: waiting again would only be given up again
    assert srv.state.count("/trickle-body?a") == 1


def test_oversized_headers_are_a_finding(srv):
    url = srv.url("/big-headers")
    res = checker_results([url], retries=2)
    assert res[url].kind == "failed" and res[url].detail == "response headers larger than 64 KB"
    assert srv.state.count("/big-headers") == 1


# ---- addresses ---------------------------------------------------------------------------------------------
TEREDO_LOOPBACK = "2001:0:4136:e378:8000:63bf:80ff:fffe"  # client 127.0.0.1, stored inverted


def test_ipv6_forms_carrying_a_private_ipv4_are_private():
    carried = {"::ffff:127.0.0.1": "127.0.0.1", "::127.0.0.1": "127.0.0.1", "64:ff9b::7f00:1": "127.0.0.1",
               "64:ff9b:1::a00:1": "10.0.0.1", "2002:7f00:1::": "127.0.0.1", "2002:c0a8:101::1": "192.168.1.1",
               TEREDO_LOOPBACK: "127.0.0.1", "::ffff:169.254.169.254": "169.254.169.254"}
    import ipaddress

    for address, inner in carried.items():
        assert str(embedded_ipv4(ipaddress.IPv6Address(address))) == inner, address
        assert is_private(address), address
    assert "carries the IPv4 address 127.0.0.1" in private_reason("64:ff9b::7f00:1")
    for address in ("::1", "::", "fe80::1%eth0", "fc00::1", "ff02::1", "127.0.0.1", "10.0.0.1", "not-an-ip"):
        assert is_private(address), address
    # the same forms carrying a public address are public: that is how IPv6-only networks reach IPv4
    for address in ("::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::", "8.8.8.8", "2606:4700::1111"):
        assert not is_private(address), address


def test_loopback_in_any_form_is_not_fetched_without_allow_private(srv, tmp_path):
    port = srv.server_address[1]
    hosts = ["127.0.0.1", "localhost", "127.1", "2130706433", "0x7f000001", "[::1]", "[::ffff:127.0.0.1]",
             "[::127.0.0.1]", "[64:ff9b::7f00:1]", "[64:ff9b:1::7f00:1]", "[2002:7f00:1::]", f"[{TEREDO_LOOPBACK}]"]
    urls = [f"http://{h}:{port}/ok?private{i}" for i, h in enumerate(hosts)]
    (tmp_path / "README.md").write_text("".join(f"- [x]({u})\n" for u in urls))
    proc = run_cli("--check-links", "--no-cache", "--select", "AL013", "--format", "json", "README.md", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()  # warnings only
    findings = json.loads(proc.stdout)
    assert sorted(f["line"] for f in findings) == list(range(1, len(hosts) + 1))
    for f in findings:
        assert "private address" in f["message"] and "--allow-private" in f["message"], f["message"]
    assert srv.state.count("/ok?private") == 0


def test_a_url_that_cannot_be_parsed_is_its_own_finding(srv, tmp_path):
    text = (f"- [bad](http://[oops/x)\n- [good]({srv.url('/ok?beside-bad')})\n- [port](http://127.0.0.1:99999/x)\n"
            f"- [dead]({srv.url('/status/404?beside-bad')})\n")
    (tmp_path / "README.md").write_text(text)
    proc = run_cli("--check-links", "--allow-private", "--no-cache", "--select", "AL013", "--format", "json", "README.md",
                   cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr.decode()
    got = {f["line"]: f["message"] for f in json.loads(proc.stdout)}
    assert got == {1: "dead link: cannot parse URL: Invalid IPv6 URL",
                   3: "dead link: cannot parse URL: Port out of range 0-65535",
                   4: "dead link: 404 Not Found"}
    assert srv.state.count("/ok?beside-bad") == 1
    assert "checked 2 links on 1 hosts: 1 ok, 1 dead, 0 blocked, cache hits 0 (2 cannot be parsed)" in proc.stderr.decode()


# ---- steering: what a server says is data ---------------------------------------------------------------------
def links_in(text: str) -> list[str]:
    import re

    import cmarkgfm

    return re.findall(r'<a href="([^"]*)"', cmarkgfm.github_flavored_markdown_to_html(text))


def test_an_injected_location_never_reaches_the_file(srv, tmp_path):
    port = srv.server_address[1]
    text = f"- [a]({srv.url('/inject')}) [b]({srv.url('/to-javascript')})\n- <{srv.url('/inject')}>\n"
    path = tmp_path / "README.md"
    path.write_text(text)
    proc = run_cli("--check-links", "--allow-private", "--no-cache", "--select", "AL013", "--fix", "--unsafe-fixes",
                   "README.md", cwd=tmp_path)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    new = path.read_text()
    encoded = f"http://127.0.0.1:{port}/ok/x%29%5Bclick%5D%28http://evil.example/%29"
    assert new == text.replace(srv.url("/inject"), encoded)  # the moved links point where the server said, as one URL
    assert links_in(new) == [encoded, srv.url("/to-javascript"), encoded]
    assert "redirect to a non-web address: javascript:alert(1)" in proc.stdout.decode()


def test_server_text_reaches_the_terminal_without_its_escapes(srv, tmp_path):
    (tmp_path / "README.md").write_text(f"- [a]({srv.url('/escape')})\n- [b]({srv.url('/escape-js')})\n")
    proc = run_cli("--check-links", "--allow-private", "--no-cache", "--select", "AL013", "README.md", cwd=tmp_path)
    out = proc.stdout.decode() + proc.stderr.decode()
    assert proc.returncode == 0, out  # warnings only
    assert "README.md:1:3: AL013" in out
    for bad in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert bad not in out, (bad, out)
    # shown, not obeyed
    assert "redirect to a non-web address: javascript:\\x1b[31mred\\x1b]0;owned\\x07" in out, out


def test_poisoned_cache_rows_are_ignored(srv, tmp_path):
    urls = [srv.url(f"/ok?poison{i}") for i in range(4)]
    text = "".join(f"- [p{i}]({u})\n" for i, u in enumerate(urls))
    path = tmp_path / "README.md"
    path.write_text(text)
    cache = tmp_path / "links.sqlite3"
    args = ("--check-links", "--allow-private", "--cache-path", cache, "--select", "AL013", "--format", "json")
    first = run_cli(*args, "README.md", cwd=tmp_path)
    assert first.returncode == 0 and json.loads(first.stdout) == [], first.stderr.decode()
    db = sqlite3.connect(cache)
    rows = [("moved", 301, "301", "http://evil.example/)[click](http://evil.example/x)"),
            ("moved", 301, "301", "javascript:alert(1)"),
            ("pwned", 200, "200 OK", None),
            ("dead", 404, "\x1b[2J\x1b[31mgone", None)]
    for url, (kind, status, detail, final) in zip(urls, rows):
        db.execute("UPDATE links SET kind = ?, status = ?, detail = ?, final_url = ? WHERE url = ?",
                   (kind, status, detail, final, url))
    db.commit()
    db.close()
    proc = run_cli(*args, "--fix", "--unsafe-fixes", "README.md", cwd=tmp_path)
    assert path.read_text() == text
    findings = json.loads(proc.stdout)
    # the three rows the checker could not have written were fetched again (and are fine); the
    # well-formed one is used, its text shown, not obeyed
    assert [(f["line"], f["message"]) for f in findings] == [(4, "dead link: \\x1b[2J\\x1b[31mgone")]
    for u in urls[:3]:
        assert srv.state.count(u.split(str(srv.server_address[1]), 1)[1]) == 2
    assert "cache hits 1" in proc.stderr.decode()


# ---- configuration ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("option, value, says", [
    ("max_redirects", -3, "AL013.max_redirects must be an integer >= 0 and <= 30, not -3"),
    ("timeout", 0, "AL013.timeout must be a number > 0 and <= 300, not 0"),
    ("exclude", ["["], "AL013.exclude[0] must be a regular expression, not \"[\""),
    ("accept", [12], "AL013.accept[0] must be an integer >= 100 and <= 999, not 12"),
    ("concurrency", 0, "AL013.concurrency must be an integer >= 1"),
    ("deadline", -1, "AL013.deadline must be a number >= 0 and <= 600, not -1"),
])
def test_impossible_options_are_one_line_errors(tmp_path, option, value, says):
    (tmp_path / ".awesome-lint.yaml").write_text(yaml.safe_dump({"AL013": {option: value}}))
    (tmp_path / "README.md").write_text("- [a](http://127.0.0.1:9/x)\n")
    proc = run_cli("--check-links", "--no-cache", "--select", "AL013", "README.md", cwd=tmp_path)
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert says in err and err.startswith("awesome-lint: ") and err.count("\n") == 1 and "Traceback" not in err
    assert proc.stdout == b""


def test_an_absurd_retry_count_is_refused_before_any_request(srv, tmp_path):
    (tmp_path / ".awesome-lint.yaml").write_text(yaml.safe_dump({"AL013": {"retries": 99999999999, "backoff": 0}}))
    (tmp_path / "README.md").write_text(f"- [a]({srv.url('/status/503?absurd')})\n")
    proc = run_cli("--check-links", "--allow-private", "--no-cache", "--select", "AL013", "README.md", cwd=tmp_path)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "AL013.retries must be an integer >= 0 and <= 10" in err, err
    assert srv.state.count("/status/503?absurd") == 0


def test_settings_refuse_the_impossible_and_lower_the_excessive():
    from awesome_lint.model import InputError

    s = Settings(retries=10**12, concurrency=10**9, max_redirects=10**6, timeout=1e9, deadline=1e9)
    assert (s.retries, s.concurrency, s.max_redirects, s.timeout, s.deadline) == (10, 1024, 30, 300.0, 600.0)
    for bad in ({"timeout": 0}, {"timeout": float("nan")}, {"deadline": -1}, {"retries": -1}, {"per_host": 0},
                {"backoff": float("inf")}, {"accept": frozenset({1000})}, {"retries": True}):
        with pytest.raises(InputError):
            Settings(**bad)


def test_fix_targets_and_printable_text():
    from awesome_lint.links.untrusted import fix_target, printable

    assert fix_target("https://en.wikipedia.org/wiki/A_(b)?q=[1]#x") == "https://en.wikipedia.org/wiki/A_%28b%29?q=%5B1%5D#x"
    assert fix_target("https://a.org/x y<z>\\") == "https://a.org/x%20y%3Cz%3E%5C"
    assert fix_target("https://a.org/caf\u00e9") == "https://a.org/caf%C3%A9"
    assert fix_target("https://a.org/%41%zz") == "https://a.org/%41%25zz"
    for bad in ("javascript:alert(1)", "//a.org/x", "/relative", "https://user@a.org/", "https://[::1]/",
                "https://a.org:99999/", "https://a.org/\x1b[31m", "https://a.org/\u202e", "https://" + "a" * 3000,
                "mailto:x@a.org", "https://a.org:/x", None, ""):
        assert fix_target(bad) is None, bad
    url = "https://a.org/x%28y%29"
    assert fix_target(url) == url  # what a cache row must look like
    assert printable("a\x1b[31mb\x07\x9b\u202ec\u2066") == "a\\x1b[31mb\\x07\\x9b\\u202ec\\u2066"
    assert printable("é ünïcode stays") == "é ünïcode stays"
