"""The ``awesome-lint`` command: arguments to engine to reporter to exit status.

Exit status (contract): 0 no findings left (or only warnings, unless
``--exit-non-zero-on-warning``), 1 errors left (with ``--diff``: a diff to show), 2 usage,
configuration or input error (one line on stderr naming the file, never a traceback). Modules
beyond click are imported inside the command so that ``--version`` and ``--help`` start fast.
"""

from __future__ import annotations

import os
import sys

from . import __version__, regex_cache

regex_cache.install()  # before click and the rest compile their patterns

import click  # noqa: E402

FORMATS = ("text", "json", "github", "sarif", "rdjson")


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def _fail(message: str) -> None:
    for line in message.splitlines() or [""]:  # a configuration with several problems: a line each
        click.echo(f"awesome-lint: {line}", err=True)
    sys.exit(2)


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--fix", is_flag=True, help="Apply safe fixes in place.")
@click.option("--unsafe-fixes", is_flag=True,
              help="Let --fix and --diff apply unsafe fixes too; alone, it changes nothing and shows them as available.")
@click.option("--diff", is_flag=True, help="Print the diff --fix would make; change nothing; exit 1 if there is one (text format only).")
@click.option("--select", multiple=True, metavar="CODES", help="Only these rules (codes, names or prefixes; comma-separated).")
@click.option("--extend-select", multiple=True, metavar="CODES", help="Rules to enable on top of the defaults or --select.")
@click.option("--ignore", multiple=True, metavar="CODES", help="Rules to turn off.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Configuration file (default: nearest .awesome-lint.yaml or pyproject.toml).")
@click.option("--exclude", multiple=True, metavar="PATTERNS",
              help="Leave out files and folders matching these gitignore-style patterns (comma-separated); replaces the configured and default excludes.")
@click.option("--extend-exclude", multiple=True, metavar="PATTERNS", help="Patterns to leave out on top of the excludes.")
@click.option("--respect-gitignore/--no-respect-gitignore", default=None,
              help="Leave out what .gitignore ignores when searching folders (default: on).")
@click.option("--force-exclude/--no-force-exclude", default=None,
              help="Apply the excludes to files named on the command line too (as pre-commit names them).")
@click.option("--encoding", default="utf-8", show_default=True, help="Encoding of the input files.")
@click.option("--stdin-filename", metavar="PATH", help="Lint standard input as if it were PATH (configuration, "
              "per-file-ignores, messages); with --fix the fixed text goes to stdout, never to PATH.")
@click.option("--check-links", is_flag=True, help="Check that links resolve (network; AL013).")
@click.option("--offline", is_flag=True, help="With --check-links or --verify-papers: use cached results only.")
@click.option("--no-cache", is_flag=True, help="With --check-links: ignore and do not update the link cache.")
@click.option("--cache-path", type=click.Path(dir_okay=False), help="With --check-links: the SQLite cache file.")
@click.option("--allow-private", is_flag=True, help="With --check-links: also fetch private and loopback addresses.")
@click.option("--verify-papers", is_flag=True, help="Check paper entries against their records: arXiv, Crossref, OpenReview, Semantic Scholar (network; AL021-AL026; uses --cache-path, --no-cache, --offline).")
@click.option("--cross-file", is_flag=True, help="Compare the files with each other (duplicates across files).")
@click.option("--since", metavar="REV", help="Report only findings on lines changed since git revision REV (files only: not with '-').")
@click.option("--statistics", is_flag=True, help="Print only the number of findings per rule (text or json).")
@click.option("--list-rules", is_flag=True, help="List every rule and exit.")
@click.option("--explain", metavar="CODE", help="Print a rule's documentation and exit.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings remain.")
@click.option("--exit-non-zero-on-warning", "warnings_fail", is_flag=True,
              help="Exit 1 when only warnings remain (by default only errors make the exit status 1).")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only: no summary.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, metavar="N",
              help="Lint files in N processes when there are enough of them (default 0: one per core).")
@click.version_option(__version__, "--version", prog_name="awesome-lint", message="%(prog)s %(version)s")
def main(paths, fix, unsafe_fixes, diff, select, extend_select, ignore, fmt, config_file, exclude,
         extend_exclude, respect_gitignore, force_exclude, encoding, check_links, offline, no_cache,
         cache_path, allow_private, cross_file, since, statistics, list_rules, explain, exit_zero, warnings_fail,
         quiet, jobs, verify_papers, stdin_filename):
    """Lint and fix curated Markdown lists (awesome lists) of papers and tools.

    PATHS are Markdown files or folders (searched for *.md, leaving out what .gitignore and the
    excludes leave out); '-' reads standard input. Without PATHS, README.md in the current folder
    is checked.

    \b
    Exit status:
      0  no errors left (only warnings, unless --exit-non-zero-on-warning)
      1  errors left; with --diff: there is a diff
      2  bad input, usage or configuration, or a rule crashed

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
         list_rules, explain, exit_zero, quiet, jobs=1, exclude=(), extend_exclude=(), respect_gitignore=None,
         force_exclude=None, verify_papers=False, warnings_fail=False, stdin_filename=None, **_):
    """The command once its options are parsed: the exit status."""
    from .model import RunContext
    from .registry import load_rules

    if not (list_rules or explain):
        _check_options(fmt, diff, statistics)
    prefetch = check_links and not offline
    if prefetch and not (list_rules or explain):
        from .links import prefetch as prefetcher  # fork the link prefetch now: it loads the HTTP stack while we load the rules

        prefetcher.begin(use_cache=not no_cache)
    classes = load_rules()
    if list_rules:
        return _list_rules(classes)
    if explain:
        return _explain(classes, explain)
    _check_input_options(encoding, since, paths)
    apply = fix or diff  # --unsafe-fixes alone only widens what is offered
    if stdin_filename is not None:
        paths = _stdin_paths(paths, stdin_filename)
    context = RunContext(
        check_links=check_links, offline=offline, use_cache=not no_cache, cache_path=cache_path,
        allow_private=allow_private, cross_file=cross_file,
    )
    if verify_papers:  # one process asks the paper sources, so their rate limits hold for the run
        from .papers import KEY as PAPERS
        from .papers.lookup import Settings

        Settings()  # a bad AWESOME_LINT_PAPERS_* value is a usage error now, not a rule's crash later
        context.extra[PAPERS] = True
        jobs = 1
    engine = _make_engine(classes, config_file, context, select, extend_select, ignore)
    from .discovery import Options

    selection = Options(respect_gitignore=respect_gitignore, exclude=_split(exclude) if exclude else None,
                        extend_exclude=_split(extend_exclude), force_exclude=force_exclude)
    files, errors = _input_files(paths, engine.configs, selection)
    if not files and not errors:
        return 0  # every folder named was empty or excluded: warned, nothing to report
    if verify_papers:  # the session asks for every file's papers in its first batches
        context.extra[PAPERS + ".files"], context.extra[PAPERS + ".encoding"] = files, encoding
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
    _report(fmt, findings, results, classes, statistics, quiet, wrote, diff, fix, errors, unsafe_fixes)
    return _exit_status(results, findings, errors, diff, exit_zero, warnings_fail)


def _check_options(fmt: str, diff: bool, statistics: bool) -> None:
    """Combinations that cannot give what they ask for: a usage error rather than output in the
    wrong place (``--diff`` owns stdout; a JSON report on stderr beside it is no contract)."""
    from .model import InputError

    if diff and fmt != "text":
        raise InputError(f"--diff prints a diff, not --format {fmt}; for fixes as data use --format json "
                         "without --diff (each finding carries its fix's edits)")
    if statistics and fmt not in ("text", "json"):
        raise InputError(f"--statistics works with --format text or json, not {fmt}")


def _check_input_options(encoding: str, since: str | None, paths: tuple[str, ...]) -> None:
    """One line, before any file is read, for an --encoding that is unknown or no text codec,
    and for --since with standard input (git knows no changed lines of it: every finding
    would be dropped)."""
    from .model import InputError
    from .source import check_encoding

    check_encoding(encoding)
    if since and "-" in paths:
        raise InputError("--since cannot be used with '-' (standard input): git knows no changed lines for it")


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


def _input_files(paths: tuple[str, ...], configs=None, selection=None) -> tuple[list[str], list[str]]:
    """(files, errors) for the PATHS given: README.md when none; '-' only alone. Warnings (a
    folder with nothing to lint) are printed now; they do not change the exit status."""
    from .discovery import expand_paths
    from .model import InputError

    if not paths:
        if not os.path.exists("README.md"):
            raise InputError("no paths given and no README.md in the current folder")
        paths = ("README.md",)
    found = expand_paths(paths, configs, selection)
    for w in found.warnings:
        click.echo(f"awesome-lint: warning: {w}", err=True)
    if "-" in found.files and len(found.files) > 1:
        raise InputError("'-' (standard input) cannot be combined with other paths")
    return found.files, found.errors


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
    from .model import InputError

    try:
        src = source_mod.read("-", encoding)  # read as '-' is (bounded), then named PATH
    except InputError as exc:
        msg = str(exc)
        raise InputError(path + msg[1:] if msg.startswith("-:") else msg) from None
    src.path = path
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
    if context.extra.get("verify_papers"):  # papers.KEY: the paper rules (AL021-AL026)
        sel.extend_select += [c for c, cls in classes.items() if cls.__module__ == "awesome_lint.rules.paper_checks" and c not in sel.ignore]
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
    """--since: only findings about changed lines (and crashes) are reported; a group finding
    keeps the parts on changed lines (engine.on_lines, model.narrow)."""
    from .engine import on_lines
    from .model import narrow

    for r in results.values():
        lines = only_lines.get(os.path.realpath(r.path)) or set()
        r.findings = narrow(r.findings, on_lines(lines))


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


def _report(fmt, findings, results, classes, statistics, quiet, wrote, diff, fix, errors, unsafe_fixes=False) -> None:
    """The report (to stderr when stdout carries a diff or fixed standard input), then errors."""
    from .report import write as write_report

    stream = sys.stderr if (diff or ("-" in results and fix)) else sys.stdout
    write_report(fmt, stream, findings, results=results, classes=classes, statistics=statistics,
                 quiet=quiet, fixed=sum(r.fixed_count for r in results.values() if r.changed and not r.crashed),
                 fixed_files=wrote, diff=diff, color=_color(stream, fmt), errors=len(errors),
                 unsafe_fixes=unsafe_fixes)
    for e in errors:
        click.echo(f"awesome-lint: {e}", err=True)


def _exit_status(results, findings, errors, diff, exit_zero, warnings_fail=False) -> int:
    """2 for errors of input or a crash; with ``--diff`` 1 when there is a diff; else 1 when an
    error-severity finding is left (or a warning, with ``--exit-non-zero-on-warning``), as
    markdownlint-cli and ESLint do: a warning is reported, not a failure."""
    if errors or any(r.crashed for r in results.values()):
        return 2
    if diff:
        return 1 if any(r.changed and not r.crashed for r in results.values()) else 0
    if exit_zero:
        return 0
    if any(f.severity == "error" or warnings_fail for f in findings):
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
