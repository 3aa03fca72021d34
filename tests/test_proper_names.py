"""AL018 proper-names: hand-made fragments, the registry and its options, real lists, the CLI."""

from __future__ import annotations

import re
import shutil

import pytest
from conftest import FIXTURES, REAL, SEEDS, needs_shared, render, run_cli, run_json

from awesome_lint.engine import fix_text, lint_text
from awesome_lint.model import InputError

FIXTURE = FIXTURES / "conventions2" / "proper_names.md"
# `Github` is the only way the fixture writes GitHub (lines 5, 7 and 12): a house habit, one
# finding at its first place whose fix writes all three
EXPECTED = [(5, 4, "GitHub"), (7, 78, "PyTorch"), (8, 76, "TensorFlow"),
            (8, 91, "JavaScript"), (9, 47, "Hugging Face"), (9, 71, "PostgreSQL"), (9, 92, "macOS"),
            (11, 4, "Hugging Face"), (14, 4, "Hugging Face"), (16, 11, "arXiv"), (16, 24, "NeurIPS")]


def al018(text: str, **kw):
    return lint_text(text, select=["AL018"], **kw)


def test_fixture_findings_at_their_places():
    found = al018(FIXTURE.read_text(encoding="utf-8"))
    assert [(f.line, f.column, re.search(r"'(.+?)'", f.message).group(1)) for f in found] == EXPECTED
    assert all(f.severity == "warning" for f in found)


def test_fix_is_safe_exact_and_stable():
    text = FIXTURE.read_text(encoding="utf-8")
    fixed, left = fix_text(text, select=["AL018"])
    # only the heading whose anchor would change keeps its finding, without a fix, and the name
    # in a code span (`Pytorch`), told once the prose writes PyTorch (code is never edited)
    assert [(f.line, f.fixable) for f in left] == [(10, False), (14, False)]
    assert "## Huggingface Models" in fixed
    assert "Datasets and models for PyTorch, hosted on GitHub." in fixed
    assert "Models from Hugging Face, OpenAI and PostgreSQL dumps for macOS." in fixed
    assert "[Hugging Face Course](https://huggingface.co/learn)" in fixed  # a title of two words is a name
    # untouched: code, identifiers, URLs, HTML attributes, venue tags, titles, lower-case labels;
    # a label that is the name capitalised wrongly is fixed
    for kept in ("Use `Pytorch` with pytorch_lightning and github-actions, docs on github.io, ping @github.",
                 "import Pytorch  # Github", '<img alt="Github" src="https://example.org/Github.png">',
                 "[2023 Arxiv] **Segment Anything with Pytorch Models**", "[GitHub](https://github.com/pytorch)",
                 "[pytorch](https://github.com/pytorch/pytorch)"):
        assert kept in fixed
    assert fix_text(fixed, select=["AL018"])[0] == fixed
    # the rendered page: same links, same structure, only the words changed
    hrefs = re.compile(r'(?:href|src)="([^"]*)"')
    assert hrefs.findall(render(text)) == hrefs.findall(render(fixed))
    assert render(fixed).count("<li>") == render(text).count("<li>")


@pytest.mark.parametrize("text", [
    "See the `Github` docs.\n",
    "Install pytorch_lightning or github-actions.\n",
    "Hosted at github.io and pytorch.org.\n",
    "Follow @github and #pytorch.\n",
    "[site](https://Github.com/Pytorch)\n",
    "<a href=\"https://x\" title=\"Github\">x</a>\n",
    "<!-- Github -->\n",
    "[gh]: https://Github.com/Tensorflow\n",
    "THE GITHUB WAY\n",
    "- [github](https://github.com) - the site.\n",
    "- [sqlite](https://pkg.go.dev/modernc.org/sqlite) - a driver.\n",
    "    Github in an indented code block\n",
    "- [mysql-colorize](https://x.example) - Colorization for mysql comand-line client\n",  # a program
    "Run the node binary or the rust CLI.\n",
    "See src/Github/README and docs/Pytorch.\n",  # a path: lower case after its slash
    "| Title | Venue |\n| --- | --- |\n| A study | Neurips 2021 |\n",
    "1. [2023 Neurips] **A study of things** [[paper]](https://example.org/a)\n",  # a venue's tag: AL005's
])
def test_not_findings(text):
    assert al018(text) == []


@pytest.mark.parametrize("text, written", [
    ("Works on Github.\n", "Github"),
    ("- [Github](https://github.com) - the site.\n", "Github"),  # a one-word title is a name
    ("A library for pytorch users.\n", "pytorch"),
    ("Made by Openai.\n", "Openai"),
    ("Uses HuggingFace models.\n", "HuggingFace"),
    ("Uses Hugging face models.\n", "Hugging face"),
    ("A github-actions runner.\n", None),  # a hyphen makes it part of a name: left alone
    ("A Github-based tool.\n", "Github"),  # but `-based` makes a compound word of prose (session 10)
    ("Export Markdown to HTML/PDF/Powerpoint presentations.\n", "Powerpoint"),  # slashes in prose
    ("Part of GCC 12, Chromium, Redis, Webkit/Safari.\n", "Webkit"),
    ("A cross-shell prompt written in rust\n", "rust"),
    ("Command line evernote client\n", "evernote"),  # a client of Evernote, not the program
    ("Screencasts about Laravel, Vue JS and more.\n", "Vue JS"),
    ("1. [2023 Github] **A toolkit for things** [[code]](https://example.org/a)\n", "Github"),  # no venue
    ("* [**Huggingface, 2024.5**] **A model** [Model](https://example.org/m)\n", "Huggingface"),
    ("* 简介：在Huggingface榜单上达到了第一名。\n", "Huggingface"),  # CJK runs words together
    ("Bindings for Objective C apps.\n", "Objective C"),
    ("Tunnels over Wireguard.\n", "Wireguard"),
    ("A swift wrapper.\n", None),  # lower case is a slip only where the file writes Swift itself four times as often
])
def test_findings(text, written):
    found = al018(text)
    if written is None:
        assert found == []
    else:
        assert len(found) == 1 and f"not {written!r}" in found[0].message


def test_options_extend_and_trim_the_registry():
    text = "Logged with Wandb and Streamlit apps on Github.\n"
    cfg = {"AL018": {"names": {"Weights & Biases": ["Wandb"]}, "ignore": ["GitHub"]}}
    found = al018(text, config=cfg)
    assert [f.message for f in found] == ["write 'Weights & Biases', not 'Wandb'"]
    assert [f.message for f in al018("made with STREAMLIT and streamlit\n", config={"AL018": {"names": ["Streamlit"]}})] \
        == ["write 'Streamlit', not 'streamlit'"]


def test_bad_option_is_an_input_error():
    with pytest.raises(InputError):
        al018("x\n", config={"AL018": {"names": "GitHub"}})


def test_registry_loads_lazily():
    import subprocess
    import sys

    code = ("import sys, awesome_lint.rules.proper_names as m; "
            "print(m._BUILTIN is None, 'yaml' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[0] == "True"


@needs_shared
def test_sindresorhus_awesome_is_clean():
    text = (REAL / "sindresorhus__awesome.md").read_text(encoding="utf-8")
    assert al018(text) == []


@needs_shared
def test_real_lists_fix_keeps_every_link_and_is_stable(tmp_path):
    hrefs = re.compile(r'(?:href|src)="([^"]*)"')
    for name in ("avelino__awesome-go.md", "thunlp__GNNPapers.md", "rust-unofficial__awesome-rust.md"):
        text = (REAL / name).read_text(encoding="utf-8")
        fixed, left = fix_text(text, select=["AL018"])
        assert fixed != text and not [f for f in left if f.fixable and f.fix.safe]  # the file's own names: unsafe
        assert hrefs.findall(render(text)) == hrefs.findall(render(fixed))
        assert fix_text(fixed, select=["AL018"])[0] == fixed
        assert len(fixed.splitlines()) == len(text.splitlines())


#: Lists of the held-out accuracy set (being annotated): rules are not tuned on them, so tests
#: do not read them.
HELD_OUT = {"kozistr__Awesome-GANs", "Alison-brie__Awesome-Medical-Image-Registration",
            "yuewang-cuhk__awesome-vision-language-pretraining-papers",
            "SiatMMLab__Awesome-Diffusion-Model-Based-Image-Editing-Methods",
            "yangzhou12__awesome-medical-vision-language-models", "houjunlin__Awesome-Medical-Vision-Language-Learning",
            "fepegar__awesome-medical-imaging", "vinta__awesome-python", "terryum__awesome-deep-learning-papers",
            "lxtGH__Awesome-Segmentation-With-Transformer"}


@needs_shared
def test_real_list_counts():
    counts = {p.name: len(al018(p.read_text(encoding="utf-8", errors="replace"), path=str(p)))
              for p in sorted(REAL.glob("*.md")) if p.stem not in HELD_OUT}
    assert counts["sindresorhus__awesome.md"] == 0
    assert counts["thunlp__GNNPapers.md"] == 1  # "arxiv 2018." 12 times: folded into one finding
    assert counts["Xnhyacinth__Awesome-LLM-Long-Context-Modeling.md"] <= 5  # was 1282 "Arxiv"


def test_repeated_misspelling_is_reported_once_and_fixed_everywhere():
    from awesome_lint.engine import fix_text

    text = "".join(f"- [Tool {i}](https://example.org/{i}) - Runs on Pytorch.\n" for i in range(8))
    found = al018(text)
    assert len(found) == 1 and "8 times" in found[0].message
    fixed, left = fix_text(text, select=["AL018"])
    assert fixed.count("PyTorch") == 8 and not left
    few = "".join(f"- [Tool {i}](https://example.org/{i}) - Runs on Pytorch.\n" for i in range(3))
    habit = al018(few)  # the only way the file writes the name: one house habit, one finding
    assert len(habit) == 1 and "never writes 'PyTorch'" in habit[0].message and len(habit[0].fix.edits) == 3
    slips = al018(few + "- [Tool 9](https://example.org/9) - Runs on PyTorch.\n")
    assert [f.line for f in slips] == [1, 2, 3]  # slips beside the right spelling: one finding each


def test_cli_fix_on_a_real_file(tmp_path):
    target = tmp_path / "README.md"
    shutil.copy(FIXTURE, target)
    status, findings = run_json("--select", "AL018", target)
    assert status == 0 and len(findings) == len(EXPECTED)  # warnings only: reported, exit 0
    assert findings[0]["name"] == "proper-names" and findings[0]["fixable"]
    proc = run_cli("--select", "AL018", "--fix", target)
    assert proc.returncode == 0  # the heading finding stays, a warning, and the code span's name
    status, left = run_json("--select", "AL018", target)
    assert [f["line"] for f in left] == [10, 14]


def test_reference_link_labels_are_reported_but_never_rewritten():
    from awesome_lint.engine import fix_text

    text = ("See [Huggingface hub] and [Deep mind stuff][].\n\n"
            "[huggingface hub]: https://huggingface.co\n[deep mind stuff]: https://deepmind.com\n")
    found = al018(text)
    assert len(found) == 2 and all(f.fix is None for f in found)
    assert fix_text(text, select=["AL018"])[0] == text


def test_plain_lint_does_not_import_yaml():
    import subprocess
    import sys

    code = ("import sys; from awesome_lint.engine import lint_text; "
            "lint_text('- A tool for Github users [x](https://example.org)\\n', select=['AL018']); "
            "print('yaml' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def _spans(pattern, text):
    return [m.span() for m in pattern.finditer(text)]


def test_trie_pattern_finds_what_the_alternation_finds():
    """The registry's pattern is a trie for speed; it must find the very matches of the plain
    longest-first alternation it replaces, on real prose and on random text built from the
    spellings' own pieces (prefixes of each other, spaces, tabs, case changes, word edges)."""
    import random

    from awesome_lint.rules.proper_names import _alternation, _trie_pattern, registry

    reg = registry()
    forms = sorted(reg.canonical, key=len, reverse=True)
    trie = _trie_pattern(forms)
    assert trie is not None and trie.pattern != _alternation(forms).pattern
    alt = _alternation(forms)
    corpus = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.md"))] if SEEDS.exists() else []
    for text in corpus:
        assert _spans(trie, text) == _spans(alt, text)
    rng = random.Random(18)
    pieces = ["open", "ai", "open ai", "cv", "review", "deep", "mind", "node", "js", ".", "-", "_", "/", " ",
              "  ", "\t", "\n", "x", "é", "GitHub", "git", "hub", "py", "torch", "macos", "x", "1", "mac os"]
    extra_sets = [[], ["open", "open a", "deep mindful", "a", "ab c", "ab-c", "mac", "node"]]
    for extra in extra_sets:
        fs = sorted(dict.fromkeys(forms + extra), key=len, reverse=True)
        trie, alt = _trie_pattern(fs), _alternation(fs)
        assert trie is not None
        for _ in range(3000):
            words = [rng.choice(pieces) for _ in range(rng.randint(1, 12))]
            text = "".join(w.upper() if rng.random() < 0.2 else w for w in words)
            assert _spans(trie, text) == _spans(alt, text), (text, extra)


def test_trie_pattern_declines_forms_it_cannot_order():
    from awesome_lint.rules.proper_names import _trie_pattern

    assert _trie_pattern(["hugging  face"]) is None  # two spaces: keep the alternation
    assert _trie_pattern(["ıos", "ios"]) is None  # dotless i folds to i in the regex engine
    assert _trie_pattern(["github", "gitlab"]) is not None


ALIGNED = """# Tools

| Name        | Notes                          |
| ----------- | ------------------------------ |
| Alpha       | Models on Huggingface hub      |
| Beta        | Runs on Github Actions         |
| Gamma       | Huggingface datasets, wide one |
| Delta       | Hugging-face                   |

Thanks to Hugging Face.
"""


def test_a_rename_in_an_aligned_table_keeps_its_pipes_in_line(tmp_path):
    """`Huggingface` -> `Hugging Face` is one character longer: in an aligned table the cell's
    padding takes it (the pipes stay in line); where the cell has no padding to spare (line 7)
    the fix is unsafe, since the whole column would have to widen."""
    p = tmp_path / "tools.md"
    p.write_text(ALIGNED)
    _, found = run_json("--select", "AL018", p)
    assert [(f["line"], f["fix"]["applicability"]) for f in found] == [
        (5, "safe"), (6, "safe"), (7, "unsafe"), (8, "safe")]
    run_cli("--fix", "--select", "AL018", p)
    fixed = p.read_text()
    rows = fixed.splitlines()[2:8]
    assert {len(r) for r in rows} == {len(ALIGNED.splitlines()[2])}  # every pipe where it was
    assert rows[2] == "| Alpha       | Models on Hugging Face hub     |"
    assert rows[4] == "| Gamma       | Huggingface datasets, wide one |"  # left: only --unsafe-fixes
    assert render(fixed) == render(ALIGNED).replace("Huggingface hub", "Hugging Face hub").replace(
        "Github", "GitHub").replace("Hugging-face", "Hugging Face")
    run_cli("--fix", "--unsafe-fixes", "--select", "AL018", p)
    assert p.read_text().splitlines()[6] == "| Gamma       | Hugging Face datasets, wide one |"


def test_a_rename_in_a_table_that_is_not_aligned_is_plain(tmp_path):
    text = "| Name | Notes |\n| --- | --- |\n| A | Huggingface hub |\n"
    fixed, left = fix_text(text, select=["AL018"])
    assert left == [] and fixed == text.replace("Huggingface", "Hugging Face")


def test_a_row_that_writes_its_own_titles_name_with_lost_capitals(tmp_path):
    """| Segformer | [SegFormer: …](u) |: the name cell lost the capitals the paper's title
    gives it; an item's description naming a program (`zlib`) is not such a copy."""
    path = tmp_path / "l.md"
    text = ("# L\n\n| Acronym | Paper Title |\n| --- | --- |\n"
            "| Segformer | [SegFormer: Simple and Efficient Design](https://arxiv.org/abs/2105.15203) |\n"
            "| MaX-DeepLab | [MaX-DeepLab: End-to-End Panoptic Segmentation](https://arxiv.org/abs/2012.00759) |\n\n"
            "- [ZLib](https://zlib.net) - A compression library; links as zlib.\n")
    path.write_text(text)
    _, found = run_json(str(path), "--select", "AL018")
    assert [(f["line"], f["message"]) for f in found] == [
        (5, "write 'SegFormer' as the entry's title does, not 'Segformer'")]
    run_cli("--fix", "--unsafe-fixes", "--select", "AL018", str(path))
    assert path.read_text() == text.replace("| Segformer |", "| SegFormer |")


def test_the_files_own_names_catch_a_slip_but_not_a_split_or_a_title():
    """A name the file writes with capitals inside (`ChatGLM`, three times) and once without is
    a slip; a name written as often one way as the other, an entry's bold name, a package name
    before `crate` and a title in a long link label are left alone."""
    text = ("- [ChatGLM](https://x.org/1) - ChatGLM tuned on ChatGLM data.\n"
            "- [Tool](https://x.org/2) - Runs chatglm on a phone.\n"
            "- **Depthformer**: depth. DepthFormer and DepthFormer differ.\n"
            "- [Ok](https://x.org/3) - Wraps the socketcan crate; SocketCAN SocketCAN SocketCAN.\n"
            "- [Ford Campus Vision and Lidar Data Set](https://x.org/4) - LiDAR LiDAR LiDAR.\n"
            "- [A](https://x.org/5) - WebUI and webui.\n")
    found = al018(text)
    assert [(f.line, f.message) for f in found] == [
        (2, "write 'ChatGLM' as this file does 3 times, not 'chatglm'")]
    assert found[0].fix is not None and not found[0].fix.safe  # a majority vote: unsafe


def test_languages_and_model_names_of_the_registry():
    text = ("- [seg](https://x.org/seg) - Segments english and chinese text, ONNX and onnx models.\n"
            "- [chinese_translation](https://x.org/t) - Built on Langchain, by Bytedance; [Chinese](https://x.org/c).\n")
    found = [(f.line, f.message) for f in al018(text)]
    assert found == [(1, "write the languages 'English', 'Chinese' with a capital"),  # one finding for the line's
                     (1, "write 'ONNX', not 'onnx'"), (2, "write 'LangChain', not 'Langchain'"),
                     (2, "write 'ByteDance', not 'Bytedance'")]
    # a list that writes languages its own way turns them off
    found = lint_text(text, select=["AL018"], config={"AL018": {"ignore": ["Chinese", "English"]}})
    assert not any("nglish" in f.message or "hinese" in f.message for f in found)


def test_slips_among_many_right_spellings_are_each_reported():
    """Six `ArXiv` among twenty `arXiv`: six slips, each where it is (more than max-per-form),
    not one habit; a file writing `ArXiv` as often as `arXiv` gets one finding."""
    right = "".join(f"- [P{i}](https://x.org/{i}) - On arXiv.\n" for i in range(20))
    slips = "".join(f"- [S{i}](https://y.org/{i}) - On ArXiv.\n" for i in range(6))
    assert len(al018(right + slips)) == 6
    assert len(al018(right[:200] + slips)) == 1


def test_a_pasted_title_that_lost_the_capitals_its_entry_gives_the_name():
    text = ("- **PubMedQA**: Pubmedqa: a dataset for question answering. [paper](https://x.org/1)\n"
            "- **Other**: Uses PubMedQA data. [paper](https://x.org/2)\n"
            "- [Bloc](https://x.org/3) - Helps implement the BLoC pattern; BLoC BLoC.\n")
    found = [(f.line, f.message) for f in al018(text)]
    assert found == [(1, "write 'PubMedQA' as the same entry does, not 'Pubmedqa'")]


def test_a_name_inside_cjk_text_and_a_humped_slip_the_file_outvotes(tmp_path):
    """Ideographs bound a Latin name as spaces do; and a humped spelling the file writes once
    beside eight or more of its own (`LLaMa` among `LLaMA`) is a slip, though `llama` is also a
    word. Two humped spellings nearer in number stay unreported: no one spelling is the file's."""
    own = "".join(f"- [M{i}](https://example.org/{i}) - Built on LLaMA and LoRA.\n" for i in range(8))
    path = tmp_path / "README.md"
    path.write_text("# Models\n\n" + own + "- [Z](https://example.org/z) - 基于LLaMa的模型，用lora微调。\n")
    _, found = run_json("--select", "AL018", str(path))
    assert [(f["line"], f["message"]) for f in found] == [
        (11, "write 'LLaMA' as this file does 8 times, not 'LLaMa'"),
        (11, "write 'LoRA' as this file does 8 times, not 'lora'")]
    path.write_text("# Models\n\n" + own + "".join(f"- [Z{i}](https://example.org/z{i}) - On LLaMa.\n" for i in range(2)))
    assert run_json("--select", "AL018", str(path))[1] == []


def test_lower_case_python_is_a_slip_only_among_the_files_capitalised_spellings(tmp_path):
    """`python` also names the program: it is reported where the file writes Python at least
    three times as often (9 to 3 on a real list), and never inside Chinese prose, where
    lower-case Latin names are usual."""
    caps = "".join(f"- [P{i}](https://example.org/{i}) - A Python library.\n" for i in range(6))
    path = tmp_path / "README.md"
    path.write_text("# Tools\n\n" + caps + "- [Q](https://example.org/q) - A python toolkit.\n"
                    "- [R](https://example.org/r) - 用python写的爬虫。\n"
                    "- [S](https://example.org/s) - Written in python.\n")
    _, found = run_json("--select", "AL018", str(path))
    assert [(f["line"], f["message"]) for f in found] == [(9, "write 'Python', not 'python'"),
                                                          (11, "write 'Python', not 'python'")]
    habit = "".join(f"- [P{i}](https://example.org/{i}) - A python library.\n" for i in range(4))
    path.write_text("# Tools\n\n" + habit + "- [Q](https://example.org/q) - Works with Python.\n")
    assert run_json("--select", "AL018", str(path))[1] == []



def test_lower_case_websocket_is_the_protocol_as_a_common_noun_session23(tmp_path):
    """Set R's false positive: `a websocket server` writes the protocol as the common noun it
    has become; it is reported only as a slip where the file writes WebSocket three times as
    often."""
    path = tmp_path / "README.md"
    path.write_text("# Tools\n\n- [C](https://example.org/c) - Real-time messaging websocket server.\n"
                    "- [D](https://example.org/d) - A WebSocket client.\n")
    assert run_json("--select", "AL018", str(path))[1] == []
    caps = "".join(f"- [W{i}](https://example.org/w{i}) - A WebSocket library.\n" for i in range(3))
    path.write_text("# Tools\n\n" + caps + "- [C](https://example.org/c) - Real-time messaging websocket server.\n")
    assert [(f["line"], f["message"]) for f in run_json("--select", "AL018", str(path))[1]] == [
        (6, "write 'WebSocket', not 'websocket'")]

SESSION10 = """# Tools

- Huggingface resources: [Set A](https://huggingface.co/datasets/o/a), [Set B](https://huggingface.co/datasets/o/b).
- [grapher](https://github.com/o/grapher) - Query engine with a Neo4J-based language.
- [tool](https://github.com/o/tool) - Works with pytorch-lightning and the Numpy-powered trainer.
- Some method. [[Paper]](https://arxiv.org/abs/2101.00001) [[Code-Pytorch]](https://github.com/o/a) [[Code-Unofficial-Tensorflow]](https://github.com/o/b)

**Notebook title** \\
*huggingface* \\
[[Notebook](https://colab.research.google.com/github/o/n/blob/main/n.ipynb)]
"""


def test_session10_compounds_lead_ins_and_bylines_through_the_cli(tmp_path):
    """Set C's misses and false positive, in fragments of my own: a lead-in `Huggingface
    resources:` is prose (WooooDyy), `Neo4J-based` and `Numpy-powered` are compound words of
    prose (akullpp) while `pytorch-lightning` stays an identifier, labels of hyphen-joined link
    words (`Code-Pytorch`, subeeshvasu) are read, and a byline `*huggingface*` (hee9joon) is an
    account's handle."""
    path = tmp_path / "l.md"
    path.write_text(SESSION10, encoding="utf-8")
    _, found = run_json("--select", "AL018", path)
    assert [(f["line"], f["message"]) for f in found] == [
        (3, "write 'Hugging Face', not 'Huggingface'"),
        (4, "write 'Neo4j', not 'Neo4J'"),
        (5, "write 'NumPy', not 'Numpy'"),
        (6, "write 'PyTorch', not 'Pytorch'"),
        (6, "write 'TensorFlow', not 'Tensorflow'"),
    ]
    run_cli("--fix", "--select", "AL018", path)
    fixed = path.read_text(encoding="utf-8")
    assert "Neo4j-based" in fixed and "[[Code-PyTorch]]" in fixed and "[[Code-Unofficial-TensorFlow]]" in fixed
    assert "pytorch-lightning" in fixed and "*huggingface*" in fixed


def test_slips_where_the_file_writes_the_name_right_more_often_session11():
    """Seven `Github` beside eight `GitHub`: the file's majority is the registry's spelling, so
    each `Github` is a slip where it is; seven beside six is still one finding for the file."""
    right = "".join(f"- [P{i}](https://x.org/{i}) - [[GitHub](https://github.com/a/p{i})]\n" for i in range(8))
    slips = "".join(f"- [S{i}](https://y.org/{i}) - [[Github](https://github.com/a/s{i})]\n" for i in range(7))
    assert [f.line for f in al018(right + slips)] == list(range(9, 16))
    assert len(al018(right[: right.index("- [P6]")] + slips)) == 1


def test_a_name_cell_with_fewer_capitals_than_its_title_even_if_humped_session11():
    text = ("| Acronym | Paper Title |\n| --- | --- |\n"
            "| SegNext | [SegNeXt: Rethinking Convolutional Attention](https://arxiv.org/abs/2209.08575) |\n"
            "| ConvNeXt | [ConvNeXt V2: Co-designing and Scaling ConvNets](https://arxiv.org/abs/2301.00808) |\n")
    assert [(f.line, f.message) for f in al018(text)] == [
        (3, "write 'SegNeXt' as the entry's title does, not 'SegNext'")]


def test_a_title_pasted_in_sentence_case_lost_the_names_capitals_session11(tmp_path):
    """`efficient detr` in a title copied from a citation, where the file writes DETR: one
    finding per title, an unsafe fix of every lowered name in it. A title in Title Case, a
    quotation, a tool's name (no paper link) and an English word are left alone."""
    rows = "".join(f"- **Method {i}**: a DETR variant. [paper](https://arxiv.org/abs/2301.0{i:04d})\n" for i in range(5))
    text = ("# Detection\n\n" + rows +
            "- Lite detr: an interleaved encoder for efficient detr. [paper](https://arxiv.org/abs/2303.07335)\n"
            "- Surpassing human-level performance on imagenet classification. [paper](https://arxiv.org/abs/1502.01852)\n"
            "- Efficient Detr Training With Group Queries. [paper](https://arxiv.org/abs/2207.13085)\n"
            '- "Fast detr training with many queries and boxes". [paper](https://arxiv.org/abs/2207.13086)\n'
            "- [Lite detr tool for the command line](https://github.com/a/lite) - Runs it.\n"
            "- Clip the image before training a model. [paper](https://arxiv.org/abs/2207.13087) CLIP CLIP CLIP CLIP CLIP\n")
    found = al018(text)
    assert [(f.line, f.message) for f in found] == [
        (8, "write 'DETR', not 'detr': the title lost its capitals"),
        (9, "write 'ImageNet', not 'imagenet': the title lost its capitals")]
    assert not found[0].fix.safe and len(found[0].fix.edits) == 2
    path = tmp_path / "l.md"
    path.write_text(text, encoding="utf-8")
    run_cli("--fix", "--unsafe-fixes", "--select", "AL018", str(path))
    assert "- Lite DETR: an interleaved encoder for efficient DETR." in path.read_text(encoding="utf-8")


def test_a_title_that_misspells_a_name_its_own_line_writes_right_session11():
    text = ("- [Mesh Tensorflow library](https://x.org/m) - Mesh TensorFlow: model parallelism made easier.\n"
            "- [Coursera Tensorflow in practice](https://x.org/c) - A course.\n")
    found = al018(text)
    assert [(f.line, f.message) for f in found] == [
        (1, "write 'TensorFlow' as the same entry does, not 'Tensorflow'")]
    assert found[0].fix is not None and not found[0].fix.safe


def test_json_jax_and_companies_of_the_registry_session11():
    """`Json` is reported, `json` (a file's extension, a format's informal name) never; `Jax`
    is, and `jax` only as a slip among the file's JAX; `ElutherAI` and `DataBricks` are."""
    text = ("- [a](https://x.org/a) - Reads Json and json files.\n"
            "- [b](https://x.org/b) - Written in Jax, installed as jax.\n"
            "- [c](https://x.org/c) - Models by ElutherAI and DataBricks.\n")
    assert [(f.line, f.message) for f in al018(text)] == [
        (1, "write 'JSON', not 'Json'"), (2, "write 'JAX', not 'Jax'"),
        (3, "write 'EleutherAI', not 'ElutherAI'"), (3, "write 'Databricks', not 'DataBricks'")]


def test_platform_and_tooling_names_common_across_lists_session11():
    text = ("- [a](https://x.org/a) - An IPhone and Ipad app backed by FireBase, on Asp.Net and Nuget.\n"
            "- [b](https://x.org/b) - Install it from Pypi; runs in Jupyter, on asp.net, with keras.\n")
    assert [(f.line, f.message) for f in al018(text)] == [
        (1, "write 'iPhone', not 'IPhone'"), (1, "write 'iPad', not 'Ipad'"),
        (1, "write 'Firebase', not 'FireBase'"), (1, "write 'ASP.NET', not 'Asp.Net'"),
        (1, "write 'NuGet', not 'Nuget'"), (2, "write 'PyPI', not 'Pypi'")]


def test_a_backronyms_capitals_are_no_name_for_the_plain_word():
    """`toKenizER` spells out a backronym: `tokenizer` beside it is the ordinary word."""
    from awesome_lint.engine import lint_text

    text = ("# Tools\n\n- [toKenizER](https://github.com/o/t) - toKenizER: a tokenizer for text.\n"
            "- [Other](https://github.com/o/u) - Uses toKenizER as its tokenizer.\n")
    assert [f for f in lint_text(text, select=["AL018"])] == []


def test_lower_case_docker_in_prose_is_a_slip_once_a_line(tmp_path):
    """A list that writes Docker throughout: `docker` in prose is a slip, one finding a line
    whose fix mends every one on it; the command (`docker run`), a reference link's key
    (`[Kubernetes][kubernetes]`) and identifiers (`docker-compose`) are not prose."""
    items = [f"- [tool{k}](https://github.com/o/tool{k}) - Runs Docker containers for Docker Swarm, case {k}." for k in range(8)]
    items[2] = "- [lazy](https://github.com/o/lazy) - Manage everything docker: both docker and docker-compose."
    items[4] = "- [conv](https://github.com/o/conv) - Convert docker run commands into compose files."
    items[6] = "- [shift](https://github.com/o/shift) - A platform built on [Kubernetes][kubernetes] and Docker."
    text = "# Tools\n\n" + "\n".join(items) + "\n\n[kubernetes]: https://kubernetes.io\n"
    path = tmp_path / "README.md"
    path.write_text(text, encoding="utf-8")
    _, out = run_json("--select", "AL018", path)
    assert [(f["line"], f["message"]) for f in out] == [(5, "write 'Docker', not 'docker'")]
    proc = run_cli("--fix", "--select", "AL018", path)
    assert proc.returncode == 0, proc.stderr.decode()
    assert path.read_text(encoding="utf-8") == text.replace("everything docker: both docker and", "everything Docker: both Docker and")


def test_names_in_a_sub_item_of_links_are_read(tmp_path):
    """`- [[Python Tensorflow]](…)` under a bold name is a label of the resource's link, not a
    title its authors spelt: the name in it is read. A sub-item with words of its own keeps
    its title as written."""
    path = tmp_path / "sub.md"
    path.write_text("# Methods\n\n- **TransNet**\n  - Translation-Based Network Representation, IJCAI 2017\n"
                    "  - [[Python Tensorflow]](https://github.com/thunlp/TransNet)\n"
                    "  - [Tensorflow Graph Kit](https://arxiv.org/abs/1901.00001) - a kit for graphs\n"
                    "- **Other**\n  - Uses TensorFlow and PyTorch.\n", encoding="utf-8")
    _, out = run_json("--select", "AL018", path)
    assert [(f["line"], f["message"]) for f in out] == [(5, "write 'TensorFlow', not 'Tensorflow'")]


def test_django_and_react_native_in_lower_case_are_slips_only_beside_the_name():
    """`django settings` and `react native` in prose where the file writes Django and React
    Native four times as often are slips; a list that writes them in lower case throughout, and
    package names joined by a hyphen (`django-wiki`, `react-native-maps`), keep their way."""
    right = "".join(f"- [p{i}](https://github.com/o/p{i}) - A Django app for React Native.\n" for i in range(8))
    slips = ("- [dynaconf](https://github.com/o/d) - Loads django settings.\n"
             "- [toast](https://github.com/o/t) - A react native toast, like react-native-maps.\n")
    found = [(f.line, f.message) for f in al018(right + slips)]
    assert found == [(9, "write 'Django', not 'django'"), (10, "write 'React Native', not 'react native'")]
    lower = "".join(f"- [p{i}](https://github.com/o/p{i}) - A django app for react native.\n" for i in range(8))
    assert al018(lower) == []


def test_numpy_in_lower_case_is_its_package_name_unless_the_file_writes_numpy():
    """`numpy based interactive book`, `numpy-based RNN` (a resource list read blind in session
    21): the package's own name, fine in a file that does not write NumPy; a slip beside it."""
    text = ("- [d2l](https://d2l.ai/) - A numpy based interactive Deep Learning book.\n"
            "- [neuraltalk](https://github.com/karpathy/neuraltalk) - A numpy-based RNN/LSTM implementation.\n")
    assert al018(text) == []
    right = "".join(f"- [p{i}](https://github.com/o/p{i}) - Arrays for NumPy users.\n" for i in range(6))
    assert [(f.line, f.message) for f in al018(right + text)] == [(7, "write 'NumPy', not 'numpy'"),
                                                                  (8, "write 'NumPy', not 'numpy'")]


def test_ios_in_capitals_is_a_slip_only_beside_the_name():
    """`IOS` where the file writes iOS four times as often is a slip; a file that writes IOS
    as often (a heading style, or Cisco's IOS) keeps it."""
    right = "".join(f"- [p{i}](https://github.com/o/p{i}) - A picker for iOS and Android.\n" for i in range(8))
    slip = "- [d](https://github.com/o/d) - A date picker for both Android and IOS.\n"
    assert [(f.line, f.message) for f in al018(right + slip)] == [(9, "write 'iOS', not 'IOS'")]
    assert al018(right[:120] + slip * 2) == []


def test_commonjs_openstack_and_keycloak_are_registry_names():
    found = al018("- [webpack](https://github.com/webpack/webpack) - Packs CommonJs/AMD modules.\n"
                  "- [kc](https://www.keycloak.org) - KeyCloak, an identity server.\n"
                  "- [gophercloud](https://github.com/gophercloud/gophercloud) - A Go SDK for Openstack.\n")
    assert [f.message for f in found] == ["write 'CommonJS', not 'CommonJs'", "write 'Keycloak', not 'KeyCloak'",
                                          "write 'OpenStack', not 'Openstack'"]


def test_names_around_a_cited_title_are_prose():
    """`Michael Mathieu, camille couprie, Yann Lecun, "Deep Multi Scale Video Prediction", ICLR
    2016. [[Paper]](…)`: the quoted title is the authors' spelling, the names around it are
    the list's own, read as prose (here `Lecun` beside the file's six `LeCun`)."""
    right = "".join(f'* Yann LeCun, Author {i}, "A Paper Title Number {i}", ICLR 2016. [[Paper]](https://arxiv.org/abs/1511.{i:05d})\n'
                    for i in range(6))
    slip = '* Michael Mathieu, Yann Lecun, "Deep Multi Scale Video Prediction", ICLR 2016. [[Paper]](http://arxiv.org/pdf/1511.05440)\n'
    found = [(f.line, f.message) for f in al018(right + slip)]
    assert found == [(7, "write 'LeCun' as this file does 6 times, not 'Lecun'")]
    titled = right + '* "Yann Lecun Explains Video Prediction", ICLR 2016. [[Paper]](http://arxiv.org/pdf/1511.05440)\n'
    assert al018(titled) == []


def test_a_linked_paper_title_in_another_cell_keeps_its_spelling():
    """| LLaMA 2 | … | [Llama 2: Open Foundation and Fine-Tuned Chat Models](…) |: the other
    cell is the paper's own title, written as its authors write it."""
    text = ("# LLMs\n\n| Model | Paper |\n| --- | --- |\n"
            "| LLaMA 2 | [Llama 2: Open Foundation and Fine-Tuned Chat Models](https://arxiv.org/abs/2307.09288) |\n")
    assert [f for f in al018(text) if "title does" in f.message] == []


def test_react_in_lower_case_and_two_word_products_as_slips_session16():
    """Set J's misses: `a react component` where the file writes React, `GitHub actions` where it
    writes GitHub Actions, `Apache Echarts`. The verb (`components that react to input`) and
    the agent method `ReAct` are no slips, and a file that writes `GitHub actions` as often as
    not keeps its way."""
    rows = "".join(f"- [r{i}](https://a.org/{i}) - A React component for GitHub Actions.\n" for i in range(8))
    text = ("# L\n\n" + rows + "- [x](https://a.org/x) - A react component run by GitHub actions.\n"
            "- [y](https://a.org/y) - Buttons that react to touch, with ReAct prompts.\n"
            "- [z](https://a.org/z) - Bindings for react.\n- [e](https://a.org/e) - Wrapper around Apache Echarts.\n")
    found = [(f.line, f.message) for f in lint_text(text, select=["AL018"]) if f.code == "AL018"]
    assert found == [(11, "write 'React', not 'react'"), (11, "write 'GitHub Actions', not 'GitHub actions'"),
                     (13, "write 'React', not 'react'"), (14, "write 'ECharts', not 'Echarts'")]
    few = "# L\n\n" + rows[: rows.index("\n") + 1] + "- [x](https://a.org/x) - Run by GitHub actions.\n"
    assert [f for f in lint_text(few, select=["AL018"]) if f.code == "AL018"] == []


def test_languages_in_lower_case_one_finding_a_line_session16():
    """`support english, chinese, japanese` (tuning misses on the Go, Elixir and medical LLM
    lists): a language is written with a capital in English; a line's are one slip with one fix.
    `BERt chineSE woRd toKenizER` spells out a backronym, and an identifier keeps its case."""
    text = ("# L\n\n- [gse](https://github.com/go-ego/gse) - Segmentation; support english, chinese, japanese.\n"
            "- [b](https://github.com/o/transformer-xl-chinese) - A course (in spanish).\n"
            "- [c](https://a.org/c) - BERt chineSE woRd toKenizER.\n")
    found = [(f.line, f.message) for f in lint_text(text, select=["AL018"]) if f.code == "AL018"]
    assert found == [(3, "write the languages 'English', 'Chinese', 'Japanese' with a capital"),
                     (4, "write 'Spanish', not 'spanish'")]
    fixed, _ = fix_text(text, select=["AL018"])
    assert "support English, Chinese, Japanese." in fixed and "(in Spanish)" in fixed
    assert "transformer-xl-chinese" in fixed and "chineSE" in fixed


def test_tool_list_names_session17():
    """Names the pipeline and vision lists' readers marked: a company's or a tool's humps
    (`AirBnb`, `MetaFlow`, `LabelME`) and a name split in two (`Open Stack`); in lower case
    they name an account or a package, so only the file's own slips are reported there."""
    found = al018("- [Airflow](https://github.com/airbnb/airflow) - Workflow system created by AirBnb.\n"
                  "- [MetaFlow](https://metaflow.org/) - Framework from Netflix for data scientists.\n"
                  "- [Mistral](https://github.com/openstack/mistral) - Workflow engine by the Open Stack project.\n"
                  "- [LabelME](https://example.org/labelme/) - Image annotation.\n"
                  "- [metaflow](https://pypi.org/project/metaflow/) - The metaflow package.\n")
    assert [(f.line, f.message) for f in found] == [
        (1, "write 'Airbnb', not 'AirBnb'"), (2, "write 'Metaflow', not 'MetaFlow'"),
        (3, "write 'OpenStack', not 'Open Stack'"), (4, "write 'LabelMe', not 'LabelME'")]


def test_a_code_label_that_writes_its_repositorys_name_as_the_repository_does():
    """`[[Nanoflow]](https://github.com/efeslab/Nanoflow)` beside the paper's NanoFlow: the
    label names the repository it links, so it keeps the repository's spelling (set L); a
    label that differs from its repository's name is still read."""
    row = ("|2024.08|[NanoFlow] NanoFlow: Towards Optimal Serving Throughput|[[pdf]](https://arxiv.org/pdf/2408.12757)|"
           "[[{label}]](https://github.com/efeslab/{repo})|\n")
    head = "# Papers\n\n|Date|Title|Paper|Code|\n|:---:|:---:|:---:|:---:|\n"
    assert al018(head + row.format(label="Nanoflow", repo="Nanoflow")) == []
    assert [f.message for f in al018(head + row.format(label="Nanoflow", repo="nano-flow"))] == [
        "write 'NanoFlow' as the entry's title does, not 'Nanoflow'"]


def test_names_set_l_and_the_tuning_lists_marked_session18():
    """Names with inner capitals their owners keep: a description writing them otherwise is a
    finding; the same letters in lower case inside an identifier are not."""
    text = ("# Tools\n\n- [Chat](https://a.example.org) - A HipChat client. Unlike Hipchat bots, it speaks XPath.\n"
            "- [exkanji](https://b.example.org) - Kanji tools. It uses Mecab.\n"
            "- [gun](https://c.example.org) - HTTP/2 and Websocket client.\n"
            "- [mobx-state](https://github.com/o/mobx-state) - A store for WebSocket apps.\n")
    got = [(f.line, f.message) for f in al018(text)]
    assert got == [(3, "write 'HipChat', not 'Hipchat'"), (4, "write 'MeCab', not 'Mecab'"),
                   (5, "write 'WebSocket', not 'Websocket'")]


def test_a_title_keeps_its_authors_spelling_session18():
    """`[MetaScala: A Tiny DIY JVM](…) - Metascala is …`: a talk's title beside the project's own
    spelling; `**Resnet in Resnet: Generalizing Residual Architectures**`: a paper's title."""
    names = "".join(f"- [Tool{k}](https://example.org/{k}) - Uses ResNet and MetaScala.\n" for k in range(3))
    text = ("# Papers\n\n" + names +
            "- [MetaScala: A Tiny DIY JVM](https://example.org/talk) - Metascala is a tiny JVM.\n"
            "- **Resnet in Resnet: Generalizing Residual Architectures** [[pdf]](https://arxiv.org/abs/1603.08029)\n"
            "- A note on Resnet training.\n")
    assert [(f.line, f.message) for f in al018(text)] == [(8, "write 'ResNet' as this file does 3 times, not 'Resnet'")]


def test_a_repository_label_in_the_lists_own_words_is_read(tmp_path):
    """A title that labels a link to a repository, and is not its name, is the list's own words:
    `Pytorch` there is a slip; the repository's own name and a lower-case noun are left alone."""
    path = tmp_path / "README.md"
    path.write_text("# Code\n\n"
                    "- [RNN anomaly detector implemented in Pytorch](https://github.com/a/rnn-anomaly)\n"
                    "- [Fast Human Pose Estimation Pytorch](https://github.com/b/Fast_Human_Pose_Estimation_Pytorch)\n"
                    "- [A scanner for your docker images](https://github.com/c/scanner)\n"
                    "- [Pytorch Geometric Temporal: spatiotemporal signals](https://arxiv.org/abs/2104.07788)\n"
                    "\nWe use Docker, Docker and Docker.\n", encoding="utf-8")
    _, out = run_json("--select", "AL018", path)
    assert [(f["line"], f["message"]) for f in out] == [(3, "write 'PyTorch', not 'Pytorch'")]


def test_grpc_in_capitals_is_a_slip_where_the_file_writes_grpc_three_times_as_often_session24():
    """Set R's miss (a microservices list): `GRPC` once, where the file writes gRPC three times;
    a file that writes GRPC as often keeps it (three times as often, not four as for `IOS`)."""
    right = "".join(f"- [s{i}](https://github.com/o/s{i}) - A gRPC service toolkit.\n" for i in range(3))
    slip = "- [g](https://github.com/o/g) - GRPC gateway for Go.\n"
    assert [(f.line, f.message) for f in al018(right + slip)] == [(4, "write 'gRPC', not 'GRPC'")]
    assert al018(right[: len(right) // 3 * 2] + slip) == []


def test_alt_text_phrases_and_prose_words_are_not_names_session25():
    """Set T's wrong findings: a badge's alt text is not shown (`![Wechat](…)`), `stack overflow
    protection` is the phrase the site is named after, and a sentence-case title's `multimodal` is
    the file's own word where the file writes it plainly more often than as `MultiModal`. The same
    slips in shown prose are still reported."""
    rows = "".join(f"| [MultiModal-GPT{i}: a Model](https://arxiv.org/abs/2305.0479{i}) | "
                   f"[![Wechat](https://img.shields.io/badge/-WeChat-green)](https://mp.weixin.qq.com/{i}) |\n"
                   for i in range(3))
    text = ("# Papers\n\n| Title | Links |\n| --- | --- |\n" + rows
            + "| [Gemini 1.5: Unlocking multimodal understanding across millions of tokens](https://arxiv.org/abs/2403.05530) | - |\n"
            "\nMultimodal models, multimodal data, multimodal tasks and multimodal benchmarks.\n\n"
            "- [flip-link](https://github.com/knurling-rs/flip-link), a linker that provides stack overflow protection.\n"
            "- Follow us on Wechat and ask on Stackoverflow.\n")
    found = [(f.line, f.message) for f in al018(text)]
    assert found == [(13, "write 'WeChat', not 'Wechat'"), (13, "write 'Stack Overflow', not 'Stackoverflow'")]


def test_a_capitalised_name_the_file_writes_in_its_sentences_session26():
    """Set T's misses: a tool list writes `Linux` and `Erlang` inside its sentences many times;
    `for windows and linux` is a slip (unsafe fix to the file's spelling). Words a Title Case
    title capitalises (`Adversarial`), English words (`Helm`) and nouns by their ending
    (`Optimization`) are not names, and a name the file writes in lower case often is its own."""
    prose = "".join(f"- [tool{i}](https://a.org/{i}) - A tool that runs on Linux and macOS, for the Helm charts.\n" for i in range(5))
    titles = "".join(f"- [Generative Adversarial Networks {i}](https://b.org/{i}) - Fast adversarial training with Optimization tricks.\n" for i in range(6))
    text = "# Tools\n\n" + prose + titles + "- [x](https://a.org/x) - Cross-platform for windows and linux, with helm and optimization.\n"
    found = [(f.line, f.message, f.fix.safe) for f in lint_text(text, select=["AL018"])]
    assert found == [(14, "write 'Linux' as this file does 5 times, not 'linux'", False)]
    many = text + "".join(f"- [y{i}](https://a.org/y{i}) - Works on linux.\n" for i in range(2))
    assert [f.line for f in lint_text(many, select=["AL018"])] == []


def test_a_capital_held_too_long_is_outvoted_by_the_file_s_name_session26():
    """Set T's vite list writes `ESLint` 37 times and `ESlint` four: the four are slips. A
    spelling of that shape is never a name of its own: `MRuby` three times beside `mruby` (the
    project's own spelling) tells nothing."""
    # (ESLint is in the registry since session 34: TSLint, which is not, has the same shape)
    base = "".join(f"- [t{i}](https://a.org/{i}) - React, TSLint, Prettier.\n" for i in range(9))
    text = "# Templates\n\n" + base + "- [s](https://a.org/s) - Starter template TSlint, Prettier.\n"
    assert [(f.line, f.message) for f in lint_text(text, select=["AL018"])] == [
        (12, "write 'TSLint' as this file does 9 times, not 'TSlint'")]
    ruby = "# Ruby\n\n" + "".join(f"- [m{i}](https://a.org/m{i}) - Bindings for MRuby.\n" for i in range(3)) + "- [n](https://a.org/n) - A gem for mruby users.\n"
    assert lint_text(ruby, select=["AL018"]) == []


def test_the_gem_named_by_its_name_session27():
    """Set V: `a query batching executor for the graphql gem` names one Ruby gem, written in
    lower case on purpose; `a graphql client` is the language misspelt."""
    text = ("# GraphQL\n\n- [graphql-batch](https://github.com/Shopify/graphql-batch) - A query batching "
            "executor for the graphql gem.\n- [Lokka](https://a.org/l) - A graphql client.\n")
    found = [(f.line, f.message) for f in lint_text(text, select=["AL018"])]
    assert found == [(4, "write 'GraphQL', not 'graphql'")]


def test_a_product_named_by_an_english_word_in_lower_case_session27():
    """Set U's awesome-ruby writes `Ruby` 379 times and, a few times, `chain ruby services` or
    `for rails projects`. `ruby` and `rails` are English words, so a file's own name was never
    imposed on them; in lower case they name the product before a noun of the trade (`gem`,
    `projects`, `services`) or closing a phrase after a preposition (`for ruby.`), as React's
    rule reads `react`. The word in its own sense (`guard rails around`) is left alone."""
    items = "".join(f"- [Gem{i}](https://a.org/{i}) - A helper for Ruby apps and Rails views in Ruby code.\n" for i in range(6))
    text = ("# Ruby\n\n" + items + "- [Chain](https://a.org/c) - Chain ruby services together.\n"
            "- [Guard](https://a.org/g) - Puts guard rails around your deploys.\n")
    found = [(f.line, f.message.split(" as ")[0]) for f in lint_text(text, select=["AL018"])]
    assert found == [(9, "write 'Ruby'")]


def test_a_name_set_in_a_code_span_with_a_capital_is_read_session28(tmp_path):
    # vitejs's list: `Javascript + JSDoc` in a template's stack; a package id (`eslint`) is left
    # alone, code is never edited, where prose writes the name so too prose speaks for it, and
    # a name the file never writes right is its tag in code (`Nodejs` on every platform tag)
    text = ("# Templates\n\n- [a](https://e.org/a) - Template with `React 18`, `Javascript + JSDoc` and `eslint`.\n"
            "- [b](https://e.org/b) - Written in Python, with `Matlab` bindings.\n"
            "- [c](https://e.org/c) - Matlab toolbox for `Matlab` users.\n"
            "- [d](https://e.org/d) - A JavaScript bundler.\n\nA page about spelling: write `Javascript` as JavaScript.\n")
    found = [(f.line, f.message, f.fix) for f in lint_text(text, select=["AL018"])]
    assert [(line, msg) for line, msg, _ in found] == [
        (3, "write 'JavaScript', not 'Javascript'"),
        (5, "write 'MATLAB', not 'Matlab'")]
    assert found[0][2] is None and found[1][2] is not None
    path = tmp_path / "README.md"
    path.write_text(text, encoding="utf-8")
    run_cli("--select", "AL018", "--fix", "--unsafe-fixes", str(path))
    fixed = path.read_text(encoding="utf-8")
    assert "`Javascript + JSDoc`" in fixed and "- MATLAB toolbox for `Matlab` users." in fixed


def test_an_acronym_capitalised_like_a_word_session29():
    # brillout's `Svg react icons` where the file writes SVG seven times; veggiemonk's `Cli tool`;
    # not an English word (`Radius`), not the lower-case form, not a name the file writes its own
    # way twenty times (`Zsh` beside `ZSH`)
    many = "".join(f"- [icons{i}](https://github.com/a/i{i}) - SVG icons and a CLI for RADIUS number {i}.\n" for i in range(7))
    text = ("# Icons\n\n" + many + "- [react-icons](https://github.com/a/ri) - Svg react icons of popular packs.\n"
            "- [dctl](https://github.com/a/dctl) - Dctl is a Cli tool for stacks.\n"
            "- [radius](https://github.com/a/r) - a Radius server, exports svg files.\n")
    found = lint_text(text, select=["AL018"])
    assert [(f.line, f.message.split(",")[0]) for f in found] == [
        (10, "write 'SVG' as this file does 7 times"), (11, "write 'CLI' as this file does 7 times")]
    fixed, _ = fix_text(text, select=["AL018"], unsafe=True)
    assert "SVG react icons" in fixed and "a CLI tool" in fixed and "a Radius server" in fixed


def test_a_title_of_two_words_is_a_name_session30():
    # a devops list's `[Gitlab CI](…)` and a point-cloud list's `[Pytorch Geometric](…)`: a tool's
    # name of two words, not a paper's title as its authors spelt it; three words are a title
    text = ("# Tools\n\n- [Gitlab CI](https://about.gitlab.com/ci/) - Pipelines that build and test.\n"
            "- [Pytorch Geometric](https://pyg.org/) - Graph networks.\n"
            "- [Pytorch for graph networks](https://arxiv.org/abs/2301.00001) - A paper.\n")
    found = [(f.line, f.message) for f in lint_text(text, select=["AL018"])]
    assert found[:2] == [(3, "write 'GitLab', not 'Gitlab'"), (4, "write 'PyTorch', not 'Pytorch'")]
    assert found[2:] == [(5, "write 'PyTorch', not 'Pytorch': the title lost its capitals")]  # a title's own test


def test_pubmed_beside_cora_and_citeseer_is_the_graph_benchmark_session30():
    # a graph-anomaly list's data-set table (set Y, session 30): `Cora`, `Citeseer`, `Pubmed` are
    # the Planetoid benchmarks, written so by their sources; a medical list's `Pubmed` is a slip
    table = ("# Data\n\n| Name | Nodes |\n| --- | --- |\n| **Cora** | 2708 |\n| **Citeseer** | 3327 |\n"
             "| **Pubmed** | 19717 |\n")
    assert lint_text(table, select=["AL018"]) == []
    prose = "# Med\n\n- [Search](https://example.org/s) - Searches Pubmed abstracts for trials.\n"
    assert [(f.line, f.message) for f in lint_text(prose, select=["AL018"])] == [(3, "write 'PubMed', not 'Pubmed'")]


def test_a_group_that_writes_its_names_in_lower_case_and_a_repository_name_session30():
    # a Graphviz list's bindings (set Y, session 30): `[Java](…) - graph manipulation in java` among
    # siblings that all write their own name so; and `[k8sp/graphviz](…) - graphviz is …`, the
    # program's own name. `[Java](…) - bindings for java` with one such sibling is a slip.
    more = "".join(f"- [tool{i}](https://example.org/t{i}) - A viewer written in Java for GraphViz.\n" for i in range(5))
    langs = "".join(f"  - [{n}](https://example.org/gv.{n.lower()}.pdf) - graph manipulation in {n.lower()}.\n"
                    for n in ("Guile", "Java", "Perl", "Ruby"))
    text = ("# Tools\n\n- Bindings\n" + langs + more +
            "- [k8sp/graphviz](https://github.com/k8sp/graphviz) - graphviz is a server which calls GraphViz.\n")
    assert lint_text(text, select=["AL018"]) == []
    lone = ("# Bindings\n\n- [Java](https://example.org/j) - bindings for java.\n"
            "- [Python](https://example.org/p) - bindings for python.\n" + more)
    assert [(f.line, f.message) for f in lint_text(lone, select=["AL018"])] == [
        (3, "write 'Java' as the same entry does, not 'java'")]


def test_devops_tools_of_the_registry_session30():
    # a devops list (set X): `Couchdb`, `Zookeeper`, `Circle CI`, `goCD` are the products' names
    # miswritten; in lower case they name the package or the command (`the zookeeper server`)
    text = ("# Tools\n\n- [Couchdb](https://couchdb.apache.org/) - Database.\n"
            "- [Zookeeper](https://zookeeper.apache.org/) - Coordination; run the zookeeper server.\n"
            "- [Circle CI](https://circleci.com/) - Builds.\n- [goCD](https://gocd.org/) - Delivery.\n")
    assert [(f.line, f.message) for f in lint_text(text, select=["AL018"])] == [
        (3, "write 'CouchDB', not 'Couchdb'"), (4, "write 'ZooKeeper', not 'Zookeeper'"),
        (5, "write 'CircleCI', not 'Circle CI'"), (6, "write 'GoCD', not 'goCD'")]


def test_a_method_name_that_lost_its_capitals_beside_the_same_papers_other_entry_session30():
    # a frame-interpolation list's two tables (set X): `Featureflow: Robust Video Interpolation …`
    # where the other table lists `FeatureFlow: Robust Video Interpolation …`; `Difformer: …` beside
    # another paper `DIFFormer: …` is that paper's own name
    row = '<tr><td><a href="https://example.org/{0}">{1}: {2}</a></td><td>CVPR</td></tr>\n'
    text = ("# Papers\n\n<table>\n" + row.format(1, "FeatureFlow", "Robust Video Interpolation via Structure Generation")
            + row.format(2, "DIFFormer", "Scalable Graph Transformers Induced by Diffusion") + "</table>\n\n<table>\n"
            + row.format(3, "Featureflow", "Robust Video Interpolation via Structure Generation")
            + row.format(4, "Difformer", "Empowering Diffusion Models on the Embedding Space") + "</table>\n")
    found = lint_text(text, select=["AL018"])
    assert [(f.line, f.message.split(":")[0]) for f in found] == [(9, "write 'FeatureFlow', not 'Featureflow'")]
    fixed, _ = fix_text(text, select=["AL018"], unsafe=True)
    assert fixed.count("FeatureFlow: Robust") == 2 and "Difformer: Empowering" in fixed


def test_a_title_name_that_lost_the_capitals_of_its_rows_name_cell_session31():
    # a graph data-augmentation list (set Y): `|GPT-GNN|[[KDD 2020] Gpt-gnn: Generative …](…)|`,
    # titles pasted from a citation tool that lowers all but the first letter
    rows = ("# P\n\n|Name|Paper|\n|---|---|\n"
            "|GPT-GNN|[[KDD 2020] Gpt-gnn: Generative pre-training of graph neural networks](https://x.org/a)|\n"
            "|GraphBert|[[arXiv 2020] Graph-bert: Only attention is needed for learning graph representations](https://x.org/b)|\n"
            "|VALLEY|[Valley: Video Assistant with Large Language model Enhanced abilitY](https://x.org/c)|\n")
    found = lint_text(rows, select=["AL018"])
    assert [(f.line, f.message) for f in found] == [
        (5, "write 'GPT-GNN', not 'Gpt-gnn': the title lost its capitals (the row's name cell writes 'GPT-GNN')"),
        (6, "the title's 'Graph-bert' lost its capitals: the row's name cell writes 'GraphBert'")]
    assert found[0].fix is not None and not found[0].fix.safe and found[1].fix is None
    fixed, _ = fix_text(rows, select=["AL018"], unsafe=True)
    assert "[[KDD 2020] GPT-GNN: Generative" in fixed and "Graph-bert:" in fixed


def test_the_title_window_ends_at_the_title_session31():
    # `Valley: Video Assistant` keeps the authors' spelling; the next cell's lower-case words
    # (`code`, `demo`) are not the title's
    row = ("# P\n\n| Name | Paper | Links |\n| --- | --- | --- |\n"
           "| VALLEY | [Valley: Video Assistant](https://arxiv.org/abs/2306.07207) | [code](https://github.com/R/Valley) "
           "[demo](https://valley.org/demo) |\n")
    assert lint_text(row, select=["AL018"]) == []


def test_names_set_z_readers_marked_session32(tmp_path):
    """Set Z's misses: `Tiktok`, `MatterMost`, `DataDog`, `NewRelic`, `MuJoco` are the owners'
    names misspelt; in lower case they name a package or an account (`pip install pydantic`,
    `slack, mattermost, gotify`), reported only where the file writes the name. `ESPNet` is a
    segmentation model as well as a misspelt toolkit (ESPnet): not in the registry."""
    text = ("# Tools\n\n## Services\n\n"
            "- [Alerts](https://example.org/a) - Sends alerts to MatterMost, DataDog and NewRelic.\n"
            "- [Speech](https://example.org/s) - Recipes for ESPNet on Tiktok clips in MuJoco.\n"
            "- [Notify](https://example.org/n) - Notifications to slack, mattermost, gotify and smtp.\n")
    path = tmp_path / "README.md"
    path.write_text(text, encoding="utf-8")
    code, found = run_json("--select", "AL018", str(path))
    said = sorted(f["message"] for f in found)
    assert said == sorted(["write 'Mattermost', not 'MatterMost'", "write 'Datadog', not 'DataDog'",
                           "write 'New Relic', not 'NewRelic'",
                           "write 'TikTok', not 'Tiktok'", "write 'MuJoCo', not 'MuJoco'"])


def test_names_readers_of_set_aa_and_the_tuning_lists_marked_session33():
    """`Hololens`, `ResNext`, `EuroSat`, `MapBox`, `Pgbouncer`: names whose owners keep inner
    capitals; `kotlin` in prose where the file writes Kotlin is a slip, while `the prometheus
    server` beside no capitalised Prometheus names the program."""
    text = ("# Tools\n\n"
            "- [Holo](https://example.org/holo) - Demos for Microsoft Hololens headsets.\n"
            "- [Net](https://example.org/net) - Backbones from ResNext to ViT.\n"
            "- [Sat](https://example.org/sat) - Land cover from EuroSat images.\n"
            "- [Maps](https://example.org/maps) - Svelte bindings for MapBox.\n"
            "- [Pool](https://example.org/pool) - Pgbouncer in a container.\n"
            "- [K1](https://example.org/k1) - Kotlin client.\n"
            "- [K2](https://example.org/k2) - Kotlin server.\n"
            "- [K3](https://example.org/k3) - Kotlin tools.\n"
            "- [K4](https://example.org/k4) - A kotlin library.\n"
            "- [Mon](https://example.org/mon) - Metrics for the prometheus server.\n")
    found = [(f.line, f.message) for f in lint_text(text, select=["AL018"])]
    assert found == [(3, "write 'HoloLens', not 'Hololens'"), (4, "write 'ResNeXt', not 'ResNext'"),
                     (5, "write 'EuroSAT', not 'EuroSat'"), (6, "write 'Mapbox', not 'MapBox'"),
                     (7, "write 'PgBouncer', not 'Pgbouncer'"), (11, "write 'Kotlin', not 'kotlin'")]


def test_arxiv_among_graph_benchmarks_is_the_data_set_session34():
    """Set AC's wrong finding (a graph active learning list): `Arxiv` in a data set cell,
    `Coauthor-Physics, Arxiv, Reddit, Products`, is the OGB citation graph; in a venue cell, or
    in a list of places a paper was posted, it is still the preprint server misspelt."""
    head = "| Paper | Data sets |\n| --- | --- |\n"
    row = "| [Open-World Graph Learning](https://dl.acm.org/doi/pdf/10.1145/3607144) | {} |\n"
    data = head + row.format("Amazon-Photo, Coauthor-CS, Coauthor-Physics, Arxiv, Reddit, Products")
    assert lint_text(data, select=["AL018"]) == []
    for cell in ("Arxiv 2023", "Posted on GitHub, Arxiv, Zenodo", "On Products, Reddit: Arxiv, 2021"):
        found = lint_text(head + row.format(cell), select=["AL018"])
        assert [(f.line, f.message) for f in found] == [(3, "write 'arXiv', not 'Arxiv'")], cell


def test_names_the_tuning_lists_readers_marked_session34():
    """`Saltstack`, `Socket.io`, `MLFlow`, `OpenVSwitch`: names whose owners keep their
    capitals; `the eslint cli` beside no capitalised ESLint names the program."""
    text = ("# Tools\n\n"
            "- [Salt](https://example.org/salt) - States for Saltstack.\n"
            "- [Chat](https://example.org/chat) - A Socket.io chat server.\n"
            "- [Track](https://example.org/track) - Experiments tracked in MLFlow.\n"
            "- [Switch](https://example.org/switch) - OpenVSwitch bridges for pods.\n"
            "- [Lint](https://example.org/lint) - Rules for the eslint cli.\n")
    found = [(f.line, f.message) for f in lint_text(text, select=["AL018"])]
    assert found == [(3, "write 'SaltStack', not 'Saltstack'"), (4, "write 'Socket.IO', not 'Socket.io'"),
                     (5, "write 'MLflow', not 'MLFlow'"), (6, "write 'Open vSwitch', not 'OpenVSwitch'")]


def test_abstract_under_a_fold_is_the_authors_words_session35():
    """Set AD's wrong finding (a diffusion watermark list): an arXiv abstract pasted under
    `<summary>Abstract</summary>` ends `Github Page: this https URL`, the authors' words. The
    same words under another fold, or outside one, are the list's own prose."""
    entry = ("- **Title:** [RingID](https://arxiv.org/abs/2404.14055)\n"
             "  - <details>\n    <summary>{}</summary>\n\n"
             "    We revisit watermarking. Github Page: this https URL\n\n  </details>\n")
    for summary in ("Abstract", "<b>Abstract</b>", "abstract:"):
        assert lint_text(entry.format(summary), select=["AL018"]) == [], summary
    for summary in ("Notes", "Our abstract of it"):
        found = lint_text(entry.format(summary), select=["AL018"])
        assert [(f.line, f.message) for f in found] == [(5, "write 'GitHub', not 'Github'")], summary
    unclosed = entry.format("Abstract").replace("  </details>\n", "")
    assert [f.line for f in lint_text(unclosed, select=["AL018"])] == [5]


def test_a_name_after_a_capitalised_word_and_a_slash_session35():
    """`an HTML5/Javascript canvas viewer`: a slash after a capitalised word joins two names of
    prose, as `Webkit/Safari` does; after a path's lower-case part it is a path. `SolR`, set
    AC's miss, is Solr; `solr start` in lower case is the command."""
    text = ("# Tools\n\n"
            "- [Canviz](https://example.org/canviz) - An HTML5/Javascript canvas viewer.\n"
            "- [Graph](https://example.org/graph) - On top of DataStax (Cassandra, SolR, Spark).\n"
            "- [Paths](https://example.org/paths) - Reads src/Javascript and docs/Github files.\n"
            "- [Search](https://example.org/search) - Run solr start to begin.\n")
    found = [(f.line, f.message) for f in lint_text(text, select=["AL018"])]
    assert found == [(3, "write 'JavaScript', not 'Javascript'"), (4, "write 'Solr', not 'SolR'")]


def test_a_name_written_right_only_in_an_address_session36():
    """Set AF's wrong finding: `Github` on two lines of a file that writes `GitHub` only in a
    pasted badge's address (`https://GitHub.com/Naereen/StrapDown.js/…`) is the file's habit,
    one finding with one fix for both, not two slips."""
    text = ("# Navigation\n\n[![Maintenance](https://img.shields.io/badge/Maintained-yes-green.svg)]"
            "(https://GitHub.com/Naereen/StrapDown.js/graphs/commit-activity)\n\n## References\n\n"
            "- [navigation-list](https://github.com/a/nav), Github.\n- [paper-list](https://github.com/b/list), Github.\n")
    found = lint_text(text, select=["AL018"])
    assert [(f.line, "2 times" in f.message) for f in found] == [(7, True)]
    fixed = fix_text(text, select=["AL018"])[0]
    assert fixed.count("), GitHub.") == 2 and "https://GitHub.com/Naereen" in fixed


def test_lidar_is_a_common_noun_beside_the_acronym_session37():
    """Set AG's wrong findings (a robotics tool list writing `LiDAR` 25 times): `a 3D lidar`,
    `Livox lidar` and a heading's `Lidar` are the word as English writes it now, as radar."""
    acronym = "".join(f"- [Tool {i}](https://github.com/o/t{i}) - Calibrates a LiDAR and a camera.\n" for i in range(6))
    text = ("# Robotics\n\n## Lidar\n\n" + acronym
            + "- [lidar_align](https://github.com/o/lidar_align) - Calibration between a 3D lidar and a pose sensor.\n")
    assert lint_text(text, select=["AL018"]) == []


def test_phd_and_pyod_session37():
    """Set AE's misses named `Phd` (a thesis) and `Pyod` (the PyOD toolbox); both are in the
    names list now, and `PHD` in capitals is left alone as every all-caps name is."""
    text = "# T\n\n- We read a Phd thesis here.\n- Outliers with Pyod, a toolbox.\n- A PHD THESIS.\n"
    assert [(f.line, f.message) for f in lint_text(text, select=["AL018"])] == [
        (3, "write 'PhD', not 'Phd'"), (4, "write 'PyOD', not 'Pyod'")]


def test_convnext_and_onshape_session38():
    """Set AF's misses: `ConvNext blocks` (the architecture is ConvNeXt) and `OnShape` (the CAD
    product writes itself Onshape)."""
    text = ("# T\n\n- [Vocos](https://github.com/o/vocos) - Decoder of ConvNext blocks.\n"
            "- [onshape-to-robot](https://github.com/o/onshape-to-robot) - Converts OnShape assemblies.\n")
    found = [f.message for f in lint_text(text, select=["AL018"])]
    assert any("'ConvNeXt'" in m for m in found) and any("'Onshape'" in m for m in found)
