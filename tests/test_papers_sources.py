"""The paper sources' parsers, the client's bounds and the matching of titles and venues, on
answers written in each source's documented format (the CLI tests cover the whole path)."""

from __future__ import annotations

import gzip
import json
import sys
import time
from email.utils import formatdate
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from papers_server import ATOM_HEAD, PaperServer, atom_entry  # noqa: E402

from awesome_lint.papers import arxiv, crossref, matching, semantic_scholar  # noqa: E402
from awesome_lint.papers.client import Client, _decode, retry_after  # noqa: E402
from awesome_lint.papers.records import LookupFailed, Paper, dumps, loads  # noqa: E402
from awesome_lint.venues import load_registry  # noqa: E402


def feed(*entries: str) -> bytes:
    return (ATOM_HEAD + "".join(entries) + "</feed>").encode()


def test_arxiv_feed_read_and_missing_ids_marked():
    body = feed(atom_entry("2006.11239", {"title": "Denoising  Diffusion\n Probabilistic Models", "year": 2020,
                                          "version": 2, "journal_ref": "NeurIPS 2020"}))
    got = arxiv.parse(body, ["2006.11239", "2099.99999"])
    p = got["arxiv:2006.11239"]
    assert (p.title, p.year, p.venues, p.withdrawn) == ("Denoising Diffusion Probabilistic Models", 2020, ["NeurIPS 2020"], "")
    assert got["arxiv:2099.99999"].found is False


def test_arxiv_withdrawn_by_comment_or_abstract():
    body = feed(atom_entry("2101.00001", {"title": "T one", "comment": "This paper has been withdrawn by the authors"}),
                atom_entry("2101.00002", {"title": "T two", "summary": "This paper has been withdrawn due to an error."}),
                atom_entry("2101.00003", {"title": "T three", "comment": "Accepted at ICML 2021"}))
    got = arxiv.parse(body, ["2101.00001", "2101.00002", "2101.00003"])
    assert got["arxiv:2101.00001"].withdrawn and got["arxiv:2101.00002"].withdrawn
    assert not got["arxiv:2101.00003"].withdrawn


def test_arxiv_error_entry_and_malformed_xml_fail_clearly():
    error = feed("<entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_x</id><title>Error</title>"
                 "<summary>incorrect id format for x</summary></entry>")
    with pytest.raises(LookupFailed, match="refused the request: incorrect id format"):
        arxiv.parse(error, ["x"])
    with pytest.raises(LookupFailed, match="malformed XML"):
        arxiv.parse(b"<feed><entry>", ["2101.00001"])
    with pytest.raises(LookupFailed, match="not an Atom feed"):
        arxiv.parse(b"<html/>", ["2101.00001"])


def test_crossref_retraction_both_ways_and_venue_acronym():
    data = {"status": "ok", "message": {"items": [
        {"DOI": "10.1/A", "title": ["Paper A"], "container-title": ["2022 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"],
         "issued": {"date-parts": [[2022, 6]]}, "updated-by": [{"type": "retraction", "DOI": "10.1/notice"}]},
        {"DOI": "10.1/notice", "title": ["Retraction notice"], "update-to": [{"type": "retraction", "DOI": "10.1/a"}],
         "issued": {"date-parts": [[2023]]}},
        {"DOI": "10.1/c", "title": ["RETRACTED: Paper C"], "issued": {"date-parts": [[None]]}},
        {"DOI": "10.1/d", "title": ["Paper \u001b[31mD"], "container-title": ["Medical Image Analysis"],
         "issued": {"date-parts": [[2021, 1, 1]]}, "update-to": [{"type": "correction", "DOI": "10.1/x"}]},
    ]}}
    got = crossref.parse(json.dumps(data).encode(), ["10.1/a", "10.1/notice", "10.1/c", "10.1/d", "10.1/e"])
    assert "retracted by 10.1/notice" in got["doi:10.1/a"].withdrawn
    assert "CVPR" in got["doi:10.1/a"].venues and got["doi:10.1/a"].year == 2022
    assert "notice retracting" in got["doi:10.1/notice"].withdrawn
    assert got["doi:10.1/c"].withdrawn and got["doi:10.1/c"].year is None
    assert not got["doi:10.1/d"].withdrawn and "\x1b" not in got["doi:10.1/d"].title
    assert got["doi:10.1/e"].found is False


@pytest.mark.parametrize("body", [b"not json", b'{"message": {}}', b'{"message": {"items": {}}}', b"[]"])
def test_crossref_malformed(body):
    with pytest.raises(LookupFailed, match="Crossref sent malformed data"):
        crossref.parse(body, ["10.1/a"])


def test_semantic_scholar_batch_aligned_with_ids():
    items = [{"title": "X", "venue": "", "year": 2022, "publicationVenue": {"name": "Computer Vision and Pattern Recognition",
                                                                           "alternate_names": ["CVPR", "Comput Vis Pattern Recognit"]},
              "externalIds": {"ArXiv": "2111.06377", "DOI": "10.1109/CVPR52688.2022.01553"}}, None]
    got = semantic_scholar.parse_batch(json.dumps(items).encode(), ["2111.06377", "2099.00001"])
    assert got["s2:arxiv:2111.06377"].venues[:2] == ["Computer Vision and Pattern Recognition", "CVPR"]
    assert got["s2:arxiv:2099.00001"].found is False
    with pytest.raises(LookupFailed, match="does not match"):
        semantic_scholar.parse_batch(json.dumps(items[:1]).encode(), ["a", "b"])
    with pytest.raises(LookupFailed, match="malformed"):
        semantic_scholar.parse_search(b"[1, 2]", "search:x")


def test_titles_compared():
    C = matching.compare_titles
    assert C("Attention is all you need!", "Attention Is All You Need") == matching.SAME
    assert C("SegFormer", "SegFormer: Simple and Efficient Design for Semantic Segmentation with Transformers") == matching.SAME
    assert C("Seg Former: Simple and Efficient Design", "SegFormer: Simple and Efficient Design") == matching.SPACING
    assert C("SEG Former: simple and efficient design", "SegFormer: Simple and Efficient Design") == matching.SPACING
    assert C("Seg-Former: Simple and Efficient Design", "SegFormer: Simple and Efficient Design") == matching.TYPO
    assert C("Denoising Difusion Probabilistic Models", "Denoising Diffusion Probabilistic Models") == matching.TYPO
    assert C("Deep Residual Learning for Image Recognition", "LNDb: A Lung Nodule Database on Computed Tomography") == matching.OTHER
    assert C("YOLOv3: An Incremental Improvement", "YOLOv4: Optimal Speed and Accuracy of Object Detection") == matching.OTHER
    assert C("Attention Is All You Need (Transformer)", "Attention Is All You Need") == matching.SAME
    assert C("MedSAM", "Segment Anything in Medical Images") == matching.OTHER
    assert not matching.names_a_paper("MedSAM") and matching.names_a_paper("Segment Anything in Medical Images")


def test_record_venues_through_the_registry():
    reg = load_registry()
    assert matching.record_venue(["2022 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"], reg)[0] == "CVPR"
    assert matching.record_venue(["Medical Image Analysis"], reg) == ("MedIA", "journal")
    assert matching.record_venue(["arXiv.org"], reg)[1] == "preprint"
    assert matching.record_venue(["Some Unknown Workshop on Things"], reg) is None


def test_fix_text_is_validated_and_escaped():
    assert matching.safe_title("A *bold* [claim] <b>") == r"A \*bold\* \[claim\] \<b\>"
    assert matching.safe_title("Line\none") == "Line one"
    assert matching.safe_title("see https://evil.example") is None
    assert matching.safe_year(2021, 2027) == "2021" and matching.safe_year(20211, 2027) is None
    assert matching.safe_year("2021", 2027) is None
    assert matching.paper_url(Paper(key="k", source="s", arxiv="2103.00020")) == "https://arxiv.org/abs/2103.00020"
    assert matching.paper_url(Paper(key="k", source="s", arxiv="2103.00020) [x](javascript:")) is None
    assert matching.paper_url(Paper(key="k", source="s", doi="10.1000/a b")) is None
    assert matching.paper_url(Paper(key="k", source="s", doi="10.1000/x(1)")) == "https://doi.org/10.1000/x%281%29"


def test_records_round_trip_and_old_rows_ignored():
    p = Paper(key="arxiv:1", source="arXiv", title="T", year=2020, venues=["V"])
    assert loads(dumps(p)) == p
    assert loads('{"nonsense": 1}') is None and loads("not json") is None


def test_retry_after_forms():
    now = time.time()
    assert retry_after("7", now) == 7.0
    assert 58 <= retry_after(formatdate(now + 60, usegmt=True), now) <= 61
    assert retry_after("soon", now) is None and retry_after(None, now) is None


def test_gzip_bomb_is_bounded():
    bomb = gzip.compress(b"\0" * (4 << 20))
    assert len(bomb) < 10_000
    with pytest.raises(LookupFailed, match="larger than 1,048,576 bytes"):
        _decode(bomb, "gzip", 1 << 20, "Test")
    assert _decode(gzip.compress(b"ok"), "gzip", 1 << 20, "Test") == b"ok"


def test_client_bounds_size_and_counts_requests():
    srv = PaperServer()
    srv.arxiv.update({f"2101.{i:05d}": {"title": "x" * 1000} for i in range(50)})
    try:
        ids = ",".join(srv.arxiv)
        c = Client("arXiv", interval=0, timeout=5, deadline=30, user_agent="t", retries=0, max_bytes=4096)
        with pytest.raises(LookupFailed, match="larger than"):
            c.request("GET", srv.base + "/arxiv/query", params={"id_list": ids})
        c.max_bytes = 1 << 20
        assert b"<feed" in c.request("GET", srv.base + "/arxiv/query", params={"id_list": ids})
        with pytest.raises(LookupFailed, match="HTTP 404"):
            c.request("GET", srv.base + "/nowhere")
        assert c.requests == 3 and srv.requests["arxiv"] == 2
        c.close()
    finally:
        srv.close()


def test_venue_year_of_a_published_preprint():
    arx = Paper(key="arxiv:1", source="arXiv", year=2021)
    merged_same_year = Paper(key="s2:arxiv:1", source="Semantic Scholar", year=2021, venues=["Computer Vision and Pattern Recognition"])
    later = Paper(key="s2:arxiv:1", source="Semantic Scholar", year=2022, venues=["CVPR"])
    named = Paper(key="s2:arxiv:1", source="Semantic Scholar", year=2021,
                  venues=["2022 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"])
    assert matching.venue_year(merged_same_year, arx) is None  # the preprint's year, perhaps: unknown
    assert matching.venue_year(later, arx) == 2022
    assert matching.venue_year(named, arx) == 2022
    assert matching.venue_year(Paper(key="doi:x", source="Crossref", year=2019, venues=["Medical Image Analysis"])) == 2019


def test_acl_anthology_links_as_dois():
    D = matching.anthology_doi
    assert D("https://aclanthology.org/2020.acl-main.463/") == "10.18653/v1/2020.acl-main.463"
    assert D("https://aclanthology.org/2023.findings-emnlp.12.pdf") == "10.18653/v1/2023.findings-emnlp.12"
    assert D("https://www.aclweb.org/anthology/P17-1001") == "10.18653/v1/p17-1001"
    assert D("https://aclanthology.org/P16-1001/") is None  # before DOIs
    assert D("https://aclanthology.org/events/acl-2020/") is None
