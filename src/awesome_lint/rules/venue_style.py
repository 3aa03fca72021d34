"""AL005's words about style: how a tag is written (bracketed, bold inside or outside), how a
finding names a style, and a configured style read into its parts."""

from __future__ import annotations

import re

from ..model import InputError


BOLD_FORMS = {"inner": "bold inside the brackets ([**…**])", "outer": "bold around the brackets (**[…]**)",
              "none": "not bold ([…])", "bold": "bold (**…**)", "plain": "not bold"}


# a year as a venue tag writes it (not inside a URL or an arXiv id): only then is a text scanned
DATED = re.compile(r"(?<![\d/.=_-])(?:19|20)\d\d(?![\d/])|['’‘]\s?\d\d(?!\w)")


PREFIX = re.compile(r"(?:IEEE/CVF|IEEE|ACM)[ -]", re.I)


def unprefixed(venue: str) -> str:
    """A venue's name without its publisher's prefix (``IEEE TMI`` -> ``TMI``)."""
    m = PREFIX.match(venue)
    return venue[m.end():] if m and len(venue) > m.end() else venue


def norm_eq(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def joins_word(ch: str) -> bool:
    """A character that, right after a tag, glues it to the title (`[CVPR 2023]Title`)."""
    return ch.isalnum() or ch in "*_`\"“‘<"


def wrap(inner: str, bold: str | None, marker: str) -> str:
    if bold == "inner":
        return f"[{marker}{inner}{marker}]"
    if bold == "outer":
        return f"{marker}[{inner}]{marker}"
    return f"[{inner}]"


def noun(dim: str, kind: str) -> str:
    if dim == "shape":
        return {"list": "dated venue tags", "table": "dated venue cells"}.get(kind, "dated venues in entries' text")
    if dim == "workshop":
        return "workshop tags"
    return "venue tags" if kind == "list" else "venue cells"


def describe(dim: str, value: str, kind: str) -> str:
    if dim == "shape":
        return f"[{value}]" if kind == "list" else value
    if dim == "bold":
        return BOLD_FORMS[value]
    return f"VENUE{value}"


def parse_style(style: str, where: str, brackets: bool) -> tuple[str, str]:
    """(shape, bold form) of a configured style such as ``[**{venue} {year}**]``."""
    from ..venues import parse_shape

    s = style.strip()
    bold = "none" if brackets else "plain"
    core = s
    m = re.fullmatch(r"(\*\*|__)?\[(\*\*|__)?(.*?)(\*\*|__)?\](\*\*|__)?", s, re.S)
    if m and brackets:
        core = m.group(3)
        if m.group(1) and m.group(5):
            bold = "outer"
        elif m.group(2) and m.group(4):
            bold = "inner"
        elif any(m.group(k) for k in (1, 2, 4, 5)):
            raise InputError(f"{where}: unbalanced bold markers in {style!r}")
    elif brackets:
        raise InputError(f"{where} must be bracketed like \"[{{year}} {{venue}}]\", not {style!r}")
    else:
        m2 = re.fullmatch(r"(\*\*|__)(.*?)\1", s, re.S)
        if m2:
            core, bold = m2.group(2), "bold"
    shape = core.replace("{year}", "YEAR").replace("{yy}", "YY").replace("{venue}", "VENUE")
    try:
        order, _sep, _w = parse_shape(shape)
    except ValueError:
        order = ""
    if not order or "{" in shape:
        raise InputError(f"{where} must contain {{venue}} and {{year}} (or {{yy}}) and nothing else but a separator, not {style!r}")
    return shape, bold
