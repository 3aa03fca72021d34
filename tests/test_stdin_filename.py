"""``--stdin-filename PATH``: standard input linted as if it were PATH (what editors and their
format-on-save plugins send), fixed text to stdout and never to PATH."""

from __future__ import annotations

import json

from conftest import run_cli

LIST = """\
# Papers 📄

1. [2021 ICLR] **An Image is Worth 16x16 Words** [[paper]](https://arxiv.org/abs/2010.11929)
3. 🤖 **Visual Instruction Tuning** [[code]](http://github.com/haotian-liu/LLaVA)
"""


def test_configuration_and_per_file_ignores_of_the_named_path(tmp_path):
    (tmp_path / ".awesome-lint.yaml").write_text('per-file-ignores:\n  "docs/*.md": [AL012]\n')
    (tmp_path / "docs").mkdir()
    status, plain = _json(tmp_path, "other.md")
    assert status == 1 and {f["code"] for f in plain} == {"AL001", "AL012"}
    assert {f["path"] for f in plain} == {"other.md"}
    status, ignored = _json(tmp_path, "docs/list.md")  # the pattern matches the name given, not '-'
    assert status == 1 and [f["code"] for f in ignored] == ["AL001"] and ignored[0]["path"] == "docs/list.md"
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / ".awesome-lint.yaml").write_text("ignore: [AL001, AL012]\n")
    status, none = _json(tmp_path, "sub/README.md")  # the configuration nearest to PATH
    assert status == 0 and none == []


def test_text_messages_name_the_path(tmp_path):
    proc = run_cli("--stdin-filename", "lists/README.md", cwd=tmp_path, input=LIST)
    assert proc.returncode == 1
    assert proc.stdout.decode().startswith("lists/README.md:4:1: AL001 ")


def test_fix_writes_stdout_never_the_file(tmp_path):
    target = tmp_path / "README.md"
    target.write_text("left alone\n")
    proc = run_cli("--fix", "--stdin-filename", "README.md", cwd=tmp_path, input=LIST)
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert "2. 🤖" in out and "(https://github.com/haotian-liu/LLaVA)" in out
    assert target.read_text() == "left alone\n"
    piped = run_cli("--fix", "-", cwd=tmp_path, input=LIST)  # the same fix as plain standard input
    assert piped.stdout.decode() == out


def test_fix_with_nothing_to_fix_echoes_the_input(tmp_path):
    (tmp_path / ".awesome-lint.yaml").write_text("select: [AL004]\n")
    proc = run_cli("--fix", "--stdin-filename", "README.md", cwd=tmp_path, input=LIST)
    assert proc.returncode == 0 and proc.stdout.decode() == LIST


def test_bad_use_is_one_line_and_status_2(tmp_path):
    (tmp_path / "README.md").write_text(LIST)
    for args in (["--stdin-filename", "x.md", "README.md"], ["--stdin-filename", ""]):
        proc = run_cli(*args, cwd=tmp_path, input=LIST)
        err = proc.stderr.decode()
        assert proc.returncode == 2 and err.startswith("awesome-lint: ") and err.count("\n") == 1, err
    proc = run_cli("--stdin-filename", "x.md", cwd=tmp_path, input=b"# List\n\xc3(\n")
    assert proc.returncode == 2 and proc.stderr.decode().startswith("awesome-lint: x.md: ")
    proc = run_cli("--stdin-filename", "x.md", "-", cwd=tmp_path, input=LIST)  # '-' alone is fine
    assert proc.returncode == 1


def _json(cwd, name: str) -> tuple[int, list[dict]]:
    proc = run_cli("--format", "json", "--stdin-filename", name, cwd=cwd, input=LIST)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return proc.returncode, json.loads(proc.stdout)
