"""Which files a run lints: the paths given, folders searched for Markdown files.

In a folder, what a maintainer expects is left out: what ``.gitignore`` ignores (every
``.gitignore`` from the repository's top down to the file, and ``.git/info/exclude``; outside a
repository the ``.gitignore`` files from the folder named down), the default excludes (hidden
folders, ``node_modules``, ``venv``, ``__pycache__``) or the configuration's ``exclude`` that
replaces them, ``extend-exclude``, and the command line's ``--exclude``/``--extend-exclude``.
A file named on the command line is linted even when excluded, unless ``--force-exclude``
(pre-commit names every file, so its hooks pass it). A folder that cannot be read is one error
line (the run goes on and exits 2); a named folder with no Markdown files is a warning, not an
error. Symbolic links to folders are followed, each real folder once: a link back up the tree
is not a loop.

The ``.gitignore`` files are read with ``pathspec`` (git's wildmatch rules, negation and the
last-match-wins order, in pure Python) rather than by asking ``git ls-files``: a pre-commit run
on one file pays no extra process, the same rules serve ``exclude``, and the result does not
depend on git being installed or on what is staged; tracked files that match ``.gitignore`` are
skipped too (git itself would list them). ``core.excludesFile`` is not read: it is one person's
setting, not the project's.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

import msgspec

if TYPE_CHECKING:
    from .config import Config, ConfigCache

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
#: Left out of a folder's search unless the configuration's ``exclude`` replaces them; matched
#: below the folder named, never against the folder named itself.
DEFAULT_EXCLUDE = (".*/", "node_modules/", "venv/", "__pycache__/")


def compile_patterns(patterns: list[str] | tuple[str, ...]) -> Any:
    """gitignore-style patterns as one ``pathspec`` spec (raises on a pattern git would not take)."""
    from pathspec import GitIgnoreSpec

    return GitIgnoreSpec.from_lines(patterns)


class Options(msgspec.Struct):
    """The command line's say in file selection (None: the configuration decides)."""

    respect_gitignore: bool | None = None
    exclude: list[str] | None = None  # relative to the current folder; replaces the configured excludes
    extend_exclude: list[str] = msgspec.field(default_factory=list)
    force_exclude: bool | None = None


class Found(msgspec.Struct):
    files: list[str] = msgspec.field(default_factory=list)
    errors: list[str] = msgspec.field(default_factory=list)  # one line each; the run exits 2
    warnings: list[str] = msgspec.field(default_factory=list)  # one line each; the status is not changed


_UNSET = object()


class _Patterns:
    """One list of patterns and the folder they are relative to."""

    def __init__(self, base: str, patterns: list[str] | tuple[str, ...]):
        self.base = base
        self.spec = compile_patterns(list(patterns))
        self._folders: dict[str, str | None] = {}

    def check(self, path: str, is_dir: bool) -> bool | None:
        """True: ignored, False: re-included by a ``!`` pattern, None: no pattern says."""
        rel = self._rel(path)
        if rel is None:
            return None
        return self.spec.check_file(rel + "/" if is_dir else rel).include

    def check_entry(self, folder: str, name: str, is_dir: bool) -> bool | None:
        """:meth:`check` for an entry of a folder being searched: the folder's relative path is
        worked out once, not once per entry."""
        rel = self._folders.get(folder, _UNSET)
        if rel is _UNSET:
            rel = self._folders[folder] = self._rel(folder)
        rel = name if not rel else f"{rel}/{name}"
        return self.spec.check_file(rel + "/" if is_dir else rel).include

    def _rel(self, path: str) -> str | None:
        """``path`` relative to the base, with ``/``; "" for the base itself. Outside the base:
        the absolute path without its leading slash (patterns without a slash still match)."""
        rel = os.path.relpath(path, self.base)
        if rel == os.curdir:
            return ""
        if rel.startswith(os.pardir + os.sep) or rel == os.pardir or os.path.isabs(rel):
            rel = os.path.abspath(path).lstrip(os.sep)
        return rel.replace(os.sep, "/")


class _Excludes:
    """Everything that leaves a path out but .gitignore, for one configuration."""

    def __init__(self, cfg: Config | None, opts: Options, root: str):
        cwd = os.getcwd()
        self.lists: list[_Patterns] = []
        if opts.exclude is not None:
            self.lists.append(_Patterns(cwd, opts.exclude))
        elif cfg is not None and cfg.exclude is not None:
            self.lists.append(_Patterns(cfg.root, cfg.exclude))
        else:
            self.lists.append(_Patterns(root, DEFAULT_EXCLUDE))
        if cfg is not None and cfg.extend_exclude:
            self.lists.append(_Patterns(cfg.root, cfg.extend_exclude))
        if opts.extend_exclude:
            self.lists.append(_Patterns(cwd, opts.extend_exclude))

    def excluded(self, path: str, is_dir: bool) -> bool:
        return any(p.check(path, is_dir) for p in self.lists)

    def excluded_entry(self, folder: str, name: str, is_dir: bool) -> bool:
        return any(p.check_entry(folder, name, is_dir) for p in self.lists)


class _Search:
    def __init__(self, configs: ConfigCache | None, opts: Options):
        self.configs = configs
        self.opts = opts
        self._excludes: dict[tuple[int, str], _Excludes] = {}

    def config(self, folder: str) -> Config | None:
        return self.configs.for_folder(os.path.abspath(folder)) if self.configs is not None else None

    def excludes(self, folder: str, root: str) -> _Excludes:
        cfg = self.config(folder)
        key = (id(cfg), root)
        ex = self._excludes.get(key)
        if ex is None:
            ex = self._excludes[key] = _Excludes(cfg, self.opts, root)
        return ex

    def respect_gitignore(self, folder: str) -> bool:
        if self.opts.respect_gitignore is not None:
            return self.opts.respect_gitignore
        cfg = self.config(folder)
        return True if cfg is None or cfg.respect_gitignore is None else cfg.respect_gitignore

    def force_exclude(self, path: str) -> bool:
        if self.opts.force_exclude is not None:
            return self.opts.force_exclude
        cfg = self.config(os.path.dirname(os.path.abspath(path)))
        return bool(cfg is not None and cfg.force_exclude)

    # ---- a named file --------------------------------------------------------------------
    def file_excluded(self, path: str) -> bool:
        """--force-exclude: the file, or a folder above it up to the current folder, is excluded."""
        ex = self.excludes(os.path.dirname(os.path.abspath(path)), os.getcwd())
        if ex.excluded(path, False):
            return True
        return any(ex.excluded(d, True) for d in _folders_below_cwd(path))

    # ---- a named folder ------------------------------------------------------------------
    def folder(self, root: str, found: Found) -> list[str]:
        gitignore = self.respect_gitignore(root)
        ignores = _gitignores_above(root, found.errors) if gitignore else []
        out: list[str] = []
        seen = {_identity(root)}
        stack: list[tuple[str, list[_Patterns]]] = [(root, ignores)]
        while stack:
            folder, ignores = stack.pop()
            try:
                with os.scandir(folder) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError as exc:
                found.errors.append(f"{folder}: cannot read folder ({exc.strerror or exc})")
                continue
            if gitignore and any(e.name == ".gitignore" for e in entries):
                own = _read_ignore_file(os.path.join(folder, ".gitignore"), folder, found.errors)
                if own is not None:
                    ignores = [*ignores, own]
            ex = self.excludes(folder, root)
            subfolders = []
            for e in entries:
                name = e.name
                try:
                    is_dir = e.is_dir()  # follows a symbolic link
                except OSError:
                    is_dir = False
                if is_dir:
                    if name == ".git" or ex.excluded_entry(folder, name, True) or _ignored(ignores, folder, name, True):
                        continue
                    try:
                        key = _identity(e.path)
                    except OSError:
                        key = None
                    if key in seen:  # a link to a folder already searched (or above): no loop, no twice
                        continue
                    seen.add(key)
                    subfolders.append(e.path)
                elif name.lower().endswith(MARKDOWN_SUFFIXES):
                    if not ex.excluded_entry(folder, name, False) and not _ignored(ignores, folder, name, False):
                        out.append(e.path)
            stack.extend((d, ignores) for d in reversed(subfolders))
        return out


def _identity(path: str) -> tuple[int, int]:
    """A folder's identity whatever the name it is reached by (device and inode, links followed)."""
    st = os.stat(path)
    return (st.st_dev, st.st_ino)


def _ignored(ignores: list[_Patterns], folder: str, name: str, is_dir: bool) -> bool:
    """What the .gitignore files say of an entry of ``folder``, the nearest last (a later match
    wins, ``!`` re-includes)."""
    verdict = False
    for p in ignores:
        r = p.check_entry(folder, name, is_dir)
        if r is not None:
            verdict = r
    return verdict


def _read_ignore_file(path: str, base: str, errors: list[str]) -> _Patterns | None:
    """One .gitignore (or info/exclude); a line git would not take is skipped, as git does."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
    except OSError as exc:
        errors.append(f"{path}: cannot read ({exc.strerror or exc})")
        return None
    try:
        return _Patterns(base, lines)
    except ValueError:
        pass
    good = []
    for line in lines:
        try:
            compile_patterns([line])
        except ValueError:
            continue
        good.append(line)
    return _Patterns(base, good)


def _gitignores_above(folder: str, errors: list[str]) -> list[_Patterns]:
    """The ignore files that apply in ``folder`` from above it: ``.git/info/exclude`` and each
    ``.gitignore`` from the repository's top down to the folder's parent (the folder's own is read
    when it is searched). Outside a repository: none."""
    here = os.path.abspath(folder)
    chain = []
    top = None
    d = here
    while True:
        if os.path.exists(os.path.join(d, ".git")):
            top = d
            break
        parent = os.path.dirname(d)
        if parent == d:
            break
        d = parent
        chain.append(d)
    if top is None:
        return []
    out = []
    exclude = os.path.join(top, ".git", "info", "exclude")
    if os.path.isfile(exclude):
        p = _read_ignore_file(exclude, top, errors)
        if p is not None:
            out.append(p)
    for d in reversed(chain):
        gi = os.path.join(d, ".gitignore")
        if os.path.isfile(gi):
            p = _read_ignore_file(gi, d, errors)
            if p is not None:
                out.append(p)
    return out


def _folders_below_cwd(path: str) -> list[str]:
    """The folders between the current folder and ``path`` (outside it: none)."""
    cwd = os.getcwd()
    rel = os.path.relpath(os.path.abspath(path), cwd)
    if rel.startswith(os.pardir):
        return []
    parts = rel.split(os.sep)[:-1]
    return [os.path.join(cwd, *parts[: k + 1]) for k in range(len(parts))]


def _check_command_line(options: Options) -> None:
    """A pattern given with --exclude or --extend-exclude that git would not take: one line, status 2."""
    from .model import InputError

    for flag, patterns in (("--exclude", options.exclude or []), ("--extend-exclude", options.extend_exclude)):
        for pattern in patterns:
            try:
                compile_patterns([pattern])
            except ValueError as exc:
                raise InputError(f"{flag}: {pattern!r} is not a gitignore-style pattern ({exc})") from None


def expand_paths(paths: tuple[str, ...] | list[str], configs: ConfigCache | None = None,
                 options: Options | None = None) -> Found:
    """The files to lint for the paths given, in order and each once; folders are searched (sorted)."""
    options = options or Options()
    _check_command_line(options)
    search = _Search(configs, options)
    found = Found()
    files: list[str] = []
    for path in paths:
        if path == "-":
            files.append(path)
        elif os.path.isdir(path):
            inside = search.folder(path, found)
            if not inside:
                found.warnings.append(f"{path}: no Markdown files to lint in this folder (none, or all excluded)")
            files.extend(inside)
        elif os.path.lexists(path) and not os.path.exists(path):
            found.errors.append(f"{path}: broken symbolic link")
        elif not os.path.exists(path):
            found.errors.append(f"{path}: no such file or folder")
        elif search.force_exclude(path) and search.file_excluded(path):
            continue
        else:
            files.append(path)
    seen: set[str] = set()
    for f in files:
        key = f if f == "-" else os.path.realpath(f)
        if key not in seen:
            seen.add(key)
            found.files.append(f)
    return found
