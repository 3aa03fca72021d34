"""Time the plain lint of two source trees on the same inputs, interleaved, and print medians.

    python3 bench/compare.py OLD_SRC NEW_SRC [--runs 7]

Each tree runs as ``python -m awesome_lint -q --exit-zero`` with the tree's ``src`` first on
``PYTHONPATH``; the runs alternate between the trees so load on the machine falls on both. Inputs:
``--version``, the seed lists in one call, the largest real list, and a 5 MB list made of the seed
and real lists one after another (written to a temporary folder). Needs ``../shared/corpus``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def _inputs(tmp: Path) -> dict[str, list[str]]:
    seeds = sorted(str(p) for p in (CORPUS / "seeds").glob("*.md"))
    real = sorted((CORPUS / "real").glob("*.md"), key=lambda p: p.stat().st_size)
    big = tmp / "five-mb.md"
    with big.open("w", encoding="utf-8") as out:
        for p in [Path(s) for s in seeds] + real:
            out.write(p.read_text(encoding="utf-8", errors="replace") + "\n\n")
            if out.tell() > 5_000_000:
                break
    return {"--version": ["--version"], "the seed lists, one call": seeds,
            f"largest real list ({real[-1].name[:24]})": [str(real[-1])], "5 MB list": [str(big)]}


def _once(src: str, args: list[str]) -> float:
    env = dict(os.environ, PYTHONPATH=src, NO_COLOR="1", AWESOME_LINT_CACHE_DIR=os.environ.get("AWESOME_LINT_CACHE_DIR", ""))
    env = {k: v for k, v in env.items() if v != ""}
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "awesome_lint", "-q", "--exit-zero", *args], env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600, check=False)
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--runs", type=int, default=7)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print(f"load {os.getloadavg()[0]:.1f}, {os.cpu_count()} cores, {a.runs} runs each, median (min-max)\n")
        print("| input | old | new |\n| --- | --- | --- |")
        for name, args in _inputs(Path(tmp)).items():
            times: dict[str, list[float]] = {a.old: [], a.new: []}
            _once(a.old, args), _once(a.new, args)  # warm the caches (bytecode, venue table)
            for _ in range(a.runs):
                for src in (a.old, a.new):
                    times[src].append(_once(src, args))
            cells = []
            for src in (a.old, a.new):
                ts = times[src]
                unit, k = ("ms", 1000) if statistics.median(ts) < 2 else ("s", 1)
                fmt = "{:.0f}" if unit == "ms" else "{:.2f}"
                cells.append(f"{fmt.format(statistics.median(ts) * k)} {unit} "
                             f"({fmt.format(min(ts) * k)}-{fmt.format(max(ts) * k)})")
            print(f"| {name} | {cells[0]} | {cells[1]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
