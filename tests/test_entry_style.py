"""AL015 entry-style on hand-made fixtures, real lists and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import cmarkgfm
import pytest

from conftest import render, run_cli, run_json
from awesome_lint.engine import fix_text, lint_text
from awesome_lint.rules.entry_text import ends_with_punctuation

FIX = Path(__file__).parent / "fixtures" / "conventions"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def test_classic_items_each_fault_at_its_line_and_nothing_else():
    text = (FIX / "classic.md").read_text()
    found = [(f.line, f.message.split(";")[0]) for f in lint_text(text, select=["AL015"])]
    assert found == [
        (7, 'separator ":" between name and description'),
        (8, "description starts with a lower-case letter"),
        (9, 'description does not end with "."'),
    ]
    assert "14 of 15 items" in lint_text(text, select=["AL015"])[0].message


def test_classic_fix_changes_only_those_characters():
    text = (FIX / "classic.md").read_text()
    fixed, left = fix_text(text, select=["AL015"])
    assert left == []
    before, after = text.splitlines(), fixed.splitlines()
    changed = [i + 1 for i, (a, b) in enumerate(zip(before, after)) if a != b]
    assert changed == [7, 8, 9]
    assert after[6] == "- [Gamma](https://example.org/gamma) - Checks links."
    assert after[7] == "- [Delta](https://example.org/delta) - A converter of tables."
    assert after[8] == "- [Epsilon](https://example.org/epsilon) - Builds sites."
    assert "<code>code</code>" in cmarkgfm.github_flavored_markdown_to_html(fixed)
    assert fix_text(fixed, select=["AL015"])[0] == fixed


def test_paper_entries():
    text = (FIX / "papers.md").read_text()
    found = [(f.line, f.message.split(";")[0], f.fixable) for f in lint_text(text, select=["AL015"])]
    assert found == [
        (12, "title is not bold", True),
        (13, "link labels in code first order", False),
        (24, "entry has no venue tag", False),
    ]
    fixed, _ = fix_text(text, select=["AL015"])
    assert "[2021 MICCAI] **Swin-Unet** [[paper]]" in fixed


def test_final_punctuation_exceptions():
    assert ends_with_punctuation('Fast. (see x)') == "."
    assert ends_with_punctuation('Say "hi."') == "."
    assert ends_with_punctuation("Done! 🚀") == "!"
    assert ends_with_punctuation("好。") == "。"
    assert ends_with_punctuation("No end") == ""


def test_explicit_style_and_threshold_options():
    items = "".join(f"- [N{i}](https://example.org/{i}) - Thing {i}\n" for i in range(4))
    text = "# L\n\n" + items + "- [Z](https://example.org/z) - Thing z.\n"
    assert lint_text(text, select=["AL015"]) == []  # too few entries to learn a style
    cfg = {"AL015": {"style": {"final": ""}}}
    found = lint_text(text, select=["AL015"], config=cfg)
    assert [f.line for f in found] == [7]


def test_minority_style_list_consistent_in_its_own_way_is_silent():
    items = "".join(f"* [tool{i}](https://example.org/{i}): does thing {i}\n" for i in range(15))
    assert lint_text("# L\n\n" + items, select=["AL015"]) == []


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus absent")
def test_consistent_real_lists_are_silent():
    for name in ("sindresorhus__awesome.md", "awesome-selfhosted__awesome-selfhosted.md",
                 "cmhungsteve__Awesome-Transformer-Attention.md"):
        text = (CORPUS / "real" / name).read_text(encoding="utf-8")
        found = [(f.line, f.message.split(";")[0]) for f in lint_text(text, select=["AL015"])]
        if name == "sindresorhus__awesome.md":  # one en dash among 470 hyphens
            assert found == [(773, 'separator "–" between name and description')]
        elif name.startswith("cmhungsteve"):  # one "(*Tencent*).[[Paper](u)]" among 2,148 spaced links
            assert found == [(768, "no space before the link that follows the title"),
                             (1021, "no space after the colon before 'Transformer-Based', where the file's entries have one")] + [
                (n, "website link placed before the code link") for n in (1316, 1503, 1621, 1935)] + [  # 144 of 148 after
                (2068, "two spaces before 'IEEE', where the file's entries use one")]
        else:  # three stray runs of spaces among ~1,300 items ("simple, and  performant"), one
            # line of glued commas ("file,threads,notes,agenda") and one glued parenthesis ("softswitch(SBC)")
            runs = [(n, f"two spaces before '{w}', where the file's entries use one")
                    for n, w in ((365, "It"), (1735, "Browse,"), (2230, "performant"))]
            assert found == runs[:1] + [(500, "no space before '(SBC)', where the file's entries have one"),
                                        (1124, "no space after the comma before 'threads' (and 3 more on the line), "
                                               "where the file's entries have one")] + runs[1:], name
    for seed in (CORPUS / "seeds").glob("*.md"):
        found = [(f.line, f.message.split(",")[0]) for f in lint_text(seed.read_text(encoding="utf-8"), select=["AL015"])]
        if seed.name == "histopathology-papers.md":  # `[2025 ICCV]  **Title**` twice, `**Title**  [[paper]]` once
            assert found == [(26, "two spaces before '**MultiverSeg:'"), (42, "two spaces before '**MedCLIP:'"),
                             (59, "no space after the colon before 'Multi-scale'"), (64, "two spaces before '[[paper]]'")]
        elif seed.name == "multimodal-medical-imaging.md":  # three titles' colons glued (`DeltaNet:Conditional`)
            assert [n for n, _ in found] == [65, 75, 102]
        elif seed.name == "vlm-in-mia-tables.md":
            assert found == [(140, "no space after the colon before 'Unifying'")]
        else:
            assert found == [], seed.name


def test_cli_json(tmp_path):
    path = tmp_path / "list.md"
    path.write_text((FIX / "classic.md").read_text())
    out = subprocess.run([sys.executable, "-m", "awesome_lint", "--select", "AL015", "--format", "json", str(path)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr  # warnings only: reported, not a failure
    assert [(d["line"], d["severity"]) for d in json.loads(out.stdout)] == [(7, "warning"), (8, "warning"),
                                                                           (9, "warning")]
    strict = subprocess.run([sys.executable, "-m", "awesome_lint", "--select", "AL015", "--exit-non-zero-on-warning",
                             str(path)], capture_output=True, text=True)
    assert strict.returncode == 1, strict.stderr


def test_prose_end_skips_the_regex_only_where_no_tail_can_end():
    """``prose_end`` tries its tail patterns only when the text ends in a character a tail can
    end with: the same cut as the plain loop on random descriptions made of tails, links,
    code, HTML, odd white space and parentheses."""
    import random

    from awesome_lint.rules.entry_text import LINK_PAREN_TAIL as _LINK_PAREN_TAIL, META_TAIL as _META_TAIL, prose_end
    from awesome_lint.rules.entry_text import _CONTINUED

    def reference(desc):
        end = len(desc)
        while True:
            m = _META_TAIL.search(desc, 0, end)
            if not m or m.start() == end:
                break
            if desc[m.start():end].lstrip().startswith("`") and _CONTINUED.search(desc, 0, m.start()):
                break  # a code span that ends the sentence (`for `git``) is no tail
            end = m.start()
        m = _LINK_PAREN_TAIL.search(desc, 0, end)
        if m and desc[m.start():end].startswith("(") and desc[m.start() + 1:m.start() + 2] in "[!":
            end = m.start()
            while end and desc[end - 1] in " \t":
                end -= 1
        return end

    rng = random.Random(15)
    pieces = ["a", " ", "\t", "\n", "`x`", "`", "<b>", "<", ">", "![i](u)", "[![b](u)](l)", "(", "[D](u)",
              ")", ", ", "[S](v)", "x.", "\u00a0", "\u3000", "!", "]", "(u)"]
    cut = 0
    for _ in range(30000):
        desc = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert prose_end(desc) == reference(desc), desc
        cut += prose_end(desc) < len(desc)
    assert cut > 1000


def _found(name):
    text = (FIX / name).read_text()
    return text, [(f.line, f.message.split(";")[0], f.fixable) for f in lint_text(text, select=["AL015"])]


def test_tails_badges_licence_notes_and_names():
    """Licence notes after the period (`[MIT]`, `[?]`) are metadata, so the one description
    without a period before its note is reported and fixed there; a `:zap:` shortcode or a star
    count before the separator is not the separator; a hyphen, an en dash and an em dash are
    told apart; a lower-case name (`wdgtool`, `µwidget`) and a credit line (`by [Ada](u)`) are
    left alone; a section that uses its own separator throughout (Tools) keeps it."""
    text, found = _found("classic_tails.md")
    assert found == [
        (12, 'description does not end with "."', True),
        (14, "description starts with a lower-case letter", True),
        (15, 'separator "–" between name and description', True),
        (16, 'no space between the separator "-" and the description', True),
        (18, 'separator " " between name and description', False),
    ]
    fixed, left = fix_text(text, select=["AL015"])
    assert [f.line for f in left] == [18]
    after = fixed.splitlines()
    assert after[11] == "* [Easel](https://example.org/easel) - Draws widgets on a canvas. [MIT]"
    assert after[13] == "* [Gimlet](https://example.org/gimlet) - A wrapper around the widget runtime. [ISC]"
    assert after[14] == "* [Hasp](https://example.org/hasp) - Packs widgets into archives. [MIT]"
    assert after[15] == "* [Inlay](https://example.org/inlay) - Unpacks widget archives. [MIT]"
    assert sum(a != b for a, b in zip(text.splitlines(), after)) == 4
    assert fix_text(fixed, select=["AL015"])[0] == fixed


def test_notes_are_prose_where_few_descriptions_end_with_one():
    items = "".join(f"- [T{i}](https://example.org/{i}) - Does thing {i}.\n" for i in range(12))
    text = "# L\n\n" + items + "- [Z](https://example.org/z) - Made by [Someone]\n"
    found = lint_text(text, select=["AL015"])
    assert [(f.line, f.message.split(";")[0]) for f in found] == [(15, 'description does not end with "."')]
    fixed, _ = fix_text(text, select=["AL015"])
    assert fixed.endswith("- Made by [Someone].\n")  # after the note: here it is part of the sentence


def test_lower_case_start_needs_a_word_the_list_capitalises():
    items = "".join(f"- [T{i}](https://example.org/{i}) - Parses thing {i}.\n" for i in range(12))
    text = "# L\n\n" + items + ("- [Y](https://example.org/y) - parses other things.\n"
                                "- [Z](https://example.org/z) - zlibber bindings for widgets.\n")
    found = lint_text(text, select=["AL015"])
    assert [f.line for f in found] == [15]


def test_paper_tags_label_kinds_and_section_conventions():
    """A leading bracket with a bold method name or a long proceedings name is a venue tag; a
    `[website]` link is not a code link (the shared vocabulary), `[Pytorch Code]` is; a Toolkits
    section that leads every entry with its code keeps its order."""
    _, found = _found("papers_tags.md")
    assert found == [
        (23, "entry has no venue tag", False),
        (25, "link labels in code first order", False),
    ]


def test_lower_case_english_first_words_are_slips_and_names_are_not():
    from awesome_lint.engine import lint_text
    from awesome_lint.lexicon import is_english

    assert all(map(is_english, ("parse", "builds", "encoding", "background", "interact")))
    assert not any(map(is_english, ("mpd", "ttyrec", "scanf", "libyaml", "topojson", "x86")))
    rows = [f"- [Tool{i}](https://example.org/{i}) - Does thing {i} well." for i in range(12)]
    rows += ["- [mimetype](https://example.org/m) - parse mimetypes.",
             "- [ttyrec](https://example.org/t) - ttyrec recorder for terminals.",
             "- [grid](https://example.org/g) - mpd client for the terminal."]
    found = [f for f in lint_text("# Tools\n\n" + "\n".join(rows) + "\n", select=["AL015"]) if "lower-case" in f.message]
    assert [f.line for f in found] == [15]


def test_a_bar_between_links_is_no_separator_to_change(tmp_path):
    """`[EN](u) | [中文](u) - Guide.`: the bar joins two versions of one name; the separator is
    the dash after them. --fix used to write `[EN](u) - [中文](u) - ...`, which GitHub shows as a
    different sentence; now only the real departure (a colon) is fixed."""
    from conftest import render, run_cli

    names = "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu".split()
    lines = ["# Tools", ""] + [f"- [{n}](https://example.org/{n.lower()}) - Parses thing {i}." for i, n in enumerate(names)]
    pipe = "- [EN](https://example.org/en) | [中文](https://example.org/zh) - A bilingual guide."
    slash = "- [Docs](https://example.org/d) / [Mirror](https://example.org/m) - Another guide."
    colon = "- [Nu](https://example.org/nu): Checks links."
    text = "\n".join(lines + [pipe, slash, colon]) + "\n"
    p = tmp_path / "list.md"
    p.write_text(text)
    found = json.loads(run_cli("--format", "json", "--select", "AL015", p).stdout)
    assert [(f["line"], f["message"].split(";")[0]) for f in found] == [(17, 'separator ":" between name and description')]
    run_cli("--fix", "--select", "AL015", p)
    fixed = p.read_text()
    assert fixed == text.replace(colon, "- [Nu](https://example.org/nu) - Checks links.")
    before, after = render(text), render(fixed)
    assert before.count("<a href") == after.count("<a href") == 17
    assert after.replace("</a> - Checks", "</a>: Checks") == before  # the one change GitHub shows


def _papers_with_links(glued: set[int], n: int = 12) -> str:
    rows = ["# Papers", ""]
    for i in range(n):
        gap = "" if i in glued else " "
        rows.append(f"- [**CVPR 2023**] Paper Number {i} About Things.{gap}[[code](https://github.com/a/p{i})]")
    rows.append('- [**CVPR 2023**] A quoted "[Linked Title](https://arxiv.org/abs/2301.00001)" entry.')
    rows.append("- [**CVPR 2023**] Badge right after the title.[![stars](https://img.shields.io/x.svg)](https://github.com/a/b)")
    return "\n".join(rows) + "\n"


def test_a_link_glued_to_the_title_is_reported_and_fixed_with_one_space():
    text = _papers_with_links({4})
    fs = [f for f in lint_text(text, select=["AL015"]) if "no space before the link" in f.message]
    assert [(f.line, f.column) for f in fs] == [(7, 47)]  # not the quoted link, not the badge
    assert "11 of 12 paper entries have one" in fs[0].message
    fixed, _ = fix_text(text, select=["AL015"])
    assert fixed == text.replace("Things.[[code](https://github.com/a/p4)]", "Things. [[code](https://github.com/a/p4)]")
    # the rendered page gains a space and keeps the link
    assert cmarkgfm.github_flavored_markdown_to_html(fixed).count('<a href="https://github.com/a/p4">') == 1


def test_a_list_that_glues_its_links_is_left_alone():
    text = _papers_with_links(set(range(11)))  # eleven glued, one spaced
    assert not [f for f in lint_text(text, select=["AL015"]) if "space before the link" in f.message]


# ---- marks a list's paper entries share (session 7) ---------------------------------------------

def _papers(lines: list[str]) -> str:
    return "# Papers\n\n## Robots\n\n" + "".join(line + "\n" for line in lines)


def _style(text: str) -> list[tuple[int, str]]:
    return [(f.line, f.message.split(";")[0]) for f in lint_text(text, select=["AL015"])]


def test_venue_tag_emphasis_double_period_and_et_al_follow_the_list():
    rows = [f'* **Bot{i}**: "Robot Paper Number {i}", *arXiv, June 202{i % 5}*. [[Paper](https://arxiv.org/abs/{i})]'
            for i in range(12)]
    rows[3] = '* **Bot3**: "Robot Paper Number 3", CVPR, June 2023. [[Paper](https://arxiv.org/abs/3)]'
    rows[5] = '* **Bot5**: "Robot Paper Number 5", *NeurIPS, Sep 2025*.. [[Paper](https://arxiv.org/abs/5)]'
    rows[7] = '* **Bot7**: "Yes but.. Robots", *arXiv, May 2024*. [[Paper](https://arxiv.org/abs/7)]'  # the title's own
    text = _papers(rows)
    assert _style(text) == [(8, "venue/date tag is not in italics"), (10, "a double period")]
    assert "11 of 12 paper entries" in lint_text(text, select=["AL015"])[0].message


def test_a_leading_tag_is_voted_apart_from_a_tag_after_the_title():
    lead = [f"- (*ICML'2{i % 5}*) Graph Paper {i} [[paper](https://arxiv.org/abs/{i})]" for i in range(10)]
    lead[4] = "- (NeurIPS'24) Graph Paper 4 [[paper](https://arxiv.org/abs/4)]"
    # datasets written "**Name**: text 2024." in plain: another layout, not a departure from the leading tags
    tail = [f"- **Set{i}**: A dataset of graphs 202{i}. [data](https://example.org/{i})" for i in range(3)]
    headings = ["- **[2026.05.27]**"]  # a date heading is no entry's tag
    text = _papers(lead + tail + headings)
    assert _style(text) == [(9, "venue/date tag is not in italics")]


def test_field_marks_et_al_and_final_semicolon():
    rows = [f"- **Multimodal Paper {i};** Author Name et al" for i in range(12)]
    rows[2] = "- **Multimodal Paper 2** Author Name et al"  # the ';' is missing
    rows[4] = "- **Multimodal Paper 4;** Author Name et ak"
    rows[6] = "- **Multimodal Paper 6;** Ruifeng Yuan1 et al"
    rows[8] = "- **Multimodal Paper 8;** Author Name et al;"
    rows[10] = "- **Does it Work?** Author Name et al"  # a question in a list of ';': one is missing
    text = _papers(rows)
    assert _style(text) == [
        (7, "no punctuation after the bold title"),
        (9, '"et al" is misspelt'),
        (11, 'an affiliation digit or footnote mark is left on the name before "et al"'),
        (13, "entry ends with a stray semicolon"),
        (15, "no punctuation after the bold title"),
    ]
    # where the list closes its titles with ".", a title's own "?" does that work
    dots = [f"1. **Attack Paper {i}**. *Author Name{i}*. ACL 2024. [[pdf](https://example.org/{i})]" for i in range(12)]
    dots[3] = "1. **Is It Robust?** *Author Name*. ACL 2024. [[pdf](https://example.org/3)]"
    dots[5] = "1. **Attack Paper 5**. *Author Name*, NAACL 2024. [[pdf](https://example.org/5)]"
    dots[7] = "1. **Attack Paper 7**. *First Author* et al. ACL 2024. [[pdf](https://example.org/7)]"
    assert _style(_papers(dots)) == [(10, "a comma after the italic authors")]


def test_italic_authors_closed_by_their_own_full_stop():
    """`*Authors.* IJCNN 2005.`: the stop inside the emphasis closes the field, as a bold
    title's does; `*Authors* IJCNN 2010.` among such entries lacks it (set L's graph list)."""
    rows = [f"1. **Graph Paper Number {i}.** *Ann Lee, Bo Chen.* ICML 2020. [paper](https://arxiv.org/abs/{i})"
            for i in range(12)]
    rows[2] = "1. **Graph Paper Number 2.** *Ann Lee, Alessio Micheli* IJCNN 2010. [paper](https://arxiv.org/abs/2)"
    rows[5] = "1. **Graph Paper Number 5.** *Ann Lee, Bo Chen J.* ICML 2020. [paper](https://arxiv.org/abs/5)"
    assert _style(_papers(rows)) == [(7, "no punctuation after the italic authors")]


def test_classic_items_dash_with_no_break_space_article_and_names():
    items = [f"- [Tool{i}](https://example.org/t{i}) - Does thing {i}." for i in range(16)]
    items[1] = "- [Groq](https://example.org/groq) \u2013\u00a0JSON processor with queries."
    items[2] = "- [Power](https://example.org/power) a cross-platform shell and framework."
    items[3] = "- [mimetype](https://github.com/x/mimetype_parser) - parse mimetypes."  # 'parse' is no name here
    items[4] = "- [grequests](https://github.com/x/grequests) - requests 库 + gevent，异步请求。"  # a name in Chinese text
    items[5] = "- [vmn](https://github.com/x/vmn) - git-based versioning."  # git in its own case
    items[6] = "- [Range](https://example.org/r) - Iterates 1..10 fast."  # no double period
    text = "# Tools\n\n" + "".join(i + "\n" for i in items)
    assert _style(text) == [
        (4, 'separator "–" between name and description'),
        (5, 'separator " " between name and description'),
        (6, "description starts with a lower-case letter"),
    ]
    fixed, _ = fix_text(text, select=["AL015"])
    assert "- [Groq](https://example.org/groq) - JSON processor with queries." in fixed


def test_bullet_amid_the_lists_bullets_fixed_by_the_cli(tmp_path):
    from conftest import run_cli

    preamble = "- Maintainer: [Someone](https://example.org/me)\n- Contributors: [Others](https://example.org/us)\n"
    items = [f"* [Tool{i}](https://example.org/t{i}) - Does thing {i}." for i in range(12)]
    items[6] = "- [Snips](https://example.org/snips) - Manages snippets."
    items[9] = "+ [Sort](https://example.org/sort) - Sorts things."
    path = tmp_path / "README.md"
    path.write_text("# Tools\n\n" + preamble + "\n## Shell\n\n" + "".join(i + "\n" for i in items))
    out = run_cli("--select", "AL015", "--format", "json", path)
    assert out.returncode == 0, out.stderr
    found = [(d["line"], d["message"].split(";")[0]) for d in json.loads(out.stdout)]
    assert found == [(14, 'bullet "-" amid "*" bullets (it also starts a new list)'),
                     (17, 'bullet "+" amid "*" bullets (it also starts a new list)')]
    fixed = run_cli("--select", "AL015", "--fix", path)
    assert fixed.returncode == 0, fixed.stderr
    after = path.read_text().splitlines()
    assert after[13] == "* [Snips](https://example.org/snips) - Manages snippets."
    assert after[16] == "* [Sort](https://example.org/sort) - Sorts things."
    assert after[2].startswith("- Maintainer")  # the preamble's own list keeps its bullets
    again = run_cli("--select", "AL015", "--format", "json", path)
    assert json.loads(again.stdout) == []


def test_date_form_is_one_across_papers_and_datasets_and_code_span_entries_count():
    """Entries that open with a code span (`` `2021.06` Title``) are the list's entries, not
    code; the month date is voted over every item, whether it leads with the date or a link."""
    rows = [f"- `2023.0{i % 9 + 1}` Science Paper {i}, [arXiv](https://arxiv.org/abs/{i})" for i in range(12)]
    rows[2] = "- `2025-01` Science Paper 2, [arXiv](https://arxiv.org/abs/2)"
    rows[5] = "- [SciQA](https://example.org/sciqa), 2022.09. Science Paper 5, [arXiv](https://arxiv.org/abs/5)"
    rows[7] = "- `2023.05` Science Paper 7 (arXiv 2304.06364), [arXiv](https://arxiv.org/abs/7)"  # an arXiv number
    text = _papers(rows) + "\n```markdown\n- 2020-01 an example in a code block\n```\n"
    assert _style(text) == [(7, "date written `YYYY-MM`"), (10, "date written YYYY.MM")]
    assert "of 12 items write it `YYYY.MM`" in lint_text(text, select=["AL015"])[0].message


def test_a_table_title_cell_that_holds_its_paper_link_is_read_for_its_spacing():
    head = "# T\n\n| Date | Authors | Title | Code |\n| --- | --- | --- | --- |\n"
    rows = [f"|2024{i:02d}|A. Author et al.|Segment Paper {i} [(paper)](https://arxiv.org/abs/{i})|None|" for i in range(12)]
    rows[4] = "|202404|A. Author et al.|Segment Paper 4[(paper)](https://arxiv.org/abs/4)|None|"
    rows[7] = "|202407|A. Author et al.|Study of how users use it[s Claude.ai](https://claude.ai/) assistant|None|"  # in the prose
    text = head + "".join(r + "\n" for r in rows)
    assert _style(text) == [(9, "no space before the link that follows the title")]
    fixed, _ = fix_text(text, select=["AL015"])
    assert "|Segment Paper 4 [(paper)](https://arxiv.org/abs/4)|" in fixed


def test_the_mark_before_the_links_follows_the_list_and_a_colon_or_none_is_left_alone():
    rows = [f"- `2024.0{i % 9 + 1}` Science Model {i}, [arXiv](https://arxiv.org/abs/{i})" for i in range(16)]
    rows[3] = "- `2021.06` Science Model 3. [Journal](https://example.org/j), [Code](https://example.org/c)"
    rows[6] = "- `2024.11` Science Model 6， [arXiv](https://arxiv.org/abs/6)"
    rows[8] = "- `2024.04` Science Model 8 [BioRxiv](https://example.org/b)"  # no mark: not reported
    rows[10] = "- `2024.02` Released on arXiv: [Science Model 10](https://arxiv.org/abs/10)"  # a colon introduces
    assert _style(_papers(rows)) == [(8, "a full stop before the links"), (11, "a full-width comma before the links")]


def test_a_semicolon_at_the_end_of_a_wrapped_entrys_first_line_ends_no_entry():
    """`- **Title;** Authors;` is a stray final ';' only when the entry ends there: an item that
    goes on to the next line ends elsewhere."""
    rows = ["# Papers", ""] + [f"- **Paper Number {i} About Things;** Author {i} et al" for i in range(12)]
    rows.append("- **A Wrapped Paper About Things;** Author X et al;")
    rows.append("  and a second line that ends the entry")
    text = "\n".join(rows) + "\n"
    assert not [f for f in lint_text(text, select=["AL015"]) if "semicolon" in f.message]
    text = text.replace("et al;\n  and a second line that ends the entry\n", "et al;\n")
    assert [f.line for f in lint_text(text, select=["AL015"]) if "semicolon" in f.message] == [15]


def test_a_final_period_before_an_emphasised_note_counts_and_one_is_missing_before_it():
    """`A library. **[Deprecated]**`: the note in bold is metadata after the description's own
    period; read as the end of the prose it made a tenth of a list look unpunctuated."""
    items = [f"* [Lib{i}](https://example.org/l{i}) - A library for task {i}." for i in range(12)]
    for i in (1, 3, 5):
        items[i] = f"* [Lib{i}](https://example.org/l{i}) - A library for task {i}. **[Deprecated]**"
    items[7] = "* [Lib7](https://example.org/l7) - A library for task seven **[Deprecated]**"
    items[9] = "* [Lib9](https://example.org/l9) - A library for task nine"
    text = "# Tools\n\n" + "".join(i + "\n" for i in items)
    assert _style(text) == [(10, 'description does not end with "."'), (12, 'description does not end with "."')]
    assert "10 of 12 items" in lint_text(text, select=["AL015"])[0].message


def test_a_bold_tag_before_the_bold_name_is_no_title():
    """`[**Nature, 2023**] **Name**: Title`: the name's colon is read after the tag's bold; a
    name followed only by its links has no field to close. No mark before the links is left
    alone (`Title [paper](u)`): on lists nobody tuned on it was more often a layout than a slip."""
    rows = [f"* [**Nature, 2023**] **Model{i}**: A Model for Medical Task {i}. [paper](https://example.org/{i})"
            for i in range(20)]
    rows[2] = "* [**Nature, 2023**] **Model2**: A Model for Medical Task Two [paper](https://example.org/2)"
    rows[4] = "* [**Nature, 2023**] **Model4** A Model for Medical Task Four. [paper](https://example.org/4)"
    rows[6] = "* [**Nature, 2023**] **Model6**: A Model released on [arXiv](https://arxiv.org/abs/6)"
    rows[8] = "* [**Nature, 2023**] **Model8**: A Model, see our [paper](https://example.org/8)"
    rows[10] = "* [**Hub, 2024**] **Model10** [model](https://example.org/10)"  # a name and its link: no title
    assert _style(_papers(rows)) == [(9, "no punctuation after the bold title")]


def test_the_mark_between_a_plain_title_and_its_italic_authors():
    rows = [f"1. A Study of Language Model Task {i}. _Ann Author et al._ ACL 2023. [[paper](https://example.org/{i})]"
            for i in range(20)]
    rows[1] = "1. A Study of Language Model Task One, _Ann Author et al._ ACL 2023. [[paper](https://example.org/1)]"
    rows[3] = "1. A Study of Language Model Task Three _Ann Author et al._ ACL 2023. [[paper](https://example.org/3)]"
    rows[5] = "1. Can a Language Model Pass Exams? _Joost de Winter_ ACL 2023. [[paper](https://example.org/5)]"
    rows[7] = "1. A Study of Language Model Task Seven. _Ann Author et al._ ACL 2023 [[paper](https://example.org/7)]"
    rows[9] = "1. A Study of *Attention Is All You Need Here* today. ACL 2023. [[paper](https://example.org/9)]"
    assert _style(_papers(rows)) == [
        (6, "a comma between the title and the italic authors"),
        (8, "no punctuation between the title and the italic authors"),
        (12, "no punctuation between the year and the links"),  # "ACL 2023 [[paper](u)]" (session 11)
    ]


def test_ordinal_days_wrong_suffix_and_leading_zero_fixed_by_the_cli(tmp_path):
    from conftest import run_cli

    months = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun."]
    lines = ["# Papers", ""]
    for i in range(14):
        lines += [f"**Diffusion Paper {i}** \\", f"[{i % 9 + 1}{'st' if i % 9 == 0 else 'nd' if i % 9 == 1 else 'rd' if i % 9 == 2 else 'th'} {months[i % 6]}, 2023] [arXiv, 2023]", ""]
    lines[4] = "[23th Mar., 2023] [arXiv, 2023]"
    lines[7] = "[07th Apr., 2023] [arXiv, 2023]"
    lines[10] = "[03th May, 2023] [arXiv, 2023]"
    lines += ["```", "[07th Jan., 2023] in code", "```"]
    path = tmp_path / "README.md"
    path.write_text("\n".join(lines) + "\n")
    out = run_cli("--select", "AL015", "--format", "json", path)
    assert out.returncode == 0, out.stderr
    found = [(d["line"], d["message"].split(";")[0]) for d in json.loads(out.stdout)]
    assert found == [(5, 'day written "23th": the ordinal of 23 is "23rd"'),
                     (8, 'day written "07th" with a leading zero'),
                     (11, 'day written "03th": the ordinal of 3 is "3rd"')]
    assert run_cli("--select", "AL015", "--fix", path).returncode == 0
    after = path.read_text().splitlines()
    assert (after[4], after[7], after[10]) == ("[23rd Mar., 2023] [arXiv, 2023]", "[7th Apr., 2023] [arXiv, 2023]",
                                               "[3rd May, 2023] [arXiv, 2023]")
    assert "[07th Jan., 2023] in code" in after


def test_a_bullet_typed_twice_and_a_thematic_break_is_no_entry():
    text = ("# Tools\n\n* [Alpha](https://example.org/a) - Does a.\n * * [Beta](https://example.org/b) - Does b.\n"
            "* [Gamma](https://example.org/c) - Does c.\n\n- - -\n\n* - a note, not an entry\n")
    found = [f for f in lint_text(text, select=["AL015"])]
    assert [(f.line, f.column, f.message) for f in found] == [
        (4, 2, "bullet written twice: the entry renders as a list inside an empty item")]
    assert fix_text(text, select=["AL015"])[0] == text  # the fix is unsafe: shown, not applied by --fix
    fixed, left = fix_text(text, select=["AL015"], unsafe=True)
    assert " * [Beta](https://example.org/b) - Does b.\n" in fixed and left == []
    html = cmarkgfm.github_flavored_markdown_to_html(fixed)
    first = html.split("<hr />")[0]
    assert first.count("<ul>") == 1 and first.count("<li>") == 3  # Beta joined its list


def test_a_mark_glued_to_the_field_after_the_bold_title():
    rows = [f"* **Set{i}**: Medical Dialogue Data Number {i}. 2023. [repo](https://example.org/{i})" for i in range(12)]
    rows[5] = "* **Set5**:Medical Dialogue Data Number Five. 2023. [repo](https://example.org/5)"
    assert _style(_papers(rows)) == [(10, "no space after the colon that follows the bold title")]
    fixed, left = fix_text(_papers(rows), select=["AL015"])
    assert "* **Set5**: Medical Dialogue Data Number Five." in fixed and left == []


def test_a_section_with_its_own_style_does_not_hide_the_rest_of_the_files_slips(tmp_path):
    """A leaderboard sub-list written in lower case keeps its style, and no longer drags the
    file's vote under the threshold: the two lower-case slips among capitalised items are
    reported, and the sub-list is not."""
    caps = "".join(f"- [Tool{i}](https://example.org/t{i}) - Builds thing {i}.\n" for i in range(10))
    own = "".join(f"- [Board{i}](https://example.org/b{i}) - a benchmark for task {i}.\n" for i in range(5))
    text = ("# L\n\n## Tools\n\n" + caps + "- [Odd](https://example.org/o) - a collection of demos.\n"
            "- [Other](https://example.org/p) - possibly useful materials.\n\n## Leaderboards\n\n" + own)
    path = tmp_path / "README.md"
    path.write_text(text)
    proc = subprocess.run([sys.executable, "-m", "awesome_lint", "--select", "AL015", "--format", "json", str(path)],
                          capture_output=True, text=True)
    found = json.loads(proc.stdout)
    assert [(f["line"], f["message"].split(";")[0]) for f in found] == [
        (15, "description starts with a lower-case letter"), (16, "description starts with a lower-case letter")]
    assert "10 of 12 items outside the sections with a style of their own" in found[0]["message"]



def test_the_revote_without_sections_of_their_own_style_needs_a_firm_majority_session23(tmp_path):
    """Set R's false positives (an RNN list): without its lower-case lecture notes, the rest of
    the file starts 16 of 20 descriptions with a capital, its code section either way: the
    file's vote found no style and the revote must find a firm one (five in six), which four in five is not."""
    caps = "".join(f"- [Tool{i}](https://example.org/t{i}) - Builds thing {i}.\n" for i in range(8))
    own = "".join(f"- [Note{i}](https://example.org/b{i}) - notes on topic {i}.\n" for i in range(5))
    mixed = "".join(f"- [Code{i}](https://example.org/c{i}) - {w} framework for models.\n"
                    for i, w in enumerate(["Modular", "general", "Reusable", "new", "Lightweight", "raw", "Small",
                                           "simple", "Tiny", "Clear", "Good", "Neat"]))
    path = tmp_path / "README.md"
    path.write_text("# L\n\n## Tools\n\n" + caps + "\n## Code\n\n" + mixed + "\n## Lectures\n\n" + own)
    assert run_json("--select", "AL015", str(path))[1] == []

def _paper_list(lines: list[str]) -> str:
    return "# Papers\n\n## Agents\n\n" + "\n".join(lines) + "\n"


def test_a_bold_title_without_the_stop_the_list_puts_inside_the_bold():
    entries = [f"- [2023/0{k % 9 + 1}] **A study of agents number {k}.** *Ann Lee et al. arXiv.* [[paper](https://arxiv.org/abs/2301.0{k:04d})]"
               for k in range(12)]
    entries[5] = "- [2023/06] **A study of agents number five** *Ann Lee et al. arXiv.* [[paper](https://arxiv.org/abs/2301.00055)]"
    found = lint_text(_paper_list(entries), select=["AL015"])
    assert [(f.line, f.message) for f in found] == [
        (10, "no punctuation after the bold title; 11 of 12 paper entries put a full stop there")]


def test_a_quoted_bold_title_without_the_stop_inside_its_quotes():
    # the stop sits inside the quotes (`**"A study."**`): a quoted title without it is the slip,
    # a question is its own end, and a quote the bold does not close runs on past it (no field)
    entries = [f'- [2023/0{k % 9 + 1}] **"A study of agents number {k}."** *Ann Lee et al.* arXiv. [[paper](https://arxiv.org/abs/2301.0{k:04d})]'
               for k in range(12)]
    entries[5] = '- [2023/06] **"A study of agents number five"** *Ann Lee et al.* arXiv. [[paper](https://arxiv.org/abs/2301.00055)]'
    entries[7] = '- [2023/08] **"Do agents plan?"** *Ann Lee et al.* arXiv. [[paper](https://arxiv.org/abs/2301.00077)]'
    entries[9] = '- [2023/01] **"A survey of agents** (Sec. 6)." *Ann Lee et al.* arXiv. [[paper](https://arxiv.org/abs/2301.00099)]'
    found = lint_text(_paper_list(entries), select=["AL015"])
    assert [(f.line, f.message) for f in found] == [
        (10, "no punctuation after the bold title; 9 of 11 paper entries put a full stop there")]


def test_a_bold_name_and_colon_before_the_title_and_a_name_with_only_links():
    entries = [f"1. **Set{k}**: Lee, Ann, et al. **Grounding words in scenes {k}.** Proc. CVPR. 2019. [[Paper]](https://arxiv.org/pdf/1901.0{k:04d}.pdf)"
               for k in range(12)]
    entries[3] = "1. **Set3**: Lee, Ann, et al. **Grounding words in scenes three** Proc. CVPR. 2019. [[Paper]](https://arxiv.org/pdf/1901.00033.pdf)"
    entries.append("1. **Charades**: [[Website]](https://example.org/charades)")
    found = lint_text(_paper_list(entries), select=["AL015"])
    # the name's colon is no title mark: the title after it is read, and a name with only links has no field
    assert [(f.line, f.message.split(";")[0]) for f in found] == [(8, "no punctuation after the bold title")]


def test_no_space_after_et_al_is_reported_and_fixed():
    entries = [f"- **Reasoning with tools {k}.** *Ann Lee et al. arXiv.* [[paper](https://arxiv.org/abs/2302.0{k:04d})]" for k in range(12)]
    entries[2] = "- **Reasoning with tools two.** *Ann Lee et al.arXiv.* [[paper](https://arxiv.org/abs/2302.00022)]"
    text = _paper_list(entries)
    found = lint_text(text, select=["AL015"])
    assert [(f.line, f.message.split(";")[0]) for f in found] == [(7, 'no space after "et al."')]
    fixed, left = fix_text(text, select=["AL015"])
    assert left == [] and fixed == text.replace("et al.arXiv", "et al. arXiv")


def test_a_plain_day_with_a_leading_zero_where_the_file_writes_none():
    blocks = [f"**Diffusion study number {k}** \\\n*Ann Lee* \\\n[[Paper](https://arxiv.org/abs/2206.0{k:04d})] \\\n{k % 9 + 1} Jun 2022\n"
              for k in range(12)]
    blocks[4] = blocks[4].replace("5 Jun 2022", "05 Jun 2022")
    text = "# Diffusion\n\n" + "\n".join(blocks)
    found = lint_text(text, select=["AL015"])
    assert [(f.line, f.message.split(";")[0]) for f in found] == [(26, 'day written "05" with a leading zero')]
    fixed, _ = fix_text(text, select=["AL015"])
    assert fixed == text.replace("05 Jun 2022", "5 Jun 2022")
    zeros = text.replace("\n1 Jun", "\n01 Jun").replace("\n2 Jun", "\n02 Jun")
    assert lint_text(zeros, select=["AL015"]) == []  # three zeros in twelve: no habit to depart from


def test_a_link_glued_to_a_marker_in_another_cell_says_nothing_of_the_title():
    rows = [f"|'1{k % 10}-CVPR|[Text Detector Number {k}](https://arxiv.org/abs/1904.0{k:04d})| - | [`CODE`](https://github.com/o/r{k})|"
            for k in range(12)]
    rows[3] = "|'13-CVPR|[Text Detector Number 3](https://arxiv.org/abs/1904.00003)|0.84 <br> (L)[0.83](https://rrc.example.org/m3)| [`CODE`](https://github.com/o/r3)|"
    text = "# Text\n\n|Conf.|Title|Score|Code|\n|-|-|-|-|\n" + "\n".join(rows) + "\n"
    # a score link glued to its "(L)" marker is that cell's layout, not a missing space after the title
    assert [f for f in lint_text(text, select=["AL015"]) if "no space before the link" in f.message] == []


# ---- session 11: link brackets, a mark after the final link, the website link's place, the year

def _study_rows(n, line="- [CVPR {y}] **Method{i}**: A study of thing {i} ({y}). [[paper]](https://example.org/p{i}) [[code]](https://example.org/c{i})"):
    return [line.format(i=i, y=2010 + i) for i in range(n)]


def test_link_labels_bracketed_another_way_than_the_list():
    """`[[paper](u)]` or a mix of forms among `[[paper]](u)` entries is a slip; a plain link right
    after a word (`along with [code](u)`) is a sentence's link and says nothing of brackets."""
    rows = _study_rows(20)
    rows += ["- [ICCV 2021] **Odd**: Another study (2021). [[paper](https://example.org/o)] [[code](https://example.org/oc)]",
             "- [ICCV 2021] **Mixed**: A third study (2021). [[paper]](https://example.org/m) [code](https://example.org/mc)",
             "- [ICCV 2021] **Prose**: A study released along with [code](https://example.org/s) (2021)."]
    found = [(f.line, f.message) for f in lint_text("# Papers\n\n" + "\n".join(rows) + "\n", select=["AL015"])]
    assert found == [
        (23, "link labels written [[label](url)]; 20 of 22 paper entries write them [[label]](url)"),
        (24, "link labels bracketed two ways in one entry; 20 of 22 paper entries write them [[label]](url)"),
    ]


def test_stray_mark_after_the_final_link():
    rows = _study_rows(20)
    rows += ["- [ICCV 2021] **Dot**: Another study (2021). [[paper]](https://example.org/d).",
             "- [ICCV 2021] **News**: A study (2021), released on [arXiv](https://example.org/n)."]
    found = [(f.line, f.message) for f in lint_text("# Papers\n\n" + "\n".join(rows) + "\n", select=["AL015"])]
    assert found == [(23, 'stray "." after the final link; 20 of 21 paper entries end with the link')]


def test_website_link_before_the_code_link_where_the_list_puts_it_after():
    line = ("- [CVPR {y}] **Method{i}**: A study of thing {i} ({y}). [[paper]](https://example.org/p{i}) "
            "[[code]](https://example.org/c{i}) [[website]](https://example.org/w{i})")
    rows = _study_rows(20, line)
    rows += ["- [ICCV 2021] **Swap**: Another study (2021). [[paper]](https://example.org/s) "
             "[[project page]](https://example.org/sw) [[code]](https://example.org/sc)"]
    found = [(f.line, f.message) for f in lint_text("# Papers\n\n" + "\n".join(rows) + "\n", select=["AL015"])]
    assert found == [(23, "website link placed before the code link; 20 of 21 paper entries put it after it")]


def test_paper_entry_without_the_year_the_list_gives():
    """An entry that links a paper and gives no year where the list's papers give one; a course
    or a tool (no paper link) need not, and a two-digit year after an apostrophe (`ICML '21`) is one."""
    rows = [f"- Title number {i} ({2010 + i}), A. Author et al. [[pdf]](https://arxiv.org/abs/1512.0{i:04d})" for i in range(20)]
    rows += ["- Title without a year, B. Author et al. [[pdf]](https://arxiv.org/abs/1601.00001)",
             "- A course on learning, Some University [[web]](https://example.org/course)",
             "- Title at ICML '21, C. Author et al. [[pdf]](https://arxiv.org/abs/2101.00001)"]
    found = [(f.line, f.message) for f in lint_text("# Papers\n\n" + "\n".join(rows) + "\n", select=["AL015"])]
    assert found == [(23, "entry gives no year; 21 of 22 paper entries give one")]


def test_new_marks_through_the_cli(tmp_path):
    path = tmp_path / "papers.md"
    rows = _study_rows(20) + ["- [ICCV 2021] **Odd**: Another study (2021). [[paper](https://example.org/o)]."]
    path.write_text("# Papers\n\n" + "\n".join(rows) + "\n")
    out = subprocess.run([sys.executable, "-m", "awesome_lint", "--select", "AL015", "--format", "json", str(path)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    items = data if isinstance(data, list) else data.get("findings", data.get("results", []))
    assert sorted((f["line"], f["message"].split(";")[0]) for f in items) == [
        (23, "link labels written [[label](url)]"), (23, 'stray "." after the final link')]


def test_mark_glued_to_a_bracket_is_a_rare_slip(tmp_path):
    """`Parses text.[MIT]`, `Renders pages.([Docs](u))` where the list never glues a mark to a
    bracket; an abbreviation or a version (`v1.2`, `e.g.`) is no mark before a bracket, and the
    first link after a paper's title is the link-space check's. The fix puts the space there."""
    rows = [f"- [Tool{i}](https://example.org/{i}) - Does thing {i}, e.g. parsing v1.{i}. [MIT]" for i in range(40)]
    rows += ["- [Glued](https://example.org/g) - Parses text.[MIT]",
             "- [Docs](https://example.org/d) - Renders pages.([Docs](https://example.org/docs))"]
    text = "# Tools\n\n" + "\n".join(rows) + "\n"
    found = [(f.line, f.message) for f in lint_text(text, select=["AL015"])]
    assert found == [(43, 'no space after "." before the bracket that follows it; 40 of 42 items have no such mark'),
                     (44, 'no space after "." before the bracket that follows it; 40 of 42 items have no such mark')]
    fixed, left = fix_text(text, select=["AL015"])
    assert left == []
    assert "Parses text. [MIT]" in fixed and "Renders pages. ([Docs](https://example.org/docs))" in fixed


def test_mark_after_a_parenthesised_year_and_between_a_year_and_the_links():
    """`Title (2012) G. Author` where the list writes `Title (2012), G. Author`; `Venue 2021
    [[paper](u)]` where it writes `Venue 2021. [[paper](u)]` (a year leads no sentence into a
    link). No mark before a link after a word stays unreported (`released on [arXiv](u)`)."""
    rows = [f"- Title number {i} ({2000 + i}), G. Author et al. Venue {2000 + i}. [[pdf]](https://example.org/{i})"
            for i in range(20)]
    rows += ["- Title without comma (2012) G. Author et al. Venue 2012. [[pdf]](https://example.org/a)",
             "- Title without stop (2013), G. Author et al. Venue 2013 [[pdf]](https://example.org/b)",
             "- Title in a sentence (2014), G. Author et al. released on [arXiv](https://example.org/c)"]
    found = [(f.line, f.message) for f in lint_text("# Papers\n\n" + "\n".join(rows) + "\n", select=["AL015"])]
    assert found == [
        (23, "no punctuation after the year in parentheses; 22 of 23 paper entries put a comma there"),
        (24, "no punctuation between the year and the links; 21 of 23 paper entries put a full stop there"),
    ]


def test_parenthesis_closed_in_the_other_width():
    """`（开源)` and `(see [^1]）` are reported in any list, in the text or a link's label (the
    fix, unsafe, closes it in the opening width); matched pairs and URLs are left alone."""
    text = ("# 列表\n\n"
            "- [分享回放（开源，编号 27)](https://example.org/a) - 点云分割。\n"
            "- [Tool](https://example.org/b) - 工具（开源）。\n"
            "- [Guide](https://example.org/c_(x）) - A guide (see notes）.\n")
    found = [(f.line, f.message, f.fix.safe) for f in lint_text(text, select=["AL015"])]
    assert found == [(3, 'parenthesis opened with "（" and closed with ")"', False),
                     (5, 'parenthesis opened with "(" and closed with "）"', False)]
    fixed, _ = fix_text(text, select=["AL015"], unsafe=True)
    assert "（开源，编号 27）](https://example.org/a)" in fixed and "(see notes)." in fixed


def test_question_mark_followed_by_a_full_stop():
    """`Help?.`: once per file where most question titles carry it (a house habit, naming the
    count); at each line, with a safe fix, where it is a slip. A "?" inside a URL is no title's."""
    habit = [f"- 2020-ICML - Does trick {i} help?. [[Paper]](https://example.org/{i}?x=1)" for i in range(4)]
    habit += ["- 2020-ICML - Does the last one help? [[Paper]](https://example.org/z)"]
    found = [(f.line, f.message) for f in lint_text("# P\n\n" + "\n".join(habit) + "\n", select=["AL015"])]
    assert found == [(3, 'a question mark followed by a full stop ("?."), in 4 of the file\'s 5 titles that end with a '
                         'question; the question mark ends the title')]
    slips = [f"- 2020-ICML - Does trick {i} help? [[Paper]](https://example.org/{i})" for i in range(6)]
    slips[2] = "- 2020-ICML - Does trick 2 help?. [[Paper]](https://example.org/2)"
    text = "# P\n\n" + "\n".join(slips) + "\n"
    found = [(f.line, f.message) for f in lint_text(text, select=["AL015"])]
    assert found == [(5, 'a question mark followed by a full stop ("?."); the question mark ends the title')]
    assert "Does trick 2 help? [[Paper]]" in fix_text(text, select=["AL015"])[0]


def test_italic_run_after_the_bold_title_without_its_full_stop():
    rows = [f"- [2023/0{i % 9 + 1}] **Agent Study {i}.** *Ann Author (Lab) et al. arXiv.* [[paper](https://example.org/{i})]"
            for i in range(20)]
    rows += ["- [2023/10] **Agent Study X.** *Ann Author (Lab) et al. arXiv* [[paper](https://example.org/x)]"]
    found = [(f.line, f.message) for f in lint_text("# P\n\n" + "\n".join(rows) + "\n", select=["AL015"])]
    assert found == [(23, 'the italic run after the bold title does not end with "."; 20 of 21 paper entries end it so')]


def test_ordinal_date_without_its_year():
    lines = ["# Papers", ""]
    for i in range(24):
        lines += [f"**Diffusion Paper {i}** \\", f"[{i % 9 + 4}th Mar., 2023] [arXiv, 2023]", ""]
    lines[6] = "[5th May] [arXiv, 2024]"
    found = [(f.line, f.message) for f in lint_text("\n".join(lines) + "\n", select=["AL015"])]
    assert found == [(7, 'date "5th May" gives no year; 23 of 24 dates in the file give one')]


def test_et_al_typed_at_al_is_misspelt():
    """`Ke L at al,` among entries that write `Chen C et al,`: a misspelt "et al" (and `look at
    all` or `at Al-Azhar` are no "et al")."""
    rows = [f"* [Captioning Paper {i}](https://example.org/{i}) - Chen C et al, `ICCV 2019`." for i in range(12)]
    rows[5] = "* [Captioning Paper 5](https://example.org/5) - Ke L at al, `ICCV 2019`."
    rows[8] = "* [Captioning Paper 8](https://example.org/8) - Chen C et al, `ICCV 2019`, a look at all of it."
    text = "# Papers\n\n" + "\n".join(rows) + "\n"
    assert [(f.line, f.message.split(";")[0]) for f in lint_text(text, select=["AL015"])] == [(8, '"et al" is misspelt')]


def test_an_item_that_heads_sub_items_owes_no_final_full_stop():
    """`- [**Sensor**](u) and [**Software**](u)` with its own list under it heads a group, like
    a heading: its links end it, and the file's full stops are for descriptions."""
    rows = [f"- [Camera{k}](https://example.org/c{k}) - An event camera of the {k}th kind." for k in range(12)]
    rows[4] = ("- [**Metavision Sensor**](https://example.org/s) and [**Software**](https://example.org/w)\n"
               "    - [Specifications](https://example.org/spec)\n    - [Documentation](https://example.org/doc)")
    rows[7] = "- [Camera7](https://example.org/c7) - An event camera of the 7th kind"
    text = "# Devices\n\n" + "\n".join(rows) + "\n"
    found = [(f.line, f.message.split(";")[0]) for f in lint_text(text, select=["AL015"])]
    assert found == [(12, 'description does not end with "."')]


def _lint_file(tmp_path, name: str, text: str, select: str) -> list[dict]:
    """The findings of the rules ``select`` on ``text`` written to a file, through the real CLI."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return run_json("--select", select, path)[1]


def test_et_al_without_its_full_stop_where_the_list_writes_it(tmp_path):
    """`S. Huang et al, ICLR 2017` among entries that write `et al.,`: the full stop is missing
    (fixed safely, and the fixed line then raises nothing). A list that writes `et al,`
    throughout is a style, and one `et al.` among them is not reported."""
    rows = [f"* [Attack {i}](https://arxiv.org/abs/1702.0{i:04d}), N. Author{i} et al., ICLR 2017" for i in range(12)]
    rows[4] = "* [Attack 4](https://arxiv.org/abs/1702.00004), S. Huang et al, ICLR workshop 2017"
    out = _lint_file(tmp_path, "adv.md", "# Papers\n\n" + "\n".join(rows) + "\n", "AL015")
    assert [(f["line"], f["message"]) for f in out] == [(7, '"et al" without its full stop; 11 of 12 items write "et al."')]
    path = tmp_path / "adv.md"
    run_cli("--fix", "--select", "AL015", path)
    assert "S. Huang et al., ICLR workshop 2017" in path.read_text(encoding="utf-8")
    assert run_json(path)[1] == []
    plain = "# Papers\n\n" + "\n".join(r.replace("et al.,", "et al,") for r in rows[:11]) + "\n" + rows[11] + "\n"
    path.write_text(plain, encoding="utf-8")
    assert run_json("--select", "AL015", path)[1] == []


def test_links_run_together_are_one_finding_of_al007(tmp_path):
    """`[[AAAI 2018]](u)[[Arxiv]](v)`: AL007 reports the two links run together, and AL015
    does not report the same missing space again. `[Title](u)[[code](v)]` (the second link
    wrapped in brackets, which AL007 does not read as run together) is still AL015's."""
    rows = [f"- [Method {i} for graphs](https://example.org/{i}) [[code]](https://github.com/o/m{i})" for i in range(12)]
    rows[3] = "- [[AAAI 2018]](https://example.org/3)[[Arxiv]](https://arxiv.org/abs/1711.10146)"
    rows[6] = "- [Method 6 for graphs](https://example.org/6)[[code](https://github.com/o/m6)]"
    out = _lint_file(tmp_path, "run.md", "# Papers\n\n" + "\n".join(rows) + "\n", "AL007,AL015")
    spaces = [(f["line"], f["code"], f["message"].split(";")[0].split(":")[0]) for f in out
              if "run together" in f["message"] or "no space" in f["message"]]
    assert spaces == [(6, "AL007", "links `[AAAI 2018]` and `[Arxiv]` run together"),
                      (9, "AL015", "no space before the link that follows the title")]


def test_a_credit_after_a_link_in_a_list_of_credits_is_no_description(tmp_path):
    """A tutorials list that credits its links (`[Talk](u) on YouTube by Ann`) more often than
    it describes them: `[Tutorial](u) Français par Grafikart` and `Youtube playlist by Axel`
    are credits too. A sentence after the link (`This recipe shows …`) still lacks its
    separator, and so does a capital `By`."""
    rows = [f"- [Tool {i}](https://example.org/t{i}) - A tool for thing {i}." for i in range(20)]
    rows += ["", "## Tutorials", ""]
    rows += [f"- [Talk {i}](https://example.org/v{i}) on YouTube by Speaker {i}" for i in range(4)]
    rows += ["- [VueJS 2 French tutorial](https://example.org/fr) Français par Grafikart",
             "- [Meteor + Vue](https://example.org/mv) Youtube playlist by Axel",
             "- [Debugging](https://example.org/d) This recipe shows how to debug in Chrome."]
    out = _lint_file(tmp_path, "credits.md", "# Tools\n\n" + "\n".join(rows) + "\n", "AL015")
    assert [(f["line"], f["message"].split(";")[0]) for f in out] == [
        (32, 'separator " " between name and description')]


def test_a_talk_credited_by_its_speaker_in_either_case_is_no_description(tmp_path):
    """A section of talks credits each to its speaker, `By Andrew Ng` and `by Yann LeCun`
    (a resource list read blind in session 21: 11 `By` beside 35 `by`): no separator is missing.
    Two capitals among a file's many `by` credits are still slips (the test above)."""
    rows = [f"- [Tool {i}](https://example.org/t{i}) - A tool for thing {i}." for i in range(20)]
    rows += ["", "## Videos", ""]
    rows += [f"- [Talk {i}](https://example.org/v{i}) {'By' if i % 3 else 'by'} Speaker {i}" for i in range(12)]
    rows += ["- [Debugging](https://example.org/d) This recipe shows how to debug in Chrome."]
    out = _lint_file(tmp_path, "talks.md", "# Tools\n\n" + "\n".join(rows) + "\n", "AL015")
    assert [(f["line"], f["message"].split(";")[0]) for f in out] == [
        (38, 'separator " " between name and description')]


def test_an_item_of_joined_links_owes_no_final_full_stop(tmp_path):
    """`[Knowledge Base](u) and [Community Forum](v)` is a line of links, no description: it
    owes none of the full stops the file's descriptions end with."""
    rows = [f"- [Camera{k}](https://example.org/c{k}) - An event camera of kind {k}." for k in range(12)]
    rows[5] = "- [Knowledge Base](https://example.org/kb) and [Community Forum](https://example.org/f)"
    rows[8] = "- [Camera8](https://example.org/c8) - An event camera of kind 8"
    out = _lint_file(tmp_path, "joined.md", "# Devices\n\n" + "\n".join(rows) + "\n", "AL015")
    assert [(f["line"], f["message"].split(";")[0]) for f in out] == [(11, 'description does not end with "."')]


def test_a_section_of_lower_case_notes_keeps_its_way(tmp_path):
    """A section whose few descriptions are short lower-case notes four times in six (`- notes
    from Clay Allsop`), in a file of capitalised sentences, keeps its way; a lower-case start
    in a section of capitals is still a slip."""
    rows = [f"* [Tool {i}](https://example.org/t{i}) - A tool for thing {i}." for i in range(20)]
    rows[7] = "* [Tool 7](https://example.org/t7) - parses the things it is given."
    rows += ["", "### Assorted", ""]
    rows += [f"* [Article {i}](https://example.org/a{i})" for i in range(6)]
    rows += ["* [Production](https://example.org/p) - notes from Clay Allsop",
             "* [SoundCloud](https://example.org/s) - discussing redux and code reuse",
             "* [Hearts](https://example.org/h) - fun image processing",
             "* [Libraries](https://example.org/l) - on the developer experience",
             "* [Flutter](https://example.org/f) - Comparison article to help you choose.",
             "* [Clone](https://example.org/c) - Twitter clone with a headless CMS."]
    out = _lint_file(tmp_path, "notes.md", "# Tools\n\n" + "\n".join(rows) + "\n", "AL015")
    assert [(f["line"], f["message"].split(";")[0]) for f in out if "lower-case" in f["message"]] == [
        (10, "description starts with a lower-case letter")]


def _field_list(*odd: str, section: str = "") -> str:
    body = "".join(f"**Paper {i}**\n\n- intro: A detector.\n- arxiv: <https://arxiv.org/abs/1905.0{i:04d}>\n"
                   f"- github: <https://github.com/o/p{i}>\n\n" for i in range(5))
    return "# Detection\n\n## Two-stage\n\n" + body + "".join(odd) + section


def test_field_items_write_their_colon_one_way():
    """`- arXiv：<url>` (a full-width colon), `- github(Torch):: <url>` and `- arxiv:<url>`
    among fields written `label: value` are slips, each with a safe fix to the file's way."""
    odd = ("**Odd**\n\n- intro：From Fast R-CNN to NAS-FPN\n- github(Torch):: <https://github.com/o/t>\n"
           "- arxiv:https://arxiv.org/abs/1805.07931\n\n")
    text = _field_list(odd)
    found = [(f.line, f.message) for f in lint_text(text, select=["AL015"]) if "field" in f.message]
    assert [line for line, _ in found] == [37, 38, 39]
    assert "full-width colon" in found[0][1] and "doubled colon" in found[1][1] and "no space" in found[2][1]
    fixed, _ = fix_text(text, select=["AL015"])
    assert "- intro: From Fast R-CNN" in fixed and "- github(Torch): <https" in fixed
    assert "- arxiv: https://arxiv.org/abs/1805.07931" in fixed
    assert fix_text(fixed, select=["AL015"])[0] == fixed


def test_field_colons_of_a_section_or_a_title_are_left_alone():
    """A section that writes most of its fields without the space has its own way; a paper's
    title with a colon in it (`Knowledge Flow:Improve …`) is no field: its label does not recur."""
    section = ("## YOLOv3\n\n**YOLOv3**\n\n- arxiv:https://arxiv.org/abs/1804.02767\n"
               "- github:https://github.com/a/b\n- github:https://github.com/c/d\n\n"
               "- Knowledge Flow:Improve Upon Your Teachers. ICLR 2019\n")
    found = [f for f in lint_text(_field_list(section=section), select=["AL015"]) if "field" in f.message]
    assert found == []


def test_question_mark_then_the_titles_emphasis_then_a_full_stop():
    """`**Is Attention All You Need?**.`: the list's "." added after the bold of a title that
    already ends with its question mark; the fix drops the "." and keeps the bold."""
    text = ("# Papers\n\n1. **Does Prompting Help?**. Preprint.\n2. **Prompt Tuning Works.** Preprint.\n"
            "3. **A Third Title.** EMNLP 2021.\n")
    found = [f for f in lint_text(text, select=["AL015"]) if "question" in f.message]
    assert [(f.line, f.message.split(";")[0]) for f in found] == [
        (3, 'a question mark followed by a full stop ("?**.")')]
    fixed = fix_text(text, select=["AL015"])[0]
    assert "**Does Prompting Help?** Preprint." in fixed


def test_a_space_before_a_link_texts_closing_bracket():
    """`[CapsuleGAN: Generative Adversarial Capsule Network ](…)` among link texts that end at
    the bracket: a slip, fixed safely (the page shows the same words, without the underlined
    space); a file that writes many so keeps its way."""
    good = "".join(f"* G{i}GAN - [G{i}GAN: A Generative Network Number {i}](https://arxiv.org/abs/1802.{i:05d})\n"
                   for i in range(12))
    slip = "* CapsuleGAN - [CapsuleGAN: Generative Adversarial Capsule Network ](http://arxiv.org/abs/1802.06167)\n"
    text = "# GANs\n\n" + good + slip
    found = [f for f in lint_text(text, select=["AL015"]) if "closing `]`" in f.message]
    assert [f.line for f in found] == [15]
    fixed = fix_text(text, select=["AL015"])[0]
    assert "Capsule Network](http" in fixed and fix_text(fixed, select=["AL015"])[0] == fixed
    assert cmarkgfm.github_flavored_markdown_to_html(fixed).count("<a ") == 13
    habit = "# GANs\n\n" + good.replace("](https", " ](https") + slip
    assert [f for f in lint_text(habit, select=["AL015"]) if "closing `]`" in f.message] == []


def test_a_closing_quote_glued_to_the_first_link():
    """`… "Conditional Image Generation with PixelCNN Decoders"[[Paper]](…)`: the title's
    closing quote glued to the link, where the file's entries put a space; a quote after a
    space opens the link's text (`: "[MMedPO: …](…)"`) and is no glue."""
    good = "".join(f'* Author {i}. "A Paper Title Number {i}" [[Paper]](https://arxiv.org/abs/1606.{i:05d})\n'
                   for i in range(12))
    glued = '* Oord. "Conditional Image Generation with PixelCNN Decoders"[[Paper]](https://arxiv.org/abs/1606.05328)\n'
    found = [f.line for f in lint_text("# L\n\n" + good + glued, select=["AL015"]) if "no space before the link" in f.message]
    assert found == [15]
    opening = '* Oord. We release a paper: "[Conditional Image Generation](https://arxiv.org/abs/1606.05328)"\n'
    assert [f for f in lint_text("# L\n\n" + good + opening, select=["AL015"]) if "no space before the link" in f.message] == []


def test_news_and_to_do_items_are_about_the_list():
    """Items of a News, To Do or Content section (`* [24/02/29] Update **Version 2.0**!`,
    `* - [ ] Add a list`) are about the list, not entries: no entry-style findings there."""
    papers = "".join(f"* (CVPR 2023) **A Paper Title Number {i}**, Author et al. [[Paper](https://arxiv.org/abs/2301.{i:05d})]\n"
                     for i in range(12))
    text = ("# L\n\n## News\n\n* [24/02/29] Update **Awesome Text to Image** Version 2.0!\n\n"
            "## To Do\n\n* - [ ] Add **Topic Order** list\n* - [x] Create [**Best Collection**](https://github.com/o/r)\n\n"
            "## Papers\n\n" + papers)
    assert [(f.line, f.message) for f in lint_text(text, select=["AL015"]) if f.code == "AL015"] == []
    doubled = text.replace("## Papers\n\n", "## Papers\n\n* - (ICCV 2021) **A Doubled Bullet Paper**, Author et al. [[Paper](https://arxiv.org/abs/2101.00001)]\n")
    assert [f.line for f in lint_text(doubled, select=["AL015"]) if "bullet written twice" in f.message] == [14]


def test_captions_notes_and_a_quoted_template_are_no_entries():
    """`* <span id="t2f"> **Text to Face** </span>` over its papers, `* A pre-trained **10-billion**
    parameter model.` under one, and `> * (Conference/Journal Year) **Title**, …` in a quoted
    template: none is a paper entry departing from the papers' style."""
    papers = "".join(f"    * (CVPR 2023) **A Paper Title Number {i}**, Author et al. [[Paper](https://arxiv.org/abs/2301.{i:05d})]\n"
                     for i in range(12))
    text = ("# L\n\n>Markdown Format:\n> * (Conference/Journal Year) **Title**, First Author et al. [[Paper](URL)]\n\n"
            "## Papers\n\n* <span id=\"t2f\"> **Text to Face**  </span>\n" + papers +
            "        * A pre-trained **10-billion** parameter model.\n")
    assert [(f.line, f.message) for f in lint_text(text, select=["AL015"]) if f.code == "AL015"] == []


def test_a_bold_title_without_the_full_stop_its_list_closes_titles_with(tmp_path):
    """`**[A Study of X.](u)**` with only links after it: where 95% of the titles close with
    their own full stop, one without it is a slip, and the fix adds the stop in the label."""
    items = [f"1. **[A study of thing number {k} in models.](https://arxiv.org/abs/2401.{10000 + k})** "
             f"[[code](https://github.com/a/b{k})]\n\n    *Ann Author, Bob Writer.* ACL'24\n" for k in range(24)]
    items[4] = items[4].replace(" in models.]", " in models]")
    items[6] = items[6].replace(" in models.]", " in models?]")  # a question needs no stop
    text = "# Papers\n\n### 2024\n\n" + "\n".join(items)
    found = [(f.line, f.message) for f in lint_text(text, select=["AL015"])]
    assert found == [(21, 'the bold title does not end with "."; 22 of 23 paper entries end it so')]
    fixed, _ = fix_text(text, select=["AL015"])
    assert fixed == text.replace("number 4 in models]", "number 4 in models.]")
    assert not lint_text(fixed, select=["AL015"])
    plain = text.replace(" in models.]", " in models]")  # a list that never closes them: its way
    assert not lint_text(plain, select=["AL015"])


def test_a_description_of_only_links_or_a_credit_wants_no_full_stop():
    """`- [word2vec](u) - [implementation](u) - [blog](u)` says nothing a full stop closes, nor
    does a credit (`- Oxford`, `- Hugging Face 🤗`, `- by Hal Daumé III`); a title-cased
    description of three words is still a description (`Vibration API Wrappers`)."""
    items = [f"- [Tool {k}](https://example.org/t{k}) - Parses the file format number {k}." for k in range(20)]
    items += ["- [word2vec](https://example.org/w2v) - [implementation](https://example.org/i) - [explainer blog](https://example.org/b)",
              "- [NLP: An Introduction](https://example.org/intro) - Oxford",
              "- [Course](https://example.org/course) - Hugging Face 🤗",
              "- [Blog](https://example.org/blog) - by Hal Daumé III",
              "- [vibrate.js](https://example.org/v) - Vibration API Wrappers"]
    text = "# Tools\n\n" + "\n".join(items) + "\n"
    assert [f.line for f in lint_text(text, select=["AL015"])] == [27]


def test_a_tutorial_under_its_own_heading_need_not_give_a_year():
    """A paper-like tutorial (`Authors, [A Tutorial](….pdf)`) under `## Tutorials / Websites`
    in a list whose papers give their years: the section dates none of its entries (set L)."""
    papers = [f"- A. Author, B. Author, A study of learning number {k}, ICML, 20{10 + k % 12}. [[Paper]](https://arxiv.org/abs/1{k:03d}.0{k:04d})"
              for k in range(24)]
    undated = "- Mance Harmon, [Reinforcement Learning: A Tutorial of the Field](https://example.org/rltutorial.pdf)"
    text = "# RL\n\n## Papers\n\n" + "\n".join(papers) + "\n\n## Tutorials / Websites\n\n" + undated + "\n"
    assert not [f for f in lint_text(text, select=["AL015"]) if "no year" in f.message]
    filed = "# RL\n\n## Papers\n\n" + "\n".join(papers + [undated]) + "\n"
    assert [f.line for f in lint_text(filed, select=["AL015"]) if "no year" in f.message] == [29]


def test_a_bold_title_ending_in_another_mark_is_left_to_its_author():
    """Only a title that ends with a Latin letter or a digit lacks the list's stop: one that
    ends with `:`, `…`, `。`, a code span or an escaped bracket is left alone (a "." after them
    would be a second mark, or would break the escape)."""
    items = [f"1. **[A study of thing number {k} in models.](https://arxiv.org/abs/2401.{10000 + k})** "
             f"[[code](https://github.com/a/b{k})]\n\n    *Ann Author, Bob Writer.* ACL'24\n" for k in range(40)]
    for i, end in zip(range(5, 11), [":", "…", "问题。", "`models.`", "models\\\\", "models"]):
        items[i] = items[i].replace(" in models.]", f" in {end}]")
    text = "# Papers\n\n### 2024\n\n" + "\n".join(items)
    found = [f.line for f in lint_text(text, select=["AL015"])]
    assert found == [45]  # only the title that ends with a word (item 10)
    fixed, _ = fix_text(text, select=["AL015"])
    assert fixed == text.replace("number 10 in models]", "number 10 in models.]")


def test_a_section_about_videos_or_a_page_titled_for_them_still_dates_its_papers():
    """Only the entry's own heading excuses a missing year, and only a heading of tutorials,
    courses, books and the like: `# Awesome Video Diffusion` or `## Video Generation` holds papers."""
    papers = [f"- A. Author, B. Author, A study of learning number {k}, ICML, 20{10 + k % 12}. [[Paper]](https://arxiv.org/abs/1{k:03d}.0{k:04d})"
              for k in range(24)]
    undated = "- C. Author, [A study of the field of video generation](https://example.org/study.pdf)"
    text = "# Awesome Video Diffusion\n\n## Video Generation\n\n" + "\n".join(papers + [undated]) + "\n"
    assert [f.line for f in lint_text(text, select=["AL015"]) if "no year" in f.message] == [29]


def test_et_dot_al_and_et_el_are_misspellings_of_et_al():
    """"et" is a whole word: `et. al.` puts a stop after it, and `et el.` is a typo; where the
    list writes `et al.` they are slips (set L's reinforcement-learning list)."""
    rows = [f"- A. Author{i}, et al., Paper Title Number {i}, Nature, 2015. [[Paper]](https://example.org/{i})"
            for i in range(12)]
    rows[3] = "- V. Mnih, et. al., Paper Title Number 3, Nature, 2015. [[Paper]](https://example.org/3)"
    rows[6] = "- B. Author, et el., Paper Title Number 6, Nature, 2015. [[Paper]](https://example.org/6)"
    assert _style(_papers(rows)) == [(8, '"et al" is misspelt'), (11, '"et al" is misspelt')]


def test_a_leading_tag_glued_to_the_title_where_the_table_spaces_it():
    """`[inferflow]Title` among `[vLLM] Title` rows; a venue tag's gap is AL005's, not this."""
    rows = ["|Date|Title|Paper|", "|:---:|:---:|:---:|"]
    rows += [f"|2024.0{k % 9 + 1}|[Tag{k}] Fast Serving Engine Number {k}(@Lab)|[[pdf]](https://arxiv.org/abs/{k})|"
             for k in range(24)]
    rows[4] = "|2024.01|[inferflow]INFERFLOW: AN EFFICIENT INFERENCE ENGINE(@Tencent)|[[pdf]](https://arxiv.org/abs/2)|"
    rows[7] = "|2024.02|🔥[**MLC-LLM**]Universal LLM Deployment Engine(@mlc-ai)|[[pdf]](https://arxiv.org/abs/5)|"
    rows[9] = "|2024.03|[**MICCAI 2023**]Localized Questions in Medical VQA|[[pdf]](https://arxiv.org/abs/7)|"
    text = "# Inference\n\n" + "\n".join(rows) + "\n"
    got = [(f.line, f.message.split(";")[0]) for f in lint_text(text, select=["AL015"]) if "leading tag" in f.message]
    assert got == [(7, "no space after the leading tag"), (10, "no space after the leading tag")]
    fixed, _ = fix_text(text, select=["AL015"])
    assert "|[inferflow] INFERFLOW" in fixed and "🔥[**MLC-LLM**] Universal" in fixed
    assert fix_text(fixed, select=["AL015"])[0] == fixed


def test_a_list_that_bolds_keywords_inside_its_titles_has_no_bold_title_to_punctuate():
    """`- (arXiv 2023.02) Large-scale **Multi-Modal Models**: A Survey, [[Paper]](…)`: the bold
    stresses words of the title, so the colon after it is the title's own, not a mark after a
    bold title that most entries leave out."""
    words = ["Vision", "Video", "Graph", "Audio", "Point Cloud", "Medical", "3D", "Remote Sensing", "Robot", "Text"]
    rows = [f"- (arXiv 2022.{i % 9 + 1:02d}) Efficient **{w}** Transformers {i} for Tasks, [[Paper]](https://arxiv.org/abs/2201.{i:05d})"
            for i, w in enumerate(words * 3)]
    rows += [f"- (arXiv 2023.{i + 1:02d}) **{w} Models**: A Survey, [[Paper]](https://arxiv.org/abs/2301.{i:05d})"
             for i, w in enumerate(words[:3])]
    text = "# Transformers\n\n" + "\n".join(rows) + "\n"
    assert [f.message for f in lint_text(text, select=["AL015"]) if "bold title" in f.message] == []
    titled = "# Transformers\n\n" + "\n".join(
        [f"- (arXiv 2022.{i % 9 + 1:02d}) **Efficient {w} Transformers {i}** for Tasks, [[Paper]](https://arxiv.org/abs/2201.{i:05d})"
         for i, w in enumerate(words * 3)] + rows[30:]) + "\n"
    assert [f.line for f in lint_text(titled, select=["AL015"]) if "colon after the bold title" in f.message] == [33, 34, 35]


def test_a_note_or_a_second_link_after_the_name_needs_no_separator():
    # set O (session 20): data sets written '[Name](u) Note: …' and '[Name](u): [annotations](v)'
    items = "\n".join(f"* [Set{i}](https://data.example.org/s{i}) - Action data set number {i}." for i in range(12))
    text = f"""# Datasets

{items}
* [ActivityNet](https://activity-net.org/) Note: they provide a download script.
* [HOLLYWOOD2](https://www.di.ens.fr/hollywood2/): [Spatio-Temporal annotations](https://example.org/ann)
* [DALY](https://thoth.example.org/daly/) Daily Action Localization in videos.
"""
    found = [(f.line, f.message.split(";")[0]) for f in lint_text(text, select=["AL015"])]
    assert found == [(17, 'separator " " between name and description')]


def test_a_question_inside_a_title_is_not_a_title_that_ends_with_one():
    """Titles that ask in the middle (`How Does BERT Answer Questions? A Layer-Wise Analysis`) do
    not count among those that end with a question: four of five that end so carrying the
    list's "." is the file's habit, one finding."""
    inner = "".join(f"{i}. **How Does Model {i} Answer? A Study Number {i}**. *A. Author*. ACL 2019.\n" for i in range(1, 9))
    ends = "".join(f"{i}. **Is Model {i} Robust?**. *A. Author*. ACL 2019.\n" for i in range(9, 13))
    text = "# Papers\n\n" + inner + ends + "13. **Is Model 13 Fair?** *A. Author*. ACL 2019.\n"
    found = [f for f in lint_text(text, select=["AL015"]) if "question" in f.message]
    assert [(f.line, f.message) for f in found] == [
        (11, 'a question mark followed by a full stop ("?."), in 4 of the file\'s 5 titles that end with a question; '
             'the question mark ends the title')]


def test_mixed_separators_badges_and_colons_are_no_slips_session25():
    """Set T's embedded-Rust list: a dash before badges only separates no description, a section
    that mostly writes no separator is no slip from the file's dash. A lone slip in a section
    that keeps the dash is still told."""
    badges = "".join(f"- [`chip{i}`](https://crates.io/crates/chip{i}) - [![crates.io](https://img.shields.io/crates/v/chip{i}.svg)](https://crates.io/crates/chip{i})\n"
                     for i in range(6))
    dashed = "".join(f"- [Tool{i}](https://example.org/t{i}) - Does thing number {i}.\n" for i in range(12))
    books = ("- [Book A](https://example.org/a) - An introductory book.\n"
             "- [Book B](https://example.org/b) A guide to the chips.\n"
             "- [Book C](https://example.org/c) A blog series on drivers.\n"
             "- [Book D](https://example.org/d) Training for beginners.\n"
             "- [Book E](https://example.org/e) - A hands-on course.\n"
             "- [Book F](https://example.org/f) A set of tutorials.\n")
    tools = ("- [probe-rs](https://example.org/p): A modern, embedded debugging toolkit.\n"
             "- [Tool X](https://example.org/x) Writes things fast.\n")
    text = ("# Embedded\n\n## PACs\n\n" + badges + "\n## Tools\n\n" + dashed + tools
            + "\n## Books\n\n" + books)
    found = [(f.line, f.message.split(";")[0]) for f in lint_text(text, select=["AL015"])]
    assert found == [(26, 'separator ":" between name and description'),
                     (27, 'separator " " between name and description')]


def test_two_long_lists_are_not_the_style_of_a_file_whose_sections_differ_session25():
    """Set T's embedded-Rust list: two long driver lists write `-` and make most of the items,
    while most sections write no separator or `:`; the dash is those lists' style, not the
    file's, so the other sections' items are no slips. One long list among sections that agree
    with it still tells a slip."""
    def sec(name, sep, n):
        return f"## {name}\n\n" + "".join(f"- [{name}{i}](https://a.org/{name}{i}){sep}Does thing {i}.\n"
                                          for i in range(n)) + "\n"
    text = ("# Crates\n\n" + sec("Drivers", " - ", 40) + sec("Wip", " - ", 40) + sec("Rtos", " ", 5)
            + sec("Runtime", " ", 5) + sec("Tools", ": ", 5) + sec("Books", " ", 4))
    assert [f for f in lint_text(text, select=["AL015"]) if "separator" in f.message] == []
    text = ("# Crates\n\n" + sec("Drivers", " - ", 40) + sec("Rtos", " - ", 5) + sec("Runtime", " - ", 5)
            + sec("Tools", " - ", 5) + "## Books\n\n- [Book](https://a.org/b) A guide to it.\n")
    assert [f.line for f in lint_text(text, select=["AL015"]) if "separator" in f.message] == [text.count("\n") - 0]


def test_a_bullet_without_its_space_between_items_session25():
    """Set S's PyTorch list: `-[DiracNets](u)` among items starts no item; GitHub runs it on as
    text of the item above. Told between item lines, with an unsafe fix that adds the space;
    `*[Title](u)*` (emphasis), a task box `-[ ]` and a paragraph's `-[x]` are left alone."""
    text = ("# Models\n\n- [Wide ResNet](https://github.com/a/b)\n\t-[DiracNets](https://github.com/a/c)\n"
            "- [CRNN](https://github.com/a/d)\n\n*[Emphasised](https://a.org/e)*\n\nSome text\n-[x] done\n")
    found = [(f.line, f.column, f.fix.safe) for f in lint_text(text, select=["AL015"])]
    assert found == [(4, 2, False)]
    fixed, _ = fix_text(text, select=["AL015"], unsafe=True)
    assert "\t- [DiracNets]" in fixed
    html = cmarkgfm.github_flavored_markdown_to_html(fixed)
    assert html.count("<li>") == 3 and "-[DiracNets" not in html


def test_a_credit_with_its_platform_and_a_title_wrapped_in_its_link_session26():
    """Set U's wrong findings: `- Syntax (YouTube)` credits a channel (like `- Edistys`), it is no
    sentence missing its full stop; a title wrapped inside its link gives its date on the link's
    last line, so the entry gives a year. A description of several words still wants its stop."""
    items = "".join(f"- [Guide {i}](https://a.org/{i}) - A guide to part {i}.\n" for i in range(20))
    text = ("# Svelte\n\n## Tutorials\n\n" + items + "- [Course](https://youtube.com/watch?v=1) - Syntax (YouTube)\n"
            "- [Talk](https://a.org/t) - A talk about stores\n")
    assert [f.line for f in lint_text(text, select=["AL015"])] == [26]
    papers = "".join(f"- **[Paper number {i} on models](https://doi.org/10.1/{i})**<br/>Lee A et al. · *Nature* · 2026-0{i % 9 + 1}-01\n"
                     for i in range(20))
    text = ("# Papers\n\n" + papers + "- **[Deep learning enabled discovery of antibiotics effective against\n"
            "    <i>Neisseria gonorrhoeae</i>](https://doi.org/10.1/x)**<br/>Anahtar M et al. · *Science* · 2026-06-17\n")
    assert [f for f in lint_text(text, select=["AL015"]) if "year" in f.message] == []
    assert [f.line for f in lint_text(text.replace("2026-06-17", "June"), select=["AL015"]) if "year" in f.message] == [23]


def test_a_bold_title_that_asks_and_ends_the_item_does_not_crash_session27():
    """Set V: `1. **How Robust Are Graph Neural Networks to Structural Noise?**` ending its line,
    the authors on the next, crashed AL015 (an index past the text's end), so the rule said
    nothing else on the list. Its other findings must still come."""
    items = "".join(f"1. **Graph paper number {i} on attacks.**\n*A. Author.* KDD 2020. [[paper]](https://a.org/{i})\n"
                    for i in range(24))
    text = ("# Attacks\n\n" + items + "1. **Graph paper on defense**\n*A. Author.* KDD 2021. [[paper]](https://a.org/x)\n"
            "1. **How Robust Are Graph Neural Networks to Structural Noise?**\n*B. Author.* KDD 2020. [[paper]](https://a.org/y)\n")
    found = lint_text(text, select=["AL015"])
    assert [(f.line, f.message.split(";")[0]) for f in found] == [(51, 'the bold title does not end with "."')]


def test_the_semicolon_of_an_html_entity_is_no_punctuation_session27():
    """Set V: `Node&nbsp;Regression&nbsp;(MAE` closes a character reference with `;`; it is no mark
    glued to the bracket after it. A real `;(` still is."""
    rows = "".join(f"| M{i} | Node | Node Classification (Acc) | Cora |\n" for i in range(24))
    text = ("# T\n\n| Methods | Task | Metric | Dataset |\n| --- | --- | --- | --- |\n" + rows
            + "| STDGI | Node | Node&nbsp;Regression&nbsp;(MAE,&nbsp;RMSE) | METR-LA |\n")
    assert [f for f in lint_text(text, select=["AL015"]) if "no space after" in f.message] == []
    assert [f.line for f in lint_text(text.replace("&nbsp;(MAE", ";(MAE"), select=["AL015"])
            if "no space after" in f.message] == [29]


def test_an_empty_item_left_at_a_lists_end_session27():
    """Set U's awesome-svelte left a lone `-` after its State Libraries: GitHub shows an empty
    bullet. The safe fix deletes the line, and GitHub then shows the same list less the bullet.
    A file that spaces its groups with empty items (three or more) keeps them."""
    items = "".join(f"- [Store {i}](https://a.org/{i}) - A store number {i}.\n" for i in range(5))
    text = "# S\n\n## State\n\n" + items + "-\n\n## UI\n\n" + items
    found = lint_text(text, select=["AL015"])
    assert [(f.line, f.message.split(":")[0]) for f in found] == [(10, "an empty list item")]
    fixed, left = fix_text(text, select=["AL015"])
    assert left == [] and fixed == text.replace("-\n\n## UI", "\n## UI")
    assert render(fixed) == render(text).replace("<li></li>\n", "")
    grouped = "# S\n\n" + (items + "-\n") * 3 + items
    assert lint_text(grouped, select=["AL015"]) == []


def test_a_code_span_that_ends_the_sentence_keeps_its_place_session27():
    """`Internationalization solution for `Javascript/Vue``: the code span is the sentence's end,
    not a licence tail, and the final-period fix wrote `for. `Javascript/Vue`` (awesome-svelte,
    awesome-zsh-plugins). It is still told, with no fix; a tail after a finished phrase
    (`A fast parser `MIT``) still takes its full stop before the tail."""
    items = "".join(f"- [Tool {i}](https://a.org/{i}) - A tool number {i}.\n" for i in range(10))
    text = ("# T\n\n" + items + "- [V](https://v.org) - Internationalization solution for `Javascript/Vue`\n"
            "- [W](https://w.org) - A fast parser `MIT`\n")
    found = lint_text(text, select=["AL015"])
    assert [(f.line, f.fix is not None) for f in found] == [(13, False), (14, True)]
    fixed, _ = fix_text(text, select=["AL015"])
    assert "solution for `Javascript/Vue`\n" in fixed and "A fast parser. `MIT`\n" in fixed


def test_a_status_emoji_before_the_name_link_session28():
    # jslee02's list (set V): `* 🟢 [Pangolin](…) - lightweight and portable …` among capitalised
    # descriptions; the emoji is the list's status mark, not part of the entry's text
    names = ["bgfx", "Falcor", "Filament", "Magnum", "OGRE3D", "OSPRay", "Polyscope", "RAMSES", "Taichi", "Vulkan",
             "Diligent", "Irrlicht", "Forge", "Easy3D"]
    rows = [f"* 🟢 [{n}](https://{n.lower()}.org/) - Rendering engine for games and {n} scenes." for n in names]
    rows.append("* 🔴 [Pangolin](https://pangolin.org/) - lightweight and portable utility libraries for prototyping 3D.")
    text = "# Graphics\n\n" + "\n".join(rows) + "\n"
    found = [(f.line, f.message) for f in lint_text(text, select=["AL015"])]
    assert found == [(17, "description starts with a lower-case letter; 14 of 15 items start with a capital")]
    fixed, _ = fix_text(text, select=["AL015"])
    assert "* 🔴 [Pangolin](https://pangolin.org/) - Lightweight and portable" in fixed


def test_no_space_after_a_titles_colon_session29():
    # thunlp's `CapsE:A Capsule Network-based …` among titles that write `Name: Title`; notation
    # (`N:M Sparsity`) and emoji codes are no name's colon, and a space before the colon (papers'
    # own titles write `PLLaVA : …`) is not read
    names = "VkD LinkBERT GraphSAGE SimCLR MoCo BYOL SwAV DINO BEiT MAE CLIP".split()
    good = "".join(f"- [{n}: A Method for Learning Things Well](https://arxiv.org/abs/2101.000{i:02d})\n"
                   for i, n in enumerate(names))
    text = ("# Papers\n\n" + good + "- [CapsE:A Capsule Network for Knowledge Graphs](https://arxiv.org/abs/2102.00001)\n"
            "- [Unbiased N:M Sparsity for Training](https://arxiv.org/abs/2102.00002)\n"
            "- [PLLaVA : Parameter-free LLaVA Extension](https://arxiv.org/abs/2102.00003)\n"
            "- [NASDAQ:DATA](https://data.nasdaq.com/) - financial data sets.\n")
    found = [f for f in lint_text(text, select=["AL015"]) if "colon" in f.message]
    assert [(f.line, f.column) for f in found] == [(14, 9)]
    fixed, _ = fix_text(text, select=["AL015"])
    assert "[CapsE: A Capsule" in fixed and "N:M" in fixed and "PLLaVA : " in fixed
    # a file whose titles seldom write the colon so has no way to depart from
    few = "# Papers\n\n" + good.splitlines(keepends=True)[0] + "- [CapsE:A Capsule Network](https://arxiv.org/abs/2102.00001)\n"
    assert [f for f in lint_text(few, select=["AL015"]) if "colon" in f.message] == []


def test_a_title_line_over_its_links_ends_as_the_lists_others_do_session31():
    # a graph causal-learning list (set Y): `- Title.` then `  [[pdf]](…)` under it, 104 of 108
    # titles closed with a full stop
    entry = "- A Study of Graph Attention Number {0}{1}\n  [[pdf]](https://arxiv.org/abs/2001.{0:05d})\n"
    text = "# Papers\n\n" + "".join(entry.format(i, "." if i != 7 else "") for i in range(12))
    found = lint_text(text, select=["AL015"])
    assert [(f.line, f.message) for f in found] == [
        (17, 'the title line does not end with "."; 11 of 12 paper entries end it so')]
    fixed, left = fix_text(text, select=["AL015"])
    assert left == [] and "Number 7.\n  [[pdf]]" in fixed
    assert render(fixed).count("<li>") == render(text).count("<li>") == 12
    # a title that runs on to the next line is not closed there
    assert lint_text(text.replace("Number 7\n  [[pdf]]", "Number 7\n  and more [[pdf]]"), select=["AL015"]) == []


def test_a_colon_before_a_second_link_is_no_separator_session31():
    # an Ansible tool list (set Z): `[Phansible](u) : [Github](v) - Simple generator …`
    items = "".join(f"- [Tool{i}](https://t{i}.org) - Does thing number {i}.\n" for i in range(12))
    text = ("# Tools\n\n" + items + "- [Phansible](https://phansible.com/) : [Github](https://github.com/phansible/phansible)"
            " - Simple generator for Vagrant projects.\n")
    assert lint_text(text, select=["AL015"]) == []
    assert [f.line for f in lint_text(text.replace(") - Simple", ") : Simple"), select=["AL015"])] == [15]


def test_a_pipe_layout_is_not_asked_of_dash_items_session31():
    # a speech-emotion list (set Z): tools written `[Name](u) | badge | text`, two training
    # libraries in their own section `[Name](u) - text`
    rows = "".join(f"* [Tool{i}](https://t{i}.org) | [![s](https://img.shields.io/x{i}.svg)](https://t{i}.org) | Does thing {i}\n"
                   for i in range(12))
    text = ("# A\n\n## Tools\n" + rows + "\n## Training\n* [Aug](https://a.org) - Augments audio\n"
            "* [Aug2](https://b.org) - Augments audio too\n")
    assert [f for f in lint_text(text, select=["AL015"]) if "separator" in f.message] == []


def test_a_title_written_wholly_in_capitals_session31():
    # a deep-RL list: `* [SUPERVISED POLICY UPDATE FOR DEEP REINFORCEMENT LEARNING](SPU.md) 24 Dec 2018`
    # among titles in title case; a run of acronyms is no title in capitals
    items = "".join(f"* [Learning to Act in Worlds Number {i}](https://arxiv.org/abs/1801.{i:05d}) 2 Mar 2018\n"
                    for i in range(12))
    text = ("# Papers\n\n" + items + "* [SUPERVISED POLICY UPDATE FOR DEEP REINFORCEMENT LEARNING](https://arxiv.org/abs/1805.11706)"
            " 24 Dec 2018\n")
    found = [f for f in lint_text(text, select=["AL015"]) if "capitals" in f.message]
    assert [(f.line, f.message, f.fix) for f in found] == [
        (15, "title written wholly in capitals; 12 of 13 items are not", None)]
    acronyms = text.replace("SUPERVISED POLICY UPDATE FOR DEEP REINFORCEMENT LEARNING", "SBL / XBL / PBL / DBL / DROP / ROKSO")
    assert [f for f in lint_text(acronyms, select=["AL015"]) if "capitals" in f.message] == []


def test_a_slip_in_a_list_written_with_bars_is_still_told_session31():
    # the bars' own section still votes: `[Slip](u): text` among `[Name](u) | text` items
    items = "".join(f"- [Tool{i}](https://t{i}.org) | Does thing number {i}.\n" for i in range(12))
    text = "# Tools\n\n" + items + "- [Slip](https://s.org): Does other things.\n"
    assert [f.line for f in lint_text(text, select=["AL015"]) if "separator" in f.message] == [15]


def test_a_full_stop_after_the_bold_title_where_the_list_closes_it_inside_session32(tmp_path):
    """Set Z/AA tuning miss (a prompt-learning list): `**Title**. ACL 2021.` among titles written
    `**Title.** ACL 2021.`: the stop sits after the bold; the fix moves it inside, and the page
    shows the same words. A question mark ends its title itself (`**Why?**.` is another slip)."""
    items = [f"{k}. **A Study of Prompt Tuning Number {k}.** ACL 2021. *Ann Lee, Bo Chen.* [[pdf](https://arxiv.org/abs/2101.0{k:04d})]"
             for k in range(1, 13)]
    items[4] = items[4].replace("Number 5.** ACL", "Number 5**. ACL")
    items[7] = items[7].replace("Number 8.** ACL", "Number 8?**. ACL")
    text = "# Prompts\n\n## Papers\n\n" + "\n".join(items) + "\n"
    path = tmp_path / "README.md"
    path.write_text(text, encoding="utf-8")
    code, found = run_json("--select", "AL015", str(path))
    msgs = [(f["line"], f["message"]) for f in found]
    assert (9, "the full stop after the bold title, not inside it; 10 of 11 paper entries close the title inside the bold") in msgs
    assert not any(line == 12 and "full stop after the bold" in m for line, m in msgs)
    proc = run_cli("--fix", "--select", "AL015", str(path))
    assert proc.returncode in (0, 1), proc.stderr.decode()
    fixed = path.read_text(encoding="utf-8")
    assert "**A Study of Prompt Tuning Number 5.** ACL 2021." in fixed
    assert "<strong>A Study of Prompt Tuning Number 5.</strong> ACL 2021." in render(fixed)


def test_a_day_without_its_zero_is_no_month_date_session33():
    """Set AB's wrong findings (a Rust list's blogs): `2019/12/1` is a day's date with its day
    unpadded, not `YYYY/MM` among `YYYY/MM/DD` dates; the month date `2019/12` still is."""
    items = [f"- [Post number {k} on Rust](https://blog{k}.example.org/post), Some blog, 2020/0{k % 9 + 1}/{k + 10}"
             for k in range(12)]
    text = "# Blogs\n\n" + "\n".join(items + ["- [Late post](https://late.example.org/p), Late blog, 2019/12/1"]) + "\n"
    assert [f for f in lint_text(text, select=["AL015"]) if "date written" in f.message] == []
    month = text.replace("2019/12/1", "2019/12")
    assert [(f.line, f.message.split(";")[0]) for f in lint_text(month, select=["AL015"]) if "date" in f.message] == [
        (15, "date written YYYY/MM")]


def test_a_description_opening_with_a_variable_keeps_its_case_session33():
    """Set AB's wrong finding: `k-dimensional tree in Rust.` opens with the variable k, which is
    written in lower case (k-means, n-gram, p-value), though another item writes `K-dimensional`;
    `fast tree in Rust.` lacks its capital."""
    items = [f"- [crate{k}](https://github.com/o/crate{k}) - Crate number {k} for learning." for k in range(11)]
    items.append("- [kdtree](https://github.com/m/kdtree) - K-dimensional tree for fast search.")
    text = "# Rust\n\n" + "\n".join(items + ["- [kd-tree](https://github.com/u/kd-tree) - k-dimensional tree in Rust."]) + "\n"
    assert lint_text(text, select=["AL015"]) == []
    slip = text.replace("k-dimensional tree", "fast tree")
    assert [(f.line, f.message.split(";")[0]) for f in lint_text(slip, select=["AL015"])] == [
        (15, "description starts with a lower-case letter")]


def test_et_al_closed_by_a_comma_before_the_links_is_one_slip_session33():
    """Set AB's wrong finding (a point cloud list): `Y. Li et al, [[pdf]]` where entries write
    `et al. [[pdf]]` is one slip, the stop written as a comma: one finding, not a second one
    for the comma before the links."""
    names = ["Qi", "Wang", "Chen", "Zhou", "Shi", "Lang", "Yang", "Liu", "Xu", "Hu", "Wu"]
    items = [f"- **Paper Number {k}: Point Clouds** (CVPR 2019) {n[0]}. {n} et al. "
             f"[[pdf]](https://arxiv.org/pdf/1901.0{k:03d}.pdf)" for k, n in enumerate(names)]
    items.append("- **PointCNN: Convolution On X-Transformed Points** (NeurIPS 2018) Y. Li et al, "
                 "[[pdf]](https://arxiv.org/pdf/1801.07791.pdf)")
    text = "# Point clouds\n\n" + "\n".join(items) + "\n"
    assert [(f.line, f.message.split(";")[0]) for f in lint_text(text, select=["AL015"])] == [
        (14, '"et al" without its full stop')]
    fixed = fix_text(text, select=["AL015"])[0]
    assert "Y. Li et al. [[pdf]]" in fixed and lint_text(fixed, select=["AL015"]) == []


def test_et_all_and_eet_al_are_et_al_misspelt_session33():
    """Set AA's misses (a graphics list): `Jensen et all.` and `Zhao eet al.` beside entries
    that write `et al.`."""
    names = ["Smith", "Jones", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Roberts", "Walker"]
    items = [f"- [A Paper Title Number {k}](https://graphics.stanford.edu/p{k}.pdf). {n} et al. SIGGRAPH 20{10 + k}."
             for k, n in enumerate(names)]
    items += ["- [A Practical Model](https://graphics.stanford.edu/x.pdf). Jensen et all. SIGGRAPH 2001.",
              "- [Structure-aware Synthesis](https://graphics.stanford.edu/y.pdf). Zhao eet al. SIGGRAPH 2015."]
    text = "# Graphics\n\n" + "\n".join(items) + "\n"
    assert [(f.line, f.message.split(";")[0]) for f in lint_text(text, select=["AL015"])] == [
        (13, '"et al" is misspelt'), (14, '"et al" is misspelt')]


def test_a_leading_tag_in_a_code_span_glued_to_the_title_session33():
    """Set AA's misses (a video retrieval list): `` `[Ge et al. CVPR22]`Bridging … `` where the
    entries write `` `[Li et al. CVPR22]` Align … ``: the tag in a code span lacks the space
    before the title as a bracketed one does; the fix puts it back."""
    names = ["Li", "Dong", "Wang", "Chen", "Liu", "Zhao", "Xu", "Hu", "Wu", "Yang", "Sun"]
    items = [f"- `[{n} et al. CVPR22]` Paper Number {k} on Video Retrieval. CVPR, 2022. "
             f"[[paper]](https://arxiv.org/abs/2201.0{k:04d})" for k, n in enumerate(names)]
    items.append("- `[Ge et al. CVPR22]`Bridging Video-text Retrieval with Multiple Choice Questions. CVPR, 2022. "
                 "[[paper]](https://arxiv.org/abs/2201.04850)")
    text = "# Retrieval\n\n" + "\n".join(items) + "\n"
    assert [(f.line, f.message.split(";")[0]) for f in lint_text(text, select=["AL015"])] == [
        (14, "no space after the leading tag")]
    assert "`[Ge et al. CVPR22]` Bridging" in fix_text(text, select=["AL015"])[0]


def test_the_last_stop_of_a_description_of_sentences_is_kept_session34():
    """Set AC's wrong findings (a graph database list): where items end without a stop, a
    description of two sentences (`written in Go. Supports JSON & RDF.`) keeps its last one,
    which no maintainer would strip; a one-sentence description's stop, or one after `e.g.`,
    is still the slip."""
    items = [f"- [Store{k}](https://store{k}.example.org/) - Graph database number {k} with OLTP support"
             for k in range(12)]
    items.append("- [Atomic](https://atomic.example.org/) - Graph database server, written in Rust. "
                 "Supports JSON & RDF.")
    text = "# Graph databases\n\n" + "\n".join(items) + "\n"
    assert lint_text(text, select=["AL015"]) == []
    for one in ("Graph database server, written in Rust and supporting RDF.",
                "Graph database server, e.g. Atomic.", "Graph database server by Acme Inc. Berlin.",
                "Graph database server. Fast!"):
        slip = text.replace("Graph database server, written in Rust. Supports JSON & RDF.", one)
        assert [(f.line, f.message.split(";")[0]) for f in lint_text(slip, select=["AL015"])] == [
            (15, f'description ends with "{one[-1]}"')], one


def test_a_bullet_list_beside_numbered_papers_keeps_its_own_title_form_session34():
    """Set AC's wrong findings (a graph prompt list): every paper is numbered with
    `**Title**.`; the two bulleted `* **ProG: A Library** [[Code](u)]` under Other Resources
    are another kind of list, not slips. The same entry numbered among the papers is one."""
    items = [f"{k + 1}. **Graph Prompt Paper Number {k}**.\n   In **KDD'2023**, [[Paper](https://arxiv.org/abs/2301.{k:05d})]."
             for k in range(11)]
    other = "* **ProG: A Unified Library for Graph Prompting** [[Code](https://github.com/sheldonresearch/ProG)]"
    text = "# Papers\n\n" + "\n".join(items) + "\n\n## Other Resources\n\n" + other + "\n"
    assert lint_text(text, select=["AL015"]) == []
    numbered = "# Papers\n\n" + "\n".join(items + ["12. " + other[2:]]) + "\n"
    assert [(f.line, f.message.split(";")[0]) for f in lint_text(numbered, select=["AL015"])] == [
        (25, "no punctuation after the bold title")]


def test_emphasis_a_space_keeps_open_is_closed_by_the_fix_session34():
    """Set AB's misses (a time series list): `by *Chung, H., & Choi, E. *` shows both asterisks
    on GitHub, the closing one after a space; the fix drops the space and cmark-gfm renders the
    italics. Closed emphasis, a spaced `a * b * c` and a code span are left alone."""
    items = [f"- [**Paper number {k}**](https://arxiv.org/abs/2301.{k:05d}), (2024), by *Lee, A., & Kim, B.*"
             for k in range(10)]
    items.append("- [**Time is Not Enough**](https://arxiv.org/pdf/2408.03636), (2024), by *Chung, H., & Choi, E. * "
                 "[code](https://github.com/gustmd0121/t)")
    items.append("- [**Products**](https://arxiv.org/abs/2301.99999), (2023), by *Ng, A.*, where a * b * c and `*x *`")
    text = "# Papers\n\n" + "\n".join(items) + "\n"
    found = [f for f in lint_text(text, select=["AL015"]) if "asterisk" in f.message]
    assert [(f.line, f.column) for f in found] == [(13, items[10].index("E. *") + 3)]
    assert "*Chung, H., &amp; Choi, E. *" in render(text)
    fixed = fix_text(text, select=["AL015"])[0]
    assert "<em>Chung, H., &amp; Choi, E.</em>" in render(fixed)
    assert fixed.replace("E.*", "E. *", 1) == text
    # the mirror, a space after the opening run: `(** oral**)` shows its asterisks too
    bold = text.replace("*Chung, H., & Choi, E. *", "*Chung, H., & Choi, E.* (** oral**)")
    found = [f for f in lint_text(bold, select=["AL015"]) if "asterisk" in f.message]
    assert [f.message.split(":")[0] for f in found] == ["a space after the opening asterisk"]
    assert "(<strong>oral</strong>)" in render(fix_text(bold, select=["AL015"])[0])
    # emphasis that renders already (`*O(n * m)*`, `**x ** y**`), arithmetic (`2 ** 10**`) and
    # asterisks in two table cells are no such slips
    for other in ("Runs in *O(n * m)* time.", "Kernel *k * k* conv.", "and **x ** y** and.", "Power 2 ** 10** ok."):
        odd = text.replace("*Chung, H., & Choi, E. *", other)
        assert [f for f in lint_text(odd, select=["AL015"]) if "asterisk" in f.message] == [], other
    cells = text + "\n| a | b | c |\n| --- | --- | --- |\n| *x | y * | z |\n"
    assert len([f for f in lint_text(cells, select=["AL015"]) if "asterisk" in f.message]) == 1


def test_a_date_padded_where_the_file_writes_none_session34():
    """Set AB's misses (a Rust list's talks): `2016/10/05` where the file writes `2018/3/25`,
    `2016/1/6`; the safe fix drops the zero. A file that pads (`2018/03/25`) is told of its
    `2019/7/10` the other way; `2019/10/31` says nothing either way."""
    items = [f"- [Talk number {k}](https://www.youtube.com/watch?v=v{k}), RustConf, 20{10 + k}/{k % 9 + 1}/{k + 3}, Speaker {k}"
             for k in range(11)]
    items += ["- [The Classifier](https://www.youtube.com/watch?v=lY1), RustConf 2016, 2016/10/05, Suchin",
              "- [Rust at Scale](https://www.youtube.com/watch?v=x2), RustLab 2019, 2019/10/31, Luca"]
    text = "# Movie\n\n" + "\n".join(items) + "\n"
    found = [(f.line, f.message.split(";")[0]) for f in lint_text(text, select=["AL015"])]
    assert found == [(14, "date 2016/10/05 written with a zero before its month or day")]
    fixed = fix_text(text, select=["AL015"])[0]
    assert "2016/10/5, Suchin" in fixed and fixed.replace("2016/10/5,", "2016/10/05,") == text
    padded = "# Movie\n\n" + "\n".join(
        [f"- [Talk number {k}](https://www.youtube.com/watch?v=v{k}), 20{10 + k}/0{k % 9 + 1}/{k + 13}, Speaker"
         for k in range(11)] + ["- [Python vs Rust](https://www.youtube.com/watch?v=ky), 2019/7/10, Alisa"]) + "\n"
    assert [(f.line, f.message.split(";")[0]) for f in lint_text(padded, select=["AL015"])] == [
        (14, "date 2019/7/10 written without a zero before its month or day under ten")]
    assert "2019/07/10, Alisa" in fix_text(padded, select=["AL015"])[0]
    # a version (`PyCharm 2019.3.1`), no day of the calendar (`2019/2/30`) or a date in a code
    # span is no date to pad
    for odd in ("PyCharm 2019.3.1", "2019/2/30", "`2019/7/10`"):
        assert lint_text(padded.replace("2019/7/10", odd), select=["AL015"]) == [], odd


def test_a_space_after_a_link_texts_opening_bracket_session35():
    """Set AC's misses (a graph OOD table): `[ [CIKM 2021] Adversarial separation network](…)`
    among link texts that start at the bracket: a slip, fixed safely; the opening and the
    closing side are voted apart, and a file that opens many so keeps its way."""
    head = "| Name | Paper |\n| --- | --- |\n"
    good = "".join(f"| **M{i}** | [[ICML 2023] A Graph Method Number {i}](https://arxiv.org/abs/2306.{i:05d}) |\n"
                   for i in range(12))
    slip = "| **ASN** | [ [CIKM 2021] Adversarial separation network](https://dl.acm.org/doi/abs/10.1145/3459637.3482228) |\n"
    text = "# Graph OOD\n\n" + head + good + slip
    found = [f for f in lint_text(text, select=["AL015"]) if "opening `[`" in f.message]
    assert [(f.line, f.column) for f in found] == [(17, 14)]
    fixed = fix_text(text, select=["AL015"])[0]
    assert "| [[CIKM 2021] Adversarial" in fixed and fix_text(fixed, select=["AL015"])[0] == fixed
    assert fixed.replace(slip.replace("[ [", "[["), "") == text.replace(slip, "")
    assert cmarkgfm.github_flavored_markdown_to_html(fixed).count("<a ") == 13
    habit = "# Graph OOD\n\n" + head + good.replace("| [[ICML", "| [ [ICML") + slip
    assert [f for f in lint_text(habit, select=["AL015"]) if "opening `[`" in f.message] == []
    ends = "# Graph OOD\n\n" + head + good.replace(") |", ") |").replace("](https", " ](https") + slip
    assert [f.line for f in lint_text(ends, select=["AL015"]) if "opening `[`" in f.message] == [17]


def test_a_column_that_glues_its_dates_keeps_its_way_session35():
    """A remote sensing table writes its venue cells `TGRS(24.05.18, 24.08.18)` and
    `arXiv(…)` throughout: `Signal Processing(24.05.18)` in that column follows the column's
    way, not a slip (12 such findings on one list). A table whose cells set the date apart
    still has its one glued cell reported, and a prose item's slip is not hidden by a table's
    shorthand elsewhere in the file."""
    head = "## Classification\n\n| Date | Paper | Link |\n| --- | --- | --- |\n"
    row = "|{venue}(24.0{i}.18, 24.08.18)|A remote sensing method number {i}|[Link](https://example.org/p{i})|\n"
    glued = head + "".join(row.format(venue=v, i=i) for i, v in enumerate(["TGRS", "arXiv", "TGRS", "RS", "JSTARS", "TGRS", "LGRS", "arXiv", "RS", "TGRS"]))
    slip = row.format(venue="Signal Processing", i=9)
    found = [f for f in lint_text("# RS\n\n" + glued + slip, select=["AL015"]) if "no space before '(" in f.message]
    assert found == []
    spaced = head + "".join(row.format(venue=v + " ", i=i) for i, v in enumerate(["TGRS", "Remote Sensing", "TGRS", "Signal Processing", "JSTARS", "TGRS", "LGRS", "Pattern Recognition", "RS", "TGRS"]))
    found = [f.line for f in lint_text("# RS\n\n" + spaced + slip, select=["AL015"]) if "no space before '(" in f.message]
    assert found == [17]
    items = "## Papers\n\n" + "".join(f"- A paper on remote sensing number {i} (CVPR 2023) [[pdf]](https://example.org/q{i})\n" for i in range(8))
    items += "- A paper by Sheikh(CVPR 2019) [[pdf]](https://example.org/q9)\n"
    found = [f.line for f in lint_text("# RS\n\n" + glued + "\n" + items, select=["AL015"]) if "no space before '(" in f.message]
    assert found == [28]
    # the column's way is its own: a title cell's glued venue in the same table is still a slip
    titled = head + "".join(row.format(venue=v, i=i) for i, v in enumerate(["TGRS", "arXiv", "TGRS", "RS", "JSTARS", "TGRS", "LGRS", "arXiv", "RS", "TGRS"]))
    titled += "|TGRS(24.10.18, 24.11.18)|Efficient inference on edge devices(ACL 2023)|[Link](https://example.org/p10)|\n"
    found = [f.line for f in lint_text("# RS\n\n" + titled, select=["AL015"]) if "no space before '(" in f.message]
    assert found == [17]


def test_a_phrase_in_parentheses_glued_to_the_word_before_session35():
    """Set AC's misses (a graph structure learning list): `starved nodes(nodes with mutiple
    unlabeled neighbors)`, a parenthesised phrase in lower case glued to the word before it. A
    call or a plural (`softmax(x)`, `model(s)`, `log(n)`) stays alone."""
    good = "".join(f"- [Paper {i}](https://example.org/{i}) aims to reduce noise in graph number {i} (with care).\n"
                   for i in range(10))
    text = ("# Graph\n\n" + good
            + "- [Starved](https://example.org/s) aims to reduce starved nodes(nodes with few labeled neighbors) in graphs.\n"
            + "- [Soft](https://example.org/t) applies softmax(x) to the model(s) and log(n log n) terms.\n")
    found = [f.line for f in lint_text(text, select=["AL015"]) if "no space before '(" in f.message]
    assert found == [13]
    fixed = fix_text(text, select=["AL015"])[0]
    assert "starved nodes (nodes with few" in fixed and "softmax(x)" in fixed


def test_a_full_stop_glued_to_the_next_sentence_session35():
    """Set AC's miss (a graph structure learning list): `interactions between two
    groups.Then, it develops …`, a sentence's full stop glued to the next one; the fix puts the
    space in. Names of the trade (`System.Collections`, `Vue.Draggable`, `Node.JS`) and a
    file name (`config.In`) before a capital that opens no sentence are left alone."""
    good = "".join(f"- [Paper {i}](https://example.org/{i}) models graph number {i}. It scales well.\n" for i in range(10))
    text = ("# Graph\n\n" + good
            + "- [Walk](https://example.org/w) reflects interactions between two groups.Then, it develops a walk index.\n"
            + "- [Lib](https://example.org/l) wraps System.Collections and Vue.Draggable for Node.JS users.\n")
    found = [(f.line, f.message) for f in lint_text(text, select=["AL015"]) if "full stop" in f.message]
    assert found == [(13, "no space after the full stop before 'Then,', where the file's entries have one")]
    fixed = fix_text(text, select=["AL015"])[0]
    assert "two groups. Then, it develops" in fixed and "System.Collections" in fixed


def test_a_full_stop_before_a_link_in_brackets_session36():
    """Set AF's wrong findings (a robotics library list): `- [ODE](u) - Open Dynamics Engine.
    [[bitbucket](u)]` ends its description with a full stop; the bracketed link after it is the
    code link other entries give as a star badge. A description without the stop before such a
    link is still reported."""
    items = "".join(f"* [Lib{i}](https://lib{i}.org/) - A robotics library number {i}. [⭐ 5{i}](https://github.com/o/lib{i})\n"
                    for i in range(10))
    items += "* [ODE](https://ode.org/) - Open Dynamics Engine for rigid bodies. [[bitbucket](https://bitbucket.org/odedevs/ode)]\n"
    text = "# Robotics\n\n## Simulators\n\n" + items
    assert [f for f in lint_text(text, select=["AL015"]) if "end with" in f.message] == []
    slip = text.replace("rigid bodies. [[bit", "rigid bodies [[bit")
    assert [f.line for f in lint_text(slip, select=["AL015"]) if "end with" in f.message] == [15]


def test_a_table_cell_padded_otherwise_than_its_column_session36():
    """Set AD's misses (a tabular diffusion list): `| Generic|` and `|  [![Stars](…)](…) |` in a
    table that pads every other cell with one space: slips, fixed safely, the page the same. A
    column written `10:41|` throughout keeps its way; an aligned table and a run of five spaces
    (left over from aligning) are left alone."""
    row = "| M{i} | [**A Tabular Diffusion Method {i}**](https://arxiv.org/abs/2206.{i:05d}) | KDD 2022 | {dur}| Generic |\n"
    head = "| Abbr. | Title | Venue | Time | Domain |\n|:--|:--:|:--:|:--:|:--:|\n"
    rows = "".join(row.format(i=i, dur="10:4" + str(i)) for i in range(10))
    text = "# Tabular\n\n" + head + rows
    assert [f for f in lint_text(text, select=["AL015"]) if "padded" in f.message] == []
    slip = text.replace("| Generic |\n", "| Generic|\n", 1).replace("| KDD 2022 | 10:43", "|  KDD 2022 | 10:43")
    found = [f for f in lint_text(slip, select=["AL015"]) if "padded" in f.message]
    assert [(f.line, f.message.split(":")[0]) for f in found] == [
        (5, "no space before the cell's closing `|`"), (8, "two spaces after the cell's opening `|`")]
    fixed = fix_text(slip, select=["AL015"])[0]
    assert fixed == text and fix_text(fixed, select=["AL015"])[0] == fixed
    assert cmarkgfm.github_flavored_markdown_to_html(slip) == cmarkgfm.github_flavored_markdown_to_html(text)
    residue = text.replace("| KDD 2022 | 10:43", "|     KDD 2022 | 10:43")
    assert [f for f in lint_text(residue, select=["AL015"]) if "padded" in f.message] == []
    # a row padded to a width somewhere, and a centred cell, are no slips
    aligned_row = text.replace("| KDD 2022 | 10:43| Generic |", "|  KDD 2022 | 10:43| Generic      |")
    centred = text.replace("| KDD 2022 | 10:43", "|  KDD 2022  | 10:43")
    for other in (aligned_row, centred):
        assert [f for f in lint_text(other, select=["AL015"]) if "padded" in f.message] == []
    # an aligned table and a no-break space (GitHub keeps it) are no slips
    aligned = "# Tabular\n\n| A  | B  |\n|----|----|\n" + "".join(f"| a{i} | b{i} |\n" for i in range(10)) * 2
    assert [f for f in lint_text(aligned.replace("| a3 |", "|a3  |"), select=["AL015"]) if "padded" in f.message] == []
    nbsp = text.replace("| Generic |\n", "| Generic\u00a0|\n", 1)
    assert [f for f in lint_text(nbsp, select=["AL015"]) if "padded" in f.message] == []
    # a table that pads one column and writes the others without spaces pads as it goes
    bare = "# T\n\n|A|B|C|\n|-|-|-|\n" + "".join(f"|a{i}| b{i} |c{i}|\n" for i in range(14)) + "|a|b |c|\n"
    assert [f for f in lint_text(bare, select=["AL015"]) if "padded" in f.message] == []


def test_a_space_before_a_question_mark_session36():
    """Set AD's miss (a SLAM table): `[Can Video Diffusion Model Reconstruct 4D Geometry ?](u)`,
    a space before the question mark, in a file whose titles write none: the space is dropped.
    A file that writes every question so keeps its way."""
    rows = "".join(f"- [Can a Diffusion Model Do Task Number {i}?](https://arxiv.org/abs/2503.{i:05d}), 2025.\n" for i in range(12))
    slip = "- [Can Video Diffusion Model Reconstruct 4D Geometry ?](https://arxiv.org/pdf/2503.21082), 2025.\n"
    text = "# SLAM\n\n" + rows + slip
    found = [f for f in lint_text(text, select=["AL015"]) if "question mark" in f.message]
    assert [f.line for f in found] == [15]
    fixed = fix_text(text, select=["AL015"])[0]
    assert "Geometry?]" in fixed and fix_text(fixed, select=["AL015"])[0] == fixed
    habit = text.replace("?](", " ?](")
    assert [f for f in lint_text(habit, select=["AL015"]) if "question mark" in f.message] == []


def test_a_note_in_parentheses_before_the_mark_after_the_bold_title_session37():
    """Set AG's wrong finding: `**SATA Dataset** (created by authors): 2,447 clips` has the colon
    the file's entries put after the bold title, after a note; a year there is a field of its
    own (`**Title** (2017), Authors` lacks the mark)."""
    entries = "".join(f"- **Model {i}**: a world model of surgery number {i}. [paper](https://arxiv.org/abs/2501.0000{i})\n"
                      for i in range(1, 10))
    text = "# Models\n\n" + entries + "- **SATA Dataset** (created by authors): 2,447 clips, 8 procedures\n"
    assert [f for f in lint_text(text, select=["AL015"]) if "bold title" in f.message] == []
    year = text.replace("(created by authors):", "(2024):")
    assert [f.line for f in lint_text(year, select=["AL015"]) if "bold title" in f.message] == [12]


def test_marks_github_shows_as_they_are_session38():
    """Set AF's misses: TeX's quotes (``Finding''), `## - 2014` among `## 2017` headings,
    `<h3> Statistics <h3>`, and `-[Title](…)` on every entry of a file (no list item beside
    them: one habit, told once). A heading level that writes markers in most headings, quotes in
    code, and a closed `<h3>` are left alone."""
    text = ("# Registration\n\n<h3> Statistics <h3>\n\nReports with ``Finding'' sections.\n\n"
            "## - 2014\n\nText.\n\n## 2015\n\nText.\n\n## 2016\n\nText.\n\n## 2017\n\nText.\n\n"
            "-[Paper one](https://arxiv.org/abs/2001.00001) - in ACL 2020\n\n"
            "-[Paper two](https://arxiv.org/abs/2001.00002) - in ACL 2020\n\n"
            "-[Paper three](https://arxiv.org/abs/2001.00003) - in ACL 2020\n")
    found = {(f.line, f.message.split(" ")[0]) for f in lint_text(text, select=["AL015"])}
    assert found == {(3, "<h3>"), (5, "LaTeX"), (7, "heading"), (23, "no")}
    fixed = fix_text(text, select=["AL015"], unsafe=True)[0]
    assert "<h3> Statistics </h3>" in fixed and "\u201cFinding\u201d" in fixed and fixed.count("\n- [Paper") == 3
    right = ("# R\n\n<h3> Statistics </h3>\n\n`a ``Finding'' b`\n\n## - A\n\nx\n\n## - B\n\nx\n\n## C\n\nx\n")
    assert lint_text(right, select=["AL015"]) == []


def test_tex_quotes_and_marks_where_github_shows_no_markdown_session38_review():
    """The review's findings: TeX's quotes in a `<pre>` BibTeX block, an HTML comment or math
    are right there; a commented-out `## - old` heading and `-[…]` lines in a comment are
    shown nowhere."""
    text = ("# T\n\n<details><pre><code>@article{x, title={``GAN'' Inversion}}</code></pre></details>\n\n"
            "<!-- ``hidden'' -->\n\n$$\\text{``math''}$$\n\n## A\n\nx\n\n## B\n\nx\n\n<!--\n## - old\n\n"
            "-[a](https://x.org/a)\n\n-[b](https://x.org/b)\n\n-[c](https://x.org/c)\n-->\n")
    assert lint_text(text, select=["AL015"]) == []


def test_an_affiliation_mark_on_an_author_in_a_links_text_session38():
    """Set AF's miss: `[MaskGCT (Wang1 et al., 2024)](…)` beside `[Llasa (Ye et al., 2025)](…)`:
    the digit is the paper's affiliation mark, pasted with the name."""
    text = ("# Tokenizers\n\n| # | Model |\n| - | - |\n| 1 | [Llasa (Ye et al., 2025)](https://arxiv.org/abs/2502.04128) |\n"
            "| 2 | [MaskGCT (Wang1 et al., 2024)](https://arxiv.org/abs/2409.00750) |\n")
    found = [f for f in lint_text(text, select=["AL015"]) if "et al" in f.message]
    assert [(f.line, f.message.split(" ")[0]) for f in found] == [(6, "'Wang1'")]
    assert "(Wang et al., 2024)" in fix_text(text, select=["AL015"], unsafe=True)[0]


def test_a_models_version_before_et_al_is_no_mark_session38_review():
    """The second review: `[Compared with Llama2 et al.](…)` names a model's version, not an
    author with an affiliation's mark; `(Wang1 et al., 2024)` still is one."""
    text = ("# T\n\n| # | Model |\n| - | - |\n| 1 | [MaskGCT (Wang1 et al., 2024)](https://arxiv.org/abs/2409.00750) |\n"
            "| 2 | [Compared with Llama2 et al.](https://x.org/a) |\n")
    found = [f for f in lint_text(text, select=["AL015"]) if "et al" in f.message]
    assert [(f.line, f.message.split(" ")[0]) for f in found] == [(5, "'Wang1'")]
