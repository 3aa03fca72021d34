"""AL017 missing-link."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from ..document import Document, Entry, Tag
from ..inline import Link
from ..model import WARNING, Finding
from ..textutil import SpanIndex
from ..vocabulary import PAPER as VOCAB_PAPER, label_kind, label_words
from .base import FIX_NEVER, Option, Rule

PAPER = "paper"
SECONDARY = "secondary"
PRIMARY = "primary"  # a link named after the resource itself: `[Title](url)`

# Labels of links that are the listed resource itself (a data set, a model, a leaderboard).
RESOURCE_WORDS = frozenset("""
    dataset datasets data model models checkpoint checkpoints weights leaderboard benchmark space
    spaces kaggle download
""".split())
# Section titles whose entries are resources rather than papers: there, only a venue tag makes
# an entry a paper entry.
_RESOURCE_SECTION = re.compile(
    r"\b(?:data|datasets?|databases?|corpora|corpus|benchmarks?|leaderboards?|tools?|toolkits?|"
    r"librar(?:y|ies)|frameworks?|models?|software|resources?|platforms?|demos?|applications?|apps?|"
    r"apis?|products?|implementations?|repositor(?:y|ies)|projects?|open[- ]source|checkpoints?)\b|"
    r"数据|工具|模型|资源|项目|框架", re.I)
PAPER_COLUMNS = frozenset({"paper", "papers", "title", "paper title", "pdf", "arxiv", "link", "links",
                           "paper link", "publication", "article", "url"})

_PAPER_HOSTS = (
    "arxiv.org", "openreview.net", "doi.org", "aclanthology.org", "aclweb.org", "neurips.cc",
    "nips.cc", "mlr.press", "thecvf.com", "cv-foundation.org", "ieeexplore.ieee.org", "dl.acm.org",
    "springer.com", "sciencedirect.com", "nature.com", "science.org", "pubmed.ncbi.nlm.nih.gov",
    "ncbi.nlm.nih.gov", "biorxiv.org", "medrxiv.org", "semanticscholar.org", "researchgate.net",
    "miccai.org", "ojs.aaai.org", "aaai.org", "ijcai.org", "jmlr.org", "academic.oup.com",
    "wiley.com", "frontiersin.org", "mdpi.com", "iop.org", "ecva.net", "ssrn.com", "alphaxiv.org",
    "ar5iv.org", "ar5iv.labs.arxiv.org", "isca-speech.org", "bmva.org", "sciencemag.org", "cell.com",
    "plos.org", "hindawi.com", "tandfonline.com", "spiedigitallibrary.org", "jamanetwork.com",
    "thelancet.com", "nejm.org", "bmj.com", "europepmc.org", "papers.ssrn.com", "scholar.archive.org",
)
_PAPER_HOST_SET = frozenset(_PAPER_HOSTS)
# An http(s) URL whose host is plain letters, digits, dots and hyphens (an optional port): its
# host and path are the groups, as urlsplit gives them (urlsplit also drops tabs and newlines).
_SIMPLE_URL = re.compile(r"[Hh][Tt][Tt][Pp][Ss]?://([A-Za-z0-9.-]*)(?::[0-9]*)?(/[^?#]*)?(?=[?#]|\Z)")
_URL_CONTROL = re.compile(r"[\t\r\n]")
_BRACKET_TEXT = re.compile(r"\[([^\[\]\n]{1,40})\]")
# A venue tag names a venue (letters), not only a date such as `[2026.05.27]` or `[2022-07]`.
_VENUE_WORD = re.compile(r"[A-Za-z][A-Za-z&'-]+")
_NOT_VENUE = frozenset({"new", "news", "update", "updated", "todo", "wip", "hot", "note", "tip",
                        "info", "x", "done", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                        "sep", "sept", "oct", "nov", "dec", "github", "gitlab", "huggingface",
                        "hugging", "face", "website", "blog", "model", "models", "dataset", "code",
                        "project", "twitter", "tweet", "demo", "tool", "repo", "release", "released"})
# `[2022-07]`, `[12/07/2023]`, `[2026.05.27]`: the date of a news item, not a venue.
_DATE_TAG = re.compile(r"\s*\d{1,4}[-./]\d{1,2}(?:[-./]\d{1,4})?\s*")
# "paper (stay tuned)": the entry says the paper is not out yet.
_PAPER_PENDING = re.compile(r"\b(?:paper|pdf|arxiv)\W{0,3}(?:stay tuned|coming soon|to appear|tbd|soon)", re.I)
# Column headers that hold the links beside the paper.
SECONDARY_COLUMNS = frozenset({"code", "codes", "github", "gitlab", "repo", "repository", "implementation",
                               "project", "project page", "homepage", "website", "demo", "video", "slides",
                               "blog", "note", "notes", "tweet", "official code", "source code"})
# A cell that says there is no paper: `-`, `N/A`, `TBD`.
_NO_PAPER_CELL = frozenset({"-", "--", "—", "–", "n/a", "na", "none", "/", "tbd", "x", "×", "✗", "❌",
                            "coming soon", "soon", "todo"})


def classify_label(text: str) -> str | None:
    """PAPER, SECONDARY (code, project, data, video… : vocabulary.label_kind) or None."""
    kind = label_kind(text)
    return None if kind is None else PAPER if kind == VOCAB_PAPER else SECONDARY


def is_paper_url(url: str) -> bool:
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


def classify_link(link: Link) -> str:
    """PAPER, SECONDARY or PRIMARY (a link named after the resource, such as a linked title)."""
    by_label = classify_label(link.label)
    if by_label == PAPER or is_paper_url(link.url):
        return PAPER
    if by_label == SECONDARY:
        return SECONDARY
    header = (link.column_header or "").strip().casefold()
    if header and " ".join(label_words(header)) in SECONDARY_COLUMNS:
        return SECONDARY
    return PRIMARY


def tag_kind(tag: Tag | None) -> str | None:
    """"venue" for a tag that names a venue (`[2023 MICCAI]`, `[arXiv]`), "other" for the date of
    a news item or a tag naming no paper venue (`[2022-07]`, `[Github, 2023]`, `[New]`), None for
    no tag or a year alone."""
    if tag is None:
        return None
    inner = tag.inner.strip("*_ ")
    if _DATE_TAG.fullmatch(inner):
        return "other"
    words = _VENUE_WORD.findall(inner)
    if not words:
        return None
    if any(w.lower() in _NOT_VENUE for w in words) or len(tag.inner) > 40 or len(words) > 4:
        return "other"
    return "venue" if tag.bracketed else None


class MissingLink(Rule):
    """
    ## What it does

    Reports a paper entry that gives the reader no way to the paper: an entry with no link at
    all, or one whose only links are secondary (code, project page, GitHub, slides, video, blog,
    notes) with no link to the paper itself.

    An entry is a *paper entry* when it starts with a venue tag (`[2023 MICCAI]`,
    `[**CVPR 2022**]`), or when it sits in a list or table where most entries link a paper
    (a link labelled `paper`, `pdf`, `arXiv`, ... or a link to arXiv, OpenReview, a DOI, a
    publisher or a `.pdf`). A link named after the resource itself (`[Title](url)`, the classic
    awesome-list item) counts as its main link, so classic lists, tool lists and category items
    give nothing. An entry that writes a label without a URL (`[[code]]`) is left to AL007
    (link-syntax).

    ## Why it matters

    A paper list is read to find papers. An entry that links only the code or a project page
    sends the reader searching for the paper; an entry with no link is usually one whose link
    was lost when the entry was copied or moved.

    ## Example

    ```markdown
    1. [2023 MICCAI] **TPRO** [[paper]](https://arxiv.org/abs/2305.00001) [[code]](https://github.com/a/tpro)
    2. [2023 IPMI] **Proto2Seg** [[code]](https://github.com/b/proto2seg)
    3. [2024 CVPR] **Active Label Correction**
    ```

    Use instead:

    ```markdown
    1. [2023 MICCAI] **TPRO** [[paper]](https://arxiv.org/abs/2305.00001) [[code]](https://github.com/a/tpro)
    2. [2023 IPMI] **Proto2Seg** [[paper]](https://arxiv.org/abs/2303.00002) [[code]](https://github.com/b/proto2seg)
    3. [2024 CVPR] **Active Label Correction** [[paper]](https://arxiv.org/abs/2404.00003)
    ```

    ## Fix safety

    No fix: only the author knows where the paper is.
    """

    code = "AL017"
    name = "missing-link"
    summary = "A paper entry has no link to the paper"
    severity = WARNING
    fix_availability = FIX_NEVER
    tags = ("entries", "links")
    options = {
        "paper-share": Option(float, 0.5, "share of a list's or table's entries that must link a paper "
                              "for its other entries to count as paper entries"),
        "min-entries": Option(int, 3, "a list or table with fewer entries is judged by the whole file"),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        entries = doc.entries
        if not entries:
            return
        share = float(getattr(self.opts, "paper-share"))
        minimum = int(getattr(self.opts, "min-entries"))
        kinds: list[tuple[Entry, str]] = []
        groups: dict[int, list[bool]] = {}
        total = [0, 0]
        for e in entries:
            kind = _entry_links(e)
            kinds.append((e, kind))
            has_paper = kind == PAPER
            groups.setdefault(id(e.container), []).append(has_paper)
            total[0] += 1
            total[1] += has_paper
        file_paper = total[1] >= minimum and total[1] >= share * total[0]
        paper_group: dict[int, bool] = {}
        for key, flags in groups.items():
            if len(flags) >= minimum:
                paper_group[key] = sum(flags) >= max(2, share * len(flags))
            else:
                paper_group[key] = file_paper
        for e, kind in kinds:
            if kind in (PAPER, PRIMARY, "skip"):
                continue
            tkind = tag_kind(e.tag)
            if tkind == "other" or _says_no_paper(e) or _PAPER_PENDING.search(e.text):
                continue
            tagged = tkind == "venue" and e.title is not None
            in_paper_group = paper_group.get(id(e.container), False)
            if in_paper_group and not tagged and _resource_section(e):
                in_paper_group = False
            if kind == SECONDARY:
                if not tagged and all(_resource_link(k) for k in e.links if not k.is_anchor and not k.is_image):
                    continue
                if not (tagged or in_paper_group):
                    continue
                names = sorted({_label_gist(k.label) for k in e.links if not k.is_anchor} - {""})
                msg = (f"paper entry links only {', '.join(names) or 'secondary pages'}, "
                       "not the paper itself; add a link to the paper")
            else:  # no link at all
                big = len(groups[id(e.container)]) >= minimum
                if not (tagged or (in_paper_group and big and _looks_like_paper(e))):
                    continue
                msg = "paper entry has no link; add a link to the paper"
            if e.title_start is not None and e.title_end is not None:
                line, col = doc.position(e.title_start)
                end_line, end_col = doc.position(e.title_end)
            else:
                line, col = doc.position(e.start)
                end_line, end_col = line, col
            yield self.finding(msg, line, col, end_line, end_col)


def _entry_links(e: Entry) -> str:
    """PAPER / PRIMARY when the entry has such a link, SECONDARY when all its links are
    secondary, "none" without links, "skip" when a label has no URL (AL007's case)."""
    links = [k for k in e.links if not k.is_anchor and not k.is_image]
    if any(not k.url.strip() for k in links) or _bare_label(e, links):
        return "skip"
    if not links:
        return "none"
    kinds = {classify_link(k) for k in links}
    if PAPER in kinds:
        return PAPER
    if PRIMARY in kinds:
        return PRIMARY
    return SECONDARY


def _bare_label(e: Entry, links: list[Link]) -> bool:
    """A known label written in brackets with no URL (`[[code]]`, `[paper]`)."""
    if "[" not in e.text:
        return False
    spans = SpanIndex((k.start - e.start, k.end - e.start) for k in links)  # links may nest
    tag = (e.tag.start - e.start, e.tag.end - e.start) if e.tag else None
    for m in _BRACKET_TEXT.finditer(e.text):
        if m.start() in spans or (tag and tag[0] <= m.start() < tag[1]):
            continue
        if classify_label(m.group(1)) is not None and len(label_words(m.group(1))) <= 2:
            return True
    return False


def _resource_link(link: Link) -> bool:
    return any(w in RESOURCE_WORDS for w in label_words(link.label))


def _resource_section(e: Entry) -> bool:
    """The entry sits under a heading about data, tools, models or other non-paper resources."""
    sec = e.section
    depth = 0
    while sec is not None and sec.heading is not None and depth < 2:
        if _RESOURCE_SECTION.search(sec.title):
            return True
        sec = sec.parent
        depth += 1
    return False


def _says_no_paper(e: Entry) -> bool:
    """A table row whose paper or venue cell is `-`, `N/A` or empty: the list says there is none."""
    if e.row is None or e.row.table is None:
        return False
    from ..document import VENUE_HEADERS

    for i, col in enumerate(e.row.table.columns):
        name = col.strip().casefold()
        if (name in VENUE_HEADERS or name in ("paper", "papers", "pdf", "arxiv", "paper link")) and i < len(e.row.cells):
            if e.row.cells[i].text.strip("*_ ").casefold() in _NO_PAPER_CELL:
                return True
    return False


def _looks_like_paper(e: Entry) -> bool:
    """A link-less item in a paper list: it starts with its title, has no nested list and is
    not a lead-in ending in ':'."""
    if e.title is None or e.title_start is None or len(e.title) < 8:
        return False
    head = e.text[: e.title_start - e.start]
    if e.tag is not None:
        head = e.text[e.tag.end - e.start: e.title_start - e.start]
    if head.strip(" \t*_\"'“"):
        return False
    if e.item is not None and e.item.children:
        return False
    return not e.text.rstrip().endswith(":")


def _label_gist(label: str) -> str:
    """The first three words of a label, for a message."""
    words = label_words(label)
    return " ".join(words[:3])
