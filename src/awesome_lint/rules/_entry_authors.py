"""The first author's surname of a paper entry, for AL016's first-author order.

Paper lists often give the authors in emphasis after the title (``Title. _Yejin Bang et al._
arXiv 2023.``, ``*Colin Raffel, Noam Shazeer.* JMLR``), and some keep a section in the order of
the first author's surname. An emphasised span counts as authors only when it reads as a list
of people: ``et al.`` in or just after it, or names separated by commas or "and", each name one
to five capitalised words (initials allowed); an italic title (``_Deep Residual Learning_``) is
none.
"""

from __future__ import annotations

import re

from ..document import Entry
from ..textutil import strip_accents

_SPAN = re.compile(r"(?<![\w*_\\])([*_])(?![\s*_])([^*_\n]{2,400}?)(?<![\s\\])\1(?![\w*_])")
_ET_AL = re.compile(r"\s*,?\s*et\.?\s+al\b\.?", re.I)
_AFTER = re.compile(r"\s*,?\s*et\.?\s+al\b", re.I)
_SEP = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
#: One word of a person's name: capitalised (``Liévin``, ``O'Neil``, ``Jean-Baptiste``) or an
#: initial (``C.``), or a lower-case particle (``van``, ``de``).
_WORD = re.compile(r"(?:[A-Z\u00C0-\u00DE][\w'’\-]*\.?|[A-Z]\.(?:-?[A-Z]\.)*|van|von|de|der|den|del|da|di|le|la|du)$")


def _names(text: str) -> list[list[str]] | None:
    parts = [p.strip().rstrip(".").strip() for p in _SEP.split(text.strip().rstrip("."))]
    parts = [p for p in parts if p]
    if not parts:
        return None
    out = []
    for p in parts:
        words = p.split()
        if not 1 <= len(words) <= 5 or not all(_WORD.match(w) for w in words) or not words[-1][:1].isupper():
            return None
        out.append(words)
    return out


def first_author(e: Entry) -> str | None:
    """The surname of the entry's first author as written (``Bang``), or None when the entry
    names no authors in the way described above."""
    text = e.text
    for m in _SPAN.finditer(text):
        inner = m.group(2)
        et_al = _ET_AL.search(inner)
        if et_al:
            inner = inner[: et_al.start()]
        listed = bool(et_al) or bool(_AFTER.match(text, m.end())) or bool(re.search(r",|\band\b|&", inner))
        if not listed:
            continue
        names = _names(inner)
        if names is None:
            continue
        surname = names[0][-1].rstrip(".")
        if len(surname) < 2 or surname.endswith("."):
            continue
        return surname
    return None


def author_key(surname: str) -> str:
    """How surnames are compared: without case or accents (``Liévin`` as ``lievin``)."""
    return strip_accents(surname.casefold())
