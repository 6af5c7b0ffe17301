"""The sources table: feeds, sitemaps and pages to collect from, with their health and schedule."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import cast

from monitor.archive.db import Archive
from monitor.archive.records import SourceRow
from monitor.clock import iso
from monitor.models import Watch
from monitor.text import clean_text


def sync_seed_sources(archive: Archive, watches: list[Watch], now: datetime) -> None:
    """Make every source a watch lists known to the archive (health and operator choices are kept)."""
    with archive.write() as conn:
        for watch in watches:
            for spec in watch.sources:
                conn.execute(
                    "INSERT INTO sources (url, name, outlet, type, origin, added_at) VALUES (?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT(url) DO UPDATE SET name = excluded.name, outlet = excluded.outlet,"
                    " type = excluded.type",
                    (spec.url, spec.name or spec.url, spec.outlet, spec.type, f"seed:{watch.name}", iso(now)),
                )


def add_source(archive: Archive, url: str, now: datetime, *, name: str = "", outlet: str = "",
               type: str = "rss") -> int:
    """Add (or re-enable) a source by URL; returns its id."""
    with archive.write() as conn:
        conn.execute(
            "INSERT INTO sources (url, name, outlet, type, origin, added_at) VALUES (?, ?, ?, ?, 'added', ?)"
            " ON CONFLICT(url) DO UPDATE SET enabled = 1, disabled_reason = NULL, disabled_at = NULL,"
            " consecutive_failures = 0, next_check = NULL",
            (url, name or url, outlet, type, iso(now)),
        )
        return int(conn.execute("SELECT id FROM sources WHERE url = ?", (url,)).fetchone()[0])


def remove_source(archive: Archive, url: str) -> bool:
    """Forget a source; its articles stay in the archive. False when no such source."""
    with archive.write() as conn:
        conn.execute("UPDATE articles SET source_id = NULL"
                     " WHERE source_id IN (SELECT id FROM sources WHERE url = ?)", (url,))
        return conn.execute("DELETE FROM sources WHERE url = ?", (url,)).rowcount > 0


def set_source_enabled(archive: Archive, url: str, enabled: bool, reason: str | None = None,
                       now: datetime | None = None) -> bool:
    with archive.write() as conn:
        cur = conn.execute(
            "UPDATE sources SET enabled = ?, disabled_reason = ?, consecutive_failures ="
            " CASE WHEN ? THEN 0 ELSE consecutive_failures END, next_check = CASE WHEN ? THEN NULL"
            " ELSE next_check END, disabled_at = CASE WHEN ? THEN NULL ELSE ? END,"
            " check_reason = CASE WHEN ? THEN 're-enabled by the operator: due now' ELSE check_reason END"
            " WHERE url = ?",
            (int(enabled), None if enabled else reason, int(enabled), int(enabled), int(enabled), iso(now),
             int(enabled), url),
        )
        return cur.rowcount > 0


def list_sources(archive: Archive, *, type: str | None = None, enabled_only: bool = False) -> list[SourceRow]:
    where, params = ["1 = 1"], []
    if type:
        where.append("type = ?")
        params.append(type)
    if enabled_only:
        where.append("enabled = 1")
    return cast(list[SourceRow], archive.all(f"SELECT * FROM sources WHERE {' AND '.join(where)} ORDER BY id",
                                             params))


def record_source_ok(archive: Archive, source_id: int, now: datetime, *, status: int, etag: str | None,
                     last_modified: str | None, next_check: datetime | None = None, reason: str | None = None,
                     warning: str | None = None, entries: int | None = None, ttl: int | None = None,
                     body_hash: str | None = None) -> None:
    """Record a good answer (200 or 304): health reset, validators and the next check kept.
    `entries` and `ttl` are None on a 304 (the previous ones stay)."""
    with archive.write() as conn:
        conn.execute(
            "UPDATE sources SET last_checked = ?, last_ok = ?, last_status = ?, last_error = NULL,"
            " consecutive_failures = 0, etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified),"
            " next_check = ?, check_reason = ?, last_warning = CASE WHEN ? = 304 THEN last_warning ELSE ? END,"
            " last_entries = COALESCE(?, last_entries), feed_ttl = CASE WHEN ? = 304 THEN feed_ttl ELSE ? END,"
            " body_hash = COALESCE(?, body_hash) WHERE id = ?",
            (iso(now), iso(now), status, etag, last_modified, iso(next_check), reason, status,
             clean_text(warning or "") or None,
             entries, status, ttl, body_hash, source_id),
        )


def record_source_error(archive: Archive, source_id: int, now: datetime, error: str, *, status: int | None = None,
                        next_check: datetime | None = None, disable_after: int | None = None,
                        reason: str | None = None) -> int:
    """Record a failure; returns the consecutive failure count. Disables the source at `disable_after`.
    The error may quote a server (its reason phrase): cleaned like any text from outside (monitor/text.py)."""
    error = clean_text(error)
    with archive.write() as conn:
        conn.execute(
            "UPDATE sources SET last_checked = ?, last_status = ?, last_error = ?,"
            " consecutive_failures = consecutive_failures + 1, next_check = ?, check_reason = ? WHERE id = ?",
            (iso(now), status, error[:1000], iso(next_check), reason, source_id),
        )
        row = conn.execute("SELECT consecutive_failures FROM sources WHERE id = ?", (source_id,)).fetchone()
        failures = int(row[0]) if row else 0
        if disable_after and failures >= disable_after:
            conn.execute(
                "UPDATE sources SET enabled = 0, disabled_reason = ?, disabled_at = ?,"
                " check_reason = 'disabled: re-enable with `storywatch sources enable URL`' WHERE id = ?",
                (f"disabled after {failures} consecutive failures; last: {error[:300]}", iso(now), source_id),
            )
    return failures


REFUSED_REASON = ("refused by the egress policy, not retried: allow the network (STORYWATCH_ALLOW_NETWORKS or "
                  "[fetch] allow_networks) and `storywatch sources enable URL`")


def record_source_refused(archive: Archive, source_id: int, now: datetime, error: str) -> None:
    """The egress policy refused the source (monitor/egress.py): not a network error, so no backoff and no retry.
    The source is disabled with the reason until the operator allows its network and enables it again."""
    with archive.write() as conn:
        conn.execute(
            "UPDATE sources SET last_checked = ?, last_status = NULL, last_error = ?, enabled = 0,"
            " disabled_reason = ?, disabled_at = ?, next_check = NULL, check_reason = ? WHERE id = ?",
            (iso(now), error[:1000], error[:300], iso(now), REFUSED_REASON, source_id),
        )


def due_sources(archive: Archive, now: datetime, *, type: str = "rss", include_not_due: bool = False,
                slack: timedelta = timedelta(minutes=1)) -> tuple[list[SourceRow], int]:
    """Enabled sources of a type whose next check comes within `slack` (all of them with `include_not_due`),
    and how many enabled ones are not due yet. The filter is SQL's (index sources_due): a poll of 10,000
    sources reads the rows it polls, not every row."""
    if include_not_due:
        return list_sources(archive, type=type, enabled_only=True), 0
    horizon = iso(now + slack) or ""
    due = cast(list[SourceRow], archive.all(
        "SELECT * FROM sources WHERE type = :type AND enabled = 1 AND next_check IS NULL"
        " UNION ALL SELECT * FROM sources WHERE type = :type AND enabled = 1 AND next_check <= :horizon"
        " ORDER BY id", {"type": type, "horizon": horizon}))
    later = archive.scalar("SELECT count(*) FROM sources WHERE type = ? AND enabled = 1 AND next_check > ?",
                           (type, horizon))
    return due, int(later)


def set_source_interval(archive: Archive, url: str, seconds: int | None) -> bool:
    """Set (or, with None, reset to the default) how often a source is polled."""
    with archive.write() as conn:
        return conn.execute("UPDATE sources SET interval_s = ? WHERE url = ?", (seconds, url)).rowcount > 0


def adopt_move(archive: Archive, source_id: int, new_url: str) -> None:
    """Poll the source at `new_url` from now on (a move confirmed; see monitor.collect.moves)."""
    archive.conn.execute("UPDATE sources SET fetch_url = ?, redirect_to = NULL, redirect_seen = 0,"
                         " redirect_since = NULL WHERE id = ?", (new_url, source_id))


def watch_redirect(archive: Archive, source_id: int, pending: str | None, seen: int, since: datetime | None) -> None:
    """Remember the permanent redirect being watched (None: none any more)."""
    archive.conn.execute("UPDATE sources SET redirect_to = ?, redirect_seen = ?, redirect_since = ? WHERE id = ?",
                         (pending, seen, iso(since), source_id))
