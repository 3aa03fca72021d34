"""AL003 duplicate-entry."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from collections import Counter
from collections.abc import Iterator

import msgspec

from ..document import Document, Entry, plain_text
from ..model import WARNING, Edit, Finding, Fix
from ..urls import url_key
from .base import FIX_SOMETIMES, Option, Rule

#: Near-identical titles: rapidfuzz ``fuzz.ratio`` (0-100) of the normalised titles, plus a word
#: check (see :func:`near_identical`). Tuned on the seeds and the 44 real lists: every pair the
#: word check accepts scores 97-99.5 ("Casual"/"Causal Inference for Data Science",
#: "judgment"/"judgement"); the ratio alone also passes 30 distinct pairs scoring 95-99
#: ("Part I"/"Part II", "Decoder-Only"/"Encoder-Only", "Qwen2-VL"/"Qwen2.5-VL"), which the
#: numbers and word checks reject.
FUZZY_THRESHOLD = 90.0
_FUZZY_MIN_LEN = 24  # shorter titles are names ("GPT-3"/"GPT-4"): only exact matches count
_WINDOW = 24  # in a large block, compare each title with this many neighbours by length
_MIN_TITLE = 4  # a title key (letters and digits) shorter than this identifies nothing
_PAPER_MIN_LEN = 20  # ... and one shorter than this (or of fewer than 4 words) is a name

_PRIMARY_LABELS = {"paper", "pdf", "arxiv", "arxivpaper", "paperlink", "paperpdf", "pdfpaper", "pub",
                   "publication", "article", "openreview", "doi", "acl", "ieee", "springer", "preprint",
                   "论文"}
_PRIMARY_HEADERS = {"pdf", "paper", "papers", "arxiv", "paperlink", "linktopaper", "publication",
                    "paperpdf", "title", "papertitle"}
_SECONDARY = {"code", "codes", "github", "git", "repo", "repository", "project", "projectpage", "page",
              "website", "web", "site", "home", "homepage", "note", "notes", "slides", "slide", "video",
              "videos", "demo", "blog", "dataset", "datasets", "data", "model", "models", "weights",
              "checkpoint", "checkpoints", "poster", "supp", "supplementary", "supplement", "talk",
              "youtube", "colab", "huggingface", "hf", "benchmark", "leaderboard", "docs", "doc",
              "documentation", "star", "stars", "reference", "ref", "zhihu", "bilibili", "twitter",
              "tweet", "reddit", "official", "unofficial", "pytorch", "tensorflow", "keras", "jax",
              "implementation", "bib", "bibtex", "cite", "citation", "review", "reviews", "media",
              "press", "news", "discussion", "issue", "tutorial", "book", "chinese", "english", "中文",
              "解读", "知乎", "代码", "项目", "主页", "视频", "网站", "数据", "数据集", "模型",
              "projectwebsite", "projectpagehomepage", "githubrepo", "sourcecode", "space", "spaces"}
_SECONDARY_HEADERS = _SECONDARY | {"code", "repo", "stars", "project", "video", "demo", "blog"}
_GENERIC_TITLES = {"paper", "code", "link", "pdf", "github", "website", "homepage", "project",
                   "demo", "blog", "video", "slides", "dataset", "data", "model", "arxiv", "here",
                   "official", "docs", "documentation", "link1", "link2", "tbd", "todo", "na", "none",
                   "coming soon", "comingsoon", "null", "survey"}
_LABEL_DROP = re.compile(r"[\W_]+", re.UNICODE)
_DIGITS = re.compile(r"\d+")
_ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"}


def title_key(title: str) -> str:
    """Unicode-normalised, case-, accent-, space- and punctuation-insensitive form of a title.
    ``+`` and ``#`` are kept: ``U-Net++`` is not ``U-Net``, ``C#`` is not ``C``."""
    return _key_of(_fold(title))


def _key_of(folded: str) -> str:
    """``_NOT_KEY.sub("", folded)`` with a C-speed translation table."""
    return folded.translate(_NOT_KEY_TABLE)


def _words_of(folded: str) -> str:
    """``_NOT_WORD.sub(" ", folded).strip()``: what is not kept becomes a space, and runs of
    spaces one (no kept character is white space)."""
    return " ".join(folded.translate(_NOT_WORD_TABLE).split())


class _KeepTable(dict):
    """``str.translate`` table keeping the characters of ``[\\w+#]`` but ``_`` (``\\w`` is
    ``isalnum()`` or ``_``) and mapping the rest to ``drop``, filled in as characters are seen."""

    def __init__(self, drop: str | None):
        super().__init__()
        self.drop = drop

    def __missing__(self, code: int):
        ch = chr(code)
        value = code if ch.isalnum() or ch in "+#" else self.drop
        self[code] = value
        return value


_NOT_KEY_TABLE = _KeepTable(None)
_NOT_WORD_TABLE = _KeepTable(" ")
_NOT_KEY = re.compile(r"[^\w+#]|_", re.UNICODE)
_NOT_WORD = re.compile(r"(?:[^\w+#]|_)+", re.UNICODE)
_ALPHA2 = re.compile(r"[^\W\d_]{2}|[^\W\d_]\w*[^\W\d_]", re.UNICODE)


def _fold(title: str) -> str:
    """Case-folded, accents removed (NFKD without combining marks); ASCII takes a fast path."""
    if title.isascii():
        return title.lower()
    t = unicodedata.normalize("NFKD", title)
    if not t.isascii():
        t = t.translate(_NO_COMBINING)
    return t.casefold()


class _Combining(dict):
    """``str.translate`` table deleting combining marks, filled in as characters are seen (a
    C-speed lookup per character instead of a Python call)."""

    def __missing__(self, code: int):
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_NO_COMBINING = _Combining()


_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]|<[^>]*>")
_EDGE_JUNK = re.compile(r"^[\s:：\-–—|,.;*_]+|[\s:：\-–—|,.;*_]+$")
_BRACKET_LINKS = re.compile(r"\s*\[[^\]]*\](?:\s*\[[^\]]*\])*\s*$")


def clean_title(doc: Document, e: Entry) -> str:
    """The entry's title as a reader sees it: images (badges), HTML tags, emphasis markers and
    edge punctuation removed."""
    if e.title_start is None or e.title_end is None:
        return ""
    t = doc.text[e.title_start:e.title_end]
    if _MARKUP.search(t):
        t = plain_text(_IMAGE.sub(" ", t))
        t = _EMPHASIS.sub("", t)
        if "[" in t:
            t = _BRACKET_LINKS.sub("", t)  # "PromptBench [paper] [GitHub]"
    t = t.strip()
    if t[:1].isdigit() or t[:1] == "(":
        t = _NUMBERING.sub("", t)  # "4) MusicGen - …"
    if t[:1] in _QUOTES:
        m = _QUOTED.match(t)
        if m:  # '"Multimodal Learning with Transformers: A Survey", arXiv, 2022'
            t = m.group(1)
    return " ".join(t.strip(_EDGE_CHARS).split())


_MARKUP = re.compile(r"[!<\[\]*_`~\\]")
_EMPHASIS = re.compile(r"[*_`~]+")
_QUOTES = "\"“”"
_EDGE_CHARS = " \t\n:：-–—|,.;*_"


_NUMBERING = re.compile(r"^\(?\d{1,4}[.)]\s+")
_QUOTED = re.compile(r"^[\"“”](.{8,}?)[\"“”]")
_HEAD = re.compile(r"\s+[-–—|]\s+|:\s+|：")


def head_key(title: str) -> str:
    """The key of a title's head, the name before ``:`` or `` - `` ("MusicGen - a simple …")."""
    parts = _HEAD.split(title, maxsplit=1)
    return title_key(parts[0]) if len(parts) > 1 else ""


def _usable(tkey: str) -> bool:
    """A title key that can identify something: not too short, not generic, not a number or a
    date."""
    return len(tkey) >= _MIN_TITLE and tkey not in _GENERIC_TITLES and not tkey.isdigit()


def paper_like(words: str) -> bool:
    """A title long enough to name one paper (not a tool's or a model's short name, which
    different projects share: ``errors``, ``config``, ``LISA``)."""
    if len(words) < _PAPER_MIN_LEN:
        return False
    n = 0
    for w in words.split():
        if _ALPHA2.search(w):
            n += 1
            if n >= 4:
                return True
    return False


def title_words(title: str) -> str:
    """Like :func:`title_key` but keeps word boundaries (for fuzzy matching)."""
    return _words_of(_fold(title))


@lru_cache(maxsize=256)
def _norm_header(header: str) -> str:
    return _LABEL_DROP.sub("", header.casefold())


@lru_cache(maxsize=4096)
def _norm_label(text: str) -> str:
    return _LABEL_DROP.sub("", plain_text(text).casefold())


class _Item(msgspec.Struct, eq=False, gc=False):
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


class _FirstSeen:
    """The first item of each link key and title key, per list (or table) and per scope.

    One dict per (level, list or scope, kind), keyed by the key strings the items already
    hold: a tuple key per entry, key and level cost ~7 MB on a 5 MB list."""

    def __init__(self) -> None:
        self._maps: dict[tuple[str, int, str], dict[str, _Item]] = {}

    def get(self, level: str, ident: int, kind: str, key: str) -> _Item | None:
        found = self._maps.get((level, ident, kind))
        return None if found is None else found.get(key)

    def add(self, level: str, ident: int, kind: str, key: str, item: _Item) -> None:
        found = self._maps.get((level, ident, kind))
        if found is None:
            found = self._maps[(level, ident, kind)] = {}
        found.setdefault(key, item)


def _in_page(url: str) -> bool:
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
        if link.is_image or link.is_anchor or not link.url.strip() or _in_page(link.url):
            continue
        label = link.label.strip()
        if label.startswith("![") or "img.shields.io" in link.url or "badge" in link.url.lower():
            continue  # a badge
        norm = _norm_label(label)
        if _url_label(link) and text is not None:  # "- Paper: https://…": the word before names it
            m = _LEAD_WORD.search(text, max(entry.start, link.start - 40), link.start)
            norm = _norm_label(m.group(1)) if m else ""
        header = _norm_header(link.column_header) if link.column_header else ""
        if norm in _PRIMARY_LABELS or norm.startswith(("arxiv", "paper", "pdf")) or header in _PRIMARY_HEADERS:
            primary.append(link)
            continue
        if fallback is None and norm not in _SECONDARY and header not in _SECONDARY_HEADERS:
            fallback = link
    if primary:
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
    if not titled or ts is None or te is None:
        if not _url_label(fallback) and paper_like(title_words(plain_text(fallback.label))):
            return [fallback]  # - Paper: [A Title Long Enough to Be One](url)
        return []
    if text is not None and te <= fallback.start and len(fallback.label.split()) <= 3:
        gap = text[te:fallback.start]
        if len(gap) <= 8 and not gap.strip(" \t*_\"'“”,.:;-–—|[(（【"):
            return [fallback]  # **Title** [[Link]](url)
    return []


_LEAD_WORD = re.compile(r"([^\W\d][\w ]{0,20}?)\s*[:：]\s*$")


def _url_label(link) -> bool:
    """A bare URL, an autolink, or a link whose text is its own URL."""
    label = link.label.strip()
    return link.kind in ("bare", "autolink") or label == link.url or label.startswith(("http://", "https://", "www."))


def _toc_like(entry: Entry) -> bool:
    """Every link of the entry points into the page itself (a table of contents). Stops at the
    first link that leaves the page, usually the first link."""
    found = False
    for k in entry.links:
        if k.is_image:
            continue
        if not (k.is_anchor or _in_page(k.url)):
            return False
        found = True
    return found


class DuplicateEntry(Rule):
    """
    ## What it does

    Finds the same paper or resource listed twice, and entries that carry another entry's paper
    link under a different title (a copy-paste slip). The later entry is reported, with the line
    of the first occurrence.

    Two entries are the same when they share a **paper link** or a **title**:

    - The paper link is the link labelled as the paper (`paper`, `pdf`, `arxiv`, …) or placed
      in a `PDF`/`Paper` column, else the entry's first link that is not labelled as something
      else. Code, project, note, slides, video and badge links never make two entries the same:
      two papers of one group may share one repository or one blog post.
    - Links are compared by identity, not spelling: `http`/`https`, `www.`, a trailing `/`,
      `?` or `#`, default ports and `utm_*` parameters are ignored; arXiv `abs/`, `pdf/`,
      `html/`, `.pdf` and version suffixes name one paper (`2201.12329`, `2201.12329v4.pdf`);
      `doi.org/…`, `dx.doi.org/…`, `doi:…` and publisher pages with the DOI in their path are
      one DOI; OpenReview `forum?id=` and `pdf?id=` are one note; GitHub owners and repository
      names are compared case-insensitively.
    - Titles are compared after Unicode normalisation, ignoring case, accents, spaces and
      punctuation (`Med-CLIP` = `MedCLIP`, but `U-Net++` is not `U-Net`). A title identifies a
      paper on its own only when it has at least four words and 20 characters: short names
      (`errors`, `config`, `LISA`) are shared by different projects, so two such entries are
      the same only when they also share their link.
    - Titles of at least 24 characters that are nearly identical are reported as *possible*
      duplicates: rapidfuzz similarity of 90 or more, the same numbers and Roman numerals in
      both, and every differing word either a small word (`a`, `the`, `for`…) or a typo of a word
      of the other title (one edit, transpositions included; two for words of 8 letters or
      more). Tuned on the seed lists and 44 real lists: the true pairs found ("Casual" /
      "Causal Inference for Data Science") score 97-99.5, while distinct papers with close
      titles ("Decoder-Only" / "Encoder-Only Image Registration", "Part I" / "Part II",
      "Qwen2-VL" / "Qwen2.5-VL") score up to 99 and are told apart by the word and number
      checks. Entries whose arXiv ids, DOIs or OpenReview ids differ are never possible
      duplicates.

    What is reported, and how severely:

    1. The same entry twice in one list or table: the rule's severity (error).
    2. The same paper in two lists or sections of one file: a warning naming both lines. Lists
       sometimes do this on purpose; the `scope` option says what counts: `list` (only the same
       list or table), `section` (the same section), `file` (the default) or `off`.
    3. Two entries with different paper titles and one paper link: a warning, "probably a
       copy-paste slip". Not when one entry names the other's title (a dataset row linking the
       paper it comes from) or the titles differ only in numbers (`Task1`/`Task2`).
    4. With `--cross-file` (or `across-files: true`) and several files on the command line, a
       paper listed in an earlier file is reported in the later one (a warning).

    ## Why it matters

    A paper listed twice makes a list look unkept and inflates its counts; when one copy is
    updated (a venue, a code link) the other goes stale. A new entry carrying an old entry's
    link sends readers to the wrong paper, and nobody notices for months.

    ## Example

    ```markdown
    - [**CVPR 2023**] KiUT: Knowledge-Injected U-Transformer [[pdf]](https://arxiv.org/abs/2306.11345)
    - [**MICCAI 2023**] PMC-CLIP: Contrastive Pre-training [[pdf]](https://arxiv.org/pdf/2303.07240)
    - [**CVPR 2023**] KiUT: Knowledge-Injected U-Transformer [[pdf]](https://arxiv.org/pdf/2306.11345v2.pdf)
    ```

    Use instead:

    ```markdown
    - [**CVPR 2023**] KiUT: Knowledge-Injected U-Transformer [[pdf]](https://arxiv.org/abs/2306.11345)
    - [**MICCAI 2023**] PMC-CLIP: Contrastive Pre-training [[pdf]](https://arxiv.org/pdf/2303.07240)
    ```

    ## Fix safety

    Only duplicates within one list or table are fixed, by deleting the later item or row whole
    (its line ending and any nested lines included) and nothing else. The fix is **safe** when
    the two copies are the same text once white space is normalised (and, in a table, ignoring
    an index column): nothing is lost. When the copies differ (another link, a venue, a note),
    deleting one loses what only it says, so the fix is **unsafe** (`--unsafe-fixes`). A fix is
    dropped when deleting the item would change how the rest of the list renders (for example a
    loose list becoming tight). Duplicates across sections or files, possible (near-identical)
    duplicates and copy-paste slips are never fixed: which copy to keep, and which link is
    right, is the maintainer's choice. Removing an item from a numbered list leaves a gap that
    AL001/AL002 then renumber.
    """

    code = "AL003"
    name = "duplicate-entry"
    summary = "The same paper or resource is listed twice"
    fix_availability = FIX_SOMETIMES
    tags = ("entries", "links")
    options = {
        "scope": Option(str, "file", "Where duplicates count: the same `list` or table, the same "
                        "`section`, the whole `file`, or `off`.", choices=("list", "section", "file", "off")),
        "fuzzy": Option(bool, True, "Also report near-identical titles as possible duplicates."),
        "across-files": Option(bool, False, "Compare the files given on the command line with each "
                               "other (as `--cross-file` does)."),
    }

    # ---- one file -------------------------------------------------------------------------
    def check(self, doc: Document) -> Iterator[Finding]:
        scope = self.opts.scope
        if scope == "off":
            return
        items = self._items(doc)
        found: list[tuple[Finding, Entry | None, bool]] = list(self._exact(doc, items, scope))
        removals = [(e, safe) for _, e, safe in found if e is not None]
        fixes = self._removals(doc, removals) if removals else {}
        for finding, e, _ in found:
            if e is not None:
                finding.fix = fixes.get(id(e))
            yield finding
        if getattr(self.opts, "fuzzy", True):
            yield from self._fuzzy(doc, items, scope)

    def _items(self, doc: Document) -> list[_Item]:
        out = []
        for e in doc.entries:
            # list items and table rows are never inside a code block (markdown-it-py says so),
            # and an item that starts with inline code is still an entry
            if doc.is_code_line(e.line) or _toc_like(e):
                continue
            t = clean_title(doc, e)
            folded = _fold(t)
            nk = tk = _key_of(folded)
            if not _usable(tk):
                tk = ""
            links = primary_links(e, doc, titled=bool(tk))
            urls = tuple(dict.fromkeys(url_key(k.url) for k in links))
            if not tk and len(links) == 1 and not _url_label(links[0]):  # | ✅ | [AlexNet](url) |
                lt = " ".join(_EDGE_JUNK.sub("", _EMPHASIS.sub("", plain_text(links[0].label))).split())
                lk = title_key(lt)
                if _usable(lk) and _norm_label(lt) not in _PRIMARY_LABELS:
                    t, tk, nk = lt, lk, lk
                    folded = _fold(t)
            if not urls and not tk:
                continue
            paper = bool(tk) and paper_like(_words_of(folded))
            out.append(_Item(e, urls, tk, t, paper, nk))
        return out

    def _in_scope(self, a: _Item, b: _Item, scope: str) -> bool:
        if scope == "list":
            return a.entry.container is b.entry.container
        if scope == "section":
            return a.entry.section is b.entry.section
        return True

    def _exact(self, doc: Document, items: list[_Item], scope: str) -> Iterator[tuple[Finding, Entry | None, bool]]:
        # the first occurrence of each key in each list and in each scope: a later entry is
        # matched in its own list first (an error with a fix), then in its scope (a warning)
        first = _FirstSeen()
        for it in items:
            match, how = self._match(it, first, scope)
            if match is not None:
                it.dup = True
                yield self._report(doc, it, match, how)
            cid, sid = id(it.entry.container), self._scope_id(it, scope)
            for kind, keys in (("u", it.urls), ("t", (it.tkey,) if it.tkey else ())):
                for k in keys:
                    first.add("c", cid, kind, k, it)
                    first.add("s", sid, kind, k, it)

    def _scope_id(self, it: _Item, scope: str) -> int:
        e = it.entry
        return id(e.container) if scope == "list" else id(e.section) if scope == "section" else 0

    def _match(self, it: _Item, first: _FirstSeen, scope: str) -> tuple[_Item | None, str]:
        """The earlier entry ``it`` duplicates (preferring its own list), and how."""
        sid = self._scope_id(it, scope)
        slip: _Item | None = None
        for level, ident in (("c", id(it.entry.container)), ("s", sid)):
            found: list[tuple[int, _Item, str]] = []
            if it.tkey and it.paper:
                other = first.get(level, ident, "t", it.tkey)
                if other is not None:
                    found.append((other.entry.start, other, "both" if set(it.urls) & set(other.urls) else "title"))
            for u in it.urls:
                other = first.get(level, ident, "u", u)
                if other is None:
                    continue
                if not it.nkey or not other.nkey or _titles_agree(it, other):
                    found.append((other.entry.start, other, "both" if it.tkey and other.tkey == it.tkey else "link"))
                elif _slip(it, other) and (slip is None or other.entry.start < slip.entry.start):
                    slip = other
            if found:
                found.sort(key=lambda f: f[0])
                return found[0][1], found[0][2]
        if slip is not None:
            return slip, "slip"
        return None, ""

    def _report(self, doc: Document, it: _Item, first: _Item, how: str) -> tuple[Finding, Entry | None, bool]:
        """The finding, and (entry, safe) when the later copy is to be deleted."""
        e, f = it.entry, first.entry
        line, col = doc.position(e.title_start if e.title_start is not None else e.start)
        end_line = e.line
        end_col = len(doc.line_text(e.line)) + 1
        if line != e.line:
            line, col = e.line, 1
        title = _short(it.title)
        if how == "slip":
            return self.finding(
                f"shares its paper link with line {f.line} ({_short(first.title)!r}) but is titled "
                f"{title!r}: probably a copy-paste slip",
                line, col, end_line, end_col, severity=WARNING, related=(f.line,)), None, False
        what = {"both": "same title and paper link", "link": "same paper link",
                "title": "same title, different link"}[how]
        same_container = f.container is e.container
        if same_container:
            kind = "table" if e.kind == "row" else "list"
            return self.finding(
                f"duplicate entry: {title!r} is already listed at line {f.line} in this {kind} ({what})",
                line, col, end_line, end_col, related=(f.line,)), e, _same_text(doc, e, f)
        where = ""
        if f.section is not None and f.section is not e.section and f.section.heading is not None:
            where = f" under {_short(f.section.title, 40)!r}"
        return self.finding(
            f"{title!r} is also listed at line {f.line}{where} ({what})",
            line, col, end_line, end_col, severity=WARNING, related=(f.line,)), None, False

    # ---- near-identical titles ----------------------------------------------------------
    def _fuzzy(self, doc: Document, items: list[_Item], scope: str) -> Iterator[Finding]:
        cands: list[_Item] = []
        titles: list[str] = []
        for it in items:
            if it.paper and not it.title.startswith(("http://", "https://", "www.")):
                words = it.words
                if len(words) >= _FUZZY_MIN_LEN:
                    cands.append(it)
                    titles.append(words)
        if len(cands) < 2:
            return
        pairs = near_pairs(titles, FUZZY_THRESHOLD)
        del titles
        reported: set[int] = set()
        for i, j, score in sorted(pairs, key=lambda p: (cands[p[1]].entry.start, -p[2], cands[p[0]].entry.start)):
            a, b = cands[i], cands[j]
            if a.entry.start > b.entry.start:
                a, b = b, a
            if id(b) in reported or a.tkey == b.tkey or set(a.urls) & set(b.urls):
                continue  # exact duplicates are reported above
            if b.dup or not self._in_scope(a, b, scope) or _distinct_ids(a, b):
                continue
            reported.add(id(b))
            e = b.entry
            line, col = doc.position(e.title_start if e.title_start is not None else e.start)
            if line != e.line:
                line, col = e.line, 1
            yield self.finding(
                f"possible duplicate: title nearly identical to line {a.entry.line} "
                f"({_short(a.title)!r}, {score:.0f}% similar)",
                line, col, e.line, len(doc.line_text(e.line)) + 1, severity=WARNING, related=(a.entry.line,))

    # ---- several files ------------------------------------------------------------------
    def check_many(self, docs: list[Document]) -> Iterator[Finding]:
        if not (self.ctx.cross_file or getattr(self.opts, "across-files", False)) or len(docs) < 2:
            return
        if self.opts.scope == "off":
            return
        seen_url: dict[str, tuple[Document, Entry]] = {}
        seen_title: dict[str, tuple[Document, Entry]] = {}
        for doc in docs:
            items = self._items(doc)
            new_url: dict[str, tuple[Document, Entry]] = {}
            new_title: dict[str, tuple[Document, Entry]] = {}
            for it in items:
                hit = None
                how = ""
                for u in it.urls:
                    if u in seen_url:
                        hit, how = seen_url[u], "same paper link"
                        break
                if hit is None and it.tkey and it.tkey in seen_title:
                    hit, how = seen_title[it.tkey], "same title"
                if hit is not None:
                    other_doc, other = hit
                    e = it.entry
                    f = self.finding(
                        f"{_short(it.title)!r} is also listed in {other_doc.path} at line "
                        f"{other.line} ({how})",
                        e.line, 1, e.line, len(doc.line_text(e.line)) + 1, severity=WARNING)
                    f.path = doc.path
                    yield f
                for u in it.urls:
                    new_url.setdefault(u, (doc, it.entry))
                if it.tkey:
                    new_title.setdefault(it.tkey, (doc, it.entry))
            for k, v in new_url.items():
                seen_url.setdefault(k, v)
            for k, v in new_title.items():
                seen_title.setdefault(k, v)

    # ---- the fix --------------------------------------------------------------------------
    def _removals(self, doc: Document, wanted: list[tuple[Entry, bool]]) -> dict[int, Fix]:
        """A deletion fix per entry (by id). Each fix proves, when the engine applies it, that the
        deletion removes exactly that item or row (its ``verify`` checks the block structure of
        the result with markdown-it-py); plain linting parses nothing."""
        spans = []
        for e, safe in wanted:
            span = removal_span(doc, e)
            if span is not None:
                spans.append((e, safe, span))
        spans.sort(key=lambda x: x[2])
        ok: list = []
        last = -1
        for x in spans:  # drop overlapping spans (a duplicate nested in a duplicate)
            if x[2][0] >= last:
                ok.append(x)
                last = x[2][1]
        if not ok:
            return {}
        checker = _StructureCheck(doc)  # parses nothing until a fix is applied (Fix.verify)
        out = {}
        for e, safe, (start, end) in ok:
            what = "row" if e.kind == "row" else "item"
            out[id(e)] = Fix((Edit(start, end, ""),), safe=safe,
                             description=f"delete the duplicate {what} at line {e.line}",
                             verify=_deletion_check(checker, e, (start, end)), local_verify=True)
        return out


def _deletion_check(checker: _StructureCheck, e: Entry, span: tuple[int, int]):
    """The fix's check, run by the engine only when it applies the fix: deleting ``span``
    removes exactly the item or row of ``e`` (a re-parse of the text around it)."""
    return lambda _new_text: checker.keeps_rest([(e, span)])


def _titles_agree(a: _Item, b: _Item) -> bool:
    """Titles that name the same paper: equal keys, one a prefix or suffix of the other ("KiUT"
    / "KiUT: Knowledge-injected …", "Curator" / "Bespoke Curator"), or nearly the same words
    with the same numbers."""
    if a.nkey == b.nkey:
        return True
    if not a.tkey or not b.tkey:
        return False  # "uv" / "uv-build": short names that differ are two things
    short, long_ = sorted((a.tkey, b.tkey), key=len)
    if len(short) >= _MIN_TITLE and (long_.startswith(short) or long_.endswith(short)):
        return True
    for x, y in ((a, b), (b, a)):  # "DeepSeek-V2: A Strong, …" / "DeepSeek-v2-236B-MoE"
        h = head_key(x.title)
        if len(h) >= _MIN_TITLE and h not in _GENERIC_TITLES and y.tkey.startswith(h):
            return True
    return near_identical(a.words, b.words, 85.0) is not None


_STRONG = ("arxiv:", "doi:", "openreview:")


def _distinct_ids(a: _Item, b: _Item) -> bool:
    """Both entries link a paper by arXiv id, DOI or OpenReview id, and the ids differ: two
    papers, however alike their titles ("A Survey of Visual Transformers" / "A Survey on Visual
    Transformer")."""
    ia = {u for u in a.urls if u.startswith(_STRONG)}
    ib = {u for u in b.urls if u.startswith(_STRONG)}
    return bool(ia) and bool(ib) and not (ia & ib)


def _slip(a: _Item, b: _Item) -> bool:
    """Different titles on one paper link look like a copy-paste slip only when both are
    paper titles and neither entry mentions the other's title (a dataset row naming the paper
    it comes from, "AS-1B" | "[The All-Seeing Project](…)", is no slip)."""
    if not (a.paper and b.paper):
        return False
    if _DIGITS.sub("", a.tkey) == _DIGITS.sub("", b.tkey):
        return False  # "Task1"/"Task2", "V4"/"V5": parts of one series on one page
    ta = title_key(plain_text(a.entry.text))  # link labels, not their URLs
    tb = title_key(plain_text(b.entry.text))
    if a.tkey in tb or b.tkey in ta:
        return False
    ha, hb = head_key(a.title), head_key(b.title)
    return not (len(ha) >= _MIN_TITLE and ha in tb or len(hb) >= _MIN_TITLE and hb in ta)


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _is_blank(line: str) -> bool:
    return line.replace(">", "").strip() == ""


def removal_span(doc: Document, e: Entry) -> tuple[int, int] | None:
    """Offsets of the whole item (nested lines included) or row with its line ending; blank lines
    that separated it from the previous entry go with it when a blank line also follows."""
    if e.kind == "row":
        first = last = e.line
    else:
        item = e.item
        if item is None:
            return None
        first, last = item.line, item.end_line
        while last > first and _is_blank(doc.line_text(last)):
            last -= 1
    n = doc.line_count
    start = doc.line_starts[first - 1]
    if last < n:
        end = doc.line_starts[last]
        after_blank = last + 1 > n or _is_blank(doc.line_text(last + 1))
        if e.kind == "item" and after_blank:
            k = first - 1
            while k >= 1 and _is_blank(doc.line_text(k)):
                k -= 1
            if k < first - 1:
                start = doc.line_starts[k]  # the blank lines before this item go with it
        return start, end
    # the last line of the file, without a line ending: take the ending before it instead
    if first == 1:
        return 0, len(doc.text)
    return doc.line_end(first - 1), len(doc.text)


def _token_sig(tokens) -> list[tuple]:
    return [(t.type, t.tag, t.hidden, t.content, t.info, t.markup, tuple(sorted((t.attrs or {}).items())))
            for t in tokens]


class _StructureCheck:
    """Does deleting some spans remove exactly those items/rows and leave every other block as
    it was (same tokens, same tight/loose lists)? Only the text around the cuts is parsed, once
    before and once after: for an item of a top-level list, from the item before it to the item
    after it; for a nested item, the whole outermost list; for a row, the table head and the
    rows around it. A window can only be stricter than the whole list (a blank line that makes
    the window loose may not be the only one of the list), never laxer."""

    def __init__(self, doc: Document):
        from ..parsing import block_parser

        self.doc = doc
        self.md = block_parser()
        self._old: dict[tuple[int, int], list] = {}

    def _region(self, e: Entry) -> tuple[int, int]:
        doc = self.doc
        if e.kind == "row" and e.row is not None and e.row.table is not None:
            table = e.row.table
            rows = table.rows
            k = next((i for i, r in enumerate(rows) if r is e.row), 0)
            if k <= 1:
                first, last = table.line, rows[min(k + 1, len(rows) - 1)].line
            else:  # whole table as the window would be large: the head is parsed with the rows
                return (0, 0)
            return first, min(doc.line_count, last + 2)
        block = e.item.block if e.item is not None else None
        if block is None:
            return (1, doc.line_count)
        if block.parent is None:
            items = block.items
            k = next((i for i, it in enumerate(items) if it is e.item), 0)
            first = items[max(0, k - 2)].line
            last = items[min(len(items) - 1, k + 1)].end_line
            return first, min(doc.line_count, last + 2)
        while block.parent is not None and block.parent.block is not None:
            block = block.parent.block
        return block.line, min(doc.line_count, block.end_line + 2)

    def keeps_rest(self, cuts: list[tuple[Entry, tuple[int, int]]]) -> bool:
        spans = []
        for e, span in cuts:
            r = self._region(e)
            if r == (0, 0):  # a table row further down: table head + rows around it
                if not self._row_ok(e, span):
                    return False
                continue
            spans.append((r, e, span))
        spans.sort(key=lambda x: x[0])
        merged: list[tuple[list[int], list]] = []
        for (a, b), e, span in spans:
            if merged and a <= merged[-1][0][1] + 1:
                merged[-1][0][1] = max(merged[-1][0][1], b)
                merged[-1][1].append((e, span))
            else:
                merged.append(([a, b], [(e, span)]))
        return all(self._region_ok((r[0], r[1]), c) for r, c in merged)

    def _row_ok(self, e: Entry, span: tuple[int, int]) -> bool:
        """Deleting one table row line: parse the head, the row before, the row and the row after."""
        doc = self.doc
        table = e.row.table
        rows = table.rows
        k = next(i for i, r in enumerate(rows) if r is e.row)
        lines = [table.line, table.line + 1] + [r.line for r in rows[max(0, k - 1):k + 2]]
        nxt = rows[k + 1].line + 1 if k + 1 < len(rows) else e.line + 1
        lines += [n for n in (nxt, nxt + 1) if n <= doc.line_count]
        # line_text, not doc.lines: that caches every line of the file (7 MB on a 5 MB list)
        old_text = "".join(doc.line_text(n) + "\n" for n in lines)
        new_text = "".join(doc.line_text(n) + "\n" for n in lines if n != e.line)
        start, end = span
        if doc.text[start:end].strip("\r\n") != doc.line_text(e.line):
            return False
        old = self.md.parse(old_text)
        row_pos = lines.index(e.line)
        k0 = next((i for i, t in enumerate(old) if t.type == "tr_open" and t.map and t.map[0] == row_pos), None)
        if k0 is None:
            return False
        drop = _block_tokens(old, k0)
        kept = [t for i, t in enumerate(old) if i not in drop]
        return _token_sig(kept) == _token_sig(self.md.parse(new_text))

    def _region_ok(self, region: tuple[int, int], cuts: list) -> bool:
        doc = self.doc
        first, last = region
        base = doc.line_starts[first - 1]
        stop = doc.line_starts[last] if last < doc.line_count else len(doc.text)
        text = doc.text[base:stop]
        old = self._old.get(region)
        if old is None:
            # only the latest window: fixes are checked in text order, so the items of one
            # nested list come together; keeping every window's tokens was 3 GB on a 50 MB list
            old = self.md.parse(text)
            self._old = {region: old}
        drop: set[int] = set()
        for e, (start, end) in cuts:
            if start < base or end > stop:
                return False
            want = "tr_open" if e.kind == "row" else "list_item_open"
            line0 = e.line - first
            k = next((i for i, t in enumerate(old) if t.type == want and t.map and t.map[0] == line0), None)
            if k is None:
                return False
            drop |= _block_tokens(old, k)
        kept = [t for i, t in enumerate(old) if i not in drop]
        parts = []
        pos = 0
        for _, (start, end) in sorted(cuts, key=lambda c: c[1]):
            parts.append(text[pos:start - base])
            pos = end - base
        parts.append(text[pos:])
        new = self.md.parse("".join(parts))
        return _token_sig(kept) == _token_sig(new)


def _block_tokens(tokens, k: int) -> set[int]:
    """Indexes of the token at ``k`` and everything up to its matching close."""
    out = set()
    depth = 0
    for j in range(k, len(tokens)):
        depth += tokens[j].nesting
        out.add(j)
        if depth == 0:
            break
    return out


def _entry_body(doc: Document, e: Entry) -> str:
    """The entry's whole text with white space collapsed (rows: cells without an index column)."""
    if e.kind == "row" and e.row is not None:
        cells = [c.text for c in e.row.cells]
        table = e.row.table
        if table is not None and table.index_header and cells:
            cells = cells[1:]
        return "|".join(" ".join(c.split()) for c in cells)
    item = e.item
    if item is None:
        return " ".join(e.text.split())
    last = item.end_line
    end = doc.line_end(last)
    return " ".join(doc.text[item.content_start:end].split())


def _same_text(doc: Document, a: Entry, b: Entry) -> bool:
    return _entry_body(doc, a) == _entry_body(doc, b)


# ---- blocked fuzzy matching ------------------------------------------------------------------
def near_pairs(titles: list[str], threshold: float = FUZZY_THRESHOLD) -> list[tuple[int, int, float]]:
    """Pairs (i, j, score) of near-identical titles (``fuzz.ratio`` >= threshold), without
    comparing every pair: titles are grouped by cheap blocking keys (their first three words,
    their last three words, and their two rarest words), and compared only within a group, to
    at most ``_WINDOW`` neighbours by length in a large group. Near-identical titles differ in
    a character or a word, so they share at least one key. Numbers must agree ("GPT-3" is not
    "GPT-4"), and so must Roman numerals.
    """
    # The titles are split into words again where needed rather than kept split: a list of
    # word strings per title took ~9 MB, twice the titles, on a 5 MB list.
    df: Counter[str] = Counter()
    for t in titles:
        df.update(set(t.split()))
    blocks: dict[str, list[int]] = {}
    for i, t in enumerate(titles):
        ws = t.split()
        if not ws:
            continue
        keys = {"p:" + " ".join(ws[:3]), "s:" + " ".join(ws[-3:])}
        for w in sorted(sorted(set(ws)), key=df.__getitem__)[:2]:
            if df[w] > 1:  # a word of one title makes a block of one, never compared
                keys.add("r:" + w)
        for k in keys:
            blocks.setdefault(k, []).append(i)
    del df
    todo = _block_pairs(blocks.values(), [len(t) for t in titles], threshold)
    del blocks
    ratio = _ratio_function(0)
    out: list[tuple[int, int, float]] = []
    marks: dict[int, tuple] = {}
    for n, (i, j) in enumerate(todo, 1):
        if n == _PY_RATIO_MAX + 1:  # many comparisons after all: rapidfuzz pays for its import
            ratio = _ratio_function(n)
        if _short_word_differs(titles[i], titles[j]):
            continue  # fails _word_diff_ok below; a test of word sets costs a sixth of a ratio
        if i not in marks:
            marks[i] = _marks(titles[i].split())
        if j not in marks:
            marks[j] = _marks(titles[j].split())
        if marks[i] != marks[j]:
            continue  # "Paper 12" and "Paper 13": two papers, whatever the similarity
        score = ratio(titles[i], titles[j], score_cutoff=threshold)
        if not score or not _word_diff_ok(titles[i].split(), titles[j].split()):
            continue
        out.append((i, j, score))
    return out


def _block_pairs(blocks, lens: list[int], threshold: float) -> Iterator[tuple[int, int]]:
    """The pairs (i, j), i < j, to compare, each once: in each block, each title and its next
    ``_WINDOW`` titles by length, while the length difference alone does not rule out the
    threshold. The pairs are made title by title as they are compared (a list of them, with
    the set that kept them unique, took ~100 MB for the 56,000 similar titles of a generated
    10 MB list). Every block orders its titles by (length, index), so a pair is always made from
    its first title, and that title's own set of partners is all it takes to give each pair
    once."""
    slack = 1.0 - threshold / 100.0
    ordered: list[list[int]] = []
    where: list[list[int]] = [[] for _ in lens]  # per title: (block, position) pairs, flattened
    for members in blocks:
        if len(members) < 2:
            continue
        members = sorted(members, key=lens.__getitem__)
        b = len(ordered)
        ordered.append(members)
        for x, i in enumerate(members):
            where[i] += (b, x)

    def pairs() -> Iterator[tuple[int, int]]:
        for i, at in enumerate(where):
            li = lens[i]
            partners: set[int] = set()
            for k in range(0, len(at), 2):
                members, x = ordered[at[k]], at[k + 1]
                for y in range(x + 1, min(len(members), x + 1 + _WINDOW)):
                    j = members[y]
                    lj = lens[j]
                    if lj - li > slack * (li + lj):
                        break
                    if j not in partners:
                        partners.add(j)
                        yield (i, j) if i < j else (j, i)

    return pairs()


#: Up to this many comparisons the similarity is computed here in Python (about 20 µs each)
#: rather than by rapidfuzz, whose import costs about 12 ms: a small list never imports it.
_PY_RATIO_MAX = 300


def _ratio_function(comparisons: int):
    """``fuzz.ratio`` of rapidfuzz when it is loaded or there are many comparisons, else
    :func:`indel_ratio`, which gives the same scores."""
    import sys

    if comparisons > _PY_RATIO_MAX or "rapidfuzz.fuzz" in sys.modules:
        from rapidfuzz import fuzz

        return fuzz.ratio
    return indel_ratio


def indel_ratio(a: str, b: str, score_cutoff: float = 0.0) -> float:
    """rapidfuzz's ``fuzz.ratio(a, b, score_cutoff=...)``, the same float: the normalised Indel
    similarity ``(1 - (len(a) + len(b) - 2 * LCS) / (len(a) + len(b))) * 100``, or 0 below the
    cutoff. The longest common subsequence is found bit-parallel (Allison-Dix), one big-integer
    step per character."""
    lensum = len(a) + len(b)
    if not lensum:
        return 100.0
    if len(a) < len(b):
        a, b = b, a
    masks: dict[str, int] = {}
    for k, ch in enumerate(b):
        masks[ch] = masks.get(ch, 0) | (1 << k)
    full = (1 << len(b)) - 1
    v = full
    get = masks.get
    for ch in a:
        u = v & get(ch, 0)
        v = ((v + u) | (v - u)) & full
    lcs = len(b) - v.bit_count()
    sim = 1.0 - (lensum - 2 * lcs) / lensum
    return sim * 100 if sim >= score_cutoff / 100 else 0.0


def osa_distance(a: str, b: str) -> int:
    """Optimal string alignment distance (rapidfuzz ``OSA.distance``): insertions, deletions,
    substitutions and transpositions of adjacent characters, each substring edited once."""
    n, m = len(a), len(b)
    prev2: list[int] = []
    prev = list(range(m + 1))
    for i in range(1, n + 1):
        cur = [i] + [0] * m
        ai = a[i - 1]
        for j in range(1, m + 1):
            cost = 0 if ai == b[j - 1] else 1
            d = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ai == b[j - 2] and a[i - 2] == b[j - 1]:
                d = min(d, prev2[j - 2] + 1)
            cur[j] = d
        prev2, prev = prev, cur
    return prev[m]


_STOP = {"a", "an", "the", "of", "for", "in", "on", "with", "and", "via", "to", "by", "from", "at",
         "using", "based", "is", "are", "towards", "toward", "through"}


def _word_diff_ok(a: list[str], b: list[str]) -> bool:
    """Titles that differ only by small words or by typos: every word of one that the other
    lacks is a stop word ("a", "the", "for"…) or pairs with a word of the other at most one
    edit (two for long words) away, with transpositions counted as one ("Casual"/"Causal",
    "Model"/"Models"). "Decoder-Only"/"Encoder-Only" and "Qwen2.5"/"Qwen2.5-VL" differ in a
    word and are two papers."""
    from collections import Counter as _C

    ca, cb = _C(a), _C(b)
    only_a = [w for w in (ca - cb).elements() if w not in _STOP]
    only_b = [w for w in (cb - ca).elements() if w not in _STOP]
    if len(only_a) != len(only_b):
        return False
    for w in only_a:
        best = None
        for v in only_b:
            if len(w) < 4 or len(v) < 4:
                continue
            d = osa_distance(w, v)
            if d <= (2 if min(len(w), len(v)) >= 8 else 1):
                best = v
                break
        if best is None:
            return False
        only_b.remove(best)
    return True


def _short_word_differs(a: str, b: str) -> bool:
    """A word of fewer than 4 letters, not a stop word, is in one title only: then
    :func:`_word_diff_ok` is false (such a word can pair with no typo), whatever the similarity.
    Rules out most compared pairs (six in ten on the seeds) before the costlier similarity."""
    return any(len(w) < 4 for w in set(a.split()).symmetric_difference(b.split()) if w not in _STOP)


def near_identical(a: str, b: str, threshold: float = FUZZY_THRESHOLD) -> float | None:
    """The similarity (0-100) of two titles (as :func:`title_words`) when they are nearly
    identical: ``fuzz.ratio`` >= threshold, the same numbers, and only small or misspelt words
    differ; else None."""
    score = _ratio_function(1)(a, b, score_cutoff=threshold)
    if not score:
        return None
    ta, tb = a.split(), b.split()
    if _marks(ta) != _marks(tb) or not _word_diff_ok(ta, tb):
        return None
    return score


def _marks(words: list[str]) -> tuple:
    """Numbers and Roman numerals of a title: two titles that differ in them are two papers."""
    return (tuple(sorted(_DIGITS.findall(" ".join(words)))), tuple(sorted(w for w in words if w in _ROMAN)))
