"""How AL015 reads the colon after a title's name (`CapsE: A Capsule Network …`).

Paper titles open with a method's name and a colon, and a list writes that colon the way the
papers do: one space after it. A title typed `MPT-PAR:Mix-Parameters …` or `CapsE:A Capsule …`
(none after, the next word a capital) is a slip where the file's other titles write `Name: Title`
at least :data:`SHARE` of the time (:data:`MIN_TITLES` of them at least). A space before the
colon (`PLLaVA : Parameter-free …`) is not read: papers' own titles write it so too often.
Notation (`N:M Sparsity`), emoji codes (`:fire:`) and names (`NASDAQ:DATA`, a capital word after
the colon or fewer than three words in all) are no title's colon. Pure string work on
the entry's title; the rule makes the findings."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Entry

# the name before a title's colon: one to three words of letters, digits, `-`, `+`, `.`, after
# whatever leads the title (a tag, an anchor, bold): `CHESS`, `Parallel WaveNet`, `MPT-PAR`
_NAME = re.compile(r"(?:^|(?<=[\s\])>*|`(]))[A-Za-z][\w+.-]{0,24}(?:[ \t][\w+.-]{1,24}){0,2}$")
# the colon with the spaces around it and the title's next word
_GAP = re.compile(r"(?P<gap>[ \t]*:[ \t]*)(?P<next>[A-Za-z]\w*)")

# an emoji's code ending at the colon (`:fire:`)
_EMOJI_CODE = re.compile(r":[a-z0-9_+-]{1,30}:$")

MIN_TITLES = 10
SHARE = 0.9


def colon_slips(doc: Document, entries: list[Entry]) -> Iterator[tuple[int, int]]:
    """(start, end) of each title's name colon written with no space after it, where the file's
    way is `Name: Title` (:data:`MIN_TITLES`, :data:`SHARE`); the span covers the colon, to be
    written ``": "``."""
    seen = []  # (start, end, gap) of each title's name colon
    for e in entries:
        if e.title_start is None or e.title_end is None or e.title_end - e.title_start > 400:
            continue
        colon = doc.text.find(":", e.title_start, min(e.title_end, e.title_start + 160))
        if colon < 0:
            continue
        head = doc.text[e.title_start:colon].rstrip(" \t")
        m = _GAP.match(doc.text, e.title_start + len(head), e.title_end)
        if m is None or "\n" in m.group() or not _NAME.search(head):
            continue
        gap, nxt = m.group("gap", "next")
        if not (gap == ": " or gap == ":" and nxt[:1].isupper()):
            continue  # `Title:  More` (a run of spaces is another slip's), `a:b`, `PLLaVA : …`
        if gap == ":" and (len(head.split()[-1]) < 2 or doc.text.startswith(":", m.end())
                           or _EMOJI_CODE.search(doc.text, max(0, colon - 40), colon + 1)
                           or len(nxt) >= 2 and nxt.isupper()
                           or len(doc.text[m.end():e.title_end].split()) < 2):
            continue  # `N:M Sparsity`, `:fire:We release …`, `[NASDAQ:DATA]` (a name)
        if doc.in_code(m.start("gap")):
            continue
        seen.append((m.start("gap"), m.end("gap"), gap))
    right = sum(1 for *_, g in seen if g == ": ")
    if right < MIN_TITLES or right < SHARE * len(seen):
        return
    yield from ((start, end) for start, end, gap in seen if gap == ":")
