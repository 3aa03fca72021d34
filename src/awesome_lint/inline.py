"""A linear-time scanner for the inline Markdown that rules need: links, images, code spans, bold.

markdown-it-py's full inline parse costs five times its block parse and yields no source offsets,
so the document model parses blocks with markdown-it-py and scans inline text here. The scanner
follows CommonMark/GFM where lists use it: code spans bind first, brackets are matched with a
stack (so a line of 200,000 brackets stays linear), a link cannot contain a link but can contain
an image, and bare ``https://``/``www.`` URLs are autolinked as on GitHub. Every span is an absolute
offset into the source text.
"""

from __future__ import annotations

import bisect
import re

import msgspec

from .textutil import in_spans

INLINE = "inline"  # [label](url)
REFERENCE = "reference"  # [label][ref], [ref][], [ref]
AUTOLINK = "autolink"  # <https://...>
BARE = "bare"  # https://... in text (GFM extended autolink)
HTML = "html"  # <a href="..."> / <img src="...">
IMAGE = "image"  # ![alt](src)


class Link(msgspec.Struct, gc=False):
    """A link as written. ``start``/``end`` cover the whole link; ``url_start``/``url_end`` the
    destination as written (empty span for a reference link); ``label_start``/``label_end`` the
    text between the brackets. ``line`` and ``column`` (1-based) are filled in by the document.
    Build one with :func:`make_link`.

    A large list has hundreds of thousands of links, so a link is kept small: it holds only
    strings and numbers (the cycle collector need not track it), and every offset but ``start``
    is stored as its distance from ``start``, a small number Python does not allocate anew (five
    integer objects, 160 bytes, fewer per link)."""

    kind: str
    label: str
    url: str
    start: int
    d_end: int
    d_url_start: int
    d_url_end: int
    d_label_start: int
    d_label_end: int
    title: str | None = None
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    column_header: str | None = None  # for links in table cells: the header of their column

    @property
    def end(self) -> int:
        return self.start + self.d_end

    @property
    def url_start(self) -> int:
        return self.start + self.d_url_start

    @property
    def url_end(self) -> int:
        return self.start + self.d_url_end

    @property
    def label_start(self) -> int:
        return self.start + self.d_label_start

    @property
    def label_end(self) -> int:
        return self.start + self.d_label_end

    @property
    def is_image(self) -> bool:
        return self.kind == IMAGE

    @property
    def is_anchor(self) -> bool:
        """An in-page link (``#fragment``)."""
        return self.url.startswith("#")


def make_link(kind: str, label: str, url: str, start: int, end: int, url_start: int, url_end: int,
              label_start: int, label_end: int, title: str | None = None) -> Link:
    """A :class:`Link` from absolute offsets."""
    return Link(kind, label, url, start, end - start, url_start - start, url_end - start,
                label_start - start, label_end - start, title)


class Inline(msgspec.Struct):
    links: list[Link]
    code_spans: list[tuple[int, int]]  # absolute [start, end) including the backticks
    bold_spans: list[tuple[int, int, int, int]]  # outer start, inner start, inner end, outer end


# The leading look-ahead names every character a match can start with: it changes nothing that
# matches, but lets the regex engine skip plain text 2.5x faster.
_SPECIAL = re.compile(r"(?=[\\`!\[\]<hw])(?:\\.|`+|!?\[|\]|<|(?<![\w/.@-])(?:https?://|www\.))", re.S)
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>")
_EMAIL_AUTOLINK = re.compile(r"<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>")
# An HTML link is ``<a|img|source|iframe ... href|src=VALUE ...>``, found by _html_link below.
_HTML_OPEN = re.compile(r"<(?:a|img|source|iframe)\b", re.I)
_HTML_ATTR = re.compile(r"\b(?:href|src)\s*=\s*", re.I)
_BARE_END = re.compile(r"[^\s<]*")
_TITLE = re.compile(r"""\s+(?:"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|\((?:\\.|[^()\\])*\))""", re.S)
_WS = re.compile(r"[ \t]*\n?[ \t]*")
_DEST_PLAIN = re.compile(r"[^ \t\n\x00-\x1f()\\]*")  # what the destination loop below steps over
_LABEL_NORM = re.compile(r"\s+")


def normalize_label(label: str) -> str:
    """Reference labels match case-insensitively with white space collapsed (CommonMark)."""
    return _LABEL_NORM.sub(" ", label.strip()).casefold()


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Code spans, paired left to right as CommonMark does: an opening run may be escaped by a
    backslash (its first backtick is then text), a closing run may not (inside a code span a
    backslash is literal, so ``C:\\`` ends with a real closing backtick)."""
    runs = [(m.start(), m.end() - m.start()) for m in re.finditer(r"`+", text)]
    by_length: dict[int, list[int]] = {}
    for idx, (_, length) in enumerate(runs):
        by_length.setdefault(length, []).append(idx)
    pointer = dict.fromkeys(by_length, 0)
    spans = []
    i = 0
    while i < len(runs):
        start, length = runs[i]
        slashes = 0
        k = start
        while k > 0 and text[k - 1] == "\\":
            slashes += 1
            k -= 1
        if slashes % 2:  # the first backtick is escaped: the run opens one shorter
            start += 1
            length -= 1
            if not length:
                i += 1
                continue
        same = by_length.get(length, [])
        p = pointer.get(length, 0)
        while p < len(same) and same[p] <= i:
            p += 1
        pointer[length] = p
        if p < len(same):
            j = same[p]
            spans.append((start, runs[j][0] + length))
            i = j + 1
        else:
            i += 1
    return spans


def _match_brackets(text: str, code: list[tuple[int, int]]) -> dict[int, int]:
    """Map each '[' to its matching ']' (outside code spans and escapes), in one pass."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    ci = 0
    i = 0
    n = len(text)
    find = re.compile(r"\\.|[\[\]]", re.S)
    pos = 0
    while True:
        m = find.search(text, pos)
        if not m:
            break
        i = m.start()
        while ci < len(code) and code[ci][1] <= i:
            ci += 1
        if ci < len(code) and code[ci][0] <= i < code[ci][1]:
            pos = code[ci][1]
            continue
        pos = m.end()
        ch = m.group()
        if ch == "[":
            stack.append(i)
        elif ch == "]":
            if stack:
                pairs[stack.pop()] = i
    del n
    return pairs


def _destination(text: str, pos: int) -> tuple[int, int, int, str | None] | None:
    """Parse ``(dest "title")`` at ``text[pos] == '('``: (url_start, url_end, end, title)."""
    n = len(text)
    i = _WS.match(text, pos + 1).end()
    if i < n and text[i] == "<":
        j = i + 1
        while j < n and text[j] not in "<>\n":
            j += 2 if text[j] == "\\" else 1
        if j >= n or text[j] != ">":
            return None
        url_start, url_end = i + 1, j
        i = j + 1
    else:
        j = i
        depth = 0
        while j < n:
            j = _DEST_PLAIN.match(text, j).end()  # skip ordinary characters in one step
            if j >= n:
                break
            c = text[j]
            if c == "\\" and j + 1 < n:
                j += 2
                continue
            if c in " \t\n" or ord(c) < 32:
                break
            if c == "(":
                depth += 1
                if depth > 32:  # cmark's limit; also keeps '[a](' * n linear
                    return None
            elif c == ")":
                if depth == 0:
                    break
                depth -= 1
            j += 1
        if depth:
            return None
        url_start, url_end = i, j
        i = j
    title = None
    m = _TITLE.match(text, i)
    if m and url_end > url_start - 1:
        title = m.group().strip()[1:-1]
        i = m.end()
    i = _WS.match(text, i).end()
    if i < n and text[i] == ")":
        return url_start, url_end, i + 1, title
    return None


_ENTITY_END = re.compile(r"&[A-Za-z0-9]+;$")


def trim_bare(url: str) -> str:
    """GFM extended autolink end: drop trailing punctuation and unbalanced ')'."""
    while url:
        last = url[-1]
        if last in "?!.,:*_~'\"":
            url = url[:-1]
        elif last == ")" and url.count(")") > url.count("("):
            url = url[:-1]
        elif last == ";" and _ENTITY_END.search(url):
            url = url[: url.rindex("&")]
        else:
            break
    return url


def scan(text: str, base: int = 0, references: dict[str, str] | None = None) -> Inline:
    """Scan ``text`` (which starts at absolute offset ``base``) for inline elements."""
    code = _code_spans(text)
    links: list[Link] = []
    if "[" in text or "<" in text or "http" in text or "www." in text:
        pairs = _match_brackets(text, code) if "[" in text else {}
        _scan_links(text, base, 0, len(text), code, pairs, references or {}, links, in_label=False)
    bold = _bold_spans(text, base, code) if "**" in text or "__" in text else []
    return Inline(links, [(base + s, base + e) for s, e in code], bold)


class ScanMemo:
    """The inline scans of the latest document, by text, so that an edited copy of it (the
    language server's next version of a buffer) scans only the blocks whose text changed.

    A scan depends on its text and the reference definitions; it is kept at offset 0 and handed
    out moved (:func:`moved`: new links, since the document fills in their lines). What a list
    item's text was read as (its entry: ``Document.keep_reading``) depends on the same and is
    kept beside the scans, under ``("entry", text)``. Each document
    keeps what it reads in a table of its own (:meth:`tables`), so the memo holds at most two
    documents' scans. ``reused`` and ``scanned`` count blocks, for tests."""

    __slots__ = ("references", "latest", "reused", "scanned")

    def __init__(self) -> None:
        self.references: dict[str, str] | None = None
        self.latest: dict = {}
        self.reused = 0
        self.scanned = 0

    def tables(self, references: dict[str, str]) -> tuple[dict, dict]:
        """(the previous document's scans, when its references were the same, else none; a new
        table for this document's, which becomes the latest)."""
        prev = self.latest if self.references == references else {}
        own: dict = {}
        self.references, self.latest = dict(references), own
        return prev, own


def moved(res: Inline, base: int) -> Inline:
    """A scan made at offset 0 as if made at ``base``: new links, the same sizes."""
    if not base:
        return Inline([msgspec.structs.replace(k) for k in res.links], list(res.code_spans), list(res.bold_spans))
    return Inline([msgspec.structs.replace(k, start=k.start + base) for k in res.links],
                  [(base + s, base + e) for s, e in res.code_spans],
                  [(base + a, base + b, base + c, base + d) for a, b, c, d in res.bold_spans])


def _delimiters(text: str, d: str, closing: bool) -> list[int]:
    """Where ``d`` stands (overlapping: ``***`` holds two) after a non-space (``closing``:
    ``(?<=\\S)(?=\\*\\*)``) or before one (``(?=\\*\\*\\S)``), found with ``str.find`` (a pattern that
    starts with a look-around is tried at every character)."""
    out = []
    i = text.find(d)
    n = len(text)
    while i != -1:
        if closing:
            if i and not text[i - 1].isspace():
                out.append(i)
        elif i + 2 < n and not text[i + 2].isspace():
            out.append(i)
        i = text.find(d, i + 1)
    return out


def _bold_spans(text: str, base: int, code: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """``**bold**`` and ``__bold__``: from left to right, an opener followed by a non-space is
    closed by the nearest same delimiter after a non-space, at least one character on (what the
    regex ``(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1`` finds). The regex looked for a closer afresh from every
    opener, so ``**a `` repeated took time quadratic in its length; here the closers are listed
    once and each opener finds its own by bisection."""
    closers = {d: _delimiters(text, d, closing=True) for d in ("**", "__") if d in text}
    _count(len(text))
    out = []
    pos = 0
    openers = [p for d in closers for p in _delimiters(text, d, closing=False)]
    if len(closers) > 1:
        openers.sort()
    for p in openers:
        if p < pos:
            continue
        _count(1)
        same = closers[text[p : p + 2]]
        j = bisect.bisect_left(same, p + 3)
        if j == len(same):
            continue
        q = same[j]
        if not in_spans(code, p):
            out.append((base + p, base + p + 2, base + q, base + q + 2))
        pos = q + 2
    return out




def _scan_links(text, base, lo, hi, code, pairs, refs, out, in_label):
    pos = lo
    ci = 0
    memo: dict = {}  # what _html_link learnt of text[:hi], so that no stretch is searched twice
    while pos < hi:
        m = _SPECIAL.search(text, pos, hi)
        if not m:
            return
        i = m.start()
        while ci < len(code) and code[ci][1] <= i:
            ci += 1
        if ci < len(code) and code[ci][0] <= i < code[ci][1]:
            pos = code[ci][1]
            continue
        tok = m.group()
        pos = m.end()
        WORK[0] += 1
        if tok[0] == "\\" or tok[0] == "`" or tok == "]":
            continue
        if tok == "<":
            am = _AUTOLINK.match(text, i, hi) or _EMAIL_AUTOLINK.match(text, i, hi)
            if am:
                url = am.group(1)
                out.append(make_link(AUTOLINK, url, url, base + i, base + am.end(), base + i + 1,
                                base + am.end() - 1, base + i + 1, base + am.end() - 1))
                pos = am.end()
                continue
            hm = _html_link(text, i, hi, memo)
            if hm:
                end, us, ue = hm
                out.append(make_link(HTML, "", text[us:ue], base + i, base + end, base + us, base + ue,
                                     base + i, base + i))
                pos = end
            continue
        if tok[0] in "hw":  # bare URL
            if in_label:
                continue
            em = _BARE_END.match(text, i, hi)
            url = trim_bare(em.group())
            if tok.startswith("www.") and "." not in url[4:]:
                continue
            if len(url) > len(tok):
                e = i + len(url)
                out.append(make_link(BARE, url, url, base + i, base + e, base + i, base + e, base + i, base + e))
                pos = e
            continue
        # '[' or '!['
        image = tok == "!["
        open_pos = i + 1 if image else i
        close = pairs.get(open_pos)
        if close is None or close >= hi:
            continue
        label = text[open_pos + 1 : close]
        after = close + 1
        link = None
        if after < hi and text[after] == "(":
            dest = _destination(text, after)
            if dest is not None and dest[2] <= hi:
                us, ue, end, title = dest
                link = make_link(IMAGE if image else INLINE, label, text[us:ue], base + i, base + end,
                            base + us, base + ue, base + open_pos + 1, base + close, title)
        if link is None and refs:
            end = after
            ref = None
            if after < hi and text[after] == "[":
                close2 = pairs.get(after)
                if close2 is not None and close2 < hi:
                    key = text[after + 1 : close2] or label
                    ref = refs.get(normalize_label(key))
                    end = close2 + 1
            else:
                ref = refs.get(normalize_label(label))
            if ref is not None:
                link = make_link(IMAGE if image else REFERENCE, label, ref, base + i, base + end,
                            base + end, base + end, base + open_pos + 1, base + close)
        if link is None:
            continue
        if not image:
            if in_label:  # only to tell the caller that its label holds a link
                out.append(link)
                pos = link.end - base
                continue
            inner: list[Link] = []
            _scan_links(text, base, open_pos + 1, close, code, pairs, refs, inner, in_label=True)
            if any(not x.is_image and not _html_image(text, x.start - base) for x in inner):
                # a link cannot contain a link: the inner one wins, the outer brackets are text
                continue
            out.append(link)
            out.extend(inner)
        else:
            out.append(link)
            if not in_label:
                inner = []
                _scan_links(text, base, open_pos + 1, close, code, pairs, refs, inner, in_label=True)
                out.extend(inner)
        pos = link.end - base


def _find(text: str, ch: str, pos: int, hi: int, memo: dict, key: str = "") -> int:
    """``text.find(ch, pos, hi)``, remembering the answer under ``key + ch``: asked again from a
    later ``pos`` that the last search passed over, it answers without searching."""
    key += ch
    known = memo.get(key)
    if known is not None and known[0] <= pos and (known[1] < 0 or pos <= known[1]):
        return known[1]
    found = text.find(ch, pos, hi)
    _count((found if found >= 0 else hi) - pos)
    memo[key] = (pos, found)
    return found


def _html_link(text: str, i: int, hi: int, memo: dict) -> tuple[int, int, int] | None:
    """An HTML link tag at ``text[i]`` (``<a``, ``<img``, ``<source``, ``<iframe``) with an
    ``href``/``src`` attribute before the tag's first ``>``: (end, url_start, url_end), or None.

    The value is ``"..."`` or ``'...'`` when its closing quote is followed by a ``>`` somewhere,
    else the run of characters up to a space or ``>``; the tag ends at the first ``>`` after the
    value. The regex that said this backtracked over the rest of the text from every ``<a`` that
    had no ``>``: 20,000 ``<a `` took 50 s. Here every search is remembered in ``memo`` (one per
    scanned range): a tag that has no such attribute before its ``>`` marks the text up to that
    ``>`` as holding no link, and the ``>`` and quotes found are reused by the tags after it."""
    om = _HTML_OPEN.match(text, i, hi)
    if om is None:
        return None
    t = om.end()
    if t < memo.get("dead", -1):
        return None  # an earlier tag up to the same '>' had no usable attribute: neither has this
    gt = _find(text, ">", t, hi, memo)
    if gt < 0:
        memo["dead"] = hi
        return None
    k = t
    while True:
        am = _HTML_ATTR.search(text, k, gt)
        _count((am.end() if am else gt) - k)
        if am is None:
            memo["dead"] = gt
            return None
        v = am.end()
        if v == gt:  # ``href=>``: no value; a later attribute may still have one
            k = am.start() + 1
            continue
        quote = text[v]
        if quote in "\"'":
            close = _find(text, quote, v + 1, hi, memo)
            if close >= 0:
                end = _find(text, ">", close + 1, hi, memo, "after quote")  # kept apart from the tags' '>'
                if end >= 0:
                    return end + 1, v + 1, close
        stop = _VALUE_END.search(text, v, gt)
        return gt + 1, v, stop.start() if stop else gt


_VALUE_END = re.compile(r"\s")
WORK = [0]  # characters and steps the scanners looked at, for tests of their growth


def _count(n: int) -> None:
    WORK[0] += n


def _html_image(text: str, pos: int) -> bool:
    """An inline ``<img>``/``<source>`` tag at ``pos``: an image inside a link, not a link."""
    head = text[pos : pos + 8].lower()
    return head.startswith("<img") or head.startswith("<source")
