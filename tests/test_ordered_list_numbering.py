"""AL001 on real and hand-made lists, through the real CLI where it matters."""

from __future__ import annotations

import shutil

from conftest import REAL, SEEDS, needs_shared, render, run_cli, run_json

from awesome_lint.document import parse_text
from awesome_lint.engine import fix_text, lint_text


def codes(findings, code="AL001"):
    return [f.line for f in findings if f.code == code]


@needs_shared
def test_seed_histopathology_three_breaks_and_fix_renumbers_only_numbers(tmp_path):
    target = tmp_path / "list.md"
    target.write_bytes((SEEDS / "histopathology-papers.md").read_bytes())
    before = target.read_bytes()
    status, findings = run_json("--select", "AL001", target)
    assert status == 1
    assert [f["line"] for f in findings] == [12, 21, 22]
    assert all(f["code"] == "AL001" and f["fixable"] for f in findings)
    assert "expected 3" in findings[0]["message"]

    proc = run_cli("--select", "AL001", "--fix", target)
    assert proc.returncode == 0, proc.stdout.decode() + proc.stderr.decode()
    after = target.read_bytes()
    old_lines = before.split(b"\n")
    new_lines = after.split(b"\n")
    assert len(old_lines) == len(new_lines)
    changed = [i + 1 for i, (a, b) in enumerate(zip(old_lines, new_lines)) if a != b]
    assert changed and min(changed) >= 12 and max(changed) <= 38
    for i in changed:  # only the number before '.' changed
        a, b = old_lines[i - 1], new_lines[i - 1]
        assert a.split(b".", 1)[1] == b.split(b".", 1)[1]
    numbers = [int(new_lines[i - 1].split(b".", 1)[0]) for i in range(10, 39)]
    assert numbers == list(range(1, 30))

    again = run_cli("--select", "AL001", "--fix", target)
    assert again.returncode == 0
    assert target.read_bytes() == after


def test_correct_lists_give_nothing():
    text = "1. a\n2. b\n3. c\n\n- x\n- y\n\ntext\n\n1. one\n1. one\n1. one\n\ntext\n\n31. continues\n32. here\n"
    assert codes(lint_text(text)) == []


def test_each_break_reported_once_with_expectation():
    text = "1. a\n2. b\n2. c\n5. d\n4. e\n"
    fs = [f for f in lint_text(text) if f.code == "AL001"]
    assert [f.line for f in fs] == [3, 4, 5]
    assert "repeats 2; expected 3" in fs[0].message
    assert "skips from 2 to 5" in fs[1].message
    assert "goes back from 5 to 4" in fs[2].message
    fixed, left = fix_text(text)
    assert fixed == "1. a\n2. b\n3. c\n4. d\n5. e\n"
    assert codes(left) == []


def test_nested_lists_are_separate():
    text = "1. a\n   1. x\n   3. y\n2. b\n"
    fs = [f for f in lint_text(text) if f.code == "AL001"]
    assert [f.line for f in fs] == [3]
    fixed, _ = fix_text(text)
    assert fixed == "1. a\n   1. x\n   2. y\n2. b\n"


def test_wider_number_keeps_continuation_lines_in_the_item():
    items = [f"{n}. item {n}\n\n   second paragraph of {n}\n" for n in range(1, 9)]
    items.append("10. item 10\n\n    second paragraph of 10\n")
    items.append("12. last\n\n    - nested under last\n")
    text = "".join(items)
    fixed, left = fix_text(text)
    assert codes(left) == []
    assert "9. item 10\n\n   second paragraph of 10\n" in fixed  # narrower: one space less
    assert "10. last\n\n    - nested under last\n" in fixed
    assert render(fixed).count("<li>") == render(text).count("<li>")

    # a paragraph that was outside the list must not be pulled into it: no fix then
    outside = "1. a\n3. b\n10. c\n\n   not in the list\n"
    fixed_out, left_out = fix_text(outside)
    assert "   not in the list" in fixed_out
    assert render(fixed_out).count("<p>") == render(outside).count("<p>")
    # wider: 9 -> 10 with its paragraph
    text2 = "".join(f"{n}. item\n\n   para {n}\n" for n in [1, 2, 3, 4, 5, 6, 7, 8, 9, 9])
    fixed2, left2 = fix_text(text2)
    assert "10. item\n\n    para 9\n" in fixed2
    assert render(fixed2).replace("10", "9").count("<p>para") == 10
    assert codes(left2) == []


def test_crlf_and_paren_markers():
    text = "1) a\r\n3) b\r\n"
    fixed, _ = fix_text(text)
    assert fixed == "1) a\r\n2) b\r\n"


def test_list_in_blockquote():
    text = "> 1. a\n> 3. b\n"
    fixed, _ = fix_text(text)
    assert fixed == "> 1. a\n> 2. b\n"


def test_mostly_ones_list_reports_only_odd_items():
    text = "1. a\n1. b\n7. c\n1. d\n1. e\n"
    fs = [f for f in lint_text(text) if f.code == "AL001"]
    assert [f.line for f in fs] == [3]
    fixed, _ = fix_text(text)
    assert fixed == "1. a\n1. b\n1. c\n1. d\n1. e\n"
    assert render(fixed) == render(text).replace('', '')


@needs_shared
def test_no_findings_on_correct_real_lists():
    for name in ("Hannibal046__Awesome-LLM.md", "floodsung__Deep-Learning-Papers-Reading-Roadmap.md",
                 "vinta__awesome-python.md", "cmhungsteve__Awesome-Transformer-Attention.md"):
        status, findings = run_json("--select", "AL001,AL002", REAL / name)
        assert findings == [], name


def test_width_check_parses_the_list_alone_and_rejects_a_changed_shape():
    """The check of a renumbering that widens numbers reads only the list (a whole-file parse
    per fix was 1.5 s on a 10 MB list), and still says no when the edits would change a list."""
    from awesome_lint.model import Edit
    from awesome_lint.rules.ordered_list_numbering import _reindent, _shape_kept

    text = "# T\n\nIntro.\n\n" + "".join(f"{n}. item {n}\n   more {n}\n" for n in range(1, 10)) + "\nAfter.\n"
    doc = parse_text(text)
    (block,) = doc.lists
    item = block.items[-1]  # "9." -> "10.": one wider, its continuation line shifted
    widen = [Edit(item.marker_start, item.marker_end - 1, "10"), *_reindent(doc, item, 1)]
    check = _shape_kept(doc, block, widen)
    assert check is not None and check(None) is True
    split = [Edit(item.marker_start, item.marker_end, "10)")]  # another delimiter: a new list
    assert _shape_kept(doc, block, split)(None) is False
    assert _shape_kept(doc, block, [Edit(item.marker_start, item.marker_end - 1, "8")]) is None  # same width


def test_a_list_continued_after_details_must_follow_the_list_above(tmp_path):
    """A list that starts past 1 continues the one above it in the section; starting at the
    number that list ended on shows it twice (the list above shows 1 to 3 whatever it writes)."""
    text = ("## Papers\n\n1. A\n1. B\n1. C\n\n<details><summary>more</summary>\n\n"
            "3. D\n4. E\n\n</details>\n\n## Other\n\n1. F\n2. G\n\n<details>\n\n3. H\n\n</details>\n")
    path = tmp_path / "README.md"
    path.write_text(text, encoding="utf-8")
    _, found = run_json("--select", "AL001", str(path))
    assert [(f["line"], f["message"]) for f in found] == [
        (9, "this list continues the one above (lines 3-6), which shows 1 to 3, but starts at 3: it repeats "
            "the numbers above; expected 4")]
    fixed, _ = fix_text(text, select=["AL001"], unsafe=True)
    assert "4. D\n5. E" in fixed and "3. H" in fixed
    assert fix_text(text, select=["AL001"])[0] == text  # unsafe: the list above may be the wrong one


def test_a_counted_run_among_ones_is_one_finding_session27():
    """Set V: a list numbered `1.` throughout but for seven neighbours pasted from a counted list
    (`3.` to `9.`) is one slip, told once at its first number with the run's lines; the fix
    writes `1.` on all seven and GitHub shows the same numbers. A lone stray number stays one
    finding of its own."""
    items = ["1. Paper %d" % i for i in range(20)]
    items[8:15] = ["%d. Pasted %d" % (n, n) for n in range(3, 10)]
    items[17] = "4. Stray"
    text = "# P\n\n" + "\n".join(items) + "\n"
    found = lint_text(text, select=["AL001"])
    assert [(f.line, f.related) for f in found] == [(11, (12, 13, 14, 15, 16, 17)), (20, ())]
    assert "these 7 count `3.` to `9.` (lines 11-17)" in found[0].message
    assert "this one `4.`" in found[1].message
    fixed, left = fix_text(text, select=["AL001"])
    assert left == [] and "\n3. " not in fixed and "\n9. " not in fixed and "\n4. " not in fixed
    assert render(fixed).count("<li>") == 20 and render(fixed).count("<ol>") == 1
