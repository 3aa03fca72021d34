"""AL001 ordered-list-numbering."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document, ListBlock
from ..fixcheck import keeps_check
from ..model import Edit, Finding, Fix
from .base import FIX_ALWAYS, Rule
from .numbering import breaks, describe, lazy_outliers, renumbered


class OrderedListNumbering(Rule):
    """
    ## What it does

    Checks that the numbers of an ordered list go up by one from the list's first number, and
    reports each break (a skip, a repeat, a step back) at the item where it happens, saying what
    was expected. A list may start at any number (a list starting at 31 continues an earlier
    one); a list numbered all `1.` (or all `0.`) is a valid style and is left alone. In a list
    that uses `1.` for most of its items, the few items with other numbers are reported instead
    (one finding each, not one per break; a run of neighbours that count on, `3.` to `9.` pasted
    from a counted list, is one finding at its first line). A nested list is a list of its own.

    A list that starts past 1 continues the ordered list before it in the same section (broken
    off by `<details>`, a picture or a paragraph), and is reported when it starts at a number
    that list already shows (`21.` after a list showing 1 to 21): the reader sees 21 twice.

    ## Why it matters

    GitHub renders the numbers as written from the second item on only in some renderers; in
    others the numbers are recomputed. Either way a skipped or repeated number is drift: an entry
    was moved or deleted and the list was not renumbered, and readers who cite "paper 14" of a
    list find another paper.

    ## Example

    ```markdown
    1. [2023 MICCAI] **TPRO** [[paper]](https://example.org/tpro)
    2. [2023 IPMI] **Proto2Seg** [[paper]](https://example.org/proto)
    4. [2024 arXiv] **Active Label Correction** [[paper]](https://example.org/alc)
    ```

    Use instead:

    ```markdown
    1. [2023 MICCAI] **TPRO** [[paper]](https://example.org/tpro)
    2. [2023 IPMI] **Proto2Seg** [[paper]](https://example.org/proto)
    3. [2024 arXiv] **Active Label Correction** [[paper]](https://example.org/alc)
    ```

    ## Fix safety

    Safe. The fix renumbers the whole list from its first number and changes nothing but the
    numbers. When a number gets wider or narrower (`9.` to `10.`), the item's continuation lines
    are re-indented by the same amount so that they still belong to the item; such a fix is
    checked by parsing the result again and is not applied if the list's structure would change. In a
    mostly-`1.` list the fix numbers the odd items `1.` too; the first item keeps its number, so
    the rendered numbers do not change. A continued list's start is moved past the list above
    by an unsafe fix (the list above may be the one that lost an item).
    """

    code = "AL001"
    name = "ordered-list-numbering"
    summary = "Ordered list numbers skip, repeat or go back"
    fix_availability = FIX_ALWAYS
    tags = ("numbering", "lists")

    def check(self, doc: Document) -> Iterator[Finding]:
        last: dict[tuple, ListBlock] = {}  # the ordered list before, by (section, parent item)
        for block in doc.lists:
            if block.ordered and block.items and block.items[0].number is not None:
                where = (id(block.section), id(block.parent))
                before = last.get(where)
                last[where] = block
                if before is not None:
                    yield from self._continued(doc, before, block)
            if not block.ordered or len(block.items) < 2:
                continue
            numbers = [item.number for item in block.items]
            if any(n is None for n in numbers):
                continue
            lazy = lazy_outliers(numbers)  # type: ignore[arg-type]
            if lazy is not None:
                yield from self._lazy(doc, block, *lazy)
                continue
            found = breaks(numbers)  # type: ignore[arg-type]
            if not found:
                continue
            fix = self._fix(doc, block)
            for i in found:
                item = block.items[i]
                line, col = doc.position(item.marker_start)
                yield self.finding(
                    describe("ordered list", numbers, i),  # type: ignore[arg-type]
                    line,
                    col,
                    line,
                    col + len(str(item.number)),
                    fix=fix,
                    # the break is a step from the item before: --since keeps it when either changed
                    related=(doc.position(block.items[i - 1].marker_start)[0],) if i else (),
                )

    def _continued(self, doc: Document, before: ListBlock, block: ListBlock) -> Iterator[Finding]:
        """A list that starts past 1 (`21.`) continues the list before it in the same section (one
        broken by `<details>`, a picture or a paragraph): its first number must follow the last
        number that list shows (a list shows its first number plus one per item, whatever the
        others say). Starting at the number it ended on, or before, shows numbers twice; a start
        further on is left alone (it may continue a list further up, or on another page)."""
        first = block.items[0].number
        start = before.items[0].number
        if first is None or first <= 1 or start is None or doc.in_code(block.items[0].marker_start):
            return
        shown = start + len(before.items) - 1
        if first > shown or shown < 2:
            return  # a list that skips ahead (`31.`) may continue one further up, or elsewhere
        item = block.items[0]
        line, col = doc.position(item.marker_start)
        what = "repeats"
        edits = [Edit(item.marker_start, item.marker_end - 1, str(shown + 1))]
        edits.extend(_reindent(doc, item, len(str(shown + 1)) - len(str(first))))
        # unsafe: the list above may be the one that is wrong (an item lost from it)
        fix = Fix(tuple(edits), safe=False, description=f"start the list at {shown + 1}")
        yield self.finding(
            f"this list continues the one above (lines {before.line}-{before.end_line}), which shows "
            f"{start} to {shown}, but starts at {first}: it {what} the numbers above; expected {shown + 1}",
            line, col, line, col + len(str(first)), fix=fix, related=(before.line,))

    def _lazy(self, doc: Document, block: ListBlock, style: int, outliers: list[int]) -> Iterator[Finding]:
        """A list numbered `1.` throughout but for a few items: those items take the style's
        number (the rendered numbers do not change: only the first number counts)."""
        edits = []
        for i in outliers:
            item = block.items[i]
            edits.append(Edit(item.marker_start, item.marker_end - 1, str(style)))
            edits.extend(_reindent(doc, item, len(str(style)) - len(str(item.number))))
        check = _shape_kept(doc, block, edits)
        fix = Fix(tuple(edits), safe=True, description=f"number every item after the first {style}.",
                  verify=check, local_verify=check is not None)
        share = len(block.items) - 1 - len(outliers)
        # a run of neighbours that count on (`3.` … `9.` among `1.`s) is one paste: one finding
        runs: list[list[int]] = []
        for i in outliers:
            if runs and i == runs[-1][-1] + 1 and block.items[i].number == (block.items[i - 1].number or 0) + 1:
                runs[-1].append(i)
            else:
                runs.append([i])
        for run in runs:
            item = block.items[run[0]]
            line, col = doc.position(item.marker_start)
            if len(run) == 1:
                what = f"this one `{item.number}.`"
            else:
                last = block.items[run[-1]]
                what = (f"these {len(run)} count `{item.number}.` to `{last.number}.` "
                        f"(lines {line}-{doc.position(last.marker_start)[0]})")
            yield self.finding(
                f"ordered list numbers {share} of {len(block.items) - 1} items after the first "
                f"`{style}.`, but {what}; expected {style}",
                line, col, line, col + len(str(item.number)), fix=fix,
                related=tuple(doc.position(block.items[i].marker_start)[0] for i in run[1:]),
            )

    def _fix(self, doc: Document, block: ListBlock) -> Fix | None:
        first = block.items[0].number or 0
        edits: list[Edit] = []
        for item, new in zip(block.items, renumbered(first, len(block.items))):
            old = str(item.number)
            if old == str(new):
                continue
            num_end = item.marker_end - 1
            edits.append(Edit(item.marker_start, num_end, str(new)))
            delta = len(str(new)) - len(old)
            if delta:
                edits.extend(_reindent(doc, item, delta))
        if not edits:
            return None
        check = _shape_kept(doc, block, edits)
        return Fix(tuple(edits), safe=True, description=f"renumber the list from {first}",
                   verify=check, local_verify=check is not None)


def _shape_kept(doc: Document, block: ListBlock, edits: list[Edit]):
    """The fix's check, run only when fixing: when a number changes width, re-parse and make
    sure the lists keep their items over the same lines (a same-width number cannot move
    anything, and the first number never changes). Only the outermost list holding the edits
    and two lines after it are parsed, before and after the edits (``local_verify``): parsing
    the whole new text cost a second document model per fix, 1.5 s and 60 MB on a 10 MB list."""
    if all(len(e.replacement) == e.end - e.start for e in edits):
        return None
    top = block
    while top.parent is not None and top.parent.block is not None:
        top = top.parent.block
    return keeps_check(doc, edits, top.line, top.end_line + 2, ("lists",))


def _reindent(doc: Document, item, delta: int) -> list[Edit]:
    """Shift the continuation lines of an item whose marker width changed by ``delta``."""
    edits = []
    old_indent = item.content_start - doc.line_starts[item.line - 1]
    for line in range(item.line + 1, item.end_line + 1):
        text = doc.line_text(line)
        if not text.strip():
            continue
        lead = len(text) - len(text.lstrip(" "))
        if lead < old_indent:
            continue  # a lazy continuation line: it belongs to the item whatever its indent
        start = doc.line_starts[line - 1]
        if delta > 0:
            edits.append(Edit(start, start, " " * delta))
        else:
            edits.append(Edit(start, start - delta, ""))
    return edits

