"""AL005's spelling findings through the real CLI on small files: a slip told on each of its
tags, a house spelling told once, venues written in entries' text with a month, misspelt venue
names and venue labels that lead an entry."""

from __future__ import annotations

import pytest
from conftest import run_cli, run_json


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path_factory, monkeypatch):
    """Keep the compiled registry out of the user's cache folder (the CLI runs in a subprocess)."""
    monkeypatch.setenv("AWESOME_LINT_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "venue-cache"))


def lint(tmp_path, text, *args):
    p = tmp_path / "README.md"
    p.write_text(text, encoding="utf-8")
    _, found = run_json("--select", "AL005", *args, p)
    return p, [(f["line"], f["message"]) for f in found], found


ENTRY = "- [{tag}] **{title}** [[paper]](https://example.org/{n})\n"


def tags(*written):
    return "# Papers\n\n" + "".join(ENTRY.format(tag=t, title=f"Paper {i}", n=i) for i, t in enumerate(written))


def test_a_slip_is_told_on_each_of_its_tags_with_its_own_fix(tmp_path):
    """`arxiv` where the file also writes `arXiv`: each tag is a line to change."""
    p, found, raw = lint(tmp_path, tags("arXiv 2023", "arxiv 2023", "arXiv 2022", "arxiv 2021", "arxiv 2020"))
    assert [n for n, _ in found] == [4, 6, 7]
    assert all("venue `arxiv` is spelled `arXiv` (3 tags in this file write `arxiv`)" == m for _, m in found)
    assert all(f["fixable"] and f["fix"]["applicability"] == "safe" for f in raw)
    assert "related_lines" not in raw[0]  # each stands alone: --since keeps only its own line
    proc = run_cli("--fix", "--select", "AL005", p)
    assert proc.returncode == 0, proc.stderr.decode()
    assert p.read_text().count("[arXiv ") == 5


def test_a_comment_silences_one_tag_of_a_slip(tmp_path):
    text = tags("arXiv 2023", "arxiv 2023", "arXiv 2022", "arxiv 2021").replace(
        "- [arxiv 2021]", "<!-- awesome-lint-disable-next-line AL005 -->\n- [arxiv 2021]")
    _, found, _ = lint(tmp_path, text)
    assert [n for n, _ in found] == [4]


def test_a_house_spelling_is_one_finding_naming_the_other_lines(tmp_path):
    """Every arXiv tag written `Arxiv`: one decision, one finding (its fix rewrites them all)."""
    p, found, raw = lint(tmp_path, tags("Arxiv 2023", "CVPR 2023", "Arxiv 2022", "Arxiv 2021"))
    assert found == [(3, "venue `Arxiv` is spelled `arXiv` (all 3 tags of arXiv in this file write `Arxiv`: "
                         "here and in 2 more: lines 5, 6)")]
    assert raw[0]["related_lines"] == [5, 6]
    assert run_cli("--fix", "--select", "AL005", p).returncode == 0
    assert "Arxiv" not in p.read_text()


def test_a_preprint_with_a_month_in_the_entry_text_is_checked_but_not_voted_on(tmp_path):
    """`(*arxiv 2023.05*)` among `(*ICLR'24*)` and `(*arXiv 2023.08*)`: the spelling is told; the
    month's shape is the preprints' own, so the venues' `VENUE'YY` style does not touch it."""
    lines = ["# Papers", ""]
    for i, t in enumerate(["ICLR'24", "NeurIPS'23", "KDD'23", "ACL'24", "arXiv 2023.08", "arXiv 2024.01",
                           "arxiv 2023.05", "arXiv 2023.11"]):
        lines.append(f"- (*{t}*) Paper number {i} [[paper](https://example.org/{i})]")
    _, found, _ = lint(tmp_path, "\n".join(lines) + "\n")
    assert found == [(9, "venue `arxiv` is spelled `arXiv`")]
