"""Views for people reading the archive (Datasette, or any SQL client): one article per row, one follow-up per
row, a story's thread; dates as "2022-04-22 10:00" (UTC), the outlet's link, no keys or hashes.

Created by migration 0013_reading_views; a later change to them is a new migration that calls
`create_views` again (it replaces them).
"""

from __future__ import annotations

import sqlite3

_DATE = "strftime('%Y-%m-%d %H:%M', {})"

VIEWS: dict[str, str] = {
    "articles_view": f"""
        SELECT {_DATE.format("COALESCE(a.published, a.first_seen)")} AS date, a.outlet, a.title, a.link,
          (SELECT json_group_array(kind) FROM (SELECT DISTINCT e.kind FROM events e WHERE e.article_id = a.id
           ORDER BY e.kind)) AS kinds,
          (SELECT json_group_array(watch) FROM (SELECT m.watch FROM matches m WHERE m.article_id = a.id
           ORDER BY m.watch)) AS watches,
          a.versions, a.id AS article
        FROM articles a ORDER BY COALESCE(a.published, a.first_seen) DESC, a.id DESC""",
    "follow_ups_view": f"""
        SELECT {_DATE.format("e.detected_at")} AS date, e.kind, e.actor, a.outlet, a.title, e.evidence, a.link,
          e.watch, e.target, a.id AS article
        FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.detected_at DESC, e.id DESC""",
    "timeline_view": f"""
        SELECT m.watch, {_DATE.format("COALESCE(a.published, a.first_seen)")} AS date, a.outlet, a.title,
          a.versions,
          (SELECT json_group_array(kind) FROM (SELECT e.kind FROM events e WHERE e.article_id = a.id
           AND e.watch = m.watch ORDER BY e.id)) AS follow_ups,
          a.link, a.id AS article
        FROM matches m JOIN articles a ON a.id = m.article_id
        ORDER BY m.watch, COALESCE(a.published, a.first_seen), a.id""",
}


def create_views(conn: sqlite3.Connection) -> None:
    """(Re)create every view."""
    for name, sql in VIEWS.items():
        conn.execute(f"DROP VIEW IF EXISTS {name}")
        conn.execute(f"CREATE VIEW {name} AS {sql.strip()}")
