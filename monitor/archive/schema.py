"""The archive's schema, created and evolved by migrations (each in its own transaction).

Migrations apply in the order they are registered below, which is not the order of their numbers: the
numbers were taken as features were planned, the registrations follow what shipped. The real order is

    0001_initial, 0002_issue4_version_diffs, 0007_issue7_service_state, 0008_event_sightings,
    0003_issue3_source_schedule, 0009_issue3_fts_on_text_change, 0009_issue3_fts_deferred_insert,
    0010_issue3_source_moves

and every new migration goes at the end. Names are what archives record in `_sqlite_migrations`: never rename
or edit one that has shipped. `storywatch init` and every command that opens the archive apply what is pending.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

Migration = Callable[["Database"], None]


class MigrationSet:
    """The migrations in registration order, applied by sqlite-utils' `Migrations` (same `_sqlite_migrations`
    table, same names) but handed to it only when one is pending: importing sqlite-utils costs about 0.1 s (it
    loads numpy where installed), a third of a cron poll's start-up, while an archive that is up to date needs
    one SELECT to say so."""

    def __init__(self, name: str):
        self.name = name
        self.registered: list[tuple[str, Migration]] = []

    def __call__(self, *, name: str) -> Callable[[Migration], Migration]:
        def register(fn: Migration) -> Migration:
            self.registered.append((name, fn))
            return fn

        return register

    def pending(self, conn: sqlite3.Connection) -> list[str]:
        """The names not applied to this archive yet, in the order they apply."""
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'").fetchone():
            done = {row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                                                   (self.name,))}
        else:
            done = set()
        return [name for name, _ in self.registered if name not in done]

    def as_sqlite_utils(self) -> Migrations:
        from sqlite_utils.migrations import Migrations

        found = Migrations(self.name)
        for name, fn in self.registered:
            found(name=name)(fn)
        return found

    def apply(self, conn: sqlite3.Connection) -> None:
        """Apply what is pending, each migration in its own transaction."""
        if self.pending(conn):
            from sqlite_utils import Database

            self.as_sqlite_utils().apply(Database(conn))


migrations = MigrationSet("storywatch")


@migrations(name="0001_initial")
def m0001_initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL DEFAULT '',
            outlet TEXT NOT NULL DEFAULT '',
            type TEXT NOT NULL DEFAULT 'rss',
            origin TEXT NOT NULL DEFAULT 'added',      -- 'seed:<watch>' or 'added'
            enabled INTEGER NOT NULL DEFAULT 1,
            disabled_reason TEXT,
            etag TEXT,
            last_modified TEXT,
            added_at TEXT NOT NULL,
            last_checked TEXT,
            last_ok TEXT,
            last_status INTEGER,
            last_error TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            next_check TEXT
        );

        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,                  -- canonical URL, the natural key
            link TEXT NOT NULL,                        -- the URL as the outlet gave it
            guid TEXT,
            source_id INTEGER REFERENCES sources(id),
            title TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            outlet TEXT NOT NULL DEFAULT '',
            authors TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            published TEXT,
            updated TEXT,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            versions INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX articles_guid ON articles(source_id, guid);
        CREATE INDEX articles_published ON articles(published);

        CREATE TABLE article_versions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            seen_at TEXT NOT NULL,
            via TEXT NOT NULL DEFAULT 'feed',          -- 'feed' or 'page'
            title TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL,
            UNIQUE (article_id, content_hash)
        );

        CREATE TABLE matches (
            article_id INTEGER NOT NULL REFERENCES articles(id),
            watch TEXT NOT NULL,
            reason TEXT NOT NULL,
            matched_at TEXT NOT NULL,
            PRIMARY KEY (article_id, watch)
        );
        CREATE INDEX matches_watch ON matches(watch);

        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            dedup_key TEXT NOT NULL UNIQUE,            -- watch, article, kind and the evidence's words
            watch TEXT NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            version_id INTEGER REFERENCES article_versions(id),
            kind TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            target TEXT NOT NULL DEFAULT '',
            story TEXT NOT NULL DEFAULT '',            -- the story it refers to (the watch's title)
            evidence TEXT NOT NULL,
            confidence REAL NOT NULL DEFAULT 1.0,
            detected_at TEXT NOT NULL
        );
        CREATE INDEX events_watch ON events(watch, detected_at);

        CREATE TABLE subscribers (
            id INTEGER PRIMARY KEY,
            channel TEXT NOT NULL,                     -- 'console' or 'telegram'
            chat_id TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            chat_type TEXT NOT NULL DEFAULT 'private',
            active INTEGER NOT NULL DEFAULT 1,
            muted_until TEXT,
            digest INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            UNIQUE (channel, chat_id)
        );

        CREATE TABLE subscriptions (
            subscriber_id INTEGER NOT NULL REFERENCES subscribers(id),
            watch TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (subscriber_id, watch)
        );

        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id),
            subscriber_id INTEGER NOT NULL REFERENCES subscribers(id),
            status TEXT NOT NULL DEFAULT 'pending',    -- 'pending', 'sent', 'failed', 'skipped'
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt TEXT NOT NULL,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            message_id TEXT,
            last_error TEXT,
            UNIQUE (event_id, subscriber_id)
        );
        CREATE INDEX alerts_due ON alerts(status, next_attempt);

        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,                        -- 'poll', 'crawl', 'deliver'
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL DEFAULT 'running',    -- 'running', 'ok', 'partial', 'failed'
            stats TEXT NOT NULL DEFAULT '{}',
            error TEXT
        );
        """
    )
    db.table("articles").enable_fts(["title", "summary", "body"], create_triggers=True, tokenize="porter")


@migrations(name="0002_issue4_version_diffs")
def m0002_issue4_version_diffs(db: Database) -> None:
    """Crawled pages: notes and a quotable diff per version, and the re-visit schedule of tracked articles."""
    db.executescript(
        """
        ALTER TABLE articles ADD COLUMN notes TEXT NOT NULL DEFAULT '[]';          -- JSON list of notes
        ALTER TABLE article_versions ADD COLUMN notes TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE article_versions ADD COLUMN diff TEXT;                         -- JSON, see monitor/diff.py

        CREATE TABLE revisits (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id),
            link TEXT NOT NULL,                        -- the URL to fetch
            first_seen TEXT NOT NULL,
            next_visit TEXT,                           -- NULL: no more visits (past the horizon)
            step INTEGER NOT NULL DEFAULT 0,           -- position in monitor/revisit.STEPS
            visits INTEGER NOT NULL DEFAULT 0,
            changes INTEGER NOT NULL DEFAULT 0,
            etag TEXT,
            last_modified TEXT,
            last_visit TEXT,
            last_status INTEGER,
            last_error TEXT
        );
        CREATE INDEX revisits_due ON revisits(next_visit);
        CREATE INDEX revisits_link ON revisits(link);
        """
    )


@migrations(name="0007_issue7_service_state")
def m0007_issue7_service_state(db: Database) -> None:
    """What `storywatch run` is doing, for `storywatch status`: the service, its jobs and its children."""
    db.executescript(
        """
        CREATE TABLE service_state (
            name TEXT PRIMARY KEY,                     -- 'service', 'poll', 'crawl:NAME', 'bot'
            kind TEXT NOT NULL,                        -- 'service', 'job' or 'child'
            state TEXT NOT NULL,                       -- running, idle, backoff, done, failed, skipped, stopped
            pid INTEGER,
            schedule TEXT NOT NULL DEFAULT '',         -- 'every 900s' or 'cron */30 * * * *'
            next_fire TEXT,
            last_fire TEXT,
            last_exit INTEGER,
            restarts INTEGER NOT NULL DEFAULT 0,
            detail TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        """
    )


@migrations(name="0008_event_sightings")
def m0008_event_sightings(db: Database) -> None:
    """One follow-up republished by many outlets is one event: its fingerprint, and where else it was seen."""
    db.executescript(
        """
        ALTER TABLE events ADD COLUMN fingerprint TEXT;        -- monitor/threads.fingerprint
        CREATE INDEX events_fingerprint ON events(watch, kind, fingerprint);
        CREATE TABLE event_sightings (
            event_id INTEGER NOT NULL REFERENCES events(id),
            article_id INTEGER NOT NULL REFERENCES articles(id),
            outlet TEXT NOT NULL DEFAULT '',
            seen_at TEXT NOT NULL,
            PRIMARY KEY (event_id, article_id)
        );
        """
    )


@migrations(name="0003_issue3_source_schedule")
def m0003_issue3_source_schedule(db: Database) -> None:
    """Adaptive polling: a per-source interval, the publisher's <ttl>, why the next check is when it is,
    what the last poll saw, and when a source was disabled."""
    db.executescript(
        """
        ALTER TABLE sources ADD COLUMN interval_s INTEGER;      -- NULL: the default interval
        ALTER TABLE sources ADD COLUMN feed_ttl INTEGER;        -- RSS <ttl> minutes, from the last full fetch
        ALTER TABLE sources ADD COLUMN check_reason TEXT;       -- why next_check is when it is
        ALTER TABLE sources ADD COLUMN last_warning TEXT;       -- malformed but usable, defused, ...
        ALTER TABLE sources ADD COLUMN last_entries INTEGER;    -- entries in the last full fetch
        ALTER TABLE sources ADD COLUMN disabled_at TEXT;
        ALTER TABLE sources ADD COLUMN body_hash TEXT;          -- sha256 of the last body: same bytes, no parse
        CREATE INDEX sources_due ON sources(type, enabled, next_check);
        """
    )


@migrations(name="0009_issue3_fts_on_text_change")
def m0009_issue3_fts_on_text_change(db: Database) -> None:
    """Re-index an article's full text only when its text changes: sqlite-utils' update trigger fired on every
    UPDATE, so an unchanged item seen again (last_seen) deleted and re-inserted its FTS entry for nothing.
    Same name and body as the trigger `enable_fts` created in 0001; only `OF title, summary, body` added."""
    db.executescript(
        """
        DROP TRIGGER IF EXISTS "articles_au";
        CREATE TRIGGER "articles_au" AFTER UPDATE OF "title", "summary", "body" ON "articles" BEGIN
          INSERT INTO "articles_fts" ("articles_fts", rowid, "title", "summary", "body")
            VALUES('delete', old.rowid, old."title", old."summary", old."body");
          INSERT INTO "articles_fts" (rowid, "title", "summary", "body")
            VALUES (new.rowid, new."title", new."summary", new."body");
        END;
        """
    )


@migrations(name="0009_issue3_fts_deferred_insert")
def m0009_issue3_fts_deferred_insert(db: Database) -> None:
    """The poller indexes a feed's new articles in one statement (monitor/archive/feedbatch.py): while it stores a feed
    a row in fts_deferred (never committed) makes the insert trigger skip them. Same trigger body as 0001's."""
    db.executescript(
        """
        CREATE TABLE fts_deferred (one INTEGER PRIMARY KEY CHECK (one = 1));
        DROP TRIGGER IF EXISTS "articles_ai";
        CREATE TRIGGER "articles_ai" AFTER INSERT ON "articles" WHEN NOT EXISTS (SELECT 1 FROM fts_deferred) BEGIN
          INSERT INTO "articles_fts" (rowid, "title", "summary", "body")
            VALUES (new.rowid, new."title", new."summary", new."body");
        END;
        """
    )


@migrations(name="0010_issue3_source_moves")
def m0010_issue3_source_moves(db: Database) -> None:
    """Feeds that moved for good (monitor/collect/moves.py): where a source is polled once its permanent redirect is
    confirmed, and the redirect being watched until then."""
    db.executescript(
        """
        ALTER TABLE sources ADD COLUMN fetch_url TEXT;         -- polled instead of url once it moved for good
        ALTER TABLE sources ADD COLUMN redirect_to TEXT;       -- a permanent redirect being watched
        ALTER TABLE sources ADD COLUMN redirect_seen INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE sources ADD COLUMN redirect_since TEXT;
        """
    )
