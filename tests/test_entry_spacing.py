"""AL015's stray runs of spaces: slips reported and fixed through the real CLI, habits left alone."""

from __future__ import annotations

import re

import pytest

from conftest import render, run_cli, run_json

from awesome_lint.engine import fix_text, lint_text

ITEMS = [f"- [Tool{k}](https://example.org/t{k}) - Parses file format number {k}. [MIT]" for k in range(14)]


def _spacing(text: str) -> list[tuple[int, str]]:
    return [(f.line, f.message) for f in lint_text(text, select=["AL015"]) if "spaces" in f.message]


def _doc(items: list[str]) -> str:
    return "# Tools\n\n## Parsers\n\n" + "\n".join(items) + "\n"


def test_a_stray_run_is_reported_and_fixed_byte_for_byte_through_the_cli(tmp_path):
    items = list(ITEMS)
    items[3] = items[3].replace("format number", "format  number")
    items[7] = items[7].replace(" [MIT]", "   [MIT]  ")  # trailing spaces stay: not between two words
    text = _doc(items).replace("\n", "\r\n")
    path = tmp_path / "README.md"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    code, found = run_json("--select", "AL015", "--exit-non-zero-on-warning", str(path))
    assert code == 1
    assert [(f["line"], f["message"]) for f in found] == [
        (8, "two spaces before 'number', where the file's entries use one"),
        (12, "three spaces before '[MIT]', where the file's entries use one")]
    proc = run_cli("--fix", "--select", "AL015", str(path))
    assert proc.returncode == 0, proc.stderr.decode()
    want = text.replace("format  number", "format number").replace("   [MIT]  ", " [MIT]  ")
    assert path.read_bytes() == b"\xef\xbb\xbf" + want.encode()
    # GitHub renders the page the same, white space inside text aside
    assert re.sub(r"\s+", " ", render(want)) == re.sub(r"\s+", " ", render(text))
    again = run_cli("--fix", "--select", "AL015", str(path))
    assert again.returncode == 0 and path.read_bytes() == b"\xef\xbb\xbf" + want.encode()


def test_a_habit_of_the_file_or_of_a_section_is_not_reported():
    padded = [i.replace(" - ", "  - ") for i in ITEMS]  # every item: the file's habit
    assert _spacing(_doc(padded)) == []
    section = ITEMS[:10] + ["", "## Articles", ""] + [i.replace(" - ", "  - ") for i in ITEMS[10:]]
    assert _spacing(_doc(section)) == []  # four of four in one section: its own habit
    sentences = [ITEMS[0].replace("number", "number.  It"), ITEMS[1].replace("number", "number.  This")] + ITEMS[2:]
    assert [n for n, _ in _spacing(_doc(sentences))] == [5, 6]  # 2 of 14 after a full stop: slips
    sentences = [i.replace("number", f"number.  {w}") for i, w in zip(ITEMS, ("It", "This", "A"))] + ITEMS[3:]
    assert _spacing(_doc(sentences)) == []  # 3 of 14 (more than 15%): the file's way
    notices = list(ITEMS)
    for k in (2, 6, 9):
        notices[k] += " -  **NOTE**: not affiliated."
    assert _spacing(_doc(notices)) == []  # a run always written before the same word


def test_aligned_numbers_code_spans_and_pipes_are_not_runs():
    numbered = [f"{k}.{' ' if k > 9 else '  '}[Tool{k}](https://example.org/t{k}) - Parses format {k}." for k in range(1, 14)]
    assert _spacing(_doc(numbered)) == []  # `9.  x` above `10. x`: aligned
    code = list(ITEMS)
    code[4] = code[4].replace("Parses file", "Parses `a  b` file")
    assert _spacing(_doc(code)) == []


def test_a_gap_after_the_marker_is_fixed_only_on_an_item_of_one_line():
    items = list(ITEMS)
    items[2] = items[2].replace("- [", "-  [")
    items[5] = items[5].replace("- [", "-  [") + "\n   continued on a second line."
    text = _doc(items)
    found = [f for f in lint_text(text, select=["AL015"]) if "spaces" in f.message]
    assert [(f.line, f.message, f.fixable) for f in found] == [
        (7, "two spaces after the list marker, where the file's entries use one", True),
        (10, "two spaces after the list marker, where the file's entries use one", False)]


def test_a_space_before_a_comma_or_full_stop_is_removed_but_not_before_an_ellipsis_or_a_name():
    items = list(ITEMS)
    items[1] = items[1].replace("number 1.", "number 1 .")
    items[4] = items[4].replace("Parses file", "Parses file ,")
    items[6] = items[6].replace("Parses file", "Parses ... or .NET file")
    text = _doc(items)
    assert _spacing(text) == []  # the messages say "space", not "spaces"
    found = [(f.line, f.message) for f in lint_text(text, select=["AL015"]) if "space before" in f.message]
    assert found == [(6, "a space before the full stop, where the file's entries have none"),
                     (9, "a space before the comma, where the file's entries have none")]
    fixed, _ = fix_text(text, select=["AL015"])
    assert fixed == text.replace("number 1 .", "number 1.").replace("file ,", "file,")


def test_a_space_before_the_full_stop_that_ends_a_line_before_a_break_tag():
    """`**Title** .<br />` and `Li & Bo Cui .<br />`: the full stop ends the clause before the
    line break, so the space before it is a slip; before another tag or a code span it is not read."""
    entries = [f"- **Model{k}:** Ann Lee{k} & Bo Chen.<br />\n  [[paper](https://arxiv.org/abs/2401.{k:05d})]" for k in range(20)]
    entries[3] = entries[3].replace("Bo Chen.<br />", "Bo Chen .<br />")
    entries[5] = entries[5].replace("Bo Chen.<br />", "Bo Chen .<b>new</b>")
    text = "# Papers\n\n" + "\n".join(entries) + "\n"
    found = [(f.line, f.message) for f in lint_text(text, select=["AL015"]) if "space before" in f.message]
    assert found == [(9, "a space before the full stop, where the file's entries have none")]
    url = text.replace("Bo Chen .<br />", "see https://example.org/x .<br />")
    assert [f for f in lint_text(url, select=["AL015"]) if "space before" in f.message] == []  # keeps the URL whole


def test_the_mark_after_et_al_is_voted_over_the_whole_entry():
    entries = [f"- [Neural field {k}](https://arxiv.org/abs/2003.0{k:04d})  \n  Mildenhall et al., ECCV 2020 | [github](https://github.com/a/b{k})"
               for k in range(12)]
    entries[5] = entries[5].replace("et al., ECCV", "et al. ECCV")
    text = "# Papers\n\n## Fields\n\n" + "\n".join(entries) + "\n"
    found = [(f.line, f.message.split(";")[0]) for f in lint_text(text, select=["AL015"])]
    assert found == [(16, 'no punctuation after "et al."')]


def test_a_line_ending_with_a_full_stop_and_a_comma_is_reported_without_a_fix():
    items = [f"{k}. [owner/tool{k}](https://github.com/owner/tool{k}), Parses file format number {k}," for k in range(1, 15)]
    items[2] = items[2].replace("number 3,", "number 3.,")  # the list ends its entries with a comma
    items[8] = items[8].replace("number 9,", "number 9 etc.,")  # an abbreviation's full stop: one mark
    items[10] = items[10].replace("number 11,", "Scaramuzza, D.,")  # and an initial's
    text = _doc(items)
    found = [(f.line, f.message, f.fixable) for f in lint_text(text, select=["AL015"])]
    assert found == [(7, 'the line ends with two marks, ".,": one of them is a slip', False)]


@pytest.mark.parametrize("ending", [",.", ";.", "!."])
def test_a_mark_left_before_the_closing_full_stop_is_reported(ending):
    """`... with a text-based user interface,.`: a comma, semicolon or exclamation mark left
    before the full stop the list ends its descriptions with."""
    items = [f"- [tool{k}](https://github.com/owner/tool{k}) - Parses file format number {k}." for k in range(1, 12)]
    items[4] = items[4][:-1] + ending
    found = [(f.line, f.message) for f in lint_text(_doc(items), select=["AL015"])]
    assert found == [(_doc(items).splitlines().index(items[4]) + 1, f'the line ends with two marks, "{ending}": one of them is a slip')]


def test_a_slip_pasted_twice_is_still_a_slip():
    """The same run before the same word on two lines (one line copied to another) is two
    slips; a run written before one word three times or more is the file's way (above)."""
    items = list(ITEMS)
    for k in (4, 9):
        items[k] += " Talk by  Yair Weiss."
    assert [n for n, _ in _spacing(_doc(items))] == [9, 14]


ROWS = [f"| [Paper {k}](https://example.org/p{k}) | Parses file format number {k} | {1990 + k} |" for k in range(30)]


def _table(rows: list[str]) -> str:
    return "# Papers\n\n| Title | About | Year |\n| --- | --- | --- |\n" + "\n".join(rows) + "\n"


def test_a_run_inside_a_table_cell_is_reported_and_fixed(tmp_path):
    rows = list(ROWS)
    rows[2] = rows[2].replace("[Paper 2]", "[Paper  2]")
    rows[5] = rows[5].replace("format number", "format  number")
    rows[7] = rows[7].replace("number 7", "number 7.  Then more")  # two spaces after a full stop: a typing habit
    text = _table(rows)
    assert [n for n, _ in _spacing(text)] == [7, 10]
    path = tmp_path / "README.md"
    path.write_text(text)
    proc = run_cli("--fix", "--select", "AL015", str(path))
    assert proc.returncode == 0, proc.stderr.decode()
    want = text.replace("[Paper  2]", "[Paper 2]").replace("format  number", "format number")
    assert path.read_text() == want
    assert re.sub(r"\s+", " ", render(want)) == re.sub(r"\s+", " ", render(text))


def test_a_run_fixed_in_an_aligned_table_keeps_the_pipes_in_line():
    cells = [(f"[Paper {k}](https://example.org/p{k})", f"Parses format {k}") for k in range(12)]
    cells[4] = (cells[4][0], "Parses  format 4")
    w0, w1 = (max(len(c[i]) for c in cells) for i in (0, 1))
    rows = [f"| {a.ljust(w0)} | {b.ljust(w1)} |" for a, b in cells]
    text = f"# Papers\n\n| {'Title'.ljust(w0)} | {'About'.ljust(w1)} |\n| {'-' * w0} | {'-' * w1} |\n" + "\n".join(rows) + "\n"
    fixed = fix_text(text, select=["AL015"])
    out = fixed if isinstance(fixed, str) else fixed[0]
    lines = out.splitlines()
    assert "Parses format 4 " in lines[8]
    assert {tuple(i for i, ch in enumerate(ln) if ch == "|") for ln in lines[2:]} == {
        tuple(i for i, ch in enumerate(lines[2]) if ch == "|")}  # every pipe where it was


def test_a_comma_glued_to_a_lower_case_word_is_a_slip_too():
    """`Interpreting SR,local attribution map`, `lightweight,on Mobile Devices` (set O's
    super-resolution list writes ', ' 84 times); `1,000`, `a,b` in code and an address stay."""
    items = [f"- Ann Lee, Bo Chen, Paper number {k}, ICML 2020. [[Paper]](https://example.org/p{k})" for k in range(14)]
    items[3] = "- Interpreting SR,local attribution map, Paper number 3. [[Paper]](https://example.org/p3)"
    items[6] = "- Ann Lee, Paper number 6 on 1,000 graphs with `f(a,b)`. [[Paper]](https://example.org/a,bcd)"
    text = _doc(items)
    found = [(f.line, f.message) for f in lint_text(text, select=["AL015"]) if "comma" in f.message]
    assert found == [(8, "no space after the comma before 'local', where the file's entries have one")]
    fixed, _ = fix_text(text, select=["AL015"])
    assert fixed == text.replace("SR,local", "SR, local")


def test_a_comma_glued_to_the_next_word_is_a_slip_with_a_safe_fix():
    """`Franco Scarselli,Marco Gori` lost the space the file writes after every other comma;
    a number, a link's address and a line in a script without spaces are left alone."""
    items = [f"- Ann Lee, Bo Chen, Paper number {k}, ICML 2020. [[Paper]](https://example.org/p{k})" for k in range(14)]
    items[2] = "- Franco Scarselli,Marco Gori,Ah Chung Tsoi, Paper number 2, ICML 2020. [[Paper]](https://example.org/p2)"
    items[5] = "- Ann Lee, Bo Chen, Paper number 5 on 1,000 Graphs. [[Paper]](https://example.org/a,Bcd)"
    items[8] = "- 支持模型,Qwen 和 GLM, Paper number 8. [[Paper]](https://example.org/p8)"
    text = _doc(items)
    found = [(f.line, f.message) for f in lint_text(text, select=["AL015"]) if "comma" in f.message]
    assert found == [(7, "no space after the comma before 'Marco' (and 1 more on the line), where the file's entries have one")]
    fixed, _ = fix_text(text, select=["AL015"])
    assert "Franco Scarselli, Marco Gori, Ah Chung Tsoi, Paper" in fixed
    assert fixed.replace("Scarselli, Marco Gori, Ah", "Scarselli,Marco Gori,Ah") == text
    assert fix_text(fixed, select=["AL015"])[0] == fixed


def test_padding_before_a_pipe_in_four_entries_in_a_row_is_their_template():
    """`2022| [github](…)  | [bibtex]` in four entries in a row (a `<details>` group copied from
    one template) is that group's way; the same padding on one entry elsewhere is a slip."""
    rows = [f"- [Paper {i}](https://e.org/{i}), Liu et al., CVPR 2022 | [github](https://github.com/a/p{i}) | [bibtex](./c/{i}.txt)"
            for i in range(30)]
    group = [f"- [Edit {i}](https://e.org/e{i}), Fan et al., ECCV 2022| [github](https://github.com/b/e{i})  | [bibtex](./c/e{i}.txt)"
             for i in range(4)]
    slip = "- [Lone](https://e.org/l), Wu et al., ICCV 2021 | [github](https://github.com/c/l)  | [bibtex](./c/l.txt)"
    text = "# NeRF\n\n" + "\n".join(rows[:6] + ["<details>", "<summary>Editing</summary>", ""] + group
                                   + ["</details>", ""] + rows[6:] + [slip]) + "\n"
    found = _spacing(text)
    assert [line for line, _ in found] == [text.splitlines().index(slip) + 1]
    assert "two spaces before '|'" in found[0][1]


def test_a_parenthesis_glued_to_the_word_before_it_is_a_slip_with_a_safe_fix():
    """`Yaser Sheikh(CVPR 2019)` lost the space the file writes before every other venue; a
    link text's `[TensorFlow(Author)]`, `GPT(3)` and `model(s)` are left alone."""
    items = [f"- [Paper {k}](https://example.org/p{k}) - Ann Lee, Bo Chen (CVPR 2019)" for k in range(14)]
    items[2] = "- [Paper 2](https://example.org/p2) - Ann Lee, Yaser Sheikh(CVPR 2019)"
    items[5] = "- [Paper 5](https://example.org/p5) - Ann Lee, Bo Chen (CVPR 2019) [TensorFlow(Author)](https://github.com/a/b)"
    items[8] = "- [Paper 8](https://example.org/p8) - Ann Lee on GPT(3) and model(s) (CVPR 2019)"
    text = _doc(items)
    found = [(f.line, f.message) for f in lint_text(text, select=["AL015"]) if "parenthes" in f.message or "before '(" in f.message]
    assert found == [(7, "no space before '(CVPR 2019)', where the file's entries have one")]
    fixed, _ = fix_text(text, select=["AL015"])
    assert fixed == text.replace("Sheikh(CVPR", "Sheikh (CVPR")


def test_a_titles_colon_glued_to_its_subtitle_is_a_slip_with_a_safe_fix():
    """`HAD:Heterogeneity-Aware Distillation` lost the space the file's titles put after the
    colon; a time and a short label are left alone."""
    items = [f"- Model{k}: A Study Number {k} (**CVPR 2026**) [[paper](https://example.org/p{k})]" for k in range(14)]
    items[3] = "- HAD:Heterogeneity-Aware Distillation (**CVPR 2026**) [[paper](https://example.org/p3)]"
    items[6] = "- Talk at 10:30 on Model6: A Study [Code:TF] (**CVPR 2026**) [[paper](https://example.org/p6)]"
    text = _doc(items)
    found = [(f.line, f.message) for f in lint_text(text, select=["AL015"]) if "colon" in f.message]
    assert found == [(8, "no space after the colon before 'Heterogeneity-Aware', where the file's entries have one")]
    fixed, _ = fix_text(text, select=["AL015"])
    assert fixed == text.replace("HAD:Heterogeneity", "HAD: Heterogeneity")


def test_an_acronym_glued_to_its_expansion_a_closing_parenthesis_and_a_separator_session24():
    """Set R's misses (a security tools list): `NIDS(Network Intrusion Detection System)`,
    `(NIDS)created` and `[Netz](…)- Discover` each lost the space the file's entries keep;
    `(de)serialization`, `(Un)learning` and `GPT(3)` are words of their own."""
    items = [f"- [Tool{k}](https://example.org/t{k}) - A network tool (NIDS) for hosts." for k in range(14)]
    items[2] = "- [Tool2](https://example.org/t2) - A NIDS(Network Intrusion Detection System) for hosts."
    items[5] = "- [Tool5](https://example.org/t5) - A network tool (NIDS)created for hosts."
    items[8] = "- [Netz](https://example.org/t8)- Discover misconfigurations."
    items[11] = "- [Tool11](https://example.org/t11) - Fast (de)serialization and (Un)learning on GPT(3)."
    text = _doc(items)
    found = [(f.line, f.message) for f in lint_text(text, select=["AL015"])]
    assert found == [
        (7, "no space before '(Network Intrusion Detection System)', where the file's entries have one"),
        (10, "no space after ')' before 'created', where the file's entries have one"),
        (13, "no space before the separator '-', where the file's entries have one"),
    ]
    fixed, _ = fix_text(text, select=["AL015"])
    assert fixed == (text.replace("NIDS(Network", "NIDS (Network").replace("(NIDS)created", "(NIDS) created")
                     .replace("/t8)- Discover", "/t8) - Discover"))


def test_one_blank_line_inside_a_tight_list_makes_it_loose_session24(tmp_path):
    """Set R's miss (a quant list): an entry pasted with its blank line into a list of single-line
    items makes GitHub render every item of the list as a spaced paragraph. The fix drops it, and
    cmark-gfm renders the list tight again; a list with blank lines between most items is loose
    on purpose."""
    items = [f"- [Tool{k}](https://example.org/t{k}) - `Python` - A tool." for k in range(8)]
    text = "# L\n\n## Tools\n\n" + "\n".join(items[:5]) + "\n\n" + "\n".join(items[5:]) + "\n"
    found = [(f.line, f.message.split(" makes")[0]) for f in lint_text(text, select=["AL015"])]
    assert found == [(10, "a blank line between two items")]
    assert "<p>" in render(text)
    path = tmp_path / "README.md"
    path.write_text(text, encoding="utf-8")
    run_cli("--select", "AL015", "--fix", str(path))
    assert path.read_text(encoding="utf-8") == text  # unsafe: the whole list renders anew
    run_cli("--select", "AL015", "--fix", "--unsafe-fixes", str(path))
    fixed = path.read_text(encoding="utf-8")
    assert fixed == text.replace(items[4] + "\n\n", items[4] + "\n") and "<p>" not in render(fixed)
    loose = "# L\n\n## Tools\n\n" + "\n\n".join(items) + "\n"
    assert lint_text(loose, select=["AL015"]) == []


def test_a_heading_its_list_follows_at_once_where_the_others_leave_a_blank_line_session24(tmp_path):
    """Set R's miss (a quant list): `## Trading` with its list right below, where the file's
    other headings leave a blank line. The page is the same; the fix puts the line in. A file
    that does both often has two ways, not a slip."""
    sections = "".join(f"## Topic {k}\n\n- [Tool{k}](https://example.org/t{k}) - A tool.\n\n" for k in range(10))
    text = "# L\n\n" + sections + "## Trading\n- [Orders](https://example.org/o) - A book.\n"
    found = [(f.line, f.message) for f in lint_text(text, select=["AL015"])]
    assert found == [(43, "no blank line between the heading and its list, where the file's other headings have one")]
    path = tmp_path / "README.md"
    path.write_bytes(text.replace("\n", "\r\n").encode())
    run_cli("--select", "AL015", "--fix", str(path))
    assert path.read_bytes() == text.replace("## Trading\n", "## Trading\n\n").replace("\n", "\r\n").encode()
    many = "# L\n\n" + sections + "".join(f"## More {k}\n- [M{k}](https://example.org/m{k}) - A tool.\n\n" for k in range(5))
    assert lint_text(many, select=["AL015"]) == []


def test_an_initial_glued_to_the_surname_session24():
    """Set R's miss (a recurrent-networks list): `E.Denton et al.` where the file's authors have
    a space after the initial; `U.S.`, `np.Array` and a linked `[Jason C.H](…)` are left alone."""
    items = [f"- **Paper {k}** (2015), A. Author et al. [[pdf]](https://example.org/p{k})" for k in range(14)]
    items[3] = "- **Paper 3** (2015), E.Denton et al. [[pdf]](https://example.org/p3)"
    items[7] = "- **Paper 7** (2015), in the U.S. with np.Array, by [Jason C.H](https://example.org/j). [[pdf]](https://example.org/p7)"
    text = _doc(items)
    found = [(f.line, f.message) for f in lint_text(text, select=["AL015"])]
    assert found == [(8, "no space after the initial before 'Denton', where the file's entries have one")]
    fixed, _ = fix_text(text, select=["AL015"])
    assert fixed == text.replace("E.Denton", "E. Denton")


def test_a_spaced_ellipsis_is_no_space_before_a_full_stop_session26():
    """Set U's medical list: the BMJ column `Sixty seconds on . . . ChatGPT` is printed with a
    spaced ellipsis; `on .` there is no stray space before a full stop, while `models .` is."""
    items = "".join(f"- **[Study {i} of models](https://doi.org/10.1/{i})** · *BMJ* · 2024\n" for i in range(8))
    text = ("# Papers\n\n" + items + "- **[Sixty seconds on . . . ChatGPT](https://doi.org/10.1/x)** · *BMJ* · 2024\n"
            "- **[Notes on models . More](https://doi.org/10.1/y)** · *BMJ* · 2024\n")
    found = [f.line for f in lint_text(text, select=["AL015"]) if "space before the full stop" in f.message]
    assert found == [12]


def test_a_data_set_and_its_source_in_a_cell_session27():
    """Set V: `| Electricity(UCI), Traffic |` names a data set and where it comes from, a cell's
    shorthand (the file writes `PeMSD7(M)` and `M4(HOURLY)` too); a lost space before a venue in
    an entry's prose (`published in Sheikh(CVPR 2019)`) is still one."""
    rows = "".join(f"| [Paper number {i} on series](https://a.org/{i}) | AAAI | 2021 | Traffic, Weather (UCI) |\n" for i in range(12))
    text = ("# T\n\n| Title | Venue | Year | Dataset |\n| --- | --- | --- | --- |\n" + rows
            + "| [Synergetic learning of sequences](https://a.org/s) | AAAI | 2021 | Electricity(UCI), Traffic |\n")
    assert [f for f in lint_text(text, select=["AL015"]) if "no space before" in f.message] == []
    items = "".join(f"- [Paper number {i} on series](https://a.org/{i}) - Extends the model of Lee (ICML 2019).\n" for i in range(12))
    prose = "# T\n\n" + items + "- [Another paper](https://a.org/x) - Extends the model of Sheikh(CVPR 2019).\n"
    assert [f.line for f in lint_text(prose, select=["AL015"]) if "no space before" in f.message] == [15]


def test_a_title_glued_to_its_venue_in_a_cell_is_still_told_session27():
    """The review of the data-set exemption: a title cell's last word glued to its venue
    (`Learning with Transformer(AAAI 2021)`) lost its space; only a name alone in a cell or its
    comma list, before a source with no year (`Electricity(UCI)`), is a cell's shorthand."""
    rows = "".join(f"| [Paper number {i} on series](https://a.org/{i}) (AAAI 2021) | Traffic |\n" for i in range(12))
    text = "# T\n\n| Title | Dataset |\n| --- | --- |\n" + rows + "| Learning with Transformer(AAAI 2021) | Traffic |\n"
    assert [f.line for f in lint_text(text, select=["AL015"]) if "no space before" in f.message] == [17]


def test_a_run_apart_from_another_departure_on_its_line_is_a_slip_of_its_own_session30():
    # a Postgres list: `SQL using  a fork of PostgreSQL` in a description that also lacks the full
    # stop the file's descriptions end with: two slips, two findings; `libraries  [MIT]`, a full
    # stop typed as a space, stays one
    good = "".join(f"- [Tool{i}](https://example.org/{i}) - A tool for databases number {i}.\n" for i in range(12))
    text = ("# Tools\n\n" + good + "- [Yuga](https://example.org/y) - Distributed SQL using  a fork of PostgreSQL\n")
    found = [(f.line, f.message.split(",")[0].split(";")[0]) for f in lint_text(text, select=["AL015"])]
    assert found == [(15, "two spaces before 'a'"), (15, 'description does not end with "."')]
    fixed, _ = fix_text(text, select=["AL015"])
    assert fixed.endswith("Distributed SQL using a fork of PostgreSQL.\n")


def test_a_separator_glued_to_the_title_link_before_italic_authors_session32(tmp_path):
    """Set Z's misses (a speech list): `[Title](u)- *C Wang et al*` lost the space before the
    separator the file writes ` - *Authors*`; the fix puts it back and the page renders the
    same words with the space."""
    items = [f"- [Paper number {k} on speech](https://arxiv.org/abs/2101.0{k:04d}) - *A Name et al*, `ACL 2021`"
             for k in range(12)]
    items[4] = items[4].replace(") - *A Name", ")- *A Name")
    text = _doc(items)
    path = tmp_path / "README.md"
    path.write_text(text, encoding="utf-8")
    code, found = run_json("--select", "AL015", str(path))
    assert [(f["line"], f["message"]) for f in found] == [
        (9, "no space before the separator '-', where the file's entries have one")]
    proc = run_cli("--fix", "--select", "AL015", str(path))
    assert proc.returncode == 0, proc.stderr.decode()
    assert path.read_text(encoding="utf-8") == text.replace(")- *A Name", ") - *A Name")
    assert render(path.read_text(encoding="utf-8")) == render(text).replace("</a>- <em>", "</a> - <em>")


def test_an_emoji_short_code_before_the_full_stop_is_one_mark_session32():
    """Set AA's false positive (a shell list): `searchable :cloud:.` ends with an emoji's short
    code (GitHub shows a cloud) and the full stop; a colon left before the full stop is a slip."""
    items = [f"- [tool{k}](https://github.com/owner/tool{k}) - Parses file format number {k}." for k in range(1, 12)]
    items[3] = items[3][:-1] + " in the cloud :cloud:."
    items[6] = items[6][:-1] + ":."
    text = _doc(items)
    found = [(f.line, f.message) for f in lint_text(text, select=["AL015"])]
    assert found == [(text.splitlines().index(items[6]) + 1, 'the line ends with two marks, ":.": one of them is a slip')]


def test_a_run_between_two_words_is_weighed_against_the_sections_prose_session32():
    """Set Z's miss (a speech list): a tools section pads its names and badges (`[Kaldi](u)
    &nbsp; [![stars](b)](u)  | …`) on most items, a layout of its own; `is an  automatic`
    between two words of a sentence is still a slip there, and the fix closes it."""
    items = [f"- [Tool{k}](https://example.org/t{k})  &nbsp; [![stars](https://img.example/t{k}.svg)](https://example.org/t{k})"
             f" | A toolkit for speech number {k}." for k in range(8)]
    items[5] = items[5].replace("A toolkit for", "Tool5 is an  automatic toolkit for")
    other = [f"- [Paper{k}](https://example.org/p{k}) - A study of speech number {k}." for k in range(10)]
    text = "# Speech\n\n## Toolkits\n\n" + "\n".join(items) + "\n\n## Papers\n\n" + "\n".join(other) + "\n"
    found = [(f.line, f.message) for f in lint_text(text, select=["AL015"])]
    assert found == [(10, "two spaces before 'automatic', where the file's entries use one")]
    fixed, _ = fix_text(text, select=["AL015"])
    assert fixed == text.replace("is an  automatic", "is an automatic")


def test_a_bar_glued_to_the_venue_before_the_links_session32(tmp_path):
    """Set Z's miss (a point cloud list): `…, NeurIPS 2024| [github](…)` where the file writes
    ` | ` before its links; the fix puts the space back. A dash that opens a code span
    (`` `- **[2026.04.22]**` ``) is code, not a separator glued to it."""
    items = [f"- [A Paper on Point Clouds {k}](https://arxiv.org/abs/2306.1053{k}), Lee et al., CVPR 2023 | [github](https://github.com/o/p{k})"
             for k in range(10)]
    items[6] = items[6].replace("CVPR 2023 | [github]", "CVPR 2023| [github]")
    items[8] = items[8] + " (news items look like `- **[2026.04.22]**`)"
    text = "# Point clouds\n\n## Completion\n\n" + "\n".join(items) + "\n"
    path = tmp_path / "README.md"
    path.write_text(text, encoding="utf-8")
    code, found = run_json("--select", "AL015", str(path))
    assert [(f["line"], f["message"]) for f in found] == [
        (11, "no space before the separator '|', where the file's entries have one")]
    proc = run_cli("--fix", "--select", "AL015", str(path))
    assert proc.returncode == 0, proc.stderr.decode()
    assert path.read_text(encoding="utf-8") == text.replace("CVPR 2023| [github]", "CVPR 2023 | [github]")


def test_wide_list_markers_are_the_files_habit_where_few_items_are_entries_session37():
    """Set AG's wrong findings (a grasping list exported from Typora): every one of its list
    items is written `-   Name`, but most entries are table rows and only three items link
    anything, so the habit was not seen. One item with `-   ` among items written `- ` stays a slip."""
    people = "".join(f"-   Person {i} @ Lab {i}\n" for i in range(12))
    rows = "".join(f"| Method {i} | [Paper](https://arxiv.org/abs/2401.0{i:04d}) |\n" for i in range(20))
    text = ("# Grasping\n\n| Name | Paper |\n| --- | --- |\n" + rows + "\n## People\n\n" + people
            + "-   Ken Goldberg @ Berkeley | [AutoLab](https://autolab.berkeley.edu/)\n")
    assert [f for f in lint_text(text, select=["AL015"]) if "list marker" in f.message] == []
    plain = text.replace("-   Person", "- Person")
    found = [f.line for f in lint_text(plain, select=["AL015"]) if "list marker" in f.message]
    assert found == [text.count("\n")]
