"""The channels migration's statements (monitor/archive/schema.py registers it as 0017_channels_filters).

Alert channels besides Telegram (Apprise URLs, signed webhooks), per-subscription filters, each chat's
language. A channel's URL and signing secret are credentials: they live in the secrets file or the environment
(monitor/deliver/secrets.py), never here; the archive keeps a masked label and where to look. Kept apart from
schema.py (which would pass the house's size limit) and from channels.py (which imports the Archive, which
imports the schema). Never edit it once shipped: archives record the migration by name, not by content.
"""

CHANNELS_SCHEMA = """
        CREATE TABLE channels (
            id INTEGER PRIMARY KEY AUTOINCREMENT,     -- never reused: a removed channel's alerts keep their history
            kind TEXT NOT NULL,                        -- 'apprise' or 'webhook'
            label TEXT NOT NULL,                       -- masked: scheme and host, never a credential
            url_ref TEXT NOT NULL,                     -- 'file' (the secrets file, under this id) or 'env:NAME'
            secret_ref TEXT,                           -- a webhook's signing secret: 'file' or 'env:NAME'
            pace_s REAL NOT NULL DEFAULT 1.0,          -- at most one notification per pace_s seconds
            enabled INTEGER NOT NULL DEFAULT 1,
            disabled_at TEXT,
            disabled_reason TEXT,                      -- redacted
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            retry_at TEXT,                             -- after a failure, nothing goes out before this
            last_ok TEXT,
            last_error TEXT,                           -- redacted
            sent INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        ALTER TABLE subscriptions ADD COLUMN kinds TEXT;          -- JSON list; NULL: every kind the watch alerts on
        ALTER TABLE subscriptions ADD COLUMN outlets TEXT;        -- JSON list; NULL: every outlet
        ALTER TABLE subscriptions ADD COLUMN min_confidence REAL; -- NULL: the watch's minimum only
        ALTER TABLE subscribers ADD COLUMN language TEXT;         -- chosen with /language; NULL: as below
        ALTER TABLE subscribers ADD COLUMN language_seen TEXT;    -- the Telegram language last seen in the chat
        CREATE INDEX alerts_subscriber ON alerts(subscriber_id, status);
"""
