"""AL009 year-mismatch."""

from __future__ import annotations


import re
from collections.abc import Iterator

import msgspec

from ..document import Document, Entry
from ..entries import lead_venue, links_subitem, may_mention, paragraph_entries
from ..evidence import ArxivId, arxiv_id, doi_year, is_non_paper_label, month_name, rxiv_date, tag_names_venue, venue_year
from ..model import ERROR, WARNING, Finding
from ..vocabulary import names_preprint
from ._entry_dates import date_span
from .base import FIX_NEVER, Option, Rule
from .quiet import item_key, quiet_keys

_ONLINE_FIRST_LAG = 2  # years from a Springer journal DOI to the volume that prints it

# a year in a link's label (`[[InfSc2019]]`)
_LABEL_YEAR = re.compile(r"(?:19|20)\d\d")
_LATER_VERSION = re.compile(r"\dv(?:[2-9]|\d\d)(?=$|[./?#]|\.full)", re.I)
_YEAR_CELL = re.compile(r"(?:\*\*|__)?(19[5-9]\d|20\d\d)(?:\*\*|__)?")
# A month written with the stated year: `Apr 2021`, `Sept. 2022`, `March, 2023` (name first) or
# `2025.02`, `2023-01`, `2023/01` (year first; two digits, never a full date such as 2023-03-09).
_FULL_DATE = re.compile(r"(20\d\d)[./-](\d\d?)[./-](\d\d?)")  # a day: 2026.04.22, 2024-1-9
_HABIT_MIN = 10  # preprints dated by month a file needs before its habit counts
_HABIT_SHARE = 0.9  # share of them that must carry their arXiv identifier's month
_DATE_HABIT_MIN = 10  # entries dated by month (a Date cell, a leading `2023.01`) a file needs
_DATE_HABIT_SHARE = 0.85  # share of them that must carry their arXiv identifier's month
_LATER_DATE_SHARE = 0.9  # share past which a later date on an entry that names arXiv is a slip too
#: A piece of an entry's text that is only a preprint server named as its venue (``arXiv``,
#: ``arXiv preprint``, ``CoRR``, a year after it: a Venue cell ``arXiv 2023``), as in
#: ``*Authors et al. arXiv.*``.
_PREPRINT_PIECE = re.compile(r"(?:arXiv|CoRR)(?:\s+preprint)?(?:,?\s*(?:19[5-9]\d|20\d\d))?", re.I)
_LINK_TARGET = re.compile(r"\]\([^()\s]*\)|<[^<>\s]*>")
_PIECE_CUT = re.compile(r"[.*_|\[\]()`]+|,\s")
_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = (r"(?P<name>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
               r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_NAME_YEAR = re.compile(r"(?<![A-Za-z])" + _MONTH_NAME + r"(?P<glue>\.?,?\s+|\.)(?P<year>19[5-9]\d|20\d\d)(?!\d)", re.I)
_YEAR_NUM = re.compile(r"(?<![\d.])(?P<year>19[5-9]\d|20\d\d)(?P<glue>[./-])(?P<num>0[1-9]|1[0-2]|[1-9])(?![\d./-]|\.\d)")


# a word in a tag besides its year and month (`KDD 2024`, not `2024` or `Jan 2024`): a venue named
_NAMES_SOMETHING = re.compile(r"(?i)\b(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b)[a-z]{2,}")


class YearMismatch(Rule):
    """
    ## What it does

    Compares the year an entry states (its leading tag such as `[2023 MICCAI]` or an unbracketed
    `2015-Arxiv - Title`, a venue cell, a Year column, or else the one dated venue its text names, as in `*Authors*. EMNLP 2022 Demo.`
    or `*arXiv, Apr 2021*`; an entry may be a list item, a table row or a paper written as a paragraph
    of a few lines, `**Title** \\` then `arXiv 2022. [[Paper](…)]`; a year in parentheses after
    the venue, `ArXiv (2022)`, is the venue's; an item whose own text names none is dated by the
    byline nested right under it, `- [Title](arxiv)` over `  - Authors. arXiv, 2023.`, and told
    there; a venue in emphasis with its year outside it, `*arXiv*, 2023`, is read as one, and so
    is one after the authors and a comma, `(Gaoyang Liu et al., Arxiv 2021)`) with what the paper's own links prove. An item
    with no link of its own whose first nested item holds only links (`- **TNE: … (Arxiv 2018)**`
    over `- [[Paper]](…)`) is read with those links when its year is a preprint's: a venue's
    year over them is left alone, old papers reaching arXiv late (a UAI 1995 paper in 2013).
    What the links prove:

    - an **arXiv identifier** (`arxiv.org/abs/2308.07898`, `/pdf/`, `/html/`, old-style
      `cs/0112017`, `doi.org/10.48550/arXiv.…`) names the month the preprint was first posted,
      and a **bioRxiv or medRxiv DOI** (`10.1101/2022.11.28.517803`) the day.
      An entry tagged as a preprint must carry that year (an error otherwise), unless its link
      names a later version (`v2`, `v3`: the tag may give that version's year) or the file lists
      the same preprint with its first year under another title (it was retitled). An entry
      tagged with a venue whose year is *before* the preprint was posted is suspicious (a
      warning): papers are normally posted before or around their venue, often a year or two
      earlier, and that is never reported. ICLR is held in spring and its papers are public
      when submitted in the autumn before, so `ICLR 2015` on a preprint first posted in
      September 2015 or later is an error: that paper is ICLR 2016. Likewise `CVPR 2022` on a
      preprint first posted in November or December 2022 (CVPR is held in June, its papers are
      due in November) and `ICRA 2022` on one posted from October 2022 (held in May, due in
      September): the paper is the next year's. This is told only in a file whose years are
      venues' years (some conference paper there is dated a year after its preprint), never
      where the year is a date's (`*ICRA, Oct 2023*`), since a file may date every paper by its
      preprint's year and name the venue beside it (`2021 | CVPR` for a CVPR 2022 paper).
      When the preprint tag also gives a month (`arXiv, Apr 2021`, `Sept. 2022`, `arXiv 2025.02`,
      `2023-01`, `2023.4`; never a full date), the month counts: a preprint dated two months or
      more before its arXiv identifier's month is an error (arXiv numbers a paper in the month it
      first announces it, which may be the month after it was sent in, never before). A later
      month of the same year, or the month before, is left alone (a later version's date, or
      the day it was sent in), except in a file that dates its preprints by their arXiv month:
      where at least ten preprint tags give a month and nine in ten of them give exactly their
      identifier's, any other month is a slip.
    - a **Date cell or leading date** (`| 2022-01 |`, `` `2023.01` Title``) in a file that dates
      its arXiv papers by their identifier's month (at least ten such dates, 85% of them exactly
      the identifier's month): a date two months or more before the identifier's month is a
      slip, since the preprint was not posted yet, unless the entry names a venue (`ACL26`: an
      accepted paper is often dated by its venue and posted after). A later month (a venue's or a new version's
      date) and a full date with a day (a release or update date) are left alone, and so is
      every date in a file whose dates often differ from the ids (model release dates). Full
      dates are a habit of their own: where nine in ten of them (ten at least) fall in their
      identifier's month, a day before the month ahead of it (`2022-01-13` on 2206.06488) is a
      slip too. Where
      nine in ten such dates agree, a later month or year on an entry that names arXiv as its
      venue (`` [2023/08] **Title.** *Authors et al. arXiv.* ``, or a Venue cell `arXiv 2023`) is a slip too: that date is the
      preprint's, not a venue's; so is a date two months or more after the identifier's on a
      row whose Venue cell names none (`-`, `arXiv`: `2024.07` on 2310.01690; a month after it
      is a paper sent in at a month's end and announced in the next); so is the month before
      the identifier's when its number is far into that month's (`[2025-06-arXiv]` on
      2507.22897: arXiv numbers papers in the order it announces them, and only the first few
      thousand of a month may have been sent in on the month before's last days). A date in
      brackets closing the title, before the links (`Title [2025-06-arXiv] [[paper](…)]`),
      counts as the entry's date. A link to a later version (`v2`) is left alone.
    - a **news item's day**: a list item that is a full date (`- **[2026.04.22]**`, a news list)
      whose nested item's paper is an arXiv preprint first posted more than a week after that
      month ended: the paper did not exist on that day. A date in the paper's own item is left
      alone (often a release of code or a model, which may come before the paper).
    - a **proceedings URL** that names venue and year: `openaccess.thecvf.com/content/CVPR2023`,
      `content_cvpr_2018`, `ICCV2023W`, `papers.miccai.org/miccai-2024`,
      `proceedings.neurips.cc/paper_files/paper/2023`, `aclanthology.org/2021.emnlp-main…` (and
      old ids such as `P19-1234`), `ecva.net/papers/eccv_2022`, the conferences' `/virtual/2023/`
      pages, `ijcai.org/proceedings/2023` and the PMLR volumes of ICML, AISTATS and MIDL. When the
      tag names the same venue with another year, the tag is wrong (an error). A tag naming
      another venue (a journal extension of a conference paper) is left alone.
    - a **journal DOI that names its year**: Springer Nature and BMC articles
      (`nature.com/articles/s41467-021-23518-w`, `10.1186/s13059-019-…`, `10.1007/s11263-021-…`)
      and Elsevier's (`10.1016/j.media.2021.102035`) carry the year the DOI was registered. The
      article appears that year or, accepted late in it, the next, and a Springer journal article
      (`10.1007/`, printed online first) up to two years later, in the volume that prints it
      (`s10462-017-…` in Artificial Intelligence Review 2019); so does an IEEE journal's
      (`10.1109/TIE.2025.3581279`, up to two years later, from early access to its issue),
      except in a file where two or more entries linking IEEE DOIs state another year and
      fewer than three in four agree (a file dating papers by their preprint). A year outside
      those is an error. A tag naming a conference (a journal extension of it) and an entry whose preprint was
      posted in the stated year (the tag gives the preprint's year) are left alone.

    Only the links that lead to the paper count: links labelled code, project, note, reference
    and the like, and links in a Code column, are ignored. A full date in a table (`2023-03-09`,
    usually a release or update date) is not taken as the paper's year.

    ## Why it matters

    The year is how readers sort, cite and filter a paper list. A preprint tagged two years late
    looks like new work; a venue tag with the wrong year sends readers to the wrong proceedings.

    ## Example

    ```markdown
    1. [2025 arXiv] **A Foundation Language-Image Model of the Retina** [[paper]](https://arxiv.org/pdf/2308.07898)
    2. [**EMNLP 2018**] Accurate & Fluent Medical X-ray Reports [[pdf]](https://aclanthology.org/2021.emnlp-main.288.pdf)
    ```

    Use instead:

    ```markdown
    1. [2023 arXiv] **A Foundation Language-Image Model of the Retina** [[paper]](https://arxiv.org/pdf/2308.07898)
    2. [**EMNLP 2021**] Accurate & Fluent Medical X-ray Reports [[pdf]](https://aclanthology.org/2021.emnlp-main.288.pdf)
    ```

    ## Fix safety

    No fix: whether the tag or the link is wrong needs a human. The message names the evidence.
    An arXiv identifier from January may belong to a preprint submitted in the last days of
    December, so a tag one year earlier than a January identifier is accepted; likewise a tag
    whose month is the one before the identifier's. A year written in one link's label
    (`[[ICLR2017]](openreview)`) is not held against a preprint another dated label links
    (`[[InfSc2019]](arxiv)`): that preprint is the other version's (held-out set F). A preprint
    tag of the year in which another entry gives the same arXiv paper its venue (`Arxiv 2024`
    beside `KDD 2024`) is stale, AL005's one paper with two venues, not a misdated year.
    """

    code = "AL009"
    name = "year-mismatch"
    summary = "The stated year disagrees with the arXiv id or the venue URL"
    severity = ERROR
    fix_availability = FIX_NEVER
    tags = ("years", "venues", "links")
    # an entry AL003 finds linking another entry's paper (`CausalGAN … ICLR2018` on the arXiv id
    # of line 66's paper): the year is measured against the wrong link, so the slip speaks
    defers_to = ("AL003",)
    options = {
        "venue-before-preprint": Option(
            int, 2,
            "How many years a venue may come before its linked arXiv preprint was posted before "
            "AL009 warns (papers are sometimes posted a year or two after their venue); -1 turns "
            "the warning off.",
            ge=-1, le=100,
        ),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        import time

        slack = getattr(self.opts, "venue-before-preprint")
        state: dict = {"titles": None, "file-wide": False, "months": None, "venues": None}
        # a list item that gave no finding, by its text and links' URLs (and the year, which
        # dates venue names), is not read again in the next version of the text
        quiet = quiet_keys(self)
        year_now = time.gmtime(self.ctx.clock()).tm_year
        told: set[int] = set()  # lines with a finding
        state["sublinks"] = None  # the links-only sub-items by parent item, on first need
        for entry in [*doc.entries, *_paragraphs(doc)]:
            key = item_key(entry)
            if key is not None:
                key = (key, year_now)
                if key in quiet:
                    continue
            state["file-wide"] = False
            found = list(self._entry(doc, entry, slack, state))
            if found:
                told.update(f.line for f in found)
                yield from found
            elif key is not None and not state["file-wide"]:
                quiet.add(key)
        yield from self._dated_items(doc)
        dated = self._dated_preprints(doc)  # read once for both habits: by month and by day
        yield from self._date_habit(doc, told, [d for d in dated if not d[1][0][2]])
        yield from self._day_habit(doc, told, [d for d in dated if d[1][0][2] and d[0].line not in told
                                               and isinstance(d[2], ArxivId)])

    def _dated_preprints(self, doc: Document) -> list:
        """(entry, date span, arXiv id) of each dated entry (:func:`date_span`) whose paper links
        carry one arXiv id and no later version: what the date habits are read on."""
        dated = []
        for e in doc.entries:
            found = date_span(e)
            if found is None:
                continue
            # the date may be a code span (`2023.01`); a link in code is no link of the entry
            links = [k for k in self._paper_links(e) if not doc.in_code(k.start)]
            ids = {a.id: a for a in (arxiv_id(k.url) for k in links) if a is not None}
            if len(ids) != 1 or any(_LATER_VERSION.search(k.url) for k in links):
                continue
            dated.append((e, found, next(iter(ids.values()))))
        return dated

    def _date_habit(self, doc: Document, told: set[int], dated: list) -> Iterator[Finding]:
        """A file that dates its papers by month (a Date cell ``2023-01``, a leading
        ``2023.01``) and gives nearly every arXiv paper exactly its identifier's month dates
        them by their preprint: there, a date two months or more before the identifier's month
        is a slip (the preprint was not posted yet), unless the entry names a venue (`ACL26`:
        an accepted paper is often dated by its venue, then posted). A later date is left alone (a venue's or a
        later version's date); so is a full date with a day (a release or update date), except
        where nine in ten dates agree and the entry names arXiv (``*Authors. arXiv.*``, a Venue
        cell ``arXiv 2023``): its date is the preprint's, and any other month is a slip; or is a
        row whose Venue cell names none (``-``), where a date two months or more after the
        identifier's is a slip (one month after is a paper sent in at a month's end).
        ``dated`` holds the entries dated by month (:meth:`_dated_preprints`)."""
        total = len(dated)
        agree = sum((y, m) == (a.year, a.month) for _, ((y, m, _d), _), a in dated)
        if total < _DATE_HABIT_MIN or agree < _DATE_HABIT_SHARE * total:
            return
        strict = agree >= _LATER_DATE_SHARE * total
        next_year = self.ctx.next_year()
        for e, ((y, m, _d), span), a in dated:
            if e.line in told or (y, m) == (a.year, a.month):
                continue
            if (y, m) >= _month_before(a.year, a.month) and not (
                    strict and (y, m) > (a.year, a.month) and _names_arxiv_only(e, next_year)) and not (
                    strict and (y, m) > _month_after(a.year, a.month) and _venue_cell_empty(e)) and not (
                    strict and (y, m) < (a.year, a.month) and not _early_in_month(a)):
                continue  # (a month after the identifier's: a paper sent in at a month's end, announced in the next)
            if (y, m) < (a.year, a.month) and _names_venue(_pieces(e), next_year):
                continue  # an ACL 2026 paper dated 2026-04, posted in June: the venue's date may come first
            line, col = doc.position(span[0])
            end_line, end_col = doc.position(span[1])
            if line in told:
                continue
            late = " (its number, far into the month's, says it was sent in then, not at the end of the month before)" \
                if (y, m) == _month_before(a.year, a.month) else ""
            yield self.finding(
                f"the entry is dated {doc.text[span[0]:span[1]]} but its preprint {a} was first posted in "
                f"{month_name(a.month)} {a.year}{late}; {agree} of the {total} arXiv papers this file dates by "
                "month carry their identifier's month",
                line, col, end_line, end_col)

    def _day_habit(self, doc: Document, told: set[int], dated: list) -> Iterator[Finding]:
        """A file that dates its arXiv papers by day (a Date cell ``2024-03-27``) and gives nine
        in ten of them (ten at least) their identifier's month dates them by their posting day:
        there a day before the month ahead of the identifier's (``2022-01-13`` on 2206.06488; the
        month before is a paper sent in at its end) is a slip: the paper was not posted yet. A
        later day is left alone (a model's release, a later version). ``dated`` holds the entries
        dated by day, less those with a finding already."""
        agree = sum((y, m) == (a.year, a.month) for _, ((y, m, _d), _), a in dated)
        if len(dated) < _DATE_HABIT_MIN or agree < _LATER_DATE_SHARE * len(dated):
            return
        for e, ((y, m, _d), span), a in dated:
            if (y, m) >= _month_before(a.year, a.month):
                continue  # a later day may be a release's or a version's, not the posting's
            line, col = doc.position(span[0])
            end_line, end_col = doc.position(span[1])
            yield self.finding(
                f"the entry is dated {doc.text[span[0]:span[1]]} but its preprint {a} was first posted in "
                f"{month_name(a.month)} {a.year}; {agree} of the {len(dated)} arXiv papers this file dates by "
                "day carry their identifier's month",
                line, col, end_line, end_col)

    def _dated_items(self, doc: Document) -> Iterator[Finding]:
        """A list item that is a date (``- **[2026.04.22]**``, a news list's day) whose nested
        item's paper is an arXiv preprint first posted more than a week after that day's month
        ended: the paper did not exist on that date. A date in the paper's own item or row is
        left alone (often a model's or code's release, which may come before its paper)."""
        import datetime

        dated: dict[int, tuple] = {}  # id(list item) -> (date, entry) of a date tag's item
        for e in doc.entries:
            tag = e.tag
            if e.kind != "item" or e.item is None or tag is None or e.year is None:
                continue
            m = _FULL_DATE.fullmatch(tag.inner.strip(" *_"))
            if m is None or doc.in_code(e.start):
                continue
            try:
                day = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
            dated[id(e.item)] = (day, e)
        if not dated:
            return
        for e in doc.entries:
            if e.kind != "item" or e.item is None:
                continue
            parent = e.item.block.parent if e.item.block is not None else None
            found = dated.get(id(parent)) if parent is not None and e.tag is None else None
            if found is None:
                continue
            ids = {a.id: a for a in (arxiv_id(k.url) for k in self._paper_links(e)) if a is not None}
            if len(ids) != 1:
                continue
            a = next(iter(ids.values()))
            day, source = found
            if day >= datetime.date(a.year, a.month, 1) - datetime.timedelta(days=7):
                continue
            k = next(k for k in self._paper_links(e) if arxiv_id(k.url) is not None)
            line, col = doc.position(k.url_start)
            end_line, end_col = doc.position(k.url_end)
            said = source.tag.inner.strip(" *_")
            yield self.finding(
                f"the item is dated {said} (line {source.line}) but its preprint {a} was first posted in "
                f"{month_name(a.month)} {a.year}: the paper did not exist on that date",
                line, col, end_line, end_col)

    def _entry(self, doc: Document, entry: Entry, slack: int, state: dict) -> Iterator[Finding]:
        if doc.in_code(entry.start):
            return
        links = self._paper_links(entry)
        borrowed = False
        if not links and entry.item is not None and entry.item.children:
            if state["sublinks"] is None:
                state["sublinks"] = _sub_links(doc)
        if not links and entry.item is not None and id(entry.item) in (state["sublinks"] or ()):
            borrowed = True
            links = self._paper_links(state["sublinks"][id(entry.item)])  # `- **Title (Arxiv 2018)**` over `- [[Paper]](…)`
            state["file-wide"] = True  # the answer hangs on another item: not kept by this one's text
        ids = {}
        carriers = []  # the links that carry an id
        later = False  # a link to a later version (v2, v3): the year may be that version's
        for link in links:
            a = arxiv_id(link.url) or rxiv_date(link.url)
            if a is not None:
                ids.setdefault(str(a), a)
                carriers.append(link)
                later = later or bool(_LATER_VERSION.search(link.url))
        lead = lead_venue(entry) if entry.year is None else None
        if entry.year is not None:
            stated = self._stated(doc, entry)
        elif lead is not None and lead.year is not None:  # `2015-Arxiv - Title`
            k = lead.inner_start + lead.inner.find(str(lead.year))
            stated = lead.year, (k, k + 4), lead.inner, (lead.inner_start, lead.inner_end)
        elif (ids or any(venue_year(k.url) or doi_year(k.url) for k in links)) and may_mention(entry):
            stated = self._mentioned(doc, entry)
            if stated is None and ids and entry.item is not None and entry.item.children:
                # `- [Title](arxiv)` over `  - Authors. arXiv, 2023.`: the byline under it dates it
                state["file-wide"] = True  # the answer hangs on the nested item's text too
                byline = _byline(doc, entry)
                stated = None if byline is None else self._mentioned(doc, byline)
        else:
            return
        if stated is None:
            return
        year, span, tag_text, region = stated
        if borrowed and not names_preprint(tag_text):
            return  # a venue's year over a sub-item's preprint: old papers reach arXiv late (UAI 1995 in 2013)
        if "](" in tag_text or "://" in tag_text:
            return  # the 'tag' is a link, not a tag
        holder = next((k for k in entry.links if k.start <= span[0] < k.end), None)
        if holder is not None and holder not in carriers and any(_LABEL_YEAR.search(k.label) for k in carriers):
            # `[[ICLR2017]](openreview) [[InfSc2019]](arxiv)`: the preprint is the other
            # label's version, dated by that label
            return
        dated = _month_of(doc.text[region[0]:region[1]], year, region[0])
        month = None
        if dated is not None:
            month, span = dated
        line, col = doc.position(span[0])
        end_line, end_col = doc.position(span[1])
        is_preprint = names_preprint(tag_text)
        if len(ids) == 1:
            a = next(iter(ids.values()))
            posted = f"{month_name(a.month)} {a.year}"
            if month is not None and isinstance(a, ArxivId):
                # the id's month is the month arXiv first announced the paper; it was submitted
                # then or, sent in at a month's end (or held by moderation), the month before
                early = (year, month) < _month_before(a.year, a.month)
            else:  # a January id may be a paper submitted in the last days of December
                early = year < a.year and not (a.month == 1 and year == a.year - 1)
            if is_preprint and (early or year > a.year):
                if year > a.year and later:
                    return
                if year > a.year and isinstance(a, ArxivId):
                    if state["titles"] is None:
                        state["titles"] = self._first_versions(doc)
                    state["file-wide"] = True  # the answer depends on other entries
                    titles = state["titles"]
                    mine = _title_key(entry.title)
                    if any(t != mine for t in titles.get((a.id, a.year), ())):
                        return  # listed with its first version's year under another title: retitled
                    if state["venues"] is None:
                        state["venues"] = self._published_years(doc)
                    if year in state["venues"].get(a.id, ()):
                        return  # `Arxiv 2024` where line 28 lists it as `KDD 2024`: the tag is stale, AL005's
                said = doc.text[span[0]:span[1]] if month is not None else str(year)
                yield self.finding(
                    f"the entry says {said} but its preprint {a} was posted in {posted}",
                    line, col, end_line, end_col)
            elif (is_preprint and month is not None and isinstance(a, ArxivId) and not later
                  and (year, month) != (a.year, a.month)):
                # a month before the id's, or a later one of the same year: wrong only in a file
                # that dates its preprints by their arXiv month
                state["file-wide"] = True
                if state["months"] is None:
                    state["months"] = self._month_habit(doc)
                agree, total = state["months"]
                if total >= _HABIT_MIN and agree >= _HABIT_SHARE * total:
                    yield self.finding(
                        f"the entry says {doc.text[span[0]:span[1]]} but its preprint {a} was posted in "
                        f"{posted}; {agree} of the {total} preprints this file dates by month carry "
                        "their arXiv identifier's month",
                        line, col, end_line, end_col)
            elif (not is_preprint and isinstance(a, ArxivId) and year <= a.year <= year + 1
                  and (a.year, a.month) >= (year, 9) and tag_names_venue(tag_text, "ICLR")):
                yield self.finding(
                    f"the entry says ICLR {year} but its preprint {a} was posted in {posted}, after "
                    f"ICLR {year} was held (spring {year}): the paper is likely ICLR {a.year + 1}",
                    line, col, end_line, end_col)
            elif (not is_preprint and isinstance(a, ArxivId) and a.year == year and month is None
                  and (venue := _autumn_venue(tag_text, a.month)) is not None
                  and self._venue_years(doc, state)):
                yield self.finding(
                    f"the entry says {venue} {year} but its preprint {a} was posted in {posted}, after "
                    f"{venue} {year} was held ({_HELD[venue][1]} {year}) and after the deadline of the next "
                    f"one: the paper is likely {venue} {year + 1}",
                    line, col, end_line, end_col)
            elif not is_preprint and 0 <= slack < a.year - year:
                yield self.finding(
                    f"the venue year {year} is before its preprint {a} was posted ({posted}); "
                    "check the year or the link",
                    line, col, end_line, end_col, severity=WARNING)
        if is_preprint:
            return
        if not any(a.year == year for a in ids.values()):
            yield from self._journal_year(doc, links, year, tag_text, (line, col, end_line, end_col))
        seen = set()
        for link in links:
            v = venue_year(link.url)
            if v is None or v.year == year or (v.venue, v.year) in seen:
                continue
            if not tag_names_venue(tag_text, v.venue):
                continue
            seen.add((v.venue, v.year))
            yield self.finding(
                f"the entry says {year} but its link {v.evidence} is {v.venue_name} {v.year}",
                line, col, end_line, end_col)

    def _journal_year(self, doc: Document, links: list, year: int, tag_text: str, where: tuple) -> Iterator[Finding]:
        """A journal article's DOI names the year it was registered; the article appears that
        year or the next (a Springer journal's, up to two years later). A tag naming a conference is left alone (a journal extension of it)."""
        found = {d.year: d for d in (doi_year(k.url) for k in links) if d is not None}
        if len(found) != 1:
            return
        d = next(iter(found.values()))
        if d.doi.startswith("10.1109/") and not self._ieee_dated(doc):
            return  # a file that dates IEEE papers by another year (their preprint's, their submission's)
        # a Springer journal prints an article online first, in a volume up to two years later
        # (Artificial Intelligence Review: s10462-017-… online in 2017, in volume 51 of 2019)
        # (an IEEE journal's early access too: TPAMI prints a 2023 DOI in a 2024 or 2025 issue)
        lag = _ONLINE_FIRST_LAG if d.doi.startswith(("10.1007/", "10.1109/")) else 1
        if d.year <= year <= d.year + lag or self._names_conference(tag_text):
            return
        years = ", ".join(str(d.year + k) for k in range(lag)) + f" or {d.year + lag}"
        yield self.finding(
            f"the entry says {year} but its DOI {d.doi} was registered in {d.year}, so the article "
            f"appeared in {years}", *where)

    def _ieee_dated(self, doc: Document) -> bool:
        """Whether the file's entries linking an IEEE DOI with a year (`10.1109/TIE.2025.…`, a
        conference's `icassp49357.2023.…` too) state that year or the next two, three in four
        of them at least, or all but one: a file that dates them so, where one that does not is
        a slip (where two or more do not, it dates them by another year, a preprint's)."""
        key = ("ieee-dated",)
        if key not in doc.memo:
            agree = total = 0
            for e in doc.entries:
                if e.year is None:
                    continue
                for k in e.links:
                    m = _IEEE_ANY.search(k.url)
                    if m:
                        total += 1
                        agree += int(m.group(1)) <= e.year <= int(m.group(1)) + 2
                        break
            doc.memo[key] = total - agree < 2 or agree >= 0.75 * total
        return doc.memo[key]

    def _names_conference(self, tag_text: str) -> bool:
        from ..venues import load_registry, mention

        next_year = self.ctx.next_year()
        p = mention(tag_text, load_registry(), next_year)
        return p is not None and p.match is not None and p.match.kind in ("conference", "workshop")

    def _mentioned(self, doc: Document, entry: Entry) -> tuple[int, tuple[int, int], str, tuple[int, int]] | None:
        """(year, span, text) of the one dated venue an untagged entry writes in its text
        (``*Authors*. EMNLP 2022 Demo.``, ``*arXiv, Apr 2021*``, ``(*arXiv 2025.02*)``), or None
        when it writes none or several."""
        from ..entries import venue_mentions
        from ..venues import load_registry, mention

        reg = load_registry()
        next_year = self.ctx.next_year()
        found = venue_mentions(doc, entry, lambda t: mention(_without_month(_YEAR_IN_PARENS.sub(r" \1", t)), reg,
                                                             next_year) is not None)
        if not found:
            return _emphasised_venue(doc, entry, reg, next_year) or _credited_venue(doc, entry, reg, next_year)
        if len(found) != 1 or found[0].year_span is None:
            return None
        tag = found[0]
        return tag.year, tag.year_span, tag.inner, (tag.inner_start, tag.inner_end)

    def _venue_years(self, doc: Document, state: dict) -> bool:
        """Whether the file's stated years are venues' years: some conference paper is dated a
        year or more after its preprint was posted (before October: not a paper sent in for the
        next January). A file that dates every paper by its preprint's year (``2021 | CVPR`` for a
        preprint of December 2021 that appeared at CVPR 2022) states no venue year to doubt."""
        state["file-wide"] = True
        if state.get("venue-years") is None:
            found = False
            for e in doc.entries:
                if e.year is None or doc.in_code(e.start):
                    continue
                stated = self._stated(doc, e)
                if stated is None or names_preprint(stated[2]):
                    continue
                ids = {a.id: a for a in (arxiv_id(k.url) for k in self._paper_links(e)) if a is not None}
                if (len(ids) == 1 and (a := next(iter(ids.values()))).year < stated[0] and a.month < 10
                        and self._names_conference(stated[2] if str(stated[0]) in stated[2]
                                                   else f"{stated[2]} {stated[0]}")):
                    found = True  # a journal may take a year or more: its year says nothing here
                    break
            state["venue-years"] = found
        return state["venue-years"]

    def _month_habit(self, doc: Document) -> tuple[int, int]:
        """(agree, total): of the entries whose preprint tag gives a month and whose paper link
        is one arXiv identifier, how many give exactly the identifier's month. A file where
        nearly all do dates its preprints by their arXiv month, and a month that differs is a
        slip there."""
        agree = total = 0
        for e in doc.entries:
            if e.year is None or doc.in_code(e.start):
                continue
            stated = self._stated(doc, e)
            if stated is None or not names_preprint(stated[2]):
                continue
            year, _, _, region = stated
            dated = _month_of(doc.text[region[0]:region[1]], year, region[0])
            if dated is None:
                continue
            links = self._paper_links(e)
            ids = {a.id: a for a in (arxiv_id(k.url) for k in links) if a is not None}
            if len(ids) != 1 or any(_LATER_VERSION.search(k.url) for k in links):
                continue  # a later version's link may carry that version's month
            a = next(iter(ids.values()))
            total += 1
            agree += (year, dated[0]) == (a.year, a.month)
        return agree, total

    @staticmethod
    def _first_versions(doc: Document) -> dict[tuple[str, int], set[str]]:
        """The titles of the entries tagged as preprints of the year their arXiv id was posted,
        by (id, year). A paper retitled in a later version may be listed twice: under its first
        title with the first year, and under its new title with the year of the new version."""
        out: dict[tuple[str, int], set[str]] = {}
        for e in doc.entries:
            tag = e.tag
            if not e.title or tag is None or e.year is None or not names_preprint(tag.inner):
                continue
            for link in e.links:
                a = arxiv_id(link.url) if "arxiv" in link.url.lower() else None
                if a is not None and a.year == e.year:
                    out.setdefault((a.id, a.year), set()).add(_title_key(e.title))
        return out

    def _published_years(self, doc: Document) -> dict[str, set[int]]:
        """The years of the entries that give an arXiv paper a venue, not a preprint tag, by
        its id: another entry's preprint tag of such a year is stale (`Arxiv 2024` beside line
        28's `KDD 2024`), which AL005 reports as one paper with two venues, not misdated."""
        out: dict[str, set[int]] = {}
        for e in doc.entries:
            ids = [a for a in (arxiv_id(k.url) for k in e.links if "arxiv" in k.url.lower()) if a is not None]
            if not ids:
                continue
            stated = self._stated(doc, e) if e.year is not None else self._mentioned(doc, e)
            if stated is None or names_preprint(stated[2]) or not _NAMES_SOMETHING.search(stated[2]):
                continue  # (a bare year, `[2024]` or a Year cell, gives no venue)
            for a in ids:
                out.setdefault(a.id, set()).add(stated[0])
        return out

    @staticmethod
    def _paper_links(entry: Entry) -> list:
        out = []
        for link in entry.links:
            if link.is_image or link.is_anchor:
                continue
            if link.column_header and is_non_paper_label(link.column_header):
                continue
            if link.label and is_non_paper_label(link.label):
                continue
            out.append(link)
        return out

    @staticmethod
    def _stated(doc: Document, entry: Entry) -> tuple[int, tuple[int, int], str, tuple[int, int]] | None:
        """(year, span of the year as written, text of the tag, span of the tag's text) or None
        when the year is not a stated paper year (a full date in a table)."""
        tag = entry.tag
        if tag is not None and tag.year == entry.year:
            inner = doc.text[tag.inner_start:tag.inner_end]
            k = inner.find(str(entry.year))
            s = tag.inner_start + k if k >= 0 else tag.start
            e = s + 4 if k >= 0 else tag.end
            return entry.year, (s, e), tag.inner, (tag.inner_start, tag.inner_end)
        if entry.row is None:
            return None
        for cell in entry.row.cells:
            m = _YEAR_CELL.fullmatch(cell.text)
            if m and int(m.group(1)) == entry.year:
                s = cell.start + m.start(1)
                return entry.year, (s, s + 4), tag.inner if tag is not None else "", (s, s + 4)
        return None


#: Venues held in the first half of the year whose papers are due in the autumn before: a
#: preprint first posted from that month on, in the venue's own year, is the next edition's
#: (CVPR's deadline is in November, ICRA's in September; months allow for a late posting).
_HELD = {"CVPR": (11, "June"), "ICRA": (10, "May")}


def _autumn_venue(tag_text: str, month: int) -> str | None:
    for venue, (since, _) in _HELD.items():
        if month >= since and tag_names_venue(tag_text, venue):
            return venue
    return None


def _title_key(title: str | None) -> str:
    return " ".join(re.findall(r"\w+", (title or "").casefold()))


def _month_of(text: str, year: int, base: int) -> tuple[int, tuple[int, int]] | None:
    """(month, span) of the month written with ``year`` in a tag's text (``arXiv, Apr 2021``,
    ``arXiv 2025.02``), the span covering month and year (``base`` is where ``text`` starts);
    None when the year is written without one, or when two different months are written."""
    found = []
    for m in _NAME_YEAR.finditer(text):
        if int(m.group("year")) == year:
            found.append((_MONTH_WORDS.index(m.group("name")[:3].lower()) + 1, m.start(), m.end()))
    for m in _YEAR_NUM.finditer(text):
        if int(m.group("year")) == year:
            found.append((int(m.group("num")), m.start(), m.end()))
    if not found or len({f[0] for f in found}) > 1:
        return None
    month, s, e = found[0]
    return month, (base + s, base + e)


#: a venue in emphasis with its year after it, outside: ``*Authors.* *arXiv*, 2023.``
_EMPHASISED_VENUE = re.compile(r"(?<![*\w])([*_])([A-Za-z][\w&' -]{1,30}?)\1,?[ \t]*((?:19|20)\d\d)(?![\d*_])")


def _emphasised_venue(doc: Document, entry: Entry, reg, next_year: int) -> tuple[int, tuple[int, int], str, tuple[int, int]] | None:
    """(year, span, text, region) of the one venue an entry writes in emphasis with its year
    outside it (``*arXiv*, 2023``: the pieces a mention is read from are cut at the emphasis, so
    the name and the year fall apart), or None when it writes none or several."""
    from ..venues import mention

    found = [m for m in _EMPHASISED_VENUE.finditer(doc.text, entry.start, entry.end)
             if not doc.in_code(m.start()) and mention(f"{m.group(2)} {m.group(3)}", reg, next_year) is not None]
    if len(found) != 1:
        return None
    m = found[0]
    return int(m.group(3)), m.span(3), f"{m.group(2)} {m.group(3)}", (m.start(2), m.end(3))


# a venue and its year after the authors and a comma, `(Yann Fraboni et al., Arxiv 2023)`: the
# pieces a mention is read from do not split at that comma (a title may hold one)
_CREDITED_VENUE = re.compile(r"\bet al\.?,[ \t]*(?P<tag>[A-Za-z][\w&' -]{0,40}?[ \t,]+(?P<year>19[5-9]\d|20\d\d))(?=[)\].;]|,?[ \t]|$)")


def _credited_venue(doc: Document, entry: Entry, reg, next_year: int) -> tuple[int, tuple[int, int], str, tuple[int, int]] | None:
    """(year, span, text, region) of the one dated venue written after `et al.,` in an entry
    (``(Gaoyang Liu et al., Arxiv 2021)``), or None when it writes none or several."""
    from ..venues import mention

    found = [m for m in _CREDITED_VENUE.finditer(doc.text, entry.start, entry.end)
             if not doc.in_code(m.start()) and mention(m.group("tag"), reg, next_year) is not None]
    if len(found) != 1:
        return None
    m = found[0]
    return int(m.group("year")), m.span("year"), m.group("tag"), m.span("tag")


# a venue's year in parentheses after its name (`ArXiv (2022)`), read as `ArXiv 2022`
_YEAR_IN_PARENS = re.compile(r"[ \t]*\((19[5-9]\d|20\d\d)\)$")


def _without_month(text: str) -> str:
    """A venue mention with its month dropped (``arXiv, Apr 2021`` -> ``arXiv, 2021``,
    ``arXiv 2025.02`` -> ``arXiv 2025``), for the venue parser, which takes years only."""
    m = _NAME_YEAR.search(text)
    if m is not None:
        return text[:m.start()] + m.group("year") + text[m.end():]
    m = _YEAR_NUM.search(text)
    if m is not None:
        return text[:m.start()] + m.group("year") + text[m.end():]
    return text


def _byline(doc: Document, entry: Entry) -> Entry | None:
    """The first nested item under ``entry``'s item, on the next line, as an entry of its own
    text, when it has no link and lists names (a comma: `  - Qinjie Lin, Han Liu, and Biswa
    Sengupta. arXiv, 2023.`): a byline that names the paper's venue and year for the title and
    link above it; None otherwise."""
    block = entry.item.children[0]
    if not block.items or block.items[0].line != entry.end_line + 1:
        return None
    first = block.items[0]
    if not first.text_line:
        return None
    start, end = first.content_start, doc.line_end(first.text_end_line)
    if start >= end or doc.links_between(start, end) or "," not in doc.text[start:end]:
        return None
    return msgspec.structs.replace(entry, start=start, end=end, line=first.line, end_line=first.text_end_line,
                                   links=[], tag=None, title=None, title_start=None, title_end=None, item=first)


def _sub_links(doc: Document) -> dict[int, Entry]:
    """The first links-only sub-item (`- [[Paper]](…)`) under each list item, by the item's id:
    a list that gives each paper a bold title line and its links one per nested item has the
    paper's link there."""
    out: dict[int, Entry] = {}
    for e in doc.entries:
        item = e.item
        if item is None or item.block is None or item.block.parent is None or not e.links:
            continue
        parent = item.block.parent
        if id(parent) not in out and links_subitem(e):
            out[id(parent)] = e
    return out


def _paragraphs(doc: Document) -> list[Entry]:
    """Paper entries written as paragraphs of a few lines (``**Title** \\``, ``*Authors* \\``,
    ``arXiv 2022. [[Paper](…)]``), which are no list items: their years are checked too."""
    if not doc.links:
        return []
    return paragraph_entries(doc, sorted((e.start, e.end) for e in doc.entries), _PARAGRAPH_YEAR)


_PARAGRAPH_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _names_arxiv_only(entry: Entry, next_year: int) -> bool:
    """Whether the entry names arXiv (or CoRR) as its venue in its text (``*Authors et al.
    arXiv.*``) and no other venue: its date is then no venue's date, and in a file that dates
    its preprints by their arXiv month a later date is a slip as well. The text is cut at full
    stops, emphasis, brackets and pipes, link destinations left out; a piece must be the
    preprint server's name alone."""
    pieces = _pieces(entry)
    return any(_PREPRINT_PIECE.fullmatch(p) for p in pieces) and not _names_venue(pieces, next_year)


def _pieces(entry: Entry) -> list[str]:
    return [p.strip() for p in _PIECE_CUT.split(_LINK_TARGET.sub(" ", entry.text))]


def _names_venue(pieces: list[str], next_year: int) -> bool:
    """Whether a piece of the entry's text (see :func:`_names_arxiv_only`) is a known venue
    other than a preprint server (``ACL26``, ``BMVC 2025``)."""
    from ..venues import load_registry, mention

    reg = load_registry()
    return any(
        4 <= len(p) <= 40 and not names_preprint(p)
        and any(mention(v, reg, next_year) is not None for v in (p, f"{p} {next_year - 1}"))
        for p in pieces)


_VENUE_HEADER = re.compile(r"venue|conf|journal|publi|published in|proceedings", re.I)
_NO_VENUE = frozenset(("", "-", "–", "—", "--", "n/a", "na", "none", "arxiv", "preprint", "arxiv preprint"))


def _venue_cell_empty(entry: Entry) -> bool:
    """Whether the row's Venue (`Conference`, `Journal`, `Publication`) cell names no venue:
    `-`, empty, `arXiv`, `Preprint`. An entry of a list, or a row without such a column, says
    nothing: a venue the registry does not know (`Monthly Weather Review`) is still a venue."""
    row = entry.row
    if row is None or row.table is None:
        return False
    cells = [c for h, c in zip(row.table.columns, row.cells) if _VENUE_HEADER.search(h)]
    return len(cells) == 1 and cells[0].text.strip(" *_`").casefold() in _NO_VENUE


_IEEE_ANY = re.compile(r"10\.1109/[A-Za-z][\w-]*\.((?:19|20)\d\d)\.\d{5,}")


def _early_in_month(a: ArxivId) -> bool:
    """arXiv numbers papers in the order it announces them: the first numbers of a month
    (``2603.00638``) went out in its first days, and may have been sent in at the end of the
    month before; ``2507.22897`` was sent in late in July, not in June. Early: within the first
    3,000 of a five-digit month (2015 on, some 10,000 to 30,000 papers a month), the first 600
    of a four-digit one (2007 to 2014)."""
    number = a.id.partition(".")[2]
    return not number.isdigit() or int(number) < (3000 if len(number) == 5 else 600)


def _month_after(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _month_before(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)
