"""One poll of an archive at a time (a cron `storywatch poll` and the service's never overlap), and a poll
run left 'running' by a killed process is marked interrupted by the next poll."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from monitor.archive.db import Archive
from monitor.archive.locks import poll_lock
from monitor.archive.sources import add_source
from monitor.clock import utcnow
from monitor.collect.fetch import make_fetcher
from monitor.collect.poll import poll
from monitor.errors import LockedError
from tests.support.loopback import LoopbackServer, Route
from tests.support.story import REPO, binance_feed, write_seed

pytestmark = pytest.mark.integration


def test_a_second_poll_of_the_same_archive_is_refused_clearly(server: LoopbackServer, tmp_path: Path) -> None:
    url = server.route("/feed.xml", Route(binance_feed()))
    db = tmp_path / "a.db"
    archive = Archive(db)
    with archive.write():
        add_source(archive, url, utcnow())
    with poll_lock(db), pytest.raises(LockedError, match=f"another poll of {db} is running \\(pid {os.getpid()}"):
        poll(archive, [], make_fetcher, utcnow, include_not_due=True, parse_workers=0)
    assert archive.one("SELECT count(*) AS n FROM runs")["n"] == 0, "a refused poll records no run"
    summary = poll(archive, [], make_fetcher, utcnow, include_not_due=True, parse_workers=0)  # the lock is free again
    assert summary.totals()["new"] == 3
    archive.close()


def test_a_killed_polls_run_is_marked_interrupted_by_the_next(server: LoopbackServer, tmp_path: Path) -> None:
    url = server.route("/feed.xml", Route(binance_feed(), delay=30))  # a feed that keeps the poll waiting
    seeds = write_seed(tmp_path / "seeds", [url])
    db = tmp_path / "a.db"
    cmd = [sys.executable, "-m", "monitor", "--db", str(db), "--seeds", str(seeds), "poll"]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not server.requests and time.monotonic() < deadline:  # the poll is in flight, its run recorded
            time.sleep(0.05)
        assert server.requests, "the poll never asked for the feed"
        blocked = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=60)
        assert blocked.returncode == 3 and f"another poll of {db} is running (pid {proc.pid}" in blocked.stderr
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    with Archive(db) as archive:
        assert [r["status"] for r in archive.all("SELECT status FROM runs ORDER BY id")] == ["running"]
    server.routes["/feed.xml"] = Route(binance_feed())
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    with Archive(db) as archive:
        runs = archive.all("SELECT status, finished_at, error FROM runs ORDER BY id")
    assert [r["status"] for r in runs] == ["interrupted", "ok"]
    assert runs[0]["finished_at"] and "stopped before it finished" in runs[0]["error"]
