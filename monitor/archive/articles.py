"""The articles table and its versions and matches: one row per article (keyed by its canonical URL, else its
source's GUID), a new version whenever its text changes, never a new article."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol, cast

from monitor.archive.db import Archive
from monitor.archive.keys import content_hash
from monitor.archive.records import ArticleRow
from monitor.clock import iso
from monitor.models import ArticleFields

Upserted = tuple[str, ArticleRow, ArticleRow | None, int | None]


class Batch(Protocol):
    """The writes of one whole feed (monitor.archive.feedbatch.FeedWrites), as `upsert_article` uses them."""

    def find(self, fields: ArticleFields) -> ArticleRow | None: ...

    def inserting(self) -> None: ...

    def stored(self, fields: ArticleFields, article_id: int, *, new: bool = False) -> None: ...

    def seen_again(self, article_id: int, seen: str | None) -> None: ...

    def updating(self, article_id: int) -> None: ...


def get_article(archive: Archive, article_id: int) -> ArticleRow | None:
    return cast(ArticleRow | None, archive.one("SELECT * FROM articles WHERE id = ?", (article_id,)))


def find_article(archive: Archive, url: str, *, source_id: int | None = None, guid: str = "") -> ArticleRow | None:
    """An article by canonical URL, else by its source's GUID."""
    row = archive.one("SELECT * FROM articles WHERE url = ?", (url,))
    if row is None and guid and source_id is not None:
        row = archive.one("SELECT * FROM articles WHERE source_id = ? AND guid = ?", (source_id, guid))
    return cast(ArticleRow | None, row)


def upsert_article(archive: Archive, fields: ArticleFields, now: datetime, *, source_id: int | None = None,
                   via: str = "feed", feed: Batch | None = None) -> Upserted:
    """Insert a new article or a new version of a known one.

    Returns (outcome, article_row, previous_row, version_id): outcome is 'new', 'updated' or 'unchanged';
    previous_row is the article before this change (None when new); version_id the new version's id.
    Empty fields never erase known text (a feed summary does not wipe a crawled body).
    `feed`: the writes of the feed this entry is part of (`monitor.archive.feedbatch`): its lookups spare the
    two SELECTs of `find_article` and its new articles are full-text indexed together.
    """
    if archive.conn.in_transaction:  # the poller's batch: no context manager per article
        return _upsert(archive, fields, now, source_id, via, feed)
    with archive.write():
        return _upsert(archive, fields, now, source_id, via, feed)


def _upsert(archive: Archive, fields: ArticleFields, now: datetime, source_id: int | None, via: str,
            feed: Batch | None) -> Upserted:
    seen = iso(now) or ""
    conn = archive.conn
    if feed is None:
        existing = find_article(archive, fields.url, source_id=source_id, guid=fields.guid)
    else:
        existing = feed.find(fields)
    if existing is None:
        digest = content_hash(fields.title, fields.summary, fields.body)
        if feed is not None:
            feed.inserting()
        cur = conn.execute(
            "INSERT INTO articles (url, link, guid, source_id, title, summary, body, outlet, authors, language,"
            " published, updated, first_seen, last_seen, content_hash) VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (fields.url, fields.link, fields.guid or None, source_id, fields.title, fields.summary,
             fields.body, fields.outlet, fields.authors, fields.language, fields.published, fields.updated,
             seen, seen, digest),
        )
        article_id = int(cur.lastrowid or 0)
        # The row as stored, from what was written (a test holds it equal to SELECT *).
        row: ArticleRow = {
            "id": article_id, "url": fields.url, "link": fields.link, "guid": fields.guid or None,
            "source_id": source_id, "title": fields.title, "summary": fields.summary, "body": fields.body,
            "outlet": fields.outlet, "authors": fields.authors, "language": fields.language,
            "published": fields.published, "updated": fields.updated, "first_seen": seen, "last_seen": seen,
            "content_hash": digest, "versions": 1, "notes": "[]"}
        if feed is not None:
            feed.stored(fields, article_id, new=True)
        version_id = _add_version(archive, article_id, fields.title, fields.summary, fields.body, digest, seen, via)
        return "new", row, None, version_id
    if feed is not None:
        feed.stored(fields, existing["id"])
    merged = {"title": fields.title or existing["title"], "summary": fields.summary or existing["summary"],
              "body": fields.body or existing["body"]}
    digest = content_hash(merged["title"], merged["summary"], merged["body"])
    if digest == existing["content_hash"]:
        if feed is not None:
            feed.seen_again(existing["id"], seen)
        else:
            conn.execute("UPDATE articles SET last_seen = ? WHERE id = ?", (seen, existing["id"]))
        return "unchanged", existing, existing, None
    if feed is not None:
        feed.updating(existing["id"])
    updated = archive.all(
        "UPDATE articles SET title = ?, summary = ?, body = ?, content_hash = ?, last_seen = ?,"
        " updated = COALESCE(?, updated), authors = CASE WHEN ? != '' THEN ? ELSE authors END,"
        " versions = versions + 1 WHERE id = ? RETURNING *",
        (merged["title"], merged["summary"], merged["body"], digest, seen, fields.updated,
         fields.authors, fields.authors, existing["id"]),
    )[0]
    version_id = _add_version(archive, existing["id"], merged["title"], merged["summary"], merged["body"],
                              digest, seen, via)
    return "updated", cast(ArticleRow, updated), existing, version_id


def _add_version(archive: Archive, article_id: int, title: str, summary: str, body: str, digest: str,
                 seen: str | None, via: str) -> int | None:
    cur = archive.conn.execute(
        "INSERT OR IGNORE INTO article_versions (article_id, seen_at, via, title, summary, body, content_hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (article_id, seen, via, title, summary, body, digest),
    )
    return int(cur.lastrowid or 0) if cur.rowcount else None


def record_match(archive: Archive, article_id: int, watch: str, reason: str, now: datetime) -> None:
    archive.conn.execute(
        "INSERT INTO matches (article_id, watch, reason, matched_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(article_id, watch) DO UPDATE SET reason = excluded.reason",
        (article_id, watch, reason, iso(now)),
    )


def is_matched(archive: Archive, article_id: int) -> bool:
    """Whether any watch matched the article."""
    return archive.scalar("SELECT 1 FROM matches WHERE article_id = ? LIMIT 1", (article_id,)) is not None


def store_notes(archive: Archive, article_id: int, notes_json: str, diff_json: str | None) -> None:
    """A crawled page's notes on the article and its current version, with the version's diff (kept when the
    version already has one)."""
    row = archive.conn.execute("SELECT title, summary, body FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return
    digest = content_hash(*row)
    archive.conn.execute("UPDATE articles SET notes = ? WHERE id = ?", (notes_json, article_id))
    archive.conn.execute("UPDATE article_versions SET notes = ?, diff = COALESCE(diff, ?)"
                         " WHERE article_id = ? AND content_hash = ?", (notes_json, diff_json, article_id, digest))


def revision(archive: Archive, version_id: int | None) -> tuple[str, str] | None:
    """The text of the version before `version_id` and of `version_id` itself (title, summary, body joined)."""
    if not version_id:
        return None
    after = archive.one("SELECT article_id, title, summary, body FROM article_versions WHERE id = ?", (version_id,))
    if after is None:
        return None
    before = archive.one("SELECT title, summary, body FROM article_versions WHERE article_id = ? AND id < ?"
                         " ORDER BY id DESC LIMIT 1", (after["article_id"], version_id))
    if before is None:
        return None
    return _joined(before), _joined(after)


def _joined(row: dict[str, Any]) -> str:
    return "\n".join((row["title"], row["summary"], row["body"]))
