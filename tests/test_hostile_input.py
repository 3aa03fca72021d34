"""Hostile input cannot stall the linter or spoil a write (issue #20, items 4-6).

Growth is measured by counting work (the scanners' and AL003's counters), never by a clock:
the work for 2n must stay within 2.5 times the work for n. The CLI tests drive the real
command on real files, FIFOs, devices, hard links and signals; a subprocess timeout is a guard
only.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from awesome_lint import fuzzy, inline, mdtext, source
from awesome_lint.rules import duplicate_entry
from awesome_lint.testing import lint_text
from conftest import run_cli

PAUSE = "AWESOME_LINT_TEST_PAUSE_BEFORE_RENAME"
LIMIT = source.MAX_BYTES // 2**20  # megabytes

# Each was quadratic (or worse) in its length: 20,000 '<a ' took 51 s, '<a href=' x 8,000 more
# than ten minutes.
FLOODS = ["<a ", "<img ", "**a ", "__a ", "<a href=", '<a href="', "<a href='", "<a name=", "<a id=",
          "<", "[", "[a](", "[a](b", "![", "`a", "<http"]


def _work(counter: list[int], fn, *args) -> int:
    before = counter[0]
    fn(*args)
    return counter[0] - before


@pytest.mark.parametrize("unit", FLOODS)
def test_inline_scan_work_grows_linearly(unit):
    n = 4000
    small = _work(inline.WORK, inline.scan, unit * n, 0, {"a": "https://a.org"})
    large = _work(inline.WORK, inline.scan, unit * (2 * n), 0, {"a": "https://a.org"})
    assert large <= 2.5 * max(small, 1), (unit, small, large)


@pytest.mark.parametrize("unit", ["<a ", "<a x ", "<div ", "<a name", "<a name=", "<a id='", "<"])
def test_html_anchor_search_work_grows_linearly(unit):
    n = 4000
    small = _work(mdtext.WORK, mdtext.html_anchors, unit * n)
    large = _work(mdtext.WORK, mdtext.html_anchors, unit * (2 * n))
    assert large <= 2.5 * max(small, 1), (unit, small, large)


def test_linear_scanners_find_what_they_found_before():
    """The rewritten searches keep their results (the regexes they replace, on normal text)."""
    text = ('<a href="https://a.org/x">A</a> <img src=https://b.org/i.png alt=x> <a title="t" '
            "href='https://c.org'>c</a> **bold** and __also__ ** not ** <a name=\"top\"></a>")
    found = inline.scan(text)
    assert [k.url for k in found.links] == ["https://a.org/x", "https://b.org/i.png", "https://c.org"]
    assert [text[s:e] for _, s, e, _ in found.bold_spans] == ["bold", "also"]
    assert mdtext.html_anchors(text) == [("top", text.index('<a name="top"'))]
    assert mdtext.plain_text("[A](u) <b>x</b> **y** ![i](p.png)") == "A x y i"


def test_linear_searches_agree_with_the_regexes_they_replace():
    """On many short random texts, each linear search finds exactly what its regex found."""
    import random
    import re

    from awesome_lint import titles

    html = re.compile(r"""<(?:a|img|source|iframe)\b[^>]*?\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>""",
                      re.I | re.S)
    bold = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S)
    anchor = re.compile(r"""<[a-zA-Z][^>]*?\b(?:name|id)\s*=\s*["']?([^"'\s>]+)""")
    tail = re.compile(r"\s*\[[^\]]*\](?:\s*\[[^\]]*\])*\s*$")
    pieces = ["<a ", "<IMG ", "href", "src", "name", "id", "=", '"', "'", ">", " ", "x", "\n", "<", "[", "]",
              "**", "__", "*", "a", "-"]
    rng = random.Random(20)
    for _ in range(20_000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        for i in (k for k, c in enumerate(t) if c == "<"):
            m = html.match(t, i)
            g = m and next(n for n in (1, 2, 3) if m.group(n) is not None)
            assert inline._html_link(t, i, len(t), {}) == (m and (m.end(), m.start(g), m.end(g))), t
        assert inline._bold_spans(t, 0, []) == [(m.start(), m.start(2), m.end(2), m.end()) for m in bold.finditer(t)], t
        assert mdtext.html_anchors(t) == [(m.group(1), m.start()) for m in anchor.finditer(t)], t
        assert titles.drop_bracket_tail(t) == tail.sub("", t), t


def _papers(n: int, copies: int) -> str:
    """``copies`` sections of the same ``n`` papers, with a near-duplicate title in each."""
    lines = ["# Papers", ""]
    for c in range(copies):
        lines += [f"## Part {c}", ""]
        for i in range(n):
            lines.append(f"- **Learning robust representations of medical images number {i}** "
                         f"[[paper]](https://e.org/{c}/{i})")
        lines.append(f"- **Learning robust representaitons of medical images number {n - 1}** "
                     f"[[paper]](https://f.org/{c})")
        lines.append("")
    return "\n".join(lines)


def _al003_work(text: str) -> tuple[int, int]:
    before = fuzzy.COMPARED[0] + duplicate_entry.TRIED[0]
    findings = lint_text(text, select=["AL003"], config={"AL003": {"scope": "file"}})
    return fuzzy.COMPARED[0] + duplicate_entry.TRIED[0] - before, len(findings)


def test_al003_work_is_linear_in_the_copies_of_a_title():
    small, found_small = _al003_work(_papers(10, 20))
    large, found_large = _al003_work(_papers(10, 40))
    assert large <= 2.5 * max(small, 1), (small, large)
    assert found_small and found_large >= found_small  # the copies are still reported


def test_al003_work_is_linear_in_near_identical_titles():
    def titles(n):
        return "# T\n\n" + "\n".join(
            f"- **Robust segmentation of medical imagse with transformers {chr(97 + i % 26)}{i // 26}**"
            f" [[paper]](https://e.org/{i})" for i in range(n)) + "\n"

    small, _ = _al003_work(titles(300))
    large, _ = _al003_work(titles(600))
    assert large <= 2.5 * max(small, 1), (small, large)


def _flood_file(path: Path, unit: str, size: int = 100_000) -> None:
    """A heading, an entry's bold title, a table cell and an HTML block, each a quarter."""
    part = unit * (size // 4 // len(unit))
    path.write_text(f"# {part}\n\n- **{part}**\n\n| a | b |\n|---|---|\n| {part} | x |\n\n<div>\n{part}\n</div>\n")


@pytest.mark.parametrize("unit", ["<a ", "<img ", "**a ", "<a href=", '<a href="', "<a name=", "[a](", "<",
                                  "<img src=a ", "**[a](u)", "[a] x]"])
def test_a_100_kb_flood_is_linted_in_reasonable_time(tmp_path, unit):
    p = tmp_path / "flood.md"
    _flood_file(p, unit)
    r = subprocess.run([sys.executable, "-m", "awesome_lint", "-q", str(p)], capture_output=True,
                       timeout=120, env={**os.environ, "NO_COLOR": "1"})  # a guard, not a measure
    assert r.returncode in (0, 1), r.stderr
    assert b"Traceback" not in r.stderr


# ---- reading --------------------------------------------------------------------------------

def _finding_file(tmp_path: Path) -> Path:
    ok = tmp_path / "ok.md"
    ok.write_text("1. a\n3. b\n")
    return ok


def test_a_fifo_is_refused_and_other_files_are_still_linted(tmp_path):
    fifo = tmp_path / "x.md"
    os.mkfifo(fifo)
    ok = _finding_file(tmp_path)
    r = run_cli(fifo, ok)
    assert r.returncode == 2
    assert f"awesome-lint: {fifo}: not a regular file" in r.stderr.decode()
    assert "AL001" in r.stdout.decode()  # the other file was linted


def test_a_symlink_to_dev_zero_is_refused(tmp_path):
    link = tmp_path / "x.md"
    os.symlink("/dev/zero", link)
    r = run_cli(link, _finding_file(tmp_path))
    assert r.returncode == 2
    assert r.stderr.decode().splitlines() == [f"awesome-lint: {link}: not a regular file"]
    assert "AL001" in r.stdout.decode()


def test_a_socket_is_refused(tmp_path):
    import socket

    path = tmp_path / "s.md"
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(path))
        r = run_cli(path, _finding_file(tmp_path))
    finally:
        sock.close()
    assert r.returncode == 2
    assert r.stderr.decode().splitlines() == [f"awesome-lint: {path}: not a regular file"]
    assert "AL001" in r.stdout.decode()


def test_a_file_above_the_limit_is_refused_unread(tmp_path):
    big = tmp_path / "big.md"
    with open(big, "wb") as fh:
        fh.truncate(source.MAX_BYTES + 1)  # sparse: nothing is written, and nothing must be read
    r = run_cli(big)
    assert r.returncode == 2
    assert r.stderr.decode().splitlines() == [f"awesome-lint: {big}: larger than {LIMIT} MB; not read"]


def test_standard_input_is_read_with_a_bound(tmp_path):
    r = run_cli("-", input=b"a\n" * (source.MAX_BYTES // 2 + 1))
    assert r.returncode == 2
    assert r.stderr.decode().splitlines() == [f"awesome-lint: -: larger than {LIMIT} MB; not read"]


@pytest.mark.parametrize("name,message", [
    ("punycode", "--encoding punycode: not a text encoding"),
    ("rot13", "--encoding rot13: not a text encoding"),
    ("base64", "--encoding base64: not a text encoding"),
    ("undefined", "--encoding undefined: not a text encoding"),
    ("no-such-codec", "unknown encoding 'no-such-codec'"),
])
def test_a_bad_encoding_is_one_line(tmp_path, name, message):
    p = tmp_path / "a.md"
    p.write_bytes("1. caf\xe9\n".encode("latin-1"))
    r = run_cli("--encoding", name, p)
    err = r.stderr.decode()
    assert r.returncode == 2 and len(err.splitlines()) == 1 and message in err, err
    r = run_cli("--encoding", name, "-", input=b"1. a\n")
    assert r.returncode == 2 and message in r.stderr.decode()


def test_since_with_standard_input_is_refused():
    r = run_cli("--since", "HEAD", "-", input=b"1. a\n3. b\n")
    assert r.returncode == 2
    assert r.stderr.decode().splitlines() == [
        "awesome-lint: --since cannot be used with '-' (standard input): git knows no changed lines for it"]
    assert "not with '-'" in run_cli("--help").stdout.decode()


# ---- writing --------------------------------------------------------------------------------

BROKEN = "1. a\n3. b\n"
FIXED = "1. a\n2. b\n"


def _big_broken(path: Path) -> str:
    """A list of ~1 MB whose numbering needs one fix."""
    text = "# Big\n\n" + "".join(f"{i}. [Paper {i}](https://e.org/{i}) words\n" for i in range(1, 30_000))
    text += "30001. last\n"
    path.write_text(text)
    return text


def _temporaries(folder: Path) -> list[str]:
    return [n for n in os.listdir(folder) if n.endswith(".tmp")]


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_fix_as_root_keeps_owner_group_and_mode(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(BROKEN)
    os.chown(p, 12345, 23456)
    os.chmod(p, 0o640)
    r = run_cli("--fix", p)
    assert r.returncode == 0, r.stderr
    st = os.stat(p)
    assert p.read_text() == FIXED
    assert (st.st_uid, st.st_gid, st.st_mode & 0o7777) == (12345, 23456, 0o640)
    assert _temporaries(tmp_path) == []


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to act as another user")
def test_a_write_that_cannot_keep_the_owner_is_refused():
    """A user who may write a file (mode 666) but not give a new file its owner: refused, the
    file untouched, no temporary file. Run in-process as user 65534 (set back afterwards): a
    child process of that user could not reach this interpreter under /root."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="awesome-lint-owner-"))
    try:
        os.chmod(folder, 0o777)
        p = folder / "a.md"
        p.write_text(BROKEN)
        os.chmod(p, 0o666)
        src = source.read(str(p))
        os.setegid(65534)
        os.seteuid(65534)
        try:
            with pytest.raises(source.InputError, match="owner or group .* cannot be kept"):
                source.write(src, FIXED)
        finally:
            os.seteuid(0)
            os.setegid(0)
        assert p.read_text() == BROKEN and os.stat(p).st_uid == 0
        assert _temporaries(folder) == []
    finally:
        shutil.rmtree(folder)


def test_fix_keeps_hard_links(tmp_path):
    p = tmp_path / "a.md"
    other = tmp_path / "b.md"
    p.write_text(BROKEN)
    os.link(p, other)
    inode = os.stat(p).st_ino
    r = run_cli("--fix", p)
    assert r.returncode == 0, r.stderr
    assert p.read_text() == FIXED and other.read_text() == FIXED
    st = os.stat(p)
    assert st.st_ino == inode and st.st_nlink == 2
    assert _temporaries(tmp_path) == []


def _start_paused_fix(tmp_path: Path, target: Path) -> tuple[subprocess.Popen, Path]:
    flag = tmp_path / "paused"
    env = {**os.environ, PAUSE: str(flag), "NO_COLOR": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "awesome_lint", "--fix", "-q", str(target)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    for _ in range(12_000):  # wait for the write to reach its pause (a guard of two minutes)
        if flag.exists() or proc.poll() is not None:
            break
        time.sleep(0.01)
    assert flag.exists(), proc.communicate(timeout=10)
    return proc, flag


@pytest.mark.parametrize("links", [1, 2])
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_during_the_write_leaves_the_file_and_no_temporary(tmp_path, signum, links):
    p = tmp_path / "big.md"
    text = _big_broken(p)
    if links == 2:
        os.link(p, tmp_path / "other.md")
    proc, flag = _start_paused_fix(tmp_path, p)
    if links == 1:
        assert len(_temporaries(tmp_path)) == 1  # the new text is written, not yet renamed
    proc.send_signal(signum)
    time.sleep(0.2)  # let the signal arrive while the write still waits (it is handled either way)
    flag.unlink()
    out, err = proc.communicate(timeout=120)
    if signum == signal.SIGTERM:
        assert proc.returncode == -signal.SIGTERM, err
    else:
        assert proc.returncode == 2 and b"interrupted" in err, err
    assert b"Traceback" not in err
    assert p.read_text() == text
    assert _temporaries(tmp_path) == []


@pytest.mark.parametrize("links", [1, 2])
def test_an_append_during_the_run_is_not_lost(tmp_path, links):
    p = tmp_path / "big.md"
    text = _big_broken(p)
    if links == 2:
        os.link(p, tmp_path / "other.md")
    proc, flag = _start_paused_fix(tmp_path, p)
    with open(p, "a") as fh:
        fh.write("- appended by the user\n")
    flag.unlink()
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 2
    assert err.decode().splitlines() == [f"awesome-lint: {p}: changed on disk while being checked; not written"]
    assert p.read_text() == text + "- appended by the user\n"
    assert _temporaries(tmp_path) == []


def test_a_file_replaced_by_another_is_not_overwritten(tmp_path):
    """Same size, same bytes, same mtime, but another file (inode): not the one read."""
    p = tmp_path / "a.md"
    p.write_text(BROKEN)
    src = source.read(str(p))
    st = os.stat(p)
    q = tmp_path / "b.md"
    q.write_text(BROKEN)
    os.utime(q, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.replace(q, p)
    with pytest.raises(source.InputError, match="changed on disk"):
        source.write(src, FIXED)
    assert p.read_text() == BROKEN
    assert _temporaries(tmp_path) == []
