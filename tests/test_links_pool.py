"""The link checker's per-origin connection pool over real TLS: HTTP/1.1 connections reused and
bounded by the per-host limit, HTTP/2 multiplexed on one connection, certificate errors reported
as failures (not dead links). Servers: tests/fixtures/links/tls_server.py, on 127.0.0.1."""

from __future__ import annotations

import ssl
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures" / "links"))
from server import Servers  # noqa: E402
from tls_server import TLSServer, make_certificate  # noqa: E402


@pytest.fixture(scope="module")
def cert(tmp_path_factory):
    made = make_certificate(str(tmp_path_factory.mktemp("tls")))
    if made is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    return made


def check(urls, cafile=None, per_host=4, **kw):
    from awesome_lint.links.checker import Checker, Settings

    ctx = ssl.create_default_context(cafile=cafile) if cafile else None
    s = Settings(allow_private=True, per_host=per_host, concurrency=32, timeout=5.0, retries=0, ssl_context=ctx, **kw)
    return Checker(s).check(urls)


def kinds(results):
    return {u.rsplit("/", 2)[-2] + "/" + u.rsplit("/", 1)[-1]: r.kind for u, r in results.items()}


@pytest.mark.parametrize("http2", [False, True])
def test_tls_results_and_connections(cert, http2):
    srv = TLSServer(*cert, http2=http2, delay=0.05)
    try:
        urls = [srv.url(f"/ok/{i}") for i in range(40)] + [srv.url(f"/missing/{i}") for i in range(3)]
        urls.append(srv.url("/redirect"))
        res = check(urls, cafile=cert[0], per_host=4)
        assert {u: r.kind for u, r in res.items() if "/ok/" in u} == {u: "ok" for u in urls if "/ok/" in u}
        assert all(res[u].kind == "dead" and res[u].status == 404 for u in urls if "/missing/" in u)
        assert res[srv.url("/redirect")].kind == "ok"
        methods = [m for m, p in srv.requests]
        assert methods.count("HEAD") == 40 + 3 + 2  # the redirect and its target are asked with HEAD too
        assert sorted(p for m, p in srv.requests if m == "GET") == [f"/missing/{i}" for i in range(3)]  # 404 asked again
        if http2:
            # one TLS connection carries every request (the others waited for it to learn it is h2)
            assert srv.connections == 1, srv.connections
        else:
            # connections are reused: never more than the per-host limit, however many requests
            assert 1 <= srv.connections <= 4, srv.connections
    finally:
        srv.close()


def test_untrusted_certificate_is_a_failure_not_dead(cert):
    srv = TLSServer(*cert, http2=False, delay=0.0)
    try:
        url = srv.url("/ok/x")
        res = check([url])  # default trust store: the self-signed certificate is refused
        assert res[url].kind == "failed", res[url]
        assert "TLS error" in res[url].detail or "certificate" in res[url].detail.lower(), res[url].detail
        assert srv.requests == []
    finally:
        srv.close()


def test_plain_http_many_links_few_connections():
    """2 hosts x 30 links with a per-host limit of 3: every link answered, requests spread over
    both hosts, and the run is not one connection per request (the server's handler threads count
    the connections it accepted)."""
    s = Servers(2)
    try:
        accepted = []
        for srv in s.servers:
            orig = srv.process_request

            def counting(request, client_address, _orig=orig, _srv=srv):
                accepted.append(_srv.server_address[1])
                return _orig(request, client_address)

            srv.process_request = counting
        urls = [s.url(f"/ok/{i}", i % 2) for i in range(60)]
        res = check(urls, per_host=3)
        assert all(r.kind == "ok" for r in res.values()) and len(res) == 60
        assert s.state.hits("/ok/0") == 1
        for port in s.ports:
            assert 1 <= accepted.count(port) <= 3, accepted
    finally:
        s.close()
