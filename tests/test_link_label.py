"""AL011 link-label: one label written several ways, misspelt labels, and (option `other-words`)
another word for one kind of link."""

from __future__ import annotations

import shutil

from conftest import FIXTURES, REAL, SEEDS, needs_shared, render, run_cli, run_json

from hypothesis import given, settings
from hypothesis import strategies as st

from awesome_lint.engine import fix_text, lint_text

HYG = FIXTURES / "hygiene"
ACCURACY = SEEDS.parent / "accuracy"


OTHER_WORDS = {"AL011": {"other-words": True}}


def _found(text: str, **kw):
    return [f for f in lint_text(text, select=["AL011"], **kw) if f.code == "AL011"]


def _cli(tmp_path, text: str, name: str) -> list[dict]:
    """AL011's findings on ``text`` written to a file, through the real CLI (JSON)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return run_json("--select", "AL011", path)[1]


def test_fixture_findings_by_default():
    text = (HYG / "labels.md").read_text(encoding="utf-8")
    found = _found(text)
    assert [(f.line, f.column) for f in found] == [(7, 59), (9, 29), (9, 68)]
    msgs = [f.message for f in found]
    assert "'cdoe' looks like a misspelling of 'code'" in msgs[0]
    assert "'papaer' misspells a word: 'papaer' for 'paper'" in msgs[1]
    assert "'Code' differs from the 'code' that this list uses for code links (3 times)" in msgs[2]
    assert all(f.fix is not None and f.fix.safe for f in found)


def test_fixture_findings_with_other_words():
    text = (HYG / "labels.md").read_text(encoding="utf-8")
    found = _found(text, config=OTHER_WORDS)
    assert [(f.line, f.column) for f in found] == [(7, 26), (7, 59), (9, 29), (9, 68), (30, 40)]
    msgs = [f.message for f in found]
    assert "'pdf' differs from the 'paper'" in msgs[0]
    assert "'Github' differs from the 'Code'" in msgs[4]
    assert all(f.fix is not None and f.fix.safe for f in found)


def test_fix_uses_the_dominant_spelling_and_touches_nothing_else():
    text = (HYG / "labels.md").read_text(encoding="utf-8")
    fixed, left = fix_text(text, select=["AL011"], config=OTHER_WORDS)
    assert left == []
    expected = (text.replace("[[pdf]](https://example.org/alc)", "[[paper]](https://example.org/alc)")
                .replace("[[cdoe]]", "[[code]]")
                .replace("[[papaer]](https://example.org/uniseg)", "[[paper]](https://example.org/uniseg)")
                .replace("[[Code]](https://example.org/uniseg-code)", "[[code]](https://example.org/uniseg-code)")
                .replace("[Github](https://example.org/t3c)", "[Code](https://example.org/t3c)"))
    assert fixed == expected
    assert "`[[papaer]](https://example.org/in-code)`" in fixed  # inline code is not linted
    # the page keeps its links; only their text changed
    old, new = render(text), render(fixed)
    assert old.count("<a href") == new.count("<a href")
    assert new.replace("[paper]", "").count("[pdf]") == old.count("[pdf]") - 1
    again, _ = fix_text(fixed, select=["AL011"], config=OTHER_WORDS)
    assert again == fixed


def test_consistent_lists_and_side_by_side_spellings_give_nothing():
    text = (HYG / "labels.md").read_text(encoding="utf-8")
    lines = {f.line for f in _found(text, config=OTHER_WORDS)}
    assert not lines & set(range(13, 25))  # 'Paper'+'arXiv' together; '[[pdf]]' list; tool names


def test_mixed_list_without_a_majority_gets_one_finding():
    text = "".join(f"- [**CVPR 2022**] P{i} [{lab}](https://example.org/{i})\n"
                   for i, lab in enumerate(["Code", "GitHub", "Code", "GitHub", "Repo", "GitHub"]))
    assert _found(text) == []  # three words: only the other-words option compares them
    found = _found(text, config=OTHER_WORDS)
    assert len(found) == 1 and "labelled in 3 ways" in found[0].message and found[0].fix is None


def test_a_label_inside_the_title_is_left_alone():
    """A link inside the entry's (bold) title is part of the title the reader sees: renaming its
    label would change the title (found by the fuzzer)."""
    text = "# Papers\n\n" + "".join(
        f"{n}. **{name}: a study** [[paper]](https://arxiv.org/abs/2101.0000{n})\n"
        for n, name in enumerate(["Alpha", "Beta", "Gamma", "Delta"], 1)
    ) + ("5. **Epsilon [[arXiv]](https://arxiv.org/abs/2101.00005) a study**\n"
         "6. **Zeta: a study** [[arXiv]](https://arxiv.org/abs/2101.00006)\n")
    assert [(f.line, f.column) for f in _found(text, config=OTHER_WORDS)] == [(8, 23)]  # Zeta's, not Epsilon's
    fixed, _ = fix_text(text, select=["AL011"], config=OTHER_WORDS)
    assert "**Epsilon [[arXiv]](" in fixed and "**Zeta: a study** [[paper]](" in fixed


def test_kinds_are_configurable():
    text = "".join(f"- [**CVPR 2022**] P{i} [{lab}](https://example.org/{i})\n"
                   for i, lab in enumerate(["Weights", "Weights", "Weights", "Ckpt"]))
    assert _found(text) == []  # 'ckpt' is no spelling of a default kind
    found = _found(text, config={"AL011": {"other-words": True, "kinds": {"model": ["weights", "ckpt"]}}})
    assert [f.line for f in found] == [4]


def test_reference_links_are_reported_not_rewritten():
    text = ("- [**A 2022**] One [[paper]](https://example.org/1)\n- [**A 2022**] Two [[paper]](https://example.org/2)\n"
            "- [**A 2022**] Three [[paper]](https://example.org/3)\n- [**A 2022**] Four [pdf][4]\n\n"
            "[4]: https://example.org/4\n")
    found = _found(text, config=OTHER_WORDS)
    assert [f.line for f in found] == [4] and found[0].fix is None
    found = _found(text.replace("[pdf][4]", "[Paper][4]"))  # the same word: found by default
    assert [f.line for f in found] == [4] and found[0].fix is None


@needs_shared
def test_cli_on_the_seed_list(tmp_path):
    src = SEEDS / "histopathology-papers.md"
    code, out = run_json("--select", "AL011", src)
    assert code == 1
    assert [(f["line"], f["column"], f["fixable"]) for f in out] == [(71, 120, True)]
    copy = tmp_path / src.name
    shutil.copyfile(src, copy)
    proc = run_cli("--fix", "--select", "AL011", copy)
    assert proc.returncode == 0, proc.stderr.decode()
    assert copy.read_bytes() == src.read_bytes().replace(b"[[papaer]]", b"[[paper]]")


@needs_shared
def test_real_lists_with_consistent_labels_give_nothing():
    # (lists of the held-out accuracy set are not read here: the rule is not tuned on them)
    for name in ("floodsung__Deep-Learning-Papers-Reading-Roadmap.md",
                 "thunlp__GNNPapers.md",
                 "HqWu-HITCS__Awesome-Chinese-LLM.md", "jobbole__awesome-python-cn.md",
                 "awesome-selfhosted__awesome-selfhosted.md", "avelino__awesome-go.md"):
        assert _found((REAL / name).read_text(encoding="utf-8"), config=OTHER_WORDS) == [], name
    # consistent labels, and one label that misspells the package it links (session 11)
    found = _found((REAL / "crownpku__Awesome-Chinese-NLP.md").read_text(encoding="utf-8"), config=OTHER_WORDS)
    assert [(f.line, "one letter off" in f.message) for f in found] == [(39, True)]
    # its paragraphs' links are read since session 10: one `[[notebook](…)]` among nine `Notebook`
    found = _found((REAL / "diff-usion__Awesome-Diffusion-Models.md").read_text(encoding="utf-8"), config=OTHER_WORDS)
    assert [(f.line, "'notebook'" in f.message) for f in found][0] == (169, True)
    # and, since session 20, where its paragraphs' `[[Github](…)]` labels lead: 22 project pages
    pages = [f for f in found[1:] if "names GitHub but the link goes to the project page" in f.message]
    assert len(pages) == len(found) - 1 == 22
    for name in ("multimodal-medical-imaging.md", "vlm-in-mia-tables.md"):
        assert _found((SEEDS / name).read_text(encoding="utf-8"), config=OTHER_WORDS) == [], name


@needs_shared
def test_real_misspellings_are_found():
    text = (REAL / "cmhungsteve__Awesome-Transformer-Attention.md").read_text(encoding="utf-8")
    miss = sorted(f.message.split("'")[1] for f in _found(text) if "misspelling" in f.message)
    assert miss == ["GotHub", "GtiHub", "Papewr"]


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="abcdeé", max_size=7), st.text(alphabet="abcdeé", max_size=7))
def test_one_edit_apart_is_osa_distance_one(a, b):
    from rapidfuzz.distance import OSA

    from awesome_lint.rules.link_label import one_edit_apart

    assert one_edit_apart(a, b) == (OSA.distance(a, b) == 1)


def test_one_edit_apart_examples():
    from awesome_lint.rules.link_label import one_edit_apart

    assert one_edit_apart("papaer", "paper") and one_edit_apart("paper", "papre") and one_edit_apart("code", "cod")
    assert one_edit_apart("pdf", "pdg") and not one_edit_apart("paper", "paper")
    assert not one_edit_apart("paper", "repap") and not one_edit_apart("abc", "cab")


@needs_shared
def test_real_case_variants_of_one_word():
    """Read: '[code]' six times where the list writes '[Code]' 145 times, in entries that open
    with a code span (`2023.06`); '[Pytorch]' among '[PyTorch]' is a name's case (AL018's)."""
    text = (ACCURACY / "HICAI-ZJU__Scientific-LLM-Survey.md").read_text(encoding="utf-8")
    code = [f.line for f in _found(text) if f.message.startswith("link label 'code' differs from the 'Code'")]
    assert code == [181, 184, 201, 445, 479, 480]
    text = (REAL / "cmhungsteve__Awesome-Transformer-Attention.md").read_text(encoding="utf-8")
    assert not [f for f in _found(text) if "'Pytorch'" in f.message]


def _tagged(labels):
    return "".join(f"- [**CVPR 2022**] Paper {i} [{lab}](https://example.org/{i})\n" for i, lab in enumerate(labels))


def test_particular_words_are_compared_only_with_themselves():
    assert _found(_tagged(["PyTorch", "PyTorch", "PyTorch", "TensorFlow"]), config=OTHER_WORDS) == []  # two frameworks
    assert _found(_tagged(["Code", "Code", "Code", "Official Code"]), config=OTHER_WORDS) == []  # official is not plain code
    assert _found(_tagged(["Video", "Video", "Video", "YouTube"]), config=OTHER_WORDS) == []
    # a name written in a case AL018 reports is AL018's; all lower case is a label style
    assert _found(_tagged(["tensorflow", "tensorflow", "tensorflow", "Tensorflow"])) == []
    found = _found(_tagged(["TensorFlow", "TensorFlow", "TensorFlow", "tensorflow"]))
    assert [f.line for f in found] == [4] and "for code links" in found[0].message
    assert found[0].fix is not None and found[0].fix.safe
    # a label that writes the name right is never "corrected" to the majority's misspelling
    assert _found(_tagged(["Pytorch Code"] * 6 + ["PyTorch Code"])) == []
    assert _found(_tagged(["PyTorch Code", "PyTorch Code", "PyTorch Code", "Pytorch Code"])) == []
    found = _found(_tagged(["Project Page", "Project Page", "Project Page", "Project page"]))
    assert [f.line for f in found] == [4]


def test_words_of_the_vocabulary_and_labels_of_no_kind():
    found = _found(_tagged(["Docs", "Docs", "Docs", "Doc"]))
    assert [f.line for f in found] == [4] and "for docs links" in found[0].message
    assert _found(_tagged(["Models", "Models", "Models", "Model"])) == []  # one model, or several
    assert _found(_tagged(["Project Page", "Project Page", "Project Page", "Homepage"])) == []
    found = _found(_tagged(["Project Page", "Project Page", "Project Page", "Homepage"]), config=OTHER_WORDS)
    assert [f.line for f in found] == [4]
    found = _found(_tagged(["Hugging Face", "Hugging Face", "Hugging Face", "huggingface"]))
    assert [f.line for f in found] == [4] and "for model links" in found[0].message
    assert _found(_tagged(["Paper", "Paper", "Paper", "Demo paper"]), config=OTHER_WORDS) == []  # not a plain spelling
    found = _found(_tagged(["Link", "Link", "Link", "link"]))  # no kind: only the same word
    assert [f.line for f in found] == [4] and found[0].message.endswith("that the file uses (3 times)")
    assert _found(_tagged(["Link", "Link", "Link", "Site"]), config=OTHER_WORDS) == []


def _sections(*labels_per_section):
    return "\n".join(f"## S{k}\n\n" + _tagged(labels) for k, labels in enumerate(labels_per_section))


def test_the_file_decides_where_a_list_has_no_majority():
    text = _sections(["Code"] * 6, ["Code", "code"], ["code"])
    found = _found(text)
    assert [(f.line, f.message) for f in found] == [
        (13, "link label 'code' differs from the 'Code' that the file uses for code links (7 times)"),
        (17, "link label 'code' differs from the 'Code' that the file uses for code links (7 times)")]
    fixed, left = fix_text(text, select=["AL011"])
    assert left == [] and fixed == text.replace("[code]", "[Code]")


def test_a_list_that_keeps_its_own_spelling_is_a_style():
    """A section or table that writes '[paper]' throughout, in a file that writes '[Paper]',
    chose it: no finding (read on the real lists: a table of projects beside the paper lists)."""
    assert _found(_sections(["Paper"] * 8, ["paper"] * 4)) == []


def test_brackets_around_a_label_are_not_part_of_it():
    text = "".join(f"- [**CVPR 2022**] P{i} [[Paper](https://example.org/{i})]\n" for i in range(4)) + \
        "- [**CVPR 2022**] P4 [[Paper]](https://example.org/4)\n- [**CVPR 2022**] P5 [Paper](https://example.org/5)\n"
    assert _found(text, config=OTHER_WORDS) == []


def test_an_entry_that_opens_with_a_code_span_is_linted():
    text = "".join(f"- `2023.0{i}` Paper {i}, [arXiv](https://arxiv.org/abs/2301.0000{i}), "
                   f"[{lab}](https://github.com/a/{i})\n" for i, lab in enumerate(["Code", "Code", "Code", "code"]))
    assert [f.line for f in _found(text)] == [4]
    quoted = text.replace("[code](https://github.com/a/3)", "`[code](https://github.com/a/3)`")
    assert _found(quoted) == []  # inside a code span: not a label


def test_one_edit_apart_imports_rapidfuzz_only_for_a_candidate_pair():
    import subprocess
    import sys

    code = ("import sys\n"
            "from awesome_lint.rules.link_label import one_edit_apart\n"
            "assert not one_edit_apart('paper', 'pa') and not one_edit_apart('code', 'code')\n"
            "assert 'rapidfuzz' not in sys.modules\n"
            "assert one_edit_apart('papge', 'page') and 'rapidfuzz' in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_misspelt_vocabulary_word():
    text = _tagged(["page", "page", "papge"])
    found = _found(text)
    assert [f.line for f in found] == [3] and "misspelling of 'page' (project link)" in found[0].message


def test_a_misspelt_word_beside_words_of_its_kind():
    """'[project papge]' (read on XiaoxinHe__Awesome-Graph-LLM): 'project' names a project
    page, and 'papge' is one letter from 'page', a word of that kind, even where the file
    never writes 'project page'."""
    text = _tagged(["paper", "paper", "Project papge"])
    found = _found(text)
    assert [f.line for f in found] == [3]
    assert "'Project papge' looks like a misspelling of 'project page' (project link)" in found[0].message
    fixed, _ = fix_text(text, select=["AL011"])
    assert fixed == text.replace("[Project papge]", "[Project page]")
    assert _found(_tagged(["paper", "paper", "Project Node"])) == []  # two letters from any word
    assert _found(_tagged(["paper", "paper", "Demo paper"])) == []  # two kinds


@needs_shared
def test_cli_reports_by_default_and_other_words_is_an_option(tmp_path):
    src = ACCURACY / "XiaoxinHe__Awesome-Graph-LLM.md"
    code, out = run_json(src)
    assert [(f["line"], f["message"]) for f in out if f["code"] == "AL011"] == [
        (36, "link label 'pdf' differs from the 'paper' that this list uses for paper links (25 times)"),
        (56, "link label 'project papge' looks like a misspelling of 'project page' (project link)"),
        (137, "link label 'project papge' looks like a misspelling of 'project page' (project link)")]
    cfg = tmp_path / "cfg.yaml"
    cfg.write_text("AL011:\n  other-words: true\n", encoding="utf-8")
    code, out = run_json("--config", str(cfg), "--select", "AL011", src)
    assert [f["line"] for f in out] == [36, 56, 137]  # '[pdf]' where every other paper link says '[paper]'
    cfg.write_text("AL011:\n  other-words: 1\n", encoding="utf-8")
    proc = run_cli("--config", str(cfg), "--select", "AL011", src)
    assert proc.returncode == 2 and b"AL011.other-words" in proc.stderr and b"Traceback" not in proc.stderr


def test_a_venue_link_spelled_another_way_is_told_once_by_the_venue_rule():
    """A leading venue link `[[arxiv](…)]` among `[[arXiv](…)]` is one fault: AL005 (venue
    spelling) tells it, and AL011 stays silent when both run; alone, AL011 still tells it."""
    rows = [f"- [[arXiv](https://arxiv.org/abs/19{m:02d}.0{m:04d})] Paper number {m}. [[code](https://github.com/o/r{m})]"
            for m in range(1, 10)]
    text = "\n".join(rows + ["- [[arxiv](https://arxiv.org/abs/1911.01111)] Another paper. [[code](https://github.com/o/x)]"]) + "\n"
    both = [(f.code, f.line) for f in lint_text(text, select=["AL005", "AL011"])]
    assert ("AL005", 10) in both and ("AL011", 10) not in both
    assert [(f.code, f.line) for f in lint_text(text, select=["AL011"])] == [("AL011", 10)]


def test_a_github_label_on_a_project_page_or_a_paper(tmp_path):
    """`[GitHub]` promises a repository: on a github.io project page or an arXiv paper it is
    the wrong label, also inside a longer title; on github.com (any case of the label) or a
    link shortener (which may lead to GitHub) it is left alone."""
    text = ("| Name | Paper | Code |\n| --- | --- | --- |\n"
            "| A | [paper](https://arxiv.org/abs/2301.00001) | [Github](https://a-lab.github.io/a-proj/) |\n"
            "| B | [paper](https://arxiv.org/abs/2301.00002) | [Github](https://github.com/b/b) |\n"
            "| C | [paper](https://arxiv.org/abs/2301.00003) | [github](https://arxiv.org/abs/2301.00003) |\n"
            "| D | [paper](https://arxiv.org/abs/2301.00004) | [Github](https://tinyurl.com/d-code) |\n"
            "\n- MINT [[paper](https://arxiv.org/abs/2309.10691)] [[GitHub](https://mint.github.io/x/)] benchmark\n")
    out = _cli(tmp_path, text, "hosts.md")
    assert [(f["line"], f["message"]) for f in out] == [
        (3, "link label 'Github' names GitHub but the link goes to the project page a-lab.github.io, not a "
            "repository; label it as what it links"),
        (5, "link label 'github' names GitHub but the link goes to arXiv, a paper, not a repository; "
            "label it as what it links"),
        (8, "link label 'GitHub' names GitHub but the link goes to the project page mint.github.io, not a "
            "repository; label it as what it links"),
    ]
    assert not any(f["fixable"] for f in out)


def test_four_uses_of_a_spelling_make_the_file_s_style():
    """`[huggingface]` once, `[Hugging Face]` four times, in lists of their own: four uses and
    three times any other spelling make the file's spelling."""
    blocks = []
    for i in range(4):
        blocks.append(f"## Part {i}\n\n- Model {i}, [arXiv](https://arxiv.org/abs/2401.0{i}001), "
                      f"[Hugging Face](https://huggingface.co/o/m{i})\n")
    blocks.append("## Last\n\n- Model 9, [arXiv](https://arxiv.org/abs/2401.09001), [huggingface](https://huggingface.co/o/m9)\n")
    text = "\n".join(blocks)
    got = [f for f in lint_text(text, select=["AL011"]) if f.code == "AL011"]
    assert [(f.line, f.message) for f in got] == [
        (19, "link label 'huggingface' differs from the 'Hugging Face' that the file uses for model links (4 times)")]


def test_hyphen_and_paragraph_lists_session10(tmp_path):
    """`[[Project-page]]` and `[[Project page]]` among three `[[Project Page]]` (subeeshvasu) are
    one label written three ways; a list written as paragraphs (a bold name, a byline, the
    links: hee9joon) has no entries, and its `[[notebook](…)]` among `[[Notebook](…)]` is read
    too. A banner's `[Project Page]` is not compared with the entries' labels."""
    items = "".join(f"- Method {i}. [[Paper]](https://arxiv.org/abs/2101.0000{i}) [[Project Page]](https://o{i}.github.io)\n"
                    for i in range(1, 4))
    items += "- Method 4. [[Paper]](https://arxiv.org/abs/2101.00004) [[Project-page]](https://o4.github.io)\n"
    items += "\n## More\n\n- Method 5. [[Paper]](https://arxiv.org/abs/2101.00005) [[Project page]](https://o5.github.io)\n"
    blocks = "".join(f"**Tool {i}** \\\n*someone* \\\n[[{'notebook' if i == 4 else 'Notebook'}](https://colab.research.google.com/drive/x{i})]\n\n"
                     for i in range(1, 6))
    text = "# L\n\n**[Site](https://example.org)** | **[project page](https://example.org/p)**\n\n## Papers\n\n" \
        + items + "\n## Notebooks\n\n" + blocks
    out = _cli(tmp_path, text, "l.md")
    path = tmp_path / "l.md"
    got = [(f["line"], f["message"].split(" differs")[0]) for f in out]
    assert got == [(10, "link label 'Project-page'"), (14, "link label 'Project page'"),
                   (32, "link label 'notebook'")]
    run_cli("--fix", "--select", "AL011", path)
    fixed = path.read_text(encoding="utf-8")
    assert fixed.count("[[Project Page]]") == 5 and "[[notebook]" not in fixed and "[project page]" in fixed


def _paper_list(n: int, odd: str, odd_url: str = "https://arxiv.org/abs/2401.00999", extra: str = "") -> str:
    rows = [f"- Method {i}: a way to do thing {i}. [[paper](https://arxiv.org/abs/2401.{i:05d})] "
            f"[[code](https://github.com/lab/m{i})]" for i in range(n)]
    rows.insert(3, f"- Odd method: another way. [[{odd}]({odd_url})]{extra} [[code](https://github.com/lab/odd)]")
    return "# Papers\n\n" + "\n".join(rows) + "\n"


def test_another_word_is_a_slip_by_default_where_the_list_says_one_word_ten_times_session11():
    found = _found(_paper_list(12, "pdf"))
    assert [(f.line, f.message) for f in found] == [
        (6, "link label 'pdf' differs from the 'paper' that this list uses for paper links (12 times)")]
    assert found[0].fix is not None and found[0].fix.safe
    fixed, _ = fix_text(_paper_list(12, "pdf"), select=["AL011"])
    assert "[[paper](https://arxiv.org/abs/2401.00999)]" in fixed
    assert _found(_paper_list(8, "pdf")) == []  # eight uses: too few to call the other word a slip


def test_a_slip_links_where_the_usual_label_links_and_tells_no_two_links_apart_session11():
    # a `[pdf]` on a site no `[paper]` links to may be another kind of link
    assert _found(_paper_list(12, "pdf", "https://example.org/project")) == []
    # `[arXiv] [DOI]`: the word tells two versions of one paper apart
    assert _found(_paper_list(12, "arXiv", extra=" [[DOI](https://doi.org/10.1145/1234.5678)]")) == []
    # an entry that labels its links its own way
    odd = " [[poster](https://example.org/p.pdf)] [[talk](https://example.org/t)]"
    assert _found(_paper_list(12, "preprint", extra=odd)) == []


def test_a_short_list_follows_the_file_s_nearly_only_word_session11(tmp_path):
    big = _paper_list(24, "paper").replace("- Odd method", "- Even method")
    small = ("\n## More\n\n- Late method: one more. [[paper](https://arxiv.org/abs/2402.00001)]\n"
             "- Last method: the last. [[pdf](https://arxiv.org/abs/2402.00002)]\n")
    text = big + small
    found = _found(text)
    assert [f.message for f in found] == [
        "link label 'pdf' differs from the 'paper' that the file uses for paper links (26 times)"]
    # where the file writes the other word more often (3 in 26), the short list's one is no slip
    # (the long list's two are: it says `paper` 23 times)
    mixed = text.replace("[[paper](https://arxiv.org/abs/2401.00001)]", "[[pdf](https://arxiv.org/abs/2401.00001)]")
    mixed = mixed.replace("[[paper](https://arxiv.org/abs/2401.00002)]", "[[pdf](https://arxiv.org/abs/2401.00002)]")
    assert [f.line for f in _found(mixed)] == [4, 5]
    path = tmp_path / "list.md"
    path.write_text(text, encoding="utf-8")
    proc = run_cli("--select", "AL011", path)
    assert proc.returncode == 1 and b"AL011" in proc.stdout and b"'pdf' differs from the 'paper'" in proc.stdout


def test_a_label_one_letter_off_the_repository_it_links_session11(tmp_path):
    text = ("- [AotoLabel](https://github.com/acme/autolabel) - Labels text.\n"
            "- [Kasier-Yang/cmp-git](https://github.com/Kaiser-Yang/cmp-git) - A source.\n"
            "- [tumblr](https://github.com/acme/gumblr) - Wraps the Tumblr API.\n"
            "- [gpt-3-tools](https://github.com/acme/gpt-4-tools) - Newer.\n"
            "- [widgets](https://github.com/acme/widget) - A plural.\n"
            "- [Tufão](https://github.com/acme/tufao) - An accent.\n")
    found = _found(text)
    assert [(f.line, f.message) for f in found] == [
        (1, "link label 'AotoLabel' is one letter off 'autolabel', the repository it links to: 'AutoLabel'?"),
        (2, "link label 'Kasier-Yang' is one letter off 'Kaiser-Yang', the repository it links to: 'Kaiser-Yang'?")]
    assert all(f.fix is not None and not f.fix.safe for f in found)
    path = tmp_path / "l.md"
    path.write_text(text, encoding="utf-8")
    run_cli("--fix", "--unsafe-fixes", "--select", "AL011", path)
    fixed = path.read_text(encoding="utf-8")
    assert "[AutoLabel](https://github.com/acme/autolabel)" in fixed
    assert "[Kaiser-Yang/cmp-git](https://github.com/Kaiser-Yang/cmp-git)" in fixed


def test_a_code_label_on_a_paper_or_a_bibtex_file(tmp_path):
    """`[[code](https://arxiv.org/abs/…)]` and `[PyTorch](arXiv)` promise code and lead to a
    paper; `[github](….bib)` leads to a citation file. A code label on GitHub, or on a PDF
    the authors host with their code's notes, is left alone."""
    text = ("# Papers\n\n"
            "- Retrieval with Transformers [[paper](https://arxiv.org/abs/2103.12424)] [[code](https://arxiv.org/abs/2103.12236)]\n"
            "- Token Contrast [[paper](https://arxiv.org/abs/2303.01267)][[PyTorch](https://arxiv.org/abs/2303.01267)]\n"
            "- Good [[paper](https://arxiv.org/abs/2301.00005)] [[code](https://github.com/o/good)]\n"
            "- Traces [[paper](https://arxiv.org/abs/2301.00006)] [[Code](https://lab.example.edu/pdf/trace_codes.pdf)]\n"
            "- Cite this list: [github](https://raw.githubusercontent.com/o/list/main/refs.bib)\n")
    out = _cli(tmp_path, text, "labels.md")
    assert [(f["line"], f["message"].split(";")[0]) for f in out] == [
        (3, "link label 'code' names code but the link goes to arXiv, a paper, not code"),
        (4, "link label 'PyTorch' names code but the link goes to arXiv, a paper, not code"),
        (7, "link label 'github' names GitHub but the link goes to a BibTeX file, not a repository"),
    ]


def test_links_written_one_per_sub_item_are_labels(tmp_path):
    """A list that gives each resource a bold name and its links as sub-items (`- [[paper]](…)`)
    labels those links by kind: the sub-item's only link is a label, not the entry's name, so
    `[[Paper]]` among the file's `[[paper]]` is a slip. A sub-item with words of its own keeps
    its first link as its name."""
    block = ("- **Net{n}**\n"
             "  - A method for graphs, KDD 2019\n"
             "  - [[{label}]](https://arxiv.org/abs/1901.0000{n})\n"
             "  - [[Python]](https://github.com/o/net{n})\n")
    text = "# Methods\n\n" + "".join(block.format(n=n, label="paper") for n in range(1, 10))
    text += block.format(n=0, label="Paper")
    text += "- **Tool**\n  - [Paper](https://github.com/o/paper) - a tool called Paper\n"
    text += "- **Net8**\n  - [[Paper]](https://arxiv.org/abs/1901.00008) (SDM 2018)\n"
    out = _cli(tmp_path, text, "sub.md")
    assert [(f["line"], f["message"]) for f in out] == [
        (41, "link label 'Paper' differs from the 'paper' that the file uses for paper links (9 times)"),
        (46, "link label 'Paper' differs from the 'paper' that the file uses for paper links (9 times)"),
    ]
    run_cli("--fix", "--select", "AL011", tmp_path / "sub.md")
    fixed = (tmp_path / "sub.md").read_text(encoding="utf-8")
    assert fixed.count("[[paper]]") == 11 and "[Paper](https://github.com/o/paper)" in fixed


def test_a_lists_spelling_that_is_the_files_rarer_one_is_no_model():
    """Eight `[[paper]]` and four `[[Paper]]` in one list of a file that writes `[[Paper]]`
    19 times in all: two contributors' styles, and the list's majority is no spelling to
    enforce against the file's more common one."""
    first = "".join(f"- **Title {i}** [[Paper]](https://arxiv.org/abs/2301.{i:05d})\n" for i in range(15))
    second = "".join(f"- **Other {i}** [[paper]](https://arxiv.org/abs/2302.{i:05d})\n" for i in range(8))
    second += "".join(f"- **More {i}** [[Paper]](https://arxiv.org/abs/2303.{i:05d})\n" for i in range(4))
    text = f"# L\n\n## One\n\n{first}\n## Two\n\n{second}"
    assert [f for f in lint_text(text, select=["AL011"]) if f.code == "AL011"] == []


def test_the_usual_word_with_a_qualifier_names_a_version():
    """`[[arXiv Paper]]` among 139 `[[Paper]]`: the usual word and which version of the paper
    it is (as `[[Paper-arXiv15]]` elsewhere), not another word for a paper link."""
    rows = "".join(f"* Net {i} [[Paper]](https://arxiv.org/abs/1412.{i:05d})\n" for i in range(30))
    text = f"# L\n\n{rows}* Objects, ICLR, 2015. [[arXiv Paper]](https://arxiv.org/abs/1412.6856)\n"
    assert [f for f in lint_text(text, select=["AL011"]) if f.code == "AL011"] == []
    slip = f"# L\n\n{rows}* Objects, ICLR, 2015. [[pdf]](https://arxiv.org/abs/1412.6856)\n"
    assert [f.line for f in lint_text(slip, select=["AL011"]) if f.code == "AL011"] == [33]


def test_label_words_misspelt_as_people_often_do_session16():
    """Set J's miss: `[Offical TF]` in every label that writes it, a list written as paragraphs
    (one habit, at its first line, the fix writes every one); `[Implementaion]` in an entry
    beside right spellings of other labels is a slip of its own line."""
    from awesome_lint.engine import fix_text, lint_text

    block = "**Paper {i}.**<br>\nCVPR 2020. [[PDF](https://a.org/{i})] [[Offical TF](https://github.com/o/{i})]\n\n"
    text = "# L\n\n" + "".join(block.format(i=i) for i in range(3)) + (
        "## More\n\n- [Tool](https://t.org) - A tool. [[Implementaion](https://github.com/o/t)]\n"
        "- [Other](https://u.org) - Another. [[Code](https://github.com/o/u)]\n")
    found = [(f.line, f.message) for f in lint_text(text, select=["AL011"]) if f.code == "AL011"]
    assert found == [
        (4, "link label 'Offical TF' misspells a word: 'Offical' for 'Official' (3 labels in this file write it so, none right)"),
        (14, "link label 'Implementaion' misspells a word: 'Implementaion' for 'Implementation'"),
    ]
    fixed, _ = fix_text(text, select=["AL011"])
    assert fixed == text.replace("Offical", "Official").replace("Implementaion", "Implementation")
    # a misspelling the file's own labels also show is one finding, not two
    one = "# L\n\n" + "".join(f"- P{i} [[paper]](https://a.org/{i})\n" for i in range(3)) + "- Q [[papaer]](https://a.org/q)\n"
    assert [(f.line, f.message) for f in lint_text(one, select=["AL011"]) if f.code == "AL011"] == [
        (6, "link label 'papaer' misspells a word: 'papaer' for 'paper'")]


def test_a_code_label_on_a_project_page_where_the_file_labels_such_pages_project():
    """`[code]` on `name.github.io` (a project page) where the file labels GitHub Pages sites
    `[project]`: the label promises code. Not where the page's own code part is linked."""
    entries = [f"- **[Paper {k}.](https://arxiv.org/abs/2401.0000{k})** [[project](https://p{k}.github.io/)]"
               for k in range(4)]
    entries += ["- **[Paper 8.](https://arxiv.org/abs/2401.00008)** [[code](https://puzzle.github.io/)]",
                "- **[Paper 9.](https://arxiv.org/abs/2401.00009)** [[code](https://socratic.github.io/#code)]",
                "- **[Paper 7.](https://arxiv.org/abs/2401.00007)** [[code](https://github.com/a/b)]",
                "- **[Paper 6.](https://arxiv.org/abs/2401.00006)** [[code](https://pathak.github.io/rl/index.html#sourceCode)]"]
    text = "# Papers\n\n" + "\n".join(entries) + "\n"
    found = [(f.line, f.message) for f in _found(text) if "project page" in f.message]
    assert found == [(7, "link label 'code' names code but the link goes to the project page puzzle.github.io, "
                         "not code (the file labels 4 such pages as project pages); label it as what it links")]
    fewer = "# Papers\n\n" + "\n".join(entries[2:]) + "\n"  # two project pages: no habit to go by
    assert not [f for f in _found(fewer) if "project page" in f.message]


def test_a_badge_that_shows_another_repositorys_stars_than_its_link():
    """`[![stars](…/github/stars/qureai/nerve-seg.svg)](https://github.com/orobix/retina-unet)`:
    the badge was copied with another entry's link, or one of the two names is misspelt (the
    badge then shows "repo not found"). The same repository in another case is the same."""
    text = ("# Segmentation\n\n"
            "- [Retina](https://example.org/r) [![stars](https://img.shields.io/github/stars/orobix/retina-unet.svg)](https://github.com/orobix/retina-unet)\n"
            "- [Nerve](https://example.org/n) [![stars](https://img.shields.io/github/stars/qureai/nerve-seg.svg?logo=github)](https://github.com/orobix/retina-unet)\n"
            "- [LaCache](https://example.org/l) [![stars](https://img.shields.io/github/stars/GATECH-EIC/LaCache)](https://github.com/gatech-eic/lacache/)\n")
    assert [(f.line, f.message) for f in _found(text)] == [
        (4, "the badge shows qureai/nerve-seg but its link goes to orobix/retina-unet: copied with another entry's "
            "link, or one of the two misspelt; make them name one repository")]


def test_a_link_in_the_middle_of_a_sentence_is_a_word_not_a_label_session18():
    """`detailed [documentation](…) and [examples](…)` reads as a sentence: its lower-case
    link text is no label to write like the file's `[Documentation]` labels."""
    items = "".join(f"- [Tool{k}](https://example.org/{k}) - A library. [[Documentation](https://docs.example.org/{k})]\n"
                    for k in range(5))
    text = ("# Tools\n\n" + items +
            "- [Ensemble](https://example.org/e) - Unified APIs, detailed [documentation](https://docs.example.org/e) and [examples](https://example.org/x).\n"
            "- [Other](https://example.org/o) - A library. [[documentation](https://docs.example.org/o)]\n")
    found = [(f.line, f.message.split(" differs")[0]) for f in lint_text(text, select=["AL011"])]
    assert found == [(9, "link label 'documentation'")]


def test_a_label_of_several_words_or_with_a_letter_added_or_dropped_inside(tmp_path):
    """The label and the repository's name are compared word by word: `[Aweosme Privacy]` for
    Awesome-Privacy, `[Infections-clj]` for inflections-clj, `[tfrl]` for trfl. A letter added
    at an end (a version), an `s`, a word more, or a label whose word is the better spelling
    (an English word beside a misspelt repository name, or the file's own word) is left alone."""
    text = ("# Tools\n\n"
            "- [Aweosme Privacy](https://github.com/acme/Awesome-Privacy) - Papers.\n"
            "- [Infections-clj](https://github.com/acme/inflections-clj) - Rails-like inflections.\n"
            "- [tfrl](https://github.com/deepmind/trfl) - Reinforcement learning blocks.\n"
            "- [CogVideoX](https://github.com/acme/CogVideo) - A newer version.\n"
            "- [Files Sharing](https://github.com/acme/filesharing) - Two words.\n"
            "- [Paper of Robust ML](https://github.com/acme/Papers-of-Robust-ML) - A plural.\n"
            "- [Awesome Video Analysis](https://github.com/acme/Awsome-Video-Analysis) - Misspelt repository.\n"
            "- [Jupyter REST API](https://github.com/acme/Jupter-REST-API) - The file says Jupyter twice more.\n"
            "- [Kernel](https://github.com/jupyter/kernel) - For Jupyter.\n")
    found = _found(text)
    assert [(f.line, f.message) for f in found] == [
        (3, "link label 'Aweosme Privacy' is one letter off 'Awesome-Privacy', the repository it links to: "
            "'Awesome Privacy'?"),
        (4, "link label 'Infections-clj' is one letter off 'inflections-clj', the repository it links to: "
            "'Inflections-clj'?"),
        (5, "link label 'tfrl' is one letter off 'trfl', the repository it links to: 'trfl'?")]
    path = tmp_path / "l.md"
    path.write_text(text, encoding="utf-8")
    run_cli("--fix", "--unsafe-fixes", "--select", "AL011", path)
    fixed = path.read_text(encoding="utf-8")
    assert "[Awesome Privacy](" in fixed and "[Inflections-clj](" in fixed and "[trfl](" in fixed
    assert fixed.replace("[Awesome Privacy](", "[Aweosme Privacy](").replace("[Inflections-clj](", "[Infections-clj](") \
        .replace("[trfl](", "[tfrl](") == text


def test_a_label_with_a_handle_mark_is_a_variant_and_one_line_is_one_finding(tmp_path):
    """`[@HN], [@Reddit]` where the file writes `[HN]` and `[Reddit]`: one finding for the line,
    whose safe fix drops both marks. A handle beside a name (`[@annlee]`, `[Ann Lee]`) is no variant."""
    rows = "".join(f"- [Article {i}](https://example.org/a{i}) - [HN](https://news.ycombinator.com/item?id={i}), "
                   f"[Reddit](https://redd.it/x{i}) - Discussions by [Ann Lee](https://example.org/ann).\n" for i in range(7))
    text = ("# Articles\n\n" + rows + "- [Article X](https://example.org/x) - [@HN](https://news.ycombinator.com/item?id=9), "
            "[@Reddit](https://redd.it/y) - Discussions by [@annlee](https://example.org/ann).\n")
    found = _found(text)
    assert [(f.line, f.message) for f in found] == [
        (10, "link label '@HN' differs from the 'HN' that the file uses (7 times); link label '@Reddit' differs "
             "from the 'Reddit' that the file uses for social links (7 times)")]
    path = tmp_path / "l.md"
    path.write_text(text, encoding="utf-8")
    run_cli("--fix", "--select", "AL011", path)
    assert path.read_text(encoding="utf-8") == text.replace("[@HN]", "[HN]").replace("[@Reddit]", "[Reddit]")


def test_a_code_or_project_label_on_the_entrys_own_paper_and_paragraph_labels_on_pages():
    text = """# Papers

1. **[PPM: Generating Programming Problems](https://dl.acm.org/doi/abs/10.1145/3643780)** [[code](https://dl.acm.org/doi/pdf/10.1145/3643780)]
1. **Natural Instructions.** [[pdf](https://arxiv.org/abs/2104.08773)] [[project](https://doi.org/10.48550/arXiv.2104.08773)]
1. **Fine.** [[pdf](https://arxiv.org/abs/2104.08773)] [[code](https://github.com/a/b)] [[project](https://a.github.io/b)]

## Inversion

**StyleFlow: Attribute-conditioned Exploration.**<br>
*Rameen Abdal, Peihao Zhu.*<br>
TOG 2021. [[PDF](https://arxiv.org/abs/2008.02401)] [[Github](https://rameenabdal.github.io/StyleFlow)]

**e4e: Designing an Encoder.**<br>
TOG 2021. [[PDF](https://arxiv.org/abs/2102.02766)] [[Github](https://github.com/omertov/encoder4editing)]
"""
    found = _found(text)
    assert [(f.line, f.fix) for f in found] == [(3, None), (4, None), (11, None)]
    assert "'code' names code but the link goes to the entry's paper again" in found[0].message
    assert "the paper its title links" in found[0].message
    assert "'project' names project" in found[1].message and "the paper [pdf] links" in found[1].message
    assert "project page rameenabdal.github.io, not a repository" in found[2].message


def test_a_link_inside_a_sentence_of_prose_is_no_label_session23(tmp_path):
    """Set R's false positive (a GAN-inversion list written as paragraphs): `… paper list, and
    [project](…) for more details` is a word of a sentence, not a `[[Project]]` label written
    in lower case; a `[[project](…)]` among the paragraphs' `[[Project](…)]` still is."""
    blocks = "".join(f"**Inverting generator {i}.**<br>\n*Ann Lee.*<br>\nCVPR 2020. [[{'project' if i == 4 else 'Project'}](https://o{i}.github.io)]\n\n"
                     for i in range(1, 6))
    text = ("# L\n\nPlease check our [survey](https://arxiv.org/abs/2210.14267), and [project](https://p.github.io/x) for more.\n\n"
            "## Papers\n\n" + blocks)
    got = [(f["line"], f["message"].split(" differs")[0]) for f in _cli(tmp_path, text, "l.md")]
    assert got == [(21, "link label 'project'")]


def test_a_contents_link_by_the_full_address_is_no_label_session26():
    """Set U's offline-RL list links its contents by full address (`[Blog](https://github.com/o/r/tree/main#blog)`)
    under `[Blog/Podcast]`: a contents entry named after its heading, not a blog link whose
    label differs from the entries' `[blog]`. A `[Blog]` among the entries' `[blog]` still is."""
    entries = "".join(f"- [Paper {i}](https://arxiv.org/abs/2101.0000{i}) [[blog](https://b{i}.org/post)]\n" for i in range(6))
    text = ("# Offline RL\n\n- [Papers](https://github.com/o/r/tree/main#papers)\n"
            "- [Blog/Podcast](https://github.com/o/r/tree/main#blogpodcast)\n"
            "  - [Blog](https://github.com/o/r/tree/main#blog)\n  - [Podcast](https://github.com/o/r/tree/main#podcast)\n\n"
            "## Papers\n\n" + entries + "- [Paper 9](https://arxiv.org/abs/2101.00009) [[Blog](https://b9.org/post)]\n\n"
            "## Blog/Podcast\n\n### Blog\n\n- [A post](https://x.org/p)\n\n### Podcast\n\n- [A show](https://y.org/s)\n")
    assert [f.line for f in _found(text)] == [16]


def test_a_row_that_names_its_data_sets_in_lower_case_session27():
    """Set V: one row links its data sets as `[electricity](…),[traffic](…), [wind](…)`, where other
    rows write `[Electricity](…)`: the row's own style for names, not a label's slip. A single
    lower-case label among capitalised ones in its entry is still told."""
    rows = "".join(f"| [Paper {i} on forecasting series](https://arxiv.org/abs/2101.0{i:04d}) | [Electricity](https://uci.edu/e), [Traffic](https://uci.edu/t) |\n"
                   for i in range(6))
    low = "| [Adversarial Sparse Transformer](https://arxiv.org/abs/2102.0001) | [electricity](https://uci.edu/e),[traffic](https://uci.edu/t), [wind](https://k.com/w), [solar](https://n.gov/s) |\n"
    text = "# T\n\n| Paper | Dataset |\n| --- | --- |\n" + rows + low
    assert [f for f in lint_text(text, select=["AL011"]) if "electricity" in f.message] == []
    one = low.replace("[traffic]", "[Traffic]").replace("[wind]", "[Wind]").replace("[solar]", "[Solar]")
    found = lint_text(text.replace(low, one), select=["AL011"])
    assert [f.line for f in found if "'electricity'" in f.message] == [11]


def test_generic_labels_do_not_make_a_row_of_lower_case_names_session27():
    """The review of the lower-case row exemption: `[pdf]` and `[code]` are kinds of links, not
    names; beside them a lone `[electricity]` among rows of `[Electricity]` is still told."""
    rows = "".join(f"| [Paper {i} on forecasting series](https://arxiv.org/abs/2101.0{i:04d}) | [Electricity](https://uci.edu/e), [Traffic](https://uci.edu/t) |\n"
                   for i in range(6))
    one = "| [Adversarial Sparse Transformer](https://arxiv.org/abs/2102.0001) [pdf](https://a.org/p) [code](https://github.com/a/b) | [electricity](https://uci.edu/e) |\n"
    text = "# T\n\n| Paper | Dataset |\n| --- | --- |\n" + rows + one
    assert [f.line for f in lint_text(text, select=["AL011"]) if "'electricity'" in f.message] == [11]


def test_a_slip_of_the_files_own_label_session37():
    """Set AE's miss: `[Linke]` once beside `[Link]` on 126 rows (a label of no known kind);
    `[CVPRW]` beside `[CVPR]` is a workshop's acronym, not a slip."""
    rows = "".join(f"|TGRS|Paper {i} about things|[Link](https://ieeexplore.ieee.org/document/10{i})|\n" for i in range(12))
    text = ("# T\n\n|Venue|Title|Paper|\n|---|---|---|\n" + rows
            + "|TGRS|Paper 99 about things|[Linke](https://ieeexplore.ieee.org/document/1099)|\n")
    found = lint_text(text, select=["AL011"])
    assert [(f.line, "'Link' (the file's label, 12 times)" in f.message) for f in found] == [(17, True)]
    assert fix_text(text, select=["AL011"], unsafe=True)[0] == text.replace("[Linke]", "[Link]")
    venues = text.replace("[Link]", "[CVPR]").replace("[Linke]", "[CVPRW]")
    assert lint_text(venues, select=["AL011"]) == []


def test_a_star_badge_beside_another_repositorys_code_link_session37():
    """Set AE's misses (a Mamba paper list): `[[Code]](github.com/constantinpape/torch-em)
    ![GitHub Repo stars](…/stars/PixDeep/MHS-VM)`, the badge copied from the entry above.
    The page's own badges under its title, beside the awesome badge's link, are no entry's."""
    text = ("# Mamba\n\n[![Awesome](https://awesome.re/badge.svg)](https://github.com/sindresorhus/awesome) "
            "![stars](https://img.shields.io/github/stars/me/awesome-mamba)\n\n"
            "(arXiv:2404.00001) MHS-VM - [[Paper]](https://arxiv.org/abs/2404.00001) [[Code]](https://github.com/PixDeep/MHS-VM) "
            "![GitHub Repo stars](https://img.shields.io/github/stars/PixDeep/MHS-VM)\n\n"
            "(arXiv:2404.07705) ViM-UNet - [[Paper]](https://arxiv.org/abs/2404.07705) [[Code]](https://github.com/constantinpape/torch-em) "
            "![GitHub Repo stars](https://img.shields.io/github/stars/PixDeep/MHS-VM)\n")
    found = lint_text(text, select=["AL011"])
    assert [(f.line, "shows PixDeep/MHS-VM but the entry's code is constantinpape/torch-em" in f.message)
            for f in found] == [(7, True)]


def test_own_label_slips_are_no_english_words_and_badges_need_a_code_link_session37_review():
    """The review's findings: `[Stream]` beside 12 `[Steam]` is a word, not a slip; the own
    label's fix is unsafe; a badge beside a dependency's link (`[PyTorch](github.com/pytorch/pytorch)`)
    or beside two GitHub links names no copied badge."""
    rows = "".join(f"| Game {i} | Play it. | [Steam](https://store.steampowered.com/app/{i}) |\n" for i in range(12))
    text = "# T\n\n| Name | About | Link |\n|---|---|---|\n" + rows + "| Game X | Watch it. | [Stream](https://twitch.tv/gx) |\n"
    assert lint_text(text, select=["AL011"]) == []
    slip = text.replace("[Stream](https://twitch.tv/gx)", "[Staem](https://store.steampowered.com/app/99)")
    found = lint_text(slip, select=["AL011"])
    assert [(f.line, f.fix is not None and not f.fix.safe) for f in found] == [(17, True)]
    badges = ("# T\n\n- [Lightning](https://lightning.ai) - A wrapper around [PyTorch](https://github.com/pytorch/pytorch). "
              "![stars](https://img.shields.io/github/stars/Lightning-AI/pytorch-lightning)\n"
              "- [Sub](https://github.com/org/mono/tree/main/sub) - Plugin for [Code](https://github.com/other/host). "
              "![stars](https://img.shields.io/github/stars/org/mono)\n")
    assert lint_text(badges, select=["AL011"]) == []


def test_preprint_and_paper_labels_kept_to_their_versions_session38():
    """Set AH's wrong findings: `[[preprint]]` on every bioRxiv, chemRxiv and arXiv address and
    `[[paper]]` on every journal's are two words for two versions, not a slip. `[Colab notebooks]`
    is the plural of a demo label, no misspelling."""
    paper = [f"- Title number {i} [[paper]](https://doi.org/10.1038/s41467-02{i}-0001) [[code]](https://github.com/o/r{i})\n"
             for i in range(8)]
    pre = [f"- Preprint number {i} [[preprint]](https://doi.org/10.1101/2025.0{i}.01.123456) [[code]](https://github.com/o/p{i})\n"
           for i in range(1, 5)]
    text = "# Docking\n\n" + "".join(paper[:4] + pre + paper[4:]) + "- Another [[preprint]](https://arxiv.org/abs/2505.08762)\n"
    assert lint_text(text, select=["AL011"]) == []
    colab = ("# Folding\n\n- [ColabFold](https://github.com/s/colabfold) [Colab notebooks](https://github.com/s/colabfold#notebooks)\n"
             + "".join(f"- [Tool {i}](https://github.com/o/t{i}) [demo](https://o.github.io/t{i})\n" for i in range(4)))
    assert lint_text(colab, select=["AL011"]) == []


def test_a_label_one_letter_off_its_sites_name_session38():
    """Set AF's misses: `[RobotDK](https://robodk.com/)`, `[RTAP-Map](http://introlab.github.io/rtabmap/)`,
    `[CodieEsp](https://temu.bsc.es/codiesp/)`; told, not fixed. Not a label spelt as its site
    (`[PyTorch](https://pytorch.org/)`), nor a plural or a digit (`[Tutorials](…/tutorial/)`)."""
    text = ("# Robots\n\n- [RobotDK](https://robodk.com/) - Simulation and OLP for robots.\n"
            "- [RTAP-Map](http://introlab.github.io/rtabmap/) - RGB-D Graph SLAM.\n"
            "- [CodieEsp](https://temu.bsc.es/codiesp/) - Clinical coding in Spanish.\n"
            "- [PyTorch](https://pytorch.org/) - Tensors.\n"
            "- [Tutorials](https://example.org/tutorial/) - Lessons.\n")
    found = lint_text(text, select=["AL011"])
    assert [(f.line, f.fix) for f in found] == [(3, None), (4, None), (5, None)]
    assert "'robodk'" in found[0].message and "'rtabmap'" in found[1].message


def test_a_label_named_right_by_its_address_or_a_users_handle_session38_review():
    """The review's findings: `[NixOps](https://nixos.org/nixops/)` is named right by the
    address's folder (the host is another project's); a person's handle on a shared site
    (`[Jonathan](https://github.com/jonathon)`) is no slip of their name."""
    text = ("# Nix\n\n- [NixOps](https://nixos.org/nixops/) - Deploys.\n"
            "- [Jonathan](https://github.com/jonathon) - Maintainer.\n"
            "- [Christopher](https://twitter.com/christophr) - Maintainer.\n")
    assert lint_text(text, select=["AL011"]) == []
