"""--verify-papers on a list of 2,000 papers (1,000 arXiv ids, 1,000 DOIs) against a loopback
server that answers each request after 100 ms and answers 429 to any request that comes sooner
than each real service's documented interval allows (arXiv one per 3 s; Crossref's public pool
one list request, such as a filter of 50 DOIs, per second; Semantic Scholar without a key one
per 3 s). Prints the floor those limits allow, the first run's time (target: within 1.5x the
floor), the requests per source, any rate-limit violations (target: 0), and the second run's
time from the cache (target: under 1 s).

    python3 bench/papers_bench.py [N]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

from papers_server import PaperServer  # noqa: E402

from awesome_lint.papers import arxiv, crossref, semantic_scholar  # noqa: E402
from awesome_lint.papers.lookup import SOURCES  # noqa: E402

DELAY = 0.1


def floor(n_arxiv: int, n_doi: int) -> float:
    """Seconds the documented limits allow at best: the sources run side by side, each sends
    its requests one at a time, no sooner than its interval after the previous one."""
    def one(requests: int, interval: float) -> float:
        return 0.0 if requests == 0 else (requests - 1) * max(interval, DELAY) + DELAY

    ceil = lambda n, k: -(-n // k)  # noqa: E731
    return max(one(ceil(n_arxiv, arxiv.BATCH), SOURCES["arxiv"]["interval"]),
               one(ceil(n_doi, crossref.BATCH), SOURCES["crossref"]["interval"]),
               one(ceil(n_arxiv, semantic_scholar.BATCH), SOURCES["s2"]["interval"]))


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    half = n // 2
    srv = PaperServer(delay=DELAY, intervals={k: s["interval"] for k, s in SOURCES.items()})
    lines = ["# Papers", ""]
    for i in range(half):
        aid = f"2{i // 9000 + 101:03d}.{i % 9000 + 10000:05d}"
        title = f"A Study Of Things Number {i} In Depth"
        srv.arxiv[aid] = {"title": title, "year": 2021}
        srv.s2[aid] = {"title": title, "venue": "arXiv.org", "year": 2021}
        lines.append(f"- [2021 arXiv] **{title}** [[paper]](https://arxiv.org/abs/{aid})")
    for i in range(n - half):
        d = f"10.1000/bench.{i}"
        title = f"A Journal Paper On Matters Number {i} Explained"
        srv.crossref[d] = {"title": [title], "container-title": ["Medical Image Analysis"],
                           "issued": {"date-parts": [[2020]]}}
        lines.append(f"- [2020 MedIA] **{title}** [[paper]](https://doi.org/{d})")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "README.md"
        path.write_text("\n".join(lines) + "\n")
        env = dict(os.environ, **srv.env(), AWESOME_LINT_CACHE_DIR=os.path.join(tmp, "cache"),
                   PYTHONPATH=str(ROOT / "src"))
        cmd = [sys.executable, "-m", "awesome_lint", "--verify-papers", "--select", "AL021,AL022,AL023,AL024,AL026",
               "--cache-path", os.path.join(tmp, "c.sqlite3"), "-q", str(path)]
        runs = []
        for _ in range(2):
            t = time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True, env=env, text=True)
            runs.append(time.perf_counter() - t)
            if proc.returncode not in (0, 1):
                sys.exit(proc.stderr)
            print(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "(no summary)")
        t = time.perf_counter()
        plain = subprocess.run([sys.executable, "-m", "awesome_lint", "--select", "AL021", "-q", str(path)],
                               capture_output=True, env=env)
        plain_time = time.perf_counter() - t
    srv.close()
    lo = floor(half, n - half)
    print(f"papers: {n} ({half} arXiv ids, {n - half} DOIs); answer delay {DELAY * 1000:.0f} ms")
    print(f"floor allowed by the documented rate limits: {lo:.1f} s")
    print(f"first run:  {runs[0]:.1f} s  ({runs[0] / lo:.2f}x the floor; target <= 1.5x)")
    print(f"requests: {srv.requests}; rate-limit violations: {srv.violations}")
    print(f"second run (cache): {runs[1]:.2f} s (target < 1 s)")
    print(f"plain lint of the same list (no paper rule runs): {plain_time:.2f} s, exit status {plain.returncode}")


if __name__ == "__main__":
    main()
