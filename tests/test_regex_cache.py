"""The cache of compiled regular expressions: a pattern built from a stored program behaves as
one compiled by ``re``, and a missing, damaged or unwritable cache changes nothing but speed."""

import json
import os
import subprocess
import sys

from conftest import FIXTURES, run_cli

PATTERNS = [
    (r"(?P<year>19[5-9]\d|20\d\d)(?!\d)", 0),
    (r"^\s*[-*+]\s+\[(?P<label>[^\]]*)\]\((?P<url>[^)\s]+)\)", "M"),
    (r"(?<=\w)_+(?=\w)|neurips|\bCVPR\b", "I"),
    (r"[\u0080-\uffff]+|\U0001F600", 0),
    (r"(a|b)*?c{2,5}(?:x|y)+\1?", "S"),
    (rb"\xef\xbb\xbf|\r\n?", 0),
]
SAMPLES = ["2023 NeurIPS CVPR", "  - [paper](https://x.org/a)\n* [b](c)", "snake_case_word \U0001F600 é",
           "abaccc x y", "ccccc", ""]

PROBE = f"""
import json, re, sys
from awesome_lint import regex_cache
regex_cache.install()
out = []
for pattern, flags in {PATTERNS!r}:
    p = re.compile(pattern, getattr(re, flags) if flags else 0)
    row = [str(p.pattern), int(p.flags), p.groups, dict(p.groupindex)]
    for s in {SAMPLES!r}:
        s = s.encode() if isinstance(pattern, bytes) else s
        row.append([[str(m.span()), [str(g) for g in m.groups()]] for m in p.finditer(s)])
    out.append(row)
print(json.dumps({{"results": out, "hits": regex_cache.hits}}))
"""


def _probe(cache: str, **env) -> dict:
    full = {k: v for k, v in os.environ.items() if k != "AWESOME_LINT_NO_REGEX_CACHE"}
    full.update(AWESOME_LINT_CACHE_DIR=cache, **env)
    proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=full, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_stored_programs_match_as_re_compiles(tmp_path):
    cache = str(tmp_path / "cache")
    plain = _probe(cache, AWESOME_LINT_NO_REGEX_CACHE="1")
    assert not os.path.exists(cache)  # turned off: nothing stored
    first = _probe(cache)
    assert os.listdir(cache) and all(name.startswith("regex-") for name in os.listdir(cache))
    second = _probe(cache)
    assert second["hits"] >= len(PATTERNS) > first["hits"]  # the second run built them from the cache
    assert plain["results"] == first["results"] == second["results"]
    assert any(row[4:] != [[]] * len(SAMPLES) for row in plain["results"])  # the probe does match


def test_damaged_or_unwritable_cache_changes_nothing(tmp_path):
    fixture = str(FIXTURES / "conventions" / "papers.md")
    baseline = run_cli("--format", "json", fixture, env={"AWESOME_LINT_NO_REGEX_CACHE": "1"})
    assert baseline.returncode in (0, 1) and json.loads(baseline.stdout)  # findings (warnings exit 0)

    cache = tmp_path / "cache"
    warm = run_cli("--format", "json", fixture, env={"AWESOME_LINT_CACHE_DIR": str(cache)})
    (stored,) = cache.glob("regex-*")
    stored.write_bytes(b"\x00not marshal data" * 10)
    damaged = run_cli("--format", "json", fixture, env={"AWESOME_LINT_CACHE_DIR": str(cache)})
    assert stored.read_bytes()[:4] != b"\x00not"  # rewritten with good programs

    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    unwritable = run_cli("--format", "json", fixture, env={"AWESOME_LINT_CACHE_DIR": str(blocked)})
    for run in (warm, damaged, unwritable):
        assert (run.returncode, run.stdout, run.stderr) == (baseline.returncode, baseline.stdout, baseline.stderr)
