"""The month-and-year date an entry is listed under, for AL016's date order.

Paper lists often lead each entry with the month it appeared (`` `2023.01` Title``,
``[2023-01] Title``, ``Mar 2023: Title``) or give it in a Date cell (``04/2024``,
``2023-01``); a section then runs by that date, and within a month in any order. Such a date
is a sort key of its own, and the title behind it is no name the section is sorted by.
"""

from __future__ import annotations

import re

from ..document import Entry

_YEAR = r"(?:19[5-9]|20\d)\d"
_MONTH = r"0?[1-9]|1[0-2]"
_DAY = r"0?[1-9]|[12]\d|3[01]"
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: ``2023.01``, ``2023-01``, ``2023/01`` (a day may follow: ``2023.01.15``), ``01/2023``, and
#: ``Mar 2023``, ``March 2023``, ``Mar. 15, 2023``, and the day first: ``12 Feb 2020``, ``31th Oct., 2024``.
_DATE = (
    rf"(?P<y>{_YEAR})(?P<s>[./-])(?P<m>{_MONTH})(?:(?P=s)(?P<d>{_DAY}))?(?![\d./-]*\d)"
    rf"|(?P<m2>{_MONTH})\s*/\s*(?P<y2>{_YEAR})(?!\d)"
    rf"|(?P<mn>(?i:{'|'.join(_MONTH_NAMES)}))[a-z]*\.?\s+(?:(?P<d3>{_DAY}),?\s+)?(?P<y3>{_YEAR})(?!\d)"
    rf"|(?P<d4>{_DAY})(?:st|nd|rd|th)?\s+(?P<mn4>(?i:{'|'.join(_MONTH_NAMES)}))[a-z]*\.?,?\s+(?P<y4>{_YEAR})(?!\d)"
)
#: A date at the very start of an entry, bare or in a code span, brackets, parentheses or bold,
#: and then no more than a separator before the title.
_LEAD = re.compile(rf"\s*(?:\*\*|__|[`\[(])*\s*(?:{_DATE})\s*(?:\*\*|__|[`\])])*\s*[:|–—-]?\s*")
#: A date in a code span or brackets just after the entry's title (``[GenBank](…), `2023.07` …``).
_AFTER_TITLE = re.compile(rf"(?:\*\*|__)?(?:\]\([^()\s]*\))?(?:\*\*|__)?[\s,:;–—-]*(?:[`(]|\[\[?)\s*(?:arXiv\s+)?(?:{_DATE})\s*[`\])]")
#: A date in brackets, with the preprint server it names, closing a plain title before the
#: entry's links (``Title [2025-06-arXiv] [[📄 paper](…)]``): the title's words hold it.
_BEFORE_LINKS = re.compile(rf"[ \t]\[(?:{_DATE})(?:[- ]arXiv)?\](?=[ \t]*\[)")
#: A bare date right after the title's link, before the entry's other links or its end
#: (``* [Neural Episodic Control](NEC.md) 6 Mar 2017 [arxiv](…)``).
_AFTER_LINK = re.compile(rf"\]\([^()\s]*\)[ \t]+(?:{_DATE})(?=[ \t]*(?:\[|$))", re.M)
_CELL = re.compile(rf"\s*(?:\*\*|__|`)?\s*(?:{_DATE})\s*(?:\*\*|__|`)?\s*")
#: A numeric month date that closes an entry, after its links (``[[pdf](…)], 2021.7``): the last
#: thing on the item's last line, set off by a comma or a space from a link's bracket or a full stop.
_TRAILING = re.compile(rf"(?:[\])][ \t]*[,.]?|[.,])[ \t]*(?=\d{{4}}[./-]\d)(?:{_DATE})\.?[ \t]*$")
_CELL_YEAR = re.compile(rf"\s*(?:\*\*|__|`)?\s*{_YEAR}\s*(?:\*\*|__|`)?\s*")


def _key(m: re.Match) -> tuple[int, int]:
    if m.group("y"):
        return int(m.group("y")), int(m.group("m"))
    if m.group("y2"):
        return int(m.group("y2")), int(m.group("m2"))
    if m.group("y4"):
        return int(m.group("y4")), _MONTH_NAMES.index(m.group("mn4")[:3].lower()) + 1
    return int(m.group("y3")), _MONTH_NAMES.index(m.group("mn")[:3].lower()) + 1


def _day(m: re.Match) -> int:
    """The day of the month the date gives, 0 when it gives none."""
    d = m.group("d") or m.group("d3") or m.group("d4")
    return int(d) if d else 0


def lead_date(text: str) -> tuple[tuple[int, int], int] | None:
    """``((year, month), length)`` of a date that opens ``text`` (an item's own text), the
    length covering the date, its wrapping and the separator after it; None when the text does
    not open with one or nothing follows it."""
    m = _LEAD.match(text)
    if m is None or m.end() >= len(text.rstrip()):
        return None
    # the month must be a real one and the date must be set off: "2023.01Title" is no date
    prev = text[m.end() - 1]
    if prev.isalnum() and text[m.end()].isalnum():
        return None
    return _key(m), m.end()


def entry_date(e: Entry, day: bool = False) -> tuple[int, ...] | None:
    """(year, month) an entry is listed under: a row's cell that is only a date, a date that
    opens an item's text, or a date in a code span or brackets right after the item's title
    (or bare, after the title's link and before the entry's other links).
    ``day``: (year, month, day), the day 0 when the date gives none."""
    m = _match(e)
    if m is None:
        return None
    return (*_key(m), _day(m)) if day else _key(m)


def date_span(e: Entry) -> tuple[tuple[int, int, int], tuple[int, int]] | None:
    """((year, month, day), (start, end)) of the date :func:`entry_date` reads, the span in the
    document's text covering the date as written (its wrapping and separator left out); the
    day 0 when the date gives none."""
    m = _match(e)
    if m is None:
        return None
    base = 0
    if e.row is not None:
        cell = next(c for c in e.row.cells if _CELL.fullmatch(c.text))
        base = cell.start
    elif m.string is not e.doc_text:
        base = e.start  # matched on the item's own text
    groups = [g for g in ("y", "m2", "mn", "d4") if m.group(g) is not None]
    first = m.start(groups[0])
    if m.group("y"):
        last = m.end("d") if m.group("d") else m.end("m")
    elif m.group("y2"):
        last = m.end("y2")
    elif m.group("y4"):
        last = m.end("y4")
    else:
        last = m.end("y3")
    return (*_key(m), _day(m)), (base + first, base + last)


def _match(e: Entry) -> re.Match | None:
    if e.row is not None:
        for cell in e.row.cells:
            m = _CELL.fullmatch(cell.text)
            if m:
                return m
        return None
    m = _LEAD.match(e.text)
    if m is not None and lead_date(e.text):
        return m
    if e.title_end is not None and e.start <= e.title_end <= e.end:
        m = _AFTER_TITLE.match(e.doc_text, e.title_end, e.end) or _AFTER_LINK.match(e.doc_text, e.title_end, e.end)
        if m:
            return m
        m = _BEFORE_LINKS.search(e.doc_text, e.title_start or e.start, e.end)
        if m and m.end() <= e.title_end:
            return m
    return _trailing(e)


def _trailing(e: Entry) -> re.Match | None:
    """A date closing the item's last line, after the entry's links (an item whose title,
    authors and links stand in paragraphs of their own ends with its date)."""
    item = e.item
    if item is None or e.row is not None:
        return None
    doc = e.doc_text
    pos = doc.rfind("\n", 0, e.start) + 1  # the start of the entry's line
    starts = [pos]
    for _ in range(max(0, min(item.end_line, e.line + 40) - e.line)):  # an item of a few lines
        nl = doc.find("\n", pos)
        if nl < 0:
            break
        pos = nl + 1
        starts.append(pos)
    for start in reversed(starts):  # the last line that is not blank
        end = doc.find("\n", start)
        end = len(doc) if end < 0 else end
        if doc[start:end].strip():  # a line of the entry's links, closed by the date
            return _TRAILING.search(doc, start, end) if end > e.start and "](" in doc[start:end] else None
    return None


def date_column(e: Entry) -> int | None:
    """The index of the row's cell that is only a date (None: not a row, or no such cell)."""
    if e.row is None:
        return None
    return next((i for i, cell in enumerate(e.row.cells) if _CELL.fullmatch(cell.text)), None)


def year_only(e: Entry, column: int) -> bool:
    """Whether the row's cell ``column`` is a bare year (``2017`` in a Release Date column
    whose other rows give the month): a date without its month, no key of the date order."""
    return e.row is not None and column < len(e.row.cells) and bool(_CELL_YEAR.fullmatch(e.row.cells[column].text))


#: A date in brackets or parentheses inside a paragraph entry, below its title: the forms of
#: :data:`_DATE`, and the day first (``[31th Oct., 2024]``, ``(3 March 2023)``).
_PARA_DATE = re.compile(rf"[\[(]\s*(?:{_DATE})\s*[\])]")
_URL_PART = re.compile(r"\]\([^()\s]*\)")
_LONE_YEAR = re.compile(rf"(?<![\w./-])({_YEAR})(?![\w/-]|\.\d)")


def para_date(e: Entry) -> tuple[int, int, int] | None:
    """(year, month, day) of the first bracketed date after a paragraph entry's title (the day
    0 when it gives none), else None."""
    start = e.title_end if e.title_end is not None else e.start
    m = _PARA_DATE.search(_URL_PART.sub("]", e.doc_text[start:e.end]))
    if m is None:
        return None
    return (*_key(m), _day(m))


def para_year(e: Entry) -> int | None:
    """The first year written after a paragraph entry's title, outside link addresses
    (``[Title](…), Arxiv 2024``; ``[Sep., 2022]``), else None."""
    start = e.title_end if e.title_end is not None else e.start
    m = _LONE_YEAR.search(_URL_PART.sub("]", e.doc_text[start:e.end]))
    return int(m.group(1)) if m else None
