"""The archive in Datasette (optional extra `storywatch[serve]`): titles, descriptions and canned queries.

`datasette_metadata` is pure; `storywatch serve` writes it to a file and starts `datasette serve` on the
archive. The canned queries are plain SQLite, tested against a real archive whether or not Datasette is
installed.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

CANNED_QUERIES: dict[str, dict[str, str]] = {
    "follow_ups_this_week": {
        "title": "Follow-ups this week",
        "description": "Corrections, apologies, retractions and other follow-ups detected in the last 7 days.",
        "sql": "SELECT e.detected_at, e.kind, e.actor, e.target, a.outlet, a.title, a.link, e.evidence, e.watch\n"
               "FROM events e JOIN articles a ON a.id = e.article_id\n"
               "WHERE e.detected_at >= strftime('%Y-%m-%dT%H:%M:%S', 'now', '-7 days')\n"
               "ORDER BY e.detected_at DESC",
    },
    "corrections_by_outlet": {
        "title": "Corrections by outlet",
        "description": "How many corrections each outlet has published (in the archived coverage), and the latest.",
        "sql": "SELECT a.outlet, count(*) AS corrections, max(e.detected_at) AS latest\n"
               "FROM events e JOIN articles a ON a.id = e.article_id\n"
               "WHERE e.kind = 'correction'\n"
               "GROUP BY a.outlet ORDER BY corrections DESC, a.outlet",
    },
    "story_timeline": {
        "title": "A story's timeline",
        "description": "Every article of a watch in order, with its number of versions and its follow-ups. "
                       "Enter the watch's name (a seeds/*.toml file's name).",
        "sql": "SELECT COALESCE(a.published, a.first_seen) AS date, a.outlet, a.title, a.link, a.versions,\n"
               "  (SELECT group_concat(e.kind, ', ') FROM events e\n"
               "   WHERE e.article_id = a.id AND e.watch = m.watch) AS follow_ups\n"
               "FROM matches m JOIN articles a ON a.id = m.article_id\n"
               "WHERE m.watch = :watch ORDER BY date, a.id",
    },
}

TABLES: dict[str, tuple[str, str]] = {
    "articles": ("Articles", "Every article seen, by canonical URL, with its current text (full-text search)."),
    "article_versions": ("Article versions", "Each distinct text an article has had, with when and how it was "
                                             "seen (feed or page)."),
    "matches": ("Story matches", "Which articles belong to which watch (story), and why."),
    "events": ("Follow-ups", "Follow-ups found in articles: kind, who did it, to whom, and the quoted evidence."),
    "alerts": ("Alerts", "The outbox: one row per follow-up per subscriber, with its delivery state."),
    "sources": ("Sources", "Feeds and sitemaps polled or crawled, with their health."),
    "subscribers": ("Subscribers", "Who receives alerts (Telegram chats, or the console)."),
    "subscriptions": ("Subscriptions", "Which watches each subscriber follows."),
    "runs": ("Runs", "Poll and crawl runs with their outcome."),
    "backfill_jobs": ("Backfill jobs", "Each `storywatch backfill` of a watch over a range of days: its state, "
                                       "cursor, totals and the one error of each failing source."),
    "backfill_candidates": ("Backfill candidates", "The past coverage a backfill found, how, and what reading it "
                                                   "gave."),
    "version_sources": ("Version sources", "Where a version was read: the outlet, or a web archive's capture and "
                                           "when it was taken."),
    "backfilled_events": ("Backfilled follow-ups", "Follow-ups found in history by a backfill: archived, never "
                                                   "alerted one by one."),
}


def datasette_metadata(db_name: str) -> dict[str, Any]:
    """Datasette metadata for an archive file whose database name (its file stem) is `db_name`."""
    return {
        "title": "storywatch archive",
        "description": "News stories followed by storywatch: articles and their revisions, follow-ups "
                       "(corrections, apologies, denials...) and the alerts sent about them.",
        "source": "storywatch",
        "databases": {
            db_name: {
                "tables": {
                    name: {"title": title, "description": text,
                           **({"sort_desc": "id"} if name in ("events", "alerts") else {})}
                    for name, (title, text) in TABLES.items()
                },
                "queries": CANNED_QUERIES,
            }
        },
    }


def datasette_available() -> bool:
    return importlib.util.find_spec("datasette") is not None


def datasette_argv(python: str, db: Path, metadata: Path, *, host: str, port: int) -> list[str]:
    return [python, "-m", "datasette", "serve", str(db), "--metadata", str(metadata), "--host", host,
            "--port", str(port)]
