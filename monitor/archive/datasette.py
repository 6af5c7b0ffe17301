"""The archive in Datasette (optional extra `storywatch[serve]`, Datasette 0.x): what a person sees first.

`datasette_metadata` is pure: the slim views first (migration 0013_reading_views) with facets and column
descriptions, the internal tables hidden (migrations, the FTS index, the service's state, runs unless asked),
the subscribers' tables not readable at all unless asked (`private`), canned queries whose parameters are
picked from a list of links. The plugin in `datasette_plugins/` renders cells for people (dates, JSON lists,
diffs, hashes) and enforces the private tables with an SQLite authorizer. `storywatch serve` (monitor/cli/serve.py)
runs `datasette serve` with both.
"""

from __future__ import annotations

import importlib.util
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import quote

PLUGINS_DIR = Path(__file__).resolve().parent / "datasette_plugins"
PLUGIN = "storywatch_datasette"  # the plugin's module name, under which its configuration is given
TRUNCATE_CELLS = 199  # Datasette's truncate_cells_html: a long cell shows 199 characters and an ellipsis
PRIVATE_TABLES = ("subscribers", "subscriptions", "channels")  # who receives alerts: chat ids, destinations
INTERNAL_TABLES = ("runs", "service_state")  # operators' tables, shown with --internal-tables
HIDDEN_TABLES = ("_sqlite_migrations", "articles_fts", "articles_fts_config", "articles_fts_data",
                 "articles_fts_docsize", "articles_fts_idx", "fts_deferred")

CANNED_QUERIES: dict[str, dict[str, str]] = {
    "follow_ups_this_week": {
        "title": "Follow-ups this week",
        "description": "Corrections, apologies, retractions and other follow-ups detected in the last 7 days.",
        "sql": "SELECT strftime('%Y-%m-%d %H:%M', e.detected_at) AS date, e.kind, e.actor, a.outlet, a.title,\n"
               "  e.evidence, a.link, e.watch\n"
               "FROM events e JOIN articles a ON a.id = e.article_id\n"
               "WHERE e.detected_at >= strftime('%Y-%m-%dT%H:%M:%S', 'now', '-7 days')\n"
               "ORDER BY e.detected_at DESC",
    },
    "corrections_by_outlet": {
        "title": "Corrections by outlet",
        "description": "How many corrections each outlet has published (in the archived coverage), and the latest.",
        "sql": "SELECT a.outlet, count(*) AS corrections,\n"
               "  strftime('%Y-%m-%d %H:%M', max(e.detected_at)) AS latest\n"
               "FROM events e JOIN articles a ON a.id = e.article_id\n"
               "WHERE e.kind = 'correction'\n"
               "GROUP BY a.outlet ORDER BY corrections DESC, a.outlet",
    },
    "story_timeline": {
        "title": "A story's timeline",
        "description": "Every article of a story in order, with its number of versions and its follow-ups.",
        "sql": "SELECT strftime('%Y-%m-%d %H:%M', COALESCE(a.published, a.first_seen)) AS date, a.outlet, a.title,\n"
               "  a.versions,\n"
               "  (SELECT group_concat(e.kind, ', ') FROM events e\n"
               "   WHERE e.article_id = a.id AND e.watch = m.watch) AS follow_ups,\n"
               "  a.link, a.id AS article\n"
               "FROM matches m JOIN articles a ON a.id = m.article_id\n"
               "WHERE m.watch = :watch ORDER BY COALESCE(a.published, a.first_seen), a.id",
    },
}

VIEWS: dict[str, dict[str, Any]] = {
    "articles_view": {
        "title": "Articles",
        "description": "Every article archived, newest first: its outlet, title, link, the follow-ups found in it "
                       "and the stories it belongs to. `storywatch show ARTICLE --diff` prints its versions.",
        "facets": ["outlet", {"array": "kinds"}, {"array": "watches"}],
        "columns": {"date": "Published (else first seen), UTC", "outlet": "Who published it",
                    "link": "The outlet's URL (tracking parameters removed)",
                    "kinds": "Follow-ups found in it (correction, denial, ...)",
                    "watches": "The stories (watches) it belongs to", "versions": "Distinct texts seen",
                    "article": "Its id: storywatch show ID"},
    },
    "follow_ups_view": {
        "title": "Follow-ups",
        "description": "Each follow-up found, newest first: what kind, who did it, in which article, the quoted "
                       "evidence.",
        "facets": ["kind", "outlet", "watch"],
        "columns": {"date": "When storywatch found it, UTC", "kind": "correction, apology, denial, ...",
                    "actor": "Who did it", "outlet": "Who published the article", "title": "The article",
                    "evidence": "The sentence that says so", "link": "The outlet's URL",
                    "watch": "The story", "target": "To whom (an apology, a denial)", "article": "The article's id"},
    },
    "timeline_view": {
        "title": "Story timelines",
        "description": "Each story's articles in order: pick the story in the list of watches.",
        "facets": ["watch"],
        "columns": {"watch": "The story", "date": "Published (else first seen), UTC",
                    "versions": "Distinct texts seen", "follow_ups": "Follow-ups found in it, in order",
                    "article": "Its id: storywatch show ID"},
    },
}

TABLES: dict[str, dict[str, Any]] = {
    "articles": {"title": "Articles (all columns)",
                 "description": "Every article seen, with its current text (full-text search). articles_view is "
                                "the readable one.",
                 "columns": {"url": "The archive's key (internal): http and https of one address are one article",
                             "link": "The outlet's URL (tracking parameters removed)",
                             "content_hash": "Identity of the current text", "notes": "Correction or update notes"}},
    "article_versions": {"title": "Article versions",
                         "description": "Each distinct text an article has had, with when, how (feed or page) and "
                                        "where it was read, and what changed (diff).",
                         "columns": {"url": "Where this version was read", "diff": "What changed from the version "
                                     "before: notes added, paragraphs removed, added or changed"}},
    "matches": {"title": "Story matches", "description": "Which articles belong to which watch (story), and why."},
    "events": {"title": "Follow-ups (all columns)",
               "description": "Follow-ups found in articles: kind, who did it, to whom, and the quoted evidence. "
                              "follow_ups_view is the readable one.", "sort_desc": "id"},
    "event_sightings": {"title": "Follow-up sightings", "description": "Outlets that carried the same follow-up."},
    "alerts": {"title": "Alerts", "description": "The outbox: one row per follow-up per subscriber, with its "
                                                 "delivery state.", "sort_desc": "id"},
    "sources": {"title": "Sources", "description": "Feeds and sitemaps polled or crawled, with their health."},
    "revisits": {"title": "Re-visits", "description": "Tracked articles and when each page is fetched again."},
    "url_rekeys": {"title": "Re-keyed articles",
                   "description": "Articles the URL rules of migration 0011 re-keyed or merged, and those that may "
                                  "hold several pages (they cannot be split)."},
    "subscribers": {"title": "Subscribers", "description": "Who receives alerts (Telegram chats, or the console)."},
    "subscriptions": {"title": "Subscriptions", "description": "Which watches each subscriber follows, and what it "
                                                               "narrows them to (kinds, outlets, confidence)."},
    "channels": {"title": "Channels", "description": "Operators' alert destinations besides Telegram (Apprise, "
                                                     "webhooks): masked labels and delivery state; the credentials "
                                                     "live outside the archive."},
    "runs": {"title": "Runs", "description": "Poll and crawl runs with their outcome."},
    "service_state": {"title": "Service state", "description": "What `storywatch run` is doing."},
    "backfill_jobs": {"title": "Backfill jobs",
                      "description": "Each `storywatch backfill` of a watch over a range of days: its state, cursor, "
                                     "totals and the one error of each failing source."},
    "backfill_candidates": {"title": "Backfill candidates",
                            "description": "The past coverage a backfill found, how, and what reading it gave."},
    "version_sources": {"title": "Version sources",
                        "description": "Where a version was read: the outlet, or a web archive's capture and when it "
                                       "was taken."},
    "backfilled_events": {"title": "Backfilled follow-ups",
                          "description": "Follow-ups found in history by a backfill: archived, never alerted one by "
                                         "one."},
}


def _timeline_links(db_name: str, watches: list[str]) -> str:
    if not watches:
        return "<p>No story has articles yet.</p>"
    links = ", ".join(f'<a href="/{quote(db_name)}/story_timeline?watch={quote(w)}">{escape(w)}</a>'
                      for w in watches)
    return f"<p>Pick a story: {links}.</p>"


def datasette_metadata(db_name: str, *, watches: list[str] | None = None, private: bool = False,
                       internal: bool = False) -> dict[str, Any]:
    """Datasette metadata for an archive file whose database name (its file stem) is `db_name`; `watches`:
    the stories in it (the timeline's list); `private`: serve the subscribers' tables; `internal`: show the
    operators' tables."""
    base = f"/{quote(db_name)}"
    tables: dict[str, dict[str, Any]] = {name: dict(spec) for name, spec in {**VIEWS, **TABLES}.items()}
    for name in HIDDEN_TABLES:
        tables.setdefault(name, {})["hidden"] = True
    if not internal:
        for name in INTERNAL_TABLES:
            tables[name]["hidden"] = True
    if not private:
        for name in PRIVATE_TABLES:
            tables[name].update({"hidden": True, "allow": False})
    queries: dict[str, dict[str, str]] = {name: dict(q) for name, q in CANNED_QUERIES.items()}
    timeline = queries["story_timeline"]
    intro = escape(timeline.pop("description"))
    timeline["description_html"] = f"<p>{intro}</p>{_timeline_links(db_name, watches or [])}"
    start = (f'<p>Start with <a href="{base}/articles_view">the articles</a>, <a href="{base}/follow_ups_view">the '
             f'follow-ups</a> or <a href="{base}/timeline_view">a story\'s timeline</a> (views, below the tables). '
             "Dates are UTC.</p>")
    return {
        "title": "storywatch archive",
        "description": "News stories followed by storywatch: articles and their revisions, follow-ups "
                       "(corrections, apologies, denials...) and the alerts sent about them.",
        "source": "storywatch",
        "databases": {db_name: {"description_html": start, "tables": tables, "queries": queries}},
        "plugins": {PLUGIN: {"private_tables": [] if private else list(PRIVATE_TABLES)}},
    }


def datasette_settings() -> dict[str, Any]:
    """The Datasette settings `storywatch serve` uses (also for tests that run Datasette in-process)."""
    return {"truncate_cells_html": TRUNCATE_CELLS, "allow_download": False, "default_page_size": 50}


def datasette_available() -> bool:
    return importlib.util.find_spec("datasette") is not None


def datasette_argv(python: str, db: Path, metadata: Path, *, host: str, port: int) -> list[str]:
    """`datasette serve` on the archive with storywatch's metadata and plugin, long cells cut, and no download of
    the file (it holds the subscribers)."""
    return [python, "-m", "datasette", "serve", str(db), "--metadata", str(metadata), "--host", host,
            "--port", str(port), "--plugins-dir", str(PLUGINS_DIR),
            *(arg for key, value in datasette_settings().items()
              for arg in ("--setting", key, "off" if value is False else str(value)))]
