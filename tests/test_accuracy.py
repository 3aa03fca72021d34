"""The accuracy harness: hand annotations of real lists, and the floors the default rules keep.

Snapshots (test_corpus.py) say the findings did not change; this says whether they are right.
``accuracy/score.py`` runs the real CLI on each annotated list and scores its findings; here the
annotations are checked for shape and the default rules' precision and recall for their floors.
"""

from __future__ import annotations

import re
import sys

import pytest
import yaml
from conftest import ROOT, needs_shared

sys.path.insert(0, str(ROOT / "accuracy"))
import score  # noqa: E402

from awesome_lint.registry import load_rules  # noqa: E402

ANNOTATION_FILES = sorted(score.ANNOTATIONS.glob("*.yaml"))


def _ann(tmp_path, faults=(), fine=()):
    path = tmp_path / "x.yaml"
    path.write_text(yaml.safe_dump({"list": "x.md", "set": "score", "faults": list(faults), "fine": list(fine)}))
    return score.load(path)


def _f(code, line, message="m"):
    return {"code": code, "line": line, "column": 1, "message": message}


def test_scoring_counts_right_wrong_unjudged_and_missed(tmp_path):
    ann = _ann(tmp_path,
               faults=[{"rule": "AL001", "line": 3}, {"rule": "AL007", "line": 5, "accept": ["AL011"]},
                       {"rule": "AL003", "lines": [8, 9]}],
               fine=[{"rule": "AL016", "line": 4, "note": "not sorted"}])
    got = [_f("AL001", 3), _f("AL001", 3),  # the second finding of one fault is wrong
           _f("AL011", 5),                  # accepted in place of AL007
           _f("AL016", 4), _f("AL018", 6),  # judged wrong; not judged at all
           _f("AL003", 9)]
    s = score.score([ann], {"x": got})
    assert (s.by_rule["AL001"].tp, s.by_rule["AL001"].fp) == (1, 1)
    assert s.by_rule["AL011"].tp == 1 and s.by_rule["AL007"].found == 1 and s.by_rule["AL007"].fn == 0
    assert s.by_rule["AL016"].fp == 1 and s.by_rule["AL018"].fp == 1
    assert (s.by_rule["AL003"].found, s.by_rule["AL003"].fn) == (1, 1)
    assert any("unjudged" in x and "AL018" in x for x in s.false_positives)
    assert any("not sorted" in x for x in s.false_positives)
    assert s.misses == ["x:8: AL003 "]
    total = s.total()
    assert (total.tp, total.fp, total.fn) == (3, 3, 1)


def test_scope_and_blind_recall(tmp_path):
    """Findings outside the lines that were read are not judged; blind recall counts only the
    faults the reader found before the tool's findings were read."""
    path = tmp_path / "x.yaml"
    path.write_text(yaml.safe_dump({"list": "x.md", "set": "score", "scope": [1, 10], "faults": [
        {"rule": "AL001", "line": 3}, {"rule": "AL001", "line": 5, "seen": "tool"}, {"rule": "AL001", "line": 7}]}))
    ann = score.load(path)
    s = score.score([ann], {"x": [_f("AL001", 3), _f("AL001", 5), _f("AL001", 40)]})
    t = s.by_rule["AL001"]
    assert (t.tp, t.fp, t.fn) == (2, 0, 1)  # line 40 is outside the scope: not a false positive
    assert (t.blind_found, t.blind_missed) == (1, 1) and t.blind_recall == 0.5
    assert t.recall == 2 / 3


def test_floors_catch_a_drop(tmp_path, monkeypatch):
    floors = tmp_path / "floors.yaml"
    floors.write_text("AL001: {precision: 0.9}\nAL003: {recall: 0.8}\n")
    monkeypatch.setattr(score, "FLOORS", floors)
    ann = _ann(tmp_path, faults=[{"rule": "AL001", "line": 3}, {"rule": "AL003", "line": 8}])
    good = score.score([ann], {"x": [_f("AL001", 3), _f("AL003", 8)]})
    assert score.below_floor(good) == []
    bad = score.score([ann], {"x": [_f("AL001", 3), _f("AL001", 4)]})
    assert [x.split(":")[0] for x in score.below_floor(bad)] == ["AL001", "AL003"]


@pytest.mark.parametrize("path", ANNOTATION_FILES, ids=[p.stem for p in ANNOTATION_FILES])
def test_annotation_is_well_formed(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert set(data) <= {"list", "corpus", "source", "set", "read", "scope", "faults", "fine"}, path.name
    assert data["set"] in ("tune", "score") and data.get("read"), path.name
    if data.get("corpus") == "external":  # fetched, not shipped: it says where to fetch it from
        assert re.fullmatch(r"github:[\w.-]+/[\w.-]+@[0-9a-f]{40}:\S+", data.get("source", "")), path.name
    codes = set(load_rules())
    for item in (data.get("faults") or []) + (data.get("fine") or []):
        assert item["rule"] in codes and set(item.get("accept") or ()) <= codes, item
        assert ("line" in item) != ("lines" in item), item
        assert item.get("seen", "reader") in ("reader", "tool"), item
    ann = score.load(path)
    if ann.path.exists():  # the lists stay in ../shared
        n = len(ann.path.read_text(encoding="utf-8").splitlines())
        assert all(1 <= f["line"] <= n for f in ann.faults), path.name
        assert all(1 <= line <= n for _, line in ann.fine), path.name


def test_both_sets_are_annotated():
    """Some lists are held out (scored only). A held-out set is used up once read: session 9
    moved sets A and B to tuning and holds out lists fetched from GitHub (set C) instead."""
    sets = [score.load(p).set for p in ANNOTATION_FILES]
    assert sets.count("score") >= 6 and sets.count("tune") >= 8


@needs_shared
def test_default_rules_keep_their_floors():
    """The floors hold on the lists every checkout has (the corpus in ../shared): lists fetched
    from GitHub (`corpus: external`, the fresh held-out sets) are scored and reported by
    `accuracy/score.py` where they are fetched, but CI has none, so they do not move the floors —
    the same test passes or fails on every machine."""
    anns = score.annotations("all")
    shipped = [a for a in anns if a.path.parent != score.EXTERNAL]
    assert all(a.path.exists() for a in shipped), [a.name for a in shipped if not a.path.exists()]
    s = score.score(shipped)
    assert score.below_floor(s) == [], "\n" + score.table(s, "all annotated lists")


def test_every_default_rule_has_a_floor():
    """A rule on by default is measured: it has a precision floor, and no rule off by default
    keeps one it is not run for."""
    floors = score.floors()
    default = {code for code, cls in load_rules().items() if cls.default_enabled and not cls.network}
    assert set(floors) == default
    assert all(f["precision"] >= 0.8 for f in floors.values())
