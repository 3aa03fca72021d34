"""The data-safety guarantees of ``--fix``, checked on one text (shared by the property tests,
the corpus tests and fuzz/fuzz_lint.py).

``run(text)`` runs the real engine in-process and records every pass of the fix loop (the text
each pass checked and the findings it produced). ``check(run)`` then proves, pass by pass:

- no rule crashed (no internal-error finding), no exception escaped;
- replaying the chosen fixes of each pass reproduces the engine's next text exactly, so every
  byte outside an applied edit is unchanged (nothing else rewrites the text);
- every URL (found by a plain regex, independent of the Markdown parser) and every entry title
  that disappears in a pass lies inside an edit of that pass, and the finding owning that edit
  is of a rule allowed to change URLs (``URL_CHANGERS``) or titles (``TITLE_CHANGERS``);
- no edit lies inside a code block or inline code;
- newline styles: a file without bare LF gets none, a file without CRLF gets none;
- a second ``--fix`` on the output changes nothing (idempotence).

``render_check(before, after)`` compares the pages cmark-gfm renders: every leaf block (paragraph,
heading, code block, table cell, a list item's own text) whose source lines, and the lines next to
them, no fix touched must render the same, under the same kind of containers.
"""

from __future__ import annotations

import difflib
import html
import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

from awesome_lint.config import build
from awesome_lint.document import Document
from awesome_lint.engine import Engine, Selection, apply_edits, plan_fixes
from awesome_lint.model import Edit, Finding
from awesome_lint.source import Source, detect_newline

# Rules whose fixes may make a URL disappear (rewrite it, repair it, or delete a duplicate entry).
URL_CHANGERS = {
    "AL003",  # duplicate-entry: removes the repeated entry (unsafe)
    "AL004",  # signed-url: replaces a signed URL by its stable form
    "AL007",  # link-syntax: repairs the link around a URL
    "AL008",  # broken-anchor: corrects a #fragment
    "AL010",  # mojibake: repairs wrongly decoded text, in a URL's path or #fragment too
    "AL012",  # url-hygiene: https, www.arxiv.org, trailing ? and #, invisible characters
    "AL014",  # toc: rewrites contents links to sections
}
# Rules whose fixes may change the text of an entry's title.
TITLE_CHANGERS = {
    "AL003",  # removes a duplicate entry
    "AL005",  # venue tags glued to a title
    "AL007",  # link syntax inside the title
    "AL010",  # mojibake repair
    "AL015",  # style: capitals, punctuation, bold title
    "AL018",  # proper names
}

URL_RE = re.compile(r"(?:https?|ftp)://[^\s<>\"'`|()\[\]]+", re.I)


#: Rules off by default whose fixes are still held to these guarantees on every corpus list
#: (AL011 and AL016 were until session 7; every rule with a fix is on by default now).
OPT_IN: list[str] = []


def make_engine() -> Engine:
    """An engine with the default rules, the opt-in rules of :data:`OPT_IN`, and an empty
    configuration (no config files read)."""
    eng = RecordingEngine(Selection(extend_select=list(OPT_IN)))
    cfg = build({}, None, eng.resolver)
    eng.configs.for_path = lambda _p: cfg  # type: ignore[method-assign]
    return eng


class RecordingEngine(Engine):
    """The real engine, remembering (document, findings) of every check it runs."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.passes: list[tuple[Document, list[Finding]]] = []

    def check_document(self, doc, rules, result):
        findings = super().check_document(doc, rules, result)
        self.passes.append((doc, list(findings)))
        return findings


@dataclass
class Run:
    source: Source
    unsafe: bool
    passes: list[tuple[Document, list[Finding]]]
    output: str
    findings: list[Finding]  # left after fixing
    crashed: bool
    fixed_count: int = 0
    second: str | None = None  # output of a second --fix on the output
    second_passes: list = field(default_factory=list)

    @property
    def first_findings(self) -> list[Finding]:
        return self.passes[0][1]


_ENGINE: RecordingEngine | None = None


def engine() -> RecordingEngine:
    global _ENGINE
    if _ENGINE is None:
        _ENGINE = make_engine()
    return _ENGINE


def run(text: str, unsafe: bool = False, path: str = "list.md", twice: bool = True, source: Source | None = None) -> Run:
    eng = engine()
    src = source or Source(path=path, text=text, newline=detect_newline(text))
    eng.passes = []
    result, _ = eng.lint_source(src, fix=True, unsafe=unsafe)
    out = result.fixed_text if result.fixed_text is not None else src.text
    r = Run(src, unsafe, eng.passes, out, result.findings, result.crashed, result.fixed_count)
    if twice and out != src.text and not result.crashed:
        eng.passes = []
        src2 = Source(src.path, out, src.encoding, src.bom, src.newline)
        result2, _ = eng.lint_source(src2, fix=True, unsafe=unsafe)
        r.second = result2.fixed_text if result2.fixed_text is not None else out
        r.second_passes = eng.passes
        r.crashed = r.crashed or result2.crashed
    eng.passes = []
    return r


def _overlaps(s: int, e: int, edits: list[tuple[Edit, Finding]]) -> list[Finding]:
    """Findings whose edits overlap or touch text[s:e]."""
    return [f for ed, f in edits if ed.start <= e and s <= ed.end]


def _urls(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0).rstrip(".,;:!?*_~"), m.start(), m.end()) for m in URL_RE.finditer(text)]


def check(r: Run) -> list[str]:
    """Every broken guarantee, as readable strings (empty: all hold)."""
    problems: list[str] = []
    for doc, findings in r.passes + r.second_passes:
        for f in findings:
            if f.name == "internal-error":
                problems.append(f"internal error: {f.message}")
    if r.crashed:
        return problems or ["crashed"]
    src = r.source
    # -- replay the fix loop --------------------------------------------------------------------
    rejected: set[tuple] = set()
    for k in range(len(r.passes)):
        doc, findings = r.passes[k]
        text = doc.text
        chosen = plan_fixes(findings, text, r.unsafe, rejected)
        if not chosen:
            if k != len(r.passes) - 1:
                problems.append(f"pass {k}: no fix chosen yet the engine went on")
            break
        new = apply_edits(text, [e for fx in chosen for e in fx.edits], src.newline)
        if k + 1 < len(r.passes):
            if r.passes[k + 1][0].text != new:
                problems.append(f"pass {k}: the engine's next text is not the replay of its fixes")
        elif new != text:
            problems.append(f"pass {k}: last pass still had fixes to apply (MAX_PASSES reached?)")
        owner = {id(f.fix): f for f in findings if f.fix is not None}
        edits = [(e, owner[id(fx)]) for fx in chosen for e in fx.edits]
        # edits never inside code
        for e, f in edits:
            if e.end > e.start and doc.in_code(e.start) and doc.in_code(e.end - 1) and _code_only(doc, e):
                problems.append(f"pass {k}: {f.code} edits code at line {doc.position(e.start)[0]}: {text[e.start:e.end]!r}")
        # URLs
        after = Counter(u for u, _, _ in _urls(new))
        before = Counter(u for u, _, _ in _urls(text))
        lost = before - after
        _explain_losses(problems, k, "URL", lost, _urls(text), edits, URL_CHANGERS)
        # titles
        new_doc = r.passes[k + 1][0] if k + 1 < len(r.passes) else None
        new_titles = Counter(_titles(new_doc) if new_doc is not None else _titles_of(new, src))
        lost_t = Counter(_titles(doc)) - new_titles
        if lost_t:
            spans = [(en.title.strip(), en.title_start, en.title_end) for en in doc.entries
                     if en.title and en.title.strip() and en.title_start is not None]
            _explain_losses(problems, k, "title", lost_t, spans, edits, TITLE_CHANGERS)
    # -- newlines ---------------------------------------------------------------------------------
    t, o = src.text, r.output
    if "\r\n" not in t and "\r\n" in o:
        problems.append("CRLF added to a file without CRLF")
    if "\n" in t and t.count("\n") == t.count("\r\n") and o.count("\n") != o.count("\r\n"):
        problems.append("bare LF added to a CRLF file")
    # -- idempotence ------------------------------------------------------------------------------
    if r.second is not None and r.second != r.output:
        diff = "".join(list(difflib.unified_diff(r.output.splitlines(True), r.second.splitlines(True), n=0))[:12])
        codes = sorted({f.code for _, fs in r.second_passes[:1] for f in fs if f.fix and (f.fix.safe or r.unsafe)})
        problems.append(f"second --fix changed the output ({codes}):\n{diff}")
    return problems


def _explain_losses(problems, k, what, lost, spans, edits, allowed):
    """Each lost value needs as many occurrences inside edits of allowed rules as were lost."""
    for value, n in lost.items():
        if n <= 0:
            continue
        owners_all = [_overlaps(s, e, edits) for v, s, e in spans if v == value]
        if what == "title" and URL_RE.search(value):  # a bare URL as title: URL rules may change it
            allowed = allowed | URL_CHANGERS
        ok = [o for o in owners_all if any(f.code in allowed for f in o)]
        if len(ok) >= n:
            continue
        touched = sorted({f.code for o in owners_all for f in o})
        where = "outside every edit" if not touched else f"in an edit of {touched}, not a rule allowed to change it"
        problems.append(f"pass {k}: {what} {value!r} vanished {where}")


def _code_only(doc: Document, e: Edit) -> bool:
    """True when every character of the edit is code (not an edit that spans code and more)."""
    step = max(1, (e.end - e.start) // 16)
    return all(doc.in_code(i) for i in range(e.start, e.end, step))


def _titles(doc: Document) -> list[str]:
    return [en.title.strip() for en in doc.entries if en.title and en.title.strip()]


def _titles_of(text: str, src: Source) -> list[str]:
    return _titles(Document(Source(src.path, text, src.encoding, src.bom, src.newline)))


# ---- rendering ----------------------------------------------------------------------------------

LEAVES = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "td", "th"}
CONTAINERS = {"ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tr"}


class _Leaves(HTMLParser):
    """(container path, start line, end line, inner HTML) of every leaf block of cmark's output."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.stack: list[list] = []  # [tag, start, end, parts, has_block_child]
        self.leaves: list[tuple[str, int, int, str]] = []

    def _path(self) -> str:
        tags = [s[0] for s in self.stack if s[0] in CONTAINERS or s[0] in LEAVES]
        # loose and tight lists render alike here: a list item's paragraph is its own text
        return ">".join(t for i, t in enumerate(tags) if not (t == "p" and i and tags[i - 1] == "li"))

    def handle_starttag(self, tag, attrs):
        pos = dict(attrs).get("data-sourcepos")
        if self.stack and (tag in LEAVES or tag in CONTAINERS) and pos:
            top = self.stack[-1]
            if top[0] == "li" and not top[4]:
                self._flush_li(top, int(pos.split(":")[0]) - 1)
            top[4] = True
        if pos and (tag in LEAVES or tag in CONTAINERS):
            a, b = pos.split("-")
            self.stack.append([tag, int(a.split(":")[0]), int(b.split(":")[0]), [], False])
            if tag == "table":
                self.stack[-1] += [None, [], 0]  # first body row's line, header cells, rows seen
            elif tag == "tr":
                table = next((t for t in reversed(self.stack) if t[0] == "table"), None)
                if table is not None:
                    table[7] += 1
                    if table[7] == 2:  # the first row is the header, the second the first body row
                        table[5] = self.stack[-1][1]
        elif self.stack:
            self.stack[-1][3].append(self.get_starttag_text())

    def _flush_li(self, top, end):
        own = "".join(top[3]).strip()
        if own:
            self.leaves.append((self._path(), top[1], max(top[1], end), " ".join(own.split())))
        top[3] = []

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1][0] == tag:
            top = self.stack.pop()
            if tag in LEAVES:
                self.stack.append(top)
                path = self._path()
                self.stack.pop()
                if tag == "th":
                    table = next((t for t in reversed(self.stack) if t[0] == "table"), None)
                    if table is not None:
                        table[6].append(len(self.leaves))
                self.leaves.append((path, top[1], top[2], " ".join("".join(top[3]).split())))
            elif tag == "table":
                # cmark-gfm gives a header row that ends a paragraph ("a\n| h |\n|---|") the
                # paragraph's first line: a header cell may be on any line up to the delimiter
                last = top[5] - 1 if top[5] is not None else top[2]
                for k in top[6]:
                    path, _s, _e, inner = self.leaves[k]
                    self.leaves[k] = (path, top[1], last, inner)
            elif tag == "li" and not top[4]:
                self.stack.append(top)
                self._flush_li(top, top[2])
                self.stack.pop()
        elif self.stack:
            self.stack[-1][3].append(f"</{tag}>")

    def handle_data(self, data):
        if self.stack:
            self.stack[-1][3].append(html.escape(data, quote=False))

    def handle_entityref(self, name):
        if self.stack:
            self.stack[-1][3].append(f"&{name};")

    def handle_charref(self, name):
        if self.stack:
            self.stack[-1][3].append(f"&#{name};")


def leaves(text: str) -> list[tuple[str, int, int, str]]:
    import cmarkgfm
    from cmarkgfm.cmark import Options

    out = cmarkgfm.github_flavored_markdown_to_html(text, options=Options.CMARK_OPT_SOURCEPOS | Options.CMARK_OPT_UNSAFE)
    p = _Leaves()
    p.feed(out)
    p.close()
    return p.leaves


def render_check(before: str, after: str) -> list[str]:
    """Leaf blocks away from every changed line must render the same in the same containers."""
    # lines as cmark counts them: a lone CR ends one too (str.splitlines also splits at U+0085...)
    a_lines = re.split(r"\r\n|\r|\n", before)
    b_lines = re.split(r"\r\n|\r|\n", after)
    sm = difflib.SequenceMatcher(None, a_lines, b_lines, autojunk=False)
    mapping: dict[int, int] = {}
    changed: set[int] = set()
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            for d in range(i2 - i1):
                mapping[i1 + d + 1] = j1 + d + 1
        else:
            changed.update(range(i1 + 1, max(i2, i1 + 1) + 1))
            if i1 == i2:  # an insertion touches the lines on both sides
                changed.update((i1, i1 + 1))
    if not changed:
        return [] if before == after else ["text changed but no line did"]
    out_leaves = set(leaves(after))
    problems = []
    for path, s, e, inner in leaves(before):
        if any(n in changed for n in range(s - 1, e + 2)):
            continue
        if s not in mapping or e not in mapping:
            continue
        want = (path, mapping[s], mapping[e], inner)
        if want not in out_leaves:
            near = [lf for lf in out_leaves if lf[1] == mapping[s]]
            problems.append(f"line {s} ({path}) {inner[:80]!r} renders differently after fixing (now {near[:1]})")
    return problems
