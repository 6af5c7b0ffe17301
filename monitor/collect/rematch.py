"""A new or edited watch against what the archive already holds (`storywatch rematch`, `watches test`).

Every stored version of every article (since a day, in batches) is judged as ingestion judges it: the first
version as new, each later one against the one before it, so a correction added by a revision is found as
it was when the poller met it. Matches and follow-ups are recorded idempotently (the same keys as ingestion);
old follow-ups do not alert unless asked, and then only those from versions seen in the last 7 days.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from monitor.archive.alerts import enqueue
from monitor.archive.articles import articles_batch, matched_ids, record_match, versions_of
from monitor.archive.db import Archive
from monitor.archive.events import event_id_of
from monitor.archive.records import ArticleRow, VersionText
from monitor.clock import parse_iso
from monitor.collect.ingest import record_follow_up
from monitor.detect.assess import assess
from monitor.models import Doc, Event, Watch

ALERT_WINDOW = timedelta(days=7)  # --alert: only follow-ups from versions seen this recently alert
BATCH = 500  # articles per transaction


@dataclass
class Finding:
    article: ArticleRow
    reason: str
    known: bool  # the watch had matched it already
    events: list[tuple[Event, VersionText]] = field(default_factory=list)


def judge(watch: Watch, article: ArticleRow, versions: list[VersionText]) -> Finding | None:
    """What the watch says about one article over its versions (None: it does not match)."""
    texts = versions or [VersionText(id=0, article_id=article["id"], seen_at=article["first_seen"],
                                     title=article["title"], summary=article["summary"], body=article["body"])]
    before: Doc | None = None
    finding: Finding | None = None
    for version in texts:
        doc = Doc(url=article["url"], outlet=article["outlet"], title=version["title"], summary=version["summary"],
                  body=version["body"], language=article["language"])
        judged = assess([watch], doc, before)
        if judged.matches:
            if finding is None:
                finding = Finding(article, judged.matches[0].reason, known=False)
            finding.reason = judged.matches[0].reason
            finding.events.extend((event, version) for event in judged.events)
        before = doc
    return finding


def scan(archive: Archive, watch: Watch, *, since: date | None = None, batch: int = BATCH) -> Iterator[list[Finding]]:
    """The archive's matching articles, one batch at a time (reads only)."""
    after, day = 0, since.isoformat() if since else None
    while True:
        rows = articles_batch(archive, after_id=after, since=day, limit=batch)
        if not rows:
            return
        ids = [r["id"] for r in rows]
        versions, known = versions_of(archive, ids), matched_ids(archive, watch.name, ids)
        found = []
        for row in rows:
            finding = judge(watch, row, versions[row["id"]])
            if finding is not None:
                finding.known = row["id"] in known
                found.append(finding)
        yield found
        after = ids[-1]


def recent(version: VersionText, now: datetime) -> bool:
    seen = parse_iso(version["seen_at"])
    return seen is not None and seen >= now - ALERT_WINDOW


@dataclass
class RematchResult:
    matched: int = 0
    new_matches: int = 0
    follow_ups: int = 0
    new_follow_ups: int = 0
    alerts: int = 0


def alerts_planned(archive: Archive, watch: Watch, now: datetime, *, since: date | None = None) -> int:
    """How many follow-ups `rematch --alert` would alert on (recent versions, kinds that alert)."""
    return sum(1 for found in scan(archive, watch, since=since) for f in found for event, version in f.events
               if event.kind in watch.alert_kinds and recent(version, now))


def rematch(archive: Archive, watch: Watch, now: datetime, *, since: date | None = None, alert: bool = False,
            batch: int = BATCH) -> RematchResult:
    """Record the watch's matches and follow-ups over the archive, a batch per transaction. Idempotent: a second
    run finds everything recorded already. Call it holding the poll lock (no poll writes meanwhile)."""
    result = RematchResult()
    for found in scan(archive, watch, since=since, batch=batch):
        with archive.write():
            for f in found:
                result.matched += 1
                result.new_matches += not f.known
                record_match(archive, f.article["id"], watch.name, f.reason, now)
                for event, version in f.events:
                    loud = alert and recent(version, now)
                    result.follow_ups += 1
                    event_id = record_follow_up(archive, watch, f.article["id"], version["id"] or None, event, now,
                                                alert=False)
                    if event_id is not None:
                        result.new_follow_ups += 1
                    elif loud:
                        event_id = event_id_of(archive, watch.name, f.article["id"], event)
                    if loud and event_id is not None and event.kind in watch.alert_kinds:
                        result.alerts += enqueue(archive, event_id, watch.name, now)
    return result

