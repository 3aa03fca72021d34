"""AL014 toc on hand-made fixtures, the seed's `>[[x](#y)]` style, real lists and the CLI."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import cmarkgfm
import pytest

from awesome_lint.engine import fix_text, lint_text

FIX = Path(__file__).parent / "fixtures" / "conventions"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _rendered_toc_targets(text: str) -> list[str]:
    html = cmarkgfm.github_flavored_markdown_to_html(text)
    return re.findall(r'<a href="#([^"]+)"', html)


def test_toc_reports_missing_and_out_of_order_at_their_lines():
    text = (FIX / "toc.md").read_text()
    found = [(f.line, f.message) for f in lint_text(text, select=["AL014"])]
    lines = [line for line, _ in found]
    assert lines == [10, 27, 47]
    assert "Datasets" in found[0][1] and "out of order" in found[0][1]
    assert '"4D" is missing' in found[1][1]
    assert '"Tools" is missing' in found[2][1]  # the repeated heading: GitHub's #tools-1
    assert not any("Contributing" in m or "Contents" in m for _, m in found)


def test_toc_fix_sorts_inserts_and_touches_nothing_else():
    text = (FIX / "toc.md").read_text()
    fixed, left = fix_text(text, select=["AL014"])
    assert left == []
    assert _rendered_toc_targets(fixed)[:9] == [
        "segmentation", "2d", "3d", "4d", "classification", "methods", "datasets", "tools", "tools-1",
    ]
    assert "  - [4D](#4d)\n" in fixed and "- [Tools](#tools-1)\n" in fixed
    # outside the contents block every byte is kept
    head, tail = text.split("## Segmentation", 1)
    fhead, ftail = fixed.split("## Segmentation", 1)
    assert tail == ftail and head.split("- [Segmentation]")[0] == fhead.split("- [Segmentation]")[0]
    assert fix_text(fixed, select=["AL014"])[0] == fixed


def test_line_style_contents_with_a_name_anchors():
    text = (FIX / "toc_lines.md").read_text()
    found = lint_text(text, select=["AL014", "AL008"])
    al014 = [(f.line, f.message) for f in found if f.code == "AL014"]
    # the broken #Benchmark-typo entry is AL008's and stands for the Benchmark section
    assert [f.code for f in found if f.line == 4] == ["AL008"]
    assert al014 == [(15, 'section "Histopathology Data" is missing from the table of contents (line 2)')]


def test_line_style_fix_uses_the_block_style():
    text = (FIX / "toc_lines.md").read_text().replace("(#Benchmark-typo)", "(#Benchmark)")
    fixed, left = fix_text(text, select=["AL014"])
    assert left == []
    assert fixed.splitlines()[1:5] == [
        ">[[Image Segmentation](#Segmentation)]",
        ">[[Image Analysis](#Analysis)]",
        ">[[Histopathology Data](#histopathology-data)]",
        ">[[Benchmarks](#Benchmark)]",
    ]


def test_numbered_contents_stay_numbered():
    text = ("# T\n\n## Contents\n\n1. [B](#b)\n2. [A](#a)\n3. [C](#c)\n\n## A\n\nx\n\n## B\n\ny\n\n## C\n\nz\n\n## D\n\nw\n")
    fixed, left = fix_text(text, select=["AL014"])
    assert left == []
    assert "1. [A](#a)\n2. [B](#b)\n3. [C](#c)\n4. [D](#d)\n" in fixed


def test_code_and_unlisted_files_are_silent():
    text = "# T\n\n```\n## Contents\n- [A](#a)\n```\n\n## A\n\nx\n"
    assert lint_text(text, select=["AL014"]) == []


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus absent")
def test_awesome_lint_clean_lists_are_silent():
    for name in ("sindresorhus__awesome.md", "vinta__awesome-python.md", "rust-unofficial__awesome-rust.md",
                 "awesome-selfhosted__awesome-selfhosted.md", "avelino__awesome-go.md"):
        text = (CORPUS / "real" / name).read_text(encoding="utf-8")
        assert lint_text(text, select=["AL014"]) == [], name


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus absent")
def test_seed_contents_block_is_complete():
    text = (CORPUS / "seeds" / "histopathology-papers.md").read_text(encoding="utf-8")
    assert lint_text(text, select=["AL014"]) == []
    # drop an entry: it is reported at its section and the fix puts it back in the block's style
    broken = text.replace(">[[Histopathology Benchmark](#Benchmark)]\n", "")
    found = lint_text(broken, select=["AL014"])
    assert [f.message.split(" is ")[0] for f in found] == ['section "Histopathology Benchmark"']
    fixed, left = fix_text(broken, select=["AL014"])
    assert left == [] and ">[[Histopathology Benchmark](#histopathology-benchmark)]\n" in fixed


def test_cli_json(tmp_path):
    path = tmp_path / "README.md"
    path.write_text((FIX / "toc.md").read_text())
    out = subprocess.run([sys.executable, "-m", "awesome_lint", "--select", "AL014", "--format", "json", str(path)],
                         capture_output=True, text=True)
    assert out.returncode == 1, out.stderr
    data = json.loads(out.stdout)
    assert [(d["code"], d["line"], d["fixable"]) for d in data] == [("AL014", 10, True), ("AL014", 27, True),
                                                                    ("AL014", 47, True)]
    out = subprocess.run([sys.executable, "-m", "awesome_lint", "--fix", "--select", "AL014", "--format", "json",
                          str(path)], capture_output=True, text=True)
    assert out.returncode == 0 and json.loads(out.stdout) == []


def test_contents_continued_in_lists_under_small_headings():
    """The contents go on in further lists, each under a small area heading: every section is
    listed, none is missing."""
    text = ("# Notes\n\n## Areas\n#### First area\n- [Apples](#apples)\n- [Pears](#pears)\n\n"
            "#### Second area\n- [Plums](#plums)\n- [Figs](#figs)\n\n"
            "## Apples\nsome text\n## Pears\nsome text\n## Plums\nsome text\n## Figs\nsome text\n")
    assert lint_text(text, select=["AL014"]) == []
    missing = text.replace("- [Figs](#figs)\n", "- [Figs](#figs)\n- [Plums again](#plums)\n") + "## Kiwis\nmore\n"
    found = lint_text(missing, select=["AL014"])
    assert any('"Kiwis" is missing' in f.message for f in found)


def test_a_section_holding_only_subsections_needs_an_entry():
    """A heading followed at once by its subsections is a section when the contents do not list
    those subsections instead; a heading whose subsections are listed is a caption."""
    text = ("# Notes\n\n## Contents\n- [Apples](#apples)\n- [Pears](#pears)\n- [Figs](#figs)\n\n"
            "## Apples\nsome text\n## Pears\n\n### Green pears\nsome text\n## Figs\nsome text\n"
            "## Plums\n\n### Red plums\nsome text\n")
    found = lint_text(text, select=["AL014"])
    assert [(f.line, '"Plums" is missing' in f.message) for f in found] == [(16, True)]
    listed = text.replace("- [Figs](#figs)\n", "- [Figs](#figs)\n- [Red plums](#red-plums)\n")
    assert lint_text(listed, select=["AL014"]) == []


def test_further_links_of_an_entry_list_their_sections():
    text = ("# Notes\n\n## Contents\n- [Fruit](#fruit)\n  - [Apples](#apples), [Pears](#pears)\n"
            "  - [Figs](#figs)\n\n## Fruit\nintro\n### Apples\n\n#### Old apples\ntext\n"
            "### Pears\n\n#### Old pears\ntext\n### Figs\ntext\n")
    assert lint_text(text, select=["AL014"]) == []


def test_a_label_that_misspells_its_heading():
    text = ("# Notes\n\n## Contents\n- [Recuurent Networks](#recurrent-networks)\n- [Template](#templates)\n"
            "- [Speech](#speech-recognition)\n- [Whole Body (10)](#whole-body)\n\n"
            "## Recurrent Networks\ntext\n## Templates\ntext\n## Speech Recognition\ntext\n## Whole Body\ntext\n")
    found = lint_text(text, select=["AL014"])
    assert [f.line for f in found] == [4, 5]
    assert 'contents entry "Template" does not match the heading it links to: "Templates" (line 11)' in found[1].message
    assert not any(f.fixable for f in found)


def test_a_shortened_label_that_misspells_a_word_of_its_heading():
    # ChenHsing's contents (session 20): 'Traning-free' for 'Training-free Editing Model'; a
    # shortened label spelt right ('Sound') or a word of four letters is left alone
    text = ("# L\n\n## Contents\n\n- [Generation](#generation)\n  - [Traning-free](#training-free-editing-model)\n"
            "  - [Pose-gudied](#pose-guided-video-generation)\n  - [Sound](#sound-guided-video-generation)\n"
            "  - [Bran](#brain-guided-video-generation)\n\n## Generation\n\n### Training-free Editing Model\n\ntext\n\n"
            "### Pose-guided Video Generation\n\ntext\n\n### Sound-guided Video Generation\n\ntext\n\n"
            "### Brain-guided Video Generation\n\ntext\n")
    found = lint_text(text, select=["AL014"])
    assert [f.line for f in found] == [6, 7]
    assert '"Traning-free" does not match the heading it links to: "Training-free Editing Model"' in found[0].message


def test_a_broken_entry_that_names_a_section_is_its_entry_not_a_missing_section():
    """`[Analysis &amp; Evaluation](#analysis&evaluation)`: the anchor is broken (AL008 says so)
    and the entry stands out of order, but the section is listed, not missing."""
    text = ("# L\n\n## Contents\n\n- [Foundation](#foundation)\n"
            "- [Analysis &amp; Evaluation](#analysis&evaluation)\n- [Application](#application)\n\n"
            "## Foundation\n\ntext\n\n## Application\n\ntext\n\n## Analysis & Evaluation\n\ntext\n")
    found = [f for f in lint_text(text, select=["AL014"])]
    assert not [f for f in found if "missing" in f.message]
    assert [f.line for f in found if "out of order" in f.message] == [6]


TITLED = """# My List

<b>Table of Contents</b>
- [My List](#my-list)
  - [Models](#models)
    - [Encoders](#encoders)
    - [Decoders](#encoders)
    - [Hybrids](#hybrids)
  - [Data](#data)
    - [Images](#images)
    - [Video](#video)
    - [Text](#text)
    - [Hybrids](#hybrids)

## Models
### Encoders
text
### Decoders
text
### Hybrids
text
## Data
### Images
text
### Video
text
### Text
text
## Contributing
text
"""


def test_titled_contents_block_and_an_entry_linking_the_wrong_anchor():
    """The contents under one title entry (as editor extensions write them) are checked; an
    entry whose link reaches another entry's heading while its text names an unlisted heading
    is reported at the entry, not as a missing section plus a disorder."""
    found = lint_text(TITLED, select=["AL014"])
    msgs = [(f.line, f.message) for f in found]
    assert msgs[0] == (7, 'contents entry "Decoders" links to "#encoders", the anchor of "Encoders" '
                          '(line 16); the section it names is at line 18 (#decoders)')
    assert not any("missing" in m or "out of order" in m for _, m in msgs)


def test_an_entry_under_the_wrong_parent_and_a_subsection_listed_as_a_peer():
    found = lint_text(TITLED, select=["AL014"])
    by_line = {f.line: f for f in found}
    # Hybrids (line 20) is a subsection of Models but listed under Data beside Images, Video, Text
    assert 'contents entry "Hybrids" is listed under "Data", but its section (line 20) is not part of "Data"' \
        in by_line[13].message
    assert not by_line[13].fixable  # sorting cannot move it to its parent
    assert sorted(by_line) == [7, 13]
    head, tail = TITLED.rsplit("    - [Hybrids](#hybrids)\n", 1)
    promoted = (head + tail).replace("    - [Text](#text)\n", "  - [Text](#text)\n")
    found = lint_text(promoted, select=["AL014"])
    assert [(f.line, f.message.split(", but")[0]) for f in found if f.line != 7] == [
        (12, 'contents entry "Text" is listed beside "Data"')]


def test_a_flat_contents_block_may_list_subsections_beside_sections():
    text = ("# L\n\n## Contents\n- [Models](#models)\n- [Encoders](#encoders)\n- [Data](#data)\n\n"
            "## Models\n### Encoders\ntext\n## Data\ntext\n")
    assert lint_text(text, select=["AL014"]) == []


def test_a_broken_nested_entry_stands_for_the_heading_of_its_parent_section():
    """`[Deep Learning](#rust-deep-learning)` under Rust stands for Rust's Deep Learning, not the
    first Deep Learning heading of the file."""
    text = ("# L\n\n## Contents\n- [Go](#go)\n  - [Deep Learning](#go-deep-learning)\n  - [Vision](#go-vision)\n"
            "- [Rust](#rust)\n  - [Vision](#rust-vision)\n  - [Deep Learning](#rust-deep-learning)\n\n"
            "## Go\n<a name=\"go-deep-learning\"></a>\n#### Deep Learning\ntext\n<a name=\"go-vision\"></a>\n"
            "#### Vision\ntext\n## Rust\n<a name=\"rust-vision\"></a>\n#### Vision\ntext\n#### Deep Learning\ntext\n")
    found = lint_text(text, select=["AL014", "AL008"])
    assert [(f.code, f.line) for f in found] == [("AL008", 9)]


def test_cli_reports_the_titled_contents_and_fixes_its_order(tmp_path):
    from conftest import run_cli

    path = tmp_path / "README.md"
    text = TITLED.replace("(#encoders)\n    - [Hybrids]", "(#decoders)\n    - [Hybrids]").replace(
        "    - [Video](#video)\n    - [Text](#text)\n    - [Hybrids](#hybrids)\n",
        "    - [Text](#text)\n    - [Video](#video)\n")
    path.write_text(text)
    out = run_cli("--select", "AL014", "--format", "json", path)
    assert out.returncode == 1, out.stderr
    data = json.loads(out.stdout)
    assert [(d["line"], d["fixable"]) for d in data] == [(11, True)]
    assert "Text" in data[0]["message"] and "out of order" in data[0]["message"]
    out = run_cli("--fix", "--select", "AL014", path)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "    - [Images](#images)\n    - [Video](#video)\n    - [Text](#text)\n" in path.read_text()


def test_contents_grouped_under_bold_captions_and_with_outside_links():
    """`- **Models**` over its entries is a caption, and `- [Awesome Zsh][zsh]` links another
    list: the entries around them are checked (a section missing is found) but not fixed."""
    text = ("# L\n\n## Table of Contents\n- **Models**\n  - [Vision](#vision)\n  - [Language](#language)\n"
            "- **Data**\n  - [Benchmarks](#benchmarks)\n- [Tools](#tools)\n- [Guides](#guides)\n- [Awesome Zsh][zsh]\n\n"
            "## Vision\ntext\n## Language\ntext\n## Audio\ntext\n## Benchmarks\ntext\n## Tools\ntext\n## Guides\ntext\n"
            "\n[zsh]: https://example.org/zsh\n")
    found = lint_text(text, select=["AL014"])
    assert [(f.line, f.message.split(" is ")[0], f.fixable) for f in found] == [(17, 'section "Audio"', False)]
    assert lint_text(text.replace("## Audio\ntext\n", ""), select=["AL014"]) == []


def test_a_title_entry_covers_the_sections_above_the_block():
    """A block whose one entry is the list's title (every section nested below it, as editor
    extensions write it) covers the sections above the block too; a broken entry that names a
    section word for word but for its emoji and `(New)` stands for that section."""
    text = ("# My List\n\n## 🚀(New) Book\n\ntext\n\n## 🚀(New) Reasoning\n\ntext\n\n## Trends\n\ntext\n\n"
            "## Contents\n\n- [My List](#my-list)\n  - [🚀(New) Trends](#new-trends)\n  - [Book](#-new-book)\n"
            "  - [Models](#models)\n\n## Models\n\n- a\n")
    found = [f for f in lint_text(text, select=["AL014"]) if f.code == "AL014"]
    assert [(f.line, f.message) for f in found] == [
        (7, 'section "🚀(New) Reasoning" is missing from the table of contents (line 17)')]


_TWO_ENTRY_CONTENTS = """# Awesome Things

## Contents
- [Tools](#tools)
- [Books](#books)

## Tools
- [Hammer](https://example.org/hammer) - Hits nails.

## Books
- [Nail Lore](https://example.org/lore) - Reading.

## Videos
- [Nail Cinema](https://example.org/cinema) - Watching.
"""


def test_two_entry_contents_under_a_contents_heading_is_checked():
    """A block of two in-page links under a Contents heading is a contents block (one the
    author began and did not finish): the sections it leaves out are reported."""
    found = [(f.line, f.message) for f in lint_text(_TWO_ENTRY_CONTENTS, select=["AL014"])]
    assert found == [(13, 'section "Videos" is missing from the table of contents (line 4)')]


def test_two_in_page_links_without_a_contents_heading_are_no_contents():
    text = _TWO_ENTRY_CONTENTS.replace("## Contents\n", "Start here:\n\n")
    assert lint_text(text, select=["AL014"]) == []


def test_cli_reports_a_section_missing_from_a_two_entry_contents(tmp_path):
    path = tmp_path / "README.md"
    path.write_text(_TWO_ENTRY_CONTENTS)
    out = subprocess.run([sys.executable, "-m", "awesome_lint", "--select", "AL014", "--format", "json", str(path)],
                         capture_output=True, text=True)
    found = json.loads(out.stdout)
    assert [f["line"] for f in found] == [13]


def test_a_title_entry_whose_first_entry_follows_the_block_does_not_cover_sections_above():
    """A section put above a title-entry block (a "Trending" list added at the top later) is
    outside the block when the block starts with a section below it."""
    text = ("# My List\n\n## Trending\n\n- [Hot](https://example.org/hot) - New.\n\n"
            "## Contents\n\n- [My List](#my-list)\n  - [Models](#models)\n  - [Data](#data)\n\n"
            "## Models\n\n- [M](https://example.org/m) - A model.\n\n## Data\n\n- [D](https://example.org/d) - Data.\n\n"
            "## Tools\n\n- [T](https://example.org/t) - A tool.\n")
    found = [(f.line, f.message) for f in lint_text(text, select=["AL014"])]
    assert found == [(21, 'section "Tools" is missing from the table of contents (line 9)')]


def test_the_subsections_of_a_missing_section_are_missing_too_where_peers_list_theirs():
    text = ("# L\n\n## Contents\n\n- [Books](#books)\n  - [Old](#old)\n  - [New](#new)\n"
            "- [Talks](#talks)\n  - [Short](#short)\n\n"
            "## Books\n\n### Old\n\n- [A](https://example.org/a) - A.\n\n### New\n\n- [B](https://example.org/b) - B.\n\n"
            "## Talks\n\n### Short\n\n- [C](https://example.org/c) - C.\n\n"
            "## Games\n\n### Board\n\n- [D](https://example.org/d) - D.\n")
    found = [(f.line, f.message) for f in lint_text(text, select=["AL014"])]
    assert found == [
        (27, 'section "Games" is missing from the table of contents (line 5)'),
        (29, 'section "Board" (under "Games", itself missing) is missing from the table of contents (line 5)')]
    # a block that lists no subsections asks for none
    flat = re.sub(r"\n  - \[\w+\]\(#\w+\)", "", text)
    assert [line for line, _ in [(f.line, f.message) for f in lint_text(flat, select=["AL014"])]] == [24]


def test_a_plain_caption_groups_contents_entries():
    """`* Utilities` with no link over a nested list of contents entries is a caption, as a
    bold one is: the contents is read, and an entry out of order under it is found."""
    text = ("# JS\n\n* [Loaders](#loaders)\n* [Bundlers](#bundlers)\n* Utilities\n"
            "  * [Routing](#routing)\n  * [Media](#media)\n  * [Security](#security)\n  * [Maps](#maps)\n\n"
            + "".join(f"## {h}\n\n- [x{i}](https://github.com/o/x{i}) - A library.\n\n"
                      for i, h in enumerate(["Loaders", "Bundlers", "Routing", "Security", "Maps", "Media"])))
    found = [(f.line, f.message) for f in lint_text(text, select=["AL014"]) if f.code == "AL014"]
    assert [line for line, _ in found] == [7] and '"Media" is out of order' in found[0][1]
    ordered = text.replace("  * [Media](#media)\n", "").replace("  * [Maps](#maps)\n", "  * [Maps](#maps)\n  * [Media](#media)\n")
    assert [f for f in lint_text(ordered, select=["AL014"]) if f.code == "AL014"] == []


def test_a_meta_section_named_at_the_end_of_its_title_needs_no_contents_entry():
    """`## valuable Contributors👩‍💻👨‍💻 :` is the list's thanks, like `## Contributors` (set L);
    a section of the list's matter is still reported when the contents leave it out."""
    text = ("# RL\n\n## Contents\n\n- [Theory](#theory)\n- [Codes](#codes)\n\n## Theory\n\n- [a](https://a.org)\n\n"
            "## Codes\n\n- [b](https://b.org)\n\n## Demos\n\n- [c](https://c.org)\n\n"
            "## valuable Contributors👩‍💻👨‍💻 :\n\n- [d](https://github.com/d)\n")
    found = [(f.line, f.message) for f in lint_text(text, select=["AL014"])]
    assert found == [(16, 'section "Demos" is missing from the table of contents (line 5)')]


def test_a_section_two_contents_groups_require_is_missing_once():
    """A title entry whose children cover the whole file and a `Resources` entry beside it both
    require `### Books` (a PostgreSQL list read blind in session 21 got each missing section
    twice): one finding per missing section."""
    text = "\n".join([
        "# Awesome Things", "",
        "- [Awesome Things](#awesome-things)", "    - [Tools](#tools)", "    - [Servers](#servers)",
        "- [Resources](#resources)", "    - [Blogs](#blogs)", "    - [Videos](#videos)", "",
        "### Tools", "", "- [A](https://example.org/a) - A tool.", "",
        "### Servers", "", "- [B](https://example.org/b) - A server.", "",
        "## Resources", "",
        "### Blogs", "", "- [C](https://example.org/c) - A blog.", "",
        "### Books", "", "- [D](https://example.org/d) - A book.", "",
        "### Videos", "", "- [E](https://example.org/e) - A video.", ""])
    found = [(f.line, f.message) for f in lint_text(text, select=["AL014"])]
    assert found == [(24, 'section "Books" is missing from the table of contents (line 3)')]


def test_alphabetical_contents_over_unsorted_sections_is_one_finding():
    """Contents sorted by name above sections in another order is one choice, told once; a
    section above the contents (`## Contributing`) may be listed last."""
    names = ["Android", "Big Data", "CSV", "Database", "Extensions", "Geospatial", "HTTP", "JSON"]
    order = ["JSON", "Database", "HTTP", "Android", "CSV", "Geospatial", "Big Data", "Extensions"]
    toc = "".join(f"- [{n}](#{n.lower().replace(' ', '-')})\n" for n in names)
    body = "".join(f"## {n}\n\n- [x{i}](https://example.com/{i}) - A tool.\n\n" for i, n in enumerate(order))
    text = "# Awesome\n\n## Contributing\n\nSend a pull request.\n\n## Contents\n\n" + toc \
        + "- [Contributing](#contributing)\n\n" + body
    found = [(f.line, f.message) for f in lint_text(text, select=["AL014"])]
    assert found == [(10, "the contents list these 8 sections alphabetically, the file does not: 5 entries are "
                          "out of the sections' order (first \"Big Data\": its section (line 43) belongs after "
                          "\"Geospatial\")")]
    fixed = fix_text(text, select=["AL014"])[0]
    assert [t for t in _rendered_toc_targets(fixed) if t != "contributing"][:8] == [n.lower().replace(" ", "-") for n in order]


def test_a_section_listed_twice_names_the_stray_copy():
    text = ("# A\n\n## Contents\n\n- [Tools](#tools)\n- [Books](#books)\n- [Papers](#papers)\n- [Tools](#tools)\n\n"
            "## Books\n\nText.\n\n## Papers\n\nText.\n\n## Tools\n\nText.\n")
    found = [(f.line, f.message) for f in lint_text(text, select=["AL014"])]
    assert found == [(5, 'contents entry "Tools" lists its section (line 18) a second time: line 8 lists it in its place')]


def test_nested_entries_linking_the_first_of_same_named_sections_session25():
    """Set T's tracking list: every tracker's `[Datasets](#datasets)` reaches the first
    `### Datasets`; GitHub names the others `#datasets-1`, `#datasets-2`. The contents entry is
    told its link is the slip, at its own line, not each section told it is missing."""
    parts = ["Embodied Tracking", "Language Tracking", "Depth Tracking"]
    toc = "".join(f"- [{p}](#{p.lower().replace(' ', '-')})\n  - [Datasets](#datasets)\n  - [Papers](#papers)\n"
                  for p in parts)
    body = "".join(f"## {p}\n\n### Datasets\n\n- [D{i}](https://a.org/d{i})\n\n### Papers\n\n- [P{i}](https://a.org/p{i})\n\n"
                   for i, p in enumerate(parts))
    text = "# List\n\n## Contents\n\n" + toc + "\n" + body
    found = [(f.line, f.message) for f in lint_text(text, select=["AL014"])]
    assert [line for line, _ in found] == [9, 10, 12, 13]
    assert "links to \"#datasets\", the anchor of \"Datasets\" (line 17)" in found[0][1]
    assert found[0][1].endswith("(#datasets-1)") and found[3][1].endswith("(#papers-2)")


def test_a_surveys_numbered_sections_below_a_block_of_the_lists_parts_session29():
    # CMLab-Korea's list (set X): the contents names the list's parts (`📄 Paper List`); the survey's
    # numbered sections that follow at the same level (`2.1 …`, `6. Applications`) are left out on purpose
    toc = "# VFI\n\n## Contents\n\n- [News](#news)\n- [Paper List](#paper-list)\n- [Datasets](#datasets)\n\n"
    body = ("## News\n\n- new\n\n## Paper List\n\nBelow.\n\n## 2.1 Motion Compensation-based\n\n- a\n\n"
            "## 2.2 Deep Learning-based\n\n- b\n\n## 6. Applications\n\n- c\n\n## Datasets\n\n- d\n\n## Community\n\n- e\n")
    found = lint_text(toc + body, select=["AL014"])
    assert [f.message.split('"')[1] for f in found] == ["Community"]
    # one numbered heading is a section like any other, and so are numbers a block lists itself
    one = body.replace("## 2.2 Deep Learning-based\n\n- b\n\n", "").replace("## 6. Applications\n\n- c\n\n", "")
    assert [f.message.split('"')[1] for f in lint_text(toc + one, select=["AL014"])] == ["2.1 Motion Compensation-based", "Community"]
    numbered = toc.replace("- [Datasets](#datasets)\n", "- [2.1 Motion Compensation-based](#21-motion-compensation-based)\n- [Datasets](#datasets)\n")
    found = lint_text(numbered + body, select=["AL014"])
    assert [f.message.split('"')[1] for f in found] == ["2.2 Deep Learning-based", "6. Applications", "Community"]


def test_numbered_parts_of_the_list_still_need_entries_session29():
    # review: a list whose own sections are numbered `1.`, `2.`, `3.` (no outline's `2.1`) lists
    # them in its contents; and a broken entry still stands for the numbered section it names
    toc = "# Tools\n\n## Contents\n\n- [Intro](#intro)\n- [Community](#community)\n\n"
    body = "## Intro\n\n- a\n\n## 1. Methods\n\n- b\n\n## 2. Datasets\n\n- c\n\n## 3. Tools\n\n- d\n\n## Community\n\n- e\n"
    found = [f.message.split('"')[1] for f in lint_text(toc + body, select=["AL014"])]
    assert found == ["1. Methods", "2. Datasets", "3. Tools"]
    toc2 = ("# VFI\n\n## Contents\n\n- [News](#news)\n- [Paper List](#paper-list)\n"
            "- [Motion Compensation](#motion-comp)\n- [Datasets](#datasets)\n\n")
    body2 = ("## News\n\n- new\n\n## Paper List\n\nBelow.\n\n## 2.1 Motion Compensation-based\n\n- a\n\n"
             "## 2.2 Deep Learning-based\n\n- b\n\n## Datasets\n\n- d\n\n## Community\n\n- e\n")
    # (the broken entry stands for 2.1, so the block lists the outline, and 2.2 needs an entry too;
    # before the review it took Community, hiding it)
    found = [f.message.split('"')[1] for f in lint_text(toc2 + body2, select=["AL014"]) if "missing" in f.message]
    assert found == ["2.2 Deep Learning-based", "Community"]


def test_a_meta_section_between_two_listed_sections_needs_its_entry_session30():
    # a frame-interpolation survey's list (set X): `## 🧩 Community Contribution` between the listed
    # `## 🔖 Citation` and `## 🔍 Survey Paper`; `## Contribute` (the awesome lists' own) and a
    # `## Contributing Guidelines` after the last listed section need none
    text = ("# VFI\n\n## Contents\n\n- [Citation](#citation)\n- [Survey Paper](#survey-paper)\n- [Papers](#papers)\n\n"
            "## Citation\n\nCite us.\n\n## Community Contribution\n\nWelcome.\n\n## Survey Paper\n\nA survey.\n\n"
            "## Contribute\n\nPRs.\n\n## Papers\n\n- [A](https://arxiv.org/abs/2301.00001)\n\n"
            "## Contributing Guidelines\n\nRead them.\n")
    found = [f for f in lint_text(text, select=["AL014"]) if f.code == "AL014"]
    assert [(f.line, f.message.split(" is ")[0]) for f in found] == [(13, 'section "Community Contribution"')]


def test_an_acknowledgment_section_needs_no_entry_session33():
    """Set AB's wrong finding (a speech list): `## Acknowledgment` (the spelling without an e)
    after the last listed section is the list's own matter, as `Acknowledgements` is; a section
    of papers left out there is still missing."""
    text = ("# Speech\n\n## Contents\n\n- [Overview](#overview)\n- [Papers](#papers)\n\n"
            "## Overview\n\nWhat the list holds.\n\n## Papers\n\n- [A paper](https://arxiv.org/abs/2101.00001)\n\n"
            "## Acknowledgment\n\nThanks to the contributors.\n")
    assert lint_text(text, select=["AL014"]) == []
    found = lint_text(text.replace("## Acknowledgment", "## Datasets"), select=["AL014"])
    assert [(f.line, f.message.split(" (")[0]) for f in found] == [
        (16, 'section "Datasets" is missing from the table of contents')]


def test_what_follows_an_unlisted_contributing_section_is_the_footer_session34():
    """Set AC's wrong finding (a GraphQL security list): `## 🤝 Join our team` after the
    unlisted `## Contributing` at the end of the page is its footer, which the contents leave
    out as they leave out Contributing; a section after an unlisted `## Citation` (papers added
    at the end later), or after a listed Contributing, is still missing."""
    text = ("# Security\n\n## Contents\n\n- [Tools](#tools)\n- [Blogs](#blogs)\n\n"
            "## Tools\n\n- [Shield](https://example.org/shield) - A permission layer.\n\n"
            "## Blogs\n\n- [Post](https://example.org/post) - A post.\n\n"
            "## Contributing\n\nPull requests are welcome.\n\n## 🤝 Join our team\n\nWe are hiring.\n")
    assert lint_text(text, select=["AL014"]) == []
    for before in ("## Citation", "## Related Lists"):
        found = lint_text(text.replace("## Contributing", before), select=["AL014"])
        assert [(f.line, f.message.split(" (")[0]) for f in found] == [
            (20, 'section "🤝 Join our team" is missing from the table of contents')]
    # a `### License` inside the last listed section is that section's own, no footer
    inner = text.replace("## Contributing", "### License")
    found = lint_text(inner, select=["AL014"])
    assert [(f.line, f.message.split(" (")[0]) for f in found] == [
        (20, 'section "🤝 Join our team" is missing from the table of contents')]
    listed = text.replace("- [Blogs](#blogs)\n", "- [Blogs](#blogs)\n- [Contributing](#contributing)\n")
    found = lint_text(listed, select=["AL014"])
    assert [(f.line, f.message.split(" (")[0]) for f in found] == [
        (21, 'section "🤝 Join our team" is missing from the table of contents')]


def test_an_html_heading_is_a_section_of_its_own_session35():
    """Set AE's wrong finding (a time-series list): the contents link `#tutorial`, the id of
    `<h2 id="tutorial">📚 Introduction and Tutorials</h2>`; two lines below it stands
    `### Books and PhD Thesis`, which the entry was taken to name, so the block seemed to
    list `###` sections and `### Workshops and Tutorials` went missing. An anchor just above a
    heading (`<a name="books"></a>`) still names that heading."""
    def page(anchor):
        return ("# Time Series\n\n## Table of Contents\n- [📚 Introduction and Tutorials](#tutorial)\n"
                "- [📈 AI in Finance](#fin)\n\n"
                f"{anchor}\n\n### Books and PhD Thesis\n\n- [A book](https://example.org/b)\n\n"
                "### Workshops and Tutorials\n\n- [A workshop](https://example.org/w)\n\n"
                '<h2 id="fin">📈 AI in Finance</h2>\n\n- [A paper](https://example.org/p)\n')
    assert lint_text(page('<h2 id="tutorial">📚 Introduction and Tutorials</h2>'), select=["AL014"]) == []
    assert lint_text(page('<h2 id="tutorial"><b>Introduction and Tutorials</b></h2>'), select=["AL014"]) == []
    found = lint_text(page('<a name="tutorial"></a>'), select=["AL014"])
    assert [f.message for f in found] == ['section "Workshops and Tutorials" is missing from the table of contents (line 4)']


def test_a_sponsors_note_before_the_first_listed_section_session36():
    """Set D's wrong finding (an iOS list): `## 🔥 Premium Resources | Follow` between the
    contents and the first section it lists is a sponsor's note the block starts after. An
    ordinary section there is still missing from the block."""
    sections = ["Analytics", "App Routing", "App Store", "Apple TV"]
    toc = "## Contents\n\n" + "".join(f"- [{s}](#{s.lower().replace(' ', '-')})\n" for s in sections) + "\n"
    body = "".join(f"## {s}\n\n- [Lib {s}](https://github.com/o/{s.replace(' ', '')}) - A library.\n\n" for s in sections)
    note = "## 🔥 Premium Resources | Follow\n\nCheck out our premium resources:\n- [Premium Guide](https://github.com/o/guide)\n\n"
    text = "# Awesome iOS\n\n" + toc + note + body
    assert [f for f in lint_text(text, select=["AL014"]) if "missing" in f.message] == []
    tools = text.replace("## 🔥 Premium Resources | Follow", "## Toolbox")
    assert [f.line for f in lint_text(tools, select=["AL014"]) if "missing" in f.message] == [10]


def test_a_broken_title_entry_over_the_whole_contents_session37():
    """Set AE's miss (a time-series tool list): the block's one top entry is the list's title,
    whose emoji anchor reaches nothing (`#-time-series-resources-`); the entries under it list
    the page's sections, and `## Tutorials` is missing among them."""
    sections = ["Packages", "Books", "Courses", "Tutorials", "Communities"]
    toc = "- [📈 Time series resources 📉](#-time-series-resources-)\n" + "".join(
        f"  - [{s}](#{s.lower()})\n" for s in sections if s != "Tutorials")
    body = "".join(f"## {s}\n\n- [Thing {s}](https://github.com/o/{s}) - A thing.\n\n" for s in sections)
    text = "# Awesome Time Series\n\n" + toc + "\n" + body
    missing = [f for f in lint_text(text, select=["AL014"]) if "missing" in f.message]
    assert [(f.line, '"Tutorials"' in f.message) for f in missing] == [(21, True)]
    listed = text.replace("  - [Communities]", "  - [Tutorials](#tutorials)\n  - [Communities]")
    assert [f for f in lint_text(listed, select=["AL014"]) if "missing" in f.message] == []


def test_an_editors_contents_directive_session37(tmp_path):
    """A tuning list's fault: `[TOC]` on a line of its own (CRLF line endings), which GitHub
    shows as text; in a code block, or defined as a link, it is not reported."""
    text = "# Object Detection\r\n\r\n[TOC]\r\n\r\n## Papers\r\n\r\n- [R-CNN](https://arxiv.org/abs/1311.2524)\r\n"
    path = tmp_path / "README.md"
    path.write_bytes(text.encode())
    proc = subprocess.run([sys.executable, "-m", "awesome_lint", "--format", "json", "--select", "AL014", str(path)],
                          capture_output=True, timeout=120)
    found = json.loads(proc.stdout)
    assert [(f["line"], f["message"].startswith("`[TOC]` is a Markdown editor's contents directive")) for f in found] == [(3, True)]
    assert lint_text("# T\n\n```\n[TOC]\n```\n", select=["AL014"]) == []
    assert lint_text("# T\n\n[TOC]\n\n[TOC]: #papers\n\n## Papers\n", select=["AL014"]) == []


def test_a_directive_in_an_html_comment_session37_review():
    """The review's finding: `[TOC]` inside `<!-- … -->` is hidden by GitHub; `[Toc]` in any
    case is read."""
    assert lint_text("# T\n\n<!--\n[TOC]\n-->\n\n## A\n", select=["AL014"]) == []
    assert [f.line for f in lint_text("# T\n\n[Toc]\n\n## A\n", select=["AL014"])] == [3]


def test_a_contents_link_that_kept_an_emoji_lists_its_heading_only_session38():
    """Set AH's wrong finding: `[Trajectory Data Management Paper List](#deep-learning-for-
    trajectory-data-management-🔐)`, nested under another entry, keeps the heading's emoji in
    its anchor (AL008 tells the broken link) but lists that section. It stands for no other:
    a section no entry lists (`## Tools`) is still missing (the review's case)."""
    text = ("# Trajectories\n\n## Contents\n\n- [Related Surveys](#related-surveys)\n"
            "- [Taxonomy Framework](#taxonomy-framework)\n"
            "    - [Trajectory Data Management Paper List](#deep-learning-for-trajectory-data-management-🔐)\n"
            "    - [Trajectory Data Mining Paper List](#deep-learning-for-trajectory-data-mining-🔍)\n"
            "- [Summary of Resources](#summary-of-resources)\n\n## Related Surveys\n\nText.\n\n"
            "## Taxonomy Framework\n\nText.\n\n## **Deep Learning for Trajectory Data Management 🔐**\n\nText.\n\n"
            "## **Deep Learning for Trajectory Data Mining 🔍**\n\nText.\n\n## Summary of Resources\n\nText.\n")
    found = lint_text(text, select=["AL008", "AL014"])
    assert [(f.code, f.line) for f in found] == [("AL008", 7), ("AL008", 8)]
    tools = text.replace("## Summary of Resources\n\nText.\n", "## Tools\n\nText.\n\n## Summary of Resources\n\nText.\n")
    found = lint_text(tools, select=["AL014"])
    assert [f.message.split('"')[1] for f in found] == ["Tools"]
