"""Hardened fetching against a hostile loopback server: every attack ends as a clear error (or backoff) on
its own source, memory stays bounded, and the run finishes with the good sources polled. Every fetching test
runs against both HTTP backends (the `http` fixture)."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable, Iterator
from datetime import timedelta
from functools import partial

import pytest

from monitor.archive.db import Archive
from monitor.archive.sources import add_source, list_sources, set_source_enabled
from monitor.clock import parse_iso, utcnow
from monitor.collect.feeds import parse_feed
from monitor.collect.fetch import BACKENDS, Fetcher, make_fetcher
from monitor.collect.poll import poll
from monitor.errors import FetchError
from tests.support.hostile import HUGE, HostileServer, billion_laughs
from tests.support.loopback import LoopbackServer, Route
from tests.support.story import binance_feed

pytestmark = pytest.mark.integration

MAX_BYTES = 1024 * 1024


@pytest.fixture(scope="module")
def hostile() -> Iterator[HostileServer]:
    srv = HostileServer().start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(params=BACKENDS)
def http(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def quick_fetcher(http: str) -> Fetcher:
    return make_fetcher(http=http, timeout=0.5, connect_timeout=0.5, total_timeout=1.5, max_bytes=MAX_BYTES)


async def fetch(url: str, http: str) -> FetchError:
    async with quick_fetcher(http) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.fetch(url)
    return caught.value


@pytest.mark.parametrize(("path", "expected"), [
    ("/silent", "timed out"),
    ("/drip", "total limit"),
    ("/huge", "exceeds the limit"),
    ("/bomb", "decompression bomb"),
    ("/loop", "too many redirects"),
    ("/ftp", "refused"),
    ("/429", "HTTP 429"),
    ("/503", "HTTP 503"),
])
async def test_each_attack_is_a_clear_error(hostile: HostileServer, http: str, path: str, expected: str) -> None:
    error = await fetch(hostile.url(path), http)
    assert expected in str(error)


async def test_retry_after_is_read(hostile: HostileServer, http: str) -> None:
    assert (await fetch(hostile.url("/429"), http)).retry_after == 3600
    assert (await fetch(hostile.url("/503"), http)).retry_after > 300 * 24 * 3600  # an HTTP date in 2037


async def test_oversized_bodies_stop_early_and_memory_stays_bounded(hostile: HostileServer, http: str) -> None:
    tracemalloc.start()
    try:
        await fetch(hostile.url("/bomb"), http)
        await fetch(hostile.url("/huge"), http)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * MAX_BYTES, f"peak {peak:,} bytes for a {MAX_BYTES:,} limit"
    # The client hung up before the 50 MB were out (what was sent beyond the limit sat in socket buffers).
    assert hostile.sent["/huge"] < HUGE


def test_entity_expansion_is_defused() -> None:
    tracemalloc.start()
    try:
        parsed = parse_feed(billion_laughs())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024
    assert "lollollol" not in parsed.entries[0].title
    assert "DOCTYPE internal subset" in parsed.warning


def test_wrong_declared_charset_still_yields_entries() -> None:
    from tests.support.hostile import WINDOWS_1252_FEED

    parsed = parse_feed(WINDOWS_1252_FEED, content_type="application/rss+xml; charset=utf-8")
    assert len(parsed.entries) == 1
    assert parsed.entries[0].title.startswith("R\u00e9sum\u00e9 of the caf\u00e9 affair")
    assert parsed.warning  # flagged, but kept


def test_a_hostile_run_finishes_and_records_each_failure(hostile: HostileServer, server: LoopbackServer,
                                                          tmp_path: object, http: str) -> None:
    good = server.route("/good.xml", Route(binance_feed()))
    paths = ["/silent", "/drip", "/huge", "/bomb", "/loop", "/ftp", "/429", "/503", "/charset", "/laughs"]
    db = f"{tmp_path}/a.db"
    now = utcnow()
    with Archive(db) as archive:
        for url in [good, *(hostile.url(p) for p in paths)]:
            add_source(archive, url, now)
        summary = poll(archive, [], partial(quick_fetcher, http), utcnow, concurrency=16, disable_after=3)
        rows = {r["url"].rsplit("/", 1)[-1]: r for r in list_sources(archive)}
        run = archive.one("SELECT status, stats FROM runs WHERE id = ?", (summary.run_id,))
    assert run is not None and run["status"] == "partial"
    assert rows["good.xml"]["last_error"] is None and rows["good.xml"]["last_entries"] == 3
    assert rows["charset"]["last_error"] is None and rows["charset"]["last_entries"] == 1
    assert rows["laughs"]["last_error"] is None and "DOCTYPE" in rows["laughs"]["last_warning"]
    expected = {"silent": "timed out", "drip": "total limit", "huge": "exceeds", "bomb": "decompression bomb",
                "loop": "redirects", "429": "HTTP 429", "503": "HTTP 503"}
    for name, words in expected.items():
        assert words in rows[name]["last_error"], (name, rows[name]["last_error"])
        assert rows[name]["consecutive_failures"] == 1 and rows[name]["enabled"] == 1
    # A redirect to ftp:// is the egress policy's to refuse: not a network error, so not retried.
    assert rows["ftp"]["last_error"].startswith("refused: only http(s)") and rows["ftp"]["enabled"] == 0
    # The servers' Retry-After is honoured: an hour for 429; the 2037 date is capped at a week for 503.
    in_an_hour = parse_iso(rows["429"]["next_check"]) - now  # type: ignore[operator]
    assert timedelta(minutes=59) < in_an_hour < timedelta(minutes=62)
    assert "Retry-After" in rows["429"]["check_reason"]
    assert parse_iso(rows["503"]["next_check"]) - now > timedelta(days=6)  # type: ignore[operator]
    # Plain failures back off exponentially, from 5 minutes.
    assert "backoff" in rows["loop"]["check_reason"]


def test_failing_sources_are_disabled_after_n_and_reenabled(hostile: HostileServer, tmp_path: object,
                                                            http: str) -> None:
    db = f"{tmp_path}/a.db"
    factory: Callable[[], Fetcher] = partial(quick_fetcher, http)
    url = hostile.url("/loop")
    with Archive(db) as archive:
        add_source(archive, url, utcnow())
        for attempt in range(1, 4):
            summary = poll(archive, [], factory, utcnow, include_not_due=True, disable_after=3,
                           parse_workers=0)
            assert summary.outcomes[0].disabled == (attempt == 3)
        row = list_sources(archive)[0]
        assert row["enabled"] == 0 and "after 3 consecutive failures" in row["disabled_reason"]
        assert poll(archive, [], factory, utcnow, include_not_due=True).outcomes == []  # disabled: skipped
        assert set_source_enabled(archive, url, True, now=utcnow())
        row = list_sources(archive)[0]
        assert row["enabled"] == 1 and row["consecutive_failures"] == 0 and row["next_check"] is None



def test_a_feed_too_slow_to_parse_is_refused_and_others_still_parse(server: LoopbackServer, tmp_path: object) -> None:
    slow = server.route("/slow.xml", Route(b"<rss><channel><item " + b"<a " * 700_000))
    good = [server.route(f"/good{i}.xml", Route(binance_feed())) for i in range(3)]
    with Archive(f"{tmp_path}/a.db") as archive:
        for url in (slow, *good):
            add_source(archive, url, utcnow())
        poll(archive, [], lambda: make_fetcher(timeout=5), utcnow, parse_workers=2, parse_timeout=0.3)
        rows = {r["url"]: r for r in list_sources(archive)}
    assert "parsing took longer than 0.3s" in rows[slow]["last_error"]
    assert all(rows[url]["last_entries"] == 3 for url in good)
