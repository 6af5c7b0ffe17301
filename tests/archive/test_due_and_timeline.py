"""The poll's due query and a story's timeline read sets, not rows one by one: same answers as the plain
definitions, on a real archive file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor.archive.articles import record_match, upsert_article
from monitor.archive.db import Archive
from monitor.archive.events import other_outlets, record_event
from monitor.archive.queries import timeline
from monitor.archive.sources import add_source, due_sources, list_sources
from monitor.clock import iso
from monitor.models import ArticleFields, Event, Watch

pytestmark = pytest.mark.component

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def test_due_sources_is_the_plain_filter(tmp_path: Path) -> None:
    with Archive(tmp_path / "a.db") as archive:
        checks = [None, "", *(iso(NOW + timedelta(seconds=s)) for s in (-3600, 30, 3600))]
        for n, check in enumerate(checks * 3):
            sid = add_source(archive, f"https://x.example/{n}.xml", NOW, type="sitemap" if n >= 10 else "rss")
            with archive.write() as conn:
                conn.execute("UPDATE sources SET next_check = ?, enabled = ? WHERE id = ?", (check, int(n != 4), sid))
        rows = list_sources(archive, type="rss", enabled_only=True)
        horizon = iso(NOW + timedelta(minutes=1)) or ""
        expected = [r for r in rows if not r["next_check"] or r["next_check"] <= horizon]
        due, later = due_sources(archive, NOW)
        assert [r["id"] for r in due] == [r["id"] for r in expected] and due == expected
        assert later == len(rows) - len(expected) == 1
        assert due_sources(archive, NOW, include_not_due=True) == (rows, 0)


def test_timeline_groups_each_articles_versions_and_follow_ups(tmp_path: Path) -> None:
    watch = Watch(name="w", title="W")
    with Archive(tmp_path / "a.db") as archive:
        ids = []
        for n in range(3):
            f = ArticleFields(url=f"https://x.example/{n}", link=f"https://x.example/{n}", title=f"T{n}",
                              published=iso(NOW - timedelta(days=n)))
            _, row, _, version = upsert_article(archive, f, NOW)
            ids.append(row["id"])
            if n != 1:
                record_match(archive, row["id"], "w", "terms: t", NOW)
            if n == 0:
                upsert_article(archive, ArticleFields(url=f.url, link=f.link, title="T0 corrected"), NOW)
                with archive.write():
                    record_event(archive, watch, row["id"], version, Event("correction", "Corrected."), "fp", NOW)
        rows = timeline(archive, "w")
        assert [r["id"] for r in rows] == [ids[2], ids[0]]  # oldest first; the unmatched article is not in it
        assert [v["title"] for v in rows[1]["versions_seen"]] == ["T0", "T0 corrected"]
        assert [e["kind"] for e in rows[1]["follow_ups"]] == ["correction"] and rows[0]["follow_ups"] == []
        assert [v["title"] for v in rows[0]["versions_seen"]] == ["T2"]


def _plans(archive: Archive, call: Callable[[], object]) -> list[str]:
    """The query plan of every SELECT `call` runs."""
    statements: list[str] = []
    archive.conn.set_trace_callback(statements.append)
    try:
        call()
    finally:
        archive.conn.set_trace_callback(None)
    return [row[3] for sql in statements if sql.lstrip().upper().startswith(("SELECT", "WITH"))
            for row in archive.conn.execute(f"EXPLAIN QUERY PLAN {sql}")]


def test_an_alerts_other_outlets_and_the_due_query_scan_no_table(tmp_path: Path) -> None:
    """Asked per alert and per poll: by index, whatever the archive's size (bench/scale_bench.py)."""
    with Archive(tmp_path / "a.db") as archive:
        for n in range(3):
            upsert_article(archive, ArticleFields(url=f"https://x.example/{n}", link=f"https://x.example/{n}",
                                                  title="Same Headline", outlet=f"O{n}"), NOW)
        add_source(archive, "https://x.example/feed.xml", NOW)
        assert other_outlets(archive, 1) == ["O1", "O2"]
        plans = _plans(archive, lambda: (other_outlets(archive, 1), due_sources(archive, NOW)))
        # A full-text MATCH shows as a scan of the virtual table through its index: that one is a lookup.
        assert plans and not [p for p in plans if p.startswith("SCAN") and ":M" not in p], plans


def test_other_outlets_finds_what_comparing_every_title_finds(tmp_path: Path) -> None:
    """The headline looked up through the full-text index: the same outlets as lower(title) compared with every
    article's, FTS syntax, quotes, punctuation-only headlines and non-ASCII case included."""
    titles = ['Same "Quoted" Headline: AND OR', 'same "quoted" headline: and or', 'SAME QUOTED HEADLINE AND OR',
              "!!!", "!!!", "Café news", "café news", "CAFÉ news", "NEAR(a b)", "near(a b)", "x*", "X*"]
    plain = ("SELECT b.outlet FROM articles a JOIN articles b ON lower(b.title) = lower(a.title) AND b.id != a.id"
             " WHERE a.id = ? AND a.title != '' AND b.outlet != '' AND b.outlet != a.outlet ORDER BY 1")
    with Archive(tmp_path / "a.db") as archive:
        ids = [upsert_article(archive, ArticleFields(url=f"https://x.example/{n}", link=f"https://x.example/{n}",
                                                     title=t, outlet=f"O{n}"), NOW)[1]["id"]
               for n, t in enumerate(titles)]
        for article_id in ids:
            assert other_outlets(archive, article_id) == [r["outlet"] for r in archive.all(plain, (article_id,))]
        assert other_outlets(archive, ids[0]) == ["O1"] and other_outlets(archive, ids[5]) == ["O6"]
