"""Reading and writing keep every byte that no fix touches: BOM, CRLF, final newline, mode."""

from __future__ import annotations

import os

import pytest

from awesome_lint import source
from awesome_lint.model import InputError
from conftest import run_cli

CASES = {
    "lf": b"1. a  \n3. b\n\ntrailing  \n",
    "crlf": b"1. a\r\n3. b\r\n\r\ntext\r\n",
    "bom": b"\xef\xbb\xbf1. a\n3. b\n",
    "no-final-newline": b"1. a\n3. b",
    "mixed": b"1. a\r\n3. b\ntext\r\n",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_fix_keeps_untouched_bytes(tmp_path, name):
    raw = CASES[name]
    p = tmp_path / f"{name}.md"
    p.write_bytes(raw)
    assert run_cli("--fix", p).returncode == 0
    out = p.read_bytes()
    assert out == raw.replace(b"3. b", b"2. b")


@pytest.mark.parametrize("codec,bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
                                       ("utf-32-le", b"\xff\xfe\x00\x00")])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read_and_fixed_as_written(tmp_path, codec, bom):
    """An editor that saves "Unicode" writes UTF-16 with a BOM: no --encoding needed, and the fix
    keeps the encoding, the byte order and the BOM."""
    text = "# Papers\r\n\r\n1. [A](https://a.org) é\r\n3. [B](https://b.org) 📄\r\n"
    p = tmp_path / "wide.md"
    p.write_bytes(bom + text.encode(codec))
    assert run_cli("--fix", p).returncode == 0
    assert p.read_bytes() == bom + text.replace("3. [B]", "2. [B]").encode(codec)


def test_roundtrip_decode_encode():
    for raw in CASES.values():
        src = source.decode(raw, "x.md")
        assert src.encode() == raw


def test_newline_detection():
    assert source.decode(b"a\r\nb\r\n", "x").newline == "\r\n"
    assert source.decode(b"a\nb\n", "x").newline == "\n"


def test_write_refuses_when_file_changed_since_read(tmp_path):
    p = tmp_path / "a.md"
    p.write_bytes(b"1. a\n3. b\n")
    src = source.read(str(p))
    p.write_bytes(b"1. a\n3. b\nnewer line by the user\n")
    os.utime(p, ns=(src.mtime_ns + 10**9, src.mtime_ns + 10**9))
    with pytest.raises(InputError, match="changed on disk"):
        source.write(src, "1. a\n2. b\n")
    assert p.read_bytes() == b"1. a\n3. b\nnewer line by the user\n"
    assert [n for n in os.listdir(tmp_path)] == ["a.md"]


def test_write_is_atomic_replace_and_keeps_mode(tmp_path):
    p = tmp_path / "a.md"
    p.write_bytes(b"x\n")
    os.chmod(p, 0o600)
    src = source.read(str(p))
    source.write(src, "y\n")
    assert p.read_bytes() == b"y\n" and (os.stat(p).st_mode & 0o777) == 0o600
    assert os.listdir(tmp_path) == ["a.md"]
