"""``--jobs N``: files linted in parallel processes give the same report, in the same order, as
one process; cross-file checks keep every document in one process."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from awesome_lint.engine import PARALLEL_MIN_BYTES, Engine, Selection, can_fork

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
