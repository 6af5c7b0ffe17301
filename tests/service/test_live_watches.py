"""`storywatch run` out of the box, on loopback: a headline-only item's page is fetched and its denial alerts;
the re-visit crawl catches a correction added to the page; a broken watch file beside a good one is skipped
(the good one still alerts); a watch added while the service runs is matched on the next poll."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.crawling import offline_env
from tests.support.loopback import LoopbackServer, Route
from tests.support.pages import NOTE, PARAGRAPHS, article_html
from tests.support.story import rss

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
STORY = """title = "Binance and Rosfinmonitoring"
[query]
all_of = [["binance"]]
any_of = ["rosfinmonitoring", "russia"]
[[sources]]
name = "headlines"
url = "{feed}"
"""
ACME = """title = "Acme's recall"
[query]
all_of = [["acme"]]
any_of = ["recall"]
[[sources]]
name = "acme news"
url = "{feed}"
"""


def wait_for(check: Callable[[], object], what: str, deadline: float = 60.0) -> None:
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError(f"gave up waiting for {what}")


def rows(db: Path, sql: str) -> list[tuple]:
    if not db.exists():
        return []
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()


def test_out_of_the_box_service_reads_pages_revisits_and_follows_watch_changes(server: LoopbackServer,
                                                                               tmp_path: Path) -> None:
    page = server.route("/world/binance-russia.html", Route(article_html(PARAGRAPHS), content_type="text/html"))
    feed = server.route("/headlines.xml", Route(rss([{  # a headline-only item, as news-search feeds give
        "title": "Binance met Rosfinmonitoring, Reuters reports", "link": page, "guid": "h-1",
        "pubDate": "Fri, 22 Apr 2022 10:00:00 GMT", "description": "Reuters"}])))
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "binance-story.toml").write_text(STORY.format(feed=feed), encoding="utf-8")
    (seeds / "half-saved.toml").write_text('title = "unfinished\n[query', encoding="utf-8")
    db, out, err = tmp_path / "a.db", tmp_path / "run.out", tmp_path / "run.err"
    config = tmp_path / "storywatch.toml"
    # The built-in schedule, with the re-visit crawl every 2 seconds instead of 20 minutes.
    config.write_text('[poll]\ninterval = 3600\n[[crawl]]\nname = "revisit"\ncron = "*/2 * * * * *"\n'
                      '[service]\nwatch_check = 0.5\n[log]\nformat = "json"\n', encoding="utf-8")
    env = offline_env()
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "--db", str(db), "--seeds", str(seeds), "run",
                             "--config", str(config)], cwd=REPO, env=env, stdout=out.open("w"), stderr=err.open("w"))
    try:
        # The poll matched a headline; the article crawl fetched its page: the denial is in the text.
        wait_for(lambda: "[DENIAL]" in out.read_text(), "the denial read from the page")
        assert rows(db, "SELECT via FROM article_versions ORDER BY id") == [("feed",), ("page",)]
        assert "half-saved" in err.read_text() and "watch skipped: invalid file" in err.read_text()
        status = subprocess.run([sys.executable, "-m", "monitor", "--db", str(db), "--seeds", str(seeds), "status"],
                                cwd=REPO, env=env, capture_output=True, text=True, timeout=60).stdout
        assert "1 invalid (skipped)" in status and "invalid: " in status and "half-saved.toml" in status

        # The publisher adds a correction; once the article is due, the re-visit crawl finds it.
        server.route("/world/binance-russia.html",
                     Route(article_html(PARAGRAPHS, note=NOTE), content_type="text/html"))
        conn = sqlite3.connect(db, timeout=30)
        with conn:
            conn.execute("UPDATE revisits SET next_visit = '2000-01-01T00:00:00+00:00'")
        conn.close()
        wait_for(lambda: "[CORRECTION]" in out.read_text(), "the correction found by the re-visit")

        # A watch added while the service runs: its source is registered and polled at once.
        acme = server.route("/acme.xml", Route(rss([{"title": "Acme recall widens", "link": server.url("/acme-1"),
                                                     "guid": "a-1", "pubDate": "Mon, 25 Apr 2022 10:00:00 GMT",
                                                     "description": "Acme recalls more units."}])))
        (seeds / "acme-recall.toml").write_text(ACME.format(feed=acme), encoding="utf-8")
        wait_for(lambda: rows(db, "SELECT count(*) FROM matches WHERE watch = 'acme-recall'") == [(1,)],
                 "the new watch matched on the next poll")
    finally:
        proc.terminate()
        assert proc.wait(timeout=60) == 0
    logs = err.read_text()
    assert '"msg": "watches reloaded"' in logs and '"added": ["acme-recall"]' in logs
    assert "Traceback" not in logs


def test_a_removed_watch_has_its_pending_alerts_skipped(tmp_path: Path) -> None:
    import io

    from monitor.archive.db import Archive
    from monitor.archive.subscribers import set_console_subscriber
    from monitor.clock import utcnow
    from monitor.seeds import load_watches
    from monitor.service.config import parse_config
    from monitor.service.runner import Service
    from tests.support.botkit import add_events

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "acme-recall.toml").write_text(ACME.format(feed="https://acme.example/feed"), encoding="utf-8")
    (seeds / "binance-story.toml").write_text(STORY.format(feed="https://b.example/feed"), encoding="utf-8")
    db = tmp_path / "a.db"
    watches = load_watches(seeds)
    with Archive(db) as archive:
        set_console_subscriber(archive, watches, utcnow(), active=True)
        add_events(archive, watches[0], 2, utcnow())
        add_events(archive, watches[1], 1, utcnow(), title="Binance")
    service = Service(db, seeds, parse_config({}, {}), out=io.StringIO(), clock=utcnow, python=sys.executable,
                      token=None)
    assert service.check_watches(force=True)
    (seeds / "binance-story.toml").write_text("broken = [", encoding="utf-8")  # broken: not removed
    service.check_watches(force=True)
    (seeds / "acme-recall.toml").unlink()
    assert service.check_watches(force=True)
    assert [w.name for w in service.watches()] == []
    assert rows(db, "SELECT e.watch, a.status, a.last_error FROM alerts a JOIN events e ON e.id = a.event_id"
                    " ORDER BY a.id") == [("acme-recall", "skipped", "watch removed")] * 2 + [
        ("binance-story", "pending", None)]
