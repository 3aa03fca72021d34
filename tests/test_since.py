"""--since on a real git repository: the merge base, not the base branch's tip; A...B and A..B;
group findings judged line by line; clear one-line errors."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from conftest import run_cli

ENTRY = "- [{tag}] **{title}** [[paper]](https://arxiv.org/abs/{id})\n"
BASE = (
    "# Papers\n\n"
    "1. [2020 ICLR] **One** [[paper]](https://arxiv.org/abs/2001.00001)\n"
    "3. [2020 ICLR] **Two** [[paper]](https://arxiv.org/abs/2001.00002)\n"  # line 4: an old break
    "\n## Tags\n\n"
    + ENTRY.format(tag="NIPS 2020", title="Alpha", id="2001.00003")  # line 8
    + ENTRY.format(tag="ICML 2021", title="Beta", id="2101.00004")  # NeurIPS only as NIPS: a group
    + ENTRY.format(tag="ICML 2022", title="Gamma", id="2201.00005")
    + ENTRY.format(tag="ICML 2022", title="Delta", id="2201.00006")
    + "\n## More\n\n"
    "1. [2021 ICLR] **Three** [[paper]](https://arxiv.org/abs/2101.00007)\n"  # line 14
    "2. [2021 ICLR] **Four** [[paper]](https://arxiv.org/abs/2101.00008)\n"
)


def git(*args, cwd):
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@e.invalid",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@e.invalid", GIT_CONFIG_NOSYSTEM="1",
               HOME=str(cwd))
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True)


def commit(repo, text, message):
    (repo / "README.md").write_text(text)
    git("add", "README.md", cwd=repo)
    git("commit", "-qm", message, cwd=repo)


@pytest.fixture()
def behind(tmp_path):
    """A branch behind main: main moved on (it edited line 4, which has an old break) after the
    branch left it; the branch added a break of its own and a new NIPS tag."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git("init", "-q", "-b", "main", cwd=repo)
    commit(repo, BASE, "base")
    git("checkout", "-q", "-b", "feature", cwd=repo)
    branch = BASE.replace(
        "2. [2021 ICLR] **Four** [[paper]](https://arxiv.org/abs/2101.00008)\n",
        "2. [2021 ICLR] **Four** [[paper]](https://arxiv.org/abs/2101.00008)\n"
        "4. [2021 ICLR] **Five** [[paper]](https://arxiv.org/abs/2101.00009)\n",  # line 16: new break
    ).replace("**Delta** [[paper]](https://arxiv.org/abs/2201.00006)\n",
              "**Delta** [[paper]](https://arxiv.org/abs/2201.00006)\n"
              + ENTRY.format(tag="NIPS 2019", title="Epsilon", id="1901.00010"))  # line 12: joins line 8's group
    commit(repo, branch, "feature: two entries")
    git("checkout", "-q", "main", cwd=repo)
    commit(repo, BASE.replace("**Two**", "**Two, renamed**"), "main: rename an entry")  # touches line 4
    git("checkout", "-q", "feature", cwd=repo)
    return repo


def lint(repo, *args):
    proc = run_cli("--format", "json", "--select", "AL001,AL005", *args, "README.md", cwd=repo)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return [(f["code"], f["line"]) for f in json.loads(proc.stdout)]


def test_the_whole_file_has_old_and_new_findings(behind):
    assert lint(behind) == [("AL001", 4), ("AL005", 8), ("AL001", 18)]


@pytest.mark.parametrize("rev", ["main", "main...HEAD", "main..HEAD", "main...", "main..feature"])
def test_since_reports_only_the_branchs_lines(behind, rev):
    """Line 4 changed on main, not on the branch: compared with main's tip it would look changed.
    The NIPS group anchored at line 8 (old) keeps only its part on the branch's new line 12."""
    found = lint(behind, "--since", rev)
    assert found == [("AL005", 12), ("AL001", 18)]
    proc = run_cli("--format", "json", "--select", "AL005", "--since", rev, "README.md", cwd=behind)
    (group_part,) = json.loads(proc.stdout)
    assert "here and in" not in group_part["message"] and group_part["fixable"]


def test_fix_since_fixes_only_the_branchs_part_of_a_group(behind):
    proc = run_cli("--fix", "--select", "AL005", "--since", "main", "README.md", cwd=behind)
    assert proc.returncode == 0, proc.stderr.decode()
    text = (behind / "README.md").read_text()
    assert "[NeurIPS 2019] **Epsilon**" in text  # the branch's tag
    assert "[NIPS 2020] **Alpha**" in text  # main's old tag, not the branch's business


def test_uncommitted_lines_count_as_changed(behind):
    readme = behind / "README.md"
    readme.write_text(readme.read_text().replace("2. [2021 ICLR] **Four**", "7. [2021 ICLR] **Four**"))
    assert ("AL001", 17) in lint(behind, "--since", "main")


def test_a_group_is_kept_whole_when_all_its_lines_changed(tmp_path):
    repo = tmp_path / "r"
    repo.mkdir()
    git("init", "-q", "-b", "main", cwd=repo)
    commit(repo, "# P\n", "empty")
    git("checkout", "-q", "-b", "b", cwd=repo)
    commit(repo, BASE.replace("ICML 2021", "NIPS 2021"), "all new")
    found = lint(repo, "--since", "main")
    assert ("AL005", 8) in found
    proc = run_cli("--format", "json", "--select", "AL005", "--since", "main", "README.md", cwd=repo)
    assert "here and in" in json.loads(proc.stdout)[0]["message"]


def test_a_related_line_that_changed_keeps_the_finding(tmp_path):
    """AL003 reports the later copy: a branch that adds the earlier copy made the duplicate."""
    repo = tmp_path / "r"
    repo.mkdir()
    git("init", "-q", "-b", "main", cwd=repo)
    old = "# P\n\n- [Beta](https://arxiv.org/abs/2101.00004) - b.\n- [Alpha](https://arxiv.org/abs/2001.00003) - a.\n"
    commit(repo, old, "base")
    git("checkout", "-q", "-b", "b", cwd=repo)
    commit(repo, old.replace("# P\n\n", "# P\n\n- [Alpha](https://arxiv.org/abs/2001.00003) - a.\n"), "dup")
    proc = run_cli("--format", "json", "--select", "AL003", "--since", "main", "README.md", cwd=repo)
    found = json.loads(proc.stdout)
    assert [(f["line"], f.get("related_lines")) for f in found] == [(5, [3])]


def test_bad_revisions_are_one_clear_line(behind):
    for rev, words in [("no-such-branch", "unknown revision 'no-such-branch'"),
                       ("main...nope", "unknown revision 'nope'"),
                       ("--output=x", "unknown revision"),
                       ("feature...main", "'main' is not the commit checked out")]:
        proc = run_cli("--since", rev, "README.md", cwd=behind)
        err = proc.stderr.decode()
        assert proc.returncode == 2 and words in err and len(err.splitlines()) == 1, (rev, err)
        assert "Traceback" not in err
    assert not (behind / "x").exists()


def test_no_common_ancestor_names_the_likely_cause(behind):
    git("checkout", "-q", "--orphan", "lonely", cwd=behind)
    git("commit", "-qm", "unrelated", cwd=behind)
    proc = run_cli("--since", "main", "README.md", cwd=behind)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "no common ancestor" in err and "fetch-depth: 0" in err
    assert len(err.splitlines()) == 1


def branch_with(tmp_path, old, new):
    repo = tmp_path / "r"
    repo.mkdir(parents=True)
    git("init", "-q", "-b", "main", cwd=repo)
    commit(repo, old, "base")
    git("checkout", "-q", "-b", "b", cwd=repo)
    commit(repo, new, "change")
    return repo


NUMBERED = "# L\n\n" + "".join(f"{i}. [2020 ICLR] **P{i}** [[paper]](https://arxiv.org/abs/2001.0000{i})\n" for i in range(1, 6))
TABLE = "# T\n\n| # | Title |\n|---|---|\n" + "".join(f"| {i} | P{i} |\n" for i in range(1, 6))


def test_an_entry_inserted_without_renumbering_is_reported(tmp_path):
    """The break is on the old item after the new one: it is a step from the inserted line."""
    new = NUMBERED.replace("3. [2020", "2. [2020 ICLR] **New** [[paper]](https://arxiv.org/abs/2001.00009)\n3. [2020")
    new = new.replace("2. [2020 ICLR] **New**", "3. [2020 ICLR] **New**")  # numbered 3: the old 3 now repeats it
    repo = branch_with(tmp_path, NUMBERED, new)
    assert lint(repo, "--since", "main") == [("AL001", 6)]


def test_an_entry_deleted_without_renumbering_is_reported(tmp_path):
    repo = branch_with(tmp_path, NUMBERED, "".join(line + "\n" for line in NUMBERED.splitlines() if "**P3**" not in line))
    assert lint(repo, "--since", "main") == [("AL001", 5)]
    table = branch_with(tmp_path / "t", TABLE, TABLE.replace("| 3 | P3 |\n", ""))
    proc = run_cli("--format", "json", "--select", "AL002", "--since", "main", "README.md", cwd=table)
    assert [f["line"] for f in json.loads(proc.stdout)] == [7]


def test_an_untracked_fifo_is_refused_not_waited_on(behind):
    fifo = behind / "pipe.md"
    os.mkfifo(fifo)
    proc = run_cli("--since", "main", "pipe.md", cwd=behind)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "pipe.md: not a regular file" in err and "Traceback" not in err, err
