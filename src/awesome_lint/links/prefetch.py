"""Start checking links before the Markdown is parsed: a forked child fetches what a quick scan of
the raw text finds, while the parent parses and runs the rules.

Without it a run spends its first few tenths of a second (start-up, parsing the whole list,
gathering links, importing httpx) before the first request. With ``--check-links`` (not
``--offline``), :func:`start` forks a child as soon as the configuration is known. The child reads
the files, guesses their web links (:mod:`~awesome_lint.links.prescan`, honouring ``--since`` lines
and the ``exclude`` patterns), drops what the cache holds fresh, imports the HTTP stack and checks
the rest with the ordinary :class:`~awesome_lint.links.checker.Checker`, keeping each result.

The parent stays in charge of everything a user sees: AL013 gathers the links of the parsed
documents, reads the cache itself, and asks the child (:meth:`Prefetch.fetch`) only for the URLs
it needs; the child answers from what it has fetched, waits for what is in flight, and fetches
what the scan missed. Results of URLs the parse did not find are never asked for, hence never
reported. The parent writes the cache, draws the progress bar and prints the summary, as
without the child. So findings, summary, cache and exit status are those of the sequential path.

The child is killed and reaped as soon as the parent has its answers, or when the run ends in
any way (``atexit``, also on Ctrl-C and errors); it ignores SIGINT (the parent handles it) and
exits by itself when the parent's end of the command pipe closes. If the child dies, the parent
checks what is left itself. Not used where ``os.fork`` is missing (Windows), for standard input
alone, or when the configuration cannot be read yet (the normal path then reports why).

Protocol: the parent writes one JSON line, the list of URLs it wants; the child writes one JSON
line per answer, ``["ok", url, kind, status, detail, final_url]`` or ``["error", url, message]``
(an exception the checker did not classify: the rule reports it as a crash, as without the child).
"""

from __future__ import annotations

import json
import os
import re
import signal
import sys

from .settings import Settings

_WEB = re.compile(r"https?://", re.I)
KEY = "links.prefetch"  # where the handle lives in ``RunContext.extra``


class PrefetchError(RuntimeError):
    """The child's checker raised where the in-process checker would have raised too."""


class Prefetch:
    """The parent's handle on the child."""

    def __init__(self, pid: int, cmd: int, res: int, settings: Settings, excludes: list[str]):
        self.pid = pid
        self.owner = os.getpid()
        self.cmd = cmd  # the parent writes its wants here
        self.res = res  # and reads the answers here
        self.settings = settings
        self.excludes = excludes
        self.closed = False

    def matches(self, settings: Settings, excludes: list[str]) -> bool:
        """Whether the child was started with the settings the rule now uses (the first file's
        configuration; it differs only when that file could not be read)."""
        return not self.closed and settings == self.settings and excludes == self.excludes

    def fetch(self, urls: list[str], progress=None) -> dict:
        """Results for ``urls`` (fetch keys), as far as the child can give them; a URL missing from
        the answer (the child died) is for the caller to check itself."""
        from .classify import Result

        out: dict = {}
        if self.closed or not urls:
            return out
        try:
            _write_all(self.cmd, (json.dumps(urls) + "\n").encode())
        except OSError:  # the child is gone (it had nothing to fetch, or failed): nothing to read
            self.close()
            return out
        wanted = set(urls)
        total = len(urls)
        buf = b""
        error = None
        while len(out) < total:
            try:
                data = os.read(self.res, 1 << 16)
            except InterruptedError:  # pragma: no cover - PEP 475 retries
                continue
            except OSError:
                break
            if not data:
                break
            buf += data
            *lines, buf = buf.split(b"\n")
            for line in lines:
                msg = json.loads(line)
                url = msg[1]
                if url not in wanted or url in out:
                    continue
                if msg[0] == "error":
                    error = error or f"{url}: {msg[2]}"
                    out[url] = None
                    continue
                out[url] = Result(url, msg[2], msg[3], msg[4], msg[5])
                if progress is not None:
                    progress(len(out), total)
        self.close()
        if error is not None:
            raise PrefetchError(f"link checker failed on {error}")
        return out

    def close(self) -> None:
        """Kill and reap the child (it holds nothing worth keeping: the parent writes the cache)."""
        if self.closed or os.getpid() != self.owner:
            return
        self.closed = True
        for fd in (self.cmd, self.res):
            try:
                os.close(fd)
            except OSError:
                pass
        try:
            os.kill(self.pid, signal.SIGKILL)
        except OSError:
            pass
        while True:
            try:
                os.waitpid(self.pid, 0)
                break
            except InterruptedError:  # pragma: no cover
                continue
            except ChildProcessError:
                break


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


_early: Prefetch | None = None  # forked by begin(), waiting for its configuration


def _enabled() -> bool:
    return hasattr(os, "fork") and not os.environ.get("AWESOME_LINT_NO_PREFETCH")


def begin(use_cache: bool = True) -> Prefetch | None:
    """Fork the child as early as the command line is known, before the rules and configuration
    load; it gets its work from :func:`start`. With ``use_cache`` False (``--no-cache``) nothing
    can be served from the cache, so the child imports the HTTP stack at once, while the parent
    loads; otherwise only once it knows something has to be fetched."""
    global _early
    if not _enabled():
        return None
    if _early is None or _early.closed:
        _early = _fork(eager_import=not use_cache)
    return _early


def start(engine, files: list[str], encoding: str = "utf-8") -> Prefetch | None:
    """Give the child (forked now unless :func:`begin` did) the URLs' files, ``--since`` lines,
    settings and cache options of a ``--check-links`` run; None when the prefetch does not apply
    (the early child is then ended). The handle is put in ``engine.context.extra`` for AL013."""
    global _early
    handle, _early = _early, None
    ctx = engine.context
    paths = [f for f in files if f != "-"]
    config = None
    if _enabled() and ctx.check_links and not ctx.offline and paths:
        from ..model import InputError

        try:
            rule = next((r for r in engine.rules_for(paths[0]) if r.code == "AL013"), None)
            if rule is not None:
                config = (rule._settings(), rule._excludes())
        except InputError:
            pass  # reported by the normal path, in its place
    if config is None:
        if handle is not None:
            handle.close()
        return None
    settings, excludes = config
    if handle is None or handle.closed:
        handle = _fork(eager_import=False)
    handle.settings = settings
    handle.excludes = [p.pattern for p in excludes]
    import pickle

    message = pickle.dumps((paths, encoding, ctx.only_lines, excludes, settings, ctx.use_cache, ctx.cache_path, ctx.now))
    try:
        _write_all(handle.cmd, len(message).to_bytes(8, "big") + message)
    except OSError:
        handle.close()
        return None
    ctx.extra[KEY] = handle
    return handle


def _fork(eager_import: bool) -> Prefetch:
    cmd_r, cmd_w = os.pipe()
    res_r, res_w = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        code = 0
        try:
            os.close(cmd_w)
            os.close(res_r)
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            null = os.open(os.devnull, os.O_WRONLY)  # the parent says what there is to say (cache errors...)
            os.dup2(null, 2)
            os.close(null)
            if eager_import:
                from . import checker  # noqa: F401
            _child(cmd_r, res_w)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(cmd_r)
    os.close(res_w)
    handle = Prefetch(pid, cmd_w, res_r, None, [])
    import atexit

    atexit.register(handle.close)
    return handle


# ---- the child ------------------------------------------------------------------------------------
def _read_exactly(fd: int, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = os.read(fd, n - len(data))
        if not chunk:  # the parent is gone, or has decided against prefetching
            os._exit(0)
        data += chunk
    return data


def _child(cmd_fd: int, out_fd: int) -> None:
    import pickle

    size = int.from_bytes(_read_exactly(cmd_fd, 8), "big")
    paths, encoding, only_lines, excludes, settings, use_cache, cache_path, now = pickle.loads(_read_exactly(cmd_fd, size))
    from .. import source as source_mod
    from ..model import RunContext
    from .prescan import prescan
    from .settings import fetch_key, url_problem

    keys: dict[str, None] = {}
    for path in paths:
        lines = None
        if only_lines is not None:
            lines = only_lines.get(os.path.realpath(path)) or only_lines.get(path) or set()
            if not lines:
                continue
        try:
            text = source_mod.read(path, encoding).text
        except Exception:
            continue
        for url in prescan(text, lines):
            if _WEB.match(url) and url_problem(url) is None and not any(p.search(url) for p in excludes):
                keys[fetch_key(url, settings)] = None
    urls = list(keys)
    if urls and use_cache:
        from .cache import Cache

        cache = Cache(cache_path, clock=RunContext(now=now).clock)
        try:
            fresh = cache.get_many(urls)
        finally:
            cache.close()
        urls = [u for u in urls if u not in fresh]
    if not urls:
        return  # all cached (or no links): the parent checks whatever it needs itself
    from .checker import Checker

    checker = Checker(settings, None)
    import asyncio

    asyncio.run(_serve(checker, urls, cmd_fd, out_fd))


async def _serve(checker, urls: list[str], cmd_fd: int, out_fd: int) -> None:
    import asyncio

    from .checker import interleave

    loop = asyncio.get_running_loop()
    checker.begin()
    tasks: dict = {}

    def task(url: str):
        t = tasks.get(url)
        if t is None:
            t = tasks[url] = loop.create_task(checker._check_one(url))
        return t

    for url in interleave(urls, checker.wheres):
        task(url)
    transport, _ = await loop.connect_write_pipe(asyncio.Protocol, os.fdopen(out_fd, "wb", buffering=0))

    def send(url: str, t) -> None:
        if t.cancelled():
            msg = ["error", url, "cancelled"]
        elif t.exception() is not None:
            exc = t.exception()
            msg = ["error", url, f"{type(exc).__name__}: {exc}"]
        else:
            r = t.result()
            msg = ["ok", url, r.kind, r.status, r.detail, r.final_url]
        transport.write(json.dumps(msg).encode() + b"\n")

    buf = bytearray()

    def readable() -> None:
        try:
            data = os.read(cmd_fd, 1 << 16)
        except BlockingIOError:
            return
        if not data:  # the parent has its answers, or is gone
            os._exit(0)
        buf.extend(data)
        while True:
            k = buf.find(b"\n")
            if k < 0:
                break
            line = bytes(buf[:k])
            del buf[: k + 1]
            for url in json.loads(line):
                task(url).add_done_callback(lambda t, url=url: send(url, t))

    os.set_blocking(cmd_fd, False)
    loop.add_reader(cmd_fd, readable)
    await asyncio.Event().wait()
