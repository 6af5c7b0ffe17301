"""The events table (follow-ups detected in articles) and where each was seen (event_sightings).

An event is written with its alert rows in one transaction (the transactional outbox, `alerts.enqueue`): a
crash between detection and delivery loses nothing, and a re-run adds nothing (the event key is unique).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import cast

from monitor.archive.alerts import enqueue
from monitor.archive.db import Archive
from monitor.archive.identity import event_key
from monitor.archive.records import LatestEvent, RecentEvent
from monitor.clock import iso
from monitor.models import Event, Watch


def recent_events(archive: Archive, watch: str, kind: str, *, other_than_article: int, since: datetime,
                  limit: int = 200) -> list[RecentEvent]:
    """The watch's latest events of a kind found in other articles since `since`, newest first: what a new
    event may be a republished copy of."""
    return cast(list[RecentEvent], archive.all(
        "SELECT id, evidence, fingerprint, actor FROM events WHERE watch = ? AND kind = ? AND article_id != ?"
        " AND detected_at >= ? ORDER BY id DESC LIMIT ?", (watch, kind, other_than_article, iso(since), limit)))


def article_outlet(archive: Archive, article_id: int) -> str:
    """Who published the article ('' when unknown)."""
    return _outlet(archive, article_id)


def _outlet(archive: Archive, article_id: int) -> str:
    return str(archive.scalar("SELECT outlet FROM articles WHERE id = ?", (article_id,)) or "")


def record_sighting(archive: Archive, event_id: int, article_id: int, now: datetime) -> None:
    """`article_id` carried the follow-up `event_id` too (a syndicated copy): one alert lists every outlet."""
    archive.conn.execute("INSERT OR IGNORE INTO event_sightings (event_id, article_id, outlet, seen_at)"
                         " VALUES (?, ?, ?, ?)", (event_id, article_id, _outlet(archive, article_id), iso(now)))


def record_event(archive: Archive, watch: Watch, article_id: int, version_id: int | None, event: Event,
                 fingerprint: str, now: datetime, *, alert: bool = True) -> int | None:
    """Store an event and, when its kind alerts on this watch (and `alert`), one pending alert per subscriber
    of the watch. Returns the new event's id, or None when the same statement of the same article is already
    known. Runs inside the caller's transaction when there is one (the ingest of the article that carries it)."""
    with archive.write() as conn:
        cur = conn.execute(
            "INSERT OR IGNORE INTO events (dedup_key, watch, article_id, version_id, kind, actor, target, story,"
            " evidence, confidence, detected_at, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (event_key(watch.name, article_id, event), watch.name, article_id, version_id, event.kind, event.actor,
             event.target, watch.title, event.evidence, event.confidence, iso(now), fingerprint),
        )
        if not cur.rowcount:
            return None
        event_id = int(cur.lastrowid or 0)
        record_sighting(archive, event_id, article_id, now)
        if alert and event.kind in watch.alert_kinds and event.confidence >= watch.threshold(event.kind):
            enqueue(archive, event_id, watch.name, now, kind=event.kind, outlet=_outlet(archive, article_id),
                    confidence=event.confidence)
        return event_id


def event_id_of(archive: Archive, watch: str, article_id: int, event: Event) -> int | None:
    """The id of an event already recorded (the same statement of the same article for the watch)."""
    value = archive.scalar("SELECT id FROM events WHERE dedup_key = ?", (event_key(watch, article_id, event),))
    return None if value is None else int(value)


def latest_events(archive: Archive, watches: list[str], *, limit: int = 5) -> list[LatestEvent]:
    """The newest follow-ups of these watches, newest first, with their article."""
    if not watches:
        return []
    marks = ", ".join("?" for _ in watches)
    return cast(list[LatestEvent], archive.all(
        "SELECT e.id AS event_id, e.kind, e.actor, e.target, e.story, e.evidence, e.watch, e.detected_at,"
        f" ar.url, ar.link, ar.title, ar.outlet FROM events e JOIN articles ar ON ar.id = e.article_id"
        f" WHERE e.watch IN ({marks}) ORDER BY e.detected_at DESC, e.id DESC LIMIT ?",
        (*watches, limit),
    ))


def kinds_in(archive: Archive, article_id: int, watch: str) -> list[str]:
    """The kinds of follow-up found in one article for one watch, in the order found."""
    return [r["kind"] for r in archive.all("SELECT kind FROM events WHERE article_id = ? AND watch = ? ORDER BY id",
                                           (article_id, watch))]


def story_title(archive: Archive, watch: str) -> str | None:
    """The story's title as its events recorded it (the watch's title when they were found)."""
    value = archive.scalar("SELECT story FROM events WHERE watch = ? AND story != '' LIMIT 1", (watch,))
    return None if value is None else str(value)


_WORDS = re.compile(r"[^\W_]+")  # letters and digits: what the FTS tokenizer indexes as a word's characters


def other_outlets(archive: Archive, article_id: int, event_id: int | None = None) -> list[str]:
    """Other outlets that carried the follow-up (its sightings) or ran the same headline: a wire story
    collapsed into one alert.

    The same headline is found through the full-text index (articles whose title has the headline's three
    longest words, the rarest as a rule, then compared exactly), not by comparing every article's title:
    asked for every alert, that was a scan of the whole archive (1.4 s at a million articles), and an index of
    its own on lower(title) would make each stored article write a page of it at random (storing into a
    million-article archive cost twice as much with one)."""
    title = str(archive.scalar("SELECT title FROM articles WHERE id = ?", (article_id,)) or "")
    words = sorted(set(_WORDS.findall(title)), key=len, reverse=True)[:3]
    # Without a word to look up (a headline of punctuation only) the titles are compared one by one: rare.
    same = "b.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :words)" if words else "1"
    rows = archive.all(
        f"SELECT b.outlet FROM articles a JOIN articles b ON {same} AND lower(b.title) = lower(a.title)"
        " AND b.id != a.id WHERE a.id = :article AND a.title != '' AND b.outlet != '' AND b.outlet != a.outlet"
        " UNION SELECT s.outlet FROM event_sightings s JOIN articles a ON a.id = :article"
        " WHERE s.event_id = :event AND s.article_id != :article AND s.outlet != '' AND s.outlet != a.outlet"
        " ORDER BY 1 LIMIT 20",
        {"article": article_id, "event": event_id if event_id is not None else -1,
         "words": "title : (" + " AND ".join(f'"{word}"' for word in words) + ")"},
    )
    return [r["outlet"] for r in rows]
