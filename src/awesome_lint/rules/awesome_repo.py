"""AL019 awesome-repo."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

from ..contents import find_contents, is_contents_title
from ..document import Document
from ..model import ERROR, Finding
from ..textutil import in_spans
from .base import FIX_NEVER, Option, Rule

BADGE_MARKDOWN = "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)"
_AWESOME_BADGE = re.compile(
    r"awesome\.re/badge|sindresorhus/awesome/[^\s)\"']*/media/badge", re.I)
_AWESOME_TARGET = re.compile(r"^https?://(?:www\.)?(?:awesome\.re|github\.com/sindresorhus/awesome)/?(?:#.*)?$", re.I)
_CI_BADGE = re.compile(
    r"travis-ci\.(?:org|com)|circleci\.com|ci\.appveyor\.com|/actions/workflows/[^\s)\"']*badge|"
    r"/workflows/[^\s)\"']*/badge\.svg|img\.shields\.io/(?:github/(?:actions|workflow|checks-status)|"
    r"travis|circleci|appveyor|gitlab/pipeline|azure-devops/build|drone|jenkins|buildkite)|"
    r"/badges/[^\s)\"']*/pipeline\.svg|dev\.azure\.com/[^\s)\"']*/_apis/build/status", re.I)
_CI_ALT = re.compile(r"\b(?:build(?:ing)?(?: status)?|ci|tests?|travis|circleci|workflow)\b", re.I)
# No '<' before src: a tag without src fails at the next '<', not at the end of the line (searched
# only up to its last '>'), so a line of 20,000 '<img ' is one pass.
_IMG_TAG = re.compile(r"""<img\b[^<>]*?\bsrc\s*=\s*["']?([^"'\s>]+)[^>]*>""", re.I)
_IMG_ALT = re.compile(r"""\balt\s*=\s*["']([^"']*)["']""", re.I)
_CONTRIBUTING = re.compile(r"^contributing(?:\.[A-Za-z]+)?$", re.I)
_LICENCE = re.compile(r"^(?:licen[cs]e|copying|unlicen[cs]e)(?:[-.][A-Za-z0-9.-]+)?$", re.I)


class AwesomeRepo(Rule):
    """
    ## What it does

    For lists that want to join the [Awesome](https://github.com/sindresorhus/awesome) index:
    checks the conventions its guidelines ask of a list's repository, and reports each one that
    is missing, at line 1, saying what to add.

    - the Awesome badge beside the top heading
      (`# Awesome X [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)`);
    - a contents section (a `## Contents` heading or a list of in-page links near the top) when
      the list has many sections (option `toc-min-sections`);
    - a contributing guide (`contributing.md`, also found in `.github/` or `docs/`) and a licence
      file (`LICENSE`, `COPYING`, `UNLICENSE`, with any extension) in the file's folder or at the
      root of its Git repository;
    - no CI badge (Travis, CircleCI, AppVeyor, GitHub Actions, GitLab pipelines...) in the list's
      own header; badges on the entries are the listed projects' and are not counted.

    The rule is off by default: select it (`--select AL019` or `extend-select: [AL019]`). Text
    read from standard input has no folder, so only the checks on the text run.

    ## Why it matters

    The Awesome index reviews every submission against these points, and `awesome-lint` rejects
    a list without them; fixing them before submitting saves a review round.

    ## Example

    ```markdown
    # Awesome Cell Segmentation [![Build Status](https://travis-ci.org/me/list.svg)](https://travis-ci.org/me/list)
    ```

    Use instead:

    ```markdown
    # Awesome Cell Segmentation [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)
    ```

    with `contributing.md` and `LICENSE` beside the list.

    ## Fix safety

    No fix: the badge, the contents and the files are the maintainer's to write.
    """

    code = "AL019"
    name = "awesome-repo"
    summary = "Awesome-index conventions: badge, contents, contributing guide, licence, no CI badge"
    severity = ERROR
    fix_availability = FIX_NEVER
    tags = ("awesome", "repository")
    default_enabled = False
    options = {
        "toc-min-sections": Option(int, 8, "a list with at least this many sections below its title needs a "
                                   "contents section", ge=1, le=10_000),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        msg = self._badge(doc)
        if msg:
            yield self.finding(msg, 1)
        msg = self._contents(doc)
        if msg:
            yield self.finding(msg, 1)
        folders = _folders(doc.path)
        if folders:
            if not _has_file(folders, _CONTRIBUTING, (".github", "docs")):
                yield self.finding("no contributing guide in the repository: add contributing.md that says "
                                   "how to suggest an entry and what an entry must look like", 1)
            if not _has_file(folders, _LICENCE, ()):
                yield self.finding("no licence file in the repository: add LICENSE (the Awesome index "
                                   "recommends CC0-1.0 for lists)", 1)
        ci = _ci_badges(doc)
        if ci:
            where = ", ".join(map(str, ci[:5])) + (" ..." if len(ci) > 5 else "")
            yield self.finding(f"the list shows a CI badge (line{'s' if len(ci) > 1 else ''} {where}): "
                               "remove it; the Awesome index asks for no CI badge in the readme", 1,
                               related=ci)

    def _badge(self, doc: Document) -> str | None:
        found_line = _awesome_badge_line(doc)
        top = _top_heading(doc)
        if top is None:
            if found_line is not None:
                return None
            return f"no Awesome badge: add a heading `# Awesome Name {BADGE_MARKDOWN}`"
        lo, _hi, header_end = top
        if found_line is not None and found_line <= header_end:
            return None  # in or beside the top heading, or in the header above the first section
        hint = f" (it is at line {found_line})" if found_line is not None else ""
        first = doc.headings[0]
        if first.level > 1 and first.line > 1:
            where = f"in the header (lines 1-{header_end})"
        else:
            where = f"beside the top heading (line {lo})"
        return f"no Awesome badge {where}{hint}: add {BADGE_MARKDOWN} to it"

    def _contents(self, doc: Document) -> str | None:
        heads = doc.headings
        if not heads:
            return None
        top_level = min(h.level for h in heads)
        sections = [h for h in heads if h.level > top_level or (h.level == top_level and h is not heads[0])]
        sections = [h for h in sections if not is_contents_title(h.text)]
        minimum = int(getattr(self.opts, "toc-min-sections"))
        if len(sections) < minimum:
            return None
        if any(is_contents_title(h.text) for h in heads) or find_contents(doc) is not None:
            return None  # a Contents heading, or a block of in-page links (AL014's contents)
        # looser than AL014 needs: any list of links to this page's anchors in the first half,
        # written as full URLs too (`https://github.com/o/r#section`)
        half = doc.line_count // 2 + 1
        for block in doc.lists:
            if block.line > half or block.depth:
                continue
            links = doc.links_between(doc.offset(block.line), doc.line_end(block.end_line))
            if sum(1 for k in links if k.is_anchor or _fragment(k.url) in doc.anchors) >= 3:
                return None
        for a, b in doc.html_blocks:  # an HTML contents block (`<a href="#x">`)
            if a < half and sum(doc.line_text(ln).count('href="#') for ln in range(a, b + 1)) >= 3:
                return None
        return (f"no contents section for {len(sections)} sections: add `## Contents` after the "
                "introduction, with a link to each section")


def _awesome_badge_line(doc: Document) -> int | None:
    """The first line showing the Awesome badge: its image, or any image linked to the index."""
    for k in doc.links:
        if _AWESOME_BADGE.search(k.url) or (_AWESOME_TARGET.match(k.url.strip()) and "![" in k.label):
            return k.line
    for a, b in doc.html_blocks:
        for ln in range(a, b + 1):
            text = doc.line_text(ln)
            if _AWESOME_BADGE.search(text) and not text.lstrip().startswith("<!--"):
                return ln
    return None


def _top_heading(doc: Document) -> tuple[int, int, int] | None:
    """(first line, last line) of the top heading, and the last line of the header: up to the
    first section below the top heading, or the badge paragraph right under the heading."""
    if not doc.headings:
        return None
    first = doc.headings[0]
    if first.level > 1 and first.line > 1:  # an HTML header above the first section
        return 1, first.line - 1, first.line - 1
    h = min(doc.headings[:3], key=lambda x: (x.level, x.line)) if doc.headings[0].level > 1 else doc.headings[0]
    nxt = next((x for x in doc.headings if x.line > h.line), None)
    header_end = (nxt.line - 1) if nxt is not None else doc.line_count
    hi = h.end_line
    ln = hi + 1
    while ln <= doc.line_count and not doc.line_text(ln).strip():
        ln += 1
    # a paragraph of badges right under the heading is beside it
    end = ln
    while end <= doc.line_count and doc.line_text(end).strip():
        end += 1
    block = " ".join(doc.line_text(i) for i in range(ln, end))
    if block and re.fullmatch(r"(?:\s*(?:\[?!\[[^\]]*\]\([^)]*\)\]?(?:\([^)]*\))?|<[^>]+>))+\s*", block):
        hi = end - 1
    return h.line, hi, max(hi, header_end)


def _fragment(url: str) -> str | None:
    return url.rsplit("#", 1)[1] if "#" in url else None


def _folders(path: str) -> list[str]:
    if not path or path in ("-", "<text>", "<stdin>") or not os.path.isfile(path):
        return []
    here = os.path.dirname(os.path.abspath(path))
    out = [here]
    cur = here
    while True:
        if os.path.exists(os.path.join(cur, ".git")):
            if cur != here:
                out.append(cur)
            break
        parent = os.path.dirname(cur)
        if parent == cur:
            break
        cur = parent
    return out


def _has_file(folders: list[str], pattern: re.Pattern, subdirs: tuple[str, ...]) -> bool:
    for folder in folders:
        for sub in ("", *subdirs):
            d = os.path.join(folder, sub) if sub else folder
            try:
                names = os.listdir(d)
            except OSError:
                continue
            if any(pattern.match(n) and os.path.isfile(os.path.join(d, n)) for n in names):
                return True
    return False


def _ci_badges(doc: Document) -> list[int]:
    """Lines of CI badges outside the entries (the list's own, not the listed projects')."""
    spans = sorted((e.start, e.end) for e in doc.entries)

    def in_entry(offset: int) -> bool:
        return in_spans(spans, offset)

    lines: set[int] = set()
    for k in doc.links:
        if not k.is_image or in_entry(k.start):
            continue
        if _is_ci(k.url, k.label):
            lines.add(k.line)
    for a, b in doc.html_blocks:
        for ln in range(a, b + 1):
            text = doc.line_text(ln)
            for m in _IMG_TAG.finditer(text, 0, text.rfind(">") + 1):
                alt = _IMG_ALT.search(m.group())
                if _is_ci(m.group(1), alt.group(1) if alt else ""):
                    lines.add(ln)
    return sorted(lines)


def _is_ci(url: str, alt: str) -> bool:
    if _AWESOME_BADGE.search(url):
        return False
    if _CI_BADGE.search(url):
        return True
    return bool(alt) and "badge" in url.lower() and bool(_CI_ALT.search(alt))
