"""AL021-AL026: paper entries checked against the papers' own records (``--verify-papers``).

The six rules share one look-up and one reading of each file (``_analyse``, kept per text in
the run's session): the first of them to run on a text asks the sources, the others read the
answer. Off by default, and silent without ``--verify-papers`` even when selected, so a plain
lint or a pre-commit hook never touches the network.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..document import Document
from ..model import ERROR, WARNING, Edit, Finding, Fix
from ..textutil import shorten
from ..urls import arxiv_id, doi, openreview_id
from .base import FIX_NEVER, FIX_SOMETIMES, Rule

_SOURCES_DOC = """
    Sources asked (only with `--verify-papers`; `--offline` answers from the cache alone): the
    arXiv API for arXiv ids, Crossref for DOIs, OpenReview for OpenReview ids, Semantic Scholar
    for the published version of a preprint and for title searches. What is sent: the
    identifiers and, for an entry without a link, its title; nothing else (and a contact
    address if you set one). Records are cached in the link cache file (`--cache-path`;
    `--no-cache` neither reads nor writes it).
"""


class _PaperRule(Rule):
    default_enabled = False
    switch = "--verify-papers"  # the rules run only with it (docs.py names it on the pages)
    tags = ("papers", "network")
    severity = WARNING

    def check(self, doc: Document) -> Iterable[Finding]:
        from ..papers import KEY

        if not self.ctx.extra.get(KEY):
            return ()
        findings = []
        for code, message, start, end, fix, severity in _analyse(doc, self.ctx):
            if code != self.code:
                continue
            line, col = doc.position(start)
            end_line, end_col = doc.position(end)
            findings.append(self.finding(message, line, col, end_line, end_col, fix=fix, severity=severity))
        return findings


def _session(ctx):
    from ..papers import KEY
    from ..papers.lookup import Session

    s = ctx.extra.get(KEY)
    if not isinstance(s, Session):
        s = Session(offline=ctx.offline, use_cache=ctx.use_cache, cache_path=ctx.cache_path,
                    clock=ctx.clock)
        files = ctx.extra.get(KEY + ".files")
        if files and ctx.only_lines is None:  # with --since, only the changed entries are asked
            s.expect_files(files, ctx.extra.get(KEY + ".encoding", "utf-8"))
        ctx.extra[KEY] = s
    return s


def _analyse(doc: Document, ctx) -> list[tuple]:
    """Every finding of the family in one text: (code, message, start, end, fix, severity)."""
    session = _session(ctx)
    memo_key = (doc.path, hash(doc.text))
    done = session.analysed.get(memo_key)
    if done is None:
        done = session.analysed[memo_key] = list(_Reader(doc, ctx, session).run())
    return done


class _Reader:
    def __init__(self, doc: Document, ctx, session):
        from ..venues import load_registry

        self.doc = doc
        self.session = session
        self.registry = load_registry()
        self.next_year = ctx.next_year()
        self.lines = ctx.lines_for(doc.path)

    # ---- gathering ------------------------------------------------------------------------------
    def run(self):
        from ..papers.matching import anthology_doi
        from ..titles import clean_title, paper_like, title_words

        doc = self.doc
        items = []
        keys, titles = [], {}
        for e in doc.entries:
            if doc.in_code(e.start) or (self.lines is not None and not (set(range(e.line, e.end_line + 1)) & self.lines)):
                continue
            title = clean_title(doc, e)
            words = title_words(title)
            a = d = o = None
            for link in e.links:
                a = a or arxiv_id(link.url)
                d = d or doi(link.url) or anthology_doi(link.url)
                o = o or openreview_id(link.url)
            if a:
                keys += ["arxiv:" + a, "s2:arxiv:" + a]
            if d:
                keys.append("doi:" + d)
            if o:
                keys.append("openreview:" + o)
            search = None
            if not e.links and paper_like(words):
                search = "search:" + words
                keys.append(search)
                titles[search] = title
            if a or d or o or search:
                items.append((e, title, a, d, o, search))
        if not items:
            return
        self.session.want(keys, titles)
        for e, title, a, d, o, search in items:
            yield from self._entry(e, title, a, d, o, search)

    def _record(self, key: str):
        """(record, None) or (None, why it could not be checked) or (None, None): nothing to say."""
        s = self.session
        rec = s.get(key)
        if rec is not None:
            return rec, None
        return None, s.failed.get(key)

    # ---- one entry --------------------------------------------------------------------------------
    def _entry(self, e, title, a, d, o, search):
        from ..urls import describe_key

        span = (e.title_start, e.title_end) if e.title_start is not None else (e.start, e.start + 1)
        venue_done = False
        keys = (["doi:" + d] if d else []) + (["openreview:" + o] if o else []) + (["arxiv:" + a] if a else [])
        for key in keys:
            rec, why = self._record(key)
            name = describe_key(key)
            if rec is None:
                if why:
                    yield ("AL026", f"could not verify {name}: {why}", *span, None, WARNING)
                continue
            if not rec.found:
                if key.startswith("arxiv:"):
                    yield ("AL026", f"arXiv has no paper {a}: check the link", *span, None, WARNING)
                continue
            if rec.title and title:
                f = self._title(e, title, rec, name)
                if f is not None:
                    yield f
            if rec.withdrawn:
                what = "withdrawn" if key.startswith("arxiv:") else "retracted"
                yield ("AL024", f"{name} is {what} ({shorten(rec.withdrawn, 80)}); remove the entry or mark it",
                       *span, None, ERROR)
            if rec.status and not venue_done:
                f = self._not_accepted(e, rec, name)
                if f is not None:
                    venue_done = True
                    yield f
            if venue_done:
                continue
            pub = rec
            if key.startswith("arxiv:"):
                pub, _why = self._record("s2:" + key)
                if pub is None or not pub.found:
                    continue
            f = list(self._venue(e, pub, name, rec if key.startswith("arxiv:") else None))
            if f:
                venue_done = True
                yield from f
        if search:
            yield from self._search(e, title, search)

    def _title(self, e, title, rec, name):
        from ..papers import matching as M

        how = M.compare_titles(title, rec.title)
        if how == M.SAME:
            return None
        span = (e.title_start, e.title_end)
        if how == M.OTHER:
            if not M.names_a_paper(title):
                return None
            return ("AL021", f"links {name}, which is \"{shorten(rec.title, 70)}\", not \"{shorten(title, 70)}\": "
                    "the link points to another paper, or the title is wrong", *span, None, ERROR)
        fix = None
        new = M.safe_title(rec.title)
        if new is not None and self.doc.text[e.title_start:e.title_end] == title:
            fix = Fix((Edit(e.title_start, e.title_end, new),), safe=how == M.SPACING,
                      description=f"write the title as the paper does: {shorten(rec.title, 60)}")
        word = "spacing" if how == M.SPACING else "a typo"
        return ("AL021", f"title differs from the paper's ({word}): \"{shorten(rec.title, 70)}\" ({name})",
                *span, fix, WARNING)

    def _not_accepted(self, e, rec, name):
        """A tag naming the venue an OpenReview submission was only submitted to."""
        from ..papers.matching import record_venue

        p = self._tag(e)
        if p is None or p.match is None or p.match.kind == "preprint" or e.tag is None:
            return None
        submitted = record_venue([rec.status.replace("Submitted to", "").strip()], self.registry)
        if submitted is None or submitted[0] != p.match.canonical:
            return None
        return ("AL023", f"tag says {p.match.canonical}, but {name} is \"{shorten(rec.status, 60)}\" on OpenReview: "
                "not accepted there (yet)", e.tag.start, e.tag.end, None, WARNING)

    def _tag(self, e):
        from ..venues import parse_tag

        tag = e.tag
        if tag is None:
            return None
        return parse_tag(tag.inner, self.registry, self.next_year)

    def _venue(self, e, pub, name, preprint=None):
        from ..papers.matching import record_venue, safe_year, venue_year
        from ..vocabulary import names_preprint

        found = record_venue(pub.venues, self.registry)
        if found is None or found[1] == "preprint":
            return
        venue, _kind = found
        p = self._tag(e)
        tag = e.tag
        if tag is None or p is None:
            return
        tag_kind = p.match.kind if p.match is not None else None
        year = safe_year(venue_year(pub, preprint), self.next_year)
        span = (tag.start, tag.end)
        if tag_kind == "preprint" or (tag_kind is None and names_preprint(tag.inner)):
            fix = None
            if year is not None:
                inner = self._render(p, venue, int(year))
                if inner is not None:
                    fix = Fix((Edit(tag.inner_start, tag.inner_end, inner),), safe=False,
                              description=f"tag it {inner}")
            yield ("AL022", f"tagged as a preprint, but {name} was published: {venue}"
                   + (f" {year}" if year else "") + f" (per {pub.source})", *span, fix, WARNING)
            return
        if p.match is None:
            return
        if p.match.canonical != venue:
            yield ("AL023", f"tag says {p.match.canonical}, but {name} was published at {venue} (per {pub.source})",
                   *span, None, WARNING)
            return
        if p.year is not None and year is not None and p.year != int(year) and e.year_span is not None:
            ys, ye = e.year_span
            fix = None
            if self.doc.text[ys:ye] == str(p.year):
                fix = Fix((Edit(ys, ye, year),), safe=False, description=f"write the year {year}")
            yield ("AL023", f"tag says {p.year}, but {name} is {venue} {year} (per {pub.source})",
                   *span, fix, WARNING)

    def _render(self, p, venue: str, year: int) -> str | None:
        from ..venues import parse_shape

        shape = None
        if not p.order:
            shape = self._dominant_shape()
            order, sep, _w = parse_shape(shape)
            p.order, p.sep = order, sep
        p.venue, p.workshop, p.extra, p.tail, p.month = venue, "", "", "", ""
        p.year, p.year_text = year, str(year)
        return p.render(shape)

    def _paper_label(self) -> str:
        """The label the file gives most of its arXiv and DOI links (`[paper]`, `PDF`), else
        `paper`."""
        label = getattr(self, "_label", None)
        if label is None:
            import re

            from ..voting import dominant

            counts = Counter(link.label for link in self.doc.links
                             if re.fullmatch(r"\[?[A-Za-z][A-Za-z .-]{0,19}\]?", link.label or "")
                             and (arxiv_id(link.url) or doi(link.url)))
            won = dominant(counts, min_votes=2)
            label = self._label = won[0] if won else "paper"
        return label

    def _dominant_shape(self) -> str:
        shapes = getattr(self, "_shape", None)
        if shapes is None:
            from ..voting import dominant

            counts = Counter()
            for e in self.doc.entries:
                p = self._tag(e)
                if p is not None and p.match is not None and p.order:
                    counts[p.shape] += 1
            won = dominant(counts)
            shapes = self._shape = won[0] if won else "YEAR VENUE"
        return shapes

    def _search(self, e, title, key):
        from ..papers.matching import matches, paper_url

        rec, why = self._record(key)
        if rec is None:
            return
        hits = [c for c in rec.candidates if c.title and matches(title, c.title)]
        span = (e.title_start, e.title_end)
        if len(hits) > 1:
            yield ("AL025", f"no link, and {len(hits)} papers have this title; link the right one by hand",
                   *span, None, WARNING)
            return
        if len(hits) != 1:
            return
        url = paper_url(hits[0])
        if url is None:
            return
        text = self.doc.text
        at = e.title_end
        while at < len(text) and text[at] in "*_" and at - e.title_end < 3:
            at += 1
        fix = Fix((Edit(at, at, f" [{self._paper_label()}]({url})"),), safe=False, description=f"link {url}")
        yield ("AL025", f"no link; one paper matches the title: {url} (per {hits[0].source})", *span, fix, WARNING)


class PaperTitleMismatch(_PaperRule):
    __doc__ = """
    ## What it does

    With `--verify-papers`, looks up each entry's arXiv id, DOI or OpenReview id (an ACL
    Anthology link counts as its DOI) and compares the paper's title with the entry's. Case,
    punctuation and a dropped subtitle (`SegFormer` for `SegFormer: Simple and Efficient
    Design…`) do not count. Reported:

    - another paper: the titles share too little (`links arXiv:2006.14215, which is "LNDb: A
      Lung Nodule Database…", not "…"`): the link was pasted from the wrong entry, or the title
      is wrong (error, no fix);
    - a misspelt title: nearly the same words (warning, with a fix).
""" + _SOURCES_DOC + """
    Settings, from the environment: `AWESOME_LINT_PAPERS_CONTACT` (an e-mail address sent in the
    User-Agent and as Crossref's `mailto`, for their polite pool), `SEMANTIC_SCHOLAR_API_KEY`,
    `AWESOME_LINT_PAPERS_TIMEOUT` (seconds per request, 20), `AWESOME_LINT_PAPERS_RETRIES` (3),
    `AWESOME_LINT_PAPERS_MAX_WAIT` (the longest `Retry-After` honoured, 60 s),
    `AWESOME_LINT_PAPERS_MAX_SEARCHES` (title searches per run, 25), and the base URLs
    `AWESOME_LINT_ARXIV_API`, `AWESOME_LINT_CROSSREF_API`, `AWESOME_LINT_OPENREVIEW_API`,
    `AWESOME_LINT_SEMANTIC_SCHOLAR_API`.

    ## Why it matters

    A reader who clicks the link of a paper and lands on another one stops trusting the list;
    a misspelt title is not found by search.

    ## Example

    ```markdown
    - [2020 arXiv] **Attention Is All You Need** [[paper]](https://arxiv.org/abs/2006.14215)
    - [2021 CVPR] **Seg Former: Simple and Efficient Design** [[paper]](https://arxiv.org/abs/2105.15203)
    ```

    Use instead:

    ```markdown
    - [2017 NeurIPS] **Attention Is All You Need** [[paper]](https://arxiv.org/abs/1706.03762)
    - [2021 NeurIPS] **SegFormer: Simple and Efficient Design** [[paper]](https://arxiv.org/abs/2105.15203)
    ```

    Silence one entry with `<!-- awesome-lint-disable-next-line AL021 -->`, or the rule with
    `--ignore AL021`.

    ## Fix safety

    A title that differs from the paper's only in white space and case (`Seg Former` for
    `SegFormer`) is rewritten safely; one with a misspelt word or other punctuation is rewritten
    only with `--unsafe-fixes` (the record may be the one that is wrong). The new title is the record's, as plain one-line
    text, escaped for Markdown; a title with markup inside is not rewritten. Another paper has
    no fix: only a person knows which of link and title is right.
    """
    code = "AL021"
    name = "paper-title-mismatch"
    summary = "The title disagrees with the paper the link names (--verify-papers)"
    fix_availability = FIX_SOMETIMES


class StalePreprint(_PaperRule):
    __doc__ = """
    ## What it does

    With `--verify-papers`, reports an entry tagged as a preprint (`[arXiv 2021]`,
    `[Preprint]`) whose paper has since been published at a venue the venue registry knows,
    with the venue and year of the published version (Semantic Scholar for arXiv ids, Crossref
    for DOIs).
""" + _SOURCES_DOC + """
    ## Why it matters

    Readers cite what the list says; a preprint tag on a published paper sends them to cite the
    preprint and hides where it was reviewed.

    ## Example

    ```markdown
    - [arXiv 2020] **Denoising Diffusion Probabilistic Models** [[paper]](https://arxiv.org/abs/2006.11239)
    ```

    Use instead:

    ```markdown
    - [NeurIPS 2020] **Denoising Diffusion Probabilistic Models** [[paper]](https://arxiv.org/abs/2006.11239)
    ```

    Silence one entry with `<!-- awesome-lint-disable-next-line AL022 -->`, or the rule with
    `--ignore AL022`.

    ## Fix safety

    Unsafe (`--unsafe-fixes`): the tag's text is rewritten in its own shape (or the file's most
    common one when it has no year) with the venue's name from the registry and the record's
    four-digit year. Records are sometimes wrong about the venue or its year; review the change.
    """
    code = "AL022"
    name = "stale-preprint"
    summary = "A preprint tag on a paper that has been published (--verify-papers)"
    fix_availability = FIX_SOMETIMES


class PaperVenueMismatch(_PaperRule):
    __doc__ = """
    ## What it does

    With `--verify-papers`, reports an entry whose venue tag names another venue than the
    paper's record, or the same venue with another year. Venues are compared through the venue
    registry (`IEEE Transactions on Medical Imaging` is `TMI`); a venue the registry does not
    know is not compared. An OpenReview submission that was only submitted to the venue its tag
    names (`Submitted to ICLR 2023`, withdrawn or rejected) is reported too.
""" + _SOURCES_DOC + """
    ## Why it matters

    A wrong venue or year misleads readers who filter a list by venue or cite from it.

    ## Example

    ```markdown
    - [CVPR 2021] **Masked Autoencoders Are Scalable Vision Learners** [[paper]](https://doi.org/10.1109/CVPR52688.2022.01553)
    ```

    Use instead:

    ```markdown
    - [CVPR 2022] **Masked Autoencoders Are Scalable Vision Learners** [[paper]](https://doi.org/10.1109/CVPR52688.2022.01553)
    ```

    Silence one entry with `<!-- awesome-lint-disable-next-line AL023 -->`, or the rule with
    `--ignore AL023`.

    ## Fix safety

    A wrong year on the right venue has an unsafe fix (`--unsafe-fixes`) that writes the
    record's four-digit year in place of the tag's. Another venue has no fix: the entry may
    deliberately list a workshop or an extended version.
    """
    code = "AL023"
    name = "paper-venue-mismatch"
    summary = "The venue or year disagrees with the paper's record (--verify-papers)"
    fix_availability = FIX_SOMETIMES


class WithdrawnPaper(_PaperRule):
    __doc__ = """
    ## What it does

    With `--verify-papers`, reports an entry whose paper is withdrawn (arXiv: the comment or the
    abstract says so) or retracted (Crossref: the record is updated by a retraction, withdrawal
    or removal notice, or is itself a retraction notice).
""" + _SOURCES_DOC + """
    ## Why it matters

    A retracted paper in a curated list is recommended as sound work.

    ## Example

    ```markdown
    - [2021 arXiv] **A Result That Did Not Hold** [[paper]](https://arxiv.org/abs/2101.00001)
    ```

    Use instead: remove the entry, or say it is withdrawn:

    ```markdown
    - [2021 arXiv] **A Result That Did Not Hold** (withdrawn) [[paper]](https://arxiv.org/abs/2101.00001)
    ```

    Silence an entry you have marked with `<!-- awesome-lint-disable-next-line AL024 -->`.

    ## Fix safety

    No fix: whether to drop the entry or keep it with a note is the maintainer's choice.
    """
    code = "AL024"
    name = "withdrawn-paper"
    summary = "The paper is withdrawn or retracted (--verify-papers)"
    severity = ERROR
    fix_availability = FIX_NEVER


class PaperLinkFound(_PaperRule):
    __doc__ = """
    ## What it does

    With `--verify-papers`, searches for the title of an entry that has no link at all (a title
    long enough to name one paper) and, when exactly one record's title matches it (case,
    punctuation and a subtitle aside, or a small misspelling), offers its link. When several
    records match, the finding says so and offers none.
""" + _SOURCES_DOC + """
    Title searches are the costly requests (one per entry, paced at Semantic Scholar's limit);
    at most `AWESOME_LINT_PAPERS_MAX_SEARCHES` (25) are sent per run, and answers are cached.

    ## Why it matters

    An entry without a link makes every reader search for the paper.

    ## Example

    ```markdown
    - [2017 NeurIPS] **Attention Is All You Need**
    ```

    Use instead:

    ```markdown
    - [2017 NeurIPS] **Attention Is All You Need** [paper](https://arxiv.org/abs/1706.03762)
    ```

    Silence one entry with `<!-- awesome-lint-disable-next-line AL025 -->`, or the rule with
    `--ignore AL025`.

    ## Fix safety

    Unsafe (`--unsafe-fixes`): the link is inserted after the title as `[paper](URL)` (with the
    label most of the file's arXiv and DOI links have, such as `[[pdf]](URL)`), the URL
    built from the record's validated arXiv id (`https://arxiv.org/abs/ID`) or DOI
    (`https://doi.org/DOI`). Two papers can share a title; check it is the one meant.
    """
    code = "AL025"
    name = "paper-link-found"
    summary = "An entry without a link whose paper a title search finds (--verify-papers)"
    fix_availability = FIX_SOMETIMES


class PaperUnverified(_PaperRule):
    __doc__ = """
    ## What it does

    With `--verify-papers`, reports an entry whose paper could not be checked: its source did
    not answer in time, kept refusing (429 beyond the retries or a `Retry-After` longer than
    `AWESOME_LINT_PAPERS_MAX_WAIT`), answered with an error or with data that could not be read;
    or arXiv has no paper under the entry's id. A DOI that Crossref does not know is not
    reported (it may be registered elsewhere, as DataCite's are).
""" + _SOURCES_DOC + """
    ## Why it matters

    A check that fails silently looks like a check that passed. These findings say which
    entries the other paper rules could not judge in this run; they go away when the source
    answers again.

    ## Example

    ```markdown
    - [2020 arXiv] **Some Paper** [[paper]](https://arxiv.org/abs/2099.99999)
    ```

    Use instead:

    ```markdown
    - [2020 arXiv] **Some Paper** [[paper]](https://arxiv.org/abs/2006.11239)
    ```

    Ignore it for a run with `--ignore AL026`.

    ## Fix safety

    No fix.
    """
    code = "AL026"
    name = "paper-unverified"
    summary = "A paper entry could not be checked against its record (--verify-papers)"
    fix_availability = FIX_NEVER
