"""What the links of a paper list are: the one vocabulary the rules share.

- **Link kinds.** A link is the paper itself, or something beside it: its code, project page,
  data, model, video, blog post, slides, notes, citation, reviews. The kind is read from the
  link's label (``[[pdf]]``, ``[Code]``, ``[Project Page]``), from the header of the table column
  it sits in (``Paper``, ``Code``), and from its URL's host (arXiv, OpenReview, a publisher, a
  ``.pdf``): :func:`label_kind` for labels and headers, :func:`is_paper_url` for URLs. Used by AL003
  (duplicate-entry: which links identify the paper), AL009 (year-mismatch: which links may prove
  a year), AL011 (link-label: which spellings are one kind), AL015 (entry-style: the order of
  paper and code links) and AL017 (missing-link: does an entry link its paper).
- **Identifiers.** arXiv ids (one parser and one list of hosts and mirrors, new ``2308.07898``
  and old ``cs/0112017`` ids, versions, arXiv's own DOIs), DOIs, OpenReview notes, ACL
  Anthology ids and the proceedings URLs that name a venue and a year. ``urls.py`` builds URL
  identity keys (AL003) from them, ``evidence.py`` dates (AL009).

Venue names and their aliases are not here: they are the venue registry's
(``venues.py``, ``data/venues.yaml``).

Everything here is pure string work with the standard library.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote, urlsplit

# ---- link kinds ---------------------------------------------------------------------------------

PAPER = "paper"
CODE = "code"
PROJECT = "project"
DEMO = "demo"
DATA = "data"
MODEL = "model"
VIDEO = "video"
BLOG = "blog"
SLIDES = "slides"
NOTE = "note"
SOCIAL = "social"
CITATION = "citation"
REVIEW = "review"
SUPPLEMENT = "supplement"
DOCS = "docs"

#: The words of link labels and column headers, by the kind of link they name. A label names a
#: kind when it is one of these (``paper``), written together (``PaperLink``, ``Project Page``),
#: or starts with one and has few words (``code (PyTorch)``); see :func:`label_kind`.
KINDS: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    PAPER: """paper papers pdf arxiv openreview doi abs abstract article publication proceedings
              preprint journal ieee acm springer acl aclanthology biorxiv medrxiv pubmed pmc ssrn
              nature science springerlink sciencedirect semanticscholar cvf thecvf pub 论文""",
    CODE: """code codes github gitlab git repo repository source src sourcecode official unofficial
             implementation implementations pytorch tensorflow jax keras mxnet caffe paddle
             mindspore 代码""",
    PROJECT: """project projects page webpage website web site home homepage 项目 主页 网站""",
    DEMO: """demo demos colab notebook space spaces""",
    DATA: """data dataset datasets benchmark leaderboard kaggle 数据 数据集""",
    MODEL: """model models weights checkpoint checkpoints huggingface hf 模型""",
    VIDEO: """video videos youtube bilibili talk 视频""",
    BLOG: """blog blogs post zhihu wechat media news press interpretation explanation tutorial 知乎
             解读 中文解读 论文解读""",
    SLIDES: """slides slide ppt poster""",
    NOTE: """note notes""",
    SOCIAL: """tweet twitter reddit""",
    CITATION: """cite citation bib bibtex reference references ref related""",
    REVIEW: """review reviews discussion issue issues pr""",
    SUPPLEMENT: """supp supplementary supplemental supplement appendix""",
    DOCS: """docs doc documentation star stars chinese english 中文 reproduction reproduced""",
}.items()}
_KIND_OF = {w: k for k, words in KINDS.items() for w in words}
#: Every word that names a kind of link.
KIND_WORDS = frozenset(_KIND_OF)
#: Words of :data:`KINDS` that name one particular site, framework, format, language or sort of
#: a link rather than its kind (``PyTorch`` code, ``YouTube`` video, ``OpenReview`` paper, a
#: ``Chinese`` version): two labels that differ in them name two links of one kind, not two
#: spellings of one label (AL011). ``github`` and ``arxiv`` are not here: lists use them as the
#: plain label of code and paper links.
PARTICULAR_WORDS = frozenset("""
    openreview doi abs abstract publication proceedings journal ieee acm springer acl aclanthology
    biorxiv medrxiv pubmed pmc ssrn nature science springerlink sciencedirect semanticscholar cvf
    thecvf pub
    gitlab official unofficial pytorch tensorflow jax keras mxnet caffe paddle mindspore
    colab notebook space spaces
    benchmark leaderboard kaggle
    huggingface hf
    youtube bilibili talk
    zhihu wechat media news press interpretation explanation tutorial 知乎 解读 中文解读 论文解读
    ppt poster
    reddit
    reference references ref related
    discussion issue issues pr
    star stars chinese english 中文 reproduction reproduced
""".split())
#: Words that name something beside the paper (every kind but paper).
NON_PAPER_WORDS = frozenset(w for k, words in KINDS.items() if k != PAPER for w in words)
_IMG_ALT = re.compile(r"!\[([^\]]*)\]\(([^)\s]*)")
_BADGE_TEXT = re.compile(r"/badge/([^/?#]+)")
_PARENS = re.compile(r"\([^)]*\)")
_WORD = re.compile(r"[a-z0-9]+|[^\x00-\x7f]+")


def label_words(text: str) -> list[str]:
    """The words of a link label or a column header, the one normalisation of labels: lower
    case, without brackets, emphasis, punctuation or parenthesised remarks; an image counts by
    its alt text, its file name or its shields.io badge text."""
    pieces = []
    for m in _IMG_ALT.finditer(text):
        alt, src = m.group(1), m.group(2)
        badge = _BADGE_TEXT.search(src)
        pieces.append(alt)
        if badge:
            pieces.append(badge.group(1).split("-")[0])
        elif not alt.strip():
            stem = src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            pieces.append(stem)
    text = _IMG_ALT.sub(" ", text)
    text = _PARENS.sub(" ", text)
    pieces.append(text)
    return _WORD.findall(" ".join(pieces).lower())


@lru_cache(maxsize=8192)
def label_kind(text: str, most_words: int = 4) -> str | None:
    """The kind of link a label (or a column header) names, else None: a paper when any of its
    words names the paper (``arXiv preprint``, ``Nature Methods``); else the kind of its first
    word when it has at most ``most_words`` words (``code (PyTorch)``, ``Project Page``)."""
    words = label_words(text)
    if not words:
        return None
    if any(_KIND_OF.get(w) == PAPER for w in words):
        return PAPER
    kind = _KIND_OF.get(words[0])
    if kind is None:
        kind = next((_KIND_OF[w] for w in words if w in _KIND_OF), None)
    return kind if kind is not None and len(words) <= most_words else None


# ---- paper URLs ---------------------------------------------------------------------------------

#: Hosts whose pages are papers (publishers, proceedings, preprint servers), subdomains included.
PAPER_HOSTS = (
    "arxiv.org", "openreview.net", "doi.org", "aclanthology.org", "aclweb.org", "neurips.cc",
    "nips.cc", "mlr.press", "thecvf.com", "cv-foundation.org", "ieeexplore.ieee.org", "dl.acm.org",
    "springer.com", "sciencedirect.com", "nature.com", "science.org", "pubmed.ncbi.nlm.nih.gov",
    "ncbi.nlm.nih.gov", "biorxiv.org", "medrxiv.org", "semanticscholar.org", "researchgate.net",
    "miccai.org", "ojs.aaai.org", "aaai.org", "ijcai.org", "jmlr.org", "academic.oup.com",
    "wiley.com", "frontiersin.org", "mdpi.com", "iop.org", "ecva.net", "ssrn.com", "alphaxiv.org",
    "ar5iv.org", "ar5iv.labs.arxiv.org", "isca-speech.org", "bmva.org", "sciencemag.org", "cell.com",
    "plos.org", "hindawi.com", "tandfonline.com", "spiedigitallibrary.org", "jamanetwork.com",
    "thelancet.com", "nejm.org", "bmj.com", "europepmc.org", "papers.ssrn.com", "scholar.archive.org",
    "siam.org", "pnas.org", "cambridge.org", "sagepub.com", "jstor.org", "usenix.org",
    "worldscientific.com", "iospress.com", "informs.org", "projecteuclid.org", "annualreviews.org",
    "royalsocietypublishing.org", "aps.org",
)
_PAPER_HOST_SET = frozenset(PAPER_HOSTS)
# a paper host behind a library's proxy, its dots written as hyphens in the proxy's host name
# (`ieeexplore-ieee-org-s.nudtproxy.yitlink.com`, `dl-acm-org.ezproxy.example.edu`): a link to
# the paper all the same (AL012 tells the proxy)
_PROXIED_PAPER_HOST = re.compile("^((?:www-)?(?:" + "|".join(re.escape(h.replace(".", "-")) for h in PAPER_HOSTS if "." in h)
                                 + r"))[-.][^.]*\.[a-z0-9.-]+$")


def proxied_paper_host(host: str) -> str | None:
    """The paper host a library proxy's host name stands for (`ieeexplore-ieee-org-s.nudtproxy.
    yitlink.com` → `ieeexplore.ieee.org`), or None."""
    m = _PROXIED_PAPER_HOST.match(host) if "-" in host else None
    return m.group(1).replace("-", ".") if m else None
# An http(s) URL whose host is plain letters, digits, dots and hyphens (an optional port): its
# host and path are the groups, as urlsplit gives them (urlsplit also drops tabs and newlines).
_SIMPLE_URL = re.compile(r"[Hh][Tt][Tt][Pp][Ss]?://([A-Za-z0-9.-]*)(?::[0-9]*)?(/[^?#]*)?(?=[?#]|\Z)")
_URL_CONTROL = re.compile(r"[\t\r\n]")
def is_paper_url(url: str) -> bool:
    """The URL is a paper's page: a paper host (or a subdomain of one), a Hugging Face paper
    page, or a ``.pdf`` outside GitHub."""
    url = url.strip()
    m = _SIMPLE_URL.match(url)
    if m and not _URL_CONTROL.search(url):  # what urlsplit would find, without urlsplit
        host, path = m.group(1).lower(), m.group(2) or ""
    else:
        try:
            parts = urlsplit(url)
        except ValueError:
            return False
        host, path = (parts.hostname or "").lower(), parts.path
    if host.startswith("www."):
        host = host[4:]
    if host in _PAPER_HOST_SET or _paper_subdomain(host):
        return True
    if proxied_paper_host(host):
        return True
    if host == "huggingface.co" and path.startswith("/papers/"):
        return True
    path = path.lower()
    return path.endswith(".pdf") and host not in ("github.com", "raw.githubusercontent.com")


def _paper_subdomain(host: str) -> bool:
    """``host`` ends with ``.`` and a paper host (``papers.nips.cc``)."""
    dot = host.find(".")
    while dot != -1:
        if host[dot + 1:] in _PAPER_HOST_SET:
            return True
        dot = host.find(".", dot + 1)
    return False


# ---- preprints -------------------------------------------------------------------------------

#: A venue tag or column naming a preprint server rather than a venue (`[arXiv 2023]`, `CoRR`).
PREPRINT = re.compile(r"arxiv|preprint|corr\b|biorxiv|medrxiv|ssrn|techrxiv", re.I)


def names_preprint(text: str) -> bool:
    """The tag or cell names a preprint server, not a venue."""
    return PREPRINT.search(text) is not None


#: An address on a preprint server, or a DOI of one (bioRxiv's and medRxiv's 10.1101 and 10.64898,
#: chemRxiv's 10.26434, arXiv's 10.48550, Research Square's 10.21203, Preprints.org's 10.20944).
_PREPRINT_URL = re.compile(r"(?i)^https?://(?:[\w-]+\.)*(?:arxiv\.org|biorxiv\.org|medrxiv\.org|chemrxiv\.org|"
                           r"ssrn\.com|techrxiv\.org|researchsquare\.com|preprints\.org)/|"
                           r"^https?://(?:dx\.)?doi\.org/10\.(?:1101|64898|26434|48550|21203|20944)/")


def preprint_url(url: str) -> bool:
    """The address is a preprint's, not a published paper's."""
    return _PREPRINT_URL.match(url.strip()) is not None


# ---- identifiers: arXiv ---------------------------------------------------------------------------

#: Hosts whose paths carry an arXiv identifier (``www.`` is dropped before the lookup): arXiv
#: itself, its export and browse mirrors, ar5iv, alphaXiv and arxiv-vanity. Hugging Face's paper
#: pages (``huggingface.co/papers/ID``) name arXiv papers too.
ARXIV_HOSTS = frozenset({"arxiv.org", "export.arxiv.org", "browse.arxiv.org", "ar5iv.org",
                         "ar5iv.labs.arxiv.org", "alphaxiv.org", "arxiv-vanity.com"})
_ID = (r"(?:(?P<yy>\d\d)(?P<mm>\d\d)\.(?P<seq>\d{4,5})"  # new style: 2308.07898
       r"|(?P<archive>[a-z][a-z-]*(?:\.[a-z]{2})?)/(?P<oyy>\d\d)(?P<omm>\d\d)(?P<num>\d{3}))"  # cs/0112017
       r"(?P<version>v\d+)?(?!\d)(?P<tail>.*)")
_ARXIV_PATH = re.compile(r"/(?:(?P<dir>abs|pdf|html|format|ps|papers|overview)/)?" + _ID, re.I | re.S)
_ARXIV_DOI = re.compile(r"10\.48550/arxiv\." + _ID, re.I | re.S)
_ARXIV_TEXT = re.compile(r"arxiv:\s*" + _ID, re.I | re.S)
_WHOLE_TAIL = re.compile(r"(?:\.pdf)?/?", re.I)
_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*:", re.I)


class ArxivRef(tuple):
    """An arXiv identifier found in a URL: ``id`` as written (``2308.07898``, ``cs/0112017``,
    without version), ``year``/``month`` as the id spells them (two digits each, not checked),
    and ``whole``: the URL is the paper's own page (``abs/``, ``pdf/``, ``html/``… and the id,
    maybe a version, ``.pdf`` or ``/``), not a page beneath it."""

    __slots__ = ()

    def __new__(cls, id: str, yy: str, mm: str, seq: str, whole: bool):
        return tuple.__new__(cls, (id, yy, mm, seq, whole))

    id = property(lambda self: self[0])
    yy = property(lambda self: self[1])
    mm = property(lambda self: self[2])
    seq = property(lambda self: self[3])  # '' for an old-style id
    whole = property(lambda self: self[4])


def _ref(m: re.Match, prefixed: bool) -> ArxivRef:
    whole = prefixed and _WHOLE_TAIL.fullmatch(m.group("tail")) is not None
    if m.group("yy"):
        return ArxivRef(f"{m.group('yy')}{m.group('mm')}.{m.group('seq')}", m.group("yy"), m.group("mm"),
                        m.group("seq"), whole)
    return ArxivRef(f"{m.group('archive')}/{m.group('oyy')}{m.group('omm')}{m.group('num')}",
                    m.group("oyy"), m.group("omm"), "", whole)


def arxiv_in_path(host: str, path: str) -> ArxivRef | None:
    """The arXiv id in the (unquoted) ``path`` of a URL on ``host`` (lower case, without
    ``www.``), else None. The one reading of arXiv URLs: ``urls.url_key`` keeps the ``whole``
    ones, ``evidence`` dates any."""
    if host in ARXIV_HOSTS:
        m = _ARXIV_PATH.match(path)
        return _ref(m, m.group("dir") is not None) if m else None
    if host == "huggingface.co" and path[:8].lower() == "/papers/":
        m = _ARXIV_PATH.match(path)
        return _ref(m, True) if m else None
    if host in ("doi.org", "dx.doi.org"):
        m = _ARXIV_DOI.match(path.lstrip("/"))
        return _ref(m, True) if m else None
    return None


#: An arXiv address of any id length, with or without its ``abs/``-style directory: for telling a
#: broken address (no ``/abs/``, too few digits) from a good one, which :func:`arxiv_ref` reads.
_ARXIV_LOOSE = re.compile(r"(?i)https?://(?:www\.|export\.)?arxiv\.org/(?:(abs|pdf|html)/)?(\d{4})\.(\d{1,6})"
                          r"(?=v\d+|\.pdf|[/?#]|$)")


def arxiv_address(url: str) -> re.Match | None:
    """The URL read as an arXiv address however broken its id: groups (directory or None, yymm,
    number), for AL007's checks of addresses arXiv has no page for."""
    return _ARXIV_LOOSE.match(url)


def arxiv_text(text: str) -> ArxivRef | None:
    """The id of an ``arXiv:ID`` text (whole when nothing follows but a version)."""
    m = _ARXIV_TEXT.match(text)
    return _ref(m, True) if m and not m.group("tail") else None


@lru_cache(maxsize=65536)
def arxiv_ref(url: str) -> ArxivRef | None:
    """The arXiv id a link points at (``arXiv:ID``, or a URL with or without its scheme)."""
    u = url.strip()
    low = u.casefold()
    if "arxiv" not in low and "huggingface.co" not in low and "10.48550" not in low:
        return None
    if low.startswith("arxiv:"):
        return arxiv_text(u)
    if not _SCHEME.match(u) or low.startswith("www."):
        u = "https://" + u.lstrip("/")
    try:
        parts = urlsplit(u)
        host = (parts.hostname or "").rstrip(".").lower()
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https"):
        return None
    if host.startswith("www."):
        host = host[4:]
    return arxiv_in_path(host, unquote(parts.path))
