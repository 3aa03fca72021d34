"""AL011 link-label."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

import msgspec

from ..document import Document, Entry
from ..inline import INLINE, REFERENCE, Link
from ..model import Edit, Finding, Fix
from ..voting import dominant
from .base import FIX_SOMETIMES, Option, Rule

DEFAULT_KINDS: dict[str, list[str]] = {
    "paper": ["paper", "pdf", "arxiv", "article", "preprint"],
    "code": ["code", "github", "repo", "repository", "source code"],
    "project": ["project", "project page", "homepage", "home page", "website", "webpage"],
    "demo": ["demo"],
    "data": ["data", "dataset"],
    "video": ["video", "youtube"],
    "blog": ["blog"],
    "slides": ["slides"],
    "bibtex": ["bibtex"],
    "note": ["note", "notes"],
    "huggingface": ["huggingface", "hugging face"],
    "model": ["model", "checkpoint", "weights"],
}

# A label that is only a word or two, optionally in brackets and bold/italic: '[[paper]]' has the
# label '[paper]'; '**PDF**', 'Code', '[Project Page]'.
_SIMPLE = re.compile(r"\[?\s*(?:\*\*|__|\*|_)?([A-Za-z][A-Za-z \-]{0,24}?)(?:\*\*|__|\*|_)?\s*\]?")
_NUMBERED = re.compile(r"[\s\-_]*\d+$")


class _Use(msgspec.Struct):
    entry: int  # index of the entry in doc.entries
    link: Link
    raw: str  # the label as written
    core: str  # its words, case-folded
    kind: str | None
    first: bool  # the link is the entry's title or first thing
    wrapped: bool = False  # written '[[label](url)]': brackets around the whole link

    @property
    def shown(self) -> str:
        """The label as the reader sees it, brackets around the link included."""
        return f"[{self.raw}]" if self.wrapped else self.raw


class LinkLabel(Rule):
    """
    ## What it does

    Looks at the short labels of an entry's links (`[[paper]]`, `[PDF]`, `[Code]`, `[github]`)
    and reports, within one list or table:

    - labels **of one kind spelled differently**: `[[pdf]]` in a list where every other paper
      link is `[[paper]]`, `[PDF]` among `[pdf]`, `[Github]` among `[GitHub]`. The kinds and
      their spellings are configurable (`kinds`); by default `paper`/`pdf`/`arxiv` are one kind,
      `code`/`github`/`repo` another, and so on. Two spellings that occur side by side in one
      entry (`[Paper] [arXiv]`) name different things in that list and are not compared.
    - **misspelt labels**: `[[papaer]]`, `[[cdoe]]`, `[Hugginface]`: one letter away (a
      transposition counts as one) from a spelling that the file uses elsewhere.

    A list with one spelling per kind gives no finding. A list whose spellings are mixed with
    no clear majority gets one finding for the list, not one per link.

    ## Why it matters

    Readers scan a paper list by its labels; a label spelled differently looks like a different
    kind of link, and a misspelt label looks careless. Consistent labels also let scripts find
    every paper or code link.

    ## Example

    ```markdown
    1. [2023 MICCAI] **TPRO** [[paper]](https://example.org/tpro) [[code]](https://example.org/tpro-code)
    2. [2023 IPMI] **Proto2Seg** [[paper]](https://example.org/proto) [[code]](https://example.org/proto-code)
    3. [2024 arXiv] **ALC** [[pdf]](https://example.org/alc) [[cdoe]](https://example.org/alc-code)
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

    Safe when the list's dominant spelling clearly wins (at least three uses and at least twice
    as many as any other spelling, in the list or else in the whole file): the label text is
    replaced by the dominant spelling, brackets and case included; the URL is not touched. A
    misspelt label is replaced by the file's spelling of the word it is one letter away from,
    when that word is unambiguous. Labels of reference links (`[paper][1]`) are reported but
    not changed, because the label may be the reference's name.
    """

    code = "AL011"
    name = "link-label"
    summary = "Link labels of one kind spelled differently, or misspelled"
    fix_availability = FIX_SOMETIMES
    tags = ("links", "style")
    options = {
        "kinds": Option(dict, DEFAULT_KINDS, "Kinds of link label and the spellings that mean the same "
                        "kind (case and brackets are compared separately): a mapping from kind to a list "
                        "of words. Replaces the default mapping."),
        "misspellings": Option(bool, True, "Report labels one letter away from a label the file uses."),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        kinds = self._kinds()
        spelling_kind = {s: k for k, spellings in kinds.items() for s in spellings}
        entries = doc.entries
        uses: list[_Use] = []
        by_container: dict[int, list[_Use]] = defaultdict(list)
        for i, entry in enumerate(entries):
            container = entry.container
            if container is None or doc.in_code(entry.start):
                continue
            for link in entry.links:
                use = _use(doc, entry, i, link, spelling_kind)
                if use is None or use.first:
                    continue  # not a short label, or the entry's own name (a tool called 'Code')
                uses.append(use)
                by_container[id(container)].append(use)
        if not uses:
            return
        file_counts = Counter(u.shown for u in uses if u.kind)
        core_counts = Counter(u.core for u in uses)
        flagged: set[int] = set()
        if self.opts.misspellings:
            yield from self._misspellings(doc, uses, spelling_kind, file_counts, core_counts, by_container, flagged)
        for group in by_container.values():
            yield from self._container(doc, group, file_counts, flagged)

    def _kinds(self) -> dict[str, list[str]]:
        raw = self.opts.kinds or {}
        out: dict[str, list[str]] = {}
        for kind, spellings in raw.items():
            if isinstance(spellings, str):
                spellings = [spellings]
            out[str(kind)] = [" ".join(str(s).split()).casefold() for s in spellings]
        return out

    # ---- consistency within one list or table ----------------------------------------------
    def _container(self, doc: Document, group: list[_Use], file_counts: Counter, flagged: set[int]) -> Iterator[Finding]:
        by_kind: dict[str, list[_Use]] = defaultdict(list)
        for u in group:
            if u.kind is not None and id(u.link) not in flagged:
                by_kind[u.kind].append(u)
        for kind, kuses in by_kind.items():
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
                yield from self._compare(doc, kind, part, file_counts)

    def _compare(self, doc: Document, kind: str, part: list[_Use], file_counts: Counter) -> Iterator[Finding]:
        counts = Counter(u.shown for u in part)
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
            first = min((u for u in part if u.shown != ranked[0][0]), key=lambda u: u.link.start)
            spread = ", ".join(f"{s!r} ({c})" for s, c in ranked)
            line, col = doc.position(first.link.label_start)
            end_line, end_col = doc.position(first.link.label_end)
            yield self.finding(f"{kind} links in this list are labelled in {len(ranked)} ways: {spread}; "
                               "pick one", line, col, end_line, end_col)
            return
        model = next((u for u in part if u.shown == dominant), None)
        for u in part:
            if u.shown == dominant:
                continue
            line, col = doc.position(u.link.label_start)
            end_line, end_col = doc.position(u.link.label_end)
            fix = None
            if u.link.kind == INLINE and model is not None and model.wrapped == u.wrapped:
                fix = Fix((Edit(u.link.label_start, u.link.label_end, model.raw),), safe=True,
                          description=f"label it {dominant!r}")
            yield self.finding(f"link label {u.shown!r} differs from the {dominant!r} that {where} "
                               f"for {kind} links ({n} times)", line, col, end_line, end_col, fix=fix)

    # ---- misspellings ------------------------------------------------------------------------
    def _misspellings(self, doc, uses, spelling_kind, file_counts, core_counts, by_container, flagged):
        known = [s for s in spelling_kind if len(s) >= 4 and core_counts[s] >= 2]
        if not known:
            return
        for u in uses:
            if u.kind is not None or len(u.core) < 4 or " " in u.core:
                continue
            base = _NUMBERED.sub("", u.core)
            if base in spelling_kind or base.rstrip("s") in spelling_kind or base + "s" in spelling_kind:
                continue
            close = [s for s in known if one_edit_apart(u.core, s)]
            if len(close) != 1:
                continue
            target = close[0]
            if core_counts[u.core] * 2 > core_counts[target]:
                continue  # used about as often as the word itself: a deliberate label
            kind = spelling_kind[target]
            # the spelling this list (else the file) uses for the word, brackets and case included
            container = doc.entries[u.entry].container
            same = [x for x in by_container[id(container)] if x.core == target and x.wrapped == u.wrapped] or \
                [x for x in uses if x.core == target and x.wrapped == u.wrapped]
            replacement = Counter(x.raw for x in same).most_common(1)[0][0] if same else None
            line, col = doc.position(u.link.label_start)
            end_line, end_col = doc.position(u.link.label_end)
            fix = None
            if replacement and u.link.kind == INLINE:
                fix = Fix((Edit(u.link.label_start, u.link.label_end, replacement),), safe=True,
                          description=f"label it {replacement!r}")
            flagged.add(id(u.link))
            yield self.finding(f"link label {u.shown!r} looks like a misspelling of {target!r} "
                               f"({kind} link)", line, col, end_line, end_col, fix=fix)


def one_edit_apart(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by one insertion, deletion, substitution or swap of two
    neighbours: an optimal-string-alignment distance of exactly 1 (rapidfuzz's ``OSA``, whose
    import costs ~12 ms, for the short labels compared here)."""
    la, lb = len(a), len(b)
    if abs(la - lb) > 1 or a == b:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1:] == b[i + 1:]:
            return True  # one substitution
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]
    return a[i + 1:] == b[i:] if la > lb else a[i:] == b[i + 1:]


def _clear_winner(ranked: list[tuple[str, int]]) -> str | None:
    """The spelling that wins the vote: at least 3 uses and twice the runner-up's."""
    won = dominant(dict(ranked), min_votes=3, lead=2)
    return won[0] if won else None


def _use(doc: Document, entry: Entry, index: int, link: Link, spelling_kind: dict[str, str]) -> _Use | None:
    if link.kind not in (INLINE, REFERENCE) or link.is_image or link.is_anchor:
        return None
    raw = doc.text[link.label_start:link.label_end]
    if not raw or len(raw) > 30 or "\n" in raw:
        return None
    m = _SIMPLE.fullmatch(raw)
    if not m:
        return None
    core = " ".join(m.group(1).split()).casefold()
    if not core:
        return None
    text = doc.text
    ts, te = entry.title_start, entry.title_end
    # the entry's own name: a link whose label holds the title's start or lies inside the title
    # (renaming it would change the title), or the entry's first thing (a tool called 'Code')
    names = ts is not None and (link.label_start <= ts < link.label_end
                                or te is not None and ts <= link.label_start < te)
    before = text[entry.start:link.start]
    first = names or link.start <= entry.start + len(before) - len(before.lstrip())
    wrapped = link.start > 0 and text[link.start - 1] == "[" and text[link.end:link.end + 1] == "]"
    return _Use(index, link, raw, core, spelling_kind.get(core), first, wrapped)
