"""The language server re-uses the inline scans of a buffer's previous version: an edited
document must read exactly as a fresh parse of its text, and only the changed blocks are
scanned again (counted, not timed)."""

from __future__ import annotations

import random

from conftest import REAL, needs_shared

from awesome_lint.document import Document
from awesome_lint.inline import ScanMemo
from awesome_lint.parsing import ParseCache
from awesome_lint.server.linting import Linter
from awesome_lint.source import Source

BASE = """# Papers

See [the survey][survey] and [ref] and <https://example.org/a>.

## Vision

1. [2023 MICCAI] **Segment Anything in Medicine** [[paper]](https://arxiv.org/abs/2304.12306) [[code]](https://github.com/a/b)
2. [**CVPR 2022**] Masked Autoencoders [[pdf]](https://arxiv.org/pdf/2111.06377.pdf) `code [x](y)` here
3. [2021 ICLR] **An Image is Worth 16x16 Words** https://arxiv.org/abs/2010.11929 [[code]](https://github.com/google/vit)
- __Bold title__ [[paper]](https://openreview.net/forum?id=abc) [ref][]
- [NeurIPS 2020] Denoising Diffusion ![img](https://x.org/i.png) [[paper]](https://arxiv.org/abs/2006.11239)

| # | Title | Venue | Paper |
|---|-------|-------|-------|
| 1 | **ViT** | ICLR 2021 | [PDF](https://arxiv.org/abs/2010.11929) |
| 2 | Swin `code | cell` | ICCV 2021 | [[paper]](https://arxiv.org/abs/2103.14030) |
| 3 | DETR | ECCV 2020 | <a href="https://arxiv.org/abs/2005.12872">pdf</a> |

## Language

- [2023 ACL] **Toolformer** [[paper]](https://arxiv.org/abs/2302.04761)
- [2023 ACL] **Toolformer** [[paper]](https://arxiv.org/abs/2302.04761)
- [2019 NAACL] BERT: Pre-training [paper](https://arxiv.org/abs/1810.04805 "title") and [broken] (https://x.org)

[survey]: https://arxiv.org/abs/2303.18223
[ref]: https://example.org/ref
"""

PIECES = ["x", "[", "]", "(", ")", "`", "*", "**", "_", "|", "\n", "\n\n", " ", "<", ">", "#", "- ",
          "https://arxiv.org/abs/2101.00001 ", "[a](b)", "[ref]", "[Ref]: https://e.org/r\n", "2022 "]


def _random_edit(rng: random.Random, text: str) -> str:
    at = rng.randrange(len(text) + 1)
    if rng.random() < 0.35 and text:
        end = min(len(text), at + rng.randrange(1, 12))
        return text[:at] + text[end:]
    return text[:at] + rng.choice(PIECES) + text[at:]


def _model(doc: Document) -> tuple:
    """What rules read of the inline content, every field."""
    doc.settle()
    links = [(k.kind, k.label, k.url, k.start, k.end, k.url_start, k.url_end, k.label_start, k.label_end, k.title,
              k.line, k.column, k.end_line, k.end_column, k.column_header) for k in doc.links]
    entries = [(e.kind, e.line, e.end_line, e.start, e.end, e.title, e.title_start, e.title_end, e.year, e.d_year,
                [k.start for k in e.links], e.section.line if e.section else None, e.item is not None and e.item.line,
                e.tag and (e.tag.raw, e.tag.inner, e.tag.start, e.tag.end, e.tag.inner_start, e.tag.inner_end,
                           e.tag.bold, e.tag.bracketed, e.tag.year, e.tag.year_span))
               for e in doc.entries]
    return links, list(doc.code_spans), entries


def _findings(result) -> list[tuple]:
    return [(f.code, f.severity, f.message, f.line, f.column, f.end_line, f.end_column, f.related,
             None if f.fix is None else (f.fix.safe, tuple((e.start, e.end, e.replacement) for e in f.fix.edits)))
            for f in result.findings]


def test_an_edited_document_reads_as_a_fresh_parse():
    """Hundreds of random edits (brackets, backticks, pipes, line breaks, reference
    definitions added and removed), each parsed with the previous version's scans: links, code
    spans and entries equal those of a parse from nothing, field by field."""
    rng = random.Random(2023)
    cache = ParseCache()
    cache.scans = ScanMemo()
    text = BASE * 3
    Document(Source("a.md", text), True, cache).settle()
    for _ in range(400):
        text = _random_edit(rng, text)
        if len(text) < 200:
            text = BASE
        kept = _model(Document(Source("a.md", text), True, cache))
        fresh = _model(Document(Source("a.md", text), False, ParseCache()))
        assert kept == fresh, text
    assert cache.scans.reused > cache.scans.scanned  # it did reuse


def test_the_servers_diagnostics_after_edits_equal_a_fresh_lint():
    """The server's linter, fed a buffer edited over and over, reports what a new linter
    reports on the same text (every finding, message and fix)."""
    rng = random.Random(7)
    linter = Linter()
    text = BASE * 2
    linter.lint("file:///a.md", "/tmp/a.md", text, 0)
    for version in range(1, 120):
        text = _random_edit(rng, text)
        if len(text) < 200:
            text = BASE
        kept = linter.lint("file:///a.md", "/tmp/a.md", text, version)
        fresh = Linter().lint("file:///b.md", "/tmp/a.md", text, 0)
        assert _findings(kept) == _findings(fresh), text
        assert kept.findings or fresh.findings is not None


@needs_shared
def test_real_lists_edited_equal_a_fresh_lint():
    """Real lists, edited at random places: the same findings as a fresh lint."""
    rng = random.Random(11)
    for path in sorted(REAL.glob("*.md"))[:6]:
        text = path.read_text(encoding="utf-8")
        linter = Linter()
        linter.lint("file:///r.md", "/tmp/r.md", text, 0)
        for version in range(1, 6):
            text = _random_edit(rng, text)
            kept = linter.lint("file:///r.md", "/tmp/r.md", text, version)
            fresh = Linter().lint("file:///s.md", "/tmp/r.md", text, 0)
            assert _findings(kept) == _findings(fresh), (path.name, version)


def test_an_edit_scans_only_the_changed_block_again():
    """After a one-character edit in a paragraph, one block is scanned anew and every other
    is reused; a changed reference definition invalidates the reuse (a reference link's URL
    depends on it)."""
    section = "".join(f"- [2021 ICLR] **Paper {i}** [[paper]](https://arxiv.org/abs/2101.{i:05d}) [ref]\n\n"
                      for i in range(50))
    text = f"# Part\n\n{section}[ref]: https://example.org/one\n"
    cache = ParseCache()
    memo = cache.scans = ScanMemo()
    first = Document(Source("a.md", text), True, cache)
    first.settle()
    assert memo.scanned >= 50 and memo.reused == 0
    memo.scanned = memo.reused = 0
    at = text.index("Paper 25") + 6
    edited = text[:at] + "x" + text[at:]
    doc = Document(Source("a.md", edited), True, cache)
    doc.settle()
    assert memo.scanned == 1 and memo.reused >= 50
    assert any(k.url == "https://arxiv.org/abs/2101.00025" and k.line == 53 for k in doc.links)
    memo.scanned = memo.reused = 0
    changed = edited.replace("example.org/one", "example.org/two")
    doc = Document(Source("a.md", changed), True, cache)
    doc.settle()
    assert memo.reused == 0 and memo.scanned >= 50
    assert sum(k.url == "https://example.org/two" for k in doc.links) == 50


def test_the_server_reuses_scans_and_a_plain_parse_does_not():
    linter = Linter()
    text = BASE * 4
    linter.lint("file:///a.md", "/tmp/a.md", text, 0)
    memo = linter.caches["file:///a.md"].scans
    before = memo.reused
    linter.lint("file:///a.md", "/tmp/a.md", text.replace("Toolformer", "Toolformerx", 1), 1)
    assert memo.reused > before
    assert ParseCache().scans is None  # the command line keeps nothing between files


def test_link_checks_skip_what_found_nothing_last_time_and_recheck_the_rest():
    """AL007's target check and AL012 remember the links they found nothing in (by the link's
    text, never its place) for the next version; a link with a finding is checked every time,
    so its finding moves with it. Counted on the rule objects the server keeps."""
    linter = Linter()
    bad = "- [2020 ICML] **Paper** [[paper]](http://www.arxiv.org/abs/2001.00001?)\n"
    good = "".join(f"- [2021 ICLR] **Paper {i}** [[paper]](https://arxiv.org/abs/2101.{i:05d})\n" for i in range(40))
    text = f"# A\n\n{bad}{good}"
    first = linter.lint("file:///a.md", "/tmp/a.md", text, 0)
    rules = {r.code: r for r in linter.engine.rules_for("/tmp/a.md")}
    al012, al007 = rules["AL012"]._quiet_keys, rules["AL007"]._quiet_keys
    assert al012.skipped == 0 and al007.skipped == 0
    second = linter.lint("file:///a.md", "/tmp/a.md", "\n" + text, 1)  # everything one line down
    assert al012.skipped == 40 and al007.skipped == 41  # AL007 finds nothing in the bad link either
    assert [(f.code, f.line) for f in second.findings if f.code == "AL012"] == [("AL012", 4)]
    assert [(f.code, f.line) for f in first.findings if f.code == "AL012"] == [("AL012", 3)]
    assert len(al012.current) == 40  # only this version's keys (and the last one's) are kept
    al003 = rules["AL003"]._kept_answers  # each item's keys for duplicate search, by its text
    assert al003.reused == 41 and len(al003.current) == 41
    assert rules["AL017"]._kept_answers.reused == 41  # each item's kind of links
    assert rules["AL009"]._quiet_keys.skipped >= 40  # items whose years agreed with their links
    # every line but the two first (a new blank line, and "# A" no longer first) matched again
    assert rules["AL018"]._kept_answers.reused == text.count("\n")


def test_proper_names_found_line_by_line_equal_a_whole_text_search():
    """AL018 matches its names line by line (and keeps each line's for the next version): the
    same misspellings, places and fixes as a search of the whole text, at line breaks of every
    kind, at the very start and end, beside identifiers."""
    from awesome_lint.testing import lint_text

    text = ("Github\r\nuse Pytorch.\rGithub:\nio 'github'\n\n- [Github](https://github.com/a) and Huggingface "
            "hub\n| a | Tensorflow |\n|---|---|\n| Openai | x |\nlast Github")
    linter = Linter()
    kept = linter.lint("file:///p.md", "/tmp/p.md", text, 0)
    again = linter.lint("file:///p.md", "/tmp/p.md", "x" + text, 1)
    shown = [(f.line, f.column, f.message) for f in kept.findings if f.code == "AL018"]
    assert len(shown) >= 5
    assert shown == [(f.line, f.column, f.message) for f in lint_text(text, select=["AL018"])]
    assert _findings(again) == _findings(Linter().lint("file:///q.md", "/tmp/p.md", "x" + text, 0))


def test_the_servers_chunks_are_smaller_and_an_edit_reparses_less():
    """The server's parse cache cuts a large list into ~8 KB chunks (the command line's are
    32 KB), so a keystroke re-parses about 8 KB; the blocks are the same either way."""
    from awesome_lint import parsing

    section = "".join(f"- [2021 ICLR] **Paper {i}** [[paper]](https://arxiv.org/abs/2101.{i:05d})\n" for i in range(60))
    text = "".join(f"# Part {k}\n\n{section}\n" for k in range(40))
    linter = Linter()
    linter.lint("file:///a.md", "/tmp/a.md", text, 0)
    units = linter.caches["file:///a.md"].units
    assert len(units) > 2 * len(text) // parsing.CHUNK
    assert max(u.key_end - u.start for u in units) < parsing.CHUNK // 2
    plain = ParseCache()
    Document(Source("a.md", text), True, plain)
    assert len(plain.units) <= len(text) // parsing.CHUNK + 1
    mid = len(text) // 2
    edited = text[:mid] + "x" + text[mid:]
    kept = linter.lint("file:///a.md", "/tmp/a.md", edited, 1)
    fresh = Linter().lint("file:///b.md", "/tmp/a.md", edited, 0)
    assert _findings(kept) == _findings(fresh)


def test_the_command_line_keeps_nothing_between_documents():
    """Outside the server a rule object keeps no keys after its document (a plain lint reads
    each file once: keeping a large list's keys would only raise its peak memory)."""
    from awesome_lint.engine import Engine, Selection
    from awesome_lint.model import RunContext
    from awesome_lint.registry import load_rules

    engine = Engine(Selection(), context=RunContext(), rule_classes=load_rules())
    src = Source("/tmp/c.md", BASE)
    engine.lint_source(src)
    rules = engine.rules_for("/tmp/c.md")
    assert rules and not any(hasattr(r, "_quiet_keys") or hasattr(r, "_kept_answers") for r in rules)
    linter = Linter()
    linter.lint("file:///c.md", "/tmp/c.md", BASE, 0)
    kept = linter.engine.rules_for("/tmp/c.md")
    assert all(r.keep_across_documents for r in kept)
    assert sum(hasattr(r, "_quiet_keys") or hasattr(r, "_kept_answers") for r in kept) == 6
