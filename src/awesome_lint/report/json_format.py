"""``--format json``: one JSON array of findings, each as in the design's contract."""

from __future__ import annotations

import json


def render(findings, **_) -> str:
    return json.dumps([f.as_dict() for f in findings], indent=2, ensure_ascii=False) + "\n"
