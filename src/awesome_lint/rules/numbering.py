"""Shared logic of the numbering rules (AL001 lists, AL002 table index columns)."""

from __future__ import annotations


def breaks(numbers: list[int]) -> list[int]:
    """Indexes where the sequence does not go up by one from the previous number.

    A sequence numbered ``1.`` (or ``0.``) throughout after its first number is a valid style and
    has no breaks.
    """
    if len(numbers) < 2:
        return []
    if numbers[1] in (0, 1) and all(n == numbers[1] for n in numbers[1:]):
        return []  # all `1.` (a first number other than 1 continues an earlier list)
    return [i for i in range(1, len(numbers)) if numbers[i] != numbers[i - 1] + 1]


def lazy_outliers(numbers: list[int]) -> tuple[int, list[int]] | None:
    """For a list in the "all 1." style with a few other numbers: (the style's number, indexes
    of the items after the first that depart from it). None when the list counts instead."""
    if len(numbers) < 3:
        return None
    rest = numbers[1:]
    for style in (1, 0):
        same = sum(1 for n in rest if n == style)
        if same * 2 > len(rest) and same < len(rest):
            return style, [i for i in range(1, len(numbers)) if numbers[i] != style]
    return None


def describe(what: str, numbers: list[int], i: int) -> str:
    prev, cur = numbers[i - 1], numbers[i]
    if cur == prev:
        kind = f"repeats {cur}"
    elif cur < prev:
        kind = f"goes back from {prev} to {cur}"
    else:
        kind = f"skips from {prev} to {cur}"
    return f"{what} numbering {kind}; expected {prev + 1}"


def renumbered(first: int, count: int) -> range:
    return range(first, first + count)
