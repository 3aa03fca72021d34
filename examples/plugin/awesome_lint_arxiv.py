"""An example awesome-lint plugin: XL001 arxiv-abstract-link.

Only names from ``awesome_lint`` itself (its stable API) are used.
"""

from __future__ import annotations

import re

from awesome_lint import FIX_ALWAYS, WARNING, Edit, Fix, Option, Rule

# https://arxiv.org/pdf/2101.00001v2.pdf, http://www.arxiv.org/pdf/cs/0112017
_PDF = re.compile(
    r"https?://(?:www\.|export\.)?arxiv\.org/pdf/"
    r"(?P<id>\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)(?:\.pdf)?/?",
    re.IGNORECASE,
)


class ArxivAbstractLink(Rule):
    """## What it does

    Reports links to an arXiv paper's PDF (`arxiv.org/pdf/…`) whose label does not say
    "PDF", and offers the abstract page (`arxiv.org/abs/…`) instead.

    ## Why it matters

    The abstract page names the paper, its authors and versions, links the PDF and the code,
    and loads at once on a phone; a PDF link downloads a file. Lists that link abstracts
    everywhere are also easier to check for duplicates.

    ## Example

    ```markdown
    - Attention Is All You Need [[paper]](https://arxiv.org/pdf/1706.03762v7.pdf)
    ```

    Use instead:

    ```markdown
    - Attention Is All You Need [[paper]](https://arxiv.org/abs/1706.03762v7)
    ```

    ## Fix safety

    Safe: only the URL changes, to the same paper and version; the link's text stays. Links
    labelled as a PDF (see `pdf-labels`) are left alone.
    """

    code = "XL001"
    name = "arxiv-abstract-link"
    summary = "An arXiv paper is linked as a PDF, not its abstract page"
    severity = WARNING
    fix_availability = FIX_ALWAYS
    tags = ("links", "arxiv")
    options = {
        "pdf-labels": Option(list, ["pdf"], "Link labels (any case) that may point to the PDF."),
    }

    def check(self, doc):
        allowed = {label.casefold() for label in self.opts.pdf_labels}
        for link in doc.links:
            if link.url_end <= link.url_start or doc.in_code(link.start):
                continue  # a reference link's URL is in its definition
            written = doc.text[link.url_start:link.url_end]
            m = _PDF.fullmatch(written)
            if m is None or link.label.strip("[]* ").casefold() in allowed:
                continue
            new = f"https://arxiv.org/abs/{m.group('id')}"
            fix = Fix((Edit(link.url_start, link.url_end, new),), safe=True,
                      description=f"link the abstract page {new}")
            yield self.finding(f"arXiv PDF link: link the abstract page `{new}`", link.line, link.column,
                               link.end_line, link.end_column, fix=fix)
