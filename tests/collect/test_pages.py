"""Crawled pages into a real SQLite archive: versions, stored diffs, notes to the detector, the schedule."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor.archive.articles import record_match, upsert_article
from monitor.archive.db import Archive
from monitor.archive.revisits import due_revisits
from monitor.archive.subscribers import set_console_subscriber
from monitor.collect.extract import extract_page
from monitor.collect.pages import record_visit, store_page, untracked
from monitor.models import ArticleFields, Origin, Query, Watch
from tests.support.pages import EDITED, NOTE, PARAGRAPHS, TITLE, article_html

pytestmark = pytest.mark.component

T0 = datetime(2022, 4, 22, 12, 0, tzinfo=UTC)
LINK = "http://127.0.0.1:9/story"
WATCH = Watch(name="binance", title="Binance and Russia", query=Query(all_of=(("binance",),), any_of=("russia",)),
              origins=(Origin(role="report", outlet="Reuters", title=TITLE, url=LINK),))


def _page(paragraphs: list[str], note: str = ""):
    return extract_page(article_html(paragraphs, note=note).decode(), LINK)


def test_a_silent_correction_becomes_a_version_a_diff_and_an_alert(tmp_path: Path) -> None:
    with Archive(tmp_path / "a.db") as archive:
        set_console_subscriber(archive, [WATCH], T0, active=True)
        assert untracked(archive, [WATCH], T0) == [LINK]
        first = store_page(archive, [WATCH], _page(PARAGRAPHS), link=LINK, now=T0, etag='"v1"')
        assert first.ingest.outcome == "new" and first.ingest.matched == ["binance"] and first.tracked
        # The report itself carries Binance's denial (paragraph 3): that is its only follow-up.
        assert [r["kind"] for r in archive.all("SELECT kind FROM events")] == ["denial"]
        assert untracked(archive, [WATCH], T0) == []
        assert due_revisits(archive, T0) == []
        assert [r["link"] for r in due_revisits(archive, T0 + timedelta(minutes=15))] == [LINK]

        same = store_page(archive, [WATCH], _page(PARAGRAPHS), link=LINK, now=T0 + timedelta(minutes=20))
        assert same.ingest.outcome == "unchanged" and same.diff is None

        later = T0 + timedelta(hours=2)
        fixed = store_page(archive, [WATCH], _page([PARAGRAPHS[0], EDITED, *PARAGRAPHS[2:]], NOTE), link=LINK,
                           now=later, etag='"v2"')
        assert fixed.ingest.outcome == "updated" and len(fixed.ingest.events) == 1
        assert fixed.diff is not None and fixed.diff.notes_added == (NOTE,)
        versions = archive.all("SELECT notes, diff FROM article_versions ORDER BY id")
        assert len(versions) == 2 and versions[0]["diff"] is None
        stored = json.loads(versions[1]["diff"])
        assert stored["changed"] == [{"before": PARAGRAPHS[1], "after": EDITED}]
        assert stored["notes_added"] == [NOTE] and json.loads(versions[1]["notes"]) == [NOTE]
        event = archive.one("SELECT id, kind, evidence, version_id FROM events WHERE kind = 'correction'")
        assert event is not None and event["kind"] == "correction" and NOTE in event["evidence"]
        quoted = archive.one("SELECT diff FROM article_versions WHERE id = ?", (event["version_id"],))
        assert quoted is not None and NOTE in quoted["diff"], "the event's version carries the diff to quote"
        alert = archive.one("SELECT status FROM alerts WHERE event_id = ?", (event["id"],))
        assert alert == {"status": "pending"}
        visit = archive.one("SELECT * FROM revisits")
        assert visit is not None and visit["changes"] == 1 and visit["step"] == 0 and visit["etag"] == '"v2"'
        assert visit["next_visit"] == (later + timedelta(minutes=15)).isoformat()

        # Not modified, then a 429 that asks for an hour: no version, the schedule moves and honours the wait.
        assert record_visit(archive, LINK, later + timedelta(minutes=30), status=304)
        assert record_visit(archive, LINK, later + timedelta(hours=1), status=429, error="http_429",
                            retry_after=7200.0)
        visit = archive.one("SELECT * FROM revisits")
        assert visit is not None and visit["visits"] == 5 and visit["last_error"] == "http_429"
        assert visit["next_visit"] == (later + timedelta(hours=3)).isoformat()
        assert archive.one("SELECT count(*) AS n FROM article_versions")["n"] == 2  # type: ignore[index]
        assert not record_visit(archive, "http://127.0.0.1:9/unknown", later, status=304)


def test_unrelated_page_is_stored_but_not_tracked(tmp_path: Path) -> None:
    with Archive(tmp_path / "a.db") as archive:
        page = extract_page(article_html(["A story about the weather in Vilnius, which was warm and dry " * 3],
                                         title="Weather").decode(), "http://127.0.0.1:9/weather")
        result = store_page(archive, [WATCH], page, link="http://127.0.0.1:9/weather", now=T0)
        assert result.ingest.outcome == "new" and not result.tracked
        assert archive.one("SELECT count(*) AS n FROM revisits")["n"] == 0  # type: ignore[index]


def test_a_page_after_its_feed_entry_is_a_new_version_of_the_same_article(tmp_path: Path) -> None:
    with Archive(tmp_path / "a.db") as archive:
        upsert_article(archive, ArticleFields(url="https://127.0.0.1:9/story", link=LINK, title=TITLE,
                                             summary="Reuters special report"), T0)
        record_match(archive, 1, "binance", "terms: binance, russia", T0)
        assert untracked(archive, [WATCH], T0) == [LINK]
        result = store_page(archive, [WATCH], _page(PARAGRAPHS), link=LINK, now=T0 + timedelta(hours=1))
        assert result.tracked and untracked(archive, [WATCH], T0) == []
        assert result.ingest.outcome == "updated" and result.diff is not None
        assert result.diff.added == tuple(PARAGRAPHS)
        assert archive.one("SELECT count(*) AS n FROM articles")["n"] == 1  # type: ignore[index]


def test_matched_coverage_from_a_feed_is_fetched_until_the_horizon(tmp_path: Path) -> None:
    other = "http://127.0.0.1:9/coverage"
    with Archive(tmp_path / "a.db") as archive:
        upsert_article(archive, ArticleFields(url="https://127.0.0.1:9/coverage", link=other, title="Binance, Russia"),
                               T0)
        upsert_article(archive, ArticleFields(url="https://127.0.0.1:9/weather", link="http://127.0.0.1:9/weather",
                                             title="Weather"), T0)
        record_match(archive, 1, "binance", "terms: binance, russia", T0)
        assert untracked(archive, [WATCH], T0) == [LINK, other]
        assert untracked(archive, [WATCH], T0 + timedelta(days=31)) == [LINK]
