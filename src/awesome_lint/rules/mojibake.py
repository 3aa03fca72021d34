"""AL010 mojibake."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..fixcheck import BlocksKept
from ..model import Edit, Finding, Fix
from ..textutil import in_spans
from .base import FIX_SOMETIMES, Rule

# Characters that Windows-1252 gives to the bytes 0x80-0xBF (UTF-8 continuation bytes).
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_CONT = "\u0080-\u00bf" + re.escape(_CP1252_HIGH)
# The cheap pre-check: a UTF-8 lead byte read as Latin-1/Windows-1252 ('Â', 'Ã', 'â', 'ï', ...)
# followed by a continuation byte read the same way ('€', '©', '\xa0', ...). Correct text in any
# language almost never has this pair; ftfy then decides.
_SUSPECT = re.compile(f"[\u00c2-\u00f4][{_CONT}]")
# The run of text that could be one mis-decoded piece: characters that Windows-1252/Latin-1 can
# encode, without white space (so a fix stays local to a word).
_RUN_CHAR = re.compile(f"[\u0021-\u00ff{re.escape(_CP1252_HIGH)}]")

# The pairs no correct text has: UTF-8 punctuation U+2000-U+203F read as `â€` plus one more
# character (`â€“`, `â€™`, `â€¦`), and Latin-1 letters and signs read as `Ã`/`Â` plus a sign
# (`Ã©`, `Ã¼`, `Â©`). Only words whose every suspect pair is one of these are repaired without ftfy.
_STRONG = re.compile(f"â€[\u00a0-\u00bf{re.escape(_CP1252_HIGH)}]|[ÂÃ][\u00a0-\u00a4\u00a6-\u00bf]")

# Spacing accents and the combining marks they stand for.
_SPACING = {"\u00b4": "\u0301", "\u00a8": "\u0308", "\u00b8": "\u0327", "\u02dc": "\u0303", "\u02c6": "\u0302",
            "\u02c7": "\u030c", "\u02d8": "\u0306", "\u02da": "\u030a", "\u02dd": "\u030b", "\u02db": "\u0328"}
_DETACHED_HINT = re.compile("[\u00b4\u00a8\u00b8\u02c6-\u02dd]|[ \t][\u0300-\u036f]")
# a spacing accent right before a Latin letter (not a pair of them quoting a word, `´ok´`); or a
# combining accent after a space that follows a Latin letter (the space took the accent)
_DETACHED = re.compile(
    "(?<![0-9])(?P<accent>[" + "".join(_SPACING) + "])(?P<letter>[A-Za-z])"
    "|(?<=[A-Za-z])(?P<space>[ \t])(?P<mark>[\u0300-\u036f])(?=[a-z])"
    # a combining accent after a space that follows no letter, before a letter: the accent of that
    # letter, written first as PDFs do (`M. \u0301A. Del-Agua` for `M. Á. Del-Agua`)
    "|(?<![A-Za-z])[ \t](?P<lead>[\u0300-\u036f])(?P<next>[A-Za-z])(?![\u0300-\u036f])")
# the letters after an apostrophe in English (`it´s`, `don´t`, `I´m`, `we´re`, `I´ll`, `I´ve`,
# `I´d`): an acute accent there stands for one; before another letter it is torn off it
# (`Jovanovi´c` for `Jovanović`, as LaTeX-made PDFs copy)
_CONTRACTED = frozenset("stmrlvd")
_TORN_PER_WORD = 8  # torn accents one finding gathers (a bound on a hostile line of them)
_QUOTED = re.compile("[A-Za-z]*\u00b4")
# where _DETACHED can match: at an accent, or a space before a combining mark. Scanning for these
# characters and matching there is fast; searching with _DETACHED itself is not (its lookbehinds
# defeat the regex engine's character-set scan: 0.25 s on a 5 MB list with no match at all).
_DETACHED_AT = re.compile("[" + "".join(_SPACING) + "\u0300-\u036f]")

# Characters a PDF copy leaves where letters were: typographic ligatures (`ﬁ` for `fi`), the
# replacement character U+FFFD of a byte that could not be decoded, and a dotless `ı` where the
# accent of an `í` was dropped (`Marıa` for `María`), and a soft hyphen U+00AD a PDF's line break left
# inside a word (`Multi-\u00adExit`).
_LOST_HINT = re.compile("[\ufb00-\ufb06\ufffc\ufffd\u0131\u00ad]")
# `ı` next to another vowel: Turkish (and the other languages that write `ı`) keep vowels apart,
# so `Arık`, `Yıldız`, `Pınar` are words while `Marıa`, `Rodrıguez` lost an accent
# what a word is read through around a broken letter: hyphens (U+2010 too), apostrophes, soft hyphens
_IN_WORD = "-'’\u2010\u00ad"
_VOWELS = set("aeiouáéíóúàèìòùâêîôûäëïöüAEIOU")

# Text that went through GBK (the usual encoding of Chinese Windows) and was read as Latin-1: each
# character of GBK's punctuation row (A1: `’` is A1 AF) and pinyin row (A8: `ó` is A8 AE) becomes two
# Latin-1 signs, `O¡¯Neill` for `O’Neill`, `Te¨®filo` for `Teófilo`. Only pairs that decode to one of
# the characters below, next to a Latin letter, are taken: correct text has no `¡¯` or `¨®`.
_GBK_HINT = re.compile("[\u00a1\u00a8][\u00a1-\u00fe]")
_GBK_GOOD = set("‘’“”…—·āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê")

_FTFY = None
# Windows-1252 as ftfy's "sloppy" codec reads it: its 27 extra characters, and every other
# character below 256 standing for its own byte (cp1252's five undefined bytes included).
_SLOPPY = {c: bytes([b]) for b, c in zip(range(0x80, 0xA0), "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ")}


def _ftfy():
    global _FTFY
    if _FTFY is None:
        import ftfy

        _FTFY = ftfy
    return _FTFY


class Mojibake(Rule):
    """
    ## What it does

    Finds text that was decoded with the wrong encoding, the typical result of copying a title
    from a PDF or a web page through a tool that read UTF-8 as Windows-1252 or Latin-1:
    `visionâ€“language` for `vision–language`, `Ã©` for `é`, `â€™` for `’`, `Â©` for `©`.

    A cheap test looks for the character pairs that only such mis-decoding produces (a UTF-8
    lead byte such as `Ã`, `Â` or `â` read as a Latin letter, followed by a continuation byte
    such as `€`, `©` or `–`); only then is [ftfy](https://ftfy.readthedocs.io) asked to repair
    the word. Correct text in any script (Chinese, Portuguese `PERCEPÇÃO`, German `Größe`) is
    left alone. Code blocks, inline code and link destinations are not checked.

    It also finds accents torn off their letters, as text copied out of a PDF has them: a
    spacing accent before a Latin letter (`¸Sahin` for `Şahin`, `G¨ozde` for `Gözde`) or a
    combining accent after a space (`Go ́mez` for `Gómez`), where the letter and the accent make
    one accented letter; a combining accent after a space that follows no letter belongs to the
    letter after it, as some PDFs write it (`M. ́A. Del-Agua` for `M. Á. Del-Agua`). An acute
    accent typed as an apostrophe (`it´s`, `don´t`: before the letters of an English
    contraction; after a one-letter word before a capital, `O´Neill`, and in `o´clock`; between
    two, `rock´n´roll`) or a pair of them quoting a word is left alone; before another letter it
    is torn off it (`Jovanovi´c`, `D´efossez`). The torn accents of one word (`Veliˇckovi´c`) are one finding.

    Letters a PDF copy broke otherwise are reported too: a typographic ligature (`Classiﬁcation`
    with `ﬁ`, U+FB01, for the letters `fi`), the replacement character U+FFFD (a character that
    could not be decoded and is lost), the object replacement character U+FFFC (left by a copy
    where a symbol or an image stood: `using a￼ laplacian pyramid`), and a dotless `ı` next to
    another vowel in a Latin word
    (`Marıa` for `María`: the accent of an `í` was dropped), and an invisible soft hyphen
    (U+00AD) that a PDF's line break left inside a word (`Multi-Exit` with one after the hyphen). Turkish and the other languages that
    write `ı` keep vowels apart, so `Arık`, `Pınar` and `Yıldız` are left alone.

    ## Why it matters

    Mojibake makes titles unreadable and unsearchable: a reader searching the list for
    "vision–language" does not find `visionâ€“language`, and the list looks unmaintained.

    ## Example

    ```markdown
    - [**ECCV 2022**] Making the most of text semantics to improve biomedical visionâ€“language processing
    ```

    Use instead:

    ```markdown
    - [**ECCV 2022**] Making the most of text semantics to improve biomedical vision–language processing
    ```

    ## Fix safety

    Safe when ftfy's repair is certain: the word re-encodes to bytes that decode cleanly as
    UTF-8 (one or more plain encode/decode steps, no guessed or replaced bytes). Then only the
    mis-decoded characters are replaced. When ftfy can only partly repair the text (bytes were
    lost on the way), the finding is reported without a fix. A repair at the start of a line is
    applied only if the blocks keep their kinds and lines: a mis-decoded byte-order mark before
    `- item` hides a list marker, and taking it out would change the lists around it.
    Joining a torn-off accent with its letter is an unsafe fix (`--unsafe-fixes`): which letter
    the accent belonged to is a guess, right for names copied from PDFs but not certain; so is
    writing `í` for a dotless `ı`. A GBK pair inside a word is repaired safely (`O¡¯Neill`: the
    letters on both sides leave no other reading); at a word's edge the fix is unsafe. A ligature is replaced by its letters and a soft hyphen is removed, safe fixes (the
    text reads the same). A replacement character has no fix: what it stood for is gone.
    """

    code = "AL010"
    name = "mojibake"
    summary = "Text decoded with the wrong encoding (`â€“` for `–`)"
    fix_availability = FIX_SOMETIMES
    tags = ("text", "encoding")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if _DETACHED_HINT.search(text):
            yield from self._detached(doc, text)
        if _LOST_HINT.search(text):
            yield from self._lost(doc, text)
        if _GBK_HINT.search(text):
            yield from self._gbk(doc, text)
        if not _SUSPECT.search(text):
            return
        url_spans = doc.url_spans
        url_starts = [s for s, _ in url_spans]
        done_until = -1
        kept = BlocksKept(text)
        for m in _SUSPECT.finditer(text):
            if m.start() < done_until:
                continue
            start, end = _run(text, m.start())
            done_until = end
            if doc.in_code(m.start()) or in_spans(url_spans, m.start()):
                continue
            end = _clip(doc, url_starts, start, end)  # never reach into code or a URL
            found = self._judge(doc, text, start, end, kept)
            if found is not None:
                yield found

    def _detached(self, doc: Document, text: str) -> Iterator[Finding]:
        """Accents torn off their letters, as text copied out of a PDF often has them: a spacing
        accent before the letter (`¸Sahin` for `Şahin`) or a combining one after a space
        (`Go ́mez` for `Gómez`)."""
        import unicodedata

        torn: list[list] = []  # [start, end, [(edit start, end, good, shown bad), …]]
        for hit in _DETACHED_AT.finditer(text):
            at = hit.start() if text[hit.start()] in _SPACING else hit.start() - 1
            m = _DETACHED.match(text, at) if at >= 0 else None
            if m is None:
                continue
            if doc.in_code(m.start()) or in_spans(doc.url_spans, m.start()):  # (built on first need)
                continue
            if m.group("lead") is not None:  # space, combining accent, letter
                letter, mark = m.group("next"), m.group("lead")
                start, end = m.start("lead"), m.end("next")
                bad = mark + letter
            elif m.group("mark") is not None:  # letter, space, combining accent
                letter, mark = text[m.start("space") - 1], m.group("mark")
                start, end = m.start("space"), m.end("mark")
                bad = m.group("space") + mark
            else:  # spacing accent, letter
                accent, letter = m.group("accent"), m.group("letter")
                mark = _SPACING[accent]
                prev = text[m.start() - 1] if m.start() else " "
                one_letter = m.start() < 2 or not text[m.start() - 2].isalpha()  # `O´`, `o´`, `D´`
                if accent == "\u00b4" and prev.isalpha() and (
                        letter.lower() in _CONTRACTED or (one_letter and (letter.isupper() or text.startswith("clock", m.start("letter"))))
                        or text[m.end():m.end() + 1] == "\u00b4"):
                    continue  # `it´s`, `O´Neill`, `o´clock`, `rock´n´roll`: an acute accent typed for an apostrophe
                if accent == "\u00b4" and not prev.isalpha() and _QUOTED.match(text, m.end()):
                    continue  # `´ok´`: a pair of them quoting a word
                start, end = m.start("accent"), m.end("letter")
                bad = accent + letter
            composed = unicodedata.normalize("NFC", letter + mark)
            if len(composed) != 1:
                continue  # no such accented letter: not a torn-off accent
            if m.group("lead") is not None:
                good, edit_start = composed, start
                shown_bad = " " + bad
            elif m.group("mark") is not None:
                good, edit_start = composed, m.start("space") - 1
                shown_bad = letter + bad
            else:
                good, edit_start = composed, start
                shown_bad = bad
            part = (edit_start, end, good, shown_bad)
            if (torn and edit_start >= torn[-1][1] and len(torn[-1][2]) < _TORN_PER_WORD
                    and text[torn[-1][1]:edit_start].isalpha()):
                torn[-1][1] = end  # another accent of the same word (`Veliˇckovi´c`)
                torn[-1][2].append(part)
            else:
                torn.append([start, end, [part]])
        for start, end, parts in torn:  # the torn accents of one word (`Veliˇckovi´c`) are one slip
            line, col = doc.position(start)
            end_line, end_col = doc.position(end)
            shown = ", ".join(f"{b!r} should probably read {g!r}" for _, _, g, b in parts)
            fix = Fix(tuple(Edit(s, e, g) for s, e, g, _ in parts), safe=False,
                      description="; ".join(f"replace {b!r} with {g!r}" for _, _, g, b in parts))
            yield self.finding(f"accent torn off its letter: {shown} (text copied from a PDF)",
                               line, col, end_line, end_col, fix=fix)

    def _gbk(self, doc: Document, text: str) -> Iterator[Finding]:
        """Punctuation and accented letters that went through GBK and were read as Latin-1
        (`O¡¯Neill` for `O’Neill`). Safe to repair inside a word, where the letters on both sides
        leave no other reading; unsafe at a word's edge."""
        url_spans = sorted((k.url_start, k.url_end) for k in doc.links if k.url_end > k.url_start)
        for m in _GBK_HINT.finditer(text):
            at, end = m.start(), m.end()
            good = _gbk_pair(m.group())
            before = text[at - 1] if at else " "
            after = text[end] if end < len(text) else " "
            inside = before.isascii() and before.isalpha() and after.isascii() and after.isalpha()
            if good == m.group() or not (before.isalpha() or after.isalpha()):
                continue
            if doc.in_code(at) or in_spans(url_spans, at):
                continue
            ws = at
            while ws > 0 and not text[ws - 1].isspace() and at - ws < 30:
                ws -= 1
            we = end
            while we < len(text) and not text[we].isspace() and we - end < 30:
                we += 1
            word = text[ws:we].strip("*_,.;:()[]")
            fixed = _GBK_HINT.sub(lambda p: _gbk_pair(p.group()), word)
            line, col = doc.position(at)
            fix = Fix((Edit(at, end, good),), safe=inside, description=f"replace {m.group()!r} with {good!r}")
            yield self.finding(f"mojibake: {word!r} should read {fixed!r} (text that went through the GBK "
                               "encoding and was read as Latin-1)", line, col, line, col + 2, fix=fix)

    def _lost(self, doc: Document, text: str) -> Iterator[Finding]:
        """Letters a PDF copy broke: a ligature (`ﬁ`, fixed safely into its letters), the
        replacement character U+FFFD (a character lost for good: no fix) and the object
        replacement character U+FFFC (what a copy left of a symbol or an image), a dotless `ı` next to
        a vowel in a Latin word (`Marıa`: an `í` that lost its accent; unsafe fix), a soft hyphen
        (invisible: removed, a safe fix)."""
        import unicodedata

        url_spans = sorted((k.url_start, k.url_end) for k in doc.links if k.url_end > k.url_start)
        soft: dict[int, list] = {}  # line -> soft hyphens on it: one finding a line
        for hit in _LOST_HINT.finditer(text):
            at = hit.start()
            if doc.in_code(at) or in_spans(url_spans, at):
                continue
            ch = text[at]
            ws = at
            while ws > 0 and (text[ws - 1].isalpha() or text[ws - 1] in _IN_WORD):
                ws -= 1
            we = at + 1
            while we < len(text) and (text[we].isalpha() or text[we] in _IN_WORD):
                we += 1
            word = text[ws:we]
            line, col = doc.position(at)
            if ch == "\ufffd":
                if _SUSPECT.search(text, max(0, at - 8), at + 8):
                    continue  # inside mojibake: _judge reports it with the bytes it lost
                shown = text[max(ws, at - 20): max(we, at + 1)][:60]
                yield self.finding(f"replacement character U+FFFD in {shown!r}: a character was lost when the "
                                   "text was decoded; write it again", line, col, line, col + 1)
            elif ch == "\ufffc":
                shown = text[max(ws, at - 20): max(we, at + 1)][:60]
                yield self.finding(f"object replacement character U+FFFC in {shown!r}: something (a symbol, a "
                                   "formula, an image) was lost when the text was copied; write it again",
                                   line, col, line, col + 1)
            elif ch == "\u00ad":
                soft.setdefault(line, []).append((at, col, word))
            elif ch == "\u0131":
                near = text[at - 1: at] + text[at + 1: at + 2]
                if not any(c in _VOWELS for c in near) or not all(c.isascii() or c == ch for c in word):
                    continue
                good = word[: at - ws] + "\u00ed" + word[at - ws + 1 :]
                fix = Fix((Edit(at, at + 1, "\u00ed"),), safe=False, description=f"replace {word!r} with {good!r}")
                yield self.finding(f"dotless 'ı' in {word!r}: {good!r} lost its accent (text copied from a PDF)",
                                   line, col, line, col + 1, fix=fix)
            else:
                good = unicodedata.normalize("NFKC", ch)
                fix = Fix((Edit(at, at + 1, good),), safe=True, description=f"replace {ch!r} with {good!r}")
                yield self.finding(f"ligature {ch!r} in {word!r} should be the letters {good!r} (text copied from "
                                   "a PDF; readers searching for the word do not find it)", line, col, line, col + 1,
                                   fix=fix)
        for line, hits in soft.items():
            words = ", ".join(dict.fromkeys(repr(w.replace("\u00ad", "")) for _, _, w in hits))
            fix = Fix(tuple(Edit(at, at + 1, "") for at, _, _ in hits), safe=True, description="remove the soft hyphen")
            col = hits[0][1]
            yield self.finding(f"invisible soft hyphen U+00AD in {words} (text copied from a PDF): readers searching "
                               "for the word do not find it", line, col, line, col + 1, fix=fix)

    def _judge(self, doc: Document, text: str, start: int, end: int, kept: BlocksKept) -> Finding | None:
        original = text[start:end]
        fixed = _undo(original)
        if fixed is not None:
            certain = True
        else:  # not a plain round trip: ftfy decides (partly lost bytes, mixed text, ...)
            result = _ftfy().fix_encoding_and_explain(original)
            fixed = result.text
            if fixed == original:
                return None
            steps = result.explanation or []
            certain = bool(steps) and all(kind in ("encode", "decode") for kind, _ in steps)
        fixed = fixed.replace("\ufeff", "")  # a byte-order mark inside text is invisible junk
        if "\ufffd" in fixed:
            certain = False
        p = 0
        while p < min(len(original), len(fixed)) and original[p] == fixed[p]:
            p += 1
        s = 0
        while (s < min(len(original), len(fixed)) - p and original[-1 - s] == fixed[-1 - s]):
            s += 1
        bad = original[p: len(original) - s]
        good = fixed[p: len(fixed) - s]
        line, col = doc.position(start + p)
        end_line, end_col = doc.position(start + len(original) - s)
        if certain:
            at = start + p
            line_start = text.rfind("\n", 0, at) + 1
            lead = not text[line_start:at].strip(" \t>")  # first text of its line: a block may start here
            fix = Fix((Edit(at, start + len(original) - s, good),), safe=True,
                      description=f"replace {bad!r} with {good!r}",
                      verify=kept if lead else None)
            message = (f"mojibake: {original!r} should read {fixed!r}" if len(original) <= 60
                       else f"mojibake: {bad!r} should read {good!r}")
        else:
            fix = None
            message = (f"mojibake in {original[:60]!r}: text decoded with the wrong encoding, and some "
                       "bytes were lost, so it cannot be repaired automatically")
        return self.finding(message, line, col, end_line, end_col, fix=fix)


def _undo(word: str) -> str | None:
    """The word re-encoded as (sloppy) Windows-1252 and decoded as UTF-8, or None unless every
    suspect pair is a strong one and the round trip is clean. This is the repair ftfy makes in the
    common, certain case; doing it here saves importing ftfy (~40 ms) on lists with plain mojibake.
    """
    strong = {m.start() for m in _STRONG.finditer(word)}
    if any(m.start() not in strong for m in _SUSPECT.finditer(word)):
        return None
    try:
        fixed = b"".join(_SLOPPY.get(c) or c.encode("latin-1") for c in word).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    if fixed == word or _SUSPECT.search(fixed) or any("\x80" <= c <= "\x9f" for c in fixed):
        return None
    return fixed


def _gbk_pair(pair: str) -> str:
    """A GBK pair read as Latin-1, decoded again when it is one of the characters taken."""
    try:
        good = pair.encode("latin-1").decode("gbk")
    except UnicodeError:
        return pair
    return good if good in _GBK_GOOD else pair


def _run(text: str, pos: int) -> tuple[int, int]:
    """The maximal run of Windows-1252-encodable, non-space characters around ``pos``."""
    start = pos
    while start > 0 and _RUN_CHAR.match(text, start - 1):
        start -= 1
    end = pos
    n = len(text)
    while end < n and _RUN_CHAR.match(text, end):
        end += 1
    return start, end




def _clip(doc: Document, url_starts: list[int], start: int, end: int) -> int:
    """Shorten a run so that it stops before the next code span, code block or URL."""
    import bisect

    spans = doc.code_spans
    k = bisect.bisect_right(spans, (start, float("inf")))
    if k < len(spans) and spans[k][0] < end:
        end = spans[k][0]
    k = bisect.bisect_right(url_starts, start)
    if k < len(url_starts) and url_starts[k] < end:
        end = url_starts[k]
    for line in range(doc.position(start)[0] + 1, doc.position(max(start, end - 1))[0] + 1):
        if doc.is_code_line(line):
            return min(end, doc.line_starts[line - 1])
    return end
