"""A whole feed's entries stored together (the poller's writer): the feed's known articles read in two queries,
its new articles full-text indexed in one statement, the last_seen of its unchanged ones written in one.

Why the second: an INSERT that fires the FTS trigger opens a statement savepoint, and FTS5 (SQLite 3.40)
flushes its pending terms to a new segment at every savepoint, then merges those tiny segments: most of
what indexing an article cost. While a feed is written, a row in `fts_deferred` (never committed: the flag
is removed before the feed's savepoint is released, also when storing fails) makes the insert trigger skip
the poller's new rows; `flush` indexes them with the values they were stored with, in one statement, before
any of them is updated and when the feed is done. Other writers (crawler, CLI) keep the plain triggers.
"""

from __future__ import annotations

import json
from types import TracebackType
from typing import Any, cast

from monitor.archive.articles import find_article
from monitor.archive.db import Archive
from monitor.archive.records import ArticleRow
from monitor.models import ArticleFields
from monitor.urls import other_scheme

DEFERRED_MARK = "fts_deferred"  # what articles_ai's WHEN clause names (migration 0009_issue3_fts_deferred_insert)


class FeedWrites:
    """Use inside a write transaction, as a context manager around storing one feed's entries:

        with FeedWrites(archive, fields, source_id) as feed:
            for f in fields:
                ingest_article(archive, watches, f, now, source_id=source_id, feed=feed)

    Lookups: what `find_article` says for each entry, from two queries (by canonical URL, by the
    source's GUID). Valid while only this feed's entries write articles: an entry whose URL or GUID an earlier
    entry of the feed had, or whose row an earlier entry wrote, is looked up for real (it must see that write).
    """

    def __init__(self, archive: Archive, entries: list[ArticleFields], source_id: int | None):
        if not archive.conn.in_transaction:
            raise RuntimeError("FeedWrites must run inside Archive.write()")
        self.archive, self.source_id = archive, source_id
        keys = [f.url for f in entries] + [o for f in entries if (o := other_scheme(f.url)) is not None]
        self.by_url = self._rows("SELECT * FROM articles WHERE url IN (SELECT value FROM json_each(?))",
                                 (json.dumps(keys),))
        guids = [f.guid for f in entries if f.guid and self._by_url(f.url) is None]  # found by URL: GUID unused
        self.by_guid: dict[str, ArticleRow] = {}
        if guids and source_id is not None:  # the first by id, as find_article's index walk gives it
            self.by_guid = self._rows("SELECT * FROM articles WHERE source_id = ? AND guid IN"
                                      " (SELECT value FROM json_each(?)) ORDER BY id",
                                      (source_id, json.dumps(guids)), key="guid")
        self.urls: set[str] = set()
        self.guids: set[str] = set()
        self.ids: set[int] = set()
        trigger = archive.conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'articles_ai'").fetchone()
        # Defer only when the insert trigger honours the mark (else the rows would be indexed twice).
        self.defer = trigger is not None and DEFERRED_MARK in trigger[0]
        self.marked = False
        self.pending: list[int] = []  # new articles not in the FTS index yet
        self.unchanged: list[int] = []  # articles seen again whose last_seen is not written yet
        self.seen_at: str | None = None

    def _rows(self, sql: str, params: Any, key: str = "url") -> dict[str, ArticleRow]:
        cur = self.archive.conn.execute(sql, params)
        names = [c[0] for c in cur.description]
        rows: dict[str, ArticleRow] = {}
        for values in cur.fetchall():
            row = dict(zip(names, values, strict=True))
            rows.setdefault(row[key], cast(ArticleRow, row))
        return rows

    def _by_url(self, url: str) -> ArticleRow | None:
        """As find_article: the key, else the same key over the other scheme."""
        row = self.by_url.get(url)
        if row is None and (other := other_scheme(url)) is not None:
            row = self.by_url.get(other)
        return row

    def __enter__(self) -> FeedWrites:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.flush()  # on an error too: whatever the caller then commits is indexed and unmarked
        self._write_seen()

    def find(self, fields: ArticleFields) -> ArticleRow | None:
        """What `find_article` says for this entry now."""
        guid = fields.guid
        if fields.url in self.urls or other_scheme(fields.url) in self.urls or (guid and guid in self.guids):
            return self._look_up(fields)
        row = self._by_url(fields.url)
        if row is None and guid and self.source_id is not None:
            row = self.by_guid.get(guid)
        if row is not None and row["id"] in self.ids:
            return self._look_up(fields)
        return row

    def _look_up(self, fields: ArticleFields) -> ArticleRow | None:
        self._write_seen()  # the row as the article-at-a-time path would read it
        return find_article(self.archive, fields.url, source_id=self.source_id, guid=fields.guid)

    def inserting(self) -> None:
        """A new article is about to be inserted: mark the transaction so that its trigger skips it."""
        if self.defer and not self.marked:
            self.archive.conn.execute(f"INSERT OR IGNORE INTO {DEFERRED_MARK} (one) VALUES (1)")
            self.marked = True

    def stored(self, fields: ArticleFields, article_id: int, *, new: bool = False) -> None:
        """This entry wrote article `article_id`: later entries that may meet it look it up."""
        self.urls.add(fields.url)
        if fields.guid:
            self.guids.add(fields.guid)
        self.ids.add(article_id)
        if new and self.marked:
            self.pending.append(article_id)

    def seen_again(self, article_id: int, seen: str | None) -> None:
        """An unchanged article seen again: its last_seen is written with the others of the feed."""
        if self.seen_at != seen:
            self._write_seen()
            self.seen_at = seen
        self.unchanged.append(article_id)

    def _write_seen(self) -> None:
        if self.unchanged:
            self.archive.conn.execute("UPDATE articles SET last_seen = ? WHERE id IN (SELECT value FROM json_each(?))",
                                      (self.seen_at, json.dumps(self.unchanged)))
            self.unchanged = []

    def updating(self, article_id: int) -> None:
        """An article's text is about to change: its update trigger must find it in the index."""
        if article_id in self.pending:
            self.flush()

    def flush(self) -> None:
        """Index the new articles stored so far and remove the mark."""
        if not self.marked:
            return
        conn = self.archive.conn
        conn.execute(f"DELETE FROM {DEFERRED_MARK}")
        self.marked = False
        if self.pending:
            conn.execute('INSERT INTO articles_fts (rowid, "title", "summary", "body") SELECT id, title, summary,'
                         " body FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
                         (json.dumps(self.pending),))
            self.pending = []
