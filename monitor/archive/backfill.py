"""The backfill's tables: jobs with their cursor, the candidates a job found, where each version came from
(the outlet, or an archive's capture), and the follow-ups found in history (`backfilled_events`).

History goes into the ordinary tables (articles, article_versions, events): a version read from an archive
is dated at its capture, and one older than what the archive already holds is inserted in its place in
time (`insert_past_version`) without touching the article's current text. Follow-ups found in history raise
no alert one by one: their alert rows are removed in the transaction that wrote them (`mark_backfilled`),
and a job run with --alert queues them again once it is done (`enqueue_history`), for one digest per
subscriber (`history_due`).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, cast

from monitor.archive.db import Archive
from monitor.archive.records import BackfillCandidate, BackfillJob, HistoryAlert, VersionRow
from monitor.clock import iso

FINISHED = ("done", "partial", "failed")


# -- jobs -----------------------------------------------------------------------------------------------------

def get_job(archive: Archive, job_id: int) -> BackfillJob | None:
    return cast(BackfillJob | None, archive.one("SELECT * FROM backfill_jobs WHERE id = ?", (job_id,)))


def list_jobs(archive: Archive, watch: str | None = None) -> list[BackfillJob]:
    return cast(list[BackfillJob], archive.all(
        "SELECT * FROM backfill_jobs WHERE (:w IS NULL OR watch = :w) ORDER BY id", {"w": watch}))


def open_job(archive: Archive, watch: str, day_from: str, day_to: str, *, alert: bool, now: datetime
             ) -> tuple[BackfillJob, str]:
    """The job for (watch, days): 'new', 'resumed' (it had not finished: its cursor stands) or 'again' (it had
    finished: a new pass starts from the beginning, and adds only what is new). Call holding the backfill lock:
    a job found 'running' then was cut short."""
    with archive.write() as conn:
        row = archive.one("SELECT * FROM backfill_jobs WHERE watch = ? AND day_from = ? AND day_to = ?",
                          (watch, day_from, day_to))
        if row is None:
            cur = conn.execute(
                "INSERT INTO backfill_jobs (watch, day_from, day_to, alert, started_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?)", (watch, day_from, day_to, int(alert), iso(now), iso(now)))
            how, job_id = "new", int(cur.lastrowid or 0)
        elif row["status"] in FINISHED:
            conn.execute("UPDATE backfill_jobs SET status = 'running', passes = passes + 1, cursor = '{}',"
                         " stats = '{}', errors = '{}', alert = ?, started_at = ?, updated_at = ?, finished_at = NULL"
                         " WHERE id = ?", (int(alert), iso(now), iso(now), row["id"]))
            how, job_id = "again", int(row["id"])
        else:
            conn.execute("UPDATE backfill_jobs SET status = 'running', alert = ?, updated_at = ? WHERE id = ?",
                         (int(alert or row["alert"]), iso(now), row["id"]))
            how, job_id = "resumed", int(row["id"])
    job = get_job(archive, job_id)
    assert job is not None
    return job, how


def save_progress(archive: Archive, job_id: int, cursor: str, stats: dict[str, Any], now: datetime) -> None:
    """The cursor and the running totals (inside the transaction of the work they follow)."""
    archive.conn.execute("UPDATE backfill_jobs SET cursor = ?, stats = ?, updated_at = ? WHERE id = ?",
                         (cursor, json.dumps(stats, sort_keys=True), iso(now), job_id))


def record_error(archive: Archive, job_id: int, source: str, message: str, now: datetime) -> bool:
    """A source's error, kept once (the first): True when it is new for this pass."""
    with archive.write() as conn:
        row = conn.execute("SELECT errors FROM backfill_jobs WHERE id = ?", (job_id,)).fetchone()
        errors = json.loads(row[0] or "{}") if row else {}
        if source in errors:
            return False
        errors[source] = message[:500]
        conn.execute("UPDATE backfill_jobs SET errors = ?, updated_at = ? WHERE id = ?",
                     (json.dumps(errors, sort_keys=True), iso(now), job_id))
        return True


def finish_job(archive: Archive, job_id: int, status: str, stats: dict[str, Any], now: datetime) -> None:
    archive.conn.execute("UPDATE backfill_jobs SET status = ?, stats = ?, updated_at = ?, finished_at = ? WHERE id = ?",
                         (status, json.dumps(stats, sort_keys=True), iso(now), iso(now), job_id))


# -- candidates -----------------------------------------------------------------------------------------------

def add_candidates(archive: Archive, job_id: int, found: list[tuple[str, str, str, str | None]]) -> int:
    """Append (url, found_by, title, published) to the job's list, each URL once; returns how many were new."""
    added = 0
    for url, found_by, title, published in found:
        cur = archive.conn.execute(
            "INSERT OR IGNORE INTO backfill_candidates (job_id, seq, url, found_by, title, published)"
            " VALUES (?, (SELECT COALESCE(MAX(seq), -1) + 1 FROM backfill_candidates WHERE job_id = ?), ?, ?, ?, ?)",
            (job_id, job_id, url, found_by, title, published))
        added += cur.rowcount
    return added


def candidates_from(archive: Archive, job_id: int, seq: int) -> list[BackfillCandidate]:
    """The job's candidates from `seq` on, in order."""
    return cast(list[BackfillCandidate], archive.all(
        "SELECT * FROM backfill_candidates WHERE job_id = ? AND seq >= ? ORDER BY seq", (job_id, seq)))


def set_outcome(archive: Archive, job_id: int, seq: int, outcome: str) -> None:
    archive.conn.execute("UPDATE backfill_candidates SET outcome = ? WHERE job_id = ? AND seq = ?",
                         (outcome, job_id, seq))


# -- versions -------------------------------------------------------------------------------------------------

def latest_version_time(archive: Archive, article_id: int) -> str | None:
    return cast(str | None, archive.scalar("SELECT MAX(seen_at) FROM article_versions WHERE article_id = ?",
                                           (article_id,)))


def version_with_hash(archive: Archive, article_id: int, digest: str) -> VersionRow | None:
    return cast(VersionRow | None, archive.one(
        "SELECT * FROM article_versions WHERE article_id = ? AND content_hash = ?", (article_id, digest)))


def version_before(archive: Archive, article_id: int, seen_at: str) -> VersionRow | None:
    """The article's version in force just before `seen_at` (the one a past capture revised)."""
    return cast(VersionRow | None, archive.one(
        "SELECT * FROM article_versions WHERE article_id = ? AND seen_at < ? ORDER BY seen_at DESC, id DESC LIMIT 1",
        (article_id, seen_at)))


def insert_past_version(archive: Archive, article_id: int, *, seen_at: str, title: str, summary: str, body: str,
                        digest: str, notes: str, diff: str | None, via: str = "archive") -> int:
    """A version older than the article's newest, put in its place in time; the article's text stays."""
    cur = archive.conn.execute(
        "INSERT INTO article_versions (article_id, seen_at, via, title, summary, body, content_hash, notes, diff)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (article_id, seen_at, via, title, summary, body, digest, notes, diff))
    archive.conn.execute("UPDATE articles SET versions = versions + 1, first_seen = MIN(first_seen, ?) WHERE id = ?",
                         (seen_at, article_id))
    return int(cur.lastrowid or 0)


def move_version_back(archive: Archive, version_id: int, article_id: int, seen_at: str) -> bool:
    """A known text that an archive shows was there earlier: the version is dated at that capture."""
    moved = archive.conn.execute("UPDATE article_versions SET seen_at = ? WHERE id = ? AND seen_at > ?",
                                 (seen_at, version_id, seen_at)).rowcount
    archive.conn.execute("UPDATE articles SET first_seen = MIN(first_seen, ?) WHERE id = ?", (seen_at, article_id))
    return bool(moved)


def set_published(archive: Archive, article_id: int, published: str) -> None:
    """Fill an article's publication date when it has none (a page that did not say, dated by its source)."""
    archive.conn.execute("UPDATE articles SET published = ? WHERE id = ? AND published IS NULL",
                         (published, article_id))


def record_source(archive: Archive, version_id: int, article_id: int, *, source: str, address: str = "",
                  captured_at: str | None = None, capture_url: str = "", job_id: int | None = None) -> None:
    """Where a version came from; an archive's earlier capture of the same text replaces a later one."""
    archive.conn.execute(
        "INSERT INTO version_sources (version_id, article_id, source, archive, captured_at, capture_url, job_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(version_id) DO UPDATE SET source = excluded.source,"
        " archive = excluded.archive, captured_at = excluded.captured_at, capture_url = excluded.capture_url,"
        " job_id = excluded.job_id WHERE excluded.source = 'archive' AND (version_sources.captured_at IS NULL"
        " OR excluded.captured_at < version_sources.captured_at)",
        (version_id, article_id, source, address, captured_at, capture_url, job_id))


# -- events ---------------------------------------------------------------------------------------------------

def redate_event(archive: Archive, dedup_key: str, detected_at: str, version_id: int) -> int | None:
    """A known follow-up that an earlier capture already shows: dated at that capture. Its id when moved."""
    row = archive.conn.execute("UPDATE events SET detected_at = ?, version_id = ? WHERE dedup_key = ?"
                               " AND detected_at > ? RETURNING id", (detected_at, version_id, dedup_key, detected_at)
                               ).fetchone()
    return None if row is None else int(row[0])


def mark_backfilled(archive: Archive, event_ids: list[int], job_id: int, now: datetime) -> int:
    """Follow-ups found in history: marked, and their alerts (written in this same transaction) withdrawn."""
    withdrawn = 0
    for event_id in event_ids:
        archive.conn.execute("INSERT OR IGNORE INTO backfilled_events (event_id, job_id, marked_at) VALUES (?, ?, ?)",
                             (event_id, job_id, iso(now)))
        withdrawn += archive.conn.execute("DELETE FROM alerts WHERE event_id = ? AND status = 'pending'",
                                          (event_id,)).rowcount
    return withdrawn


def is_backfilled(archive: Archive, event_id: int) -> bool:
    return archive.scalar("SELECT 1 FROM backfilled_events WHERE event_id = ?", (event_id,)) is not None


def job_events(archive: Archive, job_id: int) -> int:
    return int(archive.scalar("SELECT count(*) FROM backfilled_events WHERE job_id = ?", (job_id,)) or 0)


def enqueue_history(archive: Archive, job_id: int, kinds: list[str], now: datetime) -> int:
    """The job's follow-ups of these kinds, queued for every active subscriber of the watch (once: a second run
    queues nothing); `history_due` hands them out as one digest per subscriber. Returns how many alerts."""
    if not kinds:
        return 0
    marks = ", ".join("?" for _ in kinds)
    with archive.write() as conn:
        return conn.execute(
            "INSERT OR IGNORE INTO alerts (event_id, subscriber_id, next_attempt, created_at)"
            " SELECT e.id, s.id, ?, ? FROM backfilled_events b JOIN events e ON e.id = b.event_id"
            " JOIN subscriptions u ON u.watch = e.watch JOIN subscribers s ON s.id = u.subscriber_id"
            f" WHERE b.job_id = ? AND s.active = 1 AND e.kind IN ({marks}) ORDER BY e.detected_at, e.id",
            (iso(now), iso(now), job_id, *kinds)).rowcount


def history_due(archive: Archive, channel: str, now: datetime, *, limit: int = 5000) -> list[HistoryAlert]:
    """Due pending alerts of follow-ups found in history (a finished --alert backfill), for subscribers of the
    channel who are not muted, grouped by subscriber and job, oldest follow-up first."""
    return cast(list[HistoryAlert], archive.all(
        "SELECT a.id AS alert_id, a.attempts, a.created_at, a.subscriber_id, s.chat_id, s.chat_type, s.language,"
        " s.language_seen, e.id AS event_id, e.kind, e.actor, e.target, e.story, e.evidence, e.watch, e.confidence,"
        " e.detected_at,"
        " e.version_id, e.article_id, ar.url, ar.link, ar.title, ar.outlet, ar.published, j.id AS job_id,"
        " j.day_from FROM alerts a JOIN subscribers s ON s.id = a.subscriber_id JOIN events e ON e.id = a.event_id"
        " JOIN articles ar ON ar.id = e.article_id JOIN backfilled_events b ON b.event_id = e.id"
        " JOIN backfill_jobs j ON j.id = b.job_id WHERE a.status = 'pending' AND a.next_attempt <= :now"
        " AND s.channel = :channel AND s.active = 1 AND (s.muted_until IS NULL OR s.muted_until <= :now)"
        " ORDER BY a.subscriber_id, j.id, e.detected_at, e.id LIMIT :limit",
        {"now": iso(now), "channel": channel, "limit": limit}))


def version_sources(archive: Archive, article_id: int) -> dict[int, dict[str, Any]]:
    """version id -> where it came from, for the versions of one article that have a recorded source."""
    return {int(r["version_id"]): r for r in archive.all(
        "SELECT version_id, source, archive, captured_at, capture_url FROM version_sources WHERE article_id = ?",
        (article_id,))}


def tracked_links(archive: Archive, watch: str) -> list[str]:
    """The pages of the watch's articles that are re-visited (tracked): their history is read too."""
    return [r["link"] for r in archive.all(
        "SELECT r.link FROM revisits r JOIN matches m ON m.article_id = r.article_id WHERE m.watch = ?"
        " ORDER BY r.article_id", (watch,))]


def refusal_state(archive: Archive, link: str) -> dict[str, Any] | None:
    """A tracked article's last visit (status, error) and its newest version's time, by the link it is fetched
    at; None when the link is not tracked."""
    return archive.one(
        "SELECT r.article_id, r.last_status, r.last_error, (SELECT MAX(v.seen_at) FROM article_versions v"
        " WHERE v.article_id = r.article_id) AS latest FROM revisits r WHERE r.link = ?", (link,))
