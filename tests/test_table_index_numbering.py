"""AL002: index columns of tables."""

from __future__ import annotations

from conftest import REAL, needs_shared, render, run_json

from awesome_lint.engine import fix_text, lint_text

TABLE = "| # | Title |\n|---|---|\n" + "".join(f"| {n} | t{n} |\n" for n in [1, 2, 4, 5, 6, 7, 8, 9, 10, 11])


def al002(text):
    return [f for f in lint_text(text) if f.code == "AL002"]


def test_skip_found_and_fixed_keeping_padding():
    fs = al002(TABLE)
    assert [f.line for f in fs] == [5]
    assert "expected 3" in fs[0].message
    fixed, left = fix_text(TABLE)
    assert not [f for f in left if f.code == "AL002"]
    rows = fixed.splitlines()[2:]
    assert [r.split("|")[1].strip() for r in rows] == [str(n) for n in range(1, 11)]
    assert rows[-1] == "| 10 | t11 |"
    assert rows[-2] == "| 9 | t10 |"  # narrower number in a table not aligned: one space, as the others
    assert render(fixed).count("<tr>") == render(TABLE).count("<tr>")
    aligned = "| #  | Title |\n|----|-------|\n" + "".join(f"| {n:<2} | t{n:<5}|\n" for n in [1, 2, 4, 5, 6, 7, 8, 9, 10, 11])
    rows = fix_text(aligned, select=["AL002"])[0].splitlines()[2:]
    assert rows[-2] == "| 9  | t10   |"  # narrower number in an aligned table: the pipes stay in line


def test_year_column_and_text_column_are_not_indexes():
    years = "| Year | T |\n|---|---|\n| 2019 | a |\n| 2021 | b |\n| 2020 | c |\n"
    text_col = "| Name | T |\n|---|---|\n| 1 | a |\n| x | b |\n| 5 | c |\n"
    numbers_not_from_one = "| Count | T |\n|---|---|\n| 5 | a |\n| 9 | b |\n"
    assert al002(years) == [] and al002(text_col) == [] and al002(numbers_not_from_one) == []


def test_numeric_first_column_from_zero_is_an_index_and_zero_padding_kept():
    text = "| No. | T |\n|:--:|--|\n| 000 | a |\n| 001 | b |\n| 003 | c |\n"
    fs = al002(text)
    assert [f.line for f in fs] == [5]
    fixed, _ = fix_text(text)
    assert "| 002 | c |" in fixed


def test_header_index_without_leading_pipe():
    text = "No | T\n--|--\n1 | a\n3 | b\n"
    assert [f.line for f in al002(text)] == [4]
    assert fix_text(text)[0] == "No | T\n--|--\n1 | a\n2 | b\n"


@needs_shared
def test_zero_padded_real_index_column_is_clean():
    _, findings = run_json("--select", "AL002", REAL / "liliu-avril__Awesome-Segment-Anything.md")
    assert findings == []


def test_numeric_data_columns_are_not_renumbered():
    layers = "| Layers | Model |\n|---|---|\n| 1 | Tiny |\n| 12 | Base |\n| 24 | Large |\n"
    weeks = "| Week | Topic |\n|---|---|\n| 1 | a |\n| 1 | b |\n| 2 | c |\n| 2 | d |\n| 4 | e |\n"
    for text in (layers, weeks):
        assert al002(text) == []
        assert fix_text(text)[0] == text
    unlabelled = "|  | Model |\n|---|---|\n| 1 | a |\n| 2 | b |\n| 4 | c |\n| 5 | d |\n"
    assert [f.line for f in al002(unlabelled)] == [5]
