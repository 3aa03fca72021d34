"""Score awesome-lint's findings against hand annotations of real lists.

Snapshots record what the tool says; this says whether it is right. Each list in
``accuracy/annotations/`` names its real faults (by rule and line) and the spots where a finding
would be wrong; the real CLI is run on the list with its default rules and every finding is
matched against them. A finding the annotation does not mention counts as a false positive
("unjudged"), so an annotation must judge everything the tool says.

    python3 accuracy/score.py                 # every annotated list
    python3 accuracy/score.py --set score     # only the held-out lists (never tuned on)
    python3 accuracy/score.py --details       # also each false positive and miss by file:line
    python3 accuracy/score.py --check         # exit 1 when a default rule is below its floor
    python3 accuracy/score.py --extend-select AL016   # also run an opt-in rule
    python3 accuracy/score.py --src ../old/src        # score another checkout (before a change)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "corpus"
ANNOTATIONS = HERE / "annotations"
# Lists fetched from GitHub for a held-out set stay out of the repository and ../shared: an
# annotation with ``corpus: external`` names its list here, and its ``source`` says where it came from.
EXTERNAL = Path(os.environ.get("AWESOME_LINT_EXTERNAL", ROOT.parent / "external"))
FLOORS = HERE / "floors.yaml"


@dataclass
class Annotation:
    """One list's hand annotation: faults by (rule, line), and spots where a finding is wrong."""

    name: str
    path: Path
    set: str
    faults: list[dict] = field(default_factory=list)  # {rule, line, accept, cosmetic, note, blind}
    fine: dict[tuple[str, int], str] = field(default_factory=dict)
    scope: tuple[int, int] | None = None  # the lines that were read; findings elsewhere are not judged

    def in_scope(self, line: int) -> bool:
        return self.scope is None or self.scope[0] <= line <= self.scope[1]


def _lines(item: dict, where: str) -> list[int]:
    if "line" in item:
        return [int(item["line"])]
    if "lines" in item:
        return [int(n) for n in item["lines"]]
    raise ValueError(f"{where}: an item has neither 'line' nor 'lines': {item!r}")


def load(path: Path) -> Annotation:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    corpus = data.get("corpus", "accuracy")
    where = EXTERNAL if corpus == "external" else SHARED / corpus
    ann = Annotation(name=path.stem, path=where / data["list"], set=data.get("set", "tune"))
    if data.get("scope"):
        first, last = (int(n) for n in data["scope"])
        ann.scope = (first, last)
    for item in data.get("faults") or ():
        for line in _lines(item, str(path)):
            ann.faults.append({
                "rule": item["rule"], "line": line, "accept": set(item.get("accept") or ()) | {item["rule"]},
                "cosmetic": bool(item.get("cosmetic")), "note": item.get("note", ""),
                # "seen: tool" marks a fault the reader noticed only when a finding pointed at it
                "blind": item.get("seen", "reader") != "tool",
            })
    for item in data.get("fine") or ():
        for line in _lines(item, str(path)):
            ann.fine[(item["rule"], line)] = item.get("note", "")
    return ann


def annotations(which: str = "all") -> list[Annotation]:
    found = [load(p) for p in sorted(ANNOTATIONS.glob("*.yaml"))]
    return [a for a in found if which == "all" or a.set == which]


def findings(path: Path, extra: tuple[str, ...] = (), src: Path | None = None) -> list[dict]:
    """The real CLI's findings on ``path`` with the default rules (no configuration file), plus
    the rules in ``extra`` (to judge an opt-in rule before turning it on). ``src`` runs another
    checkout's ``src/`` instead of the installed package (the "before" of a change)."""
    env = dict(os.environ, NO_COLOR="1")
    if src is not None:
        env["PYTHONPATH"] = str(src.resolve())
    more = ["--extend-select", ",".join(extra)] if extra else []
    proc = subprocess.run([sys.executable, "-m", "awesome_lint", "--format", "json", "--exit-zero", *more, str(path)],
                          capture_output=True, env=env, timeout=300, cwd=ROOT)
    if proc.returncode == 2 and proc.stdout.lstrip().startswith(b"["):
        # a rule crashed: its internal-error finding is in the output and scores as a wrong
        # finding (the other rules' findings still count), so one crash does not stop the table
        print(f"note: a rule crashed on {path.name}", file=sys.stderr)
    elif proc.returncode != 0:
        raise RuntimeError(f"{path}: awesome-lint exited {proc.returncode}: {proc.stderr.decode()[-300:]}")
    return json.loads(proc.stdout)



@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    found: int = 0  # faults found (recall's numerator; a fault seen twice counts once)
    blind_found: int = 0  # of the faults the reader found unaided: found by the tool
    blind_missed: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        total = self.found + self.fn
        return self.found / total if total else None

    @property
    def blind_recall(self) -> float | None:
        """Recall on the faults the reader found before reading the tool's findings: the figure a
        finding cannot have talked the annotation into."""
        total = self.blind_found + self.blind_missed
        return self.blind_found / total if total else None


@dataclass
class Score:
    by_rule: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    false_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def total(self) -> Tally:
        t = Tally()
        for r in self.by_rule.values():
            t.tp += r.tp
            t.fp += r.fp
            t.fn += r.fn
            t.found += r.found
            t.blind_found += r.blind_found
            t.blind_missed += r.blind_missed
        return t


def score(anns: Iterable[Annotation], results: dict[str, list[dict]] | None = None,
          extra: tuple[str, ...] = (), src: Path | None = None) -> Score:
    """Match each list's findings with its annotation. A finding is right when a fault of its
    rule (or one that accepts it) is on its line and not yet taken by another finding of the
    same rule; a fault is found when any finding matched it."""
    out = Score()
    for ann in anns:
        got = results[ann.name] if results is not None else findings(ann.path, extra, src)
        taken: set[int] = set()
        for f in sorted(got, key=lambda f: (f["line"], f["code"], f["column"])):
            code, line = f["code"], f["line"]
            if not ann.in_scope(line):
                continue
            hit = next((i for i, fault in enumerate(ann.faults)
                        if i not in taken and fault["line"] == line and code in fault["accept"]), None)
            if hit is not None:
                taken.add(hit)
                out.by_rule[code].tp += 1
                continue
            out.by_rule[code].fp += 1
            why = ann.fine.get((code, line))
            if why is None and any(fa["line"] == line and code in fa["accept"] for fa in ann.faults):
                why = "a second finding of one fault"
            label = f"wrong: {why}" if why is not None else "unjudged"
            out.false_positives.append(f"{ann.name}:{line}: {code} {f['message'][:100]}  [{label}]")
        for i, fault in enumerate(ann.faults):
            if not ann.in_scope(fault["line"]):
                continue  # FORMAT.md: outside the scope neither findings nor faults are scored
            tally = out.by_rule[fault["rule"]]
            if fault["blind"]:
                if i in taken:
                    tally.blind_found += 1
                else:
                    tally.blind_missed += 1
            if i in taken:
                tally.found += 1
            else:
                out.by_rule[fault["rule"]].fn += 1
                out.misses.append(f"{ann.name}:{fault['line']}: {fault['rule']} {fault['note']}")
    return out


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.0f}%"


def table(s: Score, title: str) -> str:
    rows = [f"{title}", "", "| rule | right | wrong | missed | precision | recall | blind recall |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for code in sorted(s.by_rule):
        t = s.by_rule[code]
        rows.append(f"| {code} | {t.tp} | {t.fp} | {t.fn} | {_pct(t.precision)} | {_pct(t.recall)} | {_pct(t.blind_recall)} |")
    t = s.total()
    rows.append(f"| **all** | {t.tp} | {t.fp} | {t.fn} | {_pct(t.precision)} | {_pct(t.recall)} | {_pct(t.blind_recall)} |")
    return "\n".join(rows)


def floors() -> dict[str, dict]:
    return yaml.safe_load(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}


def below_floor(s: Score) -> list[str]:
    """Rules whose precision or recall on the annotated lists fell below the floor set for them."""
    bad = []
    for code, floor in floors().items():
        t = s.by_rule.get(code, Tally())
        if "precision" in floor and t.precision is not None and t.precision < floor["precision"]:
            bad.append(f"{code}: precision {_pct(t.precision)} is below its floor {_pct(floor['precision'])}")
        if "recall" in floor and t.recall is not None and t.recall < floor["recall"]:
            bad.append(f"{code}: recall {_pct(t.recall)} is below its floor {_pct(floor['recall'])}")
    return bad


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("all", "tune", "score"), default="all")
    ap.add_argument("--details", action="store_true", help="list false positives and misses")
    ap.add_argument("--check", action="store_true", help="exit 1 when a rule is below its floor")
    ap.add_argument("--extend-select", default="", metavar="CODES",
                    help="also run these opt-in rules (comma-separated), to judge one before turning it on")
    ap.add_argument("--only", default="", metavar="NAMES",
                    help="only these annotations (comma-separated file stems)")
    ap.add_argument("--src", type=Path, metavar="DIR",
                    help="run the package in DIR (another checkout's src/) instead of the installed one")
    args = ap.parse_args(argv)
    if not SHARED.is_dir():
        print(f"score.py: {SHARED} is not there (../shared beside the repository)", file=sys.stderr)
        return 2
    anns = annotations(args.set)
    absent = [a.name for a in anns if not a.path.exists()]
    if absent:  # external lists are fetched, not shipped: score what is here and say what is not
        print(f"score.py: {len(absent)} lists not here, left out: {', '.join(absent)}", file=sys.stderr)
        anns = [a for a in anns if a.path.exists()]
    if args.only:
        names = {n.strip() for n in args.only.split(",") if n.strip()}
        unknown = names - {a.name for a in anns}
        if unknown:
            print(f"score.py: no annotation named {', '.join(sorted(unknown))} in set {args.set}", file=sys.stderr)
            return 2
        anns = [a for a in anns if a.name in names]
    extra = tuple(c.strip() for c in args.extend_select.split(",") if c.strip())
    s = score(anns, extra=extra, src=args.src)
    print(table(s, f"{len(anns)} lists ({args.set})"))
    if args.details:
        print("\nFalse positives:")
        print("\n".join(f"  {x}" for x in s.false_positives) or "  none")
        print("\nMisses:")
        print("\n".join(f"  {x}" for x in s.misses) or "  none")
    if args.check:
        bad = below_floor(s)
        for line in bad:
            print(line, file=sys.stderr)
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
