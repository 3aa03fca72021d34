"""The engine: plugins from entry points, contained rule crashes, fix passes."""

from __future__ import annotations

import json
import os
import sys
import textwrap

import conftest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import run_cli

from awesome_lint.edits import apply_edits
from awesome_lint.fixplan import choose_fixes as _choose_fixes
from awesome_lint.model import Edit, Fix

PLUGIN = '''
from awesome_lint.rules.base import Rule, FIX_SAFE
from awesome_lint.model import Edit, Fix


DOC = """## What it does\\n\\nReports TODO.\\n\\n## Why it matters\\n\\nx\\n\\n## Example\\n\\nx\\n\\n## Fix safety\\n\\nSafe.\\n"""


class ShoutRule(Rule):
    __doc__ = DOC

    code = "XT001"
    name = "no-todo"
    summary = "No TODO in a list"
    fix = FIX_SAFE

    def check(self, doc):
        start = doc.text.find("TODO")
        if start >= 0:
            line, col = doc.position(start)
            yield self.finding("TODO left in the list", line, col, fix=Fix((Edit(start, start + 4, "DONE"),)))


class CrashRule(Rule):
    __doc__ = DOC

    code = "XT002"
    name = "always-crashes"
    summary = "Crashes on purpose"

    def check(self, doc):
        raise RuntimeError("boom")
'''


def install_plugin(tmp_path, value: str):
    return conftest.install_plugin(tmp_path, "al_plugin", PLUGIN, value)


def test_plugin_rule_runs_and_fixes(tmp_path):
    env = install_plugin(tmp_path, "shout = al_plugin:ShoutRule")
    md = tmp_path / "a.md"
    md.write_text("- TODO item [x](https://example.org)\n")
    proc = run_cli("--format", "json", "--select", "XT001", md, env=env)
    data = json.loads(proc.stdout)
    assert [(f["code"], f["line"], f["column"]) for f in data] == [("XT001", 1, 3)]
    assert run_cli("--fix", "--select", "XT001", md, env=env).returncode == 0
    assert md.read_text() == "- DONE item [x](https://example.org)\n"
    assert "XT001" in run_cli("--list-rules", env=env).stdout.decode()


def test_crashing_rule_is_contained(tmp_path):
    env = install_plugin(tmp_path, "crash = al_plugin:CrashRule")
    md = tmp_path / "a.md"
    original = "1. a\n3. b\n"
    md.write_text(original)
    proc = run_cli("--format", "json", "--fix", "--select", "AL001,XT002", md, env=env)
    assert proc.returncode == 2
    data = json.loads(proc.stdout)
    crash = [f for f in data if f["code"] == "XT002"]
    assert crash and "crashed" in crash[0]["message"] and "RuntimeError: boom" in crash[0]["message"]
    assert any(f["code"] == "AL001" for f in data)  # the other rules still ran
    assert md.read_text() == original  # and nothing was written
    assert "Traceback" not in proc.stderr.decode()


def test_broken_plugin_is_one_line_error(tmp_path):
    env = install_plugin(tmp_path, "bad = al_plugin:NoSuchThing")
    proc = run_cli("--list-rules", env=env)
    assert proc.returncode == 2 and "plugin 'bad'" in proc.stderr.decode()
    assert len(proc.stderr.decode().strip().splitlines()) == 1


def test_overlapping_fixes_wait_for_next_pass():
    a = Fix((Edit(0, 3, "x"),))
    b = Fix((Edit(2, 5, "y"),))
    c = Fix((Edit(6, 7, "z"),))
    chosen = _choose_fixes([a, b, c, a])
    assert chosen == [a, c]
    assert apply_edits("0123456789", [e for f in chosen for e in f.edits]) == "x345z789"
    assert apply_edits("a\nb", [Edit(1, 1, "\nc")], "\r\n") == "a\r\nc\nb"


def _choose_fixes_by_pairs(fixes):
    """The plain quadratic definition _choose_fixes must agree with: each edit of a fix against
    every edit of every fix chosen before it, in text order."""
    chosen, taken, seen = [], [], set()
    for fix in sorted(fixes, key=lambda f: min((e.start for e in f.edits), default=0)):
        if id(fix) in seen or not fix.edits:
            continue
        seen.add(id(fix))
        if not any(a < t and s < b or a == b == s == t or a == s and (a == b or s == t)
                   for a, b in ((e.start, e.end) for e in fix.edits) for s, t in taken):
            chosen.append(fix)
            taken.extend((e.start, e.end) for e in fix.edits)
    return chosen


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 6)), min_size=0, max_size=3),
                max_size=25))
def test_choose_fixes_agrees_with_every_pair_compared(spans):
    """Zero-width insertions, touching and overlapping edits, fixes with several edits."""
    fixes = []
    for edits in spans:
        ordered = sorted((a, a + w) for a, w in edits)
        if any(ordered[i][1] > ordered[i + 1][0] for i in range(len(ordered) - 1)):
            continue  # a fix's own edits never overlap (the engine rejects such a fix)
        fixes.append(Fix(tuple(Edit(a, b, "x") for a, b in ordered)))
    fixes += fixes[:2]  # a fix shared by several findings comes more than once
    assert _choose_fixes(fixes) == _choose_fixes_by_pairs(fixes)


def test_a_fix_kept_out_by_one_whose_check_fails_is_chosen_in_the_same_pass():
    """A fix that overlaps an earlier fix whose check then fails is applied now: before, the
    pass chose nothing and the fix loop ended with a safe fix unapplied (found by the fuzzer)."""
    from awesome_lint.fixplan import plan_fixes
    from awesome_lint.model import Finding

    checked = []
    bad = Fix((Edit(0, 5, "x"),), verify=lambda _t: checked.append("bad") or False)
    good = Fix((Edit(3, 4, "y"),), verify=lambda _t: checked.append("good") or True)
    findings = [Finding("AL999", "t", "error", "m", 1, fix=fx) for fx in (bad, good)]
    rejected: set = set()
    assert plan_fixes(findings, "0123456789", False, rejected) == [good]
    assert checked == ["bad", "good"] and len(rejected) == 1


def test_fix_touching_part_of_code_is_dropped_and_verify_runs_only_when_fixing():
    from awesome_lint.engine import Engine, Selection
    from awesome_lint.rules.base import Rule
    from awesome_lint.source import Source

    calls = []

    class EditsCode(Rule):
        """x"""

        code = "XT010"
        name = "edits-code"
        summary = "x"

        def check(self, doc):
            i = doc.text.index("`code`")
            yield self.finding("half into code", 1, fix=Fix((Edit(i - 2, i + 2, "!!"),)))
            j = doc.text.index("word")
            yield self.finding("whole word", 1, fix=Fix((Edit(j, j + 4, "WORD"),), verify=lambda t: calls.append(t) or True))
            k = doc.text.index("keep")
            yield self.finding("rejected", 1, fix=Fix((Edit(k, k + 4, "gone"),), verify=lambda t: False))

    eng = Engine(Selection(select=["XT010"]), rule_classes={"XT010": EditsCode})
    src = Source("a.md", "a `code` word keep\n")
    result, _ = eng.lint_source(src, fix=False)
    assert [f.fix is None for f in result.findings] == [True, False, False]
    assert calls == []  # a plain lint never runs verify
    result, _ = eng.lint_source(src, fix=True)
    assert result.fixed_text == "a `code` WORD keep\n"
    assert len(calls) == 1
    assert [f.message for f in result.findings if f.fix is not None] == []  # the rejected fix is not offered


def test_suppression_shown_as_inline_code_is_not_a_suppression():
    from awesome_lint.engine import lint_text

    text = "Write `<!-- awesome-lint-disable -->` to silence it.\n\n1. a\n3. b\n"
    assert [f.line for f in lint_text(text, select=["AL001"])] == [4]
