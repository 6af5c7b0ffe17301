"""The backfill's tables (migration 0014_backfill in monitor/archive/schema.py): a job per watch and date range
with its cursor, the candidates it found, where each version came from, and the follow-ups found in history."""

BACKFILL_SCHEMA = """
        CREATE TABLE backfill_jobs (
            id INTEGER PRIMARY KEY,
            watch TEXT NOT NULL,
            day_from TEXT NOT NULL,                    -- YYYY-MM-DD, inclusive
            day_to TEXT NOT NULL,                      -- YYYY-MM-DD, inclusive
            alert INTEGER NOT NULL DEFAULT 0,          -- one digest per subscriber when the job is done
            status TEXT NOT NULL DEFAULT 'running',    -- running, done, partial (done, with errors), failed
            passes INTEGER NOT NULL DEFAULT 1,         -- a finished job run again starts a new pass
            cursor TEXT NOT NULL DEFAULT '{}',         -- JSON, monitor/collect/backfill/windows.Cursor
            stats TEXT NOT NULL DEFAULT '{}',
            errors TEXT NOT NULL DEFAULT '{}',         -- JSON: source -> its one error
            started_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            finished_at TEXT,
            UNIQUE (watch, day_from, day_to)
        );

        CREATE TABLE backfill_candidates (
            job_id INTEGER NOT NULL REFERENCES backfill_jobs(id),
            seq INTEGER NOT NULL,                      -- the order they are read in (the cursor points here)
            url TEXT NOT NULL,
            found_by TEXT NOT NULL,                    -- origin, tracked, news-search, sitemap, cdx-prefix
            title TEXT NOT NULL DEFAULT '',
            published TEXT,                            -- as the source dated it
            outcome TEXT,                              -- what reading it gave, in the last pass
            PRIMARY KEY (job_id, seq),
            UNIQUE (job_id, url)
        );

        CREATE TABLE version_sources (
            version_id INTEGER PRIMARY KEY REFERENCES article_versions(id),
            article_id INTEGER NOT NULL REFERENCES articles(id),
            source TEXT NOT NULL,                      -- 'outlet' or 'archive'
            archive TEXT NOT NULL DEFAULT '',          -- the archive's address
            captured_at TEXT,                          -- when the archive took the capture
            capture_url TEXT NOT NULL DEFAULT '',
            job_id INTEGER REFERENCES backfill_jobs(id)
        );
        CREATE INDEX version_sources_article ON version_sources(article_id);

        CREATE TABLE backfilled_events (
            event_id INTEGER PRIMARY KEY REFERENCES events(id),
            job_id INTEGER NOT NULL REFERENCES backfill_jobs(id),
            marked_at TEXT NOT NULL
        );
        CREATE INDEX backfilled_events_job ON backfilled_events(job_id);
"""
