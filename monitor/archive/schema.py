"""The archive's schema, created and evolved by migrations (each in its own transaction).

Migrations apply in the order they are registered below, which is not the order of their numbers: the
numbers were taken as features were planned, the registrations follow what shipped. The real order is

    0001_initial, 0002_issue4_version_diffs, 0007_issue7_service_state, 0008_event_sightings,
    0003_issue3_source_schedule, 0009_issue3_fts_on_text_change, 0009_issue3_fts_deferred_insert,
    0010_issue3_source_moves, 0011_url_keys, 0012_identity_hashes, 0013_reading_views, 0014_backfill,
    0015_normalised_text, 0016_reading_hashes, 0017_channels_filters

and every new migration goes at the end. Names are what archives record in `_sqlite_migrations`: never rename
or edit one that has shipped. `storywatch init` and every command that opens the archive apply what is pending.
What a migration needs beyond SQL (re-keying URLs, the sites' rules, text normalisation) is imported when it runs:
opening an archive that is up to date, as every cron poll does, loads none of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from monitor.archive.backfill_schema import BACKFILL_SCHEMA
from monitor.archive.channels_schema import CHANNELS_SCHEMA
from monitor.archive.migrations import MigrationSet

if TYPE_CHECKING:
    from sqlite_utils import Database

migrations = MigrationSet("storywatch")


def known_migrations() -> set[str]:
    """The names of every migration this version registers (an archive with others is from a newer one)."""
    return {name for name, _ in migrations.registered}


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


@migrations(name="0011_url_keys")
def m0011_url_keys(db: Database) -> None:
    """Article keys keep the scheme as served and the query parameters that name a page; links lose their
    tracking parameters; versions record the URL they were read at (monitor/archive/rekey.py re-keys and
    merges, and lists what it touched in url_rekeys)."""
    db.executescript(
        """
        ALTER TABLE article_versions ADD COLUMN url TEXT;       -- where this text was read (NULL: before 0011)
        CREATE TABLE url_rekeys (
            article_id INTEGER NOT NULL,                        -- no reference: a merged article is gone
            old_url TEXT NOT NULL,
            new_url TEXT NOT NULL,
            merged_into INTEGER,
            note TEXT NOT NULL DEFAULT ''                       -- 're-keyed', 'merged', or why it may hold two pages
        );
        """
    )
    from monitor.archive.rekey import rekey_articles
    from monitor.seeds import default_seeds_dir
    from monitor.sites import load_sites

    # The shipped sites' tracking parameters: the keys the poller and the spiders will compute from now on.
    rekey_articles(db.conn, load_sites(default_seeds_dir()).url_rules())


@migrations(name="0012_identity_hashes")
def m0012_identity_hashes(db: Database) -> None:
    """Content hashes and event keys over texts as compared (monitor.text.identity_text: entities decoded,
    tag-like runs dropped), so a more literal reading of a known text is neither a new version nor a new event."""
    from monitor.archive.rekey import rehash, rekey_events

    rehash(db.conn)
    rekey_events(db.conn)


@migrations(name="0013_reading_views")
def m0013_reading_views(db: Database) -> None:
    """Slim views for people (Datasette, SQL): an article per row, a follow-up per row, a story's thread."""
    from monitor.archive.views import create_views

    create_views(db.conn)


@migrations(name="0014_backfill")
def m0014_backfill(db: Database) -> None:
    """Backfill (monitor/collect/backfill): a job per watch and date range with its cursor, the candidates it
    found, where each version came from (the outlet, or an archive's capture and when it was taken), and the
    follow-ups found in history, which raise no alert one by one."""
    db.executescript(BACKFILL_SCHEMA)


@migrations(name="0015_normalised_text")
def m0015_normalised_text(db: Database) -> None:
    """Texts are stored without control characters and bidi overrides (monitor/text.py): what was stored before
    is cleaned the same way, with its content hashes and event keys recomputed (monitor/archive/normalise.py)."""
    from monitor.archive.normalise import normalise_stored_text

    normalise_stored_text(db.conn)


@migrations(name="0016_reading_hashes")
def m0016_reading_hashes(db: Database) -> None:
    """What a feed's entry and the page itself last gave of each article, hashed (monitor/archive/articles.py:
    each reading is compared with its own last one). Taken from each article's latest version of each kind."""
    db.executescript(
        """
        ALTER TABLE articles ADD COLUMN feed_hash TEXT;
        ALTER TABLE articles ADD COLUMN page_hash TEXT;
        UPDATE articles SET
          feed_hash = (SELECT v.content_hash FROM article_versions v WHERE v.article_id = articles.id
                       AND v.via = 'feed' ORDER BY v.seen_at DESC, v.id DESC LIMIT 1),
          page_hash = (SELECT v.content_hash FROM article_versions v WHERE v.article_id = articles.id
                       AND v.via = 'page' ORDER BY v.seen_at DESC, v.id DESC LIMIT 1);
        """
    )


@migrations(name="0017_channels_filters")
def m0017_channels_filters(db: Database) -> None:
    db.executescript(CHANNELS_SCHEMA)  # channels, subscriptions' filters, chats' languages: see channels_schema.py
