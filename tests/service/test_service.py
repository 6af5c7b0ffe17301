"""`storywatch run` on loopback, as a real child process: schedules, children, the lock, clean stops."""

from __future__ import annotations

import fcntl
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from monitor.archive.alerts import outbox_counts
from monitor.archive.db import Archive
from monitor.archive.subscribers import set_console_subscriber
from monitor.clock import utcnow
from monitor.collect.fetch import make_fetcher
from monitor.collect.poll import poll
from monitor.seeds import load_watches
from tests.support.crawling import write_watch
from tests.support.loopback import LoopbackServer, Route
from tests.support.pages import PARAGRAPHS, article_html
from tests.support.story import binance_feed, write_seed

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN", "STORYWATCH_DB")}
    env["PYTHONPATH"] = str(REPO)
    return env


def wait_for(check: Callable[[], object], what: str, deadline: float = 20.0) -> None:
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if check():
            return
        time.sleep(0.1)
    raise AssertionError(f"gave up waiting for {what}")


class Run:
    """`storywatch run` in a subprocess with its stdout and stderr in files."""

    def __init__(self, tmp: Path, seeds: Path, config: str, name: str = "run", env: dict[str, str] | None = None):
        self.tmp, self.seeds, self.db = tmp, seeds, tmp / "a.db"
        self.cfg = tmp / f"{name}.toml"
        self.cfg.write_text(config, encoding="utf-8")
        self.out, self.err = tmp / f"{name}.out", tmp / f"{name}.err"
        self.proc = subprocess.Popen(self.argv("run", "--config", str(self.cfg)), cwd=REPO, env=env or _env(),
                                     stdout=self.out.open("w"), stderr=self.err.open("w"))

    def argv(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "monitor", "--db", str(self.db), "--seeds", str(self.seeds), *args]

    def logs(self) -> list[dict]:
        """The service's JSON log lines (its children's own output, a crawl's, shares the stream: skipped)."""
        found = []
        for line in self.err.read_text().splitlines():
            if line.startswith('{"'):
                try:
                    found.append(json.loads(line))
                except ValueError:
                    pass
        return found

    def rows(self, sql: str) -> list[tuple]:
        if not self.db.exists():
            return []
        conn = sqlite3.connect(self.db, timeout=30)
        try:
            return conn.execute(sql).fetchall()
        except sqlite3.OperationalError:
            return []  # the schema is not there yet
        finally:
            conn.close()

    def stop(self) -> int:
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=30)


@pytest.fixture
def feed(server: LoopbackServer, tmp_path: Path) -> Iterator[tuple[LoopbackServer, Path]]:
    url = server.route("/reuters.xml", Route(binance_feed()))
    yield server, write_seed(tmp_path / "seeds", [url])


def test_run_polls_and_crawls_on_schedule_and_refuses_a_second_instance(feed: tuple[LoopbackServer, Path],
                                                                         tmp_path: Path) -> None:
    _, seeds = feed
    marker = tmp_path / "crawled.txt"
    run = Run(tmp_path, seeds, f"""
[service]
builtin_crawls = false
[poll]
interval = 1
[[crawl]]
name = "news_sitemap"
cron = "*/2 * * * * *"
command = ["{{python}}", "-c", "import sys; open(sys.argv[1], 'a').write(sys.argv[2] + chr(10))",
           "{marker}", "{{name}}"]
[bot]
enabled = "true"
command = ["{{python}}", "-c", "import sys; sys.exit(3)"]
[children]
restart_base = 0.3
""")
    try:
        wait_for(lambda: len(run.rows("SELECT id FROM runs WHERE kind = 'poll' AND status = 'ok'")) >= 2,
                 "two poll cycles")
        wait_for(lambda: marker.exists() and marker.read_text().count("news_sitemap") >= 1, "a crawl")
        wait_for(lambda: sum(1 for r in run.logs() if r["msg"].startswith("child crashed")) >= 2, "bot restarts")

        second = subprocess.run(run.argv("run", "--config", str(run.cfg)), cwd=REPO, env=_env(),
                                capture_output=True, text=True, timeout=30)
        assert second.returncode == 3 and "already running" in second.stderr and str(run.proc.pid) in second.stderr

        status = json.loads(subprocess.run(run.argv("status", "--json"), cwd=REPO, env=_env(), capture_output=True,
                                           text=True, timeout=30).stdout)["service"]
        assert status["running"] and status["pid"] == run.proc.pid
        parts = {p["name"]: p for p in status["parts"]}
        assert parts["poll"]["next_fire"] and parts["crawl:news_sitemap"]["next_fire"]
        assert parts["crawl:news_sitemap"]["schedule"] == "cron */2 * * * * *"
    finally:
        assert run.stop() == 0
    logs = run.logs()
    polls = [r for r in logs if r["msg"] == "poll finished"]
    assert len(polls) >= 2 and polls[0]["new"] == 3
    crashes = [r for r in logs if r["msg"].startswith("child crashed") and r["child"] == "bot"]
    assert [c["restart_in_s"] for c in crashes[:2]] == [0.3, 0.6]  # backoff doubles
    assert logs[-1]["msg"] == "service stopped cleanly"
    assert run.rows("SELECT count(*) FROM runs WHERE status = 'running'") == [(0,)]
    assert run.rows("SELECT state FROM service_state WHERE name = 'service'") == [("stopped",)]
    fd = os.open(tmp_path / "a.db.lock", os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # released: this would raise otherwise
    os.close(fd)


def test_sigterm_during_a_poll_lets_it_commit(server: LoopbackServer, tmp_path: Path) -> None:
    fast = server.route("/fast.xml", Route(binance_feed()))
    slow = server.route("/slow.xml", Route(binance_feed(corrected=True).replace(b"reuters-binance-1", b"slow-1")
                                           .replace(b"binance-russia-2022", b"binance-russia-slow"), delay=2.0))
    seeds = write_seed(tmp_path / "seeds", [fast, slow])
    run = Run(tmp_path, seeds, "[poll]\ninterval = 3600\n[service]\nbuiltin_crawls = false\n")
    wait_for(lambda: run.rows("SELECT id FROM runs WHERE status = 'running'"), "a poll in progress")
    assert run.stop() == 0
    assert run.rows("SELECT status FROM runs") == [("ok",)]
    assert run.rows("PRAGMA integrity_check") == [("ok",)]
    # The slow feed's articles (fetched after the signal) are in, each with its version.
    assert run.rows("SELECT count(*) FROM articles WHERE url LIKE '%binance-russia-slow%'") == [(1,)]
    assert run.rows("SELECT count(*) FROM articles a WHERE NOT EXISTS"
                    " (SELECT 1 FROM article_versions v WHERE v.article_id = a.id)") == [(0,)]


def test_a_restarted_run_delivers_what_was_pending(server: LoopbackServer, tmp_path: Path) -> None:
    url = server.route("/reuters.xml", Route(binance_feed()))
    seeds = write_seed(tmp_path / "seeds", [url])
    db = tmp_path / "a.db"
    watches = load_watches(seeds)
    with Archive(db) as archive:  # a run that detected the correction and stopped before delivering it
        set_console_subscriber(archive, watches, utcnow(), active=True)
        poll(archive, watches, lambda: make_fetcher(timeout=5), utcnow)
        server.route("/reuters.xml", Route(binance_feed(corrected=True)))
        poll(archive, watches, lambda: make_fetcher(timeout=5), utcnow, include_not_due=True)  # not due for 15 min
        assert outbox_counts(archive) == {"pending": 1}
    run = Run(tmp_path, seeds, "[poll]\ninterval = 3600\n[service]\nbuiltin_crawls = false\n")
    try:
        wait_for(lambda: "[CORRECTION]" in run.out.read_text(), "the pending alert on the console")
        wait_for(lambda: run.rows("SELECT status FROM alerts") == [("sent",)], "the alert marked sent")
    finally:
        assert run.stop() == 0
    assert run.out.read_text().count("[CORRECTION]") == 1


def test_scheduled_crawls_run_and_store_their_pages(server: LoopbackServer, tmp_path: Path) -> None:
    """The service's crawl path end to end: a crawl scheduled every few seconds runs `storywatch crawl` as a
    child (the default command), which records its run and stores the page. The page is on loopback, which
    only the configuration's [fetch] allow_networks allows: the service hands its policy to the child."""
    page = server.route("/statement", Route(article_html(PARAGRAPHS), content_type="text/html; charset=utf-8"))
    seeds = write_watch(tmp_path / "seeds", sources=f'[[sources]]\nname = "p"\ntype = "page"\nurl = "{page}"\n')
    env = {k: v for k, v in _env().items() if k != "STORYWATCH_ALLOW_NETWORKS" and "proxy" not in k.lower()}
    run = Run(tmp_path, seeds, """
[poll]
interval = 3600
[[crawl]]
name = "article"
cron = "*/3 * * * * *"
[fetch]
allow_networks = ["127.0.0.1/32"]
""", env=env)
    try:
        wait_for(lambda: run.rows("SELECT id FROM runs WHERE kind = 'crawl' AND status = 'ok'"), "a crawl run", 60)
        wait_for(lambda: run.rows("SELECT state FROM service_state WHERE name = 'crawl:article'") == [("done",)],
                 "the crawl child's exit", 30)
    finally:
        assert run.stop() == 0
    assert run.rows("SELECT link, title FROM articles") == [
        (page, "Special Report: How crypto giant Binance built ties to a Russian FSB-linked agency")]
    assert run.rows("SELECT via FROM article_versions") == [("page",)]
    stats = json.loads(run.rows("SELECT stats FROM runs WHERE kind = 'crawl' ORDER BY id LIMIT 1")[0][0])
    assert stats["spider"] == "article" and stats["storywatch/stored/new"] == 1
    started = [r for r in run.logs() if r["msg"] == "child started" and r["child"] == "crawl:article"]
    assert started and "crawl" in started[0]["argv"] and "article" in started[0]["argv"]
    assert not [r for r in run.logs() if r["msg"] == "job raised"], "no scheduled job failed"


def test_the_service_runs_the_deliver_worker_when_a_channel_exists(server: LoopbackServer, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from monitor.cli.main import cli
    from tests.support.receivers import Receivers

    url = server.route("/reuters.xml", Route(binance_feed(corrected=True)))
    seeds = write_seed(tmp_path / "seeds", [url])
    secrets = tmp_path / "secrets.json"
    monkeypatch.setenv("STORYWATCH_SECRETS", str(secrets))
    rx = Receivers().start()
    try:
        added = CliRunner().invoke(cli, ["--db", str(tmp_path / "a.db"), "--seeds", str(seeds), "notify", "add",
                                         rx.url("/hook"), "--watch", "binance-russia-data"])
        assert added.exit_code == 0, added.output
        run = Run(tmp_path, seeds, "[poll]\ninterval = 3600\n")
        try:
            wait_for(lambda: rx.at("/hook"), "the webhook to receive the correction", 40)
            wait_for(lambda: run.rows("SELECT status FROM alerts") == [("sent",)], "the alert marked sent")
        finally:
            assert run.stop() == 0
    finally:
        rx.stop()
    assert rx.at("/hook")[0].json()["event"]["kind"] == "correction"
    assert "[CORRECTION]" not in run.out.read_text(), "the console yields to the configured channel"
    assert any(r["msg"] == "child started" and r["child"] == "deliver" for r in run.logs())
