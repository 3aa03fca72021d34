"""What the reports say and where: the caret under CJK text and emoji, SARIF columns, JSON fix
edits that give exactly what --fix writes, --statistics, exit status with warnings only,
--unsafe-fixes alone, --diff with a machine format, and the project's own Markdown."""

from __future__ import annotations

import json

from conftest import FIXTURES, ROOT, run_cli

# AL001 (an error, safe fix) and AL018 (a warning, safe fix) after CJK text and an emoji
CJK = ("# 论文列表\n\n"
       "1. [2023 MICCAI] **A** [[paper]](https://arxiv.org/abs/2301.00001)\n"
       "3. [2023 IPMI] **B** [[paper]](https://arxiv.org/abs/2301.00002)\n\n"
       "一个中文工具 😀, 在 Github 上.\n")
WARN_ONLY = "# Tools\n\nA tool on Github, made with Pytorch.\n"


def write(tmp_path, name: str, text: str, newline: str = "\n"):
    p = tmp_path / name
    p.write_bytes(text.replace("\n", newline).encode())
    return p


def test_caret_sits_under_the_word_after_cjk_and_emoji(tmp_path):
    p = write(tmp_path, "zh.md", CJK)
    lines = run_cli("--select", "AL018", p).stdout.decode().splitlines()
    assert lines[0] == f"{p}:6:13: AL018 warning: write 'GitHub', not 'Github' [*]"
    source, caret = lines[1][4:], lines[2][4:]
    assert source == "一个中文工具 😀, 在 Github 上."
    # six CJK characters, a space, an emoji, ", ", one CJK character and a space: 20 cells
    assert caret == " " * 20 + "^" * 6


def test_display_width_agrees_with_wcwidth():
    """The caret's widths (unicodedata and three emoji-sequence rules) against wcwidth, which
    keeps the terminal tables (installed with ftfy; not imported by awesome-lint: 10-26 ms)."""
    import pytest

    wcwidth = pytest.importorskip("wcwidth")
    from awesome_lint.report.positions import display_width

    samples = ["中文", "👍🏽", "👨\u200d👩\u200d👧", "⭐", "❤️", "❤", "e\u0301", "🇫🇷", "\u200b", "Ｆｕｌｌ", "ｶﾀｶﾅ",
               "한국어", "✅ done", "☺️x", "[2023 中文] **标题** [[论文]](https://x.org) 🚀", "ascii only"]
    for s in samples:
        assert display_width(s) == wcwidth.wcswidth(s), s


def test_sarif_columns_are_utf16_code_units_and_say_so(tmp_path):
    import jsonschema

    p = write(tmp_path, "zh.md", CJK)
    log = json.loads(run_cli("--format", "sarif", "--select", "AL018", p).stdout)
    schema = json.loads((FIXTURES / "schemas" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft4Validator(schema).validate(log)
    run = log["runs"][0]
    assert run["columnKind"] == "utf16CodeUnits"
    region = run["results"][0]["locations"][0]["physicalLocation"]["region"]
    # code point column 13; the emoji before it is two UTF-16 code units
    assert (region["startColumn"], region["endColumn"]) == (14, 20)
    line = CJK.splitlines()[5]
    assert line.encode("utf-16-le")[(14 - 1) * 2 : (20 - 1) * 2].decode("utf-16-le") == "Github"
    deleted = run["results"][0]["fixes"][0]["artifactChanges"][0]["replacements"][0]["deletedRegion"]
    assert (deleted["startColumn"], deleted["endColumn"]) == (14, 20)


def test_sarif_leaves_unsafe_fixes_out_unless_asked(tmp_path):
    # AL008: a broken anchor with a near heading has an unsafe fix
    p = write(tmp_path, "a.md", "# Lists\n\nSee [the list](#segmentaton).\n\n## Segmentation\n\nx\n")
    results = json.loads(run_cli("--format", "sarif", "--select", "AL008", p).stdout)["runs"][0]["results"]
    assert len(results) == 1 and "fixes" not in results[0]
    results = json.loads(run_cli("--format", "sarif", "--select", "AL008", "--unsafe-fixes", p).stdout)["runs"][0]["results"]
    fix = results[0]["fixes"][0]
    assert fix["properties"]["applicability"] == "unsafe" and "unsafe" in fix["description"]["text"]


def apply_json_edits(text: str, findings: list[dict], unsafe: bool) -> str:
    """What an editor plugin does with --format json: each distinct fix once, edits from the
    end, by offset; the line/column given must name the same place."""
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    fixes = {}
    for f in findings:
        fx = f["fix"]
        if fx is None or (fx["applicability"] == "unsafe" and not unsafe):
            continue
        fixes[json.dumps(fx["edits"], sort_keys=True)] = fx["edits"]
    edits = sorted((e for es in fixes.values() for e in es), key=lambda e: e["start"]["offset"], reverse=True)
    for e in edits:
        for end in ("start", "end"):
            pos = e[end]
            assert starts[pos["line"] - 1] + pos["column"] - 1 == pos["offset"]
        text = text[: e["start"]["offset"]] + e["content"] + text[e["end"]["offset"] :]
    return text


def test_json_fix_edits_applied_give_what_fix_writes(tmp_path):
    # a fix that inserts a line (AL006 joins a split table) in a CRLF file, an error and a
    # warning, and a shared fix (AL001 renumbers the whole list for two breaks)
    text = ("# 表\n\n1. a\n3. b\n4. c\n\n| 😀 | T |\n|---|---|\n| 1 | x |\n\n| 2 | y |\n\n"
            "Made with Pytorch.\n")
    p = write(tmp_path, "crlf.md", text, "\r\n")
    original = p.read_bytes().decode()
    findings = json.loads(run_cli("--format", "json", p).stdout)
    assert {f["code"] for f in findings} >= {"AL001", "AL006", "AL018"}
    for f in findings:
        assert set(f) >= {"path", "code", "severity", "line", "column", "fixable", "fix"}
        if f["fix"] is not None:
            assert f["fix"]["applicability"] in ("safe", "unsafe") and f["fix"]["edits"]
    expected = apply_json_edits(original, findings, unsafe=False)
    proc = run_cli("--fix", p)
    assert proc.returncode in (0, 1), proc.stderr
    assert p.read_bytes().decode() == expected
    assert "\r\n" in expected and "\n" not in expected.replace("\r\n", "")


def test_json_unsafe_fix_edits_give_what_unsafe_fixes_writes(tmp_path):
    text = "# Lists\n\nSee [the list](#segmentaton).\n\n## Segmentation\n\nMade with Pytorch.\n"
    p = write(tmp_path, "a.md", text)
    findings = json.loads(run_cli("--format", "json", p).stdout)
    assert [f["fix"]["applicability"] for f in findings] == ["unsafe", "safe"]
    expected = apply_json_edits(text, findings, unsafe=True)
    run_cli("--fix", "--unsafe-fixes", p)
    assert p.read_text() == expected == text.replace("#segmentaton", "#segmentation").replace("Pytorch", "PyTorch")


def test_json_fix_is_null_without_a_fix(tmp_path):
    p = write(tmp_path, "a.md", "# T\n\nSee [below](#nothing-like-it).\n")
    findings = json.loads(run_cli("--format", "json", "--select", "AL008", p).stdout)
    assert findings and all(f["fix"] is None and f["fixable"] is False for f in findings)


def test_statistics_prints_only_the_counts(tmp_path):
    p = write(tmp_path, "zh.md", CJK)
    proc = run_cli("--statistics", p)
    lines = proc.stdout.decode().splitlines()
    assert lines == ["     1  AL001  ordered-list-numbering [*]",
                     "     1  AL018  proper-names [*]",
                     "Found 2 problems (1 error, 1 warning; 2 fixable with --fix)."]
    assert proc.returncode == 1
    data = json.loads(run_cli("--statistics", "--format", "json", p).stdout)
    assert data == [
        {"code": "AL001", "name": "ordered-list-numbering", "severity": "error", "count": 1, "fixable": 1, "unsafe_fixable": 0},
        {"code": "AL018", "name": "proper-names", "severity": "warning", "count": 1, "fixable": 1, "unsafe_fixable": 0},
    ]
    err = run_cli("--statistics", "--format", "sarif", p)
    assert err.returncode == 2 and err.stderr.decode().startswith("awesome-lint: --statistics")


def test_warnings_alone_exit_zero_unless_asked(tmp_path):
    p = write(tmp_path, "w.md", WARN_ONLY)
    proc = run_cli(p)
    out = proc.stdout.decode()
    assert proc.returncode == 0, out
    assert f"{p}:3:11: AL018 warning: write 'GitHub', not 'Github' [*]" in out
    assert "Found 2 problems (all warnings; 2 fixable with --fix)." in out
    assert run_cli("--exit-non-zero-on-warning", p).returncode == 1
    assert run_cli("--exit-non-zero-on-warning", "--exit-zero", p).returncode == 0
    assert run_cli("--format", "github", p).returncode == 0
    # an error among them still fails; so does a warning made an error by configuration
    assert run_cli(write(tmp_path, "e.md", CJK)).returncode == 1
    (tmp_path / "strict").mkdir()
    (tmp_path / "strict" / ".awesome-lint.yaml").write_text("AL018:\n  severity: error\n")
    assert run_cli(write(tmp_path / "strict", "w.md", WARN_ONLY)).returncode == 1


def test_unsafe_fixes_alone_writes_nothing(tmp_path):
    text = "# Lists\n\nSee [the list](#segmentaton).\n\n## Segmentation\n\n1. a\n3. b\n"
    p = write(tmp_path, "a.md", text)
    before = p.stat().st_mtime_ns
    proc = run_cli("--unsafe-fixes", p)
    out = proc.stdout.decode()
    assert p.read_text() == text and p.stat().st_mtime_ns == before
    assert proc.returncode == 1
    assert "AL008" in out and "[unsafe fix]" not in out  # shown as available: [*]
    assert "(2 fixable with --fix --unsafe-fixes)" in out
    plain = run_cli(p).stdout.decode()
    assert "[unsafe fix]" in plain and "(1 fixable with --fix, 1 more with --fix --unsafe-fixes)" in plain
    diff = run_cli("--diff", "--unsafe-fixes", p)
    assert "+See [the list](#segmentation)." in diff.stdout.decode() and p.read_text() == text


def test_diff_with_a_machine_format_is_a_usage_error(tmp_path):
    p = write(tmp_path, "a.md", CJK)
    for fmt in ("json", "sarif", "github"):
        proc = run_cli("--diff", "--format", fmt, p)
        err = proc.stderr.decode()
        assert proc.returncode == 2 and proc.stdout == b"" and len(err.splitlines()) == 1, err
        assert err.startswith("awesome-lint: --diff") and "Traceback" not in err
    assert p.read_text() == CJK


def test_the_projects_own_markdown_passes(tmp_path):
    """What .ci/run ends with: the project's pages pass its own default rules, warnings too (the
    rule pages are generated from docstrings, so a summary that misspells `Github` on purpose
    must write it as code)."""
    paths = ["README.md", "CONTRIBUTING.md", "ARCHITECTURE.md", "docs", "rules", "bench/README.md",
             "accuracy/FORMAT.md", "examples/plugin/README.md"]
    ci = (ROOT / ".ci" / "run").read_text()
    assert all(p.split("/")[0] in ci for p in paths)
    proc = run_cli("--exit-non-zero-on-warning", *[ROOT / p for p in paths if (ROOT / p).exists()], cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout.decode() + proc.stderr.decode()
    assert proc.stdout.decode().endswith("All checks passed.\n")
