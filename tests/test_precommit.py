"""The pre-commit hooks, with the real pre-commit, in scratch git repositories, as a user would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

BROKEN = "# Papers\n\n1. [2023 MICCAI] **A** [[paper]](https://arxiv.org/abs/2301.00001)\n3. [2023 IPMI] **B** [[paper]](https://arxiv.org/abs/2301.00002)\n"
FIXED = BROKEN.replace("\n3. ", "\n2. ")

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")


def sh(*args, cwd, env, check=True):
    proc = subprocess.run(list(args), cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"{args} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    home = tmp_path_factory.mktemp("precommit-home")
    e = dict(os.environ)
    e.update({
        "PRE_COMMIT_HOME": str(home / "cache"),
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid",
        "NO_COLOR": "1",
    })
    e.pop("FORCE_COLOR", None)
    return e


def new_repo(path, env):
    path.mkdir()
    sh("git", "init", "-q", "-b", "main", cwd=path, env=env)
    (path / "README.md").write_text(BROKEN)
    (path / "notes.txt").write_text("3. not markdown\n")
    sh("git", "add", ".", cwd=path, env=env)
    return path


def pre_commit(*args, cwd, env, check=False):
    return sh(sys.executable, "-m", "pre_commit", *args, cwd=cwd, env=env, check=check)


def test_check_and_fix_hooks_with_try_repo(tmp_path, env):
    repo = new_repo(tmp_path / "list", env)
    check = pre_commit("try-repo", str(ROOT), "awesome-lint", "--all-files", cwd=repo, env=env)
    assert check.returncode == 1, check.stdout + check.stderr
    assert "README.md:4:1: AL001" in check.stdout
    assert "notes.txt" not in check.stdout
    assert (repo / "README.md").read_text() == BROKEN  # the check hook changes nothing

    fix = pre_commit("try-repo", str(ROOT), "awesome-lint-fix", "--all-files", cwd=repo, env=env)
    assert fix.returncode == 1  # pre-commit fails a hook that changed files
    assert "files were modified by this hook" in fix.stdout
    assert (repo / "README.md").read_text() == FIXED
    sh("git", "add", "README.md", cwd=repo, env=env)
    again = pre_commit("try-repo", str(ROOT), "awesome-lint-fix", "--all-files", cwd=repo, env=env)
    assert again.returncode == 0, again.stdout


def test_installed_hook_blocks_a_bad_commit(tmp_path, env):
    head = sh("git", "rev-parse", "HEAD", cwd=ROOT, env=env, check=False)
    committed = sh("git", "cat-file", "-e", "HEAD:.pre-commit-hooks.yaml", cwd=ROOT, env=env, check=False)
    if head.returncode != 0 or committed.returncode != 0:
        pytest.skip("the hooks file is not committed in this checkout")
    repo = new_repo(tmp_path / "user", env)
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {head.stdout.strip()}\n    hooks:\n      - id: awesome-lint\n")
    sh("git", "add", ".pre-commit-config.yaml", cwd=repo, env=env)
    pre_commit("install", cwd=repo, env=env, check=True)
    bad = sh("git", "commit", "-qm", "add list", cwd=repo, env=env, check=False)
    assert bad.returncode != 0
    assert "AL001" in bad.stdout + bad.stderr
    assert sh("git", "rev-parse", "--verify", "HEAD", cwd=repo, env=env, check=False).returncode != 0
    (repo / "README.md").write_text(FIXED)
    sh("git", "add", "README.md", cwd=repo, env=env)
    good = sh("git", "commit", "-qm", "add list", cwd=repo, env=env, check=False)
    assert good.returncode == 0, good.stdout + good.stderr


def list_repo(path, env):
    """A list repository with Markdown files that are not lists, and one the config excludes."""
    repo = new_repo(path, env)
    for rel in ("CONTRIBUTING.md", "docs/guide.md", "vendor/other-list/README.md", "lists/Readme.markdown"):
        (repo / rel).parent.mkdir(parents=True, exist_ok=True)
        (repo / rel).write_text(BROKEN)
    (repo / ".awesome-lint.yaml").write_text("extend-exclude: [vendor/]\n")
    sh("git", "add", ".", cwd=repo, env=env)
    return repo


def test_hooks_check_readme_files_only_and_honour_the_configured_excludes(tmp_path, env):
    repo = list_repo(tmp_path / "lists", env)
    check = pre_commit("try-repo", str(ROOT), "awesome-lint", "--all-files", cwd=repo, env=env)
    out = check.stdout
    assert check.returncode == 1, out + check.stderr
    assert "README.md:4:1: AL001" in out and "lists/Readme.markdown:4:1: AL001" in out
    assert "CONTRIBUTING.md" not in out and "docs/guide.md" not in out  # prose, not lists
    assert "vendor/" not in out  # pre-commit names it, --force-exclude leaves it out
    fix = pre_commit("try-repo", str(ROOT), "awesome-lint-fix", "--all-files", cwd=repo, env=env)
    assert fix.returncode == 1 and (repo / "README.md").read_text() == FIXED
    for rel in ("CONTRIBUTING.md", "docs/guide.md", "vendor/other-list/README.md"):
        assert (repo / rel).read_text() == BROKEN, rel


def test_files_widens_what_the_hook_checks(tmp_path, env):
    head = sh("git", "rev-parse", "HEAD", cwd=ROOT, env=env, check=False)
    committed = sh("git", "show", "HEAD:.pre-commit-hooks.yaml", cwd=ROOT, env=env, check=False)
    if head.returncode != 0 or "--force-exclude" not in committed.stdout:
        pytest.skip("the hooks file with its default files is not committed in this checkout")
    repo = list_repo(tmp_path / "wide", env)
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {head.stdout.strip()}\n    hooks:\n      - id: awesome-lint\n"
        "        files: (^|/)(README|CONTRIBUTING)\\.md$\n")
    sh("git", "add", ".pre-commit-config.yaml", cwd=repo, env=env)
    run = pre_commit("run", "--all-files", cwd=repo, env=env)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "CONTRIBUTING.md:4:1: AL001" in run.stdout and "README.md:4:1: AL001" in run.stdout
    assert "docs/guide.md" not in run.stdout and "vendor/" not in run.stdout
