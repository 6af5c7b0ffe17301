"""No input bytes crash the parser, and a run over broken copies of real feeds records each failure on
its own source."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.collect.feeds import parse_feed, parse_job
from monitor.errors import FeedError
from tests.conftest import CORPUS

pytestmark = pytest.mark.pure

FEEDS = sorted(p for p in (CORPUS / "feeds").rglob("*") if p.is_file()) if CORPUS.is_dir() else []
needs_corpus = pytest.mark.skipif(not FEEDS, reason=f"the shared corpus is not at {CORPUS}")

XML_BITS = st.sampled_from([b"<rss>", b"<channel>", b"<item>", b"</item>", b"<title>", b"<link>http://x.example/",
                            b"<![CDATA[", b"]]>", b"&amp;", b"&#0;", b"&bogus;", b"<!DOCTYPE rss [", b"<!ENTITY a 'b'>",
                            b"]>", b"<?xml version='1.0' encoding='koi8-r'?>", b"<feed xmlns='http://www.w3.org/"
                            b"2005/Atom'>", b"<entry>", b"<id>", b"\xff\xfe", b"\x00", b"<", b">"])


def parse_or_feed_error(body: bytes) -> None:
    try:
        parsed = parse_feed(body, url="http://x.example/feed")
    except FeedError:
        return
    for entry in parsed.entries:
        assert entry.link


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_garbage_bytes_never_crash(body: bytes) -> None:
    parse_or_feed_error(body)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(XML_BITS | st.binary(max_size=20), max_size=40))
def test_xml_shaped_garbage_never_crashes(bits: list[bytes]) -> None:
    parse_or_feed_error(b"".join(bits))


@needs_corpus
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(FEEDS or [Path("/")]), st.floats(min_value=0.0, max_value=1.0))
def test_truncated_real_feeds_never_crash(path: Path, cut: float) -> None:
    data = path.read_bytes()
    parse_or_feed_error(data[: int(len(data) * cut)])


@needs_corpus
def test_every_corpus_feed_parses_or_says_why() -> None:
    for path in FEEDS:
        got = parse_job(path.read_bytes(), f"http://x.example/{path.name}", "application/xml")
        assert not isinstance(got, tuple) or got[1], path  # a ParsedFeed, or a FeedError's message


def test_links_resolve_against_the_feed_and_opaque_guids_name_no_page() -> None:
    from tests.support.story import rss

    parsed = parse_feed(rss([{"title": "rel", "link": "/tech/rel-7"}, {"title": "opaque", "guid": "12345"}]),
                        url="https://feeds.example.com/rss/tech.xml")
    assert [e.link for e in parsed.entries] == ["https://feeds.example.com/tech/rel-7"]
    assert parsed.skipped == 1
