"""Migration 0009: the full-text index is rewritten when an article's text changes, not on every UPDATE (an
unchanged item seen again only moves last_seen)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor.archive.articles import upsert_article
from monitor.archive.db import Archive
from monitor.archive.search import search_articles
from monitor.models import ArticleFields

pytestmark = pytest.mark.component

T0 = datetime(2022, 4, 28, 9, 0, tzinfo=UTC)
URL = "https://wire.example/story"
# The trigger sqlite-utils' enable_fts created in 0001 (read from sqlite_master before 0009).
OLD_TRIGGER = """CREATE TRIGGER "articles_au" AFTER UPDATE ON "articles" BEGIN
  INSERT INTO "articles_fts" ("articles_fts", rowid, "title", "summary", "body") VALUES('delete', old.rowid, old."title", old."summary", old."body");
  INSERT INTO "articles_fts" (rowid, "title", "summary", "body") VALUES (new.rowid, new."title", new."summary", new."body");
END"""  # noqa: E501


def _fts_data(archive: Archive) -> list[tuple[object, ...]]:
    return archive.conn.execute("SELECT * FROM articles_fts_data ORDER BY id").fetchall()


def _integrity(archive: Archive) -> None:
    archive.conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")


def _resighting_changes_the_index(archive: Archive) -> bool:
    fields = ArticleFields(url=URL, link=URL, title="Zebras cross the river", summary="Seen at dawn.")
    assert upsert_article(archive, fields, T0)[0] == "new"
    before = _fts_data(archive)
    assert upsert_article(archive, fields, T0 + timedelta(hours=1))[0] == "unchanged"
    row = archive.one("SELECT last_seen FROM articles WHERE url = ?", (URL,))
    assert row is not None and row["last_seen"] == "2022-04-28T10:00:00+00:00"
    _integrity(archive)
    return _fts_data(archive) != before


def test_an_unchanged_resighting_leaves_the_index_alone(tmp_path: Path) -> None:
    with Archive(tmp_path / "a.db") as archive:
        assert not _resighting_changes_the_index(archive)
        assert [r["title"] for r in search_articles(archive, "zebras")] == ["Zebras cross the river"]


def test_with_the_old_trigger_it_did_not(tmp_path: Path) -> None:
    """The check above can fail: with sqlite-utils' trigger every UPDATE rewrote the entry."""
    with Archive(tmp_path / "a.db") as archive:
        archive.conn.executescript(f'DROP TRIGGER "articles_au"; {OLD_TRIGGER};')
        assert _resighting_changes_the_index(archive)


def test_a_changed_text_is_searched_by_its_new_words(tmp_path: Path) -> None:
    with Archive(tmp_path / "a.db") as archive:
        upsert_article(archive, ArticleFields(url=URL, link=URL, title="Zebras cross the river",
                                             summary="Seen at dawn."), T0)
        outcome = upsert_article(archive, ArticleFields(url=URL, link=URL, title="Antelopes cross the river"),
                                         T0 + timedelta(hours=1))[0]
        assert outcome == "updated"
        assert [r["title"] for r in search_articles(archive, "antelopes")] == ["Antelopes cross the river"]
        assert search_articles(archive, "zebras") == []
        assert [r["title"] for r in search_articles(archive, "dawn")] == ["Antelopes cross the river"]  # summary kept
        upsert_article(archive, ArticleFields(url=URL, link=URL, summary="Seen at dusk."), T0 + timedelta(hours=2))
        assert search_articles(archive, "dawn") == [] and len(search_articles(archive, "dusk")) == 1
        archive.conn.execute("UPDATE articles SET notes = '[\"x\"]'")  # not the text: no re-index, still right
        _integrity(archive)


def test_an_archive_made_before_0009_gets_the_new_triggers(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    with Archive(path) as archive:  # put it back as 0001 left it, with an article indexed
        archive.conn.executescript(
            f'DROP TRIGGER "articles_au"; {OLD_TRIGGER}; DROP TRIGGER "articles_ai"; DROP TABLE fts_deferred;'
            'CREATE TRIGGER "articles_ai" AFTER INSERT ON "articles" BEGIN INSERT INTO "articles_fts"'
            ' (rowid, "title", "summary", "body") VALUES (new.rowid, new."title", new."summary", new."body"); END;'
            "DELETE FROM _sqlite_migrations WHERE name LIKE '0009_issue3_%';")
        upsert_article(archive, ArticleFields(url=f"{URL}/old", link=f"{URL}/old", title="Okapi sighted"), T0)
    with Archive(path) as archive:
        triggers = {r["name"]: r["sql"] for r in archive.all("SELECT name, sql FROM sqlite_master"
                                                              " WHERE type = 'trigger'")}
        assert 'AFTER UPDATE OF "title", "summary", "body" ON "articles"' in triggers["articles_au"]
        assert "WHEN NOT EXISTS (SELECT 1 FROM fts_deferred)" in triggers["articles_ai"]
        assert not _resighting_changes_the_index(archive)
        assert [r["title"] for r in search_articles(archive, "okapi")] == ["Okapi sighted"]


def test_the_poller_defers_indexing_only_when_the_trigger_allows_it(tmp_path: Path) -> None:
    """A feed's new articles are indexed once, in one statement, when the insert trigger honours the mark;
    with sqlite-utils' plain trigger they are indexed by it (never twice)."""
    from monitor.archive.feedbatch import FeedWrites

    entries = [ArticleFields(url=f"{URL}/{i}", link=f"{URL}/{i}", title=f"Zebra number {i}") for i in range(3)]
    for plain in (False, True):
        with Archive(tmp_path / f"{plain}.db") as archive:
            if plain:
                archive.conn.executescript(
                    'DROP TRIGGER "articles_ai"; CREATE TRIGGER "articles_ai" AFTER INSERT ON "articles" BEGIN'
                    ' INSERT INTO "articles_fts" (rowid, "title", "summary", "body")'
                    ' VALUES (new.rowid, new."title", new."summary", new."body"); END;')
            with archive.write(), FeedWrites(archive, entries, None) as feed:
                assert feed.defer is not plain
                for fields in entries:
                    upsert_article(archive, fields, T0, feed=feed)
                in_index = archive.conn.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()[0]
                assert in_index == (3 if plain else 0)  # deferred: not yet
                assert archive.conn.execute("SELECT count(*) FROM fts_deferred").fetchone()[0] == (0 if plain else 1)
            _integrity(archive)
            assert archive.conn.execute("SELECT count(*) FROM fts_deferred").fetchone()[0] == 0
            assert len(search_articles(archive, "zebra")) == 3
