"""AL019 awesome-repo: off by default; badge, contents, contributing guide, licence, no CI badge."""

from __future__ import annotations

import shutil
import subprocess

from conftest import FIXTURES, REAL, needs_shared, run_json

from awesome_lint.engine import lint_text

FIXTURE = FIXTURES / "conventions2" / "awesome_repo" / "README.md"
BADGE = "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)"


def messages(findings):
    return sorted(f["message"] if isinstance(f, dict) else f.message for f in findings)


def test_off_by_default(tmp_path):
    target = tmp_path / "README.md"
    shutil.copy(FIXTURE, target)
    _, findings = run_json(target)
    assert not [f for f in findings if f["code"] == "AL019"]


def test_every_missing_convention_once_at_line_1(tmp_path):
    target = tmp_path / "README.md"
    shutil.copy(FIXTURE, target)
    status, findings = run_json("--select", "AL019", target)
    assert status == 1
    assert all(f["line"] == 1 and f["code"] == "AL019" and not f["fixable"] for f in findings)
    msgs = messages(findings)
    assert len(msgs) == 5
    assert any(m.startswith("no Awesome badge beside the top heading (line 1)") and BADGE in m for m in msgs)
    assert any(m.startswith("no contents section for 9 sections") for m in msgs)
    assert any("contributing.md" in m for m in msgs)
    assert any("LICENSE" in m for m in msgs)
    ci = [f for f in findings if "CI badge" in f["message"]]
    # the list's own Travis badge, not the listed project's GitHub Actions badge on line 7
    assert len(ci) == 1 and "(line 1)" in ci[0]["message"] and ci[0]["related_lines"] == [1]


def test_a_conforming_repository_gives_nothing(tmp_path):
    repo = tmp_path / "repo"
    (repo / "docs").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    text = FIXTURE.read_text(encoding="utf-8")
    head, rest = text.split("\n", 1)
    head = "# Awesome Cell Segmentation " + BADGE
    contents = "\n## Contents\n\n" + "".join(
        f"- [{n}](#{n.lower().replace(' ', '-')})\n" for n in
        ("Nuclei", "Glands", "Membranes", "Tissue", "Whole Slides", "Datasets", "Metrics", "Viewers", "Courses"))
    rest = rest.replace("\n## Nuclei", contents + "\n## Nuclei", 1)
    target = repo / "docs" / "README.md"  # the list in a sub-folder: the files are at the Git root
    target.write_text(head + "\n" + rest, encoding="utf-8")
    (repo / "LICENSE").write_text("CC0-1.0\n", encoding="utf-8")
    (repo / ".github").mkdir()
    (repo / ".github" / "CONTRIBUTING.md").write_text("Add one entry per pull request.\n", encoding="utf-8")
    status, findings = run_json("--select", "AL019", target)
    assert (status, findings) == (0, [])
    (repo / "LICENSE").unlink()
    _, findings = run_json("--select", "AL019", target)
    assert [f["message"].split(":")[0] for f in findings] == ["no licence file in the repository"]


def test_badge_below_the_heading_and_in_a_header_block():
    ok = f"# Awesome X\n\n{BADGE} [![x](https://img.shields.io/badge/a-b-c)](https://x.org)\n\n## A\n"
    assert not [f for f in lint_text(ok, select=["AL019"]) if "badge" in f.message]
    html = f'<div align="center">\n<img src="logo.svg">\n\n{BADGE}\n</div>\n\n## A\n\ntext\n'
    assert not [f for f in lint_text(html, select=["AL019"]) if "badge" in f.message]
    late = f"# Awesome X\n\nIntro.\n\n## A\n\n{BADGE}\n"
    found = [f.message for f in lint_text(late, select=["AL019"])]
    assert found == [f"no Awesome badge beside the top heading (line 1) (it is at line 7): add {BADGE} to it"]


def test_short_lists_need_no_contents_and_the_threshold_is_an_option():
    text = f"# Awesome X {BADGE}\n\n" + "".join(f"## S{i}\n\n- [a{i}](https://a{i}.org) - A.\n\n" for i in range(4))
    assert lint_text(text, select=["AL019"]) == []
    found = lint_text(text, select=["AL019"], config={"AL019": {"toc-min-sections": 3}})
    assert [f.message.split(":")[0] for f in found] == ["no contents section for 4 sections"]


def test_text_without_a_folder_checks_only_the_text():
    text = f"# Awesome X {BADGE}\n\n- [a](https://a.org) - A.\n"
    assert lint_text(text, select=["AL019"], path="-") == []


@needs_shared
def test_real_awesome_lists_with_their_badges(tmp_path):
    for name in ("josephmisiti__awesome-machine-learning.md", "avelino__awesome-go.md",
                 "awesome-selfhosted__awesome-selfhosted.md", "kozistr__Awesome-GANs.md"):
        text = (REAL / name).read_text(encoding="utf-8")
        found = lint_text(text, select=["AL019"], path="-")
        assert not [f for f in found if "Awesome badge" in f.message], name
    go = lint_text((REAL / "avelino__awesome-go.md").read_text(encoding="utf-8"), select=["AL019"], path="-")
    assert [f.related for f in go] == [(5,)]  # its own build badge
