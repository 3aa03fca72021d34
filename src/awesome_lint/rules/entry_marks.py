"""How AL015 reads the small marks of an entry that its fields share across a list: the emphasis
of a venue/date tag, the punctuation after the bold title and the italic authors, a double
period, a misspelt "et al", a stray final ";". Pure string work on the entry's text with its links
and code spans blanked out (a URL's ".." or a label's year says nothing of the prose); the vote
that decides whether a mark is the list's style stays in the rule."""

from __future__ import annotations

import re


# a year: four digits from 1950 to 2039, or two after an apostrophe (ICML'24)
YEAR = re.compile(r"(?<![\w.])(?:19[5-9]\d|20[0-3]\d)(?![\w])|(?<=[A-Za-z]['’])\d\d(?![\w])")

# an emphasis run on one line: bold (** or __) or italic (* or _), not within a word
BOLD_RUN = re.compile(r"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1")
ITALIC_RUN = re.compile(r"(?<![*\w])([*_])(?=[^\s*_])([^*_\n]+?)(?<=[^\s*_])\1(?![*\w])")

# what bounds a tag written without emphasis: brackets, quotes, commas, a sentence's full stop
_PLAIN_BOUND = re.compile(r"[()\[\]\"“”;,|*_\x1a]|\.(?=\s|$)")

# the longest a venue/date tag runs ("arXiv, June 2025", "NeurIPS'24", "Humanoids, Nov. 2024");
# a year in a longer stretch is in a sentence or a title, not a tag
TAG_MAX = 40

# after a letter, a closing bracket, quote or emphasis, or a link (blanked): not after a digit
# ("1..10"), white space or a glyph ("sparklines ▁▂▃▅▂▇..")
DOUBLE_PERIOD = re.compile(r"(?:(?<=[^\W\d_])|(?<=[)*_\"'”’\x1a]))\.\.(?![.\w/])")

# "et al" written wrong: "et ak", "etal", "et a;", "Ke L at al,", "et all.", "eet al." (the list's own
# "et al" is the vote's other side)
ET_AL = re.compile(r"\bet\.?[ \t]+al\b|\bet[ \t]+(?:ak|a[;,:]|el\.|all(?=[.,]))(?!\w)|\betal\b"
                   r"|(?<=[A-Z] )at[ \t]+al(?=[.,])|\beet[ \t]+al\b", re.IGNORECASE)

# "et al" as written right but for its full stop, which may follow
ET_AL_PLAIN = re.compile(r"\bet[ \t]+al\b")

# an affiliation digit or a footnote star glued to the name before "et al" ("Ruifeng Yuan1 et al")
FOOTNOTE = re.compile(r"\b[A-Z][a-z]+(?:\d|(\*))[ \t]+et[ \t.]+al\b")


BLANK = "\x1a"


def blank(text: str, base: int, spans) -> str:
    """``text`` (found at offset ``base``) with each absolute span in ``spans`` replaced by
    ``BLANK`` characters, so that offsets still line up and a link still stands between its
    neighbours (neither white space nor a word)."""
    end = base + len(text)
    parts, at = [], 0
    for s, t in sorted(spans):
        s, t = max(s, base) - base, min(t, end) - base
        if t <= at:
            continue
        s = max(s, at)
        parts.append(text[at:s])
        parts.append(re.sub(r"[^\n]", BLANK, text[s:t]))
        at = t
    if not parts:
        return text
    parts.append(text[at:])
    return "".join(parts)


def tag_emphasis(prose: str) -> tuple[str, tuple[int, int]] | None:
    """How the entry's venue/date tag is emphasised: "bold", "italic" or "plain", and the tag's
    span (relative to ``prose``); None when no short stretch with a year reads as a tag. An
    emphasised year counts only in a run of at most ``TAG_MAX`` characters (a whole italic
    author line is no tag); so does a plain one, between commas, brackets, quotes or full stops."""
    years = [m for m in YEAR.finditer(prose)]
    if not years:
        return None
    runs = [("bold", m) for m in BOLD_RUN.finditer(prose)] + [("italic", m) for m in ITALIC_RUN.finditer(prose)]
    plain = None
    for y in years:
        inside = [(kind, m) for kind, m in runs if m.start() < y.start() and y.end() <= m.end()]
        if inside:
            kind, m = min(inside, key=lambda r: r[1].end() - r[1].start())
            if m.end() - m.start() - 2 * len(m.group(1)) <= TAG_MAX:
                return kind, (m.start(), m.end())
            continue
        if plain is None:
            left = max((b.end() for b in _PLAIN_BOUND.finditer(prose, 0, y.start())), default=0)
            right = _PLAIN_BOUND.search(prose, y.end())
            right = right.start() if right else len(prose)
            seg = prose[left:right]
            if seg.strip() and len(seg.strip()) <= TAG_MAX:
                lead = len(seg) - len(seg.lstrip())
                plain = (left + lead, left + len(seg.rstrip()))
    return ("plain", plain) if plain is not None else None


def unquoted(inner: str) -> str:
    """A bold run's text without the quotes that wrap it (``**"A title."**``): the title's own
    end, stop or question mark, is inside them."""
    if len(inner) > 2 and inner[0] in "\"“" and inner[-1] in "\"”":
        return inner[1:-1].rstrip()
    return inner


def _open_quote(inner: str) -> bool:
    """A bold run that opens a quoted title and does not close it (``**"A Survey** (Sec. 6)."``):
    the title goes on past the emphasis, which is no field."""
    return inner[:1] in "\"“" and (inner.count('"') % 2 == 1 if inner[0] == '"' else "”" not in inner)


def field_mark(prose: str, run: re.Match) -> str | None:
    """The punctuation that closes an emphasis run as a field (``**Title;**``, ``**Title**.``,
    ``*Authors*,``): ";", ".", ",", ":" or "" for none; None when nothing follows the run on its
    line (no next field to separate) or a link follows at once."""
    inner = unquoted(run.group(2).rstrip())
    after = prose[run.end() : run.end() + 2]
    if not after.strip() or after[:1] == "\n" or _open_quote(inner):
        return None
    if re.match(r"[ \t]+et[ \t.]+al\b", prose[run.end() :]):
        return None  # "*First Author* et al.": the field goes on past the emphasis
    if after[:1] in " \t" and after[1:2] in ";.,:":
        return after[1]  # "**Title** . *Authors*": the mark, a space early
    if after[:1] in ";.,:":
        return after[:1]
    if inner[-1:] in ";,:":
        return inner[-1]
    if inner[-1:] in ".?!":
        return None  # "**A title.**": the title's own sentence end, no field mark either way
    if inner[:1] == "[" and inner[-1:] == "]":
        return None  # "**[Name]** ...": a bracketed name, a layout of its own
    if after[:1] not in " \t":
        return None  # "**Title**[paper]", "**Title**(2020)": some other layout
    if prose[run.end() :].lstrip(" \t")[:1] in (BLANK, ""):
        return None  # "**Name** [model](u)": a name with links and no next field
    return ""


def inner_stop(prose: str, run: re.Match) -> bool:
    """A bold title that closes with its own full stop inside the emphasis (``**A title.**
    *Authors*``), with a next field after it on the line: in a list that writes its titles so,
    that stop is the field mark, and a title without it (``**A title** *Authors*``) is a slip.
    A stop that ends an abbreviation (``et al.``, an initial ``J.``) or an ellipsis is none."""
    inner = unquoted(run.group(2).rstrip())
    if not inner.endswith(".") or re.search(r"(?:\bal|\.\.|\b[A-Za-z])\.$", inner):
        return False
    rest = prose[run.end() :]
    return rest[:1] in (" ", "\t") and rest.lstrip(" \t")[:1] not in (BLANK, "", "\n")


_PARTICLES = frozenset("and & et al al. de da del der di du la le van von y".split())


def looks_like_authors(run: str) -> bool:
    """An italic run that reads as the authors: "et al", or names (every word capitalised but
    the particles) with a comma between them or at most three words ("Joost de Winter"); no
    digits. A title in italics ("Attention Is All You Need") has more words and no comma."""
    if re.search(r"\bet[ \t.]+al\b", run):
        return True
    if any(c.isdigit() for c in run):
        return False
    words = run.replace(",", " ").split()
    if not words or len(words) > 60:
        return False
    if not all(w in _PARTICLES or w[:1].isupper() for w in words):
        return False
    return "," in run or len(words) <= 3


def title_end_mark(prose: str) -> tuple[str, bool, tuple[int, int]] | None:
    """The punctuation between a plain title and the italic authors that follow it (``Title.
    _Authors et al._``): ".", ",", ";", ":" or "" for none, whether the title ends with "?" or "!"
    (its own mark), and the span from the title's last character to the end of the authors; None
    when no italic author run follows at least ten letters of plain text (a linked or bold
    title, an entry without authors)."""
    m = ITALIC_RUN.search(prose)
    if not m or not looks_like_authors(m.group(2)):
        return None
    before = prose[: m.start()].rstrip(" \t")
    if sum(c.isalpha() for c in before) < 10 or BLANK in before[-12:] or "*" in before or "_" in before:
        return None
    c = before[-1]
    span = (len(before) - 1, m.end())
    if c in ".,;:":
        return c, False, span
    if c in "?!":
        return "", True, span
    if c.isalnum():
        return "", False, span
    return None


# a day written as an ordinal before a month's name: "23rd Mar.", "7th Aug", "07th May"
ORDINAL_DAY = re.compile(r"(?<![\w.])(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)(?=[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)")

# a day number before a month's name and a year ("06 Jun 2022", "6 June, 2022")
PLAIN_DAY = re.compile(r"(?<![\w.:/#-])(0?[1-9]|[12]\d|3[01])(?=[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                       r"[a-z]*\.?,?[ \t]+(?:19|20)\d\d\b)")


def ordinal_suffix(day: int) -> str:
    """The English ordinal suffix of a day of the month: 1st, 2nd, 3rd, 4th, 11th-13th, 21st."""
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”")


# a month's date: 2021.06, 2025-01, 2022/09, with a day maybe (2023.05.17); not an arXiv number
# (2304.06364) nor a version
DATE = re.compile(r"(?<![\w.])(?:19|20)\d\d([.\-/])(?:0[1-9]|1[0-2])(?:\1\d\d)?(?![\w]|\.\d|\1\d)")


def date_form(text: str) -> tuple[str, tuple[int, int]] | None:
    """The form of the entry's first month date (``YYYY.MM``, ``YYYY-MM-DD``) and its span;
    whether it is in a code span is for the caller, who knows the spans."""
    m = DATE.search(text)
    if not m:
        return None
    sep = m.group(1)
    form = "YYYY" + sep + "MM" + (sep + "DD" if len(m.group()) > 7 else "")
    return form, (m.start(), m.end())


def double_period(prose: str) -> tuple[int, int] | None:
    """A double period outside a bold run or quotes (a title as its authors wrote it: "Yes but..
    Can ChatGPT ...")."""
    for m in DOUBLE_PERIOD.finditer(prose):
        if not any(r.start() < m.start() < r.end() for r in (*BOLD_RUN.finditer(prose), *QUOTED.finditer(prose))):
            return m.start(), m.end()
    return None


def et_al_stop(prose: str) -> tuple[bool, tuple[int, int]] | None:
    """Whether the entry's first well-spelt "et al" ends with its full stop ("et al." or "et
    al,"), with the span of "et al"; None when it has none, or one this cannot judge (a word
    glued after it, "et al.arXiv": AL015 reports that on its own)."""
    m = ET_AL_PLAIN.search(prose)
    if m is None:
        return None
    nxt = prose[m.end() : m.end() + 1]
    if nxt == ".":
        return True, (m.start(), m.end())
    if nxt in ("", ",", ";", ":", ")", " ", "\t", "\n"):
        return False, (m.start(), m.end())
    return None


def authors_mark(prose: str) -> tuple[str, tuple[int, int]] | None:
    """"ok" where the entry writes "et al" right, "misspelt", "footnote" or "glued" (no space
    between "et al." and the next word) with the span where it does not; None when it has no
    "et al" of either kind."""
    m = FOOTNOTE.search(prose)
    if m and not (m.group(1) and prose.count("*", 0, m.start(1)) % 2):  # "*Linting Xue* et al": emphasis
        return "footnote", (m.start(), m.end())
    for m in ET_AL.finditer(prose):
        low = m.group().casefold()
        if re.fullmatch(r"et[ \t]+al", low):  # not "et. al": "et" is a whole word
            if re.match(r"\.[^\W\d_]", prose[m.end() : m.end() + 2]):
                return "glued", (m.start(), m.end() + 1)  # "Chen et al.arXiv": the space is lost
            return "ok", (m.start(), m.end())
        return "misspelt", (m.start(), m.end())
    return None
