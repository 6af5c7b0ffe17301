"""The transactional outbox: events, their alert rows, subscribers and subscriptions.

An alert row is written in the same transaction as the event it announces, one per (event, subscriber),
unique, so a crash between detection and delivery loses nothing and a re-run adds nothing. Delivery
(monitor/deliver.py, bot/dispatch.py) reads due rows and marks each sent with the message id it got.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Any

from .clock import iso
from .models import Event, Watch
from .store import Archive

CONSOLE = "console"


def event_key(watch: str, article_id: int, event: Event) -> str:
    """Two detections of the same statement in the same article for the same watch are one event."""
    words = " ".join(event.evidence.casefold().split())
    return hashlib.sha256(f"{watch}\x1f{article_id}\x1f{event.kind}\x1f{words}".encode()).hexdigest()


def record_event(archive: Archive, watch: Watch, article_id: int, version_id: int | None, event: Event,
                 now: datetime) -> int | None:
    """Store an event and, when its kind alerts on this watch, one pending alert per active subscriber.

    Returns the new event's id, or None when the event was already known. Runs inside the caller's
    transaction when there is one (the ingest of the article that carries it).
    """
    with archive.write() as conn:
        cur = conn.execute(
            "INSERT OR IGNORE INTO events (dedup_key, watch, article_id, version_id, kind, actor, target, story,"
            " evidence, confidence, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (event_key(watch.name, article_id, event), watch.name, article_id, version_id, event.kind, event.actor,
             event.target, watch.title, event.evidence, event.confidence, iso(now)),
        )
        if not cur.rowcount:
            return None
        event_id = int(cur.lastrowid or 0)
        if event.kind in watch.alert_kinds:
            conn.execute(
                "INSERT OR IGNORE INTO alerts (event_id, subscriber_id, next_attempt, created_at)"
                " SELECT ?, s.id, ?, ? FROM subscribers s JOIN subscriptions u ON u.subscriber_id = s.id"
                " WHERE u.watch = ? AND s.active = 1",
                (event_id, iso(now), iso(now), watch.name),
            )
        return event_id


def ensure_subscriber(archive: Archive, channel: str, chat_id: str, now: datetime, *, name: str = "",
                      chat_type: str = "private") -> int:
    """The subscriber for a chat, created active if new (and re-activated if it had left)."""
    with archive.write() as conn:
        conn.execute(
            "INSERT INTO subscribers (channel, chat_id, name, chat_type, created_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(channel, chat_id) DO UPDATE SET active = 1,"
            " name = CASE WHEN excluded.name != '' THEN excluded.name ELSE name END",
            (channel, chat_id, name, chat_type, iso(now)),
        )
        row = conn.execute("SELECT id FROM subscribers WHERE channel = ? AND chat_id = ?",
                           (channel, chat_id)).fetchone()
        return int(row[0])


def subscribe(archive: Archive, subscriber_id: int, watch: str, now: datetime) -> bool:
    """Subscribe; False when already subscribed."""
    with archive.write() as conn:
        cur = conn.execute(
            "INSERT OR IGNORE INTO subscriptions (subscriber_id, watch, created_at) VALUES (?, ?, ?)",
            (subscriber_id, watch, iso(now)),
        )
        return cur.rowcount > 0


def unsubscribe(archive: Archive, subscriber_id: int, watch: str) -> bool:
    with archive.write() as conn:
        cur = conn.execute("DELETE FROM subscriptions WHERE subscriber_id = ? AND watch = ?", (subscriber_id, watch))
        return cur.rowcount > 0


def set_console_subscriber(archive: Archive, watches: list[Watch], now: datetime, *, active: bool) -> int:
    """The built-in console subscriber follows every watch while no Telegram token is configured."""
    subscriber_id = ensure_subscriber(archive, CONSOLE, CONSOLE, now, name="console", chat_type="console")
    with archive.write() as conn:
        conn.execute("UPDATE subscribers SET active = ? WHERE id = ?", (int(active), subscriber_id))
        if active:
            for watch in watches:
                subscribe(archive, subscriber_id, watch.name, now)
    return subscriber_id


def due_alerts(archive: Archive, channel: str, now: datetime, *, limit: int = 100) -> list[dict[str, Any]]:
    """Pending alerts of a channel whose time has come, oldest first, with what rendering them needs."""
    return archive.all(
        "SELECT a.id AS alert_id, a.attempts, a.subscriber_id, s.chat_id, s.chat_type, e.id AS event_id, e.kind,"
        " e.actor, e.target, e.story, e.evidence, e.watch, e.confidence, e.detected_at, ar.url, ar.link, ar.title,"
        " ar.outlet, ar.published FROM alerts a JOIN subscribers s ON s.id = a.subscriber_id"
        " JOIN events e ON e.id = a.event_id JOIN articles ar ON ar.id = e.article_id"
        " WHERE a.status = 'pending' AND s.channel = ? AND s.active = 1 AND a.next_attempt <= ?"
        " ORDER BY a.id LIMIT ?",
        (channel, iso(now), limit),
    )


def mark_sent(archive: Archive, alert_id: int, message_id: str, now: datetime) -> None:
    with archive.write() as conn:
        conn.execute(
            "UPDATE alerts SET status = 'sent', sent_at = ?, message_id = ?, attempts = attempts + 1,"
            " last_error = NULL WHERE id = ? AND status = 'pending'",
            (iso(now), message_id, alert_id),
        )


def mark_failed(archive: Archive, alert_id: int, reason: str, now: datetime) -> None:
    """Give up on an alert for good (the reason is kept for the operator)."""
    with archive.write() as conn:
        conn.execute(
            "UPDATE alerts SET status = 'failed', attempts = attempts + 1, last_error = ?, next_attempt = ?"
            " WHERE id = ?",
            (reason[:1000], iso(now), alert_id),
        )


def mark_retry(archive: Archive, alert_id: int, reason: str, now: datetime, delay: timedelta) -> None:
    """Try again after `delay`."""
    with archive.write() as conn:
        conn.execute(
            "UPDATE alerts SET attempts = attempts + 1, last_error = ?, next_attempt = ? WHERE id = ?",
            (reason[:1000], iso(now + delay), alert_id),
        )


def outbox_counts(archive: Archive) -> dict[str, int]:
    return {row["status"]: row["n"] for row in archive.all("SELECT status, count(*) AS n FROM alerts GROUP BY status")}
