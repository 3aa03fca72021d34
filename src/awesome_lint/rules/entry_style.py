"""AL015 entry-style: an entry departs from the style most entries of its kind in the file share."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

import msgspec

from ..document import Document, Entry, plain_text
from ..model import Edit, Finding, Fix
from ..voting import dominant
from .base import FIX_SOMETIMES, Option, Rule

_SEP = re.compile(r"[ \t]*(--|[-–—:|])[ \t]+|[ \t]*([:：])[ \t]*")
_FINAL = set(".!?…。！？")
_CLOSERS = set(")]\"'”’»›*_~ \t")
_WORD = re.compile(r"[^\s]+")
# words that keep their own lower case at the start of a description
_OWN_CASE = frozenset("""npm npx pnpm yarn pip pipx git gh vim neovim nvim emacs curl wget ssh systemd nginx
bash zsh fish sed awk grep jq yq make cmake cargo rustup go gofmt ls cd kubectl helm docker dotnet
ffmpeg x264 webpack vite esbuild rollup babel eslint prettier deno bun node gcc clang llvm
rsync tmux htop git-flow ipython jupyter conda mamba uv brew apt dnf pacman nix guix react vue
svelte tailwind sass less d3 three.js lodash moment express koa fastify axios jquery
pytorch tensorflow numpy scipy pandas sklearn scikit-learn matplotlib seaborn opencv spacy nltk
macos ios ipados tvos watchos visionos ebay iphone ipad imac et etc vs via""".split())
_CODE_LABELS = {"code", "github", "repo", "source", "src", "project", "project page", "official code",
                "pytorch", "tensorflow", "jax", "website", "demo", "homepage", "page"}
_PAPER_LABELS = {"paper", "pdf", "arxiv", "link", "openreview", "abs", "acl", "ieee", "springer", "doi",
                 "article", "publication"}

_SEP_FAMILY = {"-": "-", "–": "-", "—": "-", "--": "-", ":": ":", "：": ":", "|": "|"}
_META_TAIL = re.compile(
    r"(?:\s+|`[^`\n]*`|<[^>\n]*>|!\[[^\]\n]*\]\([^)\s]*\)|\[!\[[^\]\n]*\]\([^)\s]*\)\]\([^)\s]*\))$"
)
_PAREN_TAIL = re.compile(r"\([^()]*\)\W*$")
_NON_WORDS = re.compile(r"[\W_]+")
_MARKUP = re.compile(r"[*_\[\]<>`\n]")
_LINK_PAREN_TAIL = re.compile(r"\((?:[^()\n]|\([^()\n]*\))*\]\((?:[^()\n]|\([^()\n]*\))*\)\s*$")


def prose_end(desc: str) -> int:
    """Where a description's prose ends: before trailing code spans (licence, language), badges,
    HTML and a parenthesised group of links (``([Demo](u), [Source Code](u))``)."""
    end = len(desc)
    while end:
        if desc[end - 1] not in "`>)" and not desc[end - 1].isspace():
            break  # every tail ends in white space, '`', '>' or ')': no regex search needed
        m = _META_TAIL.search(desc, 0, end)
        if not m or m.start() == end:
            break
        end = m.start()
    m = _LINK_PAREN_TAIL.search(desc, 0, end) if desc[:end].rstrip().endswith(")") else None
    if m and desc[m.start() : end].startswith("(") and desc[m.start() + 1 : m.start() + 2] in "[!":
        end = m.start()
        while end and desc[end - 1] in " \t":
            end -= 1
    return end


PROPS = {
    "separator": "separator between name and description",
    "capital": "capital first letter of the description",
    "final": "final punctuation",
    "bold_title": "bold title",
    "venue_tag": "venue tag",
    "label_order": "order of the link labels",
}


class Observation(msgspec.Struct):
    entry: Entry
    values: dict[str, object] = msgspec.field(default_factory=dict)
    fixes: dict[str, tuple[Edit, ...]] = msgspec.field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = msgspec.field(default_factory=dict)


def _is_symbol(c: str) -> bool:
    cat = unicodedata.category(c)
    return cat in ("So", "Sk", "Mn", "Cf", "Co") or 0x1F000 <= ord(c) <= 0x1FAFF or c in "\ufe0f\u200d"


def _trim_end(t: str) -> str:
    while t and (t[-1] in _CLOSERS or _is_symbol(t[-1])):
        t = t[:-1]
    return t


def ends_with_punctuation(text: str) -> str:
    """The description ends with punctuation, maybe followed by closing quotes, parentheses,
    emphasis, emoji, or a trailing parenthesised remark (``Fast. *(see [x](u))*``)."""
    t = _trim_end(text.rstrip())
    if t and t[-1] in _FINAL:
        return t[-1]
    m = _PAREN_TAIL.search(text.rstrip())
    if m:
        before = _trim_end(text[: m.start()].rstrip())
        if before and before[-1] in _FINAL:
            return before[-1]
    return ""


def _first_word_exempt(word: str, entry: Entry) -> bool:
    core = word.strip("\"'“‘«(*_[`")
    if core != word or not core:
        return True  # starts with a quote, code, emphasis or a bracket
    bare = core.rstrip(".,:;!?")
    if not bare.isalpha():
        return True  # i18n, p2p, node.js, x86-64
    if any(c.isupper() for c in bare[1:]):
        return True  # iOS, camelCase, jQuery
    low = bare.casefold()
    if low in _OWN_CASE:
        return True
    if entry.title and low == entry.title.strip().casefold() and entry.title.strip()[:1].islower():
        return True  # "[ent](...) - ent is ..." names itself in its own case
    if len(low) >= 3 and any(low in (k.url or "").casefold() for k in entry.links):
        return True  # npm (npmjs.com), a tool named in its own URL
    return False


class EntryStyle(Rule):
    """
    ## What it does

    Learns the style most entries of one kind share in a file, property by property, and
    reports each entry that departs from it. The kinds are classic items
    (`[Name](url) - Description.`) and paper entries (with a venue tag or a bold title); the
    properties are

    - the separator between name and description (`-`, `–`, `:`) — classic items;
    - a description starting with a capital letter — classic items;
    - final punctuation of the description — classic items;
    - a bold title — paper entries;
    - the presence of a venue tag — paper entries;
    - the order of the link labels (`[paper]` before `[code]`) — paper entries and table rows.

    A property is checked only where the file's dominant choice holds for at least
    `threshold` (80%) of at least `min_entries` entries, or where `style` sets it explicitly;
    the message names the dominant choice and its share. A description may start with a word in
    its own case (`npm`, `i18n`, `p2p`, `iOS`, camelCase, a quote, a number, a word found in the
    entry's own URL), and may end with punctuation followed by a closing quote, parenthesis,
    emphasis, emoji or a parenthesised remark (`Fast. *(see [x](u))*`). Scripts without case
    are not checked for capitals.

    ## Why it matters

    A list in one style reads as one list. Entries that depart from it are usually new
    additions whose author did not look at the neighbours, and reviewers ask for the same
    corrections again and again.

    ## Example

    ```markdown
    - [Alpha](https://example.org/a) - Parses Markdown.
    - [Beta](https://example.org/b) - Renders HTML.
    - [Gamma](https://example.org/c): checks links
    ```

    Use instead:

    ```markdown
    - [Alpha](https://example.org/a) - Parses Markdown.
    - [Beta](https://example.org/b) - Renders HTML.
    - [Gamma](https://example.org/c) - Checks links.
    ```

    ## Fix safety

    Safe where a fix is offered: adding the final punctuation, capitalising the first letter,
    using the dominant separator, bolding the title. These change only those characters. A
    missing venue tag, surplus punctuation and the order of link labels are reported without a
    fix: the missing text cannot be guessed, and moving links is left to the author.

    The option `style` sets properties explicitly instead of learning them, for example
    `{separator: "-", capital: true, final: ".", bold_title: true, venue_tag: true,
    label_order: "paper-first"}` (`final: ""` means no final punctuation).
    """

    code = "AL015"
    name = "entry-style"
    summary = "An entry departs from the style most entries of the file share"
    severity = "warning"
    fix_availability = FIX_SOMETIMES
    tags = ("conventions", "style")
    options = {
        "threshold": Option(float, 0.8, "Share of entries the dominant choice must hold for a property to be checked."),
        "min_entries": Option(int, 10, "Fewest entries with a property for it to be checked."),
        "style": Option(dict, {}, "Properties set explicitly: separator, capital, final, bold_title, venue_tag, label_order."),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        classic: list[Observation] = []
        paper: list[Observation] = []
        rows: list[Observation] = []
        for e in doc.entries:
            if doc.in_code(e.start):
                continue
            if e.kind == "row":
                obs = Observation(e)
                self._label_order(obs)
                rows.append(obs)
                continue
            obs = self._classic(doc, e)
            if obs is not None:
                classic.append(obs)
                continue
            obs = self._paper(doc, e)
            if obs is not None:
                paper.append(obs)
        for kind, group in (("items", classic), ("paper entries", paper), ("table rows", rows)):
            yield from self._judge(doc, kind, group)

    # ---- observing -----------------------------------------------------------------------
    def _classic(self, doc: Document, e: Entry) -> Observation | None:
        if e.tag is not None or not e.links:
            return None
        first = e.links[0]
        if first.start != e.start or first.is_anchor or first.is_image or first.kind not in ("inline", "reference"):
            return None
        obs = Observation(e)
        rest_start = first.end
        rest = doc.text[rest_start : e.end]
        if not rest.strip():
            return obs
        m = _SEP.match(rest)
        if m:
            sep = m.group(1) or m.group(2)
            obs.values["separator"] = _SEP_FAMILY.get(sep, sep)
            sep_span = (rest_start, rest_start + m.end())
            obs.spans["separator"] = sep_span
            obs.fixes["separator"] = (Edit(*sep_span, "\x00"),)  # filled in with the dominant one
            desc_start = rest_start + m.end()
        elif rest[:1] in " \t" and rest.strip()[:1].isalpha():
            obs.values["separator"] = ""
            obs.spans["separator"] = (rest_start, rest_start + len(rest) - len(rest.lstrip()))
            desc_start = rest_start + len(rest) - len(rest.lstrip())
        else:
            return obs
        desc = doc.text[desc_start : e.end]
        plain = plain_text(desc)
        if not any(c.isalpha() for c in plain):
            return obs
        # capital (after a separator only: "[Name](u) you can run ..." continues a sentence)
        if obs.values["separator"] and not doc.in_code(desc_start):
            c = desc[:1]
            if c.isalpha() and c.upper() != c.lower():
                word = _WORD.match(desc).group()
                if c.isupper():
                    obs.values["capital"] = True
                elif not _first_word_exempt(word, e):
                    obs.values["capital"] = False
                    obs.spans["capital"] = (desc_start, desc_start + len(word))
                    obs.fixes["capital"] = (Edit(desc_start, desc_start + 1, c.upper()),)
        # final punctuation
        if "\n" in desc.strip():
            return obs
        cut = prose_end(desc)
        body = desc[:cut].rstrip()
        prose = plain_text(body)
        if not _trim_end(prose) or not any(c.isalpha() for c in prose):
            return obs
        end = desc_start + len(body)
        has = ends_with_punctuation(prose)
        obs.values["final"] = bool(has)
        obs.values["final_char"] = has
        obs.spans["final"] = (max(desc_start, end - 1), end)
        if not has and body[-1:] not in ("`", ">", "|", "\\") and not doc.in_code(end - 1):
            obs.fixes["final"] = (Edit(end, end, "\x00"),)
        return obs

    def _paper(self, doc: Document, e: Entry) -> Observation | None:
        obs = Observation(e)
        if e.tag is not None and e.title_start is not None and e.title:
            bold = doc.text[e.title_start - 2 : e.title_start] in ("**", "__")
            obs.values["bold_title"] = bold
            obs.spans["bold_title"] = (e.title_start, e.title_end)
            raw = doc.text[e.title_start : e.title_end]
            if not bold and not _MARKUP.search(raw) and raw.strip() == raw:
                obs.fixes["bold_title"] = (Edit(e.title_start, e.title_start, "**"), Edit(e.title_end, e.title_end, "**"))
        obs.values["venue_tag"] = e.tag is not None
        obs.spans["venue_tag"] = (e.start, e.start + 1)
        self._label_order(obs)
        return obs

    @staticmethod
    def _label_order(obs: Observation) -> None:
        paper_at = code_at = None
        for k, link in enumerate(obs.entry.links):
            label = _NON_WORDS.sub(" ", link.label).strip().casefold()
            if paper_at is None and label in _PAPER_LABELS:
                paper_at = k
            elif code_at is None and label in _CODE_LABELS:
                code_at = k
        if paper_at is not None and code_at is not None:
            obs.values["label_order"] = "paper-first" if paper_at < code_at else "code-first"
            link = obs.entry.links[max(paper_at, code_at)]
            obs.spans["label_order"] = (link.start, link.end)

    # ---- judging -------------------------------------------------------------------------
    def _judge(self, doc: Document, kind: str, group: list[Observation]) -> Iterator[Finding]:
        explicit = self.opts.style or {}
        chars = Counter(o.values["final_char"] for o in group if o.values.get("final_char"))
        self._final_char = explicit.get("final") or (chars.most_common(1)[0][0] if chars else ".")
        for prop in PROPS:
            seen = [o for o in group if prop in o.values]
            if not seen:
                continue
            counts = Counter(o.values[prop] for o in seen)
            if prop in explicit:
                want = explicit[prop]
                if prop == "final":
                    want = bool(want)
                if prop == "label_order" and want not in ("paper-first", "code-first"):
                    continue
                share = f"set in the configuration"
            else:
                won = dominant(counts, min_total=self.opts.min_entries, share=self.opts.threshold)
                if won is None or won[1] == len(seen):
                    continue  # no clear style, or every entry follows it
                want, n = won
                share = f"{n} of {len(seen)} {kind}"
            for o in seen:
                have = o.values[prop]
                if have == want:
                    continue
                msg, fix = self._describe(prop, have, want, share, o)
                if msg is None:
                    continue
                s, t = o.spans.get(prop, (o.entry.start, o.entry.start))
                line, col = doc.position(s)
                end_line, end_col = doc.position(max(t, s))
                yield self.finding(msg, line, col, end_line, end_col, fix=fix)

    def _describe(self, prop, have, want, share, o: Observation):
        fix = None
        edits = o.fixes.get(prop)
        if prop == "separator":
            if not isinstance(want, str) or not want:
                return None, None
            msg = f'separator "{have or " "}" between name and description; {share} use "{want}"'
            if edits and have and want in _SEP_FAMILY:
                e = edits[0]
                fix = Fix((Edit(e.start, e.end, f" {want} " if want not in ":：" else f"{want} "),), True,
                          f'use the separator "{want}"')
        elif prop == "capital":
            if want is not True:
                return None, None
            msg = f"description starts with a lower-case letter; {share} start with a capital"
            if edits:
                fix = Fix(edits, True, "capitalise the first letter")
        elif prop == "final":
            if want:
                char = self._final_char
                msg = f'description does not end with "{char}"; {share} end with punctuation'
                if edits:
                    e = edits[0]
                    fix = Fix((Edit(e.start, e.end, char),), True, f'add the final "{char}"')
            else:
                have = o.values.get("final_char", ".")
                msg = f'description ends with "{have}"; {share} end without punctuation'
                if have == ".":
                    text = o.entry.text.rstrip()
                    if re.search(r"(?:\b(?:etc|al|Inc|Ltd|Co|e\.g|i\.e|vs)|\.\.)\.$", text):
                        return None, None
        elif prop == "bold_title":
            if want is not True:
                return None, None
            msg = f"title is not bold; {share} have a bold title"
            if edits:
                fix = Fix(edits, True, "bold the title")
        elif prop == "venue_tag":
            if want is not True:
                return None, None
            msg = f"entry has no venue tag; {share} have one"
        else:
            msg = f'link labels in {have.replace("-", " ")} order; {share} put {want.split("-")[0]} links first'
        return msg, fix
