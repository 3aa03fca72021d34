"""Benchmark AL003 duplicate-entry on a generated list of 20,000 entries.

    python bench/duplicates.py [--entries N] [--runs K] [--seed S]

The list looks like the seed lists: numbered items under 40 sections, each with a venue tag, a
bold title made of words drawn from a skewed vocabulary (so titles share words the way real
titles do), an arXiv ``[[paper]]`` link and often a ``[[code]]`` link; about 1% of the entries
are copies of earlier ones (exact, with another arXiv URL variant, or with one typo), and a
block of entries shares a few code repositories. Prints the findings by kind and the median of
K runs of (a) parsing the text and building its entries and (b) the rule's ``check`` alone
(wall clock, and CPU time, which a busy machine disturbs less).
Not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from awesome_lint.document import parse_text  # noqa: E402
from awesome_lint.rules.duplicate_entry import DuplicateEntry  # noqa: E402

VENUES = ["MICCAI", "CVPR", "ICCV", "NeurIPS", "ICLR", "arXiv", "TMI", "MedIA", "ECCV", "AAAI"]


def vocabulary(rng: random.Random, n: int = 6000) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = set()
    while len(words) < n:
        words.add("".join(rng.choice(letters) for _ in range(rng.randint(3, 11))))
    return sorted(words)


def generate(n: int, seed: int) -> str:
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    weights = [1.0 / (i + 1) for i in range(len(vocab))]  # Zipf-like: a few words are everywhere
    entries: list[tuple[str, str]] = []
    out = ["# Generated list", ""]
    per_section = max(1, n // 40)
    for i in range(n):
        if i % per_section == 0:
            out += ["", f"## Section {i // per_section + 1}", ""]
            number = 1
        if entries and rng.random() < 0.01:  # a duplicate of an earlier entry
            title, arxiv = rng.choice(entries)
            kind = rng.random()
            if kind < 0.4:
                url = f"https://arxiv.org/abs/{arxiv}"
            elif kind < 0.7:
                url = f"https://arxiv.org/pdf/{arxiv}v2.pdf"
            else:  # a typo in the title, another link
                pos = rng.randrange(len(title) - 1)
                title = title[:pos] + title[pos + 1] + title[pos] + title[pos + 2:]
                url = f"https://example.org/papers/{i}"
        else:
            words = rng.choices(vocab, weights=weights, k=rng.randint(5, 12))
            title = " ".join(words).capitalize()
            arxiv = f"{2000 + i // 1000 % 99:04d}.{i:05d}"
            url = f"https://arxiv.org/abs/{arxiv}"
            entries.append((title, arxiv))
        code = f" [[code]](https://github.com/lab{i % 50 if i % 7 == 0 else i}/repo)" if rng.random() < 0.6 else ""
        year = 2015 + i % 10
        out.append(f"{number}. [{year} {rng.choice(VENUES)}] **{title}** [[paper]]({url}){code}")
        number += 1
    return "\n".join(out) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=20_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()
    text = generate(args.entries, args.seed)
    rule = DuplicateEntry()
    parse_times, check_times, check_cpu = [], [], []
    findings = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        doc = parse_text(text, "generated.md")
        n_entries = len(doc.entries)
        t1 = time.perf_counter()
        c1 = time.process_time()
        findings = list(rule.check(doc))
        t2 = time.perf_counter()
        check_cpu.append(time.process_time() - c1)
        parse_times.append(t1 - t0)
        check_times.append(t2 - t1)
    kinds: dict[str, int] = {}
    for f in findings:
        kind = ("slip" if "copy-paste" in f.message else "possible" if "possible" in f.message
                else "same list" if f.severity == "error" else "other section")
        kinds[kind] = kinds.get(kind, 0) + 1
    print(f"{n_entries} entries, {len(text.splitlines())} lines; findings: {kinds}")
    print(f"parse + entries: median {statistics.median(parse_times):.3f} s over {args.runs} runs")
    print(f"AL003 check:     median {statistics.median(check_times):.3f} s over {args.runs} runs "
          f"(min {min(check_times):.3f}, max {max(check_times):.3f}); CPU time median "
          f"{statistics.median(check_cpu):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
