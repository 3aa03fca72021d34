"""awesome_lint.urls: URL identity keys."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from awesome_lint.urls import arxiv_id, doi, github_repo, is_http, openreview_id, same_url, url_key

SAME = [
    # scheme, www., case of the host, default port, trailing slash, empty ? and #, utm_*
    ("http://example.org/a/b", "https://www.EXAMPLE.org:443/a/b/?#"),
    ("https://example.org/a?x=1&y=2", "https://example.org/a/?y=2&utm_source=feed&x=1&utm_medium=rss"),
    ("http://example.org:80/a", "https://example.org/a"),
    ("https://example.org/a%7Eb", "https://example.org/a~b"),
    ("www.example.org/x", "https://example.org/x/"),
    # arXiv: abs/pdf/html, .pdf, versions, hosts, arXiv DOIs, the arXiv: prefix
    ("https://arxiv.org/abs/2201.12329", "https://arxiv.org/pdf/2201.12329v4.pdf"),
    ("https://arxiv.org/abs/2201.12329", "http://www.arxiv.org/pdf/2201.12329"),
    ("https://arxiv.org/abs/2201.12329", "https://arxiv.org/html/2201.12329v2"),
    ("https://arxiv.org/abs/2201.12329", "https://export.arxiv.org/abs/2201.12329"),
    ("https://arxiv.org/abs/2201.12329", "https://doi.org/10.48550/arXiv.2201.12329"),
    ("https://arxiv.org/abs/2201.12329", "arXiv:2201.12329v1"),
    ("https://arxiv.org/abs/hep-th/9901001", "https://arxiv.org/pdf/hep-th/9901001v2.pdf"),
    # DOIs, case-insensitively, and publisher pages carrying them
    ("https://doi.org/10.1016/j.media.2022.102487", "http://dx.doi.org/10.1016/J.MEDIA.2022.102487"),
    ("https://doi.org/10.1016/j.media.2022.102487", "doi:10.1016/j.media.2022.102487"),
    ("https://doi.org/10.1145/3581783.3611830", "https://dl.acm.org/doi/abs/10.1145/3581783.3611830"),
    ("https://dl.acm.org/doi/pdf/10.1145/3581783.3611830", "https://dl.acm.org/doi/10.1145/3581783.3611830"),
    ("https://link.springer.com/chapter/10.1007/978-3-031-43907-0_36", "https://doi.org/10.1007/978-3-031-43907-0_36"),
    # OpenReview
    ("https://openreview.net/forum?id=wHx7UuRm7G", "https://openreview.net/pdf?id=wHx7UuRm7G"),
    ("https://openreview.net/forum?id=pqLlFR5ken", "https://openreview.net/attachment?id=pqLlFR5ken&name=pdf"),
    # GitHub owner/repo, .git, /tree/main, #readme
    ("https://github.com/RyanWangZf/MedCLIP", "https://github.com/ryanwangzf/medclip"),
    ("https://github.com/zhangst431/TPRO/tree/main", "http://www.github.com/zhangst431/TPRO.git"),
    ("https://github.com/a/b", "https://github.com/A/B#readme"),
]

DIFFERENT = [
    ("https://arxiv.org/abs/2201.12329", "https://arxiv.org/abs/2201.12330"),
    ("https://example.org/page#results", "https://example.org/page#methods"),
    # a README section linked with an absolute URL is not the repository's front page
    ("https://github.com/o/awesome#survey", "https://github.com/o/awesome#datasets"),
    ("https://github.com/o/r/blob/main/A.md", "https://github.com/o/r/blob/main/a.md"),
    ("https://example.org/A", "https://example.org/a"),  # paths are case-sensitive
    ("https://example.org/a?id=1", "https://example.org/a?id=2"),
    ("https://example.org:8080/a", "https://example.org/a"),
    ("https://openreview.net/forum?id=abc", "https://openreview.net/attachment?id=abc&name=supplementary_material"),
    ("https://doi.org/10.1000/one", "https://doi.org/10.1000/two"),
]


@pytest.mark.parametrize("a,b", SAME)
def test_variants_have_one_key(a, b):
    assert url_key(a) == url_key(b), (url_key(a), url_key(b))
    assert same_url(a, b)


@pytest.mark.parametrize("a,b", DIFFERENT)
def test_different_resources_keep_different_keys(a, b):
    assert url_key(a) != url_key(b)


def test_identifiers():
    assert arxiv_id("https://www.arxiv.org/pdf/2507.18082") == "2507.18082"
    assert arxiv_id("https://arxiv.org/abs/2201.12329v4") == "2201.12329"
    assert arxiv_id("https://example.org/abs/2201.12329") is None
    assert doi("https://doi.org/10.1016/J.Media.2022.102487") == "10.1016/j.media.2022.102487"
    assert doi("https://example.org/") is None
    assert openreview_id("https://openreview.net/pdf?id=HBP9uSEYME") == "HBP9uSEYME"
    assert openreview_id("https://openreview.net/group?id=ICLR.cc") is None
    assert github_repo("https://github.com/WinterPan2017/proto2seg") == "winterpan2017/proto2seg"
    assert github_repo("https://github.com/o/r/issues") is None
    assert github_repo("https://github.com/topics/awesome") is None
    assert url_key("https://arxiv.org/abs/2201.12329") == "arxiv:2201.12329"
    assert url_key("https://openreview.net/forum?id=x1") == "openreview:x1"
    assert url_key("https://github.com/O/R") == "github:o/r"


def test_relative_links_and_other_schemes_are_kept():
    assert url_key("./docs/guide.md") == "./docs/guide.md"
    assert url_key("docs/") == "docs"
    assert url_key("mailto:someone@example.org") == "mailto:someone@example.org"
    assert not is_http("docs/x.md") and is_http("https://example.org") and is_http("www.example.org")


def test_malformed_urls_do_not_raise():
    for u in ("http://[::1", "https://", "http://example.org:99999/", "", "   ", "https://exa mple.org/"):
        url_key(u)  # must not raise


def test_github_fast_path_gives_the_full_key():
    """Repository front pages take a regex shortcut; it must give what the full path gives."""
    from awesome_lint import urls as U

    cases = ["https://github.com/Owner/Repo", "https://www.github.com/Owner/Repo/", "http://GitHub.com/x/y.git/",
             "https://github.com/a/b..git", "https://github.com/a/.git", "github.com/A/B.git",
             "https://github.com/orgs/foo", "https://github.com/topics/deep-learning", "https://github.com/a_b/c-d.e"]
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    for f in sorted(corpus.glob("*/*.md")):
        cases += [u for u in re.findall(r"https?://[^\s)\]>\"'|]+", f.read_text(encoding="utf-8", errors="replace"))
                  if "github.com" in u]
    fast = 0
    for u in cases:
        fast += bool(U._GITHUB_FAST.match(u))
        assert U._url_key(u) == U._slow_key(u), u
    assert fast >= 3
