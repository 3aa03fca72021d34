"""Peak memory of the link checker against gzip bombs (issue #20).

    python bench/hostile_links.py [--links 8] [--megabytes 1024] [--src DIR]

A threaded server on 127.0.0.1 answers HEAD with 405 (so the checker asks with GET) and GET with a
200 text/html page that is a gzip bomb: half the links ``Content-Encoding: gzip, gzip`` (about
1.5 KB that inflate to ``--megabytes`` MB), half ``gzip`` (about 64 KB that inflate to 64 MB).
Two paths are measured, each as the only child of a fresh wrapper process, whose
``getrusage(RUSAGE_CHILDREN).ru_maxrss`` is the peak resident size of the child and of the prefetch
process it forks:

* ``cli``: ``python -m awesome_lint --check-links --allow-private --no-cache --select AL013`` on a
  list of the links (bodies are only drained, never decoded);
* ``page``: the checker reading each link as a page whose ``#fragment`` is checked (decoded, at
  most 5 MB, one encoding layer); only with a tree that has ``Settings.fragment_hosts``.

``--src DIR`` runs another source tree (``git worktree add /tmp/old COMMIT``, ``--src /tmp/old/src``).
Careful with an old tree: before issue #20 the checker inflated every bomb whole (8 links of
1 GB took 9.25 GB); try ``--megabytes 64`` first.

Figures (2 shared cores, 8 links; peak resident size):

| tree | bombs | cli | page |
| --- | --- | --- | --- |
| after issue #20 | 4 x 1024 MB (gzip, gzip) + 4 x 64 MB (gzip) | 36 MB | 52 MB |
| 7826bf8, before | 4 x 64 MB + 4 x 64 MB | 356 MB | (no such setting) |
| 7826bf8, before | 4 x 192 MB + 4 x 64 MB | 996 MB | (no such setting) |

``tests/test_hostile_links.py`` asserts both paths stay under 400 MB with the 1024 MB bombs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

MB = 1024 * 1024
WRAPPER = """
import json, resource, subprocess, sys
p = subprocess.run(sys.argv[1:], capture_output=True)
json.dump({"rc": p.returncode, "out": p.stdout.decode("utf-8", "replace")[-2000:],
           "err": p.stderr.decode("utf-8", "replace")[-2000:],
           "maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}, sys.stdout)
"""
PAGE_PATH = """
import sys
from awesome_lint.links.checker import Checker, Settings
urls = sys.argv[1:]
res = Checker(Settings(allow_private=True, retries=0, fragment_hosts=frozenset({"127.0.0.1"}))).check(urls)
for u in urls:
    print(res[u].kind, res[u].detail)
"""


def gzip_of_zeros(megabytes: int) -> bytes:
    one = bytes(MB)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(one) + c.flush(zlib.Z_FULL_FLUSH)  # the same bytes for every megabyte
    end = c.flush()
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(one, crc)
    trailer = crc.to_bytes(4, "little") + ((megabytes * MB) & 0xFFFFFFFF).to_bytes(4, "little")
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + block * megabytes + end + trailer


def serve(twice: bytes, once: bytes) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_HEAD(self):
            self.send_response(405)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self):
            body, enc = (twice, "gzip, gzip") if self.path.startswith("/twice") else (once, "gzip")
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Encoding", enc)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def peak(argv: list[str], cwd: str, env: dict) -> dict:
    p = subprocess.run([sys.executable, "-c", WRAPPER, *argv], capture_output=True, cwd=cwd, env=env, timeout=600)
    return json.loads(p.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--links", type=int, default=8)
    ap.add_argument("--megabytes", type=int, default=1024, help="what a double-gzip bomb inflates to")
    ap.add_argument("--src", default=str(Path(__file__).resolve().parents[1] / "src"))
    a = ap.parse_args()
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    twice = c.compress(gzip_of_zeros(a.megabytes)) + c.flush()
    once = gzip_of_zeros(64)
    server = serve(twice, once)
    port = server.server_address[1]
    half = a.links // 2
    urls = [f"http://127.0.0.1:{port}/twice?{i}" for i in range(half)] + \
           [f"http://127.0.0.1:{port}/once?{i}" for i in range(a.links - half)]
    env = {**os.environ, "PYTHONPATH": a.src, "NO_COLOR": "1"}
    print(f"{a.links} links: {half} of {len(twice)} bytes inflating to {a.megabytes} MB (gzip, gzip), "
          f"{a.links - half} of {len(once)} bytes inflating to 64 MB (gzip); source {a.src}")
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "README.md").write_text("".join(f"- [p{i}]({u})\n" for i, u in enumerate(urls)))
        got = peak([sys.executable, "-m", "awesome_lint", "--check-links", "--allow-private", "--no-cache",
                    "--select", "AL013", "README.md"], tmp, env)
        print(f"cli:  peak {got['maxrss_kb'] / 1024:.0f} MB, exit {got['rc']}: {got['err'].strip().splitlines()[-1:]}")
        got = peak([sys.executable, "-c", PAGE_PATH, *(u + "#install" for u in urls)], tmp, env)
        if got["rc"] == 0:
            kinds = sorted(set(got["out"].splitlines()))
            print(f"page: peak {got['maxrss_kb'] / 1024:.0f} MB: {kinds}")
        else:
            print(f"page: not measured (exit {got['rc']}): {got['err'].strip().splitlines()[-1:]}")
    server.shutdown()


if __name__ == "__main__":
    main()
