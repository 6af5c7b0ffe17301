"""Ingest one article (from a feed entry or a crawled page): store it, match it, detect its follow-ups.

The poller and the Scrapy pipeline both call `ingest_article`; everything it writes (the article or its new
version, matches, events and their alert rows) commits in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from . import outbox
from .events import detect
from .models import Doc, Watch
from .rules import match_all
from .store import Archive, ArticleFields


@dataclass
class IngestResult:
    outcome: str  # 'new', 'updated' or 'unchanged'
    article_id: int
    matched: list[str] = field(default_factory=list)
    events: list[int] = field(default_factory=list)


def _doc(row: dict[str, Any]) -> Doc:
    return Doc(url=row["url"], outlet=row["outlet"], title=row["title"], summary=row["summary"], body=row["body"],
               language=row["language"])


def ingest_article(archive: Archive, watches: list[Watch], fields: ArticleFields, now: datetime, *,
                   source_id: int | None = None, via: str = "feed") -> IngestResult:
    """Upsert the article; for a new text, record matches and events (with alerts) in the same transaction."""
    with archive.write():
        outcome, row, previous, version_id = archive.upsert_article(fields, now, source_id=source_id, via=via)
        result = IngestResult(outcome, int(row["id"]))
        if outcome == "unchanged":
            return result
        doc = _doc(row)
        before = _doc(previous) if previous is not None else None
        for match in match_all(watches, doc):
            archive.record_match(result.article_id, match.watch, match.reason, now)
            result.matched.append(match.watch)
        if not result.matched:
            return result
        by_name = {w.name: w for w in watches}
        for event in detect(doc, before):
            for name in result.matched:
                event_id = outbox.record_event(archive, by_name[name], result.article_id, version_id, event, now)
                if event_id is not None:
                    result.events.append(event_id)
        return result
