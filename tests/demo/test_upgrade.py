"""Upgrading never re-alerts or re-versions: an archive made by the previous release (the demo of commit
b7fa3b6, then a re-visit crawl of every page, both run from that commit's code in subprocesses, with its alerts
sent) is opened by this release (its migrations re-key the URLs and recompute hashes and event keys), then
polled and every page fetched again in full on the same site: 0 new alerts, versions, events or articles."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path

import pytest

from monitor.archive.db import Archive
from monitor.clock import utcnow
from monitor.collect.fetch import make_fetcher
from monitor.collect.poll import poll
from monitor.seeds import load_watches

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
PREVIOUS = "b7fa3b6"  # the last release before URL keys kept their scheme (0011_url_keys)
COUNTS = ("SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM article_versions) AS versions,"
          " (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM alerts) AS alerts,"
          " (SELECT count(*) FROM alerts WHERE status = 'sent') AS sent")


def _previous_release(into: Path) -> Path:
    """The previous release's tree, from git (skips where the history is not there: a shallow clone)."""
    done = subprocess.run(["git", "-C", str(REPO), "archive", PREVIOUS], capture_output=True, timeout=60,
                          check=False)
    if done.returncode != 0:
        pytest.skip(f"commit {PREVIOUS} is not in this checkout's history: {done.stderr.decode()[:200]}")
    with tarfile.open(fileobj=BytesIO(done.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env(tree: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN", "STORYWATCH_DB")}
    env["PYTHONPATH"] = str(tree)
    return env


def _crawl(tree: Path, db: Path, seeds: Path, spider: str) -> None:
    done = subprocess.run([sys.executable, "-m", "monitor", "--db", str(db), "--seeds", str(seeds), "crawl", spider,
                           "--no-deliver", "-s", "STORYWATCH_MAX_AGE_DAYS=36500", "-s", "DOWNLOAD_DELAY=0",
                           "-s", "AUTOTHROTTLE_ENABLED=0"], cwd=tree, env=_env(tree), capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]


def _all_due(db: Path) -> dict[int, int]:
    """Every tracked page due now and fetched in full (no validators): what a release reads of it, it reads.
    Returns each tracked article's visits so far."""
    with sqlite3.connect(db) as conn:  # plain SQL: opening an Archive would migrate it
        conn.execute("UPDATE revisits SET next_visit = first_seen, etag = NULL, last_modified = NULL")
        return dict(conn.execute("SELECT article_id, visits FROM revisits").fetchall())


_OLD_SITE = """
import sys, time
from pathlib import Path
from monitor.demo.replay import demo_seed_text
from monitor.demo.site import DemoSite
from monitor.demo.story import load_story
from monitor.seeds import default_seeds_dir, load_watches
seeds = {w.name: w for w in load_watches(default_seeds_dir())}
story = load_story(seed_text=lambda name: seeds[name].seed_text)
with DemoSite(story, port=int(sys.argv[1])) as site:
    site.show(len(story.stages) - 1)
    shipped = default_seeds_dir() / f"{story.watch}.toml"
    (Path(sys.argv[2]) / shipped.name).write_text(demo_seed_text(shipped, story, site), encoding="utf-8")
    print("ready", flush=True)
    time.sleep(3600)
"""


@contextmanager
def _previous_site(tree: Path, port: int, seeds: Path) -> Iterator[None]:
    """The previous release's demo site, as its demo left it (the same pages and feeds), on `port`; its watch
    file, pointed at that site, written to `seeds`."""
    seeds.mkdir()
    proc = subprocess.Popen([sys.executable, "-c", _OLD_SITE, str(port), str(seeds)], cwd=tree, env=_env(tree),
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        yield
    finally:
        proc.kill()
        proc.wait(timeout=10)


def test_upgrading_an_archive_of_the_previous_release(tmp_path: Path) -> None:
    old = _previous_release(tmp_path / "previous")
    db, port = tmp_path / "demo.db", _free_port()
    made = subprocess.run([sys.executable, "-m", "monitor", "demo", "--db", str(db), "--pace", "0", "--port",
                           str(port)], cwd=old, env=_env(old), capture_output=True, text=True, timeout=300,
                          check=False)
    assert made.returncode == 0, made.stdout[-2000:] + made.stderr[-2000:]
    folder = tmp_path / "seeds"
    with _previous_site(old, port, folder):
        # The previous release reads every page it tracks or matched (its demo crawls only the sitemap).
        _all_due(db)
        _crawl(old, db, folder, "revisit")
        with Archive(db) as archive:  # this release: the migrations run here
            before = archive.one(COUNTS)
            assert archive.scalar("SELECT count(*) FROM articles WHERE url LIKE 'https://127.0.0.1:%'") == 0
            assert archive.scalar("SELECT count(*) FROM url_rekeys WHERE note = 're-keyed'") == before["articles"]
            watches = load_watches(folder)
            summary = poll(archive, watches, lambda: make_fetcher(timeout=10.0), utcnow, include_not_due=True)
            totals = summary.totals()
            assert totals.get("new", 0) == 0 and totals.get("updated", 0) == 0, summary.line()
        assert before["sent"] > 0 and before["versions"] > before["articles"]
        tracked = _all_due(db)
        assert tracked, "the previous release tracked pages to re-visit"
        for spider in ("revisit", "news_sitemap"):
            _crawl(REPO, db, folder, spider)
    with Archive(db) as archive:
        after = archive.one(COUNTS)
        visits = {r["article_id"]: r for r in archive.all("SELECT article_id, visits, last_status FROM revisits")}
    assert set(visits) == set(tracked)
    assert all(visits[a]["visits"] > n and visits[a]["last_status"] == 200 for a, n in tracked.items()), \
        "every tracked page was fetched again, in full"
    assert after == before, (before, after)
