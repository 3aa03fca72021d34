"""AL012 url-hygiene."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..inline import REFERENCE, Link
from ..model import WARNING, Edit, Finding, Fix
from .base import FIX_SOMETIMES, Option, Rule

_HOSTS: tuple[frozenset[str], tuple[str, ...]] | None = None


def https_hosts() -> tuple[frozenset[str], tuple[str, ...]]:
    """(exact hosts, subdomain suffixes) known to serve https, read once from the data file."""
    global _HOSTS
    if _HOSTS is None:
        import json
        from importlib.resources import files

        data = json.loads((files("awesome_lint") / "data" / "https_hosts.json").read_text(encoding="utf-8"))
        _HOSTS = (frozenset(h.lower() for h in data["hosts"]), tuple(s.lower() for s in data["suffixes"]))
    return _HOSTS


def _serves_https(host: str) -> bool:
    hosts, suffixes = https_hosts()
    return host in hosts or host.endswith(suffixes)


_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACE = re.compile(r"[\s\u00a0]+")
_AUTHORITY = re.compile(r"^(https?)://([^/?#\s]*)", re.I)
_PLACEHOLDER_WORDS = {"url", "link", "todo", "tbd", "xxx", "http://", "https://", "none", "null", "coming soon"}
_PLACEHOLDER_HOSTS = ("example.com", "example.org", "example.net")
_PLACEHOLDER_GITHUB = re.compile(
    r"^(?:https?://)?(?:www\.)?github\.com/?(?:(?:anonymous|username|your-?username|user|yourname|xxx|todo)(?:/.*)?)?$", re.I)


class UrlHygiene(Rule):
    """
    ## What it does

    Checks each link's URL as written for small faults that a reader or a link checker trips
    over:

    - `http://` for a host known to serve the same pages over https (arXiv, GitHub, DOI, CVF
      open access, NeurIPS/PMLR/ACL proceedings, OpenReview, publishers, ... the list is
      `data/https_hosts.json`);
    - `www.arxiv.org`, which is not arXiv's name (`arxiv.org` is);
    - a trailing `?` or `#` with nothing after it (`https://arxiv.org/pdf/2509.21265?`);
    - placeholder links that lead nowhere: `#`, `example.com`/`.org`/`.net`,
      `github.com/anonymous` (and `github.com` alone, `github.com/username/...`), `TODO`;
    - white space inside a URL: invisible characters (zero-width space, soft hyphen, byte-order
      mark) pasted along with it, leading or trailing spaces in an HTML `href`, and spaces in the
      middle of a URL.

    Links in code are not checked. An empty destination `[text]()` is reported by AL007.

    ## Why it matters

    `http://` links are redirected (or blocked by strict browsers and proxies), `www.arxiv.org`
    and trailing `?` produce duplicate URLs that defeat duplicate detection and caches, a
    placeholder makes a reader click through to nothing, and an invisible character makes a
    link fail although it looks right.

    ## Example

    ```markdown
    - MedVSR [[paper]](https://arxiv.org/pdf/2509.21265?) [[code]](http://github.com/org/medvsr)
    - ProbMed [[paper]](https://www.arxiv.org/pdf/2509.25711)
    - SPROUT [[paper]](https://openreview.net/pdf?id=abc) [[code]](https://github.com/anonymous)
    ```

    Use instead:

    ```markdown
    - MedVSR [[paper]](https://arxiv.org/pdf/2509.21265) [[code]](https://github.com/org/medvsr)
    - ProbMed [[paper]](https://arxiv.org/pdf/2509.25711)
    - SPROUT [[paper]](https://openreview.net/pdf?id=abc)
    ```

    ## Fix safety

    Safe where the link's meaning is unchanged: `http://` to `https://` for the listed hosts,
    `www.arxiv.org` to `arxiv.org`, dropping an empty `?` or `#`, and removing invisible
    characters and the spaces around an HTML `href`. Placeholders and spaces inside a URL are
    reported without a fix: only the author knows the real address.
    """

    code = "AL012"
    name = "url-hygiene"
    summary = "`http://` where https works, `www.arxiv.org`, trailing `?`, placeholder links"
    severity = WARNING
    fix_availability = FIX_SOMETIMES
    tags = ("links", "urls")
    options = {
        "extra-https-hosts": Option(list, [], "More hosts whose `http://` links should use https "
                                    "(a name starting with `.` matches every subdomain)."),
        "placeholders": Option(bool, True, "Report placeholder links (`#`, `example.com`, "
                               "`github.com/anonymous`)."),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        extra = [h.lower() for h in getattr(self.opts, "extra-https-hosts") or []]
        extra_exact = {h for h in extra if not h.startswith(".")}
        extra_suffix = tuple(h for h in extra if h.startswith("."))
        placeholders = self.opts.placeholders
        for link in doc.links:
            if link.kind == REFERENCE or link.url_end <= link.url_start:
                continue  # a reference's URL is in its definition; an empty one is AL007's
            if doc.in_code(link.start):
                continue
            yield from self._check_link(doc, link, extra_exact, extra_suffix, placeholders)

    def _check_link(self, doc: Document, link: Link, extra_exact, extra_suffix, placeholders) -> Iterator[Finding]:
        written = doc.text[link.url_start:link.url_end]
        problems: list[str] = []  # messages of fixable problems
        others: list[str] = []  # messages without a fix
        url = written
        if _INVISIBLE.search(url):
            names = sorted({f"U+{ord(c):04X}" for c in _INVISIBLE.findall(url)})
            problems.append(f"the URL contains invisible characters ({', '.join(names)})")
            url = _INVISIBLE.sub("", url)
        if url != url.strip() and link.kind == "html":
            problems.append("the href has spaces around the URL")
            url = url.strip()
        if _SPACE.search(url.strip()):
            others.append("the URL contains white space; links break there")
        stripped = url.strip()
        if placeholders and not link.is_image:
            what = _placeholder(stripped)
            if what:
                others.append(f"placeholder link {what}: it leads nowhere; link the real page or drop the link")
        m = _AUTHORITY.match(url)
        if m:
            scheme, authority = m.group(1), m.group(2)
            host = authority.rsplit("@", 1)[-1].split(":", 1)[0].lower()
            new_host = authority
            if host == "www.arxiv.org":
                problems.append("`www.arxiv.org` should be `arxiv.org`")
                new_host = authority[:authority.lower().index("www.arxiv.org")] + "arxiv.org" + \
                    authority[authority.lower().index("www.arxiv.org") + len("www.arxiv.org"):]
            new_scheme = scheme
            if scheme.lower() == "http" and ":" not in authority.rsplit("@", 1)[-1] and (
                    _serves_https(host) or host in extra_exact or (extra_suffix and host.endswith(extra_suffix))):
                problems.append(f"`http://` link to {host}, which serves https")
                new_scheme = "https"
            if new_scheme != scheme or new_host != authority:
                url = f"{new_scheme}://{new_host}" + url[m.end():]
        if len(url) > 1 and not url.startswith("#"):
            trimmed = url
            while trimmed and trimmed[-1] in "?#" and "://" in trimmed:
                trimmed = trimmed[:-1]
            if trimmed != url:
                problems.append(f"the URL ends in an empty {url[len(trimmed):]!r}")
                url = trimmed
        line, col = doc.position(link.url_start)
        end_line, end_col = doc.position(link.url_end)
        fix = None
        if problems and url != written:
            fix = Fix((Edit(link.url_start, link.url_end, url),), safe=True, description=f"use {url}")
        for message in problems:
            yield self.finding(message, line, col, end_line, end_col, fix=fix)
        for message in others:
            yield self.finding(message, line, col, end_line, end_col)


def _placeholder(url: str) -> str | None:
    """Why ``url`` is a placeholder, or None."""
    if url == "#":
        return "`#`"
    if url.casefold() in _PLACEHOLDER_WORDS:
        return f"`{url}`"
    if _PLACEHOLDER_GITHUB.match(url):
        return f"`{re.sub(r'^https?://', '', url)}`"
    m = _AUTHORITY.match(url)
    host = m.group(2).lower().split(":", 1)[0] if m else ""
    if not m and url.lower().startswith("www."):
        host = url.lower().split("/", 1)[0]
    if host and (host in _PLACEHOLDER_HOSTS or host.endswith(tuple("." + h for h in _PLACEHOLDER_HOSTS))):
        return f"to {host}"
    return None
