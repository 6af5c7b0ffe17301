"""The channels table: operators' alert destinations besides Telegram (Apprise URLs and signed webhooks).

A channel is also a subscriber (channel 'apprise' or 'webhook', chat_id = the channel's id), so its alerts
are rows of the one outbox like a Telegram chat's. The archive never holds the URL or the signing secret:
`url_ref` and `secret_ref` say where they are ('file': the secrets file, under the channel's id; 'env:NAME').
Stored errors arrive here already redacted (monitor/deliver/secrets.py).
"""

from __future__ import annotations

from datetime import datetime
from typing import cast

from monitor.archive.db import Archive
from monitor.archive.records import ChannelRow
from monitor.clock import iso


class ChannelListing(ChannelRow):
    subscriber_id: int
    language: str | None  # what its notifications are written in (None: English)
    pending: int
    delivered: int
    failed: int


def add_channel(archive: Archive, kind: str, label: str, url_ref: str, secret_ref: str | None, pace_s: float,
                now: datetime) -> int:
    """A new channel and its subscriber row; returns the channel's id."""
    with archive.write() as conn:
        cur = conn.execute(
            "INSERT INTO channels (kind, label, url_ref, secret_ref, pace_s, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (kind, label, url_ref, secret_ref, pace_s, iso(now)))
        channel_id = int(cur.lastrowid or 0)
        conn.execute("INSERT INTO subscribers (channel, chat_id, name, chat_type, created_at) VALUES (?, ?, ?, ?, ?)",
                     (kind, str(channel_id), label, kind, iso(now)))
        return channel_id


def update_channel(archive: Archive, channel_id: int, *, pace_s: float | None = None,
                   secret_ref: str | None = None) -> None:
    with archive.write() as conn:
        if pace_s is not None:
            conn.execute("UPDATE channels SET pace_s = ? WHERE id = ?", (pace_s, channel_id))
        if secret_ref is not None:
            conn.execute("UPDATE channels SET secret_ref = ? WHERE id = ?", (secret_ref, channel_id))


def channel_subscriber(archive: Archive, channel_id: int) -> int:
    """The subscriber id of a channel (its subscriptions and alerts hang on it)."""
    return int(archive.scalar("SELECT s.id FROM subscribers s JOIN channels c ON s.channel = c.kind"
                              " AND s.chat_id = CAST(c.id AS TEXT) WHERE c.id = ?", (channel_id,)))


def get_channel(archive: Archive, channel_id: int) -> ChannelRow | None:
    return cast(ChannelRow | None, archive.one("SELECT * FROM channels WHERE id = ?", (channel_id,)))


def list_channels(archive: Archive) -> list[ChannelListing]:
    """Every channel with its subscriber and its outbox counts."""
    return cast(list[ChannelListing], archive.all(
        "SELECT c.*, s.id AS subscriber_id, s.language,"
        " (SELECT count(*) FROM alerts a WHERE a.subscriber_id = s.id AND a.status IN ('pending', 'sending'))"
        " AS pending,"
        " (SELECT count(*) FROM alerts a WHERE a.subscriber_id = s.id AND a.status = 'sent') AS delivered,"
        " (SELECT count(*) FROM alerts a WHERE a.subscriber_id = s.id AND a.status = 'failed') AS failed"
        " FROM channels c JOIN subscribers s ON s.channel = c.kind AND s.chat_id = CAST(c.id AS TEXT) ORDER BY c.id"))


def channels_by_id(archive: Archive, ids: list[int]) -> dict[int, ChannelRow]:
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    rows = cast(list[ChannelRow], archive.all(f"SELECT * FROM channels WHERE id IN ({marks})", ids))
    return {int(r["id"]): r for r in rows}


def has_channels(archive: Archive) -> bool:
    """Whether any enabled channel exists (then `storywatch run` starts `storywatch deliver`)."""
    return bool(archive.scalar("SELECT 1 FROM channels WHERE enabled = 1 LIMIT 1"))


def channel_sent(archive: Archive, channel_id: int, now: datetime) -> None:
    """A notification went through: the failure streak ends."""
    with archive.write() as conn:
        conn.execute("UPDATE channels SET consecutive_failures = 0, retry_at = NULL, last_ok = ?, sent = sent + 1"
                     " WHERE id = ?", (iso(now), channel_id))


def channel_failed(archive: Archive, channel_id: int, reason: str, now: datetime, retry_at: datetime) -> int:
    """A failed attempt (reason already redacted); returns the failure streak's length."""
    with archive.write() as conn:
        conn.execute("UPDATE channels SET consecutive_failures = consecutive_failures + 1, last_error = ?,"
                     " retry_at = ? WHERE id = ?", (reason[:1000], iso(retry_at), channel_id))
        return int(conn.execute("SELECT consecutive_failures FROM channels WHERE id = ?",
                                (channel_id,)).fetchone()[0])


def disable_channel(archive: Archive, channel_id: int, reason: str, now: datetime) -> int:
    """Stop using a destination that fails for good: no new alerts for it, its undelivered ones fail with the
    reason (shown by `notify list` and `storywatch alerts`). Returns how many alerts failed."""
    with archive.write() as conn:
        conn.execute("UPDATE channels SET enabled = 0, disabled_at = ?, disabled_reason = ?, last_error = ?"
                     " WHERE id = ?", (iso(now), reason[:1000], reason[:1000], channel_id))
        sid = channel_subscriber(archive, channel_id)
        conn.execute("UPDATE subscribers SET active = 0 WHERE id = ?", (sid,))
        return conn.execute(
            "UPDATE alerts SET status = 'failed', last_error = ?, next_attempt = ? WHERE subscriber_id = ?"
            " AND status IN ('pending', 'sending')", (f"channel disabled: {reason}"[:1000], iso(now), sid)).rowcount


def enable_channel(archive: Archive, channel_id: int) -> None:
    """Use a channel again (an operator fixed the destination and added it again)."""
    with archive.write() as conn:
        conn.execute("UPDATE channels SET enabled = 1, disabled_at = NULL, disabled_reason = NULL,"
                     " consecutive_failures = 0, retry_at = NULL WHERE id = ?", (channel_id,))
        conn.execute("UPDATE subscribers SET active = 1 WHERE id = ?", (channel_subscriber(archive, channel_id),))


def remove_channel(archive: Archive, channel_id: int) -> int:
    """Forget a channel: no more alerts; its undelivered ones are skipped. Returns how many were skipped.
    The subscriber row stays (inactive) so delivered alerts keep their history."""
    with archive.write() as conn:
        sid = channel_subscriber(archive, channel_id)
        conn.execute("DELETE FROM subscriptions WHERE subscriber_id = ?", (sid,))
        conn.execute("UPDATE subscribers SET active = 0, chat_id = chat_id || ':removed' WHERE id = ?", (sid,))
        skipped = conn.execute("UPDATE alerts SET status = 'skipped', last_error = 'channel removed'"
                               " WHERE subscriber_id = ? AND status IN ('pending', 'sending')", (sid,)).rowcount
        conn.execute("DELETE FROM channels WHERE id = ?", (channel_id,))
        return skipped

