"""The transactional outbox: events, their alert rows, subscribers and subscriptions.

An alert row is written in the same transaction as the event it announces, one per (event, subscriber),
unique, so a crash between detection and delivery loses nothing and a re-run adds nothing. Delivery
(monitor/deliver/console.py, bot/dispatch.py) reads due rows and marks each sent with the message id it got.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Any

from monitor.archive.db import Archive
from monitor.clock import iso
from monitor.detect import revisions, syndication
from monitor.models import Event, Watch

CONSOLE = "console"
# How long a follow-up republished elsewhere counts as a copy of the first sighting rather than news.
SYNDICATION_WINDOW = timedelta(days=14)
MIN_SYNDICATED_WORDS = 8


def event_key(watch: str, article_id: int, event: Event) -> str:
    """Two detections of the same statement in the same article for the same watch are one event."""
    words = " ".join(event.evidence.casefold().split())
    return hashlib.sha256(f"{watch}\x1f{article_id}\x1f{event.kind}\x1f{words}".encode()).hexdigest()


def _same_follow_up(archive: Archive, watch: str, event: Event, fp: str, article_id: int,
                    now: datetime) -> int | None:
    """A recent event of this watch that `event` repeats (a syndicated or near-duplicate copy), if any.

    Short generic notes ("We regret the error.") are too common to say two outlets carried the same one.
    """
    words = syndication.normalised_evidence(event.evidence)
    if len(words.split()) < MIN_SYNDICATED_WORDS:
        return None
    recent = archive.all(
        "SELECT id, evidence, fingerprint FROM events WHERE watch = ? AND kind = ? AND article_id != ?"
        " AND detected_at >= ? ORDER BY id DESC LIMIT ?",
        (watch, event.kind, article_id, iso(now - SYNDICATION_WINDOW), 200),
    )
    for row in recent:
        similar = syndication.similarity(words, syndication.normalised_evidence(row["evidence"]))
        if row["fingerprint"] == fp or similar >= syndication.SIMILAR:
            return int(row["id"])
    return None


def record_event(archive: Archive, watch: Watch, article_id: int, version_id: int | None, event: Event,
                 now: datetime) -> int | None:
    """Store an event and, when its kind alerts on this watch, one pending alert per active subscriber.

    Returns the new event's id, or None when the event was already known: the same statement in the same
    article, or a copy of a recent event published elsewhere (the same wire correction on twenty sites),
    which is recorded as a sighting of that event instead, so subscribers get one alert listing the outlets.
    Runs inside the caller's transaction when there is one (the ingest of the article that carries it).
    """
    fp = syndication.fingerprint(event)
    with archive.write() as conn:
        outlet_row = conn.execute("SELECT outlet FROM articles WHERE id = ?", (article_id,)).fetchone()
        outlet = outlet_row[0] if outlet_row else ""
        original = _same_follow_up(archive, watch.name, event, fp, article_id, now)
        if original is not None:
            conn.execute("INSERT OR IGNORE INTO event_sightings (event_id, article_id, outlet, seen_at)"
                         " VALUES (?, ?, ?, ?)", (original, article_id, outlet, iso(now)))
            return None
        cur = conn.execute(
            "INSERT OR IGNORE INTO events (dedup_key, watch, article_id, version_id, kind, actor, target, story,"
            " evidence, confidence, detected_at, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (event_key(watch.name, article_id, event), watch.name, article_id, version_id, event.kind, event.actor,
             event.target, watch.title, event.evidence, event.confidence, iso(now), fp),
        )
        if not cur.rowcount:
            return None
        event_id = int(cur.lastrowid or 0)
        conn.execute("INSERT OR IGNORE INTO event_sightings (event_id, article_id, outlet, seen_at)"
                     " VALUES (?, ?, ?, ?)", (event_id, article_id, outlet, iso(now)))
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
        f"SELECT {_ALERT_COLUMNS}{_ALERT_JOINS} WHERE a.status = 'pending' AND s.channel = :channel"
        " AND s.active = 1 AND a.next_attempt <= :now ORDER BY a.id LIMIT :limit",
        {"channel": channel, "now": iso(now), "limit": limit},
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


# -- Telegram delivery: claim, send, mark (bot/dispatch.py) ------------------------------------------------
#
# An alert moves pending -> sending (claimed, in one short transaction, just before its request goes out)
# -> sent (with Telegram's message id, committed as soon as the reply arrives). A row found 'sending' at
# start-up was in flight when the bot died: Telegram may or may not have it, and the Bot API offers no
# idempotency key to ask, so it is sent again (at-least-once). Those rows are exactly the duplicate window.

TELEGRAM = "telegram"
SENDING = "sending"

_ALERT_COLUMNS = (
    "a.id AS alert_id, a.attempts, a.created_at, a.subscriber_id, s.chat_id, s.chat_type, e.id AS event_id, e.kind,"
    " e.actor, e.target, e.story, e.evidence, e.watch, e.confidence, e.detected_at, e.version_id, e.article_id,"
    " ar.url, ar.link, ar.title, ar.outlet, ar.published"
)
_ALERT_JOINS = (
    " FROM alerts a JOIN subscribers s ON s.id = a.subscriber_id JOIN events e ON e.id = a.event_id"
    " JOIN articles ar ON ar.id = e.article_id"
)
_INSTANT = "s.digest = 0 AND (s.muted_until IS NULL OR s.muted_until <= :now)"


def recover_claims(archive: Archive, now: datetime) -> int:
    """Put alerts left 'sending' by a killed process back to pending; returns how many (possible duplicates)."""
    with archive.write() as conn:
        return conn.execute(
            "UPDATE alerts SET status = 'pending', next_attempt = ?,"
            " last_error = 'interrupted while sending: may have been delivered' WHERE status = 'sending'",
            (iso(now),),
        ).rowcount


def due_instant(archive: Archive, now: datetime, *, limit: int = 500, channel: str = TELEGRAM
                ) -> list[dict[str, Any]]:
    """Due pending alerts of subscribers who get alerts one by one now (not muted, no daily digest)."""
    return archive.all(
        f"SELECT {_ALERT_COLUMNS}{_ALERT_JOINS} WHERE a.status = 'pending' AND a.next_attempt <= :now"
        f" AND s.channel = :channel AND s.active = 1 AND {_INSTANT}"
        " AND NOT EXISTS (SELECT 1 FROM alerts b WHERE b.status = 'pending' AND b.next_attempt > :now"
        " AND b.subscriber_id = a.subscriber_id AND b.id < a.id)"  # an earlier alert waits: keep the order
        " ORDER BY a.id LIMIT :limit",
        {"now": iso(now), "channel": channel, "limit": limit},
    )


def backlogged(archive: Archive, now: datetime, threshold: int, *, channel: str = TELEGRAM) -> dict[int, int]:
    """Instant subscribers with more than `threshold` due alerts: subscriber id -> backlog."""
    rows = archive.all(
        f"SELECT a.subscriber_id, count(*) AS n{_ALERT_JOINS} WHERE a.status = 'pending' AND a.next_attempt <= :now"
        f" AND s.channel = :channel AND s.active = 1 AND {_INSTANT} GROUP BY a.subscriber_id HAVING n > :threshold",
        {"now": iso(now), "channel": channel, "threshold": threshold},
    )
    return {int(r["subscriber_id"]): int(r["n"]) for r in rows}


def pending_of(archive: Archive, subscriber_id: int, now: datetime, *, created_before: datetime | None = None
               ) -> list[dict[str, Any]]:
    """A subscriber's due pending alerts, oldest first (for a digest)."""
    return archive.all(
        f"SELECT {_ALERT_COLUMNS}{_ALERT_JOINS} WHERE a.subscriber_id = :sid AND a.status = 'pending'"
        " AND a.next_attempt <= :now AND a.created_at <= :before ORDER BY a.id",
        {"sid": subscriber_id, "now": iso(now), "before": iso(created_before or now)},
    )


def digest_due(archive: Archive, now: datetime, boundary: datetime, *, channel: str = TELEGRAM) -> list[int]:
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
    """Several messages accepted by Telegram, committed together: (claimed alert ids, message id) each."""
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


def get_subscriber(archive: Archive, channel: str, chat_id: str) -> dict[str, Any] | None:
    return archive.one("SELECT * FROM subscribers WHERE channel = ? AND chat_id = ?", (channel, chat_id))


def subscriptions_of(archive: Archive, subscriber_id: int) -> list[str]:
    return [r["watch"] for r in archive.all("SELECT watch FROM subscriptions WHERE subscriber_id = ? ORDER BY watch",
                                            (subscriber_id,))]


def deactivate_subscriber(archive: Archive, subscriber_id: int, reason: str) -> int:
    """The chat blocked the bot or is gone: stop sending; its undelivered alerts are skipped with the reason."""
    with archive.write() as conn:
        conn.execute("UPDATE subscribers SET active = 0 WHERE id = ?", (subscriber_id,))
        return conn.execute(
            "UPDATE alerts SET status = 'skipped', last_error = ? WHERE subscriber_id = ?"
            " AND status IN ('pending', 'sending')",
            (reason[:1000], subscriber_id),
        ).rowcount


def migrate_subscriber(archive: Archive, subscriber_id: int, new_chat_id: str, now: datetime) -> int:
    """A group became a supergroup: its subscriber follows the new chat id. Returns the subscriber id to use.

    When the new chat already has a subscriber, subscriptions and undelivered alerts move over to it.
    """
    with archive.write() as conn:
        old = conn.execute("SELECT channel FROM subscribers WHERE id = ?", (subscriber_id,)).fetchone()
        if old is None:
            return subscriber_id
        row = conn.execute("SELECT id FROM subscribers WHERE channel = ? AND chat_id = ?",
                           (old[0], new_chat_id)).fetchone()
        if row is None:
            conn.execute("UPDATE subscribers SET chat_id = ?, chat_type = 'supergroup' WHERE id = ?",
                         (new_chat_id, subscriber_id))
            return subscriber_id
        target = int(row[0])
        conn.execute("INSERT OR IGNORE INTO subscriptions (subscriber_id, watch, created_at)"
                     " SELECT ?, watch, ? FROM subscriptions WHERE subscriber_id = ?",
                     (target, iso(now), subscriber_id))
        conn.execute("DELETE FROM subscriptions WHERE subscriber_id = ?", (subscriber_id,))
        conn.execute("UPDATE OR IGNORE alerts SET subscriber_id = ?, status = 'pending' WHERE subscriber_id = ?"
                     " AND status IN ('pending', 'sending')", (target, subscriber_id))
        conn.execute("UPDATE alerts SET status = 'skipped', last_error = 'chat migrated (already queued there)'"
                     " WHERE subscriber_id = ? AND status IN ('pending', 'sending')", (subscriber_id,))
        conn.execute("UPDATE subscribers SET active = 1, chat_type = 'supergroup' WHERE id = ?", (target,))
        conn.execute("UPDATE subscribers SET active = 0 WHERE id = ?", (subscriber_id,))
        return target


def set_muted_until(archive: Archive, subscriber_id: int, until: datetime | None) -> None:
    with archive.write() as conn:
        conn.execute("UPDATE subscribers SET muted_until = ? WHERE id = ?", (iso(until), subscriber_id))


def set_digest(archive: Archive, subscriber_id: int, on: bool) -> None:
    with archive.write() as conn:
        conn.execute("UPDATE subscribers SET digest = ? WHERE id = ?", (int(on), subscriber_id))


def latest_events(archive: Archive, watches: list[str], *, limit: int = 5) -> list[dict[str, Any]]:
    """The newest follow-ups of these watches, newest first, with their article."""
    if not watches:
        return []
    marks = ", ".join("?" for _ in watches)
    return archive.all(
        "SELECT e.id AS event_id, e.kind, e.actor, e.target, e.story, e.evidence, e.watch, e.detected_at,"
        f" ar.url, ar.link, ar.title, ar.outlet FROM events e JOIN articles ar ON ar.id = e.article_id"
        f" WHERE e.watch IN ({marks}) ORDER BY e.detected_at DESC, e.id DESC LIMIT ?",
        (*watches, limit),
    )


def revision(archive: Archive, version_id: int | None) -> tuple[str, str] | None:
    """The text of the version before `version_id` and of `version_id` itself (title, summary, body joined)."""
    if not version_id:
        return None
    after = archive.one("SELECT article_id, title, summary, body FROM article_versions WHERE id = ?", (version_id,))
    if after is None:
        return None
    before = archive.one("SELECT title, summary, body FROM article_versions WHERE article_id = ? AND id < ?"
                         " ORDER BY id DESC LIMIT 1", (after["article_id"], version_id))
    if before is None:
        return None
    join = "\n".join
    return join((before["title"], before["summary"], before["body"])), join((after["title"], after["summary"],
                                                                             after["body"]))


def alert_context(archive: Archive, alert: dict[str, Any]) -> dict[str, Any]:
    """An alert row with what every rendering adds: the revision's changed sentences (before/after) when the
    event came from a new version, and the other outlets that carried it."""
    fields = dict(alert)
    versions = revision(archive, alert.get("version_id"))
    if versions is not None:
        changed = revisions.changed_sentences(*versions)
        if changed is not None:
            fields["before"], fields["after"] = changed
    fields["also"] = other_outlets(archive, int(alert["article_id"]), int(alert["event_id"]))
    return fields


def other_outlets(archive: Archive, article_id: int, event_id: int | None = None) -> list[str]:
    """Other outlets that carried the follow-up (its sightings) or ran the same headline: a wire story
    collapsed into one alert."""
    rows = archive.all(
        "SELECT b.outlet FROM articles a JOIN articles b ON lower(b.title) = lower(a.title) AND b.id != a.id"
        " WHERE a.id = :article AND a.title != '' AND b.outlet != '' AND b.outlet != a.outlet"
        " UNION SELECT s.outlet FROM event_sightings s JOIN articles a ON a.id = :article"
        " WHERE s.event_id = :event AND s.article_id != :article AND s.outlet != '' AND s.outlet != a.outlet"
        " ORDER BY 1 LIMIT 20",
        {"article": article_id, "event": event_id if event_id is not None else -1},
    )
    return [r["outlet"] for r in rows]
