"""AL008 broken-anchor."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote

from ..document import Document
from ..model import WARNING, Edit, Finding, Fix
from .base import FIX_SOMETIMES, Option, Rule

# '#' and '#top' go to the top of the page in every browser; '#readme' to the README on the
# repository's page, where GitHub gives the README's box that id ("back to top" links use it)
_ALWAYS = {"", "top", "readme"}
_PREFIX = "user-content-"  # GitHub prefixes every id in rendered Markdown with this
# a relative address that is a heading's anchor of two words or more without its `#`
# (`[Papers by Method](Papers-by-Method)`): GitHub opens it as a path of the repository
_SLUG = re.compile(r"[^\W_][\w]*(?:-+[\w]+)+")


def lost_hash(doc: Document, url: str, headings: set[str]) -> str | None:
    """The heading anchor ``url`` is, written without its ``#`` (compared without case), when
    no file or folder beside the list has that name; None otherwise."""
    if not _SLUG.fullmatch(url):
        return None
    anchor = next((a for a in headings if a.lower() == url.lower()), None)
    if anchor is None or doc.beside(url):
        return None  # (a folder of the repository by that name: a path meant)
    return anchor


class BrokenAnchor(Rule):
    """
    ## What it does

    Checks that every in-page link (`[Segmentation](#segmentation)`, `<a href="#x">`) reaches a
    target on the page: a heading, by GitHub's anchor rules, or an explicit `<a name="…">` or
    `id="…"`. Heading anchors follow GitHub: the heading's text in lower case, punctuation and
    emoji removed (letters of every script, digits, `_` and `-` kept), each space turned into
    `-`; a repeated heading gets `-1`, `-2`, …. A `:shortcode:` emoji keeps its name
    (`## :fire: News` is `#fire-news`), an emoji character does not (`## 🔥 News` is `#-news`).
    A heading that ends with a badge, an image or an emoji is reached with or without the
    hyphen its last space leaves (`#markdown-tools-` and `#markdown-tools` for `### Markdown
    Tools [![Awesome List][icon]](…)`): real lists link both ways and GitHub's trimming of that
    space has changed over time.
    Percent-encoded fragments (`#%E6%95%B0%E6%8D%AE`) are decoded first; `#` and `#top` always
    work, and so does `#readme` (GitHub gives the README's box on the repository's page that id,
    and "back to top" links use it). For a broken link the nearest existing target is suggested.

    A fragment that differs from a heading's anchor only in case (`#Segmentation` for
    `## Segmentation`) works on github.com: GitHub's page script retries a missing fragment in
    lower case (rsc/markdown#19, serokell/xrefcheck#211). Readers of the list on GitHub never
    see it fail, so it is not reported unless `case-sensitive` is set, for lists also published
    where the match is exact (GitLab, editors' previews, static-site generators, npm and PyPI
    pages; markdownlint MD051): then it is a warning. Explicit anchors keep their case
    (`<a name="Segmentation">` is reached by `#Segmentation` only, on GitHub too), so a
    case-only mismatch with one of them is always an error.

    A link whose address is a heading's anchor of two words or more without its `#`
    (`[Papers by Method](Papers-by-Method)`) is reported too: GitHub opens it as a path of the
    repository, which is not there (a file or folder of that name beside the list is a path
    meant, and is left alone).

    ## Why it matters

    A table of contents whose links go nowhere is the first thing a reader clicks. Headings get
    renamed, emoji get added to them, and the links in the contents are not updated.

    ## Example

    ```markdown
    - [Segmentation](#segmentaton)
    - [Report generation](#report-generation)

    ## Segmentation
    ## Report Generation
    ```

    Use instead:

    ```markdown
    - [Segmentation](#segmentation)
    - [Report generation](#report-generation)

    ## Segmentation
    ## Report Generation
    ```

    ## Fix safety

    Sometimes safe. The `#` a heading's anchor lost is put back by an unsafe fix. A case-only mismatch (reported with `case-sensitive`, or with an explicit
    anchor) is fixed safely by writing the target's exact anchor.
    Otherwise, when one target is clearly the nearest (similarity of at least `fix-cutoff`), the
    fix to it is unsafe: the nearest heading is a guess at what was meant.
    """

    code = "AL008"
    name = "broken-anchor"
    summary = "An in-page #fragment link has no target"
    fix_availability = FIX_SOMETIMES
    tags = ("links", "structure")
    options = {
        "fix-cutoff": Option(float, 0.85, "Similarity (0 to 1) from which the nearest target is "
                                          "offered as an unsafe fix.", ge=0, le=1),
        "case-sensitive": Option(bool, False, "Also report fragments that match a heading's "
                                              "anchor only when case is ignored (they work on "
                                              "github.com, not on exact-match hosts)."),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        anchors = doc.anchors
        headings = {h.anchor for h in doc.headings}
        # a heading that ends with a badge or an emoji (`### Markdown Tools [![List][icon]](…)`):
        # its anchor ends with the space before it (`markdown-tools-`), and links written both
        # with and without that hyphen are seen working on GitHub: neither is reported
        trailing = {a.rstrip("-") for a in headings if a.endswith("-") and a.rstrip("-")}
        lower: dict[str, str] = {}
        for name in anchors:
            lower.setdefault(name.lower(), name)
        for link in doc.links:
            if not link.is_anchor and not link.is_image and "-" in link.url and not doc.in_code(link.start) \
                    and (anchor := lost_hash(doc, link.url, headings)) is not None:
                line, col = doc.position(link.url_start)
                end_line, end_col = doc.position(link.url_end)
                yield self.finding(
                    f"`({link.url})` has no `#`: GitHub opens it as a path of the repository, not the "
                    f"section `#{anchor}` (line {anchors[anchor]})", line, col, end_line, end_col,
                    fix=Fix((Edit(link.url_start, link.url_end, "#" + anchor),), safe=False,
                            description=f"link to #{anchor}"), related=(anchors[anchor],))
                continue
            if not link.is_anchor or doc.in_code(link.start):
                continue
            frag = link.url[1:]
            target = unquote(frag)
            if target.startswith(_PREFIX):
                target = target[len(_PREFIX):]
            if target.lower() in _ALWAYS or frag in anchors or target in anchors or target in trailing:
                continue
            line, col = doc.position(link.url_start)
            end_line, end_col = doc.position(link.url_end)
            exact = lower.get(target.lower())
            if exact is not None:
                fix = Fix((Edit(link.url_start, link.url_end, "#" + exact),), safe=True,
                          description=f"use the exact anchor #{exact}")
                if exact in headings:
                    if not getattr(self.opts, "case-sensitive"):
                        continue  # github.com resolves it: see the docstring
                    yield self.finding(
                        f"`#{frag}` differs from the heading anchor `#{exact}` in case: it works on "
                        f"github.com only through its page script, nowhere else",
                        line, col, end_line, end_col, fix=fix, severity=WARNING, related=(anchors[exact],))
                else:
                    yield self.finding(
                        f"`#{frag}` does not match the anchor `{exact}` (line {anchors[exact]}): "
                        f"explicit anchors are case-sensitive",
                        line, col, end_line, end_col, fix=fix, related=(anchors[exact],))
                continue
            best, score = _nearest(target, anchors)
            message = f"no heading or anchor on this page has the id `{target}`"
            fix = None
            related: tuple[int, ...] = ()
            if best is not None:
                message += f"; did you mean `#{_visible(best)}` (line {anchors[best]})?"
                related = (anchors[best],)
                if score >= getattr(self.opts, "fix-cutoff"):
                    fix = Fix((Edit(link.url_start, link.url_end, "#" + _visible(best)),), safe=False,
                              description=f"link to the nearest target #{best}")
            yield self.finding(message, line, col, end_line, end_col, fix=fix, related=related)


def _visible(anchor: str) -> str:
    """The anchor with invisible characters (U+FE0F left by an emoji, other marks and format
    characters) percent-encoded, as GitHub writes them in its own links."""
    import unicodedata
    from urllib.parse import quote

    return "".join(quote(ch) if unicodedata.category(ch) in ("Mn", "Me", "Cf") and not ch.isascii() else ch
                   for ch in anchor)


def _nearest(target: str, anchors: dict[str, int]) -> tuple[str | None, float]:
    """The most similar existing anchor (with its similarity, 0 to 1), if any is similar at all."""
    if not anchors:
        return None, 0.0
    from rapidfuzz import fuzz, process

    want = target.lower()
    choices = {name: name.lower() for name in anchors}
    hits = process.extract(want, choices, scorer=fuzz.ratio, limit=2, score_cutoff=60)
    if not hits:
        return None, 0.0
    _, score, name = hits[0]
    if len(hits) > 1 and hits[1][1] == score:
        return name, 0.0  # a tie: suggest, never fix
    return name, score / 100.0
