"""AL006 table-shape."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Table, split_row
from ..fixcheck import table_rows
from ..model import WARNING, Edit, Finding, Fix
from ..textutil import shorten
from .base import FIX_SOMETIMES, Option, Rule

_LABELS = re.compile(r"\[\[?([^\[\]]{1,40})\]?\]\(")


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _moved_left(table: Table, row) -> tuple[str, str, str] | None:
    """A short row whose last cell holds links labelled after a later column's header and not
    after its own (`| Name | [[Paper]](u) |` under `Name | Website | Paper`): a cell before it
    was dropped, so the link shows under the wrong header. Even in a table whose short rows are
    its shorthand, this one is not."""
    k, heads = len(row.cells), table.header.cells
    if not 1 < k < len(heads):
        return None
    labels = {_words(m.group(1)) for m in _LABELS.finditer(row.cells[-1].text)}
    if len(labels) != 1:
        return None
    (label,) = labels
    own = _words(heads[k - 1].text)
    later = [h.text.strip(" *_") for h in heads[k:] if _words(h.text) == label]
    if not label or label == own or label in own.split() or not later:
        return None
    return _LABELS.search(row.cells[-1].text).group(1), heads[k - 1].text.strip(" *_"), later[0]


_DELIMITER = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")


# an extra cell that holds only a note meant to be hidden: a Markdown comment (`[//]: #MM/DD`,
# `[comment]: <> (…)`) or an HTML comment
_HIDDEN_NOTE = re.compile(r"\s*(?:\[(?://|comment|_)\]:\s*(?:#|<>)\S*.*|<!--.*-->)\s*")


class TableShape(Rule):
    """
    ## What it does

    Checks the shape of GFM tables:

    - **Orphaned rows.** GitHub ends a table at the first blank line. Lines that look like rows
      of the table (`| 17 | Title | [PDF](…) |`) but come after one or more blank lines are not
      part of it: each is reported. Several orphans in a row, each after its own blank line, are
      all found.
    - **Cell count.** A row with more cells than the header loses the extra cells: GitHub drops
      them without a trace, so their text never reaches a reader (an error), but for extra
      cells that hold only a comment meant to stay hidden (`| [//]: #Recommend`). A row with fewer
      cells is padded with empty cells (a warning: usually a cell went missing or a `|` is
      unescaped). Where short rows are the table's habit (at least 3 and a quarter of its
      rows: "no code yet" rows that stop before the Code column), they are its shorthand and
      are not reported, unless the short row's last cell holds a link labelled after a later
      column and not its own (`| Name | [[Paper]](u) |` under `Name | Website | Paper`): a
      cell before it was dropped, and the link shows under the wrong header. A row one cell short
      that ends with a `|` in a table whose header does not (`[MLLib](…) | Framework for Spark |`)
      marks its last cell as left empty on purpose, and is not reported.
    - **Header without delimiter.** A block of two or more lines that all look like table rows
      but has no delimiter row (`|---|---|`) under its first line, or one whose cell count
      differs from the header's, is not a table at all: GitHub shows it as one paragraph with
      visible pipes.

    Tables in block quotes are checked for cell counts only.

    ## Why it matters

    A stray blank line in a long table is easy to miss in the source and obvious on the page:
    the rows after it turn into paragraphs of pipes and brackets. Extra cells silently hide
    content.

    ## Example

    ```markdown
    | # | Title | Paper |
    |---|-------|-------|
    | 16 | TPRO | [PDF](https://example.org/tpro) |

    | 17 | Proto2Seg | [PDF](https://example.org/proto) |
    ```

    Use instead:

    ```markdown
    | # | Title | Paper |
    |---|-------|-------|
    | 16 | TPRO | [PDF](https://example.org/tpro) |
    | 17 | Proto2Seg | [PDF](https://example.org/proto) |
    ```

    ## Fix safety

    Sometimes safe. Orphaned rows are joined back by deleting the blank lines before them; the
    fix is safe when every orphan has exactly the table's cell count (unsafe otherwise), and it
    is dropped unless parsing the result shows the rows inside the table. Extra cells are removed
    only when they are all empty (safe). Rows with too few cells and headers without a delimiter
    are reported without a fix: which cell is missing, or whether the first line is meant as a
    header, is not knowable from the text.
    """

    code = "AL006"
    name = "table-shape"
    summary = "A table is split by blank lines, or a row has the wrong cell count"
    fix_availability = FIX_SOMETIMES
    tags = ("tables", "structure")
    options = {
        "short-rows": Option(bool, True, "Report rows with fewer cells than the header (GitHub pads them "
                                         "with empty cells, so nothing is lost)."),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        table_lines = {ln for t in doc.tables for ln in range(t.line, t.end_line + 1)}
        heading_lines = {h.line for h in doc.headings}
        starts = {a: b for a, b in doc.inline_blocks if a not in heading_lines}
        orphan_lines: set[int] = set()
        for table in doc.tables:
            yield from self._cell_counts(doc, table)
            if not table.in_blockquote:
                yield from self._orphans(doc, table, starts, table_lines, orphan_lines)
        yield from self._headerless(doc, starts, table_lines, orphan_lines)

    # ---- cell counts -----------------------------------------------------------------------
    def _cell_counts(self, doc: Document, table: Table) -> Iterator[Finding]:
        n = len(table.header.cells)
        short = [row for row in table.rows if len(row.cells) < n]
        # rows that leave out their last empty cells again and again (at least 3 and a quarter of
        # the table) are the table's shorthand, not a cell gone missing: GitHub pads them and the
        # page shows the same table
        shorthand = len(short) >= 3 and len(short) >= 0.25 * len(table.rows)
        for row in table.rows:
            k = len(row.cells)
            if k == n:
                continue
            line = row.line
            if k > n:
                extra = row.cells[n:]
                if all(_HIDDEN_NOTE.fullmatch(c.text) for c in extra if c.text) and any(c.text for c in extra):
                    continue  # `| [//]: #Recommend`: a note kept out of sight on purpose, which GitHub drops
                lost = [c for c in extra if c.text]
                col = extra[0].raw_start - doc.line_starts[line - 1]  # the '|' before the first extra cell
                end_col = extra[-1].raw_end - doc.line_starts[line - 1] + 1
                if lost:
                    shown = ", ".join(f"`{shorten(c.text, 30, collapse=False, code=True)}`" for c in lost[:3])
                    yield self.finding(
                        f"row has {k} cells but the header has {n}: GitHub drops the extra "
                        f"cell{'s' if len(extra) > 1 else ''} ({shown})",
                        line, col, line, end_col, related=(table.line,))
                else:
                    edit = Edit(extra[0].raw_start - 1, extra[-1].raw_end, "")
                    yield self.finding(
                        f"row has {k} cells but the header has {n}; the extra "
                        f"cell{'s are' if len(extra) > 1 else ' is'} empty",
                        line, col, line, end_col, related=(table.line,),
                        fix=Fix((edit,), safe=True, description="remove the empty extra cells"))
            elif (moved := _moved_left(table, row)) is not None:
                label, here, there = moved
                yield self.finding(
                    f"row has {k} cell{'s' if k != 1 else ''} but the header has {n}: its `[{label}]` link "
                    f"shows under `{here}`, and the `{there}` column it names is left empty (a cell before "
                    "it is missing)", line, 1, line, len(doc.line_text(line)) + 1, severity=WARNING,
                    related=(table.line,))
            elif k == n - 1 and row.trailing_pipe and not table.header.trailing_pipe \
                    and doc.line_text(line).rstrip().endswith("|"):
                continue  # `[MLLib](…) | Framework for Spark |` in a table without closing pipes: the
                # pipe marks the last cell as left empty on purpose (no GitHub activity to show)
            elif getattr(self.opts, "short-rows", True) and not shorthand:
                yield self.finding(
                    f"row has {k} cell{'s' if k != 1 else ''} but the header has {n}: GitHub shows "
                    f"{n - k} empty cell{'s' if n - k > 1 else ''} at the end",
                    line, 1, line, len(doc.line_text(line)) + 1, severity=WARNING, related=(table.line,))

    # ---- orphaned rows ---------------------------------------------------------------------
    def _orphans(self, doc: Document, table: Table, starts: dict[int, int], table_lines: set[int],
                 orphan_lines: set[int]) -> Iterator[Finding]:
        n = len(table.header.cells)
        indent = _indent(doc.line_text(table.line))
        piped = table.header.leading_pipe
        found: list[tuple[int, int]] = []  # (line, cell count)
        edits: list[Edit] = []
        prev_end = table.end_line
        line = prev_end + 1
        total = doc.line_count
        while True:
            blank_start = line
            while line <= total and not doc.line_text(line).strip():
                line += 1
            if line == blank_start or line > total:
                break
            end = starts.get(line)
            if end is None or line in table_lines or doc.is_code_line(line):
                break
            counts = []
            for ln in range(line, end + 1):
                text = doc.line_text(ln)
                cells, lead, _trail = split_row(text, 0)
                if _indent(text) != indent or (piped and not lead) or len(cells) < 2 or "|" not in text:
                    break
                if _DELIMITER.match(text):
                    break
                counts.append(len(cells))
            if len(counts) != end - line + 1 or (not piped and any(c != n for c in counts)):
                break
            edits.append(Edit(doc.line_end(prev_end), doc.line_end(line - 1), ""))
            found.extend((line + i, c) for i, c in enumerate(counts))
            prev_end = end
            line = end + 1
        if not found:
            return
        orphan_lines.update(ln for ln, _ in found)
        fix = self._join_fix(doc, table, edits, len(found), safe=all(c == n for _, c in found))
        for ln, c in found:
            extra = "" if c == n else f" ({c} cells, the table has {n})"
            yield self.finding(
                f"row after a blank line is not part of the table above (line {table.line}): "
                f"GitHub shows it as text{extra}",
                ln, 1, ln, len(doc.line_text(ln)) + 1, fix=fix, related=(table.line,))

    def _join_fix(self, doc: Document, table: Table, edits: list[Edit], rows: int, safe: bool) -> Fix | None:
        def joined(new_text: str) -> bool:  # run by the engine only when it applies the fix
            found = table_rows(new_text, table.line)  # the table must gain the rows
            return found is not None and found == (len(table.rows) + rows + 1, table.end_line + rows)

        return Fix(tuple(edits), safe=safe, description="delete the blank lines that split the table",
                   verify=joined)

    # ---- headers without a delimiter row ----------------------------------------------------
    def _headerless(self, doc: Document, starts: dict[int, int], table_lines: set[int],
                    orphan_lines: set[int]) -> Iterator[Finding]:
        for line, end in starts.items():
            if end == line or line in table_lines or line in orphan_lines:
                continue
            texts = [doc.line_text(ln) for ln in range(line, end + 1)]
            if not all(_rowlike(t) for t in texts):
                continue
            head = len(split_row(texts[0].strip(), 0)[0])
            if _DELIMITER.match(texts[1]):
                got = len(split_row(texts[1].strip(), 0)[0])
                yield self.finding(
                    f"the delimiter row has {got} cell{'s' if got != 1 else ''} but the header has "
                    f"{head}: GitHub does not render this as a table",
                    line + 1, 1, line + 1, len(texts[1]) + 1, related=(line,))
            elif not any(_DELIMITER.match(t) for t in texts):
                yield self.finding(
                    "table rows without a delimiter row (`|---|---|`) under the header: GitHub "
                    "shows them as one paragraph of text",
                    line, 1, line, len(texts[0]) + 1)


def _rowlike(text: str) -> bool:
    s = text.strip()
    return len(s) > 2 and s.startswith("|") and s.endswith("|") and s.count("|") >= 3


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" \t"))
