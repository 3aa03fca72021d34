"""Plugins: rule classes run in-process through awesome_lint.testing, the example package in
examples/plugin installed for real and run by the command, and the registry refusing a plugin
that would shadow a built-in or is not a valid rule."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import warnings

import pytest
from conftest import ROOT, install_plugin, run_cli

import awesome_lint
from awesome_lint import FIX_ALWAYS, FIX_NEVER, FIX_SOMETIMES, WARNING, Edit, Fix, Rule
from awesome_lint.model import InputError
from awesome_lint.testing import fix_text, lint_text

DOC = """Rule for the tests.

## What it does

Reports `TODO` left in a list.

## Why it matters

A list is read by people who cannot ask what is to be done.

## Example

```markdown
- TODO: add the paper
```

## Fix safety

Safe: `TODO` becomes `DONE`.
"""


class NoTodo(Rule):
    __doc__ = DOC
    code = "XT301"
    name = "no-todo-here"
    summary = "TODO left in the list"
    severity = WARNING
    fix_availability = FIX_ALWAYS

    def check(self, doc):
        start = doc.text.find("TODO")
        while start >= 0:
            line, column = doc.position(start)
            yield self.finding("TODO left in the list", line, column, line, column + 4,
                               fix=Fix((Edit(start, start + 4, "DONE"),), description="write DONE"))
            start = doc.text.find("TODO", start + 4)


def test_a_rule_class_runs_in_process_without_an_entry_point():
    text = "# List\n\n1. TODO a\n3. b TODO\n"
    found = lint_text(text, rules=[NoTodo])
    assert [(f.code, f.name, f.severity, f.line, f.column) for f in found] == [
        ("XT301", "no-todo-here", "warning", 3, 4), ("XT301", "no-todo-here", "warning", 4, 6)]
    fixed, left = fix_text(text, rules=[NoTodo])
    assert fixed == "# List\n\n1. DONE a\n3. b DONE\n" and left == []
    # select reaches the built-ins too; configuration works as in a file
    both = lint_text(text, rules=[NoTodo], select=["XT301", "AL001"])
    assert sorted({f.code for f in both}) == ["AL001", "XT301"]
    assert lint_text(text, rules=[NoTodo], config={"ignore": ["XT301"]}) == []
    assert {f.severity for f in lint_text(text, rules=[NoTodo], config={"no-todo-here": {"severity": "error"}})} == {"error"}


def _rule(**attrs):
    attrs.setdefault("__doc__", DOC)
    attrs.setdefault("code", "XT302")
    attrs.setdefault("name", "some-rule")
    attrs.setdefault("summary", "Something")
    attrs.setdefault("check", lambda self, doc: ())
    return type("Made", (Rule,), attrs)


@pytest.mark.parametrize("attrs, message", [
    ({"code": "AL001"}, "reuses the rule code 'AL001' of built-in rule AL001 ordered-list-numbering"),
    ({"name": "duplicate-entry"}, "reuses the rule name 'duplicate-entry' of built-in rule AL003 duplicate-entry"),
    ({"severity": "fatal"}, "severity 'fatal' is not one of error, warning"),
    ({"fix_availability": "often"}, "fix_availability 'often' is not one of always, sometimes, never"),
    ({"__doc__": "## What it does\n\nx\n"}, "lacks the section(s) '## Why it matters', '## Example', '## Fix safety'"),
    ({"code": "xt 1"}, "rule code 'xt 1' is not letters then digits"),
    ({"name": ""}, "rule name '' must be a non-empty word"),
])
def test_the_registry_refuses_a_bad_or_shadowing_rule(attrs, message):
    with pytest.raises(InputError) as info:
        lint_text("x\n", rules=[_rule(**attrs)])
    assert message in str(info.value) and "\n" not in str(info.value)
    assert "test_plugins.Made" in str(info.value)


def test_two_given_rules_may_not_share_a_code():
    with pytest.raises(InputError, match="reuses the rule code 'XT302'"):
        lint_text("x\n", rules=[_rule(), _rule(name="other-name")])


def test_the_old_fix_attribute_still_works_and_is_deprecated():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        legacy = {value: _rule(fix=value) for value in ("safe", "unsafe", "sometimes", "none")}
    assert {k: v.fix_availability for k, v in legacy.items()} == {
        "safe": FIX_ALWAYS, "unsafe": FIX_ALWAYS, "sometimes": FIX_SOMETIMES, "none": FIX_NEVER}
    assert len(caught) == 4 and all(issubclass(w.category, DeprecationWarning) for w in caught)
    assert "fix_availability" in str(caught[0].message)
    assert lint_text("x\n", rules=[legacy["safe"]]) == []


def test_the_public_api_is_lazy_and_complete():
    code = ("import sys, awesome_lint; print(sorted(m for m in sys.modules if m.startswith('awesome_lint')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['awesome_lint']"
    for name in awesome_lint.__all__:
        assert getattr(awesome_lint, name) is not None
    from awesome_lint.document import Document
    from awesome_lint.rules.base import Option

    assert awesome_lint.Document is Document and awesome_lint.Option is Option
    with pytest.raises(AttributeError):
        awesome_lint.no_such_name  # noqa: B018


# ---- the example package, installed as a user would ----------------------------------------
EXAMPLE = ROOT / "examples" / "plugin"
PAPERS = "# Papers\n\n- Attention [[paper]](https://arxiv.org/pdf/1706.03762v7.pdf) [[pdf]](https://arxiv.org/pdf/1706.03762)\n"


def install_example(tmp_path) -> dict:
    """Install examples/plugin into a folder with pip (offline, no dependencies), or, where the
    ``wheel`` package pip needs to build with setuptools is missing, with setuptools' own install
    command; either way the package's module and metadata (with its entry point) land there."""
    src = tmp_path / "src"
    shutil.copytree(EXAMPLE, src, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__", "tests"))
    target = tmp_path / "site"
    if importlib.util.find_spec("wheel") is not None:
        cmd = [sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index",
               "--target", str(target), str(src)]
    else:
        cmd = [sys.executable, "-c", "from setuptools import setup; setup()", "-q", "install",
               "--single-version-externally-managed", "--record", str(tmp_path / "record.txt"),
               "--install-lib", str(target)]
    proc = subprocess.run(cmd, cwd=src, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (target / "awesome_lint_arxiv.py").exists()
    return {"PYTHONPATH": str(target) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def test_the_example_plugin_installed_runs_through_the_command(tmp_path):
    env = install_example(tmp_path)
    md = tmp_path / "papers.md"
    md.write_text(PAPERS)
    proc = run_cli("--format", "json", md, env=env)
    assert proc.returncode == 0, proc.stderr.decode()  # XL001 is a warning: reported, exit 0
    found = [f for f in json.loads(proc.stdout) if f["code"] == "XL001"]
    assert [(f["name"], f["line"], f["column"], f["fix"]["applicability"]) for f in found] == [
        ("arxiv-abstract-link", 3, 13, "safe")]
    listing = run_cli("--list-rules", env=env).stdout.decode()
    assert any(line.split()[:3] == ["XL001", "arxiv-abstract-link", "always"] for line in listing.splitlines())
    explain = run_cli("--explain", "XL001", env=env).stdout.decode()
    assert explain.startswith("# XL001 arxiv-abstract-link") and "## Fix safety" in explain
    assert run_cli("--fix", "--select", "XL001", md, env=env).returncode == 0
    assert "(https://arxiv.org/abs/1706.03762v7) [[pdf]](https://arxiv.org/pdf/1706.03762)" in md.read_text()


# ---- a plugin that would shadow a built-in ---------------------------------------------------
SHADOW = '''
from awesome_lint import Rule

DOC = """## What it does\\n\\nx\\n\\n## Why it matters\\n\\nx\\n\\n## Example\\n\\nx\\n\\n## Fix safety\\n\\nx\\n"""


class SameCode(Rule):
    __doc__ = DOC
    code, name, summary = "AL001", "my-numbering", "Numbers"

    def check(self, doc):
        return ()


class SameName(Rule):
    __doc__ = DOC
    code, name, summary = "XT401", "duplicate-entry", "Duplicates"

    def check(self, doc):
        return ()


class Fine(Rule):
    __doc__ = DOC
    code, name, summary = "XT402", "fine-rule", "Fine"

    def check(self, doc):
        return ()


class SameAsFine(Rule):
    __doc__ = DOC
    code, name, summary = "XT402", "fine-too", "Fine too"

    def check(self, doc):
        return ()
'''


@pytest.mark.parametrize("entries, expected", [
    (["same = al_shadow:SameCode"],
     "awesome-lint: plugin 'same' (al_shadow:SameCode), rule AL001 my-numbering reuses the rule code 'AL001' "
     "of built-in rule AL001 ordered-list-numbering"),
    (["name = al_shadow:SameName"],
     "awesome-lint: plugin 'name' (al_shadow:SameName), rule XT401 duplicate-entry reuses the rule name "
     "'duplicate-entry' of built-in rule AL003 duplicate-entry"),
    (["a = al_shadow:Fine", "b = al_shadow:SameAsFine"],
     "reuses the rule code 'XT402' of plugin"),
])
def test_a_plugin_that_collides_is_a_one_line_error(tmp_path, entries, expected):
    env = install_plugin(tmp_path, "al_shadow", SHADOW, "\n".join(entries))
    md = tmp_path / "a.md"
    md.write_text("1. a\n3. b\n")
    for args in (["--list-rules"], [str(md)]):
        proc = run_cli(*args, env=env)
        err = proc.stderr.decode()
        assert proc.returncode == 2 and proc.stdout == b""
        assert len(err.strip().splitlines()) == 1 and expected in err, err
        assert "Traceback" not in err


THIN = '''
from awesome_lint import Rule


class Thin(Rule):
    """Flags nothing; documented in one line."""

    code, name, summary = "XT501", "thin-docs", "A plugin with a one-line docstring"

    def check(self, doc):
        yield self.finding("seen", 1)
'''


def test_an_installed_plugin_with_thin_docs_still_runs(tmp_path):
    """A plugin's users should not lose the linter because its author wrote a short docstring;
    the full sections are asked of built-ins and of rules given to awesome_lint.testing."""
    env = install_plugin(tmp_path, "al_thin", THIN, "thin = al_thin:Thin")
    md = tmp_path / "a.md"
    md.write_text("# Title\n")
    proc = run_cli("--format", "json", str(md), env=env)
    assert proc.returncode == 1, proc.stderr.decode()
    assert [f["code"] for f in json.loads(proc.stdout)] == ["XT501"]
    with pytest.raises(InputError, match="lacks the section"):
        import importlib
        import sys as _sys

        _sys.path.insert(0, str(tmp_path / "site"))
        try:
            lint_text("x\n", rules=[importlib.import_module("al_thin").Thin])
        finally:
            _sys.path.remove(str(tmp_path / "site"))
