"""What a source says about one paper, in one small shape every source fills (and the cache
stores as JSON), and why a look-up could not be answered."""

from __future__ import annotations

import re

import msgspec


class Paper(msgspec.Struct, omit_defaults=True):
    """A paper's record. ``found`` False: the source has no paper under that identifier."""

    key: str  # arxiv:ID, doi:DOI, s2:arxiv:ID (the published version), search:WORDS
    source: str
    found: bool = True
    title: str = ""
    year: int | None = None  # arXiv: first version; Crossref: issued; Semantic Scholar: its year
    venues: list[str] = []  # names the source gives the venue (journal, proceedings, acronyms)
    withdrawn: str = ""  # why the paper is withdrawn or retracted, in the source's words
    doi: str = ""
    arxiv: str = ""
    candidates: list[Paper] = []  # a title search: the records it found
    status: str = ""  # a submission not (yet) published, in the source's words (OpenReview)


class LookupFailed(Exception):
    """A source could not answer (time-out, refused, rate limited too long, malformed data).
    The message says which source and why, in a few words."""


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+")


def plain(text: str, limit: int = 500) -> str:
    """A source's text as one line of printable characters (no terminal escapes or direction
    overrides reach a report), at most ``limit`` characters."""
    return " ".join(_CONTROL.sub(" ", text).split())[:limit]


_ENCODER = msgspec.json.Encoder()
_DECODER = msgspec.json.Decoder(Paper)


def dumps(paper: Paper) -> str:
    return _ENCODER.encode(paper).decode()


def loads(text: str) -> Paper | None:
    try:
        return _DECODER.decode(text)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None  # a row from another version: asked again
