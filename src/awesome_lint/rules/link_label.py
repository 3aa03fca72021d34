"""AL011 link-label."""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import lru_cache

import msgspec

from ..document import Document, Entry, github_slug
from ..entries import links_subitem
from ..evidence import arxiv_id
from ..lexicon import is_english, known_word
from ..inline import INLINE, REFERENCE, Link
from ..model import Edit, Finding, Fix
from ..urls import REPO_URL as _REPO_URL
from ..vocabulary import CODE, KINDS, PAPER, PARTICULAR_WORDS, PROJECT, is_paper_url, label_kind, label_words, preprint_url
from ..voting import dominant
from .base import FIX_SOMETIMES, Option, Rule

#: The kinds of link and their words: the shared vocabulary's (``vocabulary.KINDS``).
DEFAULT_KINDS: dict[str, list[str]] = {kind: sorted(words) for kind, words in KINDS.items()}

# A label that is only a word or two, optionally in brackets and bold/italic: '[[paper]]' has the
# label '[paper]'; '**PDF**', 'Code', '[Project Page]'.
_SIMPLE = re.compile(r"\[?\s*(?:\*\*|__|\*|_)?([@#]?[A-Za-z][A-Za-z \-]{0,24}?)(?:\*\*|__|\*|_)?\s*\]?")
_NUMBERED = re.compile(r"[\s\-_]*\d+$")
# Plurals that count nothing: 'Doc' and 'Docs' label the same link ('Model' and 'Models' may not:
# one model, or a family of them).
_UNCOUNTED = {"docs": "doc", "codes": "code"}


class _Use(msgspec.Struct):
    entry: int  # index of the entry in doc.entries
    link: Link
    raw: str  # the label as written
    core: str  # its words, case-folded
    kind: str | None
    group: str  # labels compared with each other: one kind's plain words, or one word
    first: bool  # the link is the entry's title or first thing
    wrapped: bool = False  # written '[[label](url)]': brackets around the whole link
    plain: str = ""  # the label's words as written: no brackets, no emphasis
    word_start: int = 0  # where they are in the text
    word_end: int = 0
    family: str = ""  # its words folded: case, and a plural of the vocabulary ('Docs', 'doc')
    box: int = 0  # the list or table it is in (or, for a link outside entries, its section)

    @property
    def shown(self) -> str:
        """The label as the reader sees it, brackets around the link included."""
        return f"[{self.raw}]" if self.wrapped else self.raw


class LinkLabel(Rule):
    """
    ## What it does

    Looks at the short labels of an entry's links (`[[paper]]`, `[PDF]`, `[Code]`, `[github]`)
    and reports:

    - **one label written another way**: `[code]` where the file writes `[Code]` 145 times,
      `[arxiv]` among `[arXiv]`, `[hugging face]` among `[Hugging Face]`, `[Doc]` among
      `[Docs]`, `[Project-page]` among `[Project Page]`, `[@HN]` among `[HN]`: the same words
      in another case, with other spaces or a hyphen, `Doc`/`Docs`, or a handle's `@` or `#`
      before them (a line's variants are one finding). The spelling to follow is the file's
      when one spelling has at least three uses and three times any other, else the list's
      (or table's) when it has three uses and twice any other and the file does not write the
      other spelling more often (a file of two styles). Links outside entries (a list
      written as paragraphs: a bold name, a byline, then `[[Notebook](…)]`) are compared
      among themselves in the same way, each section a list, for labels that name a kind of
      link. A list or table that keeps its own spelling throughout is a style and is left
      alone; so is a label whose words another label of the entry shares. A name's case
      (`[Pytorch]` for PyTorch, `[ArXiv]`) is AL018's (proper-names) to report; a label
      that writes a name right is never reported because others write it wrong.
    - **words of labels misspelt as people often do**: `[Offical TF]`, `[Implementaion]`,
      `[Vedio]`, whatever the file writes elsewhere; a word misspelt in every label that writes
      it is one habit, reported once at its first line (the fix writes every one);
    - **misspelt labels**: `[[papaer]]`, `[[cdoe]]`, `[GtiHub]`: one letter away (a
      transposition counts as one) from a spelling that the file uses elsewhere, or from a label
      of no known kind the file writes ten times as often and ten times at least (`[Linke]`
      beside 126 `[Link]`; not a plural, an acronym, `[CVPRW]` beside `[CVPR]`, or a word,
      `[Stream]` beside `[Steam]`; its fix is unsafe); and a word
      one letter away from a word of the kind its neighbours name (`[project papge]`).
    - **a label that misspells the repository it links to**: `[pylyp](https://github.com/x/pyltp)`,
      `[Kasier-Yang/blink-cmp-avante](https://github.com/Kaiser-Yang/blink-cmp-avante)`,
      `[Aweosme Privacy](https://github.com/x/Awesome-Privacy)`, `[Infections-clj](…/inflections-clj)`:
      read word by word, all words but one agree, and that one has a letter replaced (five
      letters or more) or two swapped (four or more) after the first, or a letter added or
      dropped inside a word of six letters or more (not an `s`, not at its ends: a plural, a
      version letter or another first letter may be a renamed project's new name, or a pun).
      A label whose word is the better spelling (an English word beside a repository named
      `Awsome-…`, or a word the file writes more often) is left alone. The fix, unsafe, writes
      the URL's letters in the label's case. A one-word label of a project's own site is read
      the same way against the host's name and the address's one folder (`[RobotDK](https://robodk.com/)`,
      `[RTAP-Map](http://introlab.github.io/rtabmap/)`, `[CodieEsp](https://temu.bsc.es/codiesp/)`),
      after every other check (a label they read better is theirs), told but not fixed.
      A label that says `preprint` on every preprint server's address, beside another word on
      every published paper's, names versions, not a slip (`[[preprint]]` and `[[paper]]`);
      nor is a plural a misspelling (`[Colab notebooks]`).
    - **a GitHub badge for another repository than its link's**: `[![stars](https://img.shields.io/github/stars/a/x)](https://github.com/b/y)`,
      the badge copied with another entry's link, or one of the two names misspelt (the badge
      then shows "repo not found"); and a badge image beside a line's one link to GitHub, a code link
      (`[[Code]](https://github.com/b/y) ![stars](https://img.shields.io/github/stars/a/x)`),
      copied from another entry. No fix: which of the two is right is the maintainer's call.
    - **a `[GitHub]` label on a link elsewhere**: a GitHub Pages site (`name.github.io`, a
      project page, not a repository), a BibTeX file or an arXiv paper; and **a code label
      (`[code]`, `[PyTorch]`) on an arXiv paper**, often the paper link copied twice or another
      paper's; and a code label on a GitHub Pages site where the file labels such sites as
      project pages (`[project]` three times at least and three times as often as `[code]`; not
      on the page's own code part, `….github.io/#code`). The label promises a repository; a
      link inside a longer title (`MINT [[paper](…)] [[GitHub](…)]`) is read too, and so are
      the links of lists written as paragraphs (`**Title**<br>` … `[[Github](…)]`); and **a code
      or project label on the entry's own paper again** (`[[pdf](https://arxiv.org/abs/2104.08773)]
      [[project](https://arxiv.org/abs/2104.08773)]`, or the title's `dl.acm.org/doi/abs/…` as
      `[code](…/doi/pdf/…)`: one arXiv id or DOI), a link copied from the paper's. No fix: what
      the link should be called is the maintainer's choice.
    - **another word for a kind of link, as a slip**: `[pdf]` where the list labels its other
      25 paper links `[paper]`, `[GitHub]` among `[Code]`, `[Webpage]` among `[Website]`:
      where the list (or table) uses one word at least 10 times and twice any other, or,
      in a list with too few such links, where the file uses one word at least 20 times
      and 20 times any other. Only on a link to a site the usual label also links to (a
      `[git]` label on a project's own site is no code link), and not where the entry has
      another link to the same site or another paper (`[arXiv] [DOI]`: the word tells two
      versions apart), not a label that is the usual word and a qualifier (`[arXiv Paper]`
      among `[Paper]`: which version it is), or labels its links its own way (`[CMT submission] [preprint]
      [poster]`).
    - with the `other-words` option, also **another word for the same kind of link**:
      `[[pdf]]` in a list where every other paper link is `[[paper]]`, `[GitHub]` where the
      list says `[Code]`, `[Webpage]` where it says `[Website]`. The kinds are the link
      kinds every rule shares (paper, code, project, data, model, video, blog, slides,
      docs...): `paper`/`pdf`/`arxiv` are one kind, `code`/`github`/`repo`/`source code`
      another, `project`/`homepage`/`website` a third. A label whose words name something
      particular of its kind (`PyTorch`, `official`, `YouTube`, `OpenReview`, `Chinese`) is
      compared only with labels naming the same, and a label of no kind only with the same
      word. The kinds and their spellings are configurable (`kinds`). Two spellings that
      occur side by side in one entry (`[Paper] [arXiv]`) name different things in that list
      and are not compared; a list whose spellings are mixed with no clear majority gets one
      finding for the list. Off by default: another word is often another link (a
      `[preprint]` beside the published `[paper]`, a `[git]` link to a project site).

    The entry's own name (its first link, or a link in its title) is never compared, except
    in a sub-item that holds only links under a named resource (`- **GraphGym**` then
    `  - [[Paper]](…)`): there the links are labels by kind. Brackets
    around a label are not part of it (`[[Paper](url)]` and `[[Paper]](url)` look
    alike; a stray bracket is AL007's). Where AL018 reports a misspelt name in the label
    (`[Github]`), AL007 a stray bracket or AL005 a venue spelled another way (a leading venue
    link `[[arxiv](…)]` among `[[arXiv](…)]`), this rule stays silent: one finding per fault.
    A lower-case link text in the middle of a sentence (`detailed [documentation](…) and
    [examples](…)`) is a word of the sentence, not a label.

    Measured on the 65 hand-annotated tuning lists (session 11): 62 right, 0 wrong by default.
    With `other-words` (session 7, 23 lists), 42 right and 2 wrong (a `[preprint]` that tells
    one version of a paper from the others; a `[git]` label on a link to a project site).

    ## Why it matters

    Readers scan a paper list by its labels; a label spelled differently looks like a different
    kind of link, and a misspelt label looks careless. Consistent labels also let scripts find
    every paper or code link.

    ## Example

    ```markdown
    1. [2023 MICCAI] **TPRO** [[paper]](https://example.org/tpro) [[code]](https://example.org/tpro-code)
    2. [2023 IPMI] **Proto2Seg** [[paper]](https://example.org/proto) [[code]](https://example.org/proto-code)
    3. [2024 arXiv] **ALC** [[Paper]](https://example.org/alc) [[cdoe]](https://example.org/alc-code)
    4. [2024 arXiv] **MedSAM** [[paper]](https://example.org/medsam)
    ```

    Use instead:

    ```markdown
    1. [2023 MICCAI] **TPRO** [[paper]](https://example.org/tpro) [[code]](https://example.org/tpro-code)
    2. [2023 IPMI] **Proto2Seg** [[paper]](https://example.org/proto) [[code]](https://example.org/proto-code)
    3. [2024 arXiv] **ALC** [[paper]](https://example.org/alc) [[code]](https://example.org/alc-code)
    4. [2024 arXiv] **MedSAM** [[paper]](https://example.org/medsam)
    ```

    ## Fix safety

    Safe: the label's words are replaced by the spelling the list or file votes for (at
    least three uses and twice any other); brackets, emphasis and the URL are not touched. A
    misspelt label is replaced by the file's spelling of the word it is one letter away
    from. Labels of reference links (`[paper][1]`) are reported but not changed, because the
    label may be the reference's name.
    """

    defers_to = ("AL018", "AL007", "AL005")  # `[Github]` is a misspelt name; a stray bracket is link
    # syntax; a venue link `[arxiv](…)` among `[arXiv](…)` is a venue spelling (AL005)
    code = "AL011"
    name = "link-label"
    summary = "Link labels of one kind spelled differently, or misspelled"
    fix_availability = FIX_SOMETIMES
    tags = ("links", "style")
    options = {
        "kinds": Option(dict, DEFAULT_KINDS, "Kinds of link label and the spellings that mean the same "
                        "kind (case and brackets are compared separately): a mapping from kind to a list "
                        "of labels, each compared whole. Replaces the default, the shared link vocabulary, "
                        "whose words are also read inside longer labels (`Project Page`).",
                        values=Option((list, str), items=Option(str), expect="a label or a list of labels")),
        "misspellings": Option(bool, True, "Report labels one letter away from a label the file uses."),
        "other-words": Option(bool, False, "Also report a label that names the list's kind of link with "
                              "another word (`[pdf]` where the list says `[paper]`, `[GitHub]` where it says "
                              "`[Code]`), not only the same words written another way. Off by default: "
                              "another word is often another link (a preprint beside the paper)."),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        told: dict[int, list[int]] = defaultdict(list)  # the columns told, by line
        for f in self._labels(doc):
            told[f.line].append(f.column)
            yield f
        if self.opts.misspellings:  # last: a label another check reads better is its to tell
            yield from self._misnamed_sites(doc, told)

    def _labels(self, doc: Document) -> Iterator[Finding]:
        kinds = self._kinds()
        spelling_kind = {s: k for k, spellings in kinds.items() for s in spellings}
        classify = _vocabulary_kind if kinds == DEFAULT_KINDS else _mapping_kind(spelling_kind)
        entries = doc.entries
        uses: list[_Use] = []
        in_title: list[_Use] = []
        by_container: dict[int, list[_Use]] = defaultdict(list)
        for i, entry in enumerate(entries):
            container = entry.container
            if container is None:
                continue
            for link in entry.links:
                if doc.in_code(link.label_start):
                    continue  # an entry that opens with a code span (`2023.06`) is still linted
                use = _use(doc, entry, i, link, classify)
                if use is not None and use.first and use.plain != (entry.title or "").strip():
                    in_title.append(use)  # '[[GitHub](…)]' within a longer title: its host is read
                if use is None or use.first:
                    continue  # not a short label, or the entry's own name (a tool called 'Code')
                uses.append(use)
                by_container[id(container)].append(use)
        flagged: set[int] = set()
        # labels of links outside entries (lists written as paragraphs) are compared among
        # themselves: a banner's `[Project Page]` is no slip of the entries' `[project page]`;
        # where they lead is read like the entries' (`[[Github](https://name.github.io/x)]`)
        loose = _loose_uses(doc, entries, classify)
        yield from self._wrong_host(doc, sorted(uses + in_title + loose, key=lambda u: u.link.start), flagged)
        yield from self._badge_of_another_repository(doc)
        if self.opts.misspellings:
            yield from self._misnamed_repos(doc, flagged)
        if self.opts.misspellings and _TYPO_WORDS.search(doc.text):
            typo_uses = uses + _loose_uses(doc, entries, classify, typos=True)
            yield from self._typos(doc, sorted(typo_uses, key=lambda u: u.link.start), flagged)
        yield from self._variants(doc, loose, flagged)
        if not uses:
            return
        file_counts = Counter(u.plain for u in uses if u.kind)
        core_counts = Counter(u.core for u in uses)
        if self.opts.misspellings:
            yield from self._misspellings(doc, uses, spelling_kind, classify, file_counts, core_counts,
                                          by_container, flagged)
            yield from self._misspelt_words(doc, uses, kinds, spelling_kind, flagged)
        yield from self._variants(doc, uses, flagged)
        plain_counts = Counter(u.plain for u in uses)
        for group in by_container.values():
            yield from self._container(doc, group, file_counts, flagged,
                                       slips=None if self.opts.other_words else (uses, plain_counts))

    def _kinds(self) -> dict[str, list[str]]:
        raw = self.opts.kinds or {}
        out: dict[str, list[str]] = {}
        for kind, spellings in raw.items():
            if isinstance(spellings, str):
                spellings = [spellings]
            out[str(kind)] = [" ".join(str(s).split()).casefold() for s in spellings]
        return out

    # ---- consistency within one list or table ----------------------------------------------
    def _container(self, doc: Document, group: list[_Use], file_counts: Counter, flagged: set[int],
                   slips: tuple[list[_Use], Counter] | None = None) -> Iterator[Finding]:
        """Labels of one kind in one list or table written with different words. With
        ``slips`` (the file's uses and how often each label is written: the default, without
        `other-words`), only a slip is reported: see :meth:`_slip`."""
        by_group: dict[str, list[_Use]] = defaultdict(list)
        for u in group:
            if id(u.link) not in flagged:
                by_group[u.group].append(u)
        for kuses in by_group.values():
            kind = kuses[0].kind
            # spellings with different words that share an entry name different things here
            per_entry: dict[int, set[str]] = defaultdict(set)
            for u in kuses:
                per_entry[u.entry].add(u.core)
            together = any(len(cores) > 1 for cores in per_entry.values())
            if together:
                subgroups: dict[str, list[_Use]] = defaultdict(list)
                for u in kuses:
                    subgroups[u.core].append(u)
                parts = list(subgroups.values())
            else:
                parts = [kuses]
            for part in parts:
                if slips is None:
                    yield from self._compare(doc, kind, part, file_counts)
                else:
                    yield from self._slip(doc, kind, part, *slips)

    def _slip(self, doc: Document, kind: str | None, part: list[_Use], uses: list[_Use],
              plain_counts: Counter) -> Iterator[Finding]:
        """Another word for a kind of link where the list (or table) says one word at least
        `_SLIP_VOTES` times and twice every other (`[pdf]` among 25 `[paper]`, `[GitHub]`
        among `[Code]`), on a link to a site the file's usual label also links to (a `[git]`
        label on a project's own site is no code link), in an entry that does not label its
        links its own way (`[CMT submission] [preprint] [poster]`: the words tell the links
        apart)."""
        if kind is None:
            return
        counts = Counter(u.plain for u in part)
        if len(counts) < 2:
            return
        won = dominant(counts, min_votes=_SLIP_VOTES, lead=2)
        where = "this list uses"
        if won is None:
            # too few links here: the file's word, where it writes nearly every such link so
            file_words = Counter(u.plain for u in uses if u.group == part[0].group)
            won = dominant(file_words, min_votes=2 * _SLIP_VOTES, lead=2 * _SLIP_VOTES)
            where = "the file uses"
            if won is None or won[0] not in counts:
                return
            local = dominant(counts, min_votes=3, lead=2)
            if local is not None and local[0] != won[0]:
                return  # the list keeps its own word: a style
        target, n = won
        family = _family(target.casefold())
        sites = {_site(u.link.url) for u in uses if u.plain == target}
        entries = doc.entries
        for u in part:
            if u.plain == target or u.family == family or u.link.kind != INLINE:
                continue
            if _site(u.link.url) not in sites:
                continue  # a site the usual label never names: perhaps another kind of link
            if set(target.casefold().split()) < set(re.split(r"[ -]", u.plain.casefold())):
                continue  # `[arXiv Paper]` among `[Paper]`: the usual word and which version it is
            own = [x for x in entries[u.entry].links if x is not u.link and not x.is_image
                   and x.label_end > x.label_start and plain_counts[_plain(doc, x)] <= 2]
            if len(own) >= 2:
                continue  # the entry's links have labels of their own: the words tell them apart
            if kind == PAPER and _versions_apart(target, u, uses):
                continue  # `[preprint]` on bioRxiv beside `[paper]` on the journal: which version, on purpose
            site = _site(u.link.url)
            if any(x is not u.link and not x.is_image and (_site(x.url) == site or kind == PAPER and is_paper_url(x.url))
                   for x in entries[u.entry].links if x.label_end > x.label_start):
                continue  # `[arXiv] [DOI]`: two versions of one paper, the word tells them apart
            yield self._at(doc, u, f"link label {u.plain!r} differs from the {target!r} that {where}"
                           f" for {kind} links ({n} times)", target)

    def _compare(self, doc: Document, kind: str | None, part: list[_Use], file_counts: Counter) -> Iterator[Finding]:
        counts = Counter(u.plain for u in part)
        if len(counts) < 2:
            return
        ranked = counts.most_common()
        dominant = _clear_winner(ranked)
        where, n = "this list uses", counts[dominant] if dominant else 0
        if dominant is None and len(part) < 4:
            # too few links to tell: let the whole file decide between the spellings used here
            ranked_file = sorted(((file_counts[s], s) for s in counts), reverse=True)
            dominant = _clear_winner([(s, c) for c, s in ranked_file])
            where, n = "the file uses", file_counts[dominant] if dominant else 0
        if dominant is None:
            if len(part) < 4:
                return
            first = min((u for u in part if u.plain != ranked[0][0]), key=lambda u: u.link.start)
            spread = ", ".join(f"{s!r} ({c})" for s, c in ranked)
            what = f"{kind} links" if kind else f"{part[0].core!r} links"
            yield self._at(doc, first, f"{what} in this list are labelled in {len(ranked)} ways: {spread}; "
                           "pick one")
            return
        what = f" for {kind} links" if kind else ""
        family = _family(dominant.casefold())
        for u in part:
            if kind == PAPER and _versions_apart(dominant, u, part):
                continue  # `[preprint]` on bioRxiv beside `[paper]` on the journal: which version, on purpose
            if u.plain != dominant and u.family != family:  # the same words: _variants' to judge
                yield self._at(doc, u, f"link label {u.plain!r} differs from the {dominant!r} that {where}"
                               f"{what} ({n} times)", dominant)

    # ---- a label that names GitHub on a link elsewhere --------------------------------------
    def _wrong_host(self, doc: Document, uses: list[_Use], flagged: set[int]) -> Iterator[Finding]:
        """`[GitHub]` on a link to a GitHub Pages site (`name.github.io`, a project page, not a
        repository), to a BibTeX file or to arXiv, and a code label (`[code]`, `[PyTorch]`) on a
        link to arXiv: the label promises code the link does not lead to. A code label on a
        GitHub Pages site is reported too where the file labels such sites as project pages
        (three times at least, and three times as often as code), but not one that points at
        the page's code (`….github.io/#code`)."""
        pages = Counter(u.kind for u in uses if u.link.kind == INLINE and _project_page(u.link.url))
        pages_are_projects = pages[PROJECT] >= 3 and pages[PROJECT] >= 3 * pages[CODE]
        for u in uses:
            if u.link.kind != INLINE:
                continue
            github = u.core.replace(" ", "") == "github"
            if (u.kind in (CODE, PROJECT) and not github and u.entry >= 0
                    and not (u.kind == CODE and _host(u.link.url) in ("arxiv.org", "www.arxiv.org", "export.arxiv.org"))):
                twin = _paper_twin(doc.entries[u.entry], u.link)
                if twin is not None:
                    flagged.add(id(u.link))
                    yield self._at(doc, u, f"link label {u.plain!r} names {u.kind} but the link goes to the "
                                   f"entry's paper again (`{u.link.url.strip()}`, the paper {twin} links): a "
                                   "link copied from the paper's; link the " + u.kind + " or drop the label")
                    continue
            if not github and u.kind != CODE:
                continue
            host = _host(u.link.url)
            if github and host.endswith(".github.io"):
                what = f"the project page {host}, not a repository"
            elif pages_are_projects and _project_page(u.link.url):
                what = (f"the project page {host}, not code (the file labels {pages[PROJECT]} such "
                        "pages as project pages)")
            elif host in ("arxiv.org", "www.arxiv.org", "export.arxiv.org"):
                what = "arXiv, a paper, not a repository" if github else "arXiv, a paper, not code"
            elif github and host == "raw.githubusercontent.com" and u.link.url.lower().endswith(".bib"):
                what = "a BibTeX file, not a repository"
            else:
                continue
            flagged.add(id(u.link))
            named = "names GitHub" if github else "names code"
            yield self._at(doc, u, f"link label {u.plain!r} {named} but the link goes to {what}; "
                           "label it as what it links")

    def _badge_of_another_repository(self, doc: Document) -> Iterator[Finding]:
        """A GitHub badge (stars, forks, last commit) as a link's label whose repository is not
        the one the link goes to: copied with another entry's link, or one of the two misspelt
        (the badge then shows "repo not found"). No fix: which of the two is right is unknown."""
        if "img.shields.io/github/" not in doc.text:
            return
        for m in _REPO_BADGE.finditer(doc.text):
            shown, linked = f"{m.group(1)}/{m.group(2)}", f"{m.group(3)}/{m.group(4)}"
            if shown.casefold() == linked.casefold() or doc.in_code(m.start()):
                continue
            line, col = doc.position(m.start())
            end_line, end_col = doc.position(m.end())
            yield self.finding(f"the badge shows {shown} but its link goes to {linked}: copied with another "
                               "entry's link, or one of the two misspelt; make them name one repository",
                               line, col, end_line, end_col)
        told: set[int] = set()  # one finding a line (`stars` and `last-commit` of one copied pair)
        for m in _BARE_BADGE.finditer(doc.text) if "img.shields.io/github/" in doc.text else ():
            if m.start() and doc.text[m.start() - 1] == "[":
                continue  # a badge that is a link's label: read above
            # a badge image of its own beside the entry's one code link (`[[Code]](github.com/a/b)
            # ![stars](…/stars/c/d)`): copied from the entry whose code c/d is (a link labelled by
            # an image, the awesome badge's beside the page's own, names no entry's code)
            if doc.in_code(m.start()):
                continue
            line, col = doc.position(m.start())
            ls, le = doc.line_starts[line - 1], doc.line_end(line)
            if len(_GITHUB_ANY.findall(doc.text, ls, le)) != 1:
                continue  # no code link, or more links to GitHub than one (a dependency, a folder)
            repos = {(o.casefold(), r.casefold()): f"{o}/{r}" for label, o, r in _GITHUB_REPO.findall(doc.text, ls, le)
                     if label.strip(" *_").casefold() in _CODE_LABELS}
            shown = f"{m.group(1)}/{m.group(2)}"
            if len(repos) != 1 or (m.group(1).casefold(), m.group(2).casefold()) in repos or line in told:
                continue
            if next(iter(repos))[1] == m.group(2).casefold():
                continue  # `datascienceinc/Skater` beside `oracle/Skater`: a repository moved, GitHub redirects
            told.add(line)
            linked = next(iter(repos.values()))
            end_line, end_col = doc.position(m.end())
            yield self.finding(f"the badge image shows {shown} but the entry's code is {linked}: copied with "
                               "another entry's badge, or one of the two misspelt; make them name one repository",
                               line, col, end_line, end_col)

    # ---- a label that misspells the repository it links to -----------------------------------
    def _misnamed_repos(self, doc: Document, flagged: set[int]) -> Iterator[Finding]:
        """A label naming the repository its link goes to, one letter off: `[pylyp]` for
        github.com/HIT-SCIR/pyltp, `[Kasier-Yang/blink-cmp-avante]` for Kaiser-Yang's,
        `[Aweosme Privacy]` for Awesome-Privacy, `[Infections-clj]` for inflections-clj. The
        label and the name are cut into words at spaces, `-`, `_` and `.`; all words but one
        must agree, and that one be a slip (see :func:`_name_slip`). A label whose word is the
        better spelling is left alone: an English word beside a repository's misspelt name
        (`[Awesome …]` for Awsome-…), or a word the file writes more often than the name's."""
        text = doc.text
        seen: dict[str, int] = {}  # words counted in the text, once each (a long list has many labels)
        for link in doc.links:
            if link.kind != INLINE or link.is_image or link.is_anchor:
                continue
            m = _REPO_URL.match(link.url)
            if m is None or doc.in_code(link.label_start):
                continue
            raw = text[link.label_start:link.label_end]
            label = raw.strip().strip("*_`").strip()
            if not label or len(label) > 80:
                continue
            parts = label.split("/") if not any(c.isspace() for c in label) else [label]
            targets = [m.group(1), m.group(2)] if len(parts) == 2 else [m.group(2)]
            for part, target in zip(parts, targets):
                if part.casefold() == target.casefold():
                    continue
                words, names = _NAME_WORDS.findall(part), _NAME_WORDS.findall(target)
                if len(words) != len(names):
                    continue
                odd = [(w, n) for w, n in zip(words, names) if w.casefold() != n.casefold()]
                if len(odd) != 1 or _name_slip(odd[0][0].casefold(), odd[0][1].casefold()) is None:
                    continue
                word, name = odd[0]
                if _label_word_better(text, word, name, seen):
                    continue
                at = next(w.start() for w in _NAME_WORDS.finditer(part) if w.group() == word)
                start = link.label_start + raw.find(part) + at
                line, col = doc.position(start)
                _, end_col = doc.position(start + len(word))
                right = _in_case_of(word, name)
                fixed = part[:at] + right + part[at + len(word):]
                flagged.add(id(link))
                yield self.finding(f"link label {part!r} is one letter off {target!r}, the repository it links "
                                   f"to: {fixed!r}?", line, col, line, end_col,
                                   fix=Fix((Edit(start, start + len(word), right),), safe=False,
                                           description=f"write {right}"))
                break

    def _misnamed_sites(self, doc: Document, told: dict[int, list[int]]) -> Iterator[Finding]:
        seen: dict[str, int] = {}
        text = doc.text
        for link in doc.links:
            if link.kind != INLINE or link.is_image or link.is_anchor or not 6 <= link.label_end - link.label_start <= 34:
                continue
            if any(c.isspace() for c in text[link.label_start:link.label_end].strip()) or _REPO_URL.match(link.url):
                continue  # (cheap tests first: a long list has many links)
            line, col = doc.position(link.start)
            _, end = doc.position(link.end)
            if any(col <= c <= end for c in told.get(line, ())) or doc.in_code(link.label_start):
                continue
            if (f := self._misnamed_site(doc, link, seen)) is not None:
                yield f

    def _misnamed_site(self, doc: Document, link, seen: dict[str, int]) -> Finding | None:
        """A one-word name linking a project's own site whose name the address spells one letter
        otherwise: `[RobotDK](https://robodk.com/)`, `[RTAP-Map](http://introlab.github.io/rtabmap/)`,
        `[CodieEsp](https://temu.bsc.es/codiesp/)`. Read against the host's name (not `www`, not
        the ending) and the address's last folder, each without `-`, `_` and `.`; told, not
        fixed (where the letters go in a name written in parts is a guess)."""
        text = doc.text
        label = text[link.label_start:link.label_end].strip().strip("*_`").strip()
        if not 6 <= len(label) <= 30 or any(c.isspace() for c in label):
            return None
        key = _JOINERS.sub("", label).casefold()
        m = _SITE.match(link.url.strip())
        if m is None or not key.isalpha() or not key.isascii():
            return None
        host, path = m.group(1).lower(), m.group(2) or ""
        labels = host.split(".")
        names = labels[:-2] if host.endswith(".github.io") else labels[:-1]
        names = [n for n in names if n not in ("www", "docs", "doc", "en", "web", "m")]
        if host.endswith(".github.io") or (len(path.strip("/").split("/")) == 1 and host.removeprefix("www.") not in _SHARED_HOSTS):
            names += [x for x in path.strip("/").split("/")[-1:] if x]  # (not a user's handle on a shared site)
        targets = [_JOINERS.sub("", name).casefold() for name in names]
        if key in targets:
            return None  # `[NixOps](https://nixos.org/nixops/)`: the address names it right
        for name, target in zip(names, targets):
            if not target.isalpha() or _name_slip(key, target) is None:
                continue
            if _label_word_better(text, label, name, seen) or is_english(key):
                return None
            line, col = doc.position(link.label_start)
            _, end_col = doc.position(link.label_end)
            return self.finding(f"link label {label!r} is one letter off {name!r}, the name in the address it links "
                                f"to ({host}): a slip in the name?", line, col, line, end_col)
        return None

    # ---- one label written several ways (on by default) -----------------------------------
    def _variants(self, doc: Document, uses: list[_Use], flagged: set[int]) -> Iterator[Finding]:
        """Labels with the same words written another way (case, spaces, `Docs` for `Doc`:
        `[code]` among `[Code]`): against the file's spelling when the file has one (four uses
        or more, three times any other), else against the list's (three uses, twice any other)
        where the file does not write the other spelling more often. A list (or table) that
        keeps its own spelling against the file's is left alone."""
        families: dict[str, list[_Use]] = defaultdict(list)
        for u in uses:
            if id(u.link) not in flagged:
                families[u.family].append(u)
        found: list[tuple[int, Finding]] = []
        for fuses in families.values():
            file_counts = Counter(u.plain for u in fuses)
            if len(file_counts) < 2:
                continue
            won = dominant(file_counts, min_votes=3, lead=3)
            style = won[0] if won else None
            containers: dict[int, list[_Use]] = defaultdict(list)
            for u in fuses:
                containers[u.box].append(u)
            for cuses in containers.values():
                counts = Counter(u.plain for u in cuses)
                won = dominant(counts, min_votes=3, lead=2)
                local = won[0] if won else None
                if style is not None and local is not None and local != style:
                    continue  # a list (or table) that keeps its own spelling: a style, not a slip
                if style is not None:
                    target, where, n = style, "the file uses", file_counts[style]
                elif local is not None:
                    target, where, n = local, "this list uses", counts[local]
                else:
                    continue
                if style is None and any(file_counts[u.plain] > file_counts[target] for u in cuses):
                    continue  # the list's spelling is the file's rarer one: two styles, neither a slip
                if not _names_right(target):
                    continue  # the majority misspells a name: AL018's finding, not a model to copy
                what = f" for {cuses[0].kind} links" if cuses[0].kind else ""
                for u in cuses:
                    if u.plain[:1] in "@#" and u.plain[1:] != target:
                        continue  # `[@hillelcoren]` beside `[Hillel Coren]`: a handle, not the name with a mark
                    if not u.kind and u.plain.islower() and _lower_names(doc, u):
                        continue  # `| [electricity](…),[traffic](…), [wind](…) |`: the row writes its names in lower case
                    if u.plain != target and _case_is_ours(u.plain, target):
                        flagged.add(id(u.link))
                        found.append((u.link.start, self._at(
                            doc, u, f"link label {u.plain!r} differs from the {target!r} that {where}"
                            f"{what} ({n} times)", target)))
        found.sort(key=lambda x: x[0])
        by_line: dict[int, list[Finding]] = {}
        for _, f in found:
            by_line.setdefault(f.line, []).append(f)
        for fs in by_line.values():  # `[@HN], [@Reddit]`: one slip of the line, one finding
            if len(fs) == 1:
                yield fs[0]
                continue
            first = fs[0]
            edits = tuple(e for f in fs if f.fix is not None for e in f.fix.edits)
            first.message = "; ".join(f.message for f in fs)
            if edits:
                first.fix = Fix(edits, safe=all(f.fix is None or f.fix.safe for f in fs),
                                description="; ".join(f.fix.description for f in fs if f.fix is not None))
            yield first

    def _at(self, doc: Document, u: _Use, message: str, replacement: str | None = None, fix: Fix | None = None,
            safe: bool = True) -> Finding:
        """A finding on the label of ``u``; with ``replacement``, a fix (safe unless ``safe`` is
        False) that writes it in place of the label's words, brackets and emphasis kept (not for
        a reference link, whose label may be the reference's name)."""
        line, col = doc.position(u.link.label_start)
        end_line, end_col = doc.position(u.link.label_end)
        if replacement is not None and u.link.kind == INLINE:
            fix = Fix((Edit(u.word_start, u.word_end, replacement),), safe=safe,
                      description=f"label it {replacement!r}")
        return self.finding(message, line, col, end_line, end_col, fix=fix)

    # ---- misspellings ------------------------------------------------------------------------
    def _typos(self, doc: Document, uses: list[_Use], flagged: set[int]) -> Iterator[Finding]:
        """Words of labels misspelt the way people often misspell them (`[Offical TF]`,
        `[Implementaion]`), whatever the file writes elsewhere. A word misspelt in every label
        that writes it is one habit, reported at its first line; the typos of a line are one
        finding."""
        text = doc.text
        hits: list[tuple[_Use, int, str, str]] = []  # (use, offset, as written, right)
        right_too: Counter[str] = Counter()  # labels that write the word right, by word
        for u in uses:
            for m in _LABEL_WORD.finditer(text, u.word_start, u.word_end):
                w = m.group()
                low = w.casefold()
                if low in _TYPOS:
                    right = _TYPOS[low]
                    right = right.upper() if w.isupper() else right[:1].upper() + right[1:] if w[:1].isupper() else right
                    hits.append((u, m.start(), w, right))
                elif low in _TYPO_TARGETS:
                    right_too[low] += 1
        if not hits:
            return
        first_line: dict[str, int] = {}
        count: Counter[str] = Counter()
        for u, at, w, right in hits:
            first_line.setdefault(right.casefold(), doc.position(at)[0])
            count[right.casefold()] += 1
        by_line: dict[int, list[tuple[_Use, int, str, str]]] = {}
        for hit in hits:
            line = doc.position(hit[1])[0]
            key = hit[3].casefold()
            if not right_too[key] and count[key] > 1 and line != first_line[key]:
                continue  # a habit: told once, at its first line, and fixed everywhere from there
            by_line.setdefault(line, []).append(hit)
        for line, line_hits in by_line.items():
            u = line_hits[0][0]
            said = ", ".join(f"{w!r} for {right!r}" for _, _, w, right in line_hits)
            habit = [h[3].casefold() for h in line_hits if not right_too[h[3].casefold()] and count[h[3].casefold()] > 1]
            edits = [Edit(at, at + len(w), right) for _, at, w, right in line_hits]
            for key in habit:  # the habit's other places, fixed with its first
                edits += [Edit(at, at + len(w), right) for _, at, w, right in hits
                          if right.casefold() == key and doc.position(at)[0] != line]
            extra = "".join(f" ({count[k]} labels in this file write it so, none right)" for k in dict.fromkeys(habit))
            flagged.update(id(h[0].link) for h in line_hits)
            yield self._at(doc, u, f"link label {u.plain!r} misspells a word: {said}{extra}",
                           fix=Fix(tuple(sorted(edits, key=lambda e: e.start)), safe=True,
                                   description="spell the label's words right"))

    def _misspellings(self, doc, uses, spelling_kind, classify, file_counts, core_counts, by_container, flagged):
        known = [s for s in spelling_kind if len(s) >= 4 and core_counts[s] >= 2]
        # a label of no kind the file writes ten times or more (`[Link]` 126 times): its own word
        # (`[Linke]` once is its slip, not another kind; `[Demos]` beside `[Demo]` is a plural)
        own = {s for s, n in core_counts.items() if n >= _OWN_LABEL_USES and len(s) >= 4 and s not in spelling_kind
               and " " not in s}  # (`[NerdFont]` beside 15 `[Nerd Font]`: a name's other spelling)
        known += sorted(own)
        if not known:
            return
        for u in uses:
            if u.kind is not None or len(u.core) < 4 or " " in u.core or id(u.link) in flagged:
                continue
            base = _NUMBERED.sub("", u.core)
            if any(classify(b)[0] is not None for b in (base, base.rstrip("s"), base + "s")):
                continue
            close = [s for s in known if one_edit_apart(u.core, s)]
            if len(close) != 1:
                continue
            target = close[0]
            if core_counts[u.core] * 2 > core_counts[target]:
                continue  # used about as often as the word itself: a deliberate label
            if target in own and (core_counts[u.core] * _OWN_LABEL_USES > core_counts[target]
                                  or u.core.rstrip("s") == target.rstrip("s") or u.plain.isupper()
                                  or is_english(u.core) or known_word(u.core)):
                continue  # (`[CVPRW]` beside 105 `[CVPR]`: a workshop's acronym; `[Stream]` beside `[Steam]`: a word)
            kind = spelling_kind.get(target)
            # the spelling this list (else the file) uses for the word, case included
            container = doc.entries[u.entry].container
            same = [x for x in by_container[id(container)] if x.core == target] or \
                [x for x in uses if x.core == target]
            replacement = Counter(x.plain for x in same).most_common(1)[0][0] if same else None
            flagged.add(id(u.link))
            said = f"the file's label, {core_counts[target]} times" if target in own else f"{kind} link"
            # (a label of no known kind is the file's own word: likely, not surely meant, so unsafe)
            yield self._at(doc, u, f"link label {u.plain!r} looks like a misspelling of {replacement or target!r} "
                           f"({said})", (replacement or target) if target in own else replacement,
                           safe=target not in own)

    def _misspelt_words(self, doc, uses, kinds, spelling_kind, flagged):
        """A label of two or three words whose other words name one kind and whose odd word is
        one letter away from exactly one spelling of that kind: `[project papge]`, `[source
        cdoe]`. The words around it are the evidence, so the file need not use the word."""
        for u in uses:
            if id(u.link) in flagged or u.kind is not None:
                continue
            words = u.core.split(" ")
            if not 2 <= len(words) <= 3:
                continue
            odd = [w for w in words if w not in spelling_kind]
            if len(odd) != 1 or len(odd[0]) < 4 or not odd[0].isalpha():
                continue
            around = {spelling_kind[w] for w in words if w in spelling_kind}
            if len(around) != 1:
                continue
            kind = around.pop()
            close = [s for s in kinds[kind] if " " not in s and one_edit_apart(odd[0], s)]
            if len(close) != 1 or odd[0].rstrip("s") == close[0].rstrip("s"):
                continue  # (`[Colab notebooks]`: the plural, a link to more than one)
            wrong, right = odd[0], close[0]
            k = u.plain.casefold().find(wrong)
            written = u.plain[k:k + len(wrong)] if k >= 0 else wrong
            if written[:1].isupper():
                right = right.upper() if written.isupper() else right[:1].upper() + right[1:]
            fixed = u.plain[:k] + right + u.plain[k + len(wrong):] if k >= 0 else None
            flagged.add(id(u.link))
            yield self._at(doc, u, f"link label {u.plain!r} looks like a misspelling of "
                           f"{(u.core[:u.core.find(wrong)] + close[0] + u.core[u.core.find(wrong) + len(wrong):])!r} "
                           f"({kind} link)", fixed)


# words of link labels and how people often misspell them (no word of another language:
# `oficial` is Spanish)
_TYPOS = {
    "offical": "official", "offcial": "official", "officail": "official", "unoffical": "unofficial",
    "unoffcial": "unofficial", "unofficail": "unofficial", "implementaion": "implementation",
    "implemention": "implementation", "implmentation": "implementation", "impementation": "implementation",
    "implementaton": "implementation", "repositry": "repository", "repostory": "repository",
    "respository": "repository", "reposiotry": "repository", "projcet": "project", "proejct": "project",
    "vedio": "video", "vidoe": "video", "datset": "dataset", "dataest": "dataset", "webiste": "website",
    "wesbite": "website", "hompage": "homepage", "supplementray": "supplementary", "tutorail": "tutorial",
    "documention": "documentation", "docuementation": "documentation", "papper": "paper",
    "ppaer": "paper", "paepr": "paper", "papaer": "paper", "bolg": "blog", "blgo": "blog", "slieds": "slides",
}
_TYPO_TARGETS = frozenset(_TYPOS.values())
_LABEL_WORD = re.compile(r"[A-Za-z]+")
_TYPO_WORDS = re.compile(r"(?i)(?<![A-Za-z])(?:" + "|".join(_TYPOS) + r")(?![A-Za-z])")

# how often a list must use one word for a kind of link before another word is a slip
_SLIP_VOTES = 10


# a GitHub badge as a link's whole label, and the repository the link goes to
# a GitHub badge image (stars, forks, …) naming its repository
_BADGE = (r"!\[[^\[\]\n]{0,200}\]\(https://img\.shields\.io/github/(?:stars|forks|last-commit|issues|watchers)/"
          r"([\w.-]+)/([\w.-]+?)(?:\.svg)?(?:\?[^)\s]*)?\)")
_REPO_BADGE = re.compile(r"\[" + _BADGE + r"\]\(https?://(?:www\.)?github\.com/"
                         r"([\w.-]+)/([\w.-]+?)(?:\.git)?/?(?:[#?][^)\s]*)?\)")

# a badge image that is no link's label, and a line's links to GitHub repositories
_BARE_BADGE = re.compile(_BADGE)
_GITHUB_REPO = re.compile(r"\[(?!!\[)\[?([^\[\]\n]{1,80})\]\]?\(https?://(?:www\.)?github\.com/([\w.-]+)/([\w.-]+?)(?:\.git)?/?(?:[#?][^)\s]*)?\)")
_GITHUB_ANY = re.compile(r"\]\(https?://(?:www\.)?github\.com/")
# the labels of an entry's own code link (`[[Code]]`, `[GitHub]`), not a project's name
_CODE_LABELS = frozenset({"code", "github", "repo", "repository", "source", "source code", "official code",
                          "official", "implementation", "project code"})

# a part of a project page's address that points at its code (`….github.io/#code`, `/code/`)
_CODE_PART = re.compile(r"[/#](?:code|source|src)", re.I)


def _versions_apart(target: str, u: _Use, uses: list[_Use]) -> bool:
    """One of two labels says `preprint` and the file keeps them to their versions: every link
    labelled so is a preprint's address and every link of the other label is not (or the other
    way round): the words tell a preprint from its published paper."""
    a, b = target.casefold(), u.plain.casefold()
    if ("preprint" in a) == ("preprint" in b):
        return False
    mine = [x for x in uses if x.plain == u.plain]
    theirs = [x for x in uses if x.plain == target]
    pre, pub = (mine, theirs) if "preprint" in b else (theirs, mine)
    return all(preprint_url(x.link.url) for x in pre) and not any(preprint_url(x.link.url) for x in pub)


def _project_page(url: str) -> bool:
    """A GitHub Pages site (`name.github.io`), but not a link to the page's own code part."""
    host = _host(url)
    return host.endswith(".github.io") and not _CODE_PART.search(url.split(host, 1)[-1])


def _paper_twin(entry: Entry, link: Link) -> str | None:
    """How the entry names its other link to the same paper address as ``link`` (`its title`,
    `[pdf]`), or None: a code or project label on a copy of the paper link is no code link."""
    url = link.url.strip()
    if not is_paper_url(url):
        return None
    key = _paper_key(url)
    for i, other in enumerate(entry.links):
        if other is link or other.is_image or _paper_key(other.url.strip()) != key:
            continue
        label = " ".join(other.label.split()).strip("*_[] ")
        return "its title" if i == 0 and len(label) > 30 else f"[{label}]"
    return None


_DOI = re.compile(r"\b10\.\d{4,9}/[^\s?#]+")


def _paper_key(url: str) -> str:
    """One paper's addresses alike: its arXiv id (abstract or PDF), else its DOI (`/doi/abs/…`,
    `/doi/pdf/…`), else the address without a final `/`."""
    aid = arxiv_id(url)
    if aid is not None:
        return "arXiv:" + aid.id
    m = _DOI.search(url)
    return "doi:" + m.group(0).removesuffix(".pdf").lower() if m else url.rstrip("/")


def _site(url: str) -> str:
    """The site of a URL: its host's last two labels (`arxiv.org`, `github.io`, `github.com`)."""
    return ".".join(_host(url).split(".")[-2:])


def _plain(doc: Document, link: Link) -> str:
    """A link's label as :class:`_Use` writes it (brackets and emphasis off), or its raw text."""
    raw = doc.text[link.label_start:link.label_end]
    m = _SIMPLE.fullmatch(raw)
    return " ".join(m.group(1).split()) if m else raw


def _host(url: str) -> str:
    """The host of a link's URL, lower case ('' when it has none)."""
    m = re.match(r"\s*(?:https?:)?//([^/?#:\s]+)", url, re.I)
    return m.group(1).lower() if m else ""


_NAME_WORDS = re.compile(r"[^\s_.\-/]+")
_JOINERS = re.compile(r"[-_.]")
# sites whose first folder is a user's or a project's handle, not the site's own name
_SHARED_HOSTS = frozenset("github.com gitlab.com bitbucket.org twitter.com x.com medium.com youtube.com linkedin.com "
                          "huggingface.co sourceforge.net npmjs.com pypi.org reddit.com facebook.com instagram.com "
                          "discord.gg t.me dev.to substack.com".split())
# a site's host and its path (no query, no fragment)
_SITE = re.compile(r"(?i)https?://([^/?#:\s]+)(/[^?#\s]*)?")


def _name_slip(a: str, b: str) -> str | None:
    """How the label's word ``a`` departs from the repository's ``b`` (both casefolded), if it
    is a slip read: a letter replaced (words of five letters or more) or two neighbours swapped
    (four or more), not the first letter; or a letter added or dropped inside a word of six
    letters or more, not in its first two or its last, and not an `s`. A changed first letter
    (`[tumblr]` for gumblr), a plural, a letter added at an end (`CogVideoX`, `scany`) or a
    digit (`gpt-3`, `gpt-4`) may be another project, a renamed one's new name, or a pun."""
    if a == b or not (a + b).isascii() or not (a + b).isalpha() or a[0] != b[0]:
        return None
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1 and len(a) >= 5:
            return "replaced"
        if (len(diff) == 2 and diff[1] == diff[0] + 1 and len(a) >= 4
                and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]):
            return "swapped"
        return None
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(long) != len(short) + 1 or len(long) < 6:
        return None
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    if short[i:] != long[i + 1:] or i < 2 or i >= len(long) - 1 or long[i] == "s":
        return None
    return "added" if a is long else "dropped"


def _label_word_better(text: str, word: str, name: str, seen: dict[str, int]) -> bool:
    """The label's word is the better spelling: an English word beside a name that is none
    (a repository named `Awsome-…`), or a word the file writes more often than the name
    (each word counted once a document, in ``seen``)."""
    from ..lexicon import is_english

    if is_english(word.casefold()) and not is_english(name.casefold()):
        return True

    def times(w: str) -> int:
        key = w.casefold()
        if key not in seen:  # its usual cases, as substrings: str.count is fast on a long list
            seen[key] = sum(text.count(v) for v in {w, w.lower(), w.capitalize(), w.upper()})
        return seen[key]
    return times(word) > times(name)


def _in_case_of(word: str, name: str) -> str:
    """The repository's ``name`` in the case the label gave ``word`` (`AotoLabel` becomes
    `AutoLabel`, `Infections` becomes `Inflections`)."""
    if len(word) == len(name):
        return "".join(a if a.casefold() == b.casefold() else (b.upper() if a.isupper() else b.lower())
                       for a, b in zip(word, name))
    if word.isupper():
        return name.upper()
    if word[:1].isupper() and name.islower():
        return name[:1].upper() + name[1:]
    return name


_OWN_LABEL_USES = 10


def one_edit_apart(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by one insertion, deletion, substitution or swap of two
    neighbours: an optimal-string-alignment distance of exactly 1 (rapidfuzz's ``OSA``). Words
    whose lengths differ by more than one, or that are equal, are never a candidate pair, so
    rapidfuzz (~7-12 ms to import) is imported only for a pair that may be one edit apart."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    from rapidfuzz.distance import OSA

    return OSA.distance(a, b, score_cutoff=1) == 1


def _vocabulary_kind(core: str) -> tuple[str | None, str]:
    """The kind of a label by the shared vocabulary, and the group of labels it is compared
    with. Every word of the label must name one kind (``Project Page``, ``source code``;
    ``Hugging Face`` as written together): ``Demo paper`` or ``Paper link`` is no plain
    spelling of a kind. Labels that differ in a particular word (``PyTorch``, ``YouTube``,
    ``official``) name different links, so each such word makes a group of its own; labels of
    no kind are compared only with the same word (``[Link]`` and ``[link]``)."""
    words = label_words(core)
    kinds = {label_kind(w) for w in words}
    if len(words) > 1 and (len(kinds) != 1 or None in kinds):
        joined = "".join(words)
        if label_kind(joined) is not None:
            words, kinds = [joined], {label_kind(joined)}
    if len(kinds) != 1 or None in kinds:
        return None, "=" + core
    kind = kinds.pop()
    particular = sorted({w for w in words if w in PARTICULAR_WORDS})
    # '+': a particular name inside a longer label, whose case the caller keeps apart
    return kind, kind + ":" + " ".join(particular) + ("+" if particular and len(words) > 1 else "")


def _mapping_kind(spelling_kind: dict[str, str]):
    """The kind of a label by a configured mapping (whole labels, as listed); labels of one
    kind are compared with each other."""
    def classify(core: str) -> tuple[str | None, str]:
        kind = spelling_kind.get(core)
        return (kind, kind) if kind is not None else (None, "=" + core)
    return classify


def _clear_winner(ranked: list[tuple[str, int]]) -> str | None:
    """The spelling that wins the vote: at least 3 uses and twice the runner-up's."""
    won = dominant(dict(ranked), min_votes=3, lead=2)
    return won[0] if won else None


# a link in the middle of a sentence: a lower-case word and a space before it, a space and a
# lower-case word after it
_PROSE_BEFORE = re.compile(r"(?<![\w\]])[a-z]{2,}[ \t]$")
_PROSE_AFTER = re.compile(r"[ \t]+[a-z]")


def _use(doc: Document, entry: Entry, index: int, link: Link, classify) -> _Use | None:
    if link.kind not in (INLINE, REFERENCE) or link.is_image or link.is_anchor or _contents_link(doc, link):
        return None
    raw = doc.text[link.label_start:link.label_end]
    if not raw or len(raw) > 30 or "\n" in raw:
        return None
    m = _SIMPLE.fullmatch(raw)
    if not m:
        return None
    core = " ".join(m.group(1).lstrip("@#").split()).casefold()  # `[@HN]` is `[HN]` with a mark
    if not core:
        return None
    text = doc.text
    if (m.group(1).islower() and _PROSE_BEFORE.search(text, max(0, link.start - 40), link.start)
            and _PROSE_AFTER.match(text, link.end)):
        return None  # `detailed [documentation](…) and [examples](…)`: a word of a sentence, no label
    ts, te = entry.title_start, entry.title_end
    # the entry's own name: a link whose label holds the title's start or lies inside the title
    # (renaming it would change the title), or the entry's first thing (a tool called 'Code')
    names = ts is not None and (link.label_start <= ts < link.label_end
                                or te is not None and ts <= link.label_start < te)
    before = text[entry.start:link.start]
    first = names or link.start <= entry.start + len(before) - len(before.lstrip())
    wrapped = link.start > 0 and text[link.start - 1] == "[" and text[link.end:link.end + 1] == "]"
    kind, group = classify(core)
    if first and kind is not None and links_subitem(entry):
        first = False  # `- [[paper]](…)` under a bold name: the parent's link, labelled by kind
    if group.endswith("+"):
        # a name inside a longer label ('[Pytorch Code]'): its spelling is AL018's (proper
        # names), which leaves to this rule only a label that is the name alone ('[Pytorch]')
        group += "|" + m.group(1)
    plain = " ".join(m.group(1).split())
    start = link.label_start + m.start(1)
    return _Use(index, link, raw, core, kind, group, first, wrapped, plain, start,
                link.label_start + m.end(1), _family(core), id(entry.container))


def _contents_link(doc: Document, link: Link) -> bool:
    """A link to this list's own section by its full address (`[Blog](https://github.com/o/r/tree/main#blog)`):
    a contents entry named after its heading, not a link to a blog post."""
    frag = link.url.partition("#")[2]
    return bool(frag) and frag in doc.anchors and frag == github_slug(link.label)


# text before a link that puts it inside a sentence: a lower-case word and a space (`and `, `our `)
_IN_SENTENCE = re.compile(r"(?<![\w\]])[a-z]{2,}[,;]?[ \t]+$")


def _loose_uses(doc: Document, entries: list[Entry], classify, typos: bool = False) -> list[_Use]:
    """Labels of a link kind (`[[Notebook](…)]`, `[Video]`) on links outside any entry: lists
    written as paragraphs (a bold name, a byline, then the links, one block per resource) have
    no entries, and their labels are compared only for the same words written another way.
    Each section is one box; a link that starts its block (the block's name) is left out.
    With ``typos``, the labels with a word of :data:`_TYPOS` in them, of any kind or none."""
    text = doc.text
    spans = sorted((e.start, e.end) for e in entries)
    starts = [a for a, _ in spans]
    heads = [h.line for h in doc.headings]
    heading_lines = {ln for h in doc.headings for ln in range(h.line, h.end_line + 1)}
    out = []
    for link in doc.links:
        if link.kind != INLINE or link.is_image or link.is_anchor or doc.in_code(link.start):
            continue
        i = bisect.bisect_right(starts, link.start) - 1
        if i >= 0 and link.start < spans[i][1]:
            continue  # in an entry: read with it
        raw = text[link.label_start:link.label_end]
        if not raw or len(raw) > 30 or "\n" in raw:
            continue
        m = _SIMPLE.fullmatch(raw)
        if not m:
            continue
        core = " ".join(m.group(1).split()).casefold()
        kind, group = classify(core) if core else (None, "")
        if typos and not any(w in _TYPOS for w in core.split()):
            continue
        if kind is None and not typos:
            continue  # only labels naming a kind of link: `[here](…)` in prose is no label
        line = doc.position(link.start)[0]
        ls = doc.line_starts[line - 1]
        before = text[ls:link.start].strip(" \t")
        if line in heading_lines or before != "[" and not before.strip(">*-+|"):
            continue  # a heading's link, or one that starts its line: the resource's name
        if _IN_SENTENCE.search(text[ls:link.start]) and not raw.startswith("[") and text[link.start - 1:link.start] != "[":
            continue  # `… survey, paper list, and [project](…) for more details`: a word of prose
        if group.endswith("+"):
            group += "|" + m.group(1)
        wrapped = link.start > 0 and text[link.start - 1] == "[" and text[link.end:link.end + 1] == "]"
        section = bisect.bisect_right(heads, line)
        out.append(_Use(-1, link, raw, core, kind, group, False, wrapped, " ".join(m.group(1).split()),
                        link.label_start + m.start(1), link.label_start + m.end(1), _family(core), -1 - section))
    return out


@lru_cache(maxsize=4096)
def _names(text: str) -> tuple[tuple[str, str], ...]:
    """The well-known names in a label (AL018's registry), each as written and as its owner
    writes it."""
    from .proper_names import registry

    reg = registry()
    return tuple((m.group(), reg.name_for(m.group()) or m.group()) for m in reg.pattern.finditer(text))


def _names_right(label: str) -> bool:
    """No name in the label is written in a case AL018 reports (all lower case and ALL CAPS are
    a label style, not a misspelling)."""
    return all(w == name or w == w.lower() or w.isupper() for w, name in _names(label))


def _lower_names(doc: Document, u: _Use) -> bool:
    """Whether the entry of ``u`` labels two other links or more (its title aside), and all in lower case: a
    style of that entry (its data sets by their file names), not one label's slip."""
    e = doc.entries[u.entry]
    others = [_plain(doc, x) for x in e.links
              if x is not u.link and not x.is_image and x.label_end > x.label_start
              and not (e.title_start is not None and x.start <= e.title_start < x.end)]
    others = [o for o in others if any(c.isalpha() for c in o) and label_kind(o) is None]  # names, not `[pdf]`
    return len(others) >= 2 and all(o.islower() for o in others)


def _case_is_ours(spelling: str, target: str) -> bool:
    """Whether ``spelling`` differing from ``target`` is this rule's to report: not when it
    misspells a name (AL018 reports it) nor when it writes a name right that the majority
    writes otherwise ('PyTorch Code' among 'Pytorch Code')."""
    if not _names_right(spelling):
        return False
    right = {name for w, name in _names(spelling) if w == name}
    return all(any(w == name for w, _ in _names(target)) for name in right)


def _family(core: str) -> str:
    """The label's words with case, spaces and a vocabulary word's plural folded: 'Docs', 'doc'
    and 'DOC' are one label written three ways, 'Hugging Face' and 'huggingface' one name."""
    words = []
    for w in re.split(r"[ -]", core):  # `Project-page` is `Project Page` with a hyphen
        words.append(_UNCOUNTED.get(w, w))
    return "".join(words)
