"""Reading a file so that it can be written back exactly, and writing it safely.

Everything downstream works on ``Source.text``: the decoded file without its BOM, with its line
endings as found. Only regular files are read (a FIFO, a device such as ``/dev/zero`` or a socket,
also behind a symbolic link, is refused: it could hang the run or never end), and at most
:data:`MAX_BYTES` of them, standard input included. Writing adds the BOM back, encodes with the
same encoding, and replaces the file in one step (a temporary file in the same folder, then
``os.replace``) with the owner, group and mode of the file it replaces; a file with several hard
links is instead rewritten in place, so that every name keeps seeing it. A file that changed on
disk since it was read (its inode, size, mtime or CRC-32) is not overwritten: that is checked
again just before the rename. SIGINT, SIGTERM and SIGHUP during a write leave no temporary file.
"""

from __future__ import annotations

import codecs
import errno
import os
import signal
import stat
import sys
import tempfile
import threading
import zlib

import msgspec

from .model import InputError

BOM = "\ufeff"
MAX_BYTES = 64 * 2**20  # the largest file read: real lists reach ~5 MB, a 50 MB list is tested
#: Codecs that call themselves text encodings but are not the encoding of a file.
_NOT_FILE_ENCODINGS = {"punycode", "idna", "undefined", "unicode-escape", "raw-unicode-escape"}


class Source(msgspec.Struct):
    path: str  # as given on the command line ('-' for stdin)
    text: str
    encoding: str = "utf-8"
    bom: bool = False
    newline: str = "\n"  # the dominant newline style; edits' "\n" become this
    mtime_ns: int | None = None
    size: int | None = None
    crc: int | None = None  # zlib.crc32 of the bytes read (not the bytes: a copy of the file)
    ino: int | None = None  # the file read (st_ino, st_dev): a write refuses to replace another
    dev: int | None = None

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


def check_encoding(encoding: str) -> None:
    """Refuse (InputError) an encoding Python does not know, or a codec that is not the text
    encoding of a file (``rot13``, ``base64``, ``punycode``...), before any file is read."""
    try:
        info = codecs.lookup(encoding)
    except (LookupError, TypeError, ValueError):
        raise InputError(f"unknown encoding {encoding!r}") from None
    if not getattr(info, "_is_text_encoding", True) or info.name.replace("_", "-") in _NOT_FILE_ENCODINGS:
        raise InputError(f"--encoding {encoding}: not a text encoding for files (e.g. utf-8, cp1252, latin-1, utf-16)")


def decode(raw: bytes, path: str, encoding: str = "utf-8") -> Source:
    """Decode bytes into a :class:`Source`, or raise :class:`InputError` naming the file."""
    check_encoding(encoding)
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
    except (UnicodeError, ValueError, TypeError) as exc:  # a codec's own complaint: one line
        raise InputError(f"{path}: cannot decode as {encoding} ({exc})") from None
    return Source(path=path, text=text, encoding=enc, bom=bom, newline=detect_newline(text))


def read(path: str, encoding: str = "utf-8") -> Source:
    """The file (or standard input, ``-``) decoded, or InputError with one line naming it."""
    if path == "-":
        stdin = getattr(sys.stdin, "buffer", None)
        if stdin is None:
            raise InputError("-: no standard input")
        chunks = []
        total = 0
        while True:  # bounded: a stream without end is cut at the limit, then refused
            chunk = stdin.read1(1 << 20) if hasattr(stdin, "read1") else stdin.read(1 << 20)
            if not chunk:
                break
            total += len(chunk)
            if total > MAX_BYTES:
                raise InputError(f"-: larger than {MAX_BYTES // 2**20} MB; not read")
            chunks.append(chunk)
        return decode(b"".join(chunks), "-", encoding)
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
                     | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder") from None
    except OSError as exc:
        if exc.errno in (errno.ENXIO, errno.ENODEV, errno.EOPNOTSUPP):  # a socket, a device
            raise InputError(f"{path}: not a regular file") from None
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{path}: is a folder")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{path}: not a regular file")
        raw = _read_capped(fd, st.st_size, path)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    finally:
        os.close(fd)
    src = decode(raw, path, encoding)
    src.mtime_ns = st.st_mtime_ns
    src.size = st.st_size
    src.crc = zlib.crc32(raw)
    src.ino, src.dev = st.st_ino, st.st_dev
    return src


def _read_capped(fd: int, size: int, path: str) -> bytes:
    """All of a regular file, refusing one of more than MAX_BYTES (even one that grows while
    it is read) without reading more than one byte past the limit."""
    if size > MAX_BYTES:
        raise InputError(f"{path}: larger than {MAX_BYTES // 2**20} MB; not read")
    chunks = []
    total = 0
    want = size + 1  # the size, and one more byte to see the end (or that it grew)
    while True:
        chunk = os.read(fd, min(want, MAX_BYTES + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > MAX_BYTES:
            raise InputError(f"{path}: larger than {MAX_BYTES // 2**20} MB; not read")
        want = 1 << 20
    return b"".join(chunks)


class _Terminated(BaseException):
    """SIGTERM or SIGHUP arrived during a write: unwind (removing the temporary file), then die
    of the signal."""


def write(source: Source, text: str) -> None:
    """Replace ``source.path`` with ``text``, keeping BOM, encoding, owner, group and mode.

    Refuses (InputError) when the file changed since it was read (checked before writing and
    again just before the rename), when it cannot be written, when its owner or group cannot
    be kept, or when the new text cannot be encoded; the original is then left as it was, and
    no temporary file is left behind.
    """
    path = source.path
    try:
        data = source.encode(text)
    except (UnicodeError, ValueError, TypeError, LookupError):
        raise InputError(f"{path}: fixed text cannot be encoded as {source.encoding}; not written") from None
    real = os.path.realpath(path)  # write through a symlink, keep the link
    try:
        st = os.stat(real)
    except FileNotFoundError:
        raise InputError(f"{path}: vanished before it could be written") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror}); not written") from None
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{path}: not a regular file; not written")
    if _changed(source, st, None):
        raise InputError(f"{path}: changed on disk while being checked; not written")
    if not (st.st_mode & 0o222) or not os.access(real, os.W_OK):
        raise InputError(f"{path}: read-only; not written")
    handlers = _catch_termination()
    try:
        if st.st_nlink > 1:
            _rewrite_in_place(source, real, data)
        else:
            _replace(source, real, st, data)
    except _Terminated as exc:
        _restore(handlers)
        signal.raise_signal(exc.args[0])  # the default action ends the process here
        raise InputError(f"{path}: interrupted; not written") from None
    finally:
        _restore(handlers)


def _replace(source: Source, real: str, st: os.stat_result, data: bytes) -> None:
    """A temporary file beside ``real`` with ``data`` and its owner, group and mode, renamed
    over it once the file is known to be the one read."""
    path = source.path
    folder = os.path.dirname(real) or "."
    try:
        fd, tmp = tempfile.mkstemp(prefix=".awesome-lint-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"{path}: cannot write in its folder ({exc.strerror}); not written") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            _keep_owner(fh.fileno(), st, path)
            if hasattr(os, "fchmod"):  # after the owner, whose change may clear set-id bits
                os.fchmod(fh.fileno(), stat.S_IMODE(st.st_mode))
            os.fsync(fh.fileno())
        if not hasattr(os, "fchmod"):
            os.chmod(tmp, stat.S_IMODE(st.st_mode))
        _test_pause()
        if _changed(source, None, real):
            raise InputError(f"{path}: changed on disk while being checked; not written")
        os.replace(tmp, real)
        tmp = None
        _sync_folder(folder)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror}); not written") from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _rewrite_in_place(source: Source, real: str, data: bytes) -> None:
    """A file with several hard links: a rename would give this name a new file and leave the
    other names on the old one, so the new bytes are written through the same inode, once it
    is known to hold what was read. SIGINT, SIGTERM and SIGHUP wait until the write is done;
    only a crash or SIGKILL in those milliseconds could leave it half written."""
    path = source.path
    try:
        fd = os.open(real, os.O_RDWR | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror}); not written") from None
    try:
        _test_pause()
        blocked = _block_signals()
        try:
            if _changed(source, os.fstat(fd), real):
                raise InputError(f"{path}: changed on disk while being checked; not written")
            view = memoryview(data)
            done = 0
            os.lseek(fd, 0, os.SEEK_SET)
            while done < len(data):
                done += os.write(fd, view[done:])
            os.ftruncate(fd, len(data))
            os.fsync(fd)
        finally:
            _unblock_signals(blocked)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror}); the file may be incomplete") from None
    finally:
        os.close(fd)


def _keep_owner(fd: int, st: os.stat_result, path: str) -> None:
    """Give the new file the owner and group of the old one (root fixing another user's file
    must not take it over), or refuse when that is not allowed."""
    if not hasattr(os, "fchown"):  # Windows: files have no POSIX owner to keep
        return
    mine = os.fstat(fd)
    uid = st.st_uid if mine.st_uid != st.st_uid else -1
    gid = st.st_gid if mine.st_gid != st.st_gid else -1
    if uid == -1 and gid == -1:
        return
    try:
        os.fchown(fd, uid, gid)
    except PermissionError:
        raise InputError(f"{path}: its owner or group (uid {st.st_uid}, gid {st.st_gid}) cannot be kept "
                         "by this user; not written") from None


def _changed(source: Source, st: os.stat_result | None, real: str | None) -> bool:
    """The file is not the one read: another inode, size or mtime, or (when ``real`` is given)
    other bytes. A Source built from a string (no mtime) has nothing to compare."""
    if source.mtime_ns is None:
        return False
    try:
        if st is None:
            st = os.stat(real)
    except OSError:
        return True
    if source.ino is not None and (st.st_ino, st.st_dev) != (source.ino, source.dev):
        return True
    if st.st_mtime_ns != source.mtime_ns or st.st_size != source.size:
        return True
    return real is not None and _current_crc(real, st.st_size) != source.crc


def _current_crc(path: str, size: int) -> int | None:
    try:
        with open(path, "rb") as fh:
            return zlib.crc32(fh.read(size + 1))
    except OSError:
        return None


def _sync_folder(folder: str) -> None:
    """The rename itself reaches the disk (where the system lets a folder be synced)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_TERMINATING = tuple(getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n))


def _on_termination(signum, frame):
    raise _Terminated(signum)


def _catch_termination() -> dict:
    """SIGTERM and SIGHUP raise :class:`_Terminated` while a file is written, so that the
    temporary file is removed (SIGINT already raises KeyboardInterrupt). Main thread only."""
    if threading.current_thread() is not threading.main_thread():
        return {}
    old = {}
    for sig in _TERMINATING:
        try:
            old[sig] = signal.signal(sig, _on_termination)
        except (OSError, ValueError):
            pass
    return old


def _restore(handlers: dict) -> None:
    while handlers:
        sig, old = handlers.popitem()
        signal.signal(sig, old if old is not None else signal.SIG_DFL)


def _block_signals():
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, *_TERMINATING})


def _unblock_signals(previous) -> None:
    if previous is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _test_pause() -> None:
    """Test-only hook: with ``AWESOME_LINT_TEST_PAUSE_BEFORE_RENAME=FILE`` in the environment, a
    write creates FILE just before its final check of the file on disk and waits (at most a
    minute) until FILE is removed, so that a test can change the file or send a signal at that
    moment. Never set it otherwise."""
    flag = os.environ.get("AWESOME_LINT_TEST_PAUSE_BEFORE_RENAME")
    if not flag:
        return
    import time

    with open(flag, "w"):
        pass
    deadline = time.monotonic() + 60
    while os.path.exists(flag) and time.monotonic() < deadline:
        time.sleep(0.01)
