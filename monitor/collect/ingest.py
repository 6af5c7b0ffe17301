"""Ingest one article (from a feed entry or a crawled page): store it, match it, detect its follow-ups.

The poller and the Scrapy pipeline both call `ingest_article`; everything it writes (the article or its new
version, matches, events and their alert rows) commits in one transaction.

Judging a text (`assess`: matching and follow-up detection) needs no database, so the poller runs it in its
parser processes for every entry and hands the result in (`assessed`): the single writer then only does SQL.
The precomputed judgement is used for a new article only; an updated one is judged here, against the
version it replaces.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from monitor.archive import outbox
from monitor.archive.db import Archive, ArticleFields
from monitor.archive.feedbatch import FeedWrites
from monitor.detect.followups import detect
from monitor.detect.query import match_all
from monitor.models import Doc, Event, Match, Watch


@dataclass
class IngestResult:
    outcome: str  # 'new', 'updated' or 'unchanged'
    article_id: int
    matched: list[str] = field(default_factory=list)
    events: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Assessment:
    """What the pure core says about a text: the watches it matches and, when it matches any, the follow-ups
    it states (plain picklable data)."""

    matches: tuple[Match, ...] = ()
    events: tuple[Event, ...] = ()


def _doc(row: dict[str, Any]) -> Doc:
    return Doc(url=row["url"], outlet=row["outlet"], title=row["title"], summary=row["summary"], body=row["body"],
               language=row["language"])


def new_doc(fields: ArticleFields) -> Doc:
    """The Doc a new article's row gives (`upsert_article` stores these fields as they are)."""
    return Doc(url=fields.url, outlet=fields.outlet, title=fields.title, summary=fields.summary, body=fields.body,
               language=fields.language)


def assess(watches: list[Watch], doc: Doc, before: Doc | None = None) -> Assessment:
    """Match `doc` against the watches; detect its follow-ups only when it matches one (the costly part)."""
    matches = tuple(match_all(watches, doc))
    return Assessment(matches, tuple(detect(doc, before)) if matches else ())


def ingest_article(archive: Archive, watches: list[Watch], fields: ArticleFields, now: datetime, *,
                   source_id: int | None = None, via: str = "feed", assessed: Assessment | None = None,
                   feed: FeedWrites | None = None) -> IngestResult:
    """Upsert the article; for a new text, record matches and events (with alerts) in the same transaction.
    `assessed`, when given, must be `assess(watches, new_doc(fields))`: it is used if the article is new.
    `feed`: the writes of the feed this entry comes from, in the poller (`monitor.archive.feedbatch`)."""
    if archive.conn.in_transaction:  # the poller's batch: no context manager per article
        return _ingest(archive, watches, fields, now, source_id, via, assessed, feed)
    with archive.write():
        return _ingest(archive, watches, fields, now, source_id, via, assessed, feed)


def _ingest(archive: Archive, watches: list[Watch], fields: ArticleFields, now: datetime, source_id: int | None,
            via: str, assessed: Assessment | None, feed: FeedWrites | None) -> IngestResult:
    outcome, row, previous, version_id = archive.upsert_article(fields, now, source_id=source_id, via=via,
                                                                feed=feed)
    result = IngestResult(outcome, int(row["id"]))
    if outcome == "unchanged":
        return result
    if outcome != "new" or assessed is None:
        assessed = assess(watches, _doc(row), _doc(previous) if previous is not None else None)
    for match in assessed.matches:
        archive.record_match(result.article_id, match.watch, match.reason, now)
        result.matched.append(match.watch)
    if not result.matched:
        return result
    by_name = {w.name: w for w in watches}
    for event in assessed.events:
        for name in result.matched:
            event_id = outbox.record_event(archive, by_name[name], result.article_id, version_id, event, now)
            if event_id is not None:
                result.events.append(event_id)
    return result
