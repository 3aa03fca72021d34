"""An entry compared with a record: titles (case, punctuation and a dropped subtitle forgiven),
venues (through the venue registry), and the text a fix may write, built only from validated
fields (a title of plain text, a venue from our registry, a four-digit year, a well-formed
arXiv or DOI URL) and escaped for Markdown."""

from __future__ import annotations

import re

from ..titles import paper_like, title_words

SAME = "same"  # equal but for case, punctuation or a shortened subtitle
SPACING = "spacing"  # differs only in white space and case: a safe fix
TYPO = "typo"  # nearly identical: a misspelling, an unsafe fix
OTHER = "other"  # another paper

_SUBTITLE = re.compile(r"\s*(?::|\s[-–—]\s|：)\s*")


def compare_titles(entry: str, record: str) -> str:
    a, b = title_words(entry), title_words(record)
    if not a or not b or a == b:
        return SAME
    for long, short in ((record, a), (entry, b)):
        head = _SUBTITLE.split(long, maxsplit=1)
        if len(head) == 2 and title_words(head[0]) == short:
            return SAME
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if paper_like(short) and f" {short} " in f" {long} ":
        return SAME  # "Attention Is All You Need (Transformer)"; a series name before the title
    if "".join(entry.split()).casefold() == "".join(record.split()).casefold():
        return SPACING
    from ..fuzzy import near_identical

    if a.replace(" ", "") == b.replace(" ", "") or near_identical(a, b) is not None:
        return TYPO  # also "Seg-Former" for "SegFormer": punctuation is not rewritten safely
    return OTHER


def names_a_paper(title: str) -> bool:
    """A title long enough to be compared with a record's: a model's or tool's short name
    (``MedSAM``) is often listed with a paper of another title, and says nothing wrong."""
    return paper_like(title_words(title))


def matches(entry: str, record: str) -> bool:
    """The record's title names the entry's paper (for a title search)."""
    return compare_titles(entry, record) != OTHER


_ACRONYM = re.compile(r"\(([A-Za-z][A-Za-z0-9&\-]{1,15})\)")
_LEADING_JUNK = re.compile(r"^(?:\d{4}\s+|proceedings of (?:the )?|(?:\d+(?:st|nd|rd|th)\s+))+", re.I)


def record_venue(names: list[str], registry) -> tuple[str, str] | None:
    """(canonical name, kind) of the first of a record's venue names the registry knows."""
    tried = []
    for n in names:
        tried.append(n)
        tried.append(_LEADING_JUNK.sub("", n).strip())
        tried.extend(m.group(1) for m in _ACRONYM.finditer(n))
        before_year = _YEAR_IN_NAME.split(n, maxsplit=1)[0].strip()
        if before_year and before_year != n:
            tried.append(before_year)  # "ICLR 2023 poster"
    for n in tried:
        if not n or len(n) > 120:
            continue
        m = registry.lookup(n)
        if m is not None:
            return m.canonical, m.kind
    return None


_YEAR_IN_NAME = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def venue_year(pub, preprint=None) -> int | None:
    """The year of the published version: one written in the venue's name (``2022 IEEE/CVF
    Conference on …``), else the record's year. A Semantic Scholar record merged with its
    preprint often carries the preprint's year, so its year counts only when it is later than
    the arXiv version's (``preprint``, the arXiv record); otherwise the year is unknown."""
    for name in pub.venues:
        m = _YEAR_IN_NAME.search(name)
        if m:
            return int(m.group())
    if preprint is None:
        return pub.year
    if pub.year is not None and preprint.year is not None and pub.year > preprint.year:
        return pub.year
    return None


_ANTHOLOGY = re.compile(
    r"^https?://(?:www\.)?(?:aclanthology\.org|aclweb\.org/anthology)/(?:[A-Z]/[A-Z]\d\d/)?"
    r"(\d{4}\.[a-z0-9]+-[a-z0-9]+\.\d+|[A-Z]\d\d-\d{4})(?:\.pdf)?/?(?:[?#].*)?$", re.I)


def anthology_doi(url: str) -> str | None:
    """The DOI of an ACL Anthology paper (``aclanthology.org/2020.acl-main.463`` is
    ``10.18653/v1/2020.acl-main.463``; old ids such as ``P17-1001`` likewise, from 2017 on:
    earlier volumes have no DOIs). Crossref's answer decides: an id without a DOI is simply
    not found, and not reported."""
    m = _ANTHOLOGY.match(url.strip())
    if m is None:
        return None
    ident = m.group(1)
    if ident[0].isalpha():
        if int(ident[1:3]) < 17:
            return None
        ident = ident.upper()
    return "10.18653/v1/" + ident.lower()


# ---- text for fixes ------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")
_SAFE_TITLE = re.compile(r"^[^\x00-\x1f\x7f]{4,300}$")
_ARXIV_ID = re.compile(r"^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?/\d{7})$")
_DOI = re.compile(r"^10\.\d{4,9}/[\x21-\x7e]{1,200}$")


def safe_title(title: str) -> str | None:
    """A record's title as Markdown text, or None when it is not plain one-line text."""
    t = " ".join(title.split())
    if not _SAFE_TITLE.match(t) or "http" in t.lower() or "$" in t:
        return None
    return _MD_SPECIAL.sub(r"\\\1", t)


def safe_year(year, next_year: int) -> str | None:
    return str(year) if isinstance(year, int) and 1900 <= year <= next_year else None


def paper_url(paper) -> str | None:
    """A well-formed arXiv or DOI URL for the record, or None."""
    if paper.arxiv and _ARXIV_ID.match(paper.arxiv):
        return f"https://arxiv.org/abs/{paper.arxiv}"
    if paper.doi and _DOI.match(paper.doi):
        from urllib.parse import quote

        return "https://doi.org/" + quote(paper.doi, safe="/.-_;:")
    return None
