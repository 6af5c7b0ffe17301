"""Migrations 0011_url_keys and 0012_identity_hashes on an archive written by the previous schema: keys as the
outlet served them, links without tracking, articles whose new keys coincide merged with everything they had,
the ones that may hold two pages listed, hashes and event keys over texts as compared, and nothing re-alerted
or re-versioned when the same feed is read again."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from monitor.archive.articles import upsert_article
from monitor.archive.db import Archive
from monitor.archive.rekey import previous_key
from monitor.archive.schema import migrations
from monitor.collect.ingest import ingest_article
from monitor.models import ArticleFields
from monitor.seeds import default_seeds_dir, load_watches

pytestmark = pytest.mark.component

SEEN = "2022-04-28T09:00:00+00:00"
LATER = "2022-04-29T09:00:00+00:00"
NOW = datetime(2022, 5, 2, 9, 0, tzinfo=UTC)
WATCH = "binance-russia-data"
DENIAL = "Binance said on Friday it did not share client data with Rosfinmonitoring, Russia\u2019s watchdog."


def old_hash(title: str, summary: str, body: str) -> str:
    return hashlib.sha256("\x1f".join(" ".join(p.split()) for p in (title, summary, body)).encode()).hexdigest()


def old_event_key(watch: str, article_id: int, kind: str, evidence: str) -> str:
    words = " ".join(evidence.casefold().split())
    return hashlib.sha256(f"{watch}\x1f{article_id}\x1f{kind}\x1f{words}".encode()).hexdigest()


class OldArchive:
    """Rows written as the previous release wrote them (its schema: every migration before 0011)."""

    def __init__(self, path: Path):
        self.db = Database(sqlite3.connect(path))
        migrations.apply(self.db, stop_before="0011_url_keys")
        self.conn = self.db.conn
        self.conn.execute("INSERT INTO subscribers (channel, chat_id, name, chat_type, created_at)"
                          " VALUES ('console', 'console', 'console', 'console', ?)", (SEEN,))

    def article(self, link: str, texts: list[tuple[str, str]], *, key: str = "", seen: str = SEEN,
                outlet: str = "Wire") -> int:
        """An article with one version per (title, summary), the last one current."""
        title, summary = texts[-1]
        cur = self.conn.execute(
            "INSERT INTO articles (url, link, title, summary, outlet, first_seen, last_seen, content_hash, versions)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key or previous_key(link), link, title, summary, outlet, seen, seen, old_hash(title, summary, ""),
             len(texts)))
        article_id = int(cur.lastrowid or 0)
        for t, s in texts:
            self.conn.execute("INSERT INTO article_versions (article_id, seen_at, title, summary, content_hash)"
                              " VALUES (?, ?, ?, ?, ?)", (article_id, seen, t, s, old_hash(t, s, "")))
        self.conn.execute("INSERT INTO matches VALUES (?, ?, 'names the origin (Reuters)', ?)",
                          (article_id, WATCH, seen))
        return article_id

    def event(self, article_id: int, evidence: str, *, sent: bool = True) -> int:
        version = self.conn.execute("SELECT max(id) FROM article_versions WHERE article_id = ?",
                                    (article_id,)).fetchone()[0]
        cur = self.conn.execute(
            "INSERT INTO events (dedup_key, watch, article_id, version_id, kind, actor, story, evidence,"
            " detected_at, fingerprint) VALUES (?, ?, ?, ?, 'denial', 'Binance', 'story', ?, ?, 'fp')",
            (old_event_key(WATCH, article_id, "denial", evidence), WATCH, article_id, version, evidence, SEEN))
        event_id = int(cur.lastrowid or 0)
        self.conn.execute("INSERT INTO event_sightings VALUES (?, ?, 'Wire', ?)", (event_id, article_id, SEEN))
        self.conn.execute("INSERT INTO alerts (event_id, subscriber_id, status, next_attempt, created_at, sent_at)"
                          " VALUES (?, 1, ?, ?, ?, ?)", (event_id, "sent" if sent else "pending", SEEN, SEEN,
                                                         SEEN if sent else None))
        return event_id

    def revisit(self, article_id: int, link: str) -> None:
        self.conn.execute("INSERT INTO revisits (article_id, link, first_seen, next_visit) VALUES (?, ?, ?, ?)",
                          (article_id, link, SEEN, LATER))

    def close(self) -> None:
        self.conn.commit()
        self.db.close()


@pytest.fixture
def upgraded(tmp_path: Path) -> tuple[Archive, dict[str, int]]:
    old = OldArchive(tmp_path / "old.db")
    ids = {
        "http": old.article("http://127.0.0.1:8765/reuters/story/?utm_source=rss&utm_medium=rss",
                            [("Binance report", "Binance and Russia")]),
        "cafe": old.article("https://example.com/caf%C3%A9", [("Caf\u00e9 story", "Binance")]),
        "cafe2": old.article("https://example.com/caf\u00e9", [("Caf\u00e9 story", "Binance"),
                                                                 ("Caf\u00e9 story, revised", "Binance")],
                             seen=LATER),
        "wapo": old.article("https://www.washingtonpost.com/world/story/", [("WaPo story", "Binance")]),
        "wapo_itid": old.article("https://www.washingtonpost.com/world/story/?itid=hp-top", [("WaPo story",
                                                                                              "Binance")]),
        "cid": old.article("https://example.com/article.php?cid=123", [("First", "Binance"), ("Second", "x")]),
        "page": old.article("https://feeds.example/redirect/1", [("Canonical page", "Binance")],
                            key="https://reuters.com/technology/canonical"),
        "entity": old.article("https://example.com/entity", [("Binance &#8211; the report", "Binance")]),
    }
    events = {"cafe": old.event(ids["cafe"], DENIAL), "cafe2": old.event(ids["cafe2"], DENIAL),
              "wapo_itid": old.event(ids["wapo_itid"], "Binance denied it, again.")}
    old.revisit(ids["cafe2"], "https://example.com/caf\u00e9")
    old.revisit(ids["wapo_itid"], "https://www.washingtonpost.com/world/story/?itid=hp-top")
    old.close()
    archive = Archive(tmp_path / "old.db")  # opening an archive applies what is pending
    return archive, {**ids, **{f"event_{k}": v for k, v in events.items()}}


def test_keys_and_links(upgraded: tuple[Archive, dict[str, int]]) -> None:
    archive, ids = upgraded
    rows = {r["id"]: r for r in archive.all("SELECT id, url, link FROM articles")}
    assert rows[ids["http"]]["url"] == "http://127.0.0.1:8765/reuters/story"  # the scheme as served
    assert rows[ids["http"]]["link"] == "http://127.0.0.1:8765/reuters/story/"  # no tracking, otherwise as given
    assert rows[ids["cid"]]["url"] == "https://example.com/article.php?cid=123"
    assert rows[ids["page"]]["url"] == "https://reuters.com/technology/canonical"  # from a canonical link: kept
    assert rows[ids["cafe"]]["url"] == "https://example.com/caf%C3%A9"


def test_articles_whose_keys_coincide_are_merged_with_everything(upgraded: tuple[Archive, dict[str, int]]) -> None:
    archive, ids = upgraded
    kept = {r["id"] for r in archive.all("SELECT id FROM articles")}
    assert ids["cafe2"] not in kept and ids["wapo_itid"] not in kept and len(kept) == 6
    cafe = archive.one("SELECT * FROM articles WHERE id = ?", (ids["cafe"],))
    assert cafe is not None and cafe["versions"] == 2 and cafe["last_seen"] == LATER
    assert cafe["title"] == "Caf\u00e9 story, revised"  # the text most recently seen is the current one
    versions = archive.all("SELECT title FROM article_versions WHERE article_id = ? ORDER BY id", (ids["cafe"],))
    assert [v["title"] for v in versions] == ["Caf\u00e9 story", "Caf\u00e9 story, revised"]
    events = archive.all("SELECT id, article_id, version_id FROM events ORDER BY id")
    assert [e["article_id"] for e in events] == [ids["cafe"], ids["cafe"], ids["wapo"]]
    assert all(archive.one("SELECT 1 AS ok FROM article_versions WHERE id = ?", (e["version_id"],)) for e in events)
    assert archive.scalar("SELECT count(*) FROM alerts WHERE status = 'sent'") == 3  # history kept, none new
    assert archive.scalar("SELECT count(*) FROM alerts WHERE status != 'sent'") == 0
    assert {r["article_id"] for r in archive.all("SELECT article_id FROM event_sightings")} == {ids["cafe"],
                                                                                               ids["wapo"]}
    assert [r["article_id"] for r in archive.all("SELECT article_id FROM revisits ORDER BY 1")] == sorted(
        [ids["cafe"], ids["wapo"]])
    assert archive.scalar("SELECT count(*) FROM matches") == 6
    assert archive.all("PRAGMA foreign_key_check") == []
    archive.conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    merged = archive.all("SELECT article_id, merged_into FROM url_rekeys WHERE note = 'merged' ORDER BY 1")
    assert [(m["article_id"], m["merged_into"]) for m in merged] == [(ids["cafe2"], ids["cafe"]),
                                                                       (ids["wapo_itid"], ids["wapo"])]


def test_articles_that_may_hold_two_pages_are_listed(upgraded: tuple[Archive, dict[str, int]]) -> None:
    archive, ids = upgraded
    doubtful = archive.all("SELECT article_id, note FROM url_rekeys WHERE note LIKE 'may hold%'")
    assert [d["article_id"] for d in doubtful] == [ids["cid"]] and "cid" in doubtful[0]["note"]


def test_reading_the_same_texts_again_changes_nothing(upgraded: tuple[Archive, dict[str, int]]) -> None:
    archive, ids = upgraded
    watches = load_watches(default_seeds_dir())
    before = archive.one("SELECT (SELECT count(*) FROM article_versions) AS v, (SELECT count(*) FROM events) AS e,"
                         " (SELECT count(*) FROM alerts) AS a")
    again = [
        ArticleFields(url="http://127.0.0.1:8765/reuters/story", link="http://127.0.0.1:8765/reuters/story/",
                      title="Binance report", summary="Binance and Russia", outlet="Wire"),
        ArticleFields(url="https://example.com/caf%C3%A9", link="https://example.com/caf\u00e9",
                      title="Caf\u00e9 story, revised", summary="Binance", outlet="Wire"),
        ArticleFields(url="https://washingtonpost.com/world/story", link="https://www.washingtonpost.com/world/story/",
                      title="WaPo story", summary="Binance", outlet="Wire"),
        # The same article over https: the second lookup finds it.
        ArticleFields(url="https://127.0.0.1:8765/reuters/story", link="https://127.0.0.1:8765/reuters/story/",
                      title="Binance report", summary="Binance and Russia", outlet="Wire"),
        # A title now read literally (its entity decoded): the same text, shown as now read.
        ArticleFields(url="https://example.com/entity", link="https://example.com/entity",
                      title="Binance \u2013 the report", summary="Binance", outlet="Wire"),
    ]
    outcomes = [ingest_article(archive, watches, f, NOW).outcome for f in again]
    assert outcomes == ["unchanged"] * 5
    after = archive.one("SELECT (SELECT count(*) FROM article_versions) AS v, (SELECT count(*) FROM events) AS e,"
                        " (SELECT count(*) FROM alerts) AS a")
    assert after == before
    assert archive.scalar("SELECT title FROM articles WHERE id = ?", (ids["entity"],)) == "Binance \u2013 the report"


def test_events_are_keyed_over_texts_as_compared(upgraded: tuple[Archive, dict[str, int]]) -> None:
    archive, ids = upgraded
    # The event moved onto the article it joined carries that article's key: found again there, it is known.
    from monitor.archive.identity import event_key
    from monitor.models import Event

    keys = {r["dedup_key"] for r in archive.all("SELECT dedup_key FROM events")}
    assert event_key(WATCH, ids["wapo"], Event(kind="denial", evidence="Binance denied it, again.")) in keys
    assert event_key(WATCH, ids["cafe"], Event(kind="denial", evidence=DENIAL.replace("\u2019", "&#8217;"))) in keys


def test_a_new_version_records_where_it_was_read(tmp_path: Path) -> None:
    with Archive(tmp_path / "a.db") as archive:
        fields = ArticleFields(url="https://wire.example/a", link="https://www.wire.example/a/", title="A")
        upsert_article(archive, fields, NOW)
        assert archive.scalar("SELECT url FROM article_versions") == "https://www.wire.example/a/"
