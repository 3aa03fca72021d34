"""``--format json``: one JSON array of findings, each as in the design's contract."""

from __future__ import annotations

import json
from collections.abc import Iterator


def render(findings, **kw) -> str:
    return "".join(chunks(findings, **kw))


def chunks(findings, **_) -> Iterator[str]:
    """The array a finding at a time, byte for byte what ``json.dumps(list, indent=2)`` gives
    (JSON strings hold no raw newline, so indenting an element is a replace): a large list's
    report is never held whole."""
    if not findings:
        yield "[]\n"
        return
    sep = "[\n  "
    for f in findings:
        yield sep + json.dumps(f.as_dict(), indent=2, ensure_ascii=False).replace("\n", "\n  ")
        sep = ",\n  "
    yield "\n]\n"
