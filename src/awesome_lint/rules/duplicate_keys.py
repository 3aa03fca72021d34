"""What identifies an entry for AL003: its paper links (read with the one link vocabulary) and
its title keys, and the first entry seen with each key."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import msgspec

from ..document import Document, Entry, plain_text
from ..titles import paper_like, title_words
from ..urls import is_strong, url_key
from ..vocabulary import PAPER, is_paper_url, label_kind, label_words

_TITLE_HEADERS = frozenset({"title", "paper title", "papertitle", "link to paper"})


@lru_cache(maxsize=4096)
def link_kind(text: str) -> str | None:
    """The kind of link a label or a column header names by itself (the one vocabulary):
    `[pdf]`, `[Project Page]`, `[Code (PyTorch)]`; None for anything longer (a title)."""
    return label_kind(plain_text(text), most_words=2)


@lru_cache(maxsize=256)
def _headerlink_kind(header: str) -> str | None:
    return PAPER if " ".join(label_words(header)) in _TITLE_HEADERS else link_kind(header)


class Item(msgspec.Struct, eq=False, gc=False):
    """One entry with the keys that identify it.

    Kept small, one per entry of a large list: its list and section are read from the entry,
    and the title's words (for fuzzy matching) are derived from the title when needed. It
    refers to nothing that refers back to it, so it needs no cycle tracking (``gc=False``)."""

    entry: Entry
    urls: tuple[str, ...]  # identity keys of its primary links
    tkey: str  # title key ('' when it has no usable title)
    title: str  # the title as shown
    paper: bool  # the title is long enough to identify a paper on its own
    nkey: str  # title key even when too short to identify anything ("uv", "DSP")
    dup: bool = False  # reported as a duplicate of an earlier entry

    @property
    def words(self) -> str:
        """The title with word boundaries (:func:`title_words`), '' without a usable title."""
        return title_words(self.title) if self.tkey else ""


class FirstSeen:
    """The first item of each link key and title key, per list (or table) and per scope.

    One dict per (level, list or scope, kind), keyed by the key strings the items already
    hold: a tuple key per entry, key and level cost ~7 MB on a 5 MB list."""

    def __init__(self) -> None:
        self._maps: dict[tuple[str, int, str], dict[str, Item]] = {}

    def get(self, level: str, ident: int, kind: str, key: str) -> Item | None:
        found = self._maps.get((level, ident, kind))
        return None if found is None else found.get(key)

    def add(self, level: str, ident: int, kind: str, key: str, item: Item) -> None:
        found = self._maps.get((level, ident, kind))
        if found is None:
            found = self._maps[(level, ident, kind)] = {}
        found.setdefault(key, item)


def in_page(url: str) -> bool:
    u = url.strip()
    return u.startswith("#") or u.startswith("./#") or u.startswith("/#")


def primary_links(entry: Entry, doc: Document | None = None, titled: bool = True) -> list:
    """The entry's paper links.

    Those labelled (``paper``, ``pdf``, ``arxiv``, …) or placed (a ``PDF``/``Paper`` column) as
    the paper; else the first link that is not labelled as something else (code, project, note,
    badges, …) when it is plainly the entry's own link: the title is that link, or the link
    follows the title with nothing but punctuation between. An entry without a title has only
    labelled paper links and the link that makes up a whole table cell (a news item
    mentioning a paper is not that paper's entry). ``titled`` says whether the entry's title is
    usable (not ``✅`` or a date).
    """
    primary = []
    fallback = None
    text = doc.text if doc is not None else None
    for link in entry.links:
        if link.is_image or link.is_anchor or not link.url.strip() or in_page(link.url):
            continue
        label = link.label.strip()
        if label.startswith("![") or "img.shields.io" in link.url or "badge" in link.url.lower():
            continue  # a badge
        kind = link_kind(label)
        if url_label(link) and text is not None:  # "- Paper: https://…": the word before names it
            m = _LEAD_WORD.search(text, max(entry.start, link.start - 40), link.start)
            kind = link_kind(m.group(1)) if m else None
        if kind is not None and entry.title_start is not None and link.label_start <= entry.title_start < link.label_end:
            kind = None  # [Video Swin Transformer](url): a title that starts like a label
        header = _headerlink_kind(link.column_header) if link.column_header else None
        if kind == PAPER or header == PAPER:
            primary.append(link)
            continue
        if fallback is None and kind is None and header is None:
            fallback = link
    if primary:
        if len(primary) > 1 and _named_papers(entry, primary[0]):
            return []  # | Human preference | [LiFT](arXiv), [VisionReward](arXiv) | under `Typical papers`
        return primary
    if fallback is None:
        return []
    if entry.kind == "row" and entry.row is not None:
        for cell in entry.row.cells:
            if cell.start == fallback.start and cell.end == fallback.end:
                return [fallback]  # a cell that is just the link: | [AlexNet](url) |
    ts, te = entry.title_start, entry.title_end
    if ts is not None and te is not None and fallback.label_start <= ts < fallback.label_end:
        return [fallback]  # [Title](url), [**Title**](url)
    if (titled and ts is not None and text is not None and fallback.end <= ts
            and len(fallback.label.split()) <= 3 and not text[fallback.end:ts].strip(" \t]")
            and text[entry.start:fallback.start].strip(" \t") == "[" and _paper_address(fallback.url)):
        # [[CVPR](paper)] Title: the venue tag that leads the entry links the paper (when it
        # names one: an arXiv id, a DOI, a PDF; not the conference's programme page)
        return [fallback]
    if not titled or ts is None or te is None:
        if not url_label(fallback) and paper_like(title_words(plain_text(fallback.label))):
            return [fallback]  # - Paper: [A Title Long Enough to Be One](url)
        return []
    if text is not None and te <= fallback.start and len(fallback.label.split()) <= 3:
        gap = text[te:fallback.start]
        if len(gap) <= 8 and not gap.strip(" \t*_\"'“”,.:;-–—|[(（【") and not _named_papers(entry, fallback):
            return [fallback]  # **Title** [[Link]](url)
    return []


def _named_papers(entry: Entry, first) -> bool:
    """``first`` opens a run of papers each linked under its own name (`| Human preference |
    [LiFT](arXiv), [VisionReward](arXiv) |`, `**Reasoning judges** — [VideoScore2](arXiv), [REACT](arXiv)`):
    the title is a topic the papers are read under, and no link is the entry's own."""
    named = {url_key(k.url) for k in entry.links
             if k.start >= first.start and not k.is_image and link_kind(k.label.strip()) is None
             and not url_label(k) and _paper_address(k.url)}
    return len(named) >= 2


_HOST_PATH = re.compile(r"^(?:https?:)?//(?:www\.)?([^/?#]+)([^?#]*)(?:\?([^#]*))?", re.I)
_CVF_FILE = re.compile(r"/([^/]+)_paper\.(?:html|pdf)$", re.I)
_NEURIPS_HASH = re.compile(r"/(?:hash|file)/([0-9a-f]{32})-(?:Abstract|Paper)(?:-Conference|-Datasets_and_Benchmarks)?\.(?:html|pdf)$", re.I)
_NEURIPS_OLD = re.compile(r"^/paper/(\d{3,5})-[^/]*?(?:\.pdf)?/?$", re.I)
_ACL_ID = re.compile(r"/(\d{4}\.[a-z][\w-]*\.\d+|[A-Z]\d{2}-\d{4})(?:v\d)?(?:\.pdf)?/?$", re.I)
_PMLR = re.compile(r"^/(v\d+)/([a-z][\w-]*\d{2}[a-z]{0,2})(?:\.html|/\2\.pdf)$", re.I)
_IEEE_DOC = re.compile(r"^/(?:abstract/|document/)*document/(\d+)/?$|^/abstract/document/(\d+)/?$", re.I)
_ARNUMBER = re.compile(r"(?:^|&)arnumber=(\d+)", re.I)


@lru_cache(maxsize=65536)
def paper_key(url: str) -> str:
    """The identity of the paper a link names, for AL003: :func:`url_key`, and one key for the
    abstract page and the PDF of a paper on the proceedings sites that give each paper both
    (CVF open access ``…/html/X_paper.html`` and ``…/papers/X_paper.pdf``, NeurIPS ``hash/…-Abstract.html``
    and ``file/…-Paper.pdf``, the ACL Anthology ``2020.acl-main.1/`` and ``.pdf`` (aclweb.org
    too), PMLR ``v139/x21a.html`` and ``v139/x21a/x21a.pdf``, IEEE Xplore ``document/N``,
    ``abstract/document/N`` and ``stamp.jsp?arnumber=N``)."""
    u = url.strip()
    m = _HOST_PATH.match(u)
    if m is not None:
        host, path, query = m.group(1).lower(), m.group(2), m.group(3) or ""
        if host == "openaccess.thecvf.com":
            f = _CVF_FILE.search(path)
            if f:
                return "cvf:" + f.group(1).lower()
        elif host in ("papers.nips.cc", "proceedings.neurips.cc", "papers.neurips.cc"):
            f = _NEURIPS_HASH.search(path) or _NEURIPS_OLD.match(path)
            if f:
                return "neurips:" + f.group(1).lower()
        elif host in ("aclanthology.org", "aclweb.org") and (host == "aclanthology.org" or path.lower().startswith("/anthology/")):
            f = _ACL_ID.search(path)
            if f:
                return "acl:" + f.group(1).lower()
        elif host == "proceedings.mlr.press":
            f = _PMLR.match(path)
            if f:
                return f"pmlr:{f.group(1).lower()}/{f.group(2).lower()}"
        elif host == "ieeexplore.ieee.org":
            f = _IEEE_DOC.match(path) or (_ARNUMBER.search(query) if path.lower().endswith((".jsp", "/")) else None)
            if f:
                return "ieee:" + (f.group(1) or f.group(2) if f.re is _IEEE_DOC else f.group(1))
    return url_key(u)


def _paper_address(url: str) -> bool:
    """The URL names one paper: an arXiv id, a DOI or an OpenReview id, or a PDF file."""
    return is_strong(url_key(url)) or url.split("?", 1)[0].split("#", 1)[0].lower().endswith(".pdf")


_LEAD_WORD = re.compile(r"([^\W\d][\w ]{0,20}?)\s*[:：]\s*$")


def url_label(link) -> bool:
    """A bare URL, an autolink, or a link whose text is its own URL."""
    label = link.label.strip()
    return link.kind in ("bare", "autolink") or label == link.url or label.startswith(("http://", "https://", "www."))


def toc_like(entry: Entry) -> bool:
    """Every link of the entry points into the page itself (a table of contents). Stops at the
    first link that leaves the page, usually the first link."""
    found = False
    for k in entry.links:
        if k.is_image:
            continue
        if not (k.is_anchor or in_page(k.url)):
            return False
        found = True
    return found


_MIN_PARAGRAPHS = 3  # paper paragraphs in a file before they count as its entries
_TITLE_TAIL = re.compile(r"\.\s+(?=[^.]*?\b(?:19|20)\d\d\b)")  # "Title. MICCAI 2020. 2020-04"


def paper_paragraphs(doc: Document, any_link: bool = False) -> list[Entry]:
    """Paragraphs that a list writes as its entries, for AL003 only: a paragraph outside lists
    and tables that opens with a link whose label is a paper title (with a capital letter: not
    a phrase of prose) and whose URL names one paper (an arXiv id, a DOI, an OpenReview id, a
    PDF), ``[Title](https://arxiv.org/pdf/1808.07217.pdf)`` with blank lines between (a second
    line, ``Citation: 146``, belongs to it). A file needs at least three such paragraphs: a
    lone link opening a paragraph of prose is no entry. The title ends before a full stop
    followed by a year (``Title. MICCAI 2020. 2020-04``: the venue and date written into the
    label). Their ``kind`` is ``"para"``: no item or row, so nothing deletes them, and their
    list (:func:`box`) is their section. ``any_link``: the opening link may point anywhere (a
    publisher's page, a journal's site), for AL016, which reads the paragraphs' order and not
    their identity. A paragraph may also open with a tag in parentheses, ``(Arxiv 24.02.01)
    Title [Paper](…)`` (:func:`_tagged_paragraph`)."""
    text = doc.text
    spans = sorted([(b.line, b.end_line) for b in doc.lists if b.depth == 0]
                   + [(t.line, t.end_line) for t in doc.tables])
    span_starts = [a for a, _ in spans]
    headings = {h.line for h in doc.headings}
    out: list[Entry] = []
    for line, end_line in doc.inline_blocks:
        start = doc.line_starts[line - 1]
        lead = start
        while lead < len(text) and text[lead] == " " and lead - start < 3:
            lead += 1
        bold = text.startswith(("**", "__"), lead)
        tag = _LEAD_TAG.match(text, lead) if text.startswith(("(", "\\(", "[**"), lead) else None
        if not (bold or tag or text.startswith("[", lead)) or line in headings:
            continue
        k = bisect.bisect_right(span_starts, line) - 1
        if k >= 0 and spans[k][0] <= line <= spans[k][1]:
            continue  # an item's or a row's text: a real entry
        end = doc.line_end(end_line)
        if tag is not None:
            entry = _tagged_paragraph(doc, line, end_line, lead, end, tag, any_link)
            if entry is not None:
                out.append(entry)
            continue
        links = doc.links_between(lead, end)
        if bold:
            entry = _bold_paragraph(doc, line, end_line, lead, end, links, any_link)
            if entry is not None:
                out.append(entry)
            continue
        first = links[0] if links else None
        if (first is None or first.start != lead or first.kind not in ("inline", "reference") or first.is_image
                or not (any_link or _paper_address(first.url))):
            continue
        ts, te = first.label_start, first.label_end
        m = _TITLE_TAIL.search(text, ts, te)
        if m is not None and m.start() > ts:
            te = m.start()
        title = plain_text(text[ts:te]).strip()
        if title == title.lower() or not paper_like(title_words(title)):
            continue
        out.append(Entry("para", line, end_line, lead, end, text, title, ts, te, links, None, None,
                         doc.section_at(line)))
    return out if len(out) >= _MIN_PARAGRAPHS else []


def _bold_paragraph(doc: Document, line: int, end_line: int, lead: int, end: int, links,
                    any_link: bool = False) -> Entry | None:
    """A paragraph that opens with a paper title in bold and gives the paper's link below it,
    labelled so: ``**Title.** [Sep., 2022]`` then ``*Authors*`` then ``[[PDF](arxiv…)]
    [[Github](…)]``. The title is the bold text (its closing full stop left out)."""
    text = doc.text
    mark = text[lead:lead + 2]
    close = text.find(mark, lead + 2, doc.line_end(line))
    if close < 0:
        return None
    ts, te = lead + 2, close
    while te > ts and text[te - 1] in " .":
        te -= 1
    title = plain_text(text[ts:te]).strip()
    if title == title.lower() or not paper_like(title_words(title)):
        return None
    if not any(k.start >= close and not k.is_image and link_kind(k.label) == PAPER
               and (any_link or _paper_address(k.url))
               for k in links):
        return None  # no link labelled as the paper: a bold line of prose, or a blog post
    return Entry("para", line, end_line, lead, end, text, title, ts, te, links, None, None, doc.section_at(line))


# a tag in parentheses that opens a paragraph entry: `(Arxiv 24.02.01)`, `(**CVPR24**)`, maybe
# with its parenthesis escaped (`\(Arxiv 24.05.16)`), or bold in brackets (`[**ICASSP 2024**]`,
# not a link's label: `[**GPT-4 Technical Report**](…)` opens a paragraph of its own kind)
_LEAD_TAG = re.compile(r"(?:\\?\((?=[^()\n]*\d)[^()\n]{2,40}\\?\)|\[\*\*(?=[^\]\n]*\d)[^\[\]\n]{2,40}\*\*\](?!\())[ \t]*")
# a title line's end before the authors' line: a backslash or `<br>` (a hard break)
_HARD_BREAK_END = re.compile(r"[ \t]*(?:\\|<br\s*/?>)?[ \t]*$", re.I)


def _tagged_paragraph(doc: Document, line: int, end_line: int, lead: int, end: int, tag: re.Match,
                      any_link: bool = False) -> Entry | None:
    """A paragraph that opens with a tag in parentheses, then the paper's title in plain text
    and its links, the first labelled as the paper: ``(Arxiv 24.02.01) Title [Paper](arxiv…)
    [Code](…)``. The title is the text between the tag and the first link; after a bold tag in
    brackets, ``[**ICASSP 2024**] Title \\`` over the authors' and the links' lines, the rest of
    its line."""
    text = doc.text
    links = [k for k in doc.links_between(tag.end(), end) if not k.is_image]
    if not links:
        return None
    first = links[0]
    ts, te = tag.end(), first.start
    if text.startswith("[", lead):  # `[**ICASSP 2024**] Title \`, the authors and links on lines below
        te = min(te, doc.line_end(line))
        te = _HARD_BREAK_END.search(text, ts, te).start()
    while te > ts and text[te - 1] in " \t":
        te -= 1
    title = plain_text(text[ts:te]).strip()
    if "\n" in text[ts:te] or title == title.lower() or not paper_like(title_words(title)):
        return None
    if not (link_kind(first.label) == PAPER and (any_link or _paper_address(first.url))):
        return None
    return Entry("para", line, end_line, lead, end, text, title, ts, te, links, None, None, doc.section_at(line))


def box(e: Entry, years: bool = True):
    """The list an entry belongs to, for AL003's scope: its list or table, or for a paper
    paragraph (:func:`paper_paragraphs`) its section; the lists under the year headings of one
    parent (`## 2019`, `## 2020`) are one list, a paper's year being one, not a topic to file it
    under twice, for an entry that links a paper (a conference or a book listed each year is no
    repeat; not with ``years`` off: a repository shared across years may be a family's)."""
    sec, box_ = e.section, e.section if e.kind == "para" else e.container
    if (years and sec is not None and sec.parent is not None and sec.heading is not None and box_ is not None
            and box_.line <= sec.heading.end_line + 2 and _year_heading(sec.heading.plain)
            and any(is_paper_url(k.url) for k in e.links)):
        return sec.parent  # (the list right under the year; a later one, `Datasets` under `## 2021`, is its own)
    return box_


# a heading that is a year and nothing else (`2019`, `- 2014`, `[2020]`)
_YEAR_HEADING = re.compile(r"[\W_]*(?:19|20)\d\d[\W_]*")


@lru_cache(maxsize=512)
def _year_heading(plain: str) -> bool:
    return _YEAR_HEADING.fullmatch(plain) is not None
