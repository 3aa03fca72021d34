"""Entries carry what rules would work out again: where their year is written, a row's index cell."""

from __future__ import annotations

from conftest import REAL, needs_shared, run_json

from awesome_lint.document import parse_text
from awesome_lint.mdtext import YEAR


def _year_text(doc, e):
    s, t = e.year_span
    return doc.text[s:t]


def test_item_year_span_in_the_tag():
    doc = parse_text(
        "# Papers\n\n"
        "1. [2023 MICCAI] **Seg Anything** [[paper]](https://arxiv.org/abs/2304.12345)\n"
        "2. [**CVPR 2022**] Other Title [[pdf]](https://example.org/a.pdf)\n"
        "3. **[ICCV 2021]** Third [[pdf]](https://example.org/b.pdf)\n"
        "4. No Year [[pdf]](https://example.org/c.pdf)\n")
    e1, e2, e3, e4 = doc.entries
    assert [e.year for e in doc.entries] == [2023, 2022, 2021, None]
    assert e1.year_span == (e1.start + 1, e1.start + 5) and _year_text(doc, e1) == "2023"
    assert _year_text(doc, e2) == "2022" and e2.year_span == e2.tag.year_span
    assert _year_text(doc, e3) == "2021"
    assert e4.year_span is None and e4.index_cell is None


def test_row_year_span_and_index_cell():
    doc = parse_text(
        "| # | Title | Venue | Link |\n|---|---|---|---|\n"
        "| 12 | Alpha | **NeurIPS 2020** | [PDF](https://example.org/1.pdf) |\n"
        "| 13 | Beta | arXiv | [PDF](https://example.org/2.pdf) |\n\n"
        "| Title | Year | Link |\n|---|---|---|\n"
        "| Gamma | Mar 2019 | [PDF](https://example.org/3.pdf) |\n")
    a, b, c = doc.entries
    assert doc.tables[0].index_column == 0 and doc.tables[0].index_header
    assert doc.tables[1].index_column is None and not doc.tables[1].index_header
    assert a.index_cell.text == "12" and b.index_cell.text == "13" and c.index_cell is None
    assert _year_text(doc, a) == "2020" and a.year_span == a.tag.year_span
    assert b.year is None and b.year_span is None
    assert c.year == 2019 and _year_text(doc, c) == "2019" and c.tag is None


@needs_shared
def test_year_spans_on_real_lists():
    """Every entry with a year says where it is written, inside the entry, as the year."""
    seen = 0
    for path in sorted(REAL.glob("*.md"))[::4]:
        doc = parse_text(path.read_text(encoding="utf-8", errors="replace"))
        for e in doc.entries:
            if e.year is None:
                assert e.year_span is None
                continue
            s, t = e.year_span
            assert e.start <= s < t <= e.end and doc.text[s:t] == str(e.year)
            assert YEAR.fullmatch(doc.text, s, t)
            seen += 1
            if e.row is not None and e.row.table.index_header:
                assert e.index_cell is e.row.cells[0]
    assert seen > 100


def test_a_placeholder_name_cell_gives_way_to_the_title_column(tmp_path):
    """`| - | [**Can ChatGPT replace StackOverflow? …**](…) |`: a row with no dataset name is
    named by its Title column, so the title is read as the paper's own spelling (AL018 leaves
    `StackOverflow` in it alone) and findings quote it, not `-`."""
    from awesome_lint.document import parse_text

    text = ("# Benchmarks\n\n| Dataset | Title | Venue |\n| --- | --- | --- |\n"
            "| `APPS` | [**Measuring Coding Challenge Competence With APPS**](https://arxiv.org/abs/2105.09938) | NeurIPS'21 |\n"
            "| - | [**Can ChatGPT replace StackOverflow? A Study on Robustness**](https://arxiv.org/abs/2308.10335) | Preprint |\n")
    titles = [e.title for e in parse_text(text).entries]
    assert titles[0] == "APPS" and "Can ChatGPT replace StackOverflow? A Study on Robustness" in titles[1]
    path = tmp_path / "bench.md"
    path.write_text(text, encoding="utf-8")
    assert run_json("--select", "AL018", path)[1] == []


def test_shortcut_reference_names_and_highlights_are_no_venues_or_papers_session25():
    """`1. [adafruit-seesaw] - I2C - Driver …` leads with a shortcut reference link (the crate's
    name), not a venue tag; a `[2023 CVPR]` tag is still one. A `:collision: Highlights` section of
    dated news lines is about the list: its items are not entries that need a paper link."""
    text = ("# Drivers\n\n1. [adafruit-seesaw] - I2C - Driver for Seesaw devices\n"
            "2. [2023 CVPR] A Paper Title Here [paper](https://arxiv.org/abs/2301.00001)\n\n"
            "[adafruit-seesaw]: https://crates.io/crates/adafruit-seesaw\n")
    doc = parse_text(text)
    tags = [None if e.tag is None else e.tag.inner for e in doc.entries]
    assert tags == [None, "2023 CVPR"]
    news = ("# Papers\n\n## :collision: Highlights\n\n"
            "- 2026.01.23: We Released the dataset V1.5 ([Project](https://github.com/a/b/tree/main/data)).\n"
            "- 2025.04.28: The Paper of X was Accepted by CVPR 2025 ([arXiv](https://arxiv.org/abs/2409.16902)).\n"
            "- 2025.01.20: The Technical Report of X was Updated ([arXiv](https://arxiv.org/abs/2409.16902)).\n\n"
            "## Papers\n\n- **A Paper on Tracking** [[paper](https://arxiv.org/abs/2409.16902)]\n")
    from awesome_lint.engine import lint_text
    assert [f.code for f in lint_text(news, select=["AL003", "AL017"])] == []
