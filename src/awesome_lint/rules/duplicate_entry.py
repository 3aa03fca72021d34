"""AL003 duplicate-entry.

The rule itself: which links identify an entry's paper, exact duplicates by link and title, the
copy-paste slip, and the reports. Titles are read by ``titles.py``, near-identical ones found by
``fuzzy.py``; the deletion fix and its check are ``duplicate_removal.py``'s."""

from __future__ import annotations

import os
import re
from collections import Counter
from functools import lru_cache
from collections.abc import Iterator

from .. import fuzzy
from ..document import Document, Entry, plain_text
from ..entries import YEAR_HEADERS, about_the_list, links_subitem
from ..lexicon import known_word  # (its frequency list loads on the first word looked up)
from ..model import WARNING, Finding
from ..textutil import fold, shorten
from ..titles import (GENERIC_TITLES, MIN_TITLE, clean_title, head_key, key_of, label_title, paper_like, title_key,
                      usable, words_of)
from ..urls import describe_key, is_strong, url_key
from ..vocabulary import CODE, PAPER, label_kind
from .base import FIX_SOMETIMES, Option, Rule
from .duplicate_keys import (FirstSeen, Item, box, link_kind, paper_key, paper_paragraphs, primary_links, toc_like,
                             url_label)
from .quiet import item_key, kept_answers
from .duplicate_removal import completeness, removal_fixes, same_text

_FUZZY_MIN_LEN = 24  # shorter titles are names ("GPT-3"/"GPT-4"): only exact matches count
_TRIES = 64  # copies of one title an entry may try as its earlier near-duplicate (keeps it linear)
TRIED = [0]  # copies tried so, for tests of how the work grows

#: Headers of columns whose link is the paper itself (besides those naming the paper: `PDF`).
_DIGITS = re.compile(r"\d+")


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
      two papers of one group may share one repository or one blog post. Nor does a tool's
      link its entry opens with, when each entry goes on to link a different paper (`[jiant](…):
      [Paper A](arXiv)`, `[jiant](…): [Paper B](OpenReview)`). An entry that links several
      papers, each under its own name, has no paper link of its own: its title is a topic the
      papers are read under (`| Human preference | [LiFT](…), [VisionReward](…) |` in a
      taxonomy table, `**Reasoning judges** — [VideoScore2](…), [REACT](…)` on a reading path).
    - Links are compared by identity, not spelling: `http`/`https`, `www.`, a trailing `/`,
      `?` or `#`, default ports and `utm_*` parameters are ignored; arXiv `abs/`, `pdf/`,
      `html/`, `.pdf` and version suffixes name one paper (`2201.12329`, `2201.12329v4.pdf`);
      `doi.org/…`, `dx.doi.org/…`, `doi:…` and publisher pages with the DOI in their path are
      one DOI; OpenReview `forum?id=` and `pdf?id=` are one note; GitHub owners and repository
      names are compared case-insensitively; a paper's abstract page and its PDF on a
      proceedings site are one paper (CVF open access `…/html/X_paper.html` and
      `…/papers/X_paper.pdf`, NeurIPS `hash/…-Abstract.html` and `file/…-Paper.pdf`, the ACL
      Anthology `N19-1423/` and aclweb.org's `N19-1423.pdf`, PMLR `v139/x21a.html` and
      `v139/x21a/x21a.pdf`, IEEE Xplore `document/N`, `abstract/document/N` and
      `stamp.jsp?arnumber=N`).
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
      checks. Two entries that each link one page of one site (not a paper id, not a code host), with
      titles that differ only in small words, are two pages, two posts of a blog, not a
      possible duplicate. Entries whose arXiv ids, DOIs or OpenReview ids differ are never possible
      duplicates.

    - A preprint and its published version often differ in both link and title; within one
      list or table they are the same paper when one title is the other after its name
      (`nnSAM: Plug-and-play Segment Anything Model …` and `Plug-and-play Segment Anything
      Model …`), or when both go by one name and link one code repository (`SAM-Med3D` and
      `SAM-Med3D: A Vision Foundation Model …`, both with `[Code]` to `uni-medical/SAM-Med3D`);
      not when both give subtitles that share under half their words (`GeoNet: Geometric Neural
      Network …` and `GeoNet: Unsupervised Learning …`: two papers that chose one name), nor
      when each links an arXiv preprint of its own (`Beyond Uniform Sampling: Offline RL with
      Imbalanced Datasets` is a later paper than `Offline RL with Imbalanced Datasets`). A
      link target that is one bare word (`nan`, a table exported without the link) names no
      paper.
    - Lists that write each paper as a paragraph of its own (`[Title](https://arxiv.org/pdf/…)`,
      blank lines between) are read too, when a file has at least three such paragraphs
      opening with a paper title linked to an arXiv id, a DOI, an OpenReview id or a PDF; the
      paragraphs of one section count as one list (a venue or date written into the link after
      the title, `Title. MICCAI 2020. 2020-04`, is not part of the title). So are paragraphs
      that open with the paper's title in bold and give its link below, labelled as the paper
      (`**Title.** [Sep., 2022]`, then `*Authors*`, then `[[PDF](https://arxiv.org/abs/…)]`), and
      paragraphs that open with a tag in parentheses, then the title and its links, the first
      labelled as the paper (`(Arxiv 24.02.01) Title [Paper](https://arxiv.org/abs/…) [Code](…)`),
      or with a bold tag in brackets, the title ending its line (`[**ICASSP 2024**] Title \\`, then
      the authors, then `[[paper](https://arxiv.org/abs/…)]`); a copy-paste slip among them is
      reported at the line of the shared link.

    What is reported, and how severely:

    1. The same entry twice in one list or table: the rule's severity (error). Two entries
       whose titles link one GitHub repository are one project under two names (`[foo](…/foo/foo)`
       and `[Foo Tool](…/Foo/foo/)`), but not the members of a series told apart by their
       numbers (`atsamd21`, `atsame54`: chips whose crates live in one repository), nor two
       entries whose texts each name their own title (boards of one board-support repository),
       nor the numbered branches of an outline that both link
       the list's own repository (`2.3 Outcome Explanation`, `2.5 Example-based Explanations`),
       nor two awesome lists of one name kept by two people (`Awesome RL for Video Generation`
       in two owners' GitHub repositories: such names are chosen by topic),
       nor a generic title of six English words at most on pages of two sites, none a paper's
       (`Introduction to Deep Learning`, a course at MIT and another at CMU: two works), nor
       two benchmarks of one release under a heading of data sets or benchmarks
       (`VIPER→Cityscapes-Seq` and `SYNTHIA-Seq→Cityscapes-Seq`, both in one repository), nor
       two rows of a results table whose scores differ (one paper at two settings, 79.6 mAP at
       20 fps and 79.0 at 62; `FGFA` alone and `FGFA + Seq-NMS`). A table without a title
       column is named by its first column, unless that column is a category (no links, its
       values repeated: `Land cover` on most rows) and a later one is mostly linked.
    2. The same paper in two lists, tables or sections of one file: a warning naming both
       lines, but not by default. On the hand-annotated real lists such repeats were deliberate
       nine times in ten (a Datasets, Benchmarks or Software section pointing back at the
       paper, a second taxonomy table, a tool filed under every category it serves), while a
       repeat within one list or table was a fault every time. The `scope` option says what
       counts: `list` (the same list or table: the default), `section` (the same section),
       `file` (anywhere) or `off`. The lists right under the year headings of one parent
       (`## 2019`, `## 2020`) are one list for entries that link a paper: a paper has one year
       (a conference listed each year is no repeat; a later list in a year's
       section, `Datasets` under `## 2021`, is its own). Items of a section about the list itself (News, Highlights,
       Updates, To Do, Contents, Contributing, Citation) are no entries: a news line naming a paper
       refers to it. Two names of which one is the other and a variant's word (`DeepSeek-V2`,
       `DeepSeek-V2-Lite`; `-Chat`, `-Instruct`, `-7B`) are two models, even on one paper link.
    3. Two entries with different titles and one paper link: a warning, "probably a
       copy-paste slip" (and the slip's title listed again with its own link is the right copy,
       no duplicate). In the `scope`, when both titles are paper titles; anywhere in the
       file when the link is an arXiv id, a DOI or an OpenReview id (one paper each), one title
       is a paper title and the other has at least three words, however short
       (`Medical SAM Adapter`; a one-word model name such as `HELM` beside its paper's title
       is the model, not a slip; an entry named `**ZSP**` that quotes its paper's title after
       the name, or a row whose Paper column holds it, counts with that title, and two names
       on one paper title are one paper filed twice). Not when one
       entry names the other's title (a dataset row linking the paper it comes from), when
       both cite one title in their sub-items (`Microsoft (Deep Residual Learning)` and `Deep
       Residual Network`, each over "…, Deep Residual Learning for Image Recognition"), when
       either stands in a section of datasets, benchmarks, tools or other resources, its
       own or a parent's below any heading of papers or methods (those
       point at papers: two data sets of one paper share its link; unless each links a paper
       title of five words or more of its own, as a benchmark table's Title column writes them),
       or when the titles differ only in numbers (`Task1`/`Task2`), or only in a leading topic
       tag in two lists (`[Sparse FlashAttention] Faster …` and `[QK-Sparse] Faster …`: one
       paper filed under two topics, a repeat the `scope` governs). A bold note in parentheses
       after an entry's text (`(**oral**)`) is no title, and a `]` pasted at the end of a link's
       address (`…/abs/2108.03798]`) does not hide its id.
    4. An entry whose `[Code]` link is the GitHub repository of an earlier entry of its list
       that bears that entry's name (`BioM-Transformers: …` linking `salrowili/BioM-Transformers`),
       or four initials or more of its title's words in a row (`MAVL` for `…: A Multi-Aspect
       Vision-Language Pre-training Framework`), or two words or more of its title
       (`xray_report_generation` for `… Fluent Medical X-ray Reports`, on an entry titled `… Medical
       Imaging Reports`), and not its own (`LinkBERT: …` with that same link): a warning, the
       code link was copied with the entry above. The earlier entry's name may also be the label
       of its paper link or a row's Abbreviation, Model or Method cell. A folder of a library
       named after an entry (`…/tree/main/src/transformers/models/bart` on `BART: …`) is
       that entry's code in any section of the file. A repository named after a family
       (`InternVL` for `InternVL3.5`), containing the entry's own name (`open_flamingo` for
       `Flamingo`) or holding the earlier name as one part of its own (`SMCA-DETR`, where the
       same group keeps ACT's code too) is not reported, nor are two entries of a section named
       after the repository (`## Mamba` over Mamba and Mamba-2, both in `state-spaces/mamba`), nor is an entry that links the
       repository twice itself where the earlier entry links it once (`[project](…/Hydra),
       [github](…/Hydra/)` on Hydra's journal version): two links to it are a choice, not a paste.
       Two entries of one list that link one code repository, one of them with no paper link and
       a title of two words or more that the other's title holds (`CLIP prefix captioning
       [code]` and `ClipCap: CLIP Prefix for Image Captioning [pdf] [code]`), are one work listed
       twice, once by its code alone: a warning.
    5. An entry whose title links the very page (its full address, `#` part included) that the
       title of the entry right above it links, where the two titles name different things that
       neither entry's text mentions (`[PCA](…/decomposition.html#pca)` then
       `[t-SNE](…/decomposition.html#pca)`): a warning, the link was copied with the entry above.
       Only neighbours, and only their title links: a page several entries point at on purpose
       (a challenge's site in a Website column, a paper beside the data set it introduced) is
       not their title, and a series told apart by numbers (`Task1`/`Task2`) is left alone, and
       so are the data sets of one paper under a heading of data sets or benchmarks, not of
       papers or tools (`Sports-DA` and `Daily-DA`, both on its download page).
    6. Repeats across lists in a file that has few of them (four at most), when every one is
       word for word the same entry in a sibling section (one parent heading) and no section
       involved holds datasets, tools or other resources (by its heading or a parent's, a
       top-level `# Tools` that is not the page's title included): a warning each, even with the default
       `scope`. A file that cross-lists on purpose does so many times, or with a note, or from
       a Datasets section; a few identical copies under neighbouring headings were pasted twice.
       Three copies or more from one section that make up a third of another section are that
       section's topic view of the first (half of an "Object Retrieval" list taken from
       "Referring Expressions"), and are left alone; so are the repeats of a file that lists one
       of its papers under three headings (it files papers under every topic they fit), and a
       paper whose title joins a topic of each heading (`… with Aggregation and Initialization
       Refinement` under `Server Aggregation` and `LoRA Initialization`).
    7. A section written twice: when a later section has the heading of an earlier sibling
       (`## Codes` twice under one title) and at least three entries, and half of its entries
       or more, repeat the earlier one's, each repeat is a warning, even with the default
       `scope` (a merge that kept both copies). A part under another parent that reuses a
       heading (`Stereo Vision` under both Software and Datasets) lists its own view.
    8. With `--cross-file` (or `across-files: true`) and several files on the command line, a
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
    right, is the maintainer's choice. Entries written as paragraphs are not deleted. Removing an item from a numbered list leaves a gap that
    AL001/AL002 then renumber.
    """

    code = "AL003"
    name = "duplicate-entry"
    summary = "The same paper or resource is listed twice"
    fix_availability = FIX_SOMETIMES
    tags = ("entries", "links")
    options = {
        "scope": Option(str, "list", "Where duplicates count: the same `list` or table, the same "
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
        found: list[tuple[Finding, Entry | None, bool, str]] = list(self._exact(doc, items, scope))
        removals = [(e, safe, why) for _, e, safe, why in found if e is not None]
        fixes = removal_fixes(doc, removals) if removals else {}
        for finding, e, _, _ in found:
            if e is not None:
                finding.fix = fixes.get(id(e))
            yield finding
        if scope in ("list", "section"):
            for it, first in _pasted_repeats(doc, items, self._scope_id, scope):
                yield self._cross_section(doc, it, first, (
                    f"{_shown(it)!r} is also listed at line {first.entry.line} under "
                    f"{shorten(first.entry.section.title, 40)!r}, word for word (the file repeats few entries "
                    f"across sections, each word for word): probably pasted into a second section by mistake"))
            for it, first in _section_pasted_twice(items):
                e, f = it.entry, first.entry
                yield self._cross_section(doc, it, first, (
                    f"{_shown(it)!r} is also listed at line {f.line}: the section "
                    f"{shorten(e.section.title, 40)!r} is written twice (lines {f.section.line} and "
                    f"{e.section.line}), most of the second copy repeating the first"))
        if getattr(self.opts, "fuzzy", True):
            yield from self._fuzzy(doc, items, scope)

    def _cross_section(self, doc: Document, it: Item, first: Item, message: str) -> Finding:
        """A warning on ``it``'s line, from its title to the line's end, naming ``first``'s line."""
        e = it.entry
        line, col = doc.position(e.title_start if e.title_start is not None else e.start)
        if line != e.line:
            line, col = e.line, 1
        return self.finding(message, line, col, e.line, len(doc.line_text(e.line)) + 1, severity=WARNING,
                            related=(first.entry.line,))

    def _items(self, doc: Document) -> list[Item]:
        out = []
        # a list item's keys depend only on its text and its links' URLs (a reference's is its
        # definition's): kept for the next version of the text (a table row's also depend on
        # its table's header, so rows are worked out each time)
        kept = kept_answers(self)
        entries = doc.entries
        paras = paper_paragraphs(doc)
        if paras:
            entries = sorted([*entries, *paras], key=lambda e: e.start)
        for e in entries:
            # list items and table rows are never inside a code block (markdown-it-py says so),
            # and an item that starts with inline code is still an entry
            if doc.is_code_line(e.line) or toc_like(e) or about_the_list(e.section):
                continue  # (a news line naming a paper of the list refers to it: no second copy)
            if e.doc_text.startswith("[[", e.start) and links_subitem(e):
                continue  # `- [[MATLAB Reference]](…)` under an entry: one of its links, not an entry
            key = item_key(e)
            if key is not None:
                answer = kept.get(key)
                if answer is not None:
                    if answer[0] is not None:
                        out.append(Item(e, *answer))
                    continue
            answer = self._keys(doc, e)
            if key is not None:
                kept.put(key, answer if answer is not None else (None,))
            if answer is not None:
                out.append(Item(e, *answer))
        return out

    @staticmethod
    def _keys(doc: Document, e: Entry) -> tuple | None:
        """(urls, title key, title, paper-like, name key) of an entry, or None when it has neither."""
        t = clean_title(doc, e)
        folded = fold(t)
        nk = tk = key_of(folded)
        if not usable(tk):
            tk = ""
        links = primary_links(e, doc, titled=bool(tk))
        # a target that is one bare word (`nan`, `TBD`: a table exported with no link) names no paper
        urls = tuple(dict.fromkeys(paper_key(k.url) for k in links if not _BARE_WORD.fullmatch(k.url.strip())))
        if not tk and len(links) == 1 and not url_label(links[0]):  # | ✅ | [AlexNet](url) |
            lt = label_title(links[0].label)
            lk = title_key(lt)
            if usable(lk) and link_kind(lt) != PAPER:
                t, tk, nk = lt, lk, lk
                folded = fold(t)
        if not urls and not tk:
            return None
        paper = bool(tk) and paper_like(words_of(folded))
        return urls, tk, t, paper, nk

    def _in_scope(self, a: Item, b: Item, scope: str) -> bool:
        if scope == "list":
            return box(a.entry) is box(b.entry)
        if scope == "section":
            return a.entry.section is b.entry.section
        return True

    def _exact(self, doc: Document, items: list[Item], scope: str) -> Iterator[tuple[Finding, Entry | None, bool, str]]:
        # the first occurrence of each key in each list and in each scope: a later entry is
        # matched in its own list first (an error with a fix), then in its scope (a warning)
        first = FirstSeen()
        last: dict[int, Item] = {}  # the latest item of each list, for the neighbour's page
        slipped: set[int] = set()  # items reported as sharing another title's link
        title_line = next((h.line for h in doc.headings if h.level == 1), 0)
        for it in items:
            sub = _subtitle_key(it)
            match, how = self._match(it, first, scope, sub, title_line)
            cid, sid = id(box(it.entry)), self._scope_id(it, scope)
            rid = id(box(it.entry, years=False))
            repos = _code_repos(it)
            if match is None and repos:
                match, how = _repo_match(it, repos, first, rid)
            prev = last.get(cid)
            last[cid] = it
            if match is None and prev is not None and _page_slip(it, prev, title_line):
                match, how = prev, "page-slip"
            if match is not None and how in ("title", "subtitle") and (_two_works(it, match) or _namesakes(it, match)):
                match = None  # `Introduction to Deep Learning` at MIT and at CMU: two courses
            if match is not None and _two_results(it, match):
                match = None  # a results table's rows: one method at two settings, or with Seq-NMS
            if match is not None and how == "subtitle" and _distinct_ids(it, match, "arxiv:"):
                match = None  # `Beyond Uniform Sampling: Offline RL with …` beside `Offline RL with …`
            if match is not None and how == "title" and id(match) in slipped:
                match = None  # the earlier copy took its neighbour's link (reported as a slip); this one is right
            if match is not None:
                it.dup = how not in ("code-slip", "code-same", "page-slip")
                if how == "slip":
                    slipped.add(id(it))
                yield self._report(doc, it, match, how)
            for kind, keys in (("u", it.urls), ("t", (it.tkey,) if it.tkey else ()), ("p", (sub,) if sub else ())):
                for k in keys:
                    first.add("c", cid, kind, k, it)
                    first.add("s", sid, kind, k, it)
            for r in repos:
                first.add("c", rid, "r", r, it)
                if _FOLDER.match(r):
                    first.add("f", 0, "r", r, it)
            for k in it.urls:
                if is_strong(k):
                    first.add("f", 0, "u", k, it)  # a slip is a slip in any section

    def _scope_id(self, it: Item, scope: str) -> int:
        e = it.entry
        return id(box(e)) if scope == "list" else id(e.section) if scope == "section" else 0

    def _match(self, it: Item, first: FirstSeen, scope: str, sub: str = "",
               title_line: int = 0) -> tuple[Item | None, str]:
        """The earlier entry ``it`` duplicates (preferring its own list), and how."""
        sid = self._scope_id(it, scope)
        slip: Item | None = None
        for level, ident in (("c", id(box(it.entry))), ("s", sid)):
            found: list[tuple[int, Item, str]] = []
            if it.tkey and it.paper:
                other = first.get(level, ident, "t", it.tkey)
                if other is not None:
                    found.append((other.entry.start, other, "both" if set(it.urls) & set(other.urls) else "title"))
                # "nnSAM: Plug-and-play …" and "Plug-and-play …": one paper, with and without its name
                other = first.get(level, ident, "t", sub) if sub else None
                if other is None:
                    other = first.get(level, ident, "p", it.tkey)
                if other is not None:  # a preprint and its journal version: two ids, one paper
                    found.append((other.entry.start, other, "subtitle"))
            for u in it.urls:
                other = first.get(level, ident, "u", u)
                if other is None:
                    continue
                if not is_strong(u) and _other_papers(it, other):
                    continue  # "[jiant](repo): [Paper A](arXiv)", "[jiant](repo): [Paper B](OpenReview)": one tool, two papers
                if not it.nkey or not other.nkey or _titles_agree(it, other):
                    found.append((other.entry.start, other, "both" if it.tkey and other.tkey == it.tkey else "link"))
                elif level == "c" and _one_project(it, other, u, title_line):
                    found.append((other.entry.start, other, "repo"))
                elif (_slip(it, other) and not _collection(u, it, other)
                      and (slip is None or other.entry.start < slip.entry.start)):
                    slip = other
            if found:
                found.sort(key=lambda f: f[0])
                return found[0][1], found[0][2]
        if slip is None:  # another title on this arXiv id, DOI or OpenReview id, anywhere in the file
            for u in it.urls:
                other = first.get("f", 0, "u", u) if is_strong(u) else None
                if (other is not None and it.nkey and other.nkey and not _titles_agree(it, other)
                        and _slip(it, other, strong=True)
                        and (slip is None or other.entry.start < slip.entry.start)):
                    slip = other
        if slip is not None:
            for u in it.urls:
                owner = first.get("f", 0, "u", u) if is_strong(u) else None
                if owner is not None and owner is not slip and it.nkey and owner.nkey and _titles_agree(it, owner):
                    # Switch Transformers on its own arXiv id, first listed so in another section: the
                    # entry between that took the id ("Expert Choice Routing") is the slip, reported there
                    return None, ""
            return slip, "slip"
        return None, ""

    def _report(self, doc: Document, it: Item, first: Item, how: str) -> tuple[Finding, Entry | None, bool, str]:
        """The finding, and (entry, safe, why) when a copy is to be deleted: the less complete
        one (see :func:`completeness`), the later one when they say as much."""
        e, f = it.entry, first.entry
        line, col = doc.position(e.title_start if e.title_start is not None else e.start)
        end_line = e.line
        end_col = len(doc.line_text(e.line)) + 1
        if line != e.line:
            line, col = e.line, 1
        title = _shown(it)
        if how in ("code-slip", "code-same"):
            repo = next(r for r in _code_repos(it) if r in _code_repos(first)).split(":", 1)[1]
            if how == "code-slip":
                message = (f"links the code repository {repo} of line {f.line} ({_shown(first)!r}), which is named "
                           f"after that entry, but is titled {title!r}: probably a copy-paste slip (the code link "
                           f"was copied with the entry above)")
            else:
                message = (f"{title!r} links the code repository {repo}, as line {f.line} ({_shown(first)!r}) "
                           f"does; one title holds every word of the other, and one of the two entries has no paper "
                           f"link: probably one work listed twice")
            return self.finding(message, line, col, end_line, end_col, severity=WARNING,
                                related=(f.line,)), None, False, ""
        if how == "page-slip":
            page = next(k.url for k in e.links if _titled_by(e, paper_key(k.url)))
            return self.finding(
                f"its title links the same page as the entry above ({_shown(first)!r}, line {f.line}), "
                f"{shorten(page, 70)}, but names {title!r}: probably a copy-paste slip (the link was copied "
                f"with the entry above), or one resource listed twice under two names",
                line, col, end_line, end_col, severity=WARNING, related=(f.line,)), None, False, ""
        if how == "slip":
            shared = next((k for k in e.links if not k.is_image and paper_key(k.url) in first.urls
                           and paper_key(k.url) in it.urls), None)
            if shared is not None and doc.position(shared.start)[0] != line:
                # a paragraph's link on a line of its own below the title: the line to change
                line, col = doc.position(shared.start)
                end_line, end_col = line, len(doc.line_text(line)) + 1
            return self.finding(
                f"shares its {_what_link(it, first)} with line {f.line} ({_shown(first)!r}) but is "
                f"titled {title!r}: probably a copy-paste slip (one of the two has the wrong link), or one "
                f"paper under its old and new titles",
                line, col, end_line, end_col, severity=WARNING, related=(f.line,)), None, False, ""
        what = {"both": "same title and paper link", "link": "same paper link",
                "title": "same title, different link", "repo": "the same repository under another name",
                "subtitle": "the same title after its name, different link",
                "name": "the same name and code repository, different link"}[how]
        same_container = box(f) is box(e)
        if same_container:
            kind = {"row": "table", "para": "section"}.get(e.kind, "list")
            finding = self.finding(
                f"duplicate entry: {title!r} is already listed at line {f.line} in this {kind} ({what})",
                line, col, end_line, end_col, related=(f.line,))
            if same_text(doc, e, f):
                return finding, e, True, ""
            later, earlier = completeness(doc, e), completeness(doc, f)
            if later > earlier:  # keep the copy that says more: a venue, more links, more text
                why = "a venue" if later[0] > earlier[0] else "more links" if later[1] > earlier[1] else "more text"
                return finding, f, False, f", keeping line {e.line} ({why})"
            return finding, e, False, f", keeping line {f.line}"
        where = ""
        if f.section is not None and f.section is not e.section and f.section.heading is not None:
            where = f" under {shorten(f.section.title, 40)!r}"
        return self.finding(
            f"{title!r} is also listed at line {f.line}{where} ({what})",
            line, col, end_line, end_col, severity=WARNING, related=(f.line,)), None, False, ""

    # ---- near-identical titles ----------------------------------------------------------
    def _fuzzy(self, doc: Document, items: list[Item], scope: str) -> Iterator[Finding]:
        # Copies of one title are compared once: near_pairs sees each distinct title (its
        # words) once, and each entry then looks for its earlier partner among the copies of
        # the titles near its own, in its own scope, trying at most _TRIES copies of each.
        # (Equal words make equal keys: copies are exact duplicates, reported above.) A list
        # that repeats its titles 40 times so costs 40 times one list, not 1,600.
        groups: dict[str, list[Item]] = {}
        for it in items:
            if it.paper and not it.title.startswith(("http://", "https://", "www.")):
                words = it.words
                if len(words) >= _FUZZY_MIN_LEN:
                    groups.setdefault(words, []).append(it)
        if sum(len(g) for g in groups.values()) < 2:
            return
        titles = list(groups)
        members = list(groups.values())
        del groups
        near: list[list[tuple[float, int]]] = [[] for _ in members]  # copies share their key: never "possible"
        for i, j, score in fuzzy.near_pairs(titles, fuzzy.THRESHOLD):
            near[i].append((score, j))
            near[j].append((score, i))
        del titles
        by_scope: list[dict[int, list[Item]]] = []  # per title: its copies per scope, in order
        group_of: dict[int, int] = {}
        for g, copies in enumerate(members):
            split: dict[int, list[Item]] = {}
            if near[g]:
                for it in copies:
                    split.setdefault(self._scope_id(it, scope), []).append(it)
                    group_of[id(it)] = g
            by_scope.append(split)
        order = sorted((it for g, copies in enumerate(members) if near[g] for it in copies),
                       key=lambda it: it.entry.start)
        for b in order:
            if b.dup:
                continue
            sid = self._scope_id(b, scope)
            best: tuple[float, int, Item] | None = None
            for score, g in near[group_of[id(b)]]:
                a = self._earlier_partner(b, by_scope[g].get(sid, ()))
                if a is not None and (best is None or (-score, a.entry.start) < (-best[0], best[1])):
                    best = (score, a.entry.start, a)
            if best is None:
                continue
            score, _, a = best
            if _two_works(b, a):
                continue
            e = b.entry
            line, col = doc.position(e.title_start if e.title_start is not None else e.start)
            if line != e.line:
                line, col = e.line, 1
            yield self.finding(
                f"possible duplicate: title nearly identical to line {a.entry.line} "
                f"({shorten(a.title)!r}, {score:.0f}% similar)",
                line, col, e.line, len(doc.line_text(e.line)) + 1, severity=WARNING, related=(a.entry.line,))

    @staticmethod
    def _earlier_partner(b: Item, copies) -> Item | None:
        """The first of ``copies`` (one title's entries in b's scope, in order) before ``b``
        that is a possible duplicate of it, trying at most ``_TRIES`` of them."""
        start = b.entry.start
        for n, a in enumerate(copies):
            if a.entry.start >= start or n >= _TRIES:
                return None
            TRIED[0] += 1
            if a.tkey == b.tkey or set(a.urls) & set(b.urls) or _distinct_ids(a, b) or _two_pages(a, b):
                continue  # exact duplicates are reported above
            return a
        return None

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
                        f"{_shown(it)!r} is also listed in {other_doc.path} at line "
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


_REFERENCE = re.compile(r"\b(?:data[ -]?sets?|data|benchmarks?|corpora|corpus|leaderboards?|challenges?|"
                        r"competitions?|software|tools?|toolkits?|toolboxes|librar(?:y|ies)|frameworks?|"
                        r"platforms?|resources?|repositor(?:y|ies)|demos?|talks?|tutorials?|courses?|"
                        r"lectures?|videos|blogs?|posts?|news|workshops?)\b", re.I)


# a heading of papers: what is below it is papers, whatever an umbrella heading above it says
_PAPERS_HEADING = re.compile(r"\b(?:papers?|methods?|approaches|surveys?)\b", re.I)

_NAME_SPLIT = re.compile(r"\s*:\s+|\s+[-–—]\s+")


_WORD = re.compile(r"[A-Za-z]+")


def _two_works(a: Item, b: Item) -> bool:
    """Whether two entries of one generic title are two works: `Introduction to Deep Learning`
    (a course at MIT, another at CMU), `Deep Learning Crash Course` (a YouTube series, a Manning
    video), `Time Series Forecasting in Python` (a book) beside `... using Python` (a course).
    A title of six words at most, all English, linked to pages on different sites, none a
    paper's (no arXiv id, DOI or PDF): the title is a description many works share, not a name."""
    if not a.urls or not b.urls:
        return False
    keys = a.urls + b.urls
    if any(is_strong(k) or k.startswith("doi.org/") or ".pdf" in k for k in keys):
        return False
    if {k.split("/", 1)[0] for k in a.urls} & {k.split("/", 1)[0] for k in b.urls}:
        return False
    words = min((a.title, b.title), key=len).split()
    if not 2 <= len(words) <= 6:
        return False
    return all(m and known_word(m.group().lower()) for m in (_WORD.fullmatch(w.strip(":,.()")) for w in words))


def _namesakes(a: Item, b: Item) -> bool:
    """Two awesome lists of one name kept by two people (`[Awesome RL for Video Generation]` at
    chrisliu298's and at wendell0218's): `awesome-` names are chosen by topic, and many lists
    share one. Each entry links only a GitHub repository, of different owners."""
    if not a.title.lstrip("*_[ ").lower().startswith("awesome") or len(a.urls) != 1 or len(b.urls) != 1:
        return False
    ua, ub = a.urls[0], b.urls[0]
    return (ua.startswith("github:") and ub.startswith("github:")
            and ua.split("/", 1)[0] != ub.split("/", 1)[0])


_SCORE = re.compile(r"\**(\d{1,3}\.\d+)%?\**")
_DATE_LIKE = re.compile(r"(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d|\d\d\.(?:0[1-9]|1[0-2])")  # `08.2016`, `23.05`


def _two_results(a: Item, b: Item) -> bool:
    """Whether two rows of one table report two results: a cell of each holds a score (a decimal
    number, not an index or a year) and the scores differ, as a comparison table gives one paper
    at two settings (79.6 mAP at 20 fps, 79.0 at 62) or alone and combined (`FGFA` 76.3, `FGFA +
    Seq-NMS` 78.4). A row copied twice copies its numbers too."""
    ra, rb = a.entry.row, b.entry.row
    if ra is None or rb is None or ra.table is None or ra.table is not rb.table:
        return False
    for header, x, y in zip(ra.table.columns, ra.cells, rb.cells):
        if header.strip().casefold() in YEAR_HEADERS:
            continue  # `08.2016` beside `10.2016`: one paper's two dates, not two scores
        mx, my = _SCORE.fullmatch(x.text.strip()), _SCORE.fullmatch(y.text.strip())
        if mx and my and mx.group(1) != my.group(1) and not (_DATE_LIKE.fullmatch(mx.group(1))
                                                             or _DATE_LIKE.fullmatch(my.group(1))):
            return True
    return False


def _subtitle_key(it: Item) -> str:
    """The key of a paper title's part after a short name ("nnSAM: Plug-and-play Segment Anything
    Model Improves nnUNet Performance"), when that part is a paper title on its own; else ''."""
    if not it.paper:
        return ""
    parts = _NAME_SPLIT.split(it.title, maxsplit=1)
    if len(parts) < 2 or not parts[0].strip() or len(parts[0].split()) > 3:
        return ""
    tail = fold(parts[1])
    return key_of(tail) if paper_like(words_of(tail)) and usable(key_of(tail)) else ""


def _code_repos(it: Item) -> tuple[str, ...]:
    """Identity keys of the GitHub repositories (the repository itself, not a folder of it) an
    entry links as its code: labelled so (``[Code]``, ``[GitHub]``) or in a Code column (a
    ``[project]`` link to a repository is a page about the work, which several works share)."""
    out = []
    for k in it.entry.links:
        if k.is_image or "github.com/" not in k.url:
            continue
        if link_kind(k.label) != CODE and (not k.column_header or link_kind(k.column_header) != CODE):
            continue
        key = url_key(k.url)
        if key.startswith("github:") and (key.count("/") == 1 or _FOLDER.match(key)) and key not in it.urls and key not in out:
            out.append(key)
    return tuple(out)


#: A folder of a repository (``…/tree/main/src/transformers/models/bart``): the code of one
#: model among many, named by its last part.
_FOLDER = re.compile(r"github:[^/]+/[^/]+/tree/[^/]+/(?:[^/?#]+/)*[^/.?#]+$")


def _repo_name_key(repo: str) -> str:
    return title_key(repo.rsplit("/", 1)[-1])


_REPO_PART = re.compile(r"[-_.]+")
_ADDRESS = re.compile(r"\]\([^()\s]*\)")


def _worded_after(repo: str, first: str, second: str) -> bool:
    """The repository's name is two or more words of four letters or more (``xray_report_generation``)
    that the key of the ``first`` title holds every one of and the ``second`` does not."""
    words = [title_key(p) for p in _REPO_PART.split(repo.rsplit("/", 1)[-1]) if p]
    if len(words) < 2 or any(len(w) < 4 or not w.isalpha() for w in words):
        return False
    return all(w in first for w in words) and not all(w in second for w in words)


def _repo_match(it: Item, repos: tuple[str, ...], first: FirstSeen, cid: int) -> tuple[Item | None, str]:
    """An earlier entry of the same list that links one of ``repos`` as its code: the same paper
    when both go by one name ("SAM-Med3D" / "SAM-Med3D: A Vision Foundation Model …", preprint
    and journal version), a copy-paste slip when the repository is named after the earlier entry
    and not this one (LinkBERT's code link is BioM-Transformers', copied from the entry above)."""
    for r in repos:
        other = first.get("c", cid, "r", r)
        if other is None and _FOLDER.match(r):
            # a model's folder of a library (`…/models/bart`), copied into another section
            other = first.get("f", 0, "r", r)
            if other is None or _one_name(it, other):
                continue
        if other is None:
            continue
        if _one_name(it, other):
            return other, "name"
        if bool(it.urls) != bool(other.urls) and _code_only_named(it, other):
            return other, "code-same"
        if not (it.urls and other.urls) or set(it.urls) & set(other.urls) or not it.nkey or not other.nkey:
            continue  # two papers, each with its paper link
        name = _repo_name_key(r)
        if len(name) < 4 or _titles_agree(it, other) or _DIGITS.sub("", it.tkey) == _DIGITS.sub("", other.tkey):
            continue
        if _reference_section(it.entry) or _reference_section(other.entry):
            continue
        if _project_section(it.entry, other.entry, name):
            continue  # `## Mamba` over Mamba and Mamba-2, both in state-spaces/mamba: the section's project
        if sum(url_key(k.url) == r for k in it.entry.links) > 1 >= sum(url_key(k.url) == r for k in other.entry.links):
            continue  # `[project](…/Hydra), [github](…/Hydra/)`: a repository given twice on purpose, its own
        mine = title_key(plain_text(it.entry.text))
        if name.isalpha() and name in _initials(other.title) and name not in _initials(it.title) and name not in it.nkey:
            # `HieuPhan33/MAVL` on "… A Multi-Aspect Vision-Language Pre-training Framework" and
            # on the entry below: the repository is named by the words of the first title
            return other, "code-slip"
        # "BART: …" and an entry of another section linking `…/models/bart`, "RVSA" (its
        # Abbreviation cell) and the row below linking `…/RVSA`; a repository named by the words
        # of the title above (`xray_report_generation` for "… Medical X-ray Reports", not for
        # "… Imaging Reports"). Not a repository whose name holds the other's as a part
        # (`SMCA-DETR` for SMCA also hosts ACT, by the same group)
        if any(n in name or name in n for n in _names(it)):
            continue
        said = title_key(plain_text(_ADDRESS.sub("]", it.entry.text)))  # its words, no URL
        if ((len(name) >= 5 or _FOLDER.match(r)) and name not in said and name in _names(other)
                or other.tkey and _worded_after(r, other.tkey, said)):
            return other, "code-slip"
        if len(name) < 5:
            continue
        # "`2021.06` BioM-Transformers: Building …": the name (a date before it) is the repository's
        # own, exactly: a family's repository (InternVL for InternVL3.5, LLaVA for LLaVA-NeXT) holds
        # its other papers too, and "Flamingo" in open_flamingo is an open reproduction
        own = _name_of(it)
        if name not in mine and _name_of(other) == name and not (own and own in name):
            return other, "code-slip"
    return None, ""


def _project_section(a: Entry, b: Entry, name: str) -> bool:
    """Both entries stand in one section whose heading is the repository's name (`## Mamba`
    over Mamba and its sequel Mamba-2, whose code is `state-spaces/mamba` too): the section
    lists that project's papers, and its repository is theirs."""
    section = a.section
    if section is None or section is not b.section or section.heading is None:
        return False
    return title_key(section.heading.plain) == name


def _code_only_named(a: Item, b: Item) -> bool:
    """Of two entries that link one code repository, one has no paper link and a title of two
    words or more, each of three letters or more, that the other's title holds, each at the
    start of one of its words (``CLIP prefix captioning`` [code] and ``ClipCap: CLIP Prefix for
    Image Captioning`` [pdf] [code]): one work listed twice, once by its code alone."""
    bare, full = (a, b) if not a.urls else (b, a)
    words = bare.words.split() if bare.tkey else title_words(bare.title).split()
    if len(words) < 2 or any(len(w) < 3 or not w.isalpha() for w in words):
        return False
    theirs = (full.words or title_words(full.title)).split()
    return all(any(t.startswith(w) for t in theirs) for w in words)


_WORD = re.compile(r"[^\W\d_]+")


def _initials(title: str) -> str:
    """The first letters of a title's words, a hyphen's parts each a word, lower case:
    ``Multi-Aspect Vision-Language Pre-training`` gives ``mavlpt``. A repository named by four
    of them in a row or more is named after that title."""
    return "".join(w[0] for w in _WORD.findall(title.casefold()))


_LABEL_TAIL = re.compile(r"\s*[(\[](?:paper|pdf|arxiv|link)[)\]]\s*$", re.I)  # "SAM-Med3D [(paper)](…)"


def _name_of(it: Item) -> str:
    """The key of the name that heads an entry's title (``LinkBERT: …``; a leading date, or a
    venue and date in parentheses, ``(arXiv 2021.08) GroupFormer: …``, dropped), or of its whole
    title when it is a short name; '' for a long title without a name."""
    head = head_key(_LEAD_NOTE.sub("", it.title, count=1)) or ("" if it.paper else it.nkey)
    return head.lstrip("0123456789")


_LEAD_NOTE = re.compile(r"^\s*\((?=[^()\n]*\d)[^()\n]{1,40}\)\s+")  # `(arXiv 2021.08) `, not `(Re)Thinking`
_NAME_HEADERS = frozenset({"abbreviation", "abbr", "abbr.", "short name", "name", "model", "method", "model name"})


def _names(it: Item) -> set[str]:
    """The keys of the names an entry goes by: the name heading its title, its short title, the
    label of its paper link when that is a name (``[RVSA](…)``), a row's Abbreviation, Model or
    Method cell. Names shorter than four characters are left out."""
    out = {_name_of(it)}
    e = it.entry
    for k in e.links:
        if not k.is_image and paper_key(k.url) in it.urls:
            label = label_title(k.label)
            if len(label.split()) <= 2 and link_kind(label) is None:
                out.add(title_key(label))
    if e.row is not None and e.row.table is not None:
        for header, cell in zip(e.row.table.columns, e.row.cells):
            if header.strip().casefold() in _NAME_HEADERS:
                text = label_title(cell.text)
                if len(text.split()) <= 2:
                    out.add(title_key(text))
    return {n for n in out if len(n) >= 4 and n not in GENERIC_TITLES and not n.isdigit()}


def _one_name(a: Item, b: Item) -> bool:
    """Two entries that go by one name: the short title of one is the name that heads the other's
    ("SAM-Med3D" / "SAM-Med3D: A Vision Foundation Model …"), or both are headed by it."""
    ta, tb = _LABEL_TAIL.sub("", a.title), _LABEL_TAIL.sub("", b.title)
    ha, hb = head_key(ta) or title_key(ta), head_key(tb) or title_key(tb)
    return (len(ha) >= MIN_TITLE and ha == hb and ha not in GENERIC_TITLES and not _distinct_ids(a, b)
            and not _other_subtitles(ta, tb))


def _other_subtitles(a: str, b: str) -> bool:
    """Both titles follow the name with a subtitle, and the subtitles share under half their
    words: two papers that chose one name ("GeoNet: Geometric Neural Network for Joint Depth …"
    and "GeoNet: Unsupervised Learning of Dense Depth …"), not two versions of one."""
    sa, sb = a.partition(":")[2], b.partition(":")[2]
    wa, wb = set(_SUB_WORD.findall(sa.lower())), set(_SUB_WORD.findall(sb.lower()))
    if len(wa) < 3 or len(wb) < 3:
        return False
    return len(wa & wb) * 2 < min(len(wa), len(wb))


_SUB_WORD = re.compile(r"[a-z0-9]{3,}")
_BARE_WORD = re.compile(r"[A-Za-z_-]*")  # a link target with no '/', '.', ':' or '#': no address


_FEW_REPEATS = 4  # a file with more repeats across lists cross-lists on purpose


def _pasted_repeats(doc: Document, items: list[Item], scope_id, scope: str) -> list[tuple[Item, Item]]:
    """The entries of a file that repeat an entry of another list (or section), when the file has
    few such repeats (four at most) and every one is word for word the same entry in a sibling
    section (one parent heading), neither section holding datasets, tools or other resources.
    A list that cross-lists on purpose does so again and again, or with a note, or from a
    Datasets section (nine repeats in ten on the annotated lists), or files one paper under
    three headings (every topic it fits); a few identical copies under neighbouring headings
    were pasted twice (SAM4MIS, histopathology-papers, the four of multimodal-medical-imaging).
    Empty otherwise."""
    by_key: dict[str, Item] = {}
    found: list[tuple[Item, Item]] = []
    for it in items:
        if it.dup:
            continue
        keys = _repeat_keys(it)
        for k in keys:
            o = by_key.get(k)
            if o is not None and scope_id(o, scope) != scope_id(it, scope) and (
                    k[0] == "t" or not it.nkey or not o.nkey or _titles_agree(it, o)):
                if len(found) == _FEW_REPEATS:
                    return []  # many repeats across lists: this file cross-lists
                found.append((it, o))
                break
        for k in keys:
            by_key.setdefault(k, it)
    if any(n > 1 for n in Counter(id(o) for _, o in found).values()):
        return []  # one paper under three headings: the file files papers under every topic they fit
    title = next((h.line for h in doc.headings if h.level == 1), None)  # the page's title
    for it, other in found:
        e, f = it.entry, other.entry
        if (e.section is None or f.section is None or e.section.parent is not f.section.parent
                or e.section.heading is None or f.section.heading is None
                or _reference_section(e) or _reference_section(f) or _reference_part(e, title)
                or not same_text(doc, e, f)):
            return []
    # three or more copies from one section make up a third of another: that section lists
    # again, on purpose, the papers of the first that fit its topic (half of a six-entry
    # "Natural Language Object Retrieval" taken from "Referring Expressions"); three pasted
    # copies among forty entries are slips
    pairs = Counter((id(it.entry.section), id(other.entry.section)) for it, other in found)
    sizes = Counter(id(it.entry.section) for it in items)
    return [(it, other) for it, other in found
            if (not (n := pairs[id(it.entry.section), id(other.entry.section)]) >= 3 or 3 * n < sizes[id(it.entry.section)])
            and not _fits_both(it, other)]


_TOPIC_WORD = re.compile(r"[A-Za-z]{5,}")
_TOPIC_PAIR = re.compile(r"([A-Za-z]{5,})(?:[ \t]*,)?[ \t]+(?:and|&)[ \t]+([A-Za-z]{5,})")


def _fits_both(it: Item, other: Item) -> bool:
    """The title joins a topic of each of the two headings (`LoRA-FAIR: … with Aggregation and
    Initialization Refinement` under `Server Aggregation` and `LoRA Initialization`): filed
    under both on purpose, not pasted twice. (A title that only names words of both headings,
    `Vision-Language … X-ray Generation`, says nothing of the kind.)"""
    def topics(e: Entry) -> set[str]:
        return {w[:6].casefold() for w in _TOPIC_WORD.findall(e.section.title if e.section else "")}

    mine, theirs = topics(it.entry), topics(other.entry)
    for m in _TOPIC_PAIR.finditer(it.title or ""):
        a, b = m.group(1)[:6].casefold(), m.group(2)[:6].casefold()
        if (a in mine - theirs and b in theirs - mine) or (a in theirs - mine and b in mine - theirs):
            return True
    return False



def _section_pasted_twice(items: list[Item]) -> list[tuple[Item, Item]]:
    """The entries of a section that repeat those of an earlier sibling section of the same
    heading, when they are at least three and half the later section's entries: one section
    written twice (a merge that kept both copies), not a topic view, which has a name of its own,
    nor a Datasets part that lists a Software part's benchmarks again under its own subheadings.
    Entries a repeat in their own list already reports are left to that report."""
    by_title: dict[tuple[int, str], list[Item]] = {}
    for it in items:
        sec = it.entry.section
        if sec is not None and sec.heading is not None and sec.level >= 2:
            by_title.setdefault((id(sec.parent), key_of(fold(sec.title))), []).append(it)
    found: list[tuple[Item, Item]] = []
    for (_, name), group in by_title.items():
        sections = list(dict.fromkeys(id(it.entry.section) for it in group))
        if not name or len(sections) < 2:
            continue
        first = [it for it in group if id(it.entry.section) == sections[0]]
        keys: dict[str, Item] = {}
        for it in first:
            for k in _repeat_keys(it):
                keys.setdefault(k, it)
        for sid in sections[1:]:
            later = [it for it in group if id(it.entry.section) == sid]
            pairs = [(it, o) for it in later if (o := next((keys[k] for k in _repeat_keys(it) if k in keys), None))]
            if len(pairs) >= 3 and 2 * len(pairs) >= len(later):
                found += [(it, o) for it, o in pairs if not it.dup]
    return found


def _repeat_keys(it: Item) -> list[str]:
    """What makes two entries of different sections one: a paper title's key, or a link."""
    return ([("t" + it.tkey)] if it.tkey and it.paper else []) + ["u" + u for u in it.urls]


def _reference_part(e: Entry, title: int | None) -> bool:
    """The entry stands under a top-level heading of resources that is not the page's title
    (`# Tools` > `## Hunting` in a file whose `#` headings are its parts): a tool that does
    two jobs is listed under both on purpose."""
    top = next((s for s in e.section.lineage() if s.level == 1), None) if e.section is not None else None
    return top is not None and top.line != title and _REFERENCE.search(top.title) is not None


def _reference_section(e: Entry) -> bool:
    """The entry stands in a section of resources that point at papers (datasets, benchmarks,
    tools, talks…), by its heading or a parent heading (not the page's title: "Papers,
    Tutorials and Surveys" names the whole list), below any heading of papers: under
    "Resources > Methods > Memory-based" an entry is a method's paper, the umbrella heading
    says nothing of it."""
    if e.section is None:
        return False
    for s in e.section.lineage(min_level=2):  # nearest first
        if _REFERENCE.search(s.title):
            return True
        if _PAPERS_HEADING.search(s.title):
            return False
    return False


_DATA = re.compile(r"\b(?:data[ -]?sets?|benchmarks?|corpora|leaderboards?)\b", re.I)
_TOOLS_HEADING = re.compile(r"\b(?:tools?|toolkits?|librar(?:y|ies)|software|frameworks?)\b", re.I)


def _data_section(e: Entry, title_line: int) -> bool:
    """The entry stands under a heading of data sets or benchmarks (its own or a parent's, below
    any heading of papers; a level-1 heading counts but the page's title at ``title_line``): the
    data sets of one paper share its download page (`[Sports-DA]`, `[Daily-DA]`, both to
    `msvda.html#data-download`) or its repository."""
    if e.section is None:
        return False
    for s in e.section.lineage():
        if s.level == 1 and s.line <= title_line:
            break
        if _PAPERS_HEADING.search(s.title) or _TOOLS_HEADING.search(s.title):
            return False  # `## Benchmark Papers`, `## Dataset Tools`: papers and tools, not data
        if _DATA.search(s.title):
            return True
    return False


# a model's name and what its letters stand for: `GRU (Gated Recurrent Unit)`
_SPELT_OUT = re.compile(r"([A-Z][A-Za-z0-9]{1,9})[ \t]*\(([^()]{5,80})\)")


def _spelt_out(title: str) -> bool:
    m = _SPELT_OUT.fullmatch(title.strip())
    if m is None:
        return False
    caps = [c for c in m.group(1) if c.isupper()]
    initials = [w[0].upper() for w in re.split(r"[ \t-]+", m.group(2)) if w[:1].isalpha()]
    return len(caps) >= 2 and caps == initials[: len(caps)] and len(initials) <= len(caps) + 1


def _word_count(it: Item) -> int:
    """Words of two letters or more in the title ("OPT-1.3|6.7|13B" has one), or in the paper
    title quoted after a short name (``**PIGLeT**: "PIGLeT: Language Grounding …"``). A name
    with its letters spelt out (``GRU (Gated Recurrent Unit)``) is one word: a model, named
    beside its paper."""
    if _spelt_out(it.title):
        return 1
    n = sum(1 for w in it.words.split() if sum(c.isalpha() for c in w) >= 2)
    if n < 3:
        quoted = _quoted_title(it)
        if quoted:
            n = max(n, sum(1 for w in quoted.split() if sum(c.isalpha() for c in w) >= 2))
    return n


_PAPER_HEADERS = frozenset({"paper", "papers", "title", "paper title", "paper name"})
_QUOTED = re.compile(r'"([^"\n]{20,300})"|“([^”\n]{20,300})”')


def _quoted_title(it: Item) -> str:
    """The paper title an entry named by a short name quotes after it (``**ZSP**: "Language
    Models as Zero-Shot Planners: …"``) or, in a table, holds in its Paper or Title column
    (``| PromptRec | Towards Personalized Cold-Start … |``), when it is one (four words or
    more); else ''."""
    if it.paper:
        return ""
    e = it.entry
    if e.row is not None and e.row.table is not None:  # | PromptRec | Towards Personalized … |
        for header, cell in zip(e.row.table.columns, e.row.cells):
            if (header.strip().casefold() in _PAPER_HEADERS and e.title_start is not None
                    and not cell.start <= e.title_start <= cell.end):
                title = plain_text(cell.text)
                return title if paper_like(words_of(fold(title))) else ""
        return ""
    start = e.title_end if e.title_end is not None else e.start
    m = _QUOTED.search(e.doc_text, start, min(e.end, start + 400))
    if m is None:
        return ""
    title = m.group(1) or m.group(2)
    return title if paper_like(words_of(fold(title))) else ""


def _shown(it: Item) -> str:
    """The entry as a message names it: its title, else its text (never an empty '')."""
    title = " ".join(it.title.split())
    if title:
        return shorten(title)
    text = " ".join(plain_text(it.entry.text).replace("|", " ").split())
    return shorten(text) if text else f"the entry at line {it.entry.line}"


def _what_link(a: Item, b: Item) -> str:
    """What two entries share, in words: ``arXiv id 2306.11345``, ``DOI …`` or ``paper link``."""
    return describe_key(next((u for u in a.urls if u in b.urls), ""))


def _titles_agree(a: Item, b: Item) -> bool:
    """Titles that name the same paper: equal keys, one a prefix or suffix of the other ("KiUT"
    / "KiUT: Knowledge-injected …", "Curator" / "Bespoke Curator"), or nearly the same words
    with the same numbers."""
    if a.nkey == b.nkey:
        return True
    if not a.tkey or not b.tkey:
        return False  # "uv" / "uv-build": short names that differ are two things
    if _variant_of(a.title or "", b.title or ""):
        return False  # "DeepSeek-V2" / "DeepSeek-V2-Lite": two models of one family (one paper)
    short, long_ = sorted((a.tkey, b.tkey), key=len)
    if len(short) >= MIN_TITLE and (long_.startswith(short) or long_.endswith(short)):
        return True
    for x, y in ((a, b), (b, a)):  # "DeepSeek-V2: A Strong, …" / "DeepSeek-v2-236B-MoE"
        h = head_key(x.title)
        if len(h) >= MIN_TITLE and h not in GENERIC_TITLES and y.tkey.startswith(h):
            return True
    ca, cb = _core(a.title or ""), _core(b.title or "")
    if ca and ca == cb:
        return True  # `[InternVL2.5] Expanding …` / `✨ Expanding … (InternVL 2.5)`: one title, two notes
    return fuzzy.near_identical(a.words, b.words, 85.0) is not None


# what a list writes around a title: leading marks and bracketed notes (`✨`, `[InternVL2.5]`,
# `[Data, Model]`), and a trailing note in parentheses (`(InternVL 2.5)`)
_LEAD_NOTES = re.compile(r"^(?:[^\w\[(]+|\[[^\[\]]{1,40}\]\s*)+")
_TAIL_NOTE = re.compile(r"\s*[(（][^()（）]{1,40}[)）]\W*$")


@lru_cache(maxsize=4096)
def _core(title: str) -> str:
    """The title's key without the notes around it; '' when too short to name a paper alone
    (`GloVe vectors (Common Crawl, 840B tokens)` and `(Wikipedia, 6B tokens)`: the notes tell
    two downloads apart)."""
    core = _TAIL_NOTE.sub("", _LEAD_NOTES.sub("", title.strip()))
    key = title_key(core)
    return key if len(key) >= 6 * MIN_TITLE else ""


_OUTLINE = re.compile(r"\d+(?:\.\d+)+\.?(?=\s)")
# the word a model family's member adds to the family's name (`DeepSeek-V2-Lite`, `Llama 2 Chat`)
_VARIANT = re.compile(r"[-_ ](?:lite|mini|tiny|small|base|medium|large|xl|xxl|chat|instruct|pro|plus|max|"
                      r"turbo|\d+(?:\.\d+)?[bmk])", re.I)


def _variant_of(a: str, b: str) -> bool:
    """One name is the other and a variant's word: two models, not one entry twice."""
    short, long_ = sorted((a.strip(), b.strip()), key=len)
    return bool(short) and long_.lower().startswith(short.lower()) and \
        _VARIANT.fullmatch(long_[len(short):]) is not None


def _collection(key: str, a: Item, b: Item) -> bool:
    """Two paper titles on one GitHub repository named after neither (`pytorch-cnn-visualizations`
    under a saliency paper and SmoothGrad, `functional-zoo` under ResNet and Wide ResNet): a
    collection that implements both, not a link copied onto the wrong paper."""
    if not key.startswith("github:"):
        return False
    name = _repo_name_key(key)
    return not (len(name) >= 3 and (name in (a.tkey or a.nkey or "") or name in (b.tkey or b.nkey or "")))


def _one_project(a: Item, b: Item, key: str, title_line: int = 0) -> bool:
    """Two entries of one list whose titles are links to the same GitHub repository
    (``[foo](https://github.com/foo/foo)`` and ``[Foo Tool](https://github.com/Foo/foo/)``): one
    project listed twice under two names, whatever the names."""
    if not (key.startswith("github:") and _titled_by(a.entry, key) and _titled_by(b.entry, key)):
        return False
    if _data_section(a.entry, title_line) and _data_section(b.entry, title_line):
        return False  # `VIPER→Cityscapes-Seq` and `SYNTHIA-Seq→Cityscapes-Seq`: two benchmarks of one release
    x, y = sorted(((a.title or "").strip().casefold(), (b.title or "").strip().casefold()), key=len)
    ox, oy = _OUTLINE.match(x), _OUTLINE.match(y)
    if ox and oy and ox.group() != oy.group():
        return False  # "2.3 Outcome Explanation", "2.5 Example-based…": an outline's branches, both at its root
    # `uv` and `uv-build`: a component named after its repository (a monorepo's parts), not a copy
    if x and (y.startswith(x) and y[len(x):len(x) + 1] in "-_." or y.endswith(x) and y[-len(x) - 1:-len(x)] in "-_."):
        return False
    if _series(x, y):
        return False
    return _one_story(a, b)


def _series(x: str, y: str) -> bool:
    """Two one-word names of a series told apart by their numbers (`atsamd21` and `atsame54`,
    chips whose crates share one repository, each with the same description): a family's members,
    not one project twice."""
    x, y = x.strip("`*_ "), y.strip("`*_ ")
    if x == y or not (x and y) or any(c.isspace() for c in x + y):
        return False
    if not (any(c.isdigit() for c in x) and any(c.isdigit() for c in y)):
        return False
    common = len(os.path.commonprefix([x, y]))
    return common >= 5 or re.sub(r"\d+", "", x) == re.sub(r"\d+", "", y)


_STORY_WORD = re.compile(r"[^\W_]{3,}")


def _one_story(a: Item, b: Item) -> bool:
    """Two entries on one repository tell one project's story: one's text names the other's title
    (`[QuantConnect](…/Lean) - Lean Engine is …`), or their descriptions share most of their
    words (a copy). A repository that hosts several things (`kubectx` and `kubens`, YOLOv8 and
    YOLOv11 in `ultralytics`, two papers' methods in one collection of visualisations) is
    listed once per thing, each entry telling its own."""
    texts = []
    for it in (a, b):
        whole = plain_text(it.entry.text).casefold()
        title = (it.title or "").strip().casefold()
        texts.append((whole.replace(title, " ", 1) if title else whole, title))
    (rest_a, title_a), (rest_b, title_b) = texts
    if (title_a and re.search(rf"(?<!\w){re.escape(title_a)}(?!\w)", rest_b)) or \
            (title_b and re.search(rf"(?<!\w){re.escape(title_b)}(?!\w)", rest_a)):
        return True
    # `[SignalProcessing](…/DSP.jl)` and `[DSP](…/DSP.jl) - Digital Signal Processing (…)`
    ka, kb = title_key(title_a), title_key(title_b)
    if len(ka) >= 6 and ka in title_key(rest_b) or len(kb) >= 6 and kb in title_key(rest_a):
        return True
    if len(ka) >= 6 and len(kb) >= 6 and ka in title_key(rest_a) and kb in title_key(rest_b):
        return False  # `[adafruit-macropad](…/rp-hal-boards) - Board Support Crate for the Adafruit Macropad`: each its own
    wa, wb = set(_STORY_WORD.findall(rest_a)), set(_STORY_WORD.findall(rest_b))
    return bool(wa and wb) and len(wa & wb) >= 0.8 * min(len(wa), len(wb))


_TITLE_WORD = re.compile(r"[^\W\d_]{4,}")


def _page_slip(a: Item, b: Item, title_line: int = 0) -> bool:
    """Two neighbouring entries of one list (``b`` right above ``a``) whose titles are links to
    one page, but name two things that neither entry's text names the other of (``[Principal
    Component Analysis (PCA)](…/decomposition.html#pca)`` then ``[t-SNE](…/decomposition.html#pca)``):
    the link was copied with the entry above. The link is each entry's title, its main link, so
    a page several entries point at on purpose (a challenge's site beside each task's own page,
    a paper beside its data set) does not count; neither does a series told apart by numbers
    (`Task1`/`Task2`) or a GitHub repository (one project under two names: a duplicate, told
    above)."""
    if not (a.nkey and b.nkey) or _titles_agree(a, b) or _data_section(a.entry, title_line):
        return False
    if label_kind(a.entry.title or "") or label_kind(b.entry.title or ""):
        return False  # `Docs` then `Learn More` on one page: a section's link slots, not two things
    shared = [u for u in a.urls if u in b.urls and not u.startswith("github:")
              and _titled_by(a.entry, u) and _titled_by(b.entry, u)]
    if not shared:
        return False
    if _DIGITS.sub("", a.nkey) == _DIGITS.sub("", b.nkey):
        return False
    ta, tb = title_key(plain_text(a.entry.text)), title_key(plain_text(b.entry.text))
    if a.nkey in tb or b.nkey in ta:
        return False
    # "Huang et al. (2012)'s embeddings (HSMN+csmRNN)" and "Collobert et al. (2011)'s embeddings
    # (CW+csmRNN)" on one download page: two titles sharing two words are two files of one page
    wa = {w for w in _TITLE_WORD.findall((a.entry.title or "").casefold())}
    wb = {w for w in _TITLE_WORD.findall((b.entry.title or "").casefold())}
    return len(wa & wb) < 2


def _titled_by(e: Entry, key: str) -> bool:
    """The entry's title is (inside) a link whose identity key is ``key``."""
    ts = e.title_start
    return ts is not None and any(k.label_start <= ts < k.label_end and paper_key(k.url) == key for k in e.links)


def _other_papers(a: Item, b: Item) -> bool:
    """Two entries that share a link which names no paper (a tool's repository) and each link a
    paper by arXiv id, DOI or OpenReview id, different ones: one tool beside two of its papers."""
    ia = {k for k in (url_key(x.url) for x in a.entry.links if not x.is_image) if is_strong(k)}
    ib = {k for k in (url_key(x.url) for x in b.entry.links if not x.is_image) if is_strong(k)}
    return bool(ia) and bool(ib) and not (ia & ib)


def _distinct_ids(a: Item, b: Item, kind: str = "") -> bool:
    """Both entries link a paper by arXiv id, DOI or OpenReview id (those of ``kind`` only, a
    key prefix such as ``arxiv:``), and the ids differ: two papers, however alike their titles
    ("A Survey of Visual Transformers" / "A Survey on Visual Transformer"). Two arXiv ids are
    two papers even where one title is the other after a name (a preprint and its published
    version carry an arXiv id and a DOI, not two arXiv ids)."""
    ia = {u for u in a.urls if is_strong(u) and u.startswith(kind)}
    ib = {u for u in b.urls if is_strong(u) and u.startswith(kind)}
    return bool(ia) and bool(ib) and not (ia & ib)


def _two_pages(a: Item, b: Item) -> bool:
    """Each entry links one page, both of one site and neither a paper's id, and the titles
    differ only in small words: two pages of that site (`…/getting-started-…-on-windows-90d8`
    and `…-for-windows-ba23`, a blog's two posts), alike without being one resource (a typo,
    `Casual`/`Causal`, is still a copy). A code host's two repositories may be one project
    forked or renamed, so GitHub (its key is `github:owner/name`), GitLab and Hugging Face are
    left to the titles."""
    if len(a.urls) != 1 or len(b.urls) != 1:
        return False
    ha, hb = a.urls[0].split("/", 1)[0], b.urls[0].split("/", 1)[0]  # keys are `host/path`
    if ha != hb or ":" in ha or ha in ("gitlab.com", "huggingface.co"):
        return False  # another site, or a key that is no page (`arxiv:…`, `doi:…`, `github:…`)
    from ..fuzzy import content_words

    return content_words(a.words) == content_words(b.words)  # `on`/`for` apart; a typo is a copy


def _slip(a: Item, b: Item, strong: bool = False) -> bool:
    """Different titles on one paper link look like a copy-paste slip when neither entry
    mentions the other's title (a dataset row naming the paper it comes from, "AS-1B" |
    "[The All-Seeing Project](…)", is no slip), and both are paper titles, or the link is a
    ``strong`` one (an arXiv id, a DOI, an OpenReview id: one paper each, whatever the length
    of the titles: "Medical SAM Adapter" on another entry's DOI is a slip)."""
    if not strong and not (a.paper and b.paper):
        return False
    if strong and (not (a.paper or b.paper or _quoted_title(a) or _quoted_title(b))
                   or min(_word_count(a), _word_count(b)) < 3):
        return False  # "HELM" / "Holistic Evaluation of …": a model named beside its paper
    if (_reference_section(a.entry) or _reference_section(b.entry)) and not (strong and _two_paper_labels(a, b)):
        return False  # two data sets of one paper share its link; not two papers' titles on it
    ka, kb = a.tkey or a.nkey, b.tkey or b.nkey  # "ZSP": a short name still names the entry
    if a.entry.container is not b.entry.container and _one_title(a, b):
        return False  # one paper filed under two topics ("[Sparse FlashAttention] Faster …" and
        # "[QK-Sparse] Faster …"): a repeat across lists, which the scope governs, not a slip
    if _DIGITS.sub("", ka) == _DIGITS.sub("", kb):
        return False  # "Task1"/"Task2", "V4"/"V5": parts of one series on one page
    ta = title_key(plain_text(a.entry.text))  # link labels, not their URLs
    tb = title_key(plain_text(b.entry.text))
    if ka in tb or kb in ta:
        return False
    qa, qb = _quoted_title(a), _quoted_title(b)  # two names, one paper title: one paper, two methods
    if qa and title_key(qa) in tb or qb and title_key(qb) in ta:
        return False
    ha, hb = head_key(a.title), head_key(b.title)
    if len(ha) >= MIN_TITLE and ha in tb or len(hb) >= MIN_TITLE and hb in ta:
        return False
    sa, sb = _cited(a.entry), _cited(b.entry)  # "Microsoft (Deep Residual Learning)" and "Deep
    # Residual Network", each with the citation "…, Deep Residual Learning for Image Recognition"
    # in a sub-item: two names of one paper, not a link copied onto another
    return not (len(sa) >= MIN_TITLE and len(sb) >= MIN_TITLE and (sa in sb or sb in sa))


_LEAD_TAG = re.compile(r"^[^\w\[]*(?:\[[^\[\]\n]{0,200}\][^\w\[]*)+")


def _one_title(a: Item, b: Item) -> bool:
    """Two entries whose titles are one once their leading bracketed tags go (a topic tag:
    `[Sparse FlashAttention] Faster …` and `[QK-Sparse/Dropping Attention] Faster …`)."""
    return bool(a.title and b.title) and bool(title_key(_LEAD_TAG.sub("", a.title))) and (
        title_key(_LEAD_TAG.sub("", a.title)) == title_key(_LEAD_TAG.sub("", b.title)))


def _two_paper_labels(a: Item, b: Item) -> bool:
    """Each entry links a paper title of its own (a label of five words or more, as a
    benchmark table's Title column writes them), and neither title holds the other: in a
    section of datasets, rows that put two papers' titles on one arXiv id are a slip too
    (`CrossCodeEval: …` and `Repository-Level Code Completion …` on one id)."""
    la, lb = _paper_label(a.entry), _paper_label(b.entry)
    return bool(la and lb) and la not in lb and lb not in la


def _paper_label(e: Entry) -> str:
    """The title key of the entry's first link label of five words or more, '' if none."""
    for k in e.links:
        if not k.is_image and len(_WORDS2.findall(k.label)) >= 5:
            return title_key(plain_text(k.label))
    return ""


_WORDS2 = re.compile(r"[A-Za-z]{2,}")


def _cited(e: Entry) -> str:
    """The title key of the text of an entry's sub-items (the citation a list writes under a
    named entry), '' for an entry with none."""
    item = e.item
    if item is None or not item.children:
        return ""
    parts = [e.doc_text[c.text_start:c.text_end] for block in item.children for c in block.items[:3]
             if c.text_end > c.text_start]
    return title_key(plain_text(" ".join(parts)))[:400] if parts else ""
