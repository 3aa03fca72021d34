"""AL006 table-shape: orphaned rows, wrong cell counts, headers without a delimiter row."""

from __future__ import annotations

import re

import pytest
from conftest import FIXTURES, REAL, SEEDS, needs_shared, render, run_cli, run_json

from awesome_lint.engine import fix_text, lint_text

STRUCT = FIXTURES / "structure"


def _findings(text: str, **kw):
    return [f for f in lint_text(text, select=["AL006"], **kw) if f.code == "AL006"]


def _tables(html: str) -> list[str]:
    return re.findall(r"<table>.*?</table>", html, re.S)


def test_orphaned_rows_are_found_at_their_lines():
    text = (STRUCT / "tables_split.md").read_text()
    found = _findings(text)
    orphans = [f.line for f in found if "not part of the table" in f.message]
    assert orphans == [10, 12, 14, 17, 18, 20]
    assert all(f.related == (5,) for f in found if f.line in orphans)
    # on the page they really are outside the table: paragraphs with visible pipes
    html = render(text)
    first = _tables(html)[0]
    assert "Weakly supervised gland masks" not in first
    assert "<p>| 17 | Weakly supervised gland masks" in html


def test_fix_joins_orphans_back_and_changes_nothing_else():
    text = (STRUCT / "tables_split.md").read_text()
    fixed, left = fix_text(text, select=["AL006"])
    lines = text.split("\n")
    # exactly the blank lines between the split rows are gone, and the empty extra cell
    expected = [ln for i, ln in enumerate(lines, 1) if i not in (9, 11, 13, 15, 16, 19)]
    expected = [ln.replace("[site](https://example.org/glands) | |", "[site](https://example.org/glands) |")
                for ln in expected]
    assert fixed == "\n".join(expected)
    # cmark-gfm renders all eight numbered rows inside the one table
    first = _tables(render(fixed))[0]
    assert first.count("<tr>") == 1 + 8
    for n in range(15, 23):
        assert f"<td>{n}</td>" in first
    assert "<p>|" not in render(fixed).split("<h2>")[0]
    # what the fix could not decide is still reported; a second pass changes nothing
    assert sorted(f.line for f in left) == [21, 22, 26, 31]
    again, _ = fix_text(fixed, select=["AL006"])
    assert again == fixed


def test_extra_cells():
    text = (STRUCT / "tables_split.md").read_text()
    by_line = {f.line: f for f in _findings(text)}
    empty, lost = by_line[26], by_line[27]
    assert empty.fix is not None and empty.fix.safe and "empty" in empty.message
    assert lost.fix is None and "`extra note`" in lost.message and lost.severity == "error"
    # the column points at the '|' that opens the first extra cell
    assert text.split("\n")[26][lost.column - 1] == "|"
    # GitHub really drops it
    assert "extra note" not in render(text)


def test_short_rows_and_option():
    text = (STRUCT / "tables_split.md").read_text()
    short = [f for f in _findings(text) if f.line == 28]
    assert short and short[0].severity == "warning" and short[0].fix is None
    quiet = _findings(text, config={"AL006": {"short-rows": False}})
    assert 28 not in [f.line for f in quiet]


def test_header_without_delimiter_and_mismatched_delimiter():
    text = (STRUCT / "tables_split.md").read_text()
    by_line = {f.line: f for f in _findings(text)}
    assert "without a delimiter row" in by_line[32].message
    assert "delimiter row has 2 cells but the header has 3" in by_line[37].message
    # and they really are not tables
    html = render(text)
    assert "Viewer" not in "".join(_tables(html))


def test_well_formed_tables_give_no_finding():
    text = (STRUCT / "tables_ok.md").read_text()
    assert _findings(text) == []


def test_orphan_with_other_cell_count_gets_unsafe_fix():
    text = "| a | b |\n|---|---|\n| 1 | 2 |\n\n| 3 | 4 | 5 |\n"
    (f,) = _findings(text)
    assert f.line == 5 and f.fix is not None and not f.fix.safe and "3 cells" in f.message
    assert fix_text(text, select=["AL006"])[0] == text  # not with --fix alone
    fixed, _ = fix_text(text, select=["AL006"], unsafe=True)
    assert fixed == "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 | 5 |\n"
    assert _tables(render(fixed))[0].count("<tr>") == 3


def test_crlf_and_whitespace_only_blank_lines():
    text = "| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n   \r\n| 3 | 4 |\r\n\r\nafter\r\n"
    fixed, left = fix_text(text, select=["AL006"])
    assert fixed == "| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n| 3 | 4 |\r\n\r\nafter\r\n"
    assert left == []


def test_not_an_orphan():
    cases = [
        # a new table with its own header and delimiter
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n| c | d |\n|---|---|\n| 3 | 4 |\n",
        # a table in a list item, then a top-level paragraph with pipes
        "- item\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n\n| not | a row of it |\n",
        # prose with pipes after a table without outer pipes
        "a | b\n--|--\n1 | 2\n\nsee a | b for details | ok\n",
        # code after a table
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n    | 3 | 4 |\n",
        # a table in a block quote
        "> | a | b |\n> |---|---|\n> | 1 | 2 |\n\n| 3 | 4 |\n",
    ]
    for text in cases:
        assert [f for f in _findings(text) if "not part of the table" in f.message] == [], text


@needs_shared
def test_real_list_with_a_split_table():
    path = REAL / "MLGroupJLU__LLM-eval-survey.md"
    if not path.exists():
        pytest.skip("corpus file missing")
    text = path.read_text(encoding="utf-8")
    orphans = [f.line for f in _findings(text) if "not part of the table" in f.message]
    assert orphans == [385, 386]
    fixed, _ = fix_text(text, select=["AL006"])
    assert fixed.count("\n") == text.count("\n") - 1
    table = next(t for t in _tables(render(fixed)) if "FinanceBench" in t)
    assert "LLMBox" in table and "SciSafeEval" in table
    assert fix_text(fixed, select=["AL006"])[0] == fixed


@needs_shared
def test_cli_fix_on_a_real_file(tmp_path):
    src = REAL / "MLGroupJLU__LLM-eval-survey.md"
    if not src.exists():
        pytest.skip("corpus file missing")
    path = tmp_path / "README.md"
    path.write_bytes(src.read_bytes())
    code, found = run_json("--select", "AL006", str(path))
    assert code == 1
    assert [(f["line"], f["fixable"]) for f in found] == [(385, True), (386, True)]
    proc = run_cli("--fix", "--select", "AL006", str(path))
    assert proc.returncode == 0, proc.stdout.decode() + proc.stderr.decode()
    assert path.read_bytes() == src.read_bytes().replace(b"\n\n| LLMBox", b"\n| LLMBox", 1)


@needs_shared
def test_seeds_and_real_lists_orphan_fixes_are_stable():
    files = sorted(SEEDS.glob("*.md")) + sorted(REAL.glob("*.md"))
    if not files:
        pytest.skip("no corpus")
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        if not any(f.fix is not None for f in _findings(text)):
            continue
        fixed, _ = fix_text(text, select=["AL006"])
        assert fix_text(fixed, select=["AL006"])[0] == fixed, path.name
        # a fix only ever deletes blank lines or empty cells: every non-blank line survives
        # (rows that lost an empty extra cell keep their prefix)
        kept = [ln for ln in text.split("\n") if ln.strip()]
        assert len([ln for ln in fixed.split("\n") if ln.strip()]) == len(kept), path.name


def test_join_check_reads_the_tables_rows_in_the_text_it_is_given():
    """The join fix's check counts the table's rows in the text it is handed (blocks, not a
    model): the fixed text passes, the text before the fix, or one where a row is lost, fails;
    front matter before the table does not shift it."""
    from awesome_lint.engine import apply_edits

    for head in ("", "---\ntitle: x\n---\n"):
        text = head + "# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n| 3 | 4 |\n| 5 | 6 |\n\nafter\n"
        found = [f for f in _findings(text) if f.fix is not None]
        assert [f.line for f in found] == [text.count("\n", 0, text.index("| 3")) + 1,
                                           text.count("\n", 0, text.index("| 5")) + 1]
        fix = found[0].fix
        fixed = apply_edits(text, fix.edits)
        assert fix.verify(fixed) is True
        assert fix.verify(text) is False
        assert fix.verify(fixed.replace("| 5 | 6 |\n", "")) is False
        assert fix_text(text, select=["AL006"])[0] == fixed


def test_short_rows_that_are_the_tables_habit_are_its_shorthand(tmp_path):
    """One short row is a cell gone missing; rows that stop before the Code column again and
    again are the table's way of saying "no code", and GitHub renders them padded."""
    head = "| Name | Paper | Code |\n|---|---|---|\n"
    one = head + "".join(f"| M{i} | [p](https://arxiv.org/abs/2301.0000{i}) | [c](https://github.com/a/m{i}) |\n" for i in range(6))
    one += "| M9 | [p](https://arxiv.org/abs/2301.00009) |\n"
    path = tmp_path / "one.md"
    path.write_text("# T\n\n" + one)
    assert [(f["code"], f["line"]) for f in run_json(str(path))[1] if f["code"] == "AL006"] == [("AL006", 11)]
    habit = head + "".join(
        f"| M{i} | [p](https://arxiv.org/abs/2301.0000{i}) |" + (f" [c](https://github.com/a/m{i}) |" if i % 2 else "") + "\n"
        for i in range(8))
    path = tmp_path / "habit.md"
    path.write_text("# T\n\n" + habit)
    assert [f for f in run_json(str(path))[1] if f["code"] == "AL006"] == []
    assert render(habit).count("<td></td>") == 4  # the page pads the four short rows alike


def test_a_link_under_the_wrong_header_of_a_short_row_is_reported_even_as_shorthand():
    """Short rows are a table's shorthand, but a row whose last link names a later column (its
    own cell dropped before it) shows that link under the wrong header."""
    text = ("# Data\n\n| Name | Website | Paper |\n|---|---|---|\n"
            "| A | [[Paper]](https://arxiv.org/abs/2401.00001) |\n"
            "| B | [[Paper]](https://arxiv.org/abs/2401.00002) |\n"
            "| C | [Site](https://c.example.org) |\n"
            "| D | [Website](https://d.example.org) |\n"
            "| E | [Site](https://e.example.org) | [Paper](https://arxiv.org/abs/2401.00005) |\n")
    got = [(f.line, f.message) for f in _findings(text)]
    assert [line for line, _ in got] == [5, 6]
    assert "`[Paper]` link shows under `Website`, and the `Paper` column it names is left empty" in got[0][1]
    html = render(text)
    assert html.count("<td></td>") == 4  # what GitHub shows: the Paper cells of A-D are empty


def test_an_extra_cell_holding_a_hidden_comment_is_on_purpose():
    """`| … | [//]: #Recommend` on every row: a note the author keeps out of sight (GitHub drops
    the cell); an extra cell with text a reader should see is still an error."""
    rows = "".join(f"| [Paper {i}](https://arxiv.org/abs/2301.{i:05d}) | Intro {i} | [Code](https://github.com/o/p{i}) | [//]: #0{i}/12\n"
                   for i in range(4))
    text = "# L\n\n| Title | Introduction | Links |\n|:--|:--:|:--:|\n" + rows
    assert [f for f in lint_text(text, select=["AL006"]) if f.code == "AL006"] == []
    lost = text.replace("| [//]: #01/12\n", "| ICML 2023\n")
    assert [f.line for f in lint_text(lost, select=["AL006"]) if f.code == "AL006"] == [6]


def test_a_closing_pipe_marks_a_last_cell_left_empty_on_purpose():
    """`[MLLib](…) | Framework for Spark |` in a table written without closing pipes: the pipe
    says the activity cell is empty on purpose; the same row without it lost a cell."""
    rows = "".join(f"[lib{i}](https://github.com/a/lib{i}) | A library | ![stars](https://img.shields.io/github/stars/a/lib{i})\n"
                   for i in range(8))
    text = ("# Scala\n\nName | Description | GitHub Activity\n---- | ----------- | ---------------\n" + rows
            + "[MLLib](https://spark.apache.org/mllib/) | Machine Learning framework for Spark |\n"
            + "[OscaR](https://oscarlib.bitbucket.io) | Operations research\n")
    found = [(f.line, f.message) for f in lint_text(text, select=["AL006"])]
    assert found == [(14, "row has 2 cells but the header has 3: GitHub shows 1 empty cell at the end")]
    assert "<td>Machine Learning framework for Spark</td>\n<td></td>" in render(text)
