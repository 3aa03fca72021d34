"""Every registered rule has a page in rules/ that matches its code, and the index lists it."""

from __future__ import annotations

from conftest import ROOT

from awesome_lint import docs
from awesome_lint.registry import load_rules

REQUIRED = ("## What it does", "## Why it matters", "## Example", "## Fix safety")


def builtin():
    return {c: k for c, k in load_rules().items() if k.__module__.startswith("awesome_lint.")}


def test_pages_match_rules():
    stale = []
    for name, text in docs.expected_pages(builtin()).items():
        path = ROOT / "rules" / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
    assert not stale, f"rules/ out of date for {stale}: run python -m awesome_lint.docs"


def test_no_orphan_pages():
    codes = set(builtin())
    pages = {p.stem for p in (ROOT / "rules").glob("AL*.md")}
    assert pages == codes


def test_every_docstring_has_the_sections():
    for code, cls in builtin().items():
        doc = cls.doc()
        missing = [s for s in REQUIRED if s not in doc]
        assert not missing, f"{code}: docstring lacks {missing}"
        assert "Use instead:" in doc, code
        assert cls.summary and cls.name and cls.code == code


def test_codes_are_unique_and_well_formed():
    import re

    rules = builtin()
    names = [k.name for k in rules.values()]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"AL\d{3}", c) for c in rules)


def test_data_json_twins_are_current():
    from awesome_lint import datafiles

    assert datafiles.main(["--check"]) == 0, "run python -m awesome_lint.datafiles"


def test_every_builtin_passes_the_registry_checks():
    from awesome_lint.registry import rule_problem

    assert {code: rule_problem(cls) for code, cls in builtin().items() if rule_problem(cls)} == {}
