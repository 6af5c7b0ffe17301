"""Cleaning what an archive stored before texts were cleaned on the way in (migration 0015_normalised_text).

Texts are stored without control characters and bidi overrides (monitor/text.py). An archive written before
holds them as the publishers sent them; here they are cleaned the same way, and the content hashes and event
keys taken over them are recomputed, so that an upgraded archive meets the same texts as unchanged, never as
new versions or new follow-ups to alert on. Links are percent-encoded the same way; canonical URLs, the
articles' keys, are left as they are. Only rows that change are written (one pass over the text in
Python; the full-text index follows through its update trigger). A cleaned key that another row already holds
is left as it was.
"""

from __future__ import annotations

import sqlite3

from monitor.archive.identity import content_hash, evidence_key
from monitor.text import clean_text, clean_url, has_unsafe


def _unsafe(*values: str | None) -> bool:
    return any(has_unsafe(v or "") for v in values)


def normalise_stored_text(conn: sqlite3.Connection) -> None:
    """Clean the stored articles, versions and events (inside the migration's transaction). SQLite picks the
    rows that need it (`sw_unsafe`), so only those are read into memory, one at a time."""
    conn.create_function("sw_unsafe", -1, _unsafe, deterministic=True)
    text_columns = ("title", "summary", "body", "outlet", "authors", "language")
    listed = ", ".join(text_columns)
    for (article_id,) in conn.execute(f"SELECT id FROM articles WHERE sw_unsafe(link, {listed})").fetchall():
        link, *texts = conn.execute(f"SELECT link, {listed} FROM articles WHERE id = ?", (article_id,)).fetchone()
        clean = dict(zip(text_columns, (clean_text(t or "") for t in texts), strict=True))
        digest = content_hash(clean["title"], clean["summary"], clean["body"])
        conn.execute(f"UPDATE articles SET {', '.join(f'{c} = ?' for c in text_columns)}, content_hash = ?"
                     " WHERE id = ?", (*clean.values(), digest, article_id))
        conn.execute("UPDATE articles SET link = ? WHERE id = ?", (clean_url(link), article_id))
        conn.execute("UPDATE revisits SET link = ? WHERE article_id = ? AND link = ?",
                     (clean_url(link), article_id, link))
    for (version_id,) in conn.execute("SELECT id FROM article_versions WHERE sw_unsafe(title, summary, body)"
                                      ).fetchall():
        row = conn.execute("SELECT title, summary, body FROM article_versions WHERE id = ?", (version_id,)).fetchone()
        title, summary, body = (clean_text(t or "") for t in row)
        conn.execute("UPDATE OR IGNORE article_versions SET content_hash = ? WHERE id = ?",
                     (content_hash(title, summary, body), version_id))
        conn.execute("UPDATE article_versions SET title = ?, summary = ?, body = ? WHERE id = ?",
                     (title, summary, body, version_id))
    for event_id, watch, article_id, kind, *texts in conn.execute(
            "SELECT id, watch, article_id, kind, evidence, actor, target, story FROM events"
            " WHERE sw_unsafe(evidence, actor, target, story)").fetchall():
        evidence, actor, target, story = (clean_text(t or "") for t in texts)
        conn.execute("UPDATE OR IGNORE events SET dedup_key = ? WHERE id = ?",
                     (evidence_key(watch, article_id, kind, evidence), event_id))
        conn.execute("UPDATE events SET evidence = ?, actor = ?, target = ?, story = ? WHERE id = ?",
                     (evidence, actor, target, story, event_id))
