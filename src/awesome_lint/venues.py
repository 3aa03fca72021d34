"""The venue registry and the parsing of venue tags (used by AL005 venue-format).

The registry is data (``data/venues.yaml``): one entry per venue with its canonical spelling, its
kind, aliases that are rewritten to the canonical name and accepted spellings that are left alone.
It is read on first need only. Importing PyYAML and parsing the file costs about 30 ms, so the
compiled lookup table is kept as JSON in the user cache folder (``platformdirs``; override with
``AWESOME_LINT_CACHE_DIR``), keyed by a checksum of the YAML text: later runs load it in about 3 ms.
A cache that cannot be read or written is ignored.

A venue tag is parsed into its parts so that a fix can rewrite it in another shape:

    [**NeurIPS W 2022**]    venue NeurIPS, workshop " W", separator " ", year 2022, bold inside
    [2023 EMNLP Findings]   year first, venue EMNLP, extra " Findings"
    CVPR2025                venue CVPR, separator "" (glued), year 2025
    MICCAI'15               venue MICCAI, separator "'", two-digit year
"""

from __future__ import annotations

import os
import re
from typing import Any

import msgspec

from .cachedir import cache_dir, store
from .model import InputError

KINDS = ("conference", "journal", "preprint", "workshop")
_DATA = os.path.join(os.path.dirname(__file__), "data", "venues.yaml")
_FORMAT = 4  # bump when the compiled layout or the key normalization changes


_GLUED_DOT = re.compile(r"(?<=[A-Za-z])\.(?=[A-Z][a-z])")  # `J.Chem`: an abbreviation's dot before the next word


def norm(name: str) -> str:
    """The lookup key of a venue name: case, dots and runs of white space do not matter."""
    return " ".join(name.replace(".", " ").split()).casefold()


class Match(msgspec.Struct, frozen=True):
    """A venue name found in the registry."""

    canonical: str
    kind: str
    expected: str  # how the name as written should be spelled (canonical, or an accepted form)
    alias: bool  # the name is an alias that is rewritten to the canonical name
    common: bool = False  # an alias in wide use (PAMI): left alone where the file writes only it


class Registry:
    """Venue names by lookup key. Values: ``[canonical, kind, form, alias, until, common]`` where
    ``form`` is the spelling of an accepted name (or the canonical one), ``alias`` marks a name that
    is rewritten to the canonical name (accepted as written up to year ``until``, when given) and
    ``common`` one of those in wide use. An accepted form that differs from the canonical name
    only in case (`INTERSPEECH`) has its own key, ``=`` and the form as written."""

    def __init__(self, table: dict[str, list], ids: dict[str, str] | None = None):
        self.table = table
        self.ids = ids or {}  # a journal's DOI stem or ISSN -> its canonical name
        self._by_len: dict[int, list[str]] | None = None

    def __len__(self) -> int:
        return len(self.table)

    def lookup(self, name: str, year: int | None = None) -> Match | None:
        key = norm(name)
        written = " ".join(name.split())
        value = self.table.get("=" + written) or self.table.get(key)
        if value is None:
            for prefix in ("ieee/cvf ", "ieee ", "ieee-", "acm "):
                if key.startswith(prefix) and len(key) > len(prefix):
                    inner = self.lookup(name.strip()[len(prefix):], year)
                    if inner is None or inner.alias:
                        return None
                    return Match(inner.canonical, inner.kind, name.strip()[: len(prefix)] + inner.expected, False)
            return None
        canonical, kind, form, alias, until, common = value
        if "." in written and not alias and " ".join(written.replace(".", " ").split()) == form:
            # "Nat. Commun." for "Nat Commun"; the words of an abbreviation are spaced, so
            # "J.Chem.Inf.Model." is written "J. Chem. Inf. Model."
            return Match(canonical, kind, _GLUED_DOT.sub(". ", written), False)
        if alias:
            if until is not None and year is not None and year <= until:
                return Match(canonical, kind, form, False)
            return Match(canonical, kind, canonical, True, common)
        return Match(canonical, kind, form, False)

    def until(self, name: str) -> int | None:
        """The last year ``name`` was its venue's name (`NIPS`: 2017), None for a name of no era."""
        value = self.table.get(norm(name))
        return value[4] if value is not None and value[3] else None

    def near(self, name: str, prefer: Any = ()) -> tuple[Match, str] | None:
        """The one known venue ``name`` misspells (``near_miss``), with its lookup key; None when
        there is none, or more than one (``ECAL`` is one letter from EACL and ECAI) and not
        exactly one of them is in ``prefer`` (canonical names: those a file uses). With ``prefer``
        None, a blank match when any venue is near."""
        key = norm(name)
        if len(key) < 4 or key in self.table:
            return None
        by_len = self._by_len
        if by_len is None:
            by_len = self._by_len = {}
            for k in self.table:
                if not k.startswith("="):  # a case form's key: its venue is known under its name
                    by_len.setdefault(len(k), []).append(k)
        hits = {self.table[k][0]: k for n in (len(key) - 1, len(key), len(key) + 1)
                for k in by_len.get(n, ()) if near_miss(key, k)}
        if prefer is None:
            return (Match("", "", "", False), "") if hits else None  # some venue is near
        if len(hits) > 1:
            hits = {c: k for c, k in hits.items() if c in prefer}
        if len(hits) != 1:
            return None
        canonical, k = next(iter(hits.items()))
        m = self.lookup(self.table[k][2])  # the name misspelt: `Biocomputing` (PSB's), not `PSB`
        return (m, k) if m is not None else None

    def extended(self, entries: Any, where: str = "venues") -> Registry:
        """A copy with the user's entries (rule option ``venues``) added; they win on conflicts."""
        table, ids = dict(self.table), dict(self.ids)
        compile_entries(entries, table, where, ids)
        return Registry(table, ids)

    def journal_of(self, url: str) -> str | None:
        """The journal a paper URL is an article of, read from the DOI or ISSN it carries
        (``nature.com/articles/s41592-…``, ``doi.org/10.1186/s13059-…``, ``10.1093/bib/…``,
        an Elsevier ``/pii/S2589004223006132``); None when it names none the registry knows."""
        if not self.ids:
            return None
        for key in journal_keys(url):
            if key in self.ids:
                return self.ids[key]
        return None


_DOI_STEM = re.compile(r"\b(10\.\d{4,5})/(s\d{5}|j\.[a-z]+|[a-z]{2,12})(?=[-./]\d|[./][a-z]*\d)", re.I)
_NATURE = re.compile(r"\bnature\.com/articles/(s\d{5})-", re.I)
_OUP = re.compile(r"\bacademic\.oup\.com/([a-z]{2,12})/", re.I)
_PII = re.compile(r"/pii/S(\d{4})(\d{3}[\dX])", re.I)


def journal_keys(url: str) -> list[str]:
    """The journal identifiers a URL carries: DOI stems (``10.1038/s41592``, ``10.1016/j.isci``)
    and ISSNs (``2589-0042``), in the form the registry's ``doi`` and ``issn`` fields give."""
    keys = [f"{m.group(1)}/{m.group(2)}".casefold() for m in _DOI_STEM.finditer(url)]
    keys += [f"10.1038/{m.group(1)}".casefold() for m in _NATURE.finditer(url)]
    keys += [f"10.1093/{m.group(1)}".casefold() for m in _OUP.finditer(url)]
    keys += [f"{m.group(1)}-{m.group(2)}".upper() for m in _PII.finditer(url)]
    return keys


def compile_entries(entries: Any, table: dict[str, list], where: str, ids: dict[str, str] | None = None) -> None:
    """Add registry entries (as read from YAML) to a lookup table (and their journal
    identifiers to ``ids``), checking their shape."""
    if not isinstance(entries, list):
        raise InputError(f"{where}: must be a list of venues (mappings with canonical, aliases, kind)")
    case_keys = [k for k in table if k.startswith("=")]  # case forms already there (the built-in ones)
    for i, entry in enumerate(entries):
        here = f"{where}[{i}]"
        if not isinstance(entry, dict):
            raise InputError(f"{here}: must be a mapping with canonical, aliases, accepted, kind")
        unknown = set(entry) - {"canonical", "aliases", "common", "accepted", "kind", "until", "doi", "issn"}
        if unknown:
            raise InputError(f"{here}: unknown key {sorted(unknown)[0]!r} "
                             "(keys: canonical, aliases, common, accepted, kind, until, doi, issn)")
        canonical = entry.get("canonical")
        if not isinstance(canonical, str) or not canonical.strip():
            raise InputError(f"{here}: canonical must be a non-empty string")
        canonical = canonical.strip()
        kind = entry.get("kind", "conference")
        if kind not in KINDS:
            raise InputError(f"{here}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
        names = {}
        for field in ("aliases", "common", "accepted", "doi", "issn"):
            value = entry.get(field) or []
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise InputError(f"{here}: {field} must be a list of names")
            names[field] = [" ".join(v.split()) for v in value]
        until = entry.get("until") or {}
        if not isinstance(until, dict) or not all(isinstance(v, int) for v in until.values()):
            raise InputError(f"{here}: until must map aliases to years")
        ckey = norm(canonical)
        for k in case_keys:
            if norm(k[1:]) == ckey:
                table.pop(k, None)  # a user's entry for the venue wins over the built-in case forms
        if ids is not None:
            for stem in names["doi"]:
                ids[stem.casefold()] = canonical
            for issn in names["issn"]:
                ids[issn.upper()] = canonical
        for acc in names["accepted"]:
            key = norm(acc) if norm(acc) != ckey else "=" + acc  # `INTERSPEECH` beside `Interspeech`
            table[key] = [canonical, kind, acc, False, None, False]
        for field in ("aliases", "common"):
            for alias in names[field]:
                if norm(alias) != ckey:
                    table[norm(alias)] = [canonical, kind, alias, True, until.get(alias), field == "common"]
        table[ckey] = [canonical, kind, canonical, False, None, False]


_REGISTRY: Registry | None = None


def load_registry(path: str = _DATA, use_cache: bool = True) -> Registry:
    """The built-in registry (compiled once per process, and cached on disk between runs)."""
    global _REGISTRY
    if _REGISTRY is not None and path == _DATA and use_cache:
        return _REGISTRY
    import json
    import zlib

    with open(path, "rb") as fh:
        raw = fh.read()
    stamp = f"{_FORMAT}-{zlib.crc32(raw):08x}-{len(raw)}"
    folder = cache_dir() if use_cache else None
    cache = os.path.join(folder, f"venues-{stamp}.json") if folder else None
    data = None
    if cache is not None:
        try:
            with open(cache, encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError):
            data = None
    if not (isinstance(data, dict) and isinstance(data.get("names"), dict) and isinstance(data.get("ids"), dict)):
        import yaml

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        entries = yaml.load(raw.decode("utf-8"), Loader=loader)
        data = {"names": {}, "ids": {}}
        compile_entries(entries, data["names"], path, data["ids"])
        if cache is not None:
            store(cache, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    registry = Registry(data["names"], data["ids"])
    if path == _DATA and use_cache:
        _REGISTRY = registry
    return registry


# ---- parsing tags -------------------------------------------------------------------------

WORKSHOP_WORDS = {"w": "W", "ws": "WS", "workshop": "Workshop", "workshops": "Workshops"}
SUFFIX_WORDS = {
    "findings", "oral", "spotlight", "poster", "highlight", "highlights", "demo", "demos", "short",
    "long", "main", "track", "datasets", "dataset", "and", "&", "benchmarks", "benchmark", "d&b",
    "working", "notes", "best", "paper", "industry", "student", "tutorial", "competition",
    "challenge", "system", "systems", "position", "survey", "oral,", "conference", "proceedings",
    "letters", "extended", "abstract", "abstracts", "camera-ready", "submission", "under", "review",
    "accepted", "award", "honorable", "mention", "nominee", "contributed", "talk", "invited",
    "citations", "citation", "cited",
}
_YEAR_FIRST = re.compile(
    r"(?P<year>[12]\d{3})(?P<month>(?:[./]\d{1,2}){0,2})(?P<sep>\s*[,|:]\s*|\s+-\s+|\s+|-(?=[A-Za-z]))(?P<venue>\S.*)", re.S
)
_VENUE_FIRST = re.compile(
    r"(?P<venue>.*?\S)(?P<sep>\s*,\s*|\s+|\s*['’‘]\s*|-|)"
    r"(?P<year>[12]\d{3}|(?<=['’‘])\d{2}|(?<=['’‘]\s)\d{2})(?P<month>(?:\.\d{1,2}(?:/\d{1,2})?)?)(?P<tail>(?:[\s,(].*|(?<=['’‘]\d\d)['’‘])?)",
    re.S,
)
_GLUED_WORKSHOP = re.compile(r"(?P<stem>.+?)(?P<ws>-?(?:W|Workshops?|workshops?))")
_PARENS = re.compile(r"\([^()]*\)")


class Parsed(msgspec.Struct):
    """A venue tag taken apart. Offsets are relative to the parsed text."""

    venue: str  # the venue name as written (without workshop marker and extras)
    venue_start: int
    venue_end: int
    match: Match | None
    workshop: str = ""  # marker as written, with its glue: " W", "W", "-W", " Workshop"
    extra: str = ""  # words attached to the venue: " Findings", " Datasets and Benchmarks Track"
    order: str = ""  # "year-first", "venue-first" or "" (no year)
    sep: str = ""  # between venue part and year, as written
    year_text: str = ""  # as written: "2023" or "15" (after an apostrophe)
    year: int | None = None
    month: str = ""  # ".10", ".2/5"
    tail: str = ""  # after the year in venue-first tags: " Findings", " Working Notes"
    lead: str = ""  # before the venue: "Findings of ", "Findings of ACL: "

    @property
    def findings(self) -> str | None:
        """How the tag marks a Findings paper: ``Findings of VENUE``, ``Findings of ACL: VENUE``,
        ``VENUE (Findings)`` or ``VENUE Findings``; None when it does not."""
        if self.lead:
            return "Findings of ACL: VENUE" if ":" in self.lead else "Findings of VENUE"
        after = f"{self.extra} {self.tail}"
        m = _FINDINGS_WORD.search(after)
        if m is None:
            return None
        return "VENUE (Findings)" if m.group(1) else "VENUE Findings"

    @property
    def stray_quote(self) -> bool:
        """A quote closing a year the quote opened, ``EACL'24'``: a slip of the apostrophe."""
        return len(self.tail) == 1 and self.tail in "'’‘" and len(self.year_text) == 2

    @property
    def known(self) -> bool:
        return self.match is not None

    @property
    def shape(self) -> str:
        """The order, separator and year width, as in ``VENUE, YEAR`` or ``YEAR VENUE``."""
        year = "YY" if len(self.year_text) == 2 else "YEAR"
        if self.order == "year-first":
            return f"{year}{self.sep}VENUE"
        if self.order == "venue-first":
            return f"VENUE{self.sep}{year}"
        return "VENUE"

    def render(self, shape: str | None = None, venue: str | None = None, workshop: str | None = None) -> str:
        """The tag text in ``shape`` (default: its own), with the venue and workshop marker
        replaced when given."""
        name = self.venue if venue is None else venue
        ws = self.workshop if workshop is None else workshop
        if self.order == "" or shape is None:
            shape = self.shape
        order, sep, width = parse_shape(shape)
        year = self.year_text
        if self.year is not None and width == 4 and len(year) == 2:
            year = str(self.year)
        elif self.year is not None and width == 2 and len(year) == 4:
            year = year[2:]
        name = self.lead + name
        if self.order == "":
            return f"{name}{ws}{self.extra}"
        if order == "year-first":
            return f"{year}{self.month}{sep}{name}{ws}{self.extra}{self.tail}"
        if self.order == "year-first":  # extras of a year-first tag go after the year
            return f"{name}{ws}{sep}{year}{self.month}{self.extra}{self.tail}"
        return f"{name}{ws}{self.extra}{sep}{year}{self.month}{self.tail}"


_SHAPE = re.compile(r"(YEAR|YY)(.*?)VENUE|VENUE(.*?)(YEAR|YY)|VENUE", re.S)


def parse_shape(shape: str) -> tuple[str, str, int]:
    """(order, separator, year width) of a shape such as ``VENUE, YEAR``."""
    m = _SHAPE.fullmatch(shape)
    if m is None:
        raise ValueError(shape)
    if m.group(1):
        return "year-first", m.group(2), 2 if m.group(1) == "YY" else 4
    if m.group(4):
        return "venue-first", m.group(3), 2 if m.group(4) == "YY" else 4
    return "", "", 4


def expand_year(text: str, next_year: int) -> int:
    if len(text) == 4:
        return int(text)
    yy = int(text)
    return 2000 + yy if 2000 + yy <= next_year else 1900 + yy


def split_venue(text: str, registry: Registry, year: int | None) -> tuple[str, Match | None, str, str] | None:
    """(venue, match, workshop marker, extra) of a venue part such as ``NeurIPS W`` or
    ``EMNLP Findings``; the venue is a prefix of ``text``. None when nothing known is found
    (then the whole text is an unknown name)."""
    m = registry.lookup(text, year)
    if m is not None:
        return text, m, "", ""
    tokens = [t for t in re.finditer(r"\S+", text)]
    for k in range(len(tokens) - 1, 0, -1):
        head = text[: tokens[k - 1].end()]
        if head.endswith(",") and len(head) > 1:
            head = head[:-1]  # `Arxiv, 576 citations`, `NeurIPS, Oral`: the comma begins the extra
        m = registry.lookup(head, year)
        if m is None:
            continue
        split = _split_suffix(text[len(head):])
        if split is None:
            return None
        return head, m, split[0], split[1]
    first = tokens[0] if tokens else None
    if first is not None:
        g = _GLUED_WORKSHOP.fullmatch(first.group())
        if g is not None:
            m = registry.lookup(g.group("stem"), year)
            if m is not None:
                rest = _split_suffix(text[first.end():], workshop_ok=False)
                if rest is None:
                    return None
                return g.group("stem"), m, g.group("ws"), rest[1]
    return None


def _split_suffix(rest: str, workshop_ok: bool = True) -> tuple[str, str] | None:
    """(workshop marker, extra) of the words after a venue name, or None if they are not
    suffix words (then the name is not this venue: ``Nature Reviews Foo`` is not Nature)."""
    if not rest:
        return "", ""
    ws = ""
    m = re.match(r"(\s*-\s*|\s+)(\S+)", rest)
    if workshop_ok and m and m.group(2).casefold() in WORKSHOP_WORDS:
        ws = m.group()
        rest = rest[m.end():]
    words = _PARENS.sub(" ", rest).replace(",", " ").split()
    if not all(w.casefold() in SUFFIX_WORDS or w.isdigit() for w in words):
        return None
    return ws, rest


def parse_tag(text: str, registry: Registry, next_year: int) -> Parsed | None:
    """Take a tag's inner text apart; None if it names no venue at all (a date, a number)."""
    m = _YEAR_FIRST.fullmatch(text)
    if m is not None:
        year = int(m.group("year"))
        vstart = m.start("venue")
        part = m.group("venue")
        p = _venue_part(part, vstart, registry, year)
        if p is None:
            return None
        p.order, p.sep, p.year_text, p.year, p.month = "year-first", m.group("sep"), m.group("year"), year, m.group("month")
        return p
    m = _VENUE_FIRST.fullmatch(text)
    if m is not None and not (m.group("sep") == "" and not m.group("venue")[-1].isalpha()):
        year = expand_year(m.group("year"), next_year)
        p = _venue_part(m.group("venue"), 0, registry, year)
        if p is None:
            return None
        p.order, p.sep, p.year_text, p.year = "venue-first", m.group("sep"), m.group("year"), year
        p.month, p.tail = m.group("month"), m.group("tail")
        return p
    # a two-digit year only after a venue the registry knows: `IJCAI 19` (after a space), `ICLR23` (glued)
    for rx, sep in ((_VENUE_SHORT_YEAR, " "), (_VENUE_GLUED_YY, "")):
        m = rx.fullmatch(text)
        if m is None:
            continue
        year = expand_year(m.group("year"), next_year)
        p = _venue_part(m.group("venue"), 0, registry, year)
        if p is not None and p.match is not None and not p.extra and (sep or not p.workshop):
            p.order, p.sep, p.year_text, p.year = "venue-first", sep, m.group("year"), year
            return p
    return _venue_part(text, 0, registry, None)


_VENUE_GLUED_YY = re.compile(r"(?P<venue>[A-Z][A-Za-z&]{1,15})(?P<year>\d{2})")
_VENUE_SHORT_YEAR = re.compile(r"(?P<venue>[A-Za-z][A-Za-z&-]{1,15}(?: [A-Za-z][A-Za-z&-]{1,15})?) (?P<year>\d{2})")


# "Findings of EMNLP", "Findings of ACL: EMNLP", "Findings of the Association for Computational
# Linguistics: NAACL": the ACL's Findings volumes, named before the venue they go with
_FINDINGS_LEAD = re.compile(
    r"Findings\s+of\s+(?:(?:the\s+)?(?:ACL|Association\s+for\s+Computational\s+Linguistics)\s*:\s*)?", re.I)
_FINDINGS_WORD = re.compile(r"(\()?\s*\bFindings\b", re.I)


def _venue_part(part: str, base: int, registry: Registry, year: int | None) -> Parsed | None:
    if not any(c.isalpha() for c in part):
        return None
    lead = _FINDINGS_LEAD.match(part)
    if lead is not None and lead.end() < len(part):
        inner = _venue_part(part[lead.end():], base + lead.end(), registry, year)
        if inner is not None and inner.match is not None and not inner.lead:
            inner.lead = part[: lead.end()]
            return inner
    split = split_venue(part, registry, year)
    if split is None:
        return Parsed(part, base, base + len(part), None)
    venue, match, ws, extra = split
    return Parsed(venue, base, base + len(venue), match, ws, extra)


_LEADING = re.compile(r"(\*\*|__)?\[(\*\*|__)?([^\[\]\n]{1,80}?)(\*\*|__)?\]")


def leading_tag(text: str, start: int, end: int):
    """A leading tag the document model leaves out because bold follows it without a space:
    ``[2023 MICCAI]**Title**`` (the ``**`` opens the title, it does not close the tag).
    Matched at ``text[start:end]``'s start, in place."""
    from .records import make_tag

    m = _LEADING.match(text, start, end)
    if m is None or (m.end() < end and text[m.end()] in "(["):
        return None
    outer, open_, inner, close = m.group(1), m.group(2), m.group(3), m.group(4)
    if bool(open_) != bool(close) or outer:
        return None  # an outer ** would have been matched by the document model
    if not any(c.isalpha() for c in inner) or inner.startswith("!"):
        return None
    return make_tag(text, inner, m.start(), m.end(), m.start(3), m.end(3), bool(open_), True)


def mention(text: str, registry: Registry, next_year: int, unknown: bool = False, month: bool = False) -> Parsed | None:
    """A venue tag written in an entry's text (``NeurIPS 2023``, ``CVPR, 2022``, ``2019 KDD``,
    ``EACL (Findings) 2023``): the whole text must be a known venue with a year, and whatever
    follows the year suffix words (``Demo``, ``(Oral)``), so a title or a sentence that merely
    begins with a venue is not one. With ``month``, a month after the year (``arXiv 2023.05``)
    is taken too."""
    if len(text) > 80 or "\n" in text:
        return None
    p = parse_tag(text, registry, next_year)
    if p is None or p.year is None or (p.month and not month):
        return None
    if p.match is None and not (unknown and _NAME.fullmatch(p.venue)):
        return None
    if (p.tail and not p.stray_quote and _split_suffix(p.tail, workshop_ok=False) is None
            and not _NAMED_WORKSHOP.fullmatch(p.tail)):
        return None
    return p


# a workshop held at the venue, named after the year: `ICCV 2019 YouTube8M workshop`
_NAMED_WORKSHOP = re.compile(r"\s+[A-Z][\w-]{1,20}\s+[Ww]orkshops?")


# an unknown name that may be a misspelt venue: one to four words of letters
_NAME = re.compile(r"[A-Za-z][A-Za-z&-]*(?: [A-Za-z][A-Za-z&-]*){0,3}")


def doubled_dropped(name: str, registry: Registry) -> Match | None:
    """The known venue whose acronym ``name`` writes with one of its doubled letters once
    (``TNLS`` for TNNLS, ``ICASP`` for ICASSP): the commonest slip in a long acronym, and one
    :func:`near_miss` leaves to short names' caution. Only an acronym of four capitals or more
    the registry does not know, and only when exactly one venue fits."""
    if not (4 <= len(name) <= 8 and name.isalpha() and name.isupper()) or norm(name) in registry.table:
        return None
    found = {}
    for i, c in enumerate(name):
        key = norm(name[:i + 1] + c + name[i + 1:])
        if key in registry.table:
            m = registry.lookup(registry.table[key][2])
            if m is not None:
                found[m.canonical] = m
    return next(iter(found.values())) if len(found) == 1 else None


def near_miss(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one letter added, dropped, changed or two neighbours swapped,
    or (names of five letters or more) ``b``'s letters shuffled: ``Narure``/``Nature``,
    ``NeruIPS``/``NeurIPS``, ``Avrxi``/``arXiv``. Names of five letters or fewer only by swapped
    letters (``ECAL``/``EACL``): ``ICDL`` is a venue of its own, not a misspelt ``ICML``.
    Compared as written (callers fold case)."""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb and la >= 5 and sorted(a) == sorted(b):
        return True
    if min(la, lb) <= 5 and (la != lb or sorted(a) != sorted(b)):
        return False  # a short name one letter from another is often another venue (ICDL, ICML)
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1:] == b[i + 1:] or swapped_neighbours(a, b)
    return a[i + 1:] == b[i:] if la > lb else a[i:] == b[i + 1:]


def swapped_neighbours(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with two neighbouring letters swapped (``ICJAI``/``IJCAI``)."""
    if len(a) != len(b) or a == b:
        return False
    i = 0
    while a[i] == b[i]:
        i += 1
    return a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1]


_MINOR_WORDS = {"of", "in", "the", "and", "for", "on", "&"}


def abbreviates(short: str, name: str) -> bool:
    """Whether ``short``, written in capitals, abbreviates ``name`` letter by letter: each word
    of the name (but ``of``, ``in``, ``the``, …) gives its first letter and maybe more of its
    letters in order (``NM``: Nature Methods, ``NBT``: Nature BioTechnology, ``GB``: Genome
    Biology). The name's own capitals written as one (``MedIA``) are not abbreviations of it."""
    if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
        return False
    words = [w.casefold() for w in name.split() if w.casefold() not in _MINOR_WORDS]
    letters = short.casefold()
    if len(words) < 2 or len(words) > len(letters):
        return False

    def fits(li: int, wi: int) -> bool:
        if wi == len(words):
            return li == len(letters)
        word = words[wi]
        if li >= len(letters) or letters[li] != word[0]:
            return False
        # this word gives letters[li:k]: its first letter, then any of its later letters in order
        k, pos = li + 1, 1
        while True:
            if fits(k, wi + 1):
                return True
            if k >= len(letters):
                return False
            pos = word.find(letters[k], pos)
            if pos < 0:
                return False
            k, pos = k + 1, pos + 1

    return fits(0, 0)
