"""AL008 broken-anchor: in-page links must reach a heading or an explicit anchor."""

from __future__ import annotations


import pytest
from conftest import FIXTURES, REAL, SEEDS, needs_shared, render, run_cli, run_json

from awesome_lint.document import github_slug, parse_text
from awesome_lint.engine import fix_text, lint_text

STRUCT = FIXTURES / "structure"


def _findings(text: str, **kw):
    return [f for f in lint_text(text, select=["AL008"], **kw) if f.code == "AL008"]


@pytest.mark.parametrize("heading, slug", [
    ("Foo & Bar", "foo--bar"),  # each space becomes a hyphen, '&' goes
    ("🔥 News", "-news"),  # emoji dropped, its space stays
    ("Installation 📦", "installation-"),
    ("⚙️ Installation", "\ufe0f-installation"),  # U+FE0F is a mark: GitHub keeps it
    (":desert_island: Installation", "desert_island-installation"),  # shortcodes keep their name
    ("Q&amp;A", "qa"),
    ("数据 Data", "数据-data"),
    ("**Bold** and `code`", "bold-and-code"),
    ("snake_case __emphasis__", "snake_case-emphasis"),
    ("Awesome-LLM [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "awesome-llm-"),
    ("[Linked](https://example.org) title", "linked-title"),
    ("1. Introduction", "1-introduction"),
])
def test_github_slug(heading, slug):
    assert github_slug(heading) == slug


def test_repeated_headings_get_numbers():
    doc = parse_text("# A\n\n## A\n\n### A\n")
    assert [h.anchor for h in doc.headings] == ["a", "a-1", "a-2"]


CASE_SENSITIVE = {"AL008": {"case-sensitive": True}}


def test_case_only_heading_links_pass_by_default():
    """github.com resolves `#Report-Generation` to `## Report Generation`: not reported unless
    the list asks for exact anchors; an explicit anchor's case matters everywhere."""
    text = (STRUCT / "anchors.md").read_text()
    assert sorted(f.line for f in _findings(text)) == [10, 13, 19]
    assert sorted(f.line for f in _findings(text, config=CASE_SENSITIVE)) == [10, 11, 13, 19]


def test_fixture_findings():
    text = (STRUCT / "anchors.md").read_text()
    found = {f.line: f for f in _findings(text, config=CASE_SENSITIVE)}
    assert sorted(found) == [10, 11, 13, 19]
    typo = found[10]
    assert "`#segmentation` (line 23)" in typo.message and typo.fix is not None and not typo.fix.safe
    case = found[11]
    assert case.severity == "warning" and case.fix.safe and "#report-generation" in case.message
    explicit = found[13]
    assert explicit.severity == "error" and explicit.fix.safe and "case-sensitive" in explicit.message
    gone = found[19]
    assert gone.fix is None  # 'registration' vs 'segmentation': suggested, never fixed
    # the column range covers the fragment as written
    line = text.split("\n")[9]
    assert line[typo.column - 1: typo.end_column - 1] == "#segmentaton"


def test_safe_fix_changes_only_the_fragment():
    text = (STRUCT / "anchors.md").read_text()
    fixed, left = fix_text(text, select=["AL008"], config=CASE_SENSITIVE)
    assert fixed == text.replace("(#Report-Generation)", "(#report-generation)").replace(
        "(#classification)", "(#Classification)")
    assert sorted(f.line for f in left) == [10, 19]
    before, after = render(text), render(fixed)
    assert after == before.replace('href="#Report-Generation"', 'href="#report-generation"').replace(
        'href="#classification"', 'href="#Classification"')
    assert fix_text(fixed, select=["AL008"], config=CASE_SENSITIVE)[0] == fixed


def test_unsafe_fix_takes_the_nearest_target():
    text = (STRUCT / "anchors.md").read_text()
    fixed, left = fix_text(text, select=["AL008"], unsafe=True)
    assert "(#segmentation)\n- [Case only]" in fixed and "(#segmentaton)" not in fixed
    assert [f.line for f in left] == [19]


def test_no_false_positives_on_valid_targets():
    text = "\n".join([
        "- [a](#top) [b](#) [r](#readme) [c](#user-content-intro) [d](#%E6%95%B0%E6%8D%AE)",
        '- <a href="#intro">e</a>',
        "- `[f](#nowhere)` is code",
        "",
        '<div id="custom-target"></div>',
        "",
        "[g](#custom-target)",
        "",
        "## Intro",
        "## 数据",
        "",
        "    [h](#indented-code)",
    ])
    assert _findings(text) == []


@needs_shared
def test_seeds_have_no_broken_anchor():
    files = sorted(SEEDS.glob("*.md"))
    if not files:
        pytest.skip("no seeds")
    for path in files:
        assert _findings(path.read_text(encoding="utf-8")) == [], path.name


@needs_shared
def test_real_lists():
    cases = {
        # a TOC entry whose heading lost its '(New)' marker
        "RUCAIBox__LLMSurvey.md": (125, "error"),
        # a typo in the TOC
        "Alison-brie__Awesome-Medical-Image-Registration.md": (25, "error"),
    }
    for name, (line, severity) in cases.items():
        path = REAL / name
        if not path.exists():
            pytest.skip(f"{name} missing")
        found = {f.line: f for f in _findings(path.read_text(encoding="utf-8"))}
        assert line in found and found[line].severity == severity, name
    # a table of contents written in Title-Case: works on github.com, reported only on request
    text = (REAL / "lxtGH__Awesome-Segmentation-With-Transformer.md").read_text(encoding="utf-8")
    assert 82 not in {f.line for f in _findings(text)}
    found = {f.line: f for f in _findings(text, config=CASE_SENSITIVE)}
    assert found[82].severity == "warning"
    # a heading with a trailing badge: its anchor ends with a hyphen and the TOC link is fine
    text = (REAL / "Hannibal046__Awesome-LLM.md").read_text(encoding="utf-8")
    assert 20 not in {f.line for f in _findings(text)}


@needs_shared
def test_cli_on_a_real_file(tmp_path):
    src = REAL / "Alison-brie__Awesome-Medical-Image-Registration.md"
    if not src.exists():
        pytest.skip("corpus file missing")
    path = tmp_path / "README.md"
    path.write_bytes(src.read_bytes())
    code, found = run_json("--select", "AL008", str(path))
    assert code == 1
    assert [(f["line"], f["fixable"]) for f in found] == [(25, True)]
    assert "#challenges" in found[0]["message"]
    proc = run_cli("--fix", "--unsafe-fixes", "--select", "AL008", str(path))
    assert proc.returncode == 0, proc.stdout.decode() + proc.stderr.decode()
    assert path.read_bytes() == src.read_bytes().replace(b"(#chanllenges)", b"(#challenges)", 1)


def test_a_heading_ending_with_a_badge_is_reached_with_or_without_the_trailing_hyphen():
    """`### Markdown Tools [![Awesome List][icon]](…)`: its anchor ends with the hyphen of the
    space before the badge; real lists link it both ways (`#awesome-llm-` in back-to-top links,
    `#markdown-tools` in a contents fixed in 2025), so neither is reported. A reference-style
    image adds no text. Another fragment is still broken."""
    text = ("# Awesome X [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n\n"
            "- [Top](#awesome-x-) [Top](#awesome-x) [Tools](#markdown-tools) [Tools](#markdown-tools-)"
            " [Gone](#markdown-tool)\n\n"
            "### Markdown Tools [![Awesome List][icon]](https://github.com/o/awesome-markdown)\n\n"
            "[icon]: ./icons/list.svg\n")
    found = [f for f in lint_text(text, select=["AL008"])]
    assert [(f.line, f.message.split(";")[0]) for f in found] == [
        (3, "no heading or anchor on this page has the id `markdown-tool`")]


def test_a_contents_link_that_lost_its_hash_session37(tmp_path):
    """Set AE's and AG's faults: `[Papers by Method](Papers-by-Method)` in the contents is a path
    of the repository on GitHub, not the section; AL008 says so (an unsafe fix puts the `#`
    back) and AL014 counts the section as listed. A folder of that name beside the list is a path meant."""
    text = ("# Medical World Models\n\n## Contents\n\n- [Survey](#survey)\n- [Papers by Method](Papers-by-Method)\n\n"
            "## Survey\n\n- [A survey](https://arxiv.org/abs/2501.00001)\n\n"
            "## Papers by Method\n\n- [A method](https://arxiv.org/abs/2501.00002)\n")
    path = tmp_path / "README.md"
    path.write_text(text)
    _, found = run_json(path, "--select", "AL008,AL014", "--unsafe-fixes")
    assert [(f["code"], f["line"]) for f in found] == [("AL008", 6)]
    assert "`#papers-by-method` (line 12)" in found[0]["message"]
    run_cli("--select", "AL008", "--fix", "--unsafe-fixes", path)
    assert "- [Papers by Method](#papers-by-method)\n" in path.read_text()
    path.write_text(text)
    (tmp_path / "Papers-by-Method").mkdir()
    assert run_json(path, "--select", "AL008") == (0, [])
