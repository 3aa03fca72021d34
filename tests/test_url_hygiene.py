"""AL012 url-hygiene: http for https hosts, www.arxiv.org, empty ? and #, placeholders, spaces."""

from __future__ import annotations

import shutil

import pytest

from conftest import FIXTURES, REAL, SEEDS, needs_shared, render, run_cli, run_json

from awesome_lint.engine import fix_text, lint_text

HYG = FIXTURES / "hygiene"


def _found(text: str, **kw):
    return [f for f in lint_text(text, select=["AL012"], **kw) if f.code == "AL012"]


def test_fixture_findings_at_their_places():
    text = (HYG / "urls.md").read_text(encoding="utf-8")
    got = [(f.line, f.column, f.fix is not None) for f in _found(text)]
    assert got == [
        (3, 20, True), (3, 64, True),  # empty '?'; http://github.com
        (4, 21, True), (4, 71, True),  # www.arxiv.org; empty '#'
        (5, 26, True),  # three problems, one link, one fix: one finding
        (6, 64, False),  # github.com/anonymous
        (7, 37, False), (7, 73, False),  # example.com, github.com/username ('#' is AL007's)
        (8, 23, True), (8, 71, True),  # zero-width space; spaces around an href
        (9, 27, False),  # a space inside an angle-bracket destination
        (12, 13, True),  # bare http://arxiv.org
    ]
    by_line = {f.line: f for f in _found(text)}
    assert "github.com/anonymous" in by_line[6].message
    assert "U+200B" in by_line[8].message or any("U+200B" in f.message for f in _found(text) if f.line == 8)


def test_fix_rewrites_only_the_urls_and_is_stable():
    text = (HYG / "urls.md").read_text(encoding="utf-8")
    fixed, left = fix_text(text, select=["AL012"])
    expected = (text.replace("https://arxiv.org/pdf/2509.21265?", "https://arxiv.org/pdf/2509.21265")
                .replace("](http://github.com/org/medvsr)", "](https://github.com/org/medvsr)")
                .replace("https://www.arxiv.org/pdf/2509.25711", "https://arxiv.org/pdf/2509.25711")
                .replace("https://org.github.io/probmed#", "https://org.github.io/probmed")
                .replace("http://www.arxiv.org/abs/2101.00027?", "https://arxiv.org/abs/2101.00027")
                .replace("2301.00001\u200b", "2301.00001")
                .replace('href=" https://github.com/org/x "', 'href="https://github.com/org/x"')
                .replace("Bare link http://arxiv.org", "Bare link https://arxiv.org"))
    assert fixed == expected
    assert "`http://arxiv.org/abs/1706.03762`" in fixed  # inline code untouched
    assert "[x](http://www.arxiv.org/abs/1706.03762?)" in fixed  # code block untouched
    assert sorted({f.line for f in left}) == [6, 7, 9]  # placeholders and the space stay reported
    again, _ = fix_text(fixed, select=["AL012"])
    assert again == fixed
    # the rendered page differs only in the link targets named by the findings
    html = render(fixed)
    assert 'href="https://arxiv.org/pdf/2509.21265"' in html
    assert 'href="https://github.com/org/medvsr"' in html
    assert render(text).count("<a ") == html.count("<a ")


def test_correct_links_give_nothing():
    text = ("- [p](https://arxiv.org/abs/2301.00001) [s](http://www.ee.someuniv.edu/~x/) "
            "[q](https://openreview.net/forum?id=abc#reviews) [a](https://anonymous.4open.science/r/abc) "
            "[l](http://localhost:8000/) [top](#links) [g](https://github.com/anonymouse-xzr/DepthForge)\n"
            "- [Go By Example](https://gobyexample.com/) ([Demo](https://whois.example.org.cn/q))\n")
    assert _found(text) == []


def test_options():
    text = "- [p](http://www.ee.someuniv.edu/~x/) [c](https://example.com)\n"
    assert [f.line for f in _found(text)] == [1]  # only the example.com placeholder
    found = _found(text, config={"AL012": {"extra-https-hosts": [".someuniv.edu"], "placeholders": False}})
    assert len(found) == 1 and "serves https" in found[0].message


def test_reference_links_and_empty_targets_are_left_to_others():
    text = "- [paper][1] and [code]()\n\n[1]: http://arxiv.org/abs/1706.03762\n"
    assert _found(text) == []


@needs_shared
def test_cli_on_the_seed_list(tmp_path):
    src = SEEDS / "histopathology-papers.md"
    code, out = run_json("--select", "AL012", src)
    assert code == 0  # warnings only: reported, exit 0 (issue #21)
    assert [(f["line"], f["fixable"]) for f in out] == [(17, True), (22, True), (36, False), (52, True), (53, True)]
    copy = tmp_path / src.name
    shutil.copyfile(src, copy)
    proc = run_cli("--fix", "--exit-non-zero-on-warning", "--select", "AL012", copy)
    assert proc.returncode == 1, proc.stderr.decode()  # the placeholder (a warning) is left for a human
    before = src.read_text(encoding="utf-8")
    after = copy.read_text(encoding="utf-8")
    assert after == (before.replace("https://www.arxiv.org/", "https://arxiv.org/")
                     .replace("https://arxiv.org/pdf/2509.21265?)", "https://arxiv.org/pdf/2509.21265)"))
    code, out = run_json("--select", "AL012", copy)
    assert [(f["line"], f["fixable"]) for f in out] == [(36, False)]


@needs_shared
def test_real_lists_without_findings():
    for name in ("HqWu-HITCS__Awesome-Chinese-LLM.md", "sindresorhus__awesome.md", "vinta__awesome-python.md"):
        assert _found((REAL / name).read_text(encoding="utf-8")) == [], name


TRACKED = """\
- [a](https://acme-lab.net/post?utm_source=newsletter&utm_medium=email&id=7#part)
- [b](https://www.youtube.com/watch?v=abc123&feature=youtu.be) [c](https://medium.com/@me/a-post-1a2b?source=post_page-----1a2b----)
- [d](https://www.sciencedirect.com/science/article/pii/S0000000000000001?via%3Dihub) [e](https://acme-lab.net/x?ref=aHR0cHM6Ly9naXRodWIuY29t&_ga=2.1.2.3)
- [f](https://acme-lab.net/a.pdfhttps://acme-lab.net/a.pdf) [g](https://acme-lab.net/a.pdf%5Cnhttps://acme-lab.net/b)
- [h](https://doi.org/10.1234/abc.5678.) [i](https://github.com/someone/tool.)
- Fine: [j](https://shop.acme-lab.net/?utm_source=awesome-list&utm_medium=github) [k](https://github.com/o/r/blob/x?ref=main)
- Fine: [l](https://web.archive.org/web/2020/https://acme-lab.net/) [m](https://acme-lab.net/x?next=https://acme-lab.net/y) [n](https://acme-lab.net/v1.2.)
"""


def test_tracking_doubled_and_full_stop():
    got = [(f.line, f.column, f.fix is not None and f.fix.safe, f.fix is not None) for f in _found(TRACKED)]
    assert got == [
        (1, 7, True, True),
        (2, 7, True, True), (2, 68, True, True),
        (3, 7, True, True), (3, 91, True, True),
        (4, 7, False, True), (4, 65, False, False),  # written twice: unsafe fix; another URL glued on: none
        (5, 7, False, True),  # a final '.' on both links of the line: one finding, an unsafe fix for both
    ]


def test_tracking_fix_keeps_the_rest_of_the_url():
    fixed, left = fix_text(TRACKED, select=["AL012"])
    assert "(https://acme-lab.net/post?id=7#part)" in fixed
    assert "(https://www.youtube.com/watch?v=abc123)" in fixed
    assert "(https://medium.com/@me/a-post-1a2b)" in fixed
    assert "(https://www.sciencedirect.com/science/article/pii/S0000000000000001)" in fixed
    assert "(https://acme-lab.net/x)" in fixed
    assert sorted({f.line for f in left}) == [4, 5]
    unsafe, left = fix_text(TRACKED, select=["AL012"], unsafe=True)
    assert "[f](https://acme-lab.net/a.pdf)" in unsafe and "(https://doi.org/10.1234/abc.5678)" in unsafe
    assert "(https://github.com/someone/tool)" in unsafe
    assert [f.line for f in left] == [4]


def test_more_https_hosts():
    text = "- [a](http://www.vldb.org/pvldb/vol1/p1.pdf) [b](http://bit.ly/abc) [c](http://www.w3.org/TR/x/)\n"
    assert len(_found(text)) == 3


def test_more_known_https_hosts_package_registries_and_project_sites():
    from awesome_lint.engine import fix_text

    text = ("# Tools\n\n- [a](http://www.npmjs.com/package/a) - A.\n- [b](http://teem.sourceforge.net/nrrd/) - B.\n"
            "- [c](http://hex.pm/packages/c) - C.\n- [d](http://example.org/d) - D.\n")
    fixed, _ = fix_text(text, select=["AL012"])
    assert "https://www.npmjs.com/package/a" in fixed and "https://teem.sourceforge.net/nrrd/" in fixed
    assert "https://hex.pm/packages/c" in fixed and "http://example.org/d" in fixed  # unknown host: left



def test_hosts_readers_marked_in_session_19_serve_https():
    """LLVM's subdomains (releases.llvm.org), MuJoCo, Reactiflux, Bazel, Kiba and the ML Zoomcamp."""
    text = ("# Tools\n\n- [a](http://releases.llvm.org/download.html) - A.\n- [b](http://mujoco.org/) - B.\n"
            "- [c](http://www.reactiflux.com/) - C.\n- [d](http://bazel.io/) - D.\n- [e](http://www.kiba-etl.org/) - E.\n"
            "- [f](http://mlzoomcamp.com/) - F.\n- [g](http://tools.someuni.edu/llvm/) - G.\n")
    assert [f.line for f in _found(text)] == [3, 4, 5, 6, 7, 8]

def test_hosts_set_z_readers_marked_serve_https_session32():
    """Set Z's tool lists: aubio, Ruby Weekly, Exercism, Risky Business, Grafana, Brakeman,
    Infer and CMU's MultiComp lab all answer over https; an unknown host is left alone."""
    hosts = ["aubio.org", "rubyweekly.com", "exercism.io", "risky.biz", "grafana.org", "brakemanscanner.org",
             "fbinfer.com", "multicomp.cs.cmu.edu", "tools.someuni.edu"]
    text = "# Tools\n\n" + "".join(f"- [t{k}](http://{h}/) - T.\n" for k, h in enumerate(hosts))
    assert [f.line for f in _found(text)] == list(range(3, 11))


JUNK = """\
# Papers

- **HMM tutorial**(1989). [[pdf]](https://pdfs.semanticscholar.org/fb04/6159.pdf?\\_ga=2.37020706.362861000.1494045851-921183529.1494045851)
|202404|Z. Su|Tumor buds [(paper)](https://www.spiedigitallibrary.org/conference-proceedings-of-spie/12933/129330C/x/10.1117/12.3006517.short#_=_)|None|
- ChatGPT-Prompts, *arXiv, Apr 2023*, [[Paper](https://arxiv.org/abs/2304.03893?s=03)]
- `2024.02` ProLLaMA, [arXiv](https://arxiv.dosf.top/abs/2402.16445), [Code](https://github.com/Lyu6PosHao/ProLLaMA)
- [[KITTI](http://www.cvlibs.net/datasets/kitti/)] The KITTI Vision Benchmark Suite.
- **Kaldi**(2011). [[pdf]](http://publications.idiap.ch/downloads/reports/2011/Povey\\_Idiap-RR-04-2012.pdf)
- Mixed: [v2](https://arxiv.org/abs/2304.03893v2?s=20&context=cs.RO#S3) [old mirror](http://xxx.lanl.gov/abs/hep-th/9711200)
- Fine: [ctx](https://arxiv.org/abs/2304.03893?context=cs.RO) [list](https://arxiv.org/list/cs.CV/recent?skip=0&show=25)
- Fine: [alpha](https://alphaxiv.org/abs/2402.16445) [ar5iv](https://ar5iv.labs.arxiv.org/html/2402.16445) [search](https://arxiv.org/a/smith_j_1?x=1)
- Fine: [anchor](https://acme-lab.net/page#_=_top) [campaign](https://arxiv.org/abs/2304.03893?utm_source=awesome-list)
- Fine: [escaped campaign](https://shop.acme-lab.net/?utm\\_source=awesome-list&utm\\_medium=github) [fmt](https://arxiv.org/abs/2304.03893?fmt=txt)
"""


def test_copied_junk_found_and_fixed_through_the_cli(tmp_path):
    """The misses of the tuning lists: a Markdown-escaped `?\\_ga=` (zzw922cn), Facebook's `#_=_`
    (SAM4MIS), `?s=03` on arXiv (GT-RIPL), an arXiv copy on another host (HICAI), http:// to
    KITTI and Idiap. Each fix removes only the junk or swaps the host: paths stay as written."""
    path = tmp_path / "junk.md"
    path.write_text(JUNK, encoding="utf-8")
    code, out = run_json("--select", "AL012", path)
    assert code == 0  # warnings
    got = [(f["line"], f["fixable"], f["message"]) for f in out]
    assert got == [
        (3, True, "tracking parameter `_ga` in the URL: it records where the click came from and changes nothing on the page"),
        (4, True, "the URL ends in `#_=_`, the fragment Facebook's login redirect adds; it names no place on the page"),
        (5, True, "query `s` on an arXiv paper's page, which takes no parameters: it changes nothing on the page"),
        (6, True, "`arxiv.dosf.top` is a copy of arXiv on another host: link the paper on `arxiv.org`"),
        (7, True, "`http://` link to www.cvlibs.net, which serves https"),
        (8, True, "`http://` link to publications.idiap.ch, which serves https"),
        (9, True, "query `s` on an arXiv paper's page, which takes no parameters: it changes nothing on the page"),
        (9, True, "`xxx.lanl.gov` is a copy of arXiv on another host: link the paper on `arxiv.org`; "
                  "`http://` link to arxiv.org, which serves https"),
    ]
    proc = run_cli("--fix", "--select", "AL012", path)
    assert proc.returncode == 0, proc.stderr.decode()
    fixed = path.read_text(encoding="utf-8")
    assert fixed == (JUNK
                     .replace(".pdf?\\_ga=2.37020706.362861000.1494045851-921183529.1494045851)", ".pdf)")
                     .replace("12.3006517.short#_=_)", "12.3006517.short)")
                     .replace("2304.03893?s=03)", "2304.03893)")
                     .replace("https://arxiv.dosf.top/abs/", "https://arxiv.org/abs/")
                     .replace("http://www.cvlibs.net/", "https://www.cvlibs.net/")
                     .replace("http://publications.idiap.ch/", "https://publications.idiap.ch/")
                     .replace("2304.03893v2?s=20&context=cs.RO#S3", "2304.03893v2?context=cs.RO#S3")
                     .replace("http://xxx.lanl.gov/abs/hep-th/9711200", "https://arxiv.org/abs/hep-th/9711200"))
    code, out = run_json("--select", "AL012", path)
    assert (code, out) == (0, [])
    # the page GitHub renders differs only in those link targets
    assert render(fixed).count("<a ") == render(JUNK).count("<a ")
    assert 'href="https://pdfs.semanticscholar.org/fb04/6159.pdf"' in render(fixed)


def test_http_to_a_host_the_file_links_over_https_is_reported_with_an_unsafe_fix(tmp_path):
    """A host the list itself links over https serves https, known host or not; which page
    exists over https is likely, not known, so the fix waits for --unsafe-fixes."""
    path = tmp_path / "l.md"
    text = ("# L\n\n- [a](https://people.example.edu/~a/x.html) - One.\n"
            "- [b](http://people.example.edu/~b/y.pdf) - Two.\n- [c](http://lab.some-university.org/z) - Three.\n")
    path.write_text(text)
    _, found = run_json(str(path), "--select", "AL012")
    assert [(f["line"], "over https elsewhere" in f["message"]) for f in found] == [(4, True)]
    run_cli("--fix", "--select", "AL012", str(path))
    assert path.read_text() == text  # unsafe: not applied by --fix
    run_cli("--fix", "--unsafe-fixes", "--select", "AL012", str(path))
    assert path.read_text() == text.replace("http://people", "https://people")



def test_http_to_a_host_the_file_links_over_https_under_its_www_name_session23(tmp_path):
    """Set Q's misses: `http://featurestore.org` where the file links
    `https://www.featurestore.org`: one site under two names, which serves https."""
    path = tmp_path / "l.md"
    text = ("# L\n\n- [a](https://www.featurestore.org/what) - One.\n"
            "- [b](http://featurestore.org) - Two.\n- [c](http://lab.some-university.org/z) - Three.\n")
    path.write_text(text)
    _, found = run_json(str(path), "--select", "AL012")
    assert [(f["line"], f["message"]) for f in found] == [
        (4, "`http://` link to featurestore.org, which this file links over https elsewhere (as www.featurestore.org)")]
    path.write_text("# L\n\n- [VinVL](https://www.microsoft.com/en-us/research/blog/vinvl/?OCID=msr_blog_VinVL_fb) - Blog.\n")
    _, found = run_json(str(path), "--select", "AL012")
    assert [f["message"].split(":")[0] for f in found] == ["tracking parameter `OCID` in the URL"]

def test_click_codes_redirect_leftovers_and_a_slash_after_an_arxiv_id():
    text = ("- [demo](https://chat.example.cn/?spm=a2ty_o06.30285417.0.0.6d26c9&lang=zh)\n"
            "- [talk](https://www.bilibili.com/video/BV1xx411c7mD/?spm_id_from=333.999.0.0&vd_source=abc123)\n"
            "- [paper](https://academic.oup.com/j/article/1/2/3/456?redirectedFrom=fulltext)\n"
            "- [paper](https://arxiv.org/abs/2411.01234/) [pdf](https://arxiv.org/pdf/2411.01234v2/#page=3)\n"
            "- [kept](https://shop.test/?spm=1) [list](https://arxiv.org/list/cs.CL/) "
            "[v](https://vd.test/?vd_source=x) [ok](https://arxiv.org/abs/2411.01234)\n")
    found = _found(text)
    assert [(f.line, f.column) for f in found] == [(1, 10), (2, 10), (3, 11), (4, 11)]  # line 4: both links, one finding
    assert all(f.fix is not None and f.fix.safe for f in found)
    assert "`spm`" in found[0].message and "`spm_id_from`, `vd_source`" in found[1].message
    assert "left over from the redirect" in found[2].message and "ends in `/`" in found[3].message
    fixed, left = fix_text(text, select=["AL012"])
    assert fixed.splitlines()[:4] == [
        "- [demo](https://chat.example.cn/?lang=zh)",
        "- [talk](https://www.bilibili.com/video/BV1xx411c7mD/)",
        "- [paper](https://academic.oup.com/j/article/1/2/3/456)",
        "- [paper](https://arxiv.org/abs/2411.01234) [pdf](https://arxiv.org/pdf/2411.01234v2#page=3)",
    ]
    assert fixed.splitlines()[4] == text.splitlines()[4] and left == []


def test_well_known_project_and_academic_hosts_serve_https():
    text = "- [VLFeat](http://www.vlfeat.org/) [Stan](http://mc-stan.org/) [old](http://yann.lecun.com/exdb/mnist/)\n"
    found = _found(text)
    assert [f.column for f in found] == [12, 43]  # a host not known to serve https is left alone
    fixed, _ = fix_text(text, select=["AL012"])
    assert "(https://www.vlfeat.org/)" in fixed and "(https://mc-stan.org/)" in fixed and "(http://yann.lecun" in fixed


def test_twitter_share_codes_are_one_house_habit(tmp_path):
    one = "- [thread](https://x.com/someone/status/1734500000000000001?s=20)\n"
    (f,) = _found(one)
    assert "share code `s`" in f.message and f.fix.safe and not f.related
    many = ("# Posts\n\n"
            "- [a](https://twitter.com/someone/status/11?s=20&t=AbCdEfGhIjKlMn) [q](https://twitter.com/search?s=20&q=x)\n"
            "- [b](https://x.com/other/status/12?s=46)\n"
            "- [c](https://x.com/other/status/13?lang=en&s=21#r) [d](https://x.com/other/status/14)\n")
    (g,) = _found(many)
    assert (g.line, g.related, len(g.parts)) == (3, (4, 5), 3) and "3 links to posts" in g.message
    fixed, left = fix_text(many, select=["AL012"])
    assert fixed == many.replace("?s=20&t=AbCdEfGhIjKlMn", "").replace("?s=46", "").replace("lang=en&s=21", "lang=en")
    assert left == []
    path = tmp_path / "posts.md"
    path.write_text(many.replace("- [b]", "<!-- awesome-lint-disable-next-line AL012 -->\n- [b]"), encoding="utf-8")
    code, findings = run_json("--select", "AL012", str(path))
    assert [(x["line"], "share code" in x["message"]) for x in findings] == [(3, True), (6, True)]


COPIED = """# Copied links

- Scheme [[pdf]](Https://arxiv.org/pdf/2404.02370)
- By number [[pdf]](https://128.84.21.199/pdf/1703.06870)
- Redirect [a](https://link.zhihu.com/?target=https%3A//github.com/org/clip) and [b](https://link.zhihu.com/?target=https%3A//huggingface.co/org/m)
- Highlight [TD](https://en.wikipedia.org/wiki/Temporal_difference_learning#:~:text=Temporal%20difference%20(TD)%20learning)
- Readme view [code](https://github.com/org/reg?tab=readme-ov-file#usage)
- Book [b](https://www.amazon.com/Some-Book/dp/1492041130/ref=dp_ob_title_bk) and [c](https://www.amazon.com/dp/9152799727?ref_=cm_sw_r_cp_ud_dp_W3Z)

<p align="center">
  <img src="http://img.shields.io/badge/list-2024-blue.svg" alt="badge">
</p>

- Fine: [g](https://www.google.com/search?q=awesome) [t](https://github.com/org/reg?tab=MIT-1-ov-file) [s](https://www.amazon.com/s?k=deep+learning) [w](https://docs.python.org/3/library/re.html#module-re)
"""


def test_links_copied_from_browsers_and_share_buttons(tmp_path):
    """The misses of the tuning lists: a capital `Https://` (richard-peng-xia), arXiv by its IP
    address (terryum), zhihu's outbound redirect (leeguandong: one finding for a line's links),
    a `#:~:text=` highlight (academic), `?tab=readme-ov-file` (Alison-brie), Amazon referral
    codes (Hannibal046, academic), and http:// in an HTML block (DmitryRyumin)."""
    path = tmp_path / "copied.md"
    path.write_text(COPIED, encoding="utf-8")
    code, out = run_json("--select", "AL012", path)
    assert code == 0  # warnings
    got = [(f["line"], f["fixable"], f["message"].split(":")[0]) for f in out]
    assert got == [
        (3, True, "the scheme `Https"),
        (4, True, "arXiv linked by an IP address (`128.84.21.199`)"),
        (5, True, "2 links on this line go through link.zhihu.com's redirect (copied from a page that wraps its "
                  "outbound links)"),
        (6, True, "the URL ends in a browser text fragment (`#"),
        (7, True, "`?tab=readme-ov-file` is GitHub's name for the view of the README the repository's page shows anyway"),
        (8, True, "Amazon's referral code `/ref=…` at the end of the path"),
        (8, True, "Amazon's referral and search code `ref_` in the URL"),
        (11, True, "`http"),
    ]
    proc = run_cli("--fix", "--select", "AL012", path)
    assert proc.returncode == 0, proc.stderr.decode()
    fixed = path.read_text(encoding="utf-8")
    assert fixed == (COPIED
                     .replace("Https://arxiv.org", "https://arxiv.org")
                     .replace("https://128.84.21.199/pdf/", "https://arxiv.org/pdf/")
                     .replace("https://link.zhihu.com/?target=https%3A//", "https://")
                     .replace("#:~:text=Temporal%20difference%20(TD)%20learning", "")
                     .replace("?tab=readme-ov-file#usage", "#usage")
                     .replace("/1492041130/ref=dp_ob_title_bk)", "/1492041130)")
                     .replace("9152799727?ref_=cm_sw_r_cp_ud_dp_W3Z)", "9152799727)")
                     .replace("http://img.shields.io", "https://img.shields.io"))
    assert _found(fixed) == []


def test_redirect_with_more_parameters_is_an_unsafe_fix():
    text = "- [x](https://www.google.com/url?q=https://a.org/x&sa=D&ust=1)\n"
    found = _found(text)
    assert len(found) == 1 and found[0].fix is not None and not found[0].fix.safe
    assert "`https://a.org/x`" in found[0].message
    assert fix_text(text, select=["AL012"])[0] == text  # safe fixes only
    assert fix_text(text, select=["AL012"], unsafe=True)[0] == "- [x](https://a.org/x)\n"


def test_ip_address_without_an_arxiv_path_is_left_alone():
    assert _found("- [demo](http://103.170.5.190:8080/app) [x](https://10.0.0.1/index.html)\n") == []


def test_wechat_share_codes_and_a_query_encoded_into_the_path():
    """crownpku: a WeChat article copied with its share codes; richard-peng-xia: an IEEE
    address whose `?tp=&arnumber=` was percent-encoded into the path."""
    text = ("- [a](https://mp.weixin.qq.com/s?__biz=MzA1==&mid=26&idx=1&sn=9f1c&chksm=8a6b&mpshare=1&scene=1&srcid=11#rd)\n"
            "- [b](https://ieeexplore.ieee.org/stamp/stamp.jsp%3Ftp%3D%26arnumber%3D8970668)\n"
            "- Fine: [c](https://mp.weixin.qq.com/s/AbCdEf?scene=1) [d](https://en.wikipedia.org/wiki/Why%3F)"
            " [e](https://img.shields.io/badge/x?url=https%3A%2F%2Fa.org%2Fv%3Fid%3D1)\n")
    found = _found(text)
    assert [(f.line, f.fix.safe) for f in found] == [(1, True), (2, False)]
    assert "`chksm`, `mpshare`, `scene`, `srcid`" in found[0].message
    assert "percent-encoded into its path" in found[1].message
    fixed, _ = fix_text(text, select=["AL012"], unsafe=True)
    assert "(https://mp.weixin.qq.com/s?__biz=MzA1==&mid=26&idx=1&sn=9f1c#rd)" in fixed
    assert "(https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=8970668)" in fixed


def test_hsts_preloaded_domains_and_hosting_platforms_serve_https():
    text = ("- [a](http://myproject.dev/docs) [b](http://demo.web.app/) [c](http://x.hf.space/)"
            " [d](http://contrib.rocks/image?repo=o/r) [e](http://www.ee.someuniv.edu/app)\n")
    assert [f.message.split(",")[0] for f in _found(text)] == [
        "`http://` link to myproject.dev", "`http://` link to demo.web.app", "`http://` link to x.hf.space",
        "`http://` link to contrib.rocks"]


def test_links_in_html_comments_are_not_checked():
    text = ('<!-- <img src="http://img.shields.io/x.svg"> -->\n\n<p align="center">\n'
            '<!-- <img src="http://img.shields.io/y.svg"> -->\n<img src="http://img.shields.io/z.svg">\n</p>\n')
    assert [f.line for f in _found(text)] == [5]


YOUTUBE_JUNK = """# Talks

- Tutorial [[Video](https://www.youtube.com/watch?v=Qx7Yv0aB1cD&list=LL&index=4)]
- Lecture [[Video](https://www.youtube.com/watch?v=Zz9Kk1Lm2Np&ab_channel=SomeLab)]
- Keynote [[Video](https://youtu.be/Hh3Jj4Kk5Ll?si=a1B2c3D4e5F6g7H8)]
- Course [[Playlist](https://www.youtube.com/watch?v=Rr6Ss7Tt8Uu&list=PLabcdef123456&index=2)]
- Slides [[Drive](https://drive.google.com/file/d/1AbCdEf/view?usp=sharing)]
"""


def test_youtube_share_codes_and_the_copiers_own_playlist_are_dropped(tmp_path):
    """Session 10 (hee9joon, fffaraz): `ab_channel=` and `si=` are added by YouTube's address bar
    and share button; `list=LL&index=4` is the copier's Liked videos, which another reader does
    not have. A real playlist (`list=PL…`) is kept, and Google's `usp=sharing` is left alone
    (earlier readers judged it the share link's own form)."""
    path = tmp_path / "talks.md"
    path.write_text(YOUTUBE_JUNK, encoding="utf-8")
    code, out = run_json("--select", "AL012", path)
    assert code == 0
    assert [(f["line"], f["fixable"]) for f in out] == [(3, True), (4, True), (5, True)]
    assert "Liked videos" in out[0]["message"] and "`ab_channel`" in out[1]["message"]
    proc = run_cli("--fix", "--select", "AL012", path)
    assert proc.returncode == 0, proc.stderr.decode()
    assert path.read_text(encoding="utf-8") == (YOUTUBE_JUNK
                                                 .replace("&list=LL&index=4", "")
                                                 .replace("&ab_channel=SomeLab", "")
                                                 .replace("?si=a1B2c3D4e5F6g7H8", ""))


HABIT = """# Papers

- A [[pdf]](http://papers.nips.cc/paper/1-a.pdf) [[cvf]](https://openaccess.thecvf.com/a.html)
- B [[pdf]](http://papers.nips.cc/paper/2-b.pdf)\r
- C [[pdf]](http://papers.nips.cc/paper/3-c.pdf) [[lab]](http://www.robots.ox.ac.uk/~vgg/a/) [[data]](http://www.robots.ox.ac.uk/~vgg/b/)
- D [[pdf]](https://papers.nips.cc/paper/4-d.pdf) [[cvf]](http://openaccess.thecvf.com/d.html)  
- E [[lab]](https://www.robots.ox.ac.uk/~vgg/e/) [[lab]](https://www.robots.ox.ac.uk/~vgg/f/)
"""


def test_a_site_linked_over_http_three_times_in_four_is_one_habit(tmp_path):
    """FORMAT.md's convention: a house habit is one finding at its first place (one fix for all,
    a part per link); a few `http://` links among a site's `https://` ones are slips, one
    finding per line."""
    got = sorted(_found(HABIT), key=lambda f: f.line)
    assert [(f.line, f.related, len(f.parts)) for f in got] == [(3, (4, 5), 3), (5, (), 0), (6, (), 0)]
    habit, lab, cvf = got
    assert habit.message.startswith("`http://` on 3 of the file's 4 links to papers.nips.cc (1 use https)")
    assert habit.fix.safe and len(habit.fix.edits) == 3
    assert "robots.ox.ac.uk" in lab.message and "(2 on this line)" in lab.message and len(lab.fix.edits) == 2
    assert "openaccess.thecvf.com" in cvf.message and not cvf.related
    (www,) = _found("- [a](http://www.aclweb.org/a.pdf)\n- [b](http://aclweb.org/b.pdf)\n")
    assert www.related == (2,) and "all 2 of the file's links to aclweb.org" in www.message  # one site
    path = tmp_path / "list.md"
    path.write_bytes(HABIT.encode())
    proc = run_cli("--fix", "--select", "AL012", str(path))
    assert proc.returncode == 0, proc.stderr.decode()
    fixed = path.read_bytes().decode()
    assert fixed == HABIT.replace("http://", "https://")  # \r, trailing spaces: byte for byte
    assert render(fixed).count("https://") == render(HABIT).count("http") and "http://" not in render(fixed)
    assert run_cli("--fix", "--select", "AL012", str(path)).returncode == 0 and path.read_bytes().decode() == fixed
    # a suppression keeps the habit's other lines: its parts are judged line by line
    path.write_text(HABIT.replace("- B", "<!-- awesome-lint-disable-next-line AL012 -->\n- B"), encoding="utf-8")
    code, findings = run_json("--select", "AL012", str(path))
    assert sorted((x["line"], "papers.nips.cc" in x["message"]) for x in findings) == [
        (3, True), (6, False), (6, True), (7, False)]


def test_a_sites_own_address_pasted_after_itself_is_broken_but_an_archive_is_not():
    text = ("# Tools\n\n- [thunlp/ERNIE](https://github.com/https://github.com/thunlp/ERNIE) - Enhanced representations.\n"
            "- [Wiki](https://web.archive.org/web/2023/https://wiki.example.org/) - An archived wiki.\n"
            "- [Mirror](https://github.com/x/https://gitlab.com/y) - Odd but no self-paste.\n")
    found = [(f.line, f.message) for f in lint_text(text, select=["AL012"])]
    assert [(n, m.split(":")[0]) for n, m in found if "pasted twice" in m] == [
        (3, "the site's address is pasted twice (`https")]
    assert found[0][1].endswith("link `https://github.com/thunlp/ERNIE`")


def test_a_url_cut_short_with_an_ellipsis_is_reported():
    text = ("# Notes\n\n- [Tool](https://github.com/o/tool) - A tool; see https://www.reddit.com/r/MachineLearn… for the thread.\n"
            "- [Other](https://github.com/o/other) - Another tool…\n")
    found = [(f.line, f.message) for f in lint_text(text, select=["AL012"])]
    assert found == [(3, "the URL is cut short with '…' (copied from a shortened display): the link is broken; "
                         "paste the whole address")]


def test_spaces_in_a_url_break_a_markdown_link_but_not_a_quoted_html_attribute():
    """`[fig](imgs/Escape From Cells.png)` is no link at all in Markdown, `<img src="imgs/Escape
    From Cells.png">` shows: the browser encodes the spaces of a quoted attribute."""
    text = ('# L\n\n- [Paper](<https://github.com/o/r/blob/main/a b.pdf>) - A paper.\n\n'
            '<p align="center"><img width="50%" src="https://github.com/o/r/blob/main/imgs/Escape From Cells.png" /></p>\n')
    found = [(f.line, f.message) for f in lint_text(text, select=["AL012"]) if "white space" in f.message]
    assert found == [(3, "the URL contains white space; links break there")]


def test_medium_share_code_is_dropped():
    """Medium's old share button appended `#.` and nine letters to a post's address, on
    medium.com or a publication's own domain; a fragment that is an anchor is left alone."""
    text = ("# L\n\n- [Windows](https://shift.infinite.red/getting-started-on-windows-90d85a72ae65#.lygadl38g) - A post.\n"
            "- [Basics](https://medium.com/@a/react-native-basics-a0ec44cf1fe8#.ur0hyi3h9) - A post.\n"
            "- [Anchor](https://docs.python.org/3/guide#.config) - A page.\n"
            "- [Post](https://medium.com/@a/react-native-basics-a0ec44cf1fe8#comments) - A post.\n")
    found = _found(text)
    assert [(f.line, "Medium's share code" in f.message) for f in found] == [(3, True), (4, True)]
    fixed, _ = fix_text(text, select=["AL012"])
    assert "#.lygadl38g" not in fixed and "#.ur0hyi3h9" not in fixed
    assert fixed.count("\n") == text.count("\n") and "#comments" in fixed and "#.config" in fixed
    assert fix_text(fixed, select=["AL012"])[0] == fixed


def test_github_doubled_slash_after_the_host():
    text = "# L\n\n- github: <https://github.com//jwyang/faster-rcnn.pytorch>\n- [Paper](https://proceedings.neurips.cc//paper/2020/file/x-Paper.pdf)\n"
    found = _found(text)
    # (another site's `//` is a slip too, since session 33, with an unsafe fix: a rare server
    # tells `//` from `/`)
    assert [(f.line, f.fix is not None and f.fix.safe) for f in found] == [(3, True), (4, False)]
    assert fix_text(text, select=["AL012"])[0] == text.replace("github.com//", "github.com/")


def test_camo_proxy_images_are_one_habit_with_the_original_address():
    """An image copied from a rendered page is GitHub's camo proxy address, whose second part
    is the image's own address in hex: one finding for the file's copies, an unsafe fix."""
    original = "http://pjreddie.com/media/files/darknet-black-small.png"
    camo = "https://camo.githubusercontent.com/e69d4118b20a42de4e23b9549f9a6ec6dbbb0814/" + original.encode().hex()
    one = f"# L\n\n![logo]({camo})\n"
    found = _found(one)
    assert len(found) == 1 and "camo proxy" in found[0].message and original in found[0].message
    assert not found[0].fix.safe
    assert fix_text(one, select=["AL012"], unsafe=True)[0] == one.replace(camo, original)
    two = f"# L\n\n[![img]({camo})]({camo})\n\ntext\n\n![b]({camo})\n"
    found = _found(two)
    assert len(found) == 1 and "(lines 3, 7)" in found[0].message and found[0].message.startswith("3 image")


def test_a_look_alike_tilde_from_a_pdf():
    """`∼` (the tilde operator) or `%CB%9C` (the small tilde) where a user path's `~` belongs,
    as text copied from a PDF gives it: the fix writes `~`."""
    text = ("# L\n\n- [YAGO](https://www.mpii.mpg.de/\u223csuchanek/yago) - A knowledge base.\n"
            "- [DeepID](https://www.ee.cuhk.edu.hk/%CB%9Cwlouyang/projects/index.html) - A project.\n"
            "- [Math](https://docs.python.org/a%E2%88%BCb) - Not a user path.\n")
    found = _found(text)
    assert [(f.line, "look-alike" in f.message) for f in found] == [(3, True), (4, True)]
    fixed = fix_text(text, select=["AL012"])[0]
    assert "/~suchanek/yago" in fixed and "/~wlouyang/" in fixed and "a%E2%88%BCb" in fixed


def test_blogger_country_domains_serve_https():
    text = ("# L\n\n- [Recap](http://zoyathinks.blogspot.kr/2015/06/cvpr-recap.html) - A post.\n"
            "- [VQA](http://www.visualqa.org/) - A challenge.\n- [Old](http://blogspot.example.kr/x) - A site.\n")
    assert [(f.line, f.fix is not None and f.fix.safe) for f in _found(text)] == [(3, True), (4, True)]


def test_one_fault_in_two_links_of_a_line_is_one_finding():
    """`www.arxiv.org` in both the paper's and its PDF's link: the line was written once."""
    text = "# L\n\n- Title [Paper](https://www.arxiv.org/abs/2401.00001) [PDF](https://www.arxiv.org/pdf/2401.00001)\n"
    found = _found(text)
    assert [(f.line, f.message.endswith("(2 links on this line)")) for f in found] == [(3, True)]
    fixed = fix_text(text, select=["AL012"])[0]
    assert "www." not in fixed


def test_www_github_among_github_links_and_a_doubled_query_mark_session16():
    """Set J's misses: `https://www.github.com/…` in a file whose other GitHub links write
    github.com (a name that only redirects), and `??hidenavigation=1` (the first parameter
    read as `?hidenavigation`). A file that writes www.github.com as often as not is left alone."""
    rows = "".join(f"- [r{i}](https://github.com/o/r{i})\n" for i in range(4))
    text = ("# L\n\n" + rows + "- [w](https://www.github.com/o/w)\n"
            "- [sandbox](https://codesandbox.io/s/x??hidenavigation=1&view=preview)\n- [q](https://a.org/?? x)\n")
    found = [f for f in lint_text(text, select=["AL012"]) if f.code == "AL012"]
    assert [(f.line, f.message.split(":")[0]) for f in found] == [
        (7, "`www.github.com` should be `github.com`, as the file's other GitHub links write it"),
        (8, "`??` opens the query"),
    ]
    fixed, _ = fix_text(text, select=["AL012"])
    assert fixed == text.replace("www.github.com", "github.com").replace("x??hid", "x?hid")
    assert [f for f in lint_text(fixed, select=["AL012"]) if f.code == "AL012"] == []
    mixed = "# L\n\n" + "".join(rows.splitlines(True)[:2]) + "".join(f"- [w{i}](https://www.github.com/o/w{i})\n" for i in range(2))
    assert [f for f in lint_text(mixed, select=["AL012"]) if f.code == "AL012"] == []


@pytest.mark.parametrize("url", ["http://vision.stanford.edu/teaching/", "http://research.microsoft.com/en-us/um/people/x/",
                                 "http://www.nextflow.io/", "http://mmlab.ie.cuhk.edu.hk/projects/", "http://www.amazon.com/dp/1"])
def test_university_lab_and_tool_sites_named_by_readers_serve_https(url):
    """Hosts readers of set K marked (a vision course list, a pipeline-tools list): each serves
    the same pages over https, so the safe fix is the scheme alone."""
    (f,) = _found(f"- [page]({url})\n")
    assert "serves https" in f.message and f.fix.safe


def test_addthis_tracking_code_is_dropped_on_any_site():
    """AddThis's share script wrote `#.` and eleven characters (V to Y first) into the address bar
    of the pages that carried it; a copied link keeps it. Anchors that merely start with `.` stay."""
    text = ("# L\n\n- [Data](https://zenodo.org/record/1154821#.WmN9kHWnHIp) - A data set.\n"
            "- [News](https://www.clsp.jhu.edu/2019/03/27/speech/#.XNFqrIkzYdU.twitter) - A post.\n"
            "- [Anchor](https://docs.python.org/3/guide#.config) - A page.\n"
            "- [Section](https://example.edu/page#.Abcdefghijk) - A page.\n")
    found = _found(text)
    assert [(f.line, "AddThis" in f.message) for f in found] == [(3, True), (4, True)]
    fixed, _ = fix_text(text, select=["AL012"])
    assert "](https://zenodo.org/record/1154821)" in fixed and "/speech/)" in fixed
    assert "#.config" in fixed and "#.Abcdefghijk" in fixed and fixed.count("\n") == text.count("\n")
    assert fix_text(fixed, select=["AL012"])[0] == fixed


def test_google_result_redirect_to_an_ftp_report_and_amazon_reader_referral():
    """Google's result link (`/url?…&url=ftp%3A…`) wraps an ftp:// report; Amazon's reader
    (`read.amazon.com`) takes the share button's `ref_=` like the store does."""
    text = ("# L\n\n- Rummery, On-line Q-learning. [[Report]](https://www.google.com/url?sa=t&q=&esrc=s"
            "&url=ftp%3A%2F%2Fmi.eng.cam.ac.uk%2Fpub%2Freports%2Frummery_tr166.pdf&usg=AFQjCNHz)\n"
            "- [Book](https://read.amazon.com/kp/embed?asin=B01G7TTKSK&preview=newtab&ref_=cm_sw_r_kb_dp_DLh)\n")
    found = _found(text)
    assert [f.line for f in found] == [3, 4]
    assert "ftp://mi.eng.cam.ac.uk/pub/reports/rummery_tr166.pdf" in found[0].message
    assert "`ref_`" in found[1].message and found[1].fix is not None and found[1].fix.safe


def test_an_address_split_over_two_lines_is_no_placeholder():
    """`[[code](https://github.com/⏎jordangong/continual-learning)]` (an incremental-learning list
    read blind in session 21): GitHub links the bare `https://github.com/`, but the fault is the
    line break, AL007's; a bare `https://github.com/` that ends its line is still a placeholder."""
    split = "- A Paper (**CVPR 2026**) [[code](https://github.com/\njordangong/continual-learning)]\n"
    assert _found(split) == []
    alone = "- A Paper (**CVPR 2026**) code: https://github.com/\n- Next paper\n"
    assert [f.line for f in _found(alone)] == [1]


def test_a_paper_through_a_library_proxy_session24(tmp_path):
    """Set S (a graph-clustering list) links an IEEE paper through a university's proxy, whose
    host writes `ieeexplore.ieee.org` with hyphens: it opens for that library's members only.
    The unsafe fix links the publisher's host with the same path. The proxied link and a SIAM
    proceedings PDF (`epubs.siam.org`) are the entry's paper for AL017 all the same."""
    text = ("# L\n\n| Year | Title | Venue | Paper | Code |\n| --- | --- | --- | --- | --- |\n"
            "| 2020 | **A Paper** | ICCKE | [Link](https://ieeexplore-ieee-org-s.nudtproxy.yitlink.com/stamp/"
            "stamp.jsp?tp=&arnumber=9303694) | - |\n"
            "| 2023 | **B Paper** | SDM | [Link](https://epubs.siam.org/doi/pdf/10.1137/1.9781611977653.ch12) "
            "| [Link](https://github.com/a/b) |\n"
            + "".join(f"| 2024 | **Paper {i}** | ICML | [Link](https://arxiv.org/abs/2401.{i:05d}) "
                      f"| [Link](https://github.com/a/c{i}) |\n" for i in range(20)))
    found = lint_text(text, select=["AL012", "AL017"])
    assert [(f.code, f.line) for f in found] == [("AL012", 5)]
    assert "library's proxy for ieeexplore.ieee.org" in found[0].message and not found[0].fix.safe
    path = tmp_path / "README.md"
    path.write_text(text, encoding="utf-8")
    run_cli("--select", "AL012", "--fix", "--unsafe-fixes", str(path))
    assert path.read_text(encoding="utf-8") == text.replace(
        "ieeexplore-ieee-org-s.nudtproxy.yitlink.com", "ieeexplore.ieee.org")


def test_a_habit_whose_links_share_one_line_says_so_session27():
    """Set V: both of a file's `http://` links to one host on one line read `(here and in 0 more:
    line )`; they are all on this line."""
    host = "web.mit.edu"
    text = ("# P\n\n* Bandits [[Paper]](http://web.mit.edu/a/p.pdf) [[Slides]](http://web.mit.edu/a/s.pdf)\n"
            "* Other [[Paper]](https://arxiv.org/abs/2101.00001)\n")
    found = [f for f in lint_text(text, select=["AL012"]) if host in f.message]
    assert len(found) == 1 and found[0].message.endswith("(all on this line)")


def test_an_entry_for_the_site_itself_is_no_placeholder_session29():
    # wmariuss's list (set X): `- [GitHub](https://github.com/) - Helps developers …` under Source
    # Code Management is GitHub's own entry; the same address as a paper's code slot was never filled in
    hosts = ("# Code hosts\n\n- [GitHub](https://github.com/) - Helps developers store and manage their code.\n"
             "- [Gitlab](https://gitlab.com/) - Entire DevOps lifecycle in one application.\n")
    assert [f for f in lint_text(hosts, select=["AL012"])] == []
    slot = "# Papers\n\n- GAN Prior Embedded Network. CVPR 2021. [[PDF](https://arxiv.org/abs/2105.06070)] [[Github](https://github.com/)]\n"
    found = lint_text(slot, select=["AL012"])
    assert [f.line for f in found] == [3] and "placeholder link `github.com/`" in found[0].message
    code = "# Tools\n\n- [Code](https://github.com/) - a tool.\n"
    assert [f.line for f in lint_text(code, select=["AL012"])] == [3]


def test_university_and_project_hosts_that_serve_https_session29():
    # misses of the tuning lists: http links to hosts that serve https (CVF's conference sites by
    # their suffix); the fix rewrites the scheme alone
    text = ("# Courses\n\n- [CS231n](http://web.stanford.edu/class/cs231n/) - vision.\n"
            "- [CVPR 2019](http://cvpr2019.thecvf.com/) - the conference.\n"
            "- [An old host](http://www.example-old-lab.org/~me/) - a page.\n")
    found = lint_text(text, select=["AL012"])
    assert [f.line for f in found] == [3, 4]
    fixed, _ = fix_text(text, select=["AL012"])
    assert "https://web.stanford.edu/class/cs231n/" in fixed and "https://cvpr2019.thecvf.com/" in fixed
    assert "http://www.example-old-lab.org/~me/" in fixed


def test_the_sites_own_entry_hides_no_placeholder_after_it_session29():
    # review: a quiet `github.com/` was remembered, and silenced every unfilled slot after it;
    # a table's Code cell, a slot after a title and `example.com` are placeholders whatever they say
    text = ("# Tools\n\n- [GitHub](https://github.com/) - Helps developers store code.\n\n# Papers\n\n"
            "- GAN Prior Network. CVPR 2021. [[PDF](https://arxiv.org/abs/2105.06070)] [[Github](https://github.com/)]\n"
            "- Title Two. CVPR 2021. [GitHub](https://github.com/)\n"
            "- [Example](https://example.com/) - a page.\n\n"
            "| Paper | Code |\n| --- | --- |\n| GAN Prior | [GitHub](https://github.com/) |\n")
    found = [f.line for f in lint_text(text, select=["AL012"]) if "placeholder" in f.message]
    assert found == [7, 8, 9, 13]


def test_a_countrys_google_redirect_an_ftp_link_and_more_https_hosts_session30():
    # a medical list's paper linked through `www.google.com.hk/url?…&url=…` (set X), a point-cloud
    # list's `ftp://cmp.felk.cvut.cz/…` paper and its `http://hal.inria.fr/…`, `http://hdl.handle.net/…`
    text = ("# L\n\n- [A](https://www.google.com.hk/url?sa=t&q=&url=https%3A%2F%2Faclanthology.org%2F2022.emnlp-main.256.pdf&usg=AOv)\n"
            "- [B](ftp://cmp.felk.cvut.cz/pub/cmp/articles/chum-dagm03.pdf)\n"
            "- [C](http://hal.inria.fr/docs/01/05/45/69/PDF/main_cr.pdf)\n- [D](http://hdl.handle.net/1721.1/5598)\n"
            "- [E](https://www.google.com/search?q=ftp)\n")
    found = lint_text(text, select=["AL012"])
    assert [(f.line, f.message.split(":")[0]) for f in found] == [
        (3, "the link goes through www.google.com.hk's redirect (copied from a page that wraps its outbound links)"),
        (4, "`ftp"), (5, "`http"), (6, "`http")]
    fixed, _ = fix_text(text, select=["AL012"], unsafe=True)
    assert "(https://aclanthology.org/2022.emnlp-main.256.pdf)" in fixed and "(ftp://cmp" in fixed
    assert "(https://hal.inria.fr/docs/" in fixed and "(https://hdl.handle.net/1721.1/5598)" in fixed


def test_an_ftp_host_alone_and_a_google_lookalike_session30():
    text = ("# L\n\n- [GNU](ftp://ftp.gnu.org)\n- [G](https://google.io/url?q=https://example.org/a)\n"
            "- [F](https://www.google.fr/url?q=https://example.org/b)\n")
    found = lint_text(text, select=["AL012"])
    assert [(f.line, f.message[:6]) for f in found] == [(3, "`ftp:/"), (5, "the li")]


def test_a_slash_too_many_a_lost_one_and_a_host_in_capitals_session33(tmp_path):
    """Set AA's misses and the tuning lists' (a graphics list, a pruning list, a time series
    list): `…/~raskar//trillionfps`, `https://github.comMay2333/FDCA`, `papers.NeurIPS.cc` and
    `dI.acm.org`. An archive's wrapped address (`/web/2019/https://…`) and a Pages site named
    as its owner writes it (`Ref2Any.github.io`) are no slips."""
    text = ("# Papers\n\n"
            "- [Femto-photography](https://web.media.mit.edu/~raskar//trillionfps/) - Camera.\n"
            "- [FDCA](https://github.comMay2333/FDCA) - Code.\n"
            "- [Pruning](https://papers.NeurIPS.cc/paper/2020/hash/abc-Abstract.html) - Paper.\n"
            "- [Learning](https://dI.acm.org/doi/10.1145/3292500.3330672) - Paper.\n"
            "- [Archived](https://web.archive.org/web/2019/https://example.net/page) - Copy.\n"
            "- [Ref2Any](https://Ref2Any.github.io/) - Project.\n")
    path = tmp_path / "README.md"
    path.write_text(text, encoding="utf-8")
    code, found = run_json("--select", "AL012", str(path))
    assert [(f["line"], f["message"]) for f in found] == [
        (3, "`//` in the path of a link to web.media.mit.edu: a `/` too many"),
        (4, "no `/` after `github.com` (`github.comMay2333…`): the link is broken"),
        (5, "the host `papers.NeurIPS.cc` is written with capitals: write `papers.neurips.cc`"),
        (6, "the host `dI.acm.org` is written with capitals: write `di.acm.org`")]
    fixed = fix_text(text, select=["AL012"], unsafe=True)[0]
    assert "https://web.media.mit.edu/~raskar/trillionfps/" in fixed
    assert "https://papers.neurips.cc/paper/2020/hash/abc-Abstract.html" in fixed
    assert "github.comMay2333" in fixed  # no fix: where the `/` goes is the author's to say
    # only the host is lowered, the path keeps its case; the safe fixes leave the `//` alone
    safe = fix_text(text, select=["AL012"])[0]
    assert "~raskar//trillionfps" in safe and "abc-Abstract.html" in safe and "https://di.acm.org/doi/" in safe


def test_a_slash_too_many_on_a_sites_links_is_one_habit_session33(tmp_path):
    """A tuning list's 86 CVPR links written `openaccess.thecvf.com//content/…`: one habit at the
    first link, naming the others; on two lines, two slips."""
    rows = [f"- [Paper {k}](https://openaccess.thecvf.com//content/CVPR2025/papers/P{k}.pdf) - CVPR." for k in range(4)]
    path = tmp_path / "README.md"
    path.write_text("# Papers\n\n" + "\n".join(rows) + "\n", encoding="utf-8")
    code, found = run_json("--select", "AL012", str(path))
    assert [(f["line"], f["message"]) for f in found] == [
        (3, "`//` in the path of a link to openaccess.thecvf.com: a `/` too many: one habit on 4 links "
            "(here and in 3 more: lines 4, 5, 6)")]
    path.write_text("# Papers\n\n" + "\n".join(rows[:2]) + "\n", encoding="utf-8")
    code, found = run_json("--select", "AL012", str(path))
    assert [f["line"] for f in found] == [3, 4]


def test_the_maintenance_badges_example_link_session33(tmp_path):
    """Set AA's fault and six corpus lists: the Maintenance badge pasted with its template's own
    example link, `GitHub.com/Naereen/StrapDown.js/graphs/commit-activity`, another project's
    page (not reported for its capitals too: one fault, and lowering them would not mend it)."""
    text = ("# Awesome tracking\n\n"
            "[![Maintenance](https://img.shields.io/badge/Maintained%3F-yes-green.svg)]"
            "(https://GitHub.com/Naereen/StrapDown.js/graphs/commit-activity)\n\n"
            "- [Tracker](https://github.com/o/tracker) - Code.\n")
    path = tmp_path / "README.md"
    path.write_text(text, encoding="utf-8")
    code, found = run_json("--select", "AL012", str(path))
    assert [(f["line"], f["message"].split(",")[0], f.get("fix")) for f in found] == [
        (3, "the badge links Naereen/StrapDown.js's commit activity", None)]
    path.write_text(text.replace("Naereen/StrapDown.js", "o/awesome-tracking"), encoding="utf-8")
    code, found = run_json("--select", "AL012", str(path))
    assert [f["message"] for f in found] == [
        "the host `GitHub.com` is written with capitals: write `github.com`"]


def test_a_scheme_written_twice_is_no_slash_too_many_session33(tmp_path):
    """`https://https//github.com/o/r` (a tuning list's): the scheme pasted twice leaves no host
    with a dot, so its `//` is not read as a path's `/` too many."""
    path = tmp_path / "README.md"
    path.write_text("# Models\n\n- [EATFormer](https://https//github.com/zhangzjn/EATFormer) - Code.\n", encoding="utf-8")
    code, found = run_json("--select", "AL012", str(path))
    assert not any("a `/` too many" in f["message"] for f in found)


def test_a_user_name_github_community_and_googles_own_slashes_are_no_slips_session33():
    """The review's cases: a user's name before the host keeps its case (`JohnDoe@bitbucket.org`,
    only the host after it is read), `github.community` is GitHub's forum, not `github.com`
    with the owner glued on, and Google Research's PDF addresses hold `en//pubs` themselves."""
    text = ("# L\n\n- [a](https://JohnDoe@bitbucket.org/JohnDoe/repo) - x.\n"
            "- [b](https://github.community/t/some-topic/12345) - y.\n"
            "- [c](https://static.googleusercontent.com/media/research.google.com/en//pubs/archive/45530.pdf) - z.\n"
            "- [d](https://JohnDoe@Bitbucket.org/JohnDoe/repo) - w.\n")
    assert [(f.line, f.message) for f in lint_text(text, select=["AL012"])] == [
        (6, "the host `Bitbucket.org` is written with capitals: write `bitbucket.org`")]
    assert "https://JohnDoe@bitbucket.org/JohnDoe/repo) - w." in fix_text(text, select=["AL012"])[0]


def test_www_arxiv_on_most_of_the_files_arxiv_links_is_one_habit_session35():
    """A list of agent memory papers links every paper as `https://www.arxiv.org/abs/…`: one
    way of copying, one finding at the first link, one fix for all (each line was a finding,
    43 on one list). A few among the file's `arxiv.org` links are slips, one per line."""
    habit = "# Memory\n\n" + "".join(f"- Paper {i} [[Paper](https://www.arxiv.org/abs/2505.{i:05d})]\n" for i in range(6))
    found = [f for f in lint_text(habit, select=["AL012"])]
    assert [(f.line, f.message.split(":")[0]) for f in found] == [(3, "`www.arxiv.org` should be `arxiv.org`")]
    assert "one habit on 6 links" in found[0].message
    fixed = fix_text(habit, select=["AL012"])[0]
    assert "www." not in fixed and fixed == habit.replace("www.arxiv.org", "arxiv.org")
    mixed = habit.replace("https://www.arxiv.org/abs/2505.00001", "http://www.arxiv.org/abs/2505.00001")
    found = lint_text(mixed, select=["AL012"])  # `http://` on one of them too: still the one habit
    assert [f.line for f in found] == [3] and found[0].message.startswith("`www.arxiv.org` should be")
    assert fix_text(mixed, select=["AL012"])[0] == habit.replace("www.arxiv.org", "arxiv.org")
    slips = "# Memory\n\n" + "".join(f"- Paper {i} [[Paper](https://arxiv.org/abs/2505.{i:05d})]\n" for i in range(12))
    slips += "".join(f"- Late {i} [[Paper](https://www.arxiv.org/abs/2506.{i:05d})]\n" for i in range(3))
    assert [f.line for f in lint_text(slips, select=["AL012"])] == [15, 16, 17]


def test_hosts_the_annotated_lists_link_over_http_session35():
    """University, lab and project sites that serve https, which the tuning lists linked over
    http (`www.cs.utah.edu`, `cmp.felk.cvut.cz`, `janusgraph.org`: 49 right on the annotated
    lists, none wrong): the fix writes https. A host not known to serve it is left alone."""
    text = ("# Graphics\n\n- [Course](http://www.cs.utah.edu/~shirley/) - A course.\n"
            "- [Lab](http://cmp.felk.cvut.cz/~matas/) - A lab.\n"
            "- [Graph](http://janusgraph.org/) - A graph database.\n"
            "- [Old](http://old-lab.example-university.net/page) - An old page.\n")
    assert [f.line for f in lint_text(text, select=["AL012"])] == [3, 4, 5]
    fixed = fix_text(text, select=["AL012"])[0]
    assert fixed == text.replace("http://www.cs", "https://www.cs").replace("http://cmp", "https://cmp") \
        .replace("http://janus", "https://janus")


def test_a_number_or_a_mark_pasted_after_an_arxiv_id_session37():
    """Set AE's miss: `arxiv.org/pdf/2210.02186v2/1000` (a page number pasted on): arXiv has no
    such page; the fix keeps the id and its version. `….pdf` and a bare id are left alone."""
    text = ("# T\n\n- [A](https://arxiv.org/pdf/2210.02186v2/1000) - x.\n- [B](https://arxiv.org/abs/2210.02187.) - y.\n"
            "- [C](https://arxiv.org/pdf/2210.02188.pdf) - z.\n- [D](https://arxiv.org/abs/2210.02189v3) - w.\n")
    found = lint_text(text, select=["AL012"])
    assert [(f.line, "pasted after the paper's id" in f.message) for f in found] == [(3, True), (4, True)]
    fixed = fix_text(text, select=["AL012"])[0]
    assert "(https://arxiv.org/pdf/2210.02186v2)" in fixed and "(https://arxiv.org/abs/2210.02187)" in fixed
    assert fixed.count("\n") == text.count("\n") and "2210.02188.pdf" in fixed


def test_springers_mailing_keys_session37():
    """Set AE's miss: a Springer article copied from a mailing keeps `sap-outbound-id` and
    `mkt-key`; the safe fix drops both, and the article's address stays."""
    url = "https://link.springer.com/article/10.1007/s10618-019-00619-1"
    text = f"# T\n\n- [Paper]({url}?sap-outbound-id=11FC28E0&mkt-key=005056A5) - a paper.\n"
    found = lint_text(text, select=["AL012"])
    assert [(f.line, "`sap-outbound-id`, `mkt-key`" in f.message) for f in found] == [(3, True)]
    assert fix_text(text, select=["AL012"])[0] == f"# T\n\n- [Paper]({url}) - a paper.\n"
