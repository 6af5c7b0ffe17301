"""Upgrading never re-alerts or re-versions: an archive made by the previous release (the code at commit
b7fa3b6, which stored control characters and bidi overrides as publishers sent them) is polled and revisited
by this one, which cleans texts on the way in: its migration cleans what was stored the same way, so the same
feed and the same pages give 0 new versions, 0 new follow-ups and 0 new alerts."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import tarfile
from datetime import timedelta
from io import BytesIO
from pathlib import Path

import pytest

from monitor.clock import iso, utcnow
from tests.support.crawling import REPO, offline_env, write_watch
from tests.support.loopback import LoopbackServer, Route
from tests.support.pages import NOTE, PARAGRAPHS, article_html
from tests.support.story import CORRECTION_NOTE, REPORT_BODY, REPORT_TITLE, rss

pytestmark = pytest.mark.integration

PREVIOUS_RELEASE = "b7fa3b6"
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
HTML = "text/html; charset=utf-8"


@pytest.fixture(scope="module")
def previous_release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The previous release's code (monitor, spiders, scrapy.cfg), from git."""
    try:
        tar = subprocess.run(["git", "-C", str(REPO), "archive", PREVIOUS_RELEASE, "monitor", "spiders", "scrapy.cfg"],
                             capture_output=True, check=True, timeout=60).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip(f"no git checkout with commit {PREVIOUS_RELEASE}")
    folder = tmp_path_factory.mktemp("previous")
    with tarfile.open(fileobj=BytesIO(tar)) as archive:
        archive.extractall(folder, filter="data")
    return folder


def storywatch(code: Path, db: Path, seeds: Path, *args: str) -> str:
    env = {**offline_env(), "PYTHONPATH": str(code)}
    done = subprocess.run([sys.executable, "-m", "monitor", "--db", str(db), "--seeds", str(seeds), *args], cwd=code,
                          env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def hostile(text: str) -> str:
    """What a publisher sends: the same words with bidi overrides and isolates in them."""
    return text.replace("Binance", "Binance\u202e").replace("April 2021", "\u2066April 2021\u2069")


def counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("articles", "article_versions", "events", "alerts", "event_sightings")} | {
            "unsent": conn.execute("SELECT count(*) FROM alerts WHERE status != 'sent'").fetchone()[0]}
    finally:
        conn.close()


def test_an_archive_from_the_previous_release_upgrades_without_new_alerts_or_versions(
        previous_release: Path, server: LoopbackServer, tmp_path: Path) -> None:
    story = [hostile(p).replace("Moscow", "Moscow\u009b\u0007") for p in PARAGRAPHS]
    pages = {"/story": article_html(story, note=hostile(NOTE), title=hostile(REPORT_TITLE)),
             "/other%E2%80%AE": article_html([hostile(p) for p in PARAGRAPHS[:2]],
                                             title="Binance\u202e and Russia, the follow-up")}
    for path, body in pages.items():
        server.route(path, Route(body, content_type=HTML, conditional=False))  # full answers: texts compared
    items = [{"title": hostile(REPORT_TITLE), "link": server.url("/story"), "guid": "r-1",
              "pubDate": "Fri, 22 Apr 2022 10:00:00 GMT",
              "description": f"<p>{hostile(CORRECTION_NOTE)}</p><p>{hostile(REPORT_BODY)}</p>"},
             {"title": "Binance\u202e and Russia, the follow-up", "link": server.url("/other\u202e"), "guid": "r-2",
              "pubDate": "Sat, 23 Apr 2022 10:00:00 GMT", "description": "<p>Binance\u2067 and Russia.</p>"}]
    feed = server.route("/feed.xml", Route(rss(items), conditional=False))
    seeds = write_watch(tmp_path / "seeds", sources=f'[[sources]]\nname = "f"\nurl = "{feed}"\n')
    db = tmp_path / "a.db"

    # The previous release polls, delivers, crawls the matched pages (tracking them) and delivers again.
    old_poll = storywatch(previous_release, db, seeds, "poll")
    assert "[CORRECTION]" in old_poll
    storywatch(previous_release, db, seeds, "crawl", "revisit", "-s", "DOWNLOAD_DELAY=0")
    before = counts(db)
    conn = sqlite3.connect(db)
    stored = "\n".join(conn.iterdump())
    tracked = conn.execute("SELECT count(*) FROM revisits WHERE next_visit IS NOT NULL").fetchone()[0]
    conn.close()
    assert before["alerts"] >= 1 and before["unsent"] == 0 and tracked == 2
    assert UNSAFE.search(stored), "the previous release stored the characters: this test would prove nothing"

    # This release: the same feed (with one unrelated item more, so that it is read again), then the pages.
    server.route("/feed.xml", Route(rss([*items, {"title": "Weather", "link": server.url("/weather"),
                                                  "guid": "w-1", "description": "Sunny."}]), conditional=False))
    new_poll = storywatch(REPO, db, seeds, "poll", "--all")
    later = iso(utcnow() + timedelta(hours=1))
    storywatch(REPO, db, seeds, "crawl", "revisit", "-s", "DOWNLOAD_DELAY=0", "-s", f"STORYWATCH_NOW={later}")
    after = counts(db)
    assert "1 new" in new_poll and "2 unchanged" in new_poll, new_poll
    # The previous release kept the page of a link holding a bidi override apart from its feed entry (two keys
    # for one page): the upgrade merges them, moving the page's version over.
    merged = sqlite3.connect(db).execute("SELECT count(*) FROM url_rekeys WHERE note = 'merged'").fetchone()[0]
    assert merged == 1
    assert after == {**before, "articles": before["articles"] + 1 - merged,
                     "article_versions": before["article_versions"] + 1}
    conn = sqlite3.connect(db)
    try:
        revisited = conn.execute("SELECT count(*) FROM revisits WHERE visits = 2").fetchone()[0]
        assert revisited == 2, "both pages were fetched again and found unchanged"
        shown = conn.execute("SELECT group_concat(title || summary || body || link || outlet, '') FROM articles"
                             " UNION ALL SELECT group_concat(title || summary || body, '') FROM article_versions"
                             " UNION ALL SELECT group_concat(evidence || actor || target, '') FROM events").fetchall()
        text = "".join(row[0] or "" for row in shown)
        assert "Binance built ties" in text and "/other%E2%80%AE" in text
        assert not UNSAFE.search(text), "the migration cleaned what was stored"
        # The two Binance articles, indexed once each (the merged one's index entry left with it).
        assert conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'binance'").fetchone()[0] == 2
    finally:
        conn.close()
    assert os.path.exists(db)
