"""The command-line contract: exit status, output formats, bad input, --fix/--diff/stdin."""

from __future__ import annotations

import json
import os
import stat

from conftest import ROOT, run_cli

BROKEN = "# Papers\n\n1. [2023 MICCAI] **A** [[paper]](https://arxiv.org/abs/2301.00001)\n3. [2023 IPMI] **B** [[paper]](https://arxiv.org/abs/2301.00002)\n"
FIXED = BROKEN.replace("\n3. ", "\n2. ")


def write(path, text: str | bytes):
    if isinstance(text, str):
        text = text.encode()
    path.write_bytes(text)
    return path


def test_text_output_and_exit_one(tmp_path):
    p = write(tmp_path / "a.md", BROKEN)
    proc = run_cli(p)
    out = proc.stdout.decode()
    assert proc.returncode == 1
    assert f"{p}:4:1: AL001 ordered list numbering skips from 1 to 3; expected 2 [*]" in out
    assert "Found 1 problem (1 fixable with --fix)." in out
    assert "  | 3. [2023 IPMI]" in out and "  | ^" in out  # source line and caret


def test_json_contract(tmp_path):
    p = write(tmp_path / "a.md", BROKEN)
    proc = run_cli("--format", "json", p)
    data = json.loads(proc.stdout)
    assert isinstance(data, list) and len(data) == 1
    f = data[0]
    for key in ("path", "code", "name", "severity", "message", "line", "column", "end_line", "end_column", "fixable"):
        assert key in f
    assert (f["code"], f["name"], f["severity"], f["line"], f["column"], f["fixable"]) == (
        "AL001", "ordered-list-numbering", "error", 4, 1, True)


def test_clean_file_exits_zero(tmp_path):
    p = write(tmp_path / "a.md", FIXED)
    proc = run_cli(p)
    assert proc.returncode == 0 and "All checks passed." in proc.stdout.decode()
    assert run_cli("--format", "json", p).stdout.decode().strip() == "[]"


def test_fix_then_second_fix_changes_nothing(tmp_path):
    p = write(tmp_path / "a.md", BROKEN)
    os.chmod(p, 0o640)
    proc = run_cli("--fix", p)
    assert proc.returncode == 0, proc.stdout
    assert p.read_text() == FIXED
    assert stat.S_IMODE(os.stat(p).st_mode) == 0o640
    assert "Fixed 1 problem in 1 file." in proc.stdout.decode()
    mtime = os.stat(p).st_mtime_ns
    again = run_cli("--fix", p)
    assert again.returncode == 0 and os.stat(p).st_mtime_ns == mtime
    assert not [n for n in os.listdir(tmp_path) if n.startswith(".awesome-lint-")]


def test_diff_changes_nothing_and_exits_one(tmp_path):
    p = write(tmp_path / "a.md", BROKEN)
    proc = run_cli("--diff", p)
    assert proc.returncode == 1
    assert "-3. [2023 IPMI]" in proc.stdout.decode() and "+2. [2023 IPMI]" in proc.stdout.decode()
    assert p.read_text() == BROKEN
    assert run_cli("--diff", write(tmp_path / "b.md", FIXED)).returncode == 0


def test_stdin(tmp_path):
    proc = run_cli("--format", "json", "-", input=BROKEN)
    assert json.loads(proc.stdout)[0]["path"] == "-"
    fixed = run_cli("--fix", "-", input=BROKEN)
    assert fixed.stdout.decode() == FIXED and fixed.returncode == 0


def test_folder_is_searched_and_default_is_readme(tmp_path):
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "x.md", BROKEN)
    write(tmp_path / "notes.txt", BROKEN)
    proc = run_cli("--format", "json", tmp_path)
    paths = {f["path"] for f in json.loads(proc.stdout)}
    assert paths == {str(tmp_path / "sub" / "x.md")}
    write(tmp_path / "README.md", BROKEN)
    proc = run_cli("--format", "json", cwd=tmp_path)
    assert {f["path"] for f in json.loads(proc.stdout)} == {"README.md"}


def one_line_error(proc, *needles):
    err = proc.stderr.decode()
    assert proc.returncode == 2, (proc.returncode, err, proc.stdout)
    assert "Traceback" not in err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1, err
    for n in needles:
        assert n in lines[0]


def test_bad_input_is_one_line_and_status_two(tmp_path):
    one_line_error(run_cli(tmp_path / "missing.md"), "missing.md", "no such file")
    (tmp_path / "empty").mkdir()
    empty = run_cli(tmp_path / "empty")  # nothing to lint is a warning, as in ruff, not an error
    assert empty.returncode == 0 and "warning" in empty.stderr.decode() and "no Markdown" in empty.stderr.decode()
    bad = write(tmp_path / "latin.md", "1. caf\xe9\n3. b\n".encode("latin-1"))
    one_line_error(run_cli("--fix", bad), "latin.md", "cannot decode", "line 1")
    assert bad.read_bytes() == "1. caf\xe9\n3. b\n".encode("latin-1")
    fixed = run_cli("--fix", "--encoding", "latin-1", bad)
    assert fixed.returncode == 0 and bad.read_bytes() == "1. caf\xe9\n2. b\n".encode("latin-1")
    binary = write(tmp_path / "bin.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    one_line_error(run_cli(binary), "bin.md", "binary")
    one_line_error(run_cli(cwd=tmp_path / "empty"), "README.md")
    one_line_error(run_cli("--select", "XX999", write(tmp_path / "ok.md", FIXED)), "unknown rule")
    one_line_error(run_cli("--explain", "nope"), "unknown rule")


def test_read_only_file_with_fix_is_untouched(tmp_path):
    p = write(tmp_path / "ro.md", BROKEN)
    os.chmod(p, 0o444)  # refused even for root: the mode says read-only
    one_line_error(run_cli("--fix", p), "read-only")
    assert p.read_text() == BROKEN


def test_empty_file_and_front_matter_only(tmp_path):
    assert run_cli(write(tmp_path / "e.md", b"")).returncode == 0
    assert run_cli(write(tmp_path / "f.md", "---\ntitle: x\n---\n")).returncode == 0
    assert run_cli(write(tmp_path / "h.md", "<div>\n<p>only html</p>\n</div>\n")).returncode == 0


def test_symlink_is_fixed_through_and_stays_a_link(tmp_path):
    real = write(tmp_path / "real.md", BROKEN)
    link = tmp_path / "link.md"
    link.symlink_to(real)
    assert run_cli("--fix", link).returncode == 0
    assert link.is_symlink() and real.read_text() == FIXED


def test_version_list_rules_explain():
    v = run_cli("--version")
    assert v.returncode == 0 and v.stdout.decode().startswith("awesome-lint ")
    lr = run_cli("--list-rules").stdout.decode()
    assert "AL001" in lr and "ordered-list-numbering" in lr and "AL002" in lr
    ex = run_cli("--explain", "ordered-list-numbering")
    assert ex.returncode == 0 and ex.stdout.decode().startswith("# AL001 ordered-list-numbering")
    assert "## Fix safety" in ex.stdout.decode()


def test_exit_zero_and_quiet(tmp_path):
    p = write(tmp_path / "a.md", BROKEN)
    proc = run_cli("--exit-zero", "-q", p)
    assert proc.returncode == 0
    out = proc.stdout.decode()
    assert "AL001" in out and "Found" not in out and "  |" not in out


def test_example_list_in_repo_has_real_mistakes(tmp_path):
    import shutil

    target = tmp_path / "papers.md"
    shutil.copy(ROOT / "examples" / "papers.md", target)
    proc = run_cli("--fix", target)
    assert proc.returncode in (0, 1)
    assert target.read_bytes() != (ROOT / "examples" / "papers.md").read_bytes()
    assert run_cli("--fix", target).returncode == proc.returncode
