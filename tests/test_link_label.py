"""AL011 link-label: labels of one kind spelled differently within a list, and misspelt labels."""

from __future__ import annotations

import shutil

from conftest import FIXTURES, REAL, SEEDS, needs_shared, render, run_cli, run_json

from hypothesis import given, settings
from hypothesis import strategies as st

from awesome_lint.engine import fix_text, lint_text

HYG = FIXTURES / "hygiene"


def _found(text: str, **kw):
    return [f for f in lint_text(text, select=["AL011"], **kw) if f.code == "AL011"]


def test_fixture_findings():
    text = (HYG / "labels.md").read_text(encoding="utf-8")
    found = _found(text)
    assert [(f.line, f.column) for f in found] == [(7, 26), (7, 59), (9, 29), (9, 68), (30, 40)]
    msgs = [f.message for f in found]
    assert "'[pdf]' differs from the '[paper]'" in msgs[0]
    assert "'[cdoe]' looks like a misspelling of 'code'" in msgs[1]
    assert "'[papaer]' looks like a misspelling of 'paper'" in msgs[2]
    assert "'Github' differs from the 'Code'" in msgs[4]
    assert all(f.fix is not None and f.fix.safe for f in found)


def test_fix_uses_the_dominant_spelling_and_touches_nothing_else():
    text = (HYG / "labels.md").read_text(encoding="utf-8")
    fixed, left = fix_text(text, select=["AL011"])
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
    again, _ = fix_text(fixed, select=["AL011"])
    assert again == fixed


def test_consistent_lists_and_side_by_side_spellings_give_nothing():
    text = (HYG / "labels.md").read_text(encoding="utf-8")
    lines = {f.line for f in _found(text)}
    assert not lines & set(range(13, 25))  # 'Paper'+'arXiv' together; '[[pdf]]' list; tool names


def test_mixed_list_without_a_majority_gets_one_finding():
    text = "".join(f"- [**CVPR 2022**] P{i} [{lab}](https://example.org/{i})\n"
                   for i, lab in enumerate(["Code", "GitHub", "Code", "GitHub", "Repo", "GitHub"]))
    found = _found(text)
    assert len(found) == 1 and "labelled in 3 ways" in found[0].message and found[0].fix is None


def test_a_label_inside_the_title_is_left_alone():
    """A link inside the entry's (bold) title is part of the title the reader sees: renaming its
    label would change the title (found by the fuzzer)."""
    text = "# Papers\n\n" + "".join(
        f"{n}. **{name}: a study** [[paper]](https://arxiv.org/abs/2101.0000{n})\n"
        for n, name in enumerate(["Alpha", "Beta", "Gamma", "Delta"], 1)
    ) + ("5. **Epsilon [[arXiv]](https://arxiv.org/abs/2101.00005) a study**\n"
         "6. **Zeta: a study** [[arXiv]](https://arxiv.org/abs/2101.00006)\n")
    assert [(f.line, f.column) for f in _found(text)] == [(8, 23)]  # Zeta's, not Epsilon's
    fixed, _ = fix_text(text, select=["AL011"])
    assert "**Epsilon [[arXiv]](" in fixed and "**Zeta: a study** [[paper]](" in fixed


def test_kinds_are_configurable():
    text = "".join(f"- [**CVPR 2022**] P{i} [{lab}](https://example.org/{i})\n"
                   for i, lab in enumerate(["Weights", "Weights", "Weights", "Ckpt"]))
    assert _found(text) == []  # 'ckpt' is no spelling of a default kind
    found = _found(text, config={"AL011": {"kinds": {"model": ["weights", "ckpt"]}}})
    assert [f.line for f in found] == [4]


def test_reference_links_are_reported_not_rewritten():
    text = ("- [**A 2022**] One [[paper]](https://example.org/1)\n- [**A 2022**] Two [[paper]](https://example.org/2)\n"
            "- [**A 2022**] Three [[paper]](https://example.org/3)\n- [**A 2022**] Four [pdf][4]\n\n"
            "[4]: https://example.org/4\n")
    found = _found(text)
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
    for name in ("Alison-brie__Awesome-Medical-Image-Registration.md", "floodsung__Deep-Learning-Papers-Reading-Roadmap.md",
                 "thunlp__GNNPapers.md", "diff-usion__Awesome-Diffusion-Models.md",
                 "HqWu-HITCS__Awesome-Chinese-LLM.md", "jobbole__awesome-python-cn.md", "crownpku__Awesome-Chinese-NLP.md",
                 "awesome-selfhosted__awesome-selfhosted.md", "avelino__awesome-go.md"):
        assert _found((REAL / name).read_text(encoding="utf-8")) == [], name
    for name in ("multimodal-medical-imaging.md", "vlm-in-mia-tables.md"):
        assert _found((SEEDS / name).read_text(encoding="utf-8")) == [], name


@needs_shared
def test_real_misspellings_are_found():
    text = (REAL / "cmhungsteve__Awesome-Transformer-Attention.md").read_text(encoding="utf-8")
    miss = sorted(f.message.split("'")[1] for f in _found(text) if "misspelling" in f.message)
    assert miss == ["[GotHub]", "[GtiHub]", "[Papewr]"]


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
    """Measured and read: '[Web]' twice among five '[web]' in one list; '[Pytorch]' among
    '[PyTorch]' (a framework is compared only with itself)."""
    text = (REAL / "terryum__awesome-deep-learning-papers.md").read_text(encoding="utf-8")
    assert [(f.line, f.message.split("'")[1]) for f in _found(text)] == [(294, "[Web]"), (295, "[Web]")]
    text = (REAL / "cmhungsteve__Awesome-Transformer-Attention.md").read_text(encoding="utf-8")
    torch = [f.line for f in _found(text) if "'[Pytorch]' differs from the '[PyTorch]'" in f.message]
    assert torch == [619, 655, 1320, 2133, 2170, 2377]


def _tagged(labels):
    return "".join(f"- [**CVPR 2022**] Paper {i} [{lab}](https://example.org/{i})\n" for i, lab in enumerate(labels))


def test_particular_words_are_compared_only_with_themselves():
    assert _found(_tagged(["PyTorch", "PyTorch", "PyTorch", "TensorFlow"])) == []  # two frameworks
    assert _found(_tagged(["Code", "Code", "Code", "Official Code"])) == []  # official is not plain code
    assert _found(_tagged(["Video", "Video", "Video", "YouTube"])) == []
    found = _found(_tagged(["tensorflow", "tensorflow", "tensorflow", "Tensorflow"]))
    assert [f.line for f in found] == [4] and "for code links" in found[0].message
    assert found[0].fix is not None and found[0].fix.safe
    # a name's case inside a longer label is AL018's to report
    assert _found(_tagged(["PyTorch Code", "PyTorch Code", "PyTorch Code", "Pytorch Code"])) == []
    found = _found(_tagged(["Project Page", "Project Page", "Project Page", "Project page"]))
    assert [f.line for f in found] == [4]


def test_words_of_the_vocabulary_and_labels_of_no_kind():
    found = _found(_tagged(["Docs", "Docs", "Docs", "Doc"]))
    assert [f.line for f in found] == [4] and "for docs links" in found[0].message
    found = _found(_tagged(["Project Page", "Project Page", "Project Page", "Homepage"]))
    assert [f.line for f in found] == [4]
    found = _found(_tagged(["Hugging Face", "Hugging Face", "Hugging Face", "HuggingFace"]))
    assert [f.line for f in found] == [4] and "for model links" in found[0].message
    assert _found(_tagged(["Paper", "Paper", "Paper", "Demo paper"])) == []  # not a plain spelling
    found = _found(_tagged(["Link", "Link", "Link", "link"]))  # no kind: only the same word
    assert [f.line for f in found] == [4] and found[0].message.endswith("that this list uses (3 times)")
    assert _found(_tagged(["Link", "Link", "Link", "Site"])) == []


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
