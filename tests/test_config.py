"""Configuration files, selection and inline suppressions, through the real CLI."""

from __future__ import annotations

import json

from conftest import run_cli

BROKEN = "1. a\n3. b\n"
TABLE = "| # | T |\n|---|---|\n| 1 | a |\n| 3 | b |\n"


def codes(proc):
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return sorted({f["code"] for f in json.loads(proc.stdout)})


def test_yaml_ignore_and_nearest_file_wins(tmp_path):
    (tmp_path / ".awesome-lint.yaml").write_text("ignore: [AL001]\n")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / ".awesome-lint.yaml").write_text("ignore: [table-index-numbering]\n")
    (tmp_path / "a.md").write_text(BROKEN + "\n" + TABLE)
    (sub / "b.md").write_text(BROKEN + "\n" + TABLE)
    assert codes(run_cli("--format", "json", "--select", "AL001,AL002", tmp_path / "a.md")) == ["AL002"]
    assert codes(run_cli("--format", "json", "--select", "AL001,AL002", sub / "b.md")) == ["AL001"]


def test_pyproject_table_and_select(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname="x"\n\n[tool.awesome-lint]\nselect = ["AL002"]\n')
    (tmp_path / "a.md").write_text(BROKEN + "\n" + TABLE)
    assert codes(run_cli("--format", "json", tmp_path / "a.md")) == ["AL002"]


def test_per_file_ignores_and_severity(tmp_path):
    (tmp_path / ".awesome-lint.yaml").write_text(
        "select: [AL001, AL002]\nper-file-ignores:\n  'drafts/*.md': [AL001]\nAL002:\n  severity: warning\n")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "d.md").write_text(BROKEN + "\n" + TABLE)
    proc = run_cli("--format", "json", tmp_path / "drafts" / "d.md")
    data = json.loads(proc.stdout)
    assert [(f["code"], f["severity"]) for f in data] == [("AL002", "warning")]


def test_explicit_config_flag(tmp_path):
    cfg = tmp_path / "custom.yaml"
    cfg.write_text("select: [AL002]\n")
    (tmp_path / "a.md").write_text(BROKEN + "\n" + TABLE)
    assert codes(run_cli("--format", "json", "--config", cfg, tmp_path / "a.md")) == ["AL002"]


def bad(tmp_path, content: str, *needles: str):
    (tmp_path / ".awesome-lint.yaml").write_text(content)
    (tmp_path / "a.md").write_text(BROKEN)
    proc = run_cli(tmp_path / "a.md")
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert ".awesome-lint.yaml" in err
    for n in needles:
        assert n in err, err


def test_config_errors_name_file_and_key(tmp_path):
    bad(tmp_path, "selekt: [AL001]\n", "unknown key", "selekt")
    bad(tmp_path, "select: [AL999]\n", "unknown rule", "AL999")
    bad(tmp_path, "AL001:\n  colour: red\n", "unknown option", "AL001.colour")
    bad(tmp_path, "AL001:\n  severity: fatal\n", "severity")
    bad(tmp_path, "select: [AL001\n", "invalid YAML")
    bad(tmp_path, "- just\n- a list\n", "mapping")
    bad(tmp_path, "ignore: 5\n", "ignore")


def test_inline_suppressions(tmp_path):
    text = (
        "1. a\n3. b\n\n"
        "<!-- awesome-lint-disable AL001 -->\n\n1. c\n3. d\n\n<!-- awesome-lint-enable AL001 -->\n\n"
        "1. e\n   <!-- awesome-lint-disable-next-line -->\n3. f\n\ntext\n\n1. g\n3. h\n"
    )
    (tmp_path / "a.md").write_text(text)
    proc = run_cli("--format", "json", "--select", "AL001", tmp_path / "a.md")
    lines = [f["line"] for f in json.loads(proc.stdout)]
    assert lines == [2, 18]


def test_suppression_comment_inside_code_block_does_nothing(tmp_path):
    text = "```\n<!-- awesome-lint-disable -->\n```\n\n1. a\n3. b\n"
    (tmp_path / "a.md").write_text(text)
    proc = run_cli("--format", "json", "--select", "AL001", tmp_path / "a.md")
    assert [f["line"] for f in json.loads(proc.stdout)] == [6]


def test_option_names_accept_hyphen_or_underscore(tmp_path):
    text = "".join(f"- [Tool {i}](https://github.com/o/t{i}) - Runs on Pytorch.\n" for i in range(4))
    (tmp_path / "a.md").write_text(text)
    for spelling in ("max-per-form", "max_per_form"):
        (tmp_path / ".awesome-lint.yaml").write_text(f"AL018:\n  {spelling}: 2\n")
        proc = run_cli("--format", "json", "--select", "AL018", tmp_path / "a.md")
        found = json.loads(proc.stdout)
        assert len(found) == 1 and "4 times" in found[0]["message"], spelling
    (tmp_path / ".awesome-lint.yaml").write_text("AL016:\n  min-entries: 3\n")
    assert run_cli("--select", "AL016", tmp_path / "a.md").returncode in (0, 1)
