"""How AL015 reads stray runs of spaces inside entries (`Title.  [PDF]`, `-  [Name]`).

GitHub collapses them, so the page looks the same; in the source they are the typing slips a
reviewer sees in a diff, and readers of real lists mark them. A run is a slip only where the
file's entries use one space in that place: a list that writes two spaces after every full stop,
or pads every bullet (`-   Title`), has a habit, and a section with a habit of its own keeps it.
Pure string work; the rule turns what this returns into findings and safe fixes."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from ..document import Document, Entry
from ..textutil import CJK

# two or more spaces between two visible characters (a pipe's padding in a table written inside
# items, `| **[KDD' 19]** |`, is the file's habit and goes with it)
_RUN = re.compile(r"(?<=\S)[ ]{2,}(?=\S)")

# what a run inside them says nothing about: code spans and HTML tags
_HIDDEN = re.compile(r"(`+)[^`\n]*?\1|<[^<>\n]*>")

# a space before a comma, a full stop or a question mark that ends a clause (`BERT ,`,
# `ModelNet .`, `Geometry ?`): not
# before an ellipsis, a name (`.NET`) or a number (`,000`)
# (not a spaced ellipsis: `Sixty seconds on . . . ChatGPT`, a title as its journal prints it)
_BEFORE_MARK = re.compile(r"(?<=[\w)\]*_])[ ]+(?=[,.?](?:[ \t\n\]]|$|x))(?!\.[ ]\.)")

# a comma glued to the next word between two words (`Franco Scarselli,Marco Gori`,
# `Rasmussen,PILCO`, `Interpreting SR,local attribution`): a name or a title lost its space; not in a number (`1,000`), an
# initial (`J.,Smith`) or a link's address, nor beside a script without spaces (`工具,Cline`)
_GLUED_COMMA = re.compile(r"(?<![\w.])(?:[A-Za-z][a-z]+,(?=[A-Z][A-Za-z])|[A-Za-z][A-Za-z]+,(?=[a-z]{2,}\b))")
# an opening parenthesis glued to the word before it (`Sheikh(CVPR 2019)`, `Prediction(2021)`,
# `blog(Chinese Language)`): a venue, a year or a note lost its space; not after a capital or a
# digit (`GPT(3)`, `F1(x)`), nor before a lower-case letter (`model(s)`, `softmax(x)`)
_GLUED_PAREN = re.compile(r"(?<=[a-z]{3})\((?=[A-Z0-9][^()\n\]]{0,40}\)|[a-z]{3,}[ \t]+[a-z]{2,}[ \t][^()\n\]]{0,60}\))")
# the capitalised word before a glued parenthesis in a table cell (`Electricity(UCI)`), when it
# stands alone in the cell or in its comma list (not a title's last word: `… Transformer(AAAI 2021)`)
_NAMED = re.compile(r"(?:^|[,;|])[ \t]*[A-Z][A-Za-z0-9-]*\Z")  # one name opening the cell or a list item of it
# any word's glued parenthesis in a table cell, as the place's vote reads it (`TGRS(24.05.18)`)
_CELL_PAREN = re.compile(r"(?<=[A-Za-z0-9]{2})\((?=[A-Z0-9][^()\n\]]{0,40}\))")
# a colon glued to the capitalised word after it inside a title (`HAD:Heterogeneity-Aware`,
# `Parallel WaveNet:Fast`): the title's subtitle lost its space; not a time (`10:30`), an
# address's scheme, or a short label (`[Code:TF]`)
_GLUED_COLON = re.compile(r"(?<=[A-Za-z0-9]{2}):(?=[A-Z][a-z]{3,}[\w-]*[ \t]+[\w(])")  # a subtitle of two words or more (not `re:Director`)
# an acronym glued to its expansion (`NIDS(Network Intrusion Detection System)`): two words or
# more, each capitalised or short, inside; not a call (`GPT(3)`, `API(x)`)
_GLUED_EXPANSION = re.compile(r"(?<=[A-Z]{2})\((?=[A-Z][a-z]+(?:[ -][A-Za-z][a-z]*)+\))")
# a closing parenthesis glued to the word after it (`(NIDS)created`): the text lost its space;
# the parenthesis opened after a space, so not a plural (`model(s)`) or a call's
_GLUED_CLOSE = re.compile(r"(?<=[ \t])\((?=[^()\n]*(?:[ \d]|[A-Z][^()\n]*[A-Z]))[^()\n]{2,60}\)(?=[a-z]{3})")  # (not `(de)serialization`, `(Un)learning`)
# a link or code span glued to the separator after it (`[Netz](…)- Discover`, `` `cmd`- [Name] ``)
_GLUED_DASH = re.compile(r"(?<=[)`])-(?= [\w\[(`*_])")
# a bar glued to the word before it where an item's links follow bars (`NeurIPS 2024| [github](…)`)
_GLUED_PIPE = re.compile(r"(?<=[\w.)])\|(?= \[)")
# a full stop glued to the next sentence's first word (`groups.Then it`, `awk.It is`): a word in
# lower case before it, one of the words that open a sentence after it (not `System.Collections`,
# `Vue.Draggable`, `Node.JS`: names of the trade)
_GLUED_STOP = re.compile(r"(?<=[a-z]{2})\.(?=(?:The|This|These|That|Then|It|Its|We|Our|They|Their|In|However|"
                         r"Moreover|Furthermore|Finally|Additionally|Specifically|Unlike|Experiments|Extensive)"
                         r"[ \t,]+[a-z])")
# an initial glued to the surname after it (`A.Graves`, `C.Theobalt`): an author lost a space;
# not a dotted abbreviation (`U.S.`, `e.g.`) or a name in code (`np.Array`)
_GLUED_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.(?=[A-Z][a-z]{2,}(?!\w|\.\w))")
_DESTINATION = re.compile(r"\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)")
_CJK = re.compile(CJK)

# a bare URL that ends right before a run
_BARE_URL = re.compile(r"(?<![(<\w])https?://\S+$")

# a sentence's end before the run (two spaces after a full stop is a typing habit of its own)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]*_]*$")

# a share of entries above which a run in one place is the file's (or section's) habit
HABIT_SHARE = 0.15
SECTION_HABIT_SHARE = 0.5
MIN_ENTRIES = 10

SPACE_WORDS = {2: "two", 3: "three", 4: "four"}  # a run of spaces, as its message says it


class Run:
    """One run of spaces: where it is, which place it holds, the text after it."""

    __slots__ = ("start", "end", "slot", "after", "item", "quiet", "column")

    def __init__(self, start: int, end: int, slot: str, after: str, item=None, quiet: bool = False,
                 column: int | None = None) -> None:
        self.start, self.end, self.slot, self.after = start, end, slot, after
        self.item = item  # the list item whose marker gap this is (slot "marker")
        self.quiet = quiet  # a shorthand never reported, which still tells how its column writes the place
        self.column = column  # the table cell's column it stands in (None outside tables)

    @property
    def replacement(self) -> str:
        """What the fix writes: one space, or none before a comma or full stop."""
        return "" if self.slot == "mark" else " "


def _hide(text: str) -> str:
    return _HIDDEN.sub(lambda m: "x" * len(m.group()), text)


def _marker_run(doc: Document, e: Entry, widths: dict[int, int]) -> Run | None:
    """The gap between an item's marker and its text when it is wider than one space (an
    ordered list's numbers padded to one width, `9.  x` above `10. x`, are aligned, not slips)."""
    item = e.item
    if item is None or item.text_line not in (0, item.line):
        return None
    gap = item.content_start - item.marker_end
    if item.number is not None and item.block is not None:
        gap -= widths.get(id(item.block), 0) - len(str(item.number))
    if gap < 2 or doc.text[item.marker_end:item.content_start].strip(" "):
        return None
    after = doc.text[item.content_start:item.content_start + 40].split("\n")[0]
    return Run(item.marker_end, item.content_start, "marker", after, item)


def entry_runs(doc: Document, e: Entry, widths: dict[int, int]) -> list[Run]:
    """The runs of spaces in an item's own text, each with its place: after the marker, after a
    sentence's end, inside the text, or before a comma or full stop (`BERT ,`)."""
    runs = []
    m = _marker_run(doc, e, widths)
    if m is not None:
        runs.append(m)
    for start, end, column in _spans(doc, e):
        raw = doc.text[start:end]
        if "  " in raw or " ," in raw or " ." in raw or "," in raw or "(" in raw or ":" in raw:
            _read_span(doc, start, raw, runs, e.row is not None, column)
    return runs


def _spans(doc: Document, e: Entry) -> Iterator[tuple[int, int, int | None]]:
    """The stretches of an entry's own text, with their column: an item's first paragraph (its
    later paragraphs, tag and badge lines under a title, keep habits of their own), a row's cells."""
    if e.row is not None:
        for k, c in enumerate(e.row.cells):
            if c.end > c.start:
                yield c.start, c.end, k
        return
    start = e.item.content_start if e.item is not None else e.start
    if start < e.end:
        yield start, e.end, None


def _read_glued(doc: Document, start: int, raw: str, seen: str, runs: list[Run], cell: bool = False,
                column: int | None = None) -> None:
    """A comma or colon glued to the next word, a parenthesis to the word before it: a space
    lost (a run of none), read with links' addresses blanked and never right after a bare URL."""
    bare = _DESTINATION.sub(lambda m: "x" * len(m.group()), seen)

    def add(found: int, at: int, slot: str, quiet: bool = False) -> None:
        if not _BARE_URL.search(bare, max(0, found - 300), found):
            runs.append(Run(at, at, slot, doc.text[at:at + 40].split("\n")[0], quiet=quiet, column=column))

    if "," in seen:
        for r in _GLUED_COMMA.finditer(bare):
            add(r.start(), start + r.end(), "comma")
    if "." in seen:
        for r in _GLUED_STOP.finditer(bare):
            add(r.start(), start + r.end(), "stop")
        for r in _GLUED_INITIAL.finditer(bare):
            if raw[r.end() + 1:r.end() + 3].isalpha() and raw[r.end() + 1:r.end() + 3].islower():
                add(r.start(), start + r.end(), "initial")  # (not `[Jason C.H](…)`, its address blanked)
    if ":" in seen:
        for r in _GLUED_COLON.finditer(bare):
            add(r.start(), start + r.end(), "colon")
    if "(" in seen:
        for r in _GLUED_PAREN.finditer(bare):
            if _lost_space_before(raw, r.start()):
                # `| Electricity(UCI), Traffic |`, `| TGRS(24.05.18) |`: a name and its source or
                # date, a cell's shorthand; never a slip, but it makes a column of such cells a
                # habit (`| Signal Processing(24.05.18) |` below `| TGRS(…) |` is the same way)
                add(r.start(), start + r.start(), "paren", quiet=cell and bool(_NAMED.search(bare[:r.start()])))
        if cell:  # `| TGRS(24.05.18) |`, `| arXiv(…) |`: a glued date or source after any name,
            # never read as a slip (`GPT(3)`), but it tells how the column is written
            for r in _CELL_PAREN.finditer(bare):
                if not _GLUED_PAREN.match(bare, r.start()):
                    add(r.start(), start + r.start(), "paren", quiet=True)
        for r in _GLUED_EXPANSION.finditer(bare):
            add(r.start(), start + r.start(), "paren")
        for r in _GLUED_CLOSE.finditer(raw):  # (addresses kept: an address is no word; code and tags hidden)
            if seen[r.start():r.end() + 3] == raw[r.start():r.end() + 3]:
                add(r.start(), start + r.end(), "close")


def _lost_space_before(raw: str, at: int) -> bool:
    """Whether the `(` at ``at`` follows a word that lost its space: not a link's address
    (`[[code]](…/MIRIAM)(MIRIAM)`), a link text's or emphasis's end (`[TensorFlow(Author)](…)`),
    a field's label (`- github(PyTorch): <url>`) or a manual page's section (`malloc(3)`)."""
    if not raw[at - 1].isalpha():
        return False
    close = raw.find(")", at)
    if raw[close + 1:close + 2] in ("]", "*", "_", ":"):
        return False
    return not (raw[at + 1:close].isdigit() and close - at <= 2)


def _read_span(doc: Document, start: int, raw: str, runs: list[Run], cell: bool, column: int | None = None) -> None:
    seen = _hide(raw)
    if ("," in seen or ":" in seen or "(" in seen or _GLUED_INITIAL.search(seen) or _GLUED_STOP.search(seen)) \
            and not _CJK.search(seen):
        _read_glued(doc, start, raw, seen, runs, cell, column)
    if ")-" in raw or "`-" in raw:
        for r in _GLUED_DASH.finditer(raw):
            if doc.in_code(start + r.start()):
                continue  # `` `- **[2026.04.22]**` ``: a dash inside a code span, after its opening tick
            runs.append(Run(start + r.start(), start + r.start(), "dash", raw[r.start():r.start() + 40].split("\n")[0]))
    if not cell and "| [" in raw:
        for r in _GLUED_PIPE.finditer(seen):  # (code spans and tags hidden)
            runs.append(Run(start + r.start(), start + r.start(), "pipe", raw[r.start():r.start() + 40].split("\n")[0]))
    for r in _BEFORE_MARK.finditer(seen):
        if seen[r.end() + 1:r.end() + 2] == "x" and not raw.startswith("<br", r.end() + 1):
            continue  # before a hidden tag or code span only a line break (`** .<br />`) ends a clause
        if r.end() - r.start() == 1 and _BARE_URL.search(seen, max(0, r.start() - 300), r.start()):
            continue  # `see https://example.org .`: the space keeps the linked address from taking the mark
        runs.append(Run(start + r.start(), start + r.end(), "mark", seen[r.end()]))
    for r in _RUN.finditer(seen):
        if _BEFORE_MARK.match(seen, r.start()):
            continue  # read above as a space before a mark
        before = seen[max(0, r.start() - 8):r.start()]
        if _BARE_URL.search(seen, max(0, r.start() - 300), r.start()):
            continue  # a bare URL set off from the words after it (`https://pan.baidu.com/s/x  密码`)
        slot = "sentence" if _SENTENCE_END.search(before) else "inner"
        if cell and (slot == "sentence" or r.end() - r.start() > 3):
            continue  # in a cell: two spaces after a full stop are a typing habit, a wide run aligns
        after = doc.text[start + r.end():start + r.end() + 40].split("\n")[0]
        runs.append(Run(start + r.start(), start + r.end(), slot, after))


def _widths(entries: list[Entry]) -> dict[int, int]:
    """The widest number of each ordered list, by list."""
    widths: dict[int, int] = {}
    for e in entries:
        item = e.item
        if item is not None and item.number is not None and item.block is not None:
            k = id(item.block)
            widths[k] = max(widths.get(k, 0), len(str(item.number)))
    return widths


def stray_runs(doc: Document, entries: list[Entry]) -> dict[int, list[Run]]:
    """The slips, by line: runs in a place where the file's entries (and the entry's section)
    use one space. Nothing when the file has fewer than ``MIN_ENTRIES`` items."""
    items = [e for e in entries if e.kind in ("item", "row")]
    if len(items) < MIN_ENTRIES:
        return {}
    widths = _widths(items)
    found = [(e, entry_runs(doc, e, widths)) for e in items]
    per_slot: Counter = Counter()
    per_section: dict[int, Counter] = defaultdict(Counter)
    section_size: Counter = Counter()
    text = doc.text
    prose = {id(r) for _, runs in found for r in runs if r.slot == "inner" and _between_words(text, r)}
    for e, runs in found:
        section_size[id(e.section)] += 1
        for slot in {r.slot for r in runs if not r.quiet}:
            per_section[id(e.section)][slot] += 1
            per_slot[slot] += 1
        # a column's glued parentheses, the shorthand's and the others', speak for that column of
        # the section only (`| TGRS(24.05.18) |` on every row; not the Title column's `devices(ACL 2023)`)
        for column in {r.column for r in runs if r.slot == "paren" and r.column is not None}:
            per_section[id(e.section)][("paren", column)] += 1
        if any(id(r) in prose for r in runs):
            per_section[id(e.section)]["prose"] += 1
            per_slot["prose"] += 1
    habits = {slot for slot, n in per_slot.items() if n > HABIT_SHARE * len(items)}
    if "marker" not in habits and per_slot["marker"] and _wide_markers(doc):
        habits.add("marker")
    # a run that recurs in one spot of a repeated phrase (`Description. -  **NOTE**: ...` on
    # every notice), and a nested list padded throughout (`*  ` under one entry), are habits too
    repeated = Counter(_key_word(r.after) for _, runs in found for r in runs if r.slot != "marker")
    recurring: dict[str, bool] = {}
    blocks: Counter = Counter()
    block_size: Counter = Counter()
    for e, runs in found:
        if e.item is not None and e.item.block is not None:
            block_size[id(e.item.block)] += 1
            blocks[id(e.item.block)] += any(r.slot == "marker" for r in runs)
    streaks = _streaks(found)
    by_line: dict[int, list[Run]] = defaultdict(list)
    for e, runs in found:
        sec = id(e.section)
        for r in runs:
            if r.quiet:
                continue
            # a run between two words of a sentence (`is an  automatic`) is weighed against the
            # section's other such runs, not its layout (`Kaldi  &nbsp; [![stars]…]  | …`)
            slot = "prose" if id(r) in prose else r.slot
            if slot in habits or per_section[sec][slot] >= max(2, SECTION_HABIT_SHARE * section_size[sec]):
                continue
            if r.column is not None and r.slot == "paren" and \
                    per_section[sec][("paren", r.column)] >= max(2, SECTION_HABIT_SHARE * section_size[sec]):
                continue
            if (id(e), r.slot) in streaks and r.after.startswith("|"):
                continue
            if r.slot == "marker":
                b = id(e.item.block) if e.item is not None and e.item.block is not None else None
                if b is not None and blocks[b] >= max(2, SECTION_HABIT_SHARE * block_size[b]):
                    continue
            else:
                k = _key_word(r.after)
                if k not in recurring:
                    recurring[k] = _recurring(doc, k, repeated)
                if recurring[k]:
                    continue
            line, _ = doc.position(r.start)
            by_line[line].append(r)
    return by_line


STREAK = 4


def _wide_markers(doc: Document) -> bool:
    """Whether the file's list items, entries or not, set their text off from the marker by
    more than one space in more than ``HABIT_SHARE`` of them (``MIN_ENTRIES`` items at least):
    the editor's habit (`-   Name @ Lab`, a Typora export), though few of the items are
    entries of their own in a file of tables."""
    gaps = [i.content_start - i.marker_end for b in doc.lists for i in b.items if i.number is None
            and i.text_line in (0, i.line) and i.content_start > i.marker_end]
    return len(gaps) >= MIN_ENTRIES and sum(g >= 2 for g in gaps) > HABIT_SHARE * len(gaps)


def _between_words(text: str, r: Run) -> bool:
    """Whether the run sits between two words of a sentence: a word before, a lower-case word
    of two letters or more after."""
    return text[r.start - 1:r.start].isalpha() and text[r.end:r.end + 2].isalpha() and text[r.end:r.end + 2].islower()


def _streaks(found: list[tuple[Entry, list[Run]]]) -> set[tuple[int, str]]:
    """(entry, slot) of runs before a pipe that ``STREAK`` entries in a row share: a block copied
    from one template (the five entries of a `<details>` group, `2022| [github](…)  | [bibtex]`),
    a habit of its own that a heading does not mark. (Other runs in a row stay slips: readers
    mark a streak of `Title.  [[paper]]` one by one.)"""
    out: set[tuple[int, str]] = set()
    current: dict[str, list[int]] = {}
    for e, runs in found:
        slots = {r.slot for r in runs if r.after.startswith("|")}  # padding before a pipe aligns a row
        for slot in list(current):
            if slot not in slots:
                if len(current[slot]) >= STREAK:
                    out.update((i, slot) for i in current[slot])
                del current[slot]
        for slot in slots:
            current.setdefault(slot, []).append(id(e))
    for slot, ids in current.items():
        if len(ids) >= STREAK:
            out.update((i, slot) for i in ids)
    return out


def _key_word(after: str) -> str:
    """The word after a run, a link cut to its label (`[[paper]`), at most 24 characters."""
    word = after.strip().split(" ")[0]
    if "](" in word:
        word = word[:word.index("](") + 1]
    return word[:24]


def _recurring(doc: Document, key: str, repeated: Counter) -> bool:
    """The run is how the file writes that spot: at least twice, and at least as often as a
    single space before the same word (`-  **NOTE**:` on every notice). A run before a word
    most entries precede with one space (`  [[paper](`, 30 times against 400) is a slip."""
    n = repeated[key]
    if n < 3 or not key:
        return False
    text = doc.text
    singles = text.count(" " + key) - text.count("  " + key)  # one space, after a visible character
    return n >= singles


def describe(runs: list[Run]) -> str:
    """The finding's message for one line's runs."""
    r = runs[0]
    n = r.end - r.start
    count = SPACE_WORDS.get(n, f"{n}")
    after = _key_word(r.after)
    more = f" (and {len(runs) - 1} more on the line)" if len(runs) > 1 else ""
    if r.slot == "comma":
        word = re.split(r"[,.;:]", _key_word(r.after))[0]
        return f"no space after the comma before '{word}'{more}, where the file's entries have one"
    if r.slot == "colon":
        return f"no space after the colon before '{_key_word(r.after)}'{more}, where the file's entries have one"
    if r.slot == "paren":
        shown = r.after.split(")")[0] + ")"
        return f"no space before '{shown}'{more}, where the file's entries have one"
    if r.slot == "stop":
        return f"no space after the full stop before '{_key_word(r.after)}'{more}, where the file's entries have one"
    if r.slot == "initial":
        return f"no space after the initial before '{_key_word(r.after)}'{more}, where the file's entries have one"
    if r.slot == "close":
        return f"no space after ')' before '{_key_word(r.after)}'{more}, where the file's entries have one"
    if r.slot == "dash":
        return f"no space before the separator '-'{more}, where the file's entries have one"
    if r.slot == "pipe":
        return f"no space before the separator '|'{more}, where the file's entries have one"
    if r.slot == "mark":
        mark = {",": "comma", "?": "question mark"}.get(r.after, "full stop")
        return f"a space before the {mark}{more}, where the file's entries have none"
    where = "after the list marker" if r.slot == "marker" else (f"before '{after}'" if after else "inside the entry")
    more = f" (and {len(runs) - 1} more run{'s' if len(runs) > 2 else ''} on the line)" if len(runs) > 1 else ""
    return f"{count} spaces {where}{more}, where the file's entries use one"


#: A link text that ends with a space (`[Title ](…)`, `[Code ](…)`): GitHub underlines the space
#: with the words, and it is a typing slip where the file's other link texts end at the bracket.
LABEL_HABIT_SHARE = 0.15


def label_spaces(doc: Document, entries: list[Entry]) -> list[tuple[int, int, bool]]:
    """(start, end, opening) of the spaces that end an entry's link text, or open it
    (`[ [CIKM 2021] Title](u)`), where at most :data:`LABEL_HABIT_SHARE` of the file's entry
    links (ten or more) end, or open, so: each side is voted apart."""
    ends: list[tuple[int, int, bool]] = []
    opens: list[tuple[int, int, bool]] = []
    total = 0
    text = doc.text
    for e in entries:
        for k in e.links:
            if k.is_image or k.label_end <= k.label_start:
                continue
            total += 1
            label = text[k.label_start:k.label_end]
            if not label.strip() or "\n" in label or label.lstrip().startswith("!["):
                continue
            if label.endswith(" "):
                ends.append((k.label_start + len(label.rstrip(" ")), k.label_end, False))
            if label.startswith(" "):
                opens.append((k.label_start, k.label_start + len(label) - len(label.lstrip(" ")), True))
    if total < MIN_ENTRIES:
        return []
    return [*(ends if len(ends) <= LABEL_HABIT_SHARE * total else ()),
            *(opens if len(opens) <= LABEL_HABIT_SHARE * total else ())]
