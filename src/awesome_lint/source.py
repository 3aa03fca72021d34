"""Reading a file so that it can be written back exactly, and writing it atomically.

Everything downstream works on ``Source.text``: the decoded file without its BOM, with its line
endings as found. Writing adds the BOM back, encodes with the same encoding, and replaces the file
in one step (a temporary file in the same folder, then ``os.replace``), keeping its mode. A file
that changed on disk since it was read is not overwritten.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import zlib

import msgspec

from .model import InputError

BOM = "\ufeff"


class Source(msgspec.Struct):
    path: str  # as given on the command line ('-' for stdin)
    text: str
    encoding: str = "utf-8"
    bom: bool = False
    newline: str = "\n"  # the dominant newline style; edits' "\n" become this
    mtime_ns: int | None = None
    size: int | None = None
    crc: int | None = None  # zlib.crc32 of the bytes read (not the bytes: a copy of the file)

    def encode(self, text: str | None = None) -> bytes:
        body = self.text if text is None else text
        return ((BOM if self.bom else "") + body).encode(self.encoding)


def detect_newline(text: str) -> str:
    crlf = text.count("\r\n")
    if crlf and crlf * 2 >= text.count("\n"):
        return "\r\n"
    return "\n"


_WIDE_BOMS = {  # byte order mark -> the codec of the text after it (UTF-32's first: FF FE 00 00)
    b"\xff\xfe\x00\x00": "utf-32-le",
    b"\x00\x00\xfe\xff": "utf-32-be",
    b"\xff\xfe": "utf-16-le",
    b"\xfe\xff": "utf-16-be",
}


def decode(raw: bytes, path: str, encoding: str = "utf-8") -> Source:
    """Decode bytes into a :class:`Source`, or raise :class:`InputError` naming the file."""
    bom = False
    enc = encoding.lower().replace("_", "-")
    if enc in ("utf-8", "utf8"):
        mark = next((m for m in _WIDE_BOMS if raw.startswith(m)), None)
        if mark is not None:  # saved as UTF-16 or UTF-32 by an editor: read and write it so
            enc, bom, raw = _WIDE_BOMS[mark], True, raw[len(mark):]
    if b"\x00" in raw[:8192] and not enc.startswith(("utf-16", "utf-32", "utf16", "utf32")):
        raise InputError(f"{path}: binary file (contains NUL bytes), not Markdown")
    if enc in ("utf-8", "utf8", "utf-8-sig"):
        enc = "utf-8"
        if raw.startswith(b"\xef\xbb\xbf"):
            bom = True
            raw_body = raw[3:]
        else:
            raw_body = raw
    else:
        raw_body = raw
    try:
        text = raw_body.decode(enc)
    except UnicodeDecodeError as exc:
        line = raw_body[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{path}: cannot decode as {encoding} (byte 0x{raw_body[exc.start]:02x} at line "
            f"{line}); use --encoding for another encoding"
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    return Source(path=path, text=text, encoding=enc, bom=bom, newline=detect_newline(text))


def read(path: str, encoding: str = "utf-8") -> Source:
    if path == "-":
        raw = sys.stdin.buffer.read()
        return decode(raw, "-", encoding)
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{path}: is a folder")
        with open(path, "rb") as fh:
            raw = fh.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    src = decode(raw, path, encoding)
    src.mtime_ns = st.st_mtime_ns
    src.size = st.st_size
    src.crc = zlib.crc32(raw)
    return src


def write(source: Source, text: str) -> None:
    """Atomically replace ``source.path`` with ``text``, keeping mode, BOM, encoding.

    Refuses (InputError) when the file changed since it was read, when it cannot be written, or
    when the new text cannot be encoded; the original is then left as it was.
    """
    path = source.path
    try:
        data = source.encode(text)
    except UnicodeEncodeError:
        raise InputError(f"{path}: fixed text cannot be encoded as {source.encoding}; not written") from None
    real = os.path.realpath(path)  # write through a symlink, keep the link
    try:
        st = os.stat(real)
    except FileNotFoundError:
        raise InputError(f"{path}: vanished before it could be written") from None
    if source.mtime_ns is not None and (st.st_mtime_ns != source.mtime_ns or st.st_size != source.size
                                        or _current_crc(real) != source.crc):
        raise InputError(f"{path}: changed on disk while being checked; not written")
    if not (st.st_mode & 0o222) or not os.access(real, os.W_OK):
        raise InputError(f"{path}: read-only; not written")
    folder = os.path.dirname(real) or "."
    try:
        fd, tmp = tempfile.mkstemp(prefix=".awesome-lint-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"{path}: cannot write in its folder ({exc.strerror}); not written") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, stat.S_IMODE(st.st_mode))
        os.replace(tmp, real)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise InputError(f"{path}: cannot write ({exc.strerror}); not written") from None
        raise


def _current_crc(path: str) -> int | None:
    try:
        with open(path, "rb") as fh:
            return zlib.crc32(fh.read())
    except OSError:
        return None
