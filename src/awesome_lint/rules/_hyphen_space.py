"""A compound word broken by a stray space after its hyphen, for AL027: `Audio- Visual`,
`Multi- Agent Path Finding`, `High- Dimensional` (a PDF's line break, pasted). Read in the
titles of entries only, where a hyphen and a space never separate: not a hyphen that ends a
compound (`LRF-Net- Learning`, `2018-Arxiv- Improving`: a separator), not a suspended hyphen
(`Multi- and Single-Agent`), not an initial (`A- B`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document

_BROKEN = re.compile(r"(?<![\w\-.'’])([A-Za-z][A-Za-z0-9]{1,})-[ \t]+([A-Z][a-z]{2,}|[a-z]{3,})(?![\w'’])")
_SUSPENDED = frozenset({"and", "or", "to", "vs", "versus", "nor"})
# the first parts of compounds a title may open with (`Multi- Agent Path Finding`); any other
# word opening a title before `- ` is a name and a separator (`PointNet- Deep Learning …`)
_PREFIXES = frozenset("multi self semi cross non pre post co inter intra audio video high low long short large small "
                      "real open zero few one two end fine coarse meta hyper anti sub super ultra bi tri uni".split())


def broken_compounds(doc: Document) -> Iterator[tuple[int, int, int, int, str]]:
    """(start of the compound, start of the space, its end, end of the compound, the compound
    written whole) for each compound of an entry's title that a space after its hyphen breaks."""
    text = doc.text
    if "- " not in text:
        return
    for e in doc.entries:
        if e.title_start is None or e.title_end is None or "- " not in text[e.title_start:e.title_end]:
            continue
        for m in _BROKEN.finditer(text, e.title_start, e.title_end):
            head, tail = m.group(1), m.group(2)
            if tail.lower() in _SUSPENDED or doc.in_code(m.start()):
                continue
            if head[0].islower() != tail[0].islower():
                continue  # `Net- learning`, `workflows- Gemma`: a title's separator written loosely
            if m.start() == e.title_start and head.lower() not in _PREFIXES:
                continue  # `PointNet- Deep Learning on Point Sets`: a name, then a separator
            yield m.start(), m.end(1) + 1, m.start(2), m.end(), f"{head}-{tail}"
