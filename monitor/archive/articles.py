"""The articles table and its versions and matches: one row per article (keyed by its canonical URL, over
either scheme, else its source's GUID), a new version whenever its text changes, never a new article."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Protocol, cast

from monitor.archive.db import Archive
from monitor.archive.identity import content_hash
from monitor.archive.records import ArticleRow, VersionText
from monitor.clock import iso
from monitor.models import ArticleFields
from monitor.urls import other_scheme

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
    """An article by canonical URL (served over http or https), else by its source's GUID."""
    row = archive.one("SELECT * FROM articles WHERE url = ?", (url,))
    if row is None and (other := other_scheme(url)) is not None:
        row = archive.one("SELECT * FROM articles WHERE url = ?", (other,))
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


# What each kind of reading last gave of an article, hashed: a feed's entry and the page itself often word an
# article differently (a feed's summary, a page's description), so each is compared with its own last reading,
# never with the other's, and an article read both ways is not a new version at every poll and every visit.
READ_HASH = {"feed": "feed_hash", "page": "page_hash"}


def _upsert(archive: Archive, fields: ArticleFields, now: datetime, source_id: int | None, via: str,
            feed: Batch | None) -> Upserted:
    seen = iso(now) or ""
    conn = archive.conn
    given = content_hash(fields.title, fields.summary, fields.body)
    column = READ_HASH.get(via)
    if feed is None:
        existing = find_article(archive, fields.url, source_id=source_id, guid=fields.guid)
    else:
        existing = feed.find(fields)
    if existing is None:
        digest = given
        hashes = {name: (given if name == column else None) for name in READ_HASH.values()}
        if feed is not None:
            feed.inserting()
        cur = conn.execute(
            "INSERT INTO articles (url, link, guid, source_id, title, summary, body, outlet, authors, language,"
            " published, updated, first_seen, last_seen, content_hash, feed_hash, page_hash) VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (fields.url, fields.link, fields.guid or None, source_id, fields.title, fields.summary,
             fields.body, fields.outlet, fields.authors, fields.language, fields.published, fields.updated,
             seen, seen, digest, hashes["feed_hash"], hashes["page_hash"]),
        )
        article_id = int(cur.lastrowid or 0)
        # The row as stored, from what was written (a test holds it equal to SELECT *).
        row: ArticleRow = {
            "id": article_id, "url": fields.url, "link": fields.link, "guid": fields.guid or None,
            "source_id": source_id, "title": fields.title, "summary": fields.summary, "body": fields.body,
            "outlet": fields.outlet, "authors": fields.authors, "language": fields.language,
            "published": fields.published, "updated": fields.updated, "first_seen": seen, "last_seen": seen,
            "content_hash": digest, "versions": 1, "notes": "[]", "feed_hash": hashes["feed_hash"],
            "page_hash": hashes["page_hash"]}
        if feed is not None:
            feed.stored(fields, article_id, new=True)
        version_id = _add_version(archive, article_id, fields, fields.title, fields.summary, fields.body, digest,
                                  seen, via)
        return "new", row, None, version_id
    if feed is not None:
        feed.stored(fields, existing["id"])
    merged = {"title": fields.title or existing["title"], "summary": fields.summary or existing["summary"],
              "body": fields.body or existing["body"]}
    digest = content_hash(merged["title"], merged["summary"], merged["body"])
    if digest == existing["content_hash"]:
        before = (existing["title"], existing["summary"], existing["body"])
        if [" ".join(t.split()) for t in merged.values()] != [" ".join(t.split()) for t in before]:
            # The same text read more literally (an entity decoded, a "<tag>" word kept): shown as now read,
            # not a new version.
            if feed is not None:
                feed.updating(existing["id"])
            conn.execute("UPDATE articles SET title = ?, summary = ?, body = ? WHERE id = ?",
                         (merged["title"], merged["summary"], merged["body"], existing["id"]))
            existing = cast(ArticleRow, {**existing, **merged})
        if column is not None:
            conn.execute(f"UPDATE articles SET {column} = ? WHERE id = ?", (given, existing["id"]))
            existing = cast(ArticleRow, {**existing, column: given})
        _seen_again(archive, existing["id"], seen, feed)
        return "unchanged", existing, existing, None
    if column is not None and existing.get(column) == given:
        # This kind of reading gives what it gave last time: the other kind read more since (a page after a
        # feed's entry, or the other way round), and the article stays as that reading left it.
        _seen_again(archive, existing["id"], seen, feed)
        return "unchanged", existing, existing, None
    if feed is not None:
        feed.updating(existing["id"])
    read = f", {column} = :given" if column is not None else ""
    updated = archive.all(
        "UPDATE articles SET title = :title, summary = :summary, body = :body, content_hash = :digest,"
        " last_seen = :seen, updated = COALESCE(:updated, updated),"
        f" authors = CASE WHEN :authors != '' THEN :authors ELSE authors END, versions = versions + 1{read}"
        " WHERE id = :id RETURNING *",
        {**merged, "digest": digest, "seen": seen, "updated": fields.updated, "authors": fields.authors,
         "given": given, "id": existing["id"]},
    )[0]
    version_id = _add_version(archive, existing["id"], fields, merged["title"], merged["summary"], merged["body"],
                              digest, seen, via)
    return "updated", cast(ArticleRow, updated), existing, version_id


def _seen_again(archive: Archive, article_id: int, seen: str, feed: Batch | None) -> None:
    if feed is not None:
        feed.seen_again(article_id, seen)
    else:
        archive.conn.execute("UPDATE articles SET last_seen = ? WHERE id = ?", (seen, article_id))


def _add_version(archive: Archive, article_id: int, fields: ArticleFields, title: str, summary: str, body: str,
                 digest: str, seen: str | None, via: str) -> int | None:
    """A version row, with the URL this text was read at (a version's own address: pages move)."""
    cur = archive.conn.execute(
        "INSERT OR IGNORE INTO article_versions (article_id, seen_at, via, title, summary, body, content_hash, url)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (article_id, seen, via, title, summary, body, digest, fields.link or fields.url),
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


def store_version_diff(archive: Archive, version_id: int, diff_json: str) -> None:
    """What changed in a version (monitor.detect.revisions' JSON), unless it has its diff already."""
    archive.conn.execute("UPDATE article_versions SET diff = COALESCE(diff, ?) WHERE id = ?", (diff_json, version_id))


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


def articles_batch(archive: Archive, *, after_id: int, since: str | None, limit: int) -> list[ArticleRow]:
    """The next articles by id after `after_id`, published (else first seen) on or after `since`."""
    return cast(list[ArticleRow], archive.all(
        "SELECT * FROM articles WHERE id > ? AND (? IS NULL OR COALESCE(published, first_seen) >= ?)"
        " ORDER BY id LIMIT ?", (after_id, since, since, limit)))


def versions_of(archive: Archive, article_ids: list[int]) -> dict[int, list[VersionText]]:
    """Every stored version of these articles, oldest first, by article id."""
    out: dict[int, list[VersionText]] = {i: [] for i in article_ids}
    for row in archive.all("SELECT id, article_id, seen_at, title, summary, body FROM article_versions WHERE"
                           " article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, id",
                           (json.dumps(article_ids),)):
        out[row["article_id"]].append(cast(VersionText, row))
    return out


def matched_ids(archive: Archive, watch: str, article_ids: list[int]) -> set[int]:
    """Which of these articles the watch already matched."""
    return {r["article_id"] for r in archive.all(
        "SELECT article_id FROM matches WHERE watch = ? AND article_id IN (SELECT value FROM json_each(?))",
        (watch, json.dumps(article_ids)))}


def find_by_link(archive: Archive, link: str) -> ArticleRow | None:
    """An article by the link its source gave (a news-search redirect link, say), oldest first."""
    return cast(ArticleRow | None, archive.one("SELECT * FROM articles WHERE link = ? ORDER BY id LIMIT 1", (link,)))


def rekey_article(archive: Archive, article_id: int, url: str, link: str) -> bool:
    """Key an article by the publisher's URL from now on (it was stored under a search engine's link); False
    when another article holds that URL already. Runs inside the caller's transaction."""
    if archive.scalar("SELECT 1 FROM articles WHERE url = ? AND id != ?", (url, article_id)) is not None:
        return False
    archive.conn.execute("UPDATE articles SET url = ?, link = ? WHERE id = ?", (url, link, article_id))
    archive.conn.execute("UPDATE revisits SET link = ? WHERE article_id = ?", (link, article_id))
    return True
