"""The alerts table, the outbox: one row per (event, subscriber), written with its event, delivered once.

An alert moves pending -> sending (claimed, in one short transaction, just before its request goes out)
-> sent (with the channel's message id, committed as soon as the reply arrives). A row found 'sending' at
start-up was in flight when its sender died: Telegram may or may not have it, and the Bot API offers no
idempotency key to ask, so it is sent again (at-least-once). Those rows are exactly the duplicate window.
The console delivers without claiming (one message at a time, marked as soon as it is printed).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import cast

from monitor.archive.db import Archive
from monitor.archive.records import AlertListing, AlertRow
from monitor.clock import iso
from monitor.models import AlertFilter

SENDING = "sending"
STATUSES = ("pending", "sending", "sent", "failed", "skipped")

_ALERT_COLUMNS = (
    "a.id AS alert_id, a.attempts, a.created_at, a.subscriber_id, s.chat_id, s.chat_type, s.language,"
    " s.language_seen, e.id AS event_id, e.kind,"
    " e.actor, e.target, e.story, e.evidence, e.watch, e.confidence, e.detected_at, e.version_id, e.article_id,"
    " ar.url, ar.link, ar.title, ar.outlet, ar.published"
)
_ALERT_JOINS = (
    " FROM alerts a JOIN subscribers s ON s.id = a.subscriber_id JOIN events e ON e.id = a.event_id"
    " JOIN articles ar ON ar.id = e.article_id"
)
_INSTANT = "s.digest = 0 AND (s.muted_until IS NULL OR s.muted_until <= :now)"


def enqueue(archive: Archive, event_id: int, watch: str, now: datetime, *, kind: str = "", outlet: str = "",
            confidence: float = 1.0) -> int:
    """One pending alert of the event for every active subscriber of the watch whose filter admits it (inside
    the event's transaction); returns how many. A filtered-out subscriber gets no row: the outbox stays exact."""
    conn = archive.conn
    made = conn.execute(
        "INSERT OR IGNORE INTO alerts (event_id, subscriber_id, next_attempt, created_at)"
        " SELECT ?, s.id, ?, ? FROM subscribers s JOIN subscriptions u ON u.subscriber_id = s.id"
        " WHERE u.watch = ? AND s.active = 1 AND u.kinds IS NULL AND u.outlets IS NULL AND u.min_confidence IS NULL",
        (event_id, iso(now), iso(now), watch),
    ).rowcount
    narrowed = conn.execute(
        "SELECT s.id, u.kinds, u.outlets, u.min_confidence FROM subscribers s JOIN subscriptions u"
        " ON u.subscriber_id = s.id WHERE u.watch = ? AND s.active = 1"
        " AND (u.kinds IS NOT NULL OR u.outlets IS NOT NULL OR u.min_confidence IS NOT NULL)", (watch,)).fetchall()
    admitted = [(event_id, sid, iso(now), iso(now)) for sid, kinds, outlets, minimum in narrowed
                if AlertFilter(None if kinds is None else frozenset(json.loads(kinds)),
                               None if outlets is None else tuple(json.loads(outlets)),
                               minimum).admits(kind, outlet, confidence)]
    if admitted:
        before = conn.total_changes
        conn.executemany("INSERT OR IGNORE INTO alerts (event_id, subscriber_id, next_attempt, created_at)"
                         " VALUES (?, ?, ?, ?)", admitted)
        made += conn.total_changes - before
    return made


def _rows(archive: Archive, sql: str, params: object) -> list[AlertRow]:
    return cast(list[AlertRow], archive.all(sql, params))


def due_alerts(archive: Archive, channel: str, now: datetime, *, limit: int = 100) -> list[AlertRow]:
    """Pending alerts of a channel whose time has come, oldest first, with what rendering them needs."""
    return _rows(archive,
                 f"SELECT {_ALERT_COLUMNS}{_ALERT_JOINS} WHERE a.status = 'pending' AND s.channel = :channel"
                 " AND s.active = 1 AND a.next_attempt <= :now ORDER BY a.id LIMIT :limit",
                 {"channel": channel, "now": iso(now), "limit": limit})


def any_due(archive: Archive, channel: str, now: datetime) -> bool:
    """Whether some pending alert of the channel's active subscribers is due (a backfill's history alerts
    included): one indexed lookup, so that a run with nothing to deliver skips delivery's set-up."""
    return archive.scalar(
        "SELECT 1 FROM alerts a JOIN subscribers s ON s.id = a.subscriber_id WHERE a.status = 'pending'"
        " AND a.next_attempt <= ? AND s.channel = ? AND s.active = 1 LIMIT 1", (iso(now), channel)) is not None


def due_in_order(archive: Archive, channels: Sequence[str], now: datetime, *, limit: int = 2000) -> list[AlertRow]:
    """Due pending alerts of these channels' active subscribers, oldest first; a subscriber's alert waits while
    an earlier one of the same subscriber waits for its retry, so a destination receives them in order."""
    marks = ", ".join("?" for _ in channels)
    return _rows(archive,
                 f"SELECT {_ALERT_COLUMNS}{_ALERT_JOINS} WHERE a.status = 'pending' AND a.next_attempt <= ?"
                 f" AND s.channel IN ({marks}) AND s.active = 1"
                 " AND NOT EXISTS (SELECT 1 FROM alerts b WHERE b.subscriber_id = a.subscriber_id"
                 " AND b.status = 'pending' AND b.next_attempt > ? AND b.id < a.id) ORDER BY a.id LIMIT ?",
                 (iso(now), *channels, iso(now), limit))


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


def skip_watch_alerts(archive: Archive, watches: list[str], reason: str) -> int:
    """Undelivered alerts of these watches end 'skipped' with the reason (a watch removed); returns how many."""
    with archive.write() as conn:
        return conn.execute(
            "UPDATE alerts SET status = 'skipped', last_error = ? WHERE status = 'pending' AND event_id IN"
            " (SELECT id FROM events WHERE watch IN (SELECT value FROM json_each(?)))",
            (reason, json.dumps(watches))).rowcount


def outbox_counts(archive: Archive) -> dict[str, int]:
    """How many alerts are in each state."""
    return {row["status"]: row["n"] for row in archive.all("SELECT status, count(*) AS n FROM alerts GROUP BY status")}


def list_alerts(archive: Archive, status: str = "all", *, limit: int = 50) -> list[AlertListing]:
    """The outbox, newest first, each alert with its subscriber, follow-up and article."""
    return cast(list[AlertListing], archive.all(
        "SELECT a.id, a.status, a.attempts, a.created_at, a.sent_at, a.message_id, a.last_error, s.channel,"
        " s.chat_id, e.kind, e.watch, e.actor, e.evidence, ar.outlet, ar.title, ar.link"
        " FROM alerts a JOIN subscribers s ON s.id = a.subscriber_id JOIN events e ON e.id = a.event_id"
        " JOIN articles ar ON ar.id = e.article_id WHERE (? = 'all' OR a.status = ?) ORDER BY a.id DESC LIMIT ?",
        (status, status, limit)))


def recover_claims(archive: Archive, now: datetime, channels: Sequence[str] = ("telegram",)) -> int:
    """Put alerts of these channels left 'sending' by a killed process back to pending; returns how many
    (possible duplicates). Each sender recovers only its own channels: the bot Telegram's, `storywatch deliver`
    the operators' channels."""
    marks = ", ".join("?" for _ in channels)
    with archive.write() as conn:
        return conn.execute(
            "UPDATE alerts SET status = 'pending', next_attempt = ?,"
            " last_error = 'interrupted while sending: may have been delivered' WHERE status = 'sending'"
            f" AND subscriber_id IN (SELECT id FROM subscribers WHERE channel IN ({marks}))",
            (iso(now), *channels),
        ).rowcount


def due_instant(archive: Archive, now: datetime, *, limit: int = 500, channel: str) -> list[AlertRow]:
    """Due pending alerts of subscribers who get alerts one by one now (not muted, no daily digest)."""
    return _rows(archive,
                 f"SELECT {_ALERT_COLUMNS}{_ALERT_JOINS} WHERE a.status = 'pending' AND a.next_attempt <= :now"
                 f" AND s.channel = :channel AND s.active = 1 AND {_INSTANT}"
                 " AND NOT EXISTS (SELECT 1 FROM alerts b WHERE b.status = 'pending' AND b.next_attempt > :now"
                 " AND b.subscriber_id = a.subscriber_id AND b.id < a.id)"  # an earlier alert waits: keep the order
                 " ORDER BY a.id LIMIT :limit",
                 {"now": iso(now), "channel": channel, "limit": limit})


def backlogged(archive: Archive, now: datetime, threshold: int, *, channel: str) -> dict[int, int]:
    """Instant subscribers with more than `threshold` due alerts: subscriber id -> backlog."""
    rows = archive.all(
        f"SELECT a.subscriber_id, count(*) AS n{_ALERT_JOINS} WHERE a.status = 'pending' AND a.next_attempt <= :now"
        f" AND s.channel = :channel AND s.active = 1 AND {_INSTANT} GROUP BY a.subscriber_id HAVING n > :threshold",
        {"now": iso(now), "channel": channel, "threshold": threshold},
    )
    return {int(r["subscriber_id"]): int(r["n"]) for r in rows}


def pending_of(archive: Archive, subscriber_id: int, now: datetime, *, created_before: datetime | None = None
               ) -> list[AlertRow]:
    """A subscriber's due pending alerts, oldest first (for a digest)."""
    return _rows(archive,
                 f"SELECT {_ALERT_COLUMNS}{_ALERT_JOINS} WHERE a.subscriber_id = :sid AND a.status = 'pending'"
                 " AND a.next_attempt <= :now AND a.created_at <= :before ORDER BY a.id",
                 {"sid": subscriber_id, "now": iso(now), "before": iso(created_before or now)})


def digest_due(archive: Archive, now: datetime, boundary: datetime, *, channel: str) -> list[int]:
    """Digest subscribers (not muted) holding pending alerts created up to the last digest time."""
    rows = archive.all(
        "SELECT DISTINCT a.subscriber_id FROM alerts a JOIN subscribers s ON s.id = a.subscriber_id"
        " WHERE a.status = 'pending' AND a.next_attempt <= :now AND a.created_at <= :boundary"
        " AND s.channel = :channel AND s.active = 1 AND s.digest = 1"
        " AND (s.muted_until IS NULL OR s.muted_until <= :now) ORDER BY a.subscriber_id",
        {"now": iso(now), "boundary": iso(boundary), "channel": channel},
    )
    return [int(r["subscriber_id"]) for r in rows]


def claim(archive: Archive, alert_ids: list[int]) -> list[int]:
    """Claim pending alerts for sending; returns the ids actually claimed (others were taken or settled)."""
    claimed = []
    with archive.write() as conn:
        for alert_id in alert_ids:
            if conn.execute("UPDATE alerts SET status = 'sending' WHERE id = ? AND status = 'pending'",
                            (alert_id,)).rowcount:
                claimed.append(alert_id)
    return claimed


def mark_sent_batch(archive: Archive, sent: list[tuple[list[int], str]], now: datetime) -> None:
    """Several messages accepted by the channel, committed together: (claimed alert ids, message id) each."""
    with archive.write() as conn:
        conn.executemany(
            "UPDATE alerts SET status = 'sent', sent_at = ?, message_id = ?, attempts = attempts + 1,"
            " last_error = NULL WHERE id = ? AND status = 'sending'",
            [(iso(now), message_id, alert_id) for ids, message_id in sent for alert_id in ids],
        )


def release(archive: Archive, alert_ids: list[int], reason: str, now: datetime, delay: timedelta, *,
            count_attempt: bool = True) -> None:
    """Claimed alerts go back to pending, due after `delay` (flood wait, network trouble, a migrated chat)."""
    with archive.write() as conn:
        conn.executemany(
            "UPDATE alerts SET status = 'pending', attempts = attempts + ?, last_error = ?, next_attempt = ?"
            " WHERE id = ? AND status IN ('sending', 'pending')",
            [(int(count_attempt), reason[:1000], iso(now + delay), alert_id) for alert_id in alert_ids],
        )
