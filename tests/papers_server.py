"""A loopback server that speaks the three paper sources' documented formats, for the tests
and the benchmark: arXiv's Atom feed (``/arxiv/query?id_list=``), Crossref's work list
(``/crossref/works?filter=doi:…``) and Semantic Scholar's batch and search
(``POST /s2/paper/batch``, ``/s2/paper/search``) and OpenReview's notes (``/openreview/notes?id=``). Records are plain dicts set by the test;
misbehaviour is asked for per id: ``"429"`` (429 with Retry-After once, then the answer),
``"slow"`` (no answer within the client's time-out), ``"malformed"``, ``"always429"``. It
counts every request per source, and can delay each answer and enforce a minimum interval
between requests (429 when broken)."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

ATOM_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
             'xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">'
             '<title>arXiv Query</title><id>http://arxiv.org/api/x</id>')


def atom_entry(aid: str, rec: dict) -> str:
    parts = [f"<entry><id>http://arxiv.org/abs/{aid}v{rec.get('version', 1)}</id>",
             f"<published>{rec.get('year', 2020)}-03-01T00:00:00Z</published>",
             f"<title>{escape(rec['title'])}</title>",
             f"<summary>{escape(rec.get('summary', 'An abstract.'))}</summary>",
             "<author><name>A. Author</name></author>"]
    if rec.get("comment"):
        parts.append(f"<arxiv:comment>{escape(rec['comment'])}</arxiv:comment>")
    if rec.get("journal_ref"):
        parts.append(f"<arxiv:journal_ref>{escape(rec['journal_ref'])}</arxiv:journal_ref>")
    parts.append("</entry>")
    return "".join(parts)


class PaperServer:
    def __init__(self, delay: float = 0.0, intervals: dict | None = None):
        self.arxiv: dict[str, dict] = {}
        self.crossref: dict[str, dict] = {}
        self.s2: dict[str, dict | None] = {}  # arXiv id -> published record
        self.search: dict[str, list[dict]] = {}  # a word in the query -> records
        self.openreview: dict[str, dict] = {}  # note id -> content
        self.behaviour: dict[str, str] = {}  # an id or query word -> "429", "slow", "malformed", "always429"
        self.requests: dict[str, int] = {"arxiv": 0, "crossref": 0, "s2": 0, "openreview": 0}
        self.violations: dict[str, int] = {"arxiv": 0, "crossref": 0, "s2": 0, "openreview": 0}
        self.delay = delay
        self.intervals = intervals or {}
        self._last: dict[str, float] = {}
        self._seen_429: set[str] = set()
        self.seen: list[tuple[str, str, dict]] = []  # (source, path with query, headers) of every request
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_GET(self):
                server._handle(self, None)

            def do_POST(self):
                n = int(self.headers.get("Content-Length") or 0)
                server._handle(self, self.rfile.read(n))

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def env(self) -> dict:
        return {"AWESOME_LINT_ARXIV_API": self.base + "/arxiv", "AWESOME_LINT_CROSSREF_API": self.base + "/crossref",
                "AWESOME_LINT_SEMANTIC_SCHOLAR_API": self.base + "/s2", "AWESOME_LINT_OPENREVIEW_API": self.base + "/openreview",
                "NO_PROXY": "127.0.0.1",
                "no_proxy": "127.0.0.1"}

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    # ---- answering -----------------------------------------------------------------------------
    def _send(self, h, status: int, body: bytes, ctype: str, headers: dict | None = None):
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        try:
            h.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _misbehave(self, h, ids: list[str], source: str) -> bool:
        for i in ids:
            how = self.behaviour.get(i)
            if how == "slow":
                time.sleep(3)
                return True
            if how == "always429":
                self._send(h, 429, b"slow down", "text/plain", {"Retry-After": "1"})
                return True
            if how == "429" and (source, i) not in self._seen_429:
                self._seen_429.add((source, i))
                self._send(h, 429, b"slow down", "text/plain", {"Retry-After": "1"})
                return True
            if how == "malformed":
                self._send(h, 200, b"<html>oops, not what you asked for", "application/json")
                return True
        return False

    def _handle(self, h, body: bytes | None):
        url = urlsplit(h.path)
        q = parse_qs(url.query)
        source = url.path.split("/")[1]
        with self.lock:
            self.seen.append((source, h.path, {k.lower(): v for k, v in h.headers.items()}))
            self.requests[source] = self.requests.get(source, 0) + 1
            now = time.monotonic()
            gap = self.intervals.get(source)
            early = gap is not None and source in self._last and now - self._last[source] < gap * 0.98
            if early:
                self.violations[source] += 1
            self._last[source] = now
        if self.delay:
            time.sleep(self.delay)
        if early:
            self._send(h, 429, b"rate limit", "text/plain", {"Retry-After": str(int(gap) or 1)})
            return
        if url.path == "/arxiv/query":
            ids = q.get("id_list", [""])[0].split(",")
            if self._misbehave(h, ids, source):
                return
            entries = "".join(atom_entry(i, self.arxiv[i]) for i in ids if i in self.arxiv)
            self._send(h, 200, (ATOM_HEAD + entries + "</feed>").encode(), "application/atom+xml")
        elif url.path == "/crossref/works":
            dois = [f[4:] for f in q.get("filter", [""])[0].split(",") if f.startswith("doi:")]
            if self._misbehave(h, dois, source):
                return
            items = [dict(self.crossref[d], DOI=d) for d in dois if d in self.crossref]
            data = {"status": "ok", "message-type": "work-list",
                    "message": {"total-results": len(items), "items": items}}
            self._send(h, 200, json.dumps(data).encode(), "application/json")
        elif url.path == "/s2/paper/batch":
            ids = [i.split(":", 1)[1].lower() for i in json.loads(body or b"{}").get("ids", [])]
            if self._misbehave(h, ids, source):
                return
            self._send(h, 200, json.dumps([self.s2.get(i) for i in ids]).encode(), "application/json")
        elif url.path == "/s2/paper/search":
            query = q.get("query", [""])[0].lower()
            words = query.split()
            if self._misbehave(h, words, source):
                return
            found = []
            for word, recs in self.search.items():
                if word in words:
                    found += recs
            self._send(h, 200, json.dumps({"total": len(found), "offset": 0, "data": found}).encode(), "application/json")
        elif url.path == "/openreview/notes":
            note = q.get("id", [""])[0]
            if self._misbehave(h, [note], source):
                return
            notes = [{"id": note, "forum": note, "content": self.openreview[note]}] if note in self.openreview else []
            self._send(h, 200, json.dumps({"notes": notes, "count": len(notes)}).encode(), "application/json")
        else:
            self._send(h, 404, b"not found", "text/plain")
