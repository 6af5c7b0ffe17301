"""Dedup that survives real feeds, on loopback: GUID churn, pubDate rewrites, link variants and items without
GUIDs give one article per story; a retitled item ("CORRECTED-") is a new version of the same article."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.archive.db import Archive
from monitor.archive.sources import add_source, list_sources
from monitor.clock import utcnow
from monitor.collect.fetch import make_fetcher
from monitor.collect.poll import poll
from tests.support.loopback import LoopbackServer, Route
from tests.support.story import rss

pytestmark = pytest.mark.integration

FIRST = [
    {"title": "Binance met Russian agency", "link": "https://www.reuters.com/tech/binance-1/?utm_source=rss",
     "guid": "urn:reuters:1", "pubDate": "Fri, 22 Apr 2022 10:00:00 GMT", "description": "<p>Report.</p>"},
    {"title": "Exchange denies report", "link": "https://www.coindesk.com/policy/denial-2",
     "pubDate": "Fri, 22 Apr 2022 12:00:00 GMT", "description": "No GUID on this one."},
    {"title": "Permalink only", "guid": "https://decrypt.co/3/permalink-only"},
    {"title": "Slug will change", "link": "https://theblock.co/post/4/old-slug", "guid": "block-4"},
]

SECOND = [
    # The outlet rewrites GUID and pubDate of an old item, and links to it through its mobile AMP page.
    {"title": "Binance met Russian agency", "link": "https://m.reuters.com/tech/binance-1/amp/?utm_medium=feed",
     "guid": "urn:reuters:1-rev2", "pubDate": "Sat, 23 Apr 2022 08:00:00 GMT", "description": "<p>Report.</p>"},
    # No GUID again, a new pubDate, and a correction in the title.
    {"title": "CORRECTED-Exchange denies report", "link": "https://coindesk.com/policy/denial-2#top",
     "pubDate": "Sat, 23 Apr 2022 09:00:00 GMT", "description": "No GUID on this one."},
    {"title": "Permalink only", "guid": "https://decrypt.co/3/permalink-only"},
    # Same GUID, the slug edited along with the headline: still the same article, a new version.
    {"title": "Slug was changed", "link": "https://theblock.co/post/4/new-slug", "guid": "block-4"},
    {"title": "A new story", "link": "https://www.reuters.com/tech/new-5"},
    {"title": "No link and no URL GUID: cannot be keyed", "guid": "opaque-6"},
]


def run(archive: Archive) -> dict[str, int]:
    summary = poll(archive, [], lambda: make_fetcher(timeout=5), utcnow, include_not_due=True, parse_workers=0)
    return summary.totals()


def test_churn_rewrites_and_variants_make_no_duplicates(server: LoopbackServer, tmp_path: Path) -> None:
    url = server.route("/feed.xml", Route(rss(FIRST)))
    with Archive(tmp_path / "a.db") as archive:
        add_source(archive, url, utcnow())
        assert run(archive)["new"] == 4

        server.route("/feed.xml", Route(rss(SECOND)))
        totals = run(archive)
        assert (totals["new"], totals["updated"], totals["unchanged"]) == (1, 2, 2)
        assert totals["skipped_no_link"] == 1

        articles = {r["url"]: r for r in archive.all("SELECT * FROM articles")}
        assert sorted(articles) == [
            "https://coindesk.com/policy/denial-2", "https://decrypt.co/3/permalink-only",
            "https://reuters.com/tech/binance-1", "https://reuters.com/tech/new-5",
            "https://theblock.co/post/4/old-slug",
        ]
        denial = articles["https://coindesk.com/policy/denial-2"]
        assert denial["title"] == "CORRECTED-Exchange denies report" and denial["versions"] == 2
        titles = [r["title"] for r in archive.all(
            "SELECT title FROM article_versions WHERE article_id = ? ORDER BY id", (denial["id"],))]
        assert titles == ["Exchange denies report", "CORRECTED-Exchange denies report"]
        assert articles["https://theblock.co/post/4/old-slug"]["title"] == "Slug was changed"
        # A rewritten pubDate does not make a version.
        assert articles["https://reuters.com/tech/binance-1"]["versions"] == 1

        # The same feed again (the server answers 304): nothing new.
        assert run(archive).get("sources_not_modified") == 1
        assert archive.one("SELECT count(*) AS n FROM articles")["n"] == 5  # type: ignore[index]


def test_the_same_story_in_two_feeds_is_one_article(server: LoopbackServer, tmp_path: Path) -> None:
    a = server.route("/a.xml", Route(rss([FIRST[0]], title="Reuters")))
    b = server.route("/b.xml", Route(rss([SECOND[0]], title="Reuters mobile")))
    with Archive(tmp_path / "a.db") as archive:
        add_source(archive, a, utcnow())
        add_source(archive, b, utcnow())
        totals = run(archive)
        assert (totals["new"], totals.get("unchanged", 0)) == (1, 1)


def test_a_server_ignoring_conditional_requests_costs_no_parse(server: LoopbackServer, tmp_path: Path) -> None:
    url = server.route("/feed.xml", Route(rss(FIRST), conditional=False))
    with Archive(tmp_path / "a.db") as archive:
        add_source(archive, url, utcnow())
        assert run(archive)["new"] == 4
        totals = run(archive)  # a 200 with the same bytes: recognised before parsing
        assert totals["sources_not_modified"] == 1 and totals["same_body"] == 1 and "unchanged" not in totals
        server.route("/feed.xml", Route(rss(SECOND), conditional=False))
        assert run(archive)["new"] == 1
    assert all("If-None-Match" in headers for _, headers in server.requests[1:])


def test_a_source_whose_writes_fail_is_rolled_back_alone(server: LoopbackServer, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import monitor.collect.poll
    from monitor.errors import StorywatchError

    real = monitor.collect.poll.ingest_article
    poisoned = server.route("/poisoned.xml", Route(rss(FIRST)))
    healthy = server.route("/healthy.xml", Route(rss(SECOND)))

    def ingest(archive: Archive, watches: list, fields: object, now: object, *, source_id: int,
               **kwargs: object) -> object:
        result = real(archive, watches, fields, now, source_id=source_id, **kwargs)  # type: ignore[arg-type]
        if fields.title == "Permalink only" and source_id == poisoned_id:  # type: ignore[attr-defined]
            raise StorywatchError("disk says no")  # after two of its articles were written
        return result

    monkeypatch.setattr(monitor.collect.poll, "ingest_article", ingest)
    with Archive(tmp_path / "a.db") as archive:
        poisoned_id = add_source(archive, poisoned, utcnow())
        add_source(archive, healthy, utcnow())
        totals = run(archive)
        rows = {r["url"]: r for r in list_sources(archive)}
        assert totals["sources_failed"] == 1 and totals["sources_ok"] == 1
        assert "cannot store: disk says no" in rows[poisoned]["last_error"]
        assert archive.one("SELECT count(*) AS n FROM articles WHERE source_id = ?", (poisoned_id,))["n"] == 0
        assert rows[healthy]["last_entries"] == 5
