"""What both HTTP backends must do alike on a well-behaved loopback server: decode gzip and deflate (zlib and
raw) through the bounded decoder, follow redirects up to the limit and report the final URL, ask only for the
encodings the decoder knows, send conditional requests and read 304s, and refuse a declared oversized body.
The hostile cases are in test_fetch_hostile.py."""

from __future__ import annotations

import gzip
import zlib

import pytest

from monitor.collect.fetch import BACKENDS, make_fetcher
from monitor.errors import FetchError
from tests.support.loopback import LoopbackServer, Route
from tests.support.story import binance_feed

pytestmark = pytest.mark.integration

FEED = binance_feed()


@pytest.fixture(params=BACKENDS)
def http(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


@pytest.mark.parametrize(("coding", "body"), [
    ("gzip", gzip.compress(FEED)),
    ("deflate", zlib.compress(FEED)),
    ("deflate", raw_deflate(FEED)),
    ("identity", FEED),
])
async def test_encoded_bodies_are_decoded(server: LoopbackServer, http: str, coding: str, body: bytes) -> None:
    url = server.route("/feed.xml", Route(body, headers={"Content-Encoding": coding}))
    async with make_fetcher(http=http, timeout=5) as fetcher:
        got = await fetcher.fetch(url)
    assert got.body == FEED and got.status == 200
    assert "content-encoding" not in got.headers
    sent = server.requests[-1][1]
    assert sent["Accept-Encoding"] == "gzip, deflate"  # never br or zstd: the decoder could not bound them
    assert sent["User-Agent"].startswith("storywatch/")


async def test_redirects_are_followed_to_the_limit(server: LoopbackServer, http: str) -> None:
    final = server.route("/feed.xml", Route(FEED))
    for hop in range(3):
        server.route(f"/r{hop}", Route(status=301 if hop else 308, conditional=False,
                                       headers={"Location": f"/r{hop + 1}" if hop < 2 else final}))
    async with make_fetcher(http=http, timeout=5, max_redirects=3) as fetcher:
        got = await fetcher.fetch(server.url("/r0"))
    assert got.url == final and got.body == FEED
    async with make_fetcher(http=http, timeout=5, max_redirects=2) as fetcher:
        with pytest.raises(FetchError, match="too many redirects"):
            await fetcher.fetch(server.url("/r0"))


async def test_conditional_requests_get_304_on_one_connection(server: LoopbackServer, http: str) -> None:
    url = server.route("/feed.xml", Route(FEED))
    async with make_fetcher(http=http, timeout=5) as fetcher:
        first = await fetcher.fetch(url)
        etag, modified = first.headers["etag"], first.headers["last-modified"]
        again = [await fetcher.fetch(url, etag=etag, last_modified=modified) for _ in range(3)]
    assert all(g.not_modified and g.body == b"" for g in again)
    assert [h.get("If-None-Match") for _, h in server.requests] == [None, etag, etag, etag]
    assert server.requests[-1][1]["If-Modified-Since"] == modified


async def test_a_declared_oversized_body_is_refused(server: LoopbackServer, http: str) -> None:
    url = server.route("/big.xml", Route(b"x" * 5000))
    async with make_fetcher(http=http, timeout=5, max_bytes=4096) as fetcher:
        with pytest.raises(FetchError, match="body of 5,000 bytes exceeds the limit of 4,096") as caught:
            await fetcher.fetch(url)
    assert caught.value.status == 200


async def test_repeated_headers_are_joined(server: LoopbackServer, http: str) -> None:
    url = server.route("/feed.xml", Route(FEED, headers={"Cache-Control": "max-age=600", "cache-control": "public"}))
    async with make_fetcher(http=http, timeout=5) as fetcher:
        got = await fetcher.fetch(url)
    assert got.headers["cache-control"] == "max-age=600, public"


def test_unknown_backend_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown HTTP backend 'curl'"):
        make_fetcher(http="curl")
