"""``--jobs N``: files linted in parallel processes give the same report, in the same order, as
one process; cross-file checks keep every document in one process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import install_plugin

from awesome_lint.engine import PARALLEL_MIN_BYTES, SPLIT_MIN, Engine, Selection, can_fork

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def run(args, cwd):
    return subprocess.run([sys.executable, "-m", "awesome_lint", *args], capture_output=True, text=True, cwd=cwd)


@pytest.fixture
def lists(tmp_path):
    seeds = sorted((CORPUS / "seeds").glob("*.md"))
    if not seeds:
        pytest.skip("seed lists not available")
    names = []
    # the seed lists under names whose sort order differs from their size order
    for i, src in enumerate(reversed(seeds)):
        dst = tmp_path / f"{chr(ord('a') + i)}-{src.name}"
        shutil.copyfile(src, dst)
        names.append(dst.name)
    # the same paper in two files: a cross-file duplicate
    (tmp_path / "z-dup.md").write_text(
        "# Dup\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) - transformers.\n"
        "- [Deep Residual Learning](https://arxiv.org/abs/1512.03385) - resnets.\n")
    (tmp_path / "y-dup.md").write_text(
        "# Other\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) - the paper.\n")
    return tmp_path, names


@pytest.mark.skipif(not can_fork(), reason="parallel linting forks (Linux)")
def test_parallel_report_equals_serial_in_given_order(lists):
    folder, names = lists
    assert sum((folder / n).stat().st_size for n in names) >= PARALLEL_MIN_BYTES
    order = list(reversed(names)) + ["z-dup.md", "y-dup.md"]
    one = run(["--format", "json", "-j", "1", *order], folder)
    two = run(["--format", "json", "-j", "2", *order], folder)
    assert one.returncode == two.returncode == 1, one.stderr + two.stderr
    a, b = json.loads(one.stdout), json.loads(two.stdout)
    assert a and a == b
    seen = []
    for f in b:
        if f["path"] not in seen:
            seen.append(f["path"])
    # findings come file by file in the order the files were given
    assert seen == [p for p in order if p in seen]
    assert len(seen) >= 3


@pytest.mark.skipif(not can_fork(), reason="parallel linting forks (Linux)")
def test_parallel_fix_writes_the_same_files(lists, tmp_path_factory):
    folder, names = lists
    other = tmp_path_factory.mktemp("serial")
    for n in names:
        shutil.copyfile(folder / n, other / n)
    run(["--fix", "-q", "-j", "2", *names], folder)
    run(["--fix", "-q", "-j", "1", *names], other)
    changed = 0
    for n in names:
        assert (folder / n).read_bytes() == (other / n).read_bytes()
        changed += (folder / n).read_bytes() != (CORPUS / "seeds" / n.split("-", 1)[1]).read_bytes()
    assert changed  # the seeds have safe fixes: the comparison compared fixed files


def test_cross_file_keeps_documents_and_finds_cross_duplicates(lists):
    folder, names = lists
    eng = Engine(Selection())
    paths = [str(folder / n) for n in ["z-dup.md", "y-dup.md"]]
    assert not eng.needs_documents(paths)
    eng.context.cross_file = True
    assert eng.needs_documents(paths)
    out = run(["--format", "json", "--cross-file", "-j", "2", *names, "z-dup.md", "y-dup.md"], folder)
    found = json.loads(out.stdout)
    assert any(f["code"] == "AL003" and f["path"] == "y-dup.md" for f in found), out.stdout[:2000]


def test_jobs_rejects_negative(tmp_path):
    (tmp_path / "a.md").write_text("# A\n")
    out = run(["-j", "-1", "a.md"], tmp_path)
    assert out.returncode == 2


RENDEZVOUS = '''
import os, time
from awesome_lint.rules.base import Rule


class _Meet(Rule):
    """Reports whether it met its partner rule, which runs at the same time in another process.

    ## What it does

    A rule for the tests.

    ## Why it matters

    It is a test.

    ## Example

    None.

    ## Fix safety

    As the code says."""

    mine = theirs = ""

    def check(self, doc):
        folder = os.environ["AL_MEET_DIR"]
        open(os.path.join(folder, self.mine), "w").close()
        deadline = time.monotonic() + 10
        while not os.path.exists(os.path.join(folder, self.theirs)) and time.monotonic() < deadline:
            time.sleep(0.01)
        met = os.path.exists(os.path.join(folder, self.theirs))
        yield self.finding(f"{'met' if met else 'alone'} in process {os.getpid()}", 1, 1)


class MeetA(_Meet):
    code, name, summary, mine, theirs = "XT101", "meet-a", "Meets XT102", "a", "b"


class MeetB(_Meet):
    code, name, summary, mine, theirs = "XT102", "meet-b", "Meets XT101", "b", "a"


class Crash(Rule):
    """Crashes.

    ## What it does

    A rule for the tests.

    ## Why it matters

    It is a test.

    ## Example

    None.

    ## Fix safety

    As the code says."""

    code, name, summary = "XT103", "crash", "Crashes on purpose"

    def check(self, doc):
        raise RuntimeError("boom")
'''


def _plugin(tmp_path):
    meet = tmp_path / "meet"
    meet.mkdir()
    return dict(os.environ, AL_MEET_DIR=str(meet), **install_plugin(tmp_path, "al_meet", RENDEZVOUS, "meet = al_meet"))


def _large_list(tmp_path) -> Path:
    """A list of ~300 KB (above SPLIT_MIN) with findings of many rules."""
    seeds = sorted((CORPUS / "seeds").glob("*.md"))
    parts = [p.read_text(encoding="utf-8") for p in seeds] or [
        (Path(__file__).parents[1] / "examples" / "papers.md").read_text(encoding="utf-8")]
    text, k = "", 0
    while len(text) < SPLIT_MIN + 40_000:
        text += f"\n# Part {k}\n\n" + parts[k % len(parts)]
        k += 1
    path = tmp_path / "large.md"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.skipif(not can_fork(), reason="sharing the rules of one file forks (Linux)")
def test_one_large_file_shares_its_rules_with_a_child_and_reports_the_same(tmp_path):
    path = _large_list(tmp_path)
    serial = run(["-j", "1", "--format", "json", path.name], tmp_path)
    split = run(["-j", "2", "--format", "json", path.name], tmp_path)
    assert serial.returncode == split.returncode == 1, split.stderr
    found = json.loads(serial.stdout)
    assert len({f["code"] for f in found}) >= 8 and any(f["fixable"] for f in found)
    assert split.stdout == serial.stdout
    assert run(["-j", "2", "--statistics", path.name], tmp_path).stdout == \
        run(["-j", "1", "--statistics", path.name], tmp_path).stdout


@pytest.mark.skipif(not can_fork(), reason="sharing the rules of one file forks (Linux)")
def test_the_shared_rules_really_run_in_two_processes_and_crashes_are_contained(tmp_path):
    env = _plugin(tmp_path)
    path = _large_list(tmp_path)
    args = [sys.executable, "-m", "awesome_lint", "--format", "json", "--select", "XT101,XT102,XT103,AL001"]
    proc = subprocess.run([*args, "-j", "2", str(path)], capture_output=True, text=True, env=env)
    assert proc.returncode == 2, proc.stderr  # a rule crashed
    data = json.loads(proc.stdout)
    meet = {f["code"]: f["message"] for f in data if f["code"] in ("XT101", "XT102")}
    assert meet["XT101"].startswith("met") and meet["XT102"].startswith("met"), meet
    assert meet["XT101"].split()[-1] != meet["XT102"].split()[-1]  # two processes
    assert any(f["code"] == "XT103" and "RuntimeError: boom" in f["message"] for f in data)
    assert any(f["code"] == "AL001" for f in data)
    assert "Traceback" not in proc.stderr


DIE_IN_CHILD = '''
import os
from awesome_lint.rules.base import Rule


class DieInChild(Rule):
    """Kills the process it runs in, unless that is the command itself (a forked child's parent
    is the command; the command's parent is the test).

    ## What it does

    A rule for the tests.

    ## Why it matters

    It is a test.

    ## Example

    None.

    ## Fix safety

    As the code says."""

    code, name, summary = "XT201", "die-in-child", "Dies in a forked child"

    def check(self, doc):
        if os.getppid() != int(os.environ["AL_TEST_PID"]):
            os._exit(3)
        yield self.finding(f"ran in the command", 1, 1)
'''


@pytest.mark.skipif(not can_fork(), reason="forks (Linux)")
def test_a_child_that_dies_leaves_its_work_to_the_parent(tmp_path):
    env = dict(os.environ, AL_TEST_PID=str(os.getpid()),
               **install_plugin(tmp_path, "al_die", DIE_IN_CHILD, "die = al_die:DieInChild"))
    big = _large_list(tmp_path)  # one large file: its rules shared with a child
    small = []
    for k in range(3):  # several files: dealt to the parent and a child
        p = tmp_path / f"f{k}.md"
        p.write_text(f"# List {k}\n\n1. [A](https://a.example/{k})\n3. [B](https://b.example/{k})\n" * 400)
        small.append(str(p))
    for files in ([str(big)], small):
        args = [sys.executable, "-m", "awesome_lint", "--format", "json", "--select", "XT201,AL001"]
        one = subprocess.run([*args, "-j", "1", *files], capture_output=True, text=True, env=env)
        two = subprocess.run([*args, "-j", "2", *files], capture_output=True, text=True, env=env)
        assert one.returncode == two.returncode == 1, two.stderr
        assert two.stdout == one.stdout
        data = json.loads(two.stdout)
        assert sum(f["code"] == "XT201" for f in data) == len(files)
        assert any(f["code"] == "AL001" for f in data)
