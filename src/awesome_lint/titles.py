"""Paper titles as AL003 (duplicate-entry) compares them: the title a reader sees, its key
(case, accents, spaces and punctuation ignored) and its words (for fuzzy matching), and whether
it is long enough to name one paper rather than a tool."""

from __future__ import annotations

import re

from .document import Document, Entry, plain_text
from .textutil import fold

MIN_TITLE = 4  # a title key (letters and digits) shorter than this identifies nothing
PAPER_MIN_LEN = 20  # ... and one shorter than this (or of fewer than 4 words) is a name
#: Keys of titles that name no resource ("paper", "link", "coming soon").
GENERIC_TITLES = frozenset({"paper", "code", "link", "pdf", "github", "website", "homepage", "project",
                            "demo", "blog", "video", "slides", "dataset", "data", "model", "arxiv", "here",
                            "official", "docs", "documentation", "link1", "link2", "tbd", "todo", "na", "none",
                            "coming soon", "comingsoon", "null", "survey"})


def title_key(title: str) -> str:
    """Unicode-normalised, case-, accent-, space- and punctuation-insensitive form of a title.
    ``+`` and ``#`` are kept: ``U-Net++`` is not ``U-Net``, ``C#`` is not ``C``."""
    return key_of(fold(title))


def key_of(folded: str) -> str:
    """The key of an already folded title: ``NOT_KEY.sub("", folded)`` with a C-speed
    translation table."""
    return folded.translate(_NOT_KEY_TABLE)


def words_of(folded: str) -> str:
    """The words of an already folded title: ``NOT_WORD.sub(" ", folded).strip()``; what is not
    kept becomes a space, and runs of spaces one (no kept character is white space)."""
    return " ".join(folded.translate(_NOT_WORD_TABLE).split())


class _KeepTable(dict):
    """``str.translate`` table keeping the characters of ``[\\w+#]`` but ``_`` (``\\w`` is
    ``isalnum()`` or ``_``) and mapping the rest to ``drop``, filled in as characters are seen."""

    def __init__(self, drop: str | None):
        super().__init__()
        self.drop = drop

    def __missing__(self, code: int):
        ch = chr(code)
        value = code if ch.isalnum() or ch in "+#" else self.drop
        self[code] = value
        return value


_NOT_KEY_TABLE = _KeepTable(None)
_NOT_WORD_TABLE = _KeepTable(" ")
#: What :func:`key_of` and :func:`words_of` drop, as regular expressions (their definition; the
#: translation tables are the fast form, tested equal).
NOT_KEY = re.compile(r"[^\w+#]|_", re.UNICODE)
NOT_WORD = re.compile(r"(?:[^\w+#]|_)+", re.UNICODE)
_ALPHA2 = re.compile(r"[^\W\d_]{2}|[^\W\d_]\w*[^\W\d_]", re.UNICODE)

# An image's text holds no bracket, its address no '[', a tag no '<': a match ends before the
# next opener, so a title of 50,000 '<' or '![' is one pass (as mdtext.plain_text's pattern).
_IMAGE = re.compile(r"!\[[^\[\]]*\]\([^)\[]*\)|!\[[^\[\]]*\]\[[^\[\]]*\]|<[^<>]*>")
_EDGE_JUNK = re.compile(r"^[\s:：\-–—|,.;*_]+|[\s:：\-–—|,.;*_]+$")


def clean_title(doc: Document, e: Entry) -> str:
    """The entry's title as a reader sees it: images (badges), HTML tags, emphasis markers and
    edge punctuation removed."""
    if e.title_start is None or e.title_end is None:
        return ""
    t = doc.text[e.title_start:e.title_end]
    if _MARKUP.search(t):
        t = plain_text(_IMAGE.sub(" ", t))
        t = _EMPHASIS.sub("", t)
        if "[" in t:
            t = drop_bracket_tail(t)  # "PromptBench [paper] [GitHub]"
    t = t.strip()
    if t[:1].isdigit() or t[:1] == "(":
        t = _NUMBERING.sub("", t)  # "4) MusicGen - …"
    if t[:1] in _QUOTES:
        m = _QUOTED.match(t)
        if m:  # '"Multimodal Learning with Transformers: A Survey", arXiv, 2022'
            t = m.group(1)
    return " ".join(t.strip(_EDGE_CHARS).split())


_MARKUP = re.compile(r"[!<\[\]*_`~\\]")
_EMPHASIS = re.compile(r"[*_`~]+")
_QUOTES = "\"“”"
_EDGE_CHARS = " \t\n:：-–—|,.;*_"


_NUMBERING = re.compile(r"^\(?\d{1,4}[.)]\s+")
_QUOTED = re.compile(r"^[\"“”](.{8,}?)[\"“”]")
_HEAD = re.compile(r"\s+[-–—|]\s+|:\s+|：")


def drop_bracket_tail(t: str) -> str:
    """``t`` without the bracketed groups that end it and the space before them
    (``PromptBench [paper] [GitHub]`` -> ``PromptBench``), what
    ``re.sub(r"\\s*\\[[^\\]]*\\](?:\\s*\\[[^\\]]*\\])*\\s*$", "", t)`` leaves, read from the
    end in one pass: that regex tried every '[' afresh, quadratic on ``[a]`` repeated."""
    end = _skip_space_back(t, len(t))
    start = None
    while end > 0 and t[end - 1] == "]":
        close = end - 1
        opening = t.find("[", t.rfind("]", 0, close) + 1, close)  # the group's leftmost '['
        if opening < 0:
            break
        start = opening
        end = _skip_space_back(t, opening)
    return t if start is None else t[:_skip_space_back(t, start)]


def _skip_space_back(t: str, i: int) -> int:
    while i > 0 and t[i - 1].isspace():
        i -= 1
    return i


def head_key(title: str) -> str:
    """The key of a title's head, the name before ``:`` or `` - `` ("MusicGen - a simple …")."""
    parts = _HEAD.split(title, maxsplit=1)
    return title_key(parts[0]) if len(parts) > 1 else ""


def usable(tkey: str) -> bool:
    """A title key that can identify something: not too short, not generic, not a number or a
    date."""
    return len(tkey) >= MIN_TITLE and tkey not in GENERIC_TITLES and not tkey.isdigit()


def paper_like(words: str) -> bool:
    """A title long enough to name one paper (not a tool's or a model's short name, which
    different projects share: ``errors``, ``config``, ``LISA``)."""
    if len(words) < PAPER_MIN_LEN:
        return False
    n = 0
    for w in words.split():
        if _ALPHA2.search(w):
            n += 1
            if n >= 4:
                return True
    return False


def title_words(title: str) -> str:
    """Like :func:`title_key` but keeps word boundaries (for fuzzy matching)."""
    return words_of(fold(title))


def label_title(label: str) -> str:
    """A link's label read as a title (``| ✅ | [AlexNet](url) |``): markup and edge
    punctuation removed."""
    return " ".join(_EDGE_JUNK.sub("", _EMPHASIS.sub("", plain_text(label))).split())
