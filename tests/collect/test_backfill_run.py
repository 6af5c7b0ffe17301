"""`storywatch backfill` end to end on loopback: the demo site's web archive (the Internet Archive's layout and
answer shape), its archive sitemap index of monthly sitemaps and its news search answering by date range;
real fetches, real extraction, a real archive file. Also a recorded Internet Archive answer and a 429 with
Retry-After on a small loopback server, a dead and a slow archive, and a run killed with SIGKILL then resumed."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from io import StringIO
from pathlib import Path
from urllib.parse import unquote

import pytest

from monitor.archive.db import Archive
from monitor.archive.queries import timeline
from monitor.archive.subscribers import TELEGRAM, ensure_subscriber, set_console_subscriber, subscribe
from monitor.collect.backfill.cdx import layout_of
from monitor.collect.backfill.pace import Politeness
from monitor.collect.backfill.runner import run_backfill
from monitor.collect.extract import extract_page
from monitor.collect.fetch import make_fetcher
from monitor.collect.pages import store_page
from monitor.deliver.console import ConsoleSink, deliver_pending
from monitor.demo.site import DemoSite, render_page
from monitor.demo.story import published_at
from monitor.models import Origin, Query, Watch
from monitor.seeds import load_watches
from monitor.sites import Sites
from tests.support.backfill import APRIL, NOW, WATCH, archive_url, backfill, seeds_for, story
from tests.support.loopback import LoopbackServer, Route

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
REPORT_PATH = "/reuters/technology/exclusive-how-crypto-giant-binance-built-ties-russian-fsb-linked-agency-2022-04-22/"


@pytest.fixture
def site() -> Iterator[DemoSite]:
    with DemoSite(story()) as demo:
        demo.show(len(demo.story.stages) - 1)
        yield demo


def _counts(db: Path) -> dict[str, int]:
    with Archive(db) as archive:
        row = archive.one("SELECT (SELECT count(*) FROM articles) AS articles,"
                          " (SELECT count(*) FROM article_versions) AS versions,"
                          " (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM matches) AS matches,"
                          " (SELECT count(*) FROM version_sources) AS sources,"
                          " (SELECT count(*) FROM backfilled_events) AS backfilled,"
                          " (SELECT count(*) FROM alerts) AS alerts")
    assert row is not None
    return row


def test_history_is_read_from_the_archive_dated_at_its_captures(site: DemoSite, tmp_path: Path) -> None:
    seeds = seeds_for(site, tmp_path / "seeds")
    result = backfill(tmp_path / "a.db", site, seeds)
    assert result.status == "done" and not result.errors, result.errors
    with Archive(tmp_path / "a.db") as archive:
        report = archive.one("SELECT * FROM articles WHERE link = ?", (site.url(REPORT_PATH),))
        assert report is not None and report["published"] == "2022-04-22T10:00:00+00:00"
        versions = archive.all("SELECT v.seen_at, v.via, v.diff, s.source, s.captured_at, s.capture_url"
                               " FROM article_versions v JOIN version_sources s ON s.version_id = v.id"
                               " WHERE v.article_id = ? ORDER BY v.seen_at", (report["id"],))
        # Three captures of the report before the correction are one text: two versions, each at its capture.
        assert [v["seen_at"] for v in versions] == ["2022-04-22T10:30:00+00:00", "2022-04-28T15:50:00+00:00"]
        assert all(v["source"] == "archive" and v["captured_at"] == v["seen_at"] for v in versions)
        assert "/wayback/web/20220428155000id_/" in versions[1]["capture_url"]
        diff = json.loads(versions[1]["diff"])
        assert ["Federal Financial Intelligence Service" in c["before"] and "Monitoring" in c["after"]
                for c in diff["changed"]] == [True]
        assert diff["notes_added"][0].startswith("(Corrects paragraph 1")
        correction = archive.one("SELECT e.*, b.job_id FROM events e JOIN backfilled_events b ON b.event_id = e.id"
                                 " WHERE e.kind = 'correction'")
        assert correction is not None and correction["detected_at"] == "2022-04-28T15:50:00+00:00"
        assert correction["evidence"].startswith("(Corrects paragraph 1")
        # Coverage keeps its own dates; nothing is dated on the day the backfill ran.
        block = archive.one("SELECT published, first_seen FROM articles WHERE title LIKE 'Binance agreed%'")
        assert block == {"published": "2022-04-22T13:40:00+00:00", "first_seen": "2022-04-22T18:35:00+00:00"}
        assert archive.scalar("SELECT count(*) FROM article_versions WHERE seen_at >= '2023'") == 0
        assert archive.scalar("SELECT count(*) FROM events WHERE detected_at >= '2023'") == 0
        # Found in history: archived, marked, and alerting no one.
        assert archive.scalar("SELECT count(*) FROM events") == archive.scalar("SELECT count(*) FROM backfilled_events")
        assert archive.scalar("SELECT count(*) FROM alerts") == 0
        # The news search's one item is Binance's post, an origin already, behind the search engine's redirect
        # link: one more address to read, and still one article.
        found = archive.all("SELECT found_by, url, outcome FROM backfill_candidates")
        found_by = [r["found_by"] for r in found]
        assert found_by.count("origin") == 2 and found_by.count("sitemap") == 5 and len(found_by) == 8, found
        assert archive.scalar("SELECT count(*) FROM articles WHERE title LIKE 'Binance & Russia%'") == 1
        rows = timeline(archive, WATCH)
    assert rows[0]["date"].startswith("2022-04-22") and rows[0]["versions_seen"][1]["source"] == "archive"
    # The news search was asked for a week at a time; the archive sitemaps of March and May were not read.
    searches = [unquote(p) for p in site.paths if p.startswith("/news-search/rss/search")]
    assert searches and all("after:2022-04-" in s and "before:2022-0" in s for s in searches)
    assert not [p for p in site.paths if "archive-2022-03" in p or "archive-2022-05" in p]
    assert [p for p in site.paths if "archive-2022-04" in p]


def test_a_second_run_adds_nothing(site: DemoSite, tmp_path: Path) -> None:
    seeds = seeds_for(site, tmp_path / "seeds")
    first = backfill(tmp_path / "a.db", site, seeds)
    before = _counts(tmp_path / "a.db")
    again = backfill(tmp_path / "a.db", site, seeds)
    assert (first.how, again.how) == ("new", "again") and again.status == "done"
    assert _counts(tmp_path / "a.db") == before
    assert again.stats.get("versions", 0) == 0 and again.stats.get("follow_ups", 0) == 0
    assert before["versions"] == before["sources"] and before["events"] >= 4
    with Archive(tmp_path / "a.db") as archive:
        denial = archive.all("SELECT s.outlet FROM event_sightings s JOIN events e ON e.id = s.event_id"
                             " WHERE e.kind = 'denial' AND e.actor = 'Binance' ORDER BY s.outlet")
    # Binance's denial once, with the outlets that reported it (CoinDesk, the blog) as sightings of it.
    assert [r["outlet"] for r in denial] == ["Binance", "CoinDesk", "Crypto Tech Blog"], denial


def test_history_goes_in_its_place_in_time_when_the_story_was_polled_first(site: DemoSite, tmp_path: Path) -> None:
    """The report crawled today (its corrected text): the archive's captures go before it, and the correction
    found today is dated back to the capture that first showed it."""
    seeds = seeds_for(site, tmp_path / "seeds")
    db = tmp_path / "a.db"
    watches = load_watches(seeds)
    html = render_page(site.story.outlet("reuters"), published_at(site.story, len(site.story.stages) - 1)
                       ["reuters-report"], site.base).decode()
    with Archive(db) as archive:
        store_page(archive, watches, extract_page(html, site.url(REPORT_PATH), outlet="Reuters"),
                   link=site.url(REPORT_PATH), now=NOW)
        crawled = archive.one("SELECT detected_at FROM events WHERE kind = 'correction'")
        assert crawled == {"detected_at": NOW.isoformat(timespec="seconds")}
    backfill(db, site, seeds)
    with Archive(db) as archive:
        report = archive.one("SELECT * FROM articles WHERE link = ?", (site.url(REPORT_PATH),))
        assert report is not None and "Federal Financial Monitoring Service" in report["body"]  # still the newest
        seen = [r["seen_at"] for r in archive.all("SELECT seen_at FROM article_versions WHERE article_id = ?"
                                                  " ORDER BY seen_at", (report["id"],))]
        assert seen == ["2022-04-22T10:30:00+00:00", "2022-04-28T15:50:00+00:00"]
        assert report["first_seen"] == "2022-04-22T10:30:00+00:00" and report["versions"] == 2
        corrections = archive.all("SELECT detected_at FROM events WHERE kind = 'correction'")
        assert corrections == [{"detected_at": "2022-04-28T15:50:00+00:00"}]


def test_alert_sends_one_digest_per_subscriber_when_done(site: DemoSite, tmp_path: Path) -> None:
    seeds = seeds_for(site, tmp_path / "seeds")
    db = tmp_path / "a.db"
    watches = load_watches(seeds)
    with Archive(db) as archive:
        set_console_subscriber(archive, watches, NOW, active=True)
        for chat in ("1001", "1002"):
            subscribe(archive, ensure_subscriber(archive, TELEGRAM, chat, NOW), WATCH, NOW)
    result = backfill(db, site, seeds, alert=True)
    events = _counts(db)["events"]
    assert result.alerts == 3 * events  # every follow-up kind of this watch alerts
    out = StringIO()
    with Archive(db) as archive:
        sent = deliver_pending(archive, ConsoleSink(out), lambda: NOW)
        assert sent == 1 and out.getvalue().count("History of ") == 1
        assert f"{events} follow-ups since 2022-04-01" in out.getvalue()
        assert out.getvalue().count("[CORRECTION]") == 1
        from bot.dispatch import Dispatcher
        from bot.limits import Limits

        plan = Dispatcher(archive, None, limits=Limits(), clock=lambda: NOW).plan(NOW)  # type: ignore[arg-type]
    assert {item.chat_id for item in plan} == {"1001", "1002"}
    assert all(item.digest and item.text.startswith("<b>History of ") for item in plan)
    assert sorted(len(item.alert_ids) for item in plan) == [events, events]
    again = backfill(db, site, seeds, alert=True)
    assert again.alerts == 0, "a second run queues nothing"


def test_a_dead_archive_is_one_error_and_the_backfill_goes_on(site: DemoSite, tmp_path: Path) -> None:
    seeds = seeds_for(site, tmp_path / "seeds")
    result = backfill(tmp_path / "a.db", site, seeds, address="http://127.0.0.1:9/web")
    assert result.status == "partial"
    assert list(result.errors) == ["archive http://127.0.0.1:9"], result.errors
    assert "cannot connect" in result.errors["archive http://127.0.0.1:9"]
    # What the archive could not give, the outlets did: their pages today, with their own published dates.
    assert result.stats["outlet_pages"] >= 6
    with Archive(tmp_path / "a.db") as archive:
        assert archive.scalar("SELECT count(*) FROM articles WHERE published < '2022-05'") >= 6
        read = archive.all("SELECT DISTINCT v.via, s.source, v.seen_at FROM article_versions v"
                           " JOIN version_sources s ON s.version_id = v.id")
        job = archive.one("SELECT status, errors FROM backfill_jobs")
    assert read == [{"via": "page", "source": "outlet", "seen_at": NOW.isoformat(timespec="seconds")}]
    assert job is not None and job["status"] == "partial" and "127.0.0.1:9" in job["errors"]


def test_a_slow_archive_is_one_error_too(server: LoopbackServer, site: DemoSite, tmp_path: Path) -> None:
    seeds = seeds_for(site, tmp_path / "seeds")
    server.fallback = Route(b"[]", content_type="application/json", delay=3.0)
    started = time.monotonic()
    result = backfill(tmp_path / "a.db", site, seeds, address=server.url("/web"), timeout=0.5)
    assert list(result.errors) == [f"archive {server.base}"]
    assert "timed out" in result.errors[f"archive {server.base}"]
    assert time.monotonic() - started < 20  # given up on, not waited for capture by capture
    assert result.stats["outlet_pages"] >= 6


def _report_html(site: DemoSite, stage: int) -> bytes:
    return render_page(site.story.outlet("reuters"), published_at(site.story, stage)["reuters-report"], site.base)


def test_a_recorded_internet_archive_answer_and_a_429_with_retry_after(server: LoopbackServer, site: DemoSite,
                                                                       tmp_path: Path) -> None:
    """The Internet Archive's own JSON (header row, a resume key at the end) from a loopback server that first
    answers 429 with Retry-After: 1; the client waits as told, then reads both captures."""
    url = site.url(REPORT_PATH)
    layout = layout_of(server.base)
    recorded = json.dumps([
        ["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"],
        ["1,0,0,127)" + REPORT_PATH, "20220422103512", url, "text/html", "200", "3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ",
         "61204"],
        ["1,0,0,127)" + REPORT_PATH, "20220428160533", url, "text/html", "200", "QK2Q6W7ZUFZ3OYPPEY4DXMZYHNHO6EXO",
         "61876"],
        [], ["1,0,0,127)" + REPORT_PATH + " 20220428160534"]]).encode()
    # As the request reaches the server: aiohttp sends ':' and '/' in a query unescaped.
    cdx = unquote(layout.query(url, start=APRIL[0], end=APRIL[1]).removeprefix(server.base))
    server.route(cdx, Route(b"slow down", status=429, content_type="text/plain", headers={"Retry-After": "1"},
                            then=Route(recorded, content_type="application/json")))
    for stamp, stage in (("20220422103512", 0), ("20220428160533", 3)):
        server.route(layout.capture_url(stamp, url).removeprefix(server.base),
                     Route(_report_html(site, stage), content_type="text/html; charset=utf-8"))
    watch = Watch(name="w", title="Binance and Russia", query=Query(all_of=(("binance",),), any_of=("fsb",)),
                  origins=(Origin("report", "Reuters", "Special Report", url),))
    with Archive(tmp_path / "a.db") as archive:
        result = run_backfill(archive, "w", [watch], Sites(), *APRIL, alert=False,
                              fetcher_factory=lambda: make_fetcher(timeout=5.0), clock=lambda: NOW,
                              politeness=Politeness(interval=0.0), address=server.base)
        seen = [r["seen_at"] for r in archive.all("SELECT seen_at FROM article_versions ORDER BY seen_at")]
        kinds = [r["kind"] for r in archive.all("SELECT kind FROM events ORDER BY detected_at")]
    assert result.status == "done" and not result.errors, result.errors
    assert seen == ["2022-04-22T10:35:12+00:00", "2022-04-28T16:05:33+00:00"]
    assert "correction" in kinds
    asked = [i for i, (path, _) in enumerate(server.requests) if path == cdx]
    assert len(asked) == 2 and server.times[asked[1]] - server.times[asked[0]] >= 1.0  # Retry-After honoured


def _run_cli(db: Path, seeds: Path, site: DemoSite, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "STORYWATCH_WAYBACK_URL": archive_url(site)}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    return subprocess.Popen([sys.executable, "-m", "monitor", "--db", str(db), "--seeds", str(seeds), "backfill",
                             WATCH, "--from", "2022-04-01", "--to", "2022-04-30", *extra], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _stored(db: Path) -> int:
    """Versions stored so far, read without migrating (the backfill being watched may be creating the file)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM version_sources").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_killed_with_sigkill_then_resumed_without_a_duplicate(site: DemoSite, tmp_path: Path) -> None:
    seeds = seeds_for(site, tmp_path / "seeds")
    reference = tmp_path / "reference.db"
    backfill(reference, site, seeds)
    db = tmp_path / "a.db"
    site.paths.clear()
    proc = _run_cli(db, seeds, site, "--pace", "0.15")
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            time.sleep(0.1)
            if _stored(db) >= 3:
                break
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    with Archive(db) as archive:
        job = archive.one("SELECT status, cursor FROM backfill_jobs")
        partway = archive.scalar("SELECT count(*) FROM version_sources")
    assert job is not None and job["status"] == "running" and json.loads(job["cursor"])["stage"] == "history"
    assert 3 <= partway < _counts(reference)["sources"]
    killed_fetches = [p for p in site.paths if "/wayback/web/" in p]
    site.paths.clear()
    resumed = _run_cli(db, seeds, site, "--pace", "0")
    out, err = resumed.communicate(timeout=60)
    assert resumed.returncode == 0, err
    assert "(resumed)" in out and out.strip().endswith(": done")
    assert _counts(db) == _counts(reference)
    # Every capture fetched once over both runs, but for at most the one in flight when the first was killed.
    fetched = killed_fetches + [p for p in site.paths if "/wayback/web/" in p]
    assert len(fetched) - len(set(fetched)) <= 1
    assert len(set(fetched)) == _counts(reference)["sources"]


def test_an_outlet_page_robots_txt_disallows_is_read_from_its_newest_capture(server: LoopbackServer, site: DemoSite,
                                                                            tmp_path: Path) -> None:
    """Never captured in the range, and disallowed to crawlers by its site: the newest capture, from May."""
    url = server.url("/private" + REPORT_PATH)
    server.route("/robots.txt", Route(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"))
    server.route("/private" + REPORT_PATH, Route(_report_html(site, 0), content_type="text/html"))
    layout = layout_of(server.url("/archive/web"))
    server.route(unquote(layout.query(url, start=APRIL[0], end=APRIL[1]).removeprefix(server.base)),
                 Route(b"[]", content_type="application/json"))
    later = json.dumps([["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"],
                        ["x", "20220510090000", url, "text/html", "200", "BBBB", "1"]]).encode()
    server.route(unquote(layout.query(url).removeprefix(server.base)), Route(later, content_type="application/json"))
    server.route(layout.capture_url("20220510090000", url).removeprefix(server.base),
                 Route(_report_html(site, 3), content_type="text/html"))
    watch = Watch(name="w", title="Binance and Russia", query=Query(all_of=(("binance",),), any_of=("fsb",)),
                  origins=(Origin("report", "Reuters", "Special Report", url),))
    with Archive(tmp_path / "a.db") as archive:
        result = run_backfill(archive, "w", [watch], Sites(), *APRIL, alert=False,
                              fetcher_factory=lambda: make_fetcher(timeout=5.0), clock=lambda: NOW,
                              politeness=Politeness(interval=0.0), address=server.url("/archive/web"))
        outcome = archive.scalar("SELECT outcome FROM backfill_candidates")
        seen = archive.all("SELECT v.seen_at, s.source FROM article_versions v JOIN version_sources s"
                           " ON s.version_id = v.id")
    assert result.status == "done" and not result.errors, result.errors
    assert "/private" + REPORT_PATH not in [p for p, _ in server.requests], "robots.txt is obeyed"
    assert outcome == "robots.txt disallows it; newest capture: stored"
    assert seen == [{"seen_at": "2022-05-10T09:00:00+00:00", "source": "archive"}]
