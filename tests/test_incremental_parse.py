"""Re-parsing an edited copy of a large text reuses the unchanged parts (parsing.block_tokens).

Rules check a fix by parsing the fixed text; for a large list only the part between the
top-level headings around the change is parsed again. These tests compare every such parse with
a full parse of the same text: the blocks (type, lines, markup, level) must be identical.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from awesome_lint import parsing as P
from awesome_lint.document import parse_text

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def sig(blocks):
    return [(b.type, b.map, b.tag, b.markup, b.info, b.content, b.level) for b in blocks]


def full(text):
    return sig(P.to_blocks(P.block_parser().parse(text, {})))


def model(doc):
    return ([(h.level, h.text, h.line, h.anchor) for h in doc.headings],
            [(b.line, b.end_line, b.depth, [(i.line, i.end_line, i.number, i.content_start) for i in b.items]) for b in doc.lists],
            [(t.line, t.end_line, len(t.rows)) for t in doc.tables], doc.code_blocks, doc.html_blocks)


def synthetic() -> str:
    """A list of ~150 KB with the constructs that can swallow a heading: fences, HTML blocks,
    lists with lazy lines, block quotes, tables and setext headings."""
    parts = ["# Awesome Things\n\nIntro paragraph.\n"]
    for i in range(600):
        parts.append(f"\n## Section {i}\n\n")
        kind = i % 6
        if kind == 0:
            parts.append("".join(f"{k + 1}. [Paper {i}.{k}](https://example.org/{i}/{k}) - about it.\n" for k in range(8)))
        elif kind == 1:
            parts.append("```python\n# not a heading\nprint(1)\n```\n")
        elif kind == 2:
            parts.append("<details>\n<summary>more</summary>\n\n- [x](https://x.org)\n</details>\n")
        elif kind == 3:
            parts.append("| # | Title | Link |\n| --- | --- | --- |\n" + "".join(f"| {k} | T{k} | [pdf](https://p.org/{k}) |\n" for k in range(6)))
        elif kind == 4:
            parts.append("> quoted\n> - item\nlazy continuation\n\nSetext title\n------------\n")
        else:
            parts.append("- a\n  - b\n    - c\n\n  more of a\n")
    return "".join(parts)


EDITS = ["```\n", "<div>\n", "# H\n", "\n", "\n\n", "1. ", "- ", "> ", "    ", "===\n", "---\n", "|---|\n",
         "<!--", "-->", "x", "", "[a]: https://ref.example\n"]


def check_edits(text: str, rng: random.Random, rounds: int) -> int:
    P.SHARED.clear()
    base = parse_text(text, remember=True)
    if P.SHARED.text is None:  # lone CRs: always parsed whole
        assert "\r" in text
    reused = 0
    for _ in range(rounds):
        t = text
        k = rng.randrange(len(t))
        for _e in range(rng.randint(1, 3)):
            a = min(len(t), max(0, k + rng.randint(-3000, 3000)))
            b = min(len(t), a + rng.choice([0, 0, 1, 4, 30]))
            t = t[:a] + rng.choice(EDITS) + t[b:]
        inc = P.SHARED.incremental(t)
        if inc is not None:
            reused += 1
            units, shifts = inc
            assert sig([b for u, d in zip(units, shifts) for b in P.shifted(u.blocks, d)]) == full(t)
            refs: dict = {}
            P.merge_references(refs, units)
            assert {k: v["href"] for k, v in refs.items()} == {k: v["href"] for k, v in _full_env(t).items()}
        blocks, _refs = P.block_tokens(t)
        assert sig(blocks) == full(t)
        assert model(parse_text(t)) == model(_fresh(t))
    assert model(base) == model(_fresh(text))
    return reused


def _fresh(text: str):
    """The document as a full parse builds it (no remembered texts)."""
    saved = P.SHARED.text, P.SHARED.units
    P.SHARED.clear()
    old = P.INCREMENTAL_MIN
    P.INCREMENTAL_MIN = 10**12
    try:
        return parse_text(text)
    finally:
        P.INCREMENTAL_MIN = old
        P.SHARED.text, P.SHARED.units = saved


def test_synthetic_edits_parse_as_a_full_parse(monkeypatch):
    monkeypatch.setattr(P, "CHUNK", 2048)  # many small units: most edits stay inside one
    text = synthetic()
    assert len(text) >= P.INCREMENTAL_MIN
    P.SHARED.clear()
    parse_text(text)
    assert P.SHARED.text is None, "a fix's check does not replace the text of the pass"
    parse_text(text, remember=True)
    assert P.SHARED.text == text, "a large text is remembered for later edits"
    reused = check_edits(text, random.Random(7), 25)
    assert reused >= 12  # most edits were parsed incrementally: the comparison compared something


def test_edit_that_opens_a_fence_swallowing_the_rest():
    text = synthetic()
    parse_text(text, remember=True)
    cut = text.index("## Section 100\n")
    edited = text[:cut] + "~~~~~\n" + text[cut:]  # an unclosed fence: every later heading is code
    blocks, _ = P.block_tokens(edited)
    assert sig(blocks) == full(edited)
    assert not any(b.type == "heading_open" and b.map[0] > edited.count("\n", 0, cut) for b in blocks)


def test_unchanged_and_appended_text():
    text = synthetic()
    P.SHARED.clear()
    parse_text(text, remember=True)
    assert sig(P.block_tokens(text)[0]) == full(text)
    more = text + "continued paragraph text\n- new item\n"  # the last unit runs on: never reused as is
    assert sig(P.block_tokens(more)[0]) == full(more)


def test_reference_definitions_are_kept_per_unit():
    """A text with reference definitions is re-parsed incrementally too: each unit keeps its own
    definitions, and the first definition of a label wins, as in a whole parse."""
    text = synthetic()
    cut = text.index("## Section 300\n")
    text = text[:cut] + "[ref]: https://first.example\n\n" + text[cut:] + "\n[ref]: https://later.example\n"
    P.SHARED.clear()
    assert parse_text(text, remember=True).references == {"ref": "https://first.example"}
    cut = text.index("## Section 50\n")
    edited = text[:cut] + "[ref]: https://ref.example\n\n[new]: https://new.example\n" + text[cut:]
    assert P.SHARED.incremental(edited) is not None
    blocks, refs = P.block_tokens(edited)
    assert sig(blocks) == full(edited)
    assert {k: v["href"] for k, v in refs.items()} == {k: v["href"] for k, v in _full_env(edited).items()}
    assert parse_text(edited).references == {"ref": "https://ref.example", "new": "https://new.example"}
    gone = text.replace("[ref]: https://first.example\n", "", 1)
    assert parse_text(gone).references == {"ref": "https://later.example"}


def _full_env(text: str) -> dict:
    env: dict = {}
    P.block_parser().parse(text, env)
    return env.get("references", {})


def test_real_lists_with_random_edits():
    texts = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "real").glob("*.md"))]
    texts = [t for t in texts if len(t) >= P.INCREMENTAL_MIN]
    if not texts:
        pytest.skip("real lists not available")
    rng = random.Random(3)
    reused = 0
    for text in texts[::3]:
        reused += check_edits(text, rng, 6)
    assert reused


def _chunked(text: str):
    """The units of a chunked parse and their merged reference definitions."""
    references: dict = {}
    units = list(P.chunks(text))
    P.merge_references(references, units)
    return units, references


def _chunked_blocks(text: str, chunk: int):
    old = P.CHUNK
    P.CHUNK = chunk
    try:
        units, refs = _chunked(text)
    finally:
        P.CHUNK = old
    return units, [b for u in units for b in u.blocks], refs


def _full_refs(text: str) -> dict:
    env: dict = {}
    P.block_parser().parse(text, env)
    return env.get("references", {})


@pytest.mark.parametrize("chunk", [1, 700, 4096])
def test_chunked_parse_is_a_full_parse(chunk):
    """A large text is parsed chunk by chunk (each ends at a top-level heading); the blocks are
    those of one parse of the whole text, also where a candidate heading is inside a fence, an
    HTML block or a comment that spans several chunks."""
    text = synthetic()
    cut = text.index("## Section 200\n")
    text = (text[:cut] + "<!--\n# commented out\n\n## also\n" + text[cut:].replace("## Section 230\n", "-->\n## Section 230\n", 1))
    cut = text.index("## Section 400\n")
    text = text[:cut] + "```\n" + text[cut:].replace("## Section 420\n", "```\n## Section 420\n", 1)
    units, blocks, refs = _chunked_blocks(text, chunk)
    assert len(units) > 20
    assert sig(blocks) == full(text)
    assert refs == _full_refs(text) == {}
    assert [u.start for u in units] == sorted(u.start for u in units)
    for u in units[1:]:
        assert text[u.start:].startswith("#") and text.count("\n", 0, u.start) == u.line
        assert text[u.key_end - 1] == "\n" or u.key_end == len(text)


def test_chunked_parse_of_an_unclosed_fence_is_a_full_parse():
    text = "# Top\n\n```\n" + "".join(f"# not a heading {i}\ncode\n" for i in range(3000))
    units, blocks, _ = _chunked_blocks(text, 64)
    assert sig(blocks) == full(text)
    assert sum(1 for b in blocks if b.type == "heading_open") == 1


def test_chunked_parse_merges_reference_definitions_first_wins():
    text = synthetic() + "\n[ref]: https://one.example\n\n# Again\n\n[ref]: https://two.example\n[other]: https://o.example\n"
    _units, blocks, refs = _chunked_blocks(text, 2048)
    assert sig(blocks) == full(text)
    assert refs == _full_refs(text)
    assert refs["REF"]["href"] == "https://one.example"


def test_real_lists_parse_in_chunks_as_a_whole():
    paths = sorted((CORPUS / "real").glob("*.md")) + sorted((CORPUS / "seeds").glob("*.md"))
    if not paths:
        pytest.skip("corpus not available")
    chunked = 0
    for path in paths:
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        if "\r" in text:
            continue
        units, blocks, refs = _chunked_blocks(text, 2048)
        chunked += len(units) > 1
        assert sig(blocks) == full(text), path.name
        assert refs == _full_refs(text), path.name
    assert chunked > 10


def test_a_cache_of_its_own():
    """A parse remembered in a cache of its own leaves the shared one alone and serves its edits."""
    text = synthetic()
    P.SHARED.clear()
    mine = P.ParseCache()
    parse_text(text, remember=True, cache=mine)
    assert P.SHARED.text is None and mine.text == text
    cut = text.index("## Section 300\n")
    edited = text[:cut] + "- inserted item\n\n" + text[cut:]
    units, shifts = mine.incremental(edited)
    assert sig([b for u, d in zip(units, shifts) for b in P.shifted(u.blocks, d)]) == full(edited)
    assert model(parse_text(edited, cache=mine)) == model(_fresh(edited))
