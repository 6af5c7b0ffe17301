"""The walking skeleton end to end on loopback: poll, archive, match, detect, outbox, console delivery."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.archive.alerts import outbox_counts
from monitor.archive.db import Archive
from monitor.archive.sources import list_sources
from monitor.archive.subscribers import set_console_subscriber
from monitor.cli.main import cli
from monitor.clock import utcnow
from monitor.collect.fetch import BACKENDS, make_fetcher
from monitor.collect.poll import poll
from monitor.seeds import load_watches
from tests.support.loopback import LoopbackServer, Route
from tests.support.story import CORRECTION_NOTE, binance_feed, rss, write_seed

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]


def run_cli(*args: str, db: Path, seeds: Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), "--seeds", str(seeds), *args], catch_exceptions=False)
    return result.exit_code, result.stdout


def test_correction_alerts_exactly_once(server: LoopbackServer, tmp_path: Path) -> None:
    url = server.route("/reuters.xml", Route(binance_feed()))
    seeds = write_seed(tmp_path / "seeds", [url])
    db = tmp_path / "a.db"

    code, out = run_cli("poll", db=db, seeds=seeds)
    assert code == 0, out
    assert "3 new" in out and "0 follow-ups" in out
    assert "[" not in out.split("follow-ups", 1)[1], "no alert before any correction"  # no label printed

    # The seed post demands an apology and a market story says "correction": neither is a follow-up.
    with Archive(db) as archive:
        assert archive.one("SELECT count(*) AS n FROM events")["n"] == 0
        rows = archive.all("SELECT a.title FROM matches m JOIN articles a ON a.id = m.article_id")
        matched = {r["title"] for r in rows}
    assert "Special Report: How crypto giant Binance built ties to a Russian FSB-linked agency" in matched
    assert "Bitcoin slides into market correction as Binance volumes fall" not in matched

    # Reuters adds a correction note to the same item: a new version, one event, one console alert.
    server.route("/reuters.xml", Route(binance_feed(corrected=True)))
    code, out = run_cli("poll", "--all", db=db, seeds=seeds)
    assert code == 0, out
    assert out.count("[CORRECTION]") == 1
    assert CORRECTION_NOTE in out
    assert "1 updated" in out

    # Polling again: the server answers 304, nothing new, no alert.
    code, out = run_cli("poll", "--all", db=db, seeds=seeds)
    assert "[CORRECTION]" not in out
    assert "1 not modified" in out
    with Archive(db) as archive:
        assert archive.one("SELECT count(*) AS n FROM articles")["n"] == 3
        assert archive.one("SELECT count(*) AS n FROM article_versions")["n"] == 4
        sent = archive.all("SELECT status, message_id FROM alerts")
    assert len(sent) == 1 and sent[0]["status"] == "sent" and sent[0]["message_id"]


def test_crash_between_poll_and_delivery_still_alerts_once(server: LoopbackServer, tmp_path: Path) -> None:
    url = server.route("/reuters.xml", Route(binance_feed(corrected=True)))
    seeds = write_seed(tmp_path / "seeds", [url])
    db = tmp_path / "a.db"
    watches = load_watches(seeds)
    # A process that polls, commits, and dies before delivering: the outbox row is all it leaves.
    archive = Archive(db)
    set_console_subscriber(archive, watches, utcnow(), active=True)
    poll(archive, watches, make_fetcher, utcnow)
    archive.close()
    with Archive(db) as archive:
        assert outbox_counts(archive) == {"pending": 1}

    # A fresh process (the real console script) delivers it once; the next one delivers nothing.
    env_cmd = [sys.executable, "-m", "monitor", "--db", str(db), "--seeds", str(seeds), "poll"]
    first = subprocess.run(env_cmd, capture_output=True, text=True, timeout=60, check=True)
    second = subprocess.run(env_cmd, capture_output=True, text=True, timeout=60, check=True)
    assert first.stdout.count("[CORRECTION]") == 1
    assert second.stdout.count("[CORRECTION]") == 0
    with Archive(db) as archive:
        assert outbox_counts(archive) == {"sent": 1}


@pytest.mark.parametrize("http", BACKENDS)
def test_bad_sources_do_not_stop_the_run(server: LoopbackServer, tmp_path: Path, http: str) -> None:
    good = server.route("/good.xml", Route(binance_feed()))
    urls = [
        good,
        server.route("/500.xml", Route(b"oops", status=500, content_type="text/plain")),
        server.url("/missing.xml"),
        server.route("/empty.xml", Route(b"")),
        server.route("/html.xml", Route(b"<!DOCTYPE html><html><head><link rel='alternate' "
                                        b"type='application/rss+xml' href='/real.xml'></head></html>",
                                        content_type="text/html")),
        server.route("/broken.xml", Route(b"<rss><channel><title>x</title><item><title>a")),
        "http://127.0.0.1:9/unreachable.xml",
    ]
    seeds = write_seed(tmp_path / "seeds", urls)
    db = tmp_path / "a.db"
    code, out = run_cli("poll", "--json", "--http", http, db=db, seeds=seeds)
    assert code == 0, out
    report = json.loads(out[out.index("{"):])
    by_url = {s["url"]: s for s in report["sources"]}
    assert by_url[good]["status"] == "ok" and by_url[good]["new"] == 3
    assert "HTTP 500" in by_url[urls[1]]["error"]
    assert "HTTP 404" in by_url[urls[2]]["error"]
    assert "empty body" in by_url[urls[3]]["error"]
    assert "HTML page" in by_url[urls[4]]["error"] and "/real.xml" in by_url[urls[4]]["error"]
    assert by_url[urls[5]]["status"] in ("ok", "failed")  # truncated XML: kept if it has entries, else reported
    assert "cannot connect" in by_url[urls[6]]["error"]
    with Archive(db) as archive:
        rows = {r["url"]: r for r in list_sources(archive)}
    for failing in (urls[1], urls[2], urls[3], urls[4], urls[6]):
        assert rows[failing]["last_error"] and rows[failing]["consecutive_failures"] == 1
    assert rows[good]["last_error"] is None and rows[good]["etag"]


@pytest.mark.parametrize("path", ["feeds"])
def test_every_corpus_feed_in_one_run(server: LoopbackServer, corpus: Path, tmp_path: Path, path: str) -> None:
    files = sorted(p for p in (corpus / path).rglob("*") if p.is_file())
    urls = []
    for i, file in enumerate(files):
        urls.append(server.route(f"/{i}/{file.name}", Route(file.read_bytes(), content_type="application/xml")))
    seeds = write_seed(tmp_path / "seeds", urls)
    code, out = run_cli("poll", "--json", db=tmp_path / "a.db", seeds=seeds)
    assert code == 0, out
    report = json.loads(out[out.index("{"):])
    by_name = {s["url"].rsplit("/", 1)[1]: s for s in report["sources"]}
    assert len(by_name) == len(files)
    assert by_name["coindesk.rss"]["new"] == 25
    assert by_name["guardian.rss"]["new"] >= 50
    assert by_name["heise.atom"]["status"] == "ok"
    assert "HTML page" in by_name["not-a-feed-document-moved.html"]["error"]
    assert "empty body" in by_name["rss_empty_document.xml"]["error"] or by_name["rss_empty_document.xml"]["status"]
    # The truncated Reuters feed is malformed but its entries are kept.
    assert by_name["reuters-most-read-truncated.xml"]["status"] == "ok"
    with Archive(tmp_path / "a.db") as archive:
        failing = archive.all("SELECT url, last_error FROM sources WHERE last_error IS NOT NULL")
    assert all(row["last_error"] for row in failing)
    assert {r["url"] for r in failing} == {s["url"] for s in report["sources"] if s["status"] == "failed"}


def test_rss_builder_is_a_feed() -> None:
    assert b"<rss" in rss([{"title": "t", "link": "https://x.example/a"}])


# What a cron poll must not load: the other commands' worlds, and (when nothing changed) the parsing side.
NEVER = ("monitor.demo", "monitor.service", "monitor.cli.ops", "monitor.cli.bot", "monitor.cli.crawl", "bot", "spiders",
         "scrapy", "twisted", "telegram", "datasette", "httpx")
PARSING = ("feedparser", "lxml", "monitor.collect.prepare", "monitor.collect.feeds", "monitor.detect.followups",
           "monitor.detect.query", "sqlite_utils", "multiprocessing", "concurrent.futures.process")
# What only new entries, a migration, a site's selectors or an alert need: a run of 304s loads none of it.
UNCHANGED = ("w3lib", "cssselect", "ctypes", "monitor.archive.rekey", "monitor.archive.normalise",
             "monitor.archive.views", "monitor.deliver")


def _poll_process(db: Path, seeds: Path) -> tuple[dict[str, int], set[str]]:
    """`python -X importtime -m monitor poll --all --json` as cron runs it: its totals and the modules it imported."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "monitor", "--db", str(db), "--seeds", str(seeds),
                           "poll", "--all", "--json"], cwd=REPO, capture_output=True, text=True, check=True)
    imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    return json.loads(done.stdout)["totals"], imported


def _within(modules: set[str], packages: tuple[str, ...]) -> set[str]:
    return {m for m in modules if any(m == p or m.startswith(p + ".") for p in packages)}


def test_a_poll_of_304s_starts_no_parser_process_and_loads_no_parser(server: LoopbackServer, tmp_path: Path) -> None:
    urls = [server.route(f"/feed{i}.xml", Route(binance_feed())) for i in range(3)]
    seeds = write_seed(tmp_path / "seeds", urls)
    db = tmp_path / "a.db"
    cold, imported = _poll_process(db, seeds)
    assert cold["sources_ok"] == 3 and cold["new"] > 0 and cold["parser_processes"] == 2
    assert not _within(imported, NEVER)
    warm, imported = _poll_process(db, seeds)
    assert warm["sources_not_modified"] == 3 and warm.get("new", 0) == 0
    assert warm["parser_processes"] == 0
    assert not _within(imported, NEVER + PARSING + UNCHANGED)


def test_a_run_that_must_parse_launches_the_parsers_early_and_a_run_of_304s_does_not(
        server: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A source never fetched cannot answer 304: the parsers' forkserver is launched before the first fetch, so its
    imports overlap the fetching. Once every source holds validators or keeps failing, nothing is launched ahead."""
    from monitor.collect.parse_pool import Parsers

    launched: list[int] = []
    monkeypatch.setattr(Parsers, "expect_bodies", lambda self: launched.append(self.workers))
    urls = [server.route(f"/early{i}.xml", Route(binance_feed())) for i in range(2)]
    seeds = write_seed(tmp_path / "seeds", [*urls, server.url("/gone.xml")])
    watches = load_watches(seeds)
    with Archive(tmp_path / "a.db") as archive:
        cold = poll(archive, watches, make_fetcher, utcnow, parse_workers=0).totals()
        assert cold["sources_ok"] == 2 and cold["sources_failed"] == 1 and launched == [0]
        warm = poll(archive, watches, make_fetcher, utcnow, include_not_due=True, parse_workers=0).totals()
        assert warm["sources_not_modified"] == 2 and warm["sources_failed"] == 1 and launched == [0]


PARSER_SIDE = ("feedparser", "lxml", "monitor.collect.prepare", "monitor.collect.feeds", "monitor.detect.followups",
               "monitor.detect.query", "monitor.detect.lexicon")
RUN_AND_LIST_MODULES = ("import json, sys\nfrom monitor.cli.main import cli\ncli(sys.argv[1:], standalone_mode=False)\n"
                        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)")


def test_a_cold_poll_leaves_the_parsing_side_to_the_parser_processes(server: LoopbackServer, tmp_path: Path) -> None:
    """What a parser process hands back unpickles without the parsing side: the poller that stores it never
    imports feedparser, lxml, the matcher or the detectors (about 120 modules, 0.3 s of CPU)."""
    urls = [server.route(f"/side{i}.xml", Route(binance_feed(corrected=True))) for i in range(3)]
    seeds = write_seed(tmp_path / "seeds", urls)
    done = subprocess.run([sys.executable, "-c", RUN_AND_LIST_MODULES, "--db", str(tmp_path / "a.db"), "--seeds",
                           str(seeds), "poll", "--all", "--json"], cwd=REPO, capture_output=True, text=True, check=True)
    totals = json.loads(done.stdout[done.stdout.index("{"):])["totals"]
    assert totals["new"] > 0 and totals["events"] > 0 and totals["parser_processes"] == 2
    assert not _within(set(json.loads(done.stderr.splitlines()[-1])), PARSER_SIDE)
