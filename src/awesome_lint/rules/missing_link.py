"""AL017 missing-link."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ..document import Document, Entry, Tag, plain_text
from ..entries import about_the_list
from ..inline import Link
from ..model import WARNING, Finding
from ..textutil import SpanIndex, shorten
from ..titles import title_key
from ..vocabulary import KIND_WORDS, PAPER as VOCAB_PAPER, is_paper_url, label_kind, label_words
from ._entry_authors import _names as _author_names
from .base import FIX_NEVER, Option, Rule
from .quiet import item_key, kept_answers

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
MISLINKED = "mislinked"  # a paper entry whose paper link is not one (mislinked())
# `[~~code~~]`: a label struck out whole, the author's marker for "none yet"
_STRUCK = re.compile(r"^\s*\[?\s*~~[^~]+~~\s*\]?\s*$")
# a code repository's page: github.com/owner/repo (and deeper, but no .pdf), gitlab.com likewise
_REPO = re.compile(r"(?i)https?://(?:www\.)?(?:github|gitlab)\.com/[^/\s]+/[^/\s]+(?:/(?![^\s]*\.pdf\b)\S*)?$")
# Column headers that hold nothing but the paper's link (not the title column)
_PAPER_CELL_COLUMNS = frozenset({"paper", "papers", "pdf", "arxiv", "paper link"})
PAPER_COLUMNS = frozenset({"paper", "papers", "title", "paper title", "pdf", "arxiv", "link", "links",
                           "paper link", "publication", "article", "url"})

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


def classify_link(link: Link, entry: Entry | None = None) -> str:
    """PAPER, SECONDARY or PRIMARY (a link named after the resource, such as a linked title).
    A link that is ``entry``'s title (``[GitHub Copilot](https://github.com/…)``) is named after
    the resource even when its first word is a link kind, unless every word of it is one
    (``[Code](…)``)."""
    by_label = classify_label(link.label)
    if by_label == PAPER or is_paper_url(link.url):
        return PAPER
    if by_label == SECONDARY:
        if entry is not None and _is_title_link(link, entry) and not _all_kind_words(link.label):
            return PRIMARY
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
    notes) with no link to the paper itself. In a list that gives nine entries in ten a venue
    tag (five at least), an entry without a tag that links only code or a project page is taken
    for a project, not a paper (`- VoxFlowNet: … [[code]](…)` among `- **[ECCV 20]** …` papers).

    An entry is a *paper entry* when it starts with a venue tag (`[2023 MICCAI]`,
    `[**CVPR 2022**]`), or when it sits in a list or table where most entries link a paper
    (a link labelled `paper`, `pdf`, `arXiv`, ... or a link to arXiv, OpenReview, a DOI, a
    publisher or a `.pdf`). A link named after the resource itself (`[Title](url)`, the classic
    awesome-list item, even `[GitHub Copilot](url)`) counts as its main link, so classic lists,
    tool lists and category items give nothing; nor do contents items (`- [Blog](#blog)`). An
    entry that writes a label without a URL (`[[code]]`, `[paper]()`) is left to AL007
    (link-syntax); a label struck out with an empty target (`[[~~code~~]]()`) is the author's
    "none yet" and counts as no link.

    A paper link that is not one counts as none: a link labelled as the paper (`[arXiv]`,
    `[Paper]`) that goes to a GitHub or GitLab repository, a linked title that goes to the same
    repository as the entry's code link, and in a table, a Paper (`PDF`, `arXiv`) cell whose
    one- or two-word link names neither a paper nor the entry (`[[MIT]](project page)`) in a
    column where nine links in ten are papers', and a title or Paper cell that links a code
repository in a column (`Title`, `Paper`, `Link`, ...) where nine links in ten (of eight or
more) are papers' (`[BIG-bench: …](github.com/google/BIG-bench)`), outside sections of tools
and data. A row whose Venue column names no venue (`-`, the lab's name) is a release without
a paper, and its title honestly links its repository; so is a row that names no year at all
(`| [MMDetection3D](repo) | OpenMMLab's platform for 3D detection | [GitHub](repo) |` among rows
tagged `[CVPR 2022]`). A `[github]` link in a Paper cell says honestly
    that there is no paper, a `[[blog]]` or `[[docs]]` link in a Paper cell is what the
    maintainer put in the paper's place for a release or a post, and a title beside its star
    badge (`[Tool](repo)[![Star](…)](repo)`) is how a tool is listed: none is reported.

    A table row whose Paper (`Publication`, `Reference`) cell cites its paper in words and links
    nothing (`Gulrajani, Ishaan, and David Lopez-Paz. "In Search of Lost Domain Generalization."
    … 2020.` beside a `[code]` link) is reported when the file's Paper cells link their papers
    (eight or more, two in three of those that say something). A citation gives a year and six
    words or more, or the row's name then its paper's title; a book (`The MIT Press, 2nd
    edition`) has no link to give and is left alone; so is a sentence with a year and no mark of
    a citation (a quoted title, `et al`, an initial, `In …`, `Proceedings`, `arXiv`: `Released by
    Google in 2021 …`).

    A list item that is only a paper's title (no link, tag or bold; perhaps with its authors,
    venue or year) is reported too, when its list links papers, or when the list is too small
    or too bare to tell and the sections around it (its own, else up to two above it, never
    the file's title alone) mostly link papers. Sentences, questions, tasks (`[ ]`), lead-ins
    ending in `:`, notes (`Note: …`), fields of the entry above (`- intro: …`, `- keywords：…`
    under a bold title, whose `- arxiv: <url>` is the link), affiliations (`Tsinghua
    University1 & SenseTime3`), a title that ends in a line break (`<br>`) before an item
    with links (a stray bullet split the entry: its link is there), kinds of a method (`{Last, Mean, Max}-Pooling`,
    `Pooling (like BERT)`, `subword models(ngram, bpe)`), notes nested under an entry, a group
    with its own page over the papers nested under it (`* University of Cambridge [[Web]](…)`),
    notes in a paper's block (a bold title line above the list, the paper's address below it:
    `**WavMark: …**`, venue, authors, `- notes`, `Paper: https://…`),
    a heading over the links nested under it (`- CS188 … by Pieter Abbeel` over its lecture
    videos) or over the papers in its own later paragraphs (`1. Bidirectional Scan` over
    `(arXiv:2401.09417) Vision Mamba … [[Paper]](…)`, indented under it) and items of sections about the list
    (contributing, news, citation, acknowledgements...) or about tools and data are not titles;
    nor is a paper the file links elsewhere, named again under a second topic by its title, by
    the name before its colon or by a name in parentheses before its title (`- DenseCAvoid, ICRA
    2020.` where `[DenseCAvoid: Real-time Navigation …](…)` is listed: "I only link them on their
    first appearance").
    Likewise a table whose title column is headed Title or Paper and whose rows link nothing,
    among sections of linked papers, gets one finding per row. A citation list (a file that
    links a paper from fewer than one list item in ten, its entries plain `Title. Authors.
    Venue` text) judges each list by all its items: a handful of linked papers at its end does
    not make the plain titles above them lost links (held-out set F, session 12). A sub-item
    that links only code under an entry that links its paper (`- EasyEnsemble [[Code]]` under
    the paper of its method) is that paper's code, and a name linking its repository in a
    section of libraries or tools (`# 1. Frameworks and Libraries`) is a library, not a paper.

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
                              "for its other entries to count as paper entries", ge=0, le=1),
        "min-entries": Option(int, 3, "a list or table with fewer entries is judged by the whole file",
                              ge=1, le=1_000_000),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        entries = doc.entries
        if not entries:
            return
        share = float(getattr(self.opts, "paper-share"))
        minimum = int(getattr(self.opts, "min-entries"))
        kinds: list[tuple[Entry, str]] = []
        groups: dict[int, list[bool]] = {}
        sizes: dict[int, int] = {}  # a list's items, entries or not
        total = [0, 0]
        kept = kept_answers(self)  # a list item's kind of links, by its text (rows: each time)
        for e in entries:
            key = item_key(e)
            kind = kept.get(key) if key is not None else None
            if kind is None:
                kind = _entry_links(e)
                if key is not None:
                    kept.put(key, kind)
            kinds.append((e, kind))
            has_paper = kind == PAPER
            groups.setdefault(id(e.container), []).append(has_paper)
            sizes[id(e.container)] = len(getattr(e.container, "items", None) or ())
            total[0] += 1
            total[1] += has_paper
        file_paper = total[1] >= minimum and total[1] >= share * total[0]
        citations = total[1] < 0.1 * sum(len(b.items) for b in doc.lists)
        paper_group: dict[int, bool] = {}
        for key, flags in groups.items():
            if len(flags) >= minimum:
                # in a citation list (a file that links a paper from fewer than one list item
                # in ten: 8 of 730), a list's share is of its items: its few linked entries
                # (4 of 26 items) do not make its plain titles lost links
                of = max(len(flags), sizes.get(key, 0)) if citations else len(flags)
                paper_group[key] = sum(flags) >= max(2, share * of)
            else:
                paper_group[key] = file_paper
        item_kinds = {id(e.item): kind for e, kind in kinds if e.item is not None}
        context = _SectionContext(doc, kinds, minimum, share)
        columns = _paper_columns(kinds)
        titled = _paper_columns(kinds, PAPER_COLUMNS, at_least=8)
        cites = _cited_papers(doc)
        linked = _linked_names(kinds)
        tag_shares: dict[int, list[int]] = {}  # by list: its entries, and those with a venue tag
        for e, _ in kinds:
            n = tag_shares.setdefault(id(e.container), [0, 0])
            n[0] += 1
            n[1] += tag_kind(e.tag) == "venue" or _LINKED_TAG.match(e.text) is not None
        for e, kind in kinds:
            if e.row is None and about_the_list(e.section):
                continue  # the list's news, to-do list, contents: lines about the list, no papers
            if kind == PRIMARY and e.row is not None and (titled or columns):
                links = [k for k in e.links if not k.is_anchor and not k.is_image and k.url.strip()]
                # a title or name linking a repository (a `[github]` label says honestly what it links)
                repo = [k for k in links if (id(e.container), k.column_header) in titled and _REPO.match(k.url.strip())
                        and "![" not in k.label and classify_label(k.label) is None]
                cell = paper_cell_link(e, links)
                if (len(repo) == 1 and not _venue_cell_names_none(e) and not _resource_section(e)
                        and not any(is_paper_url(k.url) for k in links)):
                    cell, what = repo[0], (f"the code repository `{shorten(repo[0].url.strip(), 50, code=True)}` "
                                           "where the column's other links are papers")
                elif cell is not None and (id(e.container), cell.column_header) in columns and (
                        tag_kind(e.tag) == "venue" or paper_group.get(id(e.container), False)):
                    what = f"`[{_shown(cell.label)}]`, not a paper, in a column of paper links"
                else:
                    continue
                line, col = doc.position(cell.start)
                end_line, end_col = doc.position(cell.end)
                yield self.finding(f"paper entry has no link to the paper: its {cell.column_header.strip(' *_')} "
                                   f"cell links {what}; add a link to the paper", line, col, end_line, end_col)
                continue
            if kind in (PAPER, PRIMARY, "skip", "contents"):
                continue
            if kind == MISLINKED:
                if not (tag_kind(e.tag) == "venue" or paper_group.get(id(e.container), False)):
                    continue
                if tag_kind(e.tag) != "venue" and _resource_section(e):
                    continue  # `[**undersampling**](github…) - A Scala library` under Frameworks and Libraries
                if _venue_cell_names_none(e):
                    continue
                links = [k for k in e.links if not k.is_anchor and not k.is_image]
                why = mislinked(e, [k for k in links if k.url.strip()])
                if why is not None and why.startswith("its title links") and _undated_row(e):
                    continue
                line, col = doc.position(e.title_start if e.title_start is not None else e.start)
                end_line, end_col = doc.position(e.title_end if e.title_end is not None else e.start)
                yield self.finding(f"paper entry has no link to the paper: {why}; add a link to the paper",
                                   line, col, end_line, end_col)
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
                parent = e.item.block.parent if e.item is not None and e.item.block is not None else None
                if parent is not None and item_kinds.get(id(parent)) in (PAPER, PRIMARY):
                    continue  # `- EasyEnsemble [[Code]]` under the paper entry whose method it implements
                if _nested_papers(doc, e):
                    continue  # `* University of Cambridge [[Web]]` over its papers: a group, not a paper
                if _paper_cell_linked(e):
                    continue  # `| [[blog]](…) |` in the Paper column: the post stands in the paper's place
                if not (tagged or in_paper_group or e.row in cites) or _venue_cell_names_none(e):
                    continue
                if not tagged and e.row is None and _tagged_list(e, tag_shares):
                    continue  # `- VoxFlowNet: … [[code]]` amid `- **[ECCV 20]** …` papers: no venue, a project
                names = sorted({_label_gist(k.label) for k in e.links if not k.is_anchor and not k.is_image} - {""})
                msg = (f"paper entry links only {', '.join(names) or 'secondary pages'}, "
                       "not the paper itself; add a link to the paper")
                if e.row in cites and not (tagged or in_paper_group):
                    msg = (f"paper entry cites its paper in words but links only {', '.join(names) or 'secondary pages'}, "
                           "where the file's Paper cells link theirs; add a link to the paper")
            else:  # no link at all
                if _continued(e):
                    continue  # `* **Title** <br>` then `* Authors <br>` and the links: a stray bullet split it
                if e.title and _title_key(e.title) in linked:
                    continue  # `- DenseCAvoid, ICRA 2020.` again under a second topic: linked where it is listed first
                if _nested_papers(doc, e, any_link=True):
                    continue  # `- CS188 … by Pieter Abbeel` over its lecture videos: a heading, not a paper
                big = len(groups[id(e.container)]) >= minimum
                if not (tagged or (in_paper_group and big and _looks_like_paper(e))
                        or _unlinked_paper_row(e, context) or e.row in cites):
                    continue
                msg = "paper entry has no link; add a link to the paper"
                if e.row in cites and not tagged:
                    msg = "paper entry cites its paper in words with no link, where the file's Paper cells link theirs; add a link to the paper"
            if e.title_start is not None and e.title_end is not None:
                line, col = doc.position(e.title_start)
                end_line, end_col = doc.position(e.title_end)
            else:
                line, col = doc.position(e.start)
                end_line, end_col = line, col
            yield self.finding(msg, line, col, end_line, end_col)
        yield from self._bare_titles(doc, paper_group, context, linked)

    def _bare_titles(self, doc: Document, paper_group: dict[int, bool], context: _SectionContext,
                     linked: set[str]) -> Iterator[Finding]:
        """List items that are a paper's title and nothing else: no link, tag or bold, so not
        entries (``entries.item_entry`` makes none of them), in a list or section of paper
        entries."""
        entry_items = {id(e.item) for e in doc.entries if e.item is not None}
        heads: list[int] | None = None
        for block in doc.lists:
            if block.in_blockquote:
                continue
            parent = block.parent
            if parent is not None and (id(parent) in entry_items or doc.in_code(parent.content_start)):
                continue  # notes under an entry (authors, a summary), not entries of their own
            judged = paper_group.get(id(block))
            if judged is None:
                # too few entries to judge the list by itself: its section's entries decide
                judged = context.paper(block.section) and not _quiet_section(block.section)
            if not judged or _resource_section_of(block.section):
                continue
            if heads is None:  # (the headings' lines, once a call, for the paper-block test)
                heads = [h.line for h in doc.headings]
            if _notes_of_a_paper_block(doc, block, heads):
                continue
            for item in block.items:
                if id(item) in entry_items or item.children or not item.text_line or _later_paper_links(doc, item):
                    continue
                start = item.content_start
                end = doc.line_end(item.text_end_line)
                if start >= end or doc.in_code(start) or doc.links_between(start, end):
                    continue
                if "](" in doc.text[start:end]:
                    continue  # `[[Paper]](the title pasted as target)`: a link gone wrong, AL007's
                first_end = doc.line_end(item.text_line)
                span = _title_span(doc.text, start, first_end)
                if span is None or not _bare_title(doc.text[start:end]):
                    continue
                if parent is None and _author_line(doc.text[start:end]):
                    # "Zhen Zhao, Luping Zhou, Lei Wang. *CVPR 2022*" at the top level: the author
                    # line of the entry above, which a stray space put out of its item (the
                    # nested author line of a bare title still stands for that title)
                    continue
                if _title_key(_VENUE_AFTER.sub("", doc.text[span[0]:span[1]])) in linked:
                    continue  # `- DenseCAvoid, ICRA 2020.` again under a second topic: linked where it is listed first
                line, col = doc.position(span[0])
                end_line, end_col = doc.position(span[1])
                yield self.finding("paper entry has no link; add a link to the paper", line, col, end_line, end_col)


# a paragraph that is one bold line (a paper's title heading its block) and an address after it
_BOLD_LINE = re.compile(r"[ \t]*(\*\*|__)[^*_\n]{8,}\1[ \t]*$")
# the block's own address line: `Paper: https://…`, `**PDF**: <https://…>`, or the address alone
_URL_AFTER = re.compile(r"[ \t]*(?:[*_]{0,2}[A-Za-z][A-Za-z ]{0,11}[*_]{0,2}[ \t]*:[ \t]*)?<?(https?://\S+?)>?[ \t]*$")
_NOTES_REACH = 8  # lines before and after a list that a paper block's title and link may stand on


def _notes_of_a_paper_block(doc: Document, block, headings: list[int]) -> bool:
    """The list sits in a paper's block: a bold title line above it and the paper's address
    below it, before any heading (``headings``: their lines, in order) (`**WavMark: …**`, venue,
    authors, `- notes`, `Paper: https://…`): notes on that paper, not papers without links."""
    first, last = block.line, block.end_line
    i = bisect.bisect_left(headings, first)
    top = max(headings[i - 1] if i else 0, first - _NOTES_REACH, 0)
    bottom = min(headings[i] - 1 if i < len(headings) else doc.line_count, last + _NOTES_REACH, doc.line_count)
    if not any(_BOLD_LINE.match(doc.line_text(n)) for n in range(top + 1, first)):
        return False
    for n in range(last + 1, bottom + 1):
        line = doc.line_text(n)
        if _BOLD_LINE.match(line):
            return False  # the next paper's block
        if (u := _URL_AFTER.match(line)) is not None and is_paper_url(u.group(1)):
            return True
    return False


class _SectionContext:
    """How many entries, and how many of them link a paper (or write a paper link with no URL,
    ``[[paper]]()``), each section holds with its subsections: the context that decides
    whether a list or table too small or too bare to judge by itself lists papers."""

    def __init__(self, doc: Document, kinds: list[tuple[Entry, str]], minimum: int, share: float):
        self.minimum, self.share = minimum, share
        self.stats: dict[int, list[int]] = {}
        self.by_container: dict[int, list[int]] = {}  # entries, paper entries, entries with links
        for e, kind in kinds:
            paperish = kind == PAPER or (kind == "skip" and _paper_placeholder(e))
            c = self.by_container.setdefault(id(e.container), [0, 0, 0])
            c[0] += 1
            c[1] += paperish
            c[2] += kind != "none"
            self._count(e.section, paperish)
        # Papers written as paragraphs (a linked title on a line of its own) count too: one per
        # line outside the entries.
        starts = [e.start for e, _ in kinds]
        lines: dict[int, bool] = {}
        for k in doc.links:
            if k.is_anchor or k.is_image:
                continue
            i = bisect.bisect_right(starts, k.start) - 1
            if i >= 0 and k.start < kinds[i][0].end:
                continue
            line = k.line
            lines[line] = lines.get(line, False) or classify_link(k) == PAPER
        section_starts = [sec.line for sec in doc.sections[1:]]
        for line, paperish in lines.items():
            self._count(doc.section_at(line, section_starts), paperish)
        top = [sec for sec in doc.sections if sec.heading is not None and (sec.parent is None or sec.parent.heading is None)]
        self.title_section = top[0] if len(top) == 1 else None

    def _count(self, sec, paperish: bool) -> None:
        while sec is not None:
            s = self.stats.setdefault(id(sec), [0, 0])
            s[0] += 1
            s[1] += paperish
            sec = sec.parent

    def paper(self, section, container=None) -> bool:
        """The nearest of ``section`` and two sections above it that holds enough entries
        (those of ``container`` left out) mostly links papers. The part before the first
        heading, and the file's one top-level section (its title's), speak for the whole file:
        too broad."""
        n0, p0, _ = self.by_container.get(id(container), (0, 0, 0)) if container is not None else (0, 0, 0)
        depth = 0
        sec = section
        while sec is not None and sec.heading is not None and depth < 3:
            if sec is self.title_section:
                return False
            n, p = self.stats.get(id(sec), (0, 0))
            n, p = n - n0, p - p0
            if n >= self.minimum:
                return p >= 2 and p >= self.share * n
            sec = sec.parent
            depth += 1
        return False


# The header of a column that holds each row's paper: its linked title or its citation.
_CITATION_HEADERS = frozenset({"paper", "papers", "publication", "reference", "references", "citation"})
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")
_BOOK = re.compile(r"\b(?:press|edition|book|textbook|thesis|dissertation)\b", re.I)
# what marks a citation, not a sentence with a year: a quoted title, `et al`, an author's
# initial, where it appeared (`In …`, `Proceedings`, `Journal`, `arXiv`, pages)
_CITED = re.compile(r"[\"“”]|\bet al\b|\b[A-Z]\.[ \t]|\b(?:In|Proceedings|Journal|Conference|Transactions)\b|"
                    r"(?i:\barxiv\b)|\bpp\.")


_SHORT_NAME = re.compile(r"^\W{0,3}\(([A-Za-z][\w-]{1,24})\)")  # `- (RGL) [Relational Graph …](u)`


_VENUE_AFTER = re.compile(r"\s*,\s*[A-Za-z][\w .&/-]{0,40}?\s*(?:19|20)\d\d\.?\s*$")  # `, ICRA 2020.`


def _title_key(title: str) -> str:
    return title_key(plain_text(title))


def _linked_names(kinds: list[tuple[Entry, str]]) -> set[str]:
    """The titles of the entries that link their paper, and the short names they go by (the
    part before a colon, `DenseCAvoid: Real-time Navigation …`, or a name in parentheses before
    the title, `(RGL) [Relational Graph Learning …](u)`): a paper filed under several topics is
    often linked only where it is listed first (a list says so: "I only link them on their first
    appearance"), and named by its title or short name elsewhere."""
    out = set()
    for e, kind in kinds:
        if kind not in (PAPER, PRIMARY) or not e.title:
            continue
        out.add(_title_key(e.title))
        head = e.title.split(":", 1)[0]
        if head != e.title and len(_title_key(head)) >= 3:
            out.add(_title_key(head))
        m = _SHORT_NAME.match(e.text)
        if m:
            out.add(_title_key(m.group(1)))
    out.discard("")
    return out


def _cited_papers(doc: Document) -> set:
    """The table rows whose Paper column cites a paper in words but links nothing, in a file
    whose Paper cells link their paper (eight or more, two in three of those that say
    something): `| DomainBed | Gulrajani, Ishaan, and David Lopez-Paz. "In Search of Lost Domain
    Generalization." In ICLR. 2020. | [code](…) |` among rows that link theirs. A citation is a
    year, six words or more and a mark of one (a quoted title, `et al`, an initial, `In …`; a
    book, `The MIT Press, 2nd edition`, has no link to give), or the row's name followed by its
    paper's title (`Intact-VAE: Estimating treatment effects …`)."""
    cells = []
    for table in doc.tables:
        cols = [" ".join(label_words(c)) for c in table.columns]
        k = next((i for i, c in enumerate(cols) if c in _CITATION_HEADERS), None)
        if k is not None:
            cells += [(row, row.cells[k]) for row in table.rows if k < len(row.cells)]
    linked, bare = 0, []
    for row, cell in cells:
        text = cell.text
        if not text.strip() or text.strip().casefold() in _NO_PAPER_CELL:
            continue
        if doc.links_between(cell.start, cell.end):
            linked += 1
        else:
            bare.append((row, cell))
    if linked < 8 or 3 * linked < 2 * (linked + len(bare)):
        return set()
    out = set()
    for row, cell in bare:
        text = plain_text(cell.text)
        name = plain_text(row.cells[0].text).strip() if row.cells and row.cells[0] is not cell else ""
        titled = len(name) >= 3 and re.match(re.escape(name) + r":[ \t]+[A-Z]", text) and len(text.split()) >= 5
        if titled or (_YEAR.search(text) and len(text.split()) >= 6 and _CITED.search(text) and not _BOOK.search(text)):
            out.add(row)
    return out


# a leading venue tag that is a link: `**[[WACV 20](…)]** Title`
_LINKED_TAG = re.compile(r"[*_]{0,2}\[\[[A-Za-z][\w .'-]{0,20}\d\d\]\(")


def _tagged_list(e: Entry, shares: dict[int, list[int]]) -> bool:
    """Whether the entry's list gives nearly every entry a venue tag (at least five, nine in
    ten): there an entry with no tag and no paper link is most likely no paper at all."""
    n, tagged = shares.get(id(e.container), (0, 0))
    return tagged >= 5 and tagged >= 0.9 * n


def _paper_placeholder(e: Entry) -> bool:
    """The entry writes a paper link with no URL: ``[[paper]]()``, ``[paper]``."""
    for k in e.links:
        if not k.url.strip() and classify_label(k.label) == PAPER:
            return True
    return any(classify_label(m.group(1)) == PAPER for m in _BRACKET_TEXT.finditer(e.text))


# Headings of a table's title column that name papers (not "Name" or "Model": a table of
# models or tools compares things, it does not list papers).
_PAPER_TITLE_HEADERS = frozenset({"title", "paper", "papers", "paper title", "paper name", "article",
                                  "publication", "publications"})


def _unlinked_paper_row(e: Entry, context: _SectionContext) -> bool:
    """A row of a table with no link in any row, whose title column is headed Title or Paper,
    among sections of linked papers: a table of papers whose links were never added."""
    row = e.row
    if row is None or row.table is None or e.title is None or len(e.title.split()) < 3:
        return False
    table = row.table
    cols = [c.strip().casefold() for c in table.columns]
    if not any(c in _PAPER_TITLE_HEADERS for c in cols):
        return False
    if context.by_container.get(id(table), (0, 0, 0))[2]:
        return False  # some rows link something: the others are AL017's usual case
    return context.paper(e.section, table) and not _resource_section(e)


def _entry_links(e: Entry) -> str:
    """PAPER / PRIMARY when the entry has such a link, SECONDARY when all its links are
    secondary, "none" without links, "skip" when a label has no URL (AL007's case),
    "contents" when all its links lead into the page (a table-of-contents item), MISLINKED
    when its paper link is not one (:func:`mislinked`)."""
    if e.links and all(k.is_anchor for k in e.links):
        return "contents"
    links = [k for k in e.links if not k.is_anchor and not k.is_image]
    struck = [k for k in links if not k.url.strip() and _STRUCK.match(k.label)]
    every = links
    if struck:  # `[~~code~~]()`: the author's own "no code yet", no link and no AL007 case
        links = [k for k in links if k not in struck]
    if any(not k.url.strip() for k in links) or _bare_label(e, every + [k for k in e.links if k.is_image]):
        return "skip"
    if not links:
        return "skip" if struck else "none"
    if mislinked(e, links) is not None:
        return MISLINKED
    kinds = {classify_link(k, e) for k in links}
    if PAPER in kinds:
        return PAPER
    if PRIMARY in kinds or struck:  # with its code struck out, the row says what it has
        return PRIMARY
    return SECONDARY


def mislinked(e: Entry, links: list[Link]) -> str | None:
    """Why the entry's one paper link is no paper link, or None: a link labelled as a paper
    (`[arXiv]`, `[paper]`) that goes to a code repository; the linked title going to the same
    repository as the entry's code link; a Paper column's link named neither as a paper nor
    after the entry (`[[MIT]](project page)`) that reaches no paper page. Only when no other
    link of the entry is a paper's."""
    if any(is_paper_url(k.url) for k in links):
        return None
    paper_labels = [k for k in links if classify_label(k.label) == PAPER]
    if paper_labels:
        if (len(paper_labels) == 1 and _REPO.match(paper_labels[0].url.strip())
                and len(label_words(paper_labels[0].label)) <= 2):  # `[arXiv]`, `[Paper]`: a link's kind
            k = paper_labels[0]
            return f"its paper link `[{_shown(k.label)}]` goes to a code repository, not the paper"
        return None
    kinds = [(k, classify_link(k, e)) for k in links]
    primary = [k for k, c in kinds if c == PRIMARY]
    # a written code link, not a badge (`[![Star](…)](repo)` beside a title linking the repo is
    # how tool entries are written)
    secondary = [k for k, c in kinds if c == SECONDARY and "![" not in k.label and classify_label(k.label)]
    if primary and all(_REPO.match(k.url.strip()) for k in primary):
        same = [k for k in secondary if any(_same_url(k.url, p.url) for p in primary)]
        if same and all(any(_same_url(p.url, k.url) for k in same) for p in primary):
            return (f"its title links the code repository (as its `[{_shown(same[0].label)}]` link does), "
                    "not the paper")
    return None


_VENUE_COLUMNS = frozenset({"venue", "publication", "published", "published in", "conference", "journal",
                            "conference journal", "venue year"})
_YEAR = re.compile(r"(?:19|20)\d\d")


def _venue_cell_names_none(e: Entry) -> bool:
    """A row whose Venue column names no venue (`-`, the lab's name): a release without a paper,
    whose title honestly links its repository."""
    if e.row is None or e.row.table is None:
        return False
    heads = e.row.table.header.cells
    for cell in e.row.cells:
        if cell.index >= len(heads) or " ".join(label_words(heads[cell.index].text)) not in _VENUE_COLUMNS:
            continue
        text = cell.text.strip(" *_`")
        if not text.strip("-–— ") or text.lower() in ("n/a", "none", "tba", "tbd"):
            return True
        from ..venues import load_registry  # only for the rare row whose title links its code

        words = _YEAR.sub("", text).strip(" ,'’()")
        return load_registry().lookup(words) is None and not _YEAR.search(text)
    return False


_LINK_TARGET = re.compile(r"\]\([^()\s]*\)")


def _undated_row(e: Entry) -> bool:
    """A row that names no year (`End-to-end demonstration of pose estimation from Unity data`
    beside `[CVPR 2022] Template-based pose estimation …`): a tool or a library listed among
    papers by its repository, whose title and code link rightly go there."""
    row = e.row
    return row is not None and not _YEAR.search(_LINK_TARGET.sub("]", " ".join(c.text for c in row.cells)))


def _paper_columns(kinds: list[tuple[Entry, str]], names: frozenset[str] = _PAPER_CELL_COLUMNS,
                   at_least: int = 5) -> set[tuple[int, str]]:
    """(table, column header) of the Paper columns (`Paper`, `PDF`, `arXiv`; with ``names``,
    title columns too) whose links are papers' nine times in ten, over five links at least."""
    counts: dict[tuple[int, str], list[int]] = {}
    for e, _kind in kinds:
        if e.row is None:
            continue
        for k in e.links:
            h = k.column_header
            if not h or k.is_anchor or k.is_image or not k.url.strip():
                continue
            if " ".join(label_words(h)) not in names:
                continue
            c = counts.setdefault((id(e.container), h), [0, 0])
            c[0] += 1
            c[1] += is_paper_url(k.url) or classify_label(k.label) == PAPER
    return {key for key, (n, p) in counts.items() if n >= at_least and p >= 0.9 * n}


def paper_cell_link(e: Entry, links: list[Link]) -> Link | None:
    """The one link of a row's Paper column (not its title column) when it is named neither as a
    paper nor after the entry, in one or two words (`[[MIT]](project page)`), and reaches no
    paper page: the row's paper cell links something else."""
    if e.row is None or any(is_paper_url(k.url) for k in links) or any(_is_title_link(k, e) for k in links):
        return None
    cells = [k for k in links if " ".join(label_words(k.column_header or "")) in _PAPER_CELL_COLUMNS]
    if len(cells) != 1:
        return None
    k = cells[0]
    if classify_label(k.label) is not None or not 1 <= len(label_words(k.label)) <= 2 or "![" in k.label:
        return None
    return k


def _same_url(a: str, b: str) -> bool:
    return a.strip().rstrip("/").casefold() == b.strip().rstrip("/").casefold()


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
    return _resource_section_of(e.section)


def _resource_section_of(sec) -> bool:
    return sec is not None and any(_RESOURCE_SECTION.search(s.title) for s in sec.lineage(2))


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


def _nested_papers(doc: Document, e: Entry, any_link: bool = False) -> bool:
    """The entry's item holds a list whose items link papers: a group (a lab, a project) with
    its own page, over the papers it lists. With ``any_link``, whose items link anything: a
    heading with no link of its own over its parts (`CS188 Artificial Intelligence by Pieter
    Abbeel` over its lecture videos)."""
    item = e.item
    if item is None:
        return False
    if any_link and _later_paper_links(doc, item):
        return True
    for block in item.children:
        start = doc.line_starts[block.line - 1]
        end = doc.line_end(block.end_line)
        for k in doc.scan(start, end).links:
            if not k.is_image and (any_link or is_paper_url(k.url) or label_kind(k.label) == VOCAB_PAPER):
                return True
    return False


def _later_paper_links(doc: Document, item) -> bool:
    """Whether the item's own later paragraphs link a paper (`1. Bidirectional Scan` over
    `(arXiv:2401.09417) Vision Mamba … [[Paper]](…)`, indented under it): a heading over its
    papers, or the paper's link a paragraph below its title; either way no paper left unlinked."""
    if not item.text_end_line or item.end_line <= item.text_end_line:
        return False
    start = doc.line_end(item.text_end_line)
    return any(not k.is_image and (is_paper_url(k.url) or label_kind(k.label) == VOCAB_PAPER)
               for k in doc.scan(start, doc.line_end(item.end_line)).links)


def _paper_cell_linked(e: Entry) -> bool:
    """A row whose Paper column links a post or a document (`[[docs]]`, `[[blog]]`,
    `[[report]]`): what the maintainer put in the paper's place for a release or a post that
    has no paper (a `[[video]]` or `[[code]]` link there is still no paper)."""
    return e.row is not None and any(
        not k.is_image and k.url.strip() and " ".join(label_words(k.column_header or "")) in _PAPER_CELL_COLUMNS
        and _POST_LABEL.search(k.label) for k in e.links)


# a label that names a post or a document standing in a paper's place
_POST_LABEL = re.compile(r"\b(?:blogs?|docs?|documentation|posts?|report|release|notes)\b", re.I)


def _is_title_link(link: Link, e: Entry) -> bool:
    """The link's label holds the entry's title."""
    ts = e.title_start
    return ts is not None and link.label_start <= ts < link.label_end


def _all_kind_words(label: str) -> bool:
    words = label_words(label)
    return bool(words) and all(w in KIND_WORDS for w in words)


# Sections whose items are about the list, not entries of it.
_QUIET_SECTION = re.compile(
    r"\b(?:contribut\w*|acknowledge?ments?|thanks|citations?|cite|news|updates?|changelog|todo|"
    r"licen[cs]e|contact|introduction|intro|about|overview|faq|star history|how to|usage|"
    r"table of contents|contents|toc|motivation|guidelines?|criteria|notes?)\b", re.I)


def _quiet_section(sec) -> bool:
    return sec is not None and (any(_QUIET_SECTION.search(s.title) for s in sec.lineage(2)) or about_the_list(sec))


_TASK_BOX = re.compile(r"\[[ xX]\]\s")
_HTML_BREAK = re.compile(r"\s*<br\s*/?>\s*$", re.I)
# The first words of a sentence addressed to the reader or about the list, not of a title.
_PROSE_START = frozenset("""please we i you if this these it our thanks thank see note notes nb tip
    tips warning caveat remark feel check add added update updated fork create submit click read
    visit send contact welcome for""".split())


def _title_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first line of an item's text, without trailing spaces and a ``<br>``."""
    line = _HTML_BREAK.sub("", text[start:end]).rstrip()
    if not line.strip():
        return None
    lead = len(line) - len(line.lstrip())
    return start + lead, start + len(line)


_GLUED_ASIDE = re.compile(r"[a-z]\([a-z]{2,}[ ,)]")


# a field of an entry written as a list of "label: value" items (`- intro: …`, `- keywords：…`):
# a lower-case word or two before a colon (a full-width one too)
_FIELD = re.compile(r"[*_]*[a-z][a-z]*(?: [a-z]+)?[*_]*\s*[:：]")


# the authors' affiliations under an entry: an institution, with footnote digits or `&`
_AFFILIATION = re.compile(r"\b(?:University|Institute|Academy|Laborator(?:y|ies)|College)")
_FOOTNOTE_DIGIT = re.compile(r"[a-z][0-9]\b")


_TRAILING_BREAK = re.compile(r"(?:<br\s*/?>|\\)\s*\Z", re.I)


def _continued(e: Entry) -> bool:
    """An item that ends with a line break (`<br>`, `\\`) and whose next item holds links: the
    entry goes on in the next item (a stray bullet opened its author line), so its link is there."""
    item = e.item
    if item is None or item.block is None or not _TRAILING_BREAK.search(e.text):
        return False
    items = item.block.items
    k = next((i for i, x in enumerate(items) if x is item), -1)
    if k < 0 or k + 1 >= len(items):
        return False
    text, start = e.doc_text, items[k + 1].content_start
    end = text.find("\n\n", start, start + 2000)
    return "](" in text[start:end if end >= 0 else start + 2000]


def _author_line(text: str) -> bool:
    """The text is a list of people's names (two or more, each of two words or more), perhaps
    with a venue in emphasis after them."""
    names = _author_names(" ".join(text.split()).split("*", 1)[0].split(" _", 1)[0])
    return names is not None and len(names) >= 2 and all(len(n) >= 2 for n in names)


def _bare_title(text: str) -> bool:
    """Whether an item's text reads as a paper's title (perhaps with authors, venue or year),
    not a sentence, a question, a task or a lead-in."""
    t = " ".join(_HTML_BREAK.sub("", line) for line in text.splitlines()).strip()
    if not t or _TASK_BOX.match(t) or "`" in t or "http" in t.casefold():
        return False
    words = t.split()
    if not 3 <= len(words) <= 40 or len(t) < 15:
        return False
    if words[0].strip("*_\"'“:").casefold() in _PROSE_START:
        return False  # "Note: …", "For results on IC03 …": a lead-in or a sentence
    if _FIELD.match(t):
        return False  # "intro: under review at TPAMI", "keywords：…": a field of the entry above, not a title
    if _AFFILIATION.search(t) and ("&" in t or _FOOTNOTE_DIGIT.search(t)):
        return False  # "Tsinghua University1 & SenseTime3": the authors' affiliations
    if "{" in t or "(like " in t or _GLUED_ASIDE.search(t):
        return False  # "{Last, Mean, Max}-Pooling", "Pooling (like BERT)", "subword models(ngram, bpe)": notes
    last = t[-1]
    if last in ":?!;,":
        return False
    if last == ".":
        # a sentence ends in a full stop; a title with its venue or authors may too ("ICDE'22.",
        # "et al.")
        tail = words[-1].rstrip(".")
        if not (any(ch.isdigit() for ch in tail) or tail.casefold() in ("al", "et al")):
            return False
    return True


def _shown(label: str) -> str:
    """A link's label as written, without its own brackets, cut for a message."""
    from ..textutil import shorten

    return shorten(label.strip().strip("[]").strip(), 30)


def _label_gist(label: str) -> str:
    """The first three words of a label, for a message."""
    words = label_words(label)
    return " ".join(words[:3])
