"""Shared logic of the numbering rules (AL001 lists, AL002 table index columns)."""

from __future__ import annotations


def breaks(numbers: list[int]) -> list[int]:
    """Indexes where the sequence does not go up by one from the previous number.

    A sequence that repeats its first number throughout (all ``1.``, all ``0.``) is a valid
    style and has no breaks.
    """
    if len(numbers) < 2:
        return []
    if all(n == numbers[0] for n in numbers) and numbers[0] in (0, 1):
        return []
    return [i for i in range(1, len(numbers)) if numbers[i] != numbers[i - 1] + 1]


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
