"""AL004 signed-url."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .. import signed_urls as su
from ..document import Document
from ..inline import HTML, REFERENCE, Link
from ..model import WARNING, Edit, Finding, Fix
from .base import FIX_SOMETIMES, Option, Rule


class SignedUrl(Rule):
    """
    ## What it does

    Finds links that are signed, short-lived URLs, reads from the URL itself when each one
    expires, and reports expired links as errors ("expired 2025-04-09 08:30:14 UTC, signed for
    300 s") and links still valid, or with no stated expiry, as warnings. It needs no network:
    the expiry is in the query string. Query parameter names are matched case-insensitively, and
    messages show the URL without its query, so no token or signature is printed again.

    | Scheme | Recognised by | Expiry |
    | --- | --- | --- |
    | AWS Signature V4 (S3 presigned URL) | `X-Amz-Signature`, `X-Amz-Credential` or `X-Amz-Algorithm` | `X-Amz-Date` + `X-Amz-Expires` seconds |
    | AWS Signature V2 | `AWSAccessKeyId` and `Signature` | `Expires` (Unix time) |
    | CloudFront signed URL | `Key-Pair-Id` and `Signature` | `Expires`, or `DateLessThan` in the base64 `Policy` |
    | Google Cloud Storage V4 | `X-Goog-Signature`, `X-Goog-Credential` or `X-Goog-Algorithm` | `X-Goog-Date` + `X-Goog-Expires` seconds |
    | Google Cloud Storage V2 | `GoogleAccessId` and `Signature` | `Expires` (Unix time) |
    | Alibaba Cloud OSS | `OSSAccessKeyId` and `Signature` | `Expires` (Unix time) |
    | Huawei Cloud OBS | `AccessKeyId` and `Signature` | `Expires` (Unix time) |
    | Tencent Cloud COS | `q-signature` and `q-sign-time` | end of `q-sign-time` (`start;end`) |
    | Azure shared access signature | `sig` with `se`, `sv` or `si` | `se` (signed from `st`) |
    | Akamai token | `__token__` or `hdnts` holding `exp=…~hmac=…` | `exp` |
    | Meta CDN signature | `oh` and `oe` on `*.fbcdn.net`, `*.cdninstagram.com` | `oe` (hexadecimal Unix time) |
    | Publisher access token | a token parameter on a host named by a recipe below | none stated (warning) |
    | Session id | `CFID` with `CFTOKEN` (ColdFusion, the old ACM Digital Library), `;jsessionid=` in the path, a `jsessionid` or `PHPSESSID` parameter | the browser session it was copied from (warning) |
    | Google Scholar campus access | `casa_token` (on IEEE, ScienceDirect, Wiley, ... links copied from Google Scholar) | one reader's access, lapses (warning) |
    | Temporary share link | a host under `gradio.live` (a Gradio demo run with `share=True`); an ngrok address made for one run (`6dd3-20-163-117-69.ngrok-free.app`, `1a2b3c4d.ngrok.io`; a reserved name is not reported); `*.trycloudflare.com` | Gradio: 72 hours after it was made, a week in recent Gradio; the others: when the tunnel stops (warning) |

    A plain, unsigned bucket URL is not a finding, nor are links whose `sig` or `token`
    parameters are not access signatures: Google Books `sig=`, Springer Nature SharedIt
    `sharing_token=` (share links meant to last), WeChat `poc_token=`, and `token=` on hosts no
    recipe names (badge services use permanent tokens).

    AL004 owns every part of a URL that stops working after a while (signatures, access tokens,
    session ids); tracking parameters that do no harm but noise are AL012's.

    ## Why it matters

    Publishers serve PDFs through signed URLs that work for a few minutes. Copied from the browser
    into a list, such a link is dead for every reader after that, and an AWS one also publishes a
    temporary credential (`X-Amz-Security-Token`). Meta's CDN links to research PDFs
    (`scontent….fbcdn.net/…pdf?…&oh=…&oe=…`) expire the same way, after a few weeks.
    A session id copied along with an address (`citation.cfm?id=…&CFID=…&CFTOKEN=…`) belongs to
    the copier's visit: the server may refuse it or start a stale session for every later reader;
    a `casa_token` copied from Google Scholar is one reader's off-campus access. A Gradio share
    link (`https://<hex>.gradio.live`) is a tunnel to the machine that ran the demo: it is dead
    within days, and the demo's lasting address is its Hugging Face Space or project page.

    ## Example

    ```markdown
    - **MedSAM** [[pdf]](https://pdf.sciencedirectassets.com/272154/1-s2.0-S1361841523X00073/1-s2.0-S1361841523002815/main.pdf?X-Amz-Date=20250409T082514Z&X-Amz-Expires=300&X-Amz-Signature=73dd&pii=S1361841523002815)
    ```

    Use instead:

    ```markdown
    - **MedSAM** [[pdf]](https://www.sciencedirect.com/science/article/pii/S1361841523002815)
    ```

    ## Repair recipes

    Where the stable address can be derived from the link offline, the finding carries a fix.
    The recipes are data (`src/awesome_lint/data/signed_url_recipes.yaml`); add your own with the
    `recipes` option (tried before the built-in ones):

    | Recipe | Hosts | Token parameters | Id from | Stable URL | Fix |
    | --- | --- | --- | --- | --- | --- |
    | ScienceDirect PDF | `pdf.sciencedirectassets.com`, `*.sciencedirectassets.com` | - | `pii` parameter, else the last `1-s2.0-<PII>` path part | `https://www.sciencedirect.com/science/article/pii/{id}` | safe |
    | Elsevier reader | `reader.elsevier.com` | `token` | `/pii/<PII>` in the path | `https://www.sciencedirect.com/science/article/pii/{id}` | safe |
    | Silverchair watermark | `watermark.silverchair.com` | `token` | - | - | none |
    | ACM delivery | `delivery.acm.org` | `__acm__` | `id` parameter | `https://dl.acm.org/citation.cfm?id={id}` | unsafe |
    | Oxford Academic guest access | `academic.oup.com` | `guestAccessKey` | the article path | `https://academic.oup.com{id}` | unsafe |

    A recipe in `.awesome-lint.yaml`:

    ```yaml
    AL004:
      recipes:
        - name: Example Press
          hosts: ["pdfs.example-press.org"]
          token: [access]               # optional: parameters that are one-time tokens there
          id:
            - param: doi                # tried first
            - path: '/pdf/(?P<id>[0-9]+)\\.pdf$'
          id-pattern: '[0-9./a-z-]+'    # optional: the id must match it entirely
          url: https://example-press.org/article/{id}
          safe: true                    # optional, default true
    ```

    Keys: `name` and `hosts` (glob patterns on the host) are required, then `url` (with `id`),
    `token`, or both. A mistake in a recipe is a configuration error naming the key.

    ## Fix safety

    Sometimes. Dropping a session id or a `casa_token` is safe: the address names the same page
    without it, and only those parameters go (`;jsessionid=…`, `CFID`, `CFTOKEN`, `PHPSESSID`,
    `jsessionid`, `casa_token`). A share link has no fix: only the author knows where the demo
    lives now.
    Rewriting a link to the article's stable page is safe where the recipe derives the
    id from the link itself (ScienceDirect, Elsevier reader): only the URL of the link changes,
    its text and every other byte stay. The ACM recipe relies on a redirect of the old
    `citation.cfm` address and is applied only with `--unsafe-fixes`. Links no recipe covers
    are reported without a fix: replace them by hand with the article's page or DOI.
    """

    code = "AL004"
    name = "signed-url"
    summary = "A link is a signed, expiring URL (expired ones are errors)"
    fix_availability = FIX_SOMETIMES
    tags = ("links", "security")
    options = {
        "recipes": Option(
            list,
            [],
            "Extra repair recipes (mappings with `name`, `hosts`, `token`, `id`, `id-pattern`, "
            "`url`, `safe`; see above), tried before the built-in ones.",
            items=Option(dict),
            check=lambda recipes, at: [su.make_recipe(r, f"{at}[{k}]") for k, r in enumerate(recipes)],
        ),
    }

    def __init__(self, settings: dict[str, Any] | None = None, severity: str | None = None):
        super().__init__(settings, severity)
        self._severity_set = severity is not None
        self._user = [su.make_recipe(r, f"AL004.recipes[{k}]") for k, r in enumerate(self.opts.recipes)]
        self._hints = tuple(t.lower() for r in self._user for t in r.token)
        self._recipes: list[su.Recipe] | None = None

    @property
    def recipes(self) -> list[su.Recipe]:
        """User recipes, then the built-in ones (loaded on first need)."""
        if self._recipes is None:
            self._recipes = self._user + su.builtin_recipes()
        return self._recipes

    def _links(self, doc: Document) -> Iterator[Link]:
        """Every link once: a reference link is reported where its URL is defined."""
        defined = getattr(doc, "definitions", None)
        defined = defined if defined is not None else []
        urls = {d.url for d in defined}
        for link in doc.links:
            if link.kind != REFERENCE or link.url not in urls:
                yield link
        yield from defined
        for line, end_line in doc.html_blocks:
            start, end = doc.line_starts[line - 1], doc.line_end(end_line)
            block = doc.text[start:end]
            if "?" not in block and not any(h in block.lower() for h in su.SHARE_HINTS):
                continue
            for link in doc.scan(start, end).links:
                if link.kind == HTML:
                    yield link

    def check(self, doc: Document) -> Iterator[Finding]:
        now = None
        for link in self._links(doc):
            url = link.url
            if not su.looks_signed(url, self._hints) or doc.in_code(link.start):
                continue
            found = su.classify(url, self.recipes)
            if found is None:
                continue
            if now is None:
                now = self.ctx.clock()
            yield self._finding(doc, link, found, now)

    def _finding(self, doc: Document, link: Link, found: su.Signed, now: float) -> Finding:
        short = su.shorten(su.drop_session(link.url) if found.scheme == su.SESSION else link.url)
        if found.scheme == su.SESSION:
            names = ", ".join(f"`{n}`" for n in su.session_params(link.url))
            what = f"link carries a session id ({names}) that lapses with the browser session it was copied from"
        elif found.scheme == su.SHARE and found.publisher == "Gradio":
            what = ("temporary Gradio share link: it is served from the author's machine and lapses "
                    "72 hours (in recent versions a week) after it was made")
        elif found.scheme == su.SHARE:
            what = (f"temporary {found.publisher} address: a tunnel to the author's machine, made anew for each "
                    "run, that stops working when that run ends")
        elif found.scheme == su.CASA:
            what = ("link carries a Google Scholar campus-access token (`casa_token`), one reader's off-campus "
                    "access, which lapses")
        elif found.scheme == su.TOKEN:
            what = f"link carries a one-time access token ({found.publisher}) and states no expiry"
        elif found.expires is None:
            what = f"signed link ({found.scheme}) states no expiry"
        elif found.expired(now):
            what = f"signed link ({found.scheme}) expired {su.fmt_time(found.expires)}"
            if found.lifetime is not None:
                what += f", signed for {su.fmt_duration(found.lifetime)}"
        else:
            what = f"signed link ({found.scheme}), expires {su.fmt_time(found.expires)}"
        if found.credential:
            what += "; it also publishes a temporary credential"
        fix = None
        repair = su.recipe_for(link.url, found.host, self.recipes) if link.kind != REFERENCE else None
        written = doc.text[link.url_start:link.url_end]
        if found.scheme == su.SESSION:
            repair = None
            if written == link.url and link.url_end > link.url_start:
                new_url = su.drop_session(written)
                fix = Fix((Edit(link.url_start, link.url_end, new_url),), safe=True,
                          description="drop the session id")
                advice = "drop it; the address works without it"
            else:
                advice = "drop it from the address"
        elif found.scheme == su.SHARE:
            repair = None
            advice = "link the demo's lasting home (a Hugging Face Space, the project page) or drop the link"
        elif found.scheme == su.CASA:
            repair = None
            if written == link.url and link.url_end > link.url_start:
                new_url = su.drop_params(written, set(su.CASA_PARAMS))
                fix = Fix((Edit(link.url_start, link.url_end, new_url),), safe=True,
                          description="drop the casa_token parameter")
                advice = "drop it; the address names the same article without it"
            else:
                advice = "drop it from the address"
        elif repair is not None:
            recipe, new_url = repair
            fix = Fix(
                (Edit(link.url_start, link.url_end, new_url),),
                safe=recipe.safe,
                description=f"link the article page ({recipe.name})",
            )
            advice = f"link the article page instead: {new_url}"
        elif fix is None:
            advice = "link the article page or DOI instead"
        message = f"{what}: {short}; {advice}"
        if found.expired(now) or self._severity_set:
            severity = self.level
        else:
            severity = WARNING
        if link.url_end > link.url_start:
            line, col = doc.position(link.url_start)
            end_line, end_col = doc.position(link.url_end)
        else:
            line, col, end_line, end_col = link.line, link.column, link.end_line, link.end_column
        return self.finding(message, line, col, end_line, end_col, fix=fix, severity=severity)
