"""The revisit spider reads the web archive when the outlet refuses a tracked article twice running (403, or a
bot wall served with 200): the newest capture since the last version becomes a version dated at its capture,
sourced to the archive, and its correction alerts as any revision's does. Real crawls in subprocesses."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.archive.db import Archive
from monitor.archive.subscribers import set_console_subscriber
from monitor.collect.backfill.cdx import layout_of
from monitor.collect.extract import extract_page
from monitor.collect.pages import store_page
from monitor.demo.site import render_page
from monitor.demo.story import published_at
from monitor.seeds import load_watches
from tests.support.backfill import story
from tests.support.crawling import run_scrapy, write_watch
from tests.support.loopback import LoopbackServer, Route

pytestmark = pytest.mark.integration

HTML = "text/html; charset=utf-8"
PAGE = "/story/special-report-binance-russia"
DATADOME = (b'<html><head><title>reuters.com</title><script>var dd={"cid":"AHrlqAAAAAMA","hsh":"2211F5"}</script>'
            b'<script src="https://ct.captcha-delivery.com/c.js"></script></head><body></body></html>')


def _report(base: str, stage: int) -> bytes:
    s = story()
    article = published_at(s, stage)["reuters-report"]
    return render_page(s.outlet("reuters"), replace(article, path=PAGE), base)


@pytest.mark.parametrize("refusal", [Route(b"Forbidden", status=403, content_type="text/plain"),
                                     Route(DATADOME, content_type=HTML)], ids=["403", "bot-wall"])
def test_a_page_refused_twice_is_read_from_the_archive(server: LoopbackServer, tmp_path: Path, refusal: Route) -> None:
    link = server.url(PAGE)
    layout = layout_of(server.url("/archive/web"))
    seeds = write_watch(tmp_path / "seeds", origin=link, any_of='"fsb", "rosfinmonitoring"')
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        watches = load_watches(seeds)
        set_console_subscriber(archive, watches, datetime(2022, 4, 22, tzinfo=UTC), active=True)
        first = _report(server.base, 0).decode()
        store_page(archive, watches, extract_page(first, link), link=link, now=datetime(2022, 4, 22, 12, tzinfo=UTC))
    server.route(PAGE, refusal)
    captures = [["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"],
                ["x", "20220422110000", link, "text/html", "200", "AAAA", "1"],
                ["x", "20220428160000", link, "text/html", "200", "BBBB", "1"]]
    index = layout.query(link).removeprefix(server.base)  # as Scrapy sends it (aiohttp would unquote it)
    server.route(index, Route(json.dumps(captures).encode(), content_type="application/json"))
    server.route(layout.capture_url("20220428160000", link).removeprefix(server.base),
                 Route(_report(server.base, 3), content_type=HTML))
    settings = (f"STORYWATCH_WAYBACK_URL={server.url('/archive/web')}",)

    once = run_scrapy("crawl", "revisit", db=db, seeds=seeds,
                      settings=(*settings, "STORYWATCH_NOW=2022-04-23T00:00:00+00:00"))
    assert once.returncode == 0, once.stderr[-3000:]
    assert not [p for p, _ in server.requests if p.startswith("/archive/")], "one refusal is not enough"

    twice = run_scrapy("crawl", "revisit", db=db, seeds=seeds,
                       settings=(*settings, "STORYWATCH_NOW=2022-04-30T00:00:00+00:00"))
    assert twice.returncode == 0, twice.stderr[-3000:]
    asked = [p for p, _ in server.requests if p.startswith("/archive/")]
    assert asked == [index, layout.capture_url("20220428160000", link).removeprefix(server.base)]  # only the newest
    with Archive(db) as archive:
        versions = archive.all("SELECT v.seen_at, v.via, s.source, s.captured_at FROM article_versions v"
                               " LEFT JOIN version_sources s ON s.version_id = v.id ORDER BY v.seen_at")
        correction = archive.one("SELECT e.detected_at, a.status FROM events e JOIN alerts a ON a.event_id = e.id"
                                 " WHERE e.kind = 'correction'")
        backfilled = archive.scalar("SELECT count(*) FROM backfilled_events")
        visit = archive.one("SELECT last_status, last_error FROM revisits")
    assert versions == [
        {"seen_at": "2022-04-22T12:00:00+00:00", "via": "page", "source": None, "captured_at": None},
        {"seen_at": "2022-04-28T16:00:00+00:00", "via": "archive", "source": "archive",
         "captured_at": "2022-04-28T16:00:00+00:00"}]
    # Live tracking, not history: the correction alerts (it is not backfilled), dated at the capture.
    assert correction == {"detected_at": "2022-04-28T16:00:00+00:00", "status": "pending"} and backfilled == 0
    assert visit is not None and visit["last_error"] in ("http_403", "bot_wall")
