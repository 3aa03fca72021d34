"""Configuration files, selection and inline suppressions, through the real CLI."""

from __future__ import annotations

import json

from conftest import run_cli, run_json

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


# ---- the schema: every wrong value is one line, status 2, before any rule runs ------------------

WRONG = [
    # (file name, content, what the one line must say)
    (".awesome-lint.yaml", "AL015:\n  style: {final: 7}\n", ["AL015.style.final", "punctuation", "not 7"]),
    (".awesome-lint.yaml", "AL015:\n  style: {colour: red}\n", ["AL015.style", "unknown key", "colour"]),
    (".awesome-lint.yaml", "AL015:\n  style: {label_order: last}\n", ["AL015.style.label_order", "paper-first"]),
    (".awesome-lint.yaml", "AL015:\n  style: [a]\n", ["AL015.style must be a mapping with keys separator"]),
    (".awesome-lint.yaml", "AL015:\n  threshold: 2\n", ["AL015.threshold must be a number >= 0.5 and <= 1, not 2"]),
    (".awesome-lint.yaml", "AL013:\n  max_redirects: -3\n", ["AL013.max_redirects must be an integer >= 0", "not -3"]),
    (".awesome-lint.yaml", "AL013:\n  timeout: 0\n", ["AL013.timeout must be a number > 0 and <= 300, not 0"]),
    (".awesome-lint.yaml", "AL013:\n  timeout: -1\n", ["AL013.timeout must be a number > 0 and <= 300, not -1"]),
    (".awesome-lint.yaml", "AL013:\n  timeout: .nan\n", ["AL013.timeout", "NaN"]),
    (".awesome-lint.yaml", "AL013:\n  timeout: .inf\n", ["AL013.timeout", "Infinity"]),
    (".awesome-lint.yaml", "AL013:\n  timeout: ten\n", ["AL013.timeout must be a number", '"ten"']),
    (".awesome-lint.yaml", "AL013:\n  retries: 99999999999\n", ["AL013.retries", "<= 10", "99999999999"]),
    (".awesome-lint.yaml", "AL013:\n  retries: true\n", ["AL013.retries must be an integer", "true"]),
    (".awesome-lint.yaml", "AL013:\n  retries: 1.5\n", ["AL013.retries must be an integer", "1.5"]),
    (".awesome-lint.yaml", 'AL013:\n  exclude: ["["]\n', ["AL013.exclude[0] must be a regular expression", '"["']),
    (".awesome-lint.yaml", "AL013:\n  exclude: arxiv\n", ["AL013.exclude must be a list of regular expressions"]),
    (".awesome-lint.yaml", "AL013:\n  accept: [403, '999x']\n", ["AL013.accept[1] must be an integer >= 100"]),
    (".awesome-lint.yaml", 'AL013:\n  user_agent: "a\\nb"\n', ["AL013.user_agent", "one line"]),
    (".awesome-lint.yaml", "dead-link:\n  concurrency: 0\n", ["dead-link.concurrency must be an integer >= 1"]),
    (".awesome-lint.yaml", "AL003:\n  scope: everywhere\n", ["AL003.scope must be one of", "everywhere"]),
    (".awesome-lint.yaml", "AL003:\n  fuzzy: 1\n", ["AL003.fuzzy must be true or false, not 1"]),
    (".awesome-lint.yaml", "AL005:\n  bold: 1\n", ["AL005.bold must be one of", "not 1"]),
    (".awesome-lint.yaml", "AL005:\n  style: '{venue}'\n", ["AL005.style must be bracketed"]),
    (".awesome-lint.yaml", "AL005:\n  workshop: W\n", ["AL005.workshop", "{venue} Workshop"]),
    (".awesome-lint.yaml", "AL005:\n  venues: [{canonical: ''}]\n", ["AL005.venues[0]", "canonical"]),
    (".awesome-lint.yaml", "AL004:\n  recipes: [{name: x}]\n", ["AL004.recipes[0]", "hosts"]),
    (".awesome-lint.yaml", "AL004:\n  recipes: [x]\n", ["AL004.recipes[0] must be a mapping"]),
    (".awesome-lint.yaml", "AL009:\n  venue-before-preprint: -2\n", ["AL009.venue-before-preprint", ">= -1"]),
    (".awesome-lint.yaml", "AL011:\n  kinds: {paper: [1]}\n", ["AL011.kinds.paper[0] must be a string"]),
    (".awesome-lint.yaml", "AL012:\n  extra-https-hosts: ['http://x.org']\n", ["AL012.extra-https-hosts[0]", "host name"]),
    (".awesome-lint.yaml", "AL016:\n  max_misplaced: 1\n", ["AL016.max_misplaced", "< 1"]),
    (".awesome-lint.yaml", "AL018:\n  names: {A: B}\n", ["AL018.names.A must be a list of spellings"]),
    (".awesome-lint.yaml", "AL018:\n  max-per-form: 0\n", ["AL018.max-per-form must be an integer >= 1"]),
    (".awesome-lint.yaml", "AL001: 3\n", ["AL001 must be a mapping of option names"]),
    (".awesome-lint.yaml", "AL001:\n  colour: red\n", ["unknown option AL001.colour"]),
    (".awesome-lint.yaml", "select: AL001\nignore: [5]\n", ["ignore[0] must be a string, not 5"]),
    (".awesome-lint.yaml", "ignore: {AL001: 1}\n", ["ignore must be a list of rule codes or names"]),
    (".awesome-lint.yaml", "select: [AL999]\n", ["select: unknown rule 'AL999'"]),
    (".awesome-lint.yaml", "per-file-ignores: {'*.md': [XX1]}\n", ["per-file-ignores.*.md", "unknown rule"]),
    (".awesome-lint.yaml", "per-file-ignores: [a]\n", ["per-file-ignores must be a mapping of file patterns"]),
    (".awesome-lint.yaml", "exclude: ['\\']\n", ["exclude[0] must be a gitignore-style pattern"]),
    (".awesome-lint.yaml", "extend-exclude: drafts\n", ["extend-exclude must be a list of gitignore-style patterns"]),
    (".awesome-lint.yaml", "respect-gitignore: maybe\n", ["respect-gitignore must be true or false"]),
    (".awesome-lint.yaml", "exclud: []\n", ["unknown key 'exclud'", "extend-exclude"]),
    (".awesome-lint.yaml", "AL001:\n  severity: fatal\n", ["AL001.severity must be error or warning"]),
    ("pyproject.toml", '[tool."awesome-lint"]\nAL013 = {timeout = -1}\n', ["pyproject.toml", "AL013.timeout", "not -1"]),
    ("pyproject.toml", "[tool.awesome-lint.AL003]\nscope = 3\n", ["pyproject.toml", "AL003.scope"]),
    ("pyproject.toml", "[tool]\nawesome-lint = 3\n", ["pyproject.toml", "must be a table"]),
]


def test_every_wrong_value_is_one_line_and_status_two(tmp_path):
    for k, (name, content, needles) in enumerate(WRONG):
        case = tmp_path / f"case{k}"
        case.mkdir()
        (case / name).write_text(content)
        (case / "a.md").write_text(BROKEN)
        proc = run_cli("--format", "json", case / "a.md", cwd=case)
        err = proc.stderr.decode()
        lines = err.strip().splitlines()
        assert proc.returncode == 2 and "Traceback" not in err and len(lines) == 1, (content, err)
        assert lines[0].startswith(f"awesome-lint: {name}: "), (content, err)
        for n in needles:
            assert n in lines[0], (content, n, err)
        assert proc.stdout == b"", content  # before any rule runs: no report at all


def test_all_problems_of_a_file_at_once_one_line_each(tmp_path):
    (tmp_path / ".awesome-lint.yaml").write_text(
        "AL013:\n  timeout: 0\n  retries: -1\nselect: [AL999]\nAL003: {scope: x}\n")
    (tmp_path / "a.md").write_text(BROKEN)
    proc = run_cli(tmp_path / "a.md", cwd=tmp_path)
    lines = proc.stderr.decode().strip().splitlines()
    assert proc.returncode == 2 and len(lines) == 4, lines
    assert [ln.split(": ")[2].split(" ")[0] for ln in lines] == ["AL013.timeout", "AL013.retries", "select", "AL003.scope"]


def test_values_in_range_are_accepted(tmp_path):
    (tmp_path / ".awesome-lint.yaml").write_text(
        "AL013:\n  timeout: 300\n  retries: 0\n  max_redirects: 0\n  exclude: ['^https://x\\\\.org/']\n"
        "  accept: [403, 999]\nAL015:\n  threshold: 1\n  style: {final: '', bold-title: true, separator: '–'}\n"
        "AL009:\n  venue-before-preprint: -1\nAL005:\n  workshop: '{venue} Workshop'\n  bold: auto\n"
        "AL012:\n  extra-https-hosts: [.example.org, arxiv.org]\nAL018:\n  names: {Weights & Biases: [WandB], X: null}\n"
        "respect-gitignore: false\nextend-exclude: [drafts/]\n")
    (tmp_path / "a.md").write_text(BROKEN)
    proc = run_cli("--format", "json", tmp_path / "a.md", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr.decode()
    assert [f["code"] for f in json.loads(proc.stdout)] == ["AL001"]


def test_style_keys_take_hyphens_and_the_rule_reads_them(tmp_path):
    entries = "".join(f"- [Tool {i}](https://github.com/o/t{i}) - Does thing {i}\n" for i in range(12))
    (tmp_path / "a.md").write_text("# T\n\n" + entries)
    (tmp_path / ".awesome-lint.yaml").write_text("AL015:\n  style: {final: '.'}\n")
    _, found = run_json("--select", "AL015", tmp_path / "a.md", cwd=tmp_path)
    assert len(found) == 12 and all('"."' in f["message"] for f in found)
    (tmp_path / ".awesome-lint.yaml").write_text("AL015:\n  style: {final: ''}\n")
    assert run_json("--select", "AL015", tmp_path / "a.md", cwd=tmp_path)[1] == []


def test_pyproject_quoted_table_is_ours_and_a_lookalike_is_not(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool."awesome-lint"]\nselect = ["AL002"]\n')
    (tmp_path / "a.md").write_text(BROKEN + "\n" + TABLE)
    assert codes(run_cli("--format", "json", tmp_path / "a.md")) == ["AL002"]
    # a parent's .awesome-lint.yaml is not hidden by a pyproject.toml whose table only looks like ours
    sub = tmp_path / "pkg"
    sub.mkdir()
    (tmp_path / "pyproject.toml").unlink()
    (tmp_path / ".awesome-lint.yaml").write_text("select: [AL002]\n")
    (sub / "pyproject.toml").write_text('[tool.awesome-lint-extra]\nselect = ["AL001"]\n')
    (sub / "a.md").write_text(BROKEN + "\n" + TABLE)
    assert codes(run_cli("--format", "json", sub / "a.md")) == ["AL002"]
    # nor by one that only mentions the name in a string
    (sub / "pyproject.toml").write_text('[project]\ndescription = "uses [tool.awesome-lint]"\n')
    assert codes(run_cli("--format", "json", sub / "a.md")) == ["AL002"]
