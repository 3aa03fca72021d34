"""Suppression comments through the real CLI: line by line in a group finding, file-level
directives, unknown codes and misspelt directives as warnings (never an abort), AL020."""

from __future__ import annotations

import json

from conftest import run_cli

TAG = "- [{tag}] **{title}** [[paper]](https://arxiv.org/abs/{id})\n"
GROUP = (  # every NeurIPS tag written NIPS: one finding for the three (AL005's house spelling)
    "# Papers\n\n"
    + TAG.format(tag="NIPS 2020", title="Alpha", id="2001.00001")  # line 3
    + TAG.format(tag="ICML 2021", title="Beta", id="2101.00002")
    + TAG.format(tag="NIPS 2019", title="Gamma", id="1901.00003")  # line 5
    + TAG.format(tag="ICML 2022", title="Delta", id="2201.00004")
    + TAG.format(tag="NIPS 2018", title="Eps", id="1801.00005")  # line 7
    + TAG.format(tag="ICML 2022", title="Zeta", id="2201.00006")
)
BROKEN = "# T\n\n1. a\n3. b\n"  # AL001 at line 4


def lint(path, *args):
    proc = run_cli("--format", "json", *args, path)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return [(f["code"], f["line"], f["message"]) for f in json.loads(proc.stdout)], proc.stderr.decode()


def test_a_group_without_comments_is_one_finding(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(GROUP)
    found, _ = lint(p, "--select", "AL005")
    assert [(c, n) for c, n, _ in found] == [("AL005", 3)]
    assert "here and in 2 more: lines 5, 7" in found[0][2]


def test_a_comment_on_one_line_of_a_group_suppresses_only_that_line(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(GROUP.replace("- [NIPS 2019]", "<!-- awesome-lint-disable-next-line AL005 -->\n- [NIPS 2019]"))
    found, _ = lint(p, "--select", "AL005")
    assert [(c, n) for c, n, _ in found] == [("AL005", 3), ("AL005", 8)]  # line 6 (was 5) kept out
    assert all("here and in" not in m for _, _, m in found)
    proc = run_cli("--fix", "--select", "AL005", p)
    assert proc.returncode == 0, proc.stderr.decode()
    text = p.read_text()
    assert "[NIPS 2019] **Gamma**" in text  # its fix was suppressed with it
    assert "[NeurIPS 2020] **Alpha**" in text and "[NeurIPS 2018] **Eps**" in text


def test_the_first_line_of_a_group_suppressed_keeps_the_others(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(GROUP.replace("**Alpha** [[paper]](https://arxiv.org/abs/2001.00001)",
                               "**Alpha** [[paper]](https://arxiv.org/abs/2001.00001) <!-- awesome-lint-disable-line -->"))
    found, _ = lint(p, "--select", "AL005")
    assert [(c, n) for c, n, _ in found] == [("AL005", 5), ("AL005", 7)]


def test_disable_file_with_and_without_codes(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(BROKEN + "\n<!-- awesome-lint-disable-file AL001 -->\n\n1. c\n3. d\n" + GROUP.replace("# Papers", "## P"))
    found, _ = lint(p, "--select", "AL001,AL005")
    assert [c for c, _, _ in found] == ["AL005"]  # both breaks, before and after the comment
    p.write_text("<!-- awesome-lint-disable-file -->\n" + BROKEN + GROUP.replace("# Papers", "## P"))
    found, _ = lint(p, "--select", "AL001,AL005")
    assert found == []
    # shown as code, it is an example
    p.write_text("Write `<!-- awesome-lint-disable-file -->` at the top.\n\n" + BROKEN)
    found, _ = lint(p, "--select", "AL001")
    assert [(c, n) for c, n, _ in found] == [("AL001", 6)]


def test_unknown_codes_and_misspelt_directives_warn_and_never_abort(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("<!-- awesome-lint-disable-next-line AL999, XL001 -->\n1. a\n3. b\n\n"
                 "<!-- awesome-lint-disable-nextline AL001 -->\n1. c\n3. d\n\n"
                 "<!-- awesomelint-disable -->\n1. e\n3. f\n\n"
                 "<!-- awesome-lint is the linter we use -->\n")
    proc = run_cli("--format", "json", "--select", "AL001", p)
    assert proc.returncode == 1  # the findings, not a usage error
    # an unknown code suppresses nothing (it never turns into "every rule"); a misspelt directive
    # is not read as `disable` with codes "-nextline AL001"
    assert [f["line"] for f in json.loads(proc.stdout)] == [3, 7, 11]
    err = proc.stderr.decode().splitlines()
    assert len(err) == 4, err
    assert all(line.startswith(f"awesome-lint: warning: {p}:") for line in err)
    assert "unknown rule `AL999`" in err[0] and "unknown rule `XL001`" in err[1]
    assert ":5:1: unknown suppression directive `awesome-lint-disable-nextline`" in err[2]
    assert "did you mean `awesome-lint-disable-next-line`?" in err[2]
    assert ":9:1: unknown suppression directive `awesomelint-disable`" in err[3]
    fixed = run_cli("--fix", "--select", "AL001", p)  # three fix passes: each warning once
    assert len(fixed.stderr.decode().splitlines()) == 4


def test_a_known_code_beside_an_unknown_one_still_works(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("1. a\n3. b <!-- awesome-lint-disable-line AL999 AL001 -->\n")
    found, err = lint(p, "--select", "AL001")
    assert found == [] and "AL999" in err


def test_al020_is_off_by_default_and_reports_what_suppresses_nothing(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(
        "<!-- awesome-lint-disable-next-line AL001 -->\n1. a\n2. b\n\ntext\n\n"  # line 1: nothing to suppress
        "1. c\n3. d <!-- awesome-lint-disable-line AL001 AL005 -->\n\ntext\n\n"  # line 8: AL001 used, AL005 not
        "1. x <!-- awesome-lint-disable-line AL016 -->\n\n"  # line 12: AL016 is not selected here
        "<!-- awesome-lint-disable AL001 -->\n\n1. d\n3. e\n\n<!-- awesome-lint-enable AL001 -->\n"  # used
        "<!-- awesome-lint-disable-file AL999 -->\n"  # line 20: unknown
        "<!-- awesome-lint-disable -->\n"  # line 21: nothing after it
    )
    found, err = lint(p, "--select", "AL001,AL005")
    assert found == [] and "AL999" in err
    found, err = lint(p, "--select", "AL001,AL005", "--extend-select", "AL020")
    assert err == ""  # the unknown code is a finding now, not a warning
    by_line = {n: m for c, n, m in found if c == "AL020"}
    assert set(by_line) == {1, 8, 12, 20, 21}, found
    assert "AL001 reports nothing where it applies" in by_line[1]
    assert by_line[8].startswith("`AL005` in `<!-- awesome-lint-disable-line AL001 AL005 -->` suppresses nothing")
    assert "AL016 is not enabled for this file" in by_line[12]
    assert "unknown rule `AL999`" in by_line[20]
    assert "no rule reports anything" in by_line[21]
    # and AL020's own findings can be suppressed like any other
    p.write_text(p.read_text() + "<!-- awesome-lint-disable-file AL020 -->\n")
    found, _ = lint(p, "--select", "AL001,AL005", "--extend-select", "AL020")
    assert found == []


def test_al020_documents_itself():
    proc = run_cli("--explain", "AL020")
    assert proc.returncode == 0 and "suppresses nothing" in proc.stdout.decode()
    listed = run_cli("--list-rules").stdout.decode()
    assert "AL020" in listed and "unused-suppression" in listed


def test_a_comment_used_only_by_a_cross_file_duplicate_is_not_unused(tmp_path):
    entry = "- [Alpha paper](https://arxiv.org/abs/2001.00003) - a.\n"
    (tmp_path / "a.md").write_text("# A\n\n" + entry)
    (tmp_path / "b.md").write_text("# B\n\n" + entry)
    proc = run_cli("--format", "json", "--cross-file", "--extend-select", "AL020", "a.md", "b.md", cwd=tmp_path)
    assert [(f["path"], f["code"]) for f in json.loads(proc.stdout)] == [("b.md", "AL003")]
    (tmp_path / "b.md").write_text("# B\n\n<!-- awesome-lint-disable-next-line AL003 -->\n" + entry)
    proc = run_cli("--format", "json", "--cross-file", "--extend-select", "AL020", "a.md", "b.md", cwd=tmp_path)
    assert json.loads(proc.stdout) == []
    alone = run_cli("--format", "json", "--extend-select", "AL020", "b.md", cwd=tmp_path)  # nothing to suppress
    assert [f["code"] for f in json.loads(alone.stdout)] == ["AL020"]


def test_slips_with_spaces_or_colons_are_told_and_prose_is_not(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("1. a\n3. b <!-- awesome-lint: disable-line -->\n\ntext <!-- awesome-lint disable-line -->\n\n"
                 "<!-- awesome-lint is what we run -->\n<!-- Awesome-Lint-disable -->\n")
    found, err = lint(p, "--select", "AL001")
    assert [n for _, n, _ in found] == [2]
    lines = err.splitlines()
    assert [line.split(": ")[2].split(":")[1] for line in lines] == ["2", "4", "7"]
    assert "`awesome-lint: disable-line`" in lines[0] and "`Awesome-Lint-disable`" in lines[2]
