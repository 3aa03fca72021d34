"""Benchmark: awesome-lint (all default rules) against the Markdown linters people use today.

    python bench/run.py [--runs 5] [--suites seeds,real,big,startup,scaling] [--big-mb 5]
                        [--scaling 1,2,4,8] [--timeout 900] [--skip-install] [--readme]

Peers, installed by this script into ``bench/.scratch/`` on first use (npm and pip, nothing
global): markdownlint-cli2 and awesome-lint from npm (run with the machine's node), pymarkdown
(PyPI ``pymarkdownlnt``) and mdformat (``--check``, no plugins: its fastest form) in a venv.
awesome-lint (this project) runs as ``python -m awesome_lint -q`` from this checkout with the
interpreter that runs the script, default rules, text output to /dev/null.

Suites: (a) ``seeds``: the seed lists in one call (tools that take one file per call, the npm
awesome-lint, are run once per file and the times summed); (b) ``real``: each list of
``shared/corpus/real`` on its own; (c) ``big``: one list of ``--big-mb`` MB (MiB) made by
concatenating the seed and real lists; (d) ``startup``: ``--version``; and ``scaling``: this
project (and mdformat, the fastest peer) on lists of 1, 2, 4, 8 MB made the same way (the corpus
repeats past its 6.4 MB).

Every command runs ``--runs`` times, the tools interleaved round by round so that load from other
processes falls on all of them alike. Reported: the median wall time, min-max, the ratio of
awesome-lint to each peer (below 1: awesome-lint is faster), and peak memory (the largest
``ru_maxrss`` of the process, from ``os.wait4``). The load average is printed before and after.
Results go to ``bench/.scratch/results.json``; ``--readme`` also rewrites the generated part of
``bench/README.md`` (between the ``bench:run`` markers; other sections are kept).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SCRATCH = HERE / ".scratch"
NPM_DIR = SCRATCH / "npm"
VENV = SCRATCH / "venv"
NPM_PACKAGES = ["markdownlint-cli2", "awesome-lint"]
PIP_PACKAGES = ["pymarkdownlnt", "mdformat"]
MIB = 1024 * 1024
START, END = "<!-- bench:run:start -->", "<!-- bench:run:end -->"


# ---- installing the peers ------------------------------------------------------------------------
def install(force: bool = False) -> None:
    SCRATCH.mkdir(exist_ok=True)
    if force or not (NPM_DIR / "node_modules" / "markdownlint-cli2").is_dir() or not (NPM_DIR / "node_modules" / "awesome-lint").is_dir():
        npm = shutil.which("npm")
        if not npm:
            sys.exit("npm not found: install Node.js (node and npm) to compare with the npm linters")
        NPM_DIR.mkdir(exist_ok=True)
        (NPM_DIR / "package.json").write_text('{"private": true}\n')
        print(f"installing {' '.join(NPM_PACKAGES)} with npm into {NPM_DIR} ...", flush=True)
        subprocess.run([npm, "install", "--no-audit", "--no-fund", "--loglevel=error", *NPM_PACKAGES],
                       cwd=NPM_DIR, check=True)
    if force or not (VENV / "bin" / "pymarkdown").exists() or not (VENV / "bin" / "mdformat").exists():
        print(f"installing {' '.join(PIP_PACKAGES)} with pip into {VENV} ...", flush=True)
        if not (VENV / "bin" / "python").exists():
            subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(VENV / "bin" / "python"), "-m", "pip", "install", "-q", *PIP_PACKAGES], check=True)


def versions() -> dict[str, str]:
    out = {}
    for pkg in NPM_PACKAGES:
        try:
            out[pkg] = json.loads((NPM_DIR / "node_modules" / pkg / "package.json").read_text())["version"]
        except OSError:
            out[pkg] = "?"
    for pkg in PIP_PACKAGES:
        r = subprocess.run([str(VENV / "bin" / "python"), "-m", "pip", "show", pkg], capture_output=True, text=True)
        out[pkg] = next((ln.split(":", 1)[1].strip() for ln in r.stdout.splitlines() if ln.startswith("Version:")), "?")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    r = subprocess.run([sys.executable, "-m", "awesome_lint", "--version"], capture_output=True, text=True, env=env)
    out["awesome-lint (this)"] = r.stdout.strip().split()[-1] if r.stdout.strip() else "?"
    out["node"] = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    out["python"] = platform.python_version()
    return out


# ---- the tools -----------------------------------------------------------------------------------
class Tool:
    def __init__(self, name: str, argv: list[str], per_file: bool = False, version_argv: list[str] | None = None,
                 ok: tuple[int, ...] = (0, 1), ours: bool = False):
        self.name = name
        self.ours = ours  # run with this checkout's src/ first on the path
        self.argv = argv
        self.per_file = per_file  # takes one file per call
        self.version_argv = version_argv
        self.ok = ok  # exit statuses that mean "ran" (findings or not)

    def commands(self, files: list[str]) -> list[list[str]]:
        if self.per_file:
            return [self.argv + [f] for f in files]
        return [self.argv + files]


def tools() -> list[Tool]:
    node = shutil.which("node") or "node"
    nm = NPM_DIR / "node_modules"
    vb = VENV / "bin"
    ours = [sys.executable, "-m", "awesome_lint"]
    return [
        Tool("awesome-lint", ours + ["-q"], version_argv=ours + ["--version"], ours=True),
        Tool("mdformat --check", [str(vb / "mdformat"), "--check"], version_argv=[str(vb / "mdformat"), "--version"]),
        Tool("pymarkdown", [str(vb / "pymarkdown"), "scan"], version_argv=[str(vb / "pymarkdown"), "version"]),
        Tool("markdownlint-cli2", [node, str(nm / "markdownlint-cli2" / "markdownlint-cli2-bin.mjs")],
             version_argv=[node, str(nm / "markdownlint-cli2" / "markdownlint-cli2-bin.mjs"), "--help"]),
        Tool("awesome-lint (npm)", [node, str(nm / "awesome-lint" / "cli.js")], per_file=True,
             version_argv=[node, str(nm / "awesome-lint" / "cli.js"), "--version"]),
    ]


def run_once(cmds: list[list[str]], timeout: float, cwd: str, ours: bool = False) -> tuple[float, int, list[int]]:
    """(wall seconds, peak RSS in KB, exit statuses) of running the commands one after another."""
    wall = 0.0
    peak = 0
    codes = []
    env = dict(os.environ, NO_COLOR="1")
    env.pop("FORCE_COLOR", None)
    if ours:
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    for cmd in cmds:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             cwd=cwd, env=env)
        deadline = t0 + timeout
        while True:
            pid, status, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                p.kill()
                pid, status, usage = os.wait4(p.pid, 0)
                p.returncode = -9
                return float("inf"), max(peak, usage.ru_maxrss), codes + [-9]
            time.sleep(0.002)
        wall += time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        codes.append(p.returncode)
        peak = max(peak, usage.ru_maxrss)
    return wall, peak, codes


def measure(case: str, tool_list: list[Tool], files: list[str], runs: int, timeout: float, cwd: str,
            version: bool = False, warmup: bool = False) -> list[dict]:
    """Interleaved runs of every tool on the same files; one result row per tool."""
    times: dict[str, list[float]] = {t.name: [] for t in tool_list}
    mem: dict[str, int] = {t.name: 0 for t in tool_list}
    bad: dict[str, set[int]] = {t.name: set() for t in tool_list}
    given_up: set[str] = set()
    if warmup:
        for t in tool_list:  # warm-up (disk cache, node's compile cache), not counted
            run_once([t.version_argv] if version else t.commands(files), timeout, cwd, t.ours)
    for _ in range(runs):
        for t in tool_list:
            if t.name in given_up:
                continue
            cmds = [t.version_argv] if version else t.commands(files)
            wall, peak, codes = run_once(cmds, timeout, cwd, t.ours)
            times[t.name].append(wall)
            mem[t.name] = max(mem[t.name], peak)
            bad[t.name] |= {c for c in codes if c not in t.ok and not (version and c == 2)}
            if wall == float("inf"):
                given_up.add(t.name)  # one timeout is enough
    rows = []
    for t in tool_list:
        ts = times[t.name]
        finite = [x for x in ts if x != float("inf")]
        rows.append({
            "case": case, "tool": t.name, "runs": len(ts), "times": ts,
            "median": statistics.median(ts) if ts and len(finite) == len(ts) else None,
            "min": min(finite) if finite else None, "max": max(finite) if finite else None,
            "peak_kb": mem[t.name], "bad_exit": sorted(bad[t.name]), "timeout": t.name in given_up,
        })
    return rows


# ---- inputs --------------------------------------------------------------------------------------
def corpus_files(corpus: Path) -> tuple[list[str], list[str]]:
    seeds = sorted(str(p) for p in (corpus / "seeds").glob("*.md"))
    real = sorted(str(p) for p in (corpus / "real").glob("*.md") if p.name != "SOURCES.md")
    return seeds, real


def make_list(size: int, sources: list[str], path: Path) -> Path:
    """A list of ``size`` bytes: whole lists concatenated in order (repeating past the end), the
    last one cut at a line boundary."""
    out = bytearray()
    k = 0
    while len(out) < size:
        data = Path(sources[k % len(sources)]).read_bytes()
        if not data.endswith(b"\n"):
            data += b"\n"
        if len(out) + len(data) > size:
            cut = data.rfind(b"\n", 0, size - len(out))
            data = data[: cut + 1] if cut >= 0 else b""
            out += data
            break
        out += data + b"\n"
        k += 1
    path.write_bytes(bytes(out))
    return path


# ---- reporting -----------------------------------------------------------------------------------
def fmt_s(x: float | None) -> str:
    if x is None:
        return "-"
    return f"{x * 1000:.0f} ms" if x < 1 else f"{x:.2f} s"


def fmt_mb(kb: int) -> str:
    return f"{kb / 1024:.0f} MB"


def table(rows: list[dict], size: int | None = None) -> str:
    ours = next((r for r in rows if r["tool"] == "awesome-lint"), None)
    head = "| tool | median | min-max | awesome-lint / tool | peak memory |"
    if size:
        head += " memory / file size |"
    lines = [head, "| --- " * (head.count("|") - 1) + "|"]
    for r in rows:
        if r["timeout"]:
            med = f"timeout (> {fmt_s(r['min']) if r['min'] else 'limit'})"
        else:
            med = fmt_s(r["median"])
        ratio = "-"
        if ours and r is not ours and ours["median"] and r["median"]:
            ratio = f"{ours['median'] / r['median']:.2f}"
        elif ours and r is not ours and ours["median"] and r["timeout"]:
            ratio = "< " + f"{ours['median'] / (r['min'] or 1):.2f}" if r["min"] else "-"
        flag = f" (exit {','.join(map(str, r['bad_exit']))})" if r["bad_exit"] else ""
        cells = [r["tool"] + flag, med, f"{fmt_s(r['min'])}-{fmt_s(r['max'])}", ratio, fmt_mb(r["peak_kb"])]
        if size:
            cells.append(f"{r['peak_kb'] * 1024 / size:.1f}x")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def real_table(rows: list[dict], tool_names: list[str]) -> str:
    by = {}
    for r in rows:
        by.setdefault(r["case"], {})[r["tool"]] = r
    head = "| list | KB | " + " | ".join(tool_names) + " | awesome-lint / fastest peer |"
    lines = [head, "| --- " * (head.count("|") - 1) + "|"]
    ratios = []
    for case, rs in by.items():
        size = rs[tool_names[0]].get("size", 0)
        cells = [Path(case).stem, f"{size / 1024:.0f}"]
        for n in tool_names:
            cells.append(fmt_s(rs[n]["median"]) if n in rs and rs[n]["median"] else "-")
        peers = [rs[n]["median"] for n in tool_names[1:] if n in rs and rs[n]["median"]]
        ours = rs["awesome-lint"]["median"]
        if peers and ours:
            ratios.append(ours / min(peers))
            cells.append(f"{ours / min(peers):.2f}")
        else:
            cells.append("-")
        lines.append("| " + " | ".join(cells) + " |")
    if ratios:
        gm = statistics.geometric_mean(ratios)
        lines.append(f"\nGeometric mean of awesome-lint / fastest peer over {len(ratios)} lists: {gm:.2f}; "
                     f"lists where awesome-lint is the fastest: {sum(r < 1 for r in ratios)} of {len(ratios)}.")
    return "\n".join(lines)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for ln in Path("/proc/cpuinfo").read_text().splitlines():
            if ln.startswith("model name"):
                cpu = ln.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(next(ln for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal")).split()[1])
        mem = f", {kb / MIB:.0f} GB RAM"
    except (OSError, StopIteration):
        pass
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} x {cpu}{mem}"


def load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


# ---- main ----------------------------------------------------------------------------------------
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="runs per command (seeds, startup)")
    ap.add_argument("--real-runs", type=int, default=3, help="runs per command on each real list")
    ap.add_argument("--big-runs", type=int, default=3, help="runs per command on the big list and scaling")
    ap.add_argument("--suites", default="startup,seeds,real,big,scaling")
    ap.add_argument("--big-mb", type=float, default=5.0)
    ap.add_argument("--scaling", default="1,2,4,8", help="sizes in MB for the scaling suite")
    ap.add_argument("--timeout", type=float, default=900.0, help="seconds before a run is given up")
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--skip-install", action="store_true")
    ap.add_argument("--tools", default="", help="comma-separated tool names to run (default: all)")
    ap.add_argument("--readme", action="store_true", help="write the tables into bench/README.md")
    ap.add_argument("--from-json", metavar="FILE", help="only rewrite bench/README.md from a results file")
    args = ap.parse_args()
    if args.from_json:
        results = json.loads(Path(args.from_json).read_text())
        write_readme(results, render_sections(results, args))
        return

    if not args.skip_install:
        install()
    # A pip install compiles every module to bytecode (the peers' venv has it); this checkout may be
    # an editable install run with PYTHONDONTWRITEBYTECODE=1, which would compile awesome_lint's
    # sources on every run (~0.1 s). Compile them once, as an install would.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src" / "awesome_lint")],
                   check=True, stdout=subprocess.DEVNULL)
    corpus = Path(args.corpus)
    seeds, real = corpus_files(corpus)
    if not seeds or not real:
        sys.exit(f"no corpus at {corpus} (expected seeds/*.md and real/*.md)")
    all_tools = tools()
    if args.tools:
        wanted = {t.strip() for t in args.tools.split(",")}
        all_tools = [t for t in all_tools if t.name in wanted or t.name == "awesome-lint"]
    suites = [s.strip() for s in args.suites.split(",") if s.strip()]
    work = SCRATCH / "inputs"
    work.mkdir(parents=True, exist_ok=True)
    cwd = str(work)  # no configuration files of any tool here
    started = datetime.now(timezone.utc)
    results: dict = {"date": started.strftime("%Y-%m-%d %H:%M UTC"), "machine": machine(), "load_before": load(),
                     "versions": versions(), "runs": args.runs, "suites": {}}
    print(f"{results['date']}  {results['machine']}  load {results['load_before']}", flush=True)
    print("versions: " + ", ".join(f"{k} {v}" for k, v in results["versions"].items()), flush=True)
    sections = []

    if "startup" in suites:
        rows = measure("--version", all_tools, [], args.runs, args.timeout, cwd, version=True, warmup=True)
        results["suites"]["startup"] = rows
        sections.append(("Start-up (`--version`)", table(rows)))
        print(sections[-1][1], "\n", flush=True)

    if "seeds" in suites:
        size = sum(os.path.getsize(f) for f in seeds)
        rows = measure("seeds", all_tools, seeds, args.runs, args.timeout, cwd, warmup=True)
        results["suites"]["seeds"] = rows
        sections.append((f"(a) The {len(seeds)} seed lists together ({size / 1024:.0f} KB)", table(rows)))
        print(sections[-1][1], "\n", flush=True)

    if "real" in suites:
        rows_all = []
        for f in real:
            rows = measure(f, all_tools, [f], args.real_runs, args.timeout, cwd)
            for r in rows:
                r["size"] = os.path.getsize(f)
            rows_all.extend(rows)
            ours = rows[0]["median"] or 0
            best = min((r["median"] for r in rows[1:] if r["median"]), default=0)
            print(f"  {Path(f).stem:60s} {fmt_s(ours):>8s}  fastest peer {fmt_s(best):>8s}", flush=True)
        results["suites"]["real"] = rows_all
        sections.append((f"(b) Each real list on its own ({len(real)} lists, median of {args.real_runs})",
                         real_table(rows_all, [t.name for t in all_tools])))
        print(sections[-1][1], "\n", flush=True)

    if "big" in suites:
        size = int(args.big_mb * MIB)
        big = make_list(size, seeds + real, work / f"big-{args.big_mb:g}mb.md")
        rows = measure("big", all_tools, [str(big)], args.big_runs, args.timeout, cwd)
        results["suites"]["big"] = rows
        results["big_size"] = size
        sections.append((f"(c) One {args.big_mb:g} MB list ({size:,} bytes: the seed and real lists concatenated)",
                         table(rows, size)))
        print(sections[-1][1], "\n", flush=True)

    if "scaling" in suites:
        sizes = [float(x) for x in args.scaling.split(",") if x.strip()]
        scal_tools = [t for t in all_tools if t.name in ("awesome-lint", "mdformat --check")]
        rows_all = []
        for mb in sizes:
            size = int(mb * MIB)
            f = make_list(size, seeds + real, work / f"scale-{mb:g}mb.md")
            rows = measure(f"{mb:g} MB", scal_tools, [str(f)], args.big_runs, args.timeout, cwd)
            for r in rows:
                r["size"] = size
            rows_all.extend(rows)
            print(f"  {mb:g} MB: " + ", ".join(f"{r['tool']} {fmt_s(r['median'])} {fmt_mb(r['peak_kb'])}" for r in rows),
                  flush=True)
        results["suites"]["scaling"] = rows_all
        lines = ["| size | " + " | ".join(f"{t.name} median | s per MB | peak memory" for t in scal_tools) + " |"]
        lines.append("| --- " * (1 + 3 * len(scal_tools)) + "|")
        for mb in sizes:
            cells = [f"{mb:g} MB"]
            for t in scal_tools:
                r = next(x for x in rows_all if x["case"] == f"{mb:g} MB" and x["tool"] == t.name)
                cells += [fmt_s(r["median"]), f"{r['median'] / mb:.2f}" if r["median"] else "-", fmt_mb(r["peak_kb"])]
            lines.append("| " + " | ".join(cells) + " |")
        sections.append(("Scaling (awesome-lint and the fastest peer)", "\n".join(lines)))
        print(sections[-1][1], "\n", flush=True)

    results["load_after"] = load()
    results["seconds"] = round((datetime.now(timezone.utc) - started).total_seconds())
    out = SCRATCH / "results.json"
    out.write_text(json.dumps(results, indent=1))
    print(f"load average before {results['load_before']}, after {results['load_after']}; "
          f"{results['seconds']} s in all; raw results in {out}", flush=True)
    if args.readme:
        write_readme(results, sections)


def render_sections(results: dict, args) -> list[tuple[str, str]]:
    """The README tables from a results file (what main() printed while running)."""
    su = results["suites"]
    out = []
    if "startup" in su:
        out.append(("Start-up (`--version`)", table(su["startup"])))
    if "seeds" in su:
        out.append(("(a) The seed lists together", table(su["seeds"])))
    if "real" in su:
        names = list(dict.fromkeys(r["tool"] for r in su["real"]))
        runs = su["real"][0]["runs"] if su["real"] else 0
        out.append((f"(b) Each real list on its own ({len({r['case'] for r in su['real']})} lists, median of {runs})",
                    real_table(su["real"], names)))
    if "big" in su:
        size = results.get("big_size") or int(args.big_mb * MIB)
        out.append((f"(c) One {size / MIB:g} MB list ({size:,} bytes: the seed and real lists concatenated)",
                    table(su["big"], size)))
    if "scaling" in su:
        rows = su["scaling"]
        names = list(dict.fromkeys(r["tool"] for r in rows))
        cases = list(dict.fromkeys(r["case"] for r in rows))
        lines = ["| size | " + " | ".join(f"{n} median | s per MB | peak memory" for n in names) + " |",
                 "| --- " * (1 + 3 * len(names)) + "|"]
        for c in cases:
            mb = float(c.split()[0])
            cells = [c]
            for n in names:
                r = next(x for x in rows if x["case"] == c and x["tool"] == n)
                cells += [fmt_s(r["median"]), f"{r['median'] / mb:.2f}" if r["median"] else "-", fmt_mb(r["peak_kb"])]
            lines.append("| " + " | ".join(cells) + " |")
        out.append(("Scaling (awesome-lint and the fastest peer)", "\n".join(lines)))
    return out


def write_readme(results: dict, sections: list[tuple[str, str]]) -> None:
    readme = HERE / "README.md"
    text = readme.read_text() if readme.exists() else "# Benchmarks\n"
    v = results["versions"]
    body = [START, "", "## Linting speed: latest run of `python bench/run.py`", "",
            f"{results['date']}, {results['machine']}; load average {results['load_before']} before, "
            f"{results['load_after']} after (the machine is shared). Wall-clock time of the whole process "
            f"(start-up included), median of the runs, tools interleaved; peak memory is the largest "
            f"resident set of the process. Versions: " + ", ".join(f"{k} {val}" for k, val in v.items()) + ".",
            ""]
    for title, tab in sections:
        body += [f"### {title}", "", tab, ""]
    body.append(END)
    block = "\n".join(body)
    if START in text and END in text:
        a, b = text.index(START), text.index(END) + len(END)
        text = text[:a] + block + text[b:]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    readme.write_text(text)
    print(f"wrote {readme}")


if __name__ == "__main__":
    main()
