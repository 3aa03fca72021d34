"""AL020 unused-suppression: suppression comments that suppress nothing."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..document import Document
from ..model import WARNING, Finding
from .base import FIX_NEVER, Rule


class UnusedSuppression(Rule):
    """
    ## What it does

    Reports `<!-- awesome-lint-disable… -->` comments that suppress nothing in this run:

    - a `disable`, `disable-line`, `disable-next-line` or `disable-file` comment none of whose
      rules reports anything where it applies (a comment without codes: no rule does), or the
      codes of such a comment that are not needed (`AL001` in `disable-next-line AL001 AL003`
      when only AL003 reports on the next line); a code whose rule is not enabled for the file
      is named as such;
    - a comment naming a rule that does not exist (`AL999`, a plugin that is not installed), and
      a directive that is misspelt (`awesome-lint-disable-nextline`, `awesomelint-disable`).
      These two are always told: on standard error as a warning when this rule is off, as
      findings of this rule when it is on.

    `enable` comments are not reported: they end a region and suppress nothing themselves.
    This rule's findings are suppressed only by a comment that names it
    (`<!-- awesome-lint-disable-file AL020 -->`): a comment without codes is what it reports on.
    Comments inside code blocks and code spans are examples and are ignored. The rule is off by
    default: turn it on with `--extend-select AL020` (or `extend-select: [AL020]`), for example
    in a scheduled job that keeps the list's suppressions honest.

    ## Why it matters

    A suppression outlives the problem it was written for: the duplicate was removed, the
    numbering was fixed, the rule was renamed. Left behind, it silently hides the next real
    problem on that line, and a misspelt one never hid anything in the first place.

    ## Example

    ```markdown
    <!-- awesome-lint-disable-next-line AL001 -->
    1. [2023 MICCAI] **A** [[paper]](https://arxiv.org/abs/2301.00001)
    ```

    Use instead: drop the comment (the numbering is right; nothing is left to suppress).

    ```markdown
    1. [2023 MICCAI] **A** [[paper]](https://arxiv.org/abs/2301.00001)
    ```

    ## Fix safety

    No fix: whether a suppression is still wanted (a rule that is off here may be on for
    someone else) is the list's maintainers' call.
    """

    code = "AL020"
    name = "unused-suppression"
    summary = "Suppression comment that suppresses nothing (unused, unknown rule, misspelt directive)"
    severity = WARNING
    fix_availability = FIX_NEVER
    tags = ("suppressions",)
    default_enabled = False

    def check(self, doc: Document) -> Iterable[Finding]:
        return ()  # the engine knows which comments were used: it calls check_suppressions

    def check_suppressions(self, doc: Document, unused, problems, enabled: set[str]) -> Iterator[Finding]:
        """Findings for the ``unused`` comments ((comment, unused codes or None)) and the
        ``problems`` (comments not understood) of ``doc``; ``enabled``: the codes run on it."""
        for d, codes in unused:
            shown = d.text if len(d.text) <= 60 else d.text[:57] + "…"
            if codes is None:
                why = "no rule reports anything where it applies"
            else:
                off = [c for c in codes if c not in enabled]
                quiet = [c for c in codes if c in enabled]
                parts = []
                if quiet:
                    parts.append(f"{', '.join(quiet)} report{'s' if len(quiet) == 1 else ''} nothing where it applies")
                if off:
                    parts.append(f"{', '.join(off)} {'is' if len(off) == 1 else 'are'} not enabled for this file")
                why = "; ".join(parts)
                if len(codes) < len(d.named):  # the others are needed: name the ones that are not
                    shown = f"{', '.join(codes)}` in `{shown}"
            yield self.finding(f"`{shown}` suppresses nothing: {why}", d.line, d.column, d.line, d.end_column)
        for p in problems:
            yield self.finding(p.message, p.line, p.column, p.line, p.end_column)
