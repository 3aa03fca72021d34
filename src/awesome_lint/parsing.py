"""Block parsing: markdown-it-py's block tokens of a text, parsed in chunks, re-parsed in part.

markdown-it-py's tokens cost ~10x the text, so a large text is parsed in chunks cut at top-level
ATX headings and the blocks of each are given out before the next is parsed. The chunks of the
latest fix pass are kept in a :class:`ParseCache`, so an edited copy of that text (a rule
checking its fix parses the fixed text) is parsed only from the heading before the first change
to the heading after the last. The inline rule is off: :mod:`awesome_lint.inline` scans inline
content, with source offsets, at a fifth of the cost.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import msgspec

from .mdtext import LONE_CR, blank_front_matter

#: Texts shorter than this are always parsed whole (fast anyway).
INCREMENTAL_MIN = 64 * 1024
#: A large text is parsed in chunks of about this many characters (each ends at a top-level heading).
CHUNK = 32 * 1024
#: Set to check every incremental parse against a full one (tests).
CHECK_INCREMENTAL = False


@functools.cache
def block_parser():
    """The process's markdown-it-py parser as the model uses it: CommonMark with GFM tables and
    strikethrough, HTML on, the inline rule off. Made on first call (importing markdown-it-py),
    then shared: rules that compare block structure use it too, and the engine calls it before
    forking workers so the import happens once."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    md.disable(["inline", "text_join"])  # inline content is scanned by awesome_lint.inline
    md.options["maxNesting"] = 100  # deeper content is left unparsed (no recursion error)
    return md


@functools.cache
def _inline_parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["strikethrough"])


def inline_tokens(text: str) -> list:
    """The inline tokens markdown-it makes of one line of text: for the few checks that ask how
    a span renders (the model reads inline content with :mod:`awesome_lint.inline`)."""
    tokens = _inline_parser().parseInline(text)
    return tokens[0].children or [] if tokens else []


class Block:
    """The fields of a markdown-it block token that the model reads (a token costs more).

    ``map`` (first line, end line), 0-based, or None, is stored as its first line and its
    length (a small number Python does not allocate): ``--fix`` keeps the blocks of the whole
    file between passes, and a tuple of two new integers per block was half their memory."""

    __slots__ = ("type", "line", "span", "tag", "markup", "info", "content", "level")

    def __init__(self, type, line, span, tag, markup, info, content, level):
        self.type = type
        self.line = line  # -1: no map
        self.span = span
        self.tag = tag
        self.markup = markup
        self.info = info
        self.content = content
        self.level = level

    @property
    def map(self) -> tuple[int, int] | None:
        line = self.line
        return None if line < 0 else (line, line + self.span)


def to_blocks(tokens, shift: int = 0) -> list[Block]:
    """markdown-it tokens as :class:`Block`\\ s, their lines moved by ``shift``."""
    out = []
    heading = False
    for tok in tokens:
        m = tok.map
        t = tok.type
        out.append(Block(t, m[0] + shift if m else -1, m[1] - m[0] if m else 0, tok.tag, tok.markup, tok.info,
                         tok.content if heading and t == "inline" else "", tok.level))
        heading = t == "heading_open"
    return out


def shifted(blocks: list[Block], delta: int) -> list[Block]:
    """``blocks`` moved by ``delta`` lines (new blocks; the same list when ``delta`` is 0)."""
    if not delta:
        return blocks
    return [Block(b.type, b.line + delta if b.line >= 0 else -1, b.span, b.tag, b.markup, b.info,
                  b.content, b.level) for b in blocks]


def _is_boundary(b: Block) -> bool:
    """A top-level ATX heading: every block before it is closed, and parsing can start afresh on
    its line (a setext heading's underline could not)."""
    return b.type == "heading_open" and b.level == 0 and b.markup.startswith("#")


def _ends_at_boundary(blocks: list[Block], line: int) -> bool:
    """The last three blocks are a top-level ATX heading on ``line``: the parse was cut there."""
    return (len(blocks) >= 3 and _is_boundary(blocks[-3]) and blocks[-3].line == line
            and blocks[-2].type == "inline" and blocks[-1].type == "heading_close")


class ParseUnit(msgspec.Struct, eq=False, gc=False):
    """A piece of a parsed text, from a top-level ATX heading (or the start) to the next.

    It covers lines ``[line, end_line)`` (0-based) from offset ``start``; ``key_end`` is the
    offset just past the line after it (the next unit's heading, which closed it), or the end of
    the text for the last unit. Parsing the unit's text through ``key_end`` from a fresh state
    gives the same blocks, so a unit whose text through ``key_end`` is unchanged in an edited
    copy is reused (lines shifted) rather than parsed again. ``refs`` are the link reference
    definitions it holds (markdown-it's ``env["references"]``, lines made absolute)."""

    line: int
    end_line: int
    start: int
    key_end: int
    blocks: list[Block]
    refs: dict


class ParseCache:
    """The units of the latest fully parsed large text (only it: the next fix pass re-parses
    from it), so that edited copies of it are parsed only around their changes.

    The engine's fix passes parse with ``remember`` and so replace it; a fix's check parses the
    text alone (:func:`awesome_lint.document.parse_text`, no ``remember``) and only reads it, so
    checks stay compared with the text of their pass. The process shares :data:`SHARED`, which
    the parsing functions use unless given another (tests give their own)."""

    __slots__ = ("text", "units", "scans", "chunk")

    def __init__(self) -> None:
        self.text: str | None = None
        self.units: list[ParseUnit] = []
        # the inline scans of the latest document (an :class:`awesome_lint.inline.ScanMemo`),
        # reused by the next one: only where an owner keeps editing one text (the server)
        self.scans = None
        # the size a full parse aims its chunks at: an edit re-parses about one chunk, so an
        # editor's cache asks for smaller ones than a fix pass (which re-parses a few at most)
        self.chunk: int | None = None  # None: CHUNK

    def clear(self) -> None:
        self.text, self.units = None, []

    def keep(self, text: str, units: list[ParseUnit]) -> None:
        if self.text is not text:
            self.text, self.units = text, units

    def incremental(self, text: str) -> tuple[list[ParseUnit], list[int]] | None:
        """The units of ``text`` from the kept text it is an edited copy of, and the number of
        lines each unit's blocks must still be moved by: the units before and after the change
        reused, the part between re-parsed as one unit; None when nothing is kept or more than
        half changed. The blocks after the change are not moved here: a fix's check reads them
        once, and moving the blocks of a 50 MB list made a million new ones per check."""
        old_text, units = self.text, self.units
        if old_text is None:
            return None
        if old_text is text or old_text == text:
            return units, [0] * len(units)
        p = _common_prefix(old_text, text)
        q = _common_suffix(old_text, text, min(len(old_text), len(text)) - p)
        n_old = len(old_text)
        head = 0  # units before the change (never the last: it ran to the end of the old text)
        while head < len(units) - 1 and units[head].key_end <= p:
            head += 1
        tail = len(units)
        while tail > head and units[tail - 1].start >= n_old - q:
            tail -= 1
        if units[tail - 1].key_end - units[head].start > n_old // 2:
            return None  # more than half changed: a full parse, remembered for the next edits
        start_line, start = units[head].line, units[head].start
        delta = len(text) - n_old
        line_delta = text.count("\n", p, len(text) - q) - old_text.count("\n", p, n_old - q)
        parse = block_parser().parse
        for _attempt in range(3):
            if tail < len(units):
                first_line = units[tail].line + line_delta
                look_end = text.find("\n", units[tail].start + delta)
                stop = len(text) if look_end < 0 else look_end + 1
            else:
                stop = len(text)
            env: dict = {}
            mid = to_blocks(parse(text[start:stop], env), start_line)
            if tail == len(units):
                break
            if _ends_at_boundary(mid, first_line):
                del mid[-3:]
                break
            tail += 1  # the heading after the change is no longer one: parse the next unit too
        else:
            return None
        refs = _shift_refs(env.get("references", {}), start_line)
        out = units[:head]
        if tail < len(units):
            out.append(ParseUnit(start_line, first_line, start, stop, mid, refs))
        else:
            out.append(ParseUnit(start_line, start_line + text.count("\n", start) + 1, start, len(text), mid, refs))
        for u in units[tail:]:
            out.append(ParseUnit(u.line + line_delta, u.end_line + line_delta, u.start + delta, u.key_end + delta,
                                 u.blocks, _shift_refs(u.refs, line_delta)))
        return out, [0] * (len(out) - len(units) + tail) + [line_delta] * (len(units) - tail)


#: The process's parse cache (see :class:`ParseCache`).
SHARED = ParseCache()


def _common_prefix(a: str, b: str) -> int:
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:  # largest k with a[:k] == b[:k], by halving: C-speed comparisons
        mid = (lo + hi + 1) // 2
        if b.startswith(a[lo:mid], lo):
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str, limit: int) -> int:
    lo, hi = 0, limit
    na, nb = len(a), len(b)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[na - mid : na - lo] == b[nb - mid : nb - lo]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def block_tokens(text: str, remember: bool = True, cache: ParseCache | None = None) -> tuple[list[Block], dict]:
    """markdown-it's block tokens of ``text`` (as :class:`Block`) and its link reference
    definitions (see :func:`iter_blocks`)."""
    references: dict = {}
    blocks = list(iter_blocks(text, references, remember, cache))
    return blocks, references


def iter_blocks(text: str, references: dict, remember: bool = True,
                cache: ParseCache | None = None) -> Iterator[Block]:
    """markdown-it's block tokens of ``text`` (as :class:`Block`), in order; its link reference
    definitions are added to ``references`` by the end. A large text is parsed in chunks cut at
    top-level ATX headings, and the blocks of each are given out before the next is parsed, so
    neither markdown-it's tokens (~10x the text) nor the blocks of the whole text exist at once.
    With ``remember`` the chunks are kept in ``cache`` (:data:`SHARED` by default), and an edited
    copy of that text is parsed only from the top-level heading before the first change to the
    one after the last: the rest is reused."""
    plain_lines = "\r" not in text or not LONE_CR.search(text)  # lines end at "\n" only
    if len(text) < INCREMENTAL_MIN or not plain_lines:
        env: dict = {}
        yield from to_blocks(block_parser().parse(text, env))
        references.update(env.get("references", {}))
        return
    if cache is None:
        cache = SHARED
    got = cache.incremental(text)
    if got is not None:
        units, shifts = got
        if remember or CHECK_INCREMENTAL:  # kept for the next edit: every unit's lines made right
            units = [u if not d else ParseUnit(u.line, u.end_line, u.start, u.key_end, shifted(u.blocks, d), u.refs)
                     for u, d in zip(units, shifts)]
            shifts = [0] * len(units)
        if CHECK_INCREMENTAL:
            blocks = [b for u in units for b in u.blocks]
            full = to_blocks(block_parser().parse(text, {}))
            assert [(b.type, b.map, b.tag, b.markup, b.info, b.content, b.level) for b in blocks] == \
                   [(b.type, b.map, b.tag, b.markup, b.info, b.content, b.level) for b in full]
        merge_references(references, units)
        if remember:
            cache.keep(text, units)
        for u, d in zip(units, shifts):  # else a unit's blocks are moved only as they are given out
            yield from shifted(u.blocks, d)
        return
    units = []
    for unit in chunks(text, cache.chunk or CHUNK):
        if remember:
            units.append(unit)
        yield from unit.blocks
        merge_references(references, [unit])
    if remember:
        cache.keep(text, units)


def text_blocks(text: str) -> Iterator[Block]:
    """The blocks of a whole document's text as :class:`~awesome_lint.document.Document` reads
    them (front matter parsed as blank lines), without building the model: a fix's check that
    needs only where blocks lie costs a re-parse of the edited part, not a model of the file."""
    return iter_blocks(blank_front_matter(text)[0], {}, remember=False)


def merge_references(references: dict, units: list[ParseUnit]) -> None:
    """Add the units' reference definitions to ``references``: the first definition of a label
    wins, as in a whole parse."""
    for u in units:
        for label, ref in u.refs.items():
            references.setdefault(label, ref)


_ATX_LINE = re.compile(r"^#{1,6}(?=[ \t\n]|$)", re.M)


def chunks(text: str, size: int | None = None) -> Iterator[ParseUnit]:
    """Parse ``text`` chunk by chunk. A chunk starts at a top-level ATX heading (or the start)
    and is parsed from a fresh state through the next candidate heading's line; when that line
    came out as a top-level heading, every block before it was closed, so the chunk's blocks are
    the ones a whole parse gives, and the next chunk starts there. When it did not (the line was
    inside a fence, an HTML block, ...), the chunk is parsed again through a later candidate,
    twice as far each time. A reference definition is a block of its own whatever else the text
    defines, so chunks find the same ones."""
    n = len(text)
    cands = [m.start() for m in _ATX_LINE.finditer(text) if m.start() > 0]
    parse = block_parser().parse
    start, line = 0, 0
    k = 0  # next candidate index
    while start < n:
        want = size or CHUNK
        while True:
            while k < len(cands) and cands[k] - start < want:
                k += 1
            cut = cands[k] if k < len(cands) else n
            if cut >= n:
                env: dict = {}
                blocks = to_blocks(parse(text[start:], env), line)
                end_line, key_end = line + text.count("\n", start) + 1, n
                next_line = None
                break
            eol = text.find("\n", cut)
            stop = n if eol < 0 else eol + 1
            cut_line = line + text.count("\n", start, cut)
            env = {}
            blocks = to_blocks(parse(text[start:stop], env), line)
            if _ends_at_boundary(blocks, cut_line):
                del blocks[-3:]
                end_line, key_end, next_line = cut_line, stop, cut_line
                break
            want = max(2 * want, cut - start + 1)  # the candidate was no boundary: reach further
        yield ParseUnit(line, end_line, start, key_end, blocks, _shift_refs(env.get("references", {}), line))
        if next_line is None:
            break
        start, line = cut, next_line


def _shift_refs(refs: dict, delta: int) -> dict:
    if not delta or not refs:
        return refs
    out = {}
    for label, ref in refs.items():
        m = ref.get("map")
        out[label] = dict(ref, map=[m[0] + delta, m[1] + delta]) if m else ref
    return out
