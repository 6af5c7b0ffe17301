"""The poller's writer stores a feed's entries together (`monitor.archive.feedbatch`): its known articles read in two
queries, its new articles full-text indexed in one statement. It must store exactly what the article-at-a-time
path stores (rows, versions, matches, events, alerts and the search index), duplicates within a feed included."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from monitor.archive.articles import upsert_article
from monitor.archive.db import Archive
from monitor.archive.feedbatch import FeedWrites
from monitor.archive.search import search_articles
from monitor.archive.sources import add_source, list_sources
from monitor.archive.subscribers import set_console_subscriber
from monitor.collect import poll
from monitor.collect.feeds import parse_feed
from monitor.collect.fetch import Fetched
from monitor.collect.ingest import IngestResult, ingest_article
from monitor.collect.prepare import prepare
from monitor.models import ArticleFields, Watch
from monitor.seeds import default_seeds_dir, load_watches

pytestmark = pytest.mark.component

T0 = datetime(2022, 4, 28, 9, 0, tzinfo=UTC)
T1 = T0 + timedelta(hours=1)
RUSSIA = ("Binance agreed to share client data with Rosfinmonitoring, Russia's financial intelligence agency, "
          "documents show.")
DENIAL = "Binance said on Friday it did not share client data with Rosfinmonitoring, Russia's financial watchdog."


def entry(slug: str, title: str, summary: str = "", guid: str = "") -> ArticleFields:
    url = f"https://wire.example/{slug}"
    return ArticleFields(url=url, link=url, title=title, summary=summary, guid=guid, outlet="Wire")


SEEN = [  # in the archive before the feed below arrives
    entry("ties", "Binance built ties to a Russian agency", RUSSIA, guid="g-ties"),
    entry("quiet", "Rain in Vilnius", "Rain is expected.", guid="g-quiet"),
    entry("moved-old", "Exchange report", "A report.", guid="g-moved"),
    entry("by-url", "Markets", "Markets moved.", guid="g-by-url"),
]
FEED = [
    entry("ties", "CORRECTED-Binance built ties to a Russian agency", RUSSIA, guid="g-ties"),  # a new version
    entry("quiet", "Rain in Vilnius", "Rain is expected.", guid="g-quiet"),  # unchanged
    entry("moved-new", "Exchange report, updated", "A report.", guid="g-moved"),  # by GUID, a new link
    entry("denies", "Binance denies sharing data", DENIAL, guid="g-denies"),  # new, matches the watch
    entry("denies", "Binance denies sharing data with Russia", DENIAL, guid="g-denies-2"),  # same URL again
    entry("twin-1", "Twin story", "First telling.", guid="g-twin"),  # new ...
    entry("twin-2", "Twin story, retold", "Second telling.", guid="g-twin"),  # ... and its GUID again
    entry("by-url", "Markets", "Markets moved more.", guid="g-other"),  # found by URL: updated
    # A new link, but the GUID of the row just updated: it must see that update (the same text: unchanged).
    entry("by-url-2", "Markets", "Markets moved more.", guid="g-by-url"),
    entry("quiet", "Rain in Vilnius", "Rain is expected.", guid="g-quiet"),  # the same entry twice
    entry("no-guid", "Plain story", "No GUID."),
]


def _watches() -> list[Watch]:
    return load_watches(default_seeds_dir())


def _archive(path: Path, watches: list[Watch]) -> Archive:
    archive = Archive(path)
    set_console_subscriber(archive, watches, T0, active=True)  # so that events write alert rows
    for fields in SEEN:
        ingest_article(archive, watches, fields, T0, source_id=None)
    return archive


def _state(archive: Archive) -> dict[str, list[tuple[Any, ...]]]:
    tables = {"articles": "id", "article_versions": "id", "matches": "article_id, watch", "events": "id",
              "event_sightings": "event_id, article_id", "alerts": "id"}
    state = {t: archive.conn.execute(f"SELECT * FROM {t} ORDER BY {order}").fetchall()
             for t, order in tables.items()}
    state["fts"] = archive.conn.execute(
        "SELECT rowid, * FROM articles_fts WHERE articles_fts MATCH 'binance OR markets OR twin OR rain OR report'"
        " ORDER BY rowid").fetchall()
    state["fts_docsize"] = archive.conn.execute("SELECT * FROM articles_fts_docsize ORDER BY id").fetchall()
    archive.conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    assert archive.conn.execute("SELECT count(*) FROM fts_deferred").fetchone() == (0,)
    return state


def _results(results: list[IngestResult]) -> list[tuple[str, int, list[str], list[int]]]:
    return [(r.outcome, r.article_id, r.matched, r.events) for r in results]


def _one_at_a_time(archive: Archive, watches: list[Watch], feed: list[ArticleFields],
                   source_id: int | None) -> list[IngestResult]:
    with archive.write():
        return [ingest_article(archive, watches, f, T1, source_id=source_id) for f in feed]


def _per_feed(archive: Archive, watches: list[Watch], feed: list[ArticleFields],
              source_id: int | None) -> list[IngestResult]:
    with archive.write(), FeedWrites(archive, feed, source_id) as writes:
        return [ingest_article(archive, watches, f, T1, source_id=source_id, feed=writes) for f in feed]


def _compare(tmp_path: Path, feed: list[ArticleFields], source: bool = True) -> list[IngestResult]:
    watches = _watches()
    got = []
    for name, store in (("single", _one_at_a_time), ("feed", _per_feed)):
        with _archive(tmp_path / f"{name}.db", watches) as archive:
            source_id = add_source(archive, "https://wire.example/feed", T0) if source else None
            if source_id is not None:  # the seen articles came from this source
                archive.conn.execute("UPDATE articles SET source_id = ?", (source_id,))
                archive.conn.commit()
            results = store(archive, watches, feed, source_id)
            got.append((_results(results), _state(archive), results))
    (single_results, single_state, results), (feed_results, feed_state, _) = got
    assert feed_results == single_results
    assert feed_state == single_state
    return results


def test_a_mixed_feed_stores_the_same_either_way(tmp_path: Path) -> None:
    results = _compare(tmp_path, FEED)
    outcomes = [r.outcome for r in results]
    assert outcomes == ["updated", "unchanged", "updated", "new", "updated", "new", "updated", "updated",
                        "unchanged", "unchanged", "new"]
    ids = [r.article_id for r in results]
    assert ids[3] == ids[4] and ids[5] == ids[6] and ids[7] == ids[8] and ids[1] == ids[9]
    assert results[0].events, "the corrected headline of a matching article is a follow-up"


def test_without_a_source_guids_are_not_looked_up(tmp_path: Path) -> None:
    outcomes = [r.outcome for r in _compare(tmp_path, FEED, source=False)]
    assert outcomes[2] == "new" and outcomes[6] == "new"  # no source: a GUID keys nothing


def test_a_url_twice_in_one_feed_sees_the_first_insert(tmp_path: Path) -> None:
    feed = [entry("dup", "First headline", "Text."), entry("dup", "Second headline", "Text.")]
    results = _compare(tmp_path, feed)
    assert [r.outcome for r in results] == ["new", "updated"]
    assert results[0].article_id == results[1].article_id


def test_a_guid_twice_in_one_feed_sees_the_first_insert(tmp_path: Path) -> None:
    feed = [entry("a", "Headline", "Text.", guid="same"), entry("b", "Headline", "Text.", guid="same"),
            entry("c", "Headline, edited", "Text.", guid="same")]
    results = _compare(tmp_path, feed)
    assert [r.outcome for r in results] == ["new", "unchanged", "updated"]
    assert len({r.article_id for r in results}) == 1


def test_a_new_articles_row_is_the_stored_row(tmp_path: Path) -> None:
    """The row of a new article is built from what was written: it must equal SELECT * (a column added to
    `articles` by a migration must be added there too)."""
    with Archive(tmp_path / "a.db") as archive:
        source_id = add_source(archive, "https://wire.example/feed", T0)
        fields = ArticleFields(url="https://wire.example/x", link="https://wire.example/x?utm_source=rss",
                               title="T", summary="S", body="B", guid="g", outlet="Wire", authors="A",
                               language="en", published="2022-04-28T08:00:00+00:00", updated=None)
        with archive.write(), FeedWrites(archive, [fields], source_id) as feed:
            outcome, row, previous, version_id = upsert_article(archive, fields, T0, source_id=source_id,
                                                                        feed=feed)
        assert (outcome, previous) == ("new", None) and version_id
        assert row == archive.one("SELECT * FROM articles WHERE id = ?", (row["id"],))
        plain = ArticleFields(url="https://wire.example/y", link="https://wire.example/y")
        _, row, _, _ = upsert_article(archive, plain, T0)
        assert row == archive.one("SELECT * FROM articles WHERE id = ?", (row["id"],))


RSS = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>'
       "{items}</channel></rss>")


def _rss(items: list[tuple[str, str, str, str]]) -> bytes:
    return RSS.format(items="".join(
        f"<item><title>{title}</title><link>https://wire.example/{slug}?utm_source=rss</link>"
        + (f'<guid isPermaLink="false">{guid}</guid>' if guid else "")
        + f"<description>{text}</description></item>" for slug, title, guid, text in items)).encode()


def test_the_poller_batch_stores_what_ingesting_one_by_one_does(tmp_path: Path) -> None:
    """Through `poll._store_batch` (parsed, prepared, judged as in a poll) against plain `ingest_article`."""
    first = _rss([("ties", "Binance built ties to a Russian agency", "g1", RUSSIA),
                  ("rain", "Rain in Vilnius", "g2", "Rain."), ("old-link", "Report", "g3", "A report.")])
    second = _rss([("ties", "CORRECTED-Binance built ties to a Russian agency", "g1", RUSSIA),
                   ("rain", "Rain in Vilnius", "g2", "Rain."), ("new-link", "Report", "g3", "A report, longer."),
                   ("denies", "Binance denies sharing data", "g4", DENIAL),
                   ("denies", "Binance denies sharing data with Russia", "g5", DENIAL),
                   ("twin", "Twin", "g6", "One."), ("twin-2", "Twin, again", "g6", "Two."),
                   ("no-guid", "Plain", "", "Plain.")])
    watches = _watches()
    states = []
    for batched in (False, True):
        with Archive(tmp_path / f"{batched}.db") as archive:
            set_console_subscriber(archive, watches, T0, active=True)
            source_id = add_source(archive, "https://wire.example/feed", T0)
            source = next(s for s in list_sources(archive) if s["id"] == source_id)
            counts = []
            for body, now in ((first, T0), (second, T1)):
                prepared = prepare(parse_feed(body, url=source["url"]), watches, outlet="", name="wire")
                if batched:
                    arrival = poll._Arrival(source, fetched=Fetched(url=source["url"], status=200, headers={},
                                                                    body=b""), prepared=prepared)
                    [outcome] = poll._store_batch(archive, watches, [arrival], now, 5)
                    counts.append({k: outcome.counts[k] for k in ("new", "updated", "unchanged", "events")})
                else:
                    with archive.write():
                        results = [ingest_article(archive, watches, f, now, source_id=source_id, assessed=a)
                                   for f, a in zip(prepared.fields, prepared.assessed, strict=True)]
                    counts.append({k: sum(r.outcome == k for r in results) for k in ("new", "updated", "unchanged")}
                                  | {"events": sum(len(r.events) for r in results)})
            states.append((counts, _state(archive)))
    assert states[0] == states[1]
    counts = states[0][0]
    assert counts[1] == {"new": 3, "updated": 4, "unchanged": 1, "events": counts[1]["events"]}
    assert counts[1]["events"] >= 1


def test_a_source_failing_midway_leaves_the_index_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A source whose storing fails after some new articles is rolled back with their deferred indexing; the
    next source's articles are indexed; the deferral mark is never left behind."""
    from monitor.errors import StorywatchError

    real = poll.ingest_article

    def ingest(archive: Archive, watches: list[Watch], fields: ArticleFields, now: datetime,
               **kwargs: Any) -> IngestResult:
        result = real(archive, watches, fields, now, **kwargs)
        if fields.title == "Zebra 2":
            raise StorywatchError("disk says no")
        return result

    monkeypatch.setattr(poll, "ingest_article", ingest)
    watches = _watches()
    with Archive(tmp_path / "a.db") as archive:
        arrivals = []
        for name, animal in (("bad", "Zebra"), ("good", "Okapi")):
            source_id = add_source(archive, f"https://wire.example/{name}.xml", T0)
            source = next(s for s in list_sources(archive) if s["id"] == source_id)
            body = _rss([(f"{name}-{i}", f"{animal} {i}", f"{name}{i}", "Text.") for i in range(4)])
            arrivals.append(poll._Arrival(source, fetched=Fetched(url=source["url"], status=200, headers={},
                                                                  body=b""),
                                          prepared=prepare(parse_feed(body, url=source["url"]), watches,
                                                           outlet="", name=name)))
        bad, good = poll._store_batch(archive, watches, arrivals, T0, 5)
        assert bad.status == "failed" and "disk says no" in bad.error
        assert good.status == "ok" and good.counts["new"] == 4
        assert search_articles(archive, "zebra") == [] and len(search_articles(archive, "okapi")) == 4
        assert archive.conn.execute("SELECT count(*) FROM fts_deferred").fetchone() == (0,)
        archive.conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")


def test_upsert_returns_the_same_rows_either_way(tmp_path: Path) -> None:
    """What `upsert_article` returns (outcome, row, previous row, version id) for each entry, duplicates too."""
    watches = _watches()
    returned = []
    for batched in (False, True):
        with _archive(tmp_path / f"{batched}.db", watches) as archive, archive.write():
            if batched:
                with FeedWrites(archive, FEED, None) as feed:
                    returned.append([upsert_article(archive, f, T1, feed=feed) for f in FEED])
            else:
                returned.append([upsert_article(archive, f, T1) for f in FEED])
    assert returned[0] == returned[1]
