"""The SQLite archive: connection discipline, sources, articles and their versions, matches, runs, search.

Several processes (poller, crawler, bot) write one file, so every connection uses WAL and a busy timeout,
and every multi-statement write runs in `Archive.write()`, a `BEGIN IMMEDIATE` transaction: taking the write
lock up front is what lets the busy timeout work (a deferred transaction that upgrades fails at once).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from monitor.archive.schema import migrations
from monitor.clock import iso
from monitor.errors import QueryError, StorywatchError
from monitor.models import Watch

if TYPE_CHECKING:
    from monitor.archive.feedbatch import FeedWrites

BUSY_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class ArticleFields:
    """What a feed entry or a crawled page says about an article."""

    url: str  # canonical
    link: str
    title: str = ""
    summary: str = ""
    body: str = ""
    guid: str = ""
    outlet: str = ""
    authors: str = ""
    language: str = ""
    published: str | None = None
    updated: str | None = None


def content_hash(title: str, summary: str, body: str) -> str:
    """A version's identity: its words, white space folded."""
    folded = "\x1f".join(" ".join(part.split()) for part in (title, summary, body))
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


class Archive:
    """One connection to the archive file. Build it in an entry point; pass it down."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            # One thread at a time uses an Archive, not always the one that opened it: the poller stores in a
            # worker thread while its event loop goes on fetching (see monitor.collect.poll).
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
            self.db = Database(conn)
            self.db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            self.db.execute("PRAGMA foreign_keys = ON")
            # Statement journals in memory: an INSERT into articles (its FTS trigger makes it a multi-write
            # statement) inside the poller's per-source savepoint otherwise spills one to a temp file each time.
            self.db.execute("PRAGMA temp_store = MEMORY")
            if self.path != ":memory:" and self.db.journal_mode != "wal":
                self.db.enable_wal()
            migrations.apply(self.db)
        except sqlite3.DatabaseError as exc:
            raise StorywatchError(f"{self.path}: cannot open the archive: {exc}") from exc

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the lock up front (BEGIN IMMEDIATE); nested calls join it."""
        if self.conn.in_transaction:
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.rollback()
            raise
        else:
            self.conn.commit()

    def one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        cur = self.conn.execute(sql, params)
        row = cur.fetchone()
        return None if row is None else dict(zip([c[0] for c in cur.description], row, strict=True))

    def all(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cur = self.conn.execute(sql, params)
        names = [c[0] for c in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    # -- sources ---------------------------------------------------------------------------------------

    def sync_seed_sources(self, watches: list[Watch], now: datetime) -> None:
        """Make every source a watch lists known to the archive (health and operator choices are kept)."""
        with self.write() as conn:
            for watch in watches:
                for spec in watch.sources:
                    conn.execute(
                        "INSERT INTO sources (url, name, outlet, type, origin, added_at) VALUES (?, ?, ?, ?, ?, ?)"
                        " ON CONFLICT(url) DO UPDATE SET name = excluded.name, outlet = excluded.outlet,"
                        " type = excluded.type",
                        (spec.url, spec.name or spec.url, spec.outlet, spec.type, f"seed:{watch.name}", iso(now)),
                    )

    def add_source(self, url: str, now: datetime, *, name: str = "", outlet: str = "", type: str = "rss") -> int:
        """Add (or re-enable) a source by URL; returns its id."""
        with self.write() as conn:
            conn.execute(
                "INSERT INTO sources (url, name, outlet, type, origin, added_at) VALUES (?, ?, ?, ?, 'added', ?)"
                " ON CONFLICT(url) DO UPDATE SET enabled = 1, disabled_reason = NULL, disabled_at = NULL,"
                " consecutive_failures = 0, next_check = NULL",
                (url, name or url, outlet, type, iso(now)),
            )
        row = self.one("SELECT id FROM sources WHERE url = ?", (url,))
        assert row is not None
        return int(row["id"])

    def remove_source(self, url: str) -> bool:
        """Forget a source; its articles stay in the archive. False when no such source."""
        with self.write() as conn:
            conn.execute("UPDATE articles SET source_id = NULL"
                         " WHERE source_id IN (SELECT id FROM sources WHERE url = ?)", (url,))
            return conn.execute("DELETE FROM sources WHERE url = ?", (url,)).rowcount > 0

    def set_source_enabled(self, url: str, enabled: bool, reason: str | None = None,
                           now: datetime | None = None) -> bool:
        with self.write() as conn:
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

    def sources(self, *, type: str | None = None, enabled_only: bool = False) -> list[dict[str, Any]]:
        where, params = ["1 = 1"], []
        if type:
            where.append("type = ?")
            params.append(type)
        if enabled_only:
            where.append("enabled = 1")
        return self.all(f"SELECT * FROM sources WHERE {' AND '.join(where)} ORDER BY id", params)

    def record_source_ok(self, source_id: int, now: datetime, *, status: int, etag: str | None,
                         last_modified: str | None, next_check: datetime | None = None, reason: str | None = None,
                         warning: str | None = None, entries: int | None = None, ttl: int | None = None,
                         body_hash: str | None = None) -> None:
        """Record a good answer (200 or 304): health reset, validators and the next check kept.
        `entries` and `ttl` are None on a 304 (the previous ones stay)."""
        with self.write() as conn:
            conn.execute(
                "UPDATE sources SET last_checked = ?, last_ok = ?, last_status = ?, last_error = NULL,"
                " consecutive_failures = 0, etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified),"
                " next_check = ?, check_reason = ?, last_warning = CASE WHEN ? = 304 THEN last_warning ELSE ? END,"
                " last_entries = COALESCE(?, last_entries), feed_ttl = CASE WHEN ? = 304 THEN feed_ttl ELSE ? END,"
                " body_hash = COALESCE(?, body_hash) WHERE id = ?",
                (iso(now), iso(now), status, etag, last_modified, iso(next_check), reason, status, warning or None,
                 entries, status, ttl, body_hash, source_id),
            )

    def record_source_error(self, source_id: int, now: datetime, error: str, *, status: int | None = None,
                            next_check: datetime | None = None, disable_after: int | None = None,
                            reason: str | None = None) -> int:
        """Record a failure; returns the consecutive failure count. Disables the source at `disable_after`."""
        with self.write() as conn:
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

    def due_sources(self, now: datetime, *, type: str = "rss", include_not_due: bool = False,
                    slack: timedelta = timedelta(minutes=1)) -> tuple[list[dict[str, Any]], int]:
        """Enabled sources of a type whose next check comes within `slack` (all of them with
        `include_not_due`), and how many enabled ones are not due yet."""
        rows = self.sources(type=type, enabled_only=True)
        if include_not_due:
            return rows, 0
        horizon = iso(now + slack)
        due = [r for r in rows if not r["next_check"] or r["next_check"] <= horizon]
        return due, len(rows) - len(due)

    def set_source_interval(self, url: str, seconds: int | None) -> bool:
        """Set (or, with None, reset to the default) how often a source is polled."""
        with self.write() as conn:
            return conn.execute("UPDATE sources SET interval_s = ? WHERE url = ?", (seconds, url)).rowcount > 0

    # -- articles ----------------------------------------------------------------------------------------

    def find_article(self, url: str, *, source_id: int | None = None, guid: str = "") -> dict[str, Any] | None:
        """An article by canonical URL, else by its source's GUID."""
        row = self.one("SELECT * FROM articles WHERE url = ?", (url,))
        if row is None and guid and source_id is not None:
            row = self.one("SELECT * FROM articles WHERE source_id = ? AND guid = ?", (source_id, guid))
        return row

    def upsert_article(self, fields: ArticleFields, now: datetime, *, source_id: int | None = None,
                       via: str = "feed", feed: FeedWrites | None = None
                       ) -> tuple[str, dict[str, Any], dict[str, Any] | None, int | None]:
        """Insert a new article or a new version of a known one.

        Returns (outcome, article_row, previous_row, version_id): outcome is 'new', 'updated' or 'unchanged';
        previous_row is the article before this change (None when new); version_id the new version's id.
        Empty fields never erase known text (a feed summary does not wipe a crawled body).
        `feed`: the writes of the feed this entry is part of (`monitor.archive.feedbatch`): its lookups spare the two
        SELECTs of `find_article` and its new articles are full-text indexed together.
        """
        if self.conn.in_transaction:  # the poller's batch: no context manager per article
            return self._upsert(fields, now, source_id, via, feed)
        with self.write():
            return self._upsert(fields, now, source_id, via, feed)

    def _upsert(self, fields: ArticleFields, now: datetime, source_id: int | None, via: str,
                feed: FeedWrites | None) -> tuple[str, dict[str, Any], dict[str, Any] | None, int | None]:
        seen = iso(now)
        if feed is None:
            existing = self.find_article(fields.url, source_id=source_id, guid=fields.guid)
        else:
            existing = feed.find(fields)
        if existing is None:
            digest = content_hash(fields.title, fields.summary, fields.body)
            if feed is not None:
                feed.inserting()
            cur = self.conn.execute(
                "INSERT INTO articles (url, link, guid, source_id, title, summary, body, outlet, authors, language,"
                " published, updated, first_seen, last_seen, content_hash) VALUES"
                " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (fields.url, fields.link, fields.guid or None, source_id, fields.title, fields.summary,
                 fields.body, fields.outlet, fields.authors, fields.language, fields.published, fields.updated,
                 seen, seen, digest),
            )
            article_id = int(cur.lastrowid or 0)
            # The row as stored, from what was written (a test holds it equal to SELECT *).
            row: dict[str, Any] = {
                "id": article_id, "url": fields.url, "link": fields.link, "guid": fields.guid or None,
                "source_id": source_id, "title": fields.title, "summary": fields.summary, "body": fields.body,
                "outlet": fields.outlet, "authors": fields.authors, "language": fields.language,
                "published": fields.published, "updated": fields.updated, "first_seen": seen, "last_seen": seen,
                "content_hash": digest, "versions": 1, "notes": "[]"}
            if feed is not None:
                feed.stored(fields, article_id, new=True)
            version_id = self._add_version(article_id, fields.title, fields.summary, fields.body, digest, seen, via)
            return "new", row, None, version_id
        if feed is not None:
            feed.stored(fields, existing["id"])
        merged = {k: (getattr(fields, k) or existing[k]) for k in ("title", "summary", "body")}
        digest = content_hash(merged["title"], merged["summary"], merged["body"])
        if digest == existing["content_hash"]:
            if feed is not None:
                feed.seen_again(existing["id"], seen)
            else:
                self.conn.execute("UPDATE articles SET last_seen = ? WHERE id = ?", (seen, existing["id"]))
            return "unchanged", existing, existing, None
        if feed is not None:
            feed.updating(existing["id"])
        row = self.all(
            "UPDATE articles SET title = ?, summary = ?, body = ?, content_hash = ?, last_seen = ?,"
            " updated = COALESCE(?, updated), authors = CASE WHEN ? != '' THEN ? ELSE authors END,"
            " versions = versions + 1 WHERE id = ? RETURNING *",
            (merged["title"], merged["summary"], merged["body"], digest, seen, fields.updated,
             fields.authors, fields.authors, existing["id"]),
        )[0]
        version_id = self._add_version(existing["id"], merged["title"], merged["summary"], merged["body"],
                                       digest, seen, via)
        return "updated", row, existing, version_id

    def _add_version(self, article_id: int, title: str, summary: str, body: str, digest: str,
                     seen: str | None, via: str) -> int | None:
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO article_versions (article_id, seen_at, via, title, summary, body, content_hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (article_id, seen, via, title, summary, body, digest),
        )
        return int(cur.lastrowid or 0) if cur.rowcount else None

    def record_match(self, article_id: int, watch: str, reason: str, now: datetime) -> None:
        self.conn.execute(
            "INSERT INTO matches (article_id, watch, reason, matched_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(article_id, watch) DO UPDATE SET reason = excluded.reason",
            (article_id, watch, reason, iso(now)),
        )

    # -- runs --------------------------------------------------------------------------------------------

    def start_run(self, kind: str, now: datetime) -> int:
        with self.write() as conn:
            cur = conn.execute("INSERT INTO runs (kind, started_at) VALUES (?, ?)", (kind, iso(now)))
            return int(cur.lastrowid or 0)

    def interrupt_runs(self, kind: str, now: datetime) -> int:
        """Mark the runs of `kind` still 'running' as 'interrupted' (a status beside running, ok, partial and
        failed; call it holding that kind's lock: none of them is really running). Returns how many."""
        with self.write() as conn:
            return conn.execute(
                "UPDATE runs SET status = 'interrupted', finished_at = ?, error = 'the process running it stopped"
                " before it finished (killed?)' WHERE kind = ? AND status = 'running'", (iso(now), kind)).rowcount

    def finish_run(self, run_id: int, now: datetime, *, status: str, stats: dict[str, Any],
                   error: str | None = None) -> None:
        with self.write() as conn:
            conn.execute(
                "UPDATE runs SET finished_at = ?, status = ?, stats = ?, error = ? WHERE id = ?",
                (iso(now), status, json.dumps(stats, sort_keys=True), error, run_id),
            )

    # -- search ------------------------------------------------------------------------------------------

    def search(self, words: str, *, limit: int = 20, watch: str | None = None) -> list[dict[str, Any]]:
        """Full-text search over titles, summaries and bodies, best first.

        The words may use FTS5 syntax (OR, NOT, "phrases", prefix*); when they are not valid FTS5, they are
        searched as plain words instead, so user input never raises a syntax error.
        """
        if not words.strip():
            raise QueryError("search needs at least one word")
        where = "articles.id IN (SELECT article_id FROM matches WHERE watch = :watch)" if watch else None
        args = {"watch": watch} if watch else None
        columns = ["id", "url", "link", "title", "outlet", "published", "first_seen", "summary"]
        table = self.db.table("articles")
        for quote in (False, True):
            try:
                return list(table.search(words, columns=columns, limit=limit, where=where, where_args=args,
                                         quote=quote))
            except sqlite3.OperationalError as exc:
                if quote:
                    raise QueryError(f"cannot search for {words!r}: {exc}") from exc
        return []

