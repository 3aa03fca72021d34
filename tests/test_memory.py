"""Memory stays a constant multiple of the file (issue 9): a generated 4 MB list, dense with
entries (about 20,000 items, 40,000 links, tables, skipped numbers, duplicates) and one emoji,
so Python stores its text at 4 bytes a character, the worst case. The peak resident memory of
the real CLI process (``os.wait4``) above that of linting an empty file must stay under a bound
per byte of the file; the bounds sit ~30% above what this design measures, so a change that
keeps a copy of the text, a per-pair set or a whole report in memory fails here. Speed is not
asserted (see ``bench/``)."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

MB = 1_000_000


def dense_list(target: int, seed: int = 4) -> str:
    rng = random.Random(seed)
    words = ("learning vision language model diffusion graph neural segmentation medical robust "
             "efficient transformer retrieval contrastive sparse adaptive federated multimodal").split()
    venues = ["CVPR", "ICCV", "NeurIPS", "ICLR", "MICCAI", "ACL", "EMNLP", "AAAI"]
    out = ["# Awesome Generated Papers 🚀\n\n"]
    size = len(out[0].encode())
    k = n = 0
    while size < target:
        if k % 400 == 0:
            part = f"\n## Topic {k // 400}\n\n"
            n = 0
        elif k % 1000 == 500:
            rows = "".join(f"| {i} | [Tool {k}-{i}](https://github.com/t{k}/r{i}) | {rng.choice(venues)} 2024 |\n"
                           for i in range(1, 21))
            part = f"\n| # | Name | Venue |\n|---|---|---|\n{rows}\n"
        else:
            n += 1 + (k % 97 == 0)  # a skipped number now and then
            title = " ".join(rng.choice(words) for _ in range(rng.randint(4, 9))).title()
            dup = k - 50 if k % 151 == 0 and k > 50 else k  # a duplicate now and then
            part = (f"{n}. [{2023 + k % 3} {rng.choice(venues)}] **{title} {dup}** "
                    f"[[paper]](https://arxiv.org/abs/2301.{dup:05d}) [[code]](https://github.com/u{dup}/r{dup}) "
                    f"- a short description of the work.\n")
        out.append(part)
        size += len(part.encode())
        k += 1
    return "".join(out)


# The CLI is started by a small launcher: a child forked from pytest itself would count pytest's
# own memory (the resident set at the fork) as its peak.
_LAUNCH = ("import os, subprocess, sys\n"
           "p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
           "_, status, usage = os.wait4(p.pid, 0)\n"
           "print(usage.ru_maxrss // 1024, os.waitstatus_to_exitcode(status))\n")


def peak_mb(*args: str) -> tuple[int, int]:
    """(peak resident MB, exit status) of one CLI process."""
    proc = subprocess.run([sys.executable, "-c", _LAUNCH, sys.executable, "-m", "awesome_lint", *args],
                          capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    assert "Traceback" not in proc.stderr, proc.stderr
    peak, status = proc.stdout.split()
    return int(peak), int(status)


@pytest.fixture(scope="module")
def dense(tmp_path_factory) -> tuple[Path, Path, float]:
    tmp = tmp_path_factory.mktemp("memory")
    big = tmp / "dense.md"
    big.write_text(dense_list(4 * MB), encoding="utf-8")
    empty = tmp / "empty.md"
    empty.write_text("")
    return big, empty, big.stat().st_size / MB


def test_plain_lint_memory_per_byte(dense):
    big, empty, size = dense
    base, _ = peak_mb("-j1", str(empty))
    peak, status = peak_mb("-j1", str(big))
    assert status == 1  # it has findings
    per_byte = (peak - base) / size
    # 29.7 in session 37; codespell's list of misspellings (AL027, session 38) keeps 1-2 MB more
    assert per_byte < 31, f"plain lint: {peak} MB peak, {per_byte:.1f} bytes a byte above an empty file"


def test_fix_memory_per_byte(dense, tmp_path):
    big, empty, size = dense
    base, _ = peak_mb("-j1", str(empty))
    target = tmp_path / "fix.md"
    target.write_bytes(big.read_bytes())
    peak, _status = peak_mb("--fix", str(target))
    assert target.read_bytes() != big.read_bytes()  # the skipped numbers were fixed
    per_byte = (peak - base) / size
    assert per_byte < 45, f"--fix: {peak} MB peak, {per_byte:.1f} bytes a byte above an empty file"
