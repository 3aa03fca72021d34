"""The look-up session of a run: each key is answered from memory, then from the SQLite cache,
then from its source, in batches, the sources side by side (one thread each, each paced by its
own documented limit), and every answer is cached with an expiry.

Keys: ``arxiv:ID`` (arXiv), ``s2:arxiv:ID`` (the published version, Semantic Scholar),
``doi:DOI`` (Crossref), ``openreview:ID`` (OpenReview), ``search:WORDS`` (a title search, Semantic Scholar). What is sent:
identifiers and titles, nothing else (and the contact address, when one is configured).
"""

from __future__ import annotations

import os
import re
import sys
import threading
from collections.abc import Iterable

from .. import __version__
from ..vocabulary import names_preprint
from . import arxiv, crossref, openreview, semantic_scholar
from .client import Client
from .records import LookupFailed, Paper, dumps, loads

DAY = 86400.0

# Each service's documented limit for a client without a key:
# arXiv API terms of use: no more than one request every three seconds, one connection at a time;
# Crossref REST API (limits from 1 December 2025): a list request such as our `filter=doi:…`
# batch, 1 per second, one at a time, in the public pool; 3 per second with a mailto (polite);
# Semantic Scholar: 100 requests per 5 minutes shared without a key (one per 3 s), 1/s with a key;
# OpenReview documents no limit for anonymous reads (and no batch look-up): one request per second.
SOURCES = {
    "arxiv": {"name": "arXiv", "env": "AWESOME_LINT_ARXIV_API", "base": "https://export.arxiv.org/api", "interval": 3.0},
    "crossref": {"name": "Crossref", "env": "AWESOME_LINT_CROSSREF_API", "base": "https://api.crossref.org",
                 "interval": 1.0, "polite_interval": 1 / 3},
    "openreview": {"name": "OpenReview", "env": "AWESOME_LINT_OPENREVIEW_API", "base": "https://api2.openreview.net",
                   "interval": 1.0},
    "s2": {"name": "Semantic Scholar", "env": "AWESOME_LINT_SEMANTIC_SCHOLAR_API",
           "base": "https://api.semanticscholar.org/graph/v1", "interval": 3.0, "key_interval": 1.0},
}


def _float(env, name: str, default: float) -> float:
    try:
        return max(0.0, float(env.get(name, default)))
    except ValueError:
        from ..model import InputError

        raise InputError(f"{name}: not a number: {env.get(name)!r}") from None


class Settings:
    """Read from the environment (documented on AL021's page and in the README)."""

    def __init__(self, env=None):
        env = os.environ if env is None else env
        self.contact = env.get("AWESOME_LINT_PAPERS_CONTACT", "").strip()
        self.timeout = _float(env, "AWESOME_LINT_PAPERS_TIMEOUT", 20.0)
        self.deadline = _float(env, "AWESOME_LINT_PAPERS_DEADLINE", 60.0)
        self.retries = int(_float(env, "AWESOME_LINT_PAPERS_RETRIES", 3))
        self.max_wait = _float(env, "AWESOME_LINT_PAPERS_MAX_WAIT", 60.0)
        self.max_searches = int(_float(env, "AWESOME_LINT_PAPERS_MAX_SEARCHES", 25))
        self.s2_key = env.get("SEMANTIC_SCHOLAR_API_KEY", "").strip()
        # a multiplier on the pacing intervals; below 1 only for tests against a local server
        self.rate_scale = _float(env, "AWESOME_LINT_PAPERS_RATE_SCALE", 1.0)
        self.bases = {k: env.get(s["env"], s["base"]).rstrip("/") for k, s in SOURCES.items()}

    def interval(self, source: str) -> float:
        s = SOURCES[source]
        if source == "crossref" and self.contact:
            return s["polite_interval"] * self.rate_scale
        if source == "s2" and self.s2_key:
            return s["key_interval"] * self.rate_scale
        return s["interval"] * self.rate_scale

    def user_agent(self) -> str:
        contact = f"; mailto:{self.contact}" if self.contact else ""
        return f"awesome-lint/{__version__} (paper checker; +https://github.com/awesome-lint/awesome-lint{contact})"


def ttl(paper: Paper) -> float:
    """How long a record stays in the cache: published records long, a preprint not (yet)
    published a week, a missing record a day."""
    if paper.key.startswith("search:"):
        return 30 * DAY
    if not paper.found:
        return DAY if paper.key.startswith("arxiv:") else 7 * DAY
    if paper.status:
        return 7 * DAY  # a submission under review may yet be accepted
    if paper.key.startswith("s2:"):
        published = any(not names_preprint(v) for v in paper.venues)
        return 180 * DAY if published else 7 * DAY
    if paper.key.startswith("arxiv:"):
        return 30 * DAY
    return 180 * DAY


class Session:
    def __init__(self, offline: bool = False, use_cache: bool = True, cache_path: str | None = None,
                 clock=None, env=None):
        self.settings = Settings(env)
        self.offline = offline
        self.use_cache = use_cache or offline
        self.cache_path = cache_path
        self.clock = clock
        self.memo: dict[str, Paper] = {}
        self.failed: dict[str, str] = {}  # key -> why it could not be looked up
        self.not_cached: set[str] = set()  # offline: keys the cache does not hold
        self.requests: dict[str, int] = {}
        self.cache_hits = 0
        self.fetched = 0
        self.searches = 0
        self.skipped_searches = 0
        self.analysed: dict = {}  # the rules' findings per (path, text): read once, shared by the six
        self._files: tuple[list[str], str] = ([], "utf-8")  # the run's files, scanned when a look-up goes out

    def expect_files(self, paths: Iterable[str], encoding: str = "utf-8") -> None:
        """The files of the run: when a look-up must go to the network, their raw text is
        scanned for arXiv ids, DOIs and OpenReview ids, so the first round of requests asks for
        every file's papers in shared batches rather than one paced round per file. (A run
        the cache answers never scans.)"""
        self._files = ([p for p in paths if p != "-"], encoding)

    def _expected(self) -> list[str]:
        from .. import source as source_mod
        from ..model import InputError

        paths, encoding = self._files
        self._files = ([], encoding)
        keys: set[str] = set()
        for path in paths:
            try:
                text = source_mod.read(path, encoding).text
            except InputError:
                continue  # the lint reports it
            keys.update(keys_in_text(text))
        return sorted(keys)

    def get(self, key: str) -> Paper | None:
        return self.memo.get(key)

    def want(self, keys: Iterable[str], titles: dict[str, str] | None = None) -> None:
        """Make sure every key is answered (in ``memo``) or its failure known (``failed``)."""
        todo = self._unknown(keys)
        if not todo:
            return
        cache = None
        if self.use_cache:
            from ..links.cache import PaperCache

            kw = {"clock": self.clock} if self.clock else {}
            cache = PaperCache(self.cache_path, **kw)
        try:
            todo = self._from_cache(cache, todo)
            if todo and not self.offline and self._files[0]:  # going out: take the other files' papers along
                seen = set(todo)
                todo += self._from_cache(cache, [k for k in self._unknown(self._expected()) if k not in seen])
            if not todo:
                return
            if self.offline:
                self.not_cached.update(todo)
                print(f"papers: {len(todo)} records not in the cache (offline): not checked", file=sys.stderr, flush=True)
                return
            got = self._fetch(todo, titles or {})
            self.memo.update(got)
            self.fetched += len(got)
            if cache is not None and self.use_cache and got:
                cache.put_records((k, dumps(p), ttl(p)) for k, p in got.items())
        finally:
            if cache is not None:
                cache.close()

    def _unknown(self, keys: Iterable[str]) -> list[str]:
        return [k for k in dict.fromkeys(keys) if k not in self.memo and k not in self.failed and k not in self.not_cached]

    def _from_cache(self, cache, keys: list[str]) -> list[str]:
        """The keys the cache does not answer (its answers go to ``memo``)."""
        if cache is not None and keys:
            for key, text in cache.get_records(keys, include_expired=self.offline).items():
                paper = loads(text)
                if paper is not None:
                    self.memo[key] = paper
                    self.cache_hits += 1
        return [k for k in keys if k not in self.memo]

    # ---- the network --------------------------------------------------------------------------
    def _client(self, source: str) -> Client:
        s = self.settings
        headers = {"Accept-Encoding": "gzip"}
        if source == "s2" and s.s2_key:
            headers["x-api-key"] = s.s2_key
        return Client(SOURCES[source]["name"], interval=s.interval(source), timeout=s.timeout, deadline=s.deadline,
                      user_agent=s.user_agent(), retries=s.retries, max_wait=s.max_wait, headers=headers)

    def _fetch(self, keys: list[str], titles: dict[str, str]) -> dict[str, Paper]:
        arxiv_ids = [k[6:] for k in keys if k.startswith("arxiv:")]
        s2_ids = [k[9:] for k in keys if k.startswith("s2:arxiv:")]
        dois = [k[4:] for k in keys if k.startswith("doi:")]
        notes = [k[11:] for k in keys if k.startswith("openreview:")]
        searches = [k for k in keys if k.startswith("search:") and k in titles]
        room = max(0, self.settings.max_searches - self.searches)
        skipped = len(searches[room:])
        self.skipped_searches += skipped  # not failures: those entries just go unsearched
        searches = searches[:room]
        self.searches += len(searches)
        bases = self.settings.bases
        jobs: dict[str, list] = {}
        if arxiv_ids:
            jobs["arxiv"] = [("GET", bases["arxiv"] + "/query", arxiv.params(chunk), None,
                              (lambda body, chunk=chunk: arxiv.parse(body, chunk)), ["arxiv:" + a for a in chunk])
                             for chunk in _chunks(arxiv_ids, arxiv.BATCH)]
        if dois:
            jobs["crossref"] = [("GET", bases["crossref"] + "/works", crossref.params(chunk, self.settings.contact), None,
                                 (lambda body, chunk=chunk: crossref.parse(body, chunk)), ["doi:" + d for d in chunk])
                                for chunk in _chunks(dois, crossref.BATCH)]
        if notes:
            jobs["openreview"] = [("GET", bases["openreview"] + "/notes", openreview.params(n), None,
                                   (lambda body, n=n: openreview.parse(body, n)), ["openreview:" + n]) for n in notes]
        s2 = [("POST", bases["s2"] + "/paper/batch", {"fields": semantic_scholar.FIELDS},
               semantic_scholar.batch_body(chunk), (lambda body, chunk=chunk: semantic_scholar.parse_batch(body, chunk)),
               ["s2:arxiv:" + a for a in chunk]) for chunk in _chunks(s2_ids, semantic_scholar.BATCH)]
        s2 += [("GET", bases["s2"] + "/paper/search", semantic_scholar.search_params(titles[k]), None,
                (lambda body, k=k: {k: semantic_scholar.parse_search(body, k)}), [k]) for k in searches]
        if s2:
            jobs["s2"] = s2
        results: dict[str, Paper] = {}
        before = dict(self.requests)
        failed = len(self.failed)
        lock = threading.Lock()
        threads = [threading.Thread(target=self._run_source, args=(src, batch, results, lock), daemon=True)
                   for src, batch in jobs.items()]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if jobs or skipped:
            self._summary(len(keys), before, len(self.failed) - failed)
        return results

    def _run_source(self, source: str, batches: list, results: dict, lock: threading.Lock) -> None:
        client = self._client(source)
        try:
            for method, url, params, body, parse, keys in batches:
                try:
                    answer = client.request(method, url, params=params, json=body)
                    got = parse(answer)
                except LookupFailed as exc:
                    with lock:
                        for k in keys:
                            self.failed[k] = str(exc)
                    continue
                except Exception as exc:  # a source's surprise is a finding for its entries, never a crash
                    with lock:
                        for k in keys:
                            self.failed[k] = f"{SOURCES[source]['name']}: unexpected answer ({type(exc).__name__})"
                    continue
                with lock:
                    results.update(got)
        finally:
            with lock:
                self.requests[source] = self.requests.get(source, 0) + client.requests
            client.close()

    def _summary(self, asked: int, before: dict, failed: int) -> None:
        sent = ", ".join(f"{SOURCES[s]['name']} {n - before.get(s, 0)}" for s, n in self.requests.items()
                         if n - before.get(s, 0))
        line = f"papers: {asked} records asked ({self.cache_hits} from the cache so far); requests: {sent or 'none'}"
        if failed:
            line += f"; {failed} could not be looked up"
        if self.skipped_searches:
            line += f"; {self.skipped_searches} title searches not sent (AWESOME_LINT_PAPERS_MAX_SEARCHES)"
        print(line, file=sys.stderr, flush=True)


_URL = re.compile(r"https?://[^\s<>()\[\]\"'`]+|\b(?:arXiv|doi):\s?\S+", re.I)


def keys_in_text(text: str) -> set[str]:
    """``arxiv:``, ``s2:arxiv:`` and ``doi:`` keys of the paper URLs in a raw text."""
    from ..urls import arxiv_id, doi, openreview_id
    from .matching import anthology_doi

    keys = set()
    for m in _URL.finditer(text):
        url = m.group().rstrip(".,;:!?*_")
        a = arxiv_id(url)
        if a:
            keys.update(("arxiv:" + a, "s2:arxiv:" + a))
            continue
        d = doi(url) or anthology_doi(url)
        if d:
            keys.add("doi:" + d)
            continue
        o = openreview_id(url)
        if o:
            keys.add("openreview:" + o)
    return keys


def _chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]
