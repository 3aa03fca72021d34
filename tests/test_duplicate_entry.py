"""AL003 duplicate-entry."""

from __future__ import annotations

import re

import pytest
from conftest import FIXTURES, REAL, SEEDS, needs_shared, render, run_json

from awesome_lint.document import parse_text
from awesome_lint.engine import fix_text, lint_text
from awesome_lint.model import RunContext
from awesome_lint.fuzzy import near_pairs
from awesome_lint.rules.duplicate_entry import DuplicateEntry
from awesome_lint.rules.duplicate_keys import primary_links
from awesome_lint.titles import title_key

FIX = FIXTURES / "duplicate_entry"


def al003(text, **kw):
    return [f for f in lint_text(text, select=["AL003"], **kw) if f.code == "AL003"]


def read(name):
    return (FIX / name).read_text(encoding="utf-8")


def blocks(html: str) -> list[str]:
    """The rendered page as a list of its <li> and <tr> elements (and the rest)."""
    return re.findall(r"<li>.*?</li>|<tr>.*?</tr>|<p>.*?</p>|<h\d>.*?</h\d>", html, re.S)


# ---- same list / same table ---------------------------------------------------------------------
def test_same_list_identical_copy_is_an_error_with_a_safe_fix():
    text = read("same_list.md")
    fs = al003(text)
    assert [(f.line, f.severity) for f in fs] == [(7, "error"), (8, "error")]
    assert "line 3" in fs[0].message and "line 4" in fs[1].message
    assert fs[0].related == (3,) and fs[0].fix.safe
    # the second copy differs (venue, http, no nested note): removing it is unsafe
    assert fs[1].fix is not None and not fs[1].fix.safe


def test_safe_fix_removes_exactly_the_identical_copy():
    text = read("same_list.md")
    fixed, left = fix_text(text, select=["AL003"])
    before, after = render(text), render(fixed)
    gone = [b for b in blocks(before) if b not in blocks(after)]
    assert len(gone) == 1 and "Prompted Tissue Segmentation" in gone[0]
    assert blocks(after) == [b for b in blocks(before) if b != gone[0]]
    # everything else is byte for byte the same: the fix deleted one whole line
    assert fixed == text.replace(text.splitlines(keepends=True)[6], "", 1)
    assert [f.line for f in left] == [7]  # the unsafe one is left
    assert fix_text(fixed, select=["AL003"])[0] == fixed  # a second pass changes nothing


def test_unsafe_fix_removes_the_differing_copy_only_with_unsafe_fixes():
    text = read("same_list.md")
    fixed, left = fix_text(text, select=["AL003"], unsafe=True)
    assert left == []
    before, after = blocks(render(text)), blocks(render(fixed))
    assert len(before) - len(after) == 2
    # the nested note belongs to the first copy of the prototype paper and is kept
    assert "trained on two public cohorts" in fixed
    assert fixed.count("Interactive Prototype Learning") == 1


def test_table_row_fix_removes_one_row():
    text = read("table.md")
    fs = al003(text)
    dup = [f for f in fs if f.severity == "error"]
    assert [(f.line, f.related) for f in dup] == [(7, (5,))] and dup[0].fix.safe
    fixed, _ = fix_text(text, select=["AL003"])
    rows_before = re.findall(r"<tr>.*?</tr>", render(text), re.S)
    rows_after = re.findall(r"<tr>.*?</tr>", render(fixed), re.S)
    assert len(rows_after) == len(rows_before) - 1
    assert rows_after == rows_before[:3] + rows_before[4:]  # header + rows 1-2, then rows 4-5


def test_copy_paste_slip_is_a_warning_without_fix():
    fs = al003(read("table.md"))
    slip = [f for f in fs if "copy-paste" in f.message]
    assert [(f.line, f.severity, f.fix) for f in slip] == [(9, "warning", None)]
    assert "line 8" in slip[0].message


def test_the_right_copy_after_a_slip_is_no_duplicate():
    """An entry that took the entry above's link (a slip, reported), then the same title again
    with its own link (an incremental-learning list read blind in session 21): the second is the
    right copy, so no duplicate finding (whose unsafe fix would delete it and keep the slip)."""
    rows = ["# Papers", ""]
    titles = ["Decouple Your Discovery and Memory in Continual Category Discovery",
              "Resolving the Stability Plasticity Dilemma via Complementary Critics"]
    rows.append(f"- {titles[0]} (**CVPR 2026**) [[paper](https://openaccess.thecvf.com/content/Yu_Decouple.pdf)]")
    rows.append(f"- {titles[1]} (**CVPR 2026**) [[paper](https://openaccess.thecvf.com/content/Yu_Decouple.pdf)]")
    rows.append(f"- {titles[1]} (**CVPR 2026**) [[paper](https://openaccess.thecvf.com/content/Sun_Resolving.pdf)]")
    rows.append("- A Third Paper on Something Else Entirely (**CVPR 2026**) [[paper](https://openaccess.thecvf.com/content/Lee.pdf)]")
    fs = al003("\n".join(rows) + "\n")
    assert [(f.line, "copy-paste" in f.message) for f in fs] == [(4, True)]


def test_a_generic_title_on_two_sites_is_two_works():
    """`Introduction to Deep Learning` at MIT and at CMU, `Deep Learning Crash Course` on YouTube
    and at Manning, a book and a course a word apart (a resource list and a time-series list
    read blind in session 21): two works each. The same generic title on one site, or a paper
    title on arXiv and elsewhere, is still one entry twice."""
    text = "\n".join([
        "# Courses", "",
        "1. [MIT 6.S191: Introduction to Deep Learning](http://introtodeeplearning.com/)",
        "2. [Introduction to Deep Learning](http://deeplearning.cs.cmu.edu/) by Prof. Bhiksha Raj (2017)",
        "3. [Deep Learning Crash Course](https://www.youtube.com/watch?v=oS5fz) by Leo Isikdogan",
        "4. [Deep Learning Crash Course](https://www.manning.com/livevideo/deep-learning-crash-course) By Oliver Z",
        "5. [Time Series Forecasting using Python](https://courses.analyticsvidhya.com/courses/ts-python)",
        "6. [Time Series Forecasting in Python](https://www.manning.com/books/time-series-forecasting-in-python-book)",
        "7. [Deep Learning Crash Course](https://www.youtube.com/watch?v=other)",
        "8. [Learning Transferable Visual Models From Natural Language Supervision](https://arxiv.org/abs/2103.00020)",
        "9. [Learning Transferable Visual Models From Natural Language Supervision](https://openai.com/clip)", ""])
    assert [f.line for f in al003(text)] == [9, 11]


def test_loose_list_fix_keeps_the_list_loose():
    text = "- A Study of Things in Depth [pdf](https://a.org/1)\n\n- Another Paper About Stuff [pdf](https://a.org/2)\n\n- A Study of Things in Depth [pdf](https://a.org/1)\n\nAfter.\n"
    fixed, left = fix_text(text, select=["AL003"])
    assert left == []
    assert fixed == "- A Study of Things in Depth [pdf](https://a.org/1)\n\n- Another Paper About Stuff [pdf](https://a.org/2)\n\nAfter.\n"
    assert render(fixed).count("<p>") == render(text).count("<p>") - 1


def test_last_line_without_newline_and_crlf():
    text = "| T | PDF |\r\n|---|---|\r\n| Some Long Paper Title Here | [PDF](https://x.org/p) |\r\n| Some Long Paper Title Here | [PDF](https://x.org/p) |"
    fixed, left = fix_text(text, select=["AL003"])
    assert left == []
    assert fixed == "| T | PDF |\r\n|---|---|\r\n| Some Long Paper Title Here | [PDF](https://x.org/p) |"


def test_fix_that_would_make_a_loose_list_tight_is_not_offered():
    # the only blank line of the list goes with the duplicate: the other items would lose <p>
    text = "- A Study of Things in Depth [pdf](https://a.org/1)\n- Another Paper About Stuff [pdf](https://a.org/2)\n\n- A Study of Things in Depth [pdf](https://a.org/1)\n"
    fs = al003(text)
    # plain lint does not parse to check the fix (Fix.verify runs when fixing) ...
    assert [f.line for f in fs] == [4] and fs[0].fix is not None and fs[0].fix.verify is not None
    # ... and --fix checks it, leaves the text alone and no longer offers the fix
    fixed, left = fix_text(text, select=["AL003"], unsafe=True)
    assert fixed == text
    assert [(f.line, f.fixable) for f in left] == [(4, False)]


def test_plain_lint_does_not_parse_to_check_fixes(monkeypatch):
    from awesome_lint import fixcheck

    calls = []
    real = fixcheck.DeletionCheck.keeps_rest
    monkeypatch.setattr(fixcheck.DeletionCheck, "keeps_rest",
                        lambda self, cuts: calls.append(len(cuts)) or real(self, cuts))
    text = ("- A Study of Things in Depth [pdf](https://a.org/1)\n- Another Paper About Stuff [pdf](https://a.org/2)\n"
            "- A Study of Things in Depth [pdf](https://a.org/1)\n")
    fs = al003(text)
    assert [(f.line, f.fixable, f.fix.safe) for f in fs] == [(3, True, True)] and calls == []
    fixed, left = fix_text(text, select=["AL003"])
    assert calls == [1] and left == []
    assert fixed == "".join(text.splitlines(keepends=True)[:2])


def test_nested_lines_go_with_the_item():
    text = ("1. **Paper One About Segmentation** [[paper]](https://arxiv.org/abs/2301.00001)\n"
            "   - a note on the first copy\n"
            "     continued here\n"
            "2. **Paper Two About Registration** [[paper]](https://arxiv.org/abs/2301.00002)\n"
            "3. **Paper One About Segmentation** [[paper]](https://arxiv.org/pdf/2301.00001v2.pdf)\n"
            "   - a note on the second copy, which says more\n"
            "     continued here\n"
            "4. **Paper Three About Detection** [[paper]](https://arxiv.org/abs/2301.00003)\n")
    fs = al003(text)
    assert [f.line for f in fs] == [5] and not fs[0].fix.safe  # the copies differ
    # the later copy says more (its note): the earlier one goes, with its nested lines
    assert fs[0].fix.description == "delete the duplicate item at line 1, keeping line 5 (more text)"
    fixed, _ = fix_text(text, select=["AL003"], unsafe=True)
    # the first item's deletion would change the list's start number: the check refuses it
    assert fixed == text
    moved = text.replace("1. **Paper One", "0. **Paper Zero** [[paper]](https://arxiv.org/abs/2301.00009)\n1. **Paper One", 1)
    fixed, _ = fix_text(moved, select=["AL003"], unsafe=True)
    assert fixed == "".join(moved.splitlines(keepends=True)[i] for i in (0, 4, 5, 6, 7, 8))


@pytest.mark.parametrize("first, later, kept", [
    # a venue over a preprint, whichever comes first
    ("- [arXiv 2023] **KiUT: Knowledge-Injected U-Transformer** [[pdf]](https://arxiv.org/abs/2306.11345)\n",
     "- [CVPR 2023] **KiUT: Knowledge-Injected U-Transformer** [[pdf]](https://arxiv.org/abs/2306.11345)\n", "later"),
    ("- [CVPR 2023] **KiUT: Knowledge-Injected U-Transformer** [[pdf]](https://arxiv.org/abs/2306.11345)\n",
     "- [arXiv 2023] **KiUT: Knowledge-Injected U-Transformer** [[pdf]](https://arxiv.org/abs/2306.11345)\n", "first"),
    # more links over fewer
    ("- **KiUT: Knowledge-Injected U-Transformer** [[pdf]](https://arxiv.org/abs/2306.11345)\n",
     "- **KiUT: Knowledge-Injected U-Transformer** [[pdf]](https://arxiv.org/abs/2306.11345) [[code]](https://github.com/a/b)\n",
     "later"),
])
def test_an_unsafe_deletion_keeps_the_more_complete_copy(first, later, kept):
    other = "- **Another Paper About Registration** [[pdf]](https://arxiv.org/abs/2301.00002)\n"
    text = first + other + later
    fs = al003(text)
    assert [f.line for f in fs] == [3] and not fs[0].fix.safe
    fixed, _ = fix_text(text, select=["AL003"], unsafe=True)
    assert fixed == (other + later if kept == "later" else first + other)
    assert ("keeping line 3" if kept == "later" else "keeping line 1") in fs[0].fix.description


def test_code_and_shared_secondary_links_are_not_duplicates():
    text = ("- [**CVPR 2023**] One Paper on Vision Transformers [[pdf]](https://arxiv.org/abs/2301.00001) [[code]](https://github.com/lab/shared)\n"
            "- [**CVPR 2023**] Another Paper on Graph Networks [[pdf]](https://arxiv.org/abs/2301.00002) [[code]](https://github.com/Lab/Shared)\n"
            "- [**CVPR 2023**] A Third Paper on Diffusion Models [[pdf]](https://arxiv.org/abs/2301.00003) [[note]](https://blog.example.org/p?id=1)\n"
            "- [**CVPR 2023**] A Fourth Paper on Language Models [[pdf]](https://arxiv.org/abs/2301.00004) [[note]](https://blog.example.org/p?id=1)\n"
            "```\n- [**CVPR 2023**] One Paper on Vision Transformers [[pdf]](https://arxiv.org/abs/2301.00001)\n```\n")
    assert al003(text) == []


def test_tool_lists_with_shared_short_names_are_not_duplicates():
    text = ("- [errors](https://github.com/a/errors) - Errors with stack traces.\n"
            "- [errors](https://github.com/b/errors) - Simple error wrapping.\n"
            "- [go-lua](https://github.com/c/go-lua) - A Lua VM.\n"
            "- [golua](https://github.com/d/golua) - Lua bindings.\n"
            "- [uv](https://github.com/astral-sh/uv) - Package manager.\n"
            "- [uv-build](https://github.com/astral-sh/uv) - Its build backend.\n")
    assert al003(text) == []
    # the same repository under the same name twice is a duplicate
    twice = text + "- [errors](https://github.com/A/Errors/) - Errors with stack traces, again.\n"
    assert [f.line for f in al003(twice)] == [7]


# ---- sections and scope ---------------------------------------------------------------------------
FILE_SCOPE = {"AL003": {"scope": "file"}}


def test_repeats_in_other_sections_are_left_alone_by_default():
    """On annotated real lists a paper repeated in another section was deliberate nine times
    in ten (a Datasets section pointing back, a second taxonomy): only `scope: file` asks."""
    fs = al003(read("sections.md"))
    assert not any(f.line in (11, 13) for f in fs)
    assert (11, (6,)) in {(f.line, f.related) for f in al003(read("sections.md"), config=FILE_SCOPE)}


def test_sections_warn_with_both_lines_and_no_fix():
    fs = al003(read("sections.md"), config=FILE_SCOPE)
    got = [(f.line, f.severity, f.related, f.fix) for f in fs]
    assert (11, "warning", (6,), None) in got  # arXiv abs/pdf, version, GitHub case
    assert (13, "warning", (5,), None) in got  # same title (case), different link
    assert "under 'Segmentation'" in next(f.message for f in fs if f.line == 11)
    assert not any(f.line == 12 for f in fs)  # shares only a note link


def test_near_identical_title_is_a_possible_duplicate():
    fs = al003(read("sections.md"), config=FILE_SCOPE)
    near = [f for f in fs if "possible duplicate" in f.message]
    assert [(f.line, f.related) for f in near] == [(15, (14,))]  # Casual/Causal, not Encoder/Decoder


@pytest.mark.parametrize("scope,lines", [("file", [11, 13, 15]), ("section", [15]), ("list", [15]), ("off", [])])
def test_scope_option(scope, lines):
    fs = al003(read("sections.md"), config={"AL003": {"scope": scope}})
    assert [f.line for f in fs] == lines


def test_fuzzy_option_off():
    fs = al003(read("sections.md"), config={"AL003": {"fuzzy": False}})
    assert not any("possible" in f.message for f in fs)


# ---- across files ---------------------------------------------------------------------------------
def test_check_many_across_files():
    docs = [parse_text(read("sections.md"), "sections.md"), parse_text(read("other_file.md"), "other_file.md")]
    rule = DuplicateEntry()
    assert list(rule.check_many(docs)) == []  # off by default
    rule.ctx = RunContext(cross_file=True)
    fs = list(rule.check_many(docs))
    assert [(f.path, f.line) for f in fs] == [("other_file.md", 3)]
    assert "sections.md at line 6" in fs[0].message
    rule = DuplicateEntry({"across-files": True})
    assert [(f.path, f.line) for f in rule.check_many(docs)] == [("other_file.md", 3)]


# ---- pieces -----------------------------------------------------------------------------------------
def test_title_key_and_primary_link():
    assert title_key("Med-CLIP: Contrastive  Learning") == title_key("medclip contrastive learning")
    assert title_key("U-Net++") != title_key("U-Net")
    assert title_key("Schrödinger's Cat") == title_key("schrodingers cat")
    doc = parse_text("- **A Paper** [[code]](https://github.com/x/y) [[paper]](https://arxiv.org/abs/1)\n"
                     "- **B Paper** [[code]](https://github.com/x/y) [[project]](https://p.org)\n")
    a, b = doc.entries
    assert [k.url for k in primary_links(a, doc)] == ["https://arxiv.org/abs/1"]
    assert primary_links(b, doc) == []


def test_blocked_fuzzy_matching_finds_pairs_among_many():
    titles = [f"method {i} for topic {i * 7} with extra words number {i}" for i in range(3000)]
    titles.append("a careful survey of retrieval augmented generation systems")
    titles.append("a careful survey of retreival augmented generation systems")
    pairs = near_pairs(titles, 90)
    assert [(i, j) for i, j, _ in pairs] == [(3000, 3001)]


def test_similarity_is_rapidfuzz_ratio_and_the_bound_never_hides_a_pair():
    """fuzzy scores with rapidfuzz's Indel similarity: the very floats of ``fuzz.ratio`` with its
    cutoff; and its cheap bound (characters shared) never rules out a pair that reaches the
    cutoff, on random strings (repeated letters, accents, CJK, empty) and the seed titles."""
    import random

    from rapidfuzz import fuzz

    from awesome_lint.fuzzy import _ratio, may_reach
    from awesome_lint.titles import title_words

    ratio = _ratio()
    rng = random.Random(3)
    alphabet = "aabbcde fghé中文-"
    pairs = [("", ""), ("", "abc"), ("abcdefghij", "abcdefghik"), ("x" * 70, "x" * 69 + "y")]
    for _ in range(3000):
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        b = list(a)
        for _ in range(rng.randint(0, 6)):
            k = rng.randrange(len(b) + 1)
            op = rng.random()
            if op < 0.4:
                b.insert(k, rng.choice(alphabet))
            elif b and op < 0.7:
                del b[min(k, len(b) - 1)]
            elif len(b) > 1:
                k = min(k, len(b) - 2)
                b[k], b[k + 1] = b[k + 1], b[k]
        pairs.append((a, "".join(b)))
    if SEEDS.exists():
        words = [title_words(line) for p in sorted(SEEDS.glob("*.md"))
                 for line in p.read_text(encoding="utf-8").splitlines()[:150]]
        pairs += list(zip(words, words[1:]))
    for a, b in pairs:
        for cut in (0.0, 85.0, 90.0, 95.0):
            score = fuzz.ratio(a, b, score_cutoff=cut)
            assert ratio(a, b, score_cutoff=cut) == score, (a, b, cut)
            assert may_reach(a, b, cut) or not score, (a, b, cut)
    # a score exactly at the cutoff passes (20 characters, 2 edits: 90.0)
    assert ratio("abcdefghij", "abcdefghik", score_cutoff=90.0) == 90.0
    assert may_reach("abcdefghij", "abcdefghik", 90.0)


def test_translation_tables_equal_the_regexes():
    import random

    from awesome_lint.textutil import fold
    from awesome_lint.titles import NOT_KEY, NOT_WORD, key_of, words_of

    rng = random.Random(5)
    alphabet = [chr(c) for c in range(128)] + list("éü中文_＿·‿⁀\u00a0\u2028\u0301٣²½Ⅻ") + [
        chr(rng.randrange(0x80, 0x30000)) for _ in range(3000)]
    for _ in range(20000):
        f = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        assert key_of(f) == NOT_KEY.sub("", f)
        assert words_of(f) == NOT_WORD.sub(" ", f).strip()
    assert fold("Schrödinger ÉCOLE ﬁ") == "schrodinger ecole fi"


def test_short_word_prefilter_only_skips_pairs_the_word_check_rejects():
    """near_pairs skips the similarity of a pair when a short word is in one title only: the
    word check would reject that pair anyway."""
    import random

    from awesome_lint.fuzzy import short_word_differs, word_diff_ok
    from awesome_lint.titles import title_words

    rng = random.Random(7)
    vocab = ["a", "the", "of", "for", "3d", "ct", "mri", "net", "model", "models", "causal", "casual",
             "learning", "segmentation", "segmentaiton", "vision", "language", "via", "gpt", "x"]
    titles = [" ".join(rng.choice(vocab) for _ in range(rng.randint(1, 8))) for _ in range(400)]
    if SEEDS.exists():
        titles += [title_words(line) for p in sorted(SEEDS.glob("*.md"))
                   for line in p.read_text(encoding="utf-8").splitlines()[:150]]
    skipped = 0
    for a, b in zip(titles, titles[1:] + titles[:1]):
        if short_word_differs(a, b):
            skipped += 1
            assert not word_diff_ok(a.split(), b.split()), (a, b)
    assert skipped > 50


def test_rapidfuzz_is_imported_only_to_score_a_pair():
    import subprocess
    import sys

    code = ("import sys; from awesome_lint.engine import lint_text; "
            "t = ''.join(f'- A Careful Study Of Things Number {w} [pdf](https://a.org/{i})\\n' "
            "for i, w in enumerate(['one', 'two', 'tree', 'three', 'four'])); "
            "f = lint_text(t, select=['AL003']); print([x.line for x in f], 'rapidfuzz' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["[4]", "True"]  # "tree"/"three": a possible duplicate, scored by rapidfuzz
    # 40 titles in one block, too different in length or in their characters to reach the
    # threshold: the cheap checks rule every pair out, and rapidfuzz is not imported
    code = ("import sys; from awesome_lint.engine import lint_text; "
            "t = ''.join(f'- A Careful Study Of {\"things \" * k}Number {k} [pdf](https://a.org/{k})\\n' "
            "for k in range(1, 41)); "
            "f = lint_text(t, select=['AL003']); print(len(f), 'rapidfuzz' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", "False"]


# ---- real lists ------------------------------------------------------------------------------------
@needs_shared
def test_seed_cases():
    vlm = al003((SEEDS / "vlm-in-mia-tables.md").read_text(encoding="utf-8"))
    got = {(f.line, f.related, f.severity) for f in vlm}
    assert (112, (105,), "error") in got
    slip = [f for f in vlm if f.line == 135]
    assert slip and "copy-paste" in slip[0].message and slip[0].related == (134,)

    histo_text = (SEEDS / "histopathology-papers.md").read_text(encoding="utf-8")
    # its one repeat is in a sibling section, word for word: the file's only repeat (a warning)
    assert [(f.line, f.related, f.severity) for f in al003(histo_text)] == [(46, (34,), "warning")]
    histo = al003(histo_text, config=FILE_SCOPE)
    assert [(f.line, f.related, f.severity) for f in histo] == [(46, (34,), "warning")]  # not the note link 16/31

    mm = al003((SEEDS / "multimodal-medical-imaging.md").read_text(encoding="utf-8"), config=FILE_SCOPE)
    pairs = {(f.line, f.related[0]) for f in mm}
    # 38: the code repository of line 37 (`xray_report_generation`, named by its title's words)
    assert pairs == {(38, 37), (84, 70), (128, 64), (135, 107), (138, 56), (149, 81)}


@needs_shared
def test_seed_fix_removes_exactly_the_identical_row():
    text = (SEEDS / "vlm-in-mia-tables.md").read_text(encoding="utf-8")
    fixed, _ = fix_text(text, select=["AL003"])
    lines = text.splitlines(keepends=True)
    assert fixed == "".join(lines[:111] + lines[112:])
    before = re.findall(r"<tr>.*?</tr>", render(text), re.S)
    after = re.findall(r"<tr>.*?</tr>", render(fixed), re.S)
    assert len(after) == len(before) - 1
    removed = {r for r in before if before.count(r) > after.count(r)}
    assert len(removed) == 1 and "Fusion of Domain-Adapted" in removed.pop()
    # the other seeds have no same-list identical copies: --fix leaves them alone
    for name in ("histopathology-papers.md", "multimodal-medical-imaging.md"):
        t = (SEEDS / name).read_text(encoding="utf-8")
        assert fix_text(t, select=["AL003"])[0] == t


@needs_shared
def test_real_lists_known_findings_and_no_tool_name_noise():
    go = al003((REAL / "avelino__awesome-go.md").read_text(encoding="utf-8"))
    assert len(go) <= 2  # hundreds of projects share names like "errors", "config"
    cmh = al003((REAL / "cmhungsteve__Awesome-Transformer-Attention.md").read_text(encoding="utf-8"))
    assert any(f.line == 1059 and f.related == (1054,) for f in cmh)  # Lite-DETR listed twice
    assert not any(f.line == 207 for f in cmh)  # two surveys with similar titles, two arXiv ids
    ds = al003((REAL / "academic__awesome-datascience.md").read_text(encoding="utf-8"), config=FILE_SCOPE)
    assert any(f.line == 646 and "possible duplicate" in f.message for f in ds)  # Casual/Causal


@needs_shared
def test_fix_on_all_real_lists_only_deletes_whole_lines_and_is_stable():
    for path in sorted(REAL.glob("*.md")):
        text = path.read_text(encoding="utf-8", errors="replace")
        fixed, _ = fix_text(text, select=["AL003"], path=str(path))
        if fixed == text:
            continue
        old = text.splitlines(keepends=True)
        new = fixed.splitlines(keepends=True)
        it = iter(old)
        assert all(any(line == o for o in it) for line in new), path.name  # a subsequence of lines
        assert fix_text(fixed, select=["AL003"], path=str(path))[0] == fixed


# ---- the CLI ---------------------------------------------------------------------------------------
@needs_shared
def test_cli_on_a_seed_file(tmp_path):
    target = tmp_path / "vlm.md"
    target.write_bytes((SEEDS / "vlm-in-mia-tables.md").read_bytes())  # the seeds are read-only
    code, out = run_json("--select", "AL003", str(target))
    assert code == 1
    mine = [f for f in out if f["code"] == "AL003"]
    assert {(f["line"], f["severity"], f["fixable"]) for f in mine} >= {(112, "error", True), (135, "warning", False)}
    code, out = run_json("--select", "AL003", "--fix", str(target))
    assert [f["line"] for f in out if f["code"] == "AL003"] == [134]  # the slip is left (one row up now)
    lines = (SEEDS / "vlm-in-mia-tables.md").read_text(encoding="utf-8").splitlines(keepends=True)
    assert target.read_text(encoding="utf-8") == "".join(lines[:111] + lines[112:])


def test_cli_cross_file(tmp_path):
    a = tmp_path / "a.md"
    b = tmp_path / "b.md"
    a.write_bytes((FIX / "sections.md").read_bytes())
    b.write_bytes((FIX / "other_file.md").read_bytes())
    _, out = run_json("--select", "AL003", str(a), str(b))
    assert not [f for f in out if f["path"].endswith("b.md")]
    _, out = run_json("--select", "AL003", "--cross-file", str(a), str(b))
    cross = [f for f in out if f["path"].endswith("b.md")]
    assert [f["line"] for f in cross] == [3] and "a.md at line 6" in cross[0]["message"]


def test_a_strong_id_under_another_title_is_a_slip_in_any_section_however_short():
    text = ("## Segmentation\n\n"
            "- **Segment Anything Model for Medical Image Analysis** [[paper]](https://doi.org/10.1016/j.media.2023.102918)\n\n"
            "## Adapters\n\n"
            "- **Medical SAM Adapter** [[paper]](https://doi.org/10.1016/j.media.2023.102918)\n"
            "- **HELM** [[paper]](https://arxiv.org/abs/2211.09110)\n\n"
            "## Evaluation\n\n"
            "- **Holistic Evaluation of Language Models** [[paper]](https://arxiv.org/abs/2211.09110)\n\n"
            "## Datasets\n\n"
            "- **Two Data Sets From One Paper** [[paper]](https://doi.org/10.1016/j.media.2023.102918)\n")
    fs = al003(text)
    assert [(f.line, f.related) for f in fs] == [(7, (3,))]
    assert "shares its DOI 10.1016/j.media.2023.102918 with line 3" in fs[0].message
    assert "'Medical SAM Adapter'" in fs[0].message and "copy-paste slip" in fs[0].message


def test_a_finding_never_names_an_empty_title():
    text = ("| Paper | Link |\n|---|---|\n| [Amazon Reviews](https://arxiv.org/abs/2403.03952) | [x](https://a.org/1) |\n"
            "| [Amazon Reviews](https://arxiv.org/abs/2403.03952) | [y](https://a.org/2) |\n")
    fs = al003(text)
    assert fs and all("''" not in f.message for f in fs)


def test_one_repository_listed_twice_under_two_names_in_a_tool_list():
    from awesome_lint.engine import lint_text

    text = ("# Tools\n\n- [foo](https://github.com/foo/foo) - The foo tool.\n"
            "- [bar](https://github.com/bar/bar) - The bar tool.\n"
            "- [Foo Tool](https://github.com/Foo/foo/) - The foo tool again.\n"
            "- [Docs](https://example.org/docs) - Docs; see [bar's code](https://github.com/bar/bar).\n"
            "\n## Elsewhere\n\n- [Foo](https://github.com/foo/foo) - In another list: AL003's list scope.\n")
    found = [f for f in lint_text(text, select=["AL003"]) if f.code == "AL003"]
    assert [(f.line, f.related) for f in found] == [(5, (3,))]
    assert "the same repository under another name" in found[0].message


# ---- a bracketed venue link leads the entry --------------------------------------------------------
LEAD_LINK = """# Point clouds

- [[CVPR](https://arxiv.org/abs/1903.05711)] PointNetLK: Point Cloud Registration using PointNet. [[pytorch](https://github.com/h/PointNetLK)] [__`reg.`__]
- [[ICRA](https://ras.papercept.net/ICRA19/program.html)] Speeding up Iterative Closest Point Using Stochastic Gradient Descent. [__`oth.`__]
- [[ICRA](https://ras.papercept.net/ICRA19/program.html)] Robust 3D Object Classification by Combining Point Pair Features. [__`cls.`__]
- [[CVPR](https://arxiv.org/pdf/1903.05711.pdf)] PointNetLK: Robust & Efficient Point Cloud Registration using PointNet. [[pytorch](https://github.com/h/PointNetLK)] [__`reg.`__]
"""


def test_a_leading_bracketed_venue_link_is_the_paper_link_and_the_title_follows_it():
    """`[[CVPR](arXiv)] Title. [[code](…)]`: the title is the text after the tag (not a lone
    '['), and the tag's link is the paper when it names one (an arXiv id); a conference
    programme page shared by many papers is no paper link, so those entries are not slips."""
    doc = parse_text(LEAD_LINK)
    assert [e.title for e in doc.entries][0] == "PointNetLK: Point Cloud Registration using PointNet."
    fs = al003(LEAD_LINK)
    assert [(f.line, "already listed at line 3" in f.message) for f in fs] == [(6, True)]


# ---- papers written as paragraphs (session 7) ------------------------------------------------------
PARAGRAPHS = """# Federated learning

## Optimization

[Local SGD Converges Fast and Communicates Little](https://arxiv.org/pdf/1805.09767.pdf)

[Don't Use Large Mini-Batches, Use Local SGD](https://arxiv.org/pdf/1808.07217.pdf)
Citation: 146

[Adaptive Federated Optimization for Many Clients](http://arxiv.org/pdf/2003.00295.pdf)

[Don’t Use Large Mini-Batches, Use Local SGD](https://arxiv.org/pdf/1808.07217.pdf)

## Privacy

[Personalized Federated Learning with Moreau Envelopes](https://arxiv.org/pdf/2006.08848.pdf)

[GS-WGAN: A Gradient-Sanitized Approach for Private Generators. 2020-06-15](https://arxiv.org/pdf/2006.08848.pdf)

[Adaptive Federated Optimization for Many Clients. ICLR 2021. 2020-03](https://arxiv.org/pdf/2003.00295.pdf)

[language models of the memorization kind](https://arxiv.org/pdf/1805.09767.pdf)
"""


def test_paper_paragraphs_are_entries_for_al003():
    from awesome_lint.rules.duplicate_keys import paper_paragraphs

    doc = parse_text(PARAGRAPHS)
    assert doc.entries == []  # no list, no table: no entry for the other rules
    paras = paper_paragraphs(doc)
    assert [p.line for p in paras] == [5, 7, 10, 12, 16, 18, 20]  # not the lower-case phrase at 22
    assert paras[1].end_line == 8 and paras[1].kind == "para"
    assert paras[5].title == "GS-WGAN: A Gradient-Sanitized Approach for Private Generators"  # date cut off
    assert paras[6].title == "Adaptive Federated Optimization for Many Clients"  # venue and date cut off


def test_paragraph_repeat_in_a_section_and_slip_across_sections():
    fs = al003(PARAGRAPHS)
    got = [(f.line, f.severity, f.related) for f in fs]
    # line 12 repeats line 7 in its section (an error, but no deletion: a paragraph is no item);
    # line 18 carries line 16's arXiv id under another title (a slip, anywhere in the file);
    # line 20 is line 10 again in another section with a venue added: a cross-listing, not reported
    assert got == [(12, "error", (7,)), (18, "warning", (16,))]
    assert "in this section" in fs[0].message and fs[0].fix is None
    assert "copy-paste slip" in fs[1].message


def test_two_paper_paragraphs_are_prose():
    text = """# Notes

[Don't Use Large Mini-Batches, Use Local SGD](https://arxiv.org/pdf/1808.07217.pdf) is a paper we like.

[Don't Use Large Mini-Batches, Use Local SGD](https://arxiv.org/pdf/1808.07217.pdf) again, as said above.
"""
    assert al003(text) == []


def test_paragraphs_not_linking_a_paper_are_no_entries():
    text = "# Tools\n\n" + "".join(f"[A Tool For Many Things Number {n}](https://example.com/tool)\n\n" for n in range(4))
    assert al003(text) == []


def test_cli_reports_paragraph_duplicates_and_fix_leaves_them(tmp_path):
    target = tmp_path / "README.md"
    target.write_text(PARAGRAPHS, encoding="utf-8")
    code, out = run_json("--select", "AL003", str(target))
    assert code == 1
    assert [(f["line"], f["severity"], f["fixable"]) for f in out] == [(12, "error", False), (18, "warning", False)]
    code, out = run_json("--select", "AL003", "--fix", "--unsafe-fixes", str(target))
    assert target.read_text(encoding="utf-8") == PARAGRAPHS  # nothing deletes a paragraph
    assert [f["line"] for f in out] == [12, 18]


# ---- a preprint and its published version (session 7) ---------------------------------------------
VERSIONS = """| Date | Authors | Title | Code |
|---|---|---|---|
|202507|H. Wang et al.|SAM-Med3D: A Vision Foundation Model for Volumetric Medical Images [(paper)](https://ieeexplore.ieee.org/document/111)|[Code](https://github.com/uni-medical/SAM-Med3D)|
|202410|Y. Li et al.|Plug-and-play segment anything model improves nnUNet performance [(paper)](https://doi.org/10.1002/mp.17481)|[Code](https://github.com/Kent0n-Li/nnSAM)|
|202402|Z. Chen et al.|SAM-Adapter Variants for Polyp Images [(paper)](https://arxiv.org/pdf/2402.00001.pdf)|[Code](https://github.com/x/other)|
|202310|H. Wang et al.|SAM-Med3D [(paper)](https://arxiv.org/pdf/2310.15161.pdf)|[Code](https://github.com/uni-medical/SAM-Med3D)|
|202309|Y. Li et al.|nnSAM: Plug-and-play Segment Anything Model Improves nnUNet Performance [(paper)](https://arxiv.org/pdf/2309.16967.pdf)|[Code](https://github.com/Kent0n-Li/Medical-Image-Segmentation)|
|202309|B. Fazekas et al.|SAM-OCTA: Segment Anything for OCT Angiography [(paper)](https://arxiv.org/pdf/2309.11758.pdf)|[Code](https://github.com/ShellRedia/SAM-OCTA)|
|202310|B. Fazekas et al.|SAM-OCTA: Prompting Segment-Anything for OCTA Image Segmentation [(paper)](https://arxiv.org/pdf/2310.07183.pdf)|[Code](https://github.com/ShellRedia/SAM-OCTA)|
"""


def test_preprint_and_published_version_in_one_table():
    fs = al003(VERSIONS)
    got = {f.line: f for f in fs}
    assert sorted(got) == [6, 7]  # SAM-OCTA twice: two papers (two arXiv ids) of one repository
    assert got[6].related == (3,) and "same name and code repository" in got[6].message
    assert got[7].related == (4,) and "same title after its name" in got[7].message
    assert all(f.severity == "error" and f.fix is not None and not f.fix.safe for f in fs)


def test_preprint_in_another_table_is_not_reported():
    head, rows = VERSIONS.split("|---|---|---|---|\n")
    first, second = rows.splitlines(keepends=True)[:3], rows.splitlines(keepends=True)[3:]
    text = head + "|---|---|---|---|\n" + "".join(first) + "\n## Preprints\n\n" + head + "|---|---|---|---|\n" + "".join(second)
    assert [f.line for f in al003(text)] == []


# ---- a code link copied from the entry above (session 7) -------------------------------------------
CODE_SLIP = """- `2021.06` BioM-Transformers: Building Large Biomedical Language Models, [ACL](https://aclanthology.org/2021.bionlp-1.24/), [Code](https://github.com/salrowili/BioM-Transformers)
- `2022.03` LinkBERT: Pretraining Language Models with Document Links, [arXiv](https://arxiv.org/abs/2203.15827), [Code](https://github.com/salrowili/BioM-Transformers)
- `2024.09` InternVL3.5: Advancing Open-Source Multimodal Models, [arXiv](https://arxiv.org/abs/2508.18265), [Code](https://github.com/OpenGVLab/InternVL)
- `2024.04` How Far Are We to GPT-4V? Closing the Gap with Open Models, [arXiv](https://arxiv.org/abs/2404.16821), [Code](https://github.com/OpenGVLab/InternVL)
- `2023.08` OpenFlamingo: An Open-Source Framework for Training Vision-Language Models, [arXiv](https://arxiv.org/abs/2308.01390), [Code](https://github.com/mlfoundations/open_flamingo)
- `2022.04` Flamingo: a Visual Language Model for Few-Shot Learning, [arXiv](https://arxiv.org/abs/2204.14198), [Code](https://github.com/mlfoundations/open_flamingo)
- `2023.05` SAM4MIS: Segment Anything for Medical Images, a Survey, [arXiv](https://arxiv.org/abs/2305.03678), [Project](https://github.com/YichiZhang98/SAM4MIS)
- `2024.08` Unleashing SAM2 for Biomedical Images and Videos: A Survey, [arXiv](https://arxiv.org/abs/2408.12889), [Project](https://github.com/YichiZhang98/SAM4MIS)
"""


def test_code_link_copied_from_the_entry_whose_name_the_repository_bears():
    fs = al003(CODE_SLIP)
    # not InternVL's family repository, not Flamingo in open_flamingo, not a [Project] link
    assert [(f.line, f.severity, f.related) for f in fs] == [(2, "warning", (1,))]
    assert "salrowili/biom-transformers" in fs[0].message and "copy-paste slip" in fs[0].message
    assert fs[0].fix is None


# ---- a file's only repeat across sections (session 7) ----------------------------------------------
LONE = """# Papers

## Segmentation

- **MedDINOv3: Adapting Vision Foundation Models for Medical Segmentation** [[arXiv]](https://arxiv.org/abs/2509.02379)
- **CellViT: Vision Transformers for Precise Cell Segmentation** [[arXiv]](https://arxiv.org/abs/2306.15350)

## Analysis

- **UNI: Towards a General-Purpose Foundation Model for Pathology** [[arXiv]](https://arxiv.org/abs/2308.15474)
- **MedDINOv3: Adapting Vision Foundation Models for Medical Segmentation** [[arXiv]](https://arxiv.org/abs/2509.02379)
"""


def test_the_files_only_identical_repeat_in_a_sibling_section_is_a_warning():
    fs = al003(LONE)
    assert [(f.line, f.severity, f.related) for f in fs] == [(11, "warning", (5,))]
    assert "pasted into a second section" in fs[0].message and fs[0].fix is None
    assert al003(LONE, config={"AL003": {"scope": "off"}}) == []


def test_repeats_across_sections_stay_quiet_when_the_file_cross_lists_or_they_differ():
    twice = LONE + "- **CellViT: Vision Transformers for Precise Cell Segmentation** [[arXiv]](https://arxiv.org/abs/2306.15350)\n"
    assert [f.line for f in al003(twice)] == [11, 12]  # two identical copies: both pasted
    many = twice + "".join(f"- **A Paper Title Number {n} For This Test** [[arXiv]](https://arxiv.org/abs/2401.0000{n})\n"
                           for n in range(3))
    many = many.replace("## Analysis", "".join(f"- **A Paper Title Number {n} For This Test** [[arXiv]](https://arxiv.org/abs/2401.0000{n})\n"
                                                for n in range(3)) + "\n## Analysis")
    assert al003(many) == []  # five repeats across sections: this file cross-lists on purpose
    mixed = twice.replace("Cell Segmentation** [[arXiv]](https://arxiv.org/abs/2306.15350)\n\n", "Cell Segmentation** [[arXiv]](https://arxiv.org/abs/2306.15350) (MICCAI)\n\n")
    assert mixed != twice and al003(mixed) == []  # one of them with a note: cross-listing
    changed = LONE[:LONE.rindex("- **MedDINOv3")] + "- **MedDINOv3: Adapting Vision Foundation Models for Medical Segmentation** [[arXiv]](https://arxiv.org/abs/2509.02379) (MICCAI 2025)\n"
    assert al003(changed) == []  # not word for word: a cross-listing with a note
    data = LONE.replace("## Analysis", "## Datasets")
    assert al003(data) == []  # a section of resources points back at papers


def test_a_short_name_quoting_its_paper_title_counts_for_a_slip():
    text = """# Robotics

## Reasoning

* **PIGLeT**: "PIGLeT: Language Grounding Through Neuro-Symbolic Interaction in a 3D World", *ACL 2021*. [[Paper](https://arxiv.org/abs/2201.07207)]

## Planning

* **ZSP**: "Language Models as Zero-Shot Planners: Extracting Actionable Knowledge", *ICML 2022*. [[Paper](https://arxiv.org/abs/2201.07207)]
* **HELM**: a benchmark. [[Paper](https://arxiv.org/abs/2211.09110)]
* **Holistic Evaluation of Language Models** [[Paper](https://arxiv.org/abs/2211.09110)]
"""
    fs = al003(text)
    assert [(f.line, f.severity, f.related) for f in fs] == [(9, "warning", (5,))]  # not HELM: no quoted title
    assert "copy-paste slip" in fs[0].message and "'ZSP'" in fs[0].message


def test_a_topical_video_heading_is_no_resource_section():
    def text(heading):
        return f"""# Models

## {heading}

- **Chat-UniVi: Unified Visual Representation for Image and Video** [[Paper]](https://arxiv.org/abs/2311.08046)

## Instruction Tuning

- **LLaMA-VID: An Image is Worth 2 Tokens in Large Language Models** [[Paper]](https://arxiv.org/abs/2311.08046)
"""
    assert [f.line for f in al003(text("Video Embedder × LLM"))] == [9]  # a video list's topic
    assert al003(text("Talks and Videos")) == []  # videos as resources point at papers


def test_a_named_row_counts_with_its_paper_column_for_a_slip():
    text = """# Recommenders

## By role

| Name | Paper | Venue | Link |
|---|---|---|---|
| PromptRec | Towards Personalized Cold-Start Recommendation with Prompts | Arxiv 2023 | [[Link]](https://arxiv.org/abs/2306.17256) |
| LLM2BERT4Rec | Leveraging Large Language Models for Sequential Recommendation | RecSys 2023 | [[Link]](https://arxiv.org/abs/2309.09261) |

## By date

| Name | Paper | Venue | Link |
|---|---|---|---|
| LLMSeqPrompt | Leveraging Large Language Models for Sequential Recommendation | RecSys 2023 | [[Link]](https://arxiv.org/abs/2309.09261) |

| Paper | Publication | Link |
|---|---|---|
| Could Small Language Models Serve as Recommenders? Towards Data-centric Cold-start Recommendations | Arxiv 2024 | [[Link]](https://arxiv.org/abs/2306.17256) |
"""
    fs = al003(text)
    # two method names on one paper title are one paper filed twice on purpose, not a slip
    assert [(f.line, f.severity, f.related) for f in fs] == [(18, "warning", (7,))]
    assert "old and new titles" in fs[0].message


# ---- a neighbour's page under another title ------------------------------------------------------
_PAGES = ("- [Reduction](https://docs.example.org/reduce.html)\n"
          "  - [Principal Component Analysis](https://docs.example.org/reduce.html#pca)\n"
          "  - [Stochastic Neighbour Embedding](https://docs.example.org/reduce.html#pca)\n"
          "  - [Factor Analysis](https://docs.example.org/reduce.html#factor)\n")


def test_title_link_copied_from_the_entry_above_is_a_slip():
    fs = al003(_PAGES)
    assert [(f.line, f.related, f.severity, f.fixable) for f in fs] == [(3, (2,), "warning", False)]
    assert "same page as the entry above" in fs[0].message and "copy-paste slip" in fs[0].message


def test_neighbours_page_not_a_slip_when_apart_numbered_or_not_the_title():
    apart = ("- [Principal Component Analysis](https://d.example.org/p#pca)\n- [Factor Analysis](https://d.example.org/f)\n"
             "- [Stochastic Neighbour Embedding](https://d.example.org/p#pca)\n")
    assert al003(apart) == []  # not neighbours: two links to one page in a list are often meant
    assert al003("- [Challenge Task1](https://c.example.org/)\n- [Challenge Task2](https://c.example.org/)\n") == []
    site = ("| Name | Website |\n| --- | --- |\n| [Heart Track](./heart.md) | [Home](https://c.example.org/) |\n"
            "| [Liver Track](./liver.md) | [Home](https://c.example.org/) |\n")
    assert al003(site) == []  # the shared link is not the title: the challenge's site
    named = ("- [Vision Toolkit](https://v.example.org/) - the toolkit\n"
             "- [Plugins](https://v.example.org/) - plugins of the Vision Toolkit\n")
    assert al003(named) == []  # the second names the first: one page about both


def test_title_link_slip_through_the_cli(tmp_path):
    target = tmp_path / "README.md"
    target.write_text("# Methods\n\n" + _PAGES, encoding="utf-8")
    code, out = run_json("--select", "AL003", str(target))
    assert [(f["line"], f["code"], f["severity"]) for f in out] == [(5, "AL003", "warning")]


def test_code_link_named_by_the_initials_of_the_entry_above():
    text = ("- Describing Lesions for Better Detection: A Multi-Aspect Vision-Language Framework "
            "[[pdf]](https://arxiv.org/abs/2401.00001) [[code]](https://github.com/someone/MAVL)\n"
            "- Teaching Volume Scans with Knowledge from Flat Image Experts "
            "[[pdf]](https://arxiv.org/abs/2401.00002) [[code]](https://github.com/someone/MAVL)\n")
    fs = al003(text)
    assert [(f.line, f.related) for f in fs] == [(2, (1,))] and "someone/mavl" in fs[0].message
    # the second entry's own initials name the repository too: one group's shared code, no slip
    both = text.replace("Teaching Volume Scans with Knowledge", "Teaching Volume Scans: More Aspects, Vision-Language")
    assert al003(both) == []


_BOLD_PARAS = "".join(
    f"**{t}.** [Jun., 2021] [CVPR, 2021].<br>\n*A. Author, B. Author.*<br>\n [[PDF](https://arxiv.org/abs/{i})] \n\n"
    for t, i in [("Exploring Prior Knowledge for Radiology Report Generation", "2106.00001"),
                 ("Contrastive Attention for Automatic Chest Report Generation", "2106.00001"),
                 ("Competence-based Curriculum Learning for Medical Report Generation", "2106.00003"),
                 ("Competence-based Curriculum Learning for Medical Report Generation", "2106.00003")])


def test_bold_title_paragraphs_are_entries():
    fs = al003("## Report generation\n\n" + _BOLD_PARAS)
    # the slip at its shared link's line (9), the duplicate at its title (15); nothing deleted
    assert [(f.line, f.related) for f in fs] == [(9, (3,)), (15, (11,))]
    assert "copy-paste slip" in fs[0].message and "duplicate entry" in fs[1].message
    assert not any(f.fixable for f in fs)
    # a bold line of prose without a paper link is no entry
    prose = "".join(f"**Some Bold Statement About Medical Report Generation {i}**\n\nText.\n\n" for i in "ab")
    assert al003(prose * 2) == []


def test_a_section_made_of_copies_from_one_other_section_lists_them_on_purpose():
    papers = [f"- **Grounding Referring Expressions In Scenes Part {w}** [[Paper]](https://arxiv.org/abs/1901.0000{n})"
              for n, w in enumerate(("One", "Two", "Three", "Four", "Five", "Six"))]
    view = lambda k: "\n".join(papers[:k])  # noqa: E731
    text = ("# Grounding\n\n## Referring Expressions\n\n" + "\n".join(papers) + "\n\n## Object Retrieval\n\n"
            + view(3) + "\n- **Open Vocabulary Object Retrieval With Words** [[Paper]](https://arxiv.org/abs/1902.00001)\n")
    # three of the four entries are copies of one section's: a topic view of it, not pasted slips
    assert al003(text) == []
    crowded = text + "".join(f"- **Another Retrieval Paper Number {w} Here** [[Paper]](https://arxiv.org/abs/1903.0000{n})\n"
                             for n, w in enumerate(("One", "Two", "Three", "Four", "Five", "Six")))
    # the same three copies among ten entries: pasted into the second section by mistake
    assert [f.line for f in al003(crowded)] == [14, 15, 16]


def test_an_outlines_branches_linking_the_repository_root_are_no_duplicate():
    text = """# Explainable AI

* [2.1 Model Explanation](https://github.com/owner/awesome-xai/tree/master/model)
* [2.3 Outcome Explanation](https://github.com/owner/awesome-xai)
* [2.5 Example-based Explanations](https://github.com/owner/awesome-xai)
"""
    assert al003(text) == []
    named = text.replace("2.5 Example-based Explanations](https://github.com/owner/awesome-xai)",
                         "Awesome XAI](https://github.com/owner/awesome-xai) - a mirror of 2.3 Outcome Explanation")
    assert [f.line for f in al003(named)] == [5]  # one repository under two names, one story: still reported
    alone = text.replace("2.5 Example-based Explanations", "Awesome XAI mirror")
    assert al003(alone) == []  # two names, nothing tells they are one project (`kubectx`, `kubens`)


def test_one_repository_hosting_several_tools_or_models_is_no_duplicate_session24():
    """Set S: `kubectx` and `kubens` both live in ahmetb/kubectx, YOLOv8 and YOLOv11 in
    ultralytics/ultralytics: one entry per tool, each with its own story. The same project
    under two names tells one story: the same description, or one names the other."""
    text = """# Tools

* [kubectx](https://github.com/ahmetb/kubectx) - switch between clusters on kubectl
* [kubens](https://github.com/ahmetb/kubectx) - switch between namespaces on kubectl
* [YOLOv11](https://github.com/ultralytics/ultralytics)
* [YOLOv8](https://github.com/ultralytics/ultralytics)
* [Lean](https://github.com/QuantConnect/Lean) - Algorithmic trading engine by QuantConnect.
* [QuantConnect](https://github.com/QuantConnect/Lean) - Lean Engine is an open-source trading engine.
* [FinData](https://github.com/smooth/FinancialDatasets) - Public financial datasets for NLP research
* [FinancialDatasets](https://github.com/smooth/FinancialDatasets) - Public financial datasets for NLP research only
* [DSP](https://github.com/JuliaDSP/DSP.jl) - Digital Signal Processing (filtering, periodograms).
* [SignalProcessing](https://github.com/JuliaDSP/DSP.jl) - Signal Processing tools for Julia.
"""
    assert [f.line for f in al003(text)] == [8, 10, 12]


def test_one_tool_beside_two_of_its_papers_is_no_duplicate():
    text = """# Evaluation

* [jiant](https://github.com/nyu/jiant): [Looking for Friends: Sentence-Level Pretraining Beyond Language Modeling](https://arxiv.org/abs/1812.10860)
* [jiant](https://github.com/nyu/jiant): [What Do You Learn From Context? Probing Sentence Structure](https://openreview.net/pdf?id=SJzSgnRcKX)
"""
    assert al003(text) == []
    same = text.replace("https://openreview.net/pdf?id=SJzSgnRcKX", "https://arxiv.org/abs/1812.10860")
    assert [f.line for f in al003(same)] == [4]  # one tool, one paper, two titles: still a slip


# ---- code links copied with the entry above, read more widely (session 11) -----------------------
WORDED = """# Papers

- [**ACL 2020**] Generation of Fluent Chest Radiograph Reports from Scans [[pdf]](https://arxiv.org/abs/2004.00001) [[code]](https://github.com/someone/radiograph_report_generation)
- [**EMNLP 2020**] Automatic Generation of Clinical Imaging Reports [[pdf]](https://arxiv.org/abs/2004.00002) [[code]](https://github.com/someone/radiograph_report_generation)
- [**CVPR 2021**] Report Generation for Radiograph Images with Memory [[pdf]](https://arxiv.org/abs/2104.00003) [[code]](https://github.com/someone/radiograph_report_generation)
"""

FOLDER = """# Agents

## Foundations

- **Lumen: Denoising Pre-training for Sequence Generation.** [[paper](https://arxiv.org/abs/1910.00001)] [[code](https://github.com/acme/models-zoo/tree/main/src/zoo/models/lumen)]
- **Orbit: Scaling Encoders.** [[paper](https://arxiv.org/abs/1910.00002)] [[code](https://github.com/acme/models-zoo/tree/main/src/zoo/models/orbit)]

## Reasoning

- **Self-Checking Improves Multi-Step Reasoning in Models.** [[paper](https://arxiv.org/abs/2203.00003)] [[code](https://github.com/acme/models-zoo/tree/main/src/zoo/models/lumen)]
"""

ABBR = """# Foundation models

|Abbreviation|Title|Publication|Paper|Code|
|:---:|---|:---:|:---:|:---:|
|**SatFormer**|**Advancing Plain Transformers for Satellite Images**|TGRS2022|[SatFormer](https://ieeexplore.ieee.org/document/1000001)|[link](https://github.com/lab/SatFormer)|
|**GeoPre**|**An Empirical Study of Geospatial Pretraining**|TGRS2022|[GeoPre](https://ieeexplore.ieee.org/document/1000002)|[link](https://github.com/lab/SatFormer)|
|**DETAX**|**Fast Detection with Modulated Attention**|ICCV2021|[DETAX](https://ieeexplore.ieee.org/document/1000003)|[link](https://github.com/lab/DETAX-Det)|
|**ACX**|**Detection with Adaptive Clustering Transformers**|BMVC2021|[ACX](https://ieeexplore.ieee.org/document/1000004)|[link](https://github.com/lab/DETAX-Det)|
"""


def test_code_repository_named_by_the_words_of_the_title_above():
    fs = al003(WORDED)
    # the third title holds every word of the repository's name: its own code, not a slip
    assert [(f.line, f.related) for f in fs] == [(4, (3,))]
    assert "someone/radiograph_report_generation" in fs[0].message and "copy-paste slip" in fs[0].message


def test_code_folder_named_after_an_entry_of_another_section():
    fs = al003(FOLDER)
    assert [(f.line, f.related) for f in fs] == [(10, (5,))]
    assert "models/lumen" in fs[0].message


def test_code_repository_named_by_an_abbreviation_cell():
    fs = al003(ABBR)
    # not `DETAX-Det` for ACX: a repository whose name holds another's as a part may host both
    assert [(f.line, f.related) for f in fs] == [(6, (5,))]


def test_cli_reports_a_copied_code_folder(tmp_path):
    path = tmp_path / "agents.md"
    path.write_text(FOLDER)
    _, found = run_json("--select", "AL003", str(path))
    assert [d["line"] for d in found] == [10]


# ---- one paper's abstract page and PDF on a proceedings site (session 11) ------------------------
PROCEEDINGS = """# Papers

- [Bag of Tricks for Image Classification](http://openaccess.thecvf.com/content_CVPR_2019/html/He_Bag_of_Tricks_CVPR_2019_paper.html) - CVPR 2019.
- [Attention Is All You Need](https://papers.nips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html) - NeurIPS 2017.
- [BERT](https://aclanthology.org/N19-1423/) - NAACL 2019.
- [Learning Transferable Visual Models](http://proceedings.mlr.press/v139/radford21a.html) - ICML 2021.
- [Plain Vision Transformers for Remote Sensing](https://ieeexplore.ieee.org/abstract/document/9956816) - TGRS 2022.
- [Bag of Tricks for Image Classification with CNNs](https://openaccess.thecvf.com/content_CVPR_2019/papers/He_Bag_of_Tricks_CVPR_2019_paper.pdf) - CVPR 2019.
- [Attention Is All You Need (NIPS)](https://proceedings.neurips.cc/paper/2017/file/3f5ee243547dee91fbd053c1c4a845aa-Paper.pdf) - NeurIPS 2017.
- [BERT: Pre-training of Deep Bidirectional Transformers](https://www.aclweb.org/anthology/N19-1423.pdf) - NAACL 2019.
- [CLIP](https://proceedings.mlr.press/v139/radford21a/radford21a.pdf) - ICML 2021.
- [RVSA](https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9956816) - TGRS 2022.
- [Other Tricks for Image Classification](https://openaccess.thecvf.com/content_CVPR_2019/papers/Other_Tricks_CVPR_2019_paper.pdf) - CVPR 2019.
"""


def test_abstract_page_and_pdf_of_one_paper_are_one_paper_link():
    from awesome_lint.rules.duplicate_keys import paper_key

    assert paper_key("https://aclanthology.org/2020.acl-main.1/") == paper_key("https://aclanthology.org/2020.acl-main.1.pdf")
    assert paper_key("https://ieeexplore.ieee.org/xpl/conhome/1000/proceeding").startswith("ieeexplore.ieee.org/")
    fs = al003(PROCEEDINGS)
    # CLIP and RVSA: a short name on its paper's link is the model, not a copy (as for any link)
    assert [(f.line, f.related) for f in fs] == [(8, (3,)), (9, (4,)), (10, (5,))]
    assert all("same paper link" in f.message for f in fs)


CODE_ONLY = """# Captioning

- Vision prefix captioning [[code]](https://github.com/someone/vision_prefix_caption)
- [Show and Tell: A Neural Image Caption Generator](https://arxiv.org/abs/1411.04555) [[code]](https://github.com/other/captioners)
- [VisCap: Vision Prefix for Image Captioning](https://arxiv.org/abs/2111.00001) [[code]](https://github.com/someone/vision_prefix_caption)
- Toolkit [[code]](https://github.com/other/captioners)
- [Attend and Tell: Visual Attention Captions](https://arxiv.org/abs/1502.00003) [[code]](https://github.com/other/captioners)
"""


def test_one_work_listed_by_its_code_alone_and_with_its_paper():
    fs = al003(CODE_ONLY)
    # not "Toolkit" (one word) beside Show and Tell's repository, not Attend and Tell (its own paper)
    assert [(f.line, f.related, f.severity) for f in fs] == [(5, (3,), "warning")]
    assert "one work listed twice" in fs[0].message and fs[0].fix is None


def test_two_posts_of_one_blog_with_alike_titles_are_two_resources(tmp_path):
    """`Getting Started with React Native Development on Windows` and `… for Windows`, two
    posts of one blog (two addresses on one site, neither a paper id), are two articles; the
    same alike titles on two sites are still a possible duplicate."""
    rows = ["# Articles", "",
            "* [Getting Started with React Native Development on Windows](https://shift.example.red/getting-started-on-windows-90d85a72ae65)",
            "* [Getting Started with React Native Development for Windows](https://shift.example.red/getting-started-for-windows-ba23a4be90b6)"]
    path = tmp_path / "posts.md"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert run_json("--select", "AL003", path)[1] == []
    rows[3] = "* [Getting Started with React Native Development for Windows](https://blog.example.org/rn-windows)"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert [f["line"] for f in run_json("--select", "AL003", path)[1]] == [4]


def test_two_repositories_of_one_owner_stay_a_possible_duplicate(tmp_path):
    """The two-pages exception is for a site's pages: two repositories of one GitHub owner with
    titles apart only in small words may be one project forked or renamed, and stay reported."""
    rows = ["# Tools", "",
            "* [Getting Started with React Native Development on Windows](https://github.com/acme/rn-windows)",
            "* [Getting Started with React Native Development for Windows](https://github.com/acme/rn-windows-guide)"]
    path = tmp_path / "repos.md"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert [f["line"] for f in run_json("--select", "AL003", path)[1]] == [4]


def test_two_names_of_one_paper_with_one_citation_are_no_slip():
    """`Microsoft (Deep Residual Learning)` and, in another section, `Deep Residual Network
    (Current State-of-the-Art)`, each with a sub-item citing "Deep Residual Learning for Image
    Recognition" on one arXiv id: the list names one paper twice, no link was copied onto another."""
    text = ("# Vision\n\n## Classification\n\n"
            "* Microsoft (Deep Residual Learning) [[Paper](http://arxiv.org/pdf/1512.03385v1.pdf)]\n"
            "  * Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun, Deep Residual Learning for Image Recognition, arXiv:1512.03385.\n"
            "* Inception [[Paper]](http://arxiv.org/abs/1409.4842)\n"
            "  * Christian Szegedy, Going Deeper with Convolutions, CVPR, 2015.\n\n"
            "## Detection\n\n"
            "* Deep Residual Network (Current State-of-the-Art) [[Paper]](http://arxiv.org/abs/1512.03385)\n"
            "  * Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun, Deep Residual Learning for Image Recognition\n")
    slips = [f for f in lint_text(text, select=["AL003"]) if "slip" in f.message]
    assert slips == []
    other = text.replace("Deep Residual Learning for Image Recognition\n", "Mask R-CNN for Instance Segmentation\n")
    assert [f.line for f in lint_text(other, select=["AL003"]) if "slip" in f.message] == [12]


def test_paragraphs_that_open_with_a_tag_in_parentheses():
    """`(Arxiv 24.05.16) Title [Paper](…) [Code](…)`, one paragraph per paper (the parenthesis
    maybe escaped): a paragraph repeated word for word, and another title on one arXiv id."""
    paras = [f"\\(Arxiv 24.05.{i:02d}) Mamba Model Number {i} for Vision Tasks [Paper](https://arxiv.org/abs/2405.{i:05d}) "
             f"[Code](https://github.com/o/m{i})\n\n" for i in range(1, 6)]
    paras.append(paras[1])
    paras.append("(Arxiv 24.05.23) Multi-Scale VMamba: Hierarchy in Hierarchy Visual State Space Model "
                 "[Paper](https://arxiv.org/abs/2405.00004) [Code](https://github.com/o/ms)\n\n")
    text = "# Mamba\n\n## Vision\n\n" + "".join(paras)
    found = [(f.line, "duplicate entry" in f.message, "slip" in f.message) for f in al003(text)]
    assert found == [(15, True, False), (17, False, True)]


def test_a_news_line_naming_a_paper_of_the_list_is_no_copy():
    """`We release the first version of the survey [paper](arxiv…)` in an Update Log, and the
    survey in the list: the news refers to the entry, it is not a second copy or a slip."""
    text = ("# Mamba\n\n## Update Log\n\n* [2024-04-15] We release the first version of the survey on state space "
            "models [[arXiv](https://arxiv.org/abs/2404.09516)]\n\n## Surveys\n\n"
            "* State Space Model for New-Generation Network Alternative to Transformers: A Survey "
            "[[Paper](https://arxiv.org/abs/2404.09516)]\n"
            "* Another Survey of Mamba Models for Vision and Language [[Paper](https://arxiv.org/abs/2404.01234)]\n")
    assert al003(text) == []


def test_two_models_of_one_family_share_their_paper():
    """`DeepSeek-V2` and `DeepSeek-V2-Lite`, two rows of a table of models linking the one
    report that describes both: two models, not one row twice."""
    text = ("# LLMs\n\n| Model | Checkpoints | Paper |\n| --- | --- | --- |\n"
            "| DeepSeek-V2 | [DeepSeek-V2](https://huggingface.co/deepseek-ai/DeepSeek-V2) | [DeepSeek-V2: A Strong MoE Model](https://arxiv.org/abs/2405.04434) |\n"
            "| Falcon | [Falcon](https://huggingface.co/tiiuae/falcon-40b) | [The Falcon Series](https://arxiv.org/abs/2311.16867) |\n"
            "| DeepSeek-V2-Lite | [DeepSeek-V2-Lite](https://huggingface.co/deepseek-ai/DeepSeek-V2-Lite) | [DeepSeek-V2: A Strong MoE Model](https://arxiv.org/abs/2405.04434) |\n")
    assert al003(text) == []
    again = text.replace("| DeepSeek-V2-Lite | [DeepSeek-V2-Lite](https://huggingface.co/deepseek-ai/DeepSeek-V2-Lite)",
                         "| DeepSeek-V2 | [DeepSeek-V2](https://huggingface.co/deepseek-ai/DeepSeek-V2)")
    assert [f.line for f in al003(again)] == [7]


def test_a_paper_under_three_headings_is_filed_by_topic():
    """A file that lists one paper word for word under three sibling headings files papers
    under every topic they fit: its repeats are no paste slips."""
    def entries(prefix):
        return "".join(f"- [{prefix} Paper Number {i} on Efficient Models](https://arxiv.org/abs/2401.{i:05d}{len(prefix)})\n"
                       for i in range(4))
    galore = "- [Natural GaLore: Accelerating GaLore for Memory-Efficient Training](https://arxiv.org/abs/2410.16029)\n"
    text = (f"# L\n\n## Methods\n\n### Low-Rank\n\n{entries('Alpha')}{galore}\n### Fine-tuning\n\n{entries('Beta')}{galore}\n"
            f"### Training\n\n{entries('Gamma')}{galore}")
    assert [f for f in al003(text) if "pasted" in f.message] == []
    twice = text.rsplit(galore, 1)[0]
    assert [f.line for f in al003(twice) if "pasted" in f.message] == [19]


def test_one_name_two_subtitles_and_a_bare_word_target_session16():
    """Set K's false positives (a table of papers with code): "GeoNet: Geometric Neural Network …"
    and "GeoNet: Unsupervised Learning …" are two papers that chose one name, even with one code
    link; rows whose paper link is the bare word `nan` (a table exported without the link)
    share no paper link. The same name with one subtitle written two ways is still one paper."""
    head = "| Title | Conf | Code |\n| --- | --- | --- |\n"
    text = ("# L\n\n" + head +
            "| [GeoNet: Geometric Neural Network for Joint Depth and Surface Normal Estimation](https://a.org/qi.pdf) | CVPR | [code](https://github.com/y/GeoNet) |\n"
            "| [GeoNet: Unsupervised Learning of Dense Depth, Optical Flow and Camera Pose](https://a.org/yin.pdf) | CVPR | [code](https://github.com/y/GeoNet) |\n"
            "| [Pelee: A Real-Time Object Detection System on Mobile Devices](nan) | NIPS | [code](https://github.com/r/Pelee) |\n"
            "| [Learning Conditioned Graph Structures for Interpretable Visual Question Answering](nan) | NIPS | [code](https://github.com/a/vqa) |\n")
    assert [f for f in lint_text(text, select=["AL003"]) if f.code == "AL003"] == []
    again = text + ("| [GeoNet: Geometric Neural Networks for Joint Depth and Surface Normal Estimation](https://b.org/qi) "
                    "| TPAMI | [code](https://github.com/y/GeoNet) |\n")
    assert [f.line for f in lint_text(again, select=["AL003"]) if f.code == "AL003"] == [9]


def test_one_arxiv_id_under_two_titles_seen_through_notes_and_tables_session16():
    """Tuning misses: `Paint Transformer: … (**oral**)` is titled by its text, not by the bold
    note in parentheses, and its link `…/abs/2108.03798]` (a pasted `]`) names the id TriTransNet
    links; in a benchmark table, rows that put two papers' titles on one arXiv id are a slip
    (two data sets of one paper, one title, still share its link)."""
    text = ("# L\n\n## Detection\n\n"
            "- **[TriTransNet]** TriTransNet: RGB-D Salient Object Detection with a Triplet Transformer Embedding Network "
            "[[paper](https://arxiv.org/abs/2108.03798)]\n- Other paper on other things [[paper](https://arxiv.org/abs/2101.00001)]\n\n"
            "## Painting\n\n- Paint Transformer: Feed Forward Neural Painting with Stroke Prediction (**oral**) "
            "[[paper](https://arxiv.org/abs/2108.03798])]\n- Another paper on more things [[paper](https://arxiv.org/abs/2101.00002)]\n\n"
            "## Benchmarks\n\n| Dataset | Title |\n| --- | --- |\n"
            "| `CrossCodeEval` | [**CrossCodeEval: A Diverse and Multilingual Benchmark for Cross-File Code Completion**](https://arxiv.org/abs/2306.03091) |\n"
            "| `RepoCoder` | [**Repository-Level Code Completion Through Iterative Retrieval and Generation**](https://arxiv.org/abs/2306.03091) |\n"
            "| `MNLI` | [paper](https://arxiv.org/abs/1804.07461) |\n| `QNLI` | [paper](https://arxiv.org/abs/1804.07461) |\n")
    found = [(f.line, f.message[:40]) for f in lint_text(text, select=["AL003"]) if f.code == "AL003"]
    assert found == [(10, "shares its arXiv id 2108.03798 with line"), (18, "shares its arXiv id 2306.03091 with line")]


def test_one_title_under_two_topic_tags_in_two_tables_is_no_slip():
    """`[Sparse FlashAttention] Faster Causal …` and `[QK-Sparse/Dropping Attention] Faster
    Causal …` on one arXiv id, in two topic tables: one paper filed under two topics (set L),
    a repeat across lists that the default scope leaves alone, not a link copied onto another
    paper. Another title on the id is still a slip."""
    head = "|Date|Title|Paper|\n|:---:|:---:|:---:|\n"
    one = "|2023.06|[Sparse FlashAttention] Faster Causal Attention Over Large Sequences(@EPFL)|[[pdf]](https://arxiv.org/pdf/2306.01160.pdf)|\n"
    two = "|2023.06|[QK-Sparse/Dropping Attention] Faster Causal Attention Over Large Sequences(@EPFL)|[[pdf]](https://arxiv.org/pdf/2306.01160.pdf)|\n"
    text = f"# Papers\n\n## Attention\n\n{head}{one}\n## Sparsity\n\n{head}{two}"
    assert [f for f in al003(text) if f.code == "AL003"] == []
    other = two.replace("Faster Causal Attention Over Large Sequences", "Dropping Keys for Cheaper Decoding Steps")
    assert [f.line for f in al003(f"# Papers\n\n## Attention\n\n{head}{one}\n## Sparsity\n\n{head}{other}")
            if f.code == "AL003"] == [13]


# ---- one section written twice (session 18) -------------------------------------------------------
TWICE = """# Awesome RL

## Codes

- [RL-Glue](https://glue.example.org/) - standard interface for RL
- [PyBrain](https://pybrain.example.org/) - Python-based library
- [RLPy](https://rlpy.example.org/) - value-function framework
- [Maja](https://maja.example.org/) - machine learning framework
- [TeachingBox](https://teachingbox.example.org/) - Java library

## Theory

- [Lecture notes](https://notes.example.org/)

## Codes

- [RL-Glue](https://glue.example.org/) - standard interface for RL
- [PyBrain](https://pybrain.example.org/) - Python-based library
- [RLPy](https://rlpy.example.org/) - value-function framework, for education
- [Coach](https://coach.example.org/) - a new framework

## Datasets

### Codes

- [RL-Glue](https://glue.example.org/) - standard interface for RL
- [PyBrain](https://pybrain.example.org/) - Python-based library
- [RLPy](https://rlpy.example.org/) - value-function framework
"""


def test_a_section_written_twice_reports_each_repeat_of_its_second_copy():
    fs = al003(TWICE)
    # the second '## Codes' repeats three of its four entries; the '### Codes' under Datasets is
    # another parent's part (a Datasets part listing a tool again), and the new entry is its own
    assert [(f.line, f.severity, f.related) for f in fs] == [(17, "warning", (5,)), (18, "warning", (6,)),
                                                            (19, "warning", (7,))]
    assert "written twice" in fs[0].message and fs[0].fix is None
    # two repeats are no copy of a section
    two = TWICE.replace("- [RLPy](https://rlpy.example.org/) - value-function framework, for education\n", "")
    assert [f.line for f in al003(two)] == []


def test_an_umbrella_resources_heading_does_not_make_its_methods_papers_resources():
    """`## Resources > ### Methods > #### Memory-based`: the papers under Methods are papers, so
    two titles on one arXiv id there are a copy-paste slip; directly under a Datasets heading
    two data sets of one paper share its link."""
    entry = "{n}. **{t}**. <br />\nAnn Lee, Bo Chen. [[paper](https://arxiv.org/abs/{a})]\n\n"
    papers = [("WISE: Rethinking the Knowledge Memory for Lifelong Model Editing", "2405.14768"),
              ("MEMLA: Enhancing Multilingual Knowledge Editing with Low-Rank Adaptation", "2405.14768"),
              ("Knowledge Neurons in Pretrained Transformers for Editing", "2104.08696")]
    body = "".join(entry.format(n=i + 1, t=t, a=a) for i, (t, a) in enumerate(papers))
    text = "# Knowledge Editing Papers\n\n## Resources\n\n### Methods\n\n#### Memory-based\n\n" + body
    fs = [f for f in lint_text(text, select=["AL003"])]
    assert [f.line for f in fs] == [13] and "shares its arXiv id 2405.14768 with line 9" in fs[0].message
    datasets = text.replace("### Methods\n\n#### Memory-based", "### Datasets")
    assert lint_text(datasets, select=["AL003"]) == []


def test_link_sub_items_of_one_entry_are_its_links_not_entries():
    """`- [[Python Tensorflow Reference]](…/DGCNN)` and `- [[MATLAB Reference]](…/DGCNN)` under one
    paper: two labels of one repository (a label slip, AL011's), not a duplicate entry to delete.
    Sub-items that are entries of their own (`- [Pole-Cart Problem](…)`) are still compared."""
    text = ("# Deep Learning\n\n"
            "- **An End-to-End Deep Learning Architecture for Graph Classification (AAAI 2018)**\n"
            "  - Muhan Zhang, Zhicheng Cui\n"
            "  - [[Paper]](https://example.org/AAAI_2018_DGCNN.pdf)\n"
            "  - [[Python Tensorflow Reference]](https://github.com/muhanzhang/DGCNN)\n"
            "  - [[MATLAB Reference]](https://github.com/muhanzhang/DGCNN)\n"
            "- Simulation code\n"
            "  - [Pole-Cart Problem](https://example.org/poledriver.html)\n"
            "  - [Q-learning Controller](https://example.org/poledriver.html)\n")
    assert [f.line for f in lint_text(text, select=["AL003"])] == [10]


def test_the_slip_is_the_entry_that_took_another_papers_id_not_the_paper_listed_again():
    # set O (session 20): Switch Transformers under Papers, then under Models with its own id; the
    # entry between that took its id is the one slip
    text = """# MoE

## Papers

- Switch Transformers: Scaling to Trillion Parameter Models [[11 Jan 2021]](https://arxiv.org/abs/2101.03961)

## Models

- Mixture-of-Experts with Expert Choice Routing [[18 Feb 2022]](https://arxiv.org/abs/2101.03961)
- ST-MoE: Designing Stable and Transferable Sparse Expert Models [[17 Feb 2022]](https://arxiv.org/abs/2202.08906)
- Switch Transformers: Scaling to Trillion Parameter Models [[11 Jan 2021]](https://arxiv.org/abs/2101.03961)
"""
    found = [f for f in lint_text(text, select=["AL003"]) if f.code == "AL003"]
    assert "shares its arXiv id 2101.03961 with line 5" in found[0].message and found[0].line == 9
    assert not any("shares its arXiv id" in f.message for f in found[1:])  # not Switch Transformers again


def test_two_files_of_one_download_page_are_no_copied_link():
    # set O (session 20): two embeddings offered on one download page, their titles alike
    # (under a heading of tools: a Datasets heading excuses a shared page, session 29)
    text = """# Embeddings

## Tools

* [Meta-Embeddings](https://cistern.cis.lmu.de/meta-emb/)
* [GloVe vectors (Common Crawl, 840B tokens)](https://nlp.example.edu/projects/glove/)
* [GloVe vectors (Wikipedia, 6B tokens)](https://nlp.example.edu/projects/glove/)
* [Principal Component Analysis (PCA)](https://scikit-learn.org/stable/modules/decomposition.html#pca)
* [t-SNE](https://scikit-learn.org/stable/modules/decomposition.html#pca)
"""
    found = [f for f in lint_text(text, select=["AL003"]) if f.code == "AL003"]
    assert [f.line for f in found] == [9]
    assert "same page as the entry above" in found[0].message


def test_a_model_named_with_its_letters_spelt_out_and_a_citation_after_its_authors_session23():
    """Set R's false positives (an RNN list): `GRU (Gated Recurrent Unit)` names the model its
    paper introduced, and the paper cited under an application (`Authors, *Title*, venue`) is
    a cross-reference, not a copy-paste slip; a citation's title is its italic run, not the
    authors before it, so the same paper cited twice with one title is no slip either. A short
    title that is no spelt-out name is still told."""
    text = """# RNN

## Architectures

* GRU (Gated Recurrent Unit) [[Paper](http://arxiv.org/pdf/1406.1078.pdf)]
* Felix Hill, Antoine Bordes, and Jason Weston, *The Goldilocks Principle: Reading children's books*, arXiv:1511.02301 [[Paper](http://arxiv.org/pdf/1511.02301.pdf)]
* Medical SAM Adapter [[Paper](https://arxiv.org/abs/2304.12620)]

## Machine Translation

* Kyunghyun Cho, Bart van Merrienboer, and Yoshua Bengio, *Learning Phrase Representations using RNN Encoder-Decoder for Statistical Machine Translation*, EMNLP 2014 [[Paper](http://arxiv.org/pdf/1406.1078.pdf)]
* Felix Hill, Antoine Bordes, Jason Weston, "The Goldilocks Principle: Reading Children's Books", ICLR 2016 [[Paper](http://arxiv.org/abs/1511.02301)]
* Segment Anything in Medical Images with Prompts [[Paper](https://arxiv.org/abs/2304.12620)]
"""
    found = [(f.line, f.message.split(":")[0]) for f in lint_text(text, select=["AL003"]) if f.code == "AL003"]
    assert found == [(13, "shares its arXiv id 2304.12620 with line 7 ('Medical SAM Adapter') but is titled 'Segment Anything in Medical Images with Prompts'")]


def test_a_sections_link_slots_on_one_page_are_no_copy_paste_slip_session24():
    """Set S (a cloud tools list): each SDK section fills the same link slots (Repo, Docs, Learn
    More); a language with one documentation page links it from both `Docs` and `Learn More`.
    A label that names a kind of link is no name of a thing copied with the entry above."""
    text = """# SDKs

### Perl

* [Repo](https://github.com/pplu/aws-sdk-perl)
* [Docs](https://metacpan.org/pod/Paws)
* [Learn More](https://metacpan.org/pod/Paws)
"""
    assert al003(text) == []
    named = text.replace("[Docs]", "[Paws Manual]")
    assert [f.line for f in al003(named)] == [7]  # two names on one page, neither a link slot: still told


def test_one_repository_many_crates_and_one_title_with_notes_session25():
    """Set T's wrong findings: chips of a series (`atsamd21`, `atsame54`) and boards that each
    name themselves share one repository on purpose; a paper cross-listed under another section
    with a leading `[InternVL2.5]` or `✨` and a trailing `(InternVL 2.5)` is one title (the
    file's cross-listing habit, not a slip); in one table it is a duplicate, told as one."""
    chips = "".join(f"- [`atsam{c}`](https://github.com/atsamd-rs/atsamd) Peripheral access API for SAM{c.upper()} "
                    "microcontrollers. This git repo hosts both the crate and the hal.\n"
                    for c in ("d11", "d21", "d51", "e53", "e54"))
    boards = "".join(f"- [`adafruit-{b}`](https://github.com/rp-rs/rp-hal-boards) - Board Support Crate for the "
                     f"Adafruit {b.replace('-', ' ').title()}\n" for b in ("feather-rp2040", "kb2040", "macropad"))
    text = "# Crates\n\n## Chips\n\n" + chips + "\n## Boards\n\n" + boards
    assert [f for f in lint_text(text, select=["AL003"])] == []
    rows = ("| [InternVL2.5] [Expanding Performance Boundaries of Open-Source Multimodal Models](https://arxiv.org/abs/2412.05271) | 2024-12 |\n"
            "| ✨ [Expanding Performance Boundaries of Open-Source Multimodal Models](https://arxiv.org/abs/2412.05271) (InternVL 2.5) | 2024-12 |\n")
    table = "| Title | Date |\n| --- | --- |\n"
    text = "# Papers\n\n## Models\n\n" + table + rows[: rows.index("\n") + 1] + "\n## Recent\n\n" + table + rows[rows.index("\n") + 1:]
    found = lint_text(text, select=["AL003"])
    assert all("copy-paste slip" not in f.message for f in found), [f.message for f in found]
    text = "# Papers\n\n" + table + rows
    found = lint_text(text, select=["AL003"])
    assert [(f.line, "duplicate entry" in f.message) for f in found] == [(6, True)]


def test_two_preprints_one_titled_after_the_other_are_two_papers_session26():
    """Set U's offline-RL list: `Beyond Uniform Sampling: Offline RL with Imbalanced Datasets`
    (arXiv 2310.04413) is not `Offline RL with Imbalanced Datasets` (arXiv 2307.02752) under a
    name: two arXiv ids are two papers. A preprint beside its journal version (an arXiv id and
    a DOI) under a name is still one paper."""
    a = "- [Offline Reinforcement Learning with Imbalanced Datasets](https://arxiv.org/abs/2307.02752)\n"
    b = "- [Beyond Uniform Sampling: Offline Reinforcement Learning with Imbalanced Datasets](https://arxiv.org/abs/2310.04413)\n"
    assert al003("# Papers\n\n" + a + b) == []
    doi = b.replace("https://arxiv.org/abs/2310.04413", "https://doi.org/10.1109/x.2024.1")
    assert [f.line for f in al003("# Papers\n\n" + a + doi)] == [4]


def test_a_methods_table_is_titled_by_its_methods_not_its_data_sets_session27():
    """Set V: `| Methods | Task Level | Evaluation Metric | Dataset |` has no link; its rows are
    methods (`Methods`, a plural, is a title header as `Method` is), and two methods tested on the
    same data sets are two rows, not one entry twice. A table titled by its data sets still
    compares them."""
    ds = "Cora, Citeseer, Pubmed, Amazon-Computers, Amazon-Photo, Coauthor-CS"
    rows = "".join(f"| Method{i} | Node | Acc | {ds if i in (3, 4) else 'Set' + str(i)} |\n" for i in range(8))
    text = "# T\n\n| Methods | Task Level | Evaluation Metric | Dataset |\n| --- | --- | --- | --- |\n" + rows
    assert lint_text(text, select=["AL003"]) == []
    found = lint_text(text.replace("| Methods |", "| Approach |").replace("| Dataset |", "| Name |"), select=["AL003"])
    assert [f.line for f in found] == [9]


def test_a_repository_an_entry_links_twice_is_its_own_session28():
    # DennisRotondi's list (set W): Hydra's journal version links MIT-SPARK/Hydra as its project and
    # its code; a paste of the entry above's code link would bring one link, not two
    head = "# Scene graphs\n\n| Paper | Code |\n| --- | --- |\n"
    hydra = "| [Hydra: A Real-time Spatial Perception System](https://arxiv.org/abs/2201.13360) | [github](https://github.com/MIT-SPARK/Hydra) |\n"
    other = "| [Scene Graph Fusion for Incremental Semantic Mapping](https://arxiv.org/abs/2103.14898) | - |\n"
    twice = ("| [Foundations of Spatial Perception for Robotics](https://arxiv.org/abs/2305.07154) | "
             "[project](https://github.com/MIT-SPARK/Hydra), [github](https://github.com/MIT-SPARK/Hydra/) |\n")
    once = "| [Foundations of Spatial Perception for Robotics](https://arxiv.org/abs/2305.07154) | [github](https://github.com/MIT-SPARK/Hydra) |\n"
    assert [f.line for f in lint_text(head + hydra + other + twice, select=["AL003"])] == []
    found = lint_text(head + hydra + other + once, select=["AL003"])
    assert [f.line for f in found] == [7] and "copy-paste slip" in found[0].message


def test_a_name_after_a_parenthesised_venue_and_date_session28():
    # Yangzhangcst's list: `- (arXiv 2021.08) GroupFormer: …` then GCsT linking xueyee/GroupFormer
    text = ("# Action\n\n"
            "- (arXiv 2021.08) GroupFormer: Group Activity Recognition with Clustered Spatial-Temporal Transformer, "
            "[[Paper]](https://arxiv.org/pdf/2108.12630.pdf), [[Code]](https://github.com/xueyee/GroupFormer)\n"
            "- (arXiv 2021.09) GCsT: Graph Convolutional Skeleton Transformer for Action Recognition, "
            "[[Paper]](https://arxiv.org/pdf/2109.02860.pdf), [[Code]](https://github.com/xueyee/GroupFormer)\n")
    found = lint_text(text, select=["AL003"])
    assert [f.line for f in found] == [4] and "xueyee/groupformer of line 3" in found[0].message


def test_data_sets_of_one_release_share_its_page_session29():
    # xuyu0010's list (set X): under `# Datasets and Benchmarks` (a level-1 heading that is not the
    # page's title) two data sets of one paper link its one download page, and two benchmarks of one
    # release its one repository
    head = "# Awesome Video Adaptation\n\n# Papers\n\n- [A paper](https://arxiv.org/abs/2101.00001)\n\n# Datasets and Benchmarks\n\n"
    data = ("- [Sports-DA](https://example.org/msvda.html#data-download)\n"
            "- [Daily-DA](https://example.org/msvda.html#data-download)\n"
            "- [VIPER&rarr;Cityscapes-Seq](https://github.com/someone/DA-VSN) (*Video Segmentation*)\n"
            "- [SYNTHIA-Seq&rarr;Cityscapes-Seq](https://github.com/someone/DA-VSN) (*Video Segmentation*)\n")
    assert lint_text(head + data, select=["AL003"]) == []
    # the same lines under a heading of methods are a pasted link and one repository twice
    found = lint_text(head.replace("Datasets and Benchmarks", "Methods") + data, select=["AL003"])
    assert [f.line for f in found] == [10, 12]
    # and the page's own title naming data sets does not excuse the whole file
    found = lint_text("# Awesome Datasets\n\n## Vision\n\n" + data, select=["AL003"])
    assert [f.line for f in found] == [6, 8]


def test_a_heading_of_benchmark_papers_holds_papers_session29():
    # review: `## Benchmark Papers` names papers, not data sets: a copied neighbour link is still told
    text = ("# Survey\n\n## Benchmark Papers\n\n"
            "- [Sports-DA](https://example.org/msvda.html#data-download)\n"
            "- [Daily-DA](https://example.org/msvda.html#data-download)\n")
    assert [f.line for f in lint_text(text, select=["AL003"])] == [6]


def test_paragraphs_under_a_bold_venue_tag_in_brackets_are_entries_session30():
    # a medical CLIP list (set X): `[**ICASSP 2024**] Title \` over the authors and `[[paper](…)]`,
    # the same paper twice in one section, its arXiv link once as abs and once as pdf
    para = "[**ICASSP 2024**] {t} \\\n_Jiuming Qin, Che Liu_ \\\n[[paper](https://arxiv.org/{k}/2401.01179)]\n\n"
    other = "[**MICCAI 2023**] Another Paper on {t} \\\n_A. Author_ \\\n[[paper](https://arxiv.org/abs/2301.0000{k})]\n\n"
    text = ("# Papers\n\n## Others\n\n" + para.format(t="Freeze the Backbones: A Contrastive Approach", k="pdf")
            + "".join(other.format(t=f"Topic {i}", k=i) for i in range(3))
            + para.format(t="Freeze the backbones: A Contrastive Approach", k="abs"))
    found = [f for f in lint_text(text, select=["AL003"]) if f.code == "AL003"]
    assert [(f.line, "already listed at line 5" in f.message) for f in found] == [(21, True)]


def test_a_paragraph_opening_with_a_bold_link_label_is_still_an_entry_session30():
    # `[**GPT-4 Technical Report Now**](arxiv)`: a link whose bold label has a digit, not a
    # `[**ICASSP 2024**]` tag (the bracket-tag reading of session 30 first took it for one)
    names = ["ResNet-50 Strikes Back Again", "GPT-4 Technical Report Now", "Llama 2 Open Foundation Models",
             "YOLOv3 An Incremental Improvement"]
    text = "# Papers\n\n" + "".join(f"[**{n}**](https://arxiv.org/abs/2301.0000{i})\n\n" for i, n in enumerate(names))
    text += "[**GPT-4 Technical Report Now**](https://arxiv.org/abs/2301.00001)\n"
    found = [f for f in lint_text(text, select=["AL003"]) if f.code == "AL003"]
    assert [(f.line, "already listed at line 5" in f.message) for f in found] == [(11, True)]


def test_a_tool_under_two_parts_of_a_tools_heading_is_no_slip_session31():
    # a DevSecOps list (set Z): `# Tools` > `## Hunting` and `## Alerting` both list MozDef,
    # which does both jobs; the same repeat among paper sections is a paste
    def page(part):
        return (f"# Awesome X\n\nIntro.\n\n# {part}\n\n## Hunting\n\n* [MozDef](https://github.com/mozilla/MozDef)\n"
                "* [GRR](https://github.com/google/grr)\n\n## Alerting\n\n* [ElastAlert](https://github.com/Yelp/elastalert)\n"
                "* [MozDef](https://github.com/mozilla/MozDef)\n")
    assert al003(page("Tools")) == []
    assert [f.line for f in al003(page("Papers"))] == [15]


def test_a_results_table_gives_one_paper_at_two_settings_session32(tmp_path):
    """Set AA's false positives (a video detection list): a comparison table lists one paper at
    two speed settings, and alone beside combined with another method (`FGFA + Seq-NMS`): the
    scores differ, so these are results, not repeats. A row copied with its numbers still is one."""
    head = "# Video detection\n\n## Comparison table\n\n| Paper | Date | Backbone | mAP(%) | FPS |\n| --- | --- | --- | --- | --- |\n"
    rows = ["| [Seq-NMS](https://arxiv.org/abs/1602.08465) | Feb 2016 | ResNet101 | 76.8 | 2.3 |",
            "| [FGFA](https://arxiv.org/abs/1703.10025) | Mar 2017 | ResNet101 | 76.3 | 1.4 |",
            "| [FGFA](https://arxiv.org/abs/1703.10025) + [Seq-NMS](https://arxiv.org/abs/1602.08465) | Mar 2017 | ResNet101 | 78.4 | 1.14 |",
            "| [Lattice](https://arxiv.org/abs/1804.05472) | Apr 2018 | ResNet101 | 79.6 | 20 |",
            "| [Lattice](https://arxiv.org/abs/1804.05472) | Apr 2018 | ResNet101 | 79.0 | **62** |"]
    text = head + "\n".join(rows) + "\n"
    assert [f.line for f in lint_text(text, select=["AL003"])] == []
    copied = head + "\n".join(rows + [rows[1]]) + "\n"
    path = tmp_path / "README.md"
    path.write_text(copied, encoding="utf-8")
    code, found = run_json("--select", "AL003", str(path))
    assert [(f["line"], f["message"]) for f in found] == [
        (12, "duplicate entry: 'FGFA' is already listed at line 8 in this table (same title and paper link)")]


def test_a_table_titled_by_its_linked_column_when_the_first_is_a_category_session32():
    """Set AA's false positive (a remote sensing list): `| Year | Target | Contest |` rows whose
    Target is a category (`Land cover` on most rows) are named by their linked contest, so two
    contests on one organiser's home page are two entries, and a contest listed twice is one."""
    head = "# Change detection\n\n## Contests\n\n| Year | Target | Contest | Pairs |\n| --- | --- | --- | --- |\n"
    rows = ["| 2024 | Building | [Quake Response Contest](https://example.org/quake) | 10 |",
            "| 2024 | Land cover | [Spring Cup on Change](https://example.org/spring) | 4,000 |",
            "| 2023 | Land cover | [Eastern Eye Cup](https://example.cn/home/) | 6,000 |",
            "| 2022 | Land cover | [Space Map Cup](https://example.cn/home/) | 6,000 |",
            "| 2022 | Land cover | [Summer Cup on Change](https://example.org/summer) | 5,000 |"]
    text = head + "\n".join(rows) + "\n"
    assert [f.message for f in lint_text(text, select=["AL003"])] == []
    twice = head + "\n".join(rows + [rows[1]]) + "\n"
    assert [(f.line, f.message) for f in lint_text(twice, select=["AL003"])] == [
        (12, "duplicate entry: 'Spring Cup on Change' is already listed at line 8 in this table (same title and paper link)")]


def test_dates_are_no_scores_and_a_generic_link_column_names_no_row_session32():
    """Review of the two changes above: a paper twice in a table, under its arXiv month and its
    conference month (`08.2016`, `10.2016`), is still one paper twice; and a Link column of
    `[GitHub]` on every row does not name the rows, so an exact copied row is still reported."""
    dated = ("# T\n\n| Paper | Date | Code |\n| --- | --- | --- |\n"
             "| [Temporal Segment Networks](https://arxiv.org/abs/1608.00859) | 08.2016 | [code](https://github.com/y/tsn) |\n"
             "| [Non-local Neural Networks](https://arxiv.org/abs/1711.07971) | 11.2017 | [code](https://github.com/f/nl) |\n"
             "| [Temporal Segment Networks](https://arxiv.org/abs/1608.00859) | 10.2016 | [code](https://github.com/y/tsn) |\n")
    assert [f.line for f in lint_text(dated, select=["AL003"])] == [7]
    rows = ["| Library | Alpha parser for JSON | [GitHub](https://github.com/a/alpha) |",
            "| Library | Beta parser for YAML | [GitHub](https://github.com/b/beta) |",
            "| Service | Delta hosting of docs | [GitHub](https://github.com/d/delta) |",
            "| Library | Zeta parser for INI | [GitHub](https://github.com/z/zeta) |",
            "| Library | Zeta parser for INI | [GitHub](https://github.com/z/zeta) |"]
    generic = "# T\n\n| Category | Description | Link |\n| --- | --- | --- |\n" + "\n".join(rows) + "\n"
    assert [f.line for f in lint_text(generic, select=["AL003"])] == [9]


def test_a_section_named_after_the_repository_shares_it_session35():
    """Set AE's wrong finding (a Mamba list): under `## Mamba`, Mamba and its sequel
    "Transformers are SSMs" (Mamba-2) both link `state-spaces/mamba`, their one repository. In
    a section of another name the second entry's code link is still a paste from the first."""
    rows = ("| Paper | Code |\n| --- | --- |\n"
            "| [Mamba: Linear-Time Sequence Modeling with Selective State Spaces](https://arxiv.org/abs/2312.00752) | [Code](https://github.com/state-spaces/mamba) |\n"
            "| [Transformers are SSMs: Generalized Models and Efficient Algorithms](https://arxiv.org/abs/2405.21060) | [Code](https://github.com/state-spaces/mamba) |\n")
    assert lint_text("# Models\n\n## Mamba\n\n" + rows, select=["AL003"]) == []
    found = lint_text("# Models\n\n## Sequence Models\n\n" + rows, select=["AL003"])
    assert [f.line for f in found] == [8] and "copy-paste slip" in found[0].message


def test_a_title_that_joins_both_topics_is_filed_under_both_session35():
    """Set AE's wrong finding (a federated LoRA list): `LoRA-FAIR: … with Aggregation and
    Initialization Refinement` under `1.1 Server Aggregation` and again under `1.2 LoRA
    Initialization`: its title joins the two topics, filed under both on purpose. Another
    paper pasted into the second section is still reported."""
    def text(title):
        first = "".join(f"* Aggregating federated updates number {i}. [[Paper]](https://arxiv.org/abs/2403.{i:05d})\n" for i in range(4))
        second = "".join(f"* Initializing adapters number {i}. [[Paper]](https://arxiv.org/abs/2404.{i:05d})\n" for i in range(4))
        paper = f"* {title}. [[Paper]](https://arxiv.org/abs/2411.19128)\n"
        return ("# Federated LoRA\n\n## Part 1: Distributed Learning\n\n### 1.1 Server Aggregation\n\n" + first + paper
                + "\n### 1.2 LoRA Initialization\n\n" + second + paper)
    joined = "LoRA-FAIR: Federated LoRA Fine-Tuning with Aggregation and Initialization Refinement"
    assert lint_text(text(joined), select=["AL003"]) == []
    found = lint_text(text("LoRA-FAIR: Federated LoRA Fine-Tuning with Residual Refinement"), select=["AL003"])
    assert [f.line for f in found] == [19] and "pasted into a second section" in found[0].message


def test_rows_that_name_several_papers_are_no_papers_session36():
    """Set AF's wrong findings (a video reward model list): a taxonomy table's rows name a topic
    and link several papers each under its own name (`| Human preference | [LiFT](arXiv),
    [VisionReward](arXiv) |`, under `Typical papers`), and a reading path's steps do the same
    after a bold topic; the papers are listed again below with their titles. The topics are no
    papers' titles: no copy-paste slips (48 such findings on one list). A row that links one
    paper under another's title is still a slip."""
    ids = ["2412.04814", "2412.21059", "2501.13918", "2403.11956", "2406.15252", "2411.17221"]
    names = ["LiFT", "VisionReward", "VideoReward", "T2VQA", "VideoScore", "AIGV-Assessor"]
    link = lambda i: f"[{names[i]}](https://arxiv.org/abs/{ids[i]})"
    text = ("# Video Reward Models\n\n## Start Here\n\n"
            f"1. **First reusable evaluators** — {link(4)} and {link(5)}. Start there.\n"
            f"2. **Decomposed rewards** — {link(1)}, {link(2)}.\n\n"
            "## Taxonomy\n\n| Supervision | Typical papers |\n|---|---|\n"
            f"| Human pairwise / listwise preference | {link(0)}, {link(1)}, {link(2)} |\n"
            f"| Human pointwise scores / expert ratings | {link(3)}, {link(4)}, {link(5)} |\n\n"
            "## Papers\n\n"
            + "".join(f"- [{names[i]}: A Study of Video Reward Modelling Number {i}](https://arxiv.org/abs/{ids[i]}) *(2024)*\n"
                      for i in range(6)))
    assert lint_text(text, select=["AL003"]) == []
    slip = text.replace("Number 3](https://arxiv.org/abs/2403.11956)", "Number 3](https://arxiv.org/abs/2412.04814)")
    assert [f.line for f in lint_text(slip, select=["AL003"])] == [20]


def test_two_awesome_lists_of_one_name_session36():
    """Set AF's wrong finding: `[Awesome RL for Video Generation]` linking two people's lists of
    that name is two lists; one repository listed twice under one name is still a duplicate."""
    head = "# Awesome Video\n\n## Adjacent collections\n\n"
    two = ("- [Awesome RL for Video Generation](https://github.com/chrisliu298/awesome-rl-for-video-generation) — sibling list\n"
           "- [Awesome RL for Video Generation](https://github.com/wendell0218/Awesome-RL-for-Video-Generation)\n")
    assert lint_text(head + two, select=["AL003"]) == []
    same = two.replace("wendell0218/Awesome-RL-for-Video-Generation", "chrisliu298/awesome-rl-for-video-generation/")
    assert [f.line for f in lint_text(head + same, select=["AL003"])] == [6]
    moved = "- [Rpmalloc Lock Free Memory Allocator](https://github.com/a/rpmalloc)\n- [Rpmalloc Lock Free Memory Allocator](https://github.com/b/rpmalloc)\n"
    assert [f.line for f in lint_text(head + moved, select=["AL003"])] == [6]


def test_one_paper_under_two_year_headings_session38():
    """Set AF's miss: 3DRegNet as an arXiv preprint under `## 2019` and as its CVPR paper under
    `## 2020`: a paper has one year, the year lists are one list. A data set list later in a
    year's section (`Datasets` under `## 2021`) is a list of its own, and the year headings'
    parent keeps its other sections apart."""
    text = ("# Registration\n\n## 2019\n\n"
            "- [[ARXIV](https://arxiv.org/pdf/1904.01701.pdf)] 3DRegNet: A Deep Neural Network for 3D Point Registration [`est.`]\n"
            "- [[CVPR](https://openaccess.thecvf.com/a.pdf)] Another Paper On Registration Of Points [`est.`]\n\n"
            "## 2020\n\n"
            "- [[CVPR](https://openaccess.thecvf.com/content_CVPR_2020/papers/P_3DRegNet_CVPR_2020_paper.pdf)] "
            "3DRegNet: A Deep Neural Network for 3D Point Registration [[code](https://github.com/g/3DRegNet)] [`corr.`]\n"
            "- [[CVPR](https://openaccess.thecvf.com/b.pdf)] Yet Another Paper On Registration [`est.`]\n\n"
            "Datasets:\n\n- [[ScanNet](http://www.scan-net.org/)] Another Paper On Registration Of Points [`cls.`]\n")
    found = lint_text(text, select=["AL003"])
    assert [(f.line, f.message.split(":")[0]) for f in found] == [(10, "duplicate entry")]


def test_a_conference_listed_each_year_is_no_repeat_session38_review():
    """The second review: `PyCon US` under `### 2019` and `### 2020` is one event a year, not a
    paper listed twice: only entries that link a paper make the year lists one list."""
    text = ("# Awesome Conferences\n\n## Events\n\n### 2019\n\n- [PyCon US](https://us.pycon.org/) - Cleveland, May.\n"
            "- [EuroPython](https://europython.eu/) - Basel, July.\n\n### 2020\n\n"
            "- [PyCon US](https://us.pycon.org/) - Online, April.\n- [EuroPython](https://europython.eu/) - Online, July.\n")
    assert lint_text(text, select=["AL003"]) == []
