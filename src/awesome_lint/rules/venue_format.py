"""AL005 venue-format."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import msgspec

from ..document import Document, Entry, Tag
from ..entries import lead_venue, may_mention, paragraph_entries, plain_items
from ..model import WARNING, Edit, Finding, Fix, InputError
from ..textutil import elsewhere, in_spans
from ..vocabulary import names_preprint
from ..voting import dominant
from .base import FIX_SOMETIMES, Option, Rule
from .venue_consistency import conflicts
from .venue_style import DATED, describe, joins_word, norm_eq, noun, parse_style, unprefixed, wrap

# the Findings volume's name before a venue mention, which the pieces of an entry's text cut at
# the colon (venue_mentions)
_FINDINGS_BEFORE = re.compile(r"Findings\s+of\s+(?:the\s+)?(?:ACL|Association\s+for\s+Computational\s+Linguistics)\s*:\s*$", re.I)
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_PMLR_TAG = re.compile(r"(?<![\w/.-])PMLR[ '’-]*(?:19|20)?\d\d(?![\w/.-])")  # `PMLR 2020`, `PMLR'22`
_FINDINGS_URL = re.compile(r"aclanthology\.org/20\d\d\.findings-", re.I)
# a venue's long name with its acronym after it, then a date: `International Conference on
# Robotics and Automation (ICRA), May 2025`
_LONG_WORD = r"(?:[A-Z][\w/&-]*|of|on|and|for|in|the|&)"
# a quoted title's end in a citation, before its venue: `…," in`, `…", in`, `…," in Proc. of the`
_CITED_TITLE_END = re.compile(r"(?:[,.][\"”]|[\"”][,.]?)\s*(?:in\s+)?(?:Proc\.\s+)?$")
_LONG_FORM = re.compile(r"(?P<long>" + _LONG_WORD + r"(?:[ \t]+" + _LONG_WORD + r"){2,})[ \t]*\((?P<acr>[A-Z][A-Za-z]{1,9})\)"
                        r"(?=,?[ \t]*(?:[A-Z][a-z]+\.?[ \t]+)?(?:19|20)\d\d\b)")
_ACRONYM_PAREN = re.compile(r"\([A-Z][A-Za-z]{1,9}\)")
# a workshop in an entry's text, the word before the year or after it: `ICLR Workshop 2018`,
# `ICML 2018 Workshop`
_WORKSHOP_YEAR = re.compile(r"(?<![\w-])(?:(?P<v1>[A-Z][A-Za-z]{2,9}) (?P<w1>Workshops?) (?P<y1>(?:19|20)\d\d)"
                            r"|(?P<v2>[A-Z][A-Za-z]{2,9}) (?P<y2>(?:19|20)\d\d) (?P<w2>Workshops?))(?![\w-])")
# a venue's year with a digit dropped or doubled (`NeurIPS 202`, `CVPR 20233`): left after the
# venue as an extra, since it is no year
_MANGLED_YEAR = re.compile(r"[ \t]*,?[ \t]*((?:19|20)\d|(?:19|20)\d{3,4})[ \t]*")
# a venue and its year in a heading, glued or spaced (`cvpr2024`, `CVPR 2023`), not in an
# address; CJK text may follow it (`CVPR2024论文`)
_HEAD_VENUE = re.compile(r"(?<![A-Za-z0-9#_-])(?<![A-Za-z]\.)([A-Za-z]{3,10}) ?(?:19|20)\d\d(?![A-Za-z0-9])")
_HEAD_YEAR = re.compile(r"(?:19|20)\d\d")
# an unknown venue name judged for its comma only: one to four capitalised words (`IEEE DSAA`,
# `Electronics`), small words between them; a month name is a date, not a venue
_LOOSE_NAME = re.compile(r"[A-Z][A-Za-z&-]*(?: (?:[A-Z][A-Za-z&-]*|of|on|and|for|in))*")
# a publisher closing a citation (`… Conference on. IEEE, 2017.`, `Springer International
# Publishing, 2020`): there the comma before the year is the citation's own style
_PUBLISHER = re.compile(r"^(?:IEEE|ACM|Springer|Elsevier|Wiley|MIT|Curran|AAAI|PMLR|SPIE|IOS|Taylor|Oxford|Cambridge)$"
                        r"|\b(?:Press|Publish\w*|Associates|Verlag|Inc|Ltd)\b|^(?:\w+ )?(?:Springer|Elsevier|Wiley)\b")
# a name before `, 2017` that is no venue: a title's last words (`…: An Overview, 2017`) or
# where a talk or course was given (`Stanford University, 2013`)
_NO_VENUE = re.compile(r"^(?:A|An|The)\b|\b(?:University|Institute|College|School|Academy|Laborator(?:y|ies)|Lab|Labs"
                       r"|Overview|Introduction|Primer|Tutorial|Lecture|Lectures)\b")
_MONTHS = frozenset(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))
# the venue and year that close an entry's plain author list after a comma:
# `- K. Hara et al., CVPR2019.`, `- C. Lea, R. Vidal, A. Reiter, CVPR 2017. [[code]](…)`
_COMMA_VENUE = re.compile(r"(?:et al\.?|[A-Za-z][a-z]+),[ \t]*(?P<venue>[A-Z][A-Za-z]{1,11}(?:[ ']?)(?:19|20)\d\d)"
                          r"(?=[ \t]*(?:[.;)]|$|\[|\n))", re.M)
# a venue with a two-digit year in parentheses (`(AAAI 17)` closing a title) or a code span
# (`` `ACM MM 17` ``), which DATED leaves out (a bare `17` is mostly no year): read so that the
# file's four-digit style can judge it
_SHORT_YEAR_PAREN = re.compile(r"\([A-Z][A-Za-z&-]{1,15} \d\d\)|`[A-Z][A-Za-z&-]{1,15}(?: [A-Z][A-Za-z&-]{1,15})? \d\d`")
_HELD_RIGHT = 3  # undated brackets written right before one in the wrong case counts as a venue
_LOOSE_MIN = 10  # known venues in entries' text a file needs before an unknown one's comma is judged
_LOOSE_SHARE = 0.8  # share of them that must be written VENUE YEAR
# an italic author line that closes with a venue after a full stop: `*Ann Lee, Bo Li et al. arXiv.*`
_AUTHOR_RUN = re.compile(r"(?<![*\w])\*(?!\*)[^*\n]{2,300}?(?:et al\.?|,[^*\n]{0,60}?\.)[ \t]+"
                         r"(?P<venue>[A-Za-z][A-Za-z&' -]{1,40}?)\.?\*(?![*\w])")
_AUTHOR_MIN = 10  # author lines closing with a venue a file needs before they count as venues
# an arXiv id written in an entry's text (`arXiv:2101.03288`, `2101.03288`)
_ARXIV_ID = re.compile(r"(?<![\d.])\d{4}\.\d{4,5}(?![\d])")
# hosts of published papers, and preprint servers other than arXiv: (host, what its page is)
_PUBLISHED_HOSTS = {
    "link.springer.com": "a Springer publication", "ieeexplore.ieee.org": "an IEEE Xplore publication",
    "dl.acm.org": "an ACM publication", "sciencedirect.com": "an Elsevier publication",
    "academic.oup.com": "an Oxford University Press publication", "nature.com": "a Nature publication",
    "onlinelibrary.wiley.com": "a Wiley publication", "tandfonline.com": "a Taylor & Francis publication",
    "mdpi.com": "an MDPI publication", "frontiersin.org": "a Frontiers publication",
    "techrxiv.org": "a TechRxiv preprint", "biorxiv.org": "a bioRxiv preprint", "medrxiv.org": "a medRxiv preprint",
    "ssrn.com": "an SSRN preprint", "papers.ssrn.com": "an SSRN preprint", "researchsquare.com": "a Research Square preprint",
    "chemrxiv.org": "a ChemRxiv preprint", "psyarxiv.com": "a PsyArXiv preprint",
}
RUN = 5  # this many tags in a row written one other way are a block with a style of its own
MIN_TAGS = 3  # a file (or a list) needs this many tags before it has a style of its own
MIN_LABELS = 5  # leading venue labels (`[[CVPR](…)]`) a file needs before they count as venues
DOMINANT = 2 / 3  # share of the tags the most common form needs to be the file's style


class _Item(msgspec.Struct, eq=False):
    entry: Entry
    tag: Tag
    parsed: object  # venues.Parsed
    kind: str  # "list" or "table"
    start: int  # absolute offset of the parsed text
    end: int
    bold: str | None  # "inner"/"outer"/"none" (lists), "bold"/"plain" (tables), None: not judged
    marker: str = "**"
    problems: list[tuple[str, str, int, int]] = msgspec.field(default_factory=list)  # (what, message, start, end)
    fix: Fix | None = None
    wants: dict[str, str] = msgspec.field(default_factory=dict)  # dimension -> the file's style
    quiet: bool = False  # an unknown venue (not strict): only a misspelling of a known one is told
    closing: bool = False  # the venue that closes a plain author list (`K. Hara et al., CVPR2019.`)


# a remark after the year that names what was shown there, not a paper (`ICLR 2025 (BlogPosts)`,
# `NeurIPS 2023 Tutorial`): a post's or a tutorial's date, which need not be in the papers' shape
# (not `Spotlight Talk`, `with video` or `Tutorial track paper`: remarks on a paper)
_NOT_A_PAPER = re.compile(r"(?i)\bblog(?:\s*posts?)?\b|\bblogposts?\b|\bslides\b|\bkeynote\b|^\W*tutorial\W*$")


def _check_venues(venues: list, at: str) -> None:
    """The ``venues`` option checked when the configuration is read (the registry on first need)."""
    from ..venues import compile_entries

    compile_entries(venues, {}, at)


class VenueFormat(Rule):
    """
    ## What it does

    Checks the venue tags of paper entries: the leading `[2023 MICCAI]`, `[**CVPR 2022**]` or
    `**[ICCV 2023]**` of a list item (or its unbracketed `2019-CVPR - Title`, year first and
    glued by a hyphen, a dash before the title), the cell of a table column headed Venue, Reference,
    Conference, Journal, Publication or Published In (read inside backticks when the cell is a
    code span, `` `ICML'24` ``), and a venue written in an entry's text
    when it has neither: `*Authors*. NeurIPS 2023.` after the title, `(CVPR 2022)`, a code span
    that holds only the venue and year (`` - Chen C et al, `ICCV 2019`. ``),
    `Title | **[NIPS' 18]** | [pdf](…)` (a space after the apostrophe, or `IJCAI 19`: two
    digits after a venue the registry knows, are a year too, and so are two glued to one,
    `ICLR23`), a
    `[MICCAI'21](…)` link in a table's paper column, and the label of a link that stands as a
    paragraph of its own, `[Deep Leakage from Gradients. NeurIPS 2019](…)`, or the text after
    such a link past a comma, `[Title](…), AAAI 2020, [[code]](…)` (lists written as
    paragraphs, not items), and the text of an entry written as a paragraph of a few lines
    (`**Title** \\`, `*Authors* \\`, `NeurIPS 2022. [[Paper](…)]`, or `**Title.** [JBHI, 2022].<br>`;
    a block of at most nine lines with a link and a year, outside lists, tables, headings and
    quotes), and a list item with no link that writes a year, a citation written as plain text
    (`57. Title. Chen, Liqun et al. cvpr 2021`); a venue and year that open an item before a
    colon (`1. WWW 2021: Title`) or, year first, before a dash (`2015-Arxiv - Title`) count as
    its leading tag. In a file where ten entries at least, and two thirds of those whose italic author
    line closes after a full stop, close it with a known venue (`*Yejin Bang et al. arXiv.*`, the
    year given elsewhere), that venue counts too, for its spelling and against its link. Such a venue counts only when the words
    between full stops (or brackets, emphasis, pipes) are wholly a known venue and a year, with
    nothing after the year but words such as `Demo`, `Findings` or `(Oral)`, or a workshop's
    name (`ICCV 2019 YouTube8M workshop`; a preprint's month,
    `arXiv 2023.05`, too): a title or a sentence that mentions a venue is left alone. The venue
    and year that close a plain author list or a title after a comma (`- K. Hara et al.,
    CVPR2019.`, `* Lite Audio-Visual Speech Enhancement, INTERSPEECH 2020 [[paper]](…)`) count
    too, in a file where ten entries at least, two thirds of them, end so with a known venue;
    so does a venue in emphasis before the year (`Title, in *NeurIPS* 2023.`), its spelling
    read where ten entries at least, two thirds of them, name a known venue so. A file
    whose entries lead with a venue label in brackets, `- [[CVPR](…)] Title`, has those labels'
    spelling checked when two thirds of them (and five at least) are known venues. It reports

    - `NIPS` for an edition from 2018 on anywhere in the file's words, outside the tags read
      (`a detector on fish-eye images（NIPS 2018）`): one finding each, or one for all where
      the file writes `NIPS` so twice or more and `NeurIPS` less than a third as often;
    - a known venue that is not spelled the canonical way: `NIPS` for `NeurIPS` (from 2018 on),
      `cvpr` for `CVPR`, `Arxiv` for `arXiv`, `ACMMM` for `ACM MM`. Each such tag is its own
      finding (two on one line, one), and the message says how many tags share the spelling. A
      lone other name of a venue whose name holds an acronym (`ACMMM 2021`, `ACM Multimedia 2022`)
      is left alone unless the file writes `ACM MM` twice at least: a common name, and no style
      to break. A name in wide use (`PAMI`, `ACMMM`, `RAL`: the registry's `common` names) on
      every tag of its venue in the file is the file's choice and left alone too; an upper-case
      form a venue writes itself (`INTERSPEECH`) is accepted as written; beside the venue's own
      name (`Interspeech`) the less written of the two is the slip. Only when every tag of
      the venue in the file is written that one way (a house spelling: 478 `Arxiv` tags), or
      five tags and three in four of them (102 `Arxiv` beside 13 `arxiv`), is it one finding, at the first tag, naming the others' lines (none for a house habit of the
      name and a word about it, `arXiv preprint 2016` in every tag, or in most of them: a way of
      writing, not a slip). A bracket without a year in lower case (`[arxiv]`) may be a
      label, and counts as a venue only where the file's undated brackets write that venue
      right three times or more (`[arXiv]`);
    - one venue spelled two accepted ways in one file: `NAACL 2021` where most of the file's
      NAACL 2021 tags write `NAACL-HLT 2021` (a conference's names are compared within one
      edition, since its name can change between years; a journal's across the file:
      `Brief Bioinform` beside `Briefings in Bioinformatics`), `IEEE GRSM` beside `GRSM` (a publisher's prefix is
      compared across the file: the spelling of at least two thirds of the venue's tags, else
      the registry's name when the file uses it twice, or as often as its other spellings:
      `ACM MM 2025` beside one `MM 2023`);
    - a venue the registry does not know that misspells one it knows: one letter added,
      dropped or changed, or two swapped (`Narure Methods`, `NeruIPS`, `Arixv`), or the letters
      of a name of five or more shuffled (`Avrxi`). A name of five letters or fewer counts only
      with swapped letters (`ECAL` for `EACL`; `ICDL` is a conference of its own), a short
      name only when the file names the venue it misspells elsewhere, or when it is an
      acronym with two neighbouring letters swapped (`ICJAI` for IJCAI, `JHBI` for JBHI: most
      often a typing slip, while a letter changed is often another venue; venues whose names
      are such swaps, ICAR, ICSA, ICEM, are in the registry, and the `venues` option adds
      others), and never a one-word name
      that is an English word (`Cancer`, a journal of its own, beside `Cancers`). A misspelt
      accepted name is told that name (`Biocumputing`: `Biocomputing`, a name of PSB). An
      acronym of four capitals or more that writes one of a known acronym's doubled letters once
      (`TNLS` for TNNLS, `ICASP` for ICASSP) is told even where the file never spells it right:
      each tag where the file writes the venue right more often, else once, at the first tag,
      naming the others (`MICAI` on twelve MICCAI papers and `MICCAI` on one: the file's habit);
    - an unknown venue that the entry's own link places: the link's DOI or ISSN
      (`nature.com/articles/s41592-…`, `10.1093/bib/…`, an Elsevier `/pii/S2589…`) names a
      journal whose name the tag abbreviates letter by letter while the file writes it in full
      at least twice (`[2025 NM]` on a Nature Methods link), or whose name the tag's first words
      misspell (`[2023 iSchience tGPT]` on an iScience link);
    - a tag whose shape differs from the file's style: the order of year and venue, the
      separator (`CVPR, 2023`, `CVPR 2023`, `CVPR2023`, `CVPR'23`, a title closed by
      `(AAAI 17)` among `(CIKM 2017)`), bold or not, and how
      workshops are marked (`CVPR W`, `CVPRW`, `CVPR Workshop`) — not a venue in an entry's
      text whose remark after the year names a blog post, slides, a keynote or a tutorial
      (`[ICLR 2025 (BlogPosts)](u)`, `NeurIPS 2023 Tutorial`): it dates that, not a paper (a
      `Spotlight Talk` is still a paper's); and a venue the registry does
      not know written with a comma before its year in an entry's text (`[Title](…), Electronics,
      2019`) where at least ten known venues there, four in five of them, are written `VENUE
      YEAR` without one (a publisher closing a citation, `ACM, 2017`, is left alone; the fix
      drops the comma and is unsafe, since the name is no known venue);
    - the ACL's Findings volumes marked two ways in one file: `ACL 2022 (Findings)` or
      `EACL Findings 2023` where at least two thirds of the file's Findings tags name them
      before the venue (`Findings of ACL 2022`, `Findings of ACL: EMNLP 2022`), or the other way
      round; and, among those named before, `Findings of EMNLP` beside `Findings of ACL: EMNLP`
      (compared per venue, as spellings are);
    - a venue written out with its acronym after it in an entry's text (`International
      Conference on Robotics and Automation (ICRA), May 2025`) in a file that writes the acronym
      alone more often, twice at least: the acronym is the file's way (an unsafe fix writes it),
      but not after a citation's quoted title (`S. Liu, …, "Title," in IEEE International
      Conference on …`), where the reference style writes the venue out;
    - a workshop in entries' text with the word on the other side of the year from the file's
      other workshops (`ICML 2018 Workshop` where two thirds of three or more write `ICLR
      Workshop 2018`): safely rewritten;
    - a tag glued to the title (`[**MICCAI 2023**]Title`), also when its venue is unknown;
    - a tag whose gap before the year departs from the file's (`ICML 2019` where the file
      writes `ICML2019`) — but not a venue named in several words where the file glues its
      years (`IEEE Access 2023`, `ECCV Workshop 2020`), nor a preprint server the file names
      at least twice and never glued (`arXiv 2021`): held-out set F's readers judged those the
      file's own way (session 12);
    - a venue and year in a heading written in another case than the file's other headings
      write it, twice at least (`# cvpr2024/cvpr2023` above `# 11. CVPR2024 papers`): safely
      rewritten (GitHub's anchors ignore case, so links to the heading still work);
    - a stray quote closing a two-digit year (`EACL'24'`): safely removed;
    - a conference tag whose entry links another conference's proceedings (`Findings of ACL
      2023` on `aclanthology.org/2023.findings-emnlp.…`, `CVPR 2017` on
      `openaccess.thecvf.com/content_ICCV_2017/…`); a journal tag on a conference link, a
      workshop on either side, and a joint edition (`ACL-IJCNLP` on an ACL link) are left alone;
      and a tag naming the main conference (`EMNLP 2020`) on a link to its Findings volume
      (`aclanthology.org/2020.findings-emnlp.…`): the paper is a Findings paper; likewise a tag
      naming the main conference (`2019-CVPR`) whose only proceedings link is a workshop paper of
      that conference and year (`openaccess.thecvf.com/content_CVPRW_2019/…`), in a file that
      marks workshops elsewhere (`2021-CVPRW`; a file that marks none is left alone);
    - an arXiv tag on an entry that links no arXiv paper but a publisher's page or another
      preprint server (`arXiv 2023` on `link.springer.com/chapter/…`, on `ieeexplore.ieee.org`,
      on `techrxiv.org`): the tag contradicts its own link. An entry that names an arXiv id
      is left alone, and so is a file where three arXiv tags or more, a third of them, do so
      (there `arXiv` means any preprint);
    - one paper given two venues or years in the list: two entries in different lists or
      tables with the same title and the same arXiv id, DOI or OpenReview id whose tags
      disagree (`CVPR'19` in a table, `BMVC'19` below; `arXiv 2022` beside `ICLR 2023`, where the
      preprint tag is the stale one). A repeat within one list and another title on the same id
      are AL003's; two preprint years are a revision;
    - a venue cell or tag without a year (`TNNLS`, `Preprint`, `[arXiv]`) in a file where at
      least 20 venue cells or tags, and 95% of them, give one (cells naming code, such as
      `Github`, are left alone, and so are brackets that name no venue, such as `[radiology]`),
      and a known venue's name written alone in an entry's text (`**Title.** JMLR.`) where
      twenty venues at least, and 90% of them, written in entries' text give their year;
    - `PMLR 2020` as a venue where the entry links a volume of the Proceedings of Machine
      Learning Research (`proceedings.mlr.press/v119/…`, ICML 2020): the series prints ICML,
      AISTATS, COLT and others, and the volume names the venue;
    - a year outside 1950 to next year, or with a digit dropped or doubled (`NeurIPS 202`,
      `CVPR 20233`: which year was meant is not known, so there is no fix).

    The style is the one configured (`style`, `table_style`, `bold`, `workshop`), or else the
    one at least two thirds of the file's tags share (list tags and table cells are counted
    apart, and so are venues written in entries' text; a file needs three tags before it has a style). The message says which:
    "12 of 14 dated tags in this file are [YEAR VENUE]". A list or table whose own tags (three or
    more) all agree keeps its own way, so a file made of consistent parts gets no finding. Five
    tags or more in a row (in the file's order) written one other way are a block a contributor
    wrote their own way: one finding at its first tag names the run, the others stay silent.

    Venues are looked up in a registry of about 350 conferences, journals and preprint servers of
    medical imaging, computer vision, language, speech, machine learning and the Nature, Science
    and Cell families, with their aliases (`NIPS`, `PAMI`, `ACMMM`) and accepted long forms
    (`Medical Image Analysis`, `IEEE TMI`). Names it does not know, such as the data-set labels
    `[2019 BCSS]` some lists use, are left alone unless `strict` is on. Add your own venues with
    the `venues` option: a list of mappings with `canonical`, `aliases`, `accepted` and `kind`
    (`conference`, `journal`, `preprint` or `workshop`):

    ```yaml
    venue-format:
      style: "[{year} {venue}]"        # or "[**{venue} {year}**]", "**[{venue}, {year}]**", "[{venue}'{yy}]"
      table_style: "{venue} {year}"    # venue cells of tables (no brackets)
      bold: false                      # overrides the bold of style
      workshop: "{venue} Workshop"     # or "{venue}W", "{venue} W", "{venue}-W"
      venues:
        - {canonical: COMPAY, kind: workshop, aliases: [CompPath]}
        - {canonical: MedNeurIPS, kind: workshop, accepted: [Medical Imaging meets NeurIPS]}
    ```

    `aliases` are rewritten to the canonical name, `accepted` spellings are left as written, and
    `until: {NIPS: 2017}` accepts an alias for the years when it was the venue's name (so
    `[2016 NIPS]` stays and `[2025 NIPS]` becomes `[2025 NeurIPS]`), unless the file writes
    the new name for those years too, two tags in three at least (`NIPS 2014` beside `NeurIPS
    2013` … `NeurIPS 2017`: the file renamed its old editions). Case never matters when
    looking a name up: `cvpr` is CVPR, and is rewritten as `CVPR`.

    Suffixes after the venue are kept as they are: `Findings`, `Oral`, `Spotlight`,
    `Datasets and Benchmarks Track`, `(Round 2)`, also after a comma (`CVPR, Highlight`,
    `Arxiv, 576 citations`); a month after the year (`Arxiv, 2023.10`) too.

    ## Why it matters

    Readers scan a paper list by venue and year. When the same venue is spelled three ways
    (`NIPS`, `Neurips`, `NeurIPS`) or the tags switch between `[2023 CVPR]` and `[CVPR 2023]`,
    the list looks unkept, searching the page for a venue misses entries, and scripts that
    turn the list into a table or a bibliography break.

    ## Example

    ```markdown
    1. [2025 NIPS] **Paper A** [[paper]](https://example.org/a)
    2. [2023 cvpr] **Paper B** [[paper]](https://example.org/b)
    3. [ICCV 2023] **Paper C** [[paper]](https://example.org/c)
    4. [2024 MICCAI] **Paper D** [[paper]](https://example.org/d)
    5. [2019 BCSS] **A data set** [[data]](https://example.org/bcss)
    ```

    Use instead:

    ```markdown
    1. [2025 NeurIPS] **Paper A** [[paper]](https://example.org/a)
    2. [2023 CVPR] **Paper B** [[paper]](https://example.org/b)
    3. [2023 ICCV] **Paper C** [[paper]](https://example.org/c)
    4. [2024 MICCAI] **Paper D** [[paper]](https://example.org/d)
    5. [2019 BCSS] **A data set** [[data]](https://example.org/bcss)
    ```

    ## Fix safety

    Safe. The fix rewrites only the tag (or the table cell's text): the venue's canonical
    spelling, the order and separator of the style, the bold markers and the workshop marker,
    keeping suffixes and months; a missing space after a tag is inserted. Nothing else on the
    line changes, and a fixed tag is in the style, so a second pass changes nothing; a venue
    in an entry's text is rewritten in place, the words around it kept. Another accepted
    spelling of the same venue becomes the file's usual one (safe: the venue does not change).
    An abbreviation's words are spaced: `J.Chem.Inf.Model.` becomes `J. Chem. Inf. Model.`
    (safe). A misspelt unknown venue's fix, and an abbreviation's placed by its link, is a guess, so
    it is unsafe (`--unsafe-fixes`). A year out
    of range, an unknown venue (with `strict`), a tag its link contradicts and a Findings tag marked on the other side of
    the venue have no fix (where the word goes is the file's habit); `Findings of EMNLP` becomes
    `Findings of ACL: EMNLP` (or back) safely, the venue unchanged.
    """

    code = "AL005"
    name = "venue-format"
    summary = "A venue tag is misspelled or not in the list's style"
    severity = WARNING
    fix_availability = FIX_SOMETIMES
    tags = ("venues", "style")
    options = {
        "style": Option(str, "", 'Shape of list tags, e.g. "[{year} {venue}]" or "[**{venue} {year}**]"; empty: the file\'s dominant shape.',
                        check=lambda v, at: v and parse_style(v, at, brackets=True)),
        "table_style": Option(str, "", 'Shape of venue cells in tables, e.g. "{venue} {year}"; empty: the file\'s dominant shape.',
                              check=lambda v, at: v and parse_style(v, at, brackets=False)),
        "bold": Option((bool, str), "auto", 'Whether tags are bold (true/false); "auto": as most tags of the file.', choices=(True, False, "auto")),
        "workshop": Option(str, "", 'How a workshop is marked, e.g. "{venue} Workshop", "{venue}W" or "{venue} W"; empty: as most workshop tags of the file.',
                           pattern=r"(\{venue\}[^{}]*[^{} -][^{}]*)?", expect='a marker like "{venue} Workshop" or "{venue}W"'),
        "strict": Option(bool, False, "Report tags whose venue is not in the registry (off: such tags, often data-set labels, are ignored)."),
        "venues": Option(list, [], "More venues: a list of mappings with canonical, aliases, accepted, kind (conference, journal, preprint, workshop).",
                         items=Option(dict), check=_check_venues),
    }

    def __init__(self, settings=None, severity=None):
        super().__init__(settings, severity)
        o = self.opts
        where = f"{self.name}"
        self._style = parse_style(o.style, where + ".style", brackets=True) if o.style else None
        self._table_style = parse_style(o.table_style, where + ".table_style", brackets=False) if o.table_style else None
        self._workshop = None
        if o.workshop:
            w = o.workshop
            if not w.startswith("{venue}") or w.count("{") != 1 or not w[len("{venue}"):].strip(" -"):
                raise InputError(f"{where}.workshop must look like \"{{venue}} Workshop\" or \"{{venue}}W\", not {w!r}")
            self._workshop = w[len("{venue}"):]
        if o.venues:
            from ..venues import compile_entries

            compile_entries(o.venues, {}, where + ".venues")  # fail early on a bad entry
        self._registry = None

    # ---- registry ------------------------------------------------------------------------------
    def registry(self):
        if self._registry is None:
            from ..venues import load_registry

            reg = load_registry()
            if self.opts.venues:
                reg = reg.extended(self.opts.venues, f"{self.name}.venues")
            self._registry = reg
        return self._registry

    def _configured_text(self, kind: str) -> str:
        style = self._style if kind == "list" else self._table_style
        shape, bold = style if style else ("VENUE YEAR", "none" if kind == "list" else "plain")
        if isinstance(self.opts.bold, bool):
            if kind == "list":
                bold = (bold if bold != "none" else "inner") if self.opts.bold else "none"
            else:
                bold = "bold" if self.opts.bold else "plain"
        if kind == "list":
            text = wrap(shape, bold, "**") if (style or isinstance(self.opts.bold, bool)) else ""
        else:
            text = (f"**{shape}**" if bold == "bold" else shape) if (style or isinstance(self.opts.bold, bool)) else ""
        if self._workshop:
            text = f"{text} with workshops as VENUE{self._workshop}" if text else f"VENUE{self._workshop} for workshops"
        return text

    # ---- checking ------------------------------------------------------------------------------
    def check(self, doc: Document) -> Iterator[Finding]:
        told: set[int] = set()
        for f in self._check_tags(doc):
            told.add(f.line)
            yield f
        if "NIPS" in doc.text:
            yield from self._old_nips(doc, told)

    def _old_nips(self, doc: Document, told: set[int]) -> Iterator[Finding]:
        """`NIPS 2018` (or later) anywhere in the file's words, outside the tags read above (`a
        person detector on fish-eye images（NIPS 2018）`): the conference is NeurIPS from 2018
        on. Not in code or an address, nor on a line told already; where the file writes `NIPS`
        for those years twice or more and `NeurIPS` less than a third as often, it is the file's
        habit, told once (and not at all when the tags' vote told it)."""
        text = doc.text
        found = []
        for m in _OLD_NIPS.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_/.#@-"):
                continue  # part of a word, an address or a handle
            year = int(m.group(2))
            year += 2000 if year < 100 else 0
            if year < 2018 or year > self.ctx.next_year() or doc.in_code(m.start()) \
                    or in_spans(doc.url_spans, m.start()):
                continue  # (in code, or in a link's address)
            found.append(m)
        if not found:
            return
        lines = [doc.position(m.start())[0] for m in found]
        if len(found) >= 2 and 3 * len(_NEURIPS_WORD.findall(text)) < len(found):
            # the file's own name for the venue: one habit, told once (unless the tags' vote told it)
            if any(line in told for line in lines):
                return
            m, line = found[0], lines[0]
            col = doc.position(m.start())[1]
            related = tuple(dict.fromkeys(x for x in lines[1:] if x != line))
            yield self.finding(f"`{m.group(0)}`: the conference is NeurIPS from 2018 on; the file writes NIPS "
                               f"for {len(found)} such editions ({elsewhere(related)}): one habit", line, col,
                               line, col + len(m.group(1)), related=related)
            return
        headings = {ln for h in doc.headings for ln in range(h.line, h.end_line + 1)}
        for m, line in zip(found, lines):
            if line in told:
                continue
            told.add(line)
            col = doc.position(m.start())[1]
            # (a heading's anchor changes with its words: told, not fixed, so links to it keep working)
            fix = None if line in headings else Fix((Edit(m.start(1), m.end(1), "NeurIPS"),), safe=False,
                                                    description="write NeurIPS")
            yield self.finding(f"`{m.group(0)}`: the conference is NeurIPS from 2018 on", line, col,
                               line, col + len(m.group(1)), fix=fix)

    def _check_tags(self, doc: Document) -> Iterator[Finding]:
        if "PMLR" in doc.text:
            yield from self._series_for_venue(doc)
        tagged = []
        untagged = []
        led = []  # (entry, tag) of items that lead with `2015-Arxiv - Title`
        for e in doc.entries:
            tag = e.tag
            if tag is None and (lead := lead_venue(e)) is not None:
                led.append((e, lead))
                continue
            if tag is None and e.kind == "item" and e.text.startswith("[") and ("]**" in e.text[:90] or "]__" in e.text[:90]):
                from ..venues import leading_tag

                tag = leading_tag(e.doc_text, e.start, e.end)
            if tag is not None and any(c.isalpha() for c in tag.inner):
                tagged.append((e, tag))
            elif may_mention(e) and (DATED.search(e.doc_text, e.start, e.end) or _AUTHOR_RUN.search(e.doc_text, e.start, e.end)
                                     or _SHORT_YEAR_PAREN.search(e.doc_text, e.start, e.end)):
                untagged.append(e)
        untagged.extend(_link_paragraphs(doc))
        untagged.extend(plain_items(doc, DATED))
        labels = [(e, k) for e in doc.entries if e.tag is None and e.kind == "item" for k in e.links[:1]
                  if k.start == e.start + 1 and e.doc_text.startswith("[[", e.start) and not k.is_image
                  and e.doc_text.startswith("]", k.end) and k.label.strip()] if len(tagged) < MIN_TAGS else []
        if len(labels) < MIN_LABELS:
            labels = []
        if not tagged and not untagged and not labels and not led:
            if any(_HEAD_YEAR.search(h.text) for h in doc.headings):
                yield from self._headings(doc, self.registry())
            return  # the registry is not loaded for a file without tags or dated headings
        from ..venues import parse_tag

        next_year = self.ctx.next_year()
        reg = self.registry()
        yield from self._missing_years(doc, [t for _, t in tagged if not t.bracketed])
        yield from self._missing_years(doc, [t for _, t in tagged if t.bracketed and (t.year is not None or (
            # a bracket without a year counts when it is a venue's acronym or a preprint server
            # (`[arXiv]`, `[NeurIPS]`), not a label (`[radiology]`, `[Radiology]`, `[research
            # papers]`); brackets and cells are counted apart
            " " not in t.inner.strip(" *_") and (p := parse_tag(t.inner, reg, next_year)) is not None
            and p.match is not None and p.venue == p.match.expected
            and (names_preprint(p.venue) or sum(c.isupper() for c in p.venue) >= 2)))], "tags")
        items: list[_Item] = []
        held: list[_Item] = []  # undated brackets in the wrong case (`[arxiv]`): a label or a venue
        for entry, tag in tagged:
            item = self._item(doc, entry, tag, reg, next_year, held=held)
            if item is not None:
                items.append(item)
            elif tag.bracketed and may_mention(entry) and DATED.search(entry.doc_text, tag.end, entry.end):
                untagged.append(entry)  # a label such as [MGCA] leads; the venue may follow
        if held:
            # a venue, where the file's undated brackets write it right three times or more
            # (`[arXiv]` seven times, `[arxiv]` once): its slip
            right = Counter(i.parsed.venue for i in items if i.kind == "list" and i.parsed.year is None)
            later = {id(e) for e in untagged}  # (read again for the dated venue after the bracket)
            items.extend(i for i in held if right[i.parsed.match.expected] >= _HELD_RIGHT and id(i.entry) not in later)
            items.sort(key=lambda i: i.start)
        for entry, tag in led:
            item = self._item(doc, entry, tag, reg, next_year, kind="lead")
            if item is not None and item.parsed.year is not None:
                items.append(item)
        if led:
            items.sort(key=lambda i: i.start)
        loose: list = []
        if untagged:
            items.extend(self._mentions(doc, untagged, reg, next_year, loose))
            yield from self._long_forms(doc, untagged, reg)
            yield from self._workshop_order(doc, untagged, reg)
        if labels:
            items.extend(self._labels(doc, labels, reg, next_year))
        if untagged:
            have = {id(i.entry) for i in items}
            items.extend(self._author_venues(doc, [e for e in untagged if id(e) not in have], reg, next_year))
            have = {id(i.entry) for i in items}
            items.extend(self._comma_venues(doc, [e for e in untagged if id(e) not in have], reg, next_year))
            have = {id(i.entry) for i in items}
            items.extend(self._emphasised_venues(doc, [e for e in untagged if id(e) not in have], reg, next_year))
        if untagged or labels:
            items.sort(key=lambda i: i.start)
        yield from self._undated_mentions(doc, items, reg, next_year)
        unknown = [i for i in items if i.quiet]
        if unknown:
            items = [i for i in items if not i.quiet]
        yield from self._unknown(doc, unknown, items, reg)
        yield from self._headings(doc, reg)
        if not items:
            return
        for kind in ("list", "table", "inline", "lead"):
            group = [i for i in items if i.kind == kind]
            if group:
                self._judge_style(group, kind)
        yield from self._findings(doc, items, next_year)
        yield from self._loose_commas(doc, items, loose)
        yield from self._link_venues(doc, items, reg)
        yield from self._preprint_elsewhere(doc, items)
        for item, other, shared, why in conflicts(items):
            line, col = doc.position(item.start)
            yield self.finding(f"one paper, two venues: the same paper as line {other.entry.line} "
                               f"({shared}) is given {why}", line, col, severity=WARNING,
                               related=(other.entry.line,))

    def _item(self, doc: Document, entry: Entry, tag: Tag, reg, next_year: int, kind: str = "",
              held: list | None = None) -> _Item | None:
        from ..venues import parse_tag

        if doc.in_code(tag.start) and not (tag.inner_start == tag.start + 1 and doc.text[tag.start] == "`"):
            return None  # code, but for a Venue cell that is wholly a code span (`` `ICLR'23` ``)
        s, e = tag.inner_start, tag.inner_end
        raw = doc.text[s:e]
        s += len(raw) - len(raw.lstrip())
        e -= len(raw) - len(raw.rstrip())
        kind = kind or ("list" if tag.bracketed else "table")
        bold: str | None
        marker = "**"
        if kind == "lead":
            bold = None  # an unbracketed leading venue (`2015-Arxiv - Title`): its shape only
        elif tag.bracketed:
            r = tag.raw
            if r[:2] in ("**", "__"):
                bold, marker = "outer", r[:2]
            elif r[1:3] in ("**", "__") and tag.bold:
                bold, marker = "inner", r[1:3]
            else:
                bold = "none"
        else:
            bold = "bold" if tag.bold else "plain"
            text = doc.text[s:e]
            if text.startswith("[") and text.endswith(")"):
                links = [k for k in doc.links_between(s, e) if k.start == s and k.end == e]
                if not links:
                    return None
                s, e = links[0].label_start, links[0].label_end
                bold = None  # a link's label: its bold is the link's business
            if "<" in text or "\n" in text or "|" in text:
                return None
        if s >= e:
            return None
        parsed = parse_tag(doc.text[s:e], reg, next_year)
        if parsed is None:
            return None
        if kind == "list" and parsed.year is None:
            # without a year a bracket is as likely a label ([radiology], [BiomedCLIP]) as a venue:
            # only a name written with capitals inside ([NIPS], [ARXIV]) or exactly right counts
            v = parsed.venue
            if parsed.match is None or (v != parsed.match.expected and not any(c.isupper() for c in v[1:])):
                if held is not None and parsed.match is not None and v.casefold() == parsed.match.expected.casefold():
                    held.append(_Item(entry, tag, parsed, kind, s, e, bold, marker))  # `[arxiv]`: kept aside
                return None
        item = _Item(entry, tag, parsed, kind, s, e, bold, marker)
        if parsed.match is None and not self.opts.strict:
            if parsed.year is None:
                return None
            item.quiet = True
        return item

    def _missing_years(self, doc: Document, cells: list[Tag], kind: str = "cells") -> Iterator[Finding]:
        """A venue cell without a year in a file whose venue cells all but a few give one
        (`TNNLS` among 400 `Arxiv 2023`): the year was left out."""
        words = [c for c in cells if not doc.in_code(c.start) and "](" not in c.inner and "<" not in c.inner]
        from ..evidence import is_non_paper_label

        missing = [c for c in words if c.year is None and re.search(r"[^\W\d_]{2}", c.inner)
                   and not any(ch.isdigit() for ch in c.inner)  # `Gen-IR@SIGIR24`, a shifted `Falcon (40B)`
                   and not is_non_paper_label(c.inner)]  # `Github`: a repository has no venue
        dated = sum(1 for c in words if c.year is not None)
        if not missing or dated < 20 or dated < 0.95 * (dated + len(missing)):
            return
        for c in missing:
            line, col = doc.position(c.start)
            yield self.finding(f"venue `{c.inner}` has no year; {dated} of {len(words)} venue {kind} in this file give one", line, col)

    def _mentions(self, doc: Document, entries: list[Entry], reg, next_year: int,
                  loose: list | None = None) -> list[_Item]:
        """Items for the venue tags written inside entries' text (``venues.mention``). An
        unknown name written with a comma before its year (``Electronics, 2019``) is added to
        ``loose`` (entry, text, parsed) when given: no item, but its comma is judged against
        the file's style."""
        from ..entries import venue_mentions
        from ..venues import doubled_dropped, mention

        out = []
        for entry in entries:
            found = {}

            def accept(text: str) -> bool:
                p = mention(text, reg, next_year, unknown=True, month=True)
                if p is not None and (p.match is not None or reg.near(p.venue, None) is not None
                                      or doubled_dropped(p.venue, reg) is not None):
                    found[text] = p
                    return True
                if (p is not None and loose is not None and p.order == "venue-first" and p.sep.startswith(",")
                        and not p.month and not p.tail and not p.extra and _LOOSE_NAME.fullmatch(p.venue)
                        and p.venue.split()[0].lower()[:3] not in _MONTHS and not _PUBLISHER.search(p.venue)
                        and not _NO_VENUE.search(p.venue)):
                    loose.append((entry, text, p))
                return False

            for tag in venue_mentions(doc, entry, accept):
                parsed = found[tag.inner]
                lead = _FINDINGS_BEFORE.search(doc.text, max(entry.start, tag.inner_start - 60), tag.inner_start)
                if lead is not None:  # `Findings of ACL: EMNLP 2022`: the colon cut the piece
                    from ..records import make_tag

                    whole = doc.text[lead.start():tag.inner_end]
                    p = mention(whole, reg, next_year)
                    if p is not None and p.lead:
                        tag, parsed = make_tag(doc.text, whole, lead.start(), tag.end, lead.start(), tag.inner_end, False, False), p
                item = _Item(entry, tag, parsed, "inline", tag.inner_start, tag.inner_end, None)
                item.quiet = parsed.match is None
                out.append(item)
        return out

    def _author_venues(self, doc: Document, entries: list[Entry], reg, next_year: int) -> list[_Item]:
        """Items for the venue that closes an entry's italic author line without a year
        (``*Yejin Bang et al. arXiv.*``, the year given elsewhere, as ``[2023/02]``): only in a
        file where ten such lines at least, and two thirds of them, end with a known venue, so a
        file whose author lines end otherwise (an affiliation, a note) is left alone. The venue
        is judged for its spelling and against its link, not for its shape."""
        text = doc.text
        found = []
        for entry in entries:
            for m in _AUTHOR_RUN.finditer(text, entry.start, entry.end):
                if doc.in_code(m.start("venue")):
                    continue
                found.append((entry, m.start("venue"), m.end("venue")))
        return _closing_items(text, found, reg, next_year)

    def _comma_venues(self, doc: Document, entries: list[Entry], reg, next_year: int) -> list[_Item]:
        """Items for the venue and year that close an entry's plain author list or its title after
        a comma (`- K. Hara et al., CVPR2019.`, `Speech Enhancement, INTERSPEECH 2020 [[paper]]`):
        only in a file where ten entries at least, and two thirds of them, end so with a known
        venue. They are judged as the venues of entries' text are: spelling, and shape (`CVPR
        2018` among 110 `CVPR2018`)."""
        text = doc.text
        found = []
        for entry in entries:
            start = entry.links[0].end if entry.links and entry.links[0].start <= entry.start + 2 else entry.start
            m = _COMMA_VENUE.search(text, start, entry.end)
            if m is not None and not doc.in_code(m.start("venue")):
                found.append((entry, m.start("venue"), m.end("venue")))
        return _closing_items(text, found, reg, next_year, closing=True)

    def _emphasised_venues(self, doc: Document, entries: list[Entry], reg, next_year: int) -> list[_Item]:
        """Items for the venue an entry writes in emphasis before its year, after its title
        (`Title, in *NeurIPS* 2023. [[Paper]](…)`): only in a file where ten entries at least,
        and two thirds of them, name a known venue so. The venue is judged for its spelling."""
        text = doc.text
        from itertools import islice

        if len(list(islice(_EMPHASIS_YEAR.finditer(text), _AUTHOR_MIN))) < _AUTHOR_MIN:
            return []  # fewer than ten emphasis closings before a year in the file: no such habit
        found = []
        for entry in entries:
            m = _EMPHASISED_VENUE.search(text, entry.start, entry.end)
            if m is not None and not doc.in_code(m.start("venue")):
                found.append((entry, m.start("venue"), m.end("venue")))
        return _closing_items(text, found, reg, next_year)

    def _headings(self, doc: Document, reg) -> Iterator[Finding]:
        """A venue in a heading written in another case than the file's other headings write
        it (`# cvpr2024/cvpr2023` above `# 11. CVPR2024论文解读` and six more): one finding a
        heading, with a safe fix (GitHub's anchors ignore case, so links to it still work).
        Only a case slip, only where two other headings at least write the venue right."""
        found = []  # (line, start, end, written, expected, canonical)
        for h in doc.headings:
            line_text = doc.line_text(h.line)
            if not _HEAD_YEAR.search(line_text):
                continue
            for m in _HEAD_VENUE.finditer(line_text):
                word = line_text[:m.start()].rsplit(None, 1)[-1] if line_text[:m.start()].strip() else ""
                if "://" in word or "](" in word:
                    continue  # in a link's address
                hit = reg.lookup(m.group(1))
                if hit is not None and norm_eq(m.group(1), hit.expected):
                    found.append((h.line, m.start(1), m.end(1), m.group(1), hit.expected, hit.canonical))
        right = Counter(c for _, _, _, w, e, c in found if w == e)
        lines = Counter(ln for ln, _, _, w, e, c in found if w == e)
        by_line: dict[int, list] = {}
        for f in found:
            if f[3] != f[4] and right[f[5]] - lines.get(f[0], 0) >= 2:
                by_line.setdefault(f[0], []).append(f)
        for ln, wrong in by_line.items():
            _, s0, _, written, expected, canonical = wrong[0]
            base = doc.offset(ln, 1)
            fix = Fix(tuple(Edit(base + s, base + e, exp) for _, s, e, _, exp, _ in wrong), safe=True,
                      description=f"write `{expected}`")
            n = right[canonical] - lines.get(ln, 0)
            more = f" ({len(wrong)} times in this heading)" if len(wrong) > 1 else ""
            yield self.finding(f"heading writes the venue `{written}`{more} where the file's other headings write "
                               f"`{expected}` ({n} times): write `{expected}`", ln, s0 + 1, fix=fix)

    def _long_forms(self, doc: Document, entries: list[Entry], reg) -> Iterator[Finding]:
        """A venue written out in an entry's text with its acronym after it (`International
        Conference on Robotics and Automation (ICRA), May 2025`) in a file that writes that
        acronym alone more often (twice at least): one venue, two ways; the acronym is the
        file's. The long name's capitalised words must begin with the acronym's letters."""
        text = doc.text
        found = []
        for e in entries:
            if _ACRONYM_PAREN.search(text, e.start, e.end) is None:
                continue  # no `(ICRA)` in the entry: nothing for the long pattern to find
            for m in _LONG_FORM.finditer(text, e.start, e.end):
                acr = m.group("acr")
                hit = reg.lookup(acr)
                if hit is None or hit.expected != acr or hit.kind == "preprint" or doc.in_code(m.start()):
                    continue
                if _CITED_TITLE_END.search(text, max(e.start, m.start() - 12), m.start()):
                    continue  # `S. Liu, …, "Title," in IEEE International Conference …`: a reference's style
                words = m.group("long").split()
                initials = "".join(w[0] for w in words if w[:1].isupper())
                if not initials.startswith(acr[0].upper()) or len(initials) < 2:
                    continue
                found.append((m, acr))
        if not found:
            return
        for acr in {a for _, a in found}:
            long_n = sum(1 for _, a in found if a == acr)
            hits = [b.start() for b in re.finditer(r"(?<![(\w])" + re.escape(acr) + r"(?![\w)])", text)]
            # code spans cannot turn hundreds of bare acronyms into a few: count them only when few
            bare = len(hits) if len(hits) > 200 else sum(1 for h in hits if not doc.in_code(h))
            if bare < 2 or bare <= long_n:
                continue
            for m, a in found:
                if a != acr:
                    continue
                s, e = m.start("long"), m.end()
                fix = Fix((Edit(s, e, acr),), safe=False, description=f"write `{acr}`")
                line, col = doc.position(s)
                yield self.finding(
                    f"venue written out as `{text[s:e]}` where the file writes `{acr}` alone {bare} times: "
                    f"write `{acr}`", line, col, fix=fix)

    def _workshop_order(self, doc: Document, entries: list[Entry], reg) -> Iterator[Finding]:
        """A workshop written `ICML 2018 Workshop` in entries' text where the file's other
        workshops, two at least and two thirds of them, are `ICLR Workshop 2018` (or the other
        way round): the word's place is the file's habit."""
        text = doc.text
        found = []  # (match, "before"/"after")
        for e in entries:
            for m in _WORKSHOP_YEAR.finditer(text, e.start, e.end):
                venue = m.group("v1") or m.group("v2")
                hit = reg.lookup(venue)
                if hit is None or hit.kind != "conference" or doc.in_code(m.start()):
                    continue
                found.append((m, "before" if m.group("v1") else "after"))
        counts = Counter(w for _, w in found)
        won = dominant(counts, min_total=MIN_TAGS, share=DOMINANT)
        if won is None:
            return
        want, n = won
        for m, where in found:
            if where == want:
                continue
            if want == "before":
                new = f"{m.group('v2')} {m.group('w2')} {m.group('y2')}"
            else:
                new = f"{m.group('v1')} {m.group('y1')} {m.group('w1')}"
            fix = Fix((Edit(m.start(), m.end(), new),), safe=True, description=f"write `{new}`")
            line, col = doc.position(m.start())
            yield self.finding(
                f"workshop written `{m.group(0)}` where {n} of the file's {len(found)} workshops name the "
                f"word {'before' if want == 'before' else 'after'} the year: write `{new}`", line, col, fix=fix)

    def _labels(self, doc: Document, labels: list, reg, next_year: int) -> list[_Item]:
        """Items for the venue labels that lead a file's entries as links in brackets
        (``- [[CVPR](https://…)] Title``): only in a file where two thirds of such labels, and
        five at least, are known venues (else they are data-set or project names). They have no
        year and no style of their own: only their spelling is judged."""
        from ..records import make_tag
        from ..venues import parse_tag

        parsed = [(e, k, parse_tag(k.label.strip(), reg, next_year)) for e, k in labels]
        known = sum(1 for *_, p in parsed if p is not None and p.match is not None)
        if known < DOMINANT * len(parsed):
            return []
        out = []
        for e, k, p in parsed:
            if p is None or p.year is not None or doc.in_code(k.start):
                continue
            lead = len(k.label) - len(k.label.lstrip())
            s, end = k.label_start + lead, k.label_start + lead + len(k.label.strip())
            tag = make_tag(doc.text, doc.text[s:end], e.start, k.end + 1, s, end, False, True)
            item = _Item(e, tag, p, "label", s, end, None)
            item.quiet = p.match is None
            out.append(item)
        return out

    def _unknown(self, doc: Document, unknown: list[_Item], known: list[_Item], reg) -> Iterator[Finding]:
        """Tags whose venue the registry does not know (``strict`` off): a misspelling of a venue
        (one letter added, dropped, changed or swapped; letters shuffled in a long name) that this
        file names elsewhere, or of a long name (``Narure Methods``), is told; a dated tag glued to
        the title too. Other unknown names (data-set labels) are left alone."""
        if not unknown:
            return
        from ..venues import doubled_dropped, norm, swapped_neighbours

        used = Counter(i.parsed.match.canonical for i in known if i.parsed.match is not None)
        habits: dict[tuple[str, str, str], list[tuple[int, Fix]]] = {}  # (written, expected, canonical): tags
        for item in unknown:
            p = item.parsed
            if item.kind == "list" and item.tag.end < len(doc.text) and joins_word(doc.text[item.tag.end]):
                line, col = doc.position(item.tag.end)
                fix = Fix((Edit(item.tag.end, item.tag.end, " "),), safe=True, description="rewrite the venue tag")
                yield self.finding("no space between the venue tag and the title", line, col, fix=fix)
            told = self._by_link(doc, item, reg, used)
            if told is not None:
                yield told
                continue
            near = reg.near(p.venue, used)
            if near is None and (doubled := doubled_dropped(p.venue, reg)) is not None:
                s, e = item.start + p.venue_start, item.start + p.venue_end
                fix = Fix((Edit(s, e, doubled.expected),), safe=False, description=f"write `{doubled.expected}`")
                habits.setdefault((p.venue, doubled.expected, doubled.canonical), []).append((s, fix))
                continue
            if near is None or _is_word(p.venue):
                continue
            m, key = near
            n = used.get(m.canonical, 0)
            # a name one letter from a venue the file does not name is often another venue (`ICDL`);
            # an acronym with two neighbouring letters swapped (`ICJAI`, `JHBI`) is a typing slip
            acronym_swap = sum(c.isupper() for c in p.venue) >= 2 and swapped_neighbours(norm(p.venue), key)
            if not n and len(key) < 10 and not acronym_swap:
                continue
            s, e = item.start + p.venue_start, item.start + p.venue_end
            where = (f"as {n} other tags in this file do" if n > 1 else "as another tag in this file does") if n else "a venue's name"
            if n and m.expected != m.canonical:  # `Biocomputing`, PSB's name, beside `Pac Symp Biocomput`
                where = f"a name of {m.canonical}, which " + (f"{n} other tags in this file name" if n > 1 else "another tag in this file names")
            fix = Fix((Edit(s, e, m.expected),), safe=False, description=f"write `{m.expected}`")
            line, col = doc.position(s)
            yield self.finding(f"venue `{p.venue}` looks misspelled: write `{m.expected}` ({where})", line, col, fix=fix)
        for (written, expected, canonical), tags in habits.items():
            msg = (f"venue `{written}` looks misspelled: write `{expected}` (a venue's acronym with one of its "
                   "doubled letters written once)")
            right = used.get(canonical, 0)
            if len(tags) < 2 or right >= len(tags):
                for s, fix in tags:  # a slip, or once: told where it is
                    yield self.finding(msg, *doc.position(s), fix=fix)
                continue
            # the file's habit (`MICAI` on most of its MICCAI papers): one decision, told once
            related = tuple(doc.position(s)[0] for s, _ in tags[1:])
            edits = tuple(x for _, fix in tags for x in fix.edits)
            f = self.finding(f"{msg} ({len(tags)} tags in this file write `{written}`, {right} `{expected}`: "
                             f"{elsewhere(related)})", *doc.position(tags[0][0]), related=related,
                             fix=Fix(edits, safe=False, description=f"write `{expected}`"))
            f.parts = tuple(self.finding(msg, *doc.position(s), fix=fix) for s, fix in tags)
            yield f

    def _undated_mentions(self, doc: Document, items: list[_Item], reg, next_year: int) -> Iterator[Finding]:
        """A known venue written without its year in an item's text (`Dunnhofer et al. IEEE
        RAL`, `**Title.** JMLR.`) in a file whose venues written in entries' text give their year,
        twenty at least and 90% of them: the year was left out. Only a piece of text that is
        wholly a venue's name counts (cut at full stops, emphasis, brackets, dashes), outside
        the title and the links."""
        from ..entries import MENTION_CUT
        from ..venues import parse_tag
        from .entry_marks import BLANK, blank

        dated = sum(1 for i in items if i.kind == "inline" and i.parsed.year is not None and not i.quiet)
        if dated < 20:
            return
        have = {id(i.entry) for i in items}
        found = []
        for e in doc.entries:
            if e.kind != "item" or id(e) in have or e.tag is not None or doc.in_code(e.start):
                continue
            spans = [(k.label_end, k.end) if not k.is_image else (k.start, k.end) for k in e.links]
            if e.title_start is not None and e.title_end is not None:
                spans.append((e.title_start, e.title_end))
            # the entry's text with its link targets and title blanked, each blank a cut
            plain = blank(doc.text[e.start:e.end], e.start, spans).replace(BLANK, "\n")
            after = doc.line_text(e.end_line + 1) if e.end_line < len(doc.line_starts) else ""
            if _ANY_YEAR.search(plain) or after[:1] in (" ", "\t") and _ANY_YEAR.search(after):
                continue  # `*JMLR*, 2020.`, `JMLR` then `2020.` on the next line: the year is there
            pos = 0
            for m in [*MENTION_CUT.finditer(plain), None]:
                a, b = pos, (m.start() if m is not None else len(plain))
                pos = m.end() if m is not None else len(plain)
                piece = plain[a:b].strip(" \t,.:;-–—()")
                if not 3 <= len(piece) <= 40 or any(c.isdigit() for c in piece) or not piece[:1].isupper():
                    continue
                p = parse_tag(piece, reg, next_year)
                if p is not None and p.match is not None and p.year is None and not p.extra and not p.tail:
                    found.append((e.start + a + plain[a:b].find(piece), piece))
        if not found or len(found) > 0.1 * (dated + len(found)):
            return
        for at, piece in found:
            line, col = doc.position(at)
            yield self.finding(f"venue `{piece}` has no year; {dated} of {dated + len(found)} venues written in "
                               "entries' text in this file give one", line, col)

    def _series_for_venue(self, doc: Document) -> Iterator[Finding]:
        """`PMLR 2020` as an entry's venue where its link is a volume of the Proceedings of
        Machine Learning Research (`proceedings.mlr.press/v119/…`): PMLR is the series that
        prints ICML, AISTATS, COLT and others, and the volume says which one."""
        from ..evidence import venue_year

        for e in doc.entries:
            if e.tag is not None and "PMLR" not in e.tag.inner:
                continue
            vy = next((v for k in e.links if not k.is_image and (v := venue_year(k.url)) is not None
                       and v.evidence.startswith("proceedings.mlr.press")), None)
            if vy is None or vy.venue_name in doc.text[e.start:e.end]:
                continue  # `ICML 2020 (PMLR 119)` names the venue too
            masks = [(k.label_end, k.end) for k in e.links]
            for m in _PMLR_TAG.finditer(doc.text, e.start, e.end):
                if any(a <= m.start() < b for a, b in masks) or doc.in_code(m.start()):
                    continue
                before = doc.text[max(e.start, m.start() - 40):m.start()].rstrip(" \t")
                if before and before[-1] not in "*_([|.\n":
                    continue  # `International Conference on Machine Learning, PMLR 2020`: the venue is named
                line, col = doc.position(m.start())
                yield self.finding(f"venue `{m.group()}` names the proceedings series, not the venue: the entry's "
                                   f"link `{vy.evidence}` is {vy.venue_name} {vy.year}", line, col)
                break

    def _link_venues(self, doc: Document, items: list[_Item], reg) -> Iterator[Finding]:
        """A conference tag whose entry links a proceedings page of another conference
        (``Findings of ACL 2023`` on ``aclanthology.org/2023.findings-emnlp.1053``): the URL
        says where the paper appeared (``evidence.venue_year``). Only conference against
        conference, outside workshops: a journal tag on its conference version's link, or a
        workshop paper tagged with its host conference, is another story. Joint editions
        (``ACL-IJCNLP``, ``LREC-COLING``) name each of their parts."""
        from ..evidence import venue_year

        for item in items:
            m = item.parsed.match
            if m is None or m.kind != "conference" or item.parsed.workshop:
                continue
            found = {}
            findings = set()  # the links that are an ACL Findings volume's (`2020.findings-emnlp.301`)
            workshops = []  # the links that are a workshop's of a conference
            for k in item.entry.links:
                vy = venue_year(k.url) if not k.is_image else None
                if vy is not None and vy.workshop:
                    workshops.append(vy)
                if vy is None or vy.workshop:
                    continue
                other = reg.lookup(vy.venue_name)
                if other is None or other.kind != "conference":
                    found = None
                    break
                found[other.canonical] = vy
                findings.add(bool(_FINDINGS_URL.search(k.url)))
            if not found and workshops and found is not None:
                told = self._main_for_workshop(doc, item, items, workshops, reg)
                if told is not None:
                    yield told
                continue
            if not found or len(found) != 1:
                continue
            (canonical, vy), = found.items()
            if canonical == m.canonical:
                if findings == {True} and item.parsed.findings is None and item.parsed.year in (None, vy.year):
                    yield self._main_for_findings(doc, item, items, vy)
                continue
            if canonical in m.canonical.split("-") or m.canonical in canonical.split("-"):
                continue
            shown = item.tag.raw if item.kind == "list" else doc.text[item.start:item.end]
            line, col = doc.position(item.start)
            yield self.finding(f"venue tag `{shown}` names {m.canonical}, but the entry's link is a paper of "
                               f"{canonical} {vy.year} (`{vy.evidence}`)", line, col)

    def _preprint_elsewhere(self, doc: Document, items: list[_Item]) -> Iterator[Finding]:
        """An arXiv tag on an entry that links no arXiv paper but a publisher's page or another
        preprint server (`arXiv 2023` on `link.springer.com/chapter/…`, on
        `ieeexplore.ieee.org/document/…`, on `techrxiv.org/doi/…`): the tag contradicts its
        own link. An entry that names an arXiv id anywhere is left alone, and so is a file
        where three of its arXiv tags or more, a third of them, do this (its `arXiv` means any
        preprint)."""
        from ..vocabulary import arxiv_ref

        tagged = [i for i in items if i.parsed.match is not None and i.parsed.match.canonical == "arXiv"
                  and not i.parsed.workshop]
        told = []
        for item in tagged:
            e = item.entry
            links = [k for k in e.links if not k.is_image and k.url.strip()]
            if not links or any(arxiv_ref(k.url) is not None for k in links) or _ARXIV_ID.search(e.doc_text, e.start, e.end):
                continue
            hosts = [h for h in (_published_host(k.url) for k in links) if h is not None]
            if hosts:
                told.append((item, hosts[0]))
        if not told or (len(told) >= MIN_TAGS and len(told) * 3 > len(tagged)):
            return
        for item, (host, what) in told:
            shown = item.tag.raw if item.kind == "list" else doc.text[item.start:item.end]
            line, col = doc.position(item.start)
            yield self.finding(f"venue tag `{shown}` names arXiv, but the entry links no arXiv paper: its link "
                               f"is {what} (`{host}`)", line, col)

    def _main_for_workshop(self, doc: Document, item: _Item, items: list[_Item], workshops: list, reg) -> Finding | None:
        """A tag naming the main conference (``2019-CVPR``, ``CVPR 2019``) whose entry links only
        a workshop paper of that conference and year (``content_CVPRW_2019``), in a file that
        marks workshops elsewhere (``2021-CVPRW``): the paper is a workshop's, which the tag does
        not say. A file that marks none may tag workshop papers by their host on purpose."""
        p = item.parsed
        if "workshop" in f"{p.extra} {p.tail}".lower():
            return None
        names = {(reg.lookup(w.venue_name), w.year) for w in workshops}
        if len(names) != 1:
            return None
        (other, year), = names
        if other is None or other.canonical != p.match.canonical or year != p.year:
            return None
        vy = workshops[0]
        shown = item.tag.raw if item.kind == "list" else doc.text[item.start:item.end]
        marked = [i for i in items if i.parsed.workshop]
        if not marked:
            return None  # a file that marks no workshop may tag them by their host on purpose
        how = _how_marked(doc, marked, "workshop", "workshops")
        line, col = doc.position(item.start)
        return self.finding(f"venue tag `{shown}` names the main conference, but the entry's link is a paper "
                            f"of a {vy.venue_name} {vy.year} workshop (`{vy.evidence}`){how}", line, col)

    def _main_for_findings(self, doc: Document, item: _Item, items: list[_Item], vy) -> Finding:
        """A tag naming the main conference (``EMNLP 2020``) on a link to the ACL Anthology's
        Findings volume of that conference (``2020.findings-emnlp.301``): the paper is a
        Findings paper, which the tag does not say. The message shows how the file marks
        Findings when it does."""
        shown = item.tag.raw if item.kind == "list" else doc.text[item.start:item.end]
        marked = [i for i in items if i.parsed.findings is not None]
        how = ""
        if marked:
            how = _how_marked(doc, marked, "findings", "Findings")
        line, col = doc.position(item.start)
        return self.finding(f"venue tag `{shown}` names the main conference, but the entry's link is a paper "
                            f"of the Findings of {vy.venue_name} {vy.year} (`{vy.evidence}`){how}", line, col)

    def _by_link(self, doc: Document, item: _Item, reg, used: Counter) -> Finding | None:
        """An unknown venue that the entry's own link names: the link is an article of a journal
        (its DOI or ISSN, ``data/venues.yaml``) whose name the tag abbreviates letter by letter
        where the file writes that name in full at least twice (``[2025 NM]`` on a Nature
        Methods link beside 32 ``Nature Methods`` tags), or whose name the tag's first words
        misspell (``[2023 iSchience tGPT]`` on an iScience link)."""
        from ..venues import abbreviates, near_miss, norm

        journals = {j for j in (reg.journal_of(k.url) for k in item.entry.links if not k.is_image) if j}
        if len(journals) != 1:
            return None
        journal = journals.pop()
        p = item.parsed
        s = item.start + p.venue_start
        n = used.get(journal, 0)
        if abbreviates(p.venue, journal):
            if n < 2:
                return None  # a list that abbreviates its journals: its own way
            msg = (f"venue `{p.venue}` abbreviates `{journal}`, the journal of the entry's link, which {n} other "
                   f"tags in this file write in full: write `{journal}`")
            e = s + len(p.venue)
        else:
            words = p.venue.split()
            key = norm(journal)
            k = next((k for k in range(len(words), 0, -1) if near_miss(norm(" ".join(words[:k])), key)), 0)
            if not k or len(key) < 5:
                return None
            head = " ".join(words[:k])
            if doc.text[s:s + len(head)] != head:
                return None
            e = s + len(head)
            msg = f"venue `{head}` looks misspelled: write `{journal}` (the journal of the entry's link)"
        fix = Fix((Edit(s, e, journal),), safe=False, description=f"write `{journal}`")
        line, col = doc.position(s)
        return self.finding(msg, line, col, fix=fix)

    def _spelling_vote(self, items: list[_Item]) -> list[tuple[int, str, Fix | None, tuple[int, ...]]]:
        """One venue, one spelling in a file. Spellings the registry accepts (``IEEE TMI`` and
        ``TMI``, ``NAACL-HLT`` and ``NAACL``) are each right alone; a file that mixes them is
        told the one most of its tags of that venue use: for names, within one edition (the
        year), since a venue's name can change between editions; for a publisher's prefix
        (``IEEE``, ``ACM``), across the file, and without a clear majority the registry's name."""
        by_venue: dict[str, list[_Item]] = {}
        for i in items:
            m = i.parsed.match
            if m is not None and not i.problems:
                by_venue.setdefault(m.canonical, []).append(i)
        out = []
        for canonical, group in by_venue.items():
            if len({_form(i) for i in group}) < 2:
                continue
            judged: set[int] = set()
            by_year: dict[int, list[_Item]] = {}
            for i in group:
                if i.parsed.year is not None:
                    by_year.setdefault(i.parsed.year, []).append(i)
            for year, yg in sorted(by_year.items()):
                self._vote_form(yg, f"{canonical} {year}", judged, out)
            self._vote_old_name(canonical, group, judged, out)
            rest = [i for i in group if id(i) not in judged]
            if group[0].parsed.match.kind == "journal":
                # a journal keeps its name across years: `Brief Bioinform` (2024) beside six
                # `Briefings in Bioinformatics` is one journal written two ways
                self._vote_form(rest, canonical, judged, out)
                rest = [i for i in rest if id(i) not in judged]
            prefixed = [i for i in rest if unprefixed(_form(i)) != _form(i)]
            bare = [i for i in rest if unprefixed(_form(i)) == _form(i)]
            if not prefixed or not bare or len({unprefixed(_form(i)) for i in rest}) != 1:
                continue
            if len(prefixed) >= MIN_TAGS and len(prefixed) >= DOMINANT * len(rest):
                want = Counter(_form(i) for i in prefixed).most_common(1)[0][0]
                wrong, why = bare, f"{len(prefixed)} of {len(rest)} tags of {canonical} in this file write `{want}`"
            elif len(bare) >= 2:
                want = _form(bare[0])
                wrong, why = prefixed, f"{len(bare)} of {len(rest)} tags of {canonical} in this file write `{want}`, its usual name"
            elif 2 * sum(1 for i in rest if _form(i) == canonical) >= len(rest) \
                    and any(i.parsed.venue == canonical for i in rest):
                # no majority (`ACM MM 2025` beside `MM 2023`): the registry's name, which the
                # file writes at least as often as the other (its other names, respelt, count)
                want = canonical
                wrong = [i for i in rest if _form(i) != canonical]
                written = sum(1 for i in rest if i.parsed.venue == canonical)
                why = f"{written} of {len(rest)} tags of {canonical} in this file write `{want}`, the venue's name"
            else:
                continue
            out.extend(self._respell(i, want, why) for i in wrong if _form(i) == i.parsed.venue)
        return out

    def _findings_vote(self, items: list[_Item]) -> list[tuple[int, str, Fix | None, tuple[int, ...]]]:
        """One way of marking the ACL's Findings volumes in a file. Named before the venue
        (``Findings of EMNLP 2022``) or after it (``EMNLP 2022 (Findings)``, ``ACL Findings``): a
        tag on the side fewer than a third of the file's Findings tags take is told, without a
        fix (where the word goes on the other side is the file's habit, not known). Among
        the named-before ones, ``Findings of ACL: EMNLP`` and ``Findings of EMNLP`` are
        compared per venue, and the lead the venue's other tags write is a safe fix."""
        marked = [(i, i.parsed.findings) for i in items if i.parsed.findings is not None]
        out: list[tuple[int, str, Fix | None, tuple[int, ...]]] = []
        side = Counter("before" if f.startswith("Findings") else "after" for _, f in marked)
        won = dominant(side, min_total=MIN_TAGS, share=DOMINANT)
        if len(side) == 2 and won is not None:
            where, n = won
            usual = Counter(f for _, f in marked if f.startswith("Findings") == (where == "before")).most_common(1)[0][0]
            for i, f in marked:
                if f.startswith("Findings") != (where == "before"):
                    shown = i.tag.raw if i.kind == "list" else i.tag.inner
                    out.append((i.start, f"venue tag `{shown}` marks a Findings paper another way than this list "
                                         f"({n} of {len(marked)} Findings tags in this file put `Findings` {where} the "
                                         f"venue, mostly as `{usual}`)", None, ()))
        by_venue: dict[str, list[_Item]] = {}
        for i, f in marked:
            if f.startswith("Findings"):
                by_venue.setdefault(i.parsed.match.canonical, []).append(i)
        for canonical, group in by_venue.items():
            counts = Counter(i.parsed.findings for i in group)
            won = dominant(counts, min_total=MIN_TAGS, share=DOMINANT)
            if len(counts) < 2 or won is None:
                continue
            form, n = won
            want = next(i.parsed.lead for i in group if i.parsed.findings == form)
            for i in group:
                p = i.parsed
                if p.findings != form:
                    s = i.start + p.venue_start - len(p.lead)
                    fix = Fix((Edit(s, i.start + p.venue_start, want),), safe=True, description=f"write `{want}{p.venue}`")
                    out.append((s, f"`{p.lead}{p.venue}` is written another way in this list ({n} of {len(group)} "
                                   f"Findings tags of {canonical} in this file write `{want}{p.venue}`): write "
                                   f"`{want}{p.venue}`", fix, ()))
        return out

    def _vote_old_name(self, canonical: str, group: list[_Item], judged: set[int], out: list) -> None:
        """A venue's old name where the file writes the new one for the old editions too: `NIPS
        2014` beside `NeurIPS 2013` … `NeurIPS 2017` written 30 times. The old name is right
        for those years alone (no edition vote finds it wrong), but this file renamed them all;
        a file that keeps `NIPS` for the old years keeps it."""
        reg = self.registry()
        old = [i for i in group if i.parsed.year is not None and _form(i) != canonical
               and unprefixed(_form(i)) == _form(i) and not i.parsed.match.alias]
        untils = [reg.until(i.parsed.venue) for i in old]
        old = [i for i, u in zip(old, untils) if u is not None]  # a name until some year
        if not old:
            return
        last = max(u for u in untils if u is not None)
        era = [i for i in group if i.parsed.year is not None and i.parsed.year <= last and id(i) not in judged]
        new = sum(1 for i in era if _form(i) == canonical)
        if new < MIN_TAGS or new < DOMINANT * len(era):
            return
        why = f"{new} of {len(era)} tags of {canonical} up to {last} in this file write `{canonical}`"
        for i in era:
            if i in old and i.parsed.venue == _form(i):
                judged.add(id(i))
                out.append(self._respell(i, canonical, why))

    def _vote_form(self, items: list[_Item], what: str, judged: set[int], out: list) -> None:
        """One spelling of a venue among ``items`` (an edition, or a journal's every year): a tag
        written otherwise, with the venue's bare name, is respelt as the dominant form; its id
        goes into ``judged``."""
        counts = Counter(unprefixed(_form(i)) for i in items)
        won = dominant(counts, min_total=MIN_TAGS, share=DOMINANT)
        if len(counts) < 2 or won is None:
            return
        form, n = won
        want = next(_form(i) for i in items if unprefixed(_form(i)) == form)
        for i in items:
            if unprefixed(_form(i)) != form and _form(i) == i.parsed.venue:
                judged.add(id(i))
                out.append(self._respell(i, want, f"{n} of {len(items)} tags of {what} in this file write `{want}`"))

    @staticmethod
    def _respell(item: _Item, want: str, why: str) -> tuple[int, str, Fix, tuple[int, ...]]:
        p = item.parsed
        s, e = item.start + p.venue_start, item.start + p.venue_end
        fix = Fix((Edit(s, e, want),), safe=True, description=f"write `{want}`")
        return s, f"venue `{p.venue}` is written another way in this list ({why}): write `{want}`", fix, ()

    def _judge_style(self, group: list[_Item], kind: str) -> None:
        """Record in each item the ways its shape departs from the style."""
        style = self._style if kind == "list" else self._table_style
        bold_opt = self.opts.bold
        dims = {
            # a dated preprint in an entry's text (`arXiv 2023.05`) is dated its own way beside
            # the venues (`ICLR'24`): its shape is not compared
            # and so is one whose comma sets words apart from the year (`(INTERSPEECH tutorial,
            # 2016)`: what the entry is and when, not a venue tag in another shape)
            "shape": lambda i: i.parsed.shape if i.parsed.order and not (i.kind == "inline" and (
                i.parsed.month or (i.parsed.extra.strip() and i.parsed.sep.startswith(","))
                or _NOT_A_PAPER.search(i.parsed.tail))) else None,
            "bold": lambda i: i.bold,
            "workshop": lambda i: i.parsed.workshop or None,
        }
        configured = {"shape": style[0] if style else None, "bold": style[1] if style else None,
                      "workshop": self._workshop}
        if isinstance(bold_opt, bool):
            if kind == "list":
                want = (style[1] if style and style[1] != "none" else "inner") if bold_opt else "none"
            else:
                want = "bold" if bold_opt else "plain"
            configured["bold"] = want
        elif kind == "table" and style is not None:
            configured["bold"] = None
        for dim, get in dims.items():
            values = [(i, get(i)) for i in group]
            values = [(i, v) for i, v in values if v is not None]
            if not values:
                continue
            target = configured[dim]
            counts = Counter(v for _, v in values)
            if target is None:
                won = dominant(counts, min_total=MIN_TAGS, share=DOMINANT)
                if won is None:
                    continue
                value, n = won
                target = value
                reason = f"{n} of {len(values)} {noun(dim, kind)} in this file are {describe(dim, value, kind)}"
                by_container: dict[int, list] = {}
                for i, v in values:
                    by_container.setdefault(id(i.entry.container), []).append(v)
                uniform = {c for c, vs in by_container.items() if len(vs) >= MIN_TAGS and len(set(vs)) == 1}
            else:
                reason = "configured"
                uniform = set()
            kept = self._own_gaps(values, target) if dim == "shape" and reason != "configured" else set()
            heads: dict[int, int] = {}
            if reason != "configured":
                heads, rest = _own_runs([(i, v) for i, v in values if id(i) not in kept], target)
                kept |= rest
            for i, v in values:
                if v != target and id(i.entry.container) not in uniform and id(i) not in kept:
                    run = heads.get(id(i))
                    why = f"{reason}; the first of {run} tags in a row written this way" if run else reason
                    i.problems.append((dim, why, 0, 0))
                    i.wants[dim] = target

    @staticmethod
    def _own_gaps(values: list, target: str) -> set[int]:
        """The items whose shape differs from the file's only in the gap before the year and
        keep it for a reason of their own: a venue named in several words where the file glues
        its years (`IEEE Access 2023`, `ECCV Workshop 2020` in a file of `ICML2019`), or a
        preprint server the file names at least twice and never in the file's shape (`arXiv
        2021` where no arXiv tag is glued: preprints are dated their own way)."""
        bare = target.replace(" ", "")
        by_venue: dict[str, list[str]] = {}
        for i, v in values:
            by_venue.setdefault(i.parsed.venue.casefold(), []).append(v)
        kept = set()
        for i, v in values:
            if v == target or v.replace(" ", "") != bare:
                continue  # not a difference of the gap alone
            name = i.parsed.venue.strip()
            own = by_venue[name.casefold()]
            several = " " in (name + i.parsed.workshop).strip()  # `IEEE Access`, `ECCV Workshop`
            if (several and " " not in target) or (names_preprint(name) and len(own) >= 2 and target not in own):
                kept.add(id(i))
        return kept

    def _loose_commas(self, doc: Document, items: list[_Item], loose: list) -> Iterator[Finding]:
        """An unknown venue in an entry's text written ``Name, 2019`` where the file's known
        venues in entries' text are written ``VENUE YEAR`` (a clear majority, no comma): the
        comma departs from the style whatever the venue. The fix drops the comma; it is unsafe,
        since the name is no venue the registry knows."""
        if not loose or self._style is not None:
            return
        shapes = Counter(i.parsed.shape for i in items if i.kind == "inline" and i.parsed.order and not i.parsed.month
                         and not i.closing)  # (a file of `Author et al., CVPR 2019` also writes `I. Goodfellow, 2015`)
        won = dominant(shapes, min_total=_LOOSE_MIN, share=_LOOSE_SHARE)
        if won is None or won[0] != "VENUE YEAR":
            return
        reason = f"{won[1]} of {sum(shapes.values())} dated venues in entries' text in this file are VENUE YEAR"
        seen: set[int] = set()
        for entry, text, p in loose:
            at = doc.text.find(text, entry.start, entry.end)
            if at < 0 or at in seen or doc.in_code(at):
                continue
            words = p.venue.casefold().replace("-", " ").split()
            if len(words) > 3 and not _VENUE_WORDS.intersection(words):
                continue  # `Chinese Pre-trained Language Model, 2020`: a title and its year, no venue
            seen.add(at)
            comma = at + p.venue_end
            end = comma + len(p.sep)
            fix = Fix((Edit(comma, end, " "),), safe=False, description="drop the comma before the year")
            line, col = doc.position(at)
            yield self.finding(f"venue tag `{text}` is not in the file's style ({reason}): write "
                               f"`{p.venue} {p.year_text}`", line, col, fix=fix)

    def _findings(self, doc: Document, items: list[_Item], next_year: int) -> Iterator[Finding]:
        out: list[tuple[int, str, Fix | None, tuple[int, ...], tuple]] = []  # (offset, message, fix, related, parts)
        spelling: dict[tuple[str, str], list[_Item]] = {}
        # an accepted upper-case form (`INTERSPEECH`) is the file's way only where the file does
        # not also write the venue's own name (`Interspeech`): beside it, it is a slip
        # (and where the file writes it more often than the venue's own name, the own name is the slip)
        written_as = Counter(i.parsed.venue for i in items if i.parsed.match is not None
                             and i.parsed.venue == i.parsed.match.expected)
        case_forms = {i.parsed.match.canonical: i.parsed.venue for i in items if i.parsed.match is not None
                      and i.parsed.venue == i.parsed.match.expected != i.parsed.match.canonical
                      and i.parsed.venue.casefold() == i.parsed.match.canonical.casefold()}
        for item in items:
            p, tag, m = item.parsed, item.tag, item.parsed.match
            venue_abs = item.start + p.venue_start
            if m is None:
                out.append((venue_abs, f"unknown venue `{p.venue}` (add it to the venue-format `venues` option if it is one)", None, (), ()))
            elif p.venue != m.expected:
                spelling.setdefault((p.venue, m.expected), []).append(item)
            elif m.expected != m.canonical and m.expected.casefold() == m.canonical.casefold() \
                    and 0 < written_as[m.canonical] >= written_as[p.venue]:
                spelling.setdefault((p.venue, m.canonical), []).append(item)
            elif p.venue == m.canonical and m.canonical in case_forms \
                    and written_as[case_forms[m.canonical]] > written_as[p.venue]:
                spelling.setdefault((p.venue, case_forms[m.canonical]), []).append(item)
            if p.year is not None and not 1950 <= p.year <= next_year:
                out.append((item.start, f"year {p.year} is outside 1950 to {next_year}", None, (), ()))
            mangled = _MANGLED_YEAR.fullmatch(p.extra) if m is not None and p.year is None else None
            if mangled is not None and item.kind in ("list", "table"):
                digits = mangled.group(1)
                shown = doc.text[item.start:item.end]
                out.append((item.start + p.venue_end + mangled.start(1),
                            f"venue tag `{shown}` gives the year as `{digits}`, {len(digits)} digits: a year has four",
                            None, (), ()))
            if m is not None and p.stray_quote:
                q = item.start + len(doc.text[item.start:item.end].rstrip()) - 1
                if doc.text[q] == p.tail:
                    fix = Fix((Edit(q, q + 1, ""),), safe=True, description=f"remove the stray `{p.tail}`")
                    out.append((q, f"venue tag `{doc.text[item.start:q + 1]}` has a stray `{p.tail}` after its "
                                   f"year: write `{doc.text[item.start:q]}`", fix, (), ()))
            edits: list[Edit] = []
            new = None
            if item.problems:
                shape = item.wants.get("shape")
                ws = item.wants.get("workshop")
                bold = item.wants.get("bold", item.bold)
                venue = m.expected if m is not None else None
                inner = p.render(shape, venue, ws)
                if item.kind == "list":
                    new = wrap(inner, bold, item.marker)
                    edits.append(Edit(tag.start, tag.end, new))
                elif item.bold is not None and bold != item.bold:
                    new = f"{item.marker}{inner}{item.marker}" if bold == "bold" else inner
                    edits.append(Edit(tag.start, tag.end, new))
                else:
                    new = inner
                    edits.append(Edit(item.start, item.end, inner))
            glued = item.kind == "list" and tag.end < len(doc.text) and joins_word(doc.text[tag.end])
            if glued:
                edits.append(Edit(tag.end, tag.end, " "))
            item.fix = Fix(tuple(edits), safe=True, description="rewrite the venue tag") if edits else None
            if new is not None:
                reasons = "; ".join(dict.fromkeys(r for _, r, *_ in item.problems if r != "configured"))
                if any(r == "configured" for _, r, *_ in item.problems):
                    conf = f"the configured style is {self._configured_text(item.kind)}"
                    reasons = f"{conf}; {reasons}" if reasons else conf
                shown = tag.raw if item.kind == "list" or edits[0].start == tag.start else doc.text[item.start:item.end]
                out.append((tag.start, f"venue tag `{shown}` is not in the file's style ({reasons}): write `{new}`", item.fix, (), ()))
            if glued:
                out.append((tag.end, "no space between the venue tag and the title", item.fix, (), ()))
        # A slip (the file writes the venue another way elsewhere) is told on each tag, with its
        # own fix: each is a line to change. A house spelling (every tag of the venue written
        # the one wrong way: 478 `Arxiv`) is one decision, told once at its first tag with
        # ``parts`` (one a tag) so --since and suppressions still act line by line.
        spellings = Counter((i.parsed.match.canonical, i.parsed.venue) for i in items if i.parsed.match is not None)
        for (written, expected), group in spelling.items():
            if written == group[0].parsed.match.canonical and expected == case_forms.get(written):
                # the venue's own name, where the file writes its upper-case form more often
                msg = f"venue `{written}` where most of the file's tags of it write `{expected}`"
            elif norm_eq(written, expected):
                msg = f"venue `{written}` is spelled `{expected}`"
            else:
                msg = f"venue `{written}` is another name of `{expected}`: write `{expected}`"
            canonical = group[0].parsed.match.canonical
            of_venue = sum(n for (c, _), n in spellings.items() if c == canonical)
            if group[0].parsed.match.common and all(v == written for c, v in spellings if c == canonical):
                continue  # `PAMI` on every tag of TPAMI: a name in wide use, the file's own; nothing departs
            # every tag of the venue written the one way, or five and three in four of them
            # (102 `Arxiv` beside 13 `arxiv`): the file's spelling, one change; the rest are slips
            house = len(group) > 1 and (all(c != canonical or v == written for c, v in spellings)
                                        or (len(group) >= 5 and 4 * len(group) >= 3 * of_venue))
            if written.casefold().startswith(canonical.casefold() + " ") and 2 * len(group) > of_venue:
                continue  # most tags write `arXiv preprint 2016`: the name and a word about it, the file's way
            if len(group) == 1 and re.search(r"\s[A-Z]{2,}\b", expected) and not norm_eq(written, expected) \
                    and sum(n for (c, v), n in spellings.items() if c == canonical and v == expected) < 2:
                # a lone `ACMMM 2021` or `ACM Multimedia 2022` where the file writes `ACM MM` once
                # at most: a common name of the venue, and no style to break
                continue
            if len(group) > 1 and not house:
                msg += f" ({len(group)} tags in this file write `{written}`)"
            each = [(i.start + i.parsed.venue_start, i.fix if i.problems else Fix(
                (Edit(i.start + i.parsed.venue_start, i.start + i.parsed.venue_end, expected),),
                safe=True, description=f"write `{expected}`")) for i in group]
            if not house:
                by_line: dict[int, list] = {}  # two tags of one line (a quick-jump bar) are one slip
                for s, fix in each:
                    by_line.setdefault(doc.position(s)[0], []).append((s, fix))
                for same in by_line.values():
                    s, fix = same[0]
                    if len(same) > 1:
                        edits = tuple(e for _, x in same if x is not None for e in x.edits)
                        fix = Fix(edits, safe=all(x.safe for _, x in same if x is not None),
                                  description=f"write `{expected}`")
                    out.append((s, msg, fix, (), ()))
                continue
            first = group[0]
            edits = [Edit(i.start + i.parsed.venue_start, i.start + i.parsed.venue_end, expected)
                     for i in group if not i.problems]
            fix = Fix(tuple(edits), safe=True, description=f"write `{expected}`") if edits else first.fix
            related = tuple(doc.position(i.start)[0] for i in group[1:])
            parts = tuple((s, msg, x) for s, x in each)
            share = f"all {len(group)}" if len(group) == of_venue else f"{len(group)} of {of_venue}"
            msg += f" ({share} tags of {canonical} in this file write `{written}`: {elsewhere(related)})"
            out.append((first.start + first.parsed.venue_start, msg, fix, related, parts))
        out.extend((*t, ()) for t in self._spelling_vote(items))
        out.extend((*t, ()) for t in self._findings_vote(items))
        out.sort(key=lambda t: t[0])
        for offset, message, fix, related, parts in out:
            line, col = doc.position(offset)
            f = self.finding(message, line, col, fix=fix, related=related)
            if parts:
                f.parts = tuple(self.finding(m, *doc.position(o), fix=x) for o, m, x in parts)
            yield f


# a venue in emphasis after the title, before the year: `Title, in *NeurIPS* 2023.`
_EMPHASIS_YEAR = re.compile(r"[*_],?[ \t]+(?:19|20)\d\d\b")
_EMPHASISED_VENUE = re.compile(r"(?:,|\bin)[ \t]+([*_])(?P<venue>[A-Za-z][^*_\n]{1,60}?)\1,?[ \t]+(?:19|20)\d\d\b")


_NEURIPS_WORD = re.compile(r"NeurIPS(?<![\w/.#@-]NeurIPS)")  # the name in words, not in an address
# `NIPS 2018`, `NIPS'19`, `NIPS2020` in a file's words
# (the name first: a pattern opening with a look-behind is tried at every position of the text)
_OLD_NIPS = re.compile(r"(NIPS)[ \t]?['’]?((?:19|20)\d\d|\d\d)(?![\w/.-]\w)")


def _closing_items(text: str, found: list, reg, next_year: int, closing: bool = False) -> list[_Item]:
    """Items for the venues that close entries' author lists, ``found`` as (entry, start, end):
    none unless ten entries at least end so and two thirds of them with a known venue (a file
    whose author lines end otherwise, with an affiliation or a note, is left alone)."""
    from ..records import make_tag
    from ..venues import parse_tag

    if len(found) < _AUTHOR_MIN:
        return []
    parsed = [(e, a, b, parse_tag(text[a:b], reg, next_year)) for e, a, b in found]
    if sum(1 for *_, p in parsed if p is not None and p.match is not None) < DOMINANT * len(parsed):
        return []
    return [_Item(e, make_tag(text, text[a:b], a, b, a, b, False, False), p, "inline", a, b, None, closing=closing)
            for e, a, b, p in parsed if p is not None and p.match is not None and not p.extra and not p.tail]


def _link_paragraphs(doc: Document) -> list[Entry]:
    """Paper entries written as paragraphs of one link whose label names the venue after the
    title (`[Deep Leakage from Gradients. NeurIPS 2019](https://…)` on a line of its own, then
    `Citation: 31`): entries of their own for the venue checks, though not list items. Only a
    link that starts its line and whose label has a full stop and a year outside list items,
    tables and code."""
    from ..records import Entry as _Entry

    spans = sorted((e.start, e.end) for e in doc.entries)
    starts = [a for a, _ in spans]
    import bisect

    out = []
    text = doc.text
    for k in doc.links:
        if k.kind != "inline" or k.is_image or k.is_anchor:
            continue
        labelled = ". " in k.label and DATED.search(k.label)
        # `[Title](https://…), AAAI 2020, [[code]](…)`: the venue after the link, past a comma
        after = not labelled and text.startswith(",", k.end)
        if not labelled and not after:
            continue
        line, col = doc.position(k.start)
        if col != 1 or doc.in_code(k.start):
            continue
        i = bisect.bisect_right(starts, k.start) - 1
        if i >= 0 and spans[i][0] <= k.start < spans[i][1]:
            continue  # in a list item or a row: an entry already
        end = k.end
        links = [k]
        if after:
            end = text.find("\n", k.end)
            end = len(text) if end < 0 else end
            if not DATED.search(text, k.end, end):
                continue
            links = [x for x in doc.links_between(k.start, end)]
        end_line = doc.position(end)[0]
        out.append(_Entry("item", line, end_line, k.start, end, text, None, None, None, links, None, None, None))
    taken = sorted([*spans, *((e.start, e.end) for e in out)])
    out.extend(paragraph_entries(doc, taken, DATED))
    return out


def _is_word(name: str) -> bool:
    """A one-word name that is an English word (``Cell`` is a journal, but an unknown ``Nation``
    one letter from ``Nature`` is a word): not taken for a misspelt venue."""
    from ..lexicon import is_english

    return " " not in name.strip() and is_english(name.strip().casefold())


# Words that a long venue name holds (`Future Generation Computer Systems`); a long name with
# none of them before `, 2021` is a title and its year (`Cost-Effective Pre-trained Language Models`)
_VENUE_WORDS = frozenset(
    "journal transactions conference proceedings symposium workshop letters review reviews annals bulletin "
    "magazine reports communications systems computer computing computational science sciences research "
    "international society association ieee acm engineering applications intelligence informatics medicine "
    "medical physics chemistry biology statistics mathematics frontiers advances".split())


def _form(item: _Item) -> str:
    """How a tag's venue will read once its spelling is fixed (an alias counts as its name)."""
    p = item.parsed
    return p.match.expected if p.match is not None else p.venue


def _how_marked(doc: Document, marked: list, attr: str, what: str) -> str:
    """How the file most often marks a kind of paper (its workshops, its Findings papers), as
    the end of a message: the most common mark and the line of its first use."""
    form = Counter(getattr(i.parsed, attr) for i in marked).most_common(1)[0][0]
    example = next(i for i in marked if getattr(i.parsed, attr) == form)
    return f"; the file marks {what} as `{doc.text[example.start:example.end]}` (line {example.entry.line})"


def _published_host(url: str) -> tuple[str, str] | None:
    """(host, what it is) when ``url`` is a page of a publisher or of a preprint server other
    than arXiv (``_PUBLISHED_HOSTS``), else None."""
    m = re.match(r"\s*https?://(?:www\.)?([A-Za-z0-9.-]+)", url)
    if m is None:
        return None
    host = m.group(1).lower()
    what = _PUBLISHED_HOSTS.get(host)
    return (host, what) if what is not None else None


def _own_runs(values: list, target: str) -> tuple[dict[int, int], set[int]]:
    """Runs of at least `RUN` tags in a row (in the file's order) that all write one other
    form: a block a contributor wrote in a way of their own (a year's new papers as `KDD 2018`
    in a file of `KDD'17`), one habit to change rather than slips to fix one by one. Returns
    the first item of each run (its id, with the run's length), to be reported for the whole
    run, and the ids of the others, to be left silent."""
    heads: dict[int, int] = {}
    rest: set[int] = set()
    run: list = []
    for i, v in sorted(values, key=lambda x: x[0].start) + [(None, None)]:
        if run and (v != run[0][1] or v == target):
            if len(run) >= RUN:
                heads[id(run[0][0])] = len(run)
                rest.update(id(x) for x, _ in run[1:])
            run = []
        if i is not None and v != target:
            run.append((i, v))
    return heads, rest
