"""A GitHub Actions job summary (Markdown) and annotations from a ``--format json`` report.

The Action lints once, to JSON, and makes both from that file, so a run with ``--check-links``
checks each link once. Run as ``python -m awesome_lint.report.summary REPORT.json``:
``--summary FILE`` appends the Markdown to FILE (``$GITHUB_STEP_SUMMARY``), ``--annotations``
prints the workflow commands of ``--format github``; with neither, the Markdown goes to stdout.
Bad input is one line on stderr and exit status 2."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter

from .sarif import RULES_URL

TOP = 20  # findings listed in the summary; the annotations carry all of them


class BadReport(Exception):
    pass


def load(path: str) -> list[dict]:
    """The findings of a ``--format json`` report, checked enough to be used."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except OSError as exc:
        raise BadReport(f"{path}: cannot read ({exc.strerror or exc})") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadReport(f"{path}: not a JSON report ({exc})") from None
    if not isinstance(data, list):
        raise BadReport(f"{path}: not a --format json report (a list of findings was expected)")
    keys = ("path", "code", "name", "severity", "message", "line")
    for i, f in enumerate(data):
        if not isinstance(f, dict) or any(k not in f for k in keys):
            raise BadReport(f"{path}: finding {i + 1} lacks one of {', '.join(keys)}")
    return data


def _safe_fix(f: dict) -> bool | None:
    """Whether the finding has a fix and it is safe (None: no fix). Reads the fix as written
    today (``fix.safe``) or with an ``applicability``."""
    fix = f.get("fix")
    if not fix:
        return None
    if "safe" in fix:
        return bool(fix["safe"])
    return fix.get("applicability") == "safe"


def annotations(findings: list[dict]) -> str:
    """The ``--format github`` workflow commands for these findings."""
    from ..model import Finding, Fix
    from . import github

    objs = []
    for f in findings:
        safe = _safe_fix(f)
        objs.append(Finding(
            code=f["code"], name=f["name"], severity=f["severity"], message=f["message"], line=f["line"],
            column=f.get("column", 1), end_line=f.get("end_line"), end_column=f.get("end_column"),
            fix=None if safe is None else Fix((), safe=safe), path=f["path"],
        ))
    return github.render(objs)


def _cell(text: str) -> str:
    """Text for a table cell: one line, pipes escaped, no raw HTML."""
    return (" ".join(str(text).split()).replace("\\", "\\\\").replace("|", "\\|")
            .replace("<", "&lt;").replace(">", "&gt;"))


def _builtin_codes() -> set[str]:
    from ..registry import load_rules

    return {code for code, cls in load_rules().items() if cls.__module__.startswith("awesome_lint.rules.")}


def markdown(findings: list[dict], rules_url: str = RULES_URL, source_url: str = "", since: str = "",
             top: int = TOP, builtin: set[str] | None = None) -> str:
    """The job summary: totals, counts per rule (linked to the rule's page), the first findings."""
    builtin = _builtin_codes() if builtin is None else builtin

    def rule(code: str) -> str:
        return f"[{code}]({rules_url.format(code=code)})" if code in builtin else code

    scope = f" on the lines changed since `{_cell(since)}`" if since else ""
    if not findings:
        return f"### awesome-lint\n\nNo problems found{scope}.\n"
    files = len({f["path"] for f in findings})
    errors = sum(1 for f in findings if f["severity"] == "error")
    fixable = sum(1 for f in findings if _safe_fix(f))
    n = len(findings)
    out = [f"### awesome-lint\n\n**{n} problem{'s' if n != 1 else ''}** in {files} file{'s' if files != 1 else ''}"
           f"{scope}: {errors} error{'s' if errors != 1 else ''}, {n - errors} warning{'s' if n - errors != 1 else ''}; "
           f"{fixable} fixable with `awesome-lint --fix`.\n",
           "\n| Rule | Name | Findings | Fixable |\n| --- | --- | ---: | ---: |\n"]
    per = Counter(f["code"] for f in findings)
    names = {f["code"]: f["name"] for f in findings}
    safe = Counter(f["code"] for f in findings if _safe_fix(f))
    for code, count in sorted(per.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(f"| {rule(code)} | {_cell(names[code])} | {count} | {safe[code]} |\n")
    shown = sorted(findings, key=lambda f: (f["severity"] != "error", f["path"], f["line"], f.get("column", 1)))[:top]
    out.append(f"\n#### {'First ' if n > top else ''}findings\n\n| Where | Rule | Message |\n| --- | --- | --- |\n")
    for f in shown:
        path = os.path.relpath(f["path"]) if os.path.isabs(f["path"]) else f["path"]
        where = f"{path}:{f['line']}"
        if source_url:
            url = source_url.format(path=path.replace(os.sep, "/"), line=f["line"])
            where = f"[`{_cell(where)}`]({url})"
        else:
            where = f"`{_cell(where)}`"
        mark = " (fixable)" if _safe_fix(f) else ""
        out.append(f"| {where} | {rule(f['code'])} | {_cell(f['message'])}{mark} |\n")
    if n > top:
        out.append(f"\n…and {n - top} more: every finding is an annotation on its line.\n")
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m awesome_lint.report.summary",
                                     description="Job summary and annotations from an awesome-lint --format json report.")
    parser.add_argument("report", help="the --format json report")
    parser.add_argument("--summary", metavar="FILE", help="append the Markdown summary to FILE")
    parser.add_argument("--annotations", action="store_true", help="print GitHub workflow commands, one a finding")
    parser.add_argument("--rules-url", default=RULES_URL, help="rule page address, with {code}")
    parser.add_argument("--source-url", default="", help="address of a line, with {path} and {line}")
    parser.add_argument("--since", default="", help="the --since revision, to say what was checked")
    parser.add_argument("--top", type=int, default=TOP, help="findings listed in the summary")
    args = parser.parse_args(argv)
    try:
        findings = load(args.report)
        if "{code}" not in args.rules_url:
            raise BadReport(f"--rules-url must contain {{code}}: {args.rules_url!r}")
        if args.annotations:
            sys.stdout.write(annotations(findings))
        if args.summary or not args.annotations:
            text = markdown(findings, args.rules_url, args.source_url, args.since, args.top)
            if args.summary:
                try:
                    with open(args.summary, "a", encoding="utf-8") as fh:
                        fh.write(text)
                except OSError as exc:
                    raise BadReport(f"{args.summary}: cannot write ({exc.strerror or exc})") from None
            else:
                sys.stdout.write(text)
    except BadReport as exc:
        print(f"awesome-lint: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
