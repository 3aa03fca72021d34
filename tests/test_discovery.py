"""Which files a folder search lints: .gitignore, excludes, named files, unreadable and empty
folders, symbolic-link loops; all through the real CLI on real folders."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import run_cli

BROKEN = "1. a\n3. b\n"


def tree(root, files: dict[str, str]):
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    return root


def linted(*args, cwd) -> list[str]:
    """The files the run reported on (every file is BROKEN, so each linted one has a finding)."""
    proc = run_cli("--format", "json", "--select", "AL001", *args, cwd=cwd)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return sorted({os.path.normpath(f["path"]) for f in json.loads(proc.stdout)})


def git_init(path):
    if shutil.which("git") is None:
        pytest.skip("git is needed")
    subprocess.run(["git", "init", "-q", str(path)], check=True)


def test_gitignore_nested_and_info_exclude_are_respected(tmp_path):
    git_init(tmp_path)
    tree(tmp_path, {
        "README.md": BROKEN, "build/out.md": BROKEN, "notes/a.md": BROKEN, "notes/keep.md": BROKEN,
        "lists/x.md": BROKEN, "lists/old/y.md": BROKEN, "scratch.md": BROKEN,
        ".gitignore": "build/\nnotes/*.md\n!notes/keep.md\n",
        "lists/.gitignore": "old/\n",
    })
    (tmp_path / ".git" / "info").mkdir(exist_ok=True)
    (tmp_path / ".git" / "info" / "exclude").write_text("scratch.md\n")
    assert linted(".", cwd=tmp_path) == ["README.md", "lists/x.md", "notes/keep.md"]
    # a subfolder named alone still sees the .gitignore files above it, up to the repository's top
    assert linted("notes", cwd=tmp_path) == ["notes/keep.md"]
    assert linted("lists", cwd=tmp_path) == ["lists/x.md"]
    # turned off: only the default excludes remain
    assert linted("--no-respect-gitignore", ".", cwd=tmp_path) == [
        "README.md", "build/out.md", "lists/old/y.md", "lists/x.md", "notes/a.md", "notes/keep.md", "scratch.md"]
    (tmp_path / ".awesome-lint.yaml").write_text("respect-gitignore: false\n")
    assert "build/out.md" in linted(".", cwd=tmp_path)
    assert "build/out.md" not in linted("--respect-gitignore", ".", cwd=tmp_path)  # the command line wins


def test_a_named_file_is_linted_even_when_ignored_or_excluded(tmp_path):
    git_init(tmp_path)
    tree(tmp_path, {"build/out.md": BROKEN, "drafts/d.md": BROKEN, ".gitignore": "build/\n",
                    ".awesome-lint.yaml": "extend-exclude: [drafts/]\n"})
    assert linted("build/out.md", "drafts/d.md", cwd=tmp_path) == ["build/out.md", "drafts/d.md"]
    # --force-exclude (the pre-commit hooks pass it): the excludes apply to named files too
    assert linted("--force-exclude", "build/out.md", "drafts/d.md", cwd=tmp_path) == ["build/out.md"]
    (tmp_path / ".awesome-lint.yaml").write_text("extend-exclude: [drafts/]\nforce-exclude: true\n")
    assert linted("build/out.md", "drafts/d.md", cwd=tmp_path) == ["build/out.md"]
    assert linted("--no-force-exclude", "drafts/d.md", cwd=tmp_path) == ["drafts/d.md"]


def test_exclude_replaces_the_defaults_and_extend_exclude_adds(tmp_path):
    tree(tmp_path, {"README.md": BROKEN, ".github/t.md": BROKEN, "node_modules/p/README.md": BROKEN,
                    "drafts/d.md": BROKEN, "lists/a.md": BROKEN, "lists/a.draft.md": BROKEN})
    assert linted(".", cwd=tmp_path) == ["README.md", "drafts/d.md", "lists/a.draft.md", "lists/a.md"]
    cfg = tmp_path / ".awesome-lint.yaml"
    cfg.write_text("extend-exclude: ['*.draft.md', /drafts]\n")
    assert linted(".", cwd=tmp_path) == ["README.md", "lists/a.md"]
    # patterns are relative to the configuration's folder, wherever the command runs
    assert linted(str(tmp_path), cwd=tmp_path / "lists") == [
        os.path.normpath(tmp_path / p) for p in ("README.md", "lists/a.md")]
    cfg.write_text("exclude: [node_modules/]\n")  # replaces the defaults: hidden folders are searched
    assert linted(".", cwd=tmp_path) == [".github/t.md", "README.md", "drafts/d.md", "lists/a.draft.md", "lists/a.md"]
    # the command line: --exclude replaces the configured excludes, --extend-exclude adds to them
    assert linted("--exclude", "lists/", ".", cwd=tmp_path) == [".github/t.md", "README.md", "drafts/d.md",
                                                               "node_modules/p/README.md"]
    assert linted("--extend-exclude", "drafts,*.draft.md", ".", cwd=tmp_path) == [".github/t.md", "README.md", "lists/a.md"]


def test_a_folder_with_nothing_to_lint_warns_and_exits_zero(tmp_path):
    tree(tmp_path, {"empty/notes.txt": "x", "gone/old.md": BROKEN, ".awesome-lint.yaml": "extend-exclude: [gone/]\n"})
    for folder in ("empty", "gone"):
        proc = run_cli(folder, cwd=tmp_path)
        err = proc.stderr.decode().strip().splitlines()
        assert proc.returncode == 0 and len(err) == 1 and err[0].startswith("awesome-lint: warning: "), err
        assert folder in err[0] and proc.stdout == b""
    # beside a folder that has files, the warning does not change the status the findings give
    tree(tmp_path, {"lists/a.md": BROKEN})
    proc = run_cli("empty", "lists", cwd=tmp_path)
    assert proc.returncode == 1 and "warning" in proc.stderr.decode() and "lists/a.md" in proc.stdout.decode()


def _without_root_powers() -> list[str]:
    """A prefix that runs a command without the power to read any folder (root has it)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("root reads every folder and setpriv is missing")
    caps = "-dac_override,-dac_read_search"
    return ["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}"]


def test_an_unreadable_folder_is_one_line_and_the_rest_is_linted(tmp_path):
    tree(tmp_path, {"a.md": BROKEN, "locked/b.md": BROKEN, "z/c.md": BROKEN})
    os.chmod(tmp_path / "locked", 0)
    try:
        env = dict(os.environ, NO_COLOR="1")
        proc = subprocess.run([*_without_root_powers(), sys.executable, "-m", "awesome_lint", "--format", "json",
                               "--select", "AL001", "."], cwd=tmp_path, capture_output=True, env=env, timeout=300)
    finally:
        os.chmod(tmp_path / "locked", 0o755)
    err = proc.stderr.decode().strip().splitlines()
    assert proc.returncode == 2 and "Traceback" not in proc.stderr.decode(), err
    assert err == ["awesome-lint: ./locked: cannot read folder (Permission denied)"]
    assert sorted(os.path.normpath(f["path"]) for f in json.loads(proc.stdout)) == ["a.md", "z/c.md"]


def test_symlinked_folders_are_followed_once_never_in_a_loop(tmp_path):
    tree(tmp_path, {"lists/a.md": BROKEN, "shared/s.md": BROKEN})
    os.symlink("..", tmp_path / "lists" / "up")  # a loop back to the top
    os.symlink("../shared", tmp_path / "lists" / "more")  # the same folder by a second name
    assert linted("lists", cwd=tmp_path) == ["lists/a.md", "lists/more/s.md"]
    # from the top: shared/ is claimed by its own name (a folder's entries are seen before any is
    # searched), so lists/more is the same folder again
    assert linted(".", cwd=tmp_path) == ["lists/a.md", "shared/s.md"]


def test_hidden_files_and_other_suffixes(tmp_path):
    tree(tmp_path, {"A.MD": BROKEN, "b.markdown": BROKEN, "c.txt": BROKEN, ".hidden.md": BROKEN})
    assert linted(".", cwd=tmp_path) == [".hidden.md", "A.MD", "b.markdown"]
    # a file named explicitly is linted whatever its suffix
    assert linted("c.txt", cwd=tmp_path) == ["c.txt"]


def test_a_bad_pattern_on_the_command_line_is_one_line(tmp_path):
    tree(tmp_path, {"a.md": BROKEN})
    for flag in ("--exclude", "--extend-exclude"):
        proc = run_cli(flag, "\\", ".", cwd=tmp_path)
        err = proc.stderr.decode().strip().splitlines()
        assert proc.returncode == 2 and len(err) == 1 and err[0].startswith(f"awesome-lint: {flag}: "), err
        assert "gitignore-style pattern" in err[0] and proc.stdout == b""
