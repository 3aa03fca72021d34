"""A fast guess, from the raw text, at the web links a Markdown file holds, in order.

With ``--check-links`` the checker starts fetching these while the real parse runs (see
:mod:`~awesome_lint.links.prefetch`). The guess only decides what is fetched early: what is
reported always comes from the parsed document's links. So a miss costs a little time at the end
(the URL is asked for then) and an extra costs one wasted request, never a wrong finding.

Lines are scanned one by one: fenced code blocks, HTML comments and backtick code spans are
skipped, and so are HTML attributes (``href="..."``: usually an HTML block, which has no links in
the document model). A URL is taken as the destination of ``](...)`` (balanced parentheses, as
CommonMark), the inside of ``<...>``, a reference definition's destination, or a bare URL trimmed
as GitHub's autolinks are. No import beyond ``re``: it runs before the HTTP stack is loaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..inline import trim_bare  # GFM: trailing punctuation and unbalanced ')' are not part of a URL

_FENCE = re.compile(r"[ \t]*(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)")
_URL = re.compile(r"(?<![\w/.@-])https?://", re.I)
_BARE_END = re.compile(r"[^\s<]*")
_DEFINITION = re.compile(r" {0,3}\[[^\]]+\]:[ \t]*<?(https?://[^\s>]+)", re.I)


def _destination(line: str, i: int) -> str:
    """A ``](...)`` destination starting at ``i``: up to white space or an unbalanced ')'."""
    depth = 0
    j = i
    n = len(line)
    while j < n:
        c = line[j]
        if c == "\\" and j + 1 < n:
            j += 2
            continue
        if c in " \t\r\n":
            break
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                break
            depth -= 1
        j += 1
    return line[i:j]


def _line_urls(line: str) -> Iterable[str]:
    d = _DEFINITION.match(line)
    if d:
        yield d.group(1)
        return
    for m in _URL.finditer(line):
        i = m.start()
        before = line[max(0, i - 2) : i]
        if before.endswith("](") or line[max(0, i - 3) : i] == "](<":
            if before.endswith("<"):
                end = line.find(">", i)
                yield line[i : end if end >= 0 else len(line)]
            else:
                yield _destination(line, i)
        elif before.endswith("<"):
            end = line.find(">", i)
            if end >= 0 and not any(c in line[i:end] for c in " \t<"):
                yield line[i:end]
        elif before.endswith(("=", '="', "='")):
            continue  # an HTML attribute
        else:
            url = trim_bare(_BARE_END.match(line, i).group())
            if "](" in url:
                continue  # the label of a link (whose destination comes next): not a link itself
            if len(url) > len(m.group()):
                yield url


def prescan(text: str, lines: set[int] | None = None) -> list[str]:
    """The web URLs of ``text`` in order of appearance (repeats included); with ``lines``
    (``--since``), only those on these 1-based lines."""
    out: list[str] = []
    fence = ""
    comment = False
    for number, line in enumerate(text.split("\n"), 1):
        if fence:
            stripped = line.strip()
            if stripped.startswith(fence) and not stripped.strip(fence[0]):
                fence = ""
            continue
        if comment:
            end = line.find("-->")
            if end < 0:
                continue
            line = line[end + 3 :]
            comment = False
        if "http" not in line and "HTTP" not in line and "<!--" not in line and "`" not in line:
            continue
        f = _FENCE.match(line)
        if f:
            fence = f.group(1)
            if fence[0] == "`" and "`" in line[f.end():]:
                fence = ""  # not a fence: an info string may not hold a backtick
            else:
                continue
        if "<!--" in line:
            parts = []
            rest = line
            while True:
                k = rest.find("<!--")
                if k < 0:
                    parts.append(rest)
                    break
                parts.append(rest[:k])
                end = rest.find("-->", k + 4)
                if end < 0:
                    comment = True
                    break
                rest = rest[end + 3 :]
            line = " ".join(parts)
        if "`" in line:
            line = _CODE_SPAN.sub(" ", line)
        if lines is not None and number not in lines:
            continue
        out.extend(u.strip() for u in _line_urls(line))
    return out
