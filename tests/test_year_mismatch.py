"""AL009 year-mismatch: stated years against arXiv ids and proceedings URLs."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, REAL, SEEDS, needs_shared, run_json

from awesome_lint.engine import fix_text, lint_text
from awesome_lint.evidence import arxiv_id, tag_names_venue, venue_year

HYG = FIXTURES / "hygiene"


def _found(text: str, **kw):
    return [f for f in lint_text(text, select=["AL009"], **kw) if f.code == "AL009"]


@pytest.mark.parametrize("url, ident, year, month", [
    ("https://arxiv.org/pdf/2308.07898", "2308.07898", 2023, 8),
    ("https://www.arxiv.org/abs/2308.07898v2", "2308.07898", 2023, 8),
    ("http://arxiv.org/pdf/1706.03762.pdf", "1706.03762", 2017, 6),
    ("https://arxiv.org/html/2407.21586v1", "2407.21586", 2024, 7),
    ("https://arxiv.org/abs/cs/0112017", "cs/0112017", 2001, 12),
    ("https://arxiv.org/abs/hep-th/9711200", "hep-th/9711200", 1997, 11),
    ("https://doi.org/10.48550/arXiv.2308.07898", "2308.07898", 2023, 8),
    ("https://huggingface.co/papers/2401.12345", "2401.12345", 2024, 1),
])
def test_arxiv_ids(url, ident, year, month):
    a = arxiv_id(url)
    assert (a.id, a.year, a.month) == (ident, year, month)


@pytest.mark.parametrize("url", [
    "https://arxiv.org/abs/1501.1234",  # 2015 ids have five digits
    "https://arxiv.org/abs/2313.01234",  # no month 13
    "https://github.com/arxiv/2308.07898",
    "https://example.org/pdf/2308.07898",
    "https://arxiv.org/list/cs.CV/recent",
])
def test_not_arxiv_ids(url):
    assert arxiv_id(url) is None


@pytest.mark.parametrize("url, venue, year", [
    ("https://openaccess.thecvf.com/content/CVPR2023/papers/X_CVPR_2023_paper.pdf", "CVPR", 2023),
    ("http://openaccess.thecvf.com/content_cvpr_2018/papers/X.pdf", "CVPR", 2018),
    ("https://openaccess.thecvf.com/content_ICCV_2019/html/X.html", "ICCV", 2019),
    ("https://openaccess.thecvf.com/content/ICCV2023W/papers/X.pdf", "ICCV", 2023),
    ("https://papers.miccai.org/miccai-2024/paper/1419_paper.pdf", "MICCAI", 2024),
    ("https://proceedings.neurips.cc/paper_files/paper/2023/hash/x-Abstract.html", "NEURIPS", 2023),
    ("https://proceedings.neurips.cc/paper/2019/hash/x-Abstract.html", "NEURIPS", 2019),
    ("https://aclanthology.org/2021.emnlp-main.288.pdf", "EMNLP", 2021),
    ("https://aclanthology.org/2021.findings-emnlp.12/", "EMNLP", 2021),
    ("https://aclanthology.org/N19-1423.pdf", "NAACL", 2019),
    ("https://proceedings.mlr.press/v139/radford21a.html", "ICML", 2021),
    ("https://iclr.cc/virtual/2023/poster/1234", "ICLR", 2023),
])
def test_venue_urls(url, venue, year):
    v = venue_year(url)
    assert (v.venue, v.year) == (venue, year)


def test_venue_urls_without_a_year_are_no_evidence():
    for url in ("https://openreview.net/forum?id=abc", "https://proceedings.mlr.press/v999/x.html",
                "https://papers.nips.cc/paper/7181-attention-is-all-you-need.pdf",
                "https://ojs.aaai.org/index.php/AAAI/article/view/25000"):
        assert venue_year(url) is None


def test_tag_names_venue():
    assert tag_names_venue("2023 NeurIPS", "NEURIPS")
    assert tag_names_venue("NIPS 2019", "NEURIPS")
    assert tag_names_venue("CVPRW 2022", "CVPR")
    assert not tag_names_venue("NAACL 2022", "ACL")
    assert not tag_names_venue("TPAMI 2024", "CVPR")


def test_fixture_findings_at_their_lines():
    found = _found((HYG / "years.md").read_text())
    got = [(f.line, f.column, f.severity) for f in found]
    assert got == [
        (5, 5, "error"),  # [2025 arXiv] with 2308.07898
        (13, 13, "warning"),  # MICCAI 2019 with a 2023 preprint
        (15, 12, "error"),  # EMNLP 2018 with 2021.emnlp-main
        (17, 11, "error"),  # ICCV 2022 with ICCV2023W
        (19, 4, "error"),  # 2024 MICCAI with miccai-2023
        (21, 12, "error"),  # NeurIPS 2020 with paper/2019
        (22, 9, "error"),  # ICML 2022 with PMLR v139 (ICML 2021)
        (26, 3, "error"),  # table: Year 2022, venue arXiv, id 2112
    ]
    msg = found[0].message
    assert "2025" in msg and "arXiv:2308.07898" in msg and "August 2023" in msg
    assert "NeurIPS 2019" in found[5].message
    assert all(f.fix is None for f in found)


def test_correct_entries_give_nothing():
    text = (
        "- [2023 arXiv] **A** [[paper]](https://arxiv.org/abs/2310.01234v2)\n"
        "- [2020 arXiv] **December submission, January id** [[paper]](https://arxiv.org/abs/2101.00027)\n"
        "- [**CVPR 2024**] B [[pdf]](https://arxiv.org/pdf/2311.11111)\n"  # preprint before venue
        "- [**ECCV 2024**] C [[pdf]](https://arxiv.org/pdf/2203.11111)\n"  # two years before: normal
        "- [**ACL 2021**] D [[pdf]](https://arxiv.org/pdf/2206.14579)\n"  # posted after the venue
        "- [**TPAMI 2024**] E [[pdf]](https://openaccess.thecvf.com/content_cvpr_2018/papers/X.pdf)\n"
        "- [2024 arXiv] F [[paper]](https://arxiv.org/abs/2401.00100) [[reference]](https://arxiv.org/abs/2106.09685)\n"
        "- [2024 arXiv] G [[paper]](https://arxiv.org/abs/2401.00100) [[code]](https://arxiv.org/abs/2106.09685)\n"
    )
    assert _found(text) == []


def test_option_turns_the_venue_warning_off_or_tightens_it():
    text = "- [**MICCAI 2021**] A [[pdf]](https://arxiv.org/abs/2305.12345)\n"
    assert [f.severity for f in _found(text)] == []  # two years: within the default slack
    assert [f.severity for f in _found(text, config={"AL009": {"venue-before-preprint": 0}})] == ["warning"]
    old = "- [**MICCAI 2015**] A [[pdf]](https://arxiv.org/abs/2305.12345)\n"
    assert len(_found(old)) == 1
    assert _found(old, config={"AL009": {"venue-before-preprint": -1}}) == []


def test_code_is_not_linted_and_nothing_is_fixed():
    text = "```\n1. [2025 arXiv] **X** [[paper]](https://arxiv.org/pdf/2308.07898)\n```\n"
    assert _found(text) == []
    bad = "1. [2025 arXiv] **X** [[paper]](https://arxiv.org/pdf/2308.07898)\n"
    fixed, left = fix_text(bad, select=["AL009"])
    assert fixed == bad and len(left) == 1


def test_full_dates_in_tables_are_not_stated_years():
    text = ("| Title | Venue | Date |\n| --- | --- | --- |\n"
            "| [T](https://arxiv.org/pdf/2411.19951) | arXiv | 2025-03-17 |\n")
    assert _found(text) == []


@needs_shared
def test_seed_and_real_lists_through_the_cli():
    code, out = run_json("--select", "AL009", SEEDS / "histopathology-papers.md",
                         SEEDS / "multimodal-medical-imaging.md")
    assert code == 1
    got = sorted((f["path"].rsplit("/", 1)[-1], f["line"]) for f in out)
    assert got == [("histopathology-papers.md", 45), ("multimodal-medical-imaging.md", 37)]
    assert all(f["code"] == "AL009" and not f["fixable"] for f in out)
    code, out = run_json("--select", "AL009", REAL / "HqWu-HITCS__Awesome-Chinese-LLM.md",
                         REAL / "amusi__CVPR2024-Papers-with-Code.md", SEEDS / "vlm-in-mia-tables.md")
    assert (code, out) == (0, [])


def test_year_of_a_venue_written_after_the_authors():
    text = ("1. **Robust widgets**. *A. Author*. EMNLP 2022 Demo. [[pdf]](https://aclanthology.org/2023.emnlp-demo.24.pdf)\n"
            "2. **Calm widgets**. *B. Author*. arXiv 2023. [[pdf]](https://arxiv.org/abs/2207.08143)\n")
    found = _found(text)
    assert [(f.line, f.message) for f in found] == [
        (1, "the entry says 2022 but its link aclanthology.org/2023.emnlp-demo.24 is EMNLP 2023"),
        (2, "the entry says 2023 but its preprint arXiv:2207.08143 was posted in July 2022"),
    ]


def test_biorxiv_doi_dates():
    text = ("1. [2023 bioRxiv] **Cells** [[paper]](https://www.biorxiv.org/content/10.1101/2022.11.28.517803v1)\n"
            "2. [2023 bioRxiv] **More cells** [[paper]](https://www.biorxiv.org/content/10.1101/2022.07.08.499404v3)\n"
            "3. [2024 medRxiv] **Patients** [[paper]](https://www.medrxiv.org/content/10.1101/2024.04.04.24305313v1)\n")
    found = _found(text)
    assert [(f.line, f.message) for f in found] == [
        (1, "the entry says 2023 but its preprint bioRxiv 10.1101/2022.11.28.517803 was posted in November 2022"),
    ]  # line 2 links version 3, which may be of 2023


def test_retitled_preprint_listed_under_both_titles():
    text = ("| Paper | Venue | Link |\n|---|---|---|\n"
            "| Cold starts with prompts | Arxiv 2023 | [[Link]](https://arxiv.org/abs/2306.17256) |\n"
            "| Could small models serve? | Arxiv 2024 | [[Link]](https://arxiv.org/abs/2306.17256) |\n"
            "| Wrong link here | Arxiv 2021 | [[Link]](https://arxiv.org/abs/2004.10964) |\n"
            "| Right title | Arxiv 2021 | [[Link]](https://arxiv.org/abs/2004.10964) |\n")
    assert [f.line for f in _found(text)] == [5, 6]


def test_iclr_edition_after_its_preprint():
    text = ("- [ICLR 2015] **Fast nets** [[pdf]](https://arxiv.org/abs/1511.06434)\n"
            "- [ICLR 2016] **Faster nets** [[pdf]](https://arxiv.org/abs/1511.06435)\n"
            "- [ICLR 2015] **Early nets** [[pdf]](https://arxiv.org/abs/1412.06980)\n")
    found = _found(text)
    assert [f.line for f in found] == [1]
    assert "the paper is likely ICLR 2016" in found[0].message


@pytest.mark.parametrize("url, doi, year", [
    ("https://www.nature.com/articles/s41467-021-23518-w", "10.1038/s41467-021-23518-w", 2021),
    ("https://doi.org/10.1038/s41587-023-01697-9", "10.1038/s41587-023-01697-9", 2023),
    ("https://genomebiology.biomedcentral.com/articles/10.1186/s13059-019-1663-x", "10.1186/s13059-019-1663-x", 2019),
    ("https://link.springer.com/article/10.1007/s11263-021-01515-2", "10.1007/s11263-021-01515-2", 2021),
    ("https://doi.org/10.1016/j.media.2021.102035", "10.1016/j.media.2021.102035", 2021),
])
def test_journal_dois_name_their_year(url, doi, year):
    from awesome_lint.evidence import doi_year

    d = doi_year(url)
    assert (d.doi, d.year) == (doi, year)


@pytest.mark.parametrize("url", ["https://doi.org/10.1038/nature14539", "https://doi.org/10.1145/3368555.3384449",
                                 "https://www.nature.com/articles/s41467-021-23518", "https://example.org/s41467-021-23518-w"])
def test_dois_without_a_year_are_no_evidence(url):
    from awesome_lint.evidence import doi_year

    assert doi_year(url) is None


def test_journal_year_outside_the_registration_year_and_the_next():
    text = (
        "# Papers\n\n"
        "- [2023 Nature Communications] **A** [[paper]](https://www.nature.com/articles/s41467-021-23518-w)\n"
        "- [2022] **B** [[paper]](https://doi.org/10.1038/s41587-023-01697-9)\n"
        "- [2022 Nature Communications] **C, accepted late** [[paper]](https://doi.org/10.1038/s41467-021-24172-y)\n"
        "- [2021] **D** [[paper]](https://doi.org/10.1016/j.media.2021.102035)\n"
        "- [NeurIPS 2019] **E, its journal extension** [[paper]](https://doi.org/10.1007/s11263-021-01515-2)\n"
        "- [2020] **F, the preprint's year** [[preprint]](https://www.biorxiv.org/content/10.1101/2020.03.01.123456v1)"
        " [[journal]](https://www.nature.com/articles/s41467-022-21246-9)\n"
        "- [arXiv 2019] **G, tagged as its preprint** [[paper]](https://www.nature.com/articles/s41467-021-21246-9)\n"
    )
    found = _found(text)
    assert [(f.line, f.column) for f in found] == [(3, 4), (4, 4)]
    assert "registered in 2021, so the article appeared in 2021 or 2022" in found[0].message
    assert "says 2022 but its DOI 10.1038/s41587-023-01697-9" in found[1].message


def test_a_springer_journal_article_printed_two_years_after_its_doi_session24():
    """Set S (a legal-AI list): Artificial Intelligence Review's `s10462-017-9566-2` went online
    in 2017 and was printed in volume 51 of 2019; a Springer journal prints online first, so two
    years is still right. Three years, or two for a Nature journal, is not."""
    text = ("# Papers\n\n"
            "- **A survey**, Artificial Intelligence Review 2019. [[paper]](https://doi.org/10.1007/s10462-017-9566-2)\n"
            "- **B survey**, Artificial Intelligence Review 2020. [[paper]](https://doi.org/10.1007/s10462-017-9567-1)\n"
            "- **C study**, Nature Communications 2023. [[paper]](https://doi.org/10.1038/s41467-021-23518-w)\n")
    found = _found(text)
    assert [f.line for f in found] == [4, 5]
    assert "registered in 2017, so the article appeared in 2017, 2018 or 2019" in found[0].message


MONTHS = """\
# Robots

* **A**: "Grounding", *arXiv, Apr 2021*. [[Paper](https://arxiv.org/abs/2204.01691)]
* **B**: "Datasets", *arXiv, July 2023*. [[Paper](https://arxiv.org/abs/2310.08864)] [[Website](https://b.github.io/)]
* **C**: "Sent in at the month's end", *arXiv, Sep 2023*. [[Paper](https://arxiv.org/abs/2310.01234)]
* **D**: "Sent in on New Year's Eve", *arXiv, Dec 2022*. [[Paper](https://arxiv.org/abs/2301.01234)]
* **E**: "Two months early", *arXiv, Nov 2022*. [[Paper](https://arxiv.org/abs/2301.01234)]
* **F**: "A later version's month", *arXiv, Dec 2023*. [[Paper](https://arxiv.org/abs/2310.05555)]
* **G**: "A venue after its preprint", *CoRL, Nov 2024*. [[Paper](https://arxiv.org/abs/2405.01234)]
* **H**: "Version two linked", *arXiv, Mar 2023*. [[Paper](https://arxiv.org/abs/2210.05714v2)]
* **I**: "Full month name", *arXiv, September 2022*. [[Paper](https://arxiv.org/abs/2212.01234)]

# Graphs

- (*arXiv 2025.02*) How to Make Classifiers? [[paper](https://arxiv.org/abs/2410.02296)]
- (*arXiv 2024.08*) Posted later than it says [[paper](https://arxiv.org/abs/2410.02297)]
- (*arXiv 2024.10*) Right [[paper](https://arxiv.org/abs/2410.02298)]
- [arXiv 2023.03] **Leading tag with a month** [[paper](https://arxiv.org/abs/2305.01234)]
- [arXiv 2023-03-09] **A full date is not a month** [[paper](https://arxiv.org/abs/2305.01235)]
"""


def test_month_and_year_tags_through_the_cli(tmp_path):
    """GT-RIPL's `*arXiv, Apr 2021*` and XiaoxinHe's `(*arXiv 2025.02*)`: a preprint dated two
    months or more before arXiv announced it is wrong; the month before, or later in the same
    year, is not reported."""
    path = tmp_path / "months.md"
    path.write_text(MONTHS, encoding="utf-8")
    code, out = run_json("--select", "AL009", path)
    assert code == 1
    lines = MONTHS.splitlines()
    got = [(f["line"], lines[f["line"] - 1][f["column"] - 1:f["end_column"] - 1], f["severity"], f["message"])
           for f in out]  # the second item: the text the finding underlines
    assert got == [
        (3, "Apr 2021", "error", "the entry says Apr 2021 but its preprint arXiv:2204.01691 was posted in April 2022"),
        (4, "July 2023", "error", "the entry says July 2023 but its preprint arXiv:2310.08864 was posted in October 2023"),
        (7, "Nov 2022", "error", "the entry says Nov 2022 but its preprint arXiv:2301.01234 was posted in January 2023"),
        (11, "September 2022", "error",
         "the entry says September 2022 but its preprint arXiv:2212.01234 was posted in December 2022"),
        (15, "2025.02", "error", "the entry says 2025.02 but its preprint arXiv:2410.02296 was posted in October 2024"),
        (16, "2024.08", "error", "the entry says 2024.08 but its preprint arXiv:2410.02297 was posted in October 2024"),
        (18, "2023.03", "error", "the entry says 2023.03 but its preprint arXiv:2305.01234 was posted in May 2023"),
    ]
    assert not any(f["fixable"] for f in out)


def test_a_month_is_read_only_with_the_stated_year():
    text = ("- [arXiv 2023] **Another date nearby, Jan 2020** [[paper]](https://arxiv.org/abs/2305.01234)\n"
            "- [arXiv 2023, v1 2023.01 v2 2023.06] **Two months** [[paper]](https://arxiv.org/abs/2305.01235)\n")
    assert _found(text) == []  # Jan 2020 is not the tag's; two months in one tag: read the year only


def test_a_month_written_with_one_digit():
    text = "- [**Arxiv, 2023.4**] **Paper** [paper](https://arxiv.org/abs/2307.14334)\n"
    assert [f.message for f in _found(text)] == [
        "the entry says 2023.4 but its preprint arXiv:2307.14334 was posted in July 2023"]


def _dated_by_month(extra: str) -> str:
    rows = [f"- [**arXiv, 20{y}.{m}**] **Paper {y} {m}** [paper](https://arxiv.org/abs/{y}{m:02d}.1{m:04d})"
            for y in (22, 23) for m in range(1, 13)]
    return "\n".join(rows) + "\n" + extra


def test_a_month_off_by_one_in_a_file_that_dates_by_arxiv_month():
    """In a file whose preprint tags all carry their arXiv id's month, the month before it or a
    later one is a slip; elsewhere (few month tags, or months that often differ) it is left
    alone, as a submission or a later version's date."""
    text = _dated_by_month("- [**arXiv, 2023.10**] **Late** [paper](https://arxiv.org/abs/2311.16079)\n"
                           "- [**arXiv, 2023.6**] **Early** [paper](https://arxiv.org/abs/2305.09617)\n"
                           "- [**arXiv, 2023.6**] **Revised** [paper](https://arxiv.org/abs/2305.09618v2)\n")
    got = [(f.line, f.message) for f in _found(text)]
    assert [g[0] for g in got] == [25, 26]
    assert got[0][1].endswith("24 of the 26 preprints this file dates by month carry their arXiv identifier's month")
    few = ("- [**arXiv, 2023.10**] **Late** [paper](https://arxiv.org/abs/2311.16079)\n"
           "- [**arXiv, 2023.6**] **Early** [paper](https://arxiv.org/abs/2305.09617)\n")
    assert _found(few) == []


def test_a_news_item_dated_before_its_paper_existed(tmp_path):
    """A news list's day (`- **[2026.04.22]**`) with the paper nested under it: a preprint first
    posted more than a week after that day's month could not be news on that day. A date in the
    id's month, or days before it, is fine; so is a date in the paper's own item or row."""
    text = ("- **[2026.05.05]**\n"
            "  - Paper: [A](https://arxiv.org/abs/2605.03375)\n"
            "- **[2026.04.22]**\n"
            "  - Paper: [B](https://arxiv.org/abs/2605.06676)\n"
            "- **[2026.04.27]**\n"
            "  - Paper: [C](https://arxiv.org/abs/2605.00001)\n"
            "- [2026.03.02] Paper: [D](https://arxiv.org/abs/2605.00002)\n"
            "\n| Model | Release | Paper |\n| --- | --- | --- |\n"
            "| M | 2022.02.01 | [p](https://arxiv.org/abs/2205.05131) |\n")
    path = tmp_path / "news.md"
    path.write_text(text, encoding="utf-8")
    _, out = run_json("--select", "AL009", path)
    assert [(f["line"], f["message"]) for f in out] == [
        (4, "the item is dated 2026.04.22 (line 3) but its preprint arXiv:2605.06676 was first posted in May 2026: "
            "the paper did not exist on that date"),
    ]  # a date in the paper's own item (line 7) may be a release before the paper


def _date_table(extra: str, n: int = 20) -> str:
    rows = [f"| 20{20 + m // 12}-{m % 12 + 1:02d} | Model{m} | [Paper {m}](https://arxiv.org/abs/{20 + m // 12}{m % 12 + 1:02d}.0{m:04d}) |"
            for m in range(n)]
    return "| Date | Name | Paper |\n| --- | --- | --- |\n" + "\n".join(rows) + "\n" + extra


def test_a_date_cell_before_its_preprint_in_a_file_dated_by_arxiv_month(tmp_path):
    """A table (or list) whose Date cells give nearly every arXiv paper its identifier's month:
    a date two months or more before it is a slip. The month before (a submission date), a later
    month (a venue's or a new version's date) and a full date with a day are left alone; so is
    the same slip in a file whose dates often differ from the ids (release dates)."""
    extra = ("| 2024-01 | Early | [Early](https://arxiv.org/abs/2405.04434) |\n"
             "| 2024-04 | Month before | [P](https://arxiv.org/abs/2405.04435) |\n"
             "| 2024-09 | Later | [P](https://arxiv.org/abs/2405.04436) |\n"
             "| 2024-01-15 | Full date | [P](https://arxiv.org/abs/2405.04437) |\n")
    path = tmp_path / "dates.md"
    path.write_text(_date_table(extra), encoding="utf-8")
    _, out = run_json("--select", "AL009", path)
    lines = _date_table(extra).splitlines()
    assert [(f["line"], lines[f["line"] - 1][f["column"] - 1:f["end_column"] - 1], f["message"]) for f in out] == [
        (23, "2024-01", "the entry is dated 2024-01 but its preprint arXiv:2405.04434 was first posted in May 2024; "
                        "20 of the 23 arXiv papers this file dates by month carry their identifier's month"),
    ]
    assert _found(_date_table(extra, n=4)) == []  # too few dated papers to tell a habit
    led = "\n".join(f"- `2023.{m:02d}` Paper {m}, [arXiv](https://arxiv.org/abs/23{m:02d}.1{m:04d})"
                    for m in range(1, 13)) + "\n- `2023.02` Late one, [arXiv](https://arxiv.org/abs/2306.12345)\n"
    got = _found(led)
    assert [(f.line, led.splitlines()[f.line - 1][f.column - 1:f.end_column - 1]) for f in got] == [(13, "2023.02")]


def test_a_later_date_on_an_arxiv_entry_in_a_file_dated_by_arxiv_month(tmp_path):
    """Where nine in ten leading dates give exactly the arXiv id's month, an entry that names
    arXiv as its venue (`*Authors. arXiv.*`) and carries a later month (or year) is a slip too:
    its date is no venue's. A later date on an entry naming a venue, a date a month late in a
    file whose dates agree less often, and a link to a later version are left alone."""
    good = "\n".join(f"- [20{21 + k // 12}/{k % 12 + 1:02d}] **Paper {k}.** *A. Author et al. arXiv.* "
                     f"[[paper](https://arxiv.org/abs/{21 + k // 12}{k % 12 + 1:02d}.1{k:04d})]" for k in range(30))
    slips = ("\n- [2023/08] **Slip.** *B. Author et al. arXiv.* [[paper](https://arxiv.org/abs/2302.04023)]"
             "\n- [2023/04] **Old.** *C. Author et al. arXiv.* [[paper](https://arxiv.org/abs/1602.03483)]"
             "\n- [2023/07] **Venue.** *D. Author et al. ACL.* [[paper](https://arxiv.org/abs/2302.00001)]"
             "\n- [2023/09] **Revised.** *E. Author et al. arXiv.* [[paper](https://arxiv.org/abs/2302.00002v3)]\n")
    path = tmp_path / "agents.md"
    path.write_text(good + slips, encoding="utf-8")
    _, out = run_json("--select", "AL009", path)
    assert [(f["line"], f["message"]) for f in out] == [
        (31, "the entry is dated 2023/08 but its preprint arXiv:2302.04023 was first posted in February 2023; "
             "30 of the 33 arXiv papers this file dates by month carry their identifier's month"),
        (32, "the entry is dated 2023/04 but its preprint arXiv:1602.03483 was first posted in February 2016; "
             "30 of the 33 arXiv papers this file dates by month carry their identifier's month"),
    ]
    # 85% agree, not 90%: a later date may be a venue's or a version's, left alone
    loose = good + "\n" + "\n".join(f"- [2023/{m:02d}] **Late {m}.** *F. Author. arXiv.* [[paper](https://arxiv.org/abs/23{m - 1:02d}.00001)]"
                                     for m in (2, 3)) + slips
    assert [f.line for f in _found(loose)] == []  # 30 of 35 agree: a later date may be a version's


def test_a_cvpr_or_icra_year_before_the_preprint_of_its_next_edition():
    """CVPR (June; due in November) and ICRA (May; due in September): a preprint posted from
    November (CVPR) or October (ICRA) of the tagged year is the next edition's paper, in a file
    whose years are venues' years. A file that dates papers by their preprint's year, and a
    year written as a date (`ICRA, Oct 2023`), are left alone."""
    head = "| Year | Venue | Paper |\n| --- | --- | --- |\n"
    venue_years = "| 2022 | CVPR | [Earlier](https://arxiv.org/abs/2105.01234) |\n"
    rows = ("| 2022 | CVPR | [Late](https://arxiv.org/abs/2212.00794) |\n"
            "| 2022 | ICRA | [Late too](https://arxiv.org/abs/2210.03105) |\n"
            "| 2022 | CVPR | [Posted in October](https://arxiv.org/abs/2210.01234) |\n"
            "| 2022 | AAAI | [Posted after AAAI](https://arxiv.org/abs/2211.01234) |\n")
    got = _found(head + venue_years + rows)
    assert [(f.line, f.message) for f in got] == [
        (4, "the entry says CVPR 2022 but its preprint arXiv:2212.00794 was posted in December 2022, after CVPR 2022 "
            "was held (June 2022) and after the deadline of the next one: the paper is likely CVPR 2023"),
        (5, "the entry says ICRA 2022 but its preprint arXiv:2210.03105 was posted in October 2022, after ICRA 2022 "
            "was held (May 2022) and after the deadline of the next one: the paper is likely ICRA 2023"),
    ]
    assert _found(head + rows) == []  # no year here is a venue's: the years may be the preprints'
    dated = "* **X**: \"A Paper\", *ICRA, Oct 2023*. [[Paper](https://arxiv.org/abs/2310.07263)]\n"
    assert _found(dated) == []


def test_a_leading_year_venue_glued_by_a_hyphen():
    """`* 2015-Arxiv - Title` leads with its venue unbracketed: its year is the stated year."""
    text = ("* 2015-Arxiv - Making Something Tolerant. [[Paper]](https://arxiv.org/abs/1403.3610)\n"
            "* 2014-Arxiv - Another Preprint. [[Paper]](https://arxiv.org/abs/1403.3611)\n"
            "* 2015 was a year - of prose, not a tag. [[Paper]](https://arxiv.org/abs/1403.3612)\n")
    got = _found(text)
    assert [(f.line, f.column, f.end_column, f.message) for f in got] == [
        (1, 3, 7, "the entry says 2015 but its preprint arXiv:1403.3610 was posted in March 2014")]


def test_a_later_date_on_a_row_whose_venue_cell_is_arxiv():
    """A Venue cell `arXiv 2023` says the row's paper is the preprint: in a file whose dates are
    nine in ten their identifier's month, its later date is a slip; a later date beside another
    venue (`CVPR 2024`) may be that venue's and is left alone."""
    rows = [f"| [Paper {m}](https://arxiv.org/abs/23{m % 12 + 1:02d}.0{m:04d}) | arXiv 2023 | 2023.{m % 12 + 1:02d} |"
            for m in range(20)]
    rows.append("| [Late](https://arxiv.org/abs/2303.15649) | arXiv 2023 | 2023.05 |")
    rows.append("| [Venue](https://arxiv.org/abs/2307.04684) | CVPR 2024 | 2023.12 |")
    text = "| Title | Venue | Date |\n| --- | --- | --- |\n" + "\n".join(rows) + "\n"
    out = [(f.line, f.message) for f in _found(text)]
    assert out == [(23, "the entry is dated 2023.05 but its preprint arXiv:2303.15649 was first posted in March 2023; "
                        "20 of the 22 arXiv papers this file dates by month carry their identifier's month")]


def test_entries_written_as_paragraphs_have_their_year_checked(tmp_path):
    """`**Title** \\`, `*Authors* \\`, `arXiv 2022. [[Paper](…)]`: a paper entry written as a
    paragraph, not a list item, is checked like one; prose around it is not an entry."""
    text = ("# Papers\n\nWe list papers from 2021 on; see [the site](https://e.org/s).\n\n"
            "**Energy Models in Practice** \\\n*Ann Lee, Bo Wu* \\\n"
            "arXiv 2022. [[Paper](https://arxiv.org/abs/2101.03288)] \\\n9 Jan 2021\n\n"
            "**Right Year** \\\n*Cy Li* \\\narXiv 2021. [[Paper](https://arxiv.org/abs/2101.03289)]\n")
    path = tmp_path / "README.md"
    path.write_text(text, encoding="utf-8")
    _, out = run_json("--select", "AL009", path)
    assert [(f["line"], f["message"]) for f in out] == [
        (7, "the entry says 2022 but its preprint arXiv:2101.03288 was posted in January 2021")]


def test_an_arxiv_link_under_another_dated_label_dates_that_label_not_the_first():
    text = ("# DA\n\n- Central Moment Discrepancy for Unsupervised Domain Adaptation "
            "[[ICLR2017]](https://openreview.net/pdf?id=SkB-_mcel), [[InfSc2019]](https://arxiv.org/pdf/1711.06114.pdf), "
            "[[code]](https://github.com/wzell/cmd)\n"
            "- Another method [[ICLR2017]](https://arxiv.org/pdf/1711.06114.pdf)\n")
    found = [f.line for f in lint_text(text, select=["AL009"])]
    assert found == [4]  # the second entry's own ICLR2017 label links a November 2017 preprint


def test_a_title_line_over_its_links_and_a_year_in_parentheses_session26():
    """Set T's misses: a community-detection list gives each paper a bold title with its venue
    (`**TNE: … (Arxiv 2018)**`) and the paper's link in a nested item; a tracking list writes
    `ArXiv (2022).` after the quoted title. Both name a preprint's year their arXiv id denies.
    A venue's year over a nested preprint link is left alone: old papers reach arXiv late
    (a UAI 1995 paper was posted in 2013)."""
    text = ("# Papers\n\n- **TNE: A Latent Model for Networks (Arxiv 2018)**\n  - Ann Lee and Bo Wu\n"
            "  - [[Paper]](https://arxiv.org/pdf/1611.06645.pdf)\n  - [[Code]](https://github.com/a/b)\n\n"
            "- **A New Pruning Method for Decision Trees (UAI 1995)**\n  - Cy Li\n  - [[Paper]](https://arxiv.org/abs/1302.4981)\n\n"
            "- Pengyu Zhang, Dong Wang.<br />\n  \"Multi-modal Visual Tracking: Review.\" ArXiv (2022).\n"
            "  [[paper](https://arxiv.org/abs/2012.04176)]\n")
    assert [(f.line, f.message) for f in _found(text)] == [
        (3, "the entry says 2018 but its preprint arXiv:1611.06645 was posted in November 2016"),
        (13, "the entry says 2022 but its preprint arXiv:2012.04176 was posted in December 2020")]


def test_the_byline_under_a_linked_title_dates_it_session27():
    """Set U's awesome-offline-rl lists `- [Title](https://arxiv.org/abs/2203.07413)` over
    `  - Authors. arXiv, 2023.`: the nested byline gives the entry's venue and year, and a
    preprint posted in March 2022 is no 2023 preprint. The finding is on the byline, where the
    year is written. A byline that agrees, or a nested item with links of its own, is no finding."""
    items = "".join(f"- [Paper number {i} on offline learning](https://arxiv.org/abs/2105.0{i:04d})\n"
                    f"  - Ann Lee, Bo Chen, and Cy Diaz. arXiv, 2021.\n" for i in range(6))
    text = ("# Offline RL\n\n" + items + "- [Switch Trajectory Transformer](https://arxiv.org/abs/2203.07413)\n"
            "  - Qinjie Lin, Han Liu, and Biswa Sengupta. arXiv, 2023.\n")
    found = lint_text(text, select=["AL009"])
    assert [(f.line, f.message) for f in found] == [
        (16, "the entry says 2023 but its preprint arXiv:2203.07413 was posted in March 2022")]
    assert lint_text(text.replace("arXiv, 2023.", "arXiv, 2022."), select=["AL009"]) == []
    linked = text.replace("Sengupta. arXiv, 2023.", "Sengupta. arXiv, 2023. [[code]](https://github.com/a/b)")
    assert lint_text(linked, select=["AL009"]) == []


def _dated_table(last_venue: str) -> str:
    rows = [f"| 2023-{m:02d} | arXiv23 | [Paper number {m}](https://arxiv.org/abs/23{m:02d}.0{m:04d}) |"
            for m in range(1, 12)]
    rows.append(f"| 2023-04 | {last_venue} | [A paper posted later](https://arxiv.org/abs/2306.01234) |")
    return "# Scene graphs\n\n| Date | Venue | Paper |\n| --- | --- | --- |\n" + "\n".join(rows) + "\n"


def test_a_venue_paper_dated_before_its_preprint_is_left_alone_session28():
    # DennisRotondi's list (set W): an ACL 2026 paper dated 2026-04 and posted in June is dated
    # by its venue; a preprint-only entry dated before its preprint is a slip
    assert [f.line for f in lint_text(_dated_table("ACL23"), select=["AL009"])] == []
    found = lint_text(_dated_table("arXiv23"), select=["AL009"])
    assert [f.line for f in found] == [16] and "first posted in June 2023" in found[0].message


def test_a_year_measured_against_another_entrys_link_yields_to_the_slip_session28():
    # Wangt-CN's list (set W): CausalGAN (ICLR 2018) carries line 5's arXiv id by a copy-paste slip;
    # AL003 names the slip, and AL009 does not judge ICLR 2018 against the wrong link
    text = ("# Causality\n\n| Paper | Venue |\n| --- | --- |\n"
            "| [Towards Causal VQA: Revealing and Reducing Spurious Correlations](https://arxiv.org/abs/1912.07538) | CVPR2021 |\n"
            "| [Counterfactual Samples Synthesizing for Robust Visual Question Answering](https://arxiv.org/abs/2003.06576) | CVPR2020 |\n"
            "| [CausalGAN: Learning Causal Implicit Generative Models with Adversarial Training](https://arxiv.org/abs/1912.07538) | ICLR2018 |\n")
    found = [(f.code, f.line) for f in lint_text(text, select=["AL003", "AL009"])]
    assert found == [("AL003", 7)]


def test_a_stale_preprint_tag_of_the_venues_year_is_no_misdating_session30():
    # a graph-transformer list (set Y, session 30): LPFormer as `KDD 2024` at line 3 and again as
    # `Arxiv 2024` at line 5: the tag is stale (AL005 says one paper, two venues), the year right.
    # Alone, `Arxiv 2024` on a 2023 preprint is misdated.
    text = ("# Papers\n\n1. LPFormer: Graph Transformer for Links. KDD 2024. [[paper]](https://arxiv.org/abs/2310.11009)\n\n"
            "## Link prediction\n\n1. LPFormer: Graph Transformer for Links. Arxiv 2024. [[paper]](https://arxiv.org/abs/2310.11009)\n")
    assert lint_text(text, select=["AL009"]) == []
    alone = text.replace("KDD 2024", "KDD 2023").replace("arxiv.org/abs/2310.11009)\n\n#", "arxiv.org/abs/2310.11008)\n\n#")
    assert [f.line for f in lint_text(alone, select=["AL009"])] == [7]


def test_only_a_venue_of_the_same_paper_makes_a_preprint_tag_stale_session30():
    # a bare year (`[2024]`) names no venue; another paper's venue is no evidence for this one
    bare = ("# P\n\n- [2024] LPFormer: Graph Transformer for Links [[paper]](https://arxiv.org/abs/2310.11009)\n"
            "- [2023] Other paper here [[paper]](https://arxiv.org/abs/2301.00001)\n\n"
            "## B\n\n- [arXiv 2024] LPFormer: Graph Transformer for Links [[paper]](https://arxiv.org/abs/2310.11009)\n")
    assert [f.line for f in lint_text(bare, select=["AL009"])] == [8]
    other = bare.replace("[2024] LPFormer", "[KDD 2024] LPFormer").replace("2310.11009)\n- [2023]", "2310.11008)\n- [2023]")
    assert [f.line for f in lint_text(other, select=["AL009"])] == [8]
    same = bare.replace("[2024] LPFormer", "[KDD 2024] LPFormer")
    assert lint_text(same, select=["AL009"]) == []


def test_a_venue_in_emphasis_with_its_year_after_it_is_read_session31():
    # a graph causal-learning list (set Y): the byline `*arXiv*, 2023.` under a title and its
    # [[pdf]] link; the emphasis cut the venue from its year, so the misdating went unseen
    text = ("# Papers\n\n- Causally-guided Regularization of Graph Attention.\n"
            "  [[pdf]](https://arxiv.org/pdf/2210.10946.pdf)\n"
            "  - Alexander P. Wu, Thomas Markovich, and Rohit Singh. *arXiv*, 2023.\n")
    found = lint_text(text, select=["AL009"])
    assert [(f.line, f.message) for f in found] == [
        (5, "the entry says 2023 but its preprint arXiv:2210.10946 was posted in October 2022")]
    assert lint_text(text.replace("2023.", "2022."), select=["AL009"]) == []
    # two venues in emphasis: which one dates the paper is not known
    assert lint_text(text.replace("*arXiv*, 2023.", "*arXiv*, 2023. *ICML*, 2024."), select=["AL009"]) == []


def test_a_file_that_dates_papers_by_their_posting_day_session31():
    # a multimodal-papers table: a Date cell 2024-03-27 on arXiv 2403.18814 in 336 of 348 rows;
    # `2022-01-13` on a June preprint is a slip; the last days of the month before (a paper sent
    # in at its end) and a later day (a release) are not
    rows = "".join(f"| [Paper {i}](https://arxiv.org/abs/2403.{i:05d}) | 2024-03-{10 + i % 18:02d} |\n" for i in range(30))
    text = ("# Papers\n\n| Title | Date |\n| --- | --- |\n" + rows +
            "| [Mini-Gemini](https://arxiv.org/abs/2403.18814) | 2024-05-27 |\n"
            "| [Multimodal Learning](https://arxiv.org/abs/2206.06488) | 2022-01-13 |\n"
            "| [Late Sender](https://arxiv.org/abs/2501.00001) | 2024-12-30 |\n")
    found = lint_text(text, select=["AL009"])
    assert [(f.line, f.message) for f in found] == [
        (36, "the entry is dated 2022-01-13 but its preprint arXiv:2206.06488 was first posted in June 2022; "
             "30 of the 33 arXiv papers this file dates by day carry their identifier's month")]
    few = text.replace(rows, rows.replace("2024-03-1", "2024-01-1"))
    assert lint_text(few, select=["AL009"]) == []


def test_a_venue_after_et_al_and_a_comma_is_read_session34():
    """Set AB's misses (a federated unlearning list): `(Gaoyang Liu et al., Arxiv 2021)` on a
    preprint posted in December 2020; the comma kept the venue in the authors' piece, so the
    misdating went unseen. The right year, or a title with a comma, says nothing."""
    text = ("# Papers\n\n+ [Federated Unlearning](https://arxiv.org/pdf/2012.13891.pdf) "
            "(Gaoyang Liu et al., Arxiv 2021) [:book:](./citations/liu2020federated.txt)\n")
    assert [(f.line, f.message) for f in _found(text)] == [
        (3, "the entry says 2021 but its preprint arXiv:2012.13891 was posted in December 2020")]
    assert _found(text.replace("Arxiv 2021", "Arxiv 2020")) == []
    assert _found(text.replace("(Gaoyang Liu et al., Arxiv 2021)", "(Liu, Ma and Yang, 2021)")) == []


def test_a_later_month_on_an_entry_without_a_venue_session36():
    """Set AD's miss (a weather forecasting table dated by arXiv month, 56 of 59 rows agreeing):
    a row with no venue (`-`) dated 2024.07 on arXiv 2310.01690 is a slip; a month after the
    identifier's is a paper sent in at a month's end, and a row naming a venue may carry its
    venue's date."""
    head = "# Weather\n\n| Title | Venue | Date | Paper |\n|---|---|---|---|\n"
    rows = "".join(f"| Diffusion Forecasting Method {i} | - | 2023.{m:02d} | [[paper]](https://arxiv.org/abs/23{m:02d}.{i:05d}) |\n"
                   for i, m in enumerate([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))
    late = "| Tropical Cyclones with Cascaded Diffusion | - | 2024.07 | [[paper]](https://arxiv.org/abs/2310.01690) |\n"
    text = head + rows + late
    found = [f for f in lint_text(text, select=["AL009"]) if "first posted" in f.message]
    assert [f.line for f in found] == [17]
    next_month = late.replace("2024.07", "2023.11")
    venue = late.replace("| - |", "| NeurIPS 2024 |")
    for other in (next_month, venue):
        assert [f for f in lint_text(head + rows + other, select=["AL009"]) if "first posted" in f.message] == []


def test_the_month_before_a_late_arxiv_number_session37():
    """Set AE's miss (a recommender-agent list dating 127 preprints `[2025-06-arXiv]`, all but
    three by their identifier's month): `[2025-06-arXiv]` on 2507.22897, a number far into
    July's, was not sent in in June; `[2026-02-arXiv]` on 2603.00638, among March's first
    numbers, may have been sent in on February's last day."""
    rows = [f"- Paper {i} on recommendation [2025-{m:02d}-arXiv] [[📄 paper](https://arxiv.org/abs/25{m:02d}.{10000 + i:05d})]\n"
            for i, m in enumerate([*range(1, 13), *range(1, 9)], 1)]
    late = "- RecUserSim: A User Simulator [2025-06-arXiv] [[📄 paper](https://arxiv.org/abs/2507.22897)]\n"
    early = "- Early one: A Benchmark [2026-02-arXiv] [[📄 paper](https://arxiv.org/abs/2603.00638)]\n"
    text = "# Agents for Recsys\n\n" + "".join(rows) + late + early
    found = lint_text(text, select=["AL009"])
    assert [(f.line, "far into the month" in f.message) for f in found] == [(23, True)]


def test_an_ieee_journal_doi_names_its_year_session37():
    """Set AE's miss (a Mamba time-series table): a row dated 2024 whose title links
    `doi.org/10.1109/TIE.2025.3581279`, an IEEE Transactions on Industrial Electronics paper
    registered in 2025. A file whose IEEE rows give the year before the DOI's (an ICASSP
    list dating papers by their submission) is left alone."""
    head = "# Mamba\n\n| Paper | Year | Venue |\n| --- | --- | --- |\n"
    row = "| [Gated Mamba for Forecasting](https://doi.org/10.1109/TIE.2025.3581279) | {y} | TIE |\n"
    other = "| [DIMformer](https://doi.org/10.1109/ACCESS.2025.3645346) | 2025 | IEEE Access |\n"
    found = lint_text(head + row.format(y=2024) + other, select=["AL009"])
    assert [(f.line, "registered in 2025" in f.message) for f in found] == [(5, True)]
    assert lint_text(head + row.format(y=2026) + other, select=["AL009"]) == []
    icassp = "".join(f"| [Paper {i}](https://doi.org/10.1109/icassp49357.2023.1009{i:04d}) | 2022 | ICASSP |\n"
                     for i in range(3))
    assert lint_text(head + row.format(y=2024) + icassp, select=["AL009"]) == []
