"""AL004 signed-url: schemes, expiry, messages, recipes, fixes, the CLI and the real lists."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import datetime, timezone

import pytest
from conftest import CORPUS, FIXTURES, REAL, SEEDS, needs_shared, render, run_cli, run_json
from hypothesis import given, settings
from hypothesis import strategies as st

from awesome_lint import signed_urls as su
from awesome_lint.engine import fix_text, lint_text
from awesome_lint.model import InputError, RunContext
from awesome_lint.rules.signed_url import SignedUrl

NOW_ISO = "2026-01-01T00:00:00Z"
NOW = datetime(2026, 1, 1, tzinfo=timezone.utc).timestamp()
CTX = RunContext(now=NOW)
HERE = FIXTURES / "signed_url"
SCHEMES_MD = HERE / "schemes.md"
SCIENCEDIRECT_MD = HERE / "sciencedirect.md"
_EXPECT = re.compile(r"<!-- expect: (error|warning) (.+?) -->")


def lint(text: str, **kw):
    return lint_text(text, select=["AL004"], context=kw.pop("context", CTX), **kw)


def expectations(text: str) -> dict[int, tuple[str, str]]:
    return {n: m.groups() for n, line in enumerate(text.splitlines(), 1) if (m := _EXPECT.search(line))}


# ---- the schemes -------------------------------------------------------------------------------


def test_every_scheme_expired_and_valid_is_classified_at_its_line():
    text = SCHEMES_MD.read_text(encoding="utf-8")
    expected = expectations(text)
    assert len(expected) >= 20
    found = lint(text)
    got = {f.line: f for f in found}
    assert len(got) == len(found), "one finding per link"
    assert sorted(got) == sorted(expected), "a signed link missed or an ordinary link reported"
    for line, (severity, scheme) in expected.items():
        f = got[line]
        assert f.severity == severity, (line, f.message)
        assert f.code == "AL004" and f.name == "signed-url"
        if scheme == su.TOKEN:
            assert "one-time access token" in f.message
        elif scheme == su.SESSION:
            assert "session id" in f.message and "0A1B2C3D4E5F" not in f.message, f.message
        elif scheme == su.CASA:
            assert "`casa_token`" in f.message and "AbCdEfGh" not in f.message, f.message
        elif scheme == su.SHARE:
            assert "temporary Gradio share link" in f.message and f.fix is None, f.message
        else:
            assert f"({scheme})" in f.message, f.message
        assert ("expired" in f.message) == (severity == "error"), f.message


def test_each_scheme_of_the_module_is_in_the_fixture():
    text = SCHEMES_MD.read_text(encoding="utf-8")
    schemes = {scheme for _, scheme in expectations(text).values()}
    assert schemes == set(su.SCHEMES)


@pytest.mark.parametrize(
    "url, scheme, expires",
    [
        ("https://b.s3.amazonaws.com/a?X-Amz-Date=20250409T082514Z&X-Amz-Expires=300&X-Amz-Signature=1",
         su.AWS_V4, "2025-04-09 08:30:14 UTC"),
        ("https://b.s3.amazonaws.com/a?AWSACCESSKEYID=k&EXPIRES=1704067200&SIGNATURE=s", su.AWS_V2, "2024-01-01 00:00:00 UTC"),
        ("https://d.cloudfront.net/a?expires=4070908800&signature=s&key-pair-id=K", su.CLOUDFRONT, "2099-01-01 00:00:00 UTC"),
        ("https://storage.googleapis.com/b/a?x-goog-date=20240102T030405Z&x-goog-expires=900&x-goog-signature=1",
         su.GCS_V4, "2024-01-02 03:19:05 UTC"),
        ("https://storage.googleapis.com/b/a?GoogleAccessId=x%40y&Expires=1704067200&Signature=s", su.GCS_V2,
         "2024-01-01 00:00:00 UTC"),
        ("https://a.blob.core.windows.net/c/f?sv=2021-08-06&se=2024-05-02T00%3A00%3A00Z&sig=s", su.AZURE,
         "2024-05-02 00:00:00 UTC"),
        ("https://a.blob.core.windows.net/c/f?se=2099-12-31&sp=r&sv=2021&sig=s", su.AZURE, "2099-12-31 00:00:00 UTC"),
        ("https://x.xx.fbcdn.net/v/a.pdf?oh=00_A&oe=66A5D24D", su.META, "2024-07-28 05:08:29 UTC"),
    ],
)
def test_classify_and_expiry(url, scheme, expires):
    found = su.classify(url, su.builtin_recipes())
    assert found is not None and found.scheme == scheme
    assert su.fmt_time(found.expires) == expires


def test_lifetime_is_reported_where_the_url_states_it():
    url = "https://b.s3.amazonaws.com/a?X-Amz-Date=20240409T082514Z&X-Amz-Expires=300&X-Amz-Signature=1"
    [f] = lint(f"[a]({url})\n")
    assert "expired 2024-04-09 08:30:14 UTC, signed for 300 s" in f.message
    week = url.replace("X-Amz-Expires=300", "X-Amz-Expires=604800")
    [f] = lint(f"[a]({week})\n")
    assert "signed for 604800 s (7 days)" in f.message


def test_the_clock_decides_expired_or_valid():
    url = "https://b.s3.amazonaws.com/a?X-Amz-Date=20300101T000000Z&X-Amz-Expires=3600&X-Amz-Signature=1"
    text = f"- [a]({url})\n"
    [before] = lint(text, context=RunContext(now=datetime(2029, 12, 31, tzinfo=timezone.utc).timestamp()))
    [after] = lint(text, context=RunContext(now=datetime(2030, 1, 1, 1, 0, 1, tzinfo=timezone.utc).timestamp()))
    assert before.severity == "warning" and "expires 2030-01-01 01:00:00 UTC" in before.message
    assert after.severity == "error" and "expired 2030-01-01 01:00:00 UTC" in after.message


def test_configured_severity_applies_to_all_findings():
    text = SCHEMES_MD.read_text(encoding="utf-8")
    found = lint(text, config={"AL004": {"severity": "warning"}})
    assert found and {f.severity for f in found} == {"warning"}


@pytest.mark.parametrize(
    "url",
    [
        "https://bucket.s3.amazonaws.com/papers/a.pdf",
        "https://bucket.s3.amazonaws.com/a.pdf?versionId=3",
        "https://books.google.com/books?id=x&sig=abc",
        "https://link.springer.com/epdf/10.1007/x?sharing_token=abc",
        "https://codecov.io/gh/o/r/graph/badge.svg?token=abc",
        "https://example.org/?X-Amz-Date=20240101T000000Z",  # a date alone signs nothing
        "https://example.org/a?expires=1704067200",
        "not a url ?sig=1&se=2",
    ],
)
def test_ordinary_urls_are_not_signed(url):
    assert su.classify(url, su.builtin_recipes()) is None
    assert lint(f"[a]({url})\n") == []


def test_prefilter_is_a_superset_of_every_scheme():
    for line in SCHEMES_MD.read_text(encoding="utf-8").splitlines():
        if _EXPECT.search(line):
            url = re.search(r"\]\((\S+?)\)", line).group(1)
            assert su.looks_signed(url), url
    for recipe in su.builtin_recipes():
        for token in recipe.token:
            assert su.looks_signed(f"https://h/?{token}=1"), token
    assert not su.looks_signed("https://example.org/paper.pdf")
    assert not su.looks_signed("https://example.org/x-amz-signature/token/sig.pdf")


# ---- messages never print a secret -----------------------------------------------------------


DATES = {"pii", "id", "x-amz-date", "x-goog-date", "expires", "origincreation", "se", "st", "sv", "oe", "q-sign-time",
         "q-key-time"}


def test_messages_never_print_tokens_or_signatures():
    text = SCHEMES_MD.read_text(encoding="utf-8") + SCIENCEDIRECT_MD.read_text(encoding="utf-8")
    secrets = set()
    for url in re.findall(r"https?://[^\s)<>\"]+", text):
        query = url.split("?", 1)[1] if "?" in url else ""
        for part in query.replace("&amp;", "&").split("&"):
            name, _, value = part.partition("=")
            if len(value) >= 8 and name.lower() not in DATES:
                secrets.add(value)
    found = lint(text)
    assert found
    for f in found:
        assert len(f.message) < 400
        leaked = [s for s in secrets if s in f.message]
        assert not leaked, (f.line, leaked)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdefXYZ0123456789-_.~%/=&?:", min_size=0, max_size=120))
def test_shorten_never_shows_the_query(tail):
    url = "https://h.example/p/a.pdf?" + "Signature=" + tail
    short = su.shorten(url)
    assert "Signature" not in short and short.endswith("?…")
    su.classify(url, su.builtin_recipes())  # never raises


# ---- repair --------------------------------------------------------------------------------

SD_FIXED = {
    5: "S1361841523002815",
    6: "S136184152400118X",
    7: "S0031320322001234",
    13: "S0010482523009876",
    19: "B9780128161760000010",
    24: "S1361841523002827",
    25: "S1361841523002839",
    29: "S1361841522001578",
}


def _sd_urls(text: str) -> list[str]:
    return re.findall(r"https://pdf\.sciencedirectassets\.com/[^\s)<>\"]+", text)


def test_sciencedirect_findings_and_fix_touch_only_the_urls():
    text = SCIENCEDIRECT_MD.read_text(encoding="utf-8")
    found = lint(text)
    assert sorted(f.line for f in found) == sorted(SD_FIXED)
    assert all(f.fixable and f.fix.safe for f in found)
    assert {f.line: f.severity for f in found}[6] == "warning"  # signed until 2099
    fixed, left = fix_text(text, select=["AL004"], context=CTX)
    assert left == []
    # Exactly the expected substitution: every other byte is as it was.
    expected = text
    for url in _sd_urls(text):
        if "S1361841523009999" in url:
            continue  # in inline code: not linted, not fixed
        pii = re.search(r"1-s2\.0-([SB][0-9X]+)/main\.pdf", url).group(1)
        expected = expected.replace(url, f"https://www.sciencedirect.com/science/article/pii/{pii}", 1)
    assert fixed == expected
    for line, pii in SD_FIXED.items():
        assert f"https://www.sciencedirect.com/science/article/pii/{pii}" in fixed.splitlines()[line - 1]
    assert "S1361841523009999/main.pdf?X-Amz" in fixed
    # A second pass changes nothing.
    assert fix_text(fixed, select=["AL004"], context=CTX)[0] == fixed


def test_fix_changes_only_the_links_in_the_rendered_page():
    import html

    text = SCIENCEDIRECT_MD.read_text(encoding="utf-8")
    fixed, _ = fix_text(text, select=["AL004"], context=CTX)
    expected = render(text)
    replaced = 0
    for url in _sd_urls(text):
        if "S1361841523009999" in url:
            continue
        pii = re.search(r"1-s2\.0-([SB][0-9X]+)/main\.pdf", url).group(1)
        new = f"https://www.sciencedirect.com/science/article/pii/{pii}"
        for form in (html.escape(url), url):
            if form in expected:
                replaced += expected.count(form)
                expected = expected.replace(form, new)
                break
    assert replaced >= 8
    assert render(fixed) == expected


def test_pii_parameter_wins_over_the_path():
    url = ("https://pdf.sciencedirectassets.com/1/1-s2.0-S0000000000X00000/1-s2.0-S1111111111111111/main.pdf"
           "?X-Amz-Signature=1&PII=S2222222222222222")
    fixed, _ = fix_text(f"[a]({url})\n", select=["AL004"], context=CTX)
    assert fixed == "[a](https://www.sciencedirect.com/science/article/pii/S2222222222222222)\n"


def test_no_recipe_no_fix_and_unsafe_recipe_needs_unsafe_fixes():
    text = SCHEMES_MD.read_text(encoding="utf-8")
    found = lint(text)
    fixable = {f.line: f.fix.safe for f in found if f.fixable}
    lines = text.splitlines()
    assert [lines[n - 1].split("]")[0] for n in fixable] == [
        "- [Elsevier reader", "- [ACM", "- [ACM citation with a session", "- [Java session in the path",
        "- [Scholar campus access"]
    assert [fixable[n] for n in sorted(fixable)] == [True, False, True, True, True]
    safe_fixed, _ = fix_text(text, select=["AL004"], context=CTX)
    assert "(https://ieeexplore.ieee.org/abstract/document/1234567)" in safe_fixed
    assert "(https://0123456789abcdef01.gradio.live/)" in safe_fixed  # no fix: only the author knows
    assert "https://www.sciencedirect.com/science/article/pii/S0031320320302922)" in safe_fixed
    assert "delivery.acm.org" in safe_fixed
    unsafe_fixed, _ = fix_text(text, select=["AL004"], unsafe=True, context=CTX)
    assert "(https://dl.acm.org/citation.cfm?id=3186116)" in unsafe_fixed
    assert "delivery.acm.org" not in unsafe_fixed


def test_crlf_file_is_fixed_in_its_own_style():
    text = SCIENCEDIRECT_MD.read_text(encoding="utf-8").replace("\n", "\r\n")
    fixed, left = fix_text(text, select=["AL004"], context=CTX)
    assert left == [] and "\r\n" in fixed and "\n" not in fixed.replace("\r\n", "")
    assert fixed.count("sciencedirect.com/science/article/pii/") == text.count("sciencedirect.com/science/article/pii/") + 8


# ---- user recipes --------------------------------------------------------------------------

USER_RECIPE = {
    "name": "Example Press",
    "hosts": ["pdfs.example-press.org"],
    "token": ["access"],
    "id": [{"param": "doi"}, {"path": r"/pdf/(?P<id>[0-9]+)\.pdf$"}],
    "id-pattern": "[0-9./a-z-]+",
    "url": "https://example-press.org/article/{id}",
}


def test_user_recipe_detects_and_repairs():
    text = ("- [a](https://pdfs.example-press.org/pdf/1234.pdf?access=abcdef)\n"
            "- [b](https://pdfs.example-press.org/view?doi=10.5555/xyz.1&access=abcdef)\n"
            "- [c](https://pdfs.example-press.org/pdf/1234.pdf)\n")
    config = {"AL004": {"recipes": [USER_RECIPE]}}
    found = lint(text, config=config)
    assert [f.line for f in found] == [1, 2]
    assert all("(Example Press)" in f.message and f.severity == "warning" for f in found)
    fixed, _ = fix_text(text, select=["AL004"], config=config, context=CTX)
    assert fixed == ("- [a](https://example-press.org/article/1234)\n"
                     "- [b](https://example-press.org/article/10.5555/xyz.1)\n"
                     "- [c](https://pdfs.example-press.org/pdf/1234.pdf)\n")
    assert lint(text) == []  # without the recipe the host is unknown


def test_user_recipe_comes_before_the_builtin_ones():
    mine = {"name": "Mine", "hosts": ["*.sciencedirectassets.com"], "id": [{"param": "pii"}],
            "url": "https://doi.example/{id}"}
    url = "https://pdf.sciencedirectassets.com/1/main.pdf?X-Amz-Signature=1&pii=S1361841523002815"
    fixed, _ = fix_text(f"[a]({url})\n", select=["AL004"], config={"AL004": {"recipes": [mine]}}, context=CTX)
    assert fixed == "[a](https://doi.example/S1361841523002815)\n"


@pytest.mark.parametrize(
    "recipe, message",
    [
        ("not a mapping", "must be a mapping"),
        ({"hosts": ["a"], "url": "https://x/{id}", "id": [{"param": "p"}]}, "name must be"),
        ({"name": "N", "url": "https://x/{id}", "id": [{"param": "p"}]}, "hosts is required"),
        ({"name": "N", "hosts": ["a"], "url": "https://x/{id}", "id": [{"param": "p"}], "colour": 1}, "unknown key 'colour'"),
        ({"name": "N", "hosts": ["a"], "url": "https://x/", "id": [{"param": "p"}]}, "containing {id}"),
        ({"name": "N", "hosts": ["a"], "url": "https://x/{id}"}, "url needs id"),
        ({"name": "N", "hosts": ["a"], "url": "https://x/{id}", "id": [{"path": "(unclosed"}]}, "not a valid regular expression"),
        ({"name": "N", "hosts": ["a"], "url": "https://x/{id}", "id": [{"path": "(a)(b)"}]}, "group named id"),
        ({"name": "N", "hosts": ["a"], "url": "https://x/{id}", "id": [{"query": "p"}]}, "param or path"),
        ({"name": "N", "hosts": ["a"]}, "give url"),
        ({"name": "N", "hosts": ["a"], "token": ["t"], "safe": "yes"}, "safe must be true or false"),
    ],
)
def test_bad_recipes_are_configuration_errors(recipe, message):
    with pytest.raises(InputError, match=re.escape(message)) as info:
        lint("x\n", config={"AL004": {"recipes": [recipe]}})
    assert "AL004.recipes[0]" in str(info.value)


def test_bad_recipe_in_config_file_exits_2_with_one_line(tmp_path):
    (tmp_path / ".awesome-lint.yaml").write_text(
        "AL004:\n  recipes:\n    - name: Broken\n      hosts: [a.example]\n      url: https://x.example/\n",
        encoding="utf-8")
    (tmp_path / "README.md").write_text("# x\n", encoding="utf-8")
    proc = run_cli("README.md", cwd=tmp_path)
    err = proc.stderr.decode()
    assert proc.returncode == 2
    assert ".awesome-lint.yaml" in err and "AL004.recipes[0] (Broken).url" in err and "Traceback" not in err


def test_user_recipe_through_the_cli(tmp_path):
    (tmp_path / ".awesome-lint.yaml").write_text(
        "signed-url:\n  recipes:\n    - name: Example Press\n      hosts: [pdfs.example-press.org]\n"
        "      token: [access]\n      id:\n        - path: '/pdf/(?P<id>[0-9]+)\\.pdf$'\n"
        "      url: https://example-press.org/article/{id}\n", encoding="utf-8")
    md = tmp_path / "list.md"
    md.write_text("# x\n\n- [pdf](https://pdfs.example-press.org/pdf/77.pdf?access=zzz)\n", encoding="utf-8")
    proc = run_cli("--fix", "--select", "AL004", "list.md", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    assert md.read_text(encoding="utf-8") == "# x\n\n- [pdf](https://example-press.org/article/77)\n"


# ---- the real command line -------------------------------------------------------------------


def test_cli_json_on_the_fixture_with_the_clock_from_the_environment():
    code, findings = run_json("--select", "AL004", str(SCHEMES_MD), env={"AWESOME_LINT_NOW": NOW_ISO})
    assert code == 1
    expected = expectations(SCHEMES_MD.read_text(encoding="utf-8"))
    assert {f["line"]: f["severity"] for f in findings} == {n: sev for n, (sev, _) in expected.items()}
    lines = SCHEMES_MD.read_text(encoding="utf-8").splitlines()
    for f in findings:
        assert lines[f["line"] - 1][f["column"] - 1 :].startswith("http"), f
        assert f["path"].endswith("schemes.md") and f["code"] == "AL004"
    # Another clock: in 2000 nothing had expired yet.
    _, early = run_json("--select", "AL004", str(SCHEMES_MD), env={"AWESOME_LINT_NOW": "946684800"})
    assert {f["severity"] for f in early} == {"warning"}


def test_cli_fix_rewrites_sciencedirect_and_keeps_every_other_byte(tmp_path):
    original = SCIENCEDIRECT_MD.read_bytes()
    target = tmp_path / "list.md"
    target.write_bytes(original)
    proc = run_cli("--fix", "--select", "AL004", "--format", "json", str(target), env={"AWESOME_LINT_NOW": NOW_ISO})
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout) == []
    after = target.read_bytes()
    expected, _ = fix_text(original.decode("utf-8"), select=["AL004"], context=CTX)
    assert after == expected.encode("utf-8")
    again = run_cli("--fix", "--select", "AL004", str(target), env={"AWESOME_LINT_NOW": NOW_ISO})
    assert again.returncode == 0 and target.read_bytes() == after


def test_plain_linting_loads_neither_yaml_nor_the_recipes():
    code = (
        "import sys\n"
        "from awesome_lint.document import parse_text\n"
        "from awesome_lint.rules.signed_url import SignedUrl\n"
        "from awesome_lint import signed_urls\n"
        "doc = parse_text('# x\\n\\n- [a](https://example.org/a.pdf?page=2) <https://github.com/x/y>\\n')\n"
        "assert list(SignedUrl().check(doc)) == []\n"
        "assert signed_urls._BUILTIN is None\n"
        "print('yaml' in sys.modules)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"


def test_docstring_lists_every_scheme_and_recipe():
    doc = SignedUrl.doc()
    for scheme in su.SCHEMES:
        assert f"| {scheme.capitalize() if scheme in (su.TOKEN, su.SHARE) else scheme}" in doc or scheme in doc, scheme
    for recipe in su.builtin_recipes():
        row = next((ln for ln in doc.splitlines() if ln.startswith(f"| {recipe.name} |")), None)
        assert row is not None, recipe.name
        for host in recipe.hosts:
            assert f"`{host}`" in row
        assert row.rstrip().endswith("| none |" if not recipe.url else ("| safe |" if recipe.safe else "| unsafe |"))


# ---- the real lists ---------------------------------------------------------------------------

# Every signed or tokenised link in ../shared/corpus, found by reading each grep hit for
# x-amz, Signature=, token=, sig=, expires=, oe= and __acm__ (file, line, severity).
CORPUS_FINDINGS = {
    ("dair-ai__ML-Papers-of-the-Week.md", 186, "error"),  # Meta CDN, oe= 2025-06-16
    ("dair-ai__ML-Papers-of-the-Week.md", 840, "error"),  # Meta CDN, oe= 2024-07-28
    ("liliu-avril__Awesome-Segment-Anything.md", 180, "error"),  # Meta CDN
    ("thunlp__GNNPapers.md", 225, "warning"),  # delivery.acm.org __acm__ token
    ("thunlp__GNNPapers.md", 1648, "warning"),
    # Gradio share links (*.gradio.live), demo cells of one table: temporary tunnels
    *(("BradyFU__Awesome-Multimodal-Large-Language-Models.md", n, "warning")
      for n in (201, 263, 293, 317, 331, 386, 396, 408, 460, 466, 511)),
    ("BradyFU__Awesome-Multimodal-Large-Language-Models.md", 457, "warning"),  # ngrok address of one run
}


@needs_shared
def test_real_lists_every_signed_link_and_nothing_else():
    paths = sorted(SEEDS.glob("*.md")) + sorted(REAL.glob("*.md"))
    code, findings = run_json("--select", "AL004", *map(str, paths), env={"AWESOME_LINT_NOW": NOW_ISO})
    got = {(f["path"].rsplit("/", 1)[-1], f["line"], f["severity"]) for f in findings}
    assert got == CORPUS_FINDINGS
    for f in findings:
        line = (REAL / f["path"].rsplit("/", 1)[-1]).read_text(encoding="utf-8").splitlines()[f["line"] - 1]
        assert line[f["column"] - 1 :].startswith("http")


@needs_shared
def test_real_lists_grep_hits_are_judged():
    """Every line the brief's grep finds is either a finding above or a known non-expiring link."""
    pattern = re.compile(r"x-amz|signature=|token=|sig=", re.I)
    not_signed = re.compile(r"books\.google|google\.com/books|sharing_token=|poc_token=", re.I)
    expected = {(name, line) for name, line, _ in CORPUS_FINDINGS}
    for path in sorted(SEEDS.glob("*.md")) + sorted(REAL.glob("*__*.md")):  # not SOURCES.md, a description
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                assert (path.name, n) in expected or not_signed.search(line), (path.name, n)


@needs_shared
def test_real_fix_on_a_real_list_changes_only_the_unsafe_acm_links(tmp_path):
    src = REAL / "thunlp__GNNPapers.md"
    target = tmp_path / "gnn.md"
    target.write_bytes(src.read_bytes())
    proc = run_cli("--fix", "--exit-non-zero-on-warning", "--select", "AL004", str(target), env={"AWESOME_LINT_NOW": NOW_ISO})
    assert proc.returncode == 1 and target.read_bytes() == src.read_bytes()  # the ACM fix is unsafe: warnings left
    proc = run_cli("--fix", "--unsafe-fixes", "--select", "AL004", str(target), env={"AWESOME_LINT_NOW": NOW_ISO})
    assert proc.returncode == 0, proc.stdout.decode() + proc.stderr.decode()
    old, new = src.read_text(encoding="utf-8").splitlines(True), target.read_text(encoding="utf-8").splitlines(True)
    assert len(old) == len(new)
    changed = [n for n, (a, b) in enumerate(zip(old, new), 1) if a != b]
    assert changed == [225, 1648]
    assert "https://dl.acm.org/citation.cfm?id=3186116" in new[224]
    assert re.sub(r"https?://dl\.acm\.org/citation\.cfm\?id=\d+", "U", new[224]) == re.sub(
        r"http://delivery\.acm\.org/\S+?(?=\))", "U", old[224])


def test_corpus_path_is_where_the_house_rules_say():
    from pathlib import Path

    assert CORPUS == Path(__file__).resolve().parents[2] / "shared" / "corpus"


def test_the_documented_recipe_example_is_valid_configuration():
    import yaml

    block = re.search(r"```yaml\n(.*?)```", SignedUrl.doc(), re.S).group(1)
    config = yaml.safe_load(block)
    text = "- [a](https://pdfs.example-press.org/pdf/9.pdf?access=x)\n"
    fixed, _ = fix_text(text, select=["AL004"], config=config, context=CTX)
    assert fixed == "- [a](https://example-press.org/article/9)\n"


def test_non_ascii_digits_in_an_expiry_do_not_crash():
    """`X-Amz-Expires=%C2%B2` decodes to '²', a digit to str.isdigit that float() refuses: it
    crashed AL004 (found while fixing the same slip elsewhere). It reads as no stated expiry."""
    from awesome_lint.engine import lint_text

    url = ("https://s3.amazonaws.com/b/k.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20240101T000000Z"
           "&X-Amz-Expires=%C2%B2&X-Amz-Signature=abc&X-Amz-Credential=a")
    found = lint_text(f"# A\n\n- [x]({url})\n", select=["AL004"])
    assert [f.code for f in found] == ["AL004"] and "crashed" not in found[0].message


def test_session_ids_are_dropped_and_nothing_else():
    text = ("- [a](https://dl.acm.org/citation.cfm?id=1234567&CFID=11&CFTOKEN=22#sec) "
            "[b](http://journals.example.org/a.jsp;jsessionid=AB12?x=1&y=2) [c](https://example.org/p?PHPSESSID=z)\n")
    found = lint(text)
    assert len(found) == 3 and all(f.fix is not None and f.fix.safe for f in found)
    fixed, left = fix_text(text, select=["AL004"], context=CTX)
    assert fixed == ("- [a](https://dl.acm.org/citation.cfm?id=1234567#sec) "
                     "[b](http://journals.example.org/a.jsp?x=1&y=2) [c](https://example.org/p)\n")
    assert left == []


def test_oxford_guest_key_is_reported_with_an_unsafe_fix():
    text = "- [paper](https://academic.oup.com/bib/article/23/6/bbac409/6713511?guestAccessKey=0000-aaaa&login=true)\n"
    (f,) = lint(text)
    assert "Oxford Academic guest access" in f.message and "0000-aaaa" not in f.message
    assert not f.fix.safe
    assert f.fix.edits[0].replacement == "https://academic.oup.com/bib/article/23/6/bbac409/6713511"


def test_scholar_casa_token_is_dropped_and_every_other_byte_kept():
    text = ("- [a](https://onlinelibrary.wiley.com/doi/abs/10.1002/x.1?casa_token=Zz9:Qq_-8&lang=en#refs) "
            "[b](https://www.sciencedirect.com/science/article/pii/S0000000000000001)\n")
    (f,) = lint(text)
    assert "campus-access token" in f.message and "Zz9" not in f.message and f.fix.safe
    fixed, left = fix_text(text, select=["AL004"], context=CTX)
    assert fixed == ("- [a](https://onlinelibrary.wiley.com/doi/abs/10.1002/x.1?lang=en#refs) "
                     "[b](https://www.sciencedirect.com/science/article/pii/S0000000000000001)\n")
    assert left == []


def test_gradio_share_links_are_reported_in_markdown_and_html_but_not_gradio_itself():
    text = ("| Demo |\n| --- |\n| [Demo](https://a1b2c3d4e5f6a7b8c9.gradio.live/) |\n\n"
            '<p><a href="https://ffee00112233445566.Gradio.Live/?view=api">demo</a></p>\n\n'
            "- [guide](https://www.gradio.app/guides/sharing-your-app) [space](https://huggingface.co/spaces/a/b)\n")
    found = lint(text)
    assert [(f.line, f.fix) for f in found] == [(3, None), (5, None)]
    assert all("share link" in f.message and f.severity == "warning" for f in found)


def test_tunnels_made_for_one_run_are_reported_and_reserved_names_are_not():
    text = ("- [a](https://6dd3-20-163-117-69.ngrok-free.app/) [b](https://0f1e2d3c4b.ngrok.io/demo)"
            " [c](https://quiet-blue-owl.trycloudflare.com/)\n"
            "- [d](https://demo.lab-name.ngrok.app/) [e](https://calm-red-fox.ngrok-free.app) [f](https://ngrok.com/docs)"
            " [g](https://github.com/ngrok/ngrok-python)\n")
    found = lint(text)
    assert [(f.line, f.column) for f in found] == [(1, 7), (1, 55), (1, 93)]
    assert all("tunnel to the author's machine" in f.message and f.fix is None for f in found)
    assert "Cloudflare quick tunnel" in found[2].message
