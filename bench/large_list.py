"""Time and peak memory of `awesome-lint` (lint, then --fix) on large lists built by repeating the
real lists of ../shared/corpus, to see that time grows linearly and memory stays a small multiple
of the file's size. Prints one line per size; not a test (no timed assertions in tests).

    python bench/large_list.py            # 1, 2, 4, 8 MB
    python bench/large_list.py 50         # sizes in MB
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))


def run(args: list[str]) -> tuple[float, int, int]:
    """(seconds, peak RSS in MB, exit status) of one CLI run."""
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "awesome_lint", *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode()
    if "Traceback" in err:
        raise SystemExit(err)
    return time.perf_counter() - t, usage.ru_maxrss // 1024, proc.returncode


def main() -> None:
    from test_bad_input import build_large

    sizes = [float(a) for a in sys.argv[1:]] or [1, 2, 4, 8]
    print(f"{'MB':>5} {'lint s':>7} {'lint MB':>8} {'fix s':>7} {'fix MB':>7} {'s/MB':>6} {'RSS/size':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes:
            p = Path(tmp) / "large.md"
            p.write_text(build_large(int(mb * 1_000_000)), encoding="utf-8")
            size = p.stat().st_size / 1e6
            lt, lm, ls = run(["--format", "json", str(p)])
            ft, fm, fs = run(["--fix", "--format", "json", str(p)])
            print(f"{size:5.1f} {lt:7.1f} {lm:8d} {ft:7.1f} {fm:7d} {lt / size:6.1f} {max(lm, fm) / size:8.1f}"
                  f"  (status {ls}/{fs})", flush=True)


if __name__ == "__main__":
    main()
