"""Compiled regular expressions kept between runs, so a pre-commit run does not rebuild them.

CPython compiles a pattern in Python (``re._parser`` and ``re._compiler``): the ~240 patterns a
lint of a small list meets (this package's, markdown-it-py's and the standard library's) take
about 35 ms, an eighth of the whole run. What that work yields is a small program (a list of
ints) that ``_sre.compile`` turns into a ``Pattern`` in microseconds. The command installs this
module in front of ``re``'s compiler: a pattern seen in an earlier run is built from its stored
program; a new one is compiled as usual and its program is stored when the run ends.

The programs live in one ``marshal`` file per interpreter build (its version and ``_sre.MAGIC``
are in the name) in the cache folder (``AWESOME_LINT_CACHE_DIR``, else the user's cache folder).
Anything unexpected (no file, a damaged file, a call that fails) falls back to ``re``'s own
compiler, and a cache that cannot be written is ignored. ``AWESOME_LINT_NO_REGEX_CACHE=1`` turns
it off. Only the command line installs it: importing the package changes nothing.
"""

from __future__ import annotations

import os
import sys
import threading

from .cachedir import cache_dir, store

MAX_ENTRIES = 4000  # patterns built from user data (configuration, recipes) must not grow it forever

_programs: dict[tuple, tuple] = {}  # (type, pattern, flags) -> the arguments of _sre.compile
_new = 0  # programs added in this run
_path: str | None = None
_lock = threading.Lock()
hits = 0  # patterns built from a stored program (read by the tests)


class _Recorder:
    """Stands in for the ``_sre`` module inside ``re._compiler`` and keeps the arguments of the
    ``_sre.compile`` call that finishes a compilation."""

    def __init__(self, real):
        self._real = real
        self.last: tuple | None = None

    def __getattr__(self, name):
        return getattr(self._real, name)

    def compile(self, *args):
        self.last = args
        return self._real.compile(*args)


def install() -> None:
    """Put the cache in front of ``re``'s compiler for the rest of this process."""
    global _path
    if _path is not None or os.environ.get("AWESOME_LINT_NO_REGEX_CACHE"):
        return
    try:
        import _sre
        import re._compiler as compiler
    except ImportError:  # pragma: no cover - another Python implementation
        return
    folder = cache_dir()
    if not folder:
        return
    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{sys.hexversion:x}"
    _path = os.path.join(folder, f"regex-{tag}.marshal")
    _programs.update(_stored())
    original = compiler.compile
    recorder = _Recorder(_sre)

    def compile(p, flags=0):
        global hits, _new
        if not isinstance(p, (str, bytes)):
            return original(p, flags)
        key = (type(p).__name__, p, int(flags))
        args = _programs.get(key)
        if args is not None:
            try:
                pattern = _sre.compile(*args)
                hits += 1
                return pattern
            except Exception:
                _programs.pop(key, None)
        with _lock:
            compiler._sre = recorder
            try:
                recorder.last = None
                pattern = original(p, flags)
                args = recorder.last
            finally:
                compiler._sre = _sre
        if args is not None and args[0] is p and len(_programs) < MAX_ENTRIES:
            # plain types only, as marshal needs (flags may be a RegexFlag, the code a list)
            _programs[key] = (args[0], int(args[1]), [int(c) for c in args[2]], *args[3:4], dict(args[4]), tuple(args[5]))
            _new += 1
        return pattern

    compiler.compile = compile
    import atexit

    atexit.register(save)


def _stored() -> dict:
    """The programs in the cache file ({} when there is none, or it cannot be read)."""
    import marshal

    try:
        with open(_path, "rb") as fh:  # type: ignore[arg-type]
            stored = marshal.loads(fh.read())  # load(fh) reads in small pieces: 10x slower
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return stored if isinstance(stored, dict) else {}


def save() -> None:
    """Store the programs when this run compiled new ones (atomically; errors are ignored)."""
    global _new
    if not _new or _path is None:
        return
    import marshal

    for key, args in _stored().items():  # another process (a --jobs child) may have stored some
        _programs.setdefault(key, args)
    try:
        data = marshal.dumps(_programs)
    except ValueError:  # not plain data after all: keep no cache rather than fail at exit
        return
    store(_path, data)
    _new = 0
