"""AL013 dead-link against real HTTP servers on 127.0.0.1 (several ports standing for several hosts)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures" / "links"))
from server import Servers, free_port  # noqa: E402

from awesome_lint import source as source_mod  # noqa: E402
from awesome_lint.engine import Engine, Selection, apply_edits  # noqa: E402
from awesome_lint.model import ERROR, WARNING, RunContext  # noqa: E402

FAST = {"timeout": 0.5, "retries": 2, "backoff": 0.01, "retry_budget": 3.0, "per_host_concurrency": 4,
        "concurrency": 16}


@pytest.fixture(scope="module")
def srv():
    s = Servers(3)
    yield s
    s.close()


def run(tmp_path, files, opts=None, **ctx):
    """Lint files ({name: text}) with AL013 only, through the engine as the CLI does.
    Returns (findings by path, engine rule instance)."""
    cfg = tmp_path / ".awesome-lint.yaml"
    cfg.write_text(yaml.safe_dump({"AL013": {**FAST, **(opts or {})}}))
    ctx.setdefault("allow_private", True)
    ctx.setdefault("cache_path", str(tmp_path / "cache.sqlite3"))
    context = RunContext(check_links=True, **ctx)
    eng = Engine(Selection(select=["AL013"]), config_file=str(cfg), context=context)
    results, docs = {}, []
    for name, text in files.items():
        p = tmp_path / name
        p.write_text(text)
        src = source_mod.read(str(p))
        result, doc = eng.lint_source(src)
        results[src.path] = result
        docs.append(doc)
    eng.check_many(docs, results)
    rule = eng.rules_for(docs[0].path)[0]
    return {Path(k).name: v.findings for k, v in results.items()}, rule


def by_line(findings):
    out = {}
    for f in findings:
        out.setdefault(f.line, []).append(f)
    return out


def lines_of(urls):
    return "".join(f"- [entry {i}]({u})\n" for i, u in enumerate(urls))


def test_classification_table(srv, tmp_path):
    dns = "http://no-such-host.invalid/paper"
    refused = f"http://127.0.0.1:{free_port()}/x"
    cases = [
        (srv.url("/ok"), None),
        (srv.url("/chain/3", 1), None),
        (srv.url("/loop/a"), ("dead", ERROR, "redirect loop")),
        (srv.url("/chain/15"), ("dead", ERROR, "more than 10 redirects")),
        (srv.url("/status/404"), ("dead", ERROR, "404 Not Found")),
        (srv.url("/status/410", 2), ("dead", ERROR, "410 Gone")),
        (refused, ("dead", ERROR, "connection refused")),
        (dns, ("dead", ERROR, "not found (DNS)")),
        (srv.url("/status/403"), ("blocked", WARNING, "403")),
        (srv.url("/status/401"), ("blocked", WARNING, "401")),
        (srv.url("/status/999"), ("blocked", WARNING, "999")),
        (srv.url("/status/500", 1), ("failed", WARNING, "500")),
        (srv.url("/nohead"), None),
        (srv.url("/headlies"), None),
        (srv.url("/chain/2") + "#section", None),
    ]
    findings, rule = run(tmp_path, {"README.md": lines_of([u for u, _ in cases])})
    got = by_line(findings["README.md"])
    for i, (url, want) in enumerate(cases, start=1):
        if want is None:
            assert i not in got, (url, [f.message for f in got.get(i, [])])
            continue
        kind, severity, text = want
        assert i in got, url
        (f,) = got[i]
        assert f.severity == severity, (url, f.message)
        assert text in f.message, (url, f.message)
        assert ("dead link" in f.message) == (kind == "dead"), f.message
        assert f.path.endswith("README.md")
        assert f.code == "AL013" and f.name == "dead-link"
    # the 500 was retried before it was reported
    assert srv.state.hits("/status/500") >= 3
    assert "checked 15 links on 5 hosts" in rule.last_summary


def test_moved_permanently_has_unsafe_fix(srv, tmp_path):
    import cmarkgfm

    target_port = srv.ports[2]
    urls = [srv.url(f"/perm/{target_port}"), srv.url("/perm308", 1) + "#frag", srv.url("/perm-then-temp")]
    text = lines_of(urls) + f"\nSee <{urls[0]}> and {srv.url('/perm308', 1)} too.\n"
    findings, _ = run(tmp_path, {"README.md": text})
    fs = findings["README.md"]
    assert all(f.severity == WARNING and "moved permanently" in f.message for f in fs), [f.message for f in fs]
    assert len(fs) == 5
    fixes = []
    for f in fs:
        assert f.fix is not None and not f.fix.safe
        fixes.append(f.fix)
    new = apply_edits(text, [e for fx in fixes for e in fx.edits])
    html = cmarkgfm.github_flavored_markdown_to_html(new)
    assert f'href="http://127.0.0.1:{target_port}/ok/moved"' in html
    assert f'href="http://127.0.0.1:{srv.ports[1]}/ok/moved308#frag"' in html
    # a permanent hop followed by a temporary one: the fix stops at the permanent target
    assert f'href="http://127.0.0.1:{srv.ports[0]}/temp"' in html
    assert f"<{srv.url('/ok/moved', 2)}>" in new
    # nothing but the URLs changed
    assert new.count("\n") == text.count("\n") and new.count("[entry") == 3


def test_retries_429_and_503_then_ok(srv, tmp_path):
    urls = [srv.url("/flaky/429/2/a"), srv.url("/flaky/503/1/b", 1), srv.url("/flaky/502/1/c", 2)]
    findings, rule = run(tmp_path, {"README.md": lines_of(urls)})
    assert findings["README.md"] == []
    assert srv.state.counters["flaky/a"] == 3
    assert "3 ok, 0 dead" in rule.last_summary


def test_retry_after_beyond_budget_is_blocked_not_dead(srv, tmp_path):
    url = srv.url("/retry-after/3600")
    findings, _ = run(tmp_path, {"README.md": lines_of([url])})
    (f,) = findings["README.md"]
    assert f.severity == WARNING and "429" in f.message and "retry budget" in f.message
    assert srv.state.hits("/retry-after/3600", "GET") + srv.state.hits("/retry-after/3600", "HEAD") == 1


def test_timeouts_and_dropped_connections_retried_then_reported(srv, tmp_path):
    urls = [srv.url("/slow/3"), srv.url("/drop", 1)]
    findings, _ = run(tmp_path, {"README.md": lines_of(urls)}, {"timeout": 0.3, "retries": 1})
    got = by_line(findings["README.md"])
    assert "timed out" in got[1][0].message and got[1][0].severity == WARNING
    assert "dropped" in got[2][0].message and got[2][0].severity == WARNING
    assert srv.state.hits("/drop") == 2
    assert srv.state.hits("/slow/3") == 2


def test_head_refused_uses_get_and_remembers_the_host(srv, tmp_path):
    port = srv.ports[2]
    before = [r for r in srv.state.requests if r[0] == port and r[2].startswith("/nohead")]
    urls = [srv.url("/nohead?a", 2)] + [srv.url(f"/nohead?n={i}", 2) for i in range(4)]
    findings, _ = run(tmp_path, {"README.md": lines_of(urls)}, {"per_host_concurrency": 1})
    assert findings["README.md"] == []
    reqs = [r for r in srv.state.requests if r[0] == port and r[2].startswith("/nohead")][len(before):]
    heads = [r for r in reqs if r[1] == "HEAD"]
    gets = [r for r in reqs if r[1] == "GET"]
    assert len(gets) == 5 and len(heads) == 1


def test_each_url_fetched_once_and_reported_at_every_occurrence(srv, tmp_path):
    dead = srv.url("/status/404?dedupe")
    ok = srv.url("/ok?dedupe")
    a = f"- [a]({dead}) [b]({ok})\n- [c]({dead})\n"
    b = f"| x | y |\n| - | - |\n| [d]({dead}) | {ok} |\n\nText [e]({dead}#frag).\n"
    findings, rule = run(tmp_path, {"a.md": a, "b.md": b})
    assert [f.line for f in findings["a.md"]] == [1, 2]
    assert [f.line for f in findings["b.md"]] == [3, 5]
    assert all(f.path.endswith("a.md") for f in findings["a.md"])
    assert all(f.path.endswith("b.md") for f in findings["b.md"])
    # HEAD answered 404, confirmed once with GET; never again
    assert srv.state.hits("/status/404?dedupe") == 2
    assert srv.state.hits("/ok?dedupe") == 1
    assert "checked 2 links on 1 hosts" in rule.last_summary


def test_links_in_code_are_not_checked(srv, tmp_path):
    text = f"`{srv.url('/status/404?code')}`\n\n```\n{srv.url('/status/404?code')}\n```\n"
    findings, _ = run(tmp_path, {"README.md": text})
    assert findings["README.md"] == []
    assert srv.state.hits("/status/404?code") == 0


def test_private_address_refused_without_allow_private(srv, tmp_path):
    urls = [srv.url("/ok?private"), f"http://localhost:{srv.ports[1]}/ok?private2"]
    findings, rule = run(tmp_path, {"README.md": lines_of(urls)}, allow_private=False)
    fs = findings["README.md"]
    assert len(fs) == 2
    assert all(f.severity == WARNING and "private address" in f.message and "--allow-private" in f.message for f in fs)
    assert srv.state.hits("/ok?private") == 0 and srv.state.hits("/ok?private2") == 0
    assert "2 private not checked" in rule.last_summary


def test_redirect_to_private_address_refused(srv, tmp_path):
    # a public-looking first hop is impossible offline; the check runs per hop, at connection time,
    # so a redirect chain between loopback hosts is refused at its first connection
    findings, _ = run(tmp_path, {"README.md": lines_of([srv.url(f"/perm/{srv.ports[1]}")])}, allow_private=False)
    (f,) = findings["README.md"]
    assert "private address" in f.message
    assert srv.state.hits(f"/perm/{srv.ports[1]}") == 0


def test_cache_second_run_offline_and_no_cache(srv, tmp_path):
    urls = [srv.url("/ok?cache"), srv.url("/status/404?cache", 1), srv.url("/status/403?cache", 2)]
    text = lines_of(urls)
    first, rule = run(tmp_path, {"README.md": text})
    n = len(srv.state.requests)
    assert "cache hits 0" in rule.last_summary
    second, rule = run(tmp_path, {"README.md": text})
    assert len(srv.state.requests) == n  # nothing fetched
    assert "cache hits 3" in rule.last_summary
    assert [(f.line, f.message) for f in second["README.md"]] == [(f.line, f.message) for f in first["README.md"]]
    # offline: cache only; a URL not in the cache is not fetched and not reported
    extra = srv.url("/status/404?offline")
    offline, rule = run(tmp_path, {"README.md": text + lines_of([extra])}, offline=True)
    assert srv.state.hits("/status/404?offline") == 0
    assert len(offline["README.md"]) == 2
    assert "1 not in the cache (offline)" in rule.last_summary
    # --no-cache fetches again
    run(tmp_path, {"README.md": text}, use_cache=False)
    assert len(srv.state.requests) > n


def test_dead_results_expire_sooner_than_ok(srv, tmp_path):
    urls = [srv.url("/ok?ttl"), srv.url("/status/404?ttl")]
    now = 1_800_000_000.0
    run(tmp_path, {"README.md": lines_of(urls)}, now=now)
    hits_404 = srv.state.hits("/status/404?ttl")
    # two hours later: the ok result is still fresh, the dead one (1 hour) is fetched again
    _, rule = run(tmp_path, {"README.md": lines_of(urls)}, now=now + 7200)
    assert srv.state.hits("/ok?ttl") == 1
    assert srv.state.hits("/status/404?ttl") > hits_404
    assert "cache hits 1" in rule.last_summary


def test_only_changed_lines_are_checked(srv, tmp_path):
    urls = [srv.url("/status/404?since1"), srv.url("/status/404?since2")]
    path = str((tmp_path / "README.md").resolve())
    findings, _ = run(tmp_path, {"README.md": lines_of(urls)}, only_lines={path: {2}})
    assert [f.line for f in findings["README.md"]] == [2]
    assert srv.state.hits("/status/404?since1") == 0


def test_exclude_and_accept_options(srv, tmp_path):
    urls = [srv.url("/status/404?excluded"), srv.url("/status/403?accepted")]
    findings, _ = run(tmp_path, {"README.md": lines_of(urls)}, {"exclude": [r"\?excluded$"], "accept": [403]})
    assert findings["README.md"] == []
    assert srv.state.hits("/status/404?excluded") == 0


def test_github_token_never_sent_to_other_hosts(srv, tmp_path, monkeypatch):
    monkeypatch.setenv("GITHUB_TOKEN", "secret-token-value")
    run(tmp_path, {"README.md": lines_of([srv.url("/chain/2?token"), srv.url(f"/perm/{srv.ports[1]}?token")])})
    seen = [h for _p, _m, path, h in srv.state.requests if "token" in path or path.startswith("/chain") or path.startswith("/ok/moved")]
    assert seen
    assert not any("secret-token-value" in v for h in seen for v in h.values())
    assert all("authorization" not in (k.lower() for k in h) for h in seen)


def test_token_and_fragment_helpers():
    from awesome_lint.links.checker import Settings, _has_anchor, fetch_key, wants_fragment
    from awesome_lint.links.safety import is_private, token_for
    from server import GITHUB_HTML

    assert token_for("github.com", "https", "t") == "t"
    assert token_for("api.github.com", "https", "t") == "t"
    assert token_for("github.com", "http", "t") is None
    assert token_for("github.com.evil.example", "https", "t") is None
    assert token_for("raw.example.org", "https", "t") is None
    for a in ("127.0.0.1", "10.1.2.3", "192.168.0.1", "169.254.169.254", "::1", "fe80::1", "::ffff:127.0.0.1",
              "100.64.0.1", "0.0.0.0", "fc00::1"):
        assert is_private(a), a
    for a in ("8.8.8.8", "140.82.112.3", "2606:4700::1111"):
        assert not is_private(a), a
    s = Settings()
    assert wants_fragment("https://github.com/o/r#install", s)
    assert not wants_fragment("https://github.com/o/r/blob/main/x.py#L10-L20", s)
    assert not wants_fragment("https://example.org/page#install", s)
    assert fetch_key("https://example.org/page#install", s) == "https://example.org/page"
    assert fetch_key("https://github.com/o/r#install", s) == "https://github.com/o/r#install"
    assert _has_anchor(GITHUB_HTML, "install") and _has_anchor(GITHUB_HTML, "Usage")
    assert not _has_anchor(GITHUB_HTML, "citation")


def test_summary_line_on_stderr(srv, tmp_path, capsys):
    run(tmp_path, {"README.md": lines_of([srv.url("/ok?summary"), srv.url("/status/404?summary", 1)])})
    err = capsys.readouterr().err
    assert "checked 2 links on 2 hosts: 1 ok, 1 dead, 0 blocked, cache hits 0" in err
    assert "\r" not in err  # no progress bar when stderr is not a terminal


def test_plain_lint_does_not_enable_the_rule(srv, tmp_path):
    from awesome_lint.engine import lint_text

    text = lines_of([srv.url("/status/404?plain")])
    assert lint_text(text) == [] or all(f.code != "AL013" for f in lint_text(text))
    assert srv.state.hits("/status/404?plain") == 0
