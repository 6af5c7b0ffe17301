"""The subscribers and subscriptions tables: who gets a watch's alerts, on which channel, and how.

A subscriber is a Telegram chat, the console, or an operator's channel (an Apprise URL or a webhook: its
chat_id is the channel's id in the channels table). Each subscription may narrow the watch's alerts by kind,
outlet and confidence (monitor.models.AlertFilter), applied when alert rows are written (archive/alerts.py).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import cast

from monitor.archive.db import Archive
from monitor.archive.records import SubscriberRow, SubscriptionRow
from monitor.clock import iso
from monitor.models import AlertFilter, Watch

CONSOLE = "console"
TELEGRAM = "telegram"
APPRISE = "apprise"
WEBHOOK = "webhook"
OPERATOR_CHANNELS = (APPRISE, WEBHOOK)  # drained by `storywatch deliver`; Telegram by the bot


def ensure_subscriber(archive: Archive, channel: str, chat_id: str, now: datetime, *, name: str = "",
                      chat_type: str = "private", language_seen: str | None = None) -> int:
    """The subscriber for a chat, created active if new (and re-activated if it had left); `language_seen`, the
    Telegram language of whoever spoke, is what its alerts are written in unless the chat chose one."""
    with archive.write() as conn:
        conn.execute(
            "INSERT INTO subscribers (channel, chat_id, name, chat_type, created_at, language_seen)"
            " VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(channel, chat_id) DO UPDATE SET active = 1,"
            " name = CASE WHEN excluded.name != '' THEN excluded.name ELSE name END,"
            " language_seen = coalesce(excluded.language_seen, language_seen)",
            (channel, chat_id, name, chat_type, iso(now), language_seen),
        )
        row = conn.execute("SELECT id FROM subscribers WHERE channel = ? AND chat_id = ?",
                           (channel, chat_id)).fetchone()
        return int(row[0])


def subscribe(archive: Archive, subscriber_id: int, watch: str, now: datetime,
              alert_filter: AlertFilter | None = None) -> bool:
    """Subscribe; False when already subscribed. A filter given replaces the subscription's filter either way."""
    with archive.write() as conn:
        cur = conn.execute(
            "INSERT OR IGNORE INTO subscriptions (subscriber_id, watch, created_at) VALUES (?, ?, ?)",
            (subscriber_id, watch, iso(now)),
        )
        if alert_filter is not None:
            set_filter(archive, subscriber_id, watch, alert_filter)
        return cur.rowcount > 0


def _json_list(values: frozenset[str] | tuple[str, ...] | None) -> str | None:
    return None if values is None else json.dumps(sorted(values) if isinstance(values, frozenset) else list(values),
                                                  ensure_ascii=False)


def set_filter(archive: Archive, subscriber_id: int, watch: str, alert_filter: AlertFilter) -> bool:
    """Replace a subscription's filter; False when the chat does not follow the watch."""
    with archive.write() as conn:
        return conn.execute(
            "UPDATE subscriptions SET kinds = ?, outlets = ?, min_confidence = ? WHERE subscriber_id = ? AND watch = ?",
            (_json_list(alert_filter.kinds), _json_list(alert_filter.outlets), alert_filter.min_confidence,
             subscriber_id, watch),
        ).rowcount > 0


def filter_of(row: SubscriptionRow) -> AlertFilter:
    """A subscription row's filter as the pure type."""
    kinds, outlets = row["kinds"], row["outlets"]
    return AlertFilter(kinds=None if kinds is None else frozenset(json.loads(kinds)),
                       outlets=None if outlets is None else tuple(json.loads(outlets)),
                       min_confidence=row["min_confidence"])


def subscriptions_with_filters(archive: Archive, subscriber_id: int) -> list[SubscriptionRow]:
    """A subscriber's subscriptions with their filters, by watch name."""
    return cast(list[SubscriptionRow], archive.all(
        "SELECT subscriber_id, watch, kinds, outlets, min_confidence, created_at FROM subscriptions"
        " WHERE subscriber_id = ? ORDER BY watch", (subscriber_id,)))


def set_language(archive: Archive, subscriber_id: int, language: str | None) -> None:
    """The language the bot speaks in this chat (None: the user's Telegram language)."""
    with archive.write() as conn:
        conn.execute("UPDATE subscribers SET language = ? WHERE id = ?", (language, subscriber_id))


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


def get_subscriber(archive: Archive, channel: str, chat_id: str) -> SubscriberRow | None:
    return cast(SubscriberRow | None, archive.one("SELECT * FROM subscribers WHERE channel = ? AND chat_id = ?",
                                                  (channel, chat_id)))


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
        conn.execute("INSERT OR IGNORE INTO subscriptions (subscriber_id, watch, created_at, kinds, outlets,"
                     " min_confidence) SELECT ?, watch, ?, kinds, outlets, min_confidence FROM subscriptions"
                     " WHERE subscriber_id = ?",
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
