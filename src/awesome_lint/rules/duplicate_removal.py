"""AL003's fix: deleting a duplicate item or row, and the check that the deletion removes
exactly that item or row and leaves every other block as it was.

The check is :class:`awesome_lint.fixcheck.DeletionCheck`: it parses only a window of the old
text, and only when the engine applies the fix."""

from __future__ import annotations

from ..document import Document, Entry
from ..fixcheck import DeletionCheck
from ..model import Edit, Fix
from ..vocabulary import names_preprint


def removal_fixes(doc: Document, wanted: list[tuple[Entry, bool, str]]) -> dict[int, Fix]:
    """A deletion fix per entry (by id), safe or not as ``wanted`` says, its description ending
    with the ``why`` given (which copy is kept, and why). Each fix proves, when
    the engine applies it, that the deletion removes exactly that item or row (its ``verify``
    checks the block structure of the result with markdown-it-py); plain linting parses
    nothing. Of overlapping deletions (a duplicate nested in a duplicate) the first is kept."""
    spans = []
    for e, safe, why in wanted:
        span = removal_span(doc, e)
        if span is not None:
            spans.append((e, safe, span, why))
    spans.sort(key=lambda x: x[2])
    ok: list = []
    last = -1
    for x in spans:  # drop overlapping spans (a duplicate nested in a duplicate)
        if x[2][0] >= last:
            ok.append(x)
            last = x[2][1]
    if not ok:
        return {}
    checker = DeletionCheck(doc)  # parses nothing until a fix is applied (Fix.verify)
    out = {}
    for e, safe, (start, end), why in ok:
        what = "row" if e.kind == "row" else "item"
        out[id(e)] = Fix((Edit(start, end, ""),), safe=safe,
                         description=f"delete the duplicate {what} at line {e.line}{why}",
                         verify=_deletion_check(checker, e, (start, end)), local_verify=True)
    return out




def completeness(doc: Document, e: Entry) -> tuple[int, int, int]:
    """How much an entry says, to choose the copy a deletion keeps: a venue (a tag or column
    that is not a preprint server), then its number of distinct links, then its length."""
    tag = e.tag.inner if e.tag is not None else ""
    venue = int(bool(tag.strip()) and not names_preprint(tag) and "openreview" not in tag.lower())
    links = len({k.url for k in e.links if not k.is_image and k.url.strip()})
    return venue, links, len(_entry_body(doc, e))


def _deletion_check(checker: DeletionCheck, e: Entry, span: tuple[int, int]):
    """The fix's check, run by the engine only when it applies the fix: deleting ``span``
    removes exactly the item or row of ``e`` (a re-parse of the text around it)."""
    return lambda _new_text: checker.keeps_rest([(e, span)])


def _is_blank(line: str) -> bool:
    return line.replace(">", "").strip() == ""


def removal_span(doc: Document, e: Entry) -> tuple[int, int] | None:
    """Offsets of the whole item (nested lines included) or row with its line ending; blank lines
    that separated it from the previous entry go with it when a blank line also follows."""
    if e.kind == "row":
        first = last = e.line
    else:
        item = e.item
        if item is None:
            return None
        first, last = item.line, item.end_line
        while last > first and _is_blank(doc.line_text(last)):
            last -= 1
    n = doc.line_count
    start = doc.line_starts[first - 1]
    if last < n:
        end = doc.line_starts[last]
        after_blank = last + 1 > n or _is_blank(doc.line_text(last + 1))
        if e.kind == "item" and after_blank:
            k = first - 1
            while k >= 1 and _is_blank(doc.line_text(k)):
                k -= 1
            if k < first - 1:
                start = doc.line_starts[k]  # the blank lines before this item go with it
        return start, end
    # the last line of the file, without a line ending: take the ending before it instead
    if first == 1:
        return 0, len(doc.text)
    return doc.line_end(first - 1), len(doc.text)


def _entry_body(doc: Document, e: Entry) -> str:
    """The entry's whole text with white space collapsed (rows: cells without an index column)."""
    if e.kind == "row" and e.row is not None:
        cells = [c.text for c in e.row.cells]
        table = e.row.table
        if table is not None and table.index_header and cells:
            cells = cells[1:]
        return "|".join(" ".join(c.split()) for c in cells)
    item = e.item
    if item is None:
        return " ".join(e.text.split())
    last = item.end_line
    end = doc.line_end(last)
    return " ".join(doc.text[item.content_start:end].split())


def same_text(doc: Document, a: Entry, b: Entry) -> bool:
    return _entry_body(doc, a) == _entry_body(doc, b)
