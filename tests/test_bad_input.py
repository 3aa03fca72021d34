"""Bad input never crashes, hangs or damages a file: each case through the real CLI, as a new
user would run it. Findings on such input are fine; a traceback, a hang (run_cli times out after
300 s) or a changed byte that no fix meant to change is not.

tests/test_cli.py and tests/test_source.py cover the simple cases (one undecodable file, a PNG,
an empty file, a missing path, an empty folder, a read-only file, a symlink fixed through); this
file covers the rest of issue 9. The 50 MB list runs only with AWESOME_LINT_SLOW=1; bench/large_list.py
measures time and memory for 1/2/4/8 MB.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pytest

from conftest import CORPUS, install_plugin, needs_shared, run_cli

BROKEN = "1. a [x](https://arxiv.org/abs/2101.00001)\n3. b [y](https://github.com/octo/b)\n"
FIXED = "1. a [x](https://arxiv.org/abs/2101.00001)\n2. b [y](https://github.com/octo/b)\n"


def write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def no_traceback(proc) -> str:
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and "Error:" not in err.replace("awesome-lint:", ""), err[-2000:]
    return err


def sane(proc, statuses=(0, 1)) -> list[dict]:
    """Exit status as given, no traceback, a JSON array of findings with real positions."""
    no_traceback(proc)
    assert proc.returncode in statuses, (proc.returncode, proc.stderr[-2000:])
    data = json.loads(proc.stdout)
    assert isinstance(data, list)
    for f in data:
        assert f["line"] >= 1 and f["column"] >= 1 and f["code"]
    return data


def error_lines(proc) -> list[str]:
    return [ln for ln in no_traceback(proc).splitlines() if ln.strip()]


# ---- encodings and binary files ------------------------------------------------------------------

def test_undecodable_file_among_good_ones(tmp_path):
    latin = write(tmp_path / "latin.md", "# Caf\xe9s\n\n1. caf\xe9 [x](https://e.org)\n3. cr\xe8me\n".encode("latin-1"))
    good = write(tmp_path / "good.md", BROKEN)
    before = latin.read_bytes()
    proc = run_cli("--fix", "--format", "json", latin, good)
    assert proc.returncode == 2
    lines = error_lines(proc)
    assert len(lines) == 1 and "latin.md" in lines[0] and "cannot decode" in lines[0] and "--encoding" in lines[0]
    assert latin.read_bytes() == before  # untouched
    assert good.read_text() == FIXED  # the other file was still fixed
    # with the right encoding it is fixed, and written back in that encoding
    assert run_cli("--fix", "--encoding", "latin-1", latin).returncode == 0
    assert latin.read_bytes() == before.replace(b"3. cr", b"2. cr")


def test_cp1252_smart_quotes_and_unknown_encoding(tmp_path):
    raw = "1. \u201cQuoted\u201d \u2013 caf\xe9\n3. b\n".encode("cp1252")
    p = write(tmp_path / "win.md", raw)
    lines = error_lines(run_cli("--fix", p))
    assert len(lines) == 1 and "win.md" in lines[0]
    assert p.read_bytes() == raw
    assert run_cli("--fix", "--encoding", "cp1252", p).returncode == 0
    assert p.read_bytes() == raw.replace(b"3. b", b"2. b")
    proc = run_cli("--encoding", "no-such-codec", p)
    assert proc.returncode == 2 and len(error_lines(proc)) == 1 and "no-such-codec" in error_lines(proc)[0]


@pytest.mark.parametrize("kind", ["nul", "random", "gzip", "utf16-no-bom"])
def test_binary_files_are_refused_untouched(tmp_path, kind):
    import gzip
    import random

    rnd = random.Random(9)
    data = {
        "nul": b"\x00\x01\x02" * 100,
        "random": bytes(rnd.randrange(128, 256) for _ in range(4096)),  # no NUL, not UTF-8
        "gzip": gzip.compress(BROKEN.encode() * 50),
        "utf16-no-bom": BROKEN.encode("utf-16-le"),  # with a BOM it is read as UTF-16 (test_source)
    }[kind]
    p = write(tmp_path / f"{kind}.md", data)
    proc = run_cli("--fix", p)
    assert proc.returncode == 2
    lines = error_lines(proc)
    assert len(lines) == 1 and f"{kind}.md" in lines[0]
    assert p.read_bytes() == data


def test_nul_after_first_block_is_kept(tmp_path):
    raw = BROKEN.encode() + b"x" * 9000 + b"\x00 tail\n"
    p = write(tmp_path / "late-nul.md", raw)
    proc = run_cli("--fix", "--format", "json", p)
    sane(proc)
    assert p.read_bytes() == raw.replace(b"3. b", b"2. b")


@pytest.mark.parametrize("raw", [b"", b"\n\n\n", b"\xef\xbb\xbf", b"   \t ", b"\r\n", b"\xef\xbb\xbf\r\n\r\n"],
                         ids=["empty", "newlines", "bom", "spaces", "crlf", "bom-crlf"])
def test_empty_files_fix_to_themselves(tmp_path, raw):
    p = write(tmp_path / "e.md", raw)
    assert sane(run_cli("--fix", "--format", "json", p), (0,)) == []
    assert p.read_bytes() == raw


# ---- front matter and HTML -----------------------------------------------------------------------

FRONT = "---\ntitle: Awesome Github lists\ntags:\n- Pytorch\n- github\nurl: http://arxiv.org/abs/2101.00001\n---\n"


def test_front_matter_is_never_linted_or_fixed(tmp_path):
    p = write(tmp_path / "fm.md", FRONT)
    assert sane(run_cli("--fix", "--format", "json", p), (0,)) == []
    assert p.read_text() == FRONT
    # with a list after it: the list is fixed, the front matter left alone, lines still right
    q = write(tmp_path / "fm-list.md", FRONT + "\n" + BROKEN)
    data = sane(run_cli("--format", "json", q), (1,))
    assert [(f["code"], f["line"]) for f in data] == [("AL001", 10)]
    assert run_cli("--fix", q).returncode == 0
    assert q.read_text() == FRONT + "\n" + FIXED
    crlf = write(tmp_path / "fm-crlf.md", FRONT.replace("\n", "\r\n"))
    assert sane(run_cli("--fix", "--format", "json", crlf), (0,)) == []
    assert crlf.read_bytes() == FRONT.replace("\n", "\r\n").encode()


def test_a_thematic_break_first_is_not_front_matter(tmp_path):
    text = "---\n\n# Awesome\n\n" + BROKEN + "\n---\n"
    p = write(tmp_path / "hr.md", text)
    assert [f["code"] for f in sane(run_cli("--format", "json", p))] == ["AL001"]


def test_html_only_file_keeps_all_but_its_fixed_link(tmp_path):
    text = ('<div align="center">\n<h1>Awesome Github</h1>\n<ol>\n<li><a href="http://arxiv.org/abs/2101.00001">'
            'Pytorch paper</a></li>\n<li>b</li>\n</ol>\n<table><tr><td>1</td></tr><tr><td>3</td></tr></table>\n</div>\n')
    p = write(tmp_path / "h.md", text)
    sane(run_cli("--fix", "--format", "json", p))
    # only the href's scheme changes (AL012 reads links in HTML blocks since session 9): the
    # names in HTML, the list and the table are left as they are
    assert p.read_text() == text.replace('href="http://arxiv', 'href="https://arxiv')
    sane(run_cli("--fix", "--format", "json", p))
    assert p.read_text() == text.replace('href="http://arxiv', 'href="https://arxiv')


# ---- paths --------------------------------------------------------------------------------------

def test_missing_path_among_good_files(tmp_path):
    good = write(tmp_path / "good.md", BROKEN)
    proc = run_cli("--fix", tmp_path / "nope.md", good)
    assert proc.returncode == 2
    lines = error_lines(proc)
    assert any("nope.md" in ln and "no such file" in ln for ln in lines)
    assert good.read_text() == FIXED


def test_folder_with_only_hidden_or_other_files(tmp_path):
    (tmp_path / "d" / ".git").mkdir(parents=True)
    (tmp_path / "d" / "node_modules").mkdir()
    write(tmp_path / "d" / ".git" / "x.md", BROKEN)
    write(tmp_path / "d" / "node_modules" / "y.md", BROKEN)
    write(tmp_path / "d" / "notes.txt", BROKEN)
    proc = run_cli("--fix", tmp_path / "d")
    # nothing to lint is a warning, not an error (as in ruff): status 0
    assert proc.returncode == 0 and len(error_lines(proc)) == 1 and "warning" in error_lines(proc)[0]
    assert "no Markdown" in error_lines(proc)[0]
    assert (tmp_path / "d" / ".git" / "x.md").read_text() == BROKEN


def test_read_only_file_among_others_and_diff(tmp_path):
    ro = write(tmp_path / "ro.md", BROKEN)
    ok = write(tmp_path / "ok.md", BROKEN)
    os.chmod(ro, 0o444)
    proc = run_cli("--fix", ro, ok)
    assert proc.returncode == 2
    assert [ln for ln in error_lines(proc) if "ro.md" in ln and "read-only" in ln]
    assert ro.read_text() == BROKEN and ok.read_text() == FIXED
    diff = run_cli("--diff", ro)  # --diff never writes, so a read-only file is fine
    assert diff.returncode == 1 and b"+2. b" in diff.stdout and ro.read_text() == BROKEN


def test_symlinks_broken_looping_and_twice(tmp_path):
    real = write(tmp_path / "real.md", BROKEN)
    (tmp_path / "dangling.md").symlink_to(tmp_path / "gone.md")
    (tmp_path / "loop1.md").symlink_to(tmp_path / "loop2.md")
    (tmp_path / "loop2.md").symlink_to(tmp_path / "loop1.md")
    for name in ("dangling.md", "loop1.md"):
        proc = run_cli("--fix", tmp_path / name)
        lines = error_lines(proc)
        assert proc.returncode == 2 and len(lines) == 1 and name in lines[0]
    # the same file by its link and its real name: fixed once, no "changed on disk"
    link = tmp_path / "link.md"
    link.symlink_to(real)
    proc = run_cli("--fix", link, real)
    assert proc.returncode == 0, proc.stderr
    assert real.read_text() == FIXED and link.is_symlink()


def test_folder_given_as_file_via_symlink(tmp_path):
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "a.md", BROKEN)
    (tmp_path / "alias").symlink_to(tmp_path / "sub")
    proc = run_cli("--fix", tmp_path / "alias")
    assert proc.returncode == 0 and (tmp_path / "sub" / "a.md").read_text() == FIXED


# ---- plugins that misbehave ----------------------------------------------------------------------

PLUGIN = '''
import os
from awesome_lint.rules.base import Rule
from awesome_lint.model import Edit, Fix


class Meddler(Rule):
    """Changes the file on disk while it is being checked, as an editor saving would.

    ## What it does

    A rule for the tests.

    ## Why it matters

    It is a test.

    ## Example

    None.

    ## Fix safety

    As the code says."""

    code = "XB001"
    name = "meddler"
    summary = "Edits the file behind the linter's back"

    def check(self, doc):
        if os.environ.get("MEDDLE_DONE") != doc.path:
            os.environ["MEDDLE_DONE"] = doc.path
            with open(doc.path, "a", encoding="utf-8") as fh:
                fh.write("4. a line the user saved meanwhile\\n")
        return ()


class LateCrash(Rule):
    """Crashes only once the text has been fixed (on the second pass).

    ## What it does

    A rule for the tests.

    ## Why it matters

    It is a test.

    ## Example

    None.

    ## Fix safety

    As the code says."""

    code = "XB002"
    name = "late-crash"
    summary = "Crashes on fixed text"

    def check(self, doc):
        if "2. b" in doc.text:
            raise ValueError("only after a fix")
        return ()


class BadEdits(Rule):
    """Proposes a fix whose edits overlap and run backwards.

    ## What it does

    A rule for the tests.

    ## Why it matters

    It is a test.

    ## Example

    None.

    ## Fix safety

    As the code says."""

    code = "XB003"
    name = "bad-edits"
    summary = "Invalid edits"

    def check(self, doc):
        if len(doc.text) > 6:
            yield self.finding("bad", 1, 1, fix=Fix((Edit(0, 5, "x"), Edit(2, 3, "y"))))
            yield self.finding("backwards", 1, 1, fix=Fix((Edit(6, 2, "z"),)))


class CrossCrash(Rule):
    """Crashes in the cross-file hook.

    ## What it does

    A rule for the tests.

    ## Why it matters

    It is a test.

    ## Example

    None.

    ## Fix safety

    As the code says."""

    code = "XB004"
    name = "cross-crash"
    summary = "Crashes across files"

    def check(self, doc):
        return ()

    def check_many(self, docs):
        raise KeyError("across")
'''


def plugin_env(tmp_path) -> dict:
    return install_plugin(tmp_path, "bad_plugin", PLUGIN, "bad = bad_plugin")


def test_file_changed_between_read_and_write_is_not_overwritten(tmp_path):
    env = plugin_env(tmp_path)
    p = write(tmp_path / "a.md", BROKEN)
    proc = run_cli("--fix", "--select", "AL001,XB001", p, env=env)
    assert proc.returncode == 2
    lines = error_lines(proc)
    assert any("a.md" in ln and "changed on disk" in ln for ln in lines), lines
    # the user's newer version survives, and no temporary file is left behind
    assert p.read_text() == BROKEN + "4. a line the user saved meanwhile\n"
    assert sorted(os.listdir(tmp_path)) == ["a.md", "site"]


def test_rule_crashing_after_a_fix_leaves_file_unwritten(tmp_path):
    env = plugin_env(tmp_path)
    p = write(tmp_path / "a.md", BROKEN)
    proc = run_cli("--fix", "--format", "json", "--select", "AL001,XB002", p, env=env)
    assert proc.returncode == 2
    data = json.loads(proc.stdout)
    assert [f["code"] for f in data if f["name"] == "internal-error"] == ["XB002"]
    assert "ValueError: only after a fix" in data[0]["message"]
    assert p.read_text() == BROKEN
    no_traceback(proc)


def test_rule_crashing_across_files_leaves_files_unwritten(tmp_path):
    env = plugin_env(tmp_path)
    a = write(tmp_path / "a.md", BROKEN)
    b = write(tmp_path / "b.md", BROKEN)
    proc = run_cli("--fix", "--format", "json", "--select", "AL001,XB004", a, b, env=env)
    assert proc.returncode == 2
    data = json.loads(proc.stdout)
    assert any(f["code"] == "XB004" and "KeyError" in f["message"] for f in data)
    assert a.read_text() == BROKEN and b.read_text() == BROKEN
    no_traceback(proc)


def test_rule_with_invalid_edits_is_contained(tmp_path):
    env = plugin_env(tmp_path)
    p = write(tmp_path / "a.md", BROKEN)
    proc = run_cli("--fix", "--format", "json", "--select", "AL001,XB003", p, env=env)
    assert p.read_text() == BROKEN
    assert proc.returncode == 2
    no_traceback(proc)
    data = json.loads(proc.stdout)
    assert any(f["code"] == "XB003" and f["name"] == "internal-error" for f in data)


# ---- pathological Markdown -----------------------------------------------------------------------

PATHOLOGICAL = {
    "bullets-5000-deep": "- " * 5000 + "x\n",
    "numbers-5000-deep": "1. " * 5000 + "x\n",
    "quotes-5000-deep": "> " * 5000 + "x\n",
    "mixed-5000-deep": "> 1. - " * 1700 + "x\n",
    "quote-lines-2000-deep": "".join(">" * i + " - x\n" for i in range(1, 2001)),
    "open-brackets-200k": "[" * 200_000 + "\n",
    "close-brackets-200k": "]" * 200_000 + "\n",
    "pairs-100k": "[]" * 100_000 + "\n",
    "link-openers-50k": "[a](" * 50_000 + "\n",  # was quadratic in inline._destination
    "images-100k": "![" * 100_000 + "\n",
    "parens-200k": "1. " + "(" * 200_000 + "\n",
    "links-30k-in-one-item": "- " + "[x](y) " * 30_000 + "\n",  # was quadratic in AL017
    "table-200k-pipes": "| " + "[|" * 100_000 + "\n|---|\n| a |\n",
    "backticks-200k": "`" * 200_000 + "\n",
    "emphasis-100k": "*a" * 100_000 + "\n",
    "angle-200k": "<" * 200_000 + "\n",
    "long-url": "- [x](https://e.org/" + "a" * 200_000 + ")\n",
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_markdown(tmp_path, name):
    text = PATHOLOGICAL[name]
    p = write(tmp_path / f"{name}.md", text)
    sane(run_cli("--fix", "--format", "json", p))
    once = p.read_bytes()
    sane(run_cli("--fix", "--format", "json", p))
    assert p.read_bytes() == once  # a second --fix changes nothing
    if once != text.encode():  # what a fix changed is small
        assert abs(len(once) - len(text.encode())) < 1000


def test_link_destination_paren_nesting_matches_cmark():
    """cmark gives up on a link destination nested more than 32 parentheses deep; so do we."""
    import cmarkgfm

    from awesome_lint.inline import scan

    for depth in (31, 32, 33, 40):
        text = "[a](" + "(" * depth + "x" + ")" * depth + ")"
        gfm = "<a " in cmarkgfm.github_flavored_markdown_to_html(text)
        assert bool(scan(text).links) == gfm, depth


# ---- large lists ---------------------------------------------------------------------------------

def build_large(target: int) -> str:
    """Real lists repeated up to ``target`` bytes (each copy under its own heading)."""
    parts = []
    size = 0
    files = sorted((CORPUS / "real").glob("*.md")) + sorted((CORPUS / "seeds").glob("*.md"))
    k = 0
    while size < target:
        f = files[k % len(files)]
        chunk = f"\n\n# Part {k}\n\n" + f.read_text(encoding="utf-8") + "\n"
        parts.append(chunk)
        size += len(chunk.encode())
        k += 1
    return "".join(parts)


URL = re.compile(r"https?://[^\s<>\"'`|()\[\]]+")


def check_large(tmp_path, megabytes: float):
    text = build_large(int(megabytes * 1_000_000))
    p = write(tmp_path / "large.md", text)
    data = sane(run_cli("--fix", "--format", "json", p))
    out = p.read_text(encoding="utf-8")
    n_lines = out.count("\n") + 1
    assert all(f["line"] <= n_lines for f in data)
    # nothing is lost: the fixed file has (almost) every URL, and every heading
    before, after = URL.findall(text), URL.findall(out)
    assert len(after) >= 0.99 * len(before)
    assert re.findall(r"^# Part \d+$", out, re.M) == re.findall(r"^# Part \d+$", text, re.M)
    assert run_cli("--diff", p).returncode == 0  # and a second --fix would change nothing


@needs_shared
def test_large_list_1mb(tmp_path):
    check_large(tmp_path, 1)


@needs_shared
@pytest.mark.skipif(os.environ.get("AWESOME_LINT_SLOW") != "1", reason="set AWESOME_LINT_SLOW=1 for the 50 MB list")
def test_large_list_50mb(tmp_path):
    check_large(tmp_path, 50)
