"""How AL015 reads the colon of field items (`- arxiv: <url>`, `- intro: From Fast R-CNN …`).

Lists that give each paper a bold title and then one item per field write every field's label
with one colon: `arXiv: <url>` in a list written in English, `地址：` in one written in Chinese.
A field typed another way (`arXiv：<url>` pasted from a Chinese input method, `github(Torch)::`,
`github:<url>` without the space) is a slip where the file's field items write the colon one
way at least :data:`SHARE` of the time (a field's label recurs: a title with a colon in it is no
field), unless half its section's fields write it so (a section
copied from elsewhere has its own way). Pure string work; the rule makes the findings."""

from __future__ import annotations

import re
from collections import Counter

from ..document import Document

# a field item: a short label (words, a qualifier in parentheses), its colon, and a value on the
# same line; a label of CJK characters too (`地址：`)
_FIELD = re.compile(r"(?P<label>[A-Za-z][\w .()+#/-]{0,29}?|[\u4e00-\u9fff]{1,8})"
                    r"(?P<mark>::|:|：)(?P<gap>[ \t]*)(?=\S)")
# a value that is not a field's: a URL's scheme (`https://…`) or a time (`10:30`)
_NOT_A_FIELD = re.compile(r"(?i)(?:https?|ftp|mailto)$|\d$")

MIN_FIELDS = 10
MIN_LABEL = 3  # a label is a field's where at least this many items write it
SHARE = 0.8  # the share of field items that make the file's way
SLIP_SHARE = 0.15  # a way more common than this is a habit of its own, not a slip

_NAMES = {":": "an ASCII colon `:`", "：": "a full-width colon `：`", "::": "a doubled colon `::`"}


class Field:
    """One field item's colon: where it is and how it is written."""

    __slots__ = ("line", "start", "end", "mark", "gap", "label", "section")

    def __init__(self, line: int, start: int, end: int, mark: str, gap: str, label: str, section) -> None:
        self.line, self.start, self.end, self.mark, self.gap, self.label = line, start, end, mark, gap, label
        self.section = section


def fields(doc: Document, code_lines: set[int]) -> list[Field]:
    """The field items of the file's lists (items of one line: a label, its colon, a value)."""
    text = doc.text
    found = []
    for block in doc.lists:  # every list, nested ones included
        for item in block.items:
            if item.line in code_lines:
                continue
            end = text.find("\n", item.content_start)
            end = len(text) if end < 0 else end
            m = _FIELD.match(text, item.content_start, end)
            if m is None or _NOT_A_FIELD.search(m.group("label")):
                continue
            found.append(Field(item.line, m.start("mark"), m.end("gap"), m.group("mark"), m.group("gap"),
                               m.group("label"), id(doc.section_at(item.line))))
    found.sort(key=lambda f: f.start)
    return found


def _key(label: str) -> str:
    """A label as the count reads it: `github(Torch)` is a `github` field."""
    return re.sub(r"\(.*?\)", "", label).strip().casefold()


def _way(f: Field) -> str:
    """The colon as the vote reads it: the full-width colon carries its own space."""
    return f.mark if f.mark == "：" else f.mark + (" " if f.gap else "")


def slips(doc: Document, code_lines: set[int]) -> list[tuple[Field, str, str]]:
    """(field, what to write, message) for each field item that writes its colon otherwise than
    the file's field items do; nothing where the file has no clear way."""
    found = fields(doc, code_lines)
    # a field's label recurs (`arxiv:`, `github:`, `简介：`); a paper's title with a colon in it
    # (`Knowledge Flow:Improve Upon Your Teachers`) or a name before its description does not
    keys = Counter(_key(f.label) for f in found)
    found = [f for f in found if keys[_key(f.label)] >= MIN_LABEL]
    if len(found) < MIN_FIELDS:
        return []
    counts = Counter(_way(f) for f in found)
    way, n = counts.most_common(1)[0]
    if n < SHARE * len(found):
        return []
    by_section: dict[int, Counter[str]] = {}
    for f in found:
        by_section.setdefault(f.section, Counter())[_way(f)] += 1
    out = []
    for f in found:
        w = _way(f)
        if w == way or counts[w] > SLIP_SHARE * len(found):
            continue
        here = by_section[f.section]
        if here[w] * 2 >= sum(here.values()):
            continue  # a section that writes most of its fields this way has its own way
        if f.mark == way.strip():
            said = "no space after the field's colon" if not f.gap else "a space after the field's colon"
        else:
            said = f"{_NAMES[f.mark]} after the field's label"
        msg = (f"{said} (`{f.label}{f.mark}{f.gap}`) where {n} of the file's {len(found)} field items "
               f"write it `{way.strip()}`" + (" and a space" if way.endswith(" ") else ""))
        out.append((f, way, msg))
    return out
