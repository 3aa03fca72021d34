"""The ``awesome-lint`` command: arguments to engine to reporter to exit status.

Exit status (contract): 0 no findings left, 1 findings left, 2 usage, configuration or input
error (one line on stderr naming the file, never a traceback). Modules beyond click are imported
inside the command so that ``--version`` and ``--help`` start fast.
"""

from __future__ import annotations

import os
import sys

from . import __version__, regex_cache

regex_cache.install()  # before click and the rest compile their patterns

import click  # noqa: E402

FORMATS = ("text", "json", "github", "sarif")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
SKIP_DIRS = {".git", "node_modules", ".hg", ".svn", ".tox", ".venv", "venv", "__pycache__", ".mypy_cache"}


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def expand_paths(paths: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """(files, errors): folders are searched for Markdown files, in sorted order."""
    files: list[str] = []
    errors: list[str] = []
    for path in paths:
        if path == "-":
            files.append(path)
        elif os.path.isdir(path):
            found = []
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                for name in sorted(names):
                    if name.lower().endswith(MARKDOWN_SUFFIXES):
                        found.append(os.path.join(root, name))
            if not found:
                errors.append(f"{path}: folder contains no Markdown files")
            files.extend(found)
        elif os.path.lexists(path) and not os.path.exists(path):
            errors.append(f"{path}: broken symbolic link")
        elif not os.path.exists(path):
            errors.append(f"{path}: no such file or folder")
        else:
            files.append(path)
    seen: set[str] = set()
    unique = []
    for f in files:
        key = f if f == "-" else os.path.realpath(f)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, errors


def _fail(message: str) -> None:
    click.echo(f"awesome-lint: {message}", err=True)
    sys.exit(2)


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--fix", is_flag=True, help="Apply safe fixes in place.")
@click.option("--unsafe-fixes", is_flag=True, help="Also apply unsafe fixes (implies --fix unless --diff).")
@click.option("--diff", is_flag=True, help="Print the diff --fix would make; change nothing; exit 1 if there is one.")
@click.option("--select", multiple=True, metavar="CODES", help="Only these rules (codes, names or prefixes; comma-separated).")
@click.option("--extend-select", multiple=True, metavar="CODES", help="Rules to enable on top of the defaults or --select.")
@click.option("--ignore", multiple=True, metavar="CODES", help="Rules to turn off.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Configuration file (default: nearest .awesome-lint.yaml or pyproject.toml).")
@click.option("--encoding", default="utf-8", show_default=True, help="Encoding of the input files.")
@click.option("--stdin-filename", metavar="PATH", help="Lint standard input as if it were PATH (configuration, "
              "per-file-ignores, messages); with --fix the fixed text goes to stdout, never to PATH.")
@click.option("--check-links", is_flag=True, help="Check that links resolve (network; AL013).")
@click.option("--offline", is_flag=True, help="With --check-links: use cached results only.")
@click.option("--no-cache", is_flag=True, help="With --check-links: ignore and do not update the link cache.")
@click.option("--cache-path", type=click.Path(dir_okay=False), help="With --check-links: the SQLite cache file.")
@click.option("--allow-private", is_flag=True, help="With --check-links: also fetch private and loopback addresses.")
@click.option("--cross-file", is_flag=True, help="Compare the files with each other (duplicates across files).")
@click.option("--since", metavar="REV", help="Report only findings on lines changed since git revision REV.")
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule.")
@click.option("--list-rules", is_flag=True, help="List every rule and exit.")
@click.option("--explain", metavar="CODE", help="Print a rule's documentation and exit.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings remain.")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only: no summary.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, metavar="N",
              help="Lint files in N processes when there are enough of them (default 0: one per core).")
@click.version_option(__version__, "--version", prog_name="awesome-lint", message="%(prog)s %(version)s")
def main(paths, fix, unsafe_fixes, diff, select, extend_select, ignore, fmt, config_file, encoding, stdin_filename,
         check_links, offline, no_cache, cache_path, allow_private, cross_file, since, statistics,
         list_rules, explain, exit_zero, quiet, jobs):
    """Lint and fix curated Markdown lists (awesome lists) of papers and tools.

    PATHS are Markdown files or folders (searched for *.md); '-' reads standard input. Without
    PATHS, README.md in the current folder is checked.

    'awesome-lint server' starts the language server for editors (a file named server: ./server).
    """
    import gc

    from .model import InputError

    # The document model is many small objects that live for the whole run; collecting young
    # objects every 700 allocations cost ~10% of a large list's time. Collect less often.
    gc.set_threshold(100_000, 20, 100)
    try:
        status = _run(**locals())
    except InputError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        _fail("interrupted")
    sys.exit(status)


def run() -> None:
    """The console script: ``main`` and then a quick exit. Once the report is out, the normal
    shutdown of the interpreter frees the document model object by object and tears down every
    module: 20-25 ms, a tenth of a pre-commit run on small lists, spent on nothing the user
    sees. So the exit handlers run (the caches are saved, a link-check child is stopped), the
    output is flushed, and the process ends at once. ``main`` called from Python exits as usual.

    ``awesome-lint server`` (the first argument exactly) starts the language server instead,
    before click parses anything, so pygls is imported only then; a file named ``server`` is
    linted as ``./server``."""
    try:
        if sys.argv[1:2] == ["server"]:
            from .server import main as serve

            code = serve(sys.argv[2:])
        else:
            main()
            code = 0
    except SystemExit as exc:
        code = exc.code
    import atexit

    run_handlers = getattr(atexit, "_run_exitfuncs", None)  # CPython's; elsewhere: a normal exit
    if run_handlers is None or not isinstance(code, (int, type(None))):
        sys.exit(code)
    run_handlers()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe: let Python report it as it normally would
        sys.exit(code)
    os._exit(code or 0)


def _run(paths, fix, unsafe_fixes, diff, select, extend_select, ignore, fmt, config_file, encoding,
         check_links, offline, no_cache, cache_path, allow_private, cross_file, since, statistics,
         list_rules, explain, exit_zero, quiet, jobs=1, stdin_filename=None, **_):
    """The command once its options are parsed: the exit status."""
    from .model import RunContext
    from .registry import load_rules

    prefetch = check_links and not offline
    if prefetch and not (list_rules or explain):
        from .links import prefetch as prefetcher  # fork the link prefetch now: it loads the HTTP stack while we load the rules

        prefetcher.begin(use_cache=not no_cache)
    classes = load_rules()
    if list_rules:
        return _list_rules(classes)
    if explain:
        return _explain(classes, explain)
    if unsafe_fixes and not diff:
        fix = True
    apply = fix or diff
    if stdin_filename is not None:
        paths = _stdin_paths(paths, stdin_filename)
    files, errors = _input_files(paths)
    context = RunContext(
        check_links=check_links, offline=offline, use_cache=not no_cache, cache_path=cache_path,
        allow_private=allow_private, cross_file=cross_file,
    )
    engine = _make_engine(classes, config_file, context, select, extend_select, ignore)
    if since:
        from .gitdiff import changed_lines

        named = [stdin_filename] if stdin_filename else []  # standard input stands for that file
        context.only_lines = changed_lines(since, [f for f in files if f != "-"] + named)
    if prefetch:  # fetch the links a quick scan finds while the files are parsed
        from .links import prefetch as prefetcher

        prefetcher.start(engine, files, encoding)  # handed to AL013 in context.extra; closed at exit
    if stdin_filename is not None:
        results = _lint_stdin_as(engine, stdin_filename, encoding, apply, unsafe_fixes)
    else:
        results = _lint_files(engine, files, encoding, apply, unsafe_fixes, jobs or _default_jobs(), errors)
    if context.only_lines is not None:
        _keep_changed_lines(results, context.only_lines)
    wrote = _write_fixes(results, fix, diff, errors)
    findings = [f for r in results.values() for f in r.findings]
    _report(fmt, findings, results, classes, statistics, quiet, wrote, diff, fix, errors)
    return _exit_status(results, findings, errors, diff, exit_zero)


def _list_rules(classes) -> int:
    from .report.text import rules_table

    click.echo(rules_table(classes))
    return 0


def _explain(classes, selector: str) -> int:
    from .config import Resolver
    from .docs import explain_text
    from .model import InputError

    codes = Resolver(classes).expand(selector, "--explain")
    if len(codes) != 1:
        raise InputError(f"--explain: {selector!r} names {len(codes)} rules; give one code or name")
    click.echo(explain_text(classes[codes[0]]))
    return 0


def _input_files(paths: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """(files, errors) for the PATHS given: README.md when none; '-' only alone."""
    from .model import InputError

    if not paths:
        if not os.path.exists("README.md"):
            raise InputError("no paths given and no README.md in the current folder")
        paths = ("README.md",)
    files, errors = expand_paths(paths)
    if "-" in files and len(files) > 1:
        raise InputError("'-' (standard input) cannot be combined with other paths")
    return files, errors


def _stdin_paths(paths: tuple[str, ...], stdin_filename: str) -> tuple[str, ...]:
    """--stdin-filename reads standard input: no PATHS, or '-' alone."""
    from .model import InputError

    if not stdin_filename:
        raise InputError("--stdin-filename: give the path standard input stands for")
    if paths not in ((), ("-",)):
        raise InputError("--stdin-filename lints standard input: give no other paths (or '-')")
    return ("-",)


def _lint_stdin_as(engine, path: str, encoding: str, apply: bool, unsafe: bool) -> dict:
    """Standard input linted as the file ``path`` (its configuration, per-file-ignores and name
    in messages); the result stays under '-', so fixes go to stdout, never to ``path``."""
    from . import source as source_mod

    src = source_mod.decode(sys.stdin.buffer.read(), path, encoding)
    result, doc = engine.lint_source(src, fix=apply, unsafe=unsafe)
    if engine.context.check_links and doc is not None:  # AL013 checks in its cross-file hook
        by_path = {path: result}
        added = engine.check_many([doc], by_path)
        if apply:
            engine.apply_cross_fixes(added, by_path, unsafe)
    return {"-": result}


def _make_engine(classes, config_file, context, select, extend_select, ignore):
    """The engine with the command line's selection on top of each file's configuration."""
    from .engine import Engine, Selection

    engine = Engine(Selection(), config_file=config_file, context=context, rule_classes=classes)
    res = engine.resolver
    sel = engine.selection
    if select:
        sel.select = [c for s in _split(select) for c in res.expand(s, "--select")]
    sel.extend_select = [c for s in _split(extend_select) for c in res.expand(s, "--extend-select")]
    sel.ignore = [c for s in _split(ignore) for c in res.expand(s, "--ignore")]
    if context.check_links:
        sel.extend_select += [c for c, cls in classes.items() if cls.network and c not in sel.ignore]
    return engine


def _default_jobs() -> int:
    from .parallel import default_jobs

    return default_jobs()


def _lint_files(engine, files, encoding, apply, unsafe, jobs, errors) -> dict:
    """Results by path (read errors added to ``errors``), cross-file checks and their fixes done."""
    results = {}
    docs = []
    keep_docs = engine.needs_documents(files)  # else each model goes as soon as its file is linted
    for path, result, doc, error in engine.lint_paths(files, encoding, apply, unsafe, jobs, keep_docs):
        if error is not None:
            errors.append(error)
            continue
        results[path] = result
        if doc is not None:
            docs.append(doc)
    if len(docs) > 1 or engine.context.check_links:
        added = engine.check_many(docs, results)
        if apply:
            engine.apply_cross_fixes(added, results, unsafe)
    return results


def _keep_changed_lines(results: dict, only_lines: dict) -> None:
    """--since: only findings on changed lines (and crashes) are reported."""
    for r in results.values():
        lines = only_lines.get(os.path.realpath(r.path)) or set()
        r.findings = [f for f in r.findings if f.line in lines or f.name == "internal-error"]


def _write_fixes(results: dict, fix: bool, diff: bool, errors: list[str]) -> int:
    """Write the fixed texts (files in place, standard input to stdout) or, with --diff, their
    diffs; the number of files written."""
    from . import source as source_mod
    from .model import InputError

    out = sys.stdout
    wrote = 0
    for path, r in results.items():
        if r.crashed or not r.changed:
            continue
        if diff:
            from .report.diff import unified

            out.write(unified(r.source, r.fixed_text))
        elif path == "-":
            out.write(r.fixed_text)
        else:
            try:
                source_mod.write(r.source, r.fixed_text)
                wrote += 1
            except InputError as exc:
                errors.append(str(exc))
    if "-" in results and fix and not diff and (not results["-"].changed or results["-"].crashed):
        out.write(results["-"].source.text)  # nothing fixed (or a rule crashed): the text as it came
    return wrote


def _report(fmt, findings, results, classes, statistics, quiet, wrote, diff, fix, errors) -> None:
    """The report (to stderr when stdout carries a diff or fixed standard input), then errors."""
    from .report import write as write_report

    stream = sys.stderr if (diff or ("-" in results and fix)) else sys.stdout
    write_report(fmt, stream, findings, results=results, classes=classes, statistics=statistics,
                 quiet=quiet, fixed=sum(r.fixed_count for r in results.values() if r.changed and not r.crashed),
                 fixed_files=wrote, diff=diff, color=_color(stream, fmt), errors=len(errors))
    for e in errors:
        click.echo(f"awesome-lint: {e}", err=True)


def _exit_status(results, findings, errors, diff, exit_zero) -> int:
    if errors or any(r.crashed for r in results.values()):
        return 2
    if diff:
        return 1 if any(r.changed and not r.crashed for r in results.values()) else 0
    if findings and not exit_zero:
        return 1
    return 0


def _color(stream, fmt: str) -> bool:
    if fmt != "text" or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()


if __name__ == "__main__":  # pragma: no cover
    main()
