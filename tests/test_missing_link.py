"""AL017 missing-link on a hand-made paper list, on fragments, on the real lists and through the CLI."""

from __future__ import annotations

import re

import pytest
from conftest import CORPUS, FIXTURES, REAL, SEEDS, needs_shared, render, run_json

from awesome_lint.engine import fix_text, lint_text

FIXTURE = FIXTURES / "conventions2" / "missing_link.md"


def al017(text: str, **kw):
    return [f for f in lint_text(text, select=["AL017"], **kw)]


def test_fixture_reports_each_fault_at_its_line_and_nothing_else():
    found = al017(FIXTURE.read_text(encoding="utf-8"))
    assert [(f.line, f.column) for f in found] == [(6, 18), (7, 18), (9, 19), (16, 5), (41, 3)]
    by_line = {f.line: f for f in found}
    assert "only code" in by_line[6].message
    assert "no link" in by_line[7].message
    assert "project, slides" in by_line[9].message
    assert all(f.severity == "warning" and not f.fixable for f in found)
    # the finding spans the title
    assert by_line[6].end_column - by_line[6].column == len("Prototype Matching for Glands")


def test_fix_changes_nothing():
    text = FIXTURE.read_text(encoding="utf-8")
    fixed, left = fix_text(text, select=["AL017"], unsafe=True)
    assert fixed == text and len(left) == 5


def test_classic_awesome_items_give_nothing():
    text = "# Awesome X\n\n## Tools\n\n" + "".join(
        f"- [Tool{i}](https://github.com/o/t{i}) - Does thing {i}. [Website](https://t{i}.example.org)\n"
        for i in range(10))
    assert al017(text) == []


def test_label_without_url_is_left_to_link_syntax():
    text = ("1. [2023 ECCV] **Sparse Annotations** [[code]]\n"
            "2. [2023 ECCV] **Dense Annotations** [paper](not a url at all) [[code]](https://github.com/a/b)\n")
    assert al017(text) == []


def test_tagged_entry_counts_even_in_a_list_without_papers():
    text = "- [2021 NeurIPS] **A Title Here** [[code]](https://github.com/a/b)\n"
    assert [f.line for f in al017(text)] == [1]


def test_news_dates_and_non_venue_tags_are_not_paper_entries():
    text = ("- [2024-05] Added twelve papers. [[code]](https://github.com/a/b)\n"
            "- [**Github, 2023.4**] **Med-Chat**: a chat model. [github](https://github.com/a/c)\n"
            "- [**Arxiv, 2023.4**] **Med-Paper**: a paper. [github](https://github.com/a/d)\n")
    assert [f.line for f in al017(text)] == [3]


def test_paper_links_are_recognised_by_url_and_by_label():
    rows = [
        "**Alpha Model** [link](https://arxiv.org/abs/2101.00001)",
        "**Beta Model** [here](https://openreview.net/forum?id=x)",
        "**Gamma Model** [[PDF]](https://example.org/g)",
        "**Delta Model** [![arXiv](https://img.shields.io/badge/arXiv-2101.1-red)](https://example.org/d)",
        "**Epsilon Model** [Code](https://github.com/a/e)",
    ]
    text = "".join(f"- {r}\n" for r in rows)
    assert [f.line for f in al017(text)] == [5]


def test_table_row_with_dash_in_paper_column_says_there_is_none():
    text = ("| Title | Venue | Code |\n| --- | --- | --- |\n"
            "| **Model A** | arXiv | [Github](https://github.com/a/a) |\n"
            "| [**Paper B**](https://arxiv.org/abs/2101.00002) | CVPR | [Github](https://github.com/a/b) |\n"
            "| [**Paper C**](https://arxiv.org/abs/2101.00003) | ICCV | [Github](https://github.com/a/c) |\n"
            "| **Model D** | - | [Github](https://github.com/a/d) |\n")
    assert [f.line for f in al017(text)] == [3]


def test_option_paper_share_controls_what_counts_as_a_paper_list():
    text = "".join(f"- **Paper Number {i}** [paper](https://arxiv.org/abs/2101.0000{i})\n" for i in range(2))
    text += "".join(f"- **Project Number {i}** [code](https://github.com/a/{i})\n" for i in range(3))
    assert al017(text) == []  # 2 of 5 link a paper: not a paper list
    found = al017(text, config={"AL017": {"paper-share": 0.4}})
    assert [f.line for f in found] == [3, 4, 5]


@needs_shared
@pytest.mark.parametrize("path", sorted(REAL.glob("*.md")) if REAL.is_dir() else [], ids=lambda p: p.name)
def test_real_lists(path):
    found = al017(path.read_text(encoding="utf-8", errors="replace"), path=str(path))
    expected = {  # measured and read one by one: each is an entry in a paper list without a paper link
        "AI-in-Health__MedLLMsPracticalGuide.md": [199, 232],
        # 920, 1077: the [Paper] link goes to the GitHub repository
        "dair-ai__ML-Papers-of-the-Week.md": [920, 1077, 2001, 2032, 2098, 2133],
        "cmhungsteve__Awesome-Transformer-Attention.md": [1276],  # [Paper] links the code repository
        # 156: the Paper cell links MIT's project page; 196: `[arXiv]` links a GitHub repository
        "kozistr__Awesome-GANs.md": [156, 196],
        # the title links the repository its Code cell links
        "lxtGH__Awesome-Segmentation-With-Transformer.md": [138, 151],
        # bare titles among linked papers: a title with its authors, and two "(2016), X et al." lines
        "liliu-avril__Awesome-Segment-Anything.md": [6624],
        "terryum__awesome-deep-learning-papers.md": [311, 368],
        # the title links its repository (as the Code cell does) though the Venue cell says arXiv
        "BradyFU__Awesome-Multimodal-Large-Language-Models.md": [97],
        # a repository in a column of paper links: BIG-bench's paper is on arXiv
        "Hannibal046__Awesome-LLM.md": [71],
        "SiatMMLab__Awesome-Diffusion-Model-Based-Image-Editing-Methods.md": [249],
    }
    assert [f.line for f in found] == expected.get(path.name, [])


@needs_shared
def test_seed_histopathology_entries_without_links():
    text = (SEEDS / "histopathology-papers.md").read_text(encoding="utf-8")
    found = al017(text)
    assert [f.line for f in found] == [19, 29, 49]
    assert all("no link" in f.message for f in found)


def test_cli_on_fixture():
    status, findings = run_json("--select", "AL017", FIXTURE)
    assert status == 0  # warnings only: reported, exit 0 (issue #21)
    assert [(f["line"], f["code"], f["severity"]) for f in findings] == [
        (6, "AL017", "warning"), (7, "AL017", "warning"), (9, "AL017", "warning"),
        (16, "AL017", "warning"), (41, "AL017", "warning")]
    assert findings[0]["name"] == "missing-link" and not findings[0]["fixable"]


def test_paper_url_fast_path_agrees_with_urlsplit():
    """``is_paper_url`` reads plain http(s) URLs without urlsplit and matches paper hosts by a
    set: the same answers as urlsplit and the host loop, on every corpus link and on random
    URLs made of awkward pieces (userinfo, IPv6 brackets, ports, tabs, upper case, look-alike
    hosts such as evilarxiv.org)."""
    import random
    from urllib.parse import urlsplit

    from awesome_lint.vocabulary import PAPER_HOSTS as _PAPER_HOSTS, is_paper_url

    def reference(url):
        try:
            parts = urlsplit(url.strip())
        except ValueError:
            return False
        host = (parts.hostname or "").lower()
        if host.startswith("www."):
            host = host[4:]
        if any(host == h or host.endswith("." + h) for h in _PAPER_HOSTS):
            return True
        if host == "huggingface.co" and parts.path.startswith("/papers/"):
            return True
        return parts.path.lower().endswith(".pdf") and host not in ("github.com", "raw.githubusercontent.com")

    urls = []
    if CORPUS.exists():
        for path in sorted(CORPUS.glob("*/*.md")):
            urls += re.findall(r"\]\(([^)\s]*)", path.read_text(encoding="utf-8", errors="replace"))
    rng = random.Random(17)
    pieces = ["http", "https", "HTTPS", ":", "//", "/", "www.", "arxiv.org", "papers.nips.cc", "a.b", "@",
              "[", "]", "::1", ":80", "?", "#", "x.pdf", ".PDF", "\t", "\n", " ", "huggingface.co",
              "/papers/", "github.com", "%", "ü", ".", "-", "..", "nips.cc", "evilarxiv.org", "\x00"]
    urls += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(50000)]
    verdicts = [is_paper_url(u) for u in urls]
    assert verdicts == [reference(u) for u in urls]
    assert any(verdicts) and not all(verdicts)


PAPERS = "".join(f"* Learning Thing Number {i}: A Study of Things [paper](https://arxiv.org/abs/2101.0000{i})\n"
                 for i in range(4))


def test_bare_titles_among_linked_papers_are_reported():
    text = ("# Papers on Things\n\n## Year 2023\n\n### Forecasting\n\n" + PAPERS
            + "* Sparse Readers for Long Sequences of Events\n"
            "* Gated Mixtures Revisited, VLDB'22.\n\n"
            "### Anomaly Detection\n\n"  # a list of bare titles only: its section decides
            "* Spotting Odd Points in Streams of Sensor Data\n"
            "* Scaling Outlier Search to Billions of Rows\n")
    found = al017(text)
    assert [f.line for f in found] == [11, 12, 16, 17]
    assert all(f.message == "paper entry has no link; add a link to the paper" for f in found)
    first = found[0]
    assert (first.column, first.end_column) == (3, 3 + len("Sparse Readers for Long Sequences of Events"))


def test_sentences_questions_tasks_and_lead_ins_are_not_titles():
    text = ("# Papers on Things\n\n## Year 2023\n\n" + PAPERS
            + "* Fork the repository and add your paper.\n"
            "* How should models of things be evaluated?\n"
            "* [ ] Add the papers of the spring workshop\n"
            "* Papers on forecasting with graphs:\n"
            "* Two words\n"
            "* Thanks to our readers for the many suggestions\n")
    assert al017(text) == []


def test_about_sections_and_notes_under_an_entry_are_not_entries():
    text = ("# Papers on Things\n\n## Year 2023\n\n" + PAPERS
            + "* **Bold Title of a Linked Paper** [paper](https://arxiv.org/abs/2101.00009)\n"
            "  * Proposes a gated reader for long streams\n"
            "  * Evaluated on four public benchmarks of events\n\n"
            "## Contributing\n\n"
            "* Open an issue naming the missing paper\n"
            "* Keep the entries of each year in order\n")
    assert al017(text) == []


def test_a_tool_list_with_unlinked_items_gives_nothing():
    text = ("# Awesome Tools\n\n## Editors\n\n"
            + "".join(f"- [Editor{i}](https://github.com/o/e{i}) - Edits files of kind {i}.\n" for i in range(5))
            + "- Some Editor Without Any Website Yet\n"
            "- Another Editor Still Being Written\n")
    assert al017(text) == []


def test_a_table_of_papers_with_no_link_at_all_among_linked_ones():
    linked = "".join(f"| [Linked Paper Number {i} on Graphs](https://arxiv.org/abs/2101.0000{i}) | ICML 2020 |\n"
                     for i in range(4))
    bare = "".join(f"| Unlinked Paper Number {i} on Graphs | NeurIPS 2020 |\n" for i in range(3))
    text = ("# Graph Papers\n\n## By venue\n\n### ICML\n\n| Title | Venue and Year |\n| --- | --- |\n" + linked
            + "\n### NeurIPS\n\n| Title | Venue and Year |\n| --- | --- |\n" + bare)
    assert [f.line for f in al017(text)] == [18, 19, 20]
    # a table that compares models is not a table of papers
    models = text.replace("| Title | Venue and Year |\n| --- | --- |\n| Unlinked", "| Model | Venue and Year |\n| --- | --- |\n| Unlinked")
    assert al017(models) == []


def test_papers_written_as_paragraphs_give_the_context():
    paras = "".join(f"[Linked Paper Number {i} on Graphs](https://arxiv.org/pdf/2101.0000{i}.pdf)\n\n" for i in range(4))
    table = ("| Title | Venue |\n| --- | --- |\n"
             + "".join(f"| Unlinked Paper Number {i} on Graphs | NeurIPS 2020 |\n" for i in range(3)))
    text = "# Graph Papers\n\n## Papers\n\n### Optimization\n\n" + paras + "### Venues\n\n" + table
    assert [f.line for f in al017(text)] == [19, 20, 21]
    # the file's title section alone is too broad a context
    flat = "# Graph Papers\n\n## Optimization\n\n" + paras + "## Venues\n\n" + table
    assert al017(flat) == []


def test_contents_items_are_not_paper_entries():
    text = ("# Papers on Things\n\n## Contents\n\n- **[Blog Posts About Things](#blog)**\n"
            "- **[Surveys of Many Things](#surveys)**\n\n## Surveys\n\n" + PAPERS)
    assert al017(text) == []


def test_a_linked_title_whose_first_word_is_a_link_kind_is_the_entry_itself():
    text = ("# Papers on Things\n\n## Year 2023\n\n" + PAPERS
            + "* [GitHub Copilot Studies of Code Review](https://github.com/a/copilot-review) - a study\n"
            "* [Project Atlas of Everything](https://example.org/atlas)\n"
            "* **Reader Models** [Code](https://github.com/a/reader)\n")
    assert [f.line for f in al017(text)] == [11]


GAN_TABLE = """# GANs

| *Name* | *Summary* | *Paper* | *Code* |
|:---:|:---:|:---:|:---:|
""" + "".join(f"| **G{i}** | *Title {i}* | [[arXiv]](https://arxiv.org/abs/17{i:02d}.0641{i}) | [[~~code~~]]() |\n"
              for i in range(10, 30)) + """\
| **3D GAN** | *3D Generative Adversarial Networks* | [[MIT]](http://3dgan.csail.mit.edu/) | [[~~code~~]]() |
| **BeatGAN** | *Generating Drum Loops* | [[arXiv]](https://github.com/someone/BeatGAN2.0) | [[~~code~~]]() |
| **TwinGAN** | *Portraits* | [[github]](https://github.com/someone/TwinGAN) | [[~~code~~]]() |

| Year | Venue | Acronym | Paper Title | Code/Project |
|:---:|:---:|:---:|---|---|
""" + "".join(f"| 2022 | CVPR | M{i} | [Method {i}](https://arxiv.org/abs/2201.0000{i}) | [Code](https://github.com/o/m{i}) |\n"
              for i in range(1, 6)) + """\
| 2022 | NeurIPS | SegNext | [SegNeXt: Rethinking](https://github.com/v/segnext) | [Code](https://github.com/v/segnext) |
| 2023 | ICLR | Tool | [A Tool](https://github.com/v/tool)[![Star](https://img.shields.io/github/stars/v/tool.svg)](https://github.com/v/tool) | - |
"""


def test_a_paper_link_that_is_not_one(tmp_path):
    """`[arXiv]` going to a GitHub repository, a Paper cell linking a project page among paper
    links, a title linking the repository its Code cell links: no link to the paper. A struck
    out `[[~~code~~]]()` is no link (and no AL007 case); `[github]` in the Paper cell says
    honestly that there is no paper; a title beside its star badge is how a tool is listed."""
    path = tmp_path / "README.md"
    path.write_text(GAN_TABLE)
    status, found = run_json("--select", "AL017", path)
    assert status == 0
    assert [(f["line"], f["message"].split(": ", 1)[1].split(";")[0]) for f in found] == [
        (25, "its Paper cell links `[MIT]`, not a paper, in a column of paper links"),
        (26, "its paper link `[arXiv]` goes to a code repository, not the paper"),
        (36, "its title links the code repository (as its `[Code]` link does), not the paper"),
    ]


def test_notes_and_kinds_of_a_method_beside_a_table_are_no_paper_entries():
    rows = "\n".join(f"|2019/0{k}|[A Paper About Sentence Encoders Number {k}](https://arxiv.org/abs/1901.0000{k})|" for k in range(1, 9))
    notes = ("* Note: all the unofficial models can load the official pretrained models\n"
             "* {Last, Mean, Max}-Pooling\n* Special Token Pooling (like BERT and the Transformer)\n"
             "* Use subword models(ngram, bpe, char)\n")
    text = "# Encoders\n\n## Pooling Methods\n\n" + notes + "\n|date|paper|\n|-|-|\n" + rows + "\n"
    assert al017(text) == []
    bare = text.replace("* Note: all the unofficial models can load the official pretrained models",
                        "* Learning Universal Sentence Representations From Natural Language Inference Data")
    assert [f.line for f in al017(bare)] == [5]  # a paper's title with no link is still reported


def _rows(rows: list[str], header: str = "| Title | Venue | Date | Code |") -> str:
    cols = header.count("|") - 1
    return "# Papers\n\n" + header + "\n|" + "---|" * cols + "\n" + "\n".join(rows) + "\n"


def test_a_title_linking_its_repository_among_linked_papers_is_reported(tmp_path):
    """A star badge's image is not a bare `[Star]` label; a title linking the repository its
    Code cell links is no paper link, unless the Venue cell names none (a model release)."""
    papers = [f"| [**Model {i}: A Study of Things**](https://arxiv.org/abs/2401.0000{i}) | arXiv | 2024-01-0{i} | - |"
              for i in range(1, 9)]
    badge = "![Star](https://img.shields.io/github/stars/org/m9.svg?style=social&label=Star) <br> "
    slip = f"| {badge}[**Model 9: Towards Another Study of Many Things in Vision**](https://github.com/org/m9) | arXiv | 2024-02-01 | [Github](https://github.com/org/m9) |"
    release = f"| {badge}[**Model 10**](https://github.com/org/m10) | - | 2024-02-02 | [Github](https://github.com/org/m10) |"
    lab = f"| {badge}[**Model 11**](https://github.com/org/m11) | Some Lab | 2024-02-03 | [Github](https://github.com/org/m11) |"
    got = [(f.line, f.message) for f in al017(_rows(papers + [slip, release, lab]))]
    assert [line for line, _ in got] == [13] and "title links the code repository" in got[0][1]


def test_a_repository_in_a_column_of_paper_links_is_reported():
    papers = [f"| 2024-{i:02} | M{i} | [A Study of Things, Part {i}](https://arxiv.org/pdf/2401.000{i:02}) |"
              for i in range(1, 12)]
    rows = papers + ["| 2024-12 | Bench | [Beyond the Game: Measuring Models](https://github.com/org/bench) |"]
    got = al017(_rows(rows, "| Date | Name | Paper |"))
    assert [(f.line, "Paper cell links the code repository `https://github.com/org/bench`" in f.message)
            for f in got] == [(16, True)]
    datasets = _rows(rows, "| Date | Name | Paper |").replace("# Papers", "# Datasets")
    assert al017(datasets) == []  # a data set without a paper links its repository


def test_a_citation_list_with_a_few_linked_papers_is_not_a_list_of_lost_links():
    """A file that cites papers as plain text (title, authors, venue) and links a paper from a
    handful of its items: those few links do not make the plain titles around them lost links."""
    cites = [f"{k}. Distilling network number {k} with cheap convolutions. Crowley, Elliot et al. NeurIPS 2018"
             for k in range(1, 61)]
    linked = [f"{k}. Knowledge distillation study {k} [paper](https://arxiv.org/pdf/2204.{k:05d}.pdf)" for k in range(61, 65)]
    other = "\n".join(f"- Distillation survey {k}. Hinton et al. ICLR 2019" for k in range(40))
    text = "# KD\n\n## Self-KD\n\n" + "\n".join(cites[:20] + linked) + "\n\n## Others\n\n" + other + "\n"
    assert [f for f in lint_text(text, select=["AL017"])] == []
    # the same list in a file that links its papers: the plain titles are lost links
    linked_file = "\n".join(f"- Paper {k} on distillation [paper](https://arxiv.org/abs/2101.{k:05d})" for k in range(80))
    text = "# KD\n\n## Linked\n\n" + linked_file + "\n\n## Self-KD\n\n" + "\n".join(cites[:20] + linked) + "\n"
    assert len(lint_text(text, select=["AL017"])) > 0


def _fields_list() -> str:
    """An object-detection list written as bold titles with `label: value` items under them."""
    out = ["# Object Detection", ""]
    for i in range(10):
        out += [f"**Deep Detector Number {i} for Small Objects**", "",
                f"- intro: accepted at a venue in 201{i} as an oral paper",
                f"- keywords: one-stage detector, anchors, scale {i}",
                f"- arxiv: <https://arxiv.org/abs/19{i:02d}.0{i:04d}>", ""]
    out += ["**Scale-Aware Trident Networks for Object Detection**", "",
            "- Tsinghua University1 & The Chinese University of Hong Kong2 & SenseTime3",
            "- arxiv: <https://arxiv.org/abs/1901.01892>", "",
            "**YOLO9000: Better, Faster, Stronger**", "",
            "- arxiv: <https://arxiv.org/abs/1612.08242>"]
    for fw, repo in [("Chainer", "leetenki/YOLOv2"), ("Keras", "allanzelener/YAD2K"), ("PyTorch", "longcw/yolo2"),
                     ("TensorFlow", "hizhangp/yolo_tf"), ("Windows", "AlexeyAB/darknet"), ("", "choasUp/caffe-yolo"),
                     ("", "philipperemy/yolo-9000"), ("TensorFlow", "KOD-Chen/YOLOv2-tf"), ("Keras", "yhcc/yolo2"),
                     ("Keras", "experiencor/keras-yolo2"), ("TensorFlow", "WojciechMormul/yolo2")]:
        out.append(f"- github{'(' + fw + ')' if fw else ''}: <https://github.com/{repo}>")
    return "\n".join(out) + "\n"


def test_label_value_items_are_fields_of_the_entry_above(tmp_path):
    """`- intro: …`, `- keywords：…` and `- arxiv: <url>` under a bold title are the fields of
    one entry, not paper titles without links (AL017); an affiliations line (`Tsinghua
    University1 & …`) is no title either; the lower-case `arxiv:`/`github(Keras):` labels are
    the list's label style, not misspelt names (AL018)."""
    path = tmp_path / "fields.md"
    path.write_text(_fields_list(), encoding="utf-8")
    assert run_json("--select", "AL016,AL017,AL018", path)[1] == []
    rows = ["# Implementations", ""] + [f"- {n}: <https://github.com/o/{n}>" for n in (
        "alpha", "beta", "chainer", "delta", "epsilon", "keras", "lambda", "mxnet", "numpy", "pytorch", "scipy",
        "tensorflow", "caffe", "theano")]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert run_json("--select", "AL016", path)[1] == []  # fields in the order they were added: no names to sort


def test_an_entry_split_by_a_stray_bullet_has_its_link_in_the_next_item(tmp_path):
    """`* **Title** <br>` then `* Authors <br>` and the venue with its links: a stray bullet
    split one entry in two, and its paper link is in the second part, so the title is no
    linkless paper. A title item with no break and no link after it is still reported."""
    rows = ["# Navigation", ""]
    for i in range(8):
        rows += [f"* **Learning to Navigate in Room {i}** <br>", f"*Ann Author{i}, Bob Writer* <br>",
                 f"ICLR, 2020. [[Paper]](https://arxiv.org/abs/2001.0000{i})", ""]
    rows += ["* **Learning Semantic-Agnostic Representation for Navigation** <br>",
             "* Hongcheng Wang, Yuxuan Wang, Hao Dong <br>",
             "IEEE RA-L, 2023. [[Paper]](https://arxiv.org/pdf/2304.10773.pdf)", "",
             "* **Audio-Visual Embodied Navigation** <br>", "*Changan Chen, Unnat Jain* <br>", "ECCV, 2020.", ""]
    path = tmp_path / "nav.md"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert [f["line"] for f in run_json("--select", "AL017", path)[1]] == [39]


def test_a_group_with_its_own_page_over_its_papers():
    """`* University of Cambridge [[Web]](…)` with its papers nested under it, each with its
    `[[Paper]]`: a group with its page, not a paper entry missing its paper link."""
    papers = "".join(f"* Net {i}, CVPR, 2015. [[Paper]](http://arxiv.org/abs/1411.{i:05d})\n" for i in range(6))
    group = ("* University of Cambridge [[Web]](http://mi.eng.cam.ac.uk/projects/segnet/)\n"
             "  * Vijay Badrinarayanan, SegNet: A Deep Convolutional Encoder-Decoder Architecture, 2015. "
             "[[Paper]](http://arxiv.org/abs/1511.00561)\n")
    text = f"# Papers\n\n## Segmentation\n\n{papers}{group}"
    assert [f for f in lint_text(text, select=["AL017"]) if f.code == "AL017"] == []
    alone = text.replace("  * Vijay Badrinarayanan, SegNet: A Deep Convolutional Encoder-Decoder Architecture, 2015. "
                         "[[Paper]](http://arxiv.org/abs/1511.00561)\n", "")
    assert [f.line for f in lint_text(alone, select=["AL017"]) if f.code == "AL017"] == [11]


def test_items_of_a_contents_section_are_no_papers():
    """`* - [x] [**4-Project**](https://github.com/o/r/blob/main/4-Project.md)` under `## Content`:
    an item about the list, not a paper entry missing its paper link."""
    papers = "".join(f"* (CVPR 2023) **A Paper Title Number {i}**, Author et al. [[Paper](https://arxiv.org/abs/2301.{i:05d})]\n"
                     for i in range(10))
    text = ("# L\n\n## Content\n\n* [**4-Project**](https://github.com/o/r/blob/main/4-Project.md)\n\n## Papers\n\n" + papers)
    assert [f for f in lint_text(text, select=["AL017"]) if f.code == "AL017"] == []


def test_a_heading_item_over_its_linked_parts_is_no_paper_missing_its_link():
    """`- [UC Berkeley] CS188 … by Pieter Abbeel` over the lecture videos it groups: a heading
    with no link of its own (set L), not a paper entry that lost its link. Alone it is one."""
    papers = "".join(f"- [UCL] [Course {i} on learning](https://example.org/c{i}) by Ann Lee\n" for i in range(8))
    group = ("- [UC Berkeley] CS188 Artificial Intelligence by Pieter Abbeel\n"
             "  - [Lecture 8: Markov Decision Processes 1](https://www.youtube.com/watch?v=i0o-ui1N35U)\n"
             "  - [Lecture 9: Markov Decision Processes 2](https://www.youtube.com/watch?v=Csiiv6WGzKM)\n")
    text = f"# Reinforcement learning\n\n## Lectures\n\n{papers}{group}"
    assert [f for f in lint_text(text, select=["AL017"]) if f.code == "AL017"] == []


def test_a_blog_or_docs_link_in_the_paper_column_stands_in_the_papers_place():
    """`| 2023.10 | Flash-Decoding (@Stanford) | [[blog]](…) | [[code]](…) |`: the maintainer put
    the release's post or docs in the Paper column (set L), so the row does not lack a paper link."""
    rows = [f"|2023.0{i % 9 + 1}|[Method{i}] A study of method {i} (@Lab)|[[pdf]](https://arxiv.org/pdf/2301.{i:05d})|"
            f"[[m{i}]](https://github.com/lab/m{i})|" for i in range(10)]
    rows += ["|2023.10|[Flash-Decoding] Flash-Decoding for long-context inference(@Stanford)|"
             "[[blog]](https://crfm.stanford.edu/2023/10/12/flashdecoding.html)|[[fa]](https://github.com/Dao-AILab/fa)|"]
    text = "# Papers\n\n|Date|Title|Paper|Code|\n|:---:|:---:|:---:|:---:|\n" + "\n".join(rows) + "\n"
    assert [f for f in lint_text(text, select=["AL017"]) if f.code == "AL017"] == []


def test_only_a_post_or_docs_link_stands_in_the_paper_columns_place():
    """A `[[video]]` or `[[code]]` link in the Paper column is no paper: only a post or a
    document (`[[blog]]`, `[[docs]]`, `[[report]]`) stands in for one."""
    rows = [f"|2023.0{i % 9 + 1}|A study of method number {i}|ICML|[[pdf]](https://arxiv.org/pdf/2301.{i:05d})|"
            f"[[m{i}]](https://github.com/lab/m{i})|" for i in range(30)]
    rows += ["|2023.10|A talk about the decoding steps|ICML|[[video]](https://www.youtube.com/watch?v=abc)|"
             "[[t]](https://github.com/lab/t)|",
             "|2023.10|A post about the decoding steps|ICML|[[blog]](https://example.org/post)|"
             "[[u]](https://github.com/lab/u)|"]
    text = "# Papers\n\n|Date|Title|Venue|Paper|Code|\n|:---:|:---:|:---:|:---:|:---:|\n" + "\n".join(rows) + "\n"
    assert [f.line for f in lint_text(text, select=["AL017"]) if f.code == "AL017"] == [35]


def test_code_sub_items_of_a_paper_entry_and_a_library_under_frameworks_session18():
    """`- EasyEnsemble [[Code]]` under the paper entry whose method it implements links that
    paper through its parent; `[**undersampling**](github…) - A Scala library` under `# 1.
    Frameworks and Libraries` is a library, not a paper whose title links its code."""
    papers = "\n".join(f"- **Paper Number {k} on Imbalanced Learning (KDD 2020)** [[**Paper**](https://arxiv.org/abs/2001.0{k:04d})]"
                       for k in range(8))
    text = ("# 1. Frameworks and Libraries\n\n### 1.4 Scala\n\n"
            "- [**undersampling**](https://github.com/NestorRV/undersampling) [[**Github**](https://github.com/NestorRV/undersampling)] - A Scala library.\n\n"
            "# 2. Research Papers\n\n## 2.1 Ensembles\n\n" + papers + "\n"
            "- **Exploratory Undersampling for Class-Imbalance Learning (TSMC 2008)** [[**Paper**](https://doi.org/10.1109/x)]\n\n"
            "  - EasyEnsemble [[**Code**](https://github.com/o/imbalanced-ensemble/blob/main/easy.py)]\n"
            "  - BalanceCascade [[**Code**](https://github.com/o/imbalanced-ensemble/blob/main/cascade.py)]\n\n"
            "- **A Paper With Only Its Code Linked (ICML 2021)** [[**Code**](https://github.com/o/only-code)]\n")
    assert [f.line for f in al017(text)] == [text.count("\n", 0, text.index("- **A Paper With Only")) + 1]


def test_an_author_line_split_off_by_a_stray_space_is_no_paper_without_a_link():
    # set O (session 20): '-  DC-SSL' (two spaces) puts its author bullet at the top level; the
    # nested author line of a bare title (SCOPS, the form of jason718's list) still stands for it
    text = """# Self-Supervised Papers

## Image

- Paper number one on self-supervised learning of things.
  [[pdf]](https://arxiv.org/abs/2201.00001)
  - Ann Lee, Bo Chen. *CVPR 2022*

- Paper number two on self-supervised learning of objects.
  [[pdf]](https://arxiv.org/abs/2201.00002)
  - Ann Lee, Bo Chen. *CVPR 2022*

- Paper number three on self-supervised learning of scenes.
  [[pdf]](https://arxiv.org/abs/2201.00003)
  - Ann Lee, Bo Chen. *CVPR 2022*

- Paper number four on self-supervised learning of faces.
  [[pdf]](https://arxiv.org/abs/2201.00004)
  - Ann Lee, Bo Chen. *CVPR 2022*

- SCOPS: Self-Supervised Co-Part Segmentation.
  - Wei-Chih Hung, Varun Jampani, Sifei Liu. *CVPR 2019*

-  DC-SSL: Addressing Mismatched Class Distribution.
  [[pdf]](https://arxiv.org/abs/2201.09999)
  - Zhen Zhao, Luping Zhou, Yue Duan. *CVPR 2022*
"""
    assert re.search(r"<li>\s*(?:<p>)?Zhen Zhao", render(text))  # GitHub shows the author line as an item of its own
    found = [f for f in lint_text(text, select=["AL017"]) if f.code == "AL017"]
    assert [f.line for f in found] == [22]


def test_a_link_whose_target_is_the_title_is_link_syntax_not_a_missing_link_session27():
    """Set V: `* Title [[Paper]](Title)` pasted the title where the address goes. AL007 tells it
    (its target is text with spaces); AL017 saying the entry has no link would be the same fault
    twice. A bare title with no bracket at all is still AL017's."""
    items = "".join(f"* Federated paper number {i} on privacy [[Paper]](https://a.org/{i}) [ICML 2021]\n" for i in range(8))
    broken = "* FPGA-Based Hardware Accelerator of Encryption [[Paper]](FPGA-Based Hardware Accelerator of Encryption) [IJCAI 2021]\n"
    found = lint_text("# P\n\n" + items + broken, select=["AL007", "AL017"])
    assert [(f.code, f.line) for f in found] == [("AL007", 11)]
    bare = "* A bare paper title about federated privacy and hardware\n"
    found = lint_text("# P\n\n" + items + bare, select=["AL007", "AL017"])
    assert [(f.code, f.line) for f in found] == [("AL017", 11)]


def test_a_paper_cell_citing_its_paper_in_words_session29():
    # rguo12's list (set W): tables headed Name | Paper | Code whose Paper cells link their papers,
    # but a few cite theirs in words only; a book has no link to give, `NA` says there is no paper
    linked = "".join(f"|M{i}|[A linked paper title number {i}](https://arxiv.org/abs/2101.0000{i})|[code](https://github.com/a/m{i})|\n"
                     for i in range(16))
    text = ("# Causality\n\n## Methods\n\n|Name|Paper|Code|\n|---|---|---|\n" + linked +
            "\n## OoD\n\n|Name|Paper|Code|\n|---|---|---|\n"
            '|DomainBed|Gulrajani, Ishaan, and David Lopez-Paz. "In Search of Lost Domain Generalization." In ICLR. 2020.|[code](https://github.com/facebookresearch/DomainBed)|\n'
            '|Survey|Shen, Zheyan, and Peng Cui. "Towards out-of-distribution generalization: A survey." arXiv preprint arXiv:2108.13624 (2021).|NA|\n'
            "|PC|P. Spirtes, C. Glymour, and R. Scheines. Causation, Prediction, and Search. The MIT Press, 2nd edition, 2000.|[R](https://github.com/cran/pcalg)|\n"
            "|IBM OoD|Repository for theory and methods for generalization by IBM Research|[code](https://github.com/IBM/OoD)|\n"
            "|None|NA|[code](https://github.com/a/none)|\n"
            "|TF|Released by Google in 2021 together with the TensorFlow team|[code](https://github.com/a/tf)|\n"
            "|Tool2|Tool2: a python library for causal inference and discovery|[code](https://github.com/a/t2)|\n"
            "|CEVAE|CEVAE: Causal Effect Inference with Deep Latent-Variable Models|[code](https://github.com/a/cevae)|\n")
    found = lint_text(text, select=["AL017"])
    assert [f.line for f in found] == [28, 29, 35]
    assert "cites its paper in words but links only code" in found[0].message
    assert "cites its paper in words with no link" in found[1].message
    # in a file whose Paper cells mostly cite in words, a cited row is the file's way
    few = text.replace(linked, linked[: linked.index("|M9|")])
    assert lint_text(few, select=["AL017"]) == []


def test_an_untagged_code_only_entry_among_tagged_papers_is_no_paper_session31():
    # a scene-flow list (set Z): `- VoxFlowNet: … [[code]](…)` with no venue tag in a year
    # section whose papers all carry one (some as links: `**[[WACV 20](…)]**`): a project
    papers = "".join(f"- **[CVPR 2{i % 2}]** Scene Flow Paper Number {i} [[2001.{i:05d}]](https://arxiv.org/abs/2001.{i:05d})\n"
                     for i in range(8))
    text = ("# Papers\n\n## 2020\n" + papers + "- **[[WACV 20](https://openaccess.thecvf.com/x)]** Another One\n"
            "- VoxFlowNet: Learning Scene Flow in 3D Point Clouds [[code]](https://github.com/p/voxflownet)\n")
    assert al017(text) == []
    tagged = text.replace("- VoxFlowNet:", "- **[3DV 20]** VoxFlowNet:")
    assert [f.line for f in al017(tagged)] == [13]


def test_a_numbered_heading_over_its_papers_in_later_paragraphs_session35():
    """Set AE's wrong findings (a Mamba list): `1. Bidirectional Scan`, a numbered item whose
    papers stand in its own later paragraphs, indented under it, is a heading over them; and a
    title whose paper link is a paragraph below it has its link. A bare title among linked
    papers, with nothing under it, is still reported."""
    papers = "".join(f"{i}. A paper on medical imaging number {i} [[Paper]](https://arxiv.org/abs/2401.{i:05d})\n"
                     for i in range(1, 11))
    heading = ("\n<p align=\"center\">Figure 12 - Illustration of the scans</p>\n\n"
               "  1. Bidirectional Scan (Forward and backward Scan)\n\n"
               "     **Initially proposed by:**\n\n"
               "     (arXiv:2401.09417) Vision Mamba: Efficient Visual Representation Learning - [[Paper]](https://arxiv.org/abs/2401.09417)\n\n"
               "  2. Selective Scan 2D\n\n"
               "     (arXiv:2401.10166) VMamba: Visual State Space Model - [[Paper]](https://arxiv.org/abs/2401.10166)\n")
    text = "# Mamba\n\n## Papers\n\n" + papers + heading
    assert [f for f in lint_text(text, select=["AL017"])] == []
    bare = "# Mamba\n\n## Papers\n\n" + papers + "11. A bare paper title about medical imaging with no link\n"
    assert [f.line for f in lint_text(bare, select=["AL017"])] == [15]


def test_a_paper_named_again_under_another_topic_session36():
    """Set AF's wrong findings (a social navigation list that says "some papers belong to more
    than one category, I only link them on their first appearance"): `- DenseCAvoid, ICRA
    2020.` and a full title without its link, under a second topic, name papers the file links
    where it lists them first (by title, by the name before the colon, by a name in parentheses
    before the title). A title the file links nowhere is still a lost link."""
    papers = "".join(f"- [Crowd Navigation Method Number {i}: Learning to Walk Among People](https://arxiv.org/abs/2101.{i:05d}), ICRA 2021.\n"
                     for i in range(6))
    papers += "- [DenseCAvoid: Real-time Navigation in Dense Crowds](https://arxiv.org/abs/2002.03038), ICRA 2020.\n"
    papers += "- (RGL) [Relational Graph Learning for Crowd Navigation](https://arxiv.org/abs/1909.13165), IROS 2020.\n"
    again = ("## Reward design\n\n"
             + "".join(f"- [Reward Shaping Method Number {i} for Social Robot Navigation](https://arxiv.org/abs/2201.{i:05d}), IROS 2022.\n"
                       for i in range(5))
             + "- DenseCAvoid, ICRA 2020.\n- RGL, IROS 2020.\n"
             + "- Crowd Navigation Method Number 2: Learning to Walk Among People, ICRA 2021.\n")
    text = "# Social Navigation\n\n## Reinforcement learning\n\n" + papers + "\n" + again
    assert [f for f in lint_text(text, select=["AL017"]) if "has no link" in f.message] == []
    lost = text + "- Socially Aware Navigation With Learned Rewards, ICRA 2023.\n"
    assert [f.line for f in lint_text(lost, select=["AL017"]) if "has no link" in f.message] == [24]


def test_a_row_that_names_no_year_is_a_tool_among_papers_session37():
    """Set AG's wrong findings (a robot-vision list): rows tagged `[CVPR 2022]` whose title links
    the code repository miss their paper; a row naming no year (`MMDetection3D`, a platform) is
    a tool listed by its repository."""
    papers = "".join(f"| [Pose{i}](https://github.com/o/pose{i}) | [CVPR 202{i}] Pose estimation method number {i}. | "
                     f"[GitHub](https://github.com/o/pose{i}) · [arXiv](https://arxiv.org/abs/220{i}.0000{i}) |\n"
                     for i in range(1, 6))
    tagged = "| [Template-Pose](https://github.com/o/tp) | [CVPR 2022] Template-based pose estimation. | [GitHub](https://github.com/o/tp) |\n"
    tool = "| [MMDetection3D](https://github.com/open-mmlab/mmdetection3d) | OpenMMLab's platform for 3D detection. | [GitHub](https://github.com/open-mmlab/mmdetection3d) |\n"
    text = "# Robot Vision\n\n## Pose\n\n| Name | Description | Links |\n| --- | --- | --- |\n" + papers + tagged + tool
    assert [f.line for f in lint_text(text, select=["AL017"])] == [12]


def test_notes_in_a_papers_block_are_no_papers_session38():
    """Set AH's wrong findings: a paper's block (a bold title, its venue, its authors, bullet
    notes, then `Paper: <address>`) has notes, not papers without links. A bare title in a list
    with no such block around it is still told."""
    block = ("**WavMark: Watermarking for Audio Generation**\n\nArXiv 2023\n\nGuangyu Chen, Yu Wu, Furu Wei\n\n"
             "- Early neural audio watermark baseline\n\n- Use invertible neural networks in the STFT domain\n\n"
             "Paper: https://arxiv.org/pdf/2308.12770\n\n")
    papers = ("- [Robust Audio Watermarking for Speech](https://arxiv.org/abs/2401.00001)\n"
              "- [Neural Watermarks for Music Generation](https://arxiv.org/abs/2402.00002)\n"
              "- [Proactive Detection of Voice Cloning](https://arxiv.org/abs/2401.17264)\n")
    text = "# Audio Watermarking\n\n## Post-Processing\n\n" + papers + "\n" + block
    assert lint_text(text, select=["AL017"]) == []
    bare = text.replace(block, "- Timbre Watermarking for Audio Generation Models\n")
    assert [f.line for f in lint_text(bare, select=["AL017"])] == [9]


def test_a_bold_line_and_a_later_sentences_link_make_no_paper_block_session38_review():
    """The review's finding: `**To be added**` above bare titles and a survey linked in a
    sentence below are no paper's block: the titles are still papers without links."""
    text = ("# Detection\n\n## Papers\n\n- [Paper A on detection](https://arxiv.org/abs/2001.00001)\n"
            "- [Paper B on detection](https://arxiv.org/abs/2001.00002)\n\n**To be added**\n\n"
            "- Focal Loss for Dense Object Detection\n- Feature Pyramid Networks for Object Detection\n\n"
            "See also the survey [Object Detection in 20 Years](https://arxiv.org/abs/1905.05055).\n")
    assert [f.line for f in lint_text(text, select=["AL017"])] == [10, 11]
