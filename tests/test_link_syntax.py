"""AL007 link-syntax: malformed link Markdown that renders as text."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, REAL, SEEDS, needs_shared, render, run_cli, run_json

from awesome_lint.engine import fix_text, lint_text

STRUCT = FIXTURES / "structure"


def _findings(text: str):
    return [f for f in lint_text(text, select=["AL007"]) if f.code == "AL007"]


def _by_line(text: str) -> dict[int, list]:
    out: dict[int, list] = {}
    for f in _findings(text):
        out.setdefault(f.line, []).append(f)
    return out


def test_fixture_findings_at_their_lines():
    text = (STRUCT / "links.md").read_text()
    found = _by_line(text)
    assert sorted(found) == [3, 4, 5, 6, 7, 8, 9, 10]  # nothing in the 'Correct Markdown' part
    assert "stray `[`" in found[3][0].message and found[3][0].fix.safe
    assert "space before `(`" in found[4][0].message and found[4][0].fix.safe
    assert {"unbalanced `**`" in f.message for f in found[5]} == {True, False}
    assert any("run together" in f.message and f.fix.safe for f in found[5])
    assert "empty target" in found[6][0].message and found[6][0].fix is None
    assert "has no URL" in found[7][0].message and found[7][0].fix is None
    assert len(found[8]) == 1 and "closes no link" in found[8][0].message and found[8][0].fix.safe
    assert "no closing `)`" in found[9][0].message and found[9][0].fix is None
    assert "stray `[`" in found[10][0].message and found[10][0].fix is None  # ambiguous


def test_findings_match_what_github_renders():
    """Every reported line really shows raw Markdown on the page (cmark-gfm)."""
    text = (STRUCT / "links.md").read_text()
    html = render(text)
    assert "<li>[2023 MICCAI] <strong>TPRO: Text-prompting for segmentation</strong> [<a " in html
    assert "[[paper]] (https://example.org/proto)" in html.replace('<a href="https://example.org/proto">https://example.org/proto</a>', "https://example.org/proto")
    assert '<a href="">[paper]</a>' in html
    assert "[[paper]]](" in html.replace('<a href="https://example.org/many">https://example.org/many</a>', "https://example.org/many")
    assert "**ALC" in html


def test_fix_changes_only_what_was_reported():
    text = (STRUCT / "links.md").read_text()
    fixed, left = fix_text(text, select=["AL007"])
    expected = (text.replace("[[[paper]](https://example.org/tpro)", "[[paper]](https://example.org/tpro)")
                .replace("[[paper]] (https://example.org/proto)", "[[paper]](https://example.org/proto)")
                .replace("(https://example.org/alc)[[code]]", "(https://example.org/alc) [[code]]")
                .replace("[[paper]]](https://example.org/many)", "[[paper]](https://example.org/many)"))
    assert fixed == expected
    html = render(fixed)
    assert '<a href="https://example.org/tpro">[paper]</a>' in html and "[<a href=\"https://example.org/tpro\"" not in html
    assert '<a href="https://example.org/proto">[paper]</a>' in html
    assert '<a href="https://example.org/many">[paper]</a>' in html
    assert '<a href="https://example.org/alc">[paper]</a> <a href="https://example.org/alc-code">[code]</a>' in html
    # the rest of the page renders exactly as before
    tail = text.index("## Correct Markdown")
    assert render(fixed[fixed.index("## Correct Markdown"):]) == render(text[tail:])
    assert sorted(f.line for f in left) == [5, 6, 7, 9, 10]
    assert fix_text(fixed, select=["AL007"])[0] == fixed


def test_code_is_never_linted():
    text = "Use `[[[paper]](https://example.org/x)` or\n\n```\n[[code]] (https://example.org/y) **\n```\n"
    assert _findings(text) == []


@needs_shared
def test_seed_stray_bracket_is_found_and_fixed():
    path = SEEDS / "histopathology-papers.md"
    if not path.exists():
        pytest.skip("seed missing")
    text = path.read_text(encoding="utf-8")
    (f,) = [f for f in _findings(text) if "stray" in f.message]
    assert f.line == 54 and text.split("\n")[53][f.column - 1:].startswith("[[[paper]]")
    fixed, _ = fix_text(text, select=["AL007"])
    line = fixed.split("\n")[53]
    assert "[[paper]](https://arxiv.org/pdf/2507.00868)" in line and "[[[" not in line
    assert '<a href="https://arxiv.org/pdf/2507.00868">[paper]</a>' in render(fixed)


@needs_shared
def test_real_lists():
    cases = {
        "terryum__awesome-deep-learning-papers.md": (356, "space before `(`"),
        "crownpku__Awesome-Chinese-NLP.md": (374, "space before `(`"),
        "cmhungsteve__Awesome-Transformer-Attention.md": (933, "no closing `)`"),
        "dair-ai__ML-Papers-of-the-Week.md": (1332, "unbalanced `**`"),
        "diff-usion__Awesome-Diffusion-Models.md": (1663, "stray `[`"),
    }
    for name, (line, what) in cases.items():
        path = REAL / name
        if not path.exists():
            pytest.skip(f"{name} missing")
        found = _by_line(path.read_text(encoding="utf-8"))
        assert any(what in f.message for f in found.get(line, [])), (name, line)
    # [<img …>](url) is one link, not a stray '](' (academic__awesome-datascience)
    path = REAL / "academic__awesome-datascience.md"
    if path.exists():
        assert _findings(path.read_text(encoding="utf-8")) == []


@needs_shared
def test_fixes_on_real_lists_are_stable_and_only_touch_reported_lines():
    # the seeds and the real lists that have safe AL007 fixes (all of them were looked at)
    names = ["terryum__awesome-deep-learning-papers.md", "crownpku__Awesome-Chinese-NLP.md",
             "Alison-brie__Awesome-Medical-Image-Registration.md",
             "richard-peng-xia__awesome-multimodal-in-medical-imaging.md"]
    files = sorted(SEEDS.glob("*.md")) + [REAL / n for n in names if (REAL / n).exists()]
    if not files:
        pytest.skip("no corpus")
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        reported = {f.line for f in _findings(text) if f.fix is not None and f.fix.safe}
        if not reported:
            continue
        fixed, _ = fix_text(text, select=["AL007"])
        assert fix_text(fixed, select=["AL007"])[0] == fixed, path.name
        old, new = text.split("\n"), fixed.split("\n")
        assert len(old) == len(new), path.name
        changed = {i + 1 for i, (a, b) in enumerate(zip(old, new)) if a != b}
        assert changed <= reported, path.name


@needs_shared
def test_cli_on_a_real_file(tmp_path):
    src = SEEDS / "histopathology-papers.md"
    if not src.exists():
        pytest.skip("seed missing")
    path = tmp_path / "README.md"
    path.write_bytes(src.read_bytes())
    code, found = run_json("--select", "AL007", str(path))
    assert code == 1
    assert [(f["line"], f["fixable"]) for f in found] == [(54, True)]
    proc = run_cli("--fix", "--select", "AL007", str(path))
    assert proc.returncode == 0, proc.stdout.decode() + proc.stderr.decode()
    assert path.read_bytes() == src.read_bytes().replace(b"[[[paper]](https://arxiv.org/pdf/2507.00868)",
                                                         b"[[paper]](https://arxiv.org/pdf/2507.00868)", 1)


def _findings_both_ways(text, monkeypatch):
    """AL007's findings as they are, and with every block and link looked at (``FULL_CHECK``:
    the check before the prefilters that skip blocks and links with nothing to report)."""
    from awesome_lint.rules import link_syntax

    def key(fs):
        return [(f.line, f.column, f.end_line, f.end_column, f.message, f.fix) for f in fs]

    fast = key(lint_text(text, select=["AL007"]))
    with monkeypatch.context() as m:
        m.setattr(link_syntax, "FULL_CHECK", True)
        slow = key(lint_text(text, select=["AL007"]))
    return fast, slow


def test_blocks_skipped_by_the_prefilter_have_no_findings(monkeypatch):
    """Only blocks holding a suspect offset are checked for bracket faults, only blocks whose
    `**` could be unbalanced for bold, only links with an empty target or a link right after
    them; on random bracket soup (escapes, code spans, HTML, links, stray and extra brackets,
    spaced parentheses, odd `**`) and on the seed lists, every finding of the full check is
    still found."""
    import random

    rng = random.Random(7)
    pieces = ["[", "]", "[[", "]]", "\\", "\\\\", "`", "`x[`", "(", ")", " ", "\n", "\n\n", "- ", "a",
              "[paper](https://a.org/p)", "[[code]]", "](https://b.org)", "[x] (https://c.org)",
              "<https://d.org>", "https://e.org", "**", "[![i](https://i.png)](https://f.org)", "|",
              "***", "\\**", "[a](https://g.org/**x)", "<b>", "[]()", "![]()", "[b](https://h.org)",
              "```\n**\n```\n", "    **\n", "[[https://j.org/x)]"]
    found = 0
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) + "\n"
        fast, slow = _findings_both_ways(text, monkeypatch)
        assert fast == slow, text
        found += len(fast)
    assert found > 300
    if SEEDS.exists():
        for path in sorted(SEEDS.glob("*.md")):
            fast, slow = _findings_both_ways(path.read_text(encoding="utf-8"), monkeypatch)
            assert fast == slow


# ---- targets that are not URLs ---------------------------------------------------------------

TARGETS = """\
# Targets

- Tool A [[code]](github.com/someone/tool-a) [[site]](www.tool-a.example.net)
- Tool B [[paper]](TBD) [[demo]](#) [[code]](TBA)
- Tool C [[code]]([https://old.example.org/c](https://example.org/c))
- Tool D [[code]](htts://example.org/d) [[paper]](https//example.org/d.pdf)
- Tool E [[paper]](https://arxiv.org/2401.01234) [[old]](https://arxiv.org/abs/1904.0123)
- Tool F [[pdf]](https://files.example.org/people/[papers]/f.pdf)
- Tool G [Tool G: a long title](Tool G: a long title) and [code](https: //example.org/g)
- Tool H [[Link(https://example.org/h) and [Tool H][https://example.org/h] by [toolmakers.io].
- Tool I [\\[paper\\]](https://example.org/i) [official code\\]](https://example.org/i-code)
- Tool J [\\[paper\\]]() [\\[code\\]]()

## Fine

- [Back to top](#) [up](#targets) [rel](docs/guide.md) [mail](mailto:a@example.org) [ftp](ftp://example.org/x)
- [paper](https://arxiv.org/abs/2401.01234v2) [old](https://arxiv.org/abs/1412.6980) [pdf](https://arxiv.org/pdf/0704.0001.pdf)
- [q](https://example.org/search?filter[kind]=paper) [t](https://example.org/t "a title with spaces")
- [x] a task, it´s [1] (see note)
"""


def test_targets_that_are_not_urls_one_finding_each():
    found = _by_line(TARGETS)
    assert sorted(found) == [3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    assert [len(found[n]) for n in sorted(found)] == [2, 3, 1, 2, 2, 1, 2, 3, 1, 1]
    msgs = {n: " | ".join(f.message for f in fs) for n, fs in found.items()}
    assert msgs[3].count("has no `https://`") == 2
    assert msgs[4].count("placeholder target") == 3
    assert "itself a Markdown link" in msgs[5]
    assert "misspelt scheme `htts://`" in msgs[6] and "`https//` lacks its `:`" in msgs[6]
    assert "lacks `/abs/`" in msgs[7] and "`1904.0123` has 4 digits" in msgs[7]
    assert "square brackets in its path" in msgs[8]
    assert "not a link" in msgs[9] and "a space after `https:`" in msgs[9]
    assert "lacks `](`" in msgs[10] and "in square brackets" in msgs[10] and "`[toolmakers.io]`" in msgs[10]
    assert "has no `\\[`" in msgs[11]
    assert msgs[12].startswith("2 links have an empty target")


def test_placeholder_words_and_hash_are_al007s_only():
    text = "- [paper](TBD) [demo](#) [code](https://example.com/x)\n"
    got = sorted((f.code, f.column) for f in lint_text(text, select=["AL007", "AL012"]))
    assert got == [("AL007", 11), ("AL007", 23), ("AL012", 33)]


def test_target_fixes_safe_and_unsafe():
    fixed, _ = fix_text(TARGETS, select=["AL007"])
    assert "[[paper]](https://example.org/d.pdf)" in fixed
    assert "[[paper]](https://arxiv.org/abs/2401.01234)" in fixed
    assert "[code](https://example.org/g)" in fixed
    assert "[Tool H](https://example.org/h)" in fixed
    assert "[\\[official code\\]](https://example.org/i-code)" in fixed
    assert "(github.com/someone/tool-a)" in fixed and "(htts://example.org/d)" in fixed  # unsafe only
    unsafe, _ = fix_text(TARGETS, select=["AL007"], unsafe=True)
    assert "(https://github.com/someone/tool-a)" in unsafe and "(https://www.tool-a.example.net)" in unsafe
    assert "(https://example.org/d)" in unsafe
    html = render(unsafe)
    assert '<a href="https://example.org/g">code</a>' in html and '<a href="https://example.org/h">Tool H</a>' in html


def test_broken_targets_render_as_github_says():
    html = render(TARGETS)
    assert "[code](https: //example.org/g)" in html
    assert "[Tool G: a long title](Tool G: a long title)" in html
    assert 'href="%5Bhttps://old.example.org/c%5D(https://example.org/c)"' in html


def test_a_struck_out_label_with_an_empty_target_is_the_authors_marker(tmp_path):
    text = ("# T\n\n- A paper [[paper](https://arxiv.org/abs/2301.00001)] [[~~code~~]]()\n"
            "- Another paper [[paper](https://arxiv.org/abs/2301.00002)] [[code]]()\n")
    path = tmp_path / "l.md"
    path.write_text(text)
    found = [(f["line"], f["message"]) for f in run_json(str(path))[1] if f["code"] == "AL007"]
    assert len(found) == 1 and found[0][0] == 4 and "empty target" in found[0][1]


# ---- brackets of two links, a URL for a label, an arXiv abstract with .pdf ---------------------

def _wrapped_list(extra: str) -> str:
    rows = "".join(f"* **T{i}**: \"Title {i}\". [[Paper](https://arxiv.org/abs/2301.{i:05d})] "
                   f"[[Code](https://github.com/a/t{i})]\n" for i in range(6))
    return "# Robots\n\n" + rows + extra


def test_two_links_in_one_pair_of_brackets_where_each_has_its_own(tmp_path):
    """`[[Paper](…) [Code](…)]` in a list of `[[Paper](…)] [[Code](…)]`: the `]` slipped; the
    fix gives each link its own brackets. Two names in one pair are a group, left alone."""
    bad = "* **G**: \"Agents\". [[Paper](https://arxiv.org/abs/2304.03442) [Code](https://github.com/j/ga)]\n"
    names = "- [[3D-FRONT](https://a.example.org/f) [3D-FUTURE](https://a.example.org/u)] two datasets\n"
    text = _wrapped_list(bad + names)
    path = tmp_path / "README.md"
    path.write_text(text)
    code, out = run_json("--select", "AL007", path)
    assert code == 0  # a warning
    assert [(f["line"], f["column"], f["fixable"]) for f in out] == [(9, 20, True)]
    assert "`[[Paper](…) [Code](…)]`: one pair of brackets around two links" in out[0]["message"]
    proc = run_cli("--fix", "--select", "AL007", path)
    assert proc.returncode == 0, proc.stderr.decode()
    fixed = path.read_text()
    assert fixed == text.replace("2304.03442) [Code]", "2304.03442)] [[Code]")
    assert "<a href=\"https://arxiv.org/abs/2304.03442\">Paper</a>]" in render(fixed)
    # in a list that does not wrap its links one by one, the pair is its style
    assert _findings("# L\n\n" + bad * 3) == []


def test_a_url_where_the_label_belongs():
    text = ("- **BabyAI** [[https://arxiv.org/abs/1810.08272)] [[Code](https://github.com/m/b)]\n"
            "- Fine: [https://example.org] and [see](https://example.org/x) (https://example.org/y)\n")
    found = _findings(text)
    assert [(f.line, f.column) for f in found] == [(1, 14)]
    assert "has a URL where the label and `](` belong" in found[0].message and found[0].fix is None
    assert "[[https://arxiv.org/abs/1810.08272)]" in render(text)  # text: GitHub links no URL after '['
    assert "no link" in found[0].message


def test_an_arxiv_abstract_address_with_the_pdf_suffix():
    text = ("| GAN | Title | [[arXiv]](https://arxiv.org/abs/1703.06412.pdf) |\n|---|---|---|\n"
            "- [a](https://arxiv.org/abs/1703.06412v2.pdf) [b](https://arxiv.org/pdf/1703.06412.pdf) "
            "[c](https://arxiv.org/abs/1703.06412)\n")
    found = _findings(text)
    assert [f.line for f in found] == [1, 3]
    assert all("mixes the abstract page" in f.message and f.fix.safe for f in found)
    fixed, left = fix_text(text, select=["AL007"])
    assert left == [] and ".pdf" not in fixed.replace("pdf/1703.06412.pdf", "")


def test_a_url_in_a_second_pair_of_parentheses():
    """`[paper]((https://…))` links to the path `(https://…)`: reported and fixed safely; a URL
    with its own parentheses (Wikipedia) and a title in parentheses are left alone."""
    text = ("- **ToolA**: a model. [paper]((https://example.org/abs/1)) [wiki]((https://w.example.org/A_(b)))\n"
            "- **ToolB** [ok](https://w.example.org/A_(b)) [note]((see below) x) [t](https://example.org/t (title))\n")
    html = render(text)
    assert 'href="(https://example.org/abs/1)"' in html  # what GitHub links to
    found = _findings(text)
    assert [(f.line, f.fix.safe) for f in found] == [(1, True), (1, True)]
    assert all("second pair of parentheses" in f.message for f in found)
    fixed, left = fix_text(text, select=["AL007"])
    assert fixed == text.replace("((https://example.org/abs/1))", "(https://example.org/abs/1)").replace(
        "((https://w.example.org/A_(b)))", "(https://w.example.org/A_(b))", 1)
    assert left == []
    assert '<a href="https://example.org/abs/1">paper</a>' in render(fixed)


PASTED = """# Pasted links

- Spaces [[paper]]( https://arxiv.org/abs/2301.00001) and [[code]](https://github.com/o/r )
- Stray (2013), A. B. et al. [[pdf]](https://arxiv.org/pdf/1312.5602.pdf)) more
- Glued [RWKV](https://huggingface.co/RWKV)minicpm-2b-65d48bf9)
- Bracket [LLM]([https://github.com/o/llm) - a tool
- Fine ([pdf](https://arxiv.org/pdf/1312.5602.pdf)) and （see [x](https://a.org/x)) and [t](https://a.org/t "Title")
- Fine [a](https://en.wikipedia.org/wiki/Foo_(bar)) and `[c](https://a.org/c))` in code

| Name | Links |
| --- | --- |
| A (x | [p](https://a.org/p)) |
"""


def test_pasted_link_markdown(tmp_path):
    """The misses of the tuning lists: a space inside the parentheses (openmedlab, extreme-assistant,
    terryum), a stray `)` after a link (floodsung, terryum), a URL tail glued on with a `)`
    (Hannibal046) and a `[` pasted before the URL (Hannibal046). A `)` that closes a `(` of
    the text before the link is fine; in a table only the link's own cell counts."""
    path = tmp_path / "pasted.md"
    path.write_text(PASTED, encoding="utf-8")
    code, out = run_json("--select", "AL007", path)
    got = [(f["line"], f["fixable"], f["message"].split(":")[0]) for f in out]
    assert got == [
        (3, True, "space before the URL inside the parentheses of `[[paper]]`"),
        (3, True, "space after the URL inside the parentheses of `[[code]]`"),
        (4, True, "stray `)` after the link `[[pdf]]`"),
        (5, False, "`minicpm-2b-65d48bf9)` is glued onto the link `[RWKV]` and ends in a `)` that closes nothing"),
        (6, True, "the target of `[LLM]` starts with a `[` pasted before the URL (`[https"),
        (12, True, "stray `)` after the link `[p]`"),
    ]
    proc = run_cli("--fix", "--select", "AL007", path)
    assert proc.returncode == 0, proc.stderr.decode()  # warnings
    assert b"Found 1 problem" in proc.stdout  # the glued text is left for the author
    fixed = path.read_text(encoding="utf-8")
    assert fixed == (PASTED.replace("( https://arxiv.org/abs/2301.00001)", "(https://arxiv.org/abs/2301.00001)")
                     .replace("(https://github.com/o/r )", "(https://github.com/o/r)")
                     .replace("1312.5602.pdf)) more", "1312.5602.pdf) more")
                     .replace("([https://github.com/o/llm)", "(https://github.com/o/llm)")
                     .replace("[p](https://a.org/p)) |", "[p](https://a.org/p) |"))
    assert "href=\"https://github.com/o/llm\"" in render(fixed)


def test_bracketed_links_run_together_only_against_the_lists_habit():
    spaced = "".join(f"- P{i} [[paper](https://a.org/{i})] [[code](https://b.org/{i})]\n" for i in range(6))
    run = "- Q [[paper](https://a.org/q)][[code](https://b.org/q)][[project](https://c.org/q)]\n"
    found = _findings("# L\n\n" + spaced + run)
    assert [(f.line, f.fix is not None) for f in found] == [(9, True)]  # one finding for the line
    assert "(6 times)" in found[0].message
    fixed, _ = fix_text("# L\n\n" + spaced + run, select=["AL007"])
    assert fixed.endswith("- Q [[paper](https://a.org/q)] [[code](https://b.org/q)] [[project](https://c.org/q)]\n")
    # where the list runs them together, that is its way
    assert _findings("# L\n\n" + run * 6 + spaced[:60]) == []


def test_a_parenthesis_opened_in_a_link_label_is_closed_after_it():
    text = "- [Foo (bar](https://a.org/x)) and [see (this](https://a.org/y))\n- [pdf](https://a.org/z)) x\n"
    assert [(f.line, f.message.split(":")[0]) for f in _findings(text)] == [(2, "stray `)` after the link `[pdf]`")]


def test_scheme_written_twice_is_fixed_session10():
    """`https://https://github.com/…` (subeeshvasu): the browser takes the second `https` for the
    host. The first scheme goes; a wrapper such as web.archive.org/web/…/https://… is not this."""
    from awesome_lint.engine import fix_text, lint_text

    text = ("# L\n\n- Paper [[Code]](https://https://github.com/org/repo)\n"
            "- Old [[Page]](https://web.archive.org/web/2020/https://example.org/x)\n")
    found = [f for f in lint_text(text, select=["AL007"]) if f.code == "AL007"]
    assert [(f.line, "scheme twice" in f.message) for f in found] == [(3, True)]
    assert fix_text(text, select=["AL007"])[0] == text.replace("https://https://", "https://")


def test_a_sentence_naming_the_bold_marker_is_not_an_unbalanced_bold():
    """`Put ** around the title` (TheShadow29's contributing steps) names the marker: a lone `**`
    between spaces or in quotes is shown as written, on purpose. `****` (an empty bold) and a
    bold left open are still reported."""
    from awesome_lint.engine import lint_text

    text = ("# L\n\n1. Put ** around the title\n2. Write \"**\" for bold\n\n"
            "- **Title [paper](https://arxiv.org/abs/2101.00001)\n- **** [paper](https://arxiv.org/abs/2101.00002)\n")
    found = [f.line for f in lint_text(text, select=["AL007"]) if f.code == "AL007" and "`**`" in f.message]
    assert found == [6, 7]


def test_bare_code_label_habit_is_one_finding_through_the_cli(tmp_path):
    """A file that links `[code](…)` and writes `[code]` with no URL after the links of several
    entries (yzhuoning: ten times): dead text in brackets, one habit, one finding at the first.
    Once or twice is not reported; nor a `[code]` before the entry's links (a tag)."""
    from conftest import run_json

    linked = "".join(f"- [Paper {i}](https://arxiv.org/abs/2101.0000{i}) [[code](https://github.com/o/r{i})]\n"
                     for i in range(1, 5))
    bare = "".join(f"- [Other {i}](https://arxiv.org/abs/2102.0000{i}) [code]\n" for i in range(1, 4))
    text = "# L\n\n" + linked + bare + "- [code] A tag first [link](https://example.org/a)\n"
    path = tmp_path / "l.md"
    path.write_text(text, encoding="utf-8")
    _, out = run_json("--select", "AL007", path)
    assert [(f["line"], f.get("related_lines")) for f in out] == [(7, [8, 9])]
    assert "`[code]` has no link" in out[0]["message"]
    path.write_text("# L\n\n" + linked + bare.split("\n", 2)[-1] + "\n", encoding="utf-8")  # once only
    _, out = run_json("--select", "AL007", path)
    assert out == []


def test_spaces_inside_the_parentheses_of_most_links_are_one_habit_with_one_fix():
    rows = "\n".join(f"|20{k:02d}|[Paper number {k}](https://arxiv.org/abs/2001.{k:05d} )|[C](https://github.com/o/r{k} )|"
                     for k in range(8))
    text = "# Embeddings\n\n|date|paper|code|\n|-|-|-|\n" + rows + "\n"
    found = lint_text(text, select=["AL007"])
    assert len(found) == 1 and found[0].line == 5
    assert "a habit of this file (16 links), here and in 7 more" in found[0].message
    fixed, left = fix_text(text, select=["AL007"])
    assert left == [] and fixed == text.replace(" )", ")")
    assert render(fixed).count("<a ") == render(text).count("<a ")
    # two such links among many: slips, each reported where it is
    slips = text.replace(" )", ")").replace("2001.00002)", "2001.00002 )").replace("o/r5)", "o/r5 )")
    assert [f.line for f in lint_text(slips, select=["AL007"])] == [7, 10]


def _runs_file(data: int, papers: int, slips: int) -> str:
    rows = ["# Datasets", ""]
    rows += [f"<b>Set {i}</b> [[Link]](https://example.org/d{i})[[Paper]](https://arxiv.org/abs/1812.0{i:04d})<br>"
             for i in range(data)]
    rows += ["", "# Papers", ""]
    rows += [f"- Paper {i} [[Paper]](https://arxiv.org/abs/1901.0{i:04d}) [[Code]](https://github.com/o/p{i})"
             for i in range(papers)]
    rows += [f"- Slip {i} [[Paper]](https://arxiv.org/abs/1902.0{i:04d})[[Code]](https://github.com/o/s{i})"
             for i in range(slips)]
    return "\n".join(rows) + "\n"


def test_a_section_that_runs_its_links_together_keeps_its_way(tmp_path):
    """A Datasets section that writes every `[[Link]](u)[[Paper]](v)` run together, in a file
    that does so in a fifth of its places or more, keeps its way; a run-together pair in a
    section that spaces its links is a slip. Where the file spaces its links nearly always
    (93%), a section of run-together links is a slip too, line by line."""
    path = tmp_path / "runs.md"
    path.write_text(_runs_file(data=6, papers=14, slips=2), encoding="utf-8")
    _, out = run_json("--select", "AL007", path)
    assert [f["line"] for f in out] == [26, 27]
    path.write_text(_runs_file(data=4, papers=60, slips=0), encoding="utf-8")
    _, out = run_json("--select", "AL007", path)
    assert [f["line"] for f in out] == [3, 4, 5, 6]


def test_a_file_that_runs_every_pair_of_bracketed_links_together_keeps_its_way():
    """`[[CODE1]](u)[[CODE2]](v)` in four sections, once each, and no pair of links spaced in the
    whole file (a pose-estimation list read blind in session 21): the brackets show between the
    labels, and it is the file's way. Plain labels run together still read as one word."""
    rows = ["# Papers", ""]
    for k in range(4):
        rows += [f"## Part {k}", "", f"- [Title {k}](https://arxiv.org/abs/2301.0000{k}) - "
                 f"[[CODE1]](https://example.org/a{k})[[CODE2]](https://example.org/b{k}) - Author {k}", ""]
    text = "\n".join(rows)
    assert [f for f in lint_text(text, select=["AL007"]) if f.code == "AL007"] == []
    plain = text.replace("[[CODE1]]", "[code]").replace("[[CODE2]]", "[demo]")
    assert [f.line for f in lint_text(plain, select=["AL007"]) if f.code == "AL007"] == [5, 9, 13, 17]


def test_an_empty_link_around_a_badge_is_a_wrapper():
    """`[![Publish](badge)]()`: a badge shown for its picture; `[paper]()` still goes nowhere."""
    text = ("# L\n\n- [Paper](https://arxiv.org/abs/2301.00001) [![Publish](https://img.shields.io/badge/ICML'23-blue)]()\n"
            "- [Other](https://arxiv.org/abs/2301.00002) [code]()\n")
    assert [f.line for f in lint_text(text, select=["AL007"]) if f.code == "AL007"] == [4]


def test_a_quoted_template_of_the_entry_format_has_placeholders():
    """`> * (Conference Year) **Title**, First Author et al. [[Paper](URL)]`: the format a
    contributor copies, in a quote; the same placeholder in a list item leads nowhere."""
    text = "# L\n\n>Markdown Format:\n> * (Conference Year) **Title**, First Author et al. [[Paper](URL)]\n"
    assert [f for f in lint_text(text, select=["AL007"]) if f.code == "AL007"] == []
    item = "# L\n\n* (CVPR 2023) **A Title**, First Author et al. [[Paper](URL)]\n"
    assert [f.line for f in lint_text(item, select=["AL007"]) if f.code == "AL007"] == [3]


def test_a_stray_square_bracket_after_a_link_session16():
    """`[Project](url)]`: the `[` of `[[Project](url)]` was lost, and GitHub shows the `]` (set J,
    the text-to-image and GAN-inversion lists). Where the line's other links are bracketed the
    `[` goes back; else the `]` goes. `[[pdf](url)]]` has one `]` too many. A `]` that closes a
    `[` before the link is fine, and so is one after an earlier stray `]` on the line."""
    text = ("# L\n\n"
            "- **A** [[Paper](https://a.org/1)] [Project](https://a.org/p)] [Demo](https://a.org/d)]\n"
            "- **B** [code](https://b.org/c)]\n"
            "- **C** [[Paper](https://c.org/1)]] [[Code](https://c.org/c)]\n"
            "- **D** [[Paper](https://d.org/1)] [see [code](https://d.org/c)]\n"
            "- **E** [[Paper](https://e.org/1)]][[Code](https://e.org/c)]\n")
    found = _findings(text)
    assert [(f.line, f.message.split(":")[0]) for f in found] == [
        (3, "stray `]` after the links `[Project]`, `[Demo]`"),
        (4, "stray `]` after the link `[code]`"),
        (5, "stray `]` after the link `[Paper]`"),
        (7, "stray `]` after the link `[Paper]`"),
    ]
    fixed, _ = fix_text(text, select=["AL007"])
    assert fixed == (text.replace("[Project]", "[[Project]").replace("[Demo]", "[[Demo]")
                     .replace("(https://b.org/c)]", "(https://b.org/c)")
                     .replace("(https://c.org/1)]]", "(https://c.org/1)]")
                     .replace("(https://e.org/1)]]", "(https://e.org/1)]"))
    import re
    shown = [re.sub(r"<[^>]+>", "", li) for li in re.findall(r"<li>(.*?)</li>", render(fixed))]
    assert len(shown) == 5 and all(li.count("[") == li.count("]") for li in shown), shown
    before = [re.sub(r"<[^>]+>", "", li) for li in re.findall(r"<li>(.*?)</li>", render(text))]
    assert [li.count("]") - li.count("[") for li in before] == [2, 1, 1, 0, 1]  # what the page showed
    assert _findings(fixed) == []


def test_a_host_of_a_country_domain_or_an_address_without_a_scheme_is_a_file_path():
    """`papers.nips.cc/paper/…`, `ousar.lib.okayama-u.ac.jp/…` and `150.214.190.154/keel/…`
    are hosts a scheme was dropped from; `docs/guide.md` and `v1.2.3/notes` are paths."""
    text = ("# Papers\n\n"
            "- A [[Paper](papers.nips.cc/paper/7278-learning.pdf)]\n"
            "- B [[Paper](ousar.lib.okayama-u.ac.jp/files/public/1/1.pdf)]\n"
            "- C [[Paper](150.214.190.154/keel/pdfs/2009.pdf)]\n"
            "- D [[Guide](docs/guide.md)] [[Notes](releases/v1.2.3/notes.md)] [[Sub](data.json)]\n")
    found = _by_line(text)
    assert sorted(found) == [3, 4, 5]
    assert all("has no `https://`" in fs[0].message for fs in found.values())


BARE = """# Tools

| Paper | Code |
| --- | --- |
| [Pelee: A Real-Time Object Detector](nan) | [code](https://github.com/a/pelee) |

- [Dozzle](dozzle) - Real-time log viewer.
- [Guide](docs) - the folder of this repository, [LICENSE](LICENSE), [notes](notes).
- [dozzle](dozzle) - the same word in the same case: a file of the repository.
"""


def test_bare_word_targets_missing_value_and_a_name_typed_for_its_address():
    found = _by_line(BARE)
    assert sorted(found) == [5, 7]
    assert "placeholder target `nan`" in found[5][0].message
    assert "bare word `dozzle`" in found[7][0].message and found[7][0].fix is None
    html = render(BARE)
    assert 'href="dozzle"' in html and 'href="nan"' in html  # what GitHub makes of them: relative links


def test_headings_written_as_empty_links_are_one_habit(tmp_path):
    """`## [Papers and Code]()` on three headings and more (a meta-learning list read blind in
    session 21 writes six so): one finding naming the lines. Two such headings are two slips,
    and an entry's `[code]()` stays its own finding."""
    rows = ["# Awesome Things", ""]
    for k in range(4):
        rows += [f"## [Part {k}]()", "", f"- [Tool {k}](https://example.org/{k}) - A tool.", ""]
    rows += ["- [Paper](https://example.org/p) [code]()", ""]
    path = tmp_path / "README.md"
    path.write_text("\n".join(rows), encoding="utf-8")
    _, out = run_json("--select", "AL007", path)
    assert [(f["line"], f["message"]) for f in out] == [
        (3, "4 headings are links with an empty target (lines 3, 7, 11, 15): they go nowhere; write the headings as text"),
        (19, "link `[code]()` has an empty target: it goes nowhere")]
    assert out[0]["related_lines"] == [7, 11, 15]
    two = "\n".join(rows[:10]) + "\n"
    assert [f.line for f in lint_text(two, select=["AL007"])] == [3, 7]


def test_a_bracket_closing_an_escaped_one_is_no_stray_session24():
    """Set S (a graph-clustering list): `\\[[Google Drive](u) | [Nutstore](v)]` shows
    `[Google Drive | Nutstore]`, the `]` closing the escaped `\\[`. Without the escape's `[` the
    `]` is stray."""
    text = "# L\n\nDownload from \\[[Google Drive](https://a.org/g) | [Nutstore](https://a.org/n)].\n"
    assert [f for f in lint_text(text, select=["AL007"])] == []
    stray = text.replace("\\[[Google", "[Google")
    assert [f.line for f in lint_text(stray, select=["AL007"])] == [3]


def test_an_item_name_whose_link_lost_its_brackets_session27():
    """Set U's awesome-svelte wrote `- sveltednd(https://github.com/thisuxhq/sveltednd) - A
    lightweight … library`: GitHub shows the name and the URL as text. The safe fix writes the
    brackets back and GitHub then shows a link named sveltednd. A call in prose (`see
    f(https://a.org)` mid-sentence) or in code is no item's name."""
    items = "".join(f"- [lib{i}](https://github.com/a/lib{i}) - A library number {i}.\n" for i in range(4))
    text = ("# S\n\n" + items + "- sveltednd(https://github.com/thisuxhq/sveltednd) - A drag and drop library.\n"
            "- [x](https://a.org/x) - Calls f(https://a.org) - then stops.\n- `g(https://a.org) - code`\n")
    found = lint_text(text, select=["AL007"])
    assert [(f.line, f.column) for f in found] == [(7, 3)] and "lacks the brackets" in found[0].message
    fixed, left = fix_text(text, select=["AL007"])
    assert left == [] and "- [sveltednd](https://github.com/thisuxhq/sveltednd) - A drag" in fixed
    assert '<a href="https://github.com/thisuxhq/sveltednd">sveltednd</a>' in render(fixed)


def test_a_third_of_the_pairs_run_together_across_the_file_is_its_second_way_session30():
    """`[[Paper]](u)[[Code]](v)` in 12 of 30 pairs, spread over six sections (a graph-anomaly list
    read blind in session 30: 15 of 43 in 9 sections): the file's second way, the brackets
    showing between the labels. Four pairs in 30 run together are slips, each reported."""
    def file(runs: int) -> str:
        rows = ["# Papers", ""]
        for k in range(30):
            if k % 5 == 0:
                rows += [f"## Part {k // 5}", ""]
            gap = "" if k % 5 < 2 and k // 5 * 2 + k % 5 < runs else " "
            rows += [f"{k + 1}. Title number {k} [[Paper]](https://arxiv.org/abs/2301.{k:05d}){gap}"
                     f"[[Code]](https://github.com/a/b{k})", ""]
        return "\n".join(rows)
    assert [f for f in lint_text(file(12), select=["AL007"]) if f.code == "AL007"] == []
    assert len([f for f in lint_text(file(4), select=["AL007"]) if f.code == "AL007"]) == 4


def test_an_e_mail_address_as_a_link_target_without_mailto_session31():
    # a multimodal-tracking list: `contact: [me@x.com](me@x.com)`, a relative link on GitHub
    text = "# L\n\nContact: [andy@gmail.com](andy@gmail.com).\n\n- [Tool](https://t.org) - A tool.\n"
    found = lint_text(text, select=["AL007"])
    assert [(f.line, f.message) for f in found] == [
        (3, "the target `andy@gmail.com` is an e-mail address without `mailto:`: GitHub reads it as a file path "
            "in this repository, and the link is broken")]
    fixed, left = fix_text(text, select=["AL007"])
    assert left == [] and "[andy@gmail.com](mailto:andy@gmail.com)" in fixed
    assert 'href="mailto:andy@gmail.com"' in render(fixed) and 'href="andy@gmail.com"' in render(text)
    assert lint_text(text.replace("(andy@gmail.com)", "(mailto:andy@gmail.com)"), select=["AL007"]) == []


def test_a_file_named_with_an_at_sign_is_no_e_mail_address_session31():
    text = "# L\n\n- [Tool](https://t.org) - A tool. [Icon](icon@3x.svg) [lodash@4.17.21](lodash@4.17.21)\n"
    assert [f for f in lint_text(text, select=["AL007"]) if "e-mail" in f.message] == []


def test_a_bare_host_name_as_the_target_session37():
    """Tuning lists' faults: `[Shengfeng He](hengfenghe.com)`, `(kesen.realtimerendering.com)`:
    a host name with nothing after it and no scheme is a path of the repository on GitHub. A
    file's name (`setup.py`, `guide.md`) is not read so."""
    text = ("# T\n\n- [Shengfeng He](hengfenghe.com) - a page.\n- [Kesen](kesen.realtimerendering.com) - papers.\n"
            "- [setup](setup.py) - the script.\n- [guide](docs/guide.md) - the guide.\n")
    found = lint_text(text, select=["AL007"])
    assert [(f.line, "has no `https://`" in f.message) for f in found] == [(3, True), (4, True)]
    fixed = fix_text(text, select=["AL007"], unsafe=True)[0]
    assert "(https://hengfenghe.com)" in fixed and "(setup.py)" in fixed


def test_org_and_net_files_are_no_bare_hosts_session37_review():
    """The review's finding: `[Org guide](guide.org)` and `[Win](setup.NET)` are files beside
    the list, and a `.com` file that is there is one too."""
    text = "# T\n\n- [Org guide](guide.org) - notes.\n- [Win](setup.NET) - x.\n"
    assert lint_text(text, select=["AL007"]) == []
