"""AL013 dead-link (network: only with --check-links)."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Iterator

from ..document import Document
from ..model import WARNING, Edit, Finding, Fix
from .base import FIX_SOMETIMES, Option, Rule

_WEB = re.compile(r"https?://", re.I)
_UNSAFE_IN_URL = re.compile(r"[\s<>\"'`]")
DAY = 86400.0


class DeadLink(Rule):
    """
    ## What it does

    With `--check-links`, fetches every `http(s)` link of the files once and reports the links
    that do not resolve. Off by default: plain linting never touches the network.

    | outcome | when | severity |
    | --- | --- | --- |
    | dead | 404 or 410, a redirect loop or too many redirects, the host not found (DNS), connection refused, a URL that cannot be parsed | error |
    | moved | a permanent redirect (301, 308) to a page that works | warning, unsafe fix |
    | blocked | 401, 403 or 999 (publishers that turn bots away), 429 still after the retry budget | warning, not dead |
    | failed | 5xx, time-outs, dropped connections, TLS errors (after retries), other 4xx, a missing `#anchor` on a GitHub page, a server past one of the bounds below | warning |
    | private | the host resolves to a private, loopback or link-local address and `--allow-private` is not given | warning |

    Temporary redirects (302, 303, 307) are followed and not reported. HEAD is asked first and
    GET when HEAD is refused or not trusted (405, 501, 403, 404, ...). 429 and 5xx answers,
    time-outs and dropped connections are retried with exponential back-off and jitter,
    honouring `Retry-After` (which pauses the whole host), within a time budget per link; a retry
    that succeeds is not reported. A URL that occurs many times, in one file or several, is
    fetched once and reported at every occurrence. Fragments are checked on GitHub pages only.

    Checking starts before the files are parsed: a quick scan of the raw text (fenced code,
    code spans and HTML comments skipped; `--since`, `exclude` and the cache honoured) picks the
    URLs to fetch at once, in a second process, while the Markdown is parsed. Only the links the
    parser finds are reported and counted, so a URL the scan mistakes for a link (in an indented
    code block, say) may be fetched, under the same safety rules, but is never reported.

    Results are kept in a SQLite cache (`links.sqlite3` in the user's cache folder, or
    `--cache-path`), with a time-to-live per outcome (options below). `--no-cache` neither
    reads nor writes it; `--offline` uses only the cache (expired entries included) and fetches
    nothing. Concurrent runs may share the cache file.

    A URL that cannot be parsed (`http://[oops/x`, a port above 65535) is reported on its own line
    as `dead link: cannot parse URL: ...` and not fetched; the other links are still checked.

    Safety: a host that resolves to a non-public address is not fetched without
    `--allow-private` (a pull request must not make CI probe its own network); every address of
    every redirect hop is checked, at connection time, and IPv6 forms that carry an IPv4 address
    (IPv4-mapped `::ffff:127.0.0.1`, IPv4-compatible `::127.0.0.1`, NAT64 `64:ff9b::7f00:1`,
    6to4 `2002:7f00:1::`, Teredo) are judged by the IPv4 address they carry. A `GITHUB_TOKEN` in
    the environment is sent only over https to `github.com` and `api.github.com`, never to the
    target of a redirect to another host. Response bodies are not read, except a small one
    (drained as sent, never decompressed, to reuse the connection) or a GitHub page whose anchor
    is checked.

    A hostile or broken server cannot stall or exhaust the check. Each bound it reaches is a
    `failed` finding that says which, not a hang:

    | bound | finding |
    | --- | --- |
    | one attempt at a link, its redirects included, spends at most 20 seconds in requests (twice `timeout` if that is longer), however slowly the server sends | `gave up after 20 s` (not retried) |
    | the status line and headers of a response: 64 KB | `response headers larger than 64 KB` |
    | a GitHub page read for its anchor: 5 MB after decompression, decompressed as it arrives | `response larger than 5 MB after decoding` (when the anchor is not in the first 5 MB) |
    | one content encoding (`gzip` or `deflate`); a stack such as `gzip, gzip` is not decoded | `2 content encodings (gzip, gzip): the page was not decoded` |
    | `max_redirects` redirects | `dead link: more than 10 redirects` |

    What a server or the cache says is data: a redirect target becomes a fix only as a
    well-formed absolute http(s) URL with a plain host, its `()[]<>`, spaces, quotes,
    backslashes and non-ASCII characters percent-encoded so it stays one link; a cache row the
    checker could not have written (an unknown outcome, a moved link whose target would not pass
    as a fresh redirect's) is ignored and the link fetched again; control characters (ESC, C0,
    C1, bidi overrides) in messages are shown as `\\x1b`-style escapes. Impossible option values
    (a negative count, a zero time-out, a bad `exclude` expression) are errors when the
    configuration is read; excessive ones are lowered (at most 10 `retries`, 30 `max_redirects`,
    a 300 s `timeout`, 1024 `concurrency`, 64 `per_host_concurrency`, a 60 s `backoff`, a 3600 s
    `retry_budget`).

    A progress bar is drawn on stderr when it is a terminal; a one-line summary is always printed
    on stderr at the end: `checked N links on M hosts: X ok, Y dead, Z blocked, cache hits H`.

    ## Why it matters

    Lists rot: papers move, repositories are deleted or renamed, hosts vanish. A list whose
    links are dead sends its readers nowhere, and a list that is checked with a flaky tool gets
    its check turned off. This check is meant to be left on in CI: bot-blocking publishers and
    rate limits are warnings, not failures, and transient errors are retried before anything is
    reported.

    In CI, keep the cache between runs (`--cache-path .cache/awesome-lint-links.sqlite3` with
    the CI's cache step) so that only new or expired links are fetched, run the check on a
    schedule rather than on every push, and give GitHub links a token (`GITHUB_TOKEN`) to avoid
    its rate limit.

    ## Example

    ```markdown
    - [2021 CVPR] **Some Paper** [[code]](https://github.com/someone/deleted-repo)
    - [2020 ECCV] **Other Paper** [[code]](https://github.com/old-name/repo)
    ```

    Use instead:

    ```markdown
    - [2021 CVPR] **Some Paper** [[code]](https://web.archive.org/web/2021/https://github.com/someone/deleted-repo)
    - [2020 ECCV] **Other Paper** [[code]](https://github.com/new-name/repo)
    ```

    ## Fix safety

    Only a moved link has a fix, and it is unsafe (applied with `--unsafe-fixes`): it replaces
    the URL with the target of its permanent redirects, keeping the fragment. A permanent
    redirect can point to a login page or a site's home page; review the change. A target that
    is not a well-formed web URL (another scheme, user info, an IPv6 literal, over 2048
    characters) gives no fix; the characters Markdown would read in one are percent-encoded. Dead links have
    no fix: only a person can find where a paper went.
    """

    code = "AL013"
    name = "dead-link"
    summary = "The link does not resolve (network; only with --check-links)"
    fix_availability = FIX_SOMETIMES
    tags = ("links", "network")
    network = True
    options = {
        "concurrency": Option(int, 64, "Requests in flight at once, over all hosts.", ge=1, le=1000),
        "per_host_concurrency": Option(int, 8, "Requests in flight at once to one host (host:port).", ge=1, le=64),
        "timeout": Option(float, 10.0, "Seconds to wait for a connection or an answer, per request.", gt=0, le=300),
        "deadline": Option(float, 0.0, "Seconds one attempt at a link, its redirects included, may spend in requests "
                           "before it is reported as given up; 0 for the default: 20, or twice `timeout` when that is longer.",
                           ge=0, le=600),
        "retries": Option(int, 2, "Retries of a link after 429, 5xx, a time-out or a dropped connection.", ge=0, le=10),
        "retry_budget": Option(float, 30.0, "Seconds a link may spend waiting between retries in all; a longer `Retry-After` gives up.", ge=0, le=3600),
        "backoff": Option(float, 1.0, "Base delay in seconds of the exponential back-off (doubled each retry, with jitter).", ge=0, le=60),
        "max_redirects": Option(int, 10, "Redirects followed at most; more is reported as dead.", ge=0, le=30),
        "exclude": Option(list, [], "Regular expressions; a URL any of them matches (`re.search`) is not checked.", items=Option(str, regex=True)),
        "accept": Option(list, [], "HTTP status codes to count as ok besides 2xx (for example `[403, 999]`).", items=Option(int, ge=100, le=999)),
        "user_agent": Option(str, "", "The User-Agent header; empty for `awesome-lint/VERSION (link checker; +URL)`.",
                             pattern=r"[^\x00-\x1f\x7f]*", max_len=500, expect="a string of at most 500 characters on one line"),
        "head_first": Option(bool, True, "Ask with HEAD first (GET follows when HEAD is refused)."),
        "check_fragments": Option(bool, True, "Check `#fragment`s of GitHub pages against the page's anchors."),
        "cache_ttl_ok": Option(float, 7 * DAY, "Seconds an ok (or moved) result stays in the cache.", ge=0, le=365 * DAY),
        "cache_ttl_blocked": Option(float, 3 * DAY, "Seconds a blocked-for-bots result stays in the cache.", ge=0, le=365 * DAY),
        "cache_ttl_dead": Option(float, DAY / 24, "Seconds a dead result stays in the cache.", ge=0, le=365 * DAY),
        "cache_ttl_failed": Option(float, 0.0, "Seconds a failed result (5xx, time-out) stays in the cache.", ge=0, le=365 * DAY),
    }

    def __init__(self, settings=None, severity=None):
        super().__init__(settings, severity)
        # Options are checked when the configuration is read (a bad regular expression, a negative
        # count: one line, exit status 2), not when the links are checked (a crash of the rule).
        self._excludes()
        self._settings()

    def check(self, doc: Document) -> Iterable[Finding]:
        return ()  # every file's links are checked together in check_many

    # ---- gathering -----------------------------------------------------------------------------
    def _settings(self):
        from ..links.settings import DEFAULT_USER_AGENT, Settings
        from ..model import InputError

        o = self.opts
        accept = []
        for v in o.accept:
            try:
                accept.append(int(v))
            except (TypeError, ValueError, OverflowError):
                raise InputError(f"AL013.accept: {v!r} is not an HTTP status code") from None
        extra = {}
        if o.deadline:  # 0: the default, from `timeout`
            extra["deadline"] = o.deadline
        try:
            return Settings(
                concurrency=o.concurrency, per_host=o.per_host_concurrency, timeout=float(o.timeout),
                retries=o.retries, retry_budget=float(o.retry_budget), backoff=float(o.backoff),
                max_redirects=o.max_redirects, accept=frozenset(accept), user_agent=o.user_agent or DEFAULT_USER_AGENT,
                head_first=o.head_first, check_fragments=o.check_fragments, allow_private=self.ctx.allow_private,
                github_token=os.environ.get("GITHUB_TOKEN") or None, **extra,
            )
        except (TypeError, ValueError, OverflowError) as exc:  # float("x"), float(10**400)
            raise InputError(f"AL013: bad option value ({exc})") from None

    def _occurrences(self, docs: list[Document], excludes: list[re.Pattern]) -> list[tuple[Document, object]]:
        only = self.ctx.only_lines
        out = []
        for doc in docs:
            lines: set[int] | None = None
            if only is not None:
                lines = only.get(os.path.realpath(doc.path)) or only.get(doc.path) or set()
                if not lines:
                    continue
            for link in doc.links:
                url = link.url
                if not _WEB.match(url) or doc.in_code(link.start):
                    continue
                if lines is not None and link.line not in lines:
                    continue
                if any(p.search(url) for p in excludes):
                    continue
                out.append((doc, link))
        return out

    def _excludes(self) -> list[re.Pattern]:
        excludes = []
        for pattern in self.opts.exclude:
            try:
                excludes.append(re.compile(str(pattern)))
            except re.error as exc:
                from ..model import InputError

                raise InputError(f"AL013.exclude: bad regular expression {pattern!r}: {exc}") from None
        return excludes

    def check_many(self, docs: list[Document]) -> Iterator[Finding]:
        if not self.ctx.check_links:
            return
        excludes = self._excludes()
        occurrences = self._occurrences(docs, excludes)
        settings = self._settings()
        from ..links.settings import fetch_key, url_problem

        keys = {}
        broken = {}  # URLs that cannot be parsed: a finding each, never fetched
        for doc, link in occurrences:
            url = link.url.strip()
            if url in keys or url in broken:
                continue
            problem = url_problem(url)
            if problem is not None:
                broken[url] = problem
            else:
                keys[url] = fetch_key(url, settings)
        wanted = list(dict.fromkeys(keys.values()))
        from ..links.prefetch import KEY

        prefetch = self.ctx.extra.pop(KEY, None)  # links being fetched since the run began (cli)
        try:
            if prefetch is not None and not prefetch.matches(settings, [p.pattern for p in excludes]):
                prefetch.close()
                prefetch = None
            results = self._lookup(wanted, settings, prefetch, unparsable=len(broken))
        finally:
            if prefetch is not None:
                prefetch.close()

        from ..links.untrusted import printable

        for doc, link in occurrences:
            url = link.url.strip()
            if url in broken:
                f = self.finding(f"dead link: cannot parse URL: {printable(broken[url], 160)}", link.line, link.column,
                                 link.end_line, link.end_column)
                f.path = doc.path
                yield f
                continue
            res = results.get(keys[url])
            if res is None:
                continue
            f = self._finding(doc, link, res)
            if f is not None:
                f.path = doc.path
                yield f

    # ---- checking and caching --------------------------------------------------------------------
    def _lookup(self, urls: list[str], settings, prefetch=None, unparsable: int = 0) -> dict:
        from ..links import classify as C
        from ..links.settings import host_key

        ctx = self.ctx
        cache = None
        if ctx.use_cache or ctx.offline:
            from ..links.cache import Cache

            cache = Cache(ctx.cache_path, clock=ctx.clock)
        results = {}
        hits = 0
        try:
            if cache is not None and (ctx.use_cache or ctx.offline):
                results = cache.get_many(urls, include_expired=ctx.offline)
                for r in results.values():  # `accept` may have changed since the result was stored
                    if r.status is not None and r.status in settings.accept and r.kind != C.OK:
                        r.kind = C.OK
                hits = len(results)
            todo = [u for u in urls if u not in results]
            fetched = {}
            if todo and not ctx.offline:
                from ..links.progress import Progress

                progress = Progress()
                try:
                    if prefetch is not None:  # answered by the child that began before the parse
                        fetched = prefetch.fetch(todo, progress)
                    rest = [u for u in todo if u not in fetched]
                    if rest:
                        from ..links.checker import Checker  # the HTTP stack: only when something is fetched

                        fetched.update(Checker(settings, progress).check(rest))
                finally:
                    progress.close()
                results.update(fetched)
                if cache is not None and ctx.use_cache:
                    ttl = {C.OK: self.opts.cache_ttl_ok, C.MOVED: self.opts.cache_ttl_ok,
                           C.BLOCKED: self.opts.cache_ttl_blocked, C.DEAD: self.opts.cache_ttl_dead,
                           C.FAILED: self.opts.cache_ttl_failed}
                    cache.put_many((r, float(ttl.get(r.kind, 0.0))) for r in fetched.values())
        finally:
            if cache is not None:
                cache.close()
        counts = {k: 0 for k in C.KINDS}
        for r in results.values():
            counts[r.kind] = counts.get(r.kind, 0) + 1
        unchecked = len(urls) - len(results)
        hosts = len({host_key(u) for u in results})
        line = (f"checked {len(results)} links on {hosts} hosts: {counts[C.OK]} ok, {counts[C.DEAD]} dead, "
                f"{counts[C.BLOCKED]} blocked, cache hits {hits}")
        extra = [f"{counts[C.MOVED]} moved", f"{counts[C.FAILED]} failed", f"{counts[C.PRIVATE]} private not checked"]
        extra = [e for e in extra if not e.startswith("0 ")]
        if unchecked:
            extra.append(f"{unchecked} not in the cache (offline)")
        if unparsable:
            extra.append(f"{unparsable} cannot be parsed")
        if extra:
            line += " (" + ", ".join(extra) + ")"
        print(line, file=sys.stderr, flush=True)
        self.last_summary = line
        return results

    # ---- findings ----------------------------------------------------------------------------------
    def _finding(self, doc: Document, link, res) -> Finding | None:
        from ..links import classify as C

        if res.kind == C.OK:
            return None
        message = C.describe(res)
        fix = None
        severity = None if res.kind == C.DEAD else WARNING
        if res.kind == C.MOVED and res.final_url:
            from ..links.untrusted import fix_target, printable

            target = fix_target(res.final_url)  # again: a result may come from the cache or the child
            if target is not None and "#" in link.url:  # the occurrence's own fragment wins over one the redirect adds
                target = target.split("#", 1)[0] + "#" + link.url.split("#", 1)[1]  # the file's own text
            if target is None:
                message = C.describe(C.Result(res.url, res.kind, res.status, res.detail))
            else:
                fix = self._moved_fix(doc, link, target)
                message = message.replace(f"to {printable(res.final_url)}", f"to {target}")
        return self.finding(message, link.line, link.column, link.end_line, link.end_column, fix=fix, severity=severity)

    def _moved_fix(self, doc: Document, link, target: str) -> Fix | None:
        if link.url_end <= link.url_start or doc.text[link.url_start : link.url_end] != link.url:
            return None  # a reference link (fix the definition by hand) or an escaped URL
        if _UNSAFE_IN_URL.search(target) or target.count("(") != target.count(")"):
            return None  # fix_target encodes all of these: kept as a second guard
        if link.kind == "bare" and target[-1:] in ".,:;!?*_~)":
            return None  # the autolink would end before that character
        return Fix((Edit(link.url_start, link.url_end, target),), safe=False,
                   description=f"replace the moved link with {target}")
