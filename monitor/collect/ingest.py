"""Ingest one article (from a feed entry or a crawled page): store it, match it, detect its follow-ups.

The poller and the Scrapy pipeline both call `ingest_article`; everything it writes (the article or its new
version, matches, events and their alert rows) commits in one transaction.

A new version read from a feed (its title or summary changed) gets its paragraph diff, as a crawled page's
does in monitor.collect.pages.

Judging a text (`monitor.detect.assess`: matching and follow-up detection) needs no database, so the poller runs
it in its parser processes for every entry and hands the result in (`assessed`): the single writer then only
does SQL. The precomputed judgement is used for a new article only; an updated one is judged here, against
the version it replaces.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from monitor.archive.articles import Batch, record_match, store_version_diff, upsert_article
from monitor.archive.db import Archive
from monitor.archive.events import article_outlet, recent_events, record_event, record_sighting
from monitor.archive.records import ArticleRow
from monitor.detect import syndication
from monitor.detect.revisions import diff_versions
from monitor.models import ArticleFields, Assessment, Doc, Event, Watch


@dataclass
class IngestResult:
    outcome: str  # 'new', 'updated' or 'unchanged'
    article_id: int
    matched: list[str] = field(default_factory=list)
    events: list[int] = field(default_factory=list)


def _doc(row: ArticleRow) -> Doc:
    return Doc(url=row["url"], outlet=row["outlet"], title=row["title"], summary=row["summary"], body=row["body"],
               language=row["language"])


def record_follow_up(archive: Archive, watch: Watch, article_id: int, version_id: int | None, event: Event,
                     now: datetime, *, alert: bool = True) -> int | None:
    """Record an event of a watch with its alerts; None when it was known already, or when it repeats a recent
    event found elsewhere (the same wire correction on twenty sites), which is then recorded as a sighting of
    that event instead, so subscribers get one alert listing the outlets."""
    with archive.write():
        outlet = article_outlet(archive, article_id)
        recorded = recent_events(archive, watch.name, event.kind, other_than_article=article_id,
                                 since=now - syndication.WINDOW) if syndication.worth_comparing(event, outlet) else []
        original = syndication.same_follow_up(event, recorded, outlet)
        if original is not None:
            record_sighting(archive, original, article_id, now)
            return None
        return record_event(archive, watch, article_id, version_id, event, syndication.fingerprint(event), now,
                            alert=alert)


def ingest_article(archive: Archive, watches: list[Watch], fields: ArticleFields, now: datetime, *,
                   source_id: int | None = None, via: str = "feed", assessed: Assessment | None = None,
                   feed: Batch | None = None) -> IngestResult:
    """Upsert the article; for a new text, record matches and events (with alerts) in the same transaction.
    `assessed`, when given, must be `assess(watches, new_doc(fields))`: it is used if the article is new.
    `feed`: the writes of the feed this entry comes from, in the poller (`monitor.archive.feedbatch`)."""
    if archive.conn.in_transaction:  # the poller's batch: no context manager per article
        return _ingest(archive, watches, fields, now, source_id, via, assessed, feed)
    with archive.write():
        return _ingest(archive, watches, fields, now, source_id, via, assessed, feed)


def _ingest(archive: Archive, watches: list[Watch], fields: ArticleFields, now: datetime, source_id: int | None,
            via: str, assessed: Assessment | None, feed: Batch | None) -> IngestResult:
    outcome, row, previous, version_id = upsert_article(archive, fields, now, source_id=source_id, via=via,
                                                        feed=feed)
    result = IngestResult(outcome, int(row["id"]))
    if outcome == "unchanged":
        return result
    if outcome == "updated" and via == "feed" and version_id and previous is not None:
        diff = diff_versions(_doc(previous).text, _doc(row).text)
        store_version_diff(archive, version_id, json.dumps(diff.as_json(), ensure_ascii=False))
    if outcome != "new" or assessed is None:
        # Imported on the first text judged here: the matcher and the detectors are the parser processes' work,
        # and a poll that stores nothing new (a run of 304s) never loads them.
        from monitor.detect.assess import assess

        assessed = assess(watches, _doc(row), _doc(previous) if previous is not None else None)
    for match in assessed.matches:
        record_match(archive, result.article_id, match.watch, match.reason, now)
        result.matched.append(match.watch)
    if not result.matched:
        return result
    by_name = {w.name: w for w in watches}
    for event in assessed.events:
        for name in result.matched:
            event_id = record_follow_up(archive, by_name[name], result.article_id, version_id, event, now)
            if event_id is not None:
                result.events.append(event_id)
    return result
