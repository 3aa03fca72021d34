"""Property tests: --fix never loses data, on generated lists.

Hypothesis builds lists of the shapes real lists have (numbered and bulleted entries, nested
lists, tables with and without an index column, venue tags, signed and plain links, duplicates,
tables of contents, code blocks, HTML, misspelt names, broken link syntax) written with LF or
CRLF, with or without a BOM, and runs every default rule with --fix (safe, then also unsafe).
For each input, tests/trust.py checks: no rule crashed; fixing is idempotent; bytes outside the
applied edits are unchanged; URLs and titles disappear only inside edits of rules meant to change
them; no edit touches code; line endings kept; and cmark-gfm renders every block away from the
edits exactly as before.

60 examples per test by default (CI); more with AWESOME_LINT_EXAMPLES=2000. For hours of
fuzzing use fuzz/fuzz_lint.py.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import trust
from awesome_lint import source
from awesome_lint.model import Edit, Finding, Fix

EXAMPLES = int(os.environ.get("AWESOME_LINT_EXAMPLES", "60"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                    HealthCheck.data_too_large], derandomize=os.environ.get("AWESOME_LINT_EXAMPLES") is None)

WORDS = ["Deep", "Learning", "for", "Medical", "Image", "Segmentation", "Transformer", "Diffusion",
         "Models", "a", "Survey", "Github", "Pytorch", "Tensorflow", "LLM", "Vision-Language", "U-Net",
         "café", "â€“", "Self-Supervised", "Foundation", "图像", "GAN", "of", "the", "with", "3D", "CT"]
VENUES = ["CVPR 2022", "**CVPR 2022**", "2023 MICCAI", "MICCAI 2023", "CPVR 2022", "NeurIPS 2021",
          "NIPS 2016", "arXiv 2023", "Arxiv 2023", "TMI 2022", "ICCV'21", "ECCV 2020", "MedIA", "AAAI 2024"]
HOSTS = ["https://arxiv.org/abs/2{:03d}.{:05d}", "http://arxiv.org/abs/2{:03d}.{:05d}",
         "https://www.arxiv.org/pdf/2{:03d}.{:05d}.pdf", "https://github.com/lab{}/repo{}",
         "http://github.com/lab{}/repo{}?", "https://openaccess.thecvf.com/content/CVPR2022/p{}_{}.pdf",
         "https://doi.org/10.1109/TMI.{}.{}", "https://example.com/paper{}#{}", "https://site{}.org/a{}/",
         "https://bucket.s3.amazonaws.com/p{}.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20230101T000000Z"
         "&X-Amz-Expires=300&X-Amz-Signature=ab{}cd&X-Amz-Credential=K%2F20230101",
         "https://www.sciencedirect.com/science/article/pii/S13618415{:04d}{:04d}",
         "https://pdf.sciencedirectassets.com/27/1-s2.0-S13618415{:04d}{:04d}/main.pdf?X-Amz-Security-Token=x"
         "&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20230101T000000Z&X-Amz-Expires=300&X-Amz-Signature=f"]
LABELS = ["paper", "Paper", "PDF", "pdf", "code", "Code", "Project", "papr", "[code]"]

words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join)
url = st.builds(lambda h, a, b: h.format(a, b), st.sampled_from(HOSTS), st.integers(0, 99), st.integers(0, 99))


@st.composite
def link(draw):
    label, u = draw(st.sampled_from(LABELS)), draw(url)
    form = draw(st.integers(0, 9))
    if form == 0:
        return f"[{label}] ({u})"  # space before the parenthesis
    if form == 1:
        return f"[[{label}]]({u})"
    if form == 2:
        return f"[{label}]({u}"  # unclosed
    if form == 3:
        return f"<{u}>"
    if form == 4:
        return u  # bare
    if form == 5:
        return f"[[{label}]({u})]"
    return f"[{label}]({u})"


@st.composite
def entry(draw):
    parts = []
    if draw(st.booleans()):
        v = draw(st.sampled_from(VENUES))
        parts.append(draw(st.sampled_from([f"[{v}]", f"**[{v}]**", f"({v})", f"[**{v}**]"])))
    title = draw(words)
    parts.append(draw(st.sampled_from([title, f"**{title}**", f"[{title}]({draw(url)})", f"*{title}*"])))
    parts += draw(st.lists(link(), max_size=3))
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from([f"`{title}`", "<br>", "&amp;", "- " + draw(words), ".", "*"])))
    return " ".join(parts)


@st.composite
def lst(draw, depth=0):
    ordered = draw(st.booleans())
    n = draw(st.integers(1, 7))
    marker = draw(st.sampled_from([".", ")"])) if ordered else draw(st.sampled_from("-*+"))
    start = draw(st.integers(0, 3))
    indent = "   " * depth if ordered else "  " * depth
    lines = []
    num = start
    pool = []
    for _ in range(n):
        num += draw(st.sampled_from([1, 1, 1, 0, 2, -1]))
        e = draw(st.one_of(entry(), st.sampled_from(pool))) if pool and draw(st.integers(0, 5)) == 0 else draw(entry())
        pool.append(e)
        head = f"{max(num, 0)}{marker}" if ordered else marker
        lines.append(f"{indent}{head} {e}")
        if depth < 2 and draw(st.integers(0, 6)) == 0:
            lines.append(draw(lst(depth + 1)).rstrip("\n"))
        if draw(st.integers(0, 8)) == 0:
            lines.append(indent + "  " + draw(words))  # continuation line
    return "\n".join(lines) + "\n"


@st.composite
def table(draw):
    index = draw(st.booleans())
    cols = (["#"] if index else []) + ["Title", draw(st.sampled_from(["Venue", "Conference", "Year"])), "Link"]
    rows = ["| " + " | ".join(cols) + " |", "|" + "|".join(["---"] * len(cols)) + "|"]
    num = draw(st.integers(0, 2))
    for _ in range(draw(st.integers(1, 6))):
        num += draw(st.sampled_from([1, 1, 1, 0, 2]))
        cells = ([str(num)] if index else []) + [draw(words), draw(st.sampled_from(VENUES)), draw(link())]
        if draw(st.integers(0, 7)) == 0:
            cells = cells[:-1]  # a missing cell
        rows.append("| " + " | ".join(cells) + " |")
        if draw(st.integers(0, 7)) == 0:
            rows.append("")  # a blank line splitting the table
    return "\n".join(rows) + "\n"


@st.composite
def document(draw):
    blocks = []
    headings = []
    if draw(st.integers(0, 5)) == 0:
        blocks.append("---\ntitle: " + draw(words) + "\n---")
    blocks.append("# Awesome " + draw(words))
    toc_at = len(blocks) if draw(st.booleans()) else None
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.integers(0, 9))
        if kind <= 1:
            h = draw(words)
            headings.append(h)
            blocks.append("#" * draw(st.integers(2, 3)) + " " + h)
        elif kind <= 4:
            blocks.append(draw(lst()).rstrip("\n"))
        elif kind <= 6:
            blocks.append(draw(table()).rstrip("\n"))
        elif kind == 7:
            fence = draw(st.sampled_from(["```", "~~~"]))
            blocks.append(f"{fence}md\n1. Github\n3. [x] (http://arxiv.org/abs/2101.00001)\n{fence}")
        elif kind == 8:
            blocks.append(draw(st.sampled_from([
                '<p align="center"><img src="https://site1.org/a.png"></p>',
                "<details>\n<summary>More</summary>\n\n" + draw(lst()).rstrip("\n") + "\n\n</details>",
                "<!-- awesome-lint-disable AL001 -->\n" + draw(lst()).rstrip("\n") + "\n<!-- awesome-lint-enable -->",
                "> " + draw(entry()),
                "    1. indented code Github\n    3. http://arxiv.org/abs/2",
            ])))
        else:
            blocks.append(draw(words) + " `1. Github` " + draw(link()))
    if toc_at is not None and headings:
        toc = [f"- [{h}](#{draw(st.sampled_from([h.lower().replace(' ', '-'), h, 'missing']))})" for h in headings]
        blocks.insert(toc_at, "## Contents\n\n" + "\n".join(draw(st.permutations(toc))))
    sep = draw(st.sampled_from(["\n\n", "\n\n", "\n"]))
    text = sep.join(blocks) + draw(st.sampled_from(["\n", "", "\n\n"]))
    return text


@st.composite
def raw_file(draw):
    """Bytes as a file would hold them: LF, CRLF or mixed line endings, maybe a BOM."""
    text = draw(document())
    style = draw(st.sampled_from(["lf", "lf", "crlf", "mixed"]))
    if style == "crlf":
        text = text.replace("\n", "\r\n")
    elif style == "mixed":
        lines = text.split("\n")
        text = "".join(ln + ("\r\n" if i % 3 == 0 else "\n") for i, ln in enumerate(lines[:-1])) + lines[-1]
    bom = draw(st.integers(0, 3)) == 0
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")


def _check_raw(raw: bytes, unsafe: bool):
    src = source.decode(raw, "list.md")
    r = trust.run(src.text, unsafe=unsafe, source=src)
    problems = trust.check(r)
    if r.output != src.text:
        problems += trust.render_check(src.text, r.output)
        written = src.encode(r.output)
        assert written.startswith(b"\xef\xbb\xbf") == raw.startswith(b"\xef\xbb\xbf")
        assert written[3 if src.bom else 0:].decode("utf-8") == r.output
    assert not problems, "\n".join(problems) + "\n--- input ---\n" + src.text


@SETTINGS
@given(raw_file())
@example(b"1. a [x](https://arxiv.org/abs/2101.00001)\r\n3. b\r\n3. c\r\n")
@example("\ufeff| # | Title | Venue | Link |\n|---|---|---|---|\n| 1 | A | CPVR 2022 | [pdf](http://arxiv.org/abs/1) |\n\n"
         "| 3 | B | CVPR 2022 | [pdf](https://arxiv.org/abs/2) |\n".encode())
def test_safe_fix_keeps_data(raw):
    _check_raw(raw, unsafe=False)


@SETTINGS
@given(raw_file())
@example(b"## A\n\n- [x](https://github.com/a/b) x\n- [y](https://github.com/c/d) y\n- [x](https://github.com/a/b) x\n")
def test_unsafe_fix_keeps_data(raw):
    _check_raw(raw, unsafe=True)


# ---- the checker itself can fail ----------------------------------------------------------------

def _fake_run(text: str, edits: tuple[Edit, ...], code: str) -> trust.Run:
    """A run whose one fix (of rule ``code``) applies ``edits``: fed to trust.check."""
    from awesome_lint.document import Document
    from awesome_lint.engine import apply_edits
    from awesome_lint.source import Source

    src = Source("x.md", text)
    f = Finding(code, "fake", "warning", "fake", 1, fix=Fix(edits))
    out = apply_edits(text, edits)
    d1 = Document(src)
    d2 = Document(Source("x.md", out))
    return trust.Run(src, False, [(d1, [f]), (d2, [])], out, [], False, 1, second=out)


def test_checker_catches_a_lost_url_and_title():
    text = "- **Deep Nets** [paper](https://arxiv.org/abs/2101.00001)\n- **Other** [code](https://github.com/a/b)\n"
    cut = text.index("[paper]")
    run = _fake_run(text, (Edit(cut - 1, text.index("\n"), ""),), "AL001")  # AL001 may not drop URLs
    problems = trust.check(run)
    assert any("https://arxiv.org/abs/2101.00001" in p and "AL001" in p for p in problems), problems
    ok = _fake_run(text, (Edit(cut - 1, text.index("\n"), ""),), "AL003")  # duplicate removal may
    assert trust.check(ok) == []
    title = _fake_run(text, (Edit(2, 13, "X"),), "AL001")
    assert any("title" in p for p in trust.check(title))


def test_checker_catches_edits_in_code_and_newline_damage():
    text = "```\nGithub\n```\n\ntext\r\n"
    run = _fake_run(text, (Edit(4, 10, "GitHub"),), "AL018")
    assert any("edits code" in p for p in trust.check(run))
    crlf = "1. a\r\n3. b\r\n"
    bad = _fake_run(crlf, (Edit(6, 12, "2. b\n"),), "AL001")
    assert any("bare LF" in p for p in trust.check(bad))


def test_render_check_catches_non_local_damage():
    before = "```\n- x\n```\n\n## Next\n\n- y [a](https://github.com/a/b)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    after = before.replace("```\n", "", 1)  # removing one fence turns the rest of the page into code
    problems = trust.render_check(before, after)
    assert any("Next" in p for p in problems) and any("github.com" in p for p in problems), problems
    assert trust.render_check(before, before.replace("- x", "- z")) == []  # a local change is fine
    # a renumbering that under-indents a continuation paragraph changes the page
    before = "9. a\n\n   more about a\n"
    assert trust.render_check(before, before.replace("9.", "10.")) != []


def test_render_check_places_header_cells_on_their_own_line():
    """cmark-gfm dates a table whose header row ends a paragraph ("text\n| h |\n|---|") from
    the paragraph's first line, header cells included: the check must take a header cell to lie
    anywhere up to the delimiter row, so an edit of the header line is local to it, and still
    catch a header changed by an edit far from the table."""
    before = ("intro line\n| Title Ã [r] | Venue |\n|---|---|\n| [a](https://a.example) | CVPR |\n"
              "\n## Next\n\ntext\n\n[r]: https://r.example\n")
    assert trust.render_check(before, before.replace("Title Ã", "Title à")) == []
    far = before.replace("https://r.example", "https://elsewhere.example")  # the header's link moves
    problems = trust.render_check(before, far)
    assert any("(table>tr>th) 'Title" in p for p in problems), problems
