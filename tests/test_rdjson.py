"""--format rdjson: valid against reviewdog's Diagnostic Format, UTF-8 byte columns, and
suggestions that, applied the way reviewdog's GitHub reporter applies them, give what --fix
writes."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli

# reviewdog's DiagnosticResult (proto/rdf/reviewdog.proto, "rdjson"), written down here as a JSON
# schema: positions are 1-based lines and 1-based UTF-8 byte columns, ends exclusive; severity is
# the enum's name; a suggestion is a range and the text that replaces it.
POSITION = {"type": "object", "properties": {"line": {"type": "integer", "minimum": 1},
                                             "column": {"type": "integer", "minimum": 1}},
            "required": ["line"], "additionalProperties": False}
RANGE = {"type": "object", "properties": {"start": POSITION, "end": POSITION},
         "required": ["start"], "additionalProperties": False}
SOURCE = {"type": "object", "properties": {"name": {"type": "string"}, "url": {"type": "string"}},
          "required": ["name"], "additionalProperties": False}
SEVERITY = {"enum": ["UNKNOWN_SEVERITY", "ERROR", "WARNING", "INFO"]}
DIAGNOSTIC = {
    "type": "object",
    "properties": {
        "message": {"type": "string", "minLength": 1},
        "location": {"type": "object", "properties": {"path": {"type": "string", "minLength": 1}, "range": RANGE},
                     "required": ["path"], "additionalProperties": False},
        "severity": SEVERITY,
        "source": SOURCE,
        "code": {"type": "object", "properties": {"value": {"type": "string"}, "url": {"type": "string"}},
                 "required": ["value"], "additionalProperties": False},
        "suggestions": {"type": "array", "items": {
            "type": "object", "properties": {"range": RANGE, "text": {"type": "string"}},
            "required": ["range", "text"], "additionalProperties": False}},
        "original_output": {"type": "string"},
    },
    "required": ["message", "location"],
    "additionalProperties": False,
}
SCHEMA = {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
          "properties": {"diagnostics": {"type": "array", "items": DIAGNOSTIC}, "source": SOURCE,
                         "severity": SEVERITY},
          "required": ["diagnostics"], "additionalProperties": False}

TEXT = (
    "# 论文 Papers 🚀\n\n"
    "1. [2023 MICCAI] **视觉 Alpha** [[paper]](https://arxiv.org/abs/2301.00001)\n"
    "3. [2023 MICCAI] **Beta** [[paper]](https://arxiv.org/abs/2301.00002)\n"
    "4. [2023 MICCAI] **Gamma** [[paper]](https://arxiv.org/abs/2301.00003)\n\n"
    "## Tags 🎯\n\n"
    "- 🔥 [NIPS 2020] **Delta** [[paper]](https://arxiv.org/abs/2001.00004)\n"
    "- [NeurIPS 2021] **Eps** [[paper]](https://arxiv.org/abs/2101.00005)\n"
    "- 中文 [NIPS 2019] **Zeta** [[paper]](https://arxiv.org/abs/1901.00006)\n"
    "- [NeurIPS 2022] **Eta** [[paper]](https://arxiv.org/abs/2201.00007)\n"
    "- [NeurIPS 2022] **Theta** [[paper]](https://arxiv.org/abs/2201.00008)\n"
)


def rdjson(path, *args, cwd=None):
    proc = run_cli("--format", "rdjson", *args, path, cwd=cwd)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return json.loads(proc.stdout)


def apply_like_reviewdog(data: bytes, diagnostics) -> bytes:
    """Each suggestion as reviewdog's GitHub reporter makes it: the start line up to the start
    column, the text, the end line from the end column (columns in bytes), replacing the lines
    from the start line to the end line. Applied bottom up, as a reviewer committing each."""
    lines = data.split(b"\n")
    sugg = [s for d in diagnostics for s in d.get("suggestions", [])]
    for s in sorted(sugg, key=lambda s: (s["range"]["start"]["line"], s["range"]["start"]["column"]), reverse=True):
        a, b = s["range"]["start"], s["range"].get("end", s["range"]["start"])
        new = lines[a["line"] - 1][:a["column"] - 1] + s["text"].encode() + lines[b["line"] - 1][b["column"] - 1:]
        lines[a["line"] - 1:b["line"]] = new.split(b"\n")
    return b"\n".join(lines)


def test_valid_against_the_format_and_fields_as_documented(tmp_path):
    import jsonschema

    p = tmp_path / "list.md"
    p.write_text(TEXT)
    out = rdjson("list.md", cwd=tmp_path)
    jsonschema.Draft7Validator(SCHEMA).validate(out)
    assert out["source"]["name"] == "awesome-lint"
    by_code = {}
    for d in out["diagnostics"]:
        by_code.setdefault(d["code"]["value"], []).append(d)
        assert d["location"]["path"] == "list.md"
        assert d["code"]["url"].endswith(f"/rules/{d['code']['value']}.md")
        assert d["severity"] in ("ERROR", "WARNING")
    (al001,) = by_code["AL001"]
    assert al001["severity"] == "ERROR" and al001["location"]["range"]["start"] == {"line": 4, "column": 1}
    # AL005's group on lines 9 and 11 is one diagnostic a line, each with its own suggestion
    al005 = by_code["AL005"]
    assert [d["location"]["range"]["start"]["line"] for d in al005] == [9, 11]
    assert all(len(d["suggestions"]) == 1 and d["suggestions"][0]["text"] == "NeurIPS" for d in al005)
    # byte columns: "- 🔥 [" is 2 + 4 + 2 bytes, "- 中文 [" is 2 + 6 + 2
    assert al005[0]["suggestions"][0]["range"] == {"start": {"line": 9, "column": 9}, "end": {"line": 9, "column": 13}}
    assert al005[1]["suggestions"][0]["range"] == {"start": {"line": 11, "column": 11}, "end": {"line": 11, "column": 15}}
    line11 = TEXT.splitlines()[10].encode()
    assert line11[10:14] == b"NIPS"


def test_suggestions_applied_give_what_fix_writes(tmp_path):
    p = tmp_path / "list.md"
    p.write_text(TEXT)
    out = rdjson(p)
    suggested = apply_like_reviewdog(p.read_bytes(), out["diagnostics"])
    proc = run_cli("--fix", p)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    assert suggested == p.read_bytes() != TEXT.encode()


def test_a_shared_fix_is_suggested_once(tmp_path):
    p = tmp_path / "list.md"
    p.write_text("1. a\n3. b\n5. c\n")  # two breaks, one renumbering
    out = rdjson(p, "--select", "AL001")
    assert len(out["diagnostics"]) == 2
    assert [len(d.get("suggestions", [])) for d in out["diagnostics"]] == [1, 0]
    (s,) = out["diagnostics"][0]["suggestions"]
    assert apply_like_reviewdog(p.read_bytes(), out["diagnostics"]) == b"1. a\n2. b\n3. c\n"
    assert s["range"]["start"]["line"] == 2 and s["range"]["end"]["line"] == 3


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_bom_and_crlf_keep_columns_in_bytes_of_the_file(tmp_path, newline):
    p = tmp_path / "list.md"
    p.write_bytes(b"\xef\xbb\xbf" + TEXT.replace("\n", newline).encode())
    out = rdjson(p)
    first = next(d for d in out["diagnostics"] if d["code"]["value"] == "AL001")
    assert first["location"]["range"]["start"] == {"line": 4, "column": 1}
    suggested = apply_like_reviewdog(p.read_bytes(), out["diagnostics"])
    run_cli("--fix", p)
    assert suggested == p.read_bytes()


def test_no_findings_is_an_empty_result(tmp_path):
    p = tmp_path / "ok.md"
    p.write_text("# Fine\n\n1. a\n2. b\n")
    proc = run_cli("--format", "rdjson", p)
    assert proc.returncode == 0
    assert json.loads(proc.stdout) == {"source": {"name": "awesome-lint", "url": "https://github.com/awesome-lint/awesome-lint"},
                                       "diagnostics": []}


def test_unsafe_fixes_are_suggested_and_say_so(tmp_path):
    p = tmp_path / "list.md"
    alpha = "- [Alpha](https://arxiv.org/abs/2001.00003) - a.\n"
    beta = "- [Beta](https://arxiv.org/abs/2101.00004) - b.\n"
    later = "- [Alpha v2](https://arxiv.org/abs/2001.00003) - a.\n"  # same link, more text: keeps this one
    p.write_text("# P\n\n" + alpha + beta + later)
    (d,) = rdjson(p, "--select", "AL003")["diagnostics"]
    assert d["message"].endswith("(the suggested fix is unsafe: check it before committing it)")
    assert d["location"]["range"]["start"]["line"] == 5
    assert apply_like_reviewdog(p.read_bytes(), [d]) == ("# P\n\n" + beta + later).encode()
