"""Dates that a link's URL proves: arXiv identifiers and venue proceedings URLs.

Used by AL009 (year-mismatch). Everything here is pure string work on a URL; nothing touches the
network. An arXiv identifier ``YYMM.NNNNN`` (or the old ``archive/YYMMNNN``) names the month the
first version was submitted; a proceedings URL such as ``openaccess.thecvf.com/content/CVPR2023``
names a venue and the year it was held.
"""

from __future__ import annotations

import re
from functools import lru_cache

import msgspec

from .vocabulary import PAPER, arxiv_ref, label_kind


class ArxivId(msgspec.Struct, frozen=True):
    id: str  # '2308.07898' or 'cs/0112017' (without version)
    year: int
    month: int

    def __str__(self) -> str:
        return f"arXiv:{self.id}"


class VenueYear(msgspec.Struct, frozen=True):
    venue: str  # canonical short name, upper case: 'CVPR', 'MICCAI', 'NEURIPS', 'EMNLP', ...
    year: int
    workshop: bool = False
    evidence: str = ""  # the part of the URL that says so

    def __str__(self) -> str:
        return f"{self.evidence}"

    @property
    def venue_name(self) -> str:
        """The venue as people write it: 'NeurIPS', 'CVPR', 'EMNLP'."""
        return _DISPLAY.get(self.venue, self.venue)


_DISPLAY = {"NEURIPS": "NeurIPS", "CONLL": "CoNLL", "SEMEVAL": "SemEval", "COLING": "COLING"}


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")



def _new_style(yy: str, mm: str, seq: str) -> tuple[int, int] | None:
    year, month = 2000 + int(yy), int(mm)
    if not 1 <= month <= 12 or year < 2007 or (year == 2007 and month < 4):
        return None
    five = (year, month) >= (2015, 1)
    if len(seq) != (5 if five else 4):
        return None
    return year, month


def arxiv_id(url: str) -> ArxivId | None:
    """The arXiv identifier a URL points to (``vocabulary.arxiv_ref``: any page of the paper on
    arXiv or a mirror), with the month it was first submitted; None when the id names no month
    arXiv numbered that way."""
    ref = arxiv_ref(url)
    if ref is None:
        return None
    if ref.seq:
        ym = _new_style(ref.yy, ref.mm, ref.seq)
        return None if ym is None else ArxivId(ref.id, *ym)
    yy_i, month = int(ref.yy), int(ref.mm)
    year = 1900 + yy_i if yy_i >= 91 else 2000 + yy_i
    if not 1 <= month <= 12 or year > 2007 or (year == 2007 and month > 3):
        return None
    return ArxivId(ref.id, year, month)


class PostedDate(msgspec.Struct, frozen=True):
    """The day a bioRxiv or medRxiv preprint was posted, from its DOI (``10.1101/2022.11.28.517803``)."""

    server: str  # 'bioRxiv' or 'medRxiv'
    doi: str
    year: int
    month: int

    def __str__(self) -> str:
        return f"{self.server} {self.doi}"


_RXIV = re.compile(
    r"^(?:https?://)?(?:www\.)?(?:(?P<host>biorxiv|medrxiv)\.org/content/|doi\.org/)"
    r"(?P<doi>10\.1101/(?P<y>20[12]\d)\.(?P<m>[01]\d)\.(?P<d>[0-3]\d)\.\d{6,})", re.I)


def rxiv_date(url: str) -> PostedDate | None:
    """The posting date a bioRxiv/medRxiv URL's DOI names (the DOIs of 2019 on carry it);
    None for other URLs. A ``doi.org`` link does not say which server: bioRxiv is named."""
    m = _RXIV.match(url.strip())
    if m is None or not 1 <= int(m.group("m")) <= 12:
        return None
    server = "medRxiv" if (m.group("host") or "").lower() == "medrxiv" else "bioRxiv"
    return PostedDate(server, m.group("doi"), int(m.group("y")), int(m.group("m")))


class DoiYear(msgspec.Struct, frozen=True):
    """A journal DOI that carries the year it was registered: ``10.1038/s41467-021-21246-9``
    (Springer Nature, BMC), ``10.1016/j.media.2021.102035`` (Elsevier)."""

    doi: str
    year: int


# Springer Nature's article DOIs name the year they were registered: s41467-021-…; so do the
# Nature pages (nature.com/articles/s41467-…), which are the DOI's suffix. Elsevier's journal DOIs
# carry the year of the article number: j.media.2021.102035.
_SPRINGER_NATURE = re.compile(
    r"(?:\b10\.(1038|1186|1007)/|nature\.com/articles/)(s\d{5}-0(\d\d)-\d{3,6}-[\da-z])(?![\w-])", re.I)
_ELSEVIER = re.compile(r"j\.[a-z]+(?:\.[a-z]+)*\.(20\d\d)\.\d{2,}", re.I)
# an IEEE journal's DOI (`TIE.2025.3581279`); a conference's that names its edition with digits
# (`icassp49357.2023.…`) is left out, one named by letters alone (`CVPR.2018.00745`) is read too
_IEEE = re.compile(r"[A-Z][A-Z-]*\.((?:19|20)\d\d)\.\d{5,}", re.I)


def doi_year(url: str) -> DoiYear | None:
    """The registration year a journal article's DOI (or its Nature page) names; None for other
    URLs. The article appears in that year or, accepted late in it, the next."""
    m = _SPRINGER_NATURE.search(url)
    if m:
        return DoiYear(f"10.{m.group(1) or '1038'}/{m.group(2).lower()}", 2000 + int(m.group(3)))
    from .urls import doi

    d = doi(url)
    if d and d.startswith("10.1016/"):
        em = _ELSEVIER.fullmatch(d[len("10.1016/"):])
        if em:
            return DoiYear(d, int(em.group(1)))
    if d and d.startswith("10.1109/"):
        im = _IEEE.fullmatch(d[len("10.1109/"):])  # `10.1109/TIE.2025.3581279`: a journal's
        if im and 1990 < int(im.group(1)) < 2100:
            return DoiYear(d, int(im.group(1)))
    return None


def month_name(month: int) -> str:
    return _MONTHS[month - 1]


# ---- venue URLs --------------------------------------------------------------------------------

_CVF = re.compile(
    r"^(?:https?://)?(?:openaccess\.thecvf\.com|www\.cv-foundation\.org/openaccess)/"
    r"(?:content/(?P<v1>CVPR|ICCV|ECCV|WACV|ACCV)(?P<y1>20\d\d)(?P<w1>W?)(?:_workshops)?/"
    r"|content_(?P<v2>cvpr|iccv|eccv|wacv)(?P<w3>w?)_(?P<w2>workshops_)?(?P<y2>20\d\d)(?:_workshops)?/)",
    re.I,
)
_MICCAI = re.compile(r"^(?:https?://)?(?:papers|conferences)\.miccai\.org/miccai-(20\d\d)/", re.I)
_NEURIPS = re.compile(
    r"^(?:https?://)?(?:proceedings\.neurips\.cc|papers\.nips\.cc|proceedings\.nips\.cc)/"
    r"(?:paper_files/)?paper/(20\d\d|19\d\d)/", re.I)
_ACL_NEW = re.compile(r"^(?:https?://)?(?:www\.)?aclanthology\.org/(20\d\d)\.([a-z]+)(?:-([a-z]+))?\.\d+", re.I)
_ACL_OLD = re.compile(r"^(?:https?://)?(?:www\.)?(?:aclanthology\.org|aclweb\.org/anthology)/(?:[A-Z]/[A-Z]\d\d/)?([A-Z])(\d\d)-\d{4}", re.I)
_ACL_LETTERS = {"P": "ACL", "N": "NAACL", "D": "EMNLP", "E": "EACL", "C": "COLING", "K": "CONLL",
                "L": "LREC", "S": "SEMEVAL", "Q": "TACL", "J": "CL"}
_ECVA = re.compile(r"^(?:https?://)?(?:www\.)?ecva\.net/papers/eccv_(20\d\d)/", re.I)
_VIRTUAL = re.compile(
    r"^(?:https?://)?(?:www\.)?(iclr\.cc|icml\.cc|nips\.cc|neurips\.cc|cvpr\.thecvf\.com|iccv\.thecvf\.com|eccv\.ecva\.net)/virtual/(20\d\d)/", re.I)
_VIRTUAL_VENUE = {"iclr.cc": "ICLR", "icml.cc": "ICML", "nips.cc": "NEURIPS", "neurips.cc": "NEURIPS",
                  "cvpr.thecvf.com": "CVPR", "iccv.thecvf.com": "ICCV", "eccv.ecva.net": "ECCV"}
_IJCAI = re.compile(r"^(?:https?://)?(?:www\.)?ijcai\.org/proceedings/(20\d\d)/", re.I)
_PMLR = re.compile(r"^(?:https?://)?proceedings\.mlr\.press/v(\d+)/", re.I)
# PMLR volumes of a few venues whose papers paper lists cite most (volume -> venue, year).
_PMLR_VOLUMES = {
    28: ("ICML", 2013), 32: ("ICML", 2014), 37: ("ICML", 2015), 48: ("ICML", 2016),
    70: ("ICML", 2017), 80: ("ICML", 2018), 97: ("ICML", 2019), 119: ("ICML", 2020),
    139: ("ICML", 2021), 162: ("ICML", 2022), 202: ("ICML", 2023), 235: ("ICML", 2024),
    267: ("ICML", 2025),
    102: ("MIDL", 2019), 121: ("MIDL", 2020), 143: ("MIDL", 2021), 172: ("MIDL", 2022),
    227: ("MIDL", 2023), 250: ("MIDL", 2024),
    89: ("AISTATS", 2019), 108: ("AISTATS", 2020), 130: ("AISTATS", 2021), 151: ("AISTATS", 2022),
    206: ("AISTATS", 2023), 238: ("AISTATS", 2024),
}

def venue_year(url: str) -> VenueYear | None:
    """The venue and year a proceedings URL names, if it is one of the known layouts."""
    u = url.strip()
    if not u or "." not in u:
        return None
    m = _CVF.match(u)
    if m:
        venue = (m.group("v1") or m.group("v2")).upper()
        year = int(m.group("y1") or m.group("y2"))
        workshop = bool(m.group("w1") or m.group("w2") or m.group("w3")) or "_workshops" in m.group(0).lower()
        return VenueYear(venue, year, workshop, _tail(m.group(0)))
    m = _MICCAI.match(u)
    if m:
        return VenueYear("MICCAI", int(m.group(1)), False, _tail(m.group(0)))
    m = _NEURIPS.match(u)
    if m:
        return VenueYear("NEURIPS", int(m.group(1)), False, _tail(m.group(0)))
    m = _ACL_NEW.match(u)
    if m:
        event = m.group(2).upper()
        # '2021.findings-emnlp.12' belongs to EMNLP; '2021.emnlp-main.12' too
        venue = (m.group(3) or "").upper() if event == "FINDINGS" and m.group(3) else event
        return VenueYear(venue, int(m.group(1)), False, _tail(m.group(0)))
    m = _ACL_OLD.match(u)
    if m:
        letter = m.group(1).upper()
        venue = _ACL_LETTERS.get(letter)
        if venue is None:
            return None
        return VenueYear(venue, 2000 + int(m.group(2)) if int(m.group(2)) < 60 else 1900 + int(m.group(2)),
                         False, _tail(m.group(0)))
    m = _ECVA.match(u)
    if m:
        return VenueYear("ECCV", int(m.group(1)), False, _tail(m.group(0)))
    m = _VIRTUAL.match(u)
    if m:
        return VenueYear(_VIRTUAL_VENUE[m.group(1).lower()], int(m.group(2)), False, _tail(m.group(0)))
    m = _IJCAI.match(u)
    if m:
        return VenueYear("IJCAI", int(m.group(1)), False, _tail(m.group(0)))
    m = _PMLR.match(u)
    if m:
        known = _PMLR_VOLUMES.get(int(m.group(1)))
        if known:
            return VenueYear(known[0], known[1], False, _tail(m.group(0)))
    return None


def _tail(matched: str) -> str:
    """The matched URL prefix without its scheme, for messages."""
    return re.sub(r"^https?://", "", matched).rstrip("/")


# The registry's name of a venue whose short name here is not its canonical spelling.
_REGISTRY_NAME = {"CL": "Computational Linguistics"}


@lru_cache(maxsize=64)
def venue_aliases(venue: str) -> tuple[str, ...]:
    """The names a tag may give ``venue`` (a short name such as ``NEURIPS``): the venue
    registry's canonical name, aliases and accepted spellings (``venues.py``), lower case;
    the short name alone for a venue the registry does not know. The registry is read only
    when a URL's year disagrees with a tag, so a plain lint rarely loads it."""
    from .venues import load_registry, norm

    want = norm(_REGISTRY_NAME.get(venue, venue))
    names = {key for key, value in load_registry().table.items() if norm(value[0]) == want and key[:1] != "="}
    return tuple(sorted(names | {venue.casefold()}))


def tag_names_venue(tag_text: str, venue: str) -> bool:
    """Whether a tag's text (``2023 CVPR``, ``NeurIPS'22``) names ``venue``."""
    words = re.findall(r"[a-z]+", tag_text.casefold())
    aliases = venue_aliases(venue)
    joined = " ".join(words)
    for alias in aliases:
        if " " in alias:
            if alias in joined:
                return True
            continue
        for w in words:
            # 'cvpr', 'cvprw' (workshop), 'miccai'; not 'acl' inside 'naacl'
            if w == alias or w == alias + "w" or w == alias + "ws":
                return True
    return False


def is_non_paper_label(label: str) -> bool:
    """The label (or column header) names something beside the paper: code, notes, a cited
    work (``vocabulary.label_kind``)."""
    kind = label_kind(label, most_words=3)
    return kind is not None and kind != PAPER
