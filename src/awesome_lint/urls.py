"""URL identity: when do two links point at the same resource?

Rules that compare links (duplicate entries, URL hygiene, the link checker's cache) share these
functions so that they agree on what "the same URL" means.

:func:`url_key` maps a URL to a canonical *identity key*; two URLs with the same key are the same
resource for a reader of a list. It forgives the variants people produce by copying links from a
browser:

- ``http``/``https``, ``www.``, upper-case host names, default ports (``:80``, ``:443``), a
  trailing ``/``, an empty ``?`` or ``#``, ``utm_*``/``fbclid``/``gclid`` tracking parameters,
  the order of query parameters;
- arXiv: ``abs/``, ``pdf/``, ``html/``, ``format/``, ``.pdf``, version suffixes ``v2``, the hosts
  and mirrors of ``vocabulary.ARXIV_HOSTS`` (``www.arxiv.org``, ``export.arxiv.org``, ar5iv,
  alphaXiv, arxiv-vanity, Hugging Face's paper pages), and arXiv's own DOIs
  ``10.48550/arXiv.ID`` -> ``arxiv:2201.12329``;
- DOIs: ``doi.org/…``, ``dx.doi.org/…``, ``doi:…``, and publisher pages that carry the DOI in
  their path (``/doi/abs/10.…``, ``/doi/pdf/10.…``, ``link.springer.com/chapter/10.…``), case-
  insensitively as DOIs are -> ``doi:10.1145/3581783.3611830``;
- OpenReview: ``forum?id=``, ``pdf?id=``, ``attachment?id=…&name=pdf`` -> ``openreview:ID``;
- GitHub: owner and repository case-insensitively, ``.git``, ``/tree/main`` and ``/tree/master``
  and a ``#readme`` fragment dropped -> ``github:owner/repo`` (deeper paths keep their case; a
  README heading anchor such as ``#survey`` is kept).

A non-empty fragment is otherwise kept: ``page#results`` and ``page#methods`` are different
places (a table of contents made of absolute links must not collapse into one link). Relative
links and other schemes (``mailto:``) are returned trimmed but otherwise as written.

Everything here is pure string work with the standard library, cached per URL.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from .vocabulary import arxiv_in_path, arxiv_ref, arxiv_text

__all__ = ["url_key", "arxiv_id", "doi", "openreview_id", "github_repo", "same_url", "is_http"]

_DOI_BODY = re.compile(r"^(10\.\d{4,9}/\S+)$")
_DOI_IN_PATH = re.compile(r"/doi/(?:abs/|full/|pdf/|epdf/|pdfdirect/|reader/|book/|fullHtml/)?(10\.\d{4,9}/[^?#]+)", re.I)
_SPRINGER_PATH = re.compile(r"^/(?:chapter|article|content/pdf|book|referenceworkentry)/(10\.\d{4,9}/[^?#]+?)(?:\.pdf)?/?$", re.I)
_TRACKING = re.compile(r"^(?:utm_\w*|fbclid|gclid|mc_cid|mc_eid)$", re.I)
_DEFAULT_PORTS = {"http": "80", "https": "443"}
_GITHUB_HOSTS = {"github.com"}
_GITHUB_RESERVED = {"orgs", "topics", "features", "marketplace", "sponsors", "settings", "about",
                    "collections", "trending", "explore", "search", "login", "apps", "users"}
_KEEP_FRAGMENT_DROP = re.compile(r"^(?:readme|page=\d+|)$", re.I)
_PERCENT = re.compile(r"%[0-9a-fA-F]{2}")
_UNRESERVED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _normalize_percent(s: str) -> str:
    """Decode percent-escapes of unreserved characters; upper-case the others (RFC 3986 6.2.2)."""
    if "%" not in s:
        return s

    def one(m: re.Match) -> str:
        ch = chr(int(m.group()[1:], 16))
        return ch if ch in _UNRESERVED else m.group().upper()

    return _PERCENT.sub(one, s)


def _split(url: str):
    """urlsplit with a scheme for ``www.`` and protocol-relative URLs; None when not http(s)."""
    u = url.strip().strip("<>").strip()
    if u.startswith("//"):
        u = "https:" + u
    elif u[:4].lower() == "www.":
        u = "https://" + u
    try:
        parts = urlsplit(u)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https"):
        return None
    return parts


def _host(parts) -> str:
    try:
        host = (parts.hostname or "").rstrip(".").lower()
    except ValueError:
        host = ""
    if host.startswith("www."):
        host = host[4:]
    return host


def arxiv_id(url: str) -> str | None:
    """The arXiv identifier (without version) a URL or ``arXiv:ID`` text points at, else None."""
    return _arxiv_id(url.strip())


@lru_cache(maxsize=65536)
def _arxiv_id(url: str) -> str | None:
    """The id of a link to an arXiv paper's own page (vocabulary.arxiv_in_path, ``whole``)."""
    if url[:6].lower() == "arxiv:":
        ref = arxiv_text(url)
    else:
        parts = _split(url)
        if parts is None:  # 'arxiv.org/abs/…' without its scheme still names the paper
            ref = arxiv_ref(url)
        else:
            ref = arxiv_in_path(_host(parts), unquote(parts.path))
    return ref.id.lower() if ref is not None and ref.whole else None


def doi(url: str) -> str | None:
    """The DOI (lower case; DOIs are case-insensitive) a URL or ``doi:`` text names, else None."""
    return _doi(url.strip())


@lru_cache(maxsize=65536)
def _doi(url: str) -> str | None:
    low = url.lower()
    if low.startswith("doi:"):
        body = url[4:].strip()
        return body.lower() if _DOI_BODY.match(body) else None
    parts = _split(url)
    if parts is None:
        return None
    host = _host(parts)
    path = unquote(parts.path)
    if host in ("doi.org", "dx.doi.org"):
        body = path.lstrip("/").rstrip("/")
        return body.lower() if _DOI_BODY.match(body) else None
    if host == "link.springer.com":
        m = _SPRINGER_PATH.match(path)
        if m:
            return m.group(1).lower()
    m = _DOI_IN_PATH.search(path)
    if m:
        return m.group(1).rstrip("/").lower()
    return None


def openreview_id(url: str) -> str | None:
    """The OpenReview note id of a ``forum``/``pdf``/``attachment?name=pdf`` URL, else None."""
    parts = _split(url)
    if parts is None or _host(parts) != "openreview.net":
        return None
    path = parts.path.rstrip("/")
    if path not in ("/forum", "/pdf", "/attachment"):
        return None
    params = dict(parse_qsl(parts.query, keep_blank_values=True))
    if path == "/attachment" and params.get("name", "pdf") != "pdf":
        return None
    note = params.get("id") or params.get("noteId")
    return note or None


#: A repository's front page on GitHub, GitLab or Codeberg, owner and name as written (groups 1, 2).
REPO_URL = re.compile(r"\s*https?://(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org)/([\w.-]+)/([\w.-]+?)"
                      r"(?:\.git)?/?(?:[?#].*)?\s*$", re.I)


def github_repo(url: str) -> str | None:
    """``owner/repo`` (lower case) of a GitHub repository's front page URL, else None.

    ``/tree/main``, ``/tree/master``, ``.git`` and a ``#readme`` fragment still count as the front
    page; deeper paths (``/blob/…``, ``/issues``) do not.
    """
    parts = _split(url)
    if parts is None or _host(parts) not in _GITHUB_HOSTS:
        return None
    segs = [s for s in parts.path.split("/") if s]
    if len(segs) < 2 or segs[0].lower() in _GITHUB_RESERVED:
        return None
    rest = [s.lower() for s in segs[2:]]
    if rest and rest not in (["tree", "main"], ["tree", "master"]):
        return None
    if parts.query or not _KEEP_FRAGMENT_DROP.match(parts.fragment):
        return None
    repo = segs[1][:-4] if segs[1].lower().endswith(".git") else segs[1]
    return f"{segs[0].lower()}/{repo.lower()}"


def is_http(url: str) -> bool:
    """True for an absolute ``http(s)://`` (or ``www.``) URL."""
    return _split(url) is not None


#: Keys of links that name exactly one paper (an arXiv id, a DOI, an OpenReview note), and how a
#: message names them.
STRONG_IDS = {"arxiv:": "arXiv id", "doi:": "DOI", "openreview:": "OpenReview id"}
_STRONG_PREFIXES = tuple(STRONG_IDS)


def is_strong(key: str) -> bool:
    """The key (from :func:`url_key`) names one paper: an arXiv id, a DOI or an OpenReview id."""
    return key.startswith(_STRONG_PREFIXES)


def describe_key(key: str) -> str:
    """A strong key in words (``arXiv id 2306.11345``); ``paper link`` for any other key."""
    for prefix, name in STRONG_IDS.items():
        if key.startswith(prefix):
            return f"{name} {key[len(prefix):]}"
    return "paper link"


def url_key(url: str) -> str:
    """The identity key of a URL: equal keys mean the same resource (see the module docstring).
    A `]` pasted at its end (`…/abs/2108.03798]`, AL007's to report) is no part of the address."""
    url = url.strip()
    if url.endswith("]") and "[" not in url:
        url = url.rstrip("]")
    return _url_key(url)


_GITHUB_FAST = re.compile(r"^https?://(?:www\.)?github\.com/([A-Za-z0-9-]+)/([A-Za-z0-9_][A-Za-z0-9_.-]*?)(?:\.git)?/?$", re.I)


@lru_cache(maxsize=65536)
def _url_key(url: str) -> str:
    m = _GITHUB_FAST.match(url)  # the most common code link: a repository's front page
    if m and m.group(1).lower() not in _GITHUB_RESERVED:
        return f"github:{m.group(1).lower()}/{m.group(2).lower()}"
    return _slow_key(url)


def _slow_key(url: str) -> str:
    a = _arxiv_id(url)
    if a:
        return "arxiv:" + a
    d = _doi(url)
    if d:
        return "doi:" + d
    parts = _split(url)
    if parts is None:
        u = url.strip("<>").strip()
        return u[:-1] if len(u) > 1 and u.endswith("/") else u
    host = _host(parts)
    if host == "openreview.net":
        note = openreview_id(url)
        if note:
            return "openreview:" + note
    if host in _GITHUB_HOSTS:
        repo = _github_key(parts)
        if repo:
            return repo
    port = ""
    try:
        p = parts.port
    except ValueError:
        p = None
    if p is not None and str(p) != _DEFAULT_PORTS.get(parts.scheme.lower()):
        port = f":{p}"
    path = _normalize_percent(parts.path)
    while path.endswith("/"):
        path = path[:-1]
    query = ""
    if parts.query:
        pairs = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
        if pairs:
            query = "?" + urlencode(sorted(pairs))
    frag = parts.fragment
    frag = "" if _KEEP_FRAGMENT_DROP.match(frag) else "#" + frag
    return f"{host}{port}{path}{query}{frag}"


def _github_key(parts) -> str | None:
    segs = [s for s in parts.path.split("/") if s]
    if len(segs) < 2 or segs[0].lower() in _GITHUB_RESERVED:
        return None
    owner = segs[0].lower()
    repo = segs[1].lower()
    if repo.endswith(".git"):
        repo = repo[:-4]
    rest = segs[2:]
    if [s.lower() for s in rest] in (["tree", "main"], ["tree", "master"]):
        rest = []
    key = f"github:{owner}/{repo}"
    if rest:
        key += "/" + "/".join(_normalize_percent(s) for s in rest)
    if parts.query:
        pairs = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
        if pairs:
            key += "?" + urlencode(sorted(pairs))
    if parts.fragment and not _KEEP_FRAGMENT_DROP.match(parts.fragment):
        key += "#" + parts.fragment
    return key


def same_url(a: str, b: str) -> bool:
    """True when two URLs are the same resource by :func:`url_key`."""
    return url_key(a) == url_key(b)
