"""Keeping a table's pipes in line when a fix changes a cell's length.

A fix that lengthens or shortens a cell's text (`Huggingface` to `Hugging Face`, two spaces to
one) in a table whose pipes are aligned would push that row's pipes out of line. The cell's own
padding takes the difference where it can (spaces before the closing pipe, one kept); where it
cannot, the column would have to widen in every row, so the fix becomes unsafe rather than
re-align the table behind the author's back. A table that is not aligned is left as written."""

from __future__ import annotations

from ..document import Document
from ..model import Edit, Finding, Fix


def _rows(doc: Document) -> dict[int, tuple[object, bool]]:
    """Every table line by its line number, with whether its table's pipes are aligned."""
    rows = {}
    for table in doc.tables:
        aligned = is_aligned(table)
        for r in (table.header, table.delimiter, *table.rows):
            rows[r.line] = (r, aligned)
    return rows


def is_aligned(table) -> bool:
    """Whether every line of the table puts its pipes where its header does."""
    lines = [table.header, table.delimiter, *table.rows]
    shape = [c.raw_end - lines[0].start for c in lines[0].cells]
    return all([c.raw_end - r.start for c in r.cells] == shape for r in lines)


def aligned_lines(doc: Document) -> set[int]:
    """The lines of the tables whose pipes are aligned."""
    return {line for line, (_, aligned) in _rows(doc).items() if aligned}


def keep_tables_aligned(doc: Document, found: list[Finding]) -> None:
    """Give each fix of ``found`` that changes a cell's length in an aligned table the padding
    edit that keeps the row's pipes in place, or make it unsafe where the padding cannot."""
    if not doc.tables:
        return
    rows = None
    per_cell: dict[tuple[int, int], dict[int, list]] = {}  # cell -> finding id -> [finding, delta]
    for f in found:
        if f.fix is None or not any(len(e.replacement) != e.end - e.start for e in f.fix.edits):
            continue
        if rows is None:
            rows = _rows(doc)
        if f.line not in rows or not rows[f.line][1]:
            continue
        row = rows[f.line][0]
        for e in f.fix.edits:
            delta = len(e.replacement) - (e.end - e.start)
            for k, cell in enumerate(row.cells):
                if delta and cell.raw_start <= e.start < cell.raw_end:
                    per_cell.setdefault((f.line, k), {}).setdefault(id(f), [f, 0])[1] += delta
                    break
    pads: dict[int, list[Edit]] = {}
    unsafe: dict[int, Finding] = {}
    for (line, k), fs in per_cell.items():
        cell = rows[line][0].cells[k]
        pad = doc.text[cell.end:cell.raw_end]
        if len(fs) == 1 and pad.strip(" ") == "":
            [(f, delta)] = fs.values()
            if delta < 0 or len(pad) - delta >= 1:
                pads.setdefault(id(f), []).append(Edit(cell.raw_end, cell.raw_end, " " * -delta) if delta < 0
                                                  else Edit(cell.raw_end - delta, cell.raw_end, ""))
                continue
        unsafe.update((id(f), f) for f, _ in fs.values())
    for f in found:
        fix = f.fix
        if id(f) in unsafe:
            f.fix = Fix(fix.edits, safe=False, description=f"{fix.description} (the table's column must be re-aligned)")
        elif id(f) in pads:
            f.fix = Fix((*fix.edits, *pads[id(f)]), safe=fix.safe, description=f"{fix.description}, keeping the table aligned")
