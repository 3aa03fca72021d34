"""Every real list survives: each file of ../shared/corpus/seeds and ../shared/corpus/real is
linted and fixed (safe fixes, in-process engine, a copy of the text, never the file) with the
guarantees of tests/trust.py, and its findings are compared with a snapshot.

Snapshots live in tests/snapshots/corpus/<file stem>.json: the findings per rule (count and
lines) before fixing, the number of fixes applied and the findings left after ``--fix``. When a
rule changes on purpose, regenerate them and review the diff:

    AWESOME_LINT_UPDATE_SNAPSHOTS=1 python -m pytest -q tests/test_corpus.py
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path

import pytest

import trust
from awesome_lint import source
from conftest import CORPUS, ROOT, needs_shared

SNAPSHOTS = ROOT / "tests" / "snapshots" / "corpus"
UPDATE = os.environ.get("AWESOME_LINT_UPDATE_SNAPSHOTS") == "1"
FILES = sorted(CORPUS.glob("seeds/*.md")) + sorted(CORPUS.glob("real/*.md")) if CORPUS.is_dir() else []

pytestmark = needs_shared


def snapshot_of(r: trust.Run) -> dict:
    before: dict[str, list[int]] = defaultdict(list)
    for f in r.first_findings:
        before[f.code].append(f.line)
    after: dict[str, int] = defaultdict(int)
    for f in r.findings:
        after[f.code] += 1
    return {
        "findings": {c: {"count": len(ls), "lines": ls} for c, ls in sorted(before.items())},
        "fixes_applied": r.fixed_count if r.output != r.source.text else 0,
        "left_after_fix": dict(sorted(after.items())),
    }


def snapshot_path(path: Path) -> Path:
    return SNAPSHOTS / f"{path.stem}.json"


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_real_list_survives_fix(path):
    src = source.read(str(path))
    # One --fix pass is recorded; its last check is the first check of a second --fix, so
    # "no fix left to apply in the last pass" is idempotence (the property tests also run twice).
    r = trust.run(src.text, path=str(path), source=src, twice=False)
    problems = trust.check(r)
    if r.output != src.text:
        problems += trust.render_check(src.text, r.output)
        # the bytes that would be written: same encoding, BOM and line endings as read
        data = src.encode(r.output)
        assert data.startswith(b"\xef\xbb\xbf") == src.bom
    assert not problems, "\n".join(problems)

    snap = snapshot_of(r)
    target = snapshot_path(path)
    if UPDATE:
        SNAPSHOTS.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(snap, indent=1, sort_keys=False) + "\n", encoding="utf-8")
        return
    assert target.exists(), f"no snapshot {target.name}: run AWESOME_LINT_UPDATE_SNAPSHOTS=1 pytest tests/test_corpus.py"
    expected = json.loads(target.read_text(encoding="utf-8"))
    changes = compare(expected, snap)
    if changes:
        pytest.fail(f"findings on {path.name} changed (if on purpose: AWESOME_LINT_UPDATE_SNAPSHOTS=1):\n" + "\n".join(changes))


def compare(expected: dict, got: dict) -> list[str]:
    """What changed between two snapshots, one line per rule (empty: equal)."""
    lines = []
    for code in sorted(set(expected["findings"]) | set(got["findings"])):
        e = expected["findings"].get(code, {"count": 0, "lines": []})
        g = got["findings"].get(code, {"count": 0, "lines": []})
        if e != g:
            gone = sorted(set(e["lines"]) - set(g["lines"]))[:10]
            new = sorted(set(g["lines"]) - set(e["lines"]))[:10]
            lines.append(f"{code}: {e['count']} -> {g['count']} (new at lines {new}, gone from {gone})")
    for key in ("fixes_applied", "left_after_fix"):
        if expected.get(key) != got[key]:
            lines.append(f"{key}: {expected.get(key)} -> {got[key]}")
    if not lines and expected != got:
        lines.append("snapshot differs")
    return lines


def test_no_stale_snapshots():
    names = {snapshot_path(p).name for p in FILES}
    assert len(names) == len(FILES), "two corpus files share a stem"
    stale = sorted(p.name for p in SNAPSHOTS.glob("*.json") if p.name not in names)
    if UPDATE:
        for n in stale:
            (SNAPSHOTS / n).unlink()
        return
    assert not stale, f"snapshots without a corpus file: {stale}"


def test_snapshot_comparison_reports_changes():
    """The comparison can fail: one finding more, one moved, a different fix count."""
    old = {"findings": {"AL001": {"count": 2, "lines": [3, 9]}}, "fixes_applied": 1, "left_after_fix": {}}
    assert compare(old, json.loads(json.dumps(old))) == []
    new = {"findings": {"AL001": {"count": 2, "lines": [3, 10]}, "AL003": {"count": 1, "lines": [4]}},
           "fixes_applied": 2, "left_after_fix": {"AL003": 1}}
    assert compare(old, new) == [
        "AL001: 2 -> 2 (new at lines [10], gone from [9])",
        "AL003: 0 -> 1 (new at lines [4], gone from [])",
        "fixes_applied: 1 -> 2",
        "left_after_fix: {} -> {'AL003': 1}",
    ]
