"""AL011 link-label."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

import msgspec

from ..document import Document, Entry
from ..inline import INLINE, REFERENCE, Link
from ..model import Edit, Finding, Fix
from ..vocabulary import KINDS, PARTICULAR_WORDS, label_kind, label_words
from ..voting import dominant
from .base import FIX_SOMETIMES, Option, Rule

#: The kinds of link and their words: the shared vocabulary's (``vocabulary.KINDS``).
DEFAULT_KINDS: dict[str, list[str]] = {kind: sorted(words) for kind, words in KINDS.items()}

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
    group: str  # labels compared with each other: one kind's plain words, or one word
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
      link is `[[paper]]`, `[PDF]` among `[pdf]`, `[Github]` among `[GitHub]`, `[Doc]` among
      `[Docs]`. The kinds are the link kinds every rule shares (paper, code, project, data,
      model, video, blog, slides, docs...): `paper`/`pdf`/`arxiv` are one kind,
      `code`/`github`/`repo`/`source code` another, `project`/`homepage`/`website` a third. A
      label whose words name something particular of its kind (`PyTorch`, `TensorFlow`,
      `official`, `YouTube`, `OpenReview`, `Chinese`) is compared only with labels naming the
      same (`[Pytorch]` among `[PyTorch]`), and a label of no kind only with the same word
      (`[link]` among `[Link]`); the case of a name inside a longer label (`[Pytorch Code]`)
      is left to AL018 (proper-names). The kinds and their spellings are configurable (`kinds`). Two
      spellings that occur side by side in one entry (`[Paper] [arXiv]`) name different things
      in that list and are not compared.
    - **misspelt labels**: `[[papaer]]`, `[[cdoe]]`, `[Hugginface]`: one letter away (a
      transposition counts as one) from a spelling that the file uses elsewhere.

    A list with one spelling per kind gives no finding. A list whose spellings are mixed with
    no clear majority gets one finding for the list, not one per link. Where AL018 reports a
    misspelt name in the label (`[Github]`) or AL007 a stray bracket, this rule stays silent: one
    finding per fault.

    Off by default: measured precision 83% (20 right, 4 wrong) on the 23 hand-annotated lists (82% on the 10 held out from tuning), below the 90% a default rule must keep, because a label spelled two ways is often two things (a model page and a code page). Turn it on with `extend-select: [AL011]` (or `--extend-select AL011`) for a list that keeps this convention.

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

    defers_to = ("AL018", "AL007")  # `[Github]` is a misspelt name; a stray bracket is link syntax
    code = "AL011"
    default_enabled = False
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
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        kinds = self._kinds()
        spelling_kind = {s: k for k, spellings in kinds.items() for s in spellings}
        classify = _vocabulary_kind if kinds == DEFAULT_KINDS else _mapping_kind(spelling_kind)
        entries = doc.entries
        uses: list[_Use] = []
        by_container: dict[int, list[_Use]] = defaultdict(list)
        for i, entry in enumerate(entries):
            container = entry.container
            if container is None or doc.in_code(entry.start):
                continue
            for link in entry.links:
                use = _use(doc, entry, i, link, classify)
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
            yield from self._misspellings(doc, uses, spelling_kind, classify, file_counts, core_counts,
                                          by_container, flagged)
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
                yield from self._compare(doc, kind, part, file_counts)

    def _compare(self, doc: Document, kind: str | None, part: list[_Use], file_counts: Counter) -> Iterator[Finding]:
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
            what = f"{kind} links" if kind else f"{part[0].core!r} links"
            yield self.finding(f"{what} in this list are labelled in {len(ranked)} ways: {spread}; "
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
            what = f" for {kind} links" if kind else ""
            yield self.finding(f"link label {u.shown!r} differs from the {dominant!r} that {where}"
                               f"{what} ({n} times)", line, col, end_line, end_col, fix=fix)

    # ---- misspellings ------------------------------------------------------------------------
    def _misspellings(self, doc, uses, spelling_kind, classify, file_counts, core_counts, by_container, flagged):
        known = [s for s in spelling_kind if len(s) >= 4 and core_counts[s] >= 2]
        if not known:
            return
        for u in uses:
            if u.kind is not None or len(u.core) < 4 or " " in u.core:
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


def _use(doc: Document, entry: Entry, index: int, link: Link, classify) -> _Use | None:
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
    kind, group = classify(core)
    if group.endswith("+"):
        # a name inside a longer label ('[Pytorch Code]'): its spelling is AL018's (proper
        # names), which leaves to this rule only a label that is the name alone ('[Pytorch]')
        group += "|" + m.group(1)
    return _Use(index, link, raw, core, kind, group, first, wrapped)
