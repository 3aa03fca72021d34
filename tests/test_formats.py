"""Machine-readable output (github, sarif), --statistics, colour, and --since on a real git repo."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from conftest import FIXTURES, run_cli

BROKEN = ("# Papers\n\n1. [2023 MICCAI] **A** [[paper]](https://arxiv.org/abs/2301.00001)\n"
          "3. [2023 IPMI] **B** [[paper]](https://arxiv.org/abs/2301.00002)\n\n"
          "| # | T |\n|---|---|\n| 1 | a |\n| 3 | b |\n")


@pytest.fixture()
def broken(tmp_path):
    p = tmp_path / "list.md"
    p.write_text(BROKEN)
    return p


def test_github_annotations_name_the_lines(broken):
    proc = run_cli("--format", "github", "--select", "AL001,AL002", broken)
    lines = proc.stdout.decode().splitlines()
    assert proc.returncode == 1
    assert lines[0].startswith(f"::error file={broken},line=4,col=1,")
    assert "title=AL001 ordered-list-numbering::ordered list numbering skips from 1 to 3" in lines[0]
    assert lines[1].startswith(f"::error file={broken},line=9,col=3,")
    assert len(lines) == 2


def test_github_warning_level_and_escaping(tmp_path):
    (tmp_path / ".awesome-lint.yaml").write_text("AL001:\n  severity: warning\n")
    p = tmp_path / "a,b.md"
    p.write_text(BROKEN)
    out = run_cli("--format", "github", "--select", "AL001", p).stdout.decode()
    assert out.startswith("::warning file=") and "a%2Cb.md" in out


def test_sarif_validates_against_the_2_1_0_schema(broken):
    import jsonschema

    schema = json.loads((FIXTURES / "schemas" / "sarif-schema-2.1.0.json").read_text())
    proc = run_cli("--format", "sarif", broken)
    log = json.loads(proc.stdout)
    jsonschema.Draft4Validator(schema).validate(log)
    run = log["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert rules["AL001"]["name"] == "ordered-list-numbering"
    assert rules["AL001"]["helpUri"].endswith("/rules/AL001.md")
    assert "What it does" in rules["AL001"]["help"]["text"]
    results = [r for r in run["results"] if r["ruleId"] in ("AL001", "AL002")]
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results] == [4, 9]
    fix = results[0]["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert fix["insertedContent"]["text"] == "2"
    assert fix["deletedRegion"]["startLine"] == 4


def test_statistics(broken):
    out = run_cli("--statistics", "--select", "AL001,AL002", broken).stdout.decode()
    assert ": AL001 " not in out and "  |" not in out  # only the counts, as ruff prints them
    assert "     1  AL001  ordered-list-numbering [*]" in out
    assert "     1  AL002  table-index-numbering [*]" in out


def test_colour_only_when_asked_and_never_with_no_color(broken):
    plain = run_cli("--select", "AL001", broken).stdout.decode()
    assert "\x1b[" not in plain
    forced = run_cli("--select", "AL001", broken, env={"FORCE_COLOR": "1", "NO_COLOR": ""}).stdout.decode()
    assert "\x1b[31mAL001" in forced


def git(*args, cwd):
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@e.invalid",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@e.invalid")
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True)


def test_since_reports_only_changed_lines(tmp_path):
    repo = tmp_path / "r"
    repo.mkdir()
    git("init", "-q", "-b", "main", cwd=repo)
    old = "# L\n\n1. a\n3. b\n\ntext\n\n1. c\n2. d\n"
    (repo / "README.md").write_text(old)
    git("add", ".", cwd=repo)
    git("commit", "-qm", "base", cwd=repo)
    (repo / "README.md").write_text(old.replace("2. d", "4. d"))
    proc = run_cli("--format", "json", "--select", "AL001", "--since", "HEAD", "README.md", cwd=repo)
    assert [f["line"] for f in json.loads(proc.stdout)] == [9]  # line 4's old break is not reported
    full = run_cli("--format", "json", "--select", "AL001", "README.md", cwd=repo)
    assert [f["line"] for f in json.loads(full.stdout)] == [4, 9]


def test_since_errors(tmp_path):
    (tmp_path / "a.md").write_text("x\n")
    proc = run_cli("--since", "HEAD", tmp_path / "a.md")
    assert proc.returncode == 2 and "not in a git repository" in proc.stderr.decode()
    repo = tmp_path / "r"
    repo.mkdir()
    git("init", "-q", cwd=repo)
    (repo / "a.md").write_text("x\n")
    git("add", ".", cwd=repo)
    git("commit", "-qm", "x", cwd=repo)
    proc = run_cli("--since", "no-such-rev", "a.md", cwd=repo)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "unknown revision 'no-such-rev'" in err and len(err.splitlines()) == 1


def test_reports_are_written_in_pieces_byte_for_byte(tmp_path):
    """The CLI writes reports piece by piece (a large list's report is never one string): the
    JSON must still be exactly ``json.dumps(list, indent=2)``, and the text report's source
    lines must be the file's lines (CRLF, tabs and all)."""
    p = tmp_path / "list.md"
    p.write_bytes(BROKEN.replace("\n", "\r\n").replace("| 3 | b |", "| 3 |\tb |").encode())
    out = run_cli("--format", "json", p).stdout.decode()
    data = json.loads(out)
    assert [d["code"] for d in data] == ["AL001", "AL002"]
    assert out == json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    text = run_cli("--select", "AL002", p).stdout.decode().splitlines()
    assert text[0].startswith(f"{p}:9:3: AL002 ")
    assert text[1] == "  | | 3 | b |"  # the line itself, tab shown as a space, no CR
    assert text[2] == "  |   ^"
    empty = tmp_path / "empty.md"
    empty.write_text("")
    assert run_cli("--format", "json", empty).stdout.decode() == "[]\n"
