"""AL012 url-hygiene."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..document import Document
from ..inline import HTML, REFERENCE, Link
from ..model import WARNING, Edit, Finding, Fix
from ..textutil import elsewhere, shorten
from ..vocabulary import proxied_paper_host
from .base import FIX_SOMETIMES, Option, Rule
from .quiet import quiet_keys

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
_FTP = re.compile(r"^ftp://[^/?#\s]+/", re.I)
# Query parameters that only say where a click came from: dropping one leaves the same page.
_DOUBLED_QUERY = re.compile(r"\?\?([A-Za-z_][\w.-]*)=")  # `page??name=value`: one '?' too many
_TRACKING = re.compile(r"(?i)utm_[a-z_]+|_ga|_gl|fbclid|gclid|dclid|msclkid|yclid|mc_cid|mc_eid|igshid|_hsenc|_hsmi|ocid")
_YOUTUBE = ("youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be")
# the viewer's own playlists (Liked videos, Watch later): another reader has other ones, so the
# playlist and the position in it (`index=`) are no part of the video's address
_OWN_PLAYLISTS = ("LL", "WL")
# Twitter's share codes on a post's address: `s=20` (which share button) and `t=…` (who shared)
_TWITTER = ("twitter.com", "www.twitter.com", "mobile.twitter.com", "x.com", "www.x.com")
_TWITTER_SHARE = {"s": re.compile(r"\d{1,3}"), "t": re.compile(r"[\w-]{8,}")}
# Alibaba's "super position model" click code (`spm=a2ty_o06.30285417.0.0.6d26c921…`: dotted
# fields), which Alibaba, Aliyun, Taobao and pages shared from them append; Bilibili's `spm_id_from`
_SPM = re.compile(r"[\w-]+(?:\.[\w-]+){2,}")
_SCIENCEDIRECT = ("www.sciencedirect.com", "sciencedirect.com")
_PREPRINT = ("www.biorxiv.org", "biorxiv.org", "www.medrxiv.org", "medrxiv.org")
_DELIBERATE = re.compile(r"(?i)(?:^|&)utm_[a-z]+=[^&#]*(?:github|awesome|affiliate|sponsor|partner|badge)")
_BASE64_URL = re.compile(r"aHR0c[A-Za-z0-9+/_-]{4,}(?:={0,2}|(?:%3D){0,2})", re.I)  # base64 of "http…"
_SCHEME_AGAIN = re.compile(r"(?i)https?://")
# two slashes or more inside a path, not those of a URL it wraps (`…/web/2019/https://…`)
_DOUBLE_SLASH = re.compile(r"(?<![:/])//+")
_HABIT_LINES = 3  # lines with one slip of a site's links that make it a house habit
# hosts whose own addresses hold a `//` (Google Research's PDFs: `…/research.google.com/en//pubs/…`)
_DOUBLE_SLASH_OWN = frozenset(("static.googleusercontent.com",))
_DOUBLE_SAID = "`//` in the path of a link to "
_CAPS_SAID = "the host "
_WWW_ARXIV_SAID = "`www.arxiv.org` should be `arxiv.org`"
# the Maintenance badge's example link (`[![Maintenance](…)](https://GitHub.com/Naereen/StrapDown.js/graphs/commit-activity)`),
# pasted into many lists with the badge
_BADGE_EXAMPLE = re.compile(r"(?i)https?://(?:www\.)?github\.com/Naereen/StrapDown\.js/graphs/commit-activity\b")
# the host of an authority: after a user's name (`JohnDoe@bitbucket.org`, whose case counts), before a port
_HOST_PART = re.compile(r"(?<=@)[^@:\[\]%]+|^[^@:\[\]%]+(?=(?::\d*)?$)")
_PAGES_HOST = re.compile(r"(?i)\.(?:github|gitlab)\.io(?::\d+)?$")
# `https://github.comMay2333/FDCA`: the `/` after the host lost, the owner glued to it
_GLUED_GITHUB = re.compile(r"(?i)(?:www\.)?github\.com(?!munity\b|pany\b|puter\b)(?=[A-Za-z0-9])[A-Za-z0-9-]{1,39}")

# a '.' after a DOI or a GitHub repository: neither ends in one, so it is a sentence's full stop
_FULL_STOP = re.compile(r"(?i)(?:/10\.\d{4,9}/[^\s?#]*[A-Za-z0-9)]|//(?:www\.)?github\.com/[\w.-]+/[\w-]*[A-Za-z0-9_-])\.$")
_TWICE = "the URL is written twice end to end: the link is broken; keep one copy"
# a Markdown backslash escape (`\_ga`): the URL a reader follows has the character alone
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# the fragment Facebook's login redirect appends (`#_=_`, maybe written `#\_=\_`): no anchor
_FACEBOOK_FRAGMENT = re.compile(r"#\\?_=\\?_$")
# arXiv's own hosts for a paper's abstract, PDF or HTML page: such a page takes no query
# parameters (`?s=03` is Twitter's share code) but two, left alone as a reader's choice:
# `context=`, the category whose previous/next links the abstract page shows, and `fmt=`, the
# format the abstract is served in
_ARXIV_KEPT = ("context", "fmt")
_ARXIV_OWN = ("arxiv.org", "www.arxiv.org", "export.arxiv.org")
# an arXiv paper's address with a '/' after the id (`/abs/2411.15122/`), then maybe a fragment
# something pasted after an arXiv id (`/pdf/2210.02186v2/1000`, `/abs/2210.02186.`): no page
_ARXIV_JUNK = re.compile(r"(/(?:abs|pdf)/\d{4}\.\d{4,5}(?:v\d+)?)(/\d+|[.,;:])", re.I)
_ARXIV_SLASH = re.compile(r"(/(?:abs|pdf|html)/(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?/\d{7})(?:v\d+)?)/(?:#.*)?", re.I)
_ARXIV_PAPER = re.compile(r"/(?:abs|pdf|html)/(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?/\d{7})(?:v\d+)?(?:\.pdf)?/?$", re.I)
# copies of arXiv on other hosts, serving its pages under the same paths: the retired official
# mirrors and any other host named after arXiv that serves `/abs/ID` or `/pdf/ID` (arXiv's own
# subdomains, and the services that render or discuss a paper rather than copy it, are not)
_ARXIV_MIRRORS = frozenset({"xxx.lanl.gov", "xxx.itp.ac.cn", "cn.arxiv.org", "de.arxiv.org", "es.arxiv.org",
                            "fr.arxiv.org", "in.arxiv.org", "it.arxiv.org", "jp.arxiv.org", "uk.arxiv.org",
                            "aps.arxiv.org", "lanl.arxiv.org"})
_ARXIV_SERVICES = ("ar5iv.org", "alphaxiv.org", "arxiv-vanity.com", "arxiv-sanity.com", "arxiv-sanity-lite.com")
_ARXIV_ID_PATH = re.compile(r"/(?:abs|pdf)/(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?/\d{7})(?:v\d+)?(?:\.pdf)?/?(?=$|[?#])", re.I)
# an IPv4 address as the host: serving arXiv's `/abs/ID` or `/pdf/ID` pages, it is arXiv's own
# server reached by its number (`https://128.84.21.199/pdf/1703.06870`)
_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
# outbound redirects that sites wrap around the links they show: (host, path, the parameter
# holding the target); a link copied from such a page goes through the redirect
_REDIRECTS = {
    "link.zhihu.com": ("/", "target"), "link.juejin.cn": ("/", "target"), "link.csdn.net": ("/", "target"),
    "link.jianshu.com": ("/", "t"), "www.google.com": ("/url", "q", "url"), "google.com": ("/url", "q", "url"),
    "l.facebook.com": ("/l.php", "u"), "lm.facebook.com": ("/l.php", "u"), "www.youtube.com": ("/redirect", "q"),
}
# Google's search in a country's domain (`www.google.com.hk`, `google.co.uk`, `google.de`): its
# `/url?…&url=` redirect is the same as google.com's
_GOOGLE = re.compile(r"(?:www\.)?google\.(?:com?\.[a-z]{2}|de|fr|it|es|nl|pl|ru|ca|ch|at|be|se|no|dk|fi|pt|cz|gr|hu|ro|ie|jp|cn|kr|tw)")
# an `ftp://` address (`ftp://ftp.gnu.org`, `ftp://cmp.felk.cvut.cz/pub/…`)
_FTP_LINK = re.compile(r"ftp://[^/?#\s]+", re.I)
# a browser's text fragment (`#:~:text=…`, maybe after an anchor): it highlights a quote
_TEXT_FRAGMENT = re.compile(r"#?:~:text=.*$", re.S)
# Medium's old share code: `#.` and nine letters after a post's address (which ends in the post's
# hex id, on medium.com or a publication's own domain); the page has no such anchor
_MEDIUM_SHARE = re.compile(r"-[0-9a-f]{10,12}(#\.[a-z0-9]{8,10})$")
# AddThis's address-bar tracking (`…/record/1154821#.WmN9kHWnHIp`, `#.VxXb3Q1m.dpuf`): `#.`, a
# time-based code of eleven characters (V to Y, 2015-2020), maybe a share channel; no anchor has
# such a name
_ADDTHIS = re.compile(r"(#\.[V-Y][A-Za-z0-9_-]{10}(?:\.(?:dpuf|dpbs|twitter|facebook|email|mailto|gplus|linkedin"
                      r"|pinterest|reddit|sthash))?)$")
# GitHub's image proxy: `/<digest>/<the original address in hex>`, the address a rendered page
# shows for an image; copied from there, it depends on GitHub's signing key instead of the image
_CAMO = re.compile(r"(?i)https?://camo\.githubusercontent\.com/[0-9a-f]{20,}/((?:[0-9a-f]{2}){8,})/?$")
_CAMO_SAID = "the image address is GitHub's camo proxy"
# a `~` pasted as a look-alike (from a PDF: the tilde operator `∼`, the small tilde `˜`), maybe
# percent-encoded, at the start of a path segment (`/∼suchanek/`): the server has no such page
_TILDE_LOOKALIKE = re.compile(r"(?<=/)(?:\u223c|\u02dc|%E2%88%BC|%CB%9C)(?=[\w.-])", re.I)
_GITHUB = ("github.com", "www.github.com")
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.S)
_THROUGH = "the link goes through "
# WeChat's share codes on an article's address (`/s?__biz=…&mid=…&idx=…&sn=…` names the article)
_WEIXIN_SHARE = frozenset({"chksm", "mpshare", "scene", "srcid", "sharer_sharetime", "sharer_shareid",
                           "sharer_shareinfo", "sharer_shareinfo_first", "clicktime", "enterid", "from",
                           "isappinstalled", "ascene"})
# a query percent-encoded into the path (`stamp.jsp%3Ftp%3D%26arnumber%3D8970668`): no such page
_ENCODED_QUERY = re.compile(r"(?i)%3F[\w.-]+%3D")
# Amazon's stores; a product page (`/dp/ID`, `/gp/product/ID`) and the referral code its share
# buttons and searches append: `ref=`/`ref_=` in the query or as the path's last segment
_AMAZON = re.compile(r"(?:www\.|smile\.|read\.)?amazon\.(?:com|ca|de|fr|it|es|nl|se|pl|in|cn|sg|ae|sa|co\.uk|co\.jp"
                     r"|com\.au|com\.br|com\.mx|com\.tr|com\.be)")
_AMAZON_PRODUCT = re.compile(r"/(?:dp|gp/product|gp/aw/d)/[A-Z0-9]{10}\b")
_AMAZON_SEARCH = re.compile(r"(?i)qid|sr|crid|sprefix|keywords|dchild|pf_rd_[a-z]+|pd_rd_[a-z]+")
_AMAZON_REF_PATH = re.compile(r"/ref=[^/?#]*$")
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
      `data/https_hosts.json`), or a host the same file links over `https://` elsewhere, also
      with `www.` added or taken away (the host serves https; the fix is then unsafe, since that page's https address is likely,
      not known). A site (`www.` aside) the file links over `http://` in two links or more, three
      in four of its links at least, is a house habit: one finding at its first link, naming the
      others, with one fix for all; a few such links among a site's `https://` ones are slips,
      one finding per line;
    - a scheme written with capitals (`Https://`);
    - `www.github.com` in a file whose GitHub links write `github.com` (four times as often at
      least): the name only redirects;
    - `www.arxiv.org`, which is not arXiv's name (`arxiv.org` is; written on three in four of
      the file's arXiv links, on three lines or more, it is a house habit: one finding at its
      first link, with one fix for all), and copies of arXiv on other
      hosts (`arxiv.dosf.top/abs/2402.16445`, the retired mirrors such as `xxx.lanl.gov`): a
      host named after arXiv that serves its `/abs/ID` or `/pdf/ID` pages and is neither
      arXiv's own nor a service built on it (ar5iv, alphaXiv, arxiv-vanity), or an IP address
      serving those pages (`https://128.84.21.199/pdf/1703.06870`);
    - a paper linked through a university library's proxy, the publisher's host written with
      hyphens inside the proxy's (`ieeexplore-ieee-org-s.nudtproxy.yitlink.com`,
      `dl-acm-org.ezproxy.example.edu`): it opens only for that library's members; the fix links
      the publisher's host with the same path (unsafe: a proxy may rewrite the path);
    - a link wrapped in a site's outbound redirect, copied from a page that wraps its links
      (`https://link.zhihu.com/?target=https%3A//github.com/…`; juejin, CSDN, Jianshu, Google's
      `/url?q=` or `/url?…&url=`, on google.com or a country's Google, `google.com.hk`, Facebook's `l.php?u=`, YouTube's `/redirect?q=`): link the
      target itself (an `ftp://` target too). The links of one line are one finding;
    - an `ftp://` link: browsers no longer open FTP (Chrome and Firefox dropped it in 2021);
      not fixed, since where an https copy lives is for the maintainer to find;
    - a browser's text fragment (`#:~:text=…`), a highlight copied along with the link;
      GitHub's `?tab=readme-ov-file` (the view of the README a repository's page shows
      anyway); Amazon's referral codes (`ref=`, `ref_=`, or `/ref=…` at the end of a product
      page's path) and the search codes on a product page (`qid`, `sr`, `crid`, `keywords`, …);
      WeChat's share codes on an article's address (`chksm`, `mpshare`, `scene`, `srcid`, …);
    - a query percent-encoded into the path (`stamp.jsp%3Ftp%3D%26arnumber%3D8970668`): the
      server looks for a page of that name;
    - a query on an arXiv paper's abstract, PDF or HTML page (`arxiv.org/abs/2304.03893?s=03`):
      those pages take no parameters; `context=` (the category the page's previous and next
      links walk) and `fmt=` are a reader's choice and are left alone; and a `/` after an arXiv
      paper's id (`arxiv.org/abs/2411.15122/`), or a number or a mark pasted there
      (`arxiv.org/pdf/2210.02186v2/1000`, `arxiv.org/abs/2210.02186.`: no such page);
    - a query opened with `??` (`…/s/x??hidenavigation=1`): the first parameter is read as
      `?hidenavigation` and ignored;
    - a trailing `?` or `#` with nothing after it (`https://arxiv.org/pdf/2509.21265?`), the
      `#_=_` fragment Facebook's login redirect appends to the addresses it passes on, and the
      share code Medium's old share button appended to a post's address (`…-90d85a72ae65#.lygadl38g`,
      on medium.com or a publication's own domain), and the code AddThis's share script wrote
      into the address bar of the pages that carried it (`…/record/1154821#.WmN9kHWnHIp`, `#.` and
      eleven characters from `V` to `Y`, on any site);
    - `//` after `github.com` (`github.com//owner/repo`), a slip in the address, and a
      look-alike of `~` at the start of a path segment (`/∼suchanek/`, `/%CB%9Cwlouyang/`: the
      tilde operator or the small tilde a PDF gives when its text is copied);
    - an image linked through GitHub's camo proxy (`camo.githubusercontent.com/<digest>/<hex>`),
      the address a rendered page shows, copied from there: it breaks when GitHub changes its
      key. The file's copies are one habit, one finding at the first; the fix links the address
      the proxy wraps (unsafe: the image may have moved since);
    - placeholder addresses that lead nowhere: `example.com`/`.org`/`.net`,
      `github.com/anonymous` (and `github.com` alone, `github.com/username/...`), but not an
      entry's opening link whose text is the site's name (`- [GitHub](https://github.com/) -
      Helps developers …`, in a list of code hosts);
    - tracking parameters copied along with a link: `utm_*`, Google Analytics `_ga`/`_gl`,
      `gclid`, `fbclid`, HubSpot and Mailchimp ids, Microsoft's campaign `OCID`, YouTube's `feature=`, `ab_channel=` and
      `si=`, the copier's own YouTube playlist (`list=LL`, Liked videos, or `list=WL`, Watch
      later, with its `index=`: other readers do not have it), Medium's
      `source=post_page…`, ScienceDirect's `via=ihub`, bioRxiv's `rss=1`, Alibaba's click code
      `spm=a2c6h.1234.0.0…` (dotted fields), Bilibili's `spm_id_from` and `vd_source`,
      Springer's mailing keys `sap-outbound-id` and `mkt-key`, a
      `redirectedFrom=fulltext` left by a publisher's redirect, Twitter's share codes on a link
      to a post (`x.com/…/status/…?s=20&t=…`; when several links carry them, a house habit
      copied from the share button, one finding at the first names the others), and a `ref=` holding
      the referring address (plain or base64); also when Markdown escapes them (`?\\_ga=`, which
      the page renders as `?_ga=`). A campaign tag that names the list itself, a
      sponsor, an affiliate or a badge (`utm_source=github`, `utm_medium=affiliate`) was put there
      on purpose and is left alone;
    - a URL pasted twice end to end (`https://a.org/xhttps://a.org/x`), or a second URL glued
      onto the first (`….pdf%5Cnhttp://…`); one after a `/` or `=` (`web.archive.org/web/…/https://…`)
      is a deliberate wrapper, unless the address after the `/` is the site's own
      (`https://github.com/https://github.com/o/r`: the prefix pasted twice; an archive wraps
      another site, never itself);
    - a URL cut short with `…` (`https://www.reddit.com/r/MachineLearn…`, copied from a page
      that shortens long addresses for display);
    - a `.` ending a DOI or a GitHub repository address: a sentence's full stop pasted with it;
    - a `/` too many in a path (`proceedings.neurips.cc//paper/…`, `…/~raskar//trillionfps`; not
      the `//` of an address an archive wraps), a `/` lost after the host
      (`https://github.comMay2333/FDCA`), and a host written with capitals
      (`papers.NeurIPS.cc`, `dI.acm.org`, `GitHub.com`; not a Pages site's `Owner.github.io`,
      which keeps its owner's name as written), and the Maintenance badge's example link
      (`GitHub.com/Naereen/StrapDown.js/graphs/commit-activity`) pasted with the badge, another
      project's page: one slip per link, or one house habit at the
      first link when links on three lines or more carry the same one (the fix for the `/`
      too many is unsafe: a rare server tells `//` from `/`);
    - white space inside a URL: invisible characters (zero-width space, soft hyphen, byte-order
      mark) pasted along with it, leading or trailing spaces in an HTML `href`, and spaces in the
      middle of a URL (but for a quoted HTML attribute, `src="imgs/Escape From Cells.png"`, whose
      spaces the browser encodes).

    Links in HTML blocks (`<img src="…">`, `<a href="…">`) are checked too; links in code are
    not. One finding per fault, each fault with one owner: AL007 owns targets that are not URLs
    at all (empty, `#`, `TBD`, no `https://`, `htts://`, Markdown in the target) and spaces
    between a Markdown link's parentheses and its URL, AL004 owns parts of a URL that expire
    (signatures, tokens, session ids), AL012 the rest. The faults one edit of a URL repairs are
    one finding, and so is one fault in several links of a line (`www.arxiv.org` in a paper's
    link and its PDF's: the line was written once).

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
    - Talk [[video]](https://www.youtube.com/watch?v=abc123&feature=youtu.be)
    ```

    Use instead:

    ```markdown
    - MedVSR [[paper]](https://arxiv.org/pdf/2509.21265) [[code]](https://github.com/org/medvsr)
    - ProbMed [[paper]](https://arxiv.org/pdf/2509.25711)
    - SPROUT [[paper]](https://openreview.net/pdf?id=abc)
    - Talk [[video]](https://www.youtube.com/watch?v=abc123)
    ```

    ## Fix safety

    Safe where the link's meaning is unchanged: `http://` to `https://` for the listed hosts,
    a scheme and a host in lower case, `www.arxiv.org`, a copy of arXiv and arXiv's IP address to
    `arxiv.org` (the path stays as written), dropping an empty `?` or `#`, `#_=_`, a text
    fragment, Medium's share code, GitHub's `//`, a look-alike `~`, a `/` after an arXiv id, a tracking, referral, view or left-over parameter or an
    arXiv paper page's query (the other parameters and the fragment stay as written), the
    target of a redirect whose only parameter it is (decoded), and removing invisible
    characters and the spaces around an HTML `href`. The target of a redirect with other
    parameters beside it is an unsafe fix (`--unsafe-fixes`), and so are keeping one copy of a
    URL written twice, decoding a query written into the path, dropping a final `.` and a `/`
    too many in a path: likely, not certain. Placeholders, a second
    URL glued onto the first, a `/` lost after `github.com` and spaces inside a URL are reported without a fix: only the author
    knows the real address.
    """

    code = "AL012"
    name = "url-hygiene"
    summary = "`http://` where https works, `www.arxiv.org`, trailing `?`, placeholder links"
    severity = WARNING
    fix_availability = FIX_SOMETIMES
    tags = ("links", "urls")
    options = {
        "extra-https-hosts": Option(list, [], "More hosts whose `http://` links should use https "
                                    "(a name starting with `.` matches every subdomain).",
                                    items=Option(str, pattern=r"\.?[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.?",
                                                 expect="a host name such as arxiv.org or .example.org")),
        "placeholders": Option(bool, True, "Report placeholder addresses (`example.com`, "
                               "`github.com/anonymous`)."),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        extra = [h.lower() for h in getattr(self.opts, "extra-https-hosts") or []]
        extra_exact = {h for h in extra if not h.startswith(".")}
        extra_suffix = tuple(h for h in extra if h.startswith("."))
        placeholders = self.opts.placeholders
        quiet = quiet_keys(self)  # a link's findings depend only on its kind and URL as written
        text = doc.text
        links = list(doc.links)
        for line, end_line in doc.html_blocks:  # `<img src="…">` in a block of HTML: a link too
            start, end = doc.line_starts[line - 1], doc.line_end(end_line)
            if "://" in text[start:end]:
                hidden = [(c.start(), c.end()) for c in _COMMENT.finditer(text, start, end)]  # not shown
                links.extend(k for k in doc.scan(start, end).links
                             if k.kind == HTML and not any(a <= k.start < b for a, b in hidden))
        # hosts this file itself links over https: such a host serves https, whatever our list says
        secure = set()
        plain: Counter[str] = Counter()  # links over http:// and https://, by host
        github: Counter[str] = Counter()  # links to github.com and to www.github.com
        redirected: dict[int, list[Finding]] = {}  # findings of links through a redirect, by line
        proxied: list[Finding] = []  # images copied as camo addresses: copied from a rendered page together
        alike: dict[tuple[int, str], list[Finding]] = {}  # the other findings, by line and message
        habits: dict[str, list[Finding]] = {}  # `http://` findings of sites the file writes so, by site
        slips: dict[tuple[int, str], list[Finding]] = {}  # the other `http://` findings, by line and site
        repeated: dict[str, list[Finding]] = {}  # a `//` in a site's paths, a host in capitals: by message
        for link in links:
            if link.url_end > link.url_start and text.startswith(("https://", "HTTPS://"), link.url_start):
                m = _AUTHORITY.match(text[link.url_start:link.url_end])
                if m:
                    secure.add(_host(m.group(2)))
                    plain["https " + _site(m.group(2))] += 1
                    github[_host(m.group(2))] += 1
            elif link.url_end > link.url_start and text.startswith(("http://", "HTTP://"), link.url_start):
                m = _AUTHORITY.match(text[link.url_start:link.url_end])
                if m:
                    plain[_site(m.group(2))] += 1
                    github[_host(m.group(2))] += 1
        # `www.github.com` among a file's github.com links is a slip (one of them, or a fifth at most)
        self._www_github = github["github.com"] >= 4 * github["www.github.com"] > 0
        # `www.arxiv.org` on three in four of the file's arXiv links: the way its links were copied
        www_arxiv = _habit(github["www.arxiv.org"], github["arxiv.org"])
        for link in links:
            if link.kind == REFERENCE or link.url_end <= link.url_start:
                continue  # a reference's URL is in its definition; an empty one is AL007's
            if doc.in_code(link.start):
                continue
            key = (link.kind, text[link.url_start:link.url_end])
            if key in quiet and not (secure and key[1][:5].lower() == "http:") \
                    and "www.github.com" not in key[1].lower():  # the evidence is this file's
                continue
            found = list(self._check_link(doc, link, extra_exact, extra_suffix, placeholders, secure))
            if found:
                for f in found:
                    if f.message.startswith(_THROUGH):
                        redirected.setdefault(f.line, []).append(f)
                    elif f.message.startswith(_CAMO_SAID):
                        proxied.append(f)
                    elif www_arxiv and _WWW_ARXIV_SAID in f.message:
                        # (with `http://` too on some: one habit of copying, one fix for all)
                        repeated.setdefault(_WWW_ARXIV_SAID, []).append(f)
                    elif f.message.startswith(_DOUBLE_SAID) or (
                            f.message.startswith(_CAPS_SAID) and "; " not in f.message):
                        repeated.setdefault(f.message, []).append(f)
                    elif host := _plain_only(f.message):
                        if _habit(plain[host], plain["https " + host]):
                            habits.setdefault(host, []).append(f)
                        else:
                            slips.setdefault((f.line, host), []).append(f)
                    else:
                        alike.setdefault((f.line, f.message), []).append(f)
            elif not _PLACEHOLDER_GITHUB.match(key[1].strip()):
                quiet.add(key)  # (a bare github.com is quiet only as its own entry's link: not remembered)
        for same_line in redirected.values():
            yield self._one_per_line(same_line)
        for same in alike.values():  # `www.arxiv.org` in a line's paper and PDF links: one slip, one fix
            yield same[0] if len(same) == 1 else self._alike_of_a_line(same)
        if proxied:
            yield self._proxied(proxied)
        for (_, host), same_line in slips.items():  # two `http://` links to one site on a line: one slip
            yield same_line[0] if len(same_line) == 1 else self._slips_of_a_line(host, same_line)
        for host, each in habits.items():
            yield self._http_habit(host, each, plain[host], plain["https " + host])
        for key, each in repeated.items():
            yield from self._repeated(each, key if key == _WWW_ARXIV_SAID else None)
        yield from self._share_codes(doc)

    def _one_per_line(self, found: list[Finding]) -> Finding:
        """The links of one line that go through a site's redirect, copied together from one of its
        pages: one finding, one fix for all."""
        if len(found) == 1:
            return found[0]
        first, last = found[0], found[-1]
        fix = _joined_fix(found, "link the targets directly")
        host = first.message[len(_THROUGH):].split("'s redirect", 1)[0]
        return self.finding(f"{len(found)} links on this line go through {host}'s redirect (copied from a page "
                            "that wraps its outbound links): link their targets directly",
                            first.line, first.column, last.end_line, last.end_column, fix=fix)

    def _alike_of_a_line(self, found: list[Finding]) -> Finding:
        """Links of one line with the same fault (`www.arxiv.org` in both the paper's and its
        PDF's link): the line was written, or copied, once; one finding, one fix for all."""
        first, last = found[0], found[-1]
        fix = _joined_fix(found, found[0].fix.description) if all(f.fix is not None for f in found) else None
        return self.finding(f"{first.message} ({len(found)} links on this line)", first.line, first.column,
                            last.end_line, last.end_column, fix=fix)

    def _proxied(self, found: list[Finding]) -> Finding:
        """The file's images linked through GitHub's camo proxy: copied from a rendered page, one
        habit, one finding at the first naming the others, one fix for all."""
        if len(found) == 1:
            return found[0]
        first = found[0]
        fix = _joined_fix(found, "link the images themselves", safe=False)
        lines = sorted({f.line for f in found})
        where = f"lines {', '.join(map(str, lines))}" if len(lines) > 1 else f"line {first.line}"
        return self.finding(f"{len(found)} image addresses are GitHub's camo proxy ({where}), "
                            "copied from a rendered page: they break when GitHub changes its key; link the "
                            "images themselves", first.line, first.column, first.end_line, first.end_column, fix=fix)

    def _slips_of_a_line(self, site: str, found: list[Finding]) -> Finding:
        """The `http://` links to one site on one line: one slip (the line was written, or
        copied, once), one finding with one fix for them all."""
        first, last = found[0], found[-1]
        fix = _joined_fix(found, f"link {site} over https")
        return self.finding(f"`http://` links to {site}, {first.message.split(', ', 1)[1]} "
                            f"({len(found)} on this line)", first.line, first.column,
                            last.end_line, last.end_column, fix=fix)

    def _repeated(self, each: list[Finding], said: str | None = None) -> Iterator[Finding]:
        """One slip in the links of one line is one finding; in those of three lines or more
        (`openaccess.thecvf.com//content` on every CVPR paper, `www.bioRxiv.org` on each
        preprint) a house habit, one finding at its first link with a part per link."""
        by_line: dict[int, list[Finding]] = {}
        for f in each:
            by_line.setdefault(f.line, []).append(f)
        if len(by_line) < _HABIT_LINES:
            for same in by_line.values():
                yield same[0] if len(same) == 1 else self._alike_of_a_line(same)
            return
        first = each[0]
        related = tuple(line for line in by_line if line != first.line)
        fix = _joined_fix(each, first.fix.description) if all(f.fix is not None for f in each) else None
        group = self.finding(f"{said or first.message}: one habit on {len(each)} links ({elsewhere(related)})",
                             first.line, first.column, first.end_line, first.end_column, fix=fix, related=related)
        group.parts = tuple(each)
        yield group

    def _http_habit(self, site: str, each: list[Finding], http: int, https: int) -> Finding:
        """A site the file links over `http://` in two links or more, three in four at least: a
        house habit, one finding at its first link with one fix for all (and a part per link, so a suppression or
        --since keeps the lines it names). A few `http://` links among a site's `https://` ones are
        slips, one finding each."""
        if len(each) == 1:
            return each[0]
        first = each[0]
        related = tuple(dict.fromkeys(f.line for f in each[1:] if f.line != first.line))  # lines, once
        if https == 0 and len(each) == http:
            said = f"all {len(each)} of the file's links to {site}, which serves https"
        else:
            said = f"{len(each)} of the file's {http + https} links to {site} ({https} use https)"
        fix = _joined_fix(each, f"link {site} over https")
        group = self.finding(
            f"`http://` on {said}: one habit, one fix for all "
            f"({elsewhere(related)})", first.line, first.column, first.end_line, first.end_column,
            fix=fix, related=related)
        group.parts = tuple(each)
        return group

    def _share_codes(self, doc: Document) -> Iterator[Finding]:
        """Twitter's share codes on links to posts (`x.com/…/status/…?s=20&t=…`). Lists that link
        many posts often carry them on every one, copied from the share button: a house habit,
        reported once at its first link with one fix for all (and a part per link, so a
        suppression or --since keeps the lines it names)."""
        text = doc.text
        each = []
        for link in doc.links:
            if link.kind == REFERENCE or link.url_end <= link.url_start or "/status" not in link.url:
                continue
            written = text[link.url_start:link.url_end]
            m = _AUTHORITY.match(written)
            if m is None or _host(m.group(2)) not in _TWITTER or "&amp;" in written or doc.in_code(link.start):
                continue
            cleaned, dropped = _drop_share_codes(written)
            if dropped:
                each.append((link, cleaned, dropped))
        if not each:
            return
        def say(names: list[str]) -> str:
            shown = ", ".join(f"`{d}`" for d in sorted(set(names), key=str.lower))
            return (f"Twitter share code{'s' if len(set(names)) > 1 else ''} {shown} on a link to a post: "
                    "copied from the share button, it records how the link was shared and changes nothing "
                    "on the page")

        parts = []
        for link, cleaned, dropped in each:
            fix = Fix((Edit(link.url_start, link.url_end, cleaned),), safe=True, description=f"use {cleaned}")
            parts.append(self.finding(say(dropped), *doc.position(link.url_start), *doc.position(link.url_end),
                                      fix=fix))
        message = say([d for _, _, ds in each for d in ds])
        if len(parts) == 1:
            yield parts[0]
            return
        first = parts[0]
        related = tuple(p.line for p in parts[1:])
        group = self.finding(
            f"{message} ({len(parts)} links to posts in this file carry them: {elsewhere(related)})",
            first.line, first.column, first.end_line, first.end_column,
            fix=Fix(tuple(e for p in parts for e in p.fix.edits), safe=True, description="drop the share codes"),
            related=related)
        group.parts = tuple(parts)
        yield group

    def _check_link(self, doc: Document, link: Link, extra_exact, extra_suffix, placeholders,
                    secure: set[str]) -> Iterator[Finding]:
        written = doc.text[link.url_start:link.url_end]
        guessed = False
        encoded_fix = None
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
        if _SPACE.search(url.strip()) and not (link.kind == "html" and doc.text[link.url_start - 1:link.url_start] in ("\"", "'")):
            # (a quoted HTML attribute keeps its spaces: the browser encodes them, `src="imgs/Escape From Cells.png"`)
            others.append("the URL contains white space; links break there")
        if "\u2026" in url:
            # a display shortened for the eye (`https://www.reddit.com/r/MachineLearn…`)
            others.append("the URL is cut short with '…' (copied from a shortened display): the link is broken; "
                          "paste the whole address")
        stripped = url.strip()
        split = link.kind == "bare" and doc.text[link.url_end:link.url_end + 1] == "\n" and \
            doc.text[link.url_end + 1:link.url_end + 2].isalnum()  # `(https://github.com/⏎jordangong/…)`: AL007's
        if placeholders and not link.is_image and not split:
            what = _placeholder(stripped)
            if what and _names_site(link.label, stripped) and _first_on_line(doc, link):
                what = None  # `[GitHub](https://github.com/)` in a list of code hosts: the site itself
            if what:
                others.append(f"placeholder link {what}: it leads nowhere; link the real page or drop the link")
        if _FTP_LINK.match(stripped) and not link.is_image:
            # (Chrome and Firefox dropped FTP in 2021: the link opens nothing, or a download prompt)
            others.append("`ftp://` link: browsers no longer open FTP; link an https:// copy of the page or file")
        again = _doubled(stripped)
        twice = None
        if again:
            if again == _TWICE and stripped == url == written:
                twice = Fix((Edit(link.url_start, link.url_end, url[:len(url) // 2]),), safe=False,
                            description="keep one copy of the URL")
            else:
                others.append(again)
        wrapped = _redirect_target(url)
        if wrapped is not None:
            target, alone = wrapped
            host = _host(_AUTHORITY.match(url).group(2))
            problems.append(f"{_THROUGH}{host}'s redirect (copied from a page that wraps its "
                            f"outbound links): link `{shorten(target, 60, collapse=False, code=True)}` directly")
            url = target
            guessed = guessed or not alone  # other parameters beside the target: likely, not certain
        m = _AUTHORITY.match(url)
        if m:
            scheme, authority = m.group(1), m.group(2)
            host = _host(authority)
            new_host = authority
            if scheme != scheme.lower():
                problems.append(f"the scheme `{scheme}://` is written with capitals: write `{scheme.lower()}://`")
                scheme_low = scheme.lower()
                url = scheme_low + url[len(scheme):]
                m = _AUTHORITY.match(url)
                scheme = scheme_low
            if host == "www.arxiv.org":
                problems.append(_WWW_ARXIV_SAID)
                new_host = authority[:authority.lower().index("www.arxiv.org")] + "arxiv.org" + \
                    authority[authority.lower().index("www.arxiv.org") + len("www.arxiv.org"):]
            elif host == "www.github.com" and self._www_github:
                problems.append("`www.github.com` should be `github.com`, as the file's other GitHub links write it")
                at = authority.lower().index("www.github.com")
                new_host = authority[:at] + authority[at + 4:]
            elif _arxiv_mirror(host, url[m.end():]):
                if _IPV4.fullmatch(host):
                    problems.append(f"arXiv linked by an IP address (`{host}`): link the paper on `arxiv.org`")
                else:
                    problems.append(f"`{host}` is a copy of arXiv on another host: link the paper on `arxiv.org`")
                new_host, host = "arxiv.org", "arxiv.org"
            elif (paper := proxied_paper_host(host)) is not None:
                problems.append(f"`{host}` is a library's proxy for {paper}: the link opens only for that "
                                f"library's members; link the paper on `{paper}`")
                new_host, host = paper, paper
                guessed = True  # the proxy keeps the publisher's path, most likely but not surely
            new_scheme = scheme
            if scheme.lower() == "http" and ":" not in authority.rsplit("@", 1)[-1] and (
                    _serves_https(host) or host in extra_exact or (extra_suffix and host.endswith(extra_suffix))):
                problems.append(f"`http://` link to {host}, which serves https")
                new_scheme = "https"
            elif scheme.lower() == "http" and ":" not in authority.rsplit("@", 1)[-1] and (
                    host in secure or _www_twin(host) in secure):
                # `http://featurestore.org` beside `https://www.featurestore.org`: one site
                twin = "" if host in secure else f" (as {_www_twin(host)})"
                problems.append(f"`http://` link to {host}, which this file links over https elsewhere{twin}")
                new_scheme = "https"
                guessed = True  # the host serves https; that this page does is likely, not known
            if new_scheme != scheme or new_host != authority:
                url = f"{new_scheme}://{new_host}" + url[m.end():]
        if m and "&amp;" not in url:
            host = _host(m.group(2))
            cleaned, dropped = _drop_tracking(url, host)
            if dropped:
                left = [d for d in dropped if d.lower() == "redirectedfrom"]
                view = [d for d in dropped if d.lower() == "tab" and host in _GITHUB]
                referral = [d for d in dropped if _AMAZON.fullmatch(host) and d not in left]
                wechat = [d for d in dropped if host == "mp.weixin.qq.com" and d.lower() in _WEIXIN_SHARE]
                if wechat:
                    names = ", ".join(f"`{d}`" for d in wechat)
                    problems.append(f"WeChat's share code{'s' if len(wechat) > 1 else ''} {names} on the article's "
                                    "address: left by the share button, the article is the same without them")
                    dropped = [d for d in dropped if d not in wechat]
                share = [d for d in dropped if d.lower() in ("ab_channel", "si") and host in _YOUTUBE]
                playlist = [d for d in dropped if d.lower() in ("list", "index") and host in _YOUTUBE]
                dropped = [d for d in dropped if d.lower() != "redirectedfrom" and d not in view and d not in referral
                           and d not in share and d not in playlist]
                if playlist:
                    problems.append("`list=" + ("LL" if "list=LL" in url else "WL") + "` is the copier's own "
                                    "playlist (" + ("Liked videos" if "list=LL" in url else "Watch later") + "), "
                                    "which other readers do not have: the video's address is the rest")
                if share:
                    names = ", ".join(f"`{d}`" for d in share)
                    problems.append(f"YouTube's code{'s' if len(share) > 1 else ''} {names} in the URL: the share "
                                    "button or the address bar adds it, and it changes nothing on the page")
                if view:
                    problems.append("`?tab=readme-ov-file` is GitHub's name for the view of the README the "
                                    "repository's page shows anyway: it changes nothing on the page")
                if referral:
                    names = ", ".join(f"`{d}`" for d in referral)
                    problems.append(f"Amazon's referral and search code{'s' if len(referral) > 1 else ''} {names} "
                                    "in the URL: left by the share button or search the link was copied from, "
                                    "it changes nothing on the page")
                if dropped:
                    names = ", ".join(f"`{d}`" for d in dropped)
                    problems.append(f"tracking parameter{'s' if len(dropped) > 1 else ''} {names} in the URL: "
                                    + ("they record where the click came from and change nothing on the page"
                                       if len(dropped) > 1 else
                                       "it records where the click came from and changes nothing on the page"))
                if left:
                    problems.append(f"`{left[0]}=` in the URL is left over from the redirect the link was "
                                    "copied after: it changes nothing on the page")
                url = cleaned
            if host in _ARXIV_OWN:
                cleaned, dropped = _drop_arxiv_query(url)
                if dropped:
                    names = ", ".join(f"`{d}`" for d in dropped)
                    problems.append(f"query {names} on an arXiv paper's page, which takes no parameters: "
                                    "it changes nothing on the page")
                    url = cleaned
                a = _AUTHORITY.match(url)
                slash = _ARXIV_SLASH.fullmatch(url, a.end()) if a is not None else None
                if slash is not None:
                    problems.append("the arXiv address ends in `/` after the paper's id: the id is the "
                                    "address's end")
                    url = url[:slash.end(1)] + url[slash.end(1) + 1:]
                junk = _ARXIV_JUNK.fullmatch(url, a.end()) if a is not None and slash is None else None
                if junk is not None:
                    problems.append(f"the arXiv address has `{junk.group(2)}` pasted after the paper's id: arXiv "
                                    "finds no such page; the id is the address's end")
                    url = url[:junk.end(1)]
        if m and _AMAZON.fullmatch(_host(m.group(2))):
            q = min((i for i in (url.find("?"), url.find("#")) if i >= 0), default=len(url))
            tail = _AMAZON_REF_PATH.search(url, 0, q)
            if tail is not None and _AMAZON_PRODUCT.search(url, 0, tail.start()):
                said = [i for i, p in enumerate(problems) if p.startswith("Amazon's referral")]
                if said:
                    problems[said[0]] = problems[said[0]].replace(" in the URL:", " and `/ref=…` in the URL:")
                else:
                    problems.append("Amazon's referral code `/ref=…` at the end of the path: left by the share "
                                    "button or search the link was copied from, it changes nothing on the page")
                url = url[:tail.start()] + url[q:]
        if m:
            h = url.find("#")
            frag = _TEXT_FRAGMENT.search(url, h) if h >= 0 else None
            if frag is not None:
                problems.append("the URL ends in a browser text fragment (`#:~:text=…`), a highlight copied "
                                "along with the link: the page is the same without it")
                url = url[:frag.start()]
        if m and "?" not in url:
            h = url.find("#")
            path_end = h if h >= 0 else len(url)
            enc = _ENCODED_QUERY.search(url, m.end(), path_end)
            if enc is not None:
                from urllib.parse import unquote

                decoded = url[:enc.start()] + unquote(url[enc.start():path_end]) + url[path_end:]
                others.append(f"the URL's query is percent-encoded into its path (`{enc.group(0)}…`): the server "
                              "looks for a page of that name, and the link does not open the page")
                encoded_fix = Fix((Edit(link.url_start, link.url_end, decoded),), safe=False,
                                  description=f"use {decoded}")
        if m and _host(m.group(2)) in _GITHUB and url[m.end():].startswith("//"):
            problems.append("`//` after `github.com`: a slip in the address; the repository's path has one `/`")
            url = url[:m.end()] + "/" + url[m.end():].lstrip("/")
        slashed = None
        extra = _slash_too_many(written) if m else None
        if extra is not None:
            host, start, end = extra
            others.append(f"{_DOUBLE_SAID}{host}: a `/` too many")
            at = link.url_start + start
            slashed = Fix((Edit(at, at + end - start, "/"),), safe=False, description="drop the extra `/`")
        glued = _GLUED_GITHUB.match(url, m.end(1) + 3) if m else None
        if m and _BADGE_EXAMPLE.match(url):
            others.append("the badge links Naereen/StrapDown.js's commit activity, the example address of the "
                          "badge template it was copied from, not this list's: link this repository's "
                          "`/graphs/commit-activity`")
        elif glued is not None:
            others.append(f"no `/` after `github.com` (`{glued.group()}…`): the link is broken")
        elif m and (a := _AUTHORITY.match(url)) is not None and (h := _HOST_PART.search(a.group(2))) is not None \
                and h.group() != h.group().lower() and h.group().isascii() and not _PAGES_HOST.search(h.group()):
            # `papers.NeurIPS.cc`, `dI.acm.org`, `GitHub.com`: a find-and-replace, a look-alike
            # letter or a brand's case in the host, which has none (a Pages site keeps its
            # owner's account name as written: `Ref2Any.github.io`)
            problems.append(f"{_CAPS_SAID}`{h.group()}` is written with capitals: write `{h.group().lower()}`")
            at = a.start(2) + h.start()
            url = url[:at] + h.group().lower() + url[at + len(h.group()):]
        tilde = _TILDE_LOOKALIKE.search(url) if m else None
        if tilde is not None:
            problems.append(f"`{tilde.group()}` where the path's `~` belongs (a look-alike pasted from a PDF): "
                            "the server has no such page")
            url = _TILDE_LOOKALIKE.sub("~", url)
        share = _MEDIUM_SHARE.search(url) if m else None
        if share is not None:
            problems.append(f"the URL ends in Medium's share code (`{share.group(1)}`), which its old share "
                            "button appended: it names no place on the page")
            url = url[:share.start(1)]
        addthis = _ADDTHIS.search(url) if m and share is None else None
        if addthis is not None:
            problems.append(f"the URL ends in AddThis's tracking code (`{addthis.group(1)}`), which its script "
                            "wrote into the address bar: it names no place on the page")
            url = url[:addthis.start(1)]
        camo = _CAMO.match(url)
        if camo is not None:
            original = bytes.fromhex(camo.group(1)).decode("utf-8", "replace")
            if _AUTHORITY.match(original) and not _SPACE.search(original):
                problems.append(f"{_CAMO_SAID} (copied from a rendered page), which breaks when GitHub changes "
                                f"its key: link the image itself, `{shorten(original, 60, collapse=False, code=True)}`")
                url = original
                guessed = True  # the image may have moved since: likely, not certain
        if m and _FACEBOOK_FRAGMENT.search(url):
            problems.append("the URL ends in `#_=_`, the fragment Facebook's login redirect adds; "
                            "it names no place on the page")
            url = url[:_FACEBOOK_FRAGMENT.search(url).start()]
        dot = None
        if m and _FULL_STOP.search(url) and "?" not in url and "#" not in url:
            dot = Fix((Edit(link.url_start, link.url_end, url[:-1]),), safe=False, description="drop the final '.'")
            others.append("the URL ends in a `.`, most likely the full stop of a sentence pasted with it")
        doubled_q = _DOUBLED_QUERY.search(url) if m else None
        if doubled_q is not None and url.find("?") == doubled_q.start():
            problems.append("`??` opens the query: the server reads the first parameter's name with a `?` "
                            f"in front (`?{doubled_q.group(1)}`), so it is ignored")
            url = url[:doubled_q.start()] + url[doubled_q.start() + 1:]
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
            fix = Fix((Edit(link.url_start, link.url_end, url),), safe=not guessed, description=f"use {url}")
        if problems:  # one finding for what one edit of the URL repairs
            yield self.finding("; ".join(problems), line, col, end_line, end_col, fix=fix)
        for message in others:
            fix = None
            if dot is not None and message.startswith("the URL ends in a `.`") and not problems:
                fix = dot
            elif encoded_fix is not None and message.startswith("the URL's query is percent-encoded") and not problems:
                fix = encoded_fix
            elif slashed is not None and message.startswith(_DOUBLE_SAID) and not problems:
                fix = slashed
            yield self.finding(message, line, col, end_line, end_col, fix=fix)
        if twice is not None:
            yield self.finding(_TWICE, line, col, end_line, end_col, fix=twice)


def _joined_fix(found: list[Finding], description: str, safe: bool | None = None) -> Fix | None:
    """One fix making every edit of the findings' fixes (None when none has one): safe when
    all are, unless ``safe`` says otherwise."""
    fixes = [f.fix for f in found if f.fix is not None]
    if not fixes:
        return None
    return Fix(tuple(e for x in fixes for e in x.edits),
               safe=all(x.safe for x in fixes) if safe is None else safe, description=description)


def _www_twin(host: str) -> str:
    """The host with `www.` added or taken away: one site under both names."""
    return host[4:] if host.startswith("www.") else "www." + host


_PLAIN_ONLY = re.compile(r"`http://` link to (\S+), which (?:serves https|this file links over https elsewhere(?: \(as \S+\))?)")


def _plain_only(message: str) -> str | None:
    """The site of a finding whose one fault is `http://` (else None: a link with other faults
    too keeps its own finding)."""
    m = _PLAIN_ONLY.fullmatch(message)
    return _site(m.group(1)) if m else None


def _site(authority: str) -> str:
    """A host without its `www.`: `www.aclweb.org` and `aclweb.org` are one site to a vote."""
    host = _host(authority)
    return host[4:] if host.startswith("www.") else host



def _habit(http: int, https: int) -> bool:
    """Whether the file writes a host's links over `http://` as a habit: two or more, and three
    in four of its links or more."""
    return http >= 2 and http >= 3 * https


def _host(authority: str) -> str:
    """The host of a URL's authority, lower case, without user and port."""
    return authority.rsplit("@", 1)[-1].split(":", 1)[0].lower()


def _drop_tracking(url: str, host: str) -> tuple[str, list[str]]:
    """``url`` without its tracking parameters, and the names of those dropped (the other
    parameters and the fragment stay as written, in their order)."""
    q = url.find("?")
    if q < 0:
        return url, []
    h = url.find("#", q)
    query, tail = (url[q + 1:h], url[h:]) if h >= 0 else (url[q + 1:], "")
    kept, dropped = [], []
    if _DELIBERATE.search(_ESCAPE.sub(r"\1", query)):
        return url, []  # a campaign tag naming this list or an affiliate: the owner put it there
    own_list = host in _YOUTUBE and any(p.partition("=")[0] == "list" and p.partition("=")[2] in _OWN_PLAYLISTS
                                        for p in query.split("&"))
    for part in query.split("&"):
        name, _, value = part.partition("=")
        name = _ESCAPE.sub(r"\1", name)  # `?\_ga=` in Markdown is the URL `?_ga=`
        low = name.lower()
        if (_TRACKING.fullmatch(name)
                or low == "feature" and host in _YOUTUBE
                or low in ("ab_channel", "si") and host in _YOUTUBE
                or low in ("list", "index") and host in _YOUTUBE and own_list
                or low == "source" and value.lower().startswith("post_page")
                or low in ("via=ihub", "via%3dihub") and host in _SCIENCEDIRECT
                or low == "via" and value.lower() == "ihub" and host in _SCIENCEDIRECT
                or low == "rss" and value == "1" and host in _PREPRINT
                or low == "spm" and _SPM.fullmatch(value)
                or low == "spm_id_from"
                or low in ("sap-outbound-id", "mkt-key") and host.endswith("springer.com")  # its mailings' keys
                or low == "vd_source" and (host == "bilibili.com" or host.endswith(".bilibili.com"))
                or low == "redirectedfrom" and value.isalpha()
                or low == "tab" and value == "readme-ov-file" and host in _GITHUB
                or low in ("ref", "ref_") and _AMAZON.fullmatch(host)
                or low in _WEIXIN_SHARE and host == "mp.weixin.qq.com" and re.search(r"(?:^|&)__biz=", query)
                and re.search(r"(?:^|&)sn=", query)
                or _AMAZON_SEARCH.fullmatch(low) and _AMAZON.fullmatch(host) and _AMAZON_PRODUCT.search(url, 0, q)
                or low == "ref" and (_BASE64_URL.fullmatch(value) or re.match(r"(?i)https?(?::|%3A)", value))):
            dropped.append(name)
        else:
            kept.append(part)
    if not dropped:
        return url, []
    kept = [k for k in kept if k]
    return url[:q] + ("?" + "&".join(kept) if kept else "") + tail, dropped


def _redirect_target(url: str) -> tuple[str, bool] | None:
    """The address an outbound redirect (`https://link.zhihu.com/?target=https%3A//…`) leads
    to, and whether the target is the redirect's only parameter; None for other URLs."""
    m = _AUTHORITY.match(url)
    if m is None:
        return None
    host = _host(m.group(2))
    spec = _REDIRECTS.get(host) or (_REDIRECTS["google.com"] if _GOOGLE.fullmatch(host) else None)
    q = url.find("?", m.end())
    if spec is None or q < 0 or (url[m.end():q] or "/") != spec[0]:
        return None
    from urllib.parse import unquote

    parts = [p for p in url[q + 1:].split("#", 1)[0].split("&") if p]
    for part in parts:
        name, _, value = part.partition("=")
        if name in spec[1:]:
            target = unquote(value)
            if (_AUTHORITY.match(target) or _FTP.match(target)) and not _SPACE.search(target):
                return target, len(parts) == 1
    return None


def _drop_share_codes(url: str) -> tuple[str, list[str]]:
    """A link to a post on Twitter without the share codes `s=` and `t=` (the other parameters
    and the fragment stay as written), and the names of those dropped."""
    q = url.find("?")
    if q < 0 or "/status/" not in url[:q]:
        return url, []
    h = url.find("#", q)
    query, tail = (url[q + 1:h], url[h:]) if h >= 0 else (url[q + 1:], "")
    kept, dropped = [], []
    for part in query.split("&"):
        name, _, value = part.partition("=")
        rx = _TWITTER_SHARE.get(name)
        if rx is not None and rx.fullmatch(value):
            dropped.append(name)
        elif part:
            kept.append(part)
    if not dropped:
        return url, []
    return url[:q] + ("?" + "&".join(kept) if kept else "") + tail, dropped


def _slash_too_many(written: str) -> tuple[str, int, int] | None:
    """The host and the span (in ``written``, the URL as written) of a `/` too many in its path:
    `proceedings.neurips.cc//paper`, `…/raskar//trillionfps`. Most servers read the two as one,
    some do not; the path was typed or joined with a `/` too many. Not a host without a dot (a
    scheme written twice, `https://https//…`), not Google Research's own `en//pubs` addresses,
    and not `github.com//`, which :meth:`UrlHygiene._check_link` mends on its own."""
    lead = len(written) - len(written.lstrip())
    url = written.strip()
    a = _AUTHORITY.match(url)
    if a is None or "." not in a.group(2):
        return None
    slashes = _DOUBLE_SLASH.search(url, a.end(), _path_end(url))
    host = _host(a.group(2))
    if slashes is None or host in _DOUBLE_SLASH_OWN or (host in _GITHUB and slashes.start() == a.end()):
        return None
    return host, lead + slashes.start(), lead + slashes.end()


def _path_end(url: str) -> int:
    """Where a URL's path ends: at its query or fragment, or at its end."""
    return min((i for i in (url.find("?"), url.find("#")) if i >= 0), default=len(url))


def _doubled(url: str) -> str | None:
    """Why ``url`` holds a second URL pasted after the first, or None. A URL inside the path
    after a `/` (archive.org, proxies) or in the query is a deliberate wrapper, not a paste."""
    m = _AUTHORITY.match(url)
    if not m or "](" in url:
        return None  # `url](url)` is pasted Markdown: AL007's
    half = len(url) // 2
    if len(url) % 2 == 0 and url[:half] == url[half:]:
        return _TWICE
    again = _SCHEME_AGAIN.match(url, m.end() + 1) if url[m.end():m.end() + 1] == "/" else None
    if again is not None and _host(_AUTHORITY.match(url[again.start():]).group(2)) == _host(m.group(2)):
        # `https://github.com/https://github.com/o/r`: the site's own address pasted after itself
        # (an archive wraps another site's address, never its own)
        return (f"the site's address is pasted twice (`{url[:again.end() + 12]}…`): the link is broken; "
                f"link `{url[again.start():]}`")
    q = url.find("?")
    path_end = q if q >= 0 else len(url)
    for again in _SCHEME_AGAIN.finditer(url, m.end(), path_end):
        if url[again.start() - 1] not in "/=":
            return (f"a second URL is pasted onto the end of the first (`…{url[max(0, again.start() - 12):again.end()]}…`): "
                    "the link is broken")
    return None


def _names_site(label: str, url: str) -> bool:
    """The link's text names the bare GitHub site it links (``[GitHub](https://github.com/)``):
    an entry for the site itself, not a placeholder left where a project's page should be.
    (Documentation hosts, `example.com`, are placeholders whatever the text says.)"""
    m = _AUTHORITY.match(url)
    if m is None or url[m.end():].strip("/"):
        return False
    host = m.group(2).lower().split(":", 1)[0].removeprefix("www.")
    return host == "github.com" and re.sub(r"[^a-z]", "", label.casefold()) == "github"


# what may stand before the link that opens an entry: the list marker, emphasis
_ENTRY_OPENING = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])?[ \t]*(?:\*\*|__|[*_])?[ \t]*")


def _first_on_line(doc: Document, link: Link) -> bool:
    """``link`` opens its line's entry (`- [GitHub](https://github.com/) - Helps developers …`),
    after nothing but the list marker: the line's own subject, not a slot after a paper's
    title or links (`[[PDF](…)] [[Github](https://github.com/)]`, a table's Code cell, a code
    link never filled in)."""
    start = doc.offset(link.line)
    return _ENTRY_OPENING.fullmatch(doc.text, start, link.start) is not None


def _placeholder(url: str) -> str | None:
    """Why ``url`` is a placeholder host, or None (placeholder words and `#` are AL007's)."""
    if _PLACEHOLDER_GITHUB.match(url):
        return f"`{re.sub(r'^https?://', '', url)}`"
    m = _AUTHORITY.match(url)
    host = m.group(2).lower().split(":", 1)[0] if m else ""
    if not m and url.lower().startswith("www."):
        host = url.lower().split("/", 1)[0]
    if host and (host in _PLACEHOLDER_HOSTS or host.endswith(tuple("." + h for h in _PLACEHOLDER_HOSTS))):
        return f"to {host}"
    return None


def _drop_arxiv_query(url: str) -> tuple[str, list[str]]:
    """An arXiv paper page's URL without its query parameters but ``_ARXIV_KEPT``, and the
    names of those dropped; the path and fragment stay as written."""
    q = url.find("?")
    if q < 0:
        return url, []
    h = url.find("#", q)
    query, tail = (url[q + 1:h], url[h:]) if h >= 0 else (url[q + 1:], "")
    a = _AUTHORITY.match(url)
    if a is None or not _ARXIV_PAPER.search(url[a.end():q]) or _DELIBERATE.search(_ESCAPE.sub(r"\1", query)):
        return url, []  # not a paper's page, or a campaign tag put there on purpose (see above)
    kept, dropped = [], []
    for part in query.split("&"):
        if not part:
            continue
        name = _ESCAPE.sub(r"\1", part.partition("=")[0])
        if name.lower() in _ARXIV_KEPT:
            kept.append(part)
        else:
            dropped.append(name)
    if not dropped:
        return url, []
    return url[:q] + ("?" + "&".join(kept) if kept else "") + tail, dropped


def _arxiv_mirror(host: str, rest: str) -> bool:
    """Whether ``host`` is a copy of arXiv serving the paper page ``rest`` (the URL after its
    authority): a known mirror, or a host named after arXiv that is not arXiv's own nor a
    service built on it, with an `/abs/ID` or `/pdf/ID` path."""
    if not _ARXIV_ID_PATH.match(rest):
        return False
    if host in _ARXIV_MIRRORS or _IPV4.fullmatch(host):
        return True
    bare = host[4:] if host.startswith("www.") else host
    if bare == "arxiv.org" or bare.endswith(".arxiv.org") or bare in _ARXIV_SERVICES:
        return False
    if any(bare == s or bare.endswith("." + s) for s in _ARXIV_SERVICES):
        return False
    return any("arxiv" in label for label in bare.split("."))
