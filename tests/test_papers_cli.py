"""--verify-papers (AL021-AL026) through the real CLI, against a loopback server that speaks
arXiv's, Crossref's and Semantic Scholar's formats (tests/papers_server.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conftest import run_cli  # noqa: E402
from papers_server import PaperServer  # noqa: E402

LIST = """# Papers

- [2017 NeurIPS] **Attention Is All You Need** [[paper]](https://arxiv.org/abs/1706.03762)
- [2016 CVPR] **Deep Residual Learning for Image Recognition** [[paper]](https://arxiv.org/abs/2006.14215)
- [2020 NeurIPS] **Denoising Difusion Probabilistic Models** [[paper]](https://arxiv.org/abs/2006.11239)
- [2021 NeurIPS] **Seg Former: Simple and Efficient Design for Semantic Segmentation with Transformers** [[paper]](https://arxiv.org/abs/2105.15203)
- [2021 arXiv] **Masked Autoencoders Are Scalable Vision Learners** [[paper]](https://arxiv.org/abs/2111.06377)
- [2019 MedIA] **Self-supervised learning for medical image analysis using image context restoration** [[paper]](https://doi.org/10.1016/j.media.2019.101539)
- [2021 arXiv] **A Result That Did Not Hold Up Under Scrutiny** [[paper]](https://arxiv.org/abs/2101.00001)
- [2020 TMI] **A Retracted Segmentation Network For Everything** [[paper]](https://doi.org/10.1109/tmi.2020.999999)
- [2021 ICML] **Learning Transferable Visual Models From Natural Language Supervision**
- [2018 NeurIPS] **Neural Ordinary Differential Equations Everywhere Always**
"""


def records(srv: PaperServer) -> None:
    srv.arxiv.update({
        "1706.03762": {"title": "Attention Is All You Need", "year": 2017},
        "2006.14215": {"title": "LNDb: A Lung Nodule Database on Computed Tomography", "year": 2020},
        "2006.11239": {"title": "Denoising Diffusion Probabilistic Models", "year": 2020},
        "2105.15203": {"title": "SegFormer: Simple and Efficient Design for Semantic Segmentation with Transformers", "year": 2021},
        "2111.06377": {"title": "Masked Autoencoders Are Scalable Vision Learners", "year": 2021},
        "2101.00001": {"title": "A Result That Did Not Hold Up Under Scrutiny", "year": 2021,
                       "comment": "This paper has been withdrawn by the author due to a crucial error in Lemma 2"},
    })
    neurips = {"name": "Neural Information Processing Systems", "alternate_names": ["NeurIPS", "NIPS"]}
    srv.s2.update({
        "1706.03762": {"title": "Attention is All you Need", "venue": "Neural Information Processing Systems", "year": 2017,
                       "publicationVenue": neurips, "externalIds": {"ArXiv": "1706.03762"}},
        "2006.11239": {"title": "Denoising Diffusion Probabilistic Models", "venue": "Neural Information Processing Systems",
                       "year": 2020, "publicationVenue": neurips, "externalIds": {"ArXiv": "2006.11239"}},
        "2111.06377": {"title": "Masked Autoencoders Are Scalable Vision Learners", "venue": "Computer Vision and Pattern Recognition",
                       "year": 2022, "publicationVenue": {"name": "Computer Vision and Pattern Recognition",
                                                          "alternate_names": ["CVPR"]},
                       "externalIds": {"ArXiv": "2111.06377"}},
    })
    srv.crossref.update({
        "10.1016/j.media.2019.101539": {"title": ["Self-supervised learning for medical image analysis using image context restoration"],
                                        "container-title": ["Medical Image Analysis"], "issued": {"date-parts": [[2021, 12]]},
                                        "type": "journal-article"},
        "10.1109/tmi.2020.999999": {"title": ["A Retracted Segmentation Network For Everything"],
                                    "container-title": ["IEEE Transactions on Medical Imaging"],
                                    "issued": {"date-parts": [[2020, 5, 1]]},
                                    "updated-by": [{"type": "retraction", "DOI": "10.1109/tmi.2021.000001", "source": "retraction-watch"}]},
    })
    srv.search.update({
        "transferable": [{"title": "Learning Transferable Visual Models From Natural Language Supervision", "year": 2021,
                          "venue": "ICML", "externalIds": {"ArXiv": "2103.00020"}},
                         {"title": "Learning Visual Models From Language", "year": 2020, "externalIds": {"ArXiv": "2001.00001"}}],
        "ordinary": [{"title": "Neural Ordinary Differential Equations Everywhere Always", "year": 2018, "externalIds": {"ArXiv": "1806.07366"}},
                     {"title": "Neural ordinary differential equations everywhere, always", "year": 2019, "externalIds": {"DOI": "10.5555/1234"}}],
    })


@pytest.fixture
def srv():
    s = PaperServer()
    records(s)
    yield s
    s.close()


def env_for(srv: PaperServer, tmp_path: Path, **extra) -> dict:
    env = srv.env()
    env.update({"AWESOME_LINT_PAPERS_RATE_SCALE": "0", "AWESOME_LINT_CACHE_DIR": str(tmp_path / "cache"),
                "AWESOME_LINT_PAPERS_TIMEOUT": "1", "AWESOME_LINT_PAPERS_RETRIES": "2"})
    env.update(extra)
    return env


def verify(tmp_path: Path, env: dict, *args: str, text: str = LIST):
    path = tmp_path / "README.md"
    if not path.exists():
        path.write_text(text)
    proc = run_cli("--format", "json", "--verify-papers", "--cache-path", str(tmp_path / "c.sqlite3"), *args, path,
                   env=env)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return [f for f in json.loads(proc.stdout) if f["code"] >= "AL021"], proc.stderr.decode()


def by_line(findings):
    out = {}
    for f in findings:
        out.setdefault(f["line"], []).append(f)
    return out


def test_each_kind_of_finding(srv, tmp_path):
    findings, err = verify(tmp_path, env_for(srv, tmp_path))
    got = by_line(findings)
    assert 3 not in got  # a correct entry is silent
    wrong = got[4][0]
    assert (wrong["code"], wrong["severity"], wrong["fixable"]) == ("AL021", "error", False)
    assert "arXiv id 2006.14215" in wrong["message"] and "LNDb: A Lung Nodule Database" in wrong["message"]
    typo = got[5][0]
    assert typo["code"] == "AL021" and typo["fix"]["applicability"] == "unsafe" and "a typo" in typo["message"]
    spacing = got[6][0]
    assert spacing["code"] == "AL021" and spacing["fix"]["applicability"] == "safe"
    stale = got[7][0]
    assert stale["code"] == "AL022" and "CVPR 2022" in stale["message"] and stale["fix"]["applicability"] == "unsafe"
    year = got[8][0]
    assert year["code"] == "AL023" and "2021" in year["message"] and year["fix"]["applicability"] == "unsafe"
    assert [f["code"] for f in got[9]] == ["AL024"] and "withdrawn" in got[9][0]["message"]
    assert [f["code"] for f in got[10]] == ["AL024"] and "retract" in got[10][0]["message"]
    one = got[11][0]
    assert one["code"] == "AL025" and "https://arxiv.org/abs/2103.00020" in one["message"] and one["fixable"]
    two = got[12][0]
    assert two["code"] == "AL025" and not two["fixable"] and "2 papers" in two["message"]
    assert len(findings) == 9
    assert "records asked" in err and "requests: " in err


def test_unsafe_fixes_write_validated_text(srv, tmp_path):
    env = env_for(srv, tmp_path)
    verify(tmp_path, env, "--fix", "--unsafe-fixes")
    text = (tmp_path / "README.md").read_text()
    assert "**Denoising Diffusion Probabilistic Models**" in text
    assert "**SegFormer: Simple and Efficient Design for Semantic Segmentation with Transformers**" in text
    assert "- [2022 CVPR] **Masked Autoencoders" in text
    assert "- [2021 MedIA] **Self-supervised" in text
    # labelled as the file labels its paper links
    assert "**Learning Transferable Visual Models From Natural Language Supervision** [[paper]](https://arxiv.org/abs/2103.00020)" in text
    assert "**Neural Ordinary Differential Equations Everywhere Always**\n" in text  # two candidates: no fix
    assert "2006.14215" in text  # another paper: no fix


def test_safe_fix_only_spacing(srv, tmp_path):
    verify(tmp_path, env_for(srv, tmp_path), "--fix")
    text = (tmp_path / "README.md").read_text()
    assert "**SegFormer: Simple" in text and "Difusion" in text and "[2021 arXiv] **Masked" in text


def test_second_run_asks_nothing_and_offline_answers_from_cache(srv, tmp_path):
    env = env_for(srv, tmp_path)
    first, _ = verify(tmp_path, env)
    asked = dict(srv.requests)
    assert asked["arxiv"] >= 1 and asked["crossref"] >= 1 and asked["s2"] >= 3
    second, err = verify(tmp_path, env)
    assert srv.requests == asked and second == first
    assert "records asked" not in err  # nothing was sent
    srv.close()  # nothing listens any more: --offline must not try
    offline, _ = verify(tmp_path, env, "--offline")
    assert offline == first


def test_no_cache_asks_again(srv, tmp_path):
    env = env_for(srv, tmp_path)
    verify(tmp_path, env, "--no-cache")
    asked = sum(srv.requests.values())
    verify(tmp_path, env, "--no-cache")
    assert sum(srv.requests.values()) == 2 * asked
    assert not (tmp_path / "c.sqlite3").exists()


def test_plain_lint_asks_nothing_even_when_selected(srv, tmp_path):
    (tmp_path / "README.md").write_text(LIST)
    proc = run_cli("--format", "json", "--select", "AL021,AL022,AL023,AL024,AL025,AL026", tmp_path / "README.md",
                   env=env_for(srv, tmp_path))
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout) == [] and sum(srv.requests.values()) == 0


def test_ignore_keeps_a_rule_off(srv, tmp_path):
    findings, _ = verify(tmp_path, env_for(srv, tmp_path), "--ignore", "AL025")
    assert findings and not [f for f in findings if f["code"] == "AL025"]


def test_429_then_200_is_retried_after_retry_after(srv, tmp_path):
    srv.behaviour["1706.03762"] = "429"
    findings, _ = verify(tmp_path, env_for(srv, tmp_path))
    assert not [f for f in findings if f["code"] == "AL026"]
    assert srv.requests["arxiv"] == 2 and srv.requests["s2"] == 4 and len(findings) == 9


def test_a_source_that_times_out_is_reported_not_fatal(srv, tmp_path):
    srv.behaviour["10.1016/j.media.2019.101539"] = "slow"
    findings, _ = verify(tmp_path, env_for(srv, tmp_path, AWESOME_LINT_PAPERS_RETRIES="0"))
    unverified = [f for f in findings if f["code"] == "AL026"]
    assert len(unverified) == 2  # both DOIs were in the one batch
    assert "no answer within 1 s" in unverified[0]["message"]
    assert [f for f in findings if f["code"] == "AL021"]  # the other sources still answered


def test_malformed_answers_are_reported_not_fatal(srv, tmp_path):
    srv.behaviour["1706.03762"] = "malformed"
    srv.behaviour["ordinary"] = "malformed"
    findings, _ = verify(tmp_path, env_for(srv, tmp_path))
    unverified = [f for f in findings if f["code"] == "AL026"]
    assert unverified and all("malformed" in f["message"] for f in unverified)
    assert not [f for f in findings if f["line"] == 12]  # the search could not say: nothing claimed
    # failures are not cached: once the source is sane, the next run checks those entries
    srv.behaviour.clear()
    findings, _ = verify(tmp_path, env_for(srv, tmp_path))
    assert not [f for f in findings if f["code"] == "AL026"] and len(findings) == 9


def test_rate_limited_beyond_the_wait_bound_gives_up(srv, tmp_path):
    srv.behaviour["1706.03762"] = "always429"
    findings, _ = verify(tmp_path, env_for(srv, tmp_path, AWESOME_LINT_PAPERS_RETRIES="1"))
    unverified = [f for f in findings if f["code"] == "AL026"]
    assert unverified and "HTTP 429" in unverified[0]["message"]
    assert srv.requests["arxiv"] == 2  # bounded


def test_xml_with_a_dtd_is_refused(tmp_path):
    from awesome_lint.papers import arxiv
    from awesome_lint.papers.records import LookupFailed

    bomb = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><feed xmlns="http://www.w3.org/2005/Atom">&lol;</feed>'
    with pytest.raises(LookupFailed, match="DTD"):
        arxiv.parse(bomb, ["1706.03762"])


def test_unknown_arxiv_id_is_reported(srv, tmp_path):
    text = "# X\n\n- [2020 arXiv] **Some Paper That Does Not Exist Anywhere** [[paper]](https://arxiv.org/abs/2099.99999)\n"
    findings, _ = verify(tmp_path, env_for(srv, tmp_path), text=text)
    assert [(f["code"], f["line"]) for f in findings] == [("AL026", 3)]
    assert "no paper 2099.99999" in findings[0]["message"]


TABLE = """# Papers

- [arXiv] **Masked Autoencoders Are Scalable Vision Learners** [[paper]](https://arxiv.org/abs/2111.06377)
- [NeurIPS 2017] **Attention Is All You Need** [[paper]](https://arxiv.org/abs/1706.03762)
- [NeurIPS 2020] **Denoising Diffusion Probabilistic Models** [[paper]](https://arxiv.org/abs/2006.11239)

| Title | Venue | Paper |
| --- | --- | --- |
| Self-supervised learning for medical image analysis using image context restoration | MedIA 2019 | [link](https://doi.org/10.1016/j.media.2019.101539) |
| A Retracted Segmentation Network For Everything | MICCAI 2020 | [link](https://doi.org/10.1109/tmi.2020.999999) |
"""


def test_yearless_preprint_tag_takes_the_files_shape_and_tables_work(srv, tmp_path):
    findings, _ = verify(tmp_path, env_for(srv, tmp_path), "--fix", "--unsafe-fixes", text=TABLE)
    text = (tmp_path / "README.md").read_text()
    assert "- [CVPR 2022] **Masked Autoencoders" in text  # the file writes VENUE YEAR
    assert "| MedIA 2021 |" in text  # a Venue column's year
    left = {(f["code"], f["line"]) for f in findings}
    # TMI (the record) against MICCAI (the cell): reported, not fixed; retracted
    assert ("AL023", 10) in left and ("AL024", 10) in left


def test_with_check_links_in_one_run(srv, tmp_path):
    text = "# X\n\n- [2016 CVPR] **Deep Residual Learning for Image Recognition** [[paper]](https://arxiv.org/abs/2006.14215)\n"
    env = env_for(srv, tmp_path)
    first, _ = verify(tmp_path, env, text=text)
    assert [f["code"] for f in first] == ["AL021"]
    # both network checks in one run, from their caches (no link was ever checked: AL013 is silent)
    proc = run_cli("--format", "json", "--verify-papers", "--check-links", "--offline", "--cache-path",
                   tmp_path / "c.sqlite3", tmp_path / "README.md", env=env)
    codes = [f["code"] for f in json.loads(proc.stdout) if f["code"] in ("AL013", "AL021")]
    assert codes == ["AL021"], proc.stderr.decode()
    assert "checked 0 links" in proc.stderr.decode()  # AL013 ran too


def test_offline_with_an_empty_cache_checks_nothing_and_says_so(srv, tmp_path):
    findings, err = verify(tmp_path, env_for(srv, tmp_path), "--offline")
    assert findings == [] and sum(srv.requests.values()) == 0
    assert "not in the cache (offline)" in err


def test_several_files(srv, tmp_path):
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text("# A\n\n- [2016 CVPR] **Deep Residual Learning for Image Recognition** [[paper]](https://arxiv.org/abs/2006.14215)\n")
    b.write_text("# B\n\n- [2021 arXiv] **A Result That Did Not Hold Up Under Scrutiny** [[paper]](https://arxiv.org/abs/2101.00001)\n")
    proc = run_cli("--format", "json", "--verify-papers", "--cache-path", tmp_path / "c.sqlite3", a, b,
                   env=env_for(srv, tmp_path))
    got = sorted((Path(f["path"]).name, f["code"]) for f in json.loads(proc.stdout) if f["code"] >= "AL021")
    assert got == [("a.md", "AL021"), ("b.md", "AL024")], proc.stderr.decode()
    assert srv.requests["arxiv"] == 1 and srv.requests["s2"] == 1  # both files' papers in one batch each


def test_a_models_name_as_title_is_not_another_paper(srv, tmp_path):
    srv.arxiv["2304.12306"] = {"title": "Segment Anything in Medical Images", "year": 2023}
    text = "# X\n\n- [2023 arXiv] **MedSAM** [[paper]](https://arxiv.org/abs/2304.12306)\n"
    findings, _ = verify(tmp_path, env_for(srv, tmp_path), text=text)
    assert findings == []


def test_a_merged_record_with_the_preprints_year_gives_no_year(srv, tmp_path):
    srv.s2["2111.06377"]["year"] = 2021  # as Semantic Scholar often has it: the arXiv version's year
    text = ("# X\n\n- [2021 arXiv] **Masked Autoencoders Are Scalable Vision Learners** [[paper]](https://arxiv.org/abs/2111.06377)\n"
            "- [2021 CVPR] **Masked Autoencoders Are Scalable Vision Learners, again** [[paper]](https://arxiv.org/abs/2111.06377)\n")
    findings, _ = verify(tmp_path, env_for(srv, tmp_path), text=text)
    assert [(f["code"], f["line"], f["fixable"]) for f in findings] == [("AL022", 3, False)]
    assert "CVPR (per Semantic Scholar)" in findings[0]["message"]


def test_openreview_titles_and_submissions_not_accepted(srv, tmp_path):
    srv.openreview = {
        "aBcD123xYz": {"title": {"value": "Sharpness-Aware Minimization for Efficiently Improving Generalization"},
                       "venue": {"value": "ICLR 2021 Spotlight"}, "venueid": {"value": "ICLR.cc/2021/Conference"}},
        "QqRrSs0011": {"title": {"value": "A Paper That Was Only Submitted Somewhere"},
                       "venue": {"value": "Submitted to ICLR 2023"}, "venueid": {"value": "ICLR.cc/2023/Conference"}},
        "OldNoteV1a": {"title": "Some Other Paper Entirely About Graphs", "venue": "ICLR 2018 Conference"},
    }
    text = ("# X\n\n"
            "- [ICLR 2021] **Sharpness-Aware Minimization for Efficiently Improving Generalization** [[paper]](https://openreview.net/forum?id=aBcD123xYz)\n"
            "- [ICLR 2023] **A Paper That Was Only Submitted Somewhere** [[paper]](https://openreview.net/pdf?id=QqRrSs0011)\n"
            "- [ICLR 2018] **Learning To Count Objects In Natural Images** [[paper]](https://openreview.net/forum?id=OldNoteV1a)\n")
    findings, _ = verify(tmp_path, env_for(srv, tmp_path), text=text)
    got = [(f["code"], f["line"]) for f in findings]
    assert got == [("AL023", 4), ("AL021", 5)], findings
    assert "Submitted to ICLR 2023" in findings[0]["message"]
    assert srv.requests["openreview"] == 3


def test_bad_setting_is_one_line_and_status_two(srv, tmp_path):
    (tmp_path / "README.md").write_text(LIST)
    proc = run_cli("--verify-papers", tmp_path / "README.md", env=env_for(srv, tmp_path, AWESOME_LINT_PAPERS_TIMEOUT="soon"))
    assert proc.returncode == 2
    assert proc.stderr.decode() == "awesome-lint: AWESOME_LINT_PAPERS_TIMEOUT: not a number: 'soon'\n"
    assert sum(srv.requests.values()) == 0


def test_contact_and_key_go_only_where_asked(srv, tmp_path):
    env = env_for(srv, tmp_path, AWESOME_LINT_PAPERS_CONTACT="maintainer@example.org", SEMANTIC_SCHOLAR_API_KEY="k-123")
    verify(tmp_path, env)
    by_source = {}
    for source, path, headers in srv.seen:
        by_source.setdefault(source, []).append((path, headers))
    for source, seen in by_source.items():
        for path, headers in seen:
            assert "mailto:maintainer@example.org" in headers["user-agent"]
            assert ("x-api-key" in headers) == (source == "s2")
            assert ("mailto=maintainer%40example.org" in path) == (source == "crossref")
    crossref_paths = [p for p, _ in by_source["crossref"]]
    assert crossref_paths and all("filter=doi%3A10." in p for p in crossref_paths)


def test_since_asks_only_for_changed_entries(srv, tmp_path):
    import subprocess

    repo = tmp_path / "repo"
    repo.mkdir()
    path = repo / "README.md"
    path.write_text(LIST)
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(git + ["init", "-q"], check=True)
    subprocess.run(git + ["add", "README.md"], check=True)
    subprocess.run(git + ["commit", "-qm", "list"], check=True)
    path.write_text(LIST.replace("[2016 CVPR] **Deep Residual", "[2015 CVPR] **Deep Residual"))
    proc = run_cli("--format", "json", "--verify-papers", "--since", "HEAD", "--cache-path", tmp_path / "c.sqlite3",
                   path, env=env_for(srv, tmp_path))
    found = [(f["code"], f["line"]) for f in json.loads(proc.stdout) if f["code"] >= "AL021"]
    assert found == [("AL021", 4)], proc.stderr.decode()
    asked = [p for s, p, _ in srv.seen if s == "arxiv"]
    assert len(asked) == 1 and "id_list=2006.14215&" in asked[0]


def test_acl_anthology_link_checked_through_its_doi(srv, tmp_path):
    srv.crossref["10.18653/v1/2020.acl-main.463"] = {
        "title": ["Climbing towards NLU: On Meaning, Form, and Understanding in the Age of Data"],
        "container-title": ["Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics"],
        "issued": {"date-parts": [[2020]]}}
    text = ("# X\n\n- [ACL 2020] **BERTology Meets Biology: Interpreting Attention in Protein Language Models** "
            "[[paper]](https://aclanthology.org/2020.acl-main.463/)\n")
    findings, _ = verify(tmp_path, env_for(srv, tmp_path), text=text)
    assert [(f["code"], f["line"]) for f in findings] == [("AL021", 3)]
    assert "DOI 10.18653/v1/2020.acl-main.463" in findings[0]["message"]


def test_expiry_unpublished_after_a_week_published_long(srv, tmp_path):
    import time as _time

    now = _time.time()
    env = env_for(srv, tmp_path, AWESOME_LINT_NOW=str(now))
    first, _ = verify(tmp_path, env)
    asked = dict(srv.requests)
    verify(tmp_path, env_for(srv, tmp_path, AWESOME_LINT_NOW=str(now + 6 * 86400)))
    assert srv.requests == asked  # within a week: nothing
    week, _ = verify(tmp_path, env_for(srv, tmp_path, AWESOME_LINT_NOW=str(now + 8 * 86400)))
    # the preprints Semantic Scholar had no published version of are asked again, nothing else
    assert srv.requests["s2"] == asked["s2"] + 1 and srv.requests["arxiv"] == asked["arxiv"]
    assert srv.requests["crossref"] == asked["crossref"] and week == first
    s2_bodies = [p for s, p, _ in srv.seen if s == "s2" and "batch" in p]
    assert len(s2_bodies) == 2
