"""Pure tables: URL canonicalisation variants and the adaptive schedule (intervals, hints, jitter, backoff)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.collect.timing import (
    MAX_HINT,
    cache_max_age,
    jitter_fraction,
    plan_after_error,
    plan_after_ok,
)
from monitor.urls import canonical_url

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("https://www-reuters-com.cdn.ampproject.org/c/s/www.reuters.com/world/story-1/amp/?utm_source=x",
         "https://reuters.com/world/story-1"),
        ("https://amp.theguardian.com/world/2022/apr/22/story", "https://theguardian.com/world/2022/apr/22/story"),
        ("https://www.example.com/amp/news/story-1", "https://example.com/news/story-1"),
        ("https://example.com/amp", "https://example.com/"),
        ("https://mobile.example.com/news/1?outputType=amp#comments", "https://example.com/news/1"),
        ("https://example.com/caf%c3%a9", "https://example.com/caf%C3%A9"),
        ("https://example.com/a?id=1&utm_campaign=feed&gclid=x&mc_cid=1", "https://example.com/a?id=1"),
        ("http://example.com/a/", "https://example.com/a"),
        ("https://example.com/amplifier", "https://example.com/amplifier"),  # not an AMP variant
    ],
)
def test_canonical_url_variants(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("max-age=600", 600), ("public, max-age=60, s-maxage=300", 300), ('max-age="120"', 120), ("no-cache", None),
     ("", None), (None, None), ("private, MAX-AGE=30", 30)],
)
def test_cache_max_age(value: str | None, seconds: float | None) -> None:
    assert cache_max_age(value) == seconds


@pytest.mark.parametrize(
    ("kwargs", "delay", "reason"),
    [
        ({}, timedelta(minutes=15), "every 15m"),
        ({"interval": timedelta(minutes=5)}, timedelta(minutes=5), "every 5m"),
        ({"interval": timedelta(seconds=5)}, timedelta(minutes=1), "every 1m"),  # never hammer a host
        ({"max_age": 3600}, timedelta(hours=1), "Cache-Control max-age 3600s"),
        ({"max_age": 60}, timedelta(minutes=15), "every 15m"),  # hints only lengthen
        ({"ttl_minutes": 120}, timedelta(hours=2), "feed <ttl> 120 min"),
        ({"ttl_minutes": 60, "max_age": 7200}, timedelta(hours=2), "max-age 7200s"),
        ({"ttl_minutes": 100_000}, MAX_HINT, "<ttl> 100000 min"),  # capped
        ({"retry_after": 1800}, timedelta(minutes=30), "Retry-After 1800s"),
    ],
)
def test_plan_after_ok(kwargs: dict, delay: timedelta, reason: str) -> None:
    plan = plan_after_ok(NOW, jitter=0, **kwargs)
    assert plan.at - NOW == delay
    assert reason in plan.reason


def test_jitter_spreads_sources_and_is_deterministic() -> None:
    delays = {plan_after_ok(NOW, key=f"https://feeds.example/{i}").at - NOW for i in range(50)}
    assert len(delays) > 40
    assert all(timedelta(minutes=13.5) <= d <= timedelta(minutes=15) for d in delays)  # earlier, never later
    assert plan_after_ok(NOW, key="a") == plan_after_ok(NOW, key="a")
    assert all(0 <= jitter_fraction(str(i), NOW) < 1 for i in range(100))


@pytest.mark.parametrize(
    ("failures", "retry_after", "delay", "reason"),
    [
        (1, None, timedelta(minutes=5), "backoff 5m after 1 consecutive failure"),
        (2, None, timedelta(minutes=10), "after 2 consecutive failures"),
        (4, None, timedelta(minutes=40), "backoff 40m"),
        (20, None, timedelta(hours=24), "backoff 24h"),
        (1, 3600, timedelta(hours=1), "Retry-After 3600s"),
        (1, 60, timedelta(minutes=5), "backoff 5m"),  # our backoff when longer than the server's ask
        (1, 10**9, timedelta(days=7), "Retry-After"),  # capped at a week
    ],
)
def test_plan_after_error(failures: int, retry_after: float | None, delay: timedelta, reason: str) -> None:
    plan = plan_after_error(NOW, failures, retry_after=retry_after, jitter=0)
    assert plan.at - NOW == delay
    assert reason in plan.reason



URL_PARTS = st.tuples(
    st.sampled_from(["http", "https", "HTTP"]),
    st.lists(st.sampled_from(["www.", "m.", "amp.", "mobile.", "WWW."]), max_size=3).map("".join),
    st.sampled_from(["example.com", "reuters.com.", "bbc.co.uk", "127.0.0.1:8080", "x.example:443"]),
    st.lists(st.sampled_from(["amp", "news", "a b", "caf%c3%a9", "", ".amp", "amp.html", "%2F"]), max_size=5),
    st.sampled_from(["", "/"]),
    st.lists(st.tuples(st.sampled_from(["utm_source", "id", "amp", "q", "fbclid", "p"]),
                       st.sampled_from(["", "1", "a b", "%20", "x&y"])), max_size=4),
    st.sampled_from(["", "#frag", "#"]),
)

pytestmark = pytest.mark.pure


@settings(max_examples=300, deadline=None)
@given(URL_PARTS)
def test_canonical_url_is_idempotent(parts: tuple) -> None:
    scheme, prefixes, host, segments, slash, query, fragment = parts
    url = f"{scheme}://{prefixes}{host}/{'/'.join(segments)}{slash}"
    if query:
        url += "?" + "&".join(f"{k}={v}" for k, v in query)
    once = canonical_url(url + fragment)
    assert canonical_url(once) == once


def test_canonical_urls_can_be_trusted_across_processes() -> None:
    from monitor.urls import remember_canonical

    assert canonical_url("https://www.m.example.com/a/amp/amp/") == "https://example.com/a"
    remember_canonical("https://reuters.com/b")
    assert canonical_url("https://reuters.com/b") == "https://reuters.com/b"
